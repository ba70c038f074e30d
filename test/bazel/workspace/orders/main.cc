#include "orders/orders.h"

int main() {
  httplib::Server svr;
  orders::Routes(svr);
  svr.listen("0.0.0.0", 8080);
}
