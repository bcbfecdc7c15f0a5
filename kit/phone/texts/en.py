"""English texts of the phone check (plain language, about level B1).

Menu paths checked against (read 2026-12-05):
- Android Compatibility Definition, 6.2 Developer Options ("Settings > About Device > Build
  Number", seven taps): https://android.googlesource.com/platform/compatibility/cdd/+/refs/tags/android-platform-12.1.0_r10/6_dev-tools-and-options/6_2_developer_options.md
- Android developers, "Configure on-device developer options" (Revoke USB debugging
  authorizations): https://developer.android.com/studio/debug/dev-options
- Apple, "About the 'Trust This Computer' alert" (Reset Location & Privacy):
  https://support.apple.com/en-us/109054

On-screen labels in the after-check steps (phone.after.*, read 2026-12-05): Android's own
Settings texts (AOSP SettingsLib, en/nl/fr) and Apple HT202778 (English only); the full list of
pages, commits and which label each confirms is in the comment at the top of kit/ui/phone_page.py.
Labels no page in this language confirms are described, not quoted.
"""

from __future__ import annotations

NOT_YOURSELF = ("If you did not set this up yourself, someone else may have. Do not remove it "
                "straight away: the other person may notice, and it is evidence. Save the result "
                "to your journal first and talk to a help service.")

COMMON = {
    "ok.meaning": "We found nothing here. This is not proof that nothing is there: no check can "
                  "see everything.",
    "ok.advice": "You do not need to do anything for this part.",
    "attention.meaning": "Someone may be able to see what you do on this phone, or where you are.",
    "attention.advice": NOT_YOURSELF,
    "info.meaning": "This is not a problem in itself. It is good to know, because it can help "
                    "someone follow what you do.",
    "info.advice": "Look at the list. Do you know every item, and did you want it? If something "
                   "is not yours, do not change it straight away: save the result first and talk "
                   "to a help service.",
    "unknown.title": "Could not check: {check}",
    "unknown.detail": "We could not read {what}: {reason}.",
    "unknown.meaning": "This does not mean that everything is fine. This part of the check has "
                       "no answer.",
    "unknown.advice": "If you are worried about this part, ask a help service to look at the "
                      "phone with you.",
}

