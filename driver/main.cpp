//===- main.cpp - decouple ------------------------------------------------===//
#include "driver/Driver.h"

int main(int Argc, const char **Argv) { return decouple::runDriver(Argc, Argv); }
