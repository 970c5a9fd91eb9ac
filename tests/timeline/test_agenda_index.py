"""The agenda index answers exactly as agenda(...) does, across windows, users and updates."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from models.records import (
    Case,
    Category,
    Closure,
    ClosureReason,
    Event,
    EventKind,
    EventStatus,
    Owner,
)
from timeline.agenda import agenda
from timeline.agenda_index import AgendaIndex
from timeline.conflicts import ConflictKind

TODAY = date(2026, 12, 1)
HORIZON = 40
# far-apart zones: the same moment falls on local days up to two apart
ZONES = ("America/New_York", "America/Los_Angeles", "Pacific/Kiritimati", "Pacific/Pago_Pago",
         "UTC")
RULES = (None, None, None, "FREQ=WEEKLY", "FREQ=DAILY;COUNT=5", "FREQ=WEEKLY;INTERVAL=2;COUNT=6",
         "FREQ=WEEKLY;BYDAY=MO,TH")
CLOSURES = (Closure(1, date(2026, 12, 9), "*", ClosureReason.INACCESSIBLE),)


@st.composite
def events_of(draw: st.DrawFn, case_id: int, first_id: int) -> list[Event]:
    """A case's events: one-offs and series, timed and dated, in every status and role."""
    events = []
    for offset in range(draw(st.integers(0, 10))):
        tz = draw(st.sampled_from(ZONES))
        day = TODAY + timedelta(days=draw(st.integers(-25, 45)))
        fields = dict(
            id=first_id + offset, case_id=case_id, title="t", tz=tz,
            kind=draw(st.sampled_from(list(EventKind))),
            category=draw(st.sampled_from([Category.MEDICAL, Category.IMMIGRATION,
                                           Category.CRIMINAL_CASE])),
            status=draw(st.sampled_from([EventStatus.SCHEDULED] * 3 + list(EventStatus))),
            owner=draw(st.sampled_from([None, Owner.CLIENT, Owner.COURT, Owner.AGENCY])),
            assigned_to=draw(st.sampled_from([None, "ana", "bo"])),
            matter_id=draw(st.sampled_from([None, 1, 2])),
            interpreter_needed=draw(st.booleans()), interpreter_booked=draw(st.booleans()),
            rrule=draw(st.sampled_from(RULES)),
        )
        if draw(st.booleans()):
            given_in = draw(st.sampled_from((tz, tz, *ZONES)))  # a start given in another zone
            start = datetime.combine(day, time(draw(st.integers(0, 23)), 30), ZoneInfo(given_in))
            minutes = draw(st.sampled_from([0, 30, 90, 26 * 60]))  # long spans cross days
            fields.update(start=start, end=start + timedelta(minutes=minutes))
        else:
            fields.update(due=day, all_day=draw(st.booleans()))
        if offset and draw(st.integers(0, 4)) == 0:
            fields["evidence_for_id"] = first_id + draw(st.integers(0, offset - 1))
        events.append(Event(**fields))
    return events


@st.composite
def caseloads(draw: st.DrawFn) -> tuple[list[Case], dict[int, list[Event]]]:
    """A few cases with different jurisdictions and staff."""
    cases, by_case = [], {}
    for case_id in range(draw(st.integers(1, 3))):
        cases.append(Case(id=case_id, ref=f"C-{case_id}", display_name="x",
                          jurisdiction=draw(st.sampled_from([None, "federal", "CA", "NY"])),
                          assigned_to=draw(st.sampled_from([(), ("ana",), ("ana", "bo")]))))
        by_case[case_id] = draw(events_of(case_id, 100 * case_id))
    return cases, by_case


QUERIES = st.tuples(st.integers(-3, 30), st.integers(1, 20),
                    st.sampled_from([None, "ana", "bo"]))


@settings(max_examples=150, deadline=None)
@given(caseloads(), st.lists(QUERIES, min_size=1, max_size=4))
def test_agenda_index_equals_agenda(load, queries) -> None:
    cases, by_case = load
    index = AgendaIndex.build(cases, by_case, today=TODAY, closures=CLOSURES,
                              horizon_days=HORIZON, keep_days=10)
    for shift, days, user in queries:  # windows inside and outside the horizon
        today = TODAY + timedelta(days=shift)
        expected = agenda(cases, by_case, today=today, days=days, user=user, closures=CLOSURES)
        assert index.agenda(today, days, user) == expected


