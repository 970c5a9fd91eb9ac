"""A hearing or deadline on a day the court is closed is flagged where the packet prints it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from packet_fixtures import NOW, make_records, page_texts

from exports.packet import build_packet
from models.records import Closure, ClosureReason, EventStatus

HEARING_DAY = date(2026, 12, 10)  # the fixture's DVRO hearing, 09:30 in Los Angeles
FLAG = "Court closed that day (closure: inaccessible): check this date."


def section_texts(records, closures):
    texts = page_texts(build_packet(records.plan(), now=NOW, prepared_by="x",
                                    document_bytes=records.blobs, closures=closures).data)
    def find(title):
        return " ".join(next(t for t in texts if t.lstrip().startswith(title)).split())
    return find("Chronology"), find("Upcoming dates")


def closure(calendar="*", day=HEARING_DAY):
    return Closure(1, day, calendar, ClosureReason.INACCESSIBLE)


def test_build_packet_hearing_on_recorded_closure_flagged_in_chronology_and_upcoming():
    chronology, upcoming = section_texts(make_records(), [closure()])
    assert f"DVRO hearing {FLAG}" in chronology
    assert f"2026-12-10 09:30 — DVRO hearing {FLAG}" in upcoming
    assert chronology.count("Court closed") == upcoming.count("Court closed") == 1


def test_build_packet_no_closure_no_flag():
    assert not any("Court closed" in t for t in section_texts(make_records(), []))


@pytest.mark.parametrize(("jurisdiction", "flagged"), [(None, False), ("CA", True),
                                                       ("NY", False)])
def test_build_packet_closure_of_one_calendar_flags_only_that_jurisdiction(jurisdiction, flagged):
    records = make_records()
    records.matters = [replace(records.matters[0], jurisdiction=jurisdiction),
                       *records.matters[1:]]
    chronology, _upcoming = section_texts(records, [closure("CA")])
    assert (FLAG in chronology) is flagged


def test_build_packet_deadline_on_court_holiday_flagged_with_its_name():
    records = make_records()
    records.case = replace(records.case, jurisdiction="CA")
    records.events = [replace(e, due=date(2026, 12, 25), computed_due=date(2026, 12, 25))
                      if e.id == 3 else e for e in records.events]
    _chronology, upcoming = section_texts(records, [])
    assert "2026-12-25 — File response Court closed that day (Christmas Day)" in upcoming


def test_build_packet_cancelled_hearing_not_flagged():
    records = make_records()
    records.events = [replace(e, status=EventStatus.CANCELLED) if e.id == 1 else e
                      for e in records.events]
    chronology, _upcoming = section_texts(records, [closure()])
    assert "DVRO hearing" in chronology and "Court closed" not in chronology
