"""Interpreter booking operations on the demo vault: who may book (whoever may write the
event's category), the event's flag kept in step, what a role reads of a booking, the
interpreter states and the booking conflicts across cases."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from models.errors import NotFound, PermissionDenied
from models.records import BookingStatus, Category, EventKind
from tests.workbench.conftest import DEMO_NOW, DEMO_TODAY
from timeline.conflicts import ConflictKind
from timeline.lanes import InterpreterState
from workbench.operations import dates
from workbench.operations import interpreters as ops
from workbench.operations.changes import Kind
from workbench.operations.context import Context

LA = ZoneInfo("America/Los_Angeles")


def _event(ctx: Context, ref: str, kind: EventKind, category: Category, start: datetime,
           **fields: object) -> int:
    case = ctx.store.get_case_by_ref(ref)
    return dates.add_event(ctx, case_id=case.id, kind=kind, title="Interpreter test event",
                           category=category, start=start, end=start + timedelta(hours=1),
                           tz="America/Los_Angeles", **fields).value.id


def _soon(days: int, hour: int = 10) -> datetime:
    return datetime.combine(DEMO_TODAY + timedelta(days=days), datetime.min.time(),
                            LA).replace(hour=hour)


def test_interpreter_ops_book_confirm_cancel_keep_the_flag_and_say_what_changed(
        as_user) -> None:
    ana = as_user("ana")
    event_id = _event(ana, "C-0002", EventKind.COURT_HEARING, Category.IMMIGRATION, _soon(20))
    done = ops.book(ana, event_id=event_id, language="Vietnamese", provider="court_appointed",
                    mode="in_person", case_ref="C-0002")
    assert done.changes.kinds == {Kind.INTERPRETERS, Kind.EVENTS}
    assert done.changes.case_ids == {ana.store.get_case_by_ref("C-0002").id}
    booking = done.value
    assert ana.store.get_event(event_id).interpreter_needed
    assert not ana.store.get_event(event_id).interpreter_booked
    assert ops.states_for(ana, case_id=booking.case_id)[event_id] is InterpreterState.REQUESTED
    confirmed = ops.confirm(ana, booking_id=booking.id, reference="EOIR-55",
                            interpreter_name="T. Pham").value
    assert (confirmed.status, confirmed.reference, confirmed.interpreter_name) == (
        BookingStatus.CONFIRMED, "EOIR-55", "T. Pham")
    assert ana.store.get_event(event_id).interpreter_booked
    assert ops.states_for(ana, case_id=booking.case_id)[event_id] is InterpreterState.CONFIRMED
    ops.cancel(ana, booking_id=booking.id)
    assert not ana.store.get_event(event_id).interpreter_booked
    assert ops.states_for(ana, case_id=booking.case_id)[event_id] is InterpreterState.NEEDED
    declined = ops.book(ana, event_id=event_id, language="Vietnamese", provider="vendor",
                        mode="phone").value
    assert ops.decline(ana, booking_id=declined.id, notes="no one free").value.status is \
        BookingStatus.DECLINED


def test_interpreter_ops_policy_is_the_event_category_s_writers(as_user) -> None:
    sam, ana, ben, pia = as_user("sam"), as_user("ana"), as_user("ben"), as_user("pia")
    therapy = _event(sam, "C-0001", EventKind.MEDICAL_APPOINTMENT, Category.MENTAL_HEALTH,
                     _soon(9))
    # an advocate may not write mental-health records, so may not book for them
    with pytest.raises(PermissionDenied):
        ops.book(ana, event_id=therapy, language="Spanish", provider="vendor", mode="video")
    booking = ops.book(ben, event_id=therapy, language="Spanish", provider="vendor",
                       mode="video", interpreter_name="Lucía Ferreira", vendor="Bay Lines",
                       notes="prefers the same interpreter").value
    with pytest.raises(PermissionDenied):
        ops.confirm(ana, booking_id=booking.id, reference="X")
    with pytest.raises(PermissionDenied):
        ops.cancel(pia, booking_id=booking.id)
    assert sam.store.get_interpreter_booking(booking.id).status is BookingStatus.REQUESTED
    # an advocate reads that an interpreter is booked, in which language, not who or notes
    seen = [b for b in ops.bookings_for(ana, case_ref="C-0001") if b.id == booking.id]
    assert [(b.language, b.interpreter_name, b.vendor, b.notes) for b in seen] == [
        ("Spanish", None, None, None)]
    full = [b for b in ops.bookings_for(ben, case_ref="C-0001") if b.id == booking.id]
    assert full[0].interpreter_name == "Lucía Ferreira" and full[0].notes


def test_interpreter_ops_the_event_must_be_of_the_case_named(as_user) -> None:
    ana = as_user("ana")
    event_id = _event(ana, "C-0002", EventKind.COURT_HEARING, Category.IMMIGRATION, _soon(20))
    with pytest.raises(NotFound):
        ops.book(ana, event_id=event_id, language="Spanish", provider="vendor", mode="phone",
                 case_ref="C-0001")
    assert ana.store.list_interpreter_bookings(event_id=event_id) == []


def test_interpreter_ops_conflicts_of_each_kind_across_cases(as_user) -> None:
    sam = as_user("sam")
    # (a) tomorrow, only requested: not confirmed 48 h before
    soon = _event(sam, "C-0003", EventKind.COURT_HEARING, Category.PROTECTIVE_ORDER, _soon(1),
                  interpreter_language="Ukrainian")
    ops.book(sam, event_id=soon, language="Ukrainian", provider="court_appointed",
             mode="in_person")
    # (b) another language than the case's (C-0002 is Vietnamese)
    wrong = _event(sam, "C-0002", EventKind.SERVICE_APPOINTMENT, Category.HOUSING_BENEFITS,
                   _soon(10))
    ops.book(sam, event_id=wrong, language="Cantonese", provider="vendor", mode="phone")
    # (c) the same interpreter in two cases at once
    one = _event(sam, "C-0001", EventKind.COURT_HEARING, Category.IMMIGRATION, _soon(12, 9))
    two = _event(sam, "C-0005", EventKind.SERVICE_APPOINTMENT, Category.HOUSING_BENEFITS,
                 _soon(12, 9) + timedelta(minutes=30))
    for event_id in (one, two):
        b = ops.book(sam, event_id=event_id, language="Spanish", provider="vendor", mode="phone",
                     interpreter_name="Lucía Ferreira", vendor="Bay Lines").value
        ops.confirm(sam, booking_id=b.id, reference=f"BL-{event_id}")
    found = ops.booking_conflicts(sam)
    by_kind = {(c.kind, case.ref, c.keys[0]) for case, c in found}
    assert (ConflictKind.INTERPRETER, "C-0003", f"event:{soon}") in by_kind
    assert (ConflictKind.INTERPRETER_LANGUAGE, "C-0002", f"event:{wrong}") in by_kind
    assert (ConflictKind.INTERPRETER_DOUBLE_BOOKED, "C-0001", f"event:{one}") in by_kind
    assert (ConflictKind.INTERPRETER_DOUBLE_BOOKED, "C-0005", f"event:{two}") in by_kind
    # one case's list still sees the other case's booking of the same interpreter
    mine = ops.booking_conflicts(sam, case_ref="C-0005", kinds=ops.BOOKING_ONLY_KINDS)
    assert {(c.kind, c.keys) for _, c in mine} == {
        (ConflictKind.INTERPRETER_DOUBLE_BOOKED, (f"event:{two}", f"event:{one}"))}
    reasons = " ".join(c.reason for _, c in found)
    assert "Lucía" not in reasons and "Interpreter test event" not in reasons
    assert "Bay Lines" not in reasons


def test_interpreter_ops_the_48_h_notice_runs_on_the_context_s_clock(as_user) -> None:
    sam = as_user("sam")
    start = DEMO_NOW + timedelta(hours=50)
    event_id = _event(sam, "C-0003", EventKind.COURT_HEARING, Category.PROTECTIVE_ORDER,
                      start.astimezone(LA), interpreter_needed=True)

    def notice_conflicts(now: datetime) -> list[str]:
        ctx = Context(sam.vault, today=lambda: now.date(), now=lambda: now)
        return [c.keys[0] for _, c in ops.booking_conflicts(ctx, case_ref="C-0003")
                if c.kind is ConflictKind.INTERPRETER]

    assert f"event:{event_id}" not in notice_conflicts(start - timedelta(hours=48, minutes=1))
    assert f"event:{event_id}" in notice_conflicts(start - timedelta(hours=48))


# the appointments workbench.demo_interpreters adds (the others it books were there)
DEMO_APPOINTMENTS = ("Benefits office appointment", "Shelter intake interview",
                     "Declaration preparation session", "Protective order declaration review")


def test_the_demo_s_bookings_show_every_state_and_every_conflict(as_user) -> None:
    """build_demo books interpreters (workbench.demo_interpreters) in every state and makes
    one of each interpreter conflict; its appointments bring no other conflict, whatever day
    the demo is built on."""
    from collections import Counter

    from workbench.operations.views import conflicts_for

    sam = as_user("sam")
    statuses = Counter(str(b.status) for b in sam.store.list_interpreter_bookings())
    assert statuses == {"confirmed": 5, "cancelled": 1, "requested": 3, "declined": 1}
    states = set(ops.states_for(sam).values())
    assert states >= {InterpreterState.REQUESTED, InterpreterState.CONFIRMED,
                      InterpreterState.NEEDED}
    found = {(case.ref, c.kind) for case, c in ops.booking_conflicts(sam)}
    assert {("C-0003", ConflictKind.INTERPRETER), ("C-0002", ConflictKind.INTERPRETER_LANGUAGE),
            ("C-0001", ConflictKind.INTERPRETER_DOUBLE_BOOKED),
            ("C-0004", ConflictKind.INTERPRETER_DOUBLE_BOOKED)} <= found
    added = {f"event:{e.id}" for e in sam.store.list_events() if e.title in DEMO_APPOINTMENTS}
    assert len(added) == len(DEMO_APPOINTMENTS)
    theirs = [(case.ref, c.kind) for case, c in conflicts_for(sam) if set(c.keys) & added]
    assert {kind for _ref, kind in theirs} == set(ops.INTERPRETER_KINDS)
    # the shelter intake is the one with no confirmed booking 48 h before (by the day too)
    assert [ref for ref, kind in theirs if kind is ConflictKind.INTERPRETER] == ["C-0003"]


def test_many_booked_events_are_read_at_once_with_the_same_result(as_user, monkeypatch) -> None:

    sam = as_user("sam")  # the demo's bookings (build_demo adds them)
    one_by_one = ops.booking_conflicts(sam, kinds=ops.BOOKING_ONLY_KINDS)
    monkeypatch.setattr(ops, "_ONE_BY_ONE", 0)
    assert ops.booking_conflicts(sam, kinds=ops.BOOKING_ONLY_KINDS) == one_by_one
    assert len(one_by_one) == 3  # the wrong language, and the double-booking in both cases


def _ahead(ctx: Context) -> tuple[dict[str, int], dict[str, int]]:
    """Per case: the caseload's count, and what `workbench conflicts` lists from today on."""
    from workbench.operations import views

    counts = {s.case.ref: s.open_conflicts for s in views.caseload_for(ctx)}
    listed: dict[str, int] = {}
    for case, c in views.conflicts_for(ctx):
        if c.day >= DEMO_TODAY:
            listed[case.ref] = listed.get(case.ref, 0) + 1
    return counts, listed


