"""`python -m kit phone check [--json] [--replay FILE] [--record FILE] [--lang nl|fr|en]`.

Every failure is one line on stderr that says what to do, and exit code 1 (2 for a bad
replay file). Nothing of the raw dump is printed or kept, unless --record is asked for.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from kit.checks.i18n import label


def _error(e, lang: str) -> int:
    import kit.phone.texts  # noqa: F401 - the error texts
    from kit.phone.probe import REPLAY

    text = label(f"phone.error.{e.code}", lang)
    if e.code == REPLAY:
        print(f"{text} {e.detail}", file=sys.stderr)
        return 2
    print(text, file=sys.stderr)
    return 1


def open_source(replay: Path | None):
    from kit.phone.probe import connect, load_replay

    if replay is not None:
        return load_replay(replay)
    from kit.paths import data_dir

    return connect(data_dir() / "phone")


def main(args) -> int:
    from kit.phone.probe import PhoneError, Recorder
    from kit.phone.runner import run_phone_check

    lang = getattr(args, "phone_lang", None) or getattr(args, "lang", None) or "en"
    record: Path | None = getattr(args, "record", None)
    if record is not None and (record.exists() or record.is_symlink()):
        print(f"{record} already exists: choose a new file name for --record", file=sys.stderr)
        return 1
    try:
        source = open_source(getattr(args, "replay", None))
    except PhoneError as e:
        return _error(e, lang)
    if record is not None:
        source = Recorder(source)
    try:
        report = run_phone_check(source, language=lang)
    except PhoneError as e:
        return _error(e, lang)
    except Exception as e:  # noqa: BLE001 - the check itself failed: one clear line
        print(f"{label('phone.error.failed', lang)} ({type(e).__name__}: {e})", file=sys.stderr)
        return 1
    finally:
        source.close()
    if record is not None:
        try:
            source.save(record)
        except OSError as e:
            print(f"cannot write {record}: {e.strerror or e}", file=sys.stderr)
            return 1
        print(f"recorded what the check read to {record} (serial numbers, IMEI, account names "
              f"and e-mail addresses are replaced; please read it before you share it)",
              file=sys.stderr)
    try:
        if getattr(args, "json", False):
            json.dump(report.as_json(), sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
        else:
            print(text(report))
        sys.stdout.flush()
    except BrokenPipeError:
        sys.stderr.close()
    return 0


def text(report) -> str:
    from kit.checks.cli import text_report

    device = ", ".join(f"{k}: {v}" for k, v in report.device.items())
    after = "phone.after.android" if report.platform == "android" else "phone.after.ios"
    body = text_report(report, closing=("phone.summary.not_proof", "", after))
    return f"{report.platform} · {device}\n\n{body}" if device else body
