#include "pricing/pricing.h"

int main() {
  httplib::Server svr;
  pricing::Routes(svr);
  return 0;
}
