"""Entry point: `ontkoppel` or `python -m kit`. With a command it is the CLI; without, the app."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from kit.hardening import harden_process

    harden_process()  # first: no core file may ever hold the passphrase or the journal
    from kit.cli import run

    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
