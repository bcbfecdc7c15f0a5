"""Where Chrome, Edge, Brave and Firefox keep their profiles, and what we read from them.

Only account e-mail addresses and extension names are read, through `read_fields`, so that
tokens and the rest of the files never leave the probe. Profile names and paths come from
files that another program could have written, so they are checked before use: no "..", no
folder separators, no absolute paths outside the home folder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kit.checks.helpers import Evidence, ini
from kit.checks.probe.base import NOT_FOUND, PlatformInfo, Probe, Read
from kit.checks.probe.fields import as_map

CHROMIUM = {
    "Chrome": {"windows": ("LOCALAPPDATA", "Google", "Chrome", "User Data"),
               "macos": ("HOME", "Library", "Application Support", "Google", "Chrome"),
               "linux": ("XDG_CONFIG_HOME", "google-chrome")},
    "Chromium": {"linux": ("XDG_CONFIG_HOME", "chromium")},
    "Edge": {"windows": ("LOCALAPPDATA", "Microsoft", "Edge", "User Data"),
             "macos": ("HOME", "Library", "Application Support", "Microsoft Edge"),
             "linux": ("XDG_CONFIG_HOME", "microsoft-edge")},
    "Brave": {"windows": ("LOCALAPPDATA", "BraveSoftware", "Brave-Browser", "User Data"),
              "macos": ("HOME", "Library", "Application Support", "BraveSoftware", "Brave-Browser"),
              "linux": ("XDG_CONFIG_HOME", "BraveSoftware", "Brave-Browser")},
}
FIREFOX = {"windows": [("APPDATA", "Mozilla", "Firefox")],
           "macos": [("HOME", "Library", "Application Support", "Firefox")],
           "linux": [("HOME", ".mozilla", "firefox"),
                     ("HOME", "snap", "firefox", "common", ".mozilla", "firefox"),
                     ("HOME", ".var", "app", "org.mozilla.firefox", ".mozilla", "firefox")]}
SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 _.@+-]{0,99}$")
# Chromium's own extensions, installed with the browser.
BUILT_IN = frozenset({
    "nmmhkkegccagdldgiimedpiccmgmieda", "mhjfbmdgcfjbbpaeojofohoefgiehjai",
    "pkedcjkdefgpdelpbcmbmeomcjbeemfm", "ghbmnnjooekpmoecnnnilnnbdlolhkhi",
    "aapocclcgogkmnckokdopfmhonfmgoek", "felcaaldnbdncclmgdcncolpebgiejap",
    "apdfllckaahabafndbhieahigkjlhalf", "blpcfgokakmgnkcojhhkbfbldkacnbeo",
    "pjkljhegncpnkpknbcohdijeoejaedia", "coobgpohoikkiipiblmjeljniedjpjpf",
    "jmjflgjpcpepeafmmgdpfkogkghcpiha", "neajdppkdcdipfabeoofebfddakdcjhd",
    "fikbjbembnmfhppjfnmfkahdhfohhjmg", "mfehgcgbbipciphmccgaenjidiccnmng",
})
CHROMIUM_SIDELOADED = {4: "unpacked", 7: "policy", 8: "command_line", 9: "policy"}
CHROMIUM_SKIP = {5, 10}  # component extensions
FIREFOX_SKIP = {"app-builtin", "app-system-defaults", "app-system-addons", "app-temporary"}
FIREFOX_OUTSIDE = {"app-global", "app-system-share", "app-system-local", "app-system-user"}


@dataclass
class Profile:
    browser: str
    name: str
    path: str
    account: str = ""
    sync: bool = False


@dataclass
class Extension:
    browser: str
    profile: str
    id: str
    name: str
    how: str = ""   # "" (from the store), "unpacked", "policy", "command_line" or "outside"


@dataclass
class Scan:
    profiles: list[Profile] = field(default_factory=list)
    failures: list[Read] = field(default_factory=list)
    evidence: Evidence = field(default_factory=Evidence)


def safe_name(name: str) -> bool:
    return bool(SAFE_NAME.match(name)) and ".." not in name


def _root(info: PlatformInfo, spec: tuple[str, ...]) -> str:
    var, *rest = spec
    if var == "HOME":
        base = info.home
    elif var == "XDG_CONFIG_HOME":
        base = info.getenv("XDG_CONFIG_HOME", info.path(info.home, ".config"))
    elif var == "LOCALAPPDATA":
        base = info.getenv("LOCALAPPDATA", info.path(info.home, "AppData", "Local"))
    else:
        base = info.getenv("APPDATA", info.path(info.home, "AppData", "Roaming"))
    return info.path(base, *rest)


def _chromium(probe: Probe, scan: Scan) -> None:
    info = probe.platform()
    for browser, where in CHROMIUM.items():
        if info.system not in where:
            continue
        root = _root(info, where[info.system])
        state = probe.read_fields(info.path(root, "Local State"),
                                  ["profile.info_cache.*.user_name",
                                   "profile.info_cache.*.is_consented_primary_account"])
        scan.evidence.add(f"{browser}: {info.path(root, 'Local State')} (account names only)", state,
                          "read")
        if not state.ok:
            if state.error != NOT_FOUND:
                scan.failures.append(state)
            continue
        values = as_map(state.value)
        names = sorted({path[2] for path in values})
        for name in names:
            if not safe_name(name):
                scan.evidence.append(f"{browser}: profile name {name!r} ignored (not a safe folder name)")
                continue
            account = values.get(("profile", "info_cache", name, "user_name"), "")
            sync = values.get(("profile", "info_cache", name, "is_consented_primary_account"), False)
            scan.profiles.append(Profile(browser, name, info.path(root, name),
                                         str(account or ""), bool(sync) and bool(account)))


def _firefox_paths(info: PlatformInfo, root: str, text: str, scan: Scan) -> list[tuple[str, str]]:
    out = []
    home = info.home.rstrip("/\\")
    for section in ini(text).sections():
        sec = ini(text)[section]
        rel = sec.get("Path")
        if not section.startswith("Profile") or not rel:
            continue
        parts = [p for p in re.split(r"[\\/]", rel) if p]
        relative = sec.get("IsRelative", "1").strip() != "0"
        if relative:
            ok = parts and all(safe_name(p) for p in parts) and not re.match(r"^[A-Za-z]:", rel)
            path = info.path(root, *parts) if ok else ""
        else:
            norm = info.path(rel)
            ok = ".." not in parts and norm.lower().startswith(home.lower() + ("\\" if info.system == "windows" else "/"))
            path = norm if ok else ""
        if not ok:
            scan.evidence.append(f"Firefox: profile path {rel!r} ignored (outside the Firefox folder)")
            continue
        out.append((sec.get("Name") if safe_name(sec.get("Name", "") or "") else parts[-1], path))
    return out


def _firefox(probe: Probe, scan: Scan) -> None:
    info = probe.platform()
    for spec in FIREFOX.get(info.system, []):
        root = _root(info, spec)
        ini_path = info.path(root, "profiles.ini")
        r = probe.read_file(ini_path)
        scan.evidence.add(f"Firefox: {ini_path}", r, "read")
        if not r.ok:
            if r.error != NOT_FOUND:
                scan.failures.append(r)
            continue
        for name, path in _firefox_paths(info, root, r.value, scan):
            user = probe.read_fields(info.path(path, "signedInUser.json"), ["accountData.email"])
            scan.evidence.add(f"Firefox: {info.path(path, 'signedInUser.json')} (e-mail only)", user,
                              "read")
            email = ""
            if user.ok:
                email = str(as_map(user.value).get(("accountData", "email"), "") or "")
            elif user.error != NOT_FOUND:
                scan.failures.append(user)
            scan.profiles.append(Profile("Firefox", name, path, email, bool(email)))


def profiles(probe: Probe) -> Scan:
    scan = Scan()
    _chromium(probe, scan)
    _firefox(probe, scan)
    return scan


def _chromium_name(probe: Probe, ext_dir: str) -> str:
    info = probe.platform()
    versions = probe.list_dir(ext_dir)
    if not versions.ok or not versions.value:
        return ""
    vdir = info.path(ext_dir, versions.value[-1].name)
    m = probe.read_fields(info.path(vdir, "manifest.json"), ["name", "default_locale"])
    values = as_map(m.value) if m.ok else {}
    name = str(values.get(("name",), "") or "")
    msg = re.match(r"^__MSG_(.+)__$", name)
    if msg:
        name = ""
        for loc in dict.fromkeys([str(values.get(("default_locale",), "") or "en"), "en"]):
            if not safe_name(loc):
                continue
            t = probe.read_fields(info.path(vdir, "_locales", loc, "messages.json"), ["*.message"])
            for path, value in (t.value or []):
                if path[0].lower() == msg.group(1).lower():
                    name = str(value)
                    break
            if name:
                break
    return name


def chromium_extensions(probe: Probe, prof: Profile, ev: Evidence) -> list[Extension]:
    info = probe.platform()
    settings: dict[str, dict] = {}
    for fname in ("Secure Preferences", "Preferences"):
        r = probe.read_fields(info.path(prof.path, fname),
                              ["extensions.settings.*.location", "extensions.settings.*.manifest.name"])
        ev.add(f"{prof.browser} {prof.name}: {fname} (extension settings only)", r, "read")
        for path, value in (r.value or []):
            settings.setdefault(path[2], {})[path[-1]] = value
    listing = probe.list_dir(info.path(prof.path, "Extensions"))
    ids = {e.name for e in listing.value or [] if re.fullmatch(r"[a-p]{32}", e.name)}
    ids |= {i for i in settings if re.fullmatch(r"[a-p]{32}", i)}
    out = []
    for ext_id in sorted(ids - BUILT_IN):
        s = settings.get(ext_id, {})
        location = s.get("location")
        if location in CHROMIUM_SKIP:
            continue
        name = str(s.get("name") or "")
        if not name or name.startswith("__MSG_"):
            name = _chromium_name(probe, info.path(prof.path, "Extensions", ext_id)) or ext_id
        out.append(Extension(prof.browser, prof.name, ext_id, name,
                             CHROMIUM_SIDELOADED.get(location, "") if isinstance(location, int) else ""))
    return out


def firefox_extensions(probe: Probe, prof: Profile, ev: Evidence) -> list[Extension]:
    info = probe.platform()
    r = probe.read_fields(info.path(prof.path, "extensions.json"),
                          ["addons.*.id", "addons.*.type", "addons.*.location",
                           "addons.*.defaultLocale.name"])
    ev.add(f"Firefox {prof.name}: extensions.json (names only)", r, "read")
    addons: dict[str, dict] = {}
    for path, value in (r.value or []):
        addons.setdefault(path[1], {})[path[-1] if path[-2] != "defaultLocale" else "label"] = value
    out = []
    for a in addons.values():
        if a.get("type") != "extension" or a.get("location") in FIREFOX_SKIP:
            continue
        how = "outside" if a.get("location") in FIREFOX_OUTSIDE else ""
        out.append(Extension("Firefox", prof.name, str(a.get("id", "")),
                             str(a.get("label") or a.get("id") or "?"), how))
    return out
