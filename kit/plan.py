"""The intake and the personal plan (Qt-free).

The intake gives a set of answers (trigger keys such as "service:whatsapp"). The plan is the
ordered list of guides those answers select: recovery channels first (stage 1), then the main
account (2), then location (3), then the rest (4). Each entry says why it was chosen.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kit.content.loader import ContentIndex
from kit.content.schema import TRIGGERS


@dataclass(frozen=True)
class Question:
    id: str
    options: tuple[str, ...]  # trigger keys; a yes/no question has one option
    multiple: bool = True


# The intake, as data. The UI gives each question and option its translated text.
QUESTIONS: tuple[Question, ...] = (
    Question("danger", ("danger:yes",), multiple=False),
    Question("devices", tuple(f"device:{d}" for d in TRIGGERS["device"])),
    Question("email", ("service:gmail", "service:outlook", "service:isp-mail")),
    Question("accounts", tuple(f"service:{s}" for s in (
        "apple", "google", "microsoft", "samsung", "whatsapp", "facebook", "instagram",
        "snapchat", "tiktok", "telegram", "signal", "life360"))),
    Question("money", tuple(f"service:{s}" for s in ("bank", "itsme", "be-gov", "digid", "payconiq", "webshops"))),
    Question("home", tuple(f"service:{s}" for s in ("router", "smarthome", "car", "password-manager", "streaming"))),
    Question("shared", ("situation:shared-passwords",), multiple=False),
    Question("children", ("situation:children",), multiple=False),
    Question("together", ("situation:living-together",), multiple=False),
    Question("signs", ("situation:tracked", "situation:spyware", "situation:money")),
)


@dataclass
class PlanItem:
    guide_id: str
    reasons: list[str] = field(default_factory=list)  # trigger keys, or ["always"]

    def as_dict(self) -> dict:
        return {"guide": self.guide_id, "reasons": self.reasons}


# Device families: a guide whose device triggers all belong to one family is about that
# platform only (Apple Find My, Google Maps location sharing, ...).
PLATFORMS: dict[str, frozenset[str]] = {
    "apple": frozenset({"device:iphone", "device:mac"}),
    "google": frozenset({"device:android"}),
    "microsoft": frozenset({"device:windows"}),
}
# The accounts of each platform: a Gmail user has a Google account, even on an iPhone.
PLATFORM_ACCOUNTS: dict[str, frozenset[str]] = {
    "apple": frozenset({"service:apple"}),
    "google": frozenset({"service:google", "service:gmail"}),
    "microsoft": frozenset({"service:microsoft", "service:outlook"}),
}


def platform_only(triggers: list[str]) -> str | None:
    """The platform a guide is tied to, or None when it fits any device."""
    devices = {t for t in triggers if t.startswith("device:")}
    for name, family in PLATFORMS.items():
        if devices and devices <= family:
            return name
    return None


def relevant(triggers: list[str], reasons: list[str], answers: set[str]) -> bool:
    """A platform guide chosen only by a situation ("the other person knows where I am") is left
    out when the person named their devices and none is of that platform, and named no account
    of it: Apple Find My is no step for someone with only an Android phone."""
    platform = platform_only(triggers)
    named_devices = {a for a in answers if a.startswith("device:")}
    if platform is None or not named_devices or named_devices & PLATFORMS[platform]:
        return True
    if answers & PLATFORM_ACCOUNTS[platform]:
        return True
    return any(r.startswith(("device:", "service:")) or r == "always" for r in reasons)


def build_plan(answers: set[str], index: ContentIndex) -> list[PlanItem]:
    """The guides that the answers select, in the order they should be done."""
    chosen = []
    for gid in index.ids("guide"):
        h = index.header(gid)
        triggers = h.get("triggers", [])
        reasons = [t for t in triggers if t in answers]
        if h.get("always"):
            reasons = reasons or ["always"]
        if reasons and relevant(triggers, reasons, answers):
            chosen.append((h["stage"], h.get("order", 100), gid, reasons))
    chosen.sort()
    return [PlanItem(gid, reasons) for _stage, _order, gid, reasons in chosen]


# -- "Today": at most three steps, chosen by safety ------------------------------------------
TODAY_MAX = 3
WATCHED = ("situation:spyware", "situation:shared-passwords")  # someone may be watching
LOCATION_STAGE = 3


def _priority(item: PlanItem, stage: int, answers: set[str]) -> int | None:
    """Lower is more urgent: 0 when someone may be watching (check the phone first), 1 for
    location (trackers) when the person seems followed, 2 for the main e-mail account."""
    if any(r in WATCHED for r in item.reasons) and stage == 1:
        return 0
    if "situation:tracked" in answers and stage == LOCATION_STAGE:
        return 1 if "situation:tracked" in item.reasons else 3
    if item.guide_id == MAIN_EMAIL_GUIDE:
        return 2
    return None


MAIN_EMAIL_GUIDE = "email-first"


def today(plan: list[PlanItem], progress: Progress, index: ContentIndex, lang: str,
          answers: set[str], limit: int = TODAY_MAX) -> list[tuple[str, str]]:
    """[(guide id, step id)]: the next open step of the most urgent guides, at most `limit`,
    one per guide: what to do first when there is little time."""
    ranked = []
    for n, item in enumerate(plan):
        p = _priority(item, index.header(item.guide_id)["stage"], answers)
        ranked.append((p if p is not None else 9, n, item))
    ranked.sort(key=lambda r: (r[0], r[1]))
    out: list[tuple[str, str]] = []
    seen_group: set[int] = set()
    for p, _n, item in ranked:
        if len(out) >= limit:
            break
        if p in seen_group and p < 9:
            continue  # one step per safety reason, so three reasons fit
        open_ids = progress.open_steps(item.guide_id, step_ids(index, item.guide_id, lang))
        if open_ids:
            out.append((item.guide_id, open_ids[0]))
            seen_group.add(p)
    return out


# -- the rest, grouped by device or account ---------------------------------------------------
ACCOUNT_GROUPS = ("apple", "google", "microsoft", "samsung")
GROUP_ORDER = ("email", "phone", "apple", "google", "microsoft", "samsung", "computer", "apps",
               "money", "home", "children", "other")


def guide_group(triggers: list[str]) -> str:
    """Which device or account a guide is about, from its triggers."""
    t = set(triggers)
    for account in ACCOUNT_GROUPS:
        if f"service:{account}" in t:
            return account
    if any(o in t for o in _options("email")):
        return "email"
    if t & {"device:iphone", "device:android", "situation:spyware"}:
        return "phone"
    if t & {"device:windows", "device:mac", "device:shared-computer"}:
        return "computer"
    for qid, group in (("accounts", "apps"), ("money", "money"), ("home", "home"), ("children", "children")):
        if any(o in t for o in _options(qid)):
            return group
    return "other"


def _options(question_id: str) -> tuple[str, ...]:
    return next(q.options for q in QUESTIONS if q.id == question_id)


def grouped(plan: list[PlanItem], index: ContentIndex) -> list[tuple[str, list[PlanItem]]]:
    """[(group id, items)], groups in the order their first guide appears in the plan."""
    groups: dict[str, list[PlanItem]] = {}
    for item in plan:
        g = guide_group(index.header(item.guide_id).get("triggers", []))
        groups.setdefault(g, []).append(item)
    return list(groups.items())


def next_guide(plan: list[PlanItem], guide_id: str) -> str | None:
    """The guide after `guide_id` in the plan, or None at the end (or when it is not in it)."""
    ids = [i.guide_id for i in plan]
    if guide_id in ids and ids.index(guide_id) + 1 < len(ids):
        return ids[ids.index(guide_id) + 1]
    return None


@dataclass
class Progress:
    """Per guide: step id -> "done" | "skip"."""

    states: dict[str, dict[str, str]]

    def state(self, guide_id: str, step_id: str) -> str:
        return self.states.get(guide_id, {}).get(step_id, "")

    def open_steps(self, guide_id: str, step_ids: list[str]) -> list[str]:
        return [s for s in step_ids if self.state(guide_id, s) not in ("done", "skip")]


def step_ids(index: ContentIndex, guide_id: str, lang: str) -> list[str]:
    return [s.id for s in index.guide(guide_id, lang).steps]


def totals(plan: list[PlanItem], progress: Progress, index: ContentIndex, lang: str) -> tuple[int, int]:
    """(steps finished or marked "not for me", all steps) over the whole plan."""
    done = total = 0
    for item in plan:
        ids = step_ids(index, item.guide_id, lang)
        total += len(ids)
        done += len(ids) - len(progress.open_steps(item.guide_id, ids))
    return done, total


def next_step(plan: list[PlanItem], progress: Progress, index: ContentIndex, lang: str) -> tuple[str, str] | None:
    """(guide id, step id) of the first open step in plan order, or None when all is done."""
    for item in plan:
        open_ids = progress.open_steps(item.guide_id, step_ids(index, item.guide_id, lang))
        if open_ids:
            return item.guide_id, open_ids[0]
    return None


def remaining(plan: list[PlanItem], progress: Progress, index: ContentIndex, lang: str) -> list[tuple[str, list[str]]]:
    """[(guide title, [open step titles])] for every guide with open steps."""
    out = []
    for item in plan:
        guide = index.guide(item.guide_id, lang)
        titles = [s.title for s in guide.steps if progress.state(item.guide_id, s.id) not in ("done", "skip")]
        if titles:
            out.append((guide.title, titles))
    return out


def remaining_text(plan: list[PlanItem], progress: Progress, index: ContentIndex, lang: str, heading: str,
                   next_label: str = "Next", open_label: str = "{n} open", detailed: int = 1) -> str:
    """The open guides as short plain text, for the take-home QR code (no URL): one line per guide
    with how many steps are open, and the next step of the first `detailed` guides. Short text
    means few, coarse codes that any phone camera reads; the printed plan has every step."""
    lines = [heading]
    n = 0
    for item in plan:
        guide = index.guide(item.guide_id, lang)
        open_steps = [s for s in guide.steps if progress.state(item.guide_id, s.id) not in ("done", "skip")]
        if not open_steps:
            continue
        n += 1
        lines.append(f"{n}. {guide.title} ({open_label.replace('{n}', str(len(open_steps)))})")
        if n <= detailed:
            lines.append(f"   {next_label}: {open_steps[0].title}")
    return "\n".join(lines)


def carry_over(src, dst) -> None:
    """Copy the plan, ticks and notes made in a draft (in-memory) store into `dst`, the store the
    person chose to keep. What the draft holds wins over what `dst` had for the same step."""
    saved = src.load_plan()
    if saved is not None and saved.guides:
        dst.save_plan(saved.guides, saved.answers)
    for guide_id, states in src.all_steps().items():
        for step_id, state in states.items():
            dst.set_step(guide_id, step_id, state)
    for guide_id in src.noted_guides():
        for step_id, text in src.notes(guide_id).items():
            dst.set_note(guide_id, step_id, text)
