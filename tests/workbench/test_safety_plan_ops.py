"""The safety plan through the operations: the role view per role, the review task kept in the
same transaction (created, moved, cancelled, re-opened; generic title), the risk history,
stale versions and refusals. A real demo vault, no stand-ins."""

from __future__ import annotations

from datetime import timedelta

import pytest

from models.errors import Conflict, InvalidInput, PermissionDenied
from models.records import Category, EventKind, EventStatus, Owner, RiskLevel
from tests.workbench.conftest import DEMO_TODAY
from workbench.operations import safety_plans as sp
from workbench.operations.changes import Kind

CANARY = "Kłopotliwy-canary 安全"  # plan content that must never reach a task or a redacted view
PLAN = {
    "warning_signs": [f"{CANARY}: a car parked outside twice"],
    "safe_contacts": [{"name": f"{CANARY} Rosa", "role": "friend", "how": "text after 6 pm"}],
    "safe_places": [f"{CANARY} library"],
    "steps": [f"{CANARY}: call the shelter line"],
    "own_words": f"{CANARY}: I know who to call.",
}


def _case(ctx, ref: str = "C-0004") -> int:
    return ctx.store.get_case_by_ref(ref).id


def _tasks(ctx, case_id: int) -> list:
    return [e for e in ctx.store.list_events(case_id)
            if e.kind is EventKind.TASK and e.title == sp.REVIEW_TITLE]


def test_safety_plan_save_creates_the_review_task_with_a_generic_title(as_user) -> None:
    ctx = as_user("ana")
    case_id = _case(ctx)
    review = DEMO_TODAY + timedelta(days=14)
    done = sp.save_plan(ctx, case_id=case_id, risk_level="high", review_on=review, **PLAN)
    plan = done.value
    assert plan.warning_signs == tuple(PLAN["warning_signs"])
    assert plan.safe_contacts[0].name == f"{CANARY} Rosa" and plan.risk_level is RiskLevel.HIGH
    assert done.changes.kinds == {Kind.SAFETY_PLAN, Kind.EVENTS}
    assert done.changes.case_ids == {case_id}
    task = ctx.store.get_event(plan.review_event_id)
    assert (task.kind, task.title, task.category) == (EventKind.TASK, sp.REVIEW_TITLE,
                                                      Category.SAFETY_PLAN)
    assert (task.due, task.owner, task.assigned_to) == (review, Owner.CLIENT, "ana")
    assert task.status is EventStatus.SCHEDULED
    every_text = " ".join(str(v) for v in (task.title, task.notes, task.location))
    assert CANARY not in every_text and "car" not in every_text


def test_safety_plan_review_task_moves_cancels_and_reopens(as_user) -> None:
    ctx = as_user("ana")
    case_id = _case(ctx)
    first = sp.save_plan(ctx, case_id=case_id, review_on=DEMO_TODAY + timedelta(days=7),
                         **PLAN).value
    moved = sp.save_plan(ctx, case_id=case_id, version=first.version,
                         review_on=DEMO_TODAY + timedelta(days=21)).value
    assert moved.review_event_id == first.review_event_id
    assert [t.due for t in _tasks(ctx, case_id)] == [DEMO_TODAY + timedelta(days=21)]
    cleared = sp.save_plan(ctx, case_id=case_id, version=moved.version, review_on=None).value
    assert cleared.review_on is None
    assert [t.status for t in _tasks(ctx, case_id)] == [EventStatus.CANCELLED]
    again = sp.save_plan(ctx, case_id=case_id, version=cleared.version,
                         review_on="2026-12-30").value
    tasks = _tasks(ctx, case_id)
    assert again.review_event_id == first.review_event_id and len(tasks) == 1
    assert (tasks[0].status, tasks[0].due.isoformat()) == (EventStatus.SCHEDULED, "2026-12-30")
    # the content stayed as first saved: only the fields given change
    assert again.steps == first.steps and again.own_words == first.own_words


def test_safety_plan_done_review_is_kept_and_a_new_task_made(as_user) -> None:
    ctx = as_user("ana")
    case_id = _case(ctx)
    plan = sp.save_plan(ctx, case_id=case_id, review_on=DEMO_TODAY, **PLAN).value
    from workbench.operations import dates

    dates.update_event(ctx, event_id=plan.review_event_id, status=EventStatus.DONE)
    later = sp.save_plan(ctx, case_id=case_id, review_on=DEMO_TODAY + timedelta(days=30)).value
    assert later.review_event_id != plan.review_event_id
    assert sorted(t.status for t in _tasks(ctx, case_id)) == [EventStatus.DONE,
                                                              EventStatus.SCHEDULED]


