"""Process hardening at start-up: no core dumps, no ptrace or /proc reads by other processes.

A crash must never leave a core file with the passphrase or the journal's text in it. On every
POSIX system the core size limit is set to 0; on Linux the process is also marked not dumpable
(prctl PR_SET_DUMPABLE 0), which also keeps other processes of the same user from attaching a
debugger or reading /proc/PID/environ and /proc/PID/mem. On Windows the crash dialog and the
Windows Error Reporting dump of this process are switched off where the API allows it.
Qt-free; every step is best effort and never stops the kit from starting.
"""

from __future__ import annotations

import contextlib
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def _libc():
    """The C library's functions, through the running program (which links libc). Not
    `ctypes.util.find_library`: it imports shutil and subprocess and may run `ldconfig`, about
    30 ms of start-up for one call."""
    import ctypes

    try:
        lib = ctypes.CDLL(None, use_errno=True)
        lib.prctl  # noqa: B018 - present in glibc and musl
        return lib
    except (OSError, AttributeError):
        return ctypes.CDLL("libc.so.6", use_errno=True)


def no_core_dumps() -> None:
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def not_dumpable() -> None:
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            _libc().prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


def dumpable() -> int | None:
    """PR_GET_DUMPABLE on Linux (0 after hardening), else None."""
    if not sys.platform.startswith("linux"):
        return None
    return int(_libc().prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))


def no_windows_error_reports() -> None:
    if sys.platform != "win32":
        return
    with contextlib.suppress(OSError, AttributeError):  # pragma: no cover - Windows only
        import ctypes

        sem_failcriticalerrors, sem_nogpfaulterrorbox = 0x0001, 0x0002
        ctypes.windll.kernel32.SetErrorMode(sem_failcriticalerrors | sem_nogpfaulterrorbox)
        wer_fault_reporting_flag_noheap, wer_fault_reporting_no_ui = 0x1, 0x20
        ctypes.windll.kernel32.WerSetFlags(wer_fault_reporting_flag_noheap
                                           | wer_fault_reporting_no_ui)


def harden_process() -> None:
    no_core_dumps()
    not_dumpable()
    no_windows_error_reports()
