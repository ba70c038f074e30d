"""Writes an LSP transcript (initialize, didOpen, shutdown) for a file.

clangd's -lit-test mode reads JSON messages separated by '---' lines."""
import json
import sys

path = sys.argv[1]
text = open(path).read()
messages = [
    {"jsonrpc": "2.0", "id": 0, "method": "initialize",
     "params": {"processId": 1, "rootUri": "file://" + sys.argv[2],
                "capabilities": {}, "trace": "off"}},
    {"jsonrpc": "2.0", "method": "textDocument/didOpen",
     "params": {"textDocument": {"uri": "file://" + path, "languageId": "cpp",
                                 "version": 1, "text": text}}},
    {"jsonrpc": "2.0", "id": 1, "method": "shutdown"},
    {"jsonrpc": "2.0", "method": "exit"},
]
print("\n---\n".join(json.dumps(m) for m in messages))
