#include "common.h"
int Handle(int Cents) { return Helper(Cents); }
