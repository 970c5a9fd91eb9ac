"""The merged timeline: lanes from tables, shapes, stable total order, every source merged."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.records import (
    Category,
    Event,
    EventKind,
    EventStatus,
    Goal,
    Matter,
    MatterKind,
    Milestone,
    Owner,
)
from timeline.lanes import Lane, Shape, TimelineEntry, lane_for
from timeline.merge import build_timeline, merge

NY = ZoneInfo("America/New_York")
LA = ZoneInfo("America/Los_Angeles")


@pytest.mark.parametrize(("kind", "category", "matter", "lane"), [
    (EventKind.MEDICAL_APPOINTMENT, Category.IMMIGRATION, None, Lane.MEDICAL),
    (EventKind.SERVICE_APPOINTMENT, Category.HOUSING_BENEFITS, MatterKind.CRIMINAL, Lane.SERVICES),
    (EventKind.COURT_HEARING, Category.CRIMINAL_CASE, MatterKind.FAMILY, Lane.COURT),
    (EventKind.COURT_HEARING, Category.PROTECTIVE_ORDER, None, Lane.PROTECTIVE_ORDER),
    (EventKind.LEGAL_DEADLINE, Category.IMMIGRATION, MatterKind.IMMIGRATION, Lane.IMMIGRATION),
    (EventKind.LEGAL_DEADLINE, Category.HIV_STI, MatterKind.CRIMINAL, Lane.MEDICAL),
    (EventKind.MILESTONE, Category.SAFETY_PLAN, None, Lane.CARE_PLAN),
    (EventKind.TASK, Category.IDENTITY, None, Lane.SERVICES),
    (EventKind.MILESTONE, Category.CRIMINAL_CASE, MatterKind.CRIMINAL, Lane.COURT),
])
def test_lane_for_follows_the_tables(kind, category, matter, lane) -> None:
    assert lane_for(kind, category, matter) is lane


def event(id_: int, kind: EventKind, category: Category, **fields) -> Event:
    return Event(id=id_, case_id=7, kind=kind, title=f"item {id_}", category=category, **fields)


def test_build_timeline_merges_every_source_in_order() -> None:
    matter = Matter(id=3, case_id=7, ref="M-1", kind=MatterKind.IMMIGRATION)
    events = [
        event(1, EventKind.MEDICAL_APPOINTMENT, Category.MENTAL_HEALTH, tz="America/New_York",
              start=datetime(2026, 12, 1, 9, tzinfo=NY), end=datetime(2026, 12, 1, 10, tzinfo=NY),
              rrule="FREQ=WEEKLY;COUNT=3"),
        event(2, EventKind.COURT_HEARING, Category.IMMIGRATION, matter_id=3, tz="America/Los_Angeles",
              start=datetime(2026, 12, 8, 6, tzinfo=LA), end=datetime(2026, 12, 8, 7, tzinfo=LA)),
        event(3, EventKind.LEGAL_DEADLINE, Category.IMMIGRATION, matter_id=3, owner=Owner.CLIENT,
              due=date(2026, 12, 28), tz="America/New_York"),
        event(4, EventKind.MILESTONE, Category.CRIMINAL_CASE, owner=Owner.COURT,
              due=date(2026, 12, 10), tz="America/New_York"),
        event(5, EventKind.CASE_CONFERENCE, Category.SAFETY_PLAN, tz="UTC",
              start=datetime(2027, 1, 5, 15, tzinfo=UTC)),  # outside the window
    ]
    goals = [Goal(id=1, case_id=7, title="Housing", milestones=(
        Milestone(id=9, goal_id=1, title="Apply", due=date(2026, 12, 2)),
        Milestone(id=10, goal_id=1, title="Move", due=date(2027, 3, 1)),
    ))]
    found = build_timeline(events, date(2026, 12, 1), date(2027, 1, 1), matters=[matter],
                           goals=goals, tz="America/New_York")
    assert [e.key for e in found] == [
        "event:1@2026-12-01", "milestone:9", "event:1@2026-12-08",
        "event:2",  # 06:00 in Los Angeles is 09:00 in New York: same moment, later lane
        "event:4", "event:1@2026-12-15", "event:3",
    ]
    by_key = {e.key: e for e in found}
    assert by_key["event:2"].lane is Lane.IMMIGRATION and by_key["event:2"].shape is Shape.SPAN
    assert by_key["event:3"].shape is Shape.DEADLINE and by_key["event:3"].day == date(2026, 12, 28)
    assert by_key["event:4"].shape is Shape.EXPECTED_BY and by_key["event:4"].lane is Lane.COURT
    assert by_key["milestone:9"].lane is Lane.CARE_PLAN
    assert by_key["event:1@2026-12-08"].event_id == 1


def test_build_timeline_window_shape_for_multi_day_dates() -> None:
    lab = event(1, EventKind.MILESTONE, Category.HIV_STI, owner=Owner.CLINIC, all_day=True,
                tz="UTC", start=datetime(2026, 1, 29, tzinfo=UTC),
                end=datetime(2026, 2, 12, tzinfo=UTC))
    (entry,) = build_timeline([lab], date(2026, 1, 1), date(2026, 3, 1))
    assert entry.shape is Shape.WINDOW and entry.end.date() == date(2026, 2, 12)


def test_build_timeline_keeps_status_and_links() -> None:
    letter = event(1, EventKind.MEDICAL_APPOINTMENT, Category.MEDICAL, tz="UTC",
                   start=datetime(2026, 5, 1, 9, tzinfo=UTC), status=EventStatus.CANCELLED,
                   evidence_for_id=3, interpreter_needed=True, interpreter_language="ti")
    (entry,) = build_timeline([letter], date(2026, 5, 1), date(2026, 5, 2))
    assert (entry.status, entry.evidence_for_id, entry.interpreter_language) == (
        EventStatus.CANCELLED, 3, "ti")
    assert entry.shape is Shape.POINT and entry.timed


def entry_at(minute: int, lane: Lane, key: str) -> TimelineEntry:
    start = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=minute)
    return TimelineEntry(key=key, case_id=1, lane=lane, kind=EventKind.TASK, shape=Shape.POINT,
                         title="t", category=Category.IDENTITY, start=start, end=start,
                         day=start.date())


@settings(max_examples=80, deadline=None)
@given(st.lists(st.lists(st.tuples(st.integers(0, 50), st.sampled_from(list(Lane))), max_size=30),
                max_size=6))
def test_merge_keeps_every_entry_in_order(raw: list[list[tuple[int, Lane]]]) -> None:
    runs = [sorted((entry_at(m, lane, f"e:{i}:{j}") for j, (m, lane) in enumerate(run)),
                   key=lambda e: e.order) for i, run in enumerate(raw)]
    merged = merge(*runs)
    assert sorted(e.key for e in merged) == sorted(e.key for run in runs for e in run)
    assert all(a.order <= b.order for a, b in zip(merged, merged[1:], strict=False))
    assert merged == sorted(merged, key=lambda e: e.order)


def test_merge_orders_same_moment_by_lane_then_key() -> None:
    a, b, c = entry_at(0, Lane.COURT, "x"), entry_at(0, Lane.MEDICAL, "z"), entry_at(0, Lane.MEDICAL, "y")
    assert [e.key for e in merge([a], [b], [c])] == ["y", "z", "x"]
