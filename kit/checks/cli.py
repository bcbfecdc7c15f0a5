"""`python -m kit check [--json] [--record FILE]`: the computer check from a terminal."""

from __future__ import annotations

import json
import sys

from kit.checks.i18n import label
from kit.checks.model import Report

GROUPS = (("attention", "group.attention"), ("info", "group.info"),
          ("unknown", "group.unknown"), ("ok", "group.ok"))


def text_report(report: Report, closing: tuple[str, ...] = ("summary.not_proof",)) -> str:
    lang = report.language
    lines = []
    grouped = report.grouped()
    for status, key in GROUPS:
        items = grouped[status]
        if not items:
            continue
        lines.append(f"== {label(key, lang)} ({len(items)}) ==")
        for f in items:
            lines.append(f"- {f.title}")
            for part in (f.detail, f.meaning, f.advice):
                if part and status != "ok":
                    lines.append(f"    {part}")
            if status == "ok" and f.detail:
                lines.append(f"    {f.detail}")
        lines.append("")
    lines += [label(key, lang) for key in closing]
    return "\n".join(lines)


def main(args) -> int:
    from kit.checks.runner import run_checks

    language = getattr(args, "lang", None) or "en"
    record = getattr(args, "record", None)
    probe = None
    try:
        from kit.checks.probe.live import LiveProbe

        live = LiveProbe()
        if record is not None:
            from kit.checks.probe.recording import RecordingProbe

            probe = RecordingProbe(live)
        report = run_checks(probe or live, language=language)
        live.close()
    except Exception as e:  # noqa: BLE001 - the check itself failed: one clear line
        print(f"the computer check could not run: {type(e).__name__}: {e}", file=sys.stderr)
        return 1
    if record is not None:
        try:
            probe.save(record)
        except OSError as e:
            print(f"cannot write {record}: {e.strerror or e}", file=sys.stderr)
            return 1
        print(f"recorded what the checks read to {record} (names, e-mail addresses and home "
              f"paths are replaced; please read it before you share it)", file=sys.stderr)
    try:
        if getattr(args, "json", False):
            json.dump(report.as_json(), sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
        else:
            print(text_report(report))
        sys.stdout.flush()
    except BrokenPipeError:  # the reader stopped early (e.g. `| head`): not an error of the check
        sys.stderr.close()
    return 0
