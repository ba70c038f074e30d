#!/usr/bin/env python3
"""Writes a TU with a LINES-line generated table, a 2000-deep call chain and
a handler at its end that reaches a blocking HTTP call through the chain.

  gen_huge_tu.py OUT.cpp LINES
"""
import sys

out, lines = sys.argv[1], int(sys.argv[2])
with open(out, "w") as f:
    f.write("#include <httplib.h>\n\n")
    f.write("struct Row { int Id; const char *Name; double Weight; };\n")
    f.write("const Row Table[] = {\n")
    for i in range(lines):
        f.write(f'  {{{i}, "row{i}", {i}.5}},\n')
    f.write("};\n\n")
    depth = 2000
    f.write("int Charge() {\n  httplib::Client billing(\"http://billing.internal\");\n"
            "  auto r = billing.Post(\"/charge\");\n  return r ? 1 : 0;\n}\n")
    for i in range(depth, 0, -1):
        callee = "Charge" if i == depth else f"Step{i + 1}"
        f.write(f"int Step{i}() {{ return {callee}(); }}\n")
    f.write("void Routes(httplib::Server &svr) {\n"
            "  svr.Post(\"/orders\", [](const httplib::Request &, httplib::Response &res) {\n"
            "    res.status = Step1() + Table[0].Id;\n  });\n}\n")
