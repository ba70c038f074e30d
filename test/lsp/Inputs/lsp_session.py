#!/usr/bin/env python3
"""Drives one language server process through a script, as an editor would,
with shell commands in between (so a test can re-index while clangd runs).

  lsp_session.py ROOT SCRIPT -- SERVER ARGS...

SCRIPT lines:
  open FILE      didOpen FILE (its text on disk), then wait for its diagnostics
  change FILE    didChange FILE to its text on disk plus a last line
                 "// edit N" (clangd skips a rebuild for unchanged text),
                 then wait
  run COMMAND    run COMMAND in a shell; a failure ends the session
Each wait prints one line per diagnostic: "<version> <code>: <message>",
or "<version> (none)" when the file has none.
"""
import json
import subprocess
import sys


def send(proc, msg):
    body = json.dumps(msg).encode()
    proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    proc.stdin.flush()


def receive(proc):
    length = None
    while True:
        line = proc.stdout.readline()
        if not line:
            sys.exit("lsp_session.py: error: the server exited")
        line = line.strip()
        if not line:
            break
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    return json.loads(proc.stdout.read(length))


def wait_diagnostics(proc, uri, version):
    while True:
        m = receive(proc)
        p = m.get("params", {})
        if (m.get("method") == "textDocument/publishDiagnostics"
                and p.get("uri") == uri and p.get("version") == version):
            diags = p["diagnostics"]
            for d in diags:
                print(f"{version} {d.get('code', '')}: {d['message'].splitlines()[0]}")
            if not diags:
                print(f"{version} (none)")
            sys.stdout.flush()
            return


def main():
    split = sys.argv.index("--")
    root, script = sys.argv[1:split]
    proc = subprocess.Popen(sys.argv[split + 1:], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE)
    send(proc, {"jsonrpc": "2.0", "id": 0, "method": "initialize",
                "params": {"processId": None, "rootUri": "file://" + root,
                           "capabilities": {}}})
    while receive(proc).get("id") != 0:
        pass
    send(proc, {"jsonrpc": "2.0", "method": "initialized", "params": {}})
    versions = {}
    for line in open(script):
        verb, _, arg = line.strip().partition(" ")
        if not verb or verb.startswith("#"):
            continue
        if verb == "run":
            if subprocess.run(arg, shell=True).returncode:
                sys.exit(f"lsp_session.py: error: '{arg}' failed")
            continue
        uri = "file://" + arg
        text = open(arg).read()
        versions[uri] = versions.get(uri, 0) + 1
        if verb == "open":
            send(proc, {"jsonrpc": "2.0", "method": "textDocument/didOpen",
                        "params": {"textDocument": {
                            "uri": uri, "languageId": "cpp",
                            "version": versions[uri], "text": text}}})
        elif verb == "change":
            text += f"// edit {versions[uri]}\n"
            send(proc, {"jsonrpc": "2.0", "method": "textDocument/didChange",
                        "params": {"textDocument": {"uri": uri,
                                                    "version": versions[uri]},
                                   "contentChanges": [{"text": text}]}})
        else:
            sys.exit(f"lsp_session.py: error: unknown step '{verb}'")
        wait_diagnostics(proc, uri, versions[uri])
    send(proc, {"jsonrpc": "2.0", "id": 1, "method": "shutdown"})
    while receive(proc).get("id") != 1:
        pass
    send(proc, {"jsonrpc": "2.0", "method": "exit"})
    sys.exit(proc.wait())


if __name__ == "__main__":
    main()
