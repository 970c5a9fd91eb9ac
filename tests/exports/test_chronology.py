"""The packet's dates come from the timeline engine: series expanded, long ones summarised."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from packet_fixtures import NOW, TODAY, consent, make_records, page_texts, with_events

from exports.chronology import (
    SERIES_LIST_MAX,
    date_lines,
    frequency,
    packet_window,
    series_text,
    year_after,
)
from exports.packet import build_packet
from models.records import Category, Event, EventKind

LA = ZoneInfo("America/Los_Angeles")
CATS = {Category.IDENTITY, Category.PROTECTIVE_ORDER, Category.CONTACT_LOCATION, Category.MEDICAL}


def weekly(eid: int, title: str, start: datetime, rule: str, *exdates: date,
           category: Category = Category.MEDICAL) -> Event:
    return Event(eid, 1, EventKind.MEDICAL_APPOINTMENT, title, category, start=start,
                 tz="America/Los_Angeles", rrule=rule, exdates=exdates)


GROUP = weekly(30, "Trauma group", datetime(2026, 6, 1, 9, 0, tzinfo=LA), "FREQ=WEEKLY;COUNT=26")
SKIPPING = weekly(31, "Physio", datetime(2026, 6, 1, 14, 0, tzinfo=LA), "FREQ=WEEKLY;COUNT=27",
                  date(2026, 7, 6))
SHORT = weekly(32, "Wound check", datetime(2026, 12, 2, 10, 0, tzinfo=LA), "FREQ=WEEKLY;COUNT=4",
               date(2026, 12, 9))
MONTHLY = Event(33, 1, EventKind.SERVICE_APPOINTMENT, "Housing check-in",
                Category.PROTECTIVE_ORDER, start=datetime(2026, 1, 15, 16, 0, tzinfo=UTC),
                rrule="FREQ=MONTHLY")
SECRET = weekly(34, "Withheld series CANARYSERIES", datetime(2026, 6, 2, 9, 0, tzinfo=LA),
                "FREQ=WEEKLY;COUNT=30", category=Category.SUBSTANCE_USE)


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def packet():
    records = with_events(make_records([consent(1, CATS)]), GROUP, SKIPPING, SHORT, MONTHLY,
                          SECRET)
    plan = records.plan()
    result = build_packet(plan, now=NOW, prepared_by="Ana Advocate", document_bytes=records.blobs)
    texts = page_texts(result.data)
    start = next(i for i, t in enumerate(texts) if t.lstrip().startswith("Chronology"))
    upcoming = next(i for i, t in enumerate(texts) if t.lstrip().startswith("Upcoming dates"))
    return (result, flat(" ".join(texts[start:upcoming])),
            flat(" ".join(texts[upcoming:upcoming + 2])), flat(" ".join(texts)))


def test_build_packet_long_series_is_one_summarised_line(packet):
    _result, chronology, _upcoming, _all = packet
    assert "Trauma group — weekly, 26 sessions from 2026-06-01 to 2026-11-23" in chronology
    assert chronology.count("Trauma group") == 1


def test_build_packet_summary_counts_without_exdates_and_names_them(packet):
    _result, chronology, _upcoming, _all = packet
    assert ("Physio — weekly, 26 sessions from 2026-06-01 to 2026-11-30, not on 2026-07-06"
            in chronology)


def test_build_packet_short_series_lists_each_date_but_not_the_skipped_one(packet):
    _result, chronology, upcoming, everything = packet
    assert chronology.count("Wound check") == 3
    for day in ("2026-12-02", "2026-12-16", "2026-12-23"):
        assert f"{day} 10:00 medical appointment Wound check" in chronology
        assert f"{day} 10:00 — Wound check" in upcoming
    assert "2026-12-09" not in everything


def test_build_packet_open_ended_series_stops_a_year_ahead_and_says_it_continues(packet):
    _result, chronology, upcoming, _all = packet
    assert ("Housing check-in — monthly, 23 sessions from 2026-01-15 to 2027-11-15, "
            "and continuing") in chronology
    # upcoming counts only what is still ahead: 2026-12-15 … 2027-11-15
    assert "Monthly, 12 sessions from 2026-12-15 to 2027-11-15, and continuing" in upcoming


def test_build_packet_series_of_withheld_category_never_printed(packet):
    result, _c, _u, everything = packet
    assert "CANARYSERIES" not in everything and "substance" not in everything.lower()


def test_build_packet_series_page_numbers_and_same_bytes(packet):
    result, _c, _u, _all = packet
    texts = page_texts(result.data)
    assert all(f"Page {i} of {result.pages}" in t for i, t in enumerate(texts, 1))
    records = with_events(make_records([consent(1, CATS)]), GROUP, SKIPPING, SHORT, MONTHLY,
                          SECRET)
    again = build_packet(records.plan(), now=NOW, prepared_by="Ana Advocate",
                         document_bytes=records.blobs)
    assert again.data == result.data


def test_date_lines_threshold_lists_up_to_the_limit():
    rule = f"FREQ=DAILY;COUNT={SERIES_LIST_MAX}"
    listed = weekly(40, "Daily", datetime(2026, 12, 1, 9, 0, tzinfo=LA), rule)
    assert [line.series for line in date_lines([listed], TODAY)] == [""] * SERIES_LIST_MAX
    longer = weekly(41, "Daily", datetime(2026, 12, 1, 9, 0, tzinfo=LA),
                    f"FREQ=DAILY;COUNT={SERIES_LIST_MAX + 1}")
    (line,) = date_lines([longer], TODAY)
    assert line.series == f"daily, {SERIES_LIST_MAX + 1} sessions from 2026-12-01 to 2026-12-07"


def test_date_lines_undated_events_last_and_not_upcoming():
    undated = Event(50, 1, EventKind.LEGAL_DEADLINE, "Someday", Category.PROTECTIVE_ORDER)
    dated = Event(51, 1, EventKind.LEGAL_DEADLINE, "Due", Category.PROTECTIVE_ORDER,
                  due=date(2026, 12, 5))
    lines = date_lines([undated, dated], TODAY)
    assert [(line.event.id, line.when) for line in lines] == [(51, date(2026, 12, 5)), (50, None)]
    assert [line.event.id for line in date_lines([undated, dated], TODAY, since=TODAY)] == [51]


def test_packet_window_from_earliest_event_to_a_year_ahead_or_the_last_one_off():
    begin, finish = packet_window([GROUP, SHORT], TODAY)
    assert begin == GROUP.start and finish.date() == date(2027, 11, 28)
    far = Event(60, 1, EventKind.LEGAL_DEADLINE, "Far", Category.IMMIGRATION, due=date(2029, 3, 1))
    _begin, finish = packet_window([GROUP, far], TODAY)
    assert finish > datetime(2029, 3, 1, tzinfo=UTC)
    assert [line.event.id for line in date_lines([far], TODAY)] == [60]


@pytest.mark.parametrize(("day", "expected"), [(date(2026, 11, 27), date(2027, 11, 27)),
                                               (date(2028, 2, 29), date(2029, 2, 28))])
def test_year_after(day, expected):
    assert year_after(day) == expected


@pytest.mark.parametrize(("rule", "words"), [
    ("FREQ=WEEKLY", "weekly"), ("RRULE:FREQ=DAILY;COUNT=3", "daily"),
    ("FREQ=WEEKLY;INTERVAL=2", "every 2 weeks"), ("FREQ=WEEKLY;BYDAY=MO,TH", "weekly (Mon, Thu)"),
    ("FREQ=MONTHLY;BYMONTHDAY=1", "monthly"), ("FREQ=HOURLY", "repeating"),
])
def test_frequency_in_words(rule, words):
    assert frequency(rule) == words


def test_series_text_many_skipped_dates_counted():
    event = weekly(70, "x", datetime(2026, 6, 1, 9, 0, tzinfo=LA), "FREQ=WEEKLY",
                   *(date(2026, 6, d) for d in (8, 15, 22, 29)))
    days = [date(2026, 6, 1), date(2026, 7, 6)]
    assert series_text(event, days) == ("weekly, 2 sessions from 2026-06-01 to 2026-07-06, "
                                        "not on 4 dates")
