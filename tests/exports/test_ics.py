"""The calendar file itself (exports.ics, exports.ics_items) from plain records: parsed back
with icalendar, series expanded with recurring_ical_events and compared with the timeline
engine's own occurrences (timeline.recurrence), detail levels, safe dates, UIDs."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from exports.ics import PRODID, CalendarItem, build_calendar
from exports.ics_items import Detail, detail_of, item_for, uid_for, uid_key
from models.errors import InvalidInput
from models.records import Category, Event, EventKind, EventStatus
from timeline.entries import one_off_entry
from timeline.lanes import TimelineEntry
from timeline.recurrence import occurrences

NY = ZoneInfo("America/New_York")
STAMP = datetime(2026, 11, 27, 18, tzinfo=UTC)
KEY = uid_key(b"a vault's first audit hash")
WIDE = (datetime(2026, 1, 1, tzinfo=UTC), datetime(2028, 1, 1, tzinfo=UTC))


def _entry(event: Event) -> TimelineEntry:
    entry = one_off_entry(event)
    assert entry is not None
    return entry


def _calendar(*events: Event, detail: Detail = Detail.GENERIC) -> icalendar.Calendar:
    items = [item_for(_entry(e), e, detail=detail, case_ref="C-0042", key=KEY) for e in events]
    return icalendar.Calendar.from_ical(build_calendar(items, stamp=STAMP))


def _starts(calendar: icalendar.Calendar) -> list[date | datetime]:
    found = recurring_ical_events.of(calendar).between(*WIDE)
    return sorted((c.start for c in found), key=_instant)


def _instant(value: date | datetime) -> datetime:
    if isinstance(value, datetime):
        return value.astimezone(UTC)
    return datetime.combine(value, datetime.min.time(), tzinfo=UTC)


def _series(rrule: str, exdates: tuple[date, ...] = (), **fields: object) -> Event:
    base: dict[str, object] = {
        "id": 7, "case_id": 1, "kind": EventKind.SERVICE_APPOINTMENT,
        "title": "Counselling group at St. Agnes", "category": Category.HOUSING_BENEFITS,
        "start": datetime(2027, 2, 23, 18, tzinfo=NY), "end": datetime(2027, 2, 23, 19, tzinfo=NY),
        "tz": "America/New_York", "rrule": rrule, "exdates": exdates}
    base.update(fields)
    return Event(**base)  # type: ignore[arg-type]


def test_series_across_dst_expands_to_the_timeline_engines_occurrences() -> None:
    event = _series("FREQ=WEEKLY;COUNT=6", exdates=(date(2027, 3, 16),))
    calendar = _calendar(event)
    expected = [o.start for o in occurrences(event, *WIDE)]
    got = _starts(calendar)
    assert got == expected and len(got) == 5
    assert all(moment.astimezone(NY).hour == 18 for moment in got)  # 18:00 on both sides
    assert {m.astimezone(NY).utcoffset() for m in got} == {timedelta(hours=-5),
                                                            timedelta(hours=-4)}
    vevent = calendar.walk("VEVENT")[0]
    assert vevent["RRULE"]["COUNT"] == [6]
    assert vevent["DTSTART"].params["TZID"] == "America/New_York"
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["America/New_York"]


@pytest.mark.parametrize("until", ["20270316", "20270316T180000", "20270316T230000Z"])
def test_a_floating_until_is_written_in_utc_and_ends_where_the_engine_ends(until: str) -> None:
    event = _series(f"FREQ=WEEKLY;UNTIL={until}")
    calendar = _calendar(event)
    (written,) = calendar.walk("VEVENT")[0]["RRULE"]["UNTIL"]
    assert written.tzinfo is not None and written.utcoffset() == timedelta(0)  # RFC 5545 3.3.10
    assert _starts(calendar) == [o.start for o in occurrences(event, *WIDE)]
    assert len(_starts(calendar)) == 4


def test_an_all_day_series_keeps_date_exdates_and_a_date_until() -> None:
    event = _series("FREQ=DAILY;UNTIL=20270305", exdates=(date(2027, 3, 3),),
                    start=datetime(2027, 3, 1, tzinfo=NY), end=None, all_day=True)
    calendar = _calendar(event)
    vevent = calendar.walk("VEVENT")[0]
    assert vevent["DTSTART"].params.get("VALUE") == "DATE"
    assert vevent["RRULE"]["UNTIL"] == [date(2027, 3, 5)]
    assert _starts(calendar) == [date(2027, 3, d) for d in (1, 2, 4, 5)]
    assert [o.start.date() for o in occurrences(event, *WIDE)] == _starts(calendar)


def test_an_all_day_deadline_is_one_date_with_an_exclusive_end() -> None:
    deadline = Event(id=3, case_id=1, kind=EventKind.LEGAL_DEADLINE, title="File I-914",
                     category=Category.IMMIGRATION, due=date(2026, 12, 21), all_day=True,
                     tz="America/Los_Angeles")
    vevent = _calendar(deadline).walk("VEVENT")[0]
    assert vevent["DTSTART"].dt == date(2026, 12, 21)
    assert vevent["DTEND"].dt == date(2026, 12, 22)
    assert vevent["TRANSP"] == "TRANSPARENT"


def test_a_deadline_with_two_readings_is_exported_on_the_earlier_day_only() -> None:
    deadline = Event(id=8, case_id=1, kind=EventKind.LEGAL_DEADLINE, title="I-918 received by",
                     category=Category.IMMIGRATION, due=date(2026, 12, 30),
                     safe_due=date(2026, 12, 29), all_day=True, tz="America/Los_Angeles")
    calendar = _calendar(deadline)
    assert _starts(calendar) == [date(2026, 12, 29)]
    assert calendar.walk("VEVENT")[0]["DTEND"].dt == date(2026, 12, 30)  # exclusive end
    lines = calendar.walk("VEVENT")[0].to_ical().splitlines()
    assert [line for line in lines if b"20261230" in line] == [b"DTEND;VALUE=DATE:20261230"]


def test_a_window_whose_close_has_a_safe_reading_closes_on_it() -> None:
    la = ZoneInfo("America/Los_Angeles")
    window = Event(id=6, case_id=1, kind=EventKind.MILESTONE, title="Lab window",
                   category=Category.MEDICAL, start=datetime(2026, 12, 5, tzinfo=la),
                   end=datetime(2026, 12, 20, tzinfo=la), due=date(2026, 12, 19),
                   safe_due=date(2026, 12, 18), all_day=True, tz="America/Los_Angeles")
    vevent = _calendar(window).walk("VEVENT")[0]
    assert (vevent["DTSTART"].dt, vevent["DTEND"].dt) == (date(2026, 12, 5), date(2026, 12, 19))


def _hearing(**fields: object) -> Event:
    base: dict[str, object] = {
        "id": 12, "case_id": 1, "kind": EventKind.COURT_HEARING,
        "title": "Master calendar hearing", "category": Category.IMMIGRATION,
        "start": datetime(2026, 12, 9, 9, tzinfo=ZoneInfo("America/Los_Angeles")),
        "end": datetime(2026, 12, 9, 11, tzinfo=ZoneInfo("America/Los_Angeles")),
        "tz": "America/Los_Angeles", "location": "100 Montgomery St", "notes": "Bring the I-589",
        "interpreter_needed": True, "interpreter_language": "Tigrinya"}
    base.update(fields)
    return Event(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(("detail", "summary"), [
    (Detail.GENERIC, "Hearing (Workbench)"),
    (Detail.CASE_REF, "Hearing — C-0042 (Workbench)"),
    (Detail.FULL, "Master calendar hearing — C-0042 (Workbench)"),
])
def test_each_detail_level_writes_its_summary(detail: Detail, summary: str) -> None:
    vevent = _calendar(_hearing(), detail=detail).walk("VEVENT")[0]
    assert vevent["SUMMARY"] == summary
    assert ("LOCATION" in vevent, "DESCRIPTION" in vevent) == (detail is Detail.FULL,) * 2


@pytest.mark.parametrize("detail", [Detail.GENERIC, Detail.CASE_REF])
def test_generic_and_case_ref_hold_no_title_place_note_or_language(detail: Detail) -> None:
    data = build_calendar([item_for(_entry(_hearing()), _hearing(), detail=detail,
                                    case_ref="C-0042", key=KEY)], stamp=STAMP)
    for secret in ("Master", "Montgomery", "I-589", "Tigrinya", "immigration", "ATTENDEE",
                   "ORGANIZER", "CATEGORIES", "DESCRIPTION", "LOCATION"):
        assert secret.encode() not in data
    full = build_calendar([item_for(_entry(_hearing()), _hearing(), detail=Detail.FULL,
                                    case_ref="C-0042", key=KEY)], stamp=STAMP)
    assert b"Montgomery" in full and b"Tigrinya" in full  # the scan can fail


def test_a_kinds_word_is_never_clinical() -> None:
    visit = _hearing(kind=EventKind.MEDICAL_APPOINTMENT, title="HIV clinic",
                     category=Category.HIV_STI)
    assert _calendar(visit).walk("VEVENT")[0]["SUMMARY"] == "Appointment (Workbench)"


def test_uids_are_stable_keyed_and_say_nothing() -> None:
    first = uid_for(KEY, "event:12")
    assert first == uid_for(KEY, "event:12")
    assert first != uid_for(KEY, "event:13")
    assert first != uid_for(uid_key(b"another vault"), "event:12")
    assert "12" not in first.split("@")[0] or len(first.split("@")[0]) == 32
    assert first.endswith("@workbench.invalid")


def test_status_sequence_stamp_and_prodid() -> None:
    cancelled = _hearing(status=EventStatus.CANCELLED, version=3)
    data = build_calendar([item_for(_entry(cancelled), cancelled, detail=Detail.GENERIC,
                                    case_ref="C-0042", key=KEY)], stamp=STAMP)
    calendar = icalendar.Calendar.from_ical(data)
    vevent = calendar.walk("VEVENT")[0]
    assert (vevent["STATUS"], vevent["SEQUENCE"], vevent["CLASS"]) == ("CANCELLED", 2,
                                                                        "PRIVATE")
    assert vevent["DTSTAMP"].dt == STAMP
    assert calendar["PRODID"] == PRODID


def test_an_empty_calendar_is_still_a_calendar() -> None:
    calendar = icalendar.Calendar.from_ical(build_calendar([], stamp=STAMP))
    assert calendar.walk("VEVENT") == [] and calendar["VERSION"] == "2.0"


def test_a_naive_time_is_refused() -> None:
    item = CalendarItem(uid="x@workbench.invalid", summary="Hearing (Workbench)",
                        start=datetime(2026, 12, 9, 9), tz="America/New_York")
    with pytest.raises(InvalidInput):
        build_calendar([item], stamp=STAMP)


def test_unknown_detail_is_named() -> None:
    with pytest.raises(InvalidInput, match="generic, case-ref or full"):
        detail_of("everything")


def test_an_hour_based_deadline_with_an_earlier_reading_keeps_its_time_on_that_day() -> None:
    deadline = Event(id=9, case_id=1, kind=EventKind.LEGAL_DEADLINE, title="Return by",
                     category=Category.IMMIGRATION, start=datetime(2026, 12, 10, 17, tzinfo=NY),
                     due=date(2026, 12, 10), safe_due=date(2026, 12, 9), tz="America/New_York")
    vevent = _calendar(deadline).walk("VEVENT")[0]
    assert vevent["DTSTART"].dt == datetime(2026, 12, 9, 17, tzinfo=NY)
    assert "DTEND" not in vevent  # a moment


_SKELETON = build_calendar([item_for(_entry(_hearing()), _hearing(), detail=Detail.GENERIC,
                                     case_ref="C-0042", key=KEY)], stamp=STAMP).decode()
_TEXT = st.text(alphabet=st.characters(min_codepoint=0x41, max_codepoint=0x24F), min_size=6, max_size=30)


@settings(max_examples=60, deadline=None)
@given(title=_TEXT, location=_TEXT, notes=_TEXT, kind=st.sampled_from(list(EventKind)),
       category=st.sampled_from([c for c in Category if c is not Category.AGGREGATE_REPORTING]))
def test_generic_never_holds_the_title_place_or_note(title: str, location: str, notes: str,
                                                     kind: EventKind,
                                                     category: Category) -> None:
    event = _hearing(title=title, location=location, notes=notes, kind=kind, category=category)
    data = build_calendar([item_for(_entry(event), event, detail=Detail.GENERIC,
                                    case_ref="C-0042", key=KEY)], stamp=STAMP)
    unfolded = data.decode().replace("\r\n ", "")  # the file's own bytes, lines unfolded
    for secret in (title, location, notes):
        assume(secret not in _SKELETON)  # a random word that happens to be in every file
    for secret in (title, location, notes, category.value, "C-0042"):
        assert secret not in unfolded
