"""Interpreter conflicts (timeline.conflicts, pure): no confirmed booking 48 h before, a
booking in another language or dialect, one interpreter booked for overlapping events; and the
interpreter state the agenda and timeline mark (timeline.lanes.interpreter_state)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from models.records import (
    BookingStatus,
    Category,
    Event,
    EventKind,
    InterpreterBooking,
    InterpreterMode,
    InterpreterProvider,
)
from timeline.conflicts import ConflictKind, find_conflicts, language_and_dialect
from timeline.lanes import InterpreterState, interpreter_state
from timeline.merge import bookings_by_event, build_timeline

NY = ZoneInfo("America/New_York")
TODAY = date(2026, 11, 30)
HEARING, APPT = EventKind.COURT_HEARING, EventKind.MEDICAL_APPOINTMENT
START = datetime(2026, 12, 3, 9, 30, tzinfo=NY)  # Thu 3 Dec 2026, 09:30 EST


def ev(id_: int, start: datetime = START, *, kind: EventKind = HEARING, case_id: int = 1,
       minutes: int = 60, **fields: object) -> Event:
    fields.setdefault("interpreter_needed", True)
    return Event(id=id_, case_id=case_id, kind=kind, title=f"secret title {id_}",
                 category=Category.MEDICAL if kind is APPT else Category.IMMIGRATION,
                 start=start, end=start + timedelta(minutes=minutes), tz="America/New_York",
                 **fields)  # type: ignore[arg-type]


def booking(id_: int, event: Event, status: BookingStatus = BookingStatus.REQUESTED,
            language: str = "Spanish", **fields: object) -> InterpreterBooking:
    return InterpreterBooking(id=id_, case_id=event.case_id, event_id=event.id,
                              language=language, provider=InterpreterProvider.VENDOR,
                              mode=InterpreterMode.PHONE, status=status,
                              **fields)  # type: ignore[arg-type]


def conflicts(events: list[Event], bookings: list[InterpreterBooking] = (),  # type: ignore[assignment]
              **options: object) -> list:  # type: ignore[type-arg]
    entries = build_timeline(events, date(2026, 1, 1), date(2028, 1, 1), tz="America/New_York")
    options.setdefault("today", TODAY)
    return find_conflicts(entries, bookings=bookings_by_event(bookings), **options)  # type: ignore[arg-type]


def of(found: list, kind: ConflictKind) -> list:  # type: ignore[type-arg]
    return [c for c in found if c.kind is kind]


# --- (a) no confirmed booking 48 h before ------------------------------------------------------

@pytest.mark.parametrize(("before", "flagged"), [
    (timedelta(hours=48), True),  # exactly 48 h before: too late already
    (timedelta(hours=48, seconds=1), False),  # a second earlier: still time
    (timedelta(hours=3), True),
])
def test_no_confirmed_booking_48_h_before_by_the_clock(before: timedelta, flagged: bool) -> None:
    hearing = ev(1, interpreter_language="Spanish")
    found = of(conflicts([hearing], now=START - before, today=(START - before).date()),
               ConflictKind.INTERPRETER)
    assert [c.keys for c in found] == ([("event:1",)] if flagged else [])
    if flagged:
        assert found[0].reason == ("Court hearing on Thu 3 Dec 2026 at 09:30 EST needs an "
                                   "interpreter (Spanish), and none is confirmed 48 h before it: "
                                   "confirm one now.")


@pytest.mark.parametrize(("today", "flagged"), [
    (date(2026, 11, 30), False), (date(2026, 12, 1), True), (date(2026, 12, 3), True)])
def test_with_only_a_day_known_it_flags_from_two_days_before(today: date, flagged: bool) -> None:
    found = of(conflicts([ev(1)], today=today), ConflictKind.INTERPRETER)
    assert bool(found) is flagged


def test_a_confirmed_booking_or_the_booked_flag_clears_it_a_request_does_not() -> None:
    one, two, three = ev(1), ev(2, START + timedelta(hours=3)), ev(3, START + timedelta(hours=6))
    bookings = [booking(1, one, BookingStatus.CONFIRMED), booking(2, two),
                booking(3, three, BookingStatus.CANCELLED)]
    found = of(conflicts([one, two, three], bookings, now=START - timedelta(hours=1)),
               ConflictKind.INTERPRETER)
    assert [c.keys for c in found] == [("event:2",), ("event:3",)]
    assert "one is requested but not confirmed" in found[0].reason
    assert "none is confirmed" in found[1].reason
    legacy = ev(4, interpreter_booked=True)  # set by hand before bookings existed
    assert of(conflicts([legacy], now=START), ConflictKind.INTERPRETER) == []


def test_not_needed_or_not_scheduled_is_no_conflict() -> None:
    from models.records import EventStatus

    found = conflicts([ev(1, interpreter_needed=False), ev(2, status=EventStatus.CANCELLED)],
                      now=START)
    assert of(found, ConflictKind.INTERPRETER) == []


# --- (b) another language or dialect --------------------------------------------------------------

def test_a_booking_in_another_language_than_the_event_s() -> None:
    hearing = ev(1, interpreter_language="Tigrinya")
    found = of(conflicts([hearing], [booking(1, hearing, language="Amharic")]),
               ConflictKind.INTERPRETER_LANGUAGE)
    assert [c.keys for c in found] == [("event:1",)]
    assert found[0].reason == ("The interpreter booked for Court hearing on Thu 3 Dec 2026 is "
                               "booked for another language (Amharic) than the one needed "
                               "(Tigrinya): book an interpreter of the right one.")
    assert "secret" not in found[0].reason


def test_without_an_event_language_the_case_s_is_wanted() -> None:
    hearing = ev(1)
    wrong = booking(1, hearing, language="French")
    assert of(conflicts([hearing], [wrong], case_languages={1: "Haitian Creole"}),
              ConflictKind.INTERPRETER_LANGUAGE)
    assert not of(conflicts([hearing], [wrong]), ConflictKind.INTERPRETER_LANGUAGE)  # none known
    assert not of(conflicts([hearing], [booking(2, hearing, language="ht")],
                            case_languages={1: "Haitian Creole"}),
                  ConflictKind.INTERPRETER_LANGUAGE)  # a code is its language


@pytest.mark.parametrize(("wanted", "language", "dialect", "wrong"), [
    ("Arabic (Levantine)", "Arabic", "Maghrebi", True),
    ("Arabic (Levantine)", "Arabic", "levantine", False),
    ("Arabic (Levantine)", "Arabic", None, False),  # the dialect only counts when both name one
    ("Arabic", "Arabic", "Maghrebi", False),
    ("es", "Spanish", None, False),
    ("Mam", "K'iche'", None, True),
])
def test_dialects_count_when_both_are_given(wanted: str, language: str, dialect: str | None,
                                            wrong: bool) -> None:
    hearing = ev(1, interpreter_language=wanted)
    found = of(conflicts([hearing], [booking(1, hearing, language=language, dialect=dialect)]),
               ConflictKind.INTERPRETER_LANGUAGE)
    assert bool(found) is wrong
    if wrong and language == "Arabic":
        assert "another dialect (Arabic, Maghrebi)" in found[0].reason


def test_a_cancelled_booking_in_another_language_is_no_conflict() -> None:
    hearing = ev(1, interpreter_language="Tigrinya")
    assert not of(conflicts([hearing], [booking(1, hearing, BookingStatus.CANCELLED, "Amharic")]),
                  ConflictKind.INTERPRETER_LANGUAGE)


def test_language_and_dialect_reads_the_forms() -> None:
    assert language_and_dialect(" Arabic (Levantine) ") == ("arabic", "levantine")
    assert language_and_dialect("vi") == ("vietnamese", None)


# --- (c) one interpreter, two places -------------------------------------------------------------

def test_the_same_contact_booked_for_two_overlapping_events_of_two_cases() -> None:
    mine = ev(1, case_id=1)
    theirs = ev(2, START + timedelta(minutes=30), kind=APPT, case_id=2)
    later = ev(3, START + timedelta(hours=2), case_id=2)
    bookings = [booking(1, mine, contact_id=7), booking(2, theirs, BookingStatus.CONFIRMED,
                                                         contact_id=7),
                booking(3, later, contact_id=7)]
    found = of(conflicts([mine, theirs, later], bookings), ConflictKind.INTERPRETER_DOUBLE_BOOKED)
    assert sorted((c.case_id, c.keys) for c in found) == [
        (1, ("event:1", "event:2")), (2, ("event:2", "event:1"))]
    reason = next(c.reason for c in found if c.case_id == 1)
    assert reason == ("The interpreter booked for Court hearing at 09:30 EST on Thu 3 Dec 2026 is "
                      "also booked for an appointment of another case at 10:00 EST on Thu 3 Dec "
                      "2026: they cannot be at both; book another interpreter for one of them.")
    assert "secret" not in repr(found)


def test_the_same_name_and_vendor_is_the_same_interpreter_in_one_case() -> None:
    one, two = ev(1), ev(2, START + timedelta(minutes=59), kind=APPT)
    same = {"interpreter_name": "Lina Haddad", "vendor": "Lines"}
    found = of(conflicts([one, two], [booking(1, one, **same),
                                      booking(2, two, interpreter_name=" lina haddad ",
                                              vendor="LINES")]),
               ConflictKind.INTERPRETER_DOUBLE_BOOKED)
    assert [(c.case_id, c.keys) for c in found] == [(1, ("event:1", "event:2"))]
    assert "Medical appointment at 10:29 EST" in found[0].reason


@pytest.mark.parametrize("second", [
    {"interpreter_name": "Lina Haddad", "vendor": "Other agency"},  # another person
    {"interpreter_name": "Someone else", "vendor": "Lines"},
    {},  # not yet known who comes
])
def test_different_or_unknown_interpreters_are_not_double_booked(second: dict[str, str]) -> None:
    one, two = ev(1), ev(2, START + timedelta(minutes=30))
    found = conflicts([one, two], [booking(1, one, interpreter_name="Lina Haddad",
                                           vendor="Lines"), booking(2, two, **second)])
    assert not of(found, ConflictKind.INTERPRETER_DOUBLE_BOOKED)


def test_back_to_back_or_cancelled_is_not_double_booked() -> None:
    one, two, three = ev(1), ev(2, START + timedelta(hours=1)), ev(3, START)
    found = conflicts([one, two, three], [
        booking(1, one, contact_id=7), booking(2, two, contact_id=7),
        booking(3, three, BookingStatus.DECLINED, contact_id=7)])
    assert not of(found, ConflictKind.INTERPRETER_DOUBLE_BOOKED)


def test_without_bookings_only_the_notice_check_runs() -> None:
    found = conflicts([ev(1, interpreter_language="Spanish")], today=date(2026, 12, 2))
    assert [c.kind for c in found] == [ConflictKind.INTERPRETER]


# --- the state the agenda and timeline mark -------------------------------------------------------

def test_interpreter_state_from_flags_and_bookings() -> None:
    event = ev(1)
    asked, done = booking(1, event), booking(2, event, BookingStatus.CONFIRMED)
    off = booking(3, event, BookingStatus.CANCELLED)
    assert interpreter_state(False, False) is None
    assert interpreter_state(True, False) is InterpreterState.NEEDED
    assert interpreter_state(True, False, [off]) is InterpreterState.NEEDED
    assert interpreter_state(True, False, [off, asked]) is InterpreterState.REQUESTED
    assert interpreter_state(True, False, [asked, done]) is InterpreterState.CONFIRMED
    assert interpreter_state(True, True) is InterpreterState.CONFIRMED


def test_bookings_by_event_groups_oldest_first() -> None:
    one, two = ev(1), ev(2)
    later, first, other = booking(5, one), booking(2, one), booking(3, two)
    assert bookings_by_event([later, other, first]) == {1: (first, later), 2: (other,)}
