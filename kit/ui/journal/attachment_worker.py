"""Import attachments in a worker thread: chunked copy, SHA-256 while copying, progress, cancel."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal


class AttachmentWorker(QObject):
    progress = Signal(int, int, int)  # file index, bytes done, bytes total (in KiB, to fit an int)
    finished = Signal(list)  # the imported attachments
    failed = Signal(str)  # "cancelled", "memory", "unreadable" or "error"
    done = Signal()

    def __init__(self, journal, entry_id: int, paths: list[Path], keep_path: bool):
        super().__init__()
        self.journal = journal
        self.entry_id = entry_id
        self.paths = paths
        self.keep_path = keep_path
        self.cancel_event = threading.Event()

    def run(self) -> None:
        from kit.store import Cancelled

        imported = []
        try:
            for i, path in enumerate(self.paths):
                att = self.journal.add_attachment(
                    self.entry_id, path, keep_path=self.keep_path, cancel=self.cancel_event,
                    progress=lambda done, total, i=i: self.progress.emit(i, done // 1024, max(total // 1024, 1)))
                imported.append(att)
            self.finished.emit(imported)
        except Cancelled:
            self.failed.emit("cancelled")
        except MemoryError:  # a guest session keeps every file in memory
            self.failed.emit("memory")
        except OSError:
            self.failed.emit("unreadable")
        except Exception:  # noqa: BLE001 - reported to the user without any of their text
            self.failed.emit("error")
        finally:
            self.done.emit()

    def cancel(self) -> None:
        self.cancel_event.set()

    def quit_now(self) -> None:
        """Quick exit: stop at the next chunk and leave the half copy for the next unlock to
        remove (invisible meanwhile), so the app quits without waiting for a large delete."""
        self.cancel_event.quick = True
        self.cancel_event.set()
