"""Redaction for recorded snapshots: user names, e-mail addresses and home paths.

The same name always gets the same stand-in (user, user2, ...; person1@example.org, ...), so a
recording still shows that two reads mention the same account without showing who it is.
"""

from __future__ import annotations

import re
from typing import Any

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
HOME_SEGMENT = re.compile(r"(?i)(?P<root>/home/|/Users/|[A-Z]:\\Users\\|[A-Z]:/Users/)(?P<name>[^/\\\s\"']+)")
SHARED_FOLDERS = {"public", "shared", "default", "default user", "all users", "guest",
                  ".localized", "defaultapppool"}
SYSTEM_NAMES = {"root", "admin", "administrator", "administrators", "system", "nobody",
                "daemon", "guest", "public", "default", "shared", "user", "users", "wheel",
                "sudo", "staff", "everyone", "home", "tmp", "var", "usr", "opt", "etc", "library",
                "applications", "system32", "windows", "program files", "appdata", "local",
                "roaming", "documents", "desktop", "downloads", "config",
                # accounts that Windows manages itself (RID 503, 504)
                "defaultaccount", "wdagutilityaccount"}


class Redactor:
    def __init__(self, home: str = "", user: str = "", names: tuple[str, ...] = (),
                 home_stand_in: str = "/home/user"):
        self._names: dict[str, str] = {}
        self._emails: dict[str, str] = {}
        self.home = home.rstrip("/\\") if len(home) > 3 else ""
        self.home_stand_in = home_stand_in
        self._next = 2
        self.add_name(user, primary=True)
        for n in names:
            self.add_name(n)

    def add_name(self, name: str, primary: bool = False) -> None:
        """The person running the check becomes "user"; everyone else user2, user3, ..."""
        name = (name or "").strip()
        if len(name) < 2 or name.lower() in SYSTEM_NAMES or name.lower() in SHARED_FOLDERS:
            return
        if name.lower() not in self._names:
            if primary:
                self._names[name.lower()] = "user"
            else:
                self._names[name.lower()] = f"user{self._next}"
                self._next += 1

    def _name(self, name: str) -> str:
        self.add_name(name)
        return self._names.get(name.lower(), name)

    def _email(self, m: re.Match) -> str:
        addr = m.group(0).lower()
        if addr.endswith("@example.org"):
            return addr
        if addr not in self._emails:
            self._emails[addr] = f"person{len(self._emails) + 1}@example.org"
        return self._emails[addr]

    def _home(self, m: re.Match) -> str:
        name = m["name"]
        if name.lower() in SHARED_FOLDERS:
            return m.group(0)
        return m["root"] + self._name(name)

    def text(self, s: str) -> str:
        if self.home:
            s = re.sub(re.escape(self.home) + r"(?=$|[/\\\s\"'])", lambda _m: self.home_stand_in, s,
                       flags=re.IGNORECASE)
        s = EMAIL.sub(self._email, s)
        s = HOME_SEGMENT.sub(self._home, s)
        for real, stand_in in sorted(self._names.items(), key=lambda kv: -len(kv[0])):
            s = re.sub(rf"(?i)(?<![A-Za-z0-9_.-]){re.escape(real)}(?![A-Za-z0-9_-])", stand_in, s)
        return s

    def value(self, v: Any) -> Any:
        if isinstance(v, str):
            return self.text(v)
        if isinstance(v, list):
            return [self.value(x) for x in v]
        if isinstance(v, dict):
            return {self.text(k): self.value(x) for k, x in v.items()}
        return v
