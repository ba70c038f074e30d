#!/usr/bin/env python3
"""Writes a compile_commands.json for a fetched checkout of a benchmark system.

  make_cdb.py SYSTEM_DIR CHECKOUT WORK

SYSTEM_DIR is bench/accuracy/<system>/ and holds system.json:

  {"root": "socialNetwork",            # the project inside the checkout
   "std": "c++17",
   "sources": ["src/*/*.cpp"],          # globs under root, relative
   "include": ["src", "{gen}"],         # -I, relative to root; {gen}, {lookalike}
   "system_include": ["/usr/include/libmongoc-1.0"],
   "generate": [["thrift", "--gen", "cpp", "-out", "{gen}", "x.thrift"]]}

`generate` runs in root, as a build would (protoc, thrift); the output goes
to WORK/gen, never into the checkout. Every `#include <...>` of the project
that no include directory resolves gets a stub header under WORK/stubs: the
text from `stubs`, else an empty file. Code that uses a stubbed library then
has compile errors, which decouple reports, and it analyses what parsed.
SYSTEM_DIR/stubs/<header> gives a stub its text: a few of our own
declarations, where a missing header would hide the project's own code.
"""
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
LOOKALIKE = os.path.join(REPO, "test", "Inputs", "lookalike")
COMPILER = "/usr/bin/clang++-22"
INCLUDE_RE = re.compile(r'^\s*#\s*include\s*<([^>]+)>', re.M)


def expand(text, gen):
    return text.replace("{gen}", gen).replace("{lookalike}", LOOKALIKE)


def compiler_search_path():
    """The system include directories clang++-22 searches, in order."""
    out = subprocess.run([COMPILER, "-E", "-x", "c++", "-v", "-"],
                         input="", capture_output=True, text=True).stderr
    dirs, on = [], False
    for line in out.splitlines():
        if line.startswith("#include <...> search starts here"):
            on = True
        elif line.startswith("End of search list"):
            break
        elif on:
            dirs.append(line.strip())
    return dirs


def project_files(root):
    for dirpath, _, names in os.walk(root):
        for n in names:
            if n.endswith((".h", ".hpp", ".hh", ".cc", ".cpp", ".cxx")):
                yield os.path.join(dirpath, n)


def write_stubs(root, dirs, stubs, out):
    """Stubs every angle include of the project that no directory resolves.

    A stub's text is the file stubs/<header> of the system directory if there
    is one (our own minimal declarations), else empty."""
    wanted = set()
    for f in project_files(root):
        with open(f, errors="replace") as fh:
            wanted.update(INCLUDE_RE.findall(fh.read()))
    made = []
    for inc in sorted(wanted):
        if any(os.path.isfile(os.path.join(d, inc)) for d in dirs):
            continue
        path = os.path.join(out, inc)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as fh:
            fh.write("// decouple accuracy benchmark: stub for a header "
                     "that is not installed\n#pragma once\n")
            own = os.path.join(stubs, inc)
            if os.path.isfile(own):
                with open(own) as src:
                    fh.write(src.read())
        made.append(inc)
    return made


def make(system_dir, checkout, work, label=None):
    """Writes WORK/build/compile_commands.json; an input's own "exclude"
    (system.json "inputs"[].exclude) adds to the system's."""
    with open(os.path.join(system_dir, "system.json")) as fh:
        spec = json.load(fh)
    own = [i for i in spec.get("inputs", []) if i.get("label") == label]
    root = os.path.abspath(os.path.join(checkout, spec.get("root", ".")))
    work = os.path.abspath(work)
    gen = os.path.join(work, "gen")
    stub_dir = os.path.join(work, "stubs")
    build = os.path.join(work, "build")
    for d in (gen, stub_dir, build):
        os.makedirs(d, exist_ok=True)
    for step in spec.get("generate", []):
        subprocess.run([expand(a, gen) for a in step], cwd=root, check=True)
    includes = [os.path.join(root, expand(i, gen)) for i in spec.get("include", [])]
    system = [expand(i, gen) for i in spec.get("system_include", [])]
    made = write_stubs(root, includes + system + compiler_search_path(),
                       os.path.join(system_dir, "stubs"), stub_dir)
    sources = []
    for pattern in spec["sources"]:
        sources += sorted(glob.glob(os.path.join(root, expand(pattern, gen)),
                                    recursive=True))
    drop = set()
    for pattern in spec.get("exclude", []) + (own[0].get("exclude", []) if own else []):
        drop.update(glob.glob(os.path.join(root, pattern), recursive=True))
    sources = [s for s in sources if s not in drop]
    flags = ["-std=" + spec.get("std", "c++17"), "-ferror-limit=0"]
    flags += spec.get("defines", [])
    flags += ["-I" + i for i in includes]
    flags += ["-isystem" + i for i in system + [stub_dir]]
    entries = [{"directory": build, "file": src,
                "arguments": [COMPILER] + flags +
                             ["-c", src, "-o", os.path.basename(src) + ".o"]}
               for src in sources]
    with open(os.path.join(build, "compile_commands.json"), "w") as fh:
        json.dump(entries, fh, indent=1)
    return {"root": root, "build": build, "sources": len(sources), "stubs": made}


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    info = make(*sys.argv[1:])
    print(json.dumps(info, indent=1))


if __name__ == "__main__":
    main()
