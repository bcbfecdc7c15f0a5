"""Benchmark: importing a large attachment into the encrypted store.

Generates a file of random bytes (default 1 GB), then measures on that same file:
`sha256sum`, the kit's streaming hasher alone, the full import (read + SHA-256 + encrypt +
write in 1 MiB chunks) with peak RSS above idle (psutil, sampled every 5 ms), reading the file
back out, and unlocking the store that now holds it; and, to put the import in context, how
fast this disk takes the same amount of data with one fsync at the end, and the same import into
a guest store (in memory: no disk, no encryption). Prints a Markdown table.

    python benchmarks/bench_attach.py [--size-mb 1024] [--dir PATH]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import MB  # noqa: E402

from kit.journal import Journal  # noqa: E402
from kit.journal.attachments import _HashingReader  # noqa: E402
from kit.store import Store  # noqa: E402

PASS = "benchmark passphrase"


class PeakRSS:
    def __init__(self):
        self.proc = psutil.Process()
        self.peak = self.proc.memory_info().rss
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        while not self._stop.wait(0.005):
            self.peak = max(self.peak, self.proc.memory_info().rss)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self.proc.memory_info().rss)


def generate(path: Path, size_mb: int) -> None:
    with open(path, "wb") as f:
        for _ in range(size_mb):
            f.write(os.urandom(MB))
        f.flush()
        os.fsync(f.fileno())


def timed(fn):
    t = time.perf_counter()
    result = fn()
    return time.perf_counter() - t, result


def sha256sum(path: Path) -> tuple[float, str]:
    tool = shutil.which("sha256sum")
    if tool is None:
        raise SystemExit("sha256sum is needed for the comparison")
    seconds, out = timed(lambda: subprocess.run([tool, str(path)], capture_output=True,
                                                text=True, check=True).stdout)
    return seconds, out.split()[0]


def hash_only(path: Path) -> tuple[float, str]:
    def run():
        reader = _HashingReader(path)
        for _ in reader:
            pass
        return reader.sha.hexdigest()

    return timed(run)


def disk_write(path: Path, size_mb: int) -> float:
    """Seconds to write `size_mb` MiB to a new file and fsync it (one flush, at the end)."""
    block = os.urandom(MB)
    t = time.perf_counter()
    with open(path, "wb") as f:
        for _ in range(size_mb):
            f.write(block)
        f.flush()
        os.fsync(f.fileno())
    seconds = time.perf_counter() - t
    path.unlink()
    return seconds


def run(src: Path, work: Path) -> dict:
    """Every measurement on the file `src`; the store goes in `work` (removed again)."""
    sha256sum(src)  # the same warm page cache for every measurement below
    t_sum, digest = sha256sum(src)
    t_hash, our_digest = hash_only(src)
    assert our_digest == digest
    size_mb = src.stat().st_size // MB
    t_disk = disk_write(work / "disk-test.bin", size_mb)

    store = Store.create(work / "data", PASS)
    journal = Journal(store)
    entry = journal.add("other", "benchmark")
    idle = psutil.Process().memory_info().rss
    with PeakRSS() as mem:
        t_import, att = timed(lambda: journal.add_attachment(entry, src))
    assert att.sha256 == digest
    t_read, read_digest = timed(lambda: _read_back(journal, att.id))
    assert read_digest == digest
    store.close()
    t_unlock, s = timed(lambda: Store.open(work / "data", PASS))
    s.close()
    t_unlock2, s = timed(lambda: Store.open(work / "data", PASS))
    s.close()
    db_mb = (work / "data" / "kit.db").stat().st_size / MB
    shutil.rmtree(work / "data")
    guest = Store.guest()  # the same import without the disk and without encryption
    try:
        g = Journal(guest)
        t_guest, _ = timed(lambda: g.add_attachment(g.add("other", "benchmark"), src))
    finally:
        guest.close()
    return {"size_mb": size_mb, "digest": digest, "sha256sum": t_sum, "hash": t_hash,
            "import": t_import, "read": t_read, "disk": t_disk, "peak_above_idle": mem.peak - idle,
            "unlock": t_unlock, "unlock_again": t_unlock2, "db_mb": db_mb, "guest": t_guest}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size-mb", type=int, default=1024)
    ap.add_argument("--dir", type=Path, default=None, help="work folder (default: a temp folder)")
    args = ap.parse_args(argv)
    size = args.size_mb * MB
    with tempfile.TemporaryDirectory(dir=args.dir) as work:
        work = Path(work)
        src = work / "video.bin"
        generate(src, args.size_mb)
        r = run(src, work)
    t_sum, digest, t_hash, t_import = r["sha256sum"], r["digest"], r["hash"], r["import"]
    t_read, db_mb, t_unlock, t_unlock2 = r["read"], r["db_mb"], r["unlock"], r["unlock_again"]

    def row(name, seconds, note=""):
        rate = size / MB / seconds
        print(f"| {name} | {seconds:.2f} | {rate:.0f} | {rate / (size / MB / t_sum):.2f}x | {note} |")

    print(f"file: {args.size_mb} MiB of random bytes; SHA-256 {digest[:16]}...\n")
    print("| step | seconds | MiB/s | vs sha256sum | note |")
    print("|---|---:|---:|---:|---|")
    row("`sha256sum` (same file, warm cache)", t_sum)
    row("kit hasher alone (reader thread, 1 MiB chunks)", t_hash)
    row("import into encrypted store (hash + encrypt + write)", t_import,
        f"peak RSS +{r['peak_above_idle'] / MB:.0f} MiB above idle")
    row("read back and re-hash (streamed)", t_read)
    row("import into a guest store (in memory: no disk, no encryption)", r["guest"])
    row("this disk: write the same size, one fsync", r["disk"])
    print(f"\nstore file after import: {db_mb:.0f} MiB; unlock with backup + integrity check: "
          f"{t_unlock:.2f} s; unlock again (nothing changed, no backup): {t_unlock2:.2f} s")
    ok_hash = t_sum / t_hash >= 0.8
    ok_mem = r["peak_above_idle"] < 200 * MB
    print(f"hashing >= 0.8x sha256sum: {'PASS' if ok_hash else 'FAIL'}; "
          f"import >= 0.8x sha256sum: {'PASS' if t_sum / t_import >= 0.8 else 'FAIL'}; "
          f"memory < 200 MB above idle: {'PASS' if ok_mem else 'FAIL'}")
    return 0


def _read_back(journal, att_id) -> str:
    sha = hashlib.sha256()
    for block in journal.read_attachment(att_id):
        sha.update(block)
    return sha.hexdigest()


if __name__ == "__main__":
    sys.exit(main())
