"""The phone check: a read-only look at an Android phone or iPhone over USB (Qt-free).

    from kit.phone import load_replay, run_phone_check
    report = run_phone_check(load_replay(path), language="nl")

Live phones: kit.phone.probe.connect(). See kit/phone/README.md.
"""

from kit.phone.probe import PhoneError, load_replay
from kit.phone.runner import PhoneReport, run_phone_check

__all__ = ["PhoneError", "PhoneReport", "load_replay", "run_phone_check"]
