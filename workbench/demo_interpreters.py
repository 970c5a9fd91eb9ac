"""The demo's interpreter bookings (issue 15 §4): every state and every interpreter conflict.

States: the first case's master calendar hearing and weekly therapy have confirmed bookings
(a court interpreter; her own interpreter, a contact of the case); the second case's
psychological evaluation had an in-person booking cancelled and a video one requested; the
third case's DVRO hearing was declined by one vendor and confirmed by the court.
Conflicts, one of each kind: the third case's shelter intake tomorrow has only a requested
booking (not confirmed 48 h before); the second case's benefits appointment has a Cantonese
interpreter booked for a Vietnamese speaker; and one Spanish interpreter is booked for the
first and the fourth case at overlapping times. Everything is fictional.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from models.records import Category, Event, EventKind, Owner
from timeline.recurrence import occurrences

PACIFIC = "America/Los_Angeles"
LINES = "Bay Language Line"  # a fictional vendor


def add_interpreter_bookings(ctx: Any, refs: list[str]) -> dict[str, int]:
    """Write the examples through the operations layer as ``ctx``'s user (the demo's
    supervisor) into the demo's first four cases ``refs[:4]``; returns how many bookings of
    each status were written."""
    first, second, third, fourth = (ctx.store.get_case_by_ref(ref) for ref in refs[:4])
    made = []
    made += _first_case(ctx, first)
    made += _second_case(ctx, second)
    made += _third_case(ctx, third)
    made += _double_booked(ctx, first, fourth)
    counts: dict[str, int] = {}
    for booking_id in made:
        status = ctx.store.get_interpreter_booking(booking_id).status.value
        counts[status] = counts.get(status, 0) + 1
    return counts


def _event(ctx: Any, case: Any, title: str) -> Event:
    return next(e for e in ctx.store.list_events(case.id) if e.title == title)


def _at(ctx: Any, days: int, hour: int, minute: int = 0, *, weekday: bool = True) -> datetime:
    day: date = ctx.today() + timedelta(days=days)
    if weekday and day.weekday() >= 5:
        day += timedelta(days=7 - day.weekday())
    return datetime.combine(day, time(hour, minute), ZoneInfo(PACIFIC))


def _clear(ctx: Any, cases: list[Any], start: datetime, minutes: int) -> bool:
    """No event of ``cases`` within an hour of [start, start + minutes): a new appointment
    there brings no overlap or travel-buffer conflict of its own."""
    low, high = start - timedelta(hours=1), start + timedelta(minutes=minutes + 60)
    for case in cases:
        for event in ctx.store.list_events(case.id):
            before = occurrences(event, low - timedelta(days=1), high)
            if any(o.start < high and o.end > low for o in before):
                return False
    return True


def _free(ctx: Any, cases: list[Any], days: int, hours: tuple[int, ...], minutes: int, *,
          weekday: bool = True, same_day: bool = False) -> list[datetime]:
    """The first day from ``days`` on (the same day only, with ``same_day``) on which each
    of ``hours`` is clear for its case (``cases[i]`` at ``hours[i]``): the demo's deliberate
    conflicts stay the only ones whatever day the demo is built on."""
    for offset in range(days, days + (1 if same_day else 30)):
        starts = [_at(ctx, offset, hour, weekday=weekday) for hour in hours]
        if all(_clear(ctx, [case], at, minutes) for case, at in zip(cases, starts, strict=True)):
            return starts
    return [_at(ctx, days, hour, weekday=weekday) for hour in hours]


def _appointment(ctx: Any, case: Any, title: str, category: Category, start: datetime,
                 minutes: int, **fields: Any) -> Event:
    from workbench.operations import dates

    return dates.add_event(ctx, case_id=case.id, kind=EventKind.SERVICE_APPOINTMENT, title=title,
                           category=category, start=start, end=start + timedelta(minutes=minutes),
                           tz=PACIFIC, owner=Owner.CLIENT, interpreter_needed=True,
                           **fields).value


def _book(ctx: Any, event: Event, language: str, provider: str, mode: str,
          **fields: Any) -> int:
    from workbench.operations import interpreters

    return interpreters.book(ctx, event_id=event.id, language=language, provider=provider,
                             mode=mode, **fields).value.id


def _first_case(ctx: Any, case: Any) -> list[int]:
    """Confirmed: the court's interpreter for the hearing; her own for weekly therapy."""
    from workbench.operations import interpreters

    hearing = _event(ctx, case, "Master calendar hearing")
    court = _book(ctx, hearing, "Spanish", "court_appointed", "in_person",
                  notes="EOIR provides the interpreter; confirmed by the clerk")
    interpreters.confirm(ctx, booking_id=court, reference="EOIR-INT-4471")
    therapy = _event(ctx, case, "Therapy session")
    own = next(c for c in ctx.store.list_contacts(case.id)
               if c.case_id == case.id and c.kind.value == "interpreter")
    weekly = _book(ctx, therapy, "Spanish", "staff", "in_person", contact_id=own.id,
                   notes="The same interpreter every week, at her request")
    interpreters.confirm(ctx, booking_id=weekly, reference="standing booking")
    return [court, weekly]


