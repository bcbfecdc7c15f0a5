"""The name filter: obvious spy and keylogger names, leaving out anti-spyware products."""

from __future__ import annotations

import re

from kit.checks.catalog_rules import norm_name

SPY_TOKEN = re.compile(r"spy|keylog|stalk")
SPY_PHRASES = re.compile(r"\bkey ?loggers?\b|\bkeystroke (?:logger|recorder|monitor)\b|"
                         r"\bstealth (?:monitor|recorder|keylogger|mode agent)\b|"
                         r"\bhidden (?:monitor|recorder|keylogger)\b|\blogkeys\b|\bpc ?tattletale\b")
# Words that are spy-like but name something else, or a product that protects against spying.
ALLOWED_TOKENS = frozenset({
    "spyder", "spyder3", "spyder5", "spyro", "spyglass", "spyfall", "spybot", "spyhunter",
    "spyshelter", "spyware", "spywareblaster", "spysweeper", "antispy", "antispyware",
    "superantispyware", "pyspy", "espys", "stalker2", "gamestalker",
})
PROTECTIVE = re.compile(r"\banti|\bremov|\bdetect|\bscan|\bprotect|\bclean|\bkill|\bterminat|"
                        r"\bdoctor|\bsweep|\bblock|\bguard|\bshield|\bdefen|\bmalwarebytes|"
                        r"\bzemana|\bkeyscrambler|\bsearch ?(?:and )?destroy|\bad ?aware")


def is_spy_name(name: str) -> bool:
    """True for names such as "Spy Agent", "mSpy", "Free Keylogger", "logkeys"."""
    text = norm_name(name)
    if not text or PROTECTIVE.search(text) or text.replace(" ", "") in ALLOWED_TOKENS:
        return False
    if SPY_PHRASES.search(text):
        return True
    compact_tokens = re.split(r"[ ._-]+", text)
    return any(SPY_TOKEN.search(t) and t not in ALLOWED_TOKENS for t in compact_tokens)
