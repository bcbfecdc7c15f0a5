import json

from kit.cli import run
from kit.content import default_index


def test_content_list_json(capsys):
    assert run(["content", "list", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert items, "no content listed"
    kinds = {i["kind"] for i in items}
    assert {"guide", "checklist", "module"} <= kinds
    for item in items:
        assert {"id", "kind", "languages", "title", "verified", "sources", "tags"} <= set(item)
        assert set(item["languages"]) == {"nl", "fr", "en"}
        assert set(item["title"]) == {"nl", "fr", "en"}
        assert item["sources"]
        if item["kind"] == "module":
            assert item["age_groups"] and item["duration_min"] > 0
            assert 5 <= item["quiz_questions"] <= 8


def test_loader_returns_typed_objects():
    index = default_index()
    guide = index.guide("email-first", "en")
    assert guide.steps and guide.steps[0].id
    assert guide.stage == 1
    assert any(s.evidence_tip for s in guide.steps)


def test_listing_names_the_steps_a_source_backs():
    from kit.content import default_index

    google = next(i for i in default_index().listing() if i["id"] == "google-account")
    backed = [s for s in google["sources"] if s.get("steps")]
    assert backed and all(s["checked"] for s in backed)
    assert any(s.get("lang") == "fr" for s in backed)
