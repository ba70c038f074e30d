"""Parses CI YAML files and prints each shell command a job or step runs,
one per line, prefixed by the file's name (GitHub's ${{ expr }} as <expr>), so a test can check that they
call the same script the lit tests run."""
import os
import re
import sys

import yaml


def commands(doc):
    if isinstance(doc, dict):
        for key, value in doc.items():
            if key in ("run", "script", "entry"):
                for line in (value if isinstance(value, list) else str(value).splitlines()):
                    if str(line).strip():
                        yield str(line).strip()
            else:
                yield from commands(value)
    elif isinstance(doc, list):
        for item in doc:
            yield from commands(item)


for path in sys.argv[1:]:
    doc = yaml.safe_load(open(path))
    for c in commands(doc):
        # ${{ expr }} prints as <expr>: FileCheck reads {{ as a regex.
        c = re.sub(r"\$\{\{\s*(.*?)\s*\}\}", r"<\1>", c)
        print("%s: %s" % (os.path.basename(path), c))
