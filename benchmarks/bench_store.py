"""Benchmark: how long saving a ticked step takes, with 10,000 journal entries in the store.

Encrypted (SQLCipher, the real Store) against the same Store code on plain sqlite3, both in
WAL mode with synchronous=FULL, each save its own committed transaction. Prints a Markdown
table with p50/p99 and the ratio. `--diagnose` adds plain sqlite3 with the encrypted store's
64 KiB pages and SQLCipher with 4 KiB pages, which separates the cost of the page size from the
cost of the encryption.

    python benchmarks/bench_store.py [--entries 10000] [--saves 2000] [--dir PATH] [--diagnose]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import percentile  # noqa: E402

from kit.journal import Journal  # noqa: E402
from kit.store import Store  # noqa: E402
from kit.store import connection as sql  # noqa: E402
from kit.store.files import private_dir  # noqa: E402

PASS = "benchmark passphrase"


def plain_store(folder: Path, page_size: int | None = None) -> Store:
    """The same Store class on an unencrypted sqlite3 connection, configured the same way."""
    private_dir(folder)
    conn = sqlite3.connect(str(folder / "plain.db"), check_same_thread=False)
    if page_size:
        conn.execute(f"PRAGMA page_size = {page_size}")
    conn.execute("PRAGMA temp_store = MEMORY")
    sql.configure(conn, on_disk=True)
    store = Store(conn, folder, None)
    sql.migrate(store._db)
    sql.ensure_meta(store._db)
    return store


def fill(store: Store, entries: int) -> None:
    journal = Journal(store)
    with store.transaction():  # one transaction for the set-up only
        for i in range(entries):
            journal.add("harassment", f"message number {i} " + "lorem ipsum " * 20,
                        incident_at=f"2025-{i % 12 + 1:02d}-{i % 28 + 1:02d}T12:00",
                        where="WhatsApp", people="ex-partner")
    for g in range(40):
        for s in range(15):
            store.set_step(f"guide-{g}", f"step-{s}", "done")


def time_calls(fn, n: int) -> list[float]:
    for i in range(20):  # warm-up
        fn(i)
    out = []
    for i in range(n):
        t = time.perf_counter()
        fn(i)
        out.append((time.perf_counter() - t) * 1000)
    return out


def measure(store: Store, saves: int) -> dict[str, list[float]]:
    journal = Journal(store)
    states = ("done", "skip", "")
    return {
        "tick a step": time_calls(
            lambda i: store.set_step(f"guide-{i % 40}", f"step-{i % 15}", states[i % 3]), saves),
        "save a note": time_calls(
            lambda i: store.set_note("guide-1", f"step-{i % 15}", f"note {i}"), saves // 2),
        "add a journal entry": time_calls(
            lambda i: journal.add("threats", f"bench {i}", where="SMS"), saves // 4),
        "list all entries": time_calls(lambda i: journal.entries(), 10),
    }


def encrypted_store(folder: Path, page_size: int) -> Store:
    """The real Store, created with another cipher page size (for --diagnose only)."""
    default, sql.PAGE_SIZE = sql.PAGE_SIZE, page_size
    try:
        return Store.create(folder, PASS)
    finally:
        sql.PAGE_SIZE = default


def run(entries: int = 10_000, saves: int = 2000, folder: Path | None = None,
        diagnose: bool = False) -> dict:
    """Times in ms per store kind and operation: "encrypted" (the real store) and "plain";
    with `diagnose` also "plain-64k" and "encrypted-4k"."""
    with tempfile.TemporaryDirectory(dir=folder) as work:
        work = Path(work)
        t = time.perf_counter()
        enc = Store.create(work / "encrypted", PASS)
        create_s = time.perf_counter() - t
        stores = [("encrypted", enc), ("plain", plain_store(work / "plain"))]
        if diagnose:
            stores += [("plain-64k", plain_store(work / "plain-64k", sql.PAGE_SIZE)),
                       ("encrypted-4k", encrypted_store(work / "encrypted-4k", 4096))]
        results = {}
        for name, store in stores:
            fill(store, entries)
            results[name] = measure(store, saves)
            if name != "encrypted":
                store.close()
        enc.close()
        t = time.perf_counter()
        Store.open(work / "encrypted", PASS).close()
        open_s = time.perf_counter() - t
    return {"entries": entries, "results": results, "create_s": create_s, "open_s": open_s}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entries", type=int, default=10_000)
    ap.add_argument("--saves", type=int, default=2000)
    ap.add_argument("--dir", type=Path, default=None, help="work folder (default: a temp folder)")
    ap.add_argument("--diagnose", action="store_true",
                    help="also plain sqlite3 with 64 KiB pages and SQLCipher with 4 KiB pages")
    args = ap.parse_args(argv)
    r = run(args.entries, args.saves, args.dir, args.diagnose)
    results, create_s, open_s = r["results"], r["create_s"], r["open_s"]

    print(f"{args.entries} journal entries; WAL, synchronous=FULL; times in ms\n")
    print("| operation | encrypted p50 | encrypted p99 | plain p50 | plain p99 | ratio p50 | ratio p99 |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for op in results["encrypted"]:
        e, p = results["encrypted"][op], results["plain"][op]
        e50, e99, p50, p99 = (percentile(e, 50), percentile(e, 99),
                              percentile(p, 50), percentile(p, 99))
        print(f"| {op} (n={len(e)}) | {e50:.2f} | {e99:.2f} | {p50:.2f} | {p99:.2f} "
              f"| {e50 / p50:.2f}x | {e99 / p99:.2f}x |")
    for name in ("plain-64k", "encrypted-4k"):
        if name in results:
            t = results[name]["tick a step"]
            print(f"\n{name}, tick a step: p50 {percentile(t, 50):.2f} ms, "
                  f"p99 {percentile(t, 99):.2f} ms")
    tick = results["encrypted"]["tick a step"]
    print(f"\nencrypted tick: mean {statistics.mean(tick):.2f} ms, max {max(tick):.2f} ms; "
          f"create store {create_s:.2f} s; unlock (key derivation, integrity check, backup) "
          f"{open_s:.2f} s")
    verdict = "PASS" if percentile(tick, 99) < 10 else "FAIL"
    print(f"target p99 < 10 ms for a ticked step: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
