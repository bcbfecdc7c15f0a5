"""The app during a large attachment import, for the quick-exit test (not a test module).

It opens the store, starts importing FILE into the first entry the way the journal does, and
presses quick exit at the first progress report, wired to quit as the real app is. It prints
`importing` when it pressed, then the core size limit and the dumpable flag, and exits with
the app's exit code.

    python quick_exit_driver.py DATA_FOLDER PASSPHRASE FILE
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def main() -> int:
    folder, passphrase, src = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    from kit.hardening import dumpable, harden_process

    harden_process()  # as kit.__main__ does
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from kit.journal import Journal
    from kit.store import Store
    from kit.ui.journal.journal_home import JournalHome
    from kit.ui.shell.state import AppState

    state = AppState(folder)
    state.set_store(Store.open(folder, passphrase))
    home = JournalHome(state)
    state.quick_exit.triggered.connect(lambda: QTimer.singleShot(0, app.quit))  # as app.main
    entry_id = Journal(state.store).entries()[0].id
    worker = home.import_files(entry_id, [src], keep_path=False)
    from PySide6.QtCore import QObject, Slot

    class Presser(QObject):  # lives in the GUI thread: the press happens there, as a click does
        pressed = False

        @Slot(int, int, int)
        def on_progress(self, _i, done, _total):
            if not self.pressed and done:
                self.pressed = True
                os.write(1, b"importing\n")
                state.quick_exit.trigger()

    presser = Presser()
    worker.progress.connect(presser.on_progress)
    code = app.exec()
    state.lock()
    import resource

    os.write(1, f"core {resource.getrlimit(resource.RLIMIT_CORE)[0]}\n".encode())
    os.write(1, f"dumpable {dumpable()}\n".encode())
    return code


if __name__ == "__main__":
    sys.exit(main())
