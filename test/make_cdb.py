#!/usr/bin/env python3
"""Writes a compile_commands.json for test sources.

  make_cdb.py OUT_DIR [-D...] [-I...] -- file.cpp...

Every file gets `clang++-22 -std=c++20 <flags> -c file -o file.o`, with
test/Inputs on the include path. Tests use it to build small multi-TU
programs without CMake.
"""
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))


def main():
    out = os.path.abspath(sys.argv[1])
    args = sys.argv[2:]
    split = args.index("--") if "--" in args else len(args)
    flags, files = args[:split], args[split + 1:]
    os.makedirs(out, exist_ok=True)
    entries = []
    for f in files:
        f = os.path.abspath(f)
        entries.append({
            "directory": out,
            "file": f,
            "arguments": ["/usr/bin/clang++-22", "-std=c++20",
                          "-I" + os.path.join(here, "Inputs")] + flags +
                         ["-c", f, "-o", os.path.basename(f) + ".o"],
        })
    with open(os.path.join(out, "compile_commands.json"), "w") as fh:
        json.dump(entries, fh, indent=1)


if __name__ == "__main__":
    main()
