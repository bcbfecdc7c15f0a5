"""The only shell commands the Android check may run: read-only, exact strings.

Nothing else reaches the phone. `kit.phone.probe` refuses any command that is not in ALLOWED,
and tests/phone/test_allow_list.py proves that none of these can change the phone.
"""

from __future__ import annotations

GETPROP = "getprop"
PACKAGES = "pm list packages -f -i -U -u"
DUMPSYS_PACKAGE = "dumpsys package"
LAUNCHER = ("cmd package query-activities --brief -a android.intent.action.MAIN "
            "-c android.intent.category.LAUNCHER")
ACCESSIBILITY = "dumpsys accessibility"
SECURE = "settings list secure"
GLOBAL = "settings list global"
DEVICE_POLICY = "dumpsys device_policy"
ADB = "dumpsys adb"
APPOPS = "dumpsys appops"
SMS_ROLE = "cmd role get-role-holders android.app.role.SMS"
NOTIFICATION = "dumpsys notification"
SU = "which su"

ALLOWED: tuple[str, ...] = (GETPROP, PACKAGES, DUMPSYS_PACKAGE, LAUNCHER, ACCESSIBILITY, SECURE,
                            GLOBAL, DEVICE_POLICY, ADB, APPOPS, SMS_ROLE, NOTIFICATION, SU)

# what each command is for, shown in kit/phone/README.md and in the evidence lines
PURPOSE = {
    GETPROP: "model, Android version, security patch, boot and build state (root / unlocked)",
    PACKAGES: "every app with its file path, installer and user id (also uninstalled-with-data)",
    DUMPSYS_PACKAGE: "install dates, system flags, hidden apps (launcher entries)",
    LAUNCHER: "which apps have an icon in the app drawer",
    ACCESSIBILITY: "enabled accessibility services (when settings are missing)",
    SECURE: "accessibility services, notification listeners, unknown sources (old Android)",
    GLOBAL: "Play Protect, wireless debugging, developer options",
    DEVICE_POLICY: "device admins, device owner and work profile",
    ADB: "computers trusted for USB debugging",
    APPOPS: "location, usage access and 'install unknown apps' per app, with last use",
    SMS_ROLE: "the default SMS app",
    NOTIFICATION: "enabled notification listeners (when settings are missing)",
    SU: "a 'su' root tool on the path",
}
