#include "common.h"
int Helper(int Cents) {
  Billing B;
  return B.Charge(Cents);
}
