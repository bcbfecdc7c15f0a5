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
