#!/usr/bin/env python3
"""Writes an LSP transcript for clangd's -lit-test mode, as an editor would.

  code_action_client.py ROOT FILE...                          open the
      FILEs, then quit
  code_action_client.py ROOT FILE... --published CLANGD_OUTPUT  open them,
      then ask for
      the code actions of every coupling- diagnostic that CLANGD_OUTPUT
      (the first run's output) published, echoing each diagnostic back as
      an editor does; then a quickfix-only request and one for another
      tool's diagnostic, run decouple.showRefactoring on the
      coupling-missing-deadline page, answer decouple-clangd's
      window/showDocument request, and quit.

clangd finds the fixes of a diagnostic by its range and message, so the
diagnostics must be the ones it published: hence two runs.

  --no-literals   the editor declares no codeActionLiteralSupport: it
                  takes Command objects only.
"""
import json
import re
import sys


def messages(path):
    text = open(path, "rb").read().decode("latin-1")
    for m in re.finditer(r"Content-Length: (\d+)\r\n\r\n", text):
        start = m.end()
        yield json.loads(text[start:start + int(m.group(1))].encode("latin-1"))


def main():
    root, files = sys.argv[1], sys.argv[2:]
    published = None
    literals = "--no-literals" not in files
    files = [f for f in files if f != "--no-literals"]
    if "--published" in files:
        published = files[files.index("--published") + 1]
        files = files[:files.index("--published")]
    caps = {"textDocument": {
                "publishDiagnostics": {"relatedInformation": True},
                "codeAction": {"codeActionLiteralSupport": {
                    "codeActionKind": {"valueSet": ["quickfix", "refactor"]}}}},
            "window": {"showDocument": {"support": True}}}
    if not literals:
        del caps["textDocument"]["codeAction"]["codeActionLiteralSupport"]
    out = [{"jsonrpc": "2.0", "id": 0, "method": "initialize",
            "params": {"processId": 1, "rootUri": "file://" + root,
                       "capabilities": caps, "trace": "off"}},
           ] + [
           {"jsonrpc": "2.0", "method": "textDocument/didOpen",
            "params": {"textDocument": {"uri": "file://" + f,
                                        "languageId": "cpp", "version": 1,
                                        "text": open(f).read()}}}
           for f in files]
    if published:
        diags = [(m["params"]["uri"], d) for m in messages(published)
                 if m.get("method") == "textDocument/publishDiagnostics"
                 for d in m["params"]["diagnostics"]
                 if str(d.get("code", "")).startswith("coupling-")]
        for i, (uri, d) in enumerate(diags):
            out.append({"jsonrpc": "2.0", "id": 10 + i,
                        "method": "textDocument/codeAction",
                        "params": {"textDocument": {"uri": uri},
                                   "range": d["range"],
                                   "context": {"diagnostics": [d]}}})
        # An editor asking for quick fixes only gets no refactoring action.
        uri, d = next((u, d) for u, d in diags
                      if d["code"] == "coupling-missing-deadline")
        no_fix = [d]
        out.append({"jsonrpc": "2.0", "id": 20,
                    "method": "textDocument/codeAction",
                    "params": {"textDocument": {"uri": uri},
                               "range": no_fix[0]["range"],
                               "context": {"diagnostics": no_fix,
                                           "only": ["quickfix"]}}})
        # Nor does a diagnostic of another tool.
        other = dict(no_fix[0], code="bugprone-use-after-move",
                     message="'x' used after it was moved")
        other.pop("codeDescription", None)
        out.append({"jsonrpc": "2.0", "id": 21,
                    "method": "textDocument/codeAction",
                    "params": {"textDocument": {"uri": uri},
                               "range": other["range"],
                               "context": {"diagnostics": [other]}}})
        out.append({"jsonrpc": "2.0", "id": 30,
                    "method": "workspace/executeCommand",
                    "params": {"command": "decouple.showRefactoring",
                               "arguments": ["https://docs.example/checks/coupling-missing-deadline.md"]}})
        # The editor's answer to decouple-clangd's window/showDocument.
        out.append({"jsonrpc": "2.0", "id": "decouple-0",
                    "result": {"success": True}})
    out += [{"jsonrpc": "2.0", "id": 1, "method": "shutdown"},
            {"jsonrpc": "2.0", "method": "exit"}]
    print("\n---\n".join(json.dumps(m) for m in out))


main()
