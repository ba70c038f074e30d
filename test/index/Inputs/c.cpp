int Unrelated() { return 1; }
