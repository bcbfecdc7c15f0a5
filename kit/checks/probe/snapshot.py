"""The JSON snapshot format shared by the fixture probe and the recorder.

    {"format": 1,
     "platform": {"system": "linux", "home": "/home/user", ...},
     "strict": false,
     "reads": {"read_file [\"/etc/group\"]": {"value": "..."},
               "run [[\"/usr/bin/gsettings\", \"get\", \"a\", \"b\"]]": {"value": {"rc": 0, "out": "true\\n"}},
               "list_dir [\"/etc/xdg/autostart\"]": {"error": "denied"}}}

A key is the method name, a space, and the JSON list of its arguments.
"""

from __future__ import annotations

import json
from typing import Any

from kit.checks.probe.base import CommandOutput, DirEntry, Listener, ProcessInfo, Read

FORMAT = 1


def key(method: str, *args: Any) -> str:
    return method + " " + json.dumps([list(a) if isinstance(a, tuple) else a for a in args],
                                     ensure_ascii=False)


def encode_value(method: str, value: Any) -> Any:
    if method == "run":
        out = {"rc": value.rc, "out": value.out}
        if value.err:
            out["err"] = value.err
        return out
    if method == "list_dir":
        return [[e.name, e.kind] for e in value]
    if method == "processes":
        return [{"pid": p.pid, "name": p.name, **({"exe": p.exe} if p.exe else {})} for p in value]
    if method == "listening":
        return [{"proto": s.proto, "addr": s.addr, "port": s.port, "pid": s.pid,
                 **({"process": s.process} if s.process else {})} for s in value]
    return plain(value)


def decode_value(method: str, data: Any) -> Any:
    if method == "run":
        return CommandOutput(int(data.get("rc", 0)), data.get("out", ""), data.get("err", ""))
    if method == "list_dir":
        return [DirEntry(*item) if isinstance(item, list) else DirEntry(item, "file") for item in data]
    if method == "processes":
        return [ProcessInfo(int(p.get("pid", 0)), p["name"], p.get("exe", "")) for p in data]
    if method == "listening":
        return [Listener(s.get("proto", "tcp"), s.get("addr", ""), int(s["port"]), s.get("pid"),
                         s.get("process", "")) for s in data]
    return data


def encode(method: str, read: Read) -> dict[str, Any]:
    if read.ok:
        return {"value": encode_value(method, read.value)}
    out: dict[str, Any] = {"error": read.error}
    if read.detail:
        out["detail"] = read.detail
    return out


def decode(method: str, data: dict[str, Any]) -> Read:
    if "error" in data:
        return Read.fail(data["error"], data.get("detail", ""))
    return Read(decode_value(method, data.get("value")))


def plain(value: Any) -> Any:
    """Make a value JSON-safe: tuples become lists, bytes become hex strings."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, (bytes, bytearray)):
        return "hex:" + bytes(value).hex()
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)
