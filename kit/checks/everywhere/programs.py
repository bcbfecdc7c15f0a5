"""The list of installed programs, per system, as the installed-programs and name checks need it.

Windows: the Uninstall keys of the registry, and the folders in Program Files, ProgramData and
AppData. macOS: the apps in /Applications and ~/Applications. Linux: the package database
(dpkg, rpm or pacman), Flatpak and Snap apps, and the folders in /opt.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kit.checks.catalog import Catalog, Entry
from kit.checks.helpers import Evidence
from kit.checks.probe.base import NOT_FOUND, Probe, Read

UNINSTALL = ("HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall",
             "HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall",
             "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall")


@dataclass(frozen=True)
class Program:
    name: str
    kind: str    # "program" (Windows), "app" (macOS), "package" (Linux), "folder", "flatpak", "snap"
    where: str   # where it was listed


@dataclass
class Inventory:
    programs: list[Program] = field(default_factory=list)
    evidence: Evidence = field(default_factory=Evidence)
    complete: bool = False           # the main list could be read
    failure: Read | None = None      # why the main list could not be read
    what: str = ""                   # what the main list is
    path_hits: list[tuple[str, Entry]] = field(default_factory=list)

    def matches(self, catalog: Catalog) -> list[tuple[Program | str, Entry]]:
        found: list[tuple[Program | str, Entry]] = []
        for p in self.programs:
            entries = catalog.by_package(p.name) if p.kind == "package" else catalog.by_program(p.name)
            found += [(p, e) for e in entries]
        found += self.path_hits
        return found


def _folder_hits(probe: Probe, inv: Inventory, catalog: Catalog, root_key: str, root: str,
                 listing: list[str]) -> None:
    info = probe.platform()
    names = {n.lower(): n for n in listing}
    for rel, entries in catalog.install_paths(root_key).items():
        if rel[0] not in names:
            continue
        if len(rel) > 1:
            parent = info.path(root, *rel[:-1])
            sub = probe.list_dir(parent)
            if not sub.ok or rel[-1] not in {e.name.lower() for e in sub.value}:
                continue
        full = info.path(root, names[rel[0]], *rel[1:])
        inv.path_hits += [(full, e) for e in entries]


def _list_names(probe: Probe, inv: Inventory, path: str) -> Read:
    r = probe.list_dir(path)
    inv.evidence.add(f"folder {path}", r, f"{len(r.value)} entries" if r.ok else "")
    return r


def windows(probe: Probe, catalog: Catalog) -> Inventory:
    info = probe.platform()
    inv = Inventory(what="HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall")
    for key in UNINSTALL:
        subs = probe.reg_subkeys(key)
        count = 0
        if subs.ok:
            inv.complete = True
            for sk in subs.value:
                vals = probe.reg_values(f"{key}\\{sk}")
                name = (vals.value or {}).get("DisplayName") if vals.ok else None
                if isinstance(name, str) and name.strip():
                    inv.programs.append(Program(name.strip(), "program", key))
                    count += 1
        elif subs.error != NOT_FOUND and inv.failure is None:
            inv.failure = subs
        inv.evidence.add(f"registry {key}", subs, f"{count} programs")
    home = info.home
    roots = {
        "programfiles": info.getenv("ProgramFiles", "C:\\Program Files"),
        "programfiles86": info.getenv("ProgramFiles(x86)", "C:\\Program Files (x86)"),
        "programdata": info.getenv("PROGRAMDATA", "C:\\ProgramData"),
        "localappdata": info.getenv("LOCALAPPDATA", info.path(home, "AppData", "Local")),
        "appdata": info.getenv("APPDATA", info.path(home, "AppData", "Roaming")),
    }
    for key, root in roots.items():
        r = _list_names(probe, inv, root)
        if r.ok:
            listing = [e.name for e in r.value if e.kind == "dir"]
            if key.startswith("programfiles"):
                inv.programs += [Program(n, "folder", root) for n in listing]
            _folder_hits(probe, inv, catalog, key, root, listing)
    if inv.failure is None and not inv.complete:
        inv.failure = Read.fail(NOT_FOUND)
    return inv


def macos(probe: Probe, catalog: Catalog) -> Inventory:
    info = probe.platform()
    inv = Inventory(what="/Applications")
    for folder in ("/Applications", "/Applications/Utilities", info.path(info.home, "Applications")):
        r = _list_names(probe, inv, folder)
        if r.ok:
            if folder == "/Applications":
                inv.complete = True
            apps = [e.name for e in r.value if e.name.endswith(".app")]
            inv.programs += [Program(a[:-4], "app", folder) for a in apps]
            _folder_hits(probe, inv, catalog, "applications", folder, apps)
        elif folder == "/Applications":
            inv.failure = r
    return inv


def _packages_dpkg(probe: Probe, inv: Inventory) -> bool:
    r = _list_names(probe, inv, "/var/lib/dpkg/info")
    if not r.ok:
        return False
    names = {e.name[:-5].split(":")[0] for e in r.value if e.name.endswith(".list")}
    inv.programs += [Program(n, "package", "dpkg") for n in sorted(names)]
    return True


def _packages_rpm(probe: Probe, inv: Inventory) -> bool:
    if not probe.list_dir("/var/lib/rpm").ok and not probe.list_dir("/usr/lib/sysimage/rpm").ok:
        return False
    r = probe.run(["/usr/bin/rpm", "-qa", "--qf", "%{NAME}\\n"])
    if not r.ok or r.value.rc != 0:
        inv.evidence.add("command /usr/bin/rpm -qa", r, f"exit code {r.value.rc}" if r.ok else "")
        return False
    names = sorted({line.strip() for line in r.value.out.splitlines() if line.strip()})
    inv.evidence.add("command /usr/bin/rpm -qa", r, f"{len(names)} packages")
    inv.programs += [Program(n, "package", "rpm") for n in names]
    return True


def _packages_pacman(probe: Probe, inv: Inventory) -> bool:
    r = probe.list_dir("/var/lib/pacman/local")
    if not r.ok:
        return False
    inv.evidence.add("folder /var/lib/pacman/local", r, f"{len(r.value)} entries")
    names = {e.name.rsplit("-", 2)[0] for e in r.value if e.kind == "dir" and e.name.count("-") >= 2}
    inv.programs += [Program(n, "package", "pacman") for n in sorted(names)]
    return True


# Linux folders where programs install themselves outside the package manager: folder names
# (/opt/nezha, /etc/glpi-agent) and program names (/usr/local/bin/pitunnel) are compared with the
# catalog. "~" is the home folder.
LINUX_FOLDERS = ("/opt", "/usr/local", "/usr/local/share", "/usr/local/lib", "/etc", "/var/lib",
                 "/var", "/usr/share", "/usr/lib", "~/.local/share", "~/.local/opt", "~/.config",
                 "~/opt", "~/Applications")
LINUX_BIN = ("/usr/local/bin", "/usr/local/sbin", "/usr/bin", "/usr/sbin", "/bin", "/sbin",
             "~/.local/bin", "~/bin")
LINUX_INSIDE = ("/opt", "~/.local/opt", "~/opt")  # also the programs one folder down: /opt/x/agent
LINUX_DESKTOP = ("/usr/share/applications", "/usr/local/share/applications",
                 "~/.local/share/applications")


def _linux_places(probe: Probe, inv: Inventory, catalog: Catalog) -> None:
    info = probe.platform()

    def real(folder: str) -> str:
        return info.path(info.home, folder[2:]) if folder.startswith("~/") else folder

    for group, match in ((LINUX_FOLDERS, catalog.by_words), (LINUX_BIN, catalog.by_process),
                         (LINUX_DESKTOP, catalog.by_words)):
        for folder in group:
            path = real(folder)
            r = probe.list_dir(path)
            if not r.ok:
                continue
            hits = 0
            for e in r.value:
                if group is LINUX_FOLDERS and e.kind not in ("dir", "link"):
                    continue
                if group is LINUX_DESKTOP and not e.name.endswith(".desktop"):
                    continue
                entries = match(e.name)
                if not entries and folder in LINUX_INSIDE and e.kind == "dir":
                    inner = probe.list_dir(info.path(path, e.name))
                    entries = [x for f in inner.value or [] for x in catalog.by_process(f.name)]
                for entry in dict.fromkeys(entries):
                    inv.path_hits.append((info.path(path, e.name), entry))
                    hits += 1
            inv.evidence.add(f"folder {path}", r, f"{len(r.value)} entries, {hits} known")


def linux(probe: Probe, catalog: Catalog) -> Inventory:
    info = probe.platform()
    inv = Inventory(what="/var/lib/dpkg, rpm, /var/lib/pacman")
    got = [_packages_dpkg(probe, inv), _packages_rpm(probe, inv), _packages_pacman(probe, inv)]
    inv.complete = any(got)
    if not inv.complete:
        first = probe.list_dir("/var/lib/dpkg/info")
        inv.failure = first if not first.ok else Read.fail(NOT_FOUND)
    data_home = info.getenv("XDG_DATA_HOME", info.path(info.home, ".local", "share"))
    for folder, kind in (("/var/lib/flatpak/app", "flatpak"),
                         (info.path(data_home, "flatpak", "app"), "flatpak"), ("/snap", "snap"),
                         ("/opt", "folder")):
        r = probe.list_dir(folder)
        if r.ok:
            inv.evidence.add(f"folder {folder}", r, f"{len(r.value)} entries")
            for e in r.value:
                if e.kind in ("dir", "link"):
                    name = e.name.rsplit(".", 1)[-1] if kind == "flatpak" else e.name
                    inv.programs.append(Program(name, kind, folder))
            if folder == "/opt":
                _folder_hits(probe, inv, catalog, "opt", folder, [e.name for e in r.value])
    _linux_places(probe, inv, catalog)
    return inv


def inventory(probe: Probe, catalog: Catalog) -> Inventory:
    system = probe.platform().system
    return {"windows": windows, "macos": macos}.get(system, linux)(probe, catalog)
