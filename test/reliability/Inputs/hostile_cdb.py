#!/usr/bin/env python3
"""Writes a compile_commands.json whose every entry tries to run or load code.

  hostile_cdb.py OUT_DIR PLUGIN_SO FAKE_COMPILER SOURCE

Each entry compiles its own copy of SOURCE (so none is a duplicate) with one
trick: plugin flags in every spelling, -B, --config, --driver-mode, a
response file that pulls a plugin in, a launcher, a wrapper script as the
compiler, clang-cl's /clang:, -Xarch_. If decouple honoured any of them the
plugin's constructor or the fake compiler would write a marker file.
"""
import json
import os
import shutil
import sys

out, plugin, fake, source = (os.path.abspath(a) for a in sys.argv[1:5])
os.makedirs(out, exist_ok=True)
inputs = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                      "Inputs")
with open(os.path.join(out, "plugin.rsp"), "w") as f:
    f.write(f"-DFROM_RSP -fplugin={plugin} @nested.rsp\n")
with open(os.path.join(out, "nested.rsp"), "w") as f:
    f.write(f"-Xclang -load -Xclang {plugin}\n")
with open(os.path.join(out, "evil.cfg"), "w") as f:
    f.write(f"-fplugin={plugin}\n")
bindir = os.path.dirname(fake)
tricks = {
    "fplugin": ["-fplugin=" + plugin],
    "fpass_plugin": ["-fpass-plugin=" + plugin],
    "xclang_load": ["-Xclang", "-load", "-Xclang", plugin],
    "xclang_load_last": ["-Xclang", "-add-plugin", "-Xclang", "x",
                         "-Xclang", "-load", "-Xclang", plugin],
    "xclang_fplugin": ["-Xclang", "-fplugin=" + plugin],
    "xpreprocessor": ["-Xpreprocessor", "-load", "-Xpreprocessor", plugin],
    "wp": ["-Wp,-load," + plugin],
    "xarch": ["-Xarch_x86_64", "-fplugin=" + plugin],
    "bprefix": ["-B" + bindir, "-B", bindir, "--prefix=" + bindir],
    "config": ["--config=" + os.path.join(out, "evil.cfg")],
    "config_separate": ["--config", os.path.join(out, "evil.cfg")],
    "driver_mode": ["--driver-mode=flang", "/clang:-fplugin=" + plugin],
    "response_file": ["@plugin.rsp"],
}
entries = []
def add(name, argv0, flags, launcher=None):
    copy = os.path.join(out, name + ".cpp")
    shutil.copyfile(source, copy)
    args = ([launcher] if launcher else []) + [argv0, "-std=c++20",
            "-I" + inputs] + flags + ["-c", copy, "-o", name + ".o"]
    entries.append({"directory": out, "file": copy, "arguments": args})
for name, flags in tricks.items():
    add(name, "/usr/bin/clang++-22", flags)
add("wrapper", fake, [])
add("launcher", fake, [], launcher=os.path.join(bindir, "ccache"))
entries.append({"directory": out, "file": os.path.join(out, "command.cpp"),
                "command": f"{os.path.join(bindir, 'ccache')} {fake} -std=c++20 "
                           f"-I{inputs} -fplugin={plugin} -c command.cpp"})
shutil.copyfile(source, os.path.join(out, "command.cpp"))
with open(os.path.join(out, "compile_commands.json"), "w") as f:
    json.dump(entries, f, indent=1)
