"""Translated names for the module metadata: age groups, topics, and the handout texts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q


def age_group_names() -> dict[str, str]:
    return {
        "0-3": Q.translate("module_labels", "0 to 3 years"),
        "3-6": Q.translate("module_labels", "3 to 6 years"),
        "6-12": Q.translate("module_labels", "6 to 12 years"),
        "12-18": Q.translate("module_labels", "12 to 18 years"),
        "adults": Q.translate("module_labels", "Adults"),
    }


def topic_names() -> dict[str, str]:
    return {
        "agreements": Q.translate("module_labels", "Agreements at home"),
        "bystanders": Q.translate("module_labels", "Bystanders"),
        "consent": Q.translate("module_labels", "Consent"),
        "control": Q.translate("module_labels", "Control"),
        "cyberbullying": Q.translate("module_labels", "Cyberbullying"),
        "dating-violence": Q.translate("module_labels", "Dating and partner violence"),
        "deepnudes": Q.translate("module_labels", "Deepnudes and AI images"),
        "doxing": Q.translate("module_labels", "Doxing"),
        "evidence": Q.translate("module_labels", "Evidence"),
        "grooming": Q.translate("module_labels", "Grooming"),
        "harassment": Q.translate("module_labels", "Online harassment"),
        "image-abuse": Q.translate("module_labels", "Sharing intimate images without consent"),
        "location": Q.translate("module_labels", "Location sharing"),
        "online-contact": Q.translate("module_labels", "Online contacts"),
        "parenting": Q.translate("module_labels", "Media parenting"),
        "privacy": Q.translate("module_labels", "Privacy"),
        "screen-time": Q.translate("module_labels", "Screen time"),
        "secrecy": Q.translate("module_labels", "Secrets"),
        "sexism": Q.translate("module_labels", "Sexism"),
        "sexting": Q.translate("module_labels", "Sexting"),
        "sextortion": Q.translate("module_labels", "Sextortion"),
        "stalkerware": Q.translate("module_labels", "Stalkerware"),
        "victim-blaming": Q.translate("module_labels", "Victim blaming"),
    }


def topic_name(topic: str) -> str:
    return topic_names().get(topic) or topic.replace("-", " ").capitalize()


def age_group_name(age: str) -> str:
    return age_group_names().get(age, age)


def minutes_text(minutes: int) -> str:
    return Q.translate("module_labels", "%1 min").replace("%1", str(minutes))


def module_handout_labels() -> dict[str, str]:
    return {
        "help": Q.translate("module_labels", "Help in your region"),
        "emergency": Q.translate("module_labels", "Emergency and police"),
        "violence": Q.translate("module_labels", "Help lines for violence and abuse"),
        "qr": Q.translate("module_labels", "Scan with your phone camera to open:"),
        "check_numbers": Q.translate("module_labels", "Numbers can change: if a number does not work, look on the service's website."),
        "printed": Q.translate("module_labels", "Printed on"),
    }
