"""The demo's case conferences and their actions (issue 11 §4).

Two conferences for the first case (María José, T visa), ten weeks apart: she attended the
first with her interpreter; for the second she gave her views to her case manager beforehand.
The first one's actions are all done; of the second's, one is done, one is overdue and two are
open. Everything is fictional.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from models.records import Attendee, AttendeeKind, Category, ContactKind, EventStatus, Participation


def _staff(user: str) -> Attendee:
    """A staff attendee under the name and title of their demo profile (the user name when
    the demo was built for another first user)."""
    from workbench.demo_profiles import demo_profiles

    profile = next((p for p in demo_profiles() if p.user == user), None)
    if profile is None:
        return Attendee(user, AttendeeKind.STAFF)
    return Attendee(profile.full_name, AttendeeKind.STAFF, profile.role_title)


def _interpreter(builder: Any, case_id: int) -> list[Attendee]:
    contacts = builder.ops.ctx.store.list_contacts(case_id)
    found = next((c for c in contacts if c.case_id == case_id
                  and c.kind is ContactKind.INTERPRETER), None)
    if found is None:
        return []
    return [Attendee(found.name, AttendeeKind.CONTACT, "interpreter", contact_id=found.id)]


def _done(builder: Any, task_id: int) -> None:
    from workbench.operations import dates

    dates.update_event(builder.ops.ctx, event_id=task_id, status=EventStatus.DONE)


def _after(day: date, days: int) -> date:
    return day + timedelta(days=days)


def add_conferences(builder: Any, refs: list[str]) -> None:
    """Write them through the operations layer as ``builder.ops.ctx`` (workbench.demo)."""
    from workbench.operations import conferences

    ctx, ana = builder.ops.ctx, builder.advocate
    case_id = ctx.store.get_case_by_ref(refs[0]).id
    held = builder.weekday(-75)  # a weekday; the actions count from it
    first = conferences.record_conference(
        ctx, case_id=case_id, held_on=held, participation=Participation.ATTENDED,
        attendees=[Attendee("María José", AttendeeKind.SURVIVOR, "survivor"),
                   _staff(ana), _staff("cam"), _staff("ben"),
                   *_interpreter(builder, case_id)],
        wishes="I want to stay at the shelter until the hearing. Nobody should call my family "
               "at home. I will tell my story for the visa, but slowly, not all in one day.",
        decisions=["Apply for a transitional housing place before the shelter stay ends.",
                   "Prepare the T visa declaration in short sessions at her pace, always with "
                   "the same Spanish interpreter.",
                   "Weekly check-ins by text only, after 6 pm; never voicemail."],
        actions=[("Submit the transitional housing application", "cam", _after(held, 14)),
                 ("Book the same Spanish interpreter for the declaration sessions", ana,
                  _after(held, 5)),
                 ("Ask the clinic for the medical letter for the T visa", "ben", _after(held, 20))],
        category=Category.HOUSING_BENEFITS).value
    for task_id in first.action_event_ids:
        _done(builder, task_id)
    held = builder.weekday(-5)  # a weekday; the actions count from it
    second = conferences.record_conference(
        ctx, case_id=case_id, held_on=held, participation=Participation.VIEWS_GIVEN,
        attendees=[_staff("cam"), _staff(ana), _staff("sam")],
        wishes="(Told to Camila the day before.) I am ready to move to the apartment, but I "
               "want to keep the same therapist and I want to know who has the new address.",
        decisions=["Move to the transitional apartment once the provider confirms a date.",
                   "Therapy continues with the same clinician; transport arranged for the "
                   "longer trip.",
                   "Only the legal team and the housing provider get the new address; the court "
                   "keeps the safe mailing address."],
        actions=[("Confirm the move-in date with the housing provider", "cam", _after(held, 2)),
                 ("Send the hearing reminder by text", ana, _after(held, 1)),
                 ("Review the safety plan with her before the move", "cam", _after(held, 14)),
                 ("Check that the court still has only the safe mailing address", ana,
                  _after(held, 16))],
        category=Category.HOUSING_BENEFITS).value
    _done(builder, second.action_event_ids[1])  # the reminder went out; the move-in is overdue

