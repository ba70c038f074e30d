#include <httplib.h>
#include "billing.h"

bool chargeCustomer() {
  httplib::Client billing("http://billing.internal");
  return bool(billing.Post("/charge"));
}
