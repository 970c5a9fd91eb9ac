"""The demo's measurable goals, housing history and referral choices (issue 11 §5).

Everything is invented. Goals are measured the three ways a plan can be: C-0001's PHQ-9 goal
reads its improving demo screenings (18 → 6), C-0002's its worsening ones, and C-0002's housing
goal the housing history emergency shelter → transitional → stable; yes/no goals (a bank
account) are recorded by the goal's status. Milestones are linked to the demo's own timeline
events where one achieves them. Referrals carry the survivor's choice: one declined (recorded,
never made), one sharing data under the survivor's consent for that clinic.

Goal and referral histories are stamped by the store when written (the day the demo is built);
housing changes carry the day they happened (never later than now).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from models.records import Category, GoalDomain, ReferralChoice, ReferralStatus


def _event_id(ctx: Any, case_id: int, title: str) -> int | None:
    return next((e.id for e in ctx.store.list_events(case_id) if e.title == title), None)


def _goal(builder: Any, case_id: int, title: str, domain: GoalDomain, priority: int,
          measure: str | None, baseline: str | None, target: str | None,
          milestones: tuple[tuple[str, int | None, str | None], ...] = ()) -> Any:
    """One goal; each milestone (title, due in days or None, the title of its event)."""
    from workbench.operations import care

    ctx = builder.ops.ctx
    goal = care.add_goal(ctx, case_id=case_id, title=title, domain=domain, priority=priority,
                         measure=measure, baseline=baseline, target=target,
                         milestones=[(name, None if due is None else builder.day(due))
                                     for name, due, _event in milestones]).value
    for milestone, (_name, _due, event_title) in zip(goal.milestones, milestones, strict=True):
        event_id = _event_id(ctx, case_id, event_title) if event_title else None
        if event_id is not None:
            care.link_milestone(ctx, case_id=case_id, milestone_id=milestone.id,
                                event_id=event_id)
    return goal


def _housing(builder: Any, case_id: int, history: tuple[tuple[str, int, str], ...]) -> None:
    from workbench.operations import care

    latest = datetime.now(UTC) - timedelta(minutes=5)  # the store refuses a future moment
    for status, offset, note in history:
        on = min(builder.at(offset, 11), latest)
        care.record_housing(builder.ops.ctx, case_id=case_id, status=status, note=note, on=on)


def _maria(builder: Any, case_id: int) -> None:
    from workbench.operations import care

    ctx = builder.ops.ctx
    _goal(builder, case_id, "Sleep through the night and feel like myself again",
          GoalDomain.MENTAL_HEALTH, 1, "score:phq9", "18", "5",
          (("Start weekly trauma-focused therapy", -21, "Therapy session"),))
    _goal(builder, case_id, "Stay in the country safely with my T visa", GoalDomain.LEGAL, 2,
          None, None, None,
          (("Attend the master calendar hearing with an interpreter", 12,
            "Master calendar hearing"),))
    _goal(builder, case_id, "Open a bank account in my own name", GoalDomain.INCOME_BENEFITS, 3,
          "yes_no", "no", "yes", (("Get a state ID", 30, None),))
    _goal(builder, case_id, "Feel safe getting to the clinic and back", GoalDomain.SAFETY, 4,
          "status:risk", "high", "low")
    care.add_referral(ctx, case_id=case_id, service="Peer support group",
                      organisation="Survivors' Circle", category=Category.HOUSING_BENEFITS,
                      opened=builder.day(-20), choice=ReferralChoice.DECLINED,
                      notes="Not ready for a group yet; asked us to offer it again in spring")
    care.add_consent(ctx, case_id=case_id, recipient="Eastbay Community Clinic",
                     categories=[Category.IDENTITY, Category.MENTAL_HEALTH],
                     purpose="Referral for trauma-focused therapy", granted=builder.day(-25),
                     how_given="written")
    made = care.add_referral(ctx, case_id=case_id, service="Trauma-focused therapy",
                             organisation="Eastbay Community Clinic",
                             category=Category.MENTAL_HEALTH, status=ReferralStatus.MADE,
                             opened=builder.day(-24), choice=ReferralChoice.OPTED_IN,
                             shares_data=True).value
    care.set_referral_status(ctx, referral_id=made.id, case_id=case_id,
                             status=ReferralStatus.ACCEPTED, on=builder.day(-22))


def _lan(builder: Any, case_id: int) -> None:
    from workbench.operations import care

    ctx = builder.ops.ctx
    _housing(builder, case_id, (
        ("emergency_shelter", -150, "Arrived at the shelter after leaving the restaurant"),
        ("transitional", -70, "Moved into transitional housing with her son"),
        ("stable", -6, "Signed a one-year lease")))
    home = _goal(builder, case_id, "A stable home for me and my son", GoalDomain.HOUSING, 1,
                 "status:housing", "emergency_shelter", "stable",
                 (("Transitional housing place", -70, None), ("Sign a lease", -6, None)))
    for milestone, offset in zip(home.milestones, (-70, -6), strict=True):
        care.complete_milestone(ctx, case_id=case_id, milestone_id=milestone.id,
                                on=builder.day(offset))
    care.set_goal_status(ctx, case_id=case_id, goal_id=home.id, status="achieved",
                         note="Lease signed; housing stable")
    _goal(builder, case_id, "Feel less overwhelmed day to day", GoalDomain.MENTAL_HEALTH, 2,
          "score:phq9", "6", "4",
          (("Psychological evaluation", 40, "Psychological evaluation (evidence for I-918)"),))
    care.add_referral(ctx, case_id=case_id, service="Job readiness programme",
                      organisation="Oakland Works", category=Category.HOUSING_BENEFITS,
                      opened=builder.day(-3), choice=ReferralChoice.OPTED_IN)


def _oksana(builder: Any, case_id: int) -> None:
    from workbench.operations import care

    ctx = builder.ops.ctx
    _housing(builder, case_id, (("emergency_shelter", -20, "Shelter intake"),))
    # the case's first goal (demo.py) gains its measure and the survivor's priority
    safe = next((g for g in ctx.store.list_goals(case_id) if g.title == "Safe housing"), None)
    if safe is not None:
        care.update_goal(ctx, case_id=case_id, goal_id=safe.id, domain=GoalDomain.HOUSING,
                         priority=1, measure="status:housing", baseline="emergency_shelter",
                         target="transitional")
    _goal(builder, case_id, "Keep my job while the court case goes on",
          GoalDomain.EDUCATION_EMPLOYMENT, 2, "yes_no", "yes", "yes")


def add_measurable_goals(builder: Any, refs: list[str]) -> None:
    """Write them through the operations layer as ``builder.ops.ctx`` (workbench.demo)."""
    ctx = builder.ops.ctx
    for ref, fill in zip(refs[:3], (_maria, _lan, _oksana), strict=True):
        fill(builder, ctx.store.get_case_by_ref(ref).id)
