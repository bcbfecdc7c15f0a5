"""`ontkoppel journal add | list | export`, for scripting and tests.

On an empty data folder the first `add` creates the store with the given passphrase;
`list` on an empty folder prints nothing (or `[]`) and creates nothing.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from kit.journal.journal import Journal
from kit.journal.model import to_incident_time
from kit.journal.types import check_type, type_label
from kit.paths import data_dir
from kit.store.cli import EXIT_ERROR, fail, run_guarded, unlock


def main(args) -> int:
    folder = data_dir(getattr(args, "data_dir", None))
    actions = {"add": _add, "list": _list, "export": _export}
    return run_guarded(lambda: actions[args.action](args, folder))


def _add(args, folder: Path) -> int:
    check_type(args.type)
    when = to_incident_time(args.when) if args.when else None
    for path in args.attach:
        if not path.is_file():
            fail("an attachment is not a readable file")
            return EXIT_ERROR
    store = unlock(folder, create=True)
    try:
        journal = Journal(store)
        entry_id = journal.add(args.type, args.text, incident_at=when, where=args.where,
                               people=args.people)
        for path in args.attach:
            journal.add_attachment(entry_id, path)
    finally:
        store.close()
    print(entry_id)
    return 0


def _list(args, folder: Path) -> int:
    store = unlock(folder)
    entries = []
    if store is not None:
        try:
            entries = Journal(store).entries()
        finally:
            store.close()
    lang = getattr(args, "lang", None) or "en"
    if args.json:
        json.dump([e.as_json() for e in entries], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for e in entries:
        first = e.description.splitlines()[0] if e.description else ""
        print(f"{e.id:5}  {e.incident_at:%Y-%m-%d %H:%M}  {type_label(e.type, lang)}: {first}"
              + (f"  [{len(e.attachments)} attachment(s)]" if e.attachments else ""))
    return 0


def _export(args, folder: Path) -> int:
    from kit.journal.export import export

    store = unlock(folder)
    if store is None:
        fail("there is no journal in this data folder yet")
        return EXIT_ERROR
    try:
        result = export(store, args.out, zip=args.zip, lang=getattr(args, "lang", None))
    finally:
        store.close()
    from kit.journal.export import real_path

    print(real_path(result))  # where it really is, also when a folder on the way is a link
    return 0
