"""Measurable care plans and referrals (issue 11 §5): measure validation, progress from the
case's real screenings and status histories, the survivor's choice, the consent to share,
histories with who and when, and the role view. On a copy of the demo vault."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

import pytest

from models.errors import InvalidInput, PermissionDenied
from models.records import (
    Category,
    EventKind,
    GoalDomain,
    HousingStatus,
    Measure,
    MeasureKind,
    ReferralChoice,
    ReferralStatus,
)
from tests.workbench.conftest import DEMO_NOW, DEMO_TODAY
from workbench.operations import care, dates
from workbench.operations.changes import Kind
from workbench.operations.context import Context

PHQ9 = Measure(MeasureKind.SCORE, instrument_id="phq9")


def _case(ctx: Context, ref: str) -> int:
    return ctx.store.get_case_by_ref(ref).id


def _progress(ctx: Context, case_id: int, goal_id: int) -> care.GoalProgress:
    return next(p for p in care.goal_progress(ctx, case_id=case_id) if p.goal.id == goal_id)


@pytest.mark.parametrize(("measure", "baseline", "target", "field", "words"), [
    ("score:nosuch", None, None, None, "Unknown screening instrument 'nosuch'"),
    ("score:ahtst", None, None, "measure", "is a screen"),
    ("score:phq9", 30, 9, "baseline", "30 is outside PHQ-9's range (0–27)"),
    ("score:phq9", 18, -1, "target", "outside PHQ-9's range"),
    ("score:phq9", "eighteen", 9, "baseline", "is not a PHQ-9 score"),
    ("status:housing", "mansion", "stable", "baseline", "one of: unsheltered"),
    ("status:risk", "high", "none", "target", "not a risk level"),
    ("yes_no", "maybe", "yes", "baseline", "is not yes or no"),
    (None, "18", None, "measure", "needs a measure"),
    ("grade:a", None, None, "measure", "is not a measure"),
])
def test_careplan_ops_measure_is_checked_and_nothing_written(
        as_user, measure, baseline, target, field, words) -> None:
    sam = as_user("sam")
    case_id = _case(sam, "C-0004")
    before = sam.store.list_goals(case_id)
    with pytest.raises(InvalidInput, match=re.escape(words)) as refused:
        care.add_goal(sam, case_id=case_id, title="Feel better", domain=GoalDomain.MENTAL_HEALTH,
                      measure=measure, baseline=baseline, target=target)
    assert refused.value.field == field
    assert sam.store.list_goals(case_id) == before


def test_careplan_ops_score_goal_takes_its_instruments_category(as_user) -> None:
    sam = as_user("sam")
    case_id = _case(sam, "C-0004")
    with pytest.raises(InvalidInput, match="mental health record") as refused:
        care.add_goal(sam, case_id=case_id, title="Sleep", category=Category.HOUSING_BENEFITS,
                      measure="score:phq9", baseline=12, target=5)
    assert refused.value.field == "category"
    goal = care.add_goal(sam, case_id=case_id, title="Sleep", measure="score:phq9",
                         baseline="12", target=5, priority=2).value
    assert goal.category is Category.MENTAL_HEALTH and goal.measure == PHQ9
    assert (goal.baseline, goal.target, goal.priority) == ("12", "5", 2)
    with pytest.raises(PermissionDenied):  # an advocate does not write mental health records
        care.add_goal(as_user("ana"), case_id=case_id, title="Sleep", measure="score:phq9")


def test_careplan_ops_score_progress_from_the_cases_screenings(as_user) -> None:
    sam = as_user("sam")
    improving, worsening = _case(sam, "C-0001"), _case(sam, "C-0002")  # demo PHQ-9: 18..6, 6..16
    a = care.add_goal(sam, case_id=improving, title="Less low mood", measure=PHQ9,
                      domain=GoalDomain.MENTAL_HEALTH, baseline=18, target=9).value
    b = care.add_goal(sam, case_id=worsening, title="Less low mood", measure=PHQ9,
                      domain=GoalDomain.MENTAL_HEALTH, baseline=6, target=4).value
    got = _progress(as_user("ben"), improving, a.id)
    assert (got.latest, got.change, got.met) == ("6", -12, True)
    assert got.words == "PHQ-9 18 → 6, target 9: 12 points better, target met"
    assert got.latest_on is not None and got.latest_on < DEMO_TODAY
    worse = _progress(sam, worsening, b.id)
    assert (worse.latest, worse.change, worse.met) == ("16", 10, False)
    assert worse.words == "PHQ-9 6 → 16, target 4: 10 points worse, not yet met"
    # an advocate sees the goal's title tier but not the scores (screening role view)
    seen = _progress(as_user("ana"), improving, a.id)
    assert seen.latest is None and seen.met is None
    assert "not visible to your role" in seen.words and "6" not in seen.words


def test_careplan_ops_housing_goal_and_series_from_the_housing_history(as_user) -> None:
    cam = as_user("cam")
    case_id = _case(cam, "C-0005")
    for days, status in ((90, "emergency_shelter"), (40, "transitional"), (3, "stable")):
        done = care.record_housing(cam, case_id=case_id, status=status, note="moved",
                                   on=DEMO_NOW - timedelta(days=days))
        assert done.changes.touches(case_id, Kind.CARE_PLAN)
    with pytest.raises(InvalidInput, match="future"):
        care.record_housing(cam, case_id=case_id, status=HousingStatus.STABLE,
                            on=datetime.now().astimezone() + timedelta(days=2))
    with pytest.raises(InvalidInput):
        care.record_housing(cam, case_id=case_id, status="castle")
    goal = care.add_goal(cam, case_id=case_id, title="A home of my own",
                         domain=GoalDomain.HOUSING, measure="status:housing",
                         baseline="emergency shelter", target="stable", priority=1).value
    assert goal.category is Category.HOUSING_BENEFITS and goal.baseline == "emergency_shelter"
    got = _progress(cam, case_id, goal.id)
    assert (got.latest, got.change, got.met) == ("stable", 3, True)
    assert got.words == ("Housing emergency shelter → stable, target stable: 3 levels better, "
                         "target met")
    housing, risk = care.categorical_outcomes(as_user("pia"), case_id=case_id)
    assert [p.value for p in housing.points] == ["emergency_shelter", "transitional", "stable"]
    assert housing.direction == "improved" and housing.first.changed_by == "cam"
    assert risk.scale == "risk"
    with pytest.raises(PermissionDenied):  # a peer mentor records nothing
        care.record_housing(as_user("pia"), case_id=case_id, status="stable")


def test_careplan_ops_yes_no_is_recorded_by_the_goals_status(as_user) -> None:
    cam = as_user("cam")
    case_id = _case(cam, "C-0005")
    goal = care.add_goal(cam, case_id=case_id, title="Open a bank account",
                         domain=GoalDomain.INCOME_BENEFITS, measure="yes_no", baseline="no",
                         target="yes").value
    before = _progress(cam, case_id, goal.id)
    assert (before.latest, before.met, before.words) == ("no", False, "no, target yes: not yet met")
    care.set_goal_status(cam, case_id=case_id, goal_id=goal.id, status="achieved",
                         note="Account opened at the credit union")
    after = _progress(cam, case_id, goal.id)
    assert (after.latest, after.met) == ("yes", True) and after.words == "no → yes: target met"
    assert after.latest_on is not None


def test_careplan_ops_goal_status_history_says_who_and_when(as_user) -> None:
    sam = as_user("sam")
    case_id = _case(sam, "C-0005")
    goal = care.add_goal(sam, case_id=case_id, title="Join a peer group",
                         domain=GoalDomain.SOCIAL_CONNECTION, measure="yes_no",
                         baseline="no", target="yes").value
    cam = as_user("cam")
    care.set_goal_status(cam, case_id=case_id, goal_id=goal.id, status="dropped",
                         note="Not now, maybe in spring")
    with pytest.raises(InvalidInput):
        care.set_goal_status(cam, case_id=case_id, goal_id=goal.id, status="finished")
    history = care.goal_history(cam, case_id=case_id, goal_id=goal.id)
    assert [(h.value, h.changed_by) for h in history] == [("open", "sam"), ("dropped", "cam")]
    assert history[1].note == "Not now, maybe in spring"
    assert history[0].changed_at <= history[1].changed_at
    # a peer mentor sees the history without its notes
    seen = care.goal_history(as_user("pia"), case_id=case_id, goal_id=goal.id)
    assert [h.value for h in seen] == ["open", "dropped"] and seen[1].note is None
    with pytest.raises(PermissionDenied):
        care.set_goal_status(as_user("pia"), case_id=case_id, goal_id=goal.id, status="open")


def test_careplan_ops_update_goal_checks_the_new_measure(as_user) -> None:
    cam = as_user("cam")
    case_id = _case(cam, "C-0005")
    goal = care.add_goal(cam, case_id=case_id, title="Stay housed", domain=GoalDomain.HOUSING,
                         measure="status:housing", baseline="transitional",
                         target="stable").value
    with pytest.raises(InvalidInput, match="not a yes or no|is not yes or no"):
        care.update_goal(cam, case_id=case_id, goal_id=goal.id, measure="yes_no")
    changed = care.update_goal(cam, case_id=case_id, goal_id=goal.id, priority=3,
                               target="transitional", version=goal.version).value
    assert (changed.priority, changed.target, changed.baseline) == (3, "transitional",
                                                                    "transitional")


def test_careplan_ops_milestones_link_to_timeline_events(as_user) -> None:
    sam = as_user("sam")
    case_id = _case(sam, "C-0005")
    event = dates.add_event(sam, case_id=case_id, kind=EventKind.MEDICAL_APPOINTMENT,
                            title="Dental check-up", category=Category.MEDICAL,
                            due=date(2026, 12, 3), all_day=True).value
    other = next(e for e in sam.store.list_events(_case(sam, "C-0001")))
    goal = care.add_goal(sam, case_id=case_id, title="Teeth fixed", domain=GoalDomain.HEALTH,
                         milestones=[("First dental visit", date(2026, 12, 3))]).value
    [milestone] = goal.milestones
    with pytest.raises(InvalidInput, match="another case"):
        care.link_milestone(sam, case_id=case_id, milestone_id=milestone.id, event_id=other.id)
    care.link_milestone(sam, case_id=case_id, milestone_id=milestone.id, event_id=event.id)
    linked = _progress(sam, case_id, goal.id).link(milestone.id)
    assert linked is not None and (linked.day, linked.title) == (date(2026, 12, 3),
                                                                  "Dental check-up")
    # a peer mentor sees the medical goal's title hidden and the event under a generic title
    seen = _progress(as_user("pia"), case_id, goal.id)
    assert seen.goal.title == "(not visible to your role)" and seen.goal.measure is None
    assert seen.link(milestone.id).title == "Medical appointment"


def test_careplan_ops_goals_are_ordered_by_domain_then_the_survivors_priority(as_user) -> None:
    cam = as_user("cam")
    case_id = _case(cam, "C-0006")
    for title, domain, priority in (("B", GoalDomain.HOUSING, 2), ("A", GoalDomain.HOUSING, 1),
                                    ("D", GoalDomain.SAFETY, None), ("C", GoalDomain.SAFETY, 1),
                                    ("E", GoalDomain.INCOME_BENEFITS, 3)):
        care.add_goal(cam, case_id=case_id, title=title, domain=domain, priority=priority)
    titles = [p.goal.title for p in care.goal_progress(cam, case_id=case_id)
              if p.goal.title in "ABCDE"]
    # domains holding the survivor's first priority first (safety before housing by the
    # GoalDomain order on a tie), unranked last within a domain; income's best is only 3
    assert titles == ["C", "D", "A", "B", "E"]


# --- referrals -------------------------------------------------------------------------
def test_careplan_ops_a_declined_referral_is_recorded_and_never_made(as_user) -> None:
    cam = as_user("cam")
    case_id = _case(cam, "C-0006")
    with pytest.raises(InvalidInput, match="declined this referral") as refused:
        care.add_referral(cam, case_id=case_id, service="Job club", organisation="WorkStart",
                          category=Category.HOUSING_BENEFITS, status=ReferralStatus.MADE,
                          choice=ReferralChoice.DECLINED)
    assert refused.value.field == "status"
    ref = care.add_referral(cam, case_id=case_id, service="Job club", organisation="WorkStart",
                            category=Category.HOUSING_BENEFITS,
                            choice=ReferralChoice.DECLINED).value
    assert ref.choice is ReferralChoice.DECLINED and ref.status is ReferralStatus.PROPOSED
    with pytest.raises(InvalidInput, match="respected"):
        care.set_referral_status(cam, referral_id=ref.id, case_id=case_id,
                                 status=ReferralStatus.MADE)
    assert care.referral_history(cam, case_id=case_id, referral_id=ref.id)[-1].value == "proposed"
    # the survivor changes their mind: the new choice is recorded first, then it can be made
    care.record_referral_choice(cam, case_id=case_id, referral_id=ref.id,
                                choice=ReferralChoice.OPTED_IN)
    made = care.set_referral_status(cam, referral_id=ref.id, case_id=case_id,
                                    status=ReferralStatus.MADE, on=DEMO_TODAY).value
    assert made.status is ReferralStatus.MADE
    # and withdrawn again: declining a made referral moves it to declined at once
    back = care.record_referral_choice(cam, case_id=case_id, referral_id=ref.id,
                                       choice=ReferralChoice.DECLINED).value
    assert back.status is ReferralStatus.DECLINED
    history = care.referral_history(cam, case_id=case_id, referral_id=ref.id)
    assert [(h.value, h.changed_by) for h in history] == [
        ("proposed", "cam"), ("made", "cam"), ("declined", "cam")]


def _consents(sam: Context, case_id: int, case: str) -> None:
    day = DEMO_TODAY
    if case == "revoked":
        c = care.add_consent(sam, case_id=case_id, recipient="Harbor House",
                             categories=[Category.HOUSING_BENEFITS], purpose="Referral",
                             granted=day - timedelta(days=30)).value
        care.revoke_consent(sam, consent_id=c.id, on=day - timedelta(days=2))
    elif case == "expired":
        care.add_consent(sam, case_id=case_id, recipient="Harbor House",
                         categories=[Category.HOUSING_BENEFITS], purpose="Referral",
                         granted=day - timedelta(days=90), expires=day - timedelta(days=1))
    elif case == "wrong category":
        care.add_consent(sam, case_id=case_id, recipient="Harbor House",
                         categories=[Category.IDENTITY], purpose="Referral",
                         granted=day - timedelta(days=3))
    elif case in ("wrong recipient", "active"):
        care.add_consent(sam, case_id=case_id,
                         recipient="harbor  HOUSE" if case == "active" else "Harbour Homes",
                         categories=[Category.IDENTITY, Category.HOUSING_BENEFITS],
                         purpose="Referral", granted=day - timedelta(days=3))


@pytest.mark.parametrize(("case", "words"), [
    ("none", "there is no consent of the survivor for Harbor House"),
    ("revoked", "was revoked on 2026-11-25"),
    ("expired", "expired on 2026-11-26"),
    ("wrong category", "covers identity, not housing benefits"),
    ("wrong recipient", "there is no consent of the survivor for Harbor House"),
    ("active", None),
])
def test_careplan_ops_sharing_data_needs_a_matching_active_consent(as_user, case, words) -> None:
    sam = as_user("sam")
    case_id = _case(sam, "C-0006")
    _consents(sam, case_id, case)
    ref = care.add_referral(sam, case_id=case_id, service="Transitional housing",
                            organisation="Harbor House", category=Category.HOUSING_BENEFITS,
                            choice=ReferralChoice.OPTED_IN, shares_data=True).value
    check = care.sharing_consent(sam, case_id=case_id, organisation=ref.organisation,
                                 category=ref.category)
    if words is None:
        made = care.set_referral_status(sam, referral_id=ref.id, case_id=case_id,
                                        status=ReferralStatus.MADE).value
        assert check.ok and made.status is ReferralStatus.MADE
        assert made.consent_id == check.consent.id
        return
    assert not check.ok and words in check.problem
    with pytest.raises(InvalidInput, match="Record the survivor's consent") as refused:
        care.set_referral_status(sam, referral_id=ref.id, case_id=case_id,
                                 status=ReferralStatus.MADE)
    assert words in str(refused.value) and refused.value.field == "shares_data"
    again = next(r for r in sam.store.list_referrals(case_id) if r.id == ref.id)
    assert again.status is ReferralStatus.PROPOSED and again.consent_id is None
    with pytest.raises(InvalidInput, match="shares case data"):  # nor made straight away
        care.add_referral(sam, case_id=case_id, service="Shelter", organisation="Harbor House",
                          category=Category.HOUSING_BENEFITS, status=ReferralStatus.MADE,
                          choice=ReferralChoice.OPTED_IN, shares_data=True)


def test_careplan_ops_a_referral_without_sharing_is_made_on_the_survivors_choice(as_user) -> None:
    cam = as_user("cam")
    case_id = _case(cam, "C-0006")
    ref = care.add_referral(cam, case_id=case_id, service="Food bank", organisation="Pantry",
                            category=Category.HOUSING_BENEFITS, status=ReferralStatus.MADE,
                            choice=ReferralChoice.OPTED_IN).value
    assert ref.status is ReferralStatus.MADE and ref.consent_id is None
    with pytest.raises(PermissionDenied):
        care.add_referral(as_user("pia"), case_id=case_id, service="Food bank",
                          organisation="Pantry", category=Category.HOUSING_BENEFITS,
                          choice=ReferralChoice.OPTED_IN)


def test_careplan_ops_a_referral_whose_choice_was_not_asked_is_never_made(as_user) -> None:
    cam = as_user("cam")
    case_id = _case(cam, "C-0005")
    with pytest.raises(InvalidInput, match="choice about this referral is not recorded") as no:
        care.add_referral(cam, case_id=case_id, service="Food bank", organisation="Pantry",
                          category=Category.HOUSING_BENEFITS, status=ReferralStatus.MADE)
    assert no.value.field == "choice"
    assert all(r.service != "Food bank" for r in cam.store.list_referrals(case_id))
    proposed = care.add_referral(cam, case_id=case_id, service="Food bank", organisation="Pantry",
                                 category=Category.HOUSING_BENEFITS).value
    assert proposed.choice is None and proposed.status is ReferralStatus.PROPOSED
    with pytest.raises(InvalidInput, match="not recorded"):
        care.set_referral_status(cam, referral_id=proposed.id, case_id=case_id,
                                 status=ReferralStatus.MADE)
    care.record_referral_choice(cam, case_id=case_id, referral_id=proposed.id,
                                choice=ReferralChoice.OPTED_IN)
    made = care.set_referral_status(cam, referral_id=proposed.id, case_id=case_id,
                                    status=ReferralStatus.MADE).value
    assert made.status is ReferralStatus.MADE


def test_careplan_ops_a_hidden_referral_or_goal_shows_no_consent_measure_or_values(
        as_user) -> None:
    from workbench.operations import case_lists

    sam, pia = as_user("sam"), as_user("pia")
    case_id = _case(sam, "C-0001")
    shared = [r for r in case_lists.referrals_for(sam, case_id=case_id) if r.consent_id]
    assert shared, "the demo shares one referral under a consent"
    seen = {r.id: r for r in case_lists.referrals_for(pia, case_id=case_id)}
    for r in shared:  # a mental-health referral: the peer mentor reads no title of it
        assert seen[r.id].service != r.service and seen[r.id].consent_id is None
    measured = [g for g in case_lists.goals_for(sam, case_id=case_id)
                if g.measure is not None and g.measure.instrument_id == "phq9"]
    assert measured
    hidden = {g.id: g for g in case_lists.goals_for(pia, case_id=case_id)}
    for g in measured:
        assert (hidden[g.id].measure, hidden[g.id].baseline, hidden[g.id].target) == (
            None, None, None)
