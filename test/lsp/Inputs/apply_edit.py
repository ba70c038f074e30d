#!/usr/bin/env python3
"""Applies a quick fix's WorkspaceEdit to a file, as an editor does.

  apply_edit.py ANSWERS ID FILE

ANSWERS is decouple-clangd's -lit-test output (pretty JSON messages); the
first action with an "edit" in the reply to request ID is applied to FILE:
its text edits, LSP ranges (0-based line and UTF-16 character; the test
files are ASCII), from the last to the first.
"""
import json
import re
import sys


def replies(path):
    data = open(path, "rb").read()  # Content-Length counts bytes
    for m in re.finditer(rb"Content-Length: (\d+)\r?\n\r?\n", data):
        yield json.loads(data[m.end():m.end() + int(m.group(1))])


def main():
    answers, want, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    reply = next(r for r in replies(answers) if r.get("id") == want)
    action = next(a for a in reply["result"] if "edit" in a)
    edits = [e for es in action["edit"]["changes"].values() for e in es]
    lines = open(path).read().split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    text = "\n".join(lines)

    def offset(pos):
        return offsets[pos["line"]] + pos["character"]

    for e in sorted(edits, key=lambda e: offset(e["range"]["start"]),
                    reverse=True):
        start, end = offset(e["range"]["start"]), offset(e["range"]["end"])
        text = text[:start] + e["newText"] + text[end:]
    open(path, "w").write(text)


main()
