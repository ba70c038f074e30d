#!/usr/bin/env python3
"""Drives a long-running command (decouple index --watch) for a lit test.

  watch_session.py STEP... -- COMMAND...

Starts COMMAND, then runs the steps in order; stderr and stdout of COMMAND
are printed at the end, after a line "exit: <code or signal>", for
FileCheck. Every wait has a deadline, so a hang fails the test instead of
stalling CI: the command is killed and "exit: timeout" printed.

Steps:
  wait:REGEX     until COMMAND's stderr (so far) has REGEX one more time
                 than when the previous wait ended
  append:FILE:TEXT  append TEXT and a newline to FILE
  sleep:SECONDS
  run:SHELL      run a shell command (rewrite the compile database) and
                 wait for it
  idle:SECONDS   measure COMMAND's CPU time over SECONDS and print
                 "idle CPU: below 2%" or "idle CPU: N%"
  signal:NAME    send SIGNAME (INT, TERM) and wait for the exit
"""
import os
import re
import signal
import subprocess
import sys
import tempfile
import time

DEADLINE = 120  # seconds per wait


def cpu_seconds(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main():
    split = sys.argv.index("--")
    steps, command = sys.argv[1:split], sys.argv[split + 1:]
    err = tempfile.TemporaryFile()
    out = tempfile.TemporaryFile()
    proc = subprocess.Popen(command, stdout=out, stderr=err)
    seen = {}
    status = None
    try:
        for step in steps:
            kind, _, arg = step.partition(":")
            if kind == "wait":
                want = seen.get(arg, 0) + 1
                end = time.time() + DEADLINE
                while True:
                    err.seek(0)
                    text = err.read().decode(errors="replace")
                    if len(re.findall(arg, text)) >= want:
                        seen[arg] = want
                        break
                    if proc.poll() is not None or time.time() > end:
                        raise TimeoutError(f"never saw {arg!r}")
                    time.sleep(0.2)
            elif kind == "append":
                path, _, text = arg.partition(":")
                with open(path, "a") as f:
                    f.write(text + "\n")
            elif kind == "run":
                subprocess.run(arg, shell=True, check=True, timeout=DEADLINE)
            elif kind == "sleep":
                time.sleep(float(arg))
            elif kind == "idle":
                before = cpu_seconds(proc.pid)
                time.sleep(float(arg))
                share = (cpu_seconds(proc.pid) - before) / float(arg)
                print("idle CPU: below 2%" if share < 0.02
                      else f"idle CPU: {share:.0%}")
            elif kind == "signal":
                proc.send_signal(getattr(signal, "SIG" + arg))
                proc.wait(timeout=DEADLINE)
            else:
                raise ValueError(f"unknown step {step!r}")
        status = proc.wait(timeout=DEADLINE) if steps else proc.wait()
    except (TimeoutError, subprocess.TimeoutExpired) as e:
        print(f"watch_session: {e}")
        status = "timeout"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    if isinstance(status, int) and status < 0:
        status = "signal " + signal.Signals(-status).name
    print(f"exit: {status}")
    for f in (err, out):
        f.seek(0)
        sys.stdout.write(f.read().decode(errors="replace"))


main()
