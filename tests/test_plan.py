"""The intake builds a plan in the right order (Qt-free)."""

from kit import plan as core
from kit.content import default_index


def test_intake_produces_ordered_plan():
    answers = {"device:iphone", "service:whatsapp", "situation:tracked", "service:bank", "service:gmail"}
    items = core.build_plan(answers, default_index())
    ids = [i.guide_id for i in items]
    # recovery channels first, then the main account, then location, then the rest
    assert ids[:2] == ["email-first", "phone-sim"]
    assert ids.index("apple-id") < ids.index("apple-find-my") < ids.index("whatsapp")
    assert ids.index("google-account") < ids.index("google-maps-location")
    assert "banking" in ids and "tracker-tags" in ids and "snapchat" not in ids
    stages = [default_index().header(i)["stage"] for i in ids]
    assert stages == sorted(stages)
    reasons = {i.guide_id: i.reasons for i in items}
    assert reasons["email-first"] == ["service:gmail"]
    assert reasons["phone-sim"] == ["device:iphone"]
    assert "situation:tracked" in reasons["tracker-tags"]


def test_empty_intake_still_gives_the_basics():
    ids = [i.guide_id for i in core.build_plan(set(), default_index())]
    assert ids == ["email-first", "phone-sim"]


def test_progress_next_step_and_remaining():
    index = default_index()
    items = core.build_plan(set(), index)
    first = index.guide("email-first", "en").steps
    progress = core.Progress({"email-first": {first[0].id: "done", first[1].id: "skip"}})
    assert core.next_step(items, progress, index, "en") == ("email-first", first[2].id)
    done, total = core.totals(items, progress, index, "en")
    assert done == 2 and total > 2
    text = core.remaining_text(items, progress, index, "en", "Open steps:")
    assert first[0].title not in text and first[2].title in text
