"""Fast entry building and the agenda's shortcuts give exactly what the plain paths give."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from models.records import Category, Event, EventKind, EventStatus, Owner
from timeline.conflicts import CHECKS, case_conflicts, conflict_context, fmt_day, when
from timeline.entries import entry_of, one_off_entry, placement
from timeline.lanes import LANE_ORDER, TimelineEntry, instant
from timeline.merge import entries_for_event, sort_entries
from timeline.recurrence import event_span

NY = ZoneInfo("America/New_York")
TODAY = date(2026, 12, 1)


def _event(**fields: object) -> Event:
    start = datetime(2026, 12, 3, 9, 30, tzinfo=NY)
    base: dict[str, object] = dict(
        id=7, case_id=3, kind=EventKind.COURT_HEARING, title="t", category=Category.IMMIGRATION,
        start=start, end=start + timedelta(hours=1), tz="America/New_York", matter_id=4,
        location="room 2", interpreter_needed=True, interpreter_language="es", notes="n",
        explanation=("a",), rule_id="B1", assigned_to="ana", evidence_for_id=9, trigger_id=5)
    base.update(fields)
    return Event(**base)  # type: ignore[arg-type]


def test_entry_of_equals_constructor_with_same_order() -> None:
    event = _event()
    first = event_span(event)
    assert first is not None
    lane, shape = placement(event, first)
    fast = entry_of(event, "event:7", lane, shape, first.start, first.end, first.start.date())
    slow = TimelineEntry(
        key="event:7", case_id=3, lane=lane, kind=event.kind, shape=shape, title="t",
        category=event.category, start=first.start, end=first.end, day=first.start.date(),
        event_id=7, owner=None, location="room 2", interpreter_needed=True,
        interpreter_language="es", notes="n", explanation=("a",), rule_id="B1", matter_id=4,
        assigned_to="ana", evidence_for_id=9, trigger_id=5)
    assert fast == slow
    assert fast.order == slow.order
    assert hash(fast) == hash(slow)


@pytest.mark.parametrize("fields", [
    {}, {"rrule": "FREQ=WEEKLY;COUNT=3"}, {"start": None, "end": None, "due": date(2026, 12, 4),
                                           "kind": EventKind.LEGAL_DEADLINE, "owner": Owner.CLIENT},
    {"all_day": True}, {"kind": EventKind.MILESTONE, "owner": Owner.COURT, "start": None,
                        "end": None, "due": date(2026, 12, 5)},
])
def test_entries_for_event_fields_match_the_dataclass(fields: dict[str, object]) -> None:
    event = _event(**fields)
    got = entries_for_event(event, datetime(2026, 11, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))
    assert got
    for entry in got:
        rebuilt = TimelineEntry(**{name: getattr(entry, name) for name in TimelineEntry.__slots__
                                   if name != "order"})
        assert rebuilt == entry and rebuilt.order == entry.order


def test_one_off_entry_is_the_single_windowed_entry() -> None:
    event = _event()
    wide = entries_for_event(event, datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC))
    assert [one_off_entry(event)] == wide
    assert one_off_entry(_event(start=None, end=None)) is None


@pytest.mark.parametrize("moment", [
    datetime(2026, 3, 8, 3, 30, tzinfo=NY), datetime(2026, 11, 1, 1, 30, fold=1, tzinfo=NY),
    datetime(2026, 11, 1, 1, 30, tzinfo=NY), datetime(2026, 6, 1, tzinfo=UTC)])
def test_instant_equals_timestamp(moment: datetime) -> None:
    assert instant(moment) == moment.timestamp()


def test_fmt_day_and_when_match_strftime() -> None:
    for offset in range(0, 400, 13):
        day = date(2026, 1, 1) + timedelta(days=offset)
        assert fmt_day(day) == day.strftime("%a %-d %b %Y")
    entry = one_off_entry(_event())
    assert entry is not None and when(entry) == entry.start.strftime("%H:%M %Z")


def _random_case(rnd: random.Random) -> list[TimelineEntry]:
    events = []
    for i in range(rnd.randrange(1, 6)):
        day = TODAY + timedelta(days=rnd.randrange(-3, 4))
        start = datetime.combine(day, datetime.min.time(), NY).replace(hour=rnd.randrange(8, 12))
        kind = rnd.choice(list(EventKind))
        dated = kind in (EventKind.LEGAL_DEADLINE, EventKind.MILESTONE, EventKind.TASK)
        events.append(Event(
            id=i, case_id=1, kind=kind, title="t", category=rnd.choice(list(Category)),
            start=None if dated else start, end=None if dated else start + timedelta(hours=1),
            due=day if dated else None, tz="America/New_York", matter_id=rnd.choice([None, 1]),
            status=rnd.choice([EventStatus.SCHEDULED, EventStatus.SCHEDULED, EventStatus.DONE]),
            owner=rnd.choice([None, Owner.CLIENT, Owner.COURT]),
            interpreter_needed=rnd.random() < 0.3, assigned_to=rnd.choice([None, "ana"]),
            evidence_for_id=rnd.choice([None, 0, 1])))
    return sort_entries(e for e in map(one_off_entry, events) if e is not None)


def test_case_conflicts_skips_only_checks_that_cannot_fire() -> None:
    rnd = random.Random(11)
    ctx = conflict_context(TODAY, (), "federal", timedelta(hours=2))
    found_any = 0
    for _ in range(400):
        entries = _random_case(rnd)
        every = [c for check in CHECKS for c in check(entries, ctx)
                 if c.day >= TODAY or c.kind.value == "expected_by_passed"]
        got = case_conflicts(entries, ctx)
        assert got == every
        found_any += bool(got)
    assert found_any > 50  # the cases did exercise the checks


def test_lane_order_covers_every_entry_lane() -> None:
    entry = one_off_entry(_event())
    assert entry is not None and entry.order[1] == LANE_ORDER[entry.lane]