@settings(max_examples=60, deadline=None)
@given(caseloads(), st.data())
def test_agenda_index_update_case_equals_rebuilt(load, data) -> None:
    cases, by_case = load
    index = AgendaIndex.build(cases, by_case, today=TODAY, horizon_days=HORIZON)
    index.agenda(TODAY)  # entries built and kept before the update must not linger
    changed = replace(cases[0], assigned_to=("bo",), jurisdiction="CA")
    new_events = data.draw(events_of(changed.id, 1000))
    index.update_case(changed, new_events)
    cases, by_case = [changed, *cases[1:]], {**by_case, changed.id: new_events}
    for shift, days, user in data.draw(st.lists(QUERIES, min_size=1, max_size=3)):
        today = TODAY + timedelta(days=shift)
        assert index.agenda(today, days, user) == agenda(cases, by_case, today=today, days=days,
                                                         user=user)


def appt(id_: int, day: date, hour: int, minutes: int = 60) -> Event:
    start = datetime.combine(day, time(hour), ZoneInfo("America/New_York"))
    return Event(id=id_, case_id=1, kind=EventKind.MEDICAL_APPOINTMENT, title="t",
                 category=Category.MEDICAL, start=start, end=start + timedelta(minutes=minutes),
                 tz="America/New_York")


def test_agenda_index_keeps_a_conflict_only_when_all_its_entries_are_in_the_window() -> None:
    # 23:00 for 3 h on the 4th overlaps 01:00 on the 5th: a window from the 5th sees only one
    events = {1: [appt(1, date(2026, 12, 4), 23, 180), appt(2, date(2026, 12, 5), 1)]}
    index = AgendaIndex.build([Case(1, "C-1", "x")], events, today=TODAY)
    both = index.agenda(TODAY, 14)
    assert [(c.kind, c.keys) for c in both.conflicts[1]] == [
        (ConflictKind.OVERLAP, ("event:1", "event:2"))]
    assert index.agenda(date(2026, 12, 5), 14).conflicts == {}


def test_agenda_index_done_series_in_window_answers_a_passed_expectation() -> None:
    expected = Event(id=1, case_id=1, kind=EventKind.MILESTONE, title="t", due=date(2026, 11, 20),
                     category=Category.CRIMINAL_CASE, owner=Owner.COURT, matter_id=7)
    series = replace(appt(2, date(2026, 11, 24), 9), rrule="FREQ=WEEKLY", matter_id=7,
                     status=EventStatus.DONE)
    cases = [Case(1, "C-1", "x")]
    index = AgendaIndex.build(cases, {1: [expected, series]}, today=TODAY)
    assert index.agenda(TODAY).conflicts == {}
    alone = AgendaIndex.build(cases, {1: [expected]}, today=TODAY).agenda(TODAY)
    assert [c.kind for c in alone.conflicts[1]] == [ConflictKind.EXPECTED_PASSED]


def test_agenda_and_index_find_a_start_given_two_days_from_its_local_day() -> None:
    # 00:30 on the 10th at UTC+14 is 23:30 on the 8th in the event's own zone (UTC-11)
    start = datetime(2026, 12, 10, 0, 30, tzinfo=ZoneInfo("Pacific/Kiritimati"))
    event = Event(id=1, case_id=1, kind=EventKind.MEDICAL_APPOINTMENT, title="t",
                  category=Category.MEDICAL, start=start, end=start, tz="Pacific/Pago_Pago")
    cases, events, day = [Case(1, "C-1", "x")], {1: [event]}, date(2026, 12, 8)
    plain = agenda(cases, events, today=day, days=1)
    assert [e.key for e in plain.upcoming] == ["event:1"]
    assert AgendaIndex.build(cases, events, today=TODAY).agenda(day, 1) == plain


def test_agenda_index_remove_case_drops_its_items() -> None:
    events = {1: [appt(1, date(2026, 12, 3), 9)], 2: [replace(appt(2, date(2026, 12, 3), 9),
                                                              case_id=2)]}
    index = AgendaIndex.build([Case(1, "C-1", "x"), Case(2, "C-2", "y")], events, today=TODAY)
    index.remove_case(1)
    assert [e.key for e in index.agenda(TODAY).upcoming] == ["event:2"]


def test_agenda_index_covers_only_windows_inside_its_horizon() -> None:
    index = AgendaIndex.build([], {}, today=TODAY, horizon_days=30)
    assert index.covers(TODAY, 30) and index.covers(TODAY + timedelta(days=16), 14)
    assert not index.covers(TODAY - timedelta(days=1), 14)
    assert not index.covers(TODAY + timedelta(days=17), 14)
