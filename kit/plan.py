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


def build_plan(answers: set[str], index: ContentIndex) -> list[PlanItem]:
    """The guides that the answers select, in the order they should be done."""
    chosen = []
    for gid in index.ids("guide"):
        h = index.header(gid)
        reasons = [t for t in h.get("triggers", []) if t in answers]
        if h.get("always"):
            reasons = reasons or ["always"]
        if reasons:
            chosen.append((h["stage"], h.get("order", 100), gid, reasons))
    chosen.sort()
    return [PlanItem(gid, reasons) for _stage, _order, gid, reasons in chosen]


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


def remaining_text(plan: list[PlanItem], progress: Progress, index: ContentIndex, lang: str, heading: str) -> str:
    """The open steps as plain text, for the take-home QR code (no URL, nothing but the steps)."""
    lines = [heading]
    for n, (title, steps) in enumerate(remaining(plan, progress, index, lang), 1):
        lines.append(f"{n}. {title}")
        lines.extend(f"  - {s}" for s in steps)
    return "\n".join(lines)
