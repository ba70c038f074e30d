// A library header without an include guard: a second #include reads it
// again, so a PCH of it cannot stand in for the TU's own line.
void unguardedHelper();
