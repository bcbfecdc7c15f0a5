"""Parsers take odd, partial and vendor-specific output without raising."""

from __future__ import annotations

import pytest

from kit.phone import parsers


def test_packages_line_variants():
    text = ("package:/data/app/~~a==/com.x-b==/base.apk=com.x  installer=com.android.vending uid:10123\n"
            "package:/system/app/Y/Y.apk=com.y installer=null uid:1000\n"
            "package:com.z\n"
            "package:/data/app/com.q-1/base.apk=com.q uid:10200 installer=com.android.shell\n"
            "garbage line\n")
    got = parsers.packages(text)
    assert got["com.x"] == {"path": "/data/app/~~a==/com.x-b==/base.apk", "installer": "com.android.vending", "uid": 10123}
    assert got["com.y"]["installer"] is None and got["com.z"]["path"] == ""
    assert got["com.q"]["installer"] == "com.android.shell"


def test_components_expand_short_class_names():
    assert parsers.components("com.a/.S:com.b/com.b.T") == ["com.a/com.a.S", "com.b/com.b.T"]
    assert parsers.components("") == [] and parsers.components(None) == []


@pytest.mark.parametrize("text, want", [
    ("Enabled services:{{com.m/com.m.S}, {com.n/.T}}\n", ["com.m/com.m.S", "com.n/com.n.T"]),
    ("  enabled services: {\n    0 : com.m/.S\n  }\n  binding services: {\n  }", ["com.m/com.m.S"]),
    ("  enabled services: {\n  }\n", []),
    ("ACCESSIBILITY MANAGER\n", None),
    ("", None),
])
def test_accessibility_versions(text, want):
    assert parsers.accessibility_enabled(text) == want


def test_device_policy_admins_owner_and_profile():
    text = ("Current Device Policy Manager state:\n"
            "  Device Owner: \n    admin=ComponentInfo{com.o/com.o.R}\n    name=\n"
            "  Profile Owner (User 10): \n    admin=ComponentInfo{com.w/.P}\n"
            "  Enabled Device Admins (User 0, provisioningState: 3):\n"
            "    com.a/.Admin:\n      uid=10100\n      policies:\n        wipe-data\n"
            "    com.b/com.b.Admin:\n      uid=10101\n"
            "  Enabled Device Admins (User 10, provisioningState: 3):\n    com.w/.P:\n      uid=1010\n")
    got = parsers.device_policy(text)
    assert got["device_owner"] == "com.o/com.o.R"
    assert got["profile_owners"] == ["com.w/com.w.P"]
    assert got["admins"] == ["com.a/com.a.Admin", "com.b/com.b.Admin", "com.w/com.w.P"]
    assert parsers.device_policy("") == {"admins": [], "device_owner": None, "profile_owners": []}


def test_adb_keys_from_keystore_and_user_keys():
    key = "QAAAA" + "b" * 120 + "="
    text = (f"  debugging_manager={{\n    user_keys={key} anna@pc\n\n    keystore=<?xml ?>\n"
            f'<keyStore version="1">\n<adbKey key="{key} anna@pc" lastConnection="1700000000000" />\n'
            f'<adbKey key="QAAAA{"c" * 60}= " lastConnection="1" />\n</keyStore>\n  }}\n')
    got = parsers.adb_keys(text)
    assert [k["name"] for k in got] == ["anna@pc", ""]
    assert got[0]["last"] == "1700000000000"


def test_appops_new_and_old():
    new = ("  Uid u0a1:\n    state=cch\n      COARSE_LOCATION: mode=ignore\n    Package com.a:\n"
           "      FINE_LOCATION (allow):\n          Access: [fg-s] 2026-01-02 10:00:00.1 (-1d)\n"
           "          Access: [bg-s] 2026-01-03 11:00:00.1 (-1h)\n"
           "      GET_USAGE_STATS (allow / switch COARSE_LOCATION=allow):\n")
    got = parsers.appops(new)
    assert got["com.a"]["FINE_LOCATION"] == {"mode": "allow", "last": "2026-01-03 11:00:00"}
    assert got["com.a"]["GET_USAGE_STATS"]["mode"] == "allow"
    old = "  Uid u0a2:\n    Package com.b:\n      FINE_LOCATION: mode=allow; time=+2h3m ago; duration=+1s\n"
    assert parsers.appops(old)["com.b"]["FINE_LOCATION"] == {"mode": "allow", "last": "+2h3m ago"}


def test_dumpsys_package_flags_users_and_launcher():
    text = ("Activity Resolver Table:\n  Non-Data Actions:\n      android.intent.action.MAIN:\n"
            "        1a2b com.v/.Main filter 3c4d\n          Action: \"android.intent.action.MAIN\"\n"
            "          Category: \"android.intent.category.LAUNCHER\"\n"
            "        5e6f com.h/.Svc filter 7a8b\n          Action: \"android.intent.action.MAIN\"\n\n"
            "Packages:\n  Package [com.h] (abc):\n    userId=10200\n    codePath=/data/app/com.h-1\n"
            "    flags=[ HAS_CODE ]\n    installerPackageName=null\n"
            "    User 0: ceDataInode=1 installed=false hidden=false\n"
            "  Package [com.s] (def):\n    userId=1000\n    flags=[ SYSTEM HAS_CODE ]\n"
            "Hidden system packages:\n  Package [com.s] (ghi):\n    userId=1000\n")
    got = parsers.dumpsys_package(text)
    assert got["launcher"] == {"com.v"}
    assert got["packages"]["com.h"]["users"][0]["installed"] == "false"
    assert "SYSTEM" in got["packages"]["com.s"]["flags"]


@pytest.mark.parametrize("func", [parsers.getprop, parsers.settings, parsers.packages,
                                  parsers.dumpsys_package, parsers.launcher_apps,
                                  parsers.accessibility_enabled, parsers.notification_listeners,
                                  parsers.device_policy, parsers.adb_keys, parsers.appops,
                                  parsers.role_holders])
@pytest.mark.parametrize("text", ["", "\x00\xff garbage {{{ ]]] \n\n\t", "}" * 50, "Packages:\n  Package ["])
def test_no_parser_raises_on_garbage(func, text):
    func(text)
