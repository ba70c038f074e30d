#pragma once
#define DECOUPLE_TEST_CONFIGURED 1
#include <httplib.h>
