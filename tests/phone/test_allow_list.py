"""No code path of the phone check can change the phone: only allow-listed, read-only commands
reach it, and the probes have no other way in."""

from __future__ import annotations

import ast
import inspect
import re
from pathlib import Path

import pytest

from kit.phone import commands, probe

READ_ONLY = [re.compile(p) for p in (
    r"^getprop$",
    r"^pm list packages( -[a-zA-Z])*$",
    r"^dumpsys [a-z_]+$",
    r"^settings list (secure|global|system)$",
    r"^cmd role get-role-holders [a-z.A-Z_]+$",
    r"^cmd package query-activities --brief -a [\w.]+ -c [\w.]+$",
    r"^which su$",
)]
FORBIDDEN_WORDS = {"uninstall", "install", "install-existing", "put", "delete", "clear", "disable",
                   "disable-user", "enable", "grant", "revoke", "reset", "set", "kill", "force-stop",
                   "reboot", "rm", "mv", "cp", "input", "am", "svc", "wipe", "remove", "push",
                   "write", "mount", "chmod", "root", "start", "stop", "broadcast", "suspend",
                   "hide", "add-role-holder", "remove-role-holder", "set-home-activity"}
FIRST_WORDS = {"getprop", "pm", "dumpsys", "settings", "cmd", "which"}
SHELL_META = (";", "&", "|", ">", "<", "`", "$", "\n", "(", ")", "*", "\\")


@pytest.mark.parametrize("command", commands.ALLOWED)
def test_every_allowed_command_is_read_only(command):
    assert any(p.match(command) for p in READ_ONLY), command
    words = command.split()
    assert words[0] in FIRST_WORDS and not FORBIDDEN_WORDS & set(words), command
    assert not any(c in command for c in SHELL_META), command
    assert command in commands.PURPOSE


@pytest.mark.parametrize("command", ["pm uninstall com.x", "settings put global adb_enabled 0",
                                     "am start -n com.x/.Main", "input tap 1 1", "pm clear com.x",
                                     "getprop; reboot", "dumpsys package | sh", "getprop ", "rm -rf /"])
def test_the_probes_refuse_anything_else(command):
    class Device:
        def shell(self, *a, **k):  # pragma: no cover - must never be reached
            raise AssertionError("a command reached the phone")

    for source in (probe.AndroidReplay({command: ""}), probe.LiveAndroid(Device())):
        with pytest.raises(ValueError):
            source.read(command)


def test_probes_have_no_other_way_to_the_phone():
    for cls in (probe.AndroidReplay, probe.LiveAndroid, probe.IosReplay, probe.LiveIos):
        public = {n for n, _ in inspect.getmembers(cls, inspect.isfunction) if not n.startswith("_")}
        assert public <= {"read", "close"}, (cls.__name__, public)


def test_only_the_probe_calls_shell_and_only_through_the_allow_list():
    """`.shell(` appears once in kit/phone, inside LiveAndroid.read, after the allow-list check."""
    root = Path(probe.__file__).parent
    calls = []
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                    node.func.attr in ("shell", "streaming_shell", "push", "pull", "install",
                                       "uninstall", "root", "reboot", "exec_out"):
                calls.append((path.name, node.func.attr, node.lineno))
    assert [(n, a) for n, a, _ in calls] == [("probe.py", "shell")]
    src = inspect.getsource(probe.LiveAndroid.read)
    assert src.index("_allowed(command)") < src.index(".shell(")


def test_ios_probe_uses_only_read_services():
    src = inspect.getsource(probe.LiveIos)
    for word in ("install(", "uninstall", "remove_profile", "install_profile", "erase", "set_value",
                 "reboot", "shutdown", "upgrade", "restore"):
        assert word not in src, word
