"""Case-conference operations: actions become tasks in one transaction, the role view of the
minutes, open and overdue actions, stale edits refused, the demo's two conferences."""

from __future__ import annotations

from datetime import timedelta

import pytest

from models.errors import Conflict, InvalidInput, PermissionDenied
from models.records import (
    Attendee,
    AttendeeKind,
    Category,
    EventKind,
    EventStatus,
    Owner,
    Participation,
)
from tests.workbench.conftest import DEMO_TODAY
from workbench.operations import conferences as ops
from workbench.operations import dates
from workbench.operations.changes import Kind
from workbench.operations.context import Context

HELD = DEMO_TODAY - timedelta(days=3)
WISHES = "I want to choose who is told about the move."
DECISIONS = ("Apply for the housing voucher.", "Keep the same therapist.")
ATTENDEES = (Attendee("Camila Reyes", AttendeeKind.STAFF, "case manager"),
             Attendee("Det. R. Okafor", AttendeeKind.CONTACT, "certifying official"))


def _case(ctx: Context, ref: str = "C-0004") -> int:
    return ctx.store.get_case_by_ref(ref).id


def _record(ctx: Context, case_id: int, **kw):
    values = dict(case_id=case_id, held_on=HELD, participation=Participation.ATTENDED,
                  attendees=ATTENDEES, wishes=WISHES, decisions=DECISIONS,
                  actions=[("Send the voucher form", "cam", HELD + timedelta(days=7)),
                           ("Call the landlord", "ana", HELD + timedelta(days=1))])
    return ops.record_conference(ctx, **(values | kw))


def test_conference_ops_actions_become_tasks_with_owner_and_due(as_user) -> None:
    cam = as_user("cam")
    case_id = _case(cam)
    done = _record(cam, case_id)
    conference = done.value
    assert done.changes.kinds == {Kind.CONFERENCES, Kind.EVENTS}
    assert done.changes.case_ids == {case_id}
    tasks = [cam.store.get_event(i) for i in conference.action_event_ids]
    assert [(t.kind, t.title, t.assigned_to, t.due, t.owner, t.category) for t in tasks] == [
        (EventKind.TASK, "Send the voucher form", "cam", HELD + timedelta(days=7), Owner.CLIENT,
         Category.HOUSING_BENEFITS),
        (EventKind.TASK, "Call the landlord", "ana", HELD + timedelta(days=1), Owner.CLIENT,
         Category.HOUSING_BENEFITS)]
    event = cam.store.get_event(conference.event_id)
    assert (event.kind, event.title, event.due_day()) == (EventKind.CASE_CONFERENCE,
                                                          "Case conference", HELD)
    on_timeline = {e.id for e in cam.store.list_events(case_id)}
    assert {conference.event_id, *conference.action_event_ids} <= on_timeline
    assert conference.recorded_by == "cam" and conference.wishes == WISHES


def test_conference_ops_without_timeline_event(as_user) -> None:
    cam = as_user("cam")
    conference = _record(cam, _case(cam), on_timeline=False, actions=()).value
    assert conference.event_id is None and conference.action_event_ids == ()


@pytest.mark.parametrize(("change", "field", "needle"), [
    ({"actions": [("Fine", "cam", HELD), ("Bad", "nobody", HELD)]}, "actions", "Action 2"),
    ({"actions": [("Early", "cam", HELD - timedelta(days=1))]}, "actions", "before the conference"),
    ({"actions": [("  ", "cam", HELD)]}, "actions", "what is to be done"),
    ({"participation": None}, "participation", "how the survivor took part"),
    ({"participation": "maybe"}, "participation", "not one of"),
    ({"held_on": DEMO_TODAY + timedelta(days=1)}, "held_on", "in the future"),
    ({"attendees": [{"name": "", "kind": "staff"}]}, "attendees[0].name", "required"),
])
def test_conference_ops_bad_input_writes_nothing(as_user, change, field, needle) -> None:
    cam = as_user("cam")
    case_id = _case(cam)
    before = (cam.store.list_conferences(case_id), cam.store.list_events(case_id))
    with pytest.raises(InvalidInput, match=needle) as caught:
        _record(cam, case_id, **change)
    assert caught.value.field == field
    assert (cam.store.list_conferences(case_id), cam.store.list_events(case_id)) == before


def test_conference_ops_a_failure_after_the_tasks_rolls_them_back(as_user) -> None:
    """The store refuses the conference after the tasks were added: none of them stays."""
    cam = as_user("cam")
    case_id = _case(cam)
    events = cam.store.list_events(case_id)
    with pytest.raises(InvalidInput):
        _record(cam, case_id, decisions=[1, 2])  # the store refuses; the tasks were added first
    assert cam.store.list_events(case_id) == events
    assert cam.store.list_conferences(case_id) == []


def test_conference_ops_writers_only(as_user) -> None:
    for name in ("pia",):  # a peer mentor writes nothing
        with pytest.raises(PermissionDenied):
            _record(as_user(name), _case(as_user("sam")))
    ben = as_user("ben")
    with pytest.raises(PermissionDenied):  # a clinician does not write legal records
        _record(ben, _case(ben), category=Category.IMMIGRATION, actions=())


# who reads the minutes of a services-group conference (housing and benefits) and of a legal one
@pytest.mark.parametrize(("user", "sees_services", "sees_legal"), [
    ("ana", True, True), ("ben", True, False), ("cam", True, False), ("sam", True, True),
    ("pia", False, False)])