def test_safety_plan_task_and_plan_are_one_transaction(as_user) -> None:
    ctx = as_user("ana")
    case_id = _case(ctx)
    plan = sp.save_plan(ctx, case_id=case_id, review_on=DEMO_TODAY + timedelta(days=7),
                        **PLAN).value
    sp.save_plan(ctx, case_id=case_id, steps=["someone else's change"])
    with pytest.raises(Conflict) as caught:  # the plan is refused after the task was moved
        sp.save_plan(ctx, case_id=case_id, version=plan.version,
                     review_on=DEMO_TODAY + timedelta(days=40))
    assert caught.value.current.steps == ("someone else's change",)
    assert [t.due for t in _tasks(ctx, case_id)] == [DEMO_TODAY + timedelta(days=7)]
    with pytest.raises(InvalidInput):  # a bad contact after the task would be made
        sp.save_plan(ctx, case_id=_case(ctx, "C-0005"), review_on=DEMO_TODAY,
                     safe_contacts=[{"name": "x"}])
    assert _tasks(ctx, _case(ctx, "C-0005")) == []


def test_safety_plan_version_zero_refuses_a_plan_made_meanwhile(as_user) -> None:
    ctx = as_user("ana")
    case_id = _case(ctx)
    sp.save_plan(ctx, case_id=case_id, version=0, steps=["first"])
    with pytest.raises(Conflict) as caught:
        sp.save_plan(ctx, case_id=case_id, version=0, steps=["second"])
    assert caught.value.current.steps == ("first",)
    assert sp.plan_for(ctx, case_id=case_id).steps == ("first",)


@pytest.mark.parametrize(("user", "content", "risk"), [
    ("sam", True, True),  # supervisor
    ("ana", True, True),  # advocate
    ("ben", True, True),  # clinician
    ("cam", True, True),  # case manager
    ("pia", False, True),  # peer mentor: the title tier, not the notes
])
def test_safety_plan_role_view_per_role(as_user, user, content, risk) -> None:
    writer = as_user("sam")
    case_id = _case(writer)
    sp.save_plan(writer, case_id=case_id, risk_level="medium", risk_note=f"{CANARY} threats",
                 review_on=DEMO_TODAY + timedelta(days=10), **PLAN)
    ctx = as_user(user)
    plan = sp.plan_for(ctx, case_id=case_id)
    assert plan is not None and plan.review_on == DEMO_TODAY + timedelta(days=10)
    assert (plan.risk_level is RiskLevel.MEDIUM) is risk
    assert (CANARY in repr(plan)) is content
    if not content:
        assert plan.warning_signs == plan.safe_contacts == plan.safe_places == plan.steps == ()
        assert plan.own_words is None
    history = sp.risk_history(ctx, case_id=case_id)
    assert [h.value for h in history] == ["medium"]
    assert (CANARY in repr(history)) is content
    assert sp.sees_content(ctx.role) is content and sp.sees_risk(ctx.role) is risk


def test_safety_plan_generic_record_for_a_role_without_any_tier(as_user, monkeypatch) -> None:
    """No role has no tier of the category today; if the table gains one, it gets a record
    that says only that a plan exists and when it is reviewed (no content, no level)."""
    from timeline import views

    writer = as_user("sam")
    case_id = _case(writer)
    sp.save_plan(writer, case_id=case_id, risk_level="high", review_on=DEMO_TODAY, **PLAN)
    ctx = as_user("pia")
    monkeypatch.setitem(views.POLICY, (ctx.role, views.Group.SERVICES), views.GENERIC_ONLY)
    plan = sp.plan_for(ctx, case_id=case_id)
    assert plan is not None and plan.risk_level is None and plan.review_on == DEMO_TODAY
    assert CANARY not in repr(plan)
    assert [h.value for h in sp.risk_history(ctx, case_id=case_id)] == [sp.HIDDEN_RISK]


def test_safety_plan_as_role_narrows_the_view(as_user) -> None:
    ctx = as_user("sam")
    case_id = _case(ctx)
    sp.save_plan(ctx, case_id=case_id, risk_level="low", **PLAN)
    assert sp.plan_for(ctx, case_id=case_id, as_role="peer_mentor").steps == ()
    assert sp.plan_for(ctx, case_id=case_id).steps == tuple(PLAN["steps"])
    with pytest.raises(PermissionDenied):
        sp.plan_for(as_user("pia"), case_id=case_id, as_role="supervisor")


def test_safety_plan_none_when_the_case_has_none(as_user) -> None:
    ctx = as_user("ana")
    assert sp.plan_for(ctx, case_id=_case(ctx)) is None
    assert sp.risk_history(ctx, case_id=_case(ctx)) == []


