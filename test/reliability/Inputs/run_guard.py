#!/usr/bin/env python3
"""Drives `decouple index` runs that overlap or are interrupted.

  run_guard.py race DECOUPLE BUILD_DIR OUT_DIR
      Starts a run whose c.cpp worker hangs (test-only hook, --timeout 3),
      then a second run on the same index a second later. Writes each run's
      stdout/stderr to OUT_DIR/{first,second}.{out,err} and prints the exit
      codes and which run finished first.
  run_guard.py interrupt DECOUPLE BUILD_DIR INDEX_DIR SIGNAL
      Starts a -j1 run whose c.cpp worker hangs, waits until the shards of
      a.cpp and b.cpp exist, sends SIGNAL (INT or TERM) and prints how the
      run ended and whether any of its workers is still alive.
"""
import os
import signal
import subprocess
import sys
import time


def index(decouple, build, extra_env, *flags):
    env = dict(os.environ, **extra_env)
    return [decouple, "index", "-p", build, "--progress", "none", *flags], env


def race(decouple, build, out):
    cmd, env = index(decouple, build, {"DECOUPLE_TEST_HANG_ON": "c.cpp"},
                     "--timeout", "3")
    with open(f"{out}/first.out", "w") as o, open(f"{out}/first.err", "w") as e:
        first = subprocess.Popen(cmd, env=env, stdout=o, stderr=e)
    time.sleep(1)
    cmd, env = index(decouple, build, {}, "--stats=json")
    with open(f"{out}/second.out", "w") as o, open(f"{out}/second.err", "w") as e:
        second = subprocess.Popen(cmd, env=env, stdout=o, stderr=e)
    order = []
    while len(order) < 2:
        for name, p in (("first", first), ("second", second)):
            if name not in order and p.poll() is not None:
                order.append(name)
        time.sleep(0.05)
    print(f"first exit {first.returncode}, second exit {second.returncode}")
    print("finished: " + " then ".join(order))


def workers_alive(tag):
    alive = 0
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/environ", "rb") as f:
                if f"DECOUPLE_TEST_RUN_TAG={tag}".encode() in f.read():
                    alive += 1
        except OSError:
            pass
    return alive


def interrupt(decouple, build, index_dir, sig):
    tag = f"{os.getpid()}-{time.time()}"
    cmd, env = index(decouple, build, {"DECOUPLE_TEST_HANG_ON": "c.cpp",
                                       "DECOUPLE_TEST_RUN_TAG": tag}, "-j1")
    p = subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE, text=True)
    shards = os.path.join(index_dir, "shards")
    deadline = time.time() + 120
    while time.time() < deadline:
        names = os.listdir(shards) if os.path.isdir(shards) else []
        if sum(n.endswith(".shard") for n in names) >= 2:
            break
        time.sleep(0.05)
    time.sleep(0.5)  # c.cpp's worker is running (and hanging) now
    p.send_signal(getattr(signal, "SIG" + sig))
    _, err = p.communicate(timeout=60)
    sys.stderr.write(err)
    print(f"ended by signal {-p.returncode}" if p.returncode < 0
          else f"exit {p.returncode}")
    time.sleep(0.2)
    print(f"workers alive: {workers_alive(tag)}")


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "race":
        race(*sys.argv[2:5])
    else:
        interrupt(*sys.argv[2:6])