def test_conference_ops_role_view_of_the_minutes(as_user, user, sees_services,
                                                 sees_legal) -> None:
    sam = as_user("sam")
    case_id = _case(sam)
    housing = _record(sam, case_id).value
    legal = _record(sam, case_id, category=Category.IMMIGRATION, actions=()).value
    views = {v.conference.id: v for v in ops.conferences_for(as_user(user), case_id=case_id)}
    for conference, sees in ((housing, sees_services), (legal, sees_legal)):
        view = views[conference.id]
        assert view.minutes_shown is sees
        assert view.conference.held_on == HELD  # every role sees that it happened, and when
        assert view.conference.participation is Participation.ATTENDED
        if sees:
            assert view.conference.attendees == ATTENDEES
            assert view.conference.decisions == DECISIONS and view.conference.wishes == WISHES
        else:
            assert view.conference.attendees == () and view.conference.decisions == ()
            assert view.conference.wishes is None
    # the actions are tasks of the timeline and read as the timeline shows them to the role
    tasks = views[housing.id].actions
    assert [a.task.assigned_to for a in tasks] == ["cam", "ana"]
    assert [a.task.title for a in tasks] == ["Send the voucher form", "Call the landlord"]


def test_conference_ops_peer_mentor_sees_generic_tasks_of_legal_minutes(as_user) -> None:
    sam = as_user("sam")
    case_id = _case(sam)
    legal = _record(sam, case_id, category=Category.IMMIGRATION,
                    actions=[("File the I-914 supplement", "ana", DEMO_TODAY)]).value
    pia = {v.conference.id: v for v in ops.conferences_for(as_user("pia"), case_id=case_id)}
    assert [a.task.title for a in pia[legal.id].actions] == ["Task"]
    ana = {v.conference.id: v for v in ops.conferences_for(as_user("ana"), case_id=case_id)}
    assert [a.task.title for a in ana[legal.id].actions] == ["File the I-914 supplement"]


def test_conference_ops_open_done_and_overdue_actions(as_user) -> None:
    cam = as_user("cam")
    case_id = _case(cam)
    conference = _record(cam, case_id, actions=[
        ("Overdue one", "cam", HELD + timedelta(days=1)),
        ("Done one", "cam", HELD + timedelta(days=1)),
        ("Due today", "ana", DEMO_TODAY),
        ("Later", "ana", DEMO_TODAY + timedelta(days=5))]).value
    dates.update_event(cam, event_id=conference.action_event_ids[1], status=EventStatus.DONE)
    view = next(v for v in ops.conferences_for(cam, case_id=case_id)
                if v.conference.id == conference.id)
    assert [(a.task.title, a.done, a.overdue) for a in view.actions] == [
        ("Overdue one", False, True), ("Done one", True, False), ("Due today", False, False),
        ("Later", False, False)]
    open_titles = [a.task.title for a in ops.open_actions(cam, case_id=case_id)]
    assert open_titles == ["Overdue one", "Due today", "Later"]


def test_conference_ops_update_adds_actions_and_refuses_a_stale_version(as_user) -> None:
    cam = as_user("cam")
    case_id = _case(cam)
    first = _record(cam, case_id, actions=()).value
    updated = ops.update_conference(
        cam, case_id=case_id, conference_id=first.id, version=first.version,
        decisions=[*DECISIONS, "Review in January."],
        add_actions=[("Book the January review", "cam", DEMO_TODAY + timedelta(days=30))]).value
    assert updated.decisions[-1] == "Review in January." and len(updated.action_event_ids) == 1
    assert cam.store.get_event(updated.action_event_ids[0]).assigned_to == "cam"
    events = cam.store.list_events(case_id)
    with pytest.raises(Conflict):  # someone saved since ``first`` was read
        ops.update_conference(cam, case_id=case_id, conference_id=first.id,
                              version=first.version, wishes="Stale",
                              add_actions=[("Lost", "cam", DEMO_TODAY)])
    assert cam.store.list_events(case_id) == events  # the stale edit's task was not kept
    assert ops.conferences_for(cam, case_id=case_id)[-1].conference.wishes == WISHES


def test_conference_ops_update_moves_the_timeline_event(as_user) -> None:
    cam = as_user("cam")
    case_id = _case(cam)
    first = _record(cam, case_id, actions=()).value
    ops.update_conference(cam, case_id=case_id, conference_id=first.id, version=first.version,
                          held_on=HELD - timedelta(days=1))
    assert cam.store.get_event(first.event_id).due_day() == HELD - timedelta(days=1)
    with pytest.raises(InvalidInput, match="no such field"):
        ops.update_conference(cam, case_id=case_id, conference_id=first.id, version=None,
                              category=Category.IMMIGRATION)


def test_conference_ops_demo_has_two_conferences_with_open_done_and_overdue(as_user) -> None:
    sam = as_user("sam")
    views = ops.conferences_for(sam, case_id=_case(sam, "C-0001"))
    assert len(views) == 2
    actions = [a for v in views for a in v.actions]
    assert any(a.done for a in actions) and any(a.overdue for a in actions)
    assert any(not a.done and not a.overdue for a in actions)
    assert all(len(v.conference.decisions) >= 2 and v.conference.wishes for v in views)
