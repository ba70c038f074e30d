#include "routes.h"

int main() {
  httplib::Server svr;
  Routes(svr);
}