def _second_case(ctx: Any, case: Any) -> list[int]:
    """Cancelled then requested for the evaluation; a booking in the wrong language."""
    from workbench.operations import interpreters

    evaluation = _event(ctx, case, "Psychological evaluation (evidence for I-918)")
    moved = _book(ctx, evaluation, "Vietnamese", "vendor", "in_person", vendor=LINES)
    interpreters.cancel(ctx, booking_id=moved, notes="The evaluation moved to video")
    video = _book(ctx, evaluation, "Vietnamese", "vendor", "video", vendor=LINES)
    # deliberate conflict: a Cantonese interpreter booked for a Vietnamese speaker
    benefits = _appointment(ctx, case, "Benefits office appointment", Category.HOUSING_BENEFITS,
                            _free(ctx, [case], 9, (11,), 60)[0], 60)
    wrong = _book(ctx, benefits, "Cantonese", "vendor", "phone", vendor=LINES)
    return [moved, video, wrong]


def _third_case(ctx: Any, case: Any) -> list[int]:
    """Declined by a vendor, confirmed by the court; tomorrow's intake only requested."""
    from workbench.operations import interpreters

    hearing = _event(ctx, case, "DVRO hearing")
    said_no = _book(ctx, hearing, "Ukrainian", "vendor", "in_person",
                    vendor="Golden Gate Interpreting")
    interpreters.decline(ctx, booking_id=said_no, notes="No Ukrainian interpreter free")
    court = _book(ctx, hearing, "Ukrainian", "court_appointed", "in_person")
    interpreters.confirm(ctx, booking_id=court, reference="ALA-CI-2291")
    # deliberate conflict: tomorrow, and the vendor has not confirmed (a weekend day is fine:
    # it is the shelter's intake, not a court date)
    hour = next((h for h in (14, 16, 10, 18) if _clear(ctx, [case], _at(ctx, 1, h, weekday=False),
                                                          60)), 14)
    intake = _appointment(ctx, case, "Shelter intake interview", Category.HOUSING_BENEFITS,
                          _at(ctx, 1, hour, weekday=False), 60, interpreter_language="Ukrainian")
    asked = _book(ctx, intake, "Ukrainian", "vendor", "phone", vendor="Golden Gate Interpreting")
    return [said_no, court, asked]


def _double_booked(ctx: Any, first: Any, fourth: Any) -> list[int]:
    """Deliberate conflict: one named interpreter confirmed for two cases at once."""
    from workbench.operations import interpreters

    made = []
    starts = _free(ctx, [first, fourth], 5, (10, 11), 90)  # one day, both clear
    for case, title, start in ((first, "Declaration preparation session", starts[0]),
                               (fourth, "Protective order declaration review", starts[1])):
        event = _appointment(ctx, case, title, Category.IMMIGRATION if case is first
                             else Category.PROTECTIVE_ORDER, start, 90,
                             interpreter_language="Spanish")
        booking = _book(ctx, event, "Spanish", "vendor", "in_person",
                        interpreter_name="Rosa Medina", vendor=LINES)
        interpreters.confirm(ctx, booking_id=booking, reference=f"BLL-{5170 + start.hour}")
        made.append(booking)
    return made
