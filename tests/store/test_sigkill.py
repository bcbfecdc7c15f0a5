"""Crash safety: a writer is killed with SIGKILL at random moments, 200 times. Afterwards every
write it acknowledged (printed after the commit returned) is present, and the store opens
cleanly and passes its integrity check.

Each writer process imports the kit once and forks a fresh child per round (fast start-up);
the child unlocks the store (key derivation, WAL recovery, backup) and writes until killed.
Two writers on two stores run side by side, 100 kills each.
About 1 in 8 kills lands during unlocking, the rest after a random number of commits plus a
random few milliseconds. Acknowledgements travel over the stdout pipe; no sleeping: waiting
is done by select() on that pipe.
"""

import os
import random
import selectors
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from kit.journal import Journal
from kit.store import Store

from .conftest import PASS

ROUNDS = 200
WRITERS = 2
WRITER = Path(__file__).with_name("sigkill_writer.py")
REPO = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "fork") or not hasattr(signal, "SIGKILL"),
                       reason="needs fork() and SIGKILL"),
]


class Lines:
    """Read lines from a pipe with a timeout (select), without sleeping."""

    def __init__(self, pipe):
        self.fd = pipe.fileno()
        self.sel = selectors.DefaultSelector()
        self.sel.register(self.fd, selectors.EVENT_READ)
        self.buf = b""

    def next(self, deadline: float) -> str | None:
        while b"\n" not in self.buf:
            left = deadline - time.monotonic()
            if left <= 0 or not self.sel.select(left):
                return None
            chunk = os.read(self.fd, 65536)
            if not chunk:
                raise AssertionError("the writer exited")
            self.buf += chunk
        line, self.buf = self.buf.split(b"\n", 1)
        return line.decode()


class Run:
    """One writer process on its own data folder, killed `rounds` times."""

    def __init__(self, folder: Path, seed: int, rounds: int):
        self.folder, self.seed, self.rounds = folder, seed, rounds
        self.rng = random.Random(seed)
        self.acked: list[tuple[int, int, int]] = []
        self.kills = self.during_unlock = 0
        self.stderr = folder.parent / f"{folder.name}-stderr.txt"

    def take(self, line: str, rnd: int) -> str:
        word, *rest = line.split()
        assert word != "error", f"round {rnd}: the writer failed: {line} (seed {self.seed})"
        if word == "ack":
            self.acked.append(tuple(int(x) for x in rest))
        return word

    def __call__(self) -> None:
        Store.create(self.folder, PASS).close()
        with open(self.stderr, "wb") as err:
            proc = subprocess.Popen([sys.executable, str(WRITER), str(self.folder), PASS],
                                    cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                    stderr=err, bufsize=0)
            try:
                self._rounds(proc, Lines(proc.stdout))
            finally:
                proc.stdin.close()
                proc.wait(timeout=30)

    def _rounds(self, proc, lines: Lines) -> None:
        rng, seed = self.rng, self.seed
        assert lines.next(time.monotonic() + 60) == "ready"
        for rnd in range(self.rounds):
            proc.stdin.write(f"go {rnd}\n".encode())
            word, r, pid = lines.next(time.monotonic() + 30).split()
            assert (word, int(r)) == ("pid", rnd)
            early = rng.random() < 0.125
            target = 0 if early else rng.randint(1, 30)
            kill_at = time.monotonic() + (rng.uniform(0, 0.12) if early else 30)
            seen, armed = 0, early
            while True:
                line = lines.next(kill_at)
                if line is None:
                    assert armed, f"round {rnd}: the writer is stuck (seed {seed})"
                    break
                if self.take(line, rnd) == "ack":
                    seen += 1
                    if not armed and seen >= target:
                        armed = True
                        if rng.random() < 0.5:
                            break
                        kill_at = time.monotonic() + rng.uniform(0, 0.003)
            os.kill(int(pid), signal.SIGKILL)
            self.kills += 1
            self.during_unlock += seen == 0
            while (line := lines.next(time.monotonic() + 30)) != f"reaped {rnd}":
                assert line is not None, f"round {rnd}: no reap (seed {seed})"
                self.take(line, rnd)

    def verify(self) -> None:
        assert self.stderr.read_bytes() == b"", "nothing printed: no logs, no tracebacks"
        with Store.open(self.folder, PASS) as store:
            assert store.integrity_ok()
            steps = store.steps("sigkill")
            notes = store.notes("sigkill")
            settings = store.settings()
            described = {e.description for e in Journal(store).entries()}
        missing = []
        for rnd, i, kind in self.acked:
            key = f"r{rnd}-{i}"
            present = {0: steps.get(key) == "done", 1: key in described,
                       2: settings.get(key) == i, 3: notes.get(key) == key * 50}[kind]
            if not present:
                missing.append(key)
        assert missing == [], f"acknowledged writes lost (seed {self.seed}): {missing[:10]}"
        assert len(Store.backups(self.folder)) == 3


def test_acknowledged_writes_survive_sigkill(tmp_path):
    seed = int(os.environ.get("KIT_SIGKILL_SEED", random.randrange(1 << 30)))
    runs = [Run(tmp_path / f"writer-{n}", seed + n, ROUNDS // WRITERS) for n in range(WRITERS)]
    with ThreadPoolExecutor(WRITERS) as pool:  # two stores side by side: half the wall time
        for future in [pool.submit(run) for run in runs]:
            future.result()

    assert sum(r.kills for r in runs) >= 200
    assert sum(r.during_unlock for r in runs) >= 5, "some kills must land while unlocking"
    assert sum(len(r.acked) for r in runs) >= 1000, "many commits between kills"
    for run in runs:
        run.verify()
