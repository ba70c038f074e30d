#!/usr/bin/env python3
"""Creates a new coupling check: the five things a check is made of.

  scripts/new_check.py fan-out "More than N sync calls on one request path"

writes checks/<Name>Check.h and .cpp, registers the check in
checks/CheckRegistry.cpp and checks/CMakeLists.txt, and adds the lit test
test/checks/<id>.cpp and the doc page docs/checks/<id>.md, so no check lands
half-made. The new check's run() reports nothing until you write it; its lit
test fails until you do.
"""
import argparse
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def pascal(kebab):
    return "".join(part.capitalize() for part in kebab.split("-"))


def insert_before(path, marker, text):
    body = path.read_text()
    if marker not in body:
        sys.exit(f"{path}: marker '{marker}' not found")
    path.write_text(body.replace(marker, text + marker, 1))


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("name", help="kebab-case name without the module, e.g. fan-out")
    parser.add_argument("summary", help="one line: what the check finds")
    args = parser.parse_args()
    if not re.fullmatch(r"[a-z][a-z0-9]*(-[a-z0-9]+)*", args.name):
        sys.exit("name must be kebab-case, e.g. fan-out")
    if args.name.startswith("coupling-"):
        sys.exit("give the name without the 'coupling-' module prefix")
    check_id = "coupling-" + args.name
    cls = pascal(args.name) + "Check"
    files = {
        ROOT / "checks" / f"{cls}.h": f"""//===- {cls}.h - {check_id} ---*- C++ -*-===//
#ifndef DECOUPLE_CHECKS_{cls.upper()}_H
#define DECOUPLE_CHECKS_{cls.upper()}_H

#include "checks/CouplingCheck.h"

namespace decouple {{

/// {args.summary}
class {cls} : public CouplingCheck {{
public:
  const char *id() const override {{ return "{check_id}"; }}
  const char *summary() const override {{
    return "{args.summary}";
  }}
  void run(const Analysis &A, std::vector<Finding> &Out) const override;
}};

}} // namespace decouple

#endif
""",
        ROOT / "checks" / f"{cls}.cpp": f"""//===- {cls}.cpp - {check_id} ---===//
#include "checks/{cls}.h"
#include "checks/Witness.h"

namespace decouple {{

void {cls}::run(const Analysis &A, std::vector<Finding> &Out) const {{
  // Turn the facts in A (A.Paths, A.Services) into findings, e.g.
  //   Finding F = finding(Site.Loc, "message");
  //   addWitness(A, Path, Reach, F);
  //   Out.push_back(std::move(F));
}}

}} // namespace decouple
""",
        ROOT / "test" / "checks" / f"{check_id}.cpp": f"""// RUN: %check_both %s {check_id}
// Positive and negative cases for {check_id}. Put the expected message under
// each offending line:
//   // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: ... [{check_id}]
// and leave lines that must not fire without a CHECK line.
#error write the test cases for {check_id}
""",
        ROOT / "docs" / "checks" / f"{check_id}.md": f"""# {check_id}

{args.summary}

## Why it matters

## Before

```cpp
```

## After

```cpp
```

## Options

| option | default | meaning |
|---|---|---|
| `Severity` | `warning` | `note`, `warning` or `error` |

## Known limits
""",
    }
    for path, text in files.items():
        if path.exists():
            sys.exit(f"{path} exists already")
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        print(f"created {path.relative_to(ROOT)}")
    registry = ROOT / "checks" / "CheckRegistry.cpp"
    insert_before(registry, "// new-check: includes", f'#include "checks/{cls}.h"\n')
    insert_before(registry, "  // new-check: registry",
                  f"  All.push_back(std::make_unique<{cls}>());\n")
    insert_before(ROOT / "checks" / "CMakeLists.txt", "  # new-check: sources",
                  f"  {cls}.cpp\n")
    print("registered in checks/CheckRegistry.cpp and checks/CMakeLists.txt")


if __name__ == "__main__":
    main()