LABELS = {
    "phone.reason.not_found": "it was not read",
    "phone.reason.denied": "the phone did not allow us to read it",
    "phone.reason.no_command": "this phone does not offer this information",
    "phone.reason.timeout": "the phone took too long to answer",
    "phone.reason.failed": "something went wrong while reading",
    "phone.reason.unsupported": "this phone does not offer this information",
    "phone.what.packages": "the list of apps",
    "phone.what.settings": "the phone's settings",
    "phone.what.accessibility": "the accessibility settings",
    "phone.what.notifications": "the notification settings",
    "phone.what.admins": "the list of device admin apps",
    "phone.what.sms": "the default SMS app",
    "phone.what.installers": "where the apps came from",
    "phone.what.adb": "the list of trusted computers",
    "phone.what.props": "the phone's system information",
    "phone.what.appops": "the app permissions",
    "phone.what.apps": "the list of apps",
    "phone.what.profiles": "the configuration profiles",
    "phone.what.cloud": "the management settings",
    "phone.word.no_icon": "no icon: hidden from the app list",
    "phone.word.removed": "removed, but its data is still on the phone",
    "phone.word.from_file": "installed from a file",
    "phone.word.from_computer": "installed from a computer (USB debugging)",
    "phone.word.from_browser": "downloaded with a browser",
    "phone.word.unknown_source": "installer unknown",
    "phone.word.stalkerware": "stalkerware",
    "phone.word.watchware": "monitoring app",
    "phone.word.dual-use": "can also be used to follow someone",
    "phone.word.developer": "signed by a developer certificate",
    "phone.word.enterprise": "signed by a company certificate",
    "phone.word.owner": "device owner: controls the whole phone",
    "phone.word.work_profile": "work profile",
    "phone.word.system": "part of the phone",
    "phone.word.last_used": "last used",
    "phone.word.location": "location",
    "phone.word.usage": "usage access (sees which apps you use)",
    "phone.word.supervised": "supervised (managed by an organisation)",
    "phone.word.this_computer": "probably this computer",
    "phone.word.unnamed": "unnamed",
    "phone.summary.not_proof": "A clean result is not proof that nothing is there. This check "
                               "cannot see your Google or iCloud account: someone who knows that "
                               "password can see your photos, messages and location without any "
                               "app on the phone. Read the guides on securing your accounts.",
    "phone.after.android": "When you are done: 1. On the phone, open Settings, then 'Developer options' "
                           "(where you turned on USB debugging). 2. Tap 'Revoke USB debugging "
                           "authorizations'. 3. Turn 'USB debugging' off. 4. Turn the developer options "
                           "off with the switch at the top of that page. Then this computer can no longer "
                           "read the phone.",
    "phone.after.ios": "When you are done: this computer stays trusted by the iPhone. To undo that, "
                       "open Settings > General > Transfer or Reset iPhone > Reset > Reset Location & "
                       "Privacy. Do not choose to erase everything. This also resets which apps may "
                       "use your location, so they will ask again.",
    "phone.error.no_device": "No phone found. Connect the phone with a USB cable that can carry "
                             "data (not a charging-only cable), unlock it, and try again.",
    "phone.error.debugging_off": "A phone is connected, but USB debugging is off. Turn on USB "
                                 "debugging (see the steps for your brand) and try again.",
    "phone.error.not_authorised": "The phone did not allow this computer. Unlock the phone, tap "
                                  "'Allow' in the 'Allow USB debugging?' message, and try again. "
                                  "No message? Unplug the cable and plug it in again.",
    "phone.error.busy": "The phone is in use by another program (for example another adb or "
                        "Android Studio). Close that program, unplug the phone, plug it in again "
                        "and try again.",
    "phone.error.driver": "Windows cannot talk to the phone: it needs the WinUSB driver for "
                          "Android. Install the 'Google USB Driver' (or your phone maker's USB "
                          "driver), then try again. See the README, 'Phone check on Windows'.",
    "phone.error.permission": "Linux does not let this program use the phone. Add the udev rule "
                              "from the README ('Phone check on Linux'), unplug the phone, plug it "
                              "in again and try again.",
    "phone.error.usb_library": "The USB part of the kit is missing. Reinstall Ontkoppel (it needs "
                               "libusb1 and libusb-package).",
    "phone.error.disconnected": "The connection to the phone was lost. Check the cable, keep the "
                                "phone unlocked, and try again.",
    "phone.error.ios_extra": "To check an iPhone, install the iPhone extra: pip install "
                             "'ontkoppel[iphone]' (or use a desktop download that includes it).",
    "phone.error.usbmuxd": "This computer cannot reach the iPhone. On Windows, install Apple "
                           "Devices or iTunes (it brings 'Apple Mobile Device Support'); on "
                           "Linux, install and start usbmuxd. Then try again.",
    "phone.error.not_trusted": "The iPhone does not trust this computer yet. Unlock the iPhone, "
                               "tap 'Trust' in the 'Trust This Computer?' message, enter the "
                               "passcode, and try again.",
    "phone.error.locked": "The iPhone is locked. Unlock it, keep it unlocked, and try again.",
    "phone.error.replay": "The replay file cannot be used.",
    "phone.error.failed": "The phone check could not run. Unplug the phone, plug it in again and "
                          "try again; if it keeps failing, ask a help service.",
}

_CHECK_LIST = ("Look at each app. Do you know it, and did you install it yourself? ") + NOT_YOURSELF

