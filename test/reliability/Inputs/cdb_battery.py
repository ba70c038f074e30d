#!/usr/bin/env python3
"""Writes the compile databases of compile-database-battery.test.

  cdb_battery.py CASE OUT_DIR SOURCE

OUT_DIR/compile_commands.json gets the CASE; SOURCE is copied where the
case needs it.
"""
import json
import os
import shutil
import sys

case, out, source = sys.argv[1], os.path.abspath(sys.argv[2]), sys.argv[3]
os.makedirs(out, exist_ok=True)
inputs = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                      "Inputs")
flags = ["-std=c++20", "-I" + inputs]


def entry(file, directory=out, **kw):
    e = {"directory": directory, "file": file}
    e.update(kw or {"arguments": ["c++"] + flags + ["-c", file]})
    return e


def copy(rel):
    dst = os.path.join(out, rel)
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    shutil.copyfile(source, dst)
    return dst


entries = None
raw = None
if case == "wrong-types":
    raw = json.dumps([
        {"directory": 5, "file": "a.cpp", "arguments": ["c++"]},
        {"directory": out, "file": ["a.cpp"], "arguments": ["c++"]},
        {"directory": out, "file": "a.cpp", "arguments": "c++ a.cpp"},
        {"directory": out, "file": "a.cpp", "arguments": ["c++", 7, "a.cpp"]},
        {"directory": out, "file": "a.cpp", "command": ["c++"]},
        {"directory": out, "file": "a.cpp", "arguments": []},
        {"directory": out, "file": "a.cpp", "command": ""},
    ], indent=1)
elif case == "command-vs-arguments":
    a, b, c = copy("a.cpp"), copy("b.cpp"), copy("c.cpp")
    q = " ".join(flags)
    entries = [
        entry(a, command=f"c++ {q} -c {a}"),
        entry(b, arguments=["c++"] + flags + ["-c", b]),
        # Both: "arguments" wins (as in Clang's own loader); the command
        # would fail, since it names a header that does not exist.
        entry(c, arguments=["c++"] + flags + ["-c", c],
              command=f"c++ {q} -include /nonexistent.h -c {c}"),
    ]
elif case == "relative-directory":
    copy("sub/a.cpp")
    entries = [entry("a.cpp", directory="sub",
                     arguments=["c++"] + flags + ["-c", "a.cpp"])]
elif case == "missing-file":
    b = copy("b.cpp")
    entries = [entry(os.path.join(out, "gone.cpp")), entry(b)]
elif case == "spaces":
    a = copy("my src/a b.cpp")
    entries = [entry(a, directory=os.path.join(out, "my src"))]
elif case == "non-utf8":
    shutil.copyfile(source, os.path.join(os.fsencode(out), b"caf\xe9.cpp"))
    raw = ('[{"directory": "%s", "file": "caf\xe9.cpp", "arguments": ["c++", "%s", "caf\xe9.cpp"]}]'
           % (out, " ".join(flags).replace(" ", '", "'))).encode("latin-1")
elif case == "duplicates":
    a = copy("a.cpp")
    entries = [entry(a), entry(a), entry(a, arguments=["c++", "-DOTHER"] + flags + ["-c", a])]
elif case == "empty-file":
    raw = ""
elif case == "not-json":
    raw = "\x00\x01garbage"
elif case == "object":
    raw = '{"directory": "/tmp"}'
else:
    sys.exit("unknown case " + case)

path = os.path.join(out, "compile_commands.json")
if raw is None:
    raw = json.dumps(entries, indent=1)
with open(path, "wb") as f:
    f.write(raw if isinstance(raw, bytes) else raw.encode())
