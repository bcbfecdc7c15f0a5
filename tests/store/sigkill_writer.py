"""The writer for the SIGKILL test (not a test module).

It imports the store once, then for every line `go N` on stdin forks a child that unlocks the
store and writes as fast as it can, printing `ack N I KIND` on stdout after each commit
returned. The test kills the child with SIGKILL at a random moment. This process reports
`pid N PID` after forking and `reaped N` once the child is gone, so every ack of round N is
in the pipe before `reaped N`. Lines are written with os.write (atomic below PIPE_BUF).

    python sigkill_writer.py DATA_FOLDER PASSPHRASE
"""

from __future__ import annotations

import os
import sys


def say(text: str) -> None:
    os.write(1, (text + "\n").encode())


def child(folder: str, passphrase: str, rnd: int) -> None:
    from kit.journal import Journal
    from kit.store import Store

    try:
        store = Store.open(folder, passphrase)
        say(f"open {rnd}")
        journal = Journal(store)
        i = 0
        while True:
            kind = i % 4
            key = f"r{rnd}-{i}"
            if kind == 0:
                store.set_step("sigkill", key, "done")
            elif kind == 1:
                journal.add("other", key)
            elif kind == 2:
                store.set_setting(key, i)
            else:
                store.set_note("sigkill", key, key * 50)
            say(f"ack {rnd} {i} {kind}")
            i += 1
    except BaseException as exc:  # reported to the test, which fails
        say(f"error {rnd} {type(exc).__name__}")
        os._exit(1)


def main() -> None:
    folder, passphrase = sys.argv[1], sys.argv[2]
    import kit.journal  # noqa: F401 - imported once, before forking
    import kit.store  # noqa: F401

    say("ready")
    while line := sys.stdin.buffer.readline():
        rnd = int(line.split()[1])
        pid = os.fork()
        if pid == 0:
            child(folder, passphrase, rnd)
            os._exit(0)
        say(f"pid {rnd} {pid}")
        os.waitpid(pid, 0)
        say(f"reaped {rnd}")


if __name__ == "__main__":
    main()
