"""The name filter: obvious spy and keylogger names, leaving out anti-spyware products.

Matching is by whole word and known affix, never by letters inside a word: "python3-dnspython",
"r-cran-crosstalk", "beanstalkd", "crispy-doom" and "python3-vispy" contain the letters "spy" or
"stalk" but are ordinary programs. A name is split into words at punctuation, spaces and
camelCase ("FreeKeylogger" -> "free", "keylogger"), and a word counts when

- it is a keylogger word ("keylogger", "keylog...", "logkeys", "stalkerware"), or
- it is "spy" with a known spy affix ("mspy", "flexispy", "spyagent", "spyrix", ...), or
- it is the word "spy" itself next to a word that says what kind of program it is ("Spy Agent",
  "Free Spy", "spy-phone"); "ruby-spy" (a test library) or "py-spy" (a profiler) do not count.

tests/checks/data/benign_names.txt holds real program and package names that must never match.
"""

from __future__ import annotations

import re
import unicodedata

from kit.checks.catalog_rules import norm_name

SPY_PHRASES = re.compile(r"\bkey ?loggers?\b|\bkeystroke (?:logger|recorder|monitor)\b|"
                         r"\bstealth (?:monitor|recorder|keylogger|mode agent)\b|"
                         r"\bhidden (?:monitor|recorder|keylogger)\b|\blogkeys\b|\bpc ?tattletale\b")
# "spy" + one of these is a spy product: spyagent, spyrix, spyera, spyzie, spybubble, ...
SPY_SUFFIXES = frozenset({
    "agent", "app", "apps", "phone", "phones", "era", "zie", "bubble", "hide", "ic", "rix", "tech",
    "tec", "tek", "cam", "keylogger", "logger", "mobile", "master", "tector", "human",
    "monitor", "sms", "call",
})
# one of these + "spy" is a spy product: mspy, flexispy, hoverspy, cocospy, ...
SPY_PREFIXES = frozenset({
    "m", "flexi", "hover", "mobi", "mobile", "cell", "phone", "sms", "coco", "mx", "ez", "the",
    "easy", "free", "real", "ultimate", "perfect", "hidden", "stealth", "secret", "spouse",
    "teen", "kid", "kids", "family", "whats", "whatsapp", "snap", "insta", "fone",
    "highster", "ikey", "web", "pc", "mac", "key", "copy9", "gps", "call", "text", "chat", "xn",
})
# Words that, next to the word "spy", say it is a spy product.
SPY_CONTEXT = frozenset({
    "agent", "app", "apps", "phone", "mobile", "keylogger", "logger", "recorder", "stealth",
    "hidden", "secret", "cam", "camera", "monitor", "monitoring", "software", "soft", "pc",
    "computer", "sms", "whatsapp", "call", "calls", "email", "screen", "tracker", "tracking",
    "pro", "free", "premium", "lite", "spouse", "cell", "remote", "keyboard", "chat", "text",
})
# Words that name a product protecting against spying.
PROTECTIVE = re.compile(r"\banti|\bremov|\bdetect|\bscan|\bprotect|\bclean|\bkill|\bterminat|"
                        r"\bdoctor|\bsweep|\bblock|\bguard|\bshield|\bdefen|\bmalwarebytes|"
                        r"\bzemana|\bkeyscrambler|\bsearch ?(?:and )?destroy|\bad ?aware|"
                        r"\bspybot|\bspyhunter|\bspyshelter|\bspywareblaster|\bsuperantispyware")
CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
VERSION = re.compile(r"^(?:v?\d+[a-z]?|x86|x64|amd64|arm64|exe|app|bin|setup)$")  # not context


def words(name: str) -> list[str]:
    """Lower-case words of a name, split at punctuation, spaces and camelCase."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().replace("++", "xx")
    text = re.sub(r"\.(?:exe|app|desktop|service|plist)$", "", text.strip(), flags=re.IGNORECASE)
    return [w for w in re.split(r"[^a-z0-9]+", CAMEL.sub(" ", text).lower()) if w]


def _spy_word(word: str, others: list[str]) -> bool:
    if word.startswith("keylog") or word.endswith(("keylogger", "keyloggers")):
        return True
    if word in ("logkeys", "stalkerware", "stalkerwares"):
        return True
    if word == "spy":  # alone it names too many harmless things ("Window Spy", a test "spy")
        return any(w in SPY_CONTEXT for w in others if not VERSION.match(w))
    if word.startswith("spy") and word[3:] in SPY_SUFFIXES:
        return True
    return word.endswith("spy") and word[:-3] in SPY_PREFIXES


def is_spy_name(name: str) -> bool:
    """True for names such as "Spy Agent", "mSpy", "Free Keylogger", "logkeys"."""
    text = norm_name(name.replace("++", "xx"))
    if not text or PROTECTIVE.search(text):
        return False
    if SPY_PHRASES.search(text):
        return True
    parts = words(name)
    if len(parts) == 2:  # "Flexi Spy", "Spy Rix": also the two words written as one
        parts.append("".join(parts))
    return any(_spy_word(w, [o for o in parts if o != w]) for w in parts)
