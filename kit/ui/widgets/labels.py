"""Translated labels that several widgets share (callouts, regions, section names)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q


def callout_labels() -> dict[str, str]:
    return {
        "notice": Q.translate("labels", "The other person may notice this:"),
        "evidence": Q.translate("labels", "Save evidence first:"),
        "safety": Q.translate("labels", "Your safety:"),
        "tip": Q.translate("labels", "Tip:"),
    }


def region_names() -> dict[str, str]:
    return {
        "be-vlaanderen": Q.translate("labels", "Flanders"),
        "be-brussel": Q.translate("labels", "Brussels"),
        "be-wallonie": Q.translate("labels", "Wallonia"),
        "nl": Q.translate("labels", "The Netherlands"),
    }


def section_titles() -> dict[str, str]:
    return {
        "start": Q.translate("labels", "Start"),
        "separation": Q.translate("labels", "Digital separation"),
        "family": Q.translate("labels", "Family & media"),
        "check": Q.translate("labels", "Computer check"),
        "phone": Q.translate("labels", "Phone check"),
        "journal": Q.translate("labels", "Journal"),
        "help": Q.translate("labels", "Help & rights"),
        "settings": Q.translate("labels", "Settings"),
    }


def need_names() -> dict[str, str]:
    return {
        "home-violence": Q.translate("labels", "Violence at home"),
        "sexual-violence": Q.translate("labels", "Sexual violence"),
        "images-online": Q.translate("labels", "Intimate images online"),
        "children": Q.translate("labels", "Children and young people"),
        "legal": Q.translate("labels", "Legal help"),
        "psychological": Q.translate("labels", "Psychological help"),
        "police": Q.translate("labels", "Police"),
        "listening": Q.translate("labels", "Someone to talk to"),
        "medical": Q.translate("labels", "Medical help"),
    }


def handout_labels() -> dict[str, str]:
    return {
        "title": Q.translate("labels", "Where to find help"),
        "intro": Q.translate("labels", "You are not alone. These services listen, help and know the way. Many are free and some are anonymous."),
        "see_website": Q.translate("labels", "See the website"),
        "verified": Q.translate("labels", "Checked on"),
        "check_numbers": Q.translate("labels", "Numbers can change: if a number does not work, look on the service's website."),
        "printed": Q.translate("labels", "Printed on"),
    }


def plan_labels() -> dict[str, str]:
    return {
        "title": Q.translate("labels", "My plan: the steps still to do"),
        "intro": Q.translate("labels", "Do the steps in this order, at your own pace. Tick them off when done."),
        "all_done": Q.translate("labels", "All steps are done or marked 'not for me'. Well done."),
        "help": Q.translate("labels", "Help is there for you"),
        "qr": Q.translate("labels", "Scan with your phone camera to take the open steps with you as text:"),
        "printed": Q.translate("labels", "Printed on"),
        "heading": Q.translate("labels", "My plan, open steps:"),
    }


def reason_text(trigger: str) -> str:
    """Why a guide is in the plan, from the intake answer that chose it."""
    kind, _, value = trigger.partition(":")
    if trigger == "always":
        return Q.translate("labels", "everyone needs this")
    if kind == "situation":
        return {
            "shared-passwords": Q.translate("labels", "the other person knew your passwords or had your phone"),
            "children": Q.translate("labels", "you have children together"),
            "living-together": Q.translate("labels", "you still live together"),
            "tracked": Q.translate("labels", "the other person seems to know where you are"),
            "spyware": Q.translate("labels", "the other person seems to know what you say or write"),
            "money": Q.translate("labels", "the other person controls money or buys in your name"),
        }.get(value, value)
    return Q.translate("labels", "you said: %s") % intake_option_texts().get(trigger, value)


def short_reason(trigger: str) -> str:
    """A reason in a few plain words, for the plan cards ("you use an Android phone")."""
    kind, _, value = trigger.partition(":")
    if kind == "device":
        return {
            "iphone": Q.translate("labels", "you use an iPhone or iPad"),
            "android": Q.translate("labels", "you use an Android phone"),
            "windows": Q.translate("labels", "you use a Windows computer"),
            "mac": Q.translate("labels", "you use a Mac"),
            "shared-computer": Q.translate("labels", "you shared a computer or tablet"),
        }.get(value, value)
    if kind == "service":
        name = intake_option_texts().get(trigger, value)
        return Q.translate("labels", "you use %s") % name
    return reason_text(trigger)


def intake_option_texts() -> dict[str, str]:
    return {
            "danger:yes": Q.translate("labels", "Yes, I feel in danger now"),
            "device:iphone": Q.translate("labels", "iPhone or iPad"),
            "device:android": Q.translate("labels", "Android phone or tablet (Samsung, Google Pixel, ...)"),
            "device:windows": Q.translate("labels", "Windows computer"),
            "device:mac": Q.translate("labels", "Mac computer"),
            "device:shared-computer": Q.translate("labels", "A computer or tablet that we shared"),
            "service:gmail": Q.translate("labels", "Gmail"),
            "service:outlook": Q.translate("labels", "Outlook or Hotmail"),
            "service:isp-mail": Q.translate("labels", "Mail from my internet provider (Telenet, Proximus, ...)"),
            "service:apple": Q.translate("labels", "Apple account (iCloud)"),
            "service:google": Q.translate("labels", "Google account"),
            "service:microsoft": Q.translate("labels", "Microsoft account"),
            "service:samsung": Q.translate("labels", "Samsung account"),
            "service:whatsapp": Q.translate("labels", "WhatsApp"),
            "service:facebook": Q.translate("labels", "Facebook or Messenger"),
            "service:instagram": Q.translate("labels", "Instagram"),
            "service:snapchat": Q.translate("labels", "Snapchat"),
            "service:tiktok": Q.translate("labels", "TikTok"),
            "service:telegram": Q.translate("labels", "Telegram"),
            "service:signal": Q.translate("labels", "Signal"),
            "service:life360": Q.translate("labels", "Life360"),
            "service:bank": Q.translate("labels", "Banking app or a joint account"),
            "service:itsme": Q.translate("labels", "itsme"),
            "service:be-gov": Q.translate("labels", "Belgian government websites (My Citizen Profile, eBox)"),
            "service:digid": Q.translate("labels", "DigiD (Netherlands)"),
            "service:payconiq": Q.translate("labels", "Payconiq"),
            "service:webshops": Q.translate("labels", "Web shops or parcel services"),
            "service:router": Q.translate("labels", "The home Wi-Fi router"),
            "service:smarthome": Q.translate("labels", "Smart speakers, cameras, doorbells or locks"),
            "service:car": Q.translate("labels", "A car with an app"),
            "service:password-manager": Q.translate("labels", "A password manager"),
            "service:streaming": Q.translate("labels", "Netflix, Spotify, Disney+ or other streaming"),
            "situation:shared-passwords": Q.translate("labels", "The other person knew my passwords or had my phone"),
            "situation:children": Q.translate("labels", "We have children together"),
            "situation:living-together": Q.translate("labels", "We still live together"),
            "situation:tracked": Q.translate("labels", "...knows where I am or where I have been"),
            "situation:spyware": Q.translate("labels", "...knows what I say, write or search"),
            "situation:money": Q.translate("labels", "...controls my money, or buys things in my name"),
        }
