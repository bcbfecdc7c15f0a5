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


def test_android_gmail_tracked_gives_short_today_and_no_apple_guide():
    from kit import plan as core
    from kit.content import default_index

    index = default_index()
    answers = {"device:android", "service:gmail", "situation:tracked"}
    items = core.build_plan(answers, index)
    ids = [i.guide_id for i in items]
    assert not [g for g in ids if core.platform_only(index.header(g)["triggers"]) == "apple"]
    assert "google-maps-location" in ids and "tracker-tags" in ids
    today = core.today(items, core.Progress({}), index, "en", answers)
    assert 1 <= len(today) <= 3
    assert len({g for g, _ in today}) == len(today)
    assert today[0][0] in {"google-maps-location", "tracker-tags"}  # location first
    assert "email-first" in [g for g, _ in today]


def test_someone_watching_puts_the_check_first_and_apple_stays_for_apple_users():
    from kit import plan as core
    from kit.content import default_index

    index = default_index()
    answers = {"device:iphone", "situation:spyware", "situation:tracked"}
    items = core.build_plan(answers, index)
    assert "apple-find-my" in [i.guide_id for i in items]
    today = core.today(items, core.Progress({}), index, "en", answers)
    assert today[0][0] == "phone-spyware"
    # with no devices named, nothing is left out
    assert "apple-find-my" in [i.guide_id for i in core.build_plan({"situation:tracked"}, index)]


def test_guides_are_grouped_by_device_or_account():
    from kit import plan as core
    from kit.content import default_index

    index = default_index()
    items = core.build_plan({"device:android", "service:gmail", "service:whatsapp"}, index)
    groups = dict(core.grouped(items, index))
    assert [i.guide_id for i in groups["email"]] == ["email-first"]
    assert "google-account" in [i.guide_id for i in groups["google"]]
    assert "whatsapp" in [i.guide_id for i in groups["apps"]]
    assert sum(len(v) for v in groups.values()) == len(items)
    assert core.next_guide(items, items[0].guide_id) == items[1].guide_id
    assert core.next_guide(items, items[-1].guide_id) is None
