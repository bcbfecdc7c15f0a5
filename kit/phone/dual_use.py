"""Dual-use apps: useful in themselves, but they can also be used to follow someone.

Shown as "good to know" when found, so the person can check whether they chose the app and
who it shares with. Android package names and iOS bundle ids from the apps' store pages.
"""

from __future__ import annotations

LOCATION = "location sharing"
FAMILY = "family tracker"
REMOTE = "remote support"
FINDER = "item finder"

ENTRIES: list[dict] = [
    {"name": "Life360", "use": FAMILY, "packages": ["com.life360.android.safetymapd"],
     "ios_bundles": ["com.life360.safetymap"]},
    {"name": "Google Family Link", "use": FAMILY,
     "packages": ["com.google.android.apps.kids.familylink",
                  "com.google.android.apps.kids.familylinkhelper"],
     "ios_bundles": ["com.google.Kids"]},
    {"name": "Find My Kids", "use": FAMILY, "names": ["Pingo"],
     "packages": ["org.findmykids.app", "org.findmykids.child"],
     "ios_bundles": ["org.findmykids.app"]},
    {"name": "GeoZilla", "use": FAMILY, "packages": ["com.geozilla.family"]},
    {"name": "Microsoft Family Safety", "use": FAMILY, "packages": ["com.microsoft.familysafety"],
     "ios_bundles": ["com.microsoft.familysafety"]},
    {"name": "Norton Family", "use": FAMILY, "packages": ["com.symantec.familysafety"]},
    {"name": "Kaspersky Safe Kids", "use": FAMILY, "packages": ["com.kaspersky.safekids"]},
    {"name": "Qustodio", "use": FAMILY, "packages": ["com.qustodio.qustodioapp"]},
    {"name": "Bark", "use": FAMILY, "names": ["Bark Kids", "Bark for Kids"],
     "packages": ["com.bark.kids"]},
    {"name": "Glympse", "use": LOCATION, "packages": ["com.glympse.android.glympse"],
     "ios_bundles": ["com.glympse.glympse"]},
    {"name": "Zenly", "use": LOCATION, "packages": ["app.zenly.locator"]},
    {"name": "Find My Friends", "use": LOCATION, "ios_bundles": ["com.apple.mobileme.fmf1"]},
    {"name": "Google Maps location sharing", "use": LOCATION, "names": [],
     "packages": []},
    {"name": "TeamViewer QuickSupport", "use": REMOTE, "names": ["QuickSupport"],
     "packages": ["com.teamviewer.quicksupport.market"],
     "ios_bundles": ["com.teamviewer.quicksupport"]},
    {"name": "TeamViewer Host", "use": REMOTE, "packages": ["com.teamviewer.host.market"]},
    {"name": "TeamViewer Remote Control", "use": REMOTE, "names": ["TeamViewer"],
     "packages": ["com.teamviewer.teamviewer.market.mobile"],
     "ios_bundles": ["com.teamviewer.rc"]},
    {"name": "AnyDesk", "use": REMOTE, "packages": ["com.anydesk.anydeskandroid"],
     "ios_bundles": ["com.philandro.anydesk"]},
    {"name": "AirDroid", "use": REMOTE, "names": ["AirDroid Cast", "AirDroid Kids"],
     "packages": ["com.sand.airdroid", "com.sand.airdroidkidp", "com.sand.airmirror"]},
    {"name": "RustDesk", "use": REMOTE, "packages": ["com.carriez.flutter_hbb"]},
    {"name": "Splashtop SOS", "use": REMOTE, "packages": ["com.splashtop.sos"]},
    {"name": "Chrome Remote Desktop", "use": REMOTE,
     "packages": ["com.google.chromeremotedesktop"]},
    {"name": "Tile", "use": FINDER, "packages": ["com.thetileapp.tile"],
     "ios_bundles": ["com.thetileapp.tile"]},
]
ENTRIES = [e for e in ENTRIES if e.get("packages") or e.get("ios_bundles")]
