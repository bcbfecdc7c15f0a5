"""Known components: app stores, browsers, and well-known accessibility services, notification
listeners and device admins that are part of the phone or a mainstream store app.

A component on a preinstalled (system) app is also treated as known. Everything else that holds
one of these powers is shown as "needs attention", so the person can look at it.
"""

from __future__ import annotations

# installers that are an app store (an app installed by them is "from a store")
STORES = {
    "com.android.vending": "Google Play Store",
    "com.sec.android.app.samsungapps": "Galaxy Store",
    "com.huawei.appmarket": "Huawei AppGallery",
    "com.xiaomi.market": "Xiaomi GetApps",
    "com.xiaomi.mipicks": "Xiaomi GetApps",
    "com.heytap.market": "Oppo App Market",
    "com.oppo.market": "Oppo App Market",
    "com.bbk.appstore": "vivo App Store",
    "com.amazon.venezia": "Amazon Appstore",
    "com.google.android.feedback": "Google Play Store",
    "org.fdroid.fdroid": "F-Droid",
    "com.aurora.store": "Aurora Store",
    "com.oneplus.market": "OnePlus store",
    "com.google.android.apps.work.clouddpc": "Android Device Policy (work)",
}
# installers that mean "installed from a file": the package installer, a browser, a file app
PACKAGE_INSTALLERS = {"com.google.android.packageinstaller", "com.android.packageinstaller",
                      "com.samsung.android.packageinstaller", "com.miui.packageinstaller"}
SHELL = {"com.android.shell", "adb"}
BROWSERS = {"com.android.chrome", "org.mozilla.firefox", "com.sec.android.app.sbrowser",
            "com.opera.browser", "com.opera.mini.native", "com.microsoft.emmx", "com.brave.browser",
            "com.duckduckgo.mobile.android", "com.UCMobile.intl", "com.mi.globalbrowser",
            "com.heytap.browser", "com.android.browser", "org.mozilla.focus"}

ACCESSIBILITY = {
    "com.google.android.marvin.talkback": "TalkBack",
    "com.android.talkback": "TalkBack",
    "com.samsung.android.accessibility.talkback": "TalkBack (Samsung)",
    "com.samsung.accessibility": "Samsung accessibility",
    "com.google.android.apps.accessibility.voiceaccess": "Voice Access",
    "com.google.android.accessibility.switchaccess": "Switch Access",
    "com.google.android.apps.accessibility.maui.actionblocks": "Action Blocks",
    "com.google.audio.hearing.visualization.accessibility.scribe": "Live Transcribe",
    "com.google.android.accessibility.soundamplifier": "Sound Amplifier",
    "com.google.android.apps.accessibility.auditor": "Accessibility Scanner",
    "com.x8bit.bitwarden": "Bitwarden",
    "com.lastpass.lpandroid": "LastPass",
    "com.agilebits.onepassword": "1Password",
    "com.dashlane": "Dashlane",
    "com.microsoft.launcher": "Microsoft Launcher",
}
NOTIFICATION_LISTENERS = {
    "com.google.android.projection.gearhead": "Android Auto",
    "com.google.android.apps.wearables.maestro.companion": "Pixel Buds",
    "com.google.android.wearable.app": "Wear OS",
    "com.samsung.android.app.watchmanager": "Galaxy Wearable",
    "com.samsung.android.waterplugin": "Galaxy Watch plug-in",
    "com.fitbit.FitbitMobile": "Fitbit",
    "com.garmin.android.apps.connectmobile": "Garmin Connect",
    "com.mi.health": "Mi Fitness",
    "com.xiaomi.wearable": "Mi Fitness",
    "com.huawei.health": "Huawei Health",
    "com.microsoft.appmanager": "Link to Windows",
    "com.google.android.gms": "Google Play services",
}
DEVICE_ADMINS = {
    "com.google.android.gms": "Find My Device (Google)",
    "com.google.android.apps.work.clouddpc": "Android Device Policy (work)",
    "com.microsoft.windowsintune.companyportal": "Intune Company Portal (work)",
    "com.android.email": "Email",
    "com.samsung.android.email.provider": "Samsung Email",
    "com.google.android.apps.enterprise.dmagent": "Google Apps Device Policy (work)",
}
SMS_APPS = {
    "com.google.android.apps.messaging": "Google Messages",
    "com.samsung.android.messaging": "Samsung Messages",
    "com.android.mms": "Messages",
    "com.android.messaging": "Messages",
    "org.thoughtcrime.securesms": "Signal",
    "com.textra": "Textra",
    "com.microsoft.android.smsorganizer": "SMS Organizer",
}
ROOT_PACKAGES = {
    "com.topjohnwu.magisk": "Magisk",
    "io.github.vvb2060.magisk": "Magisk (fork)",
    "eu.chainfire.supersu": "SuperSU",
    "com.koushikdutta.superuser": "Superuser",
    "com.noshufou.android.su": "Superuser",
    "com.kingroot.kinguser": "KingRoot",
    "com.kingo.root": "KingoRoot",
    "me.weishu.kernelsu": "KernelSU",
    "me.bmax.apatch": "APatch",
}
# apps that are only there on a jailbroken (or TrollStore-patched) iPhone
JAILBREAK_BUNDLES = {
    "com.saurik.Cydia": "Cydia",
    "org.coolstar.SileoStore": "Sileo",
    "org.coolstar.sileo": "Sileo",
    "xyz.willy.Zebra": "Zebra",
    "com.opa334.TrollStore": "TrollStore",
    "com.opa334.Dopamine": "Dopamine",
    "com.tigisoftware.Filza": "Filza",
    "science.xnu.undecimus": "unc0ver",
    "kjc.loader": "checkra1n",
    "com.samiiau.loader": "palera1n",
    "in.palera.loader": "palera1n",
    "me.apptapp.installer": "Installer",
    "com.electrateam.chimera": "Chimera",
    "org.coolstar.electra": "Electra",
}
APP_STORE_SIGNER = "Apple iPhone OS Application Signing"

# the person's own data-usage and location permissions we show as "good to know" (appops names)
LOCATION_OPS = ("FINE_LOCATION", "COARSE_LOCATION", "MONITOR_LOCATION",
                "MONITOR_HIGH_POWER_LOCATION")
USAGE_OPS = ("GET_USAGE_STATS",)
INSTALL_OPS = ("REQUEST_INSTALL_PACKAGES",)
