"""Entry types: the forms of digital violence named in Belgian and Dutch policy."""

from __future__ import annotations

from kit import DEFAULT_LANGUAGE

ENTRY_TYPES: dict[str, dict[str, str]] = {
    "threats": {
        "nl": "Bedreigingen",
        "fr": "Menaces",
        "en": "Threats",
    },
    "stalking": {
        "nl": "Stalking of achtervolgen",
        "fr": "Harcèlement obsessionnel (stalking) ou filature",
        "en": "Stalking or following",
    },
    "location-tracking": {
        "nl": "Volgen via gps of locatie",
        "fr": "Suivi par GPS ou localisation",
        "en": "GPS or location tracking",
    },
    "account-takeover": {
        "nl": "Overname van accounts",
        "fr": "Prise de contrôle de comptes",
        "en": "Account takeover",
    },
    "image-sharing": {
        "nl": "Intieme beelden verspreiden zonder toestemming",
        "fr": "Diffusion non consentie d'images intimes",
        "en": "Non-consensual sharing of intimate images",
    },
    "sextortion": {
        "nl": "Dreigen met het verspreiden van beelden (sextortion)",
        "fr": "Menace de diffuser des images (sextorsion)",
        "en": "Threat to share images (sextortion)",
    },
    "deepnude": {
        "nl": "Deepnude of bewerkte beelden",
        "fr": "Deepnude ou image manipulée",
        "en": "Deepnude or manipulated image",
    },
    "doxing": {
        "nl": "Doxing (persoonsgegevens online zetten)",
        "fr": "Doxing (divulgation de données personnelles)",
        "en": "Doxing (publishing personal details)",
    },
    "harassment": {
        "nl": "Lastigvallen met berichten",
        "fr": "Messages de harcèlement",
        "en": "Harassing messages",
    },
    "financial-control": {
        "nl": "Financiële controle via bankapps",
        "fr": "Contrôle financier via les applications bancaires",
        "en": "Financial control through banking apps",
    },
    "debts-in-name": {
        "nl": "Schulden of aankopen op jouw naam",
        "fr": "Dettes ou achats à votre nom",
        "en": "Debts or purchases made in your name",
    },
    "unwanted-parcels": {
        "nl": "Ongewenste pakketten op jouw naam besteld",
        "fr": "Colis non désirés commandés à votre nom",
        "en": "Unwanted parcels ordered in your name",
    },
    "spyware": {
        "nl": "Spyware of stalkerware",
        "fr": "Logiciel espion (stalkerware)",
        "en": "Spyware or stalkerware",
    },
    "children": {
        "nl": "Geweld via de kinderen",
        "fr": "Violences par l'intermédiaire des enfants",
        "en": "Abuse through the children",
    },
    "other": {
        "nl": "Iets anders",
        "fr": "Autre",
        "en": "Other",
    },
}


def type_label(type_id: str, lang: str = DEFAULT_LANGUAGE) -> str:
    labels = ENTRY_TYPES.get(type_id)
    if labels is None:
        return type_id
    return labels.get(lang) or labels["en"]


def check_type(type_id: str) -> str:
    if type_id not in ENTRY_TYPES:
        raise ValueError("unknown entry type; choose one of: " + ", ".join(ENTRY_TYPES))
    return type_id
