"""Entries, types, history (every change kept, with its time), soft delete, filters."""

from datetime import datetime, timedelta, timezone

import pytest

from kit.journal import ENTRY_TYPES, FIELDS, Journal, type_label
from kit.store import Store

from .conftest import PASS

EXPECTED_TYPES = [
    "threats", "stalking", "location-tracking", "account-takeover", "image-sharing",
    "sextortion", "deepnude", "doxing", "harassment", "financial-control", "debts-in-name",
    "unwanted-parcels", "spyware", "children", "other",
]


def test_types_are_exactly_these_with_three_languages():
    assert list(ENTRY_TYPES) == EXPECTED_TYPES
    for type_id, labels in ENTRY_TYPES.items():
        assert set(labels) == {"nl", "fr", "en"}, type_id
        assert all(text.strip() for text in labels.values()), type_id
    assert type_label("sextortion", "fr") == "Menace de diffuser des images (sextorsion)"
    assert type_label("image-sharing", "en") == "Non-consensual sharing of intimate images"
    assert len({labels["nl"] for labels in ENTRY_TYPES.values()}) == len(ENTRY_TYPES)


def test_add_and_read(journal):
    when = datetime(2026, 1, 2, 22, 30, tzinfo=timezone(timedelta(hours=1)))
    entry_id = journal.add("threats", "He said he would come.\nSecond line.", incident_at=when,
                           where="WhatsApp", people="ex-partner")
    e = journal.entry(entry_id)
    assert (e.type, e.description, e.where, e.people) == (
        "threats", "He said he would come.\nSecond line.", "WhatsApp", "ex-partner")
    assert e.incident_at == when and e.incident_at.utcoffset() == timedelta(hours=1)
    assert e.created_at > when, "the incident time differs from when it was written"
    assert e.version == 1 and not e.deleted and e.attachments == ()


def test_incident_time_forms(journal):
    a = journal.entry(journal.add("other", "x", incident_at="2026-03-01T14:30"))
    assert a.incident_at.tzinfo is not None, "local time gets its offset"
    b = journal.entry(journal.add("other", "x", incident_at="2026-03-01T14:30:00+02:00"))
    assert b.incident_at.isoformat() == "2026-03-01T14:30:00+02:00"
    c = journal.entry(journal.add("other", "x"))
    assert abs(c.incident_at - datetime.now().astimezone()) < timedelta(minutes=1)
    with pytest.raises(ValueError):
        journal.add("other", "x", incident_at="last tuesday")
    with pytest.raises(ValueError) as err:
        journal.add("not-a-type", "secret words")
    assert "secret words" not in str(err.value)


def test_edit_keeps_history(journal):
    entry_id = journal.add("harassment", "first text", incident_at="2026-01-01T10:00",
                           where="Instagram")
    journal.edit(entry_id, description="second text", where="Instagram")  # where unchanged
    journal.edit(entry_id, type="threats", incident_at="2026-01-01T09:00")
    assert journal.edit(entry_id, description="second text").version == 3, "no-op: no version"
    history = journal.history(entry_id)
    assert [(r.version, r.action) for r in history] == [(1, "created"), (2, "edited"), (3, "edited")]
    assert history[1].changes == {"description": ("first text", "second text")}
    assert set(history[2].changes) == {"type", "incident_at"}
    assert history[0].snapshot["description"] == "first text", "earlier versions stay readable"
    assert all(r.at.tzinfo is not None for r in history)
    assert [r.at for r in history] == sorted(r.at for r in history)
    e = journal.entry(entry_id)
    assert (e.version, e.type, e.description) == (3, "threats", "second text")
    with pytest.raises(ValueError):
        journal.edit(entry_id, created_at="2020-01-01")


def test_soft_delete_and_restore(journal):
    keep = journal.add("other", "keep")
    gone = journal.add("other", "delete me")
    journal.delete(gone)
    journal.delete(gone)  # twice: one revision
    assert [e.id for e in journal.entries()] == [keep]
    assert [e.id for e in journal.entries(include_deleted=True)] == [keep, gone]
    assert journal.entry(gone).deleted
    assert [r.action for r in journal.history(gone)] == ["created", "deleted"]
    journal.restore(gone)
    assert [r.action for r in journal.history(gone)] == ["created", "deleted", "restored"]
    assert journal.history(gone)[1].changes == {"deleted": (False, True)}
    assert journal.count() == 2


def test_filters_and_chronological_order(journal):
    journal.add("doxing", "b", incident_at="2026-02-01T10:00+01:00")
    journal.add("threats", "a", incident_at="2026-01-01T10:00+01:00")
    journal.add("threats", "c", incident_at="2026-03-01T10:00+01:00")
    # 08:30 UTC is earlier than 10:00+01:00 (09:00 UTC): ordering is by real time
    journal.add("threats", "a0", incident_at="2026-01-01T08:30+00:00")
    assert [e.description for e in journal.entries()] == ["a0", "a", "b", "c"]
    assert [e.description for e in journal.entries(type="threats")] == ["a0", "a", "c"]
    assert [e.description for e in journal.entries(since="2026-01-15", until="2026-02-15")] == ["b"]


def test_missing_entry(journal):
    with pytest.raises(KeyError):
        journal.entry(999)
    with pytest.raises(KeyError):
        journal.history(999)


def test_journal_survives_reopen(folder, store):
    j = Journal(store)
    entry_id = j.add("spyware", "app found", where="phone")
    j.edit(entry_id, people="unknown")
    store.close()
    with Store.open(folder, PASS) as s:
        j = Journal(s)
        assert j.entry(entry_id).people == "unknown"
        assert len(j.history(entry_id)) == 2


def test_entry_json_has_every_field(journal):
    e = journal.entry(journal.add("children", "x", where="school app", people="p"))
    data = e.as_json()
    for name in FIELDS:
        assert name in data
    assert data["attachments"] == []