CHECKS = {
    "phone.stalkerware": {
        "name": "Known spy apps",
        "ok.title": "No known spy app found",
        "ok.detail": "None of the apps on this phone is on the list of known stalkerware "
                     "({count} names).",
        "attention.title": "A known spy app is on this phone",
        "attention.detail": "Found: {found}.",
        "attention.meaning": "Stalkerware is made to secretly follow a person: messages, calls, "
                             "location, photos. Whoever installed it can probably see a lot of "
                             "what you do on this phone.",
        "attention.advice": "Do not remove it yet: the other person may notice, and it is "
                            "evidence. Save this result to your journal, and talk to a help "
                            "service about a safe plan before you change anything.",
    },
    "phone.accessibility": {
        "name": "Accessibility services",
        "ok.title": "No unusual accessibility service",
        "ok.detail": "No app outside the phone's own has accessibility turned on.",
        "attention.title": "An app can read your screen",
        "attention.detail": "Accessibility is on for: {found}.",
        "attention.meaning": "Accessibility lets an app read everything on the screen and what "
                             "you type, and tap for you. Apps for people with a disability need "
                             "this; spy apps use it too.",
        "info.title": "Accessibility is on for a known app",
        "info.detail": "Accessibility is on for: {found}.",
        "info.meaning": "These apps are well known (for example a screen reader or a password "
                        "manager). They can read the screen.",
    },
    "phone.notification_listeners": {
        "name": "Notification access",
        "ok.title": "No unusual app reads your notifications",
        "ok.detail": "No app outside the phone's own may read your notifications.",
        "attention.title": "An app can read your notifications",
        "attention.detail": "Notification access is on for: {found}.",
        "attention.meaning": "This app sees every notification: the start of your messages, "
                             "codes for logging in, missed calls.",
        "info.title": "A known app can read your notifications",
        "info.detail": "Notification access is on for: {found}.",
        "info.meaning": "These apps are well known (for example a smartwatch app). They see "
                        "your notifications.",
    },
    "phone.device_admin": {
        "name": "Device admin apps",
        "ok.title": "No unusual device admin app",
        "ok.detail": "No app outside the phone's own has device admin rights.",
        "attention.title": "An app has admin rights on this phone",
        "attention.detail": "Admin rights: {found}.",
        "attention.meaning": "An admin app can lock or wipe the phone and can make itself hard "
                             "to remove. Spy apps use this to stay on the phone.",
        "attention.advice": "If this is a work or school phone, your employer or school may "
                            "have set this up; ask them. " + NOT_YOURSELF,
        "info.title": "A known app has admin rights",
        "info.detail": "Admin rights: {found}.",
        "info.meaning": "These are well-known admin apps, for example Find My Device or a work "
                        "profile. A work profile is managed by your employer.",
    },
    "phone.sms_app": {
        "name": "Default SMS app",
        "ok.title": "The default SMS app is a known app",
        "ok.detail": "Default SMS app: {found}.",
        "attention.title": "An unknown app is the default SMS app",
        "attention.detail": "Default SMS app: {found}.",
        "attention.meaning": "The default SMS app receives all your text messages, including "
                             "login codes.",
    },
    "phone.sideloaded": {
        "name": "Apps from outside the store",
        "ok.title": "All apps come from a store or with the phone",
        "ok.detail": "{count} apps checked.",
        "attention.title": "Apps were installed from outside the store",
        "attention.detail": "{found}.",
        "attention.meaning": "Spy apps are not allowed in the stores, so they are installed from "
                             "a file, a website or a computer. An app without an icon hides "
                             "itself from the app list.",
        "attention.advice": _CHECK_LIST,
    },
    "phone.play_protect": {
        "name": "Google Play Protect",
        "ok.title": "Play Protect is on",
        "ok.detail": "Play Protect checks apps for harmful behaviour.",
        "attention.title": "Play Protect is off",
        "attention.detail": "Play Protect is switched off ({found}).",
        "attention.meaning": "Play Protect warns about harmful apps, including many spy apps. "
                             "Spy app installers often ask you to switch it off.",
    },
    "phone.unknown_sources": {
        "name": "Installing unknown apps",
        "ok.title": "No app may install other apps",
        "ok.detail": "Only the stores can install apps.",
        "attention.title": "Apps may install other apps",
        "attention.detail": "'Install unknown apps' is allowed for: {found}.",
        "attention.meaning": "With this permission, an app (often a browser or a file manager) "
                             "can install apps from outside the store. This is how spy apps get "
                             "on a phone.",
    },
    "phone.wireless_debugging": {
        "name": "Wireless debugging",
        "ok.title": "Wireless debugging is off",
        "ok.detail": "No computer can control the phone over Wi-Fi.",
        "attention.title": "Wireless debugging is on",
        "attention.detail": "Wireless debugging is switched on.",
        "attention.meaning": "A computer on the same Wi-Fi network can then install apps and "
                             "read data from this phone, without a cable.",
    },
    "phone.adb_keys": {
        "name": "Computers trusted for USB debugging",
        "ok.title": "No other computer is trusted",
        "ok.detail": "Only this check's own key was found.",
        "attention.title": "Other computers are trusted for USB debugging",
        "attention.detail": "Trusted computers: {found}.",
        "attention.meaning": "A trusted computer can install apps and read data over a cable "
                             "without asking again.",
        "info.title": "One computer is trusted for USB debugging",
        "info.detail": "Trusted computer: {found}.",
        "info.meaning": "This is probably the computer you use for this check. If the check "
                        "was not run from this phone's first connection, look at the name.",
        "info.advice": "After the check, tap 'Revoke USB debugging authorizations' (see the "
                       "steps below).",
    },
    "phone.root": {
        "name": "Root and unlocked bootloader",
        "ok.title": "No sign of root",
        "ok.detail": "The phone's system looks locked and unchanged.",
        "attention.title": "The phone's protection is switched off",
        "attention.detail": "Signs: {found}.",
        "attention.meaning": "On a rooted phone or a phone with an unlocked bootloader, an app "
                             "can get full control and hide itself. Some spy apps need this.",
        "attention.advice": "If you did not do this yourself, someone else may have had the "
                            "phone for a while. " + NOT_YOURSELF,
    },
    "phone.dual_use": {
        "name": "Apps that can share your location or screen",
        "ok.title": "No tracking or remote-support app found",
        "ok.detail": "None of the apps is a known family tracker, location-sharing or "
                     "remote-support app.",
        "info.title": "Apps that can share your location or screen",
        "info.detail": "Found: {found}.",
        "info.meaning": "These are normal apps, but they can also be used to follow someone: "
                        "a family tracker shares where you are, a remote-support app lets "
                        "someone see your screen.",
        "info.advice": "Did you choose this app? Open it and look at who it shares with. If you "
                       "did not choose it, save this result first and talk to a help service.",
    },
    "phone.location_usage": {
        "name": "Location and usage access",
        "ok.title": "No app outside the phone's own used your location",
        "ok.detail": "No extra app has location or usage access.",
        "info.title": "Apps that can see your location or app use",
        "info.detail": "{found}.",
        "info.meaning": "Many apps need your location (maps, weather). Usage access lets an app "
                        "see which apps you use and when.",
    },
    "phone.security_patch": {
        "name": "Security updates",
        "ok.title": "Security updates are recent",
        "ok.detail": "Security patch: {found}.",
        "info.title": "The last security update is old",
        "info.detail": "Security patch: {found} ({months} months old).",
        "info.meaning": "An old phone is easier to break into. This is not a sign of spying.",
        "info.advice": "Look for an update: Settings > System > Software update (on Samsung: "
                       "Settings > Software update).",
    },
    "phone.ios_signing": {
        "name": "Apps from outside the App Store",
        "ok.title": "All apps come from the App Store",
        "ok.detail": "{count} apps checked.",
        "attention.title": "Apps were installed from outside the App Store",
        "attention.detail": "{found}.",
        "attention.meaning": "Apps signed by a developer or a company certificate do not come "
                             "from the App Store. They can be put on a phone with a computer. "
                             "Spy apps for iPhone work this way.",
        "attention.advice": "If this is a work phone or you test apps yourself, this can be "
                            "normal. " + NOT_YOURSELF,
    },
    "phone.ios_jailbreak": {
        "name": "Jailbreak",
        "ok.title": "No sign of a jailbreak",
        "ok.detail": "No jailbreak app was found.",
        "attention.title": "The iPhone may be jailbroken",
        "attention.detail": "Found: {found}.",
        "attention.meaning": "A jailbreak switches off the iPhone's protection. Then spy apps "
                             "can be installed that hide themselves.",
        "attention.advice": "If you did not do this yourself, someone else may have had the "
                            "phone for a while. " + NOT_YOURSELF,
    },
    "phone.ios_profiles": {
        "name": "Configuration profiles",
        "ok.title": "No configuration profile",
        "ok.detail": "There is no profile on this iPhone.",
        "attention.title": "A configuration profile is on this iPhone",
        "attention.detail": "Profiles: {found}.",
        "attention.meaning": "A profile can change settings, send your internet through another "
                             "server (VPN or proxy), or add a certificate that lets someone read "
                             "your traffic.",
        "attention.advice": "If this is a work or school phone, they may have put it there; ask "
                            "them. " + NOT_YOURSELF,
    },
    "phone.ios_mdm": {
        "name": "Device management (MDM)",
        "ok.title": "This iPhone is not managed",
        "ok.detail": "It is not supervised and not enrolled in device management.",
        "attention.title": "This iPhone is managed by an organisation",
        "attention.detail": "{found}.",
        "attention.meaning": "A managed iPhone can be controlled from a distance: apps, "
                             "settings, sometimes location.",
        "attention.advice": "If this is a work or school phone, this is normal. If it is your "
                            "own phone, someone may have set it up. " + NOT_YOURSELF,
    },
}