def test_every_view_of_conflicts_counts_the_booking_conflicts_alike(as_user) -> None:
    """A booking in another language and one interpreter booked twice are conflicts of the
    case's timeline, of `workbench conflicts`, of the agenda and of the caseload's count alike
    (the caseload once left them out, and only the window's timeline added them)."""
    from workbench.operations import views

    sam = as_user("sam")
    counts_before, listed_before = _ahead(sam)
    wrong = _event(sam, "C-0002", EventKind.SERVICE_APPOINTMENT, Category.HOUSING_BENEFITS,
                   _soon(10))  # C-0002 speaks Vietnamese
    ops.book(sam, event_id=wrong, language="Cantonese", provider="vendor", mode="phone")
    one = _event(sam, "C-0001", EventKind.COURT_HEARING, Category.IMMIGRATION, _soon(12, 9))
    two = _event(sam, "C-0005", EventKind.SERVICE_APPOINTMENT, Category.HOUSING_BENEFITS,
                 _soon(12, 9) + timedelta(minutes=30))
    for event_id in (one, two):
        b = ops.book(sam, event_id=event_id, language="Spanish", provider="vendor", mode="phone",
                     interpreter_name="Lucía Ferreira").value
        ops.confirm(sam, booking_id=b.id)
    expected = {("C-0002", ConflictKind.INTERPRETER_LANGUAGE, f"event:{wrong}"),
                ("C-0001", ConflictKind.INTERPRETER_DOUBLE_BOOKED, f"event:{one}"),
                ("C-0005", ConflictKind.INTERPRETER_DOUBLE_BOOKED, f"event:{two}")}
    assert expected <= {(case.ref, c.kind, c.keys[0]) for case, c in views.conflicts_for(sam)}
    for ref in ("C-0002", "C-0001", "C-0005"):
        shown = views.timeline_for(sam, case_ref=ref, start=DEMO_TODAY,
                                   end=DEMO_TODAY + timedelta(days=30))
        mine = {e for e in expected if e[0] == ref}
        assert {(ref, c.kind, c.keys[0]) for c in shown.conflicts} >= mine, ref
    refs = {case.id: case.ref for case in sam.store.list_cases()}
    on_agenda = {(refs[c.case_id], c.kind, c.keys[0])
                 for c in views.agenda_for(sam, days=30).conflicts}
    assert expected <= on_agenda
    counts, listed = _ahead(sam)
    for ref in ("C-0002", "C-0001", "C-0005"):
        added = listed.get(ref, 0) - listed_before.get(ref, 0)
        assert added >= 1 and counts[ref] - counts_before[ref] == added, ref