def test_safety_plan_risk_history_in_order_with_notes(as_user) -> None:
    ctx = as_user("ana")
    case_id = _case(ctx)
    v = sp.save_plan(ctx, case_id=case_id, risk_level="high", risk_note="at intake").value
    v = sp.save_plan(ctx, case_id=case_id, version=v.version, steps=["x"]).value  # no change
    v = sp.save_plan(ctx, case_id=case_id, version=v.version, risk_level="medium",
                     risk_note="moved").value
    sp.save_plan(ctx, case_id=case_id, version=v.version, risk_level=RiskLevel.LOW)
    history = sp.risk_history(ctx, case_id=case_id)
    assert [(h.value, h.note, h.changed_by) for h in history] == [
        ("high", "at intake", "ana"), ("medium", "moved", "ana"), ("low", None, "ana")]


def test_safety_plan_demo_has_plans_with_history(as_user) -> None:
    ctx = as_user("sam")
    first = sp.plan_for(ctx, case_id=_case(ctx, "C-0001"))
    third = sp.plan_for(ctx, case_id=_case(ctx, "C-0003"))
    assert first and third and first.own_words and third.safe_contacts
    assert [h.value for h in sp.risk_history(ctx, case_id=first.case_id)] == [
        "high", "medium", "low"]
    assert len(sp.risk_history(ctx, case_id=third.case_id)) >= 2
    for plan in (first, third):
        assert plan.review_on is not None and plan.review_on > DEMO_TODAY
        task = sp.review_task(ctx, case_id=plan.case_id)
        assert task is not None and task.due == plan.review_on


def test_safety_plan_peer_mentor_may_not_write(as_user) -> None:
    ctx = as_user("pia")
    case_id = _case(ctx)
    with pytest.raises(PermissionDenied, match="peer mentor"):
        sp.save_plan(ctx, case_id=case_id, steps=["x"], review_on=DEMO_TODAY)
    assert sp.plan_for(as_user("sam"), case_id=case_id) is None
    assert _tasks(ctx, case_id) == []


@pytest.mark.parametrize(("fields", "field", "needle"), [
    ({"review_on": "2026-02-30"}, "review_on", "is not a date"),
    ({"review_on": "next week"}, "review_on", "YYYY-MM-DD"),
    ({"review_on": "2026-11-20"}, "review_on", "before today"),
    ({"risk_level": "severe"}, "risk_level", "low, medium, high"),
    ({"colour": "red"}, "colour", "is not a part of a safety plan"),
    ({"review_event_id": 1}, "review_event_id", "is not a part of a safety plan"),
    ({"safe_contacts": [{"name": "Rosa"}]}, "safe_contacts[0].role", "required"),
    ({"safe_contacts": "Rosa"}, "safe_contacts", "list"),
    ({"warning_signs": "one"}, "warning_signs", "list"),
    ({"own_words": 5}, "own_words", "text"),
    ({"risk_note": "why", "steps": ["x"]}, "risk_note", "level is unchanged"),
])
def test_safety_plan_bad_input_names_the_field_and_writes_nothing(as_user, fields, field,
                                                                  needle) -> None:
    ctx = as_user("ana")
    case_id = _case(ctx)
    events_before = len(ctx.store.list_events(case_id))
    with pytest.raises(InvalidInput, match=needle) as caught:
        sp.save_plan(ctx, case_id=case_id, **fields)
    assert caught.value.field == field
    assert sp.plan_for(ctx, case_id=case_id) is None
    assert len(ctx.store.list_events(case_id)) == events_before


def test_safety_plan_past_review_allowed_when_confirmed_and_kept_when_unchanged(as_user) -> None:
    ctx = as_user("ana")
    case_id = _case(ctx)
    past = DEMO_TODAY - timedelta(days=5)
    plan = sp.save_plan(ctx, case_id=case_id, review_on=past, allow_past_review=True,
                        **PLAN).value
    assert ctx.store.get_event(plan.review_event_id).due == past  # shows as overdue
    # changing the steps of a plan whose review is overdue needs no new day
    sp.save_plan(ctx, case_id=case_id, version=plan.version, review_on=past, steps=["new"])


def test_safety_plan_risk_level_cannot_be_removed(as_user) -> None:
    ctx = as_user("ana")
    case_id = _case(ctx)
    sp.save_plan(ctx, case_id=case_id, risk_level="high")
    with pytest.raises(InvalidInput, match="not removed") as caught:
        sp.save_plan(ctx, case_id=case_id, risk_level=None)
    assert caught.value.field == "risk_level"
