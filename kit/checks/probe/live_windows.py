"""Live registry reads (Windows only). Keys are opened read-only, in the 64-bit view."""

from __future__ import annotations

from kit.checks.probe.base import DENIED, FAILED, NOT_FOUND, UNSUPPORTED, Read
from kit.checks.probe.snapshot import plain

HIVES = {"HKLM": "HKEY_LOCAL_MACHINE", "HKCU": "HKEY_CURRENT_USER", "HKU": "HKEY_USERS",
         "HKCR": "HKEY_CLASSES_ROOT"}


def _open(key: str):
    import winreg

    hive_name, _, sub = key.partition("\\")
    hive = getattr(winreg, HIVES.get(hive_name.upper(), hive_name.upper()), None)
    if hive is None:
        raise ValueError(f"unknown hive {hive_name}")
    return winreg.OpenKey(hive, sub, 0, winreg.KEY_READ | winreg.KEY_WOW64_64KEY)


def _guard(fn, key: str) -> Read:
    try:
        import winreg  # noqa: F401
    except ImportError:
        return Read.fail(UNSUPPORTED, "no registry on this system")
    try:
        return Read(plain(fn(key)))
    except FileNotFoundError:
        return Read.fail(NOT_FOUND, key)
    except PermissionError:
        return Read.fail(DENIED, key)
    except OSError as e:
        return Read.fail(FAILED, str(e))
    except ValueError as e:
        return Read.fail(FAILED, str(e))


def _values(key: str) -> dict:
    import winreg

    out = {}
    with _open(key) as k:
        i = 0
        while True:
            try:
                name, value, _kind = winreg.EnumValue(k, i)
            except OSError:
                break
            out[name] = value
            i += 1
    return out


def _subkeys(key: str) -> list[str]:
    import winreg

    out = []
    with _open(key) as k:
        i = 0
        while True:
            try:
                out.append(winreg.EnumKey(k, i))
            except OSError:
                break
            i += 1
    return sorted(out, key=str.lower)


def reg_values(key: str) -> Read:
    return _guard(_values, key)


def reg_subkeys(key: str) -> Read:
    return _guard(_subkeys, key)
