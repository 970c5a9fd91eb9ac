"""Screening operations: consent, role visibility, the safety task, tell it once, outcomes."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from models.errors import InvalidInput, PermissionDenied
from models.records import Category, EventKind, Owner, ScreeningStatus
from tests.workbench.conftest import DEMO_NOW, DEMO_TODAY
from workbench.operations import screenings as ops
from workbench.operations.changes import Kind
from workbench.operations.context import Context

NOW = DEMO_NOW
PHQ9_OK = {f"phq9_{i}": 1 for i in range(1, 9)} | {"phq9_9": 0}
AHTST = {f"ahtst_{i}": 0 for i in range(1, 9)} | {"ahtst_1": 1}


def _case(ctx: Context, ref: str = "C-0004") -> int:
    return ctx.store.get_case_by_ref(ref).id


def test_screening_ops_start_needs_consent_and_the_category_writer(as_user) -> None:
    ben = as_user("ben")
    case_id = _case(ben)
    with pytest.raises(InvalidInput, match="consent"):
        ops.start_screening(ben, case_id=case_id, instrument_id="phq9", consent_at=None)
    for name in ("ana", "cam", "pia"):  # advocate, case manager, peer mentor: not mental health
        with pytest.raises(PermissionDenied):
            ops.start_screening(as_user(name), case_id=case_id, instrument_id="phq9",
                                consent_at=NOW)
    with pytest.raises(PermissionDenied):  # the trafficking screen is the legal team's
        ops.start_screening(ben, case_id=case_id, instrument_id="ahtst", consent_at=NOW)
    assert ben.store.list_screenings(case_id) == []
    started = ops.start_screening(ben, case_id=case_id, instrument_id="phq9", consent_at=NOW)
    assert started.value.category is Category.MENTAL_HEALTH and started.value.consent_by == "ben"
    ana = as_user("ana")
    narrative = ops.start_screening(ana, case_id=case_id, instrument_id="ahtst", consent_at=NOW)
    assert narrative.value.category is Category.TRAFFICKING_NARRATIVE


# per role: (sees the PHQ-9's answers, sees the trafficking screen's, the two names it sees);
# a role that sees only a generic title of a category sees a generic "screening" too
@pytest.mark.parametrize(("role_user", "sees_phq9", "sees_ahtst", "names"), [
    ("ana", False, True, ["screening", "ahtst"]), ("ben", True, False, ["phq9", "ahtst"]),
    ("cam", False, False, ["screening", "ahtst"]), ("sam", True, True, ["phq9", "ahtst"]),
    ("pia", False, False, ["screening", "screening"])])
def test_screening_ops_role_view_of_answers_and_scores(as_user, role_user: str, sees_phq9: bool,
                                                       sees_ahtst: bool, names: list[str]) -> None:
    sam = as_user("sam")
    case_id = _case(sam)
    ops.administer(sam, case_id=case_id, instrument_id="phq9", answers=PHQ9_OK, consent_at=NOW)
    ops.administer(sam, case_id=case_id, instrument_id="ahtst", answers=AHTST,
                   consent_at=NOW)
    mine = sorted(ops.list_screenings(as_user(role_user), case_id=case_id), key=lambda s: s.id)
    assert [s.instrument_id for s in mine] == names  # every role sees that each happened
    for s, sees in zip(mine, (sees_phq9, sees_ahtst), strict=True):
        assert s.status is ScreeningStatus.COMPLETED and s.started_at is not None
        if sees:
            assert s.answers and s.total is not None and s.band is not None
        else:
            assert s.answers == () and s.total is None and s.band is None and s.reason is None
            assert s.consent_note is None
        if s.instrument_id == ops.GENERIC_INSTRUMENT:  # nor the category that names it
            assert s.category in (Category.MEDICAL, Category.TRAFFICKING_NARRATIVE)
            assert s.category is not Category.MENTAL_HEALTH
    series = {x.instrument_id for x in ops.outcomes(as_user(role_user), case_id=case_id)}
    assert ("phq9" in series) == sees_phq9


@pytest.mark.parametrize("item9", [1, 3, "skip"])
def test_screening_ops_item9_creates_same_day_task_in_the_same_write(as_user, item9) -> None:
    ben = as_user("ben")
    case_id = _case(ben)
    before = len(ben.store.list_events(case_id))
    done = ops.administer(ben, case_id=case_id, instrument_id="phq9",
                          answers=PHQ9_OK | {"phq9_9": item9}, consent_at=NOW)
    [task] = done.value.tasks
    assert task.kind is EventKind.TASK and task.due == DEMO_TODAY
    assert task.category is Category.MENTAL_HEALTH and task.owner is Owner.CLIENT
    assert task.assigned_to == "ben"
    assert task.title == done.value.result.flags[0].task
    assert Kind.EVENTS in done.changes.kinds
    assert len(ben.store.list_events(case_id)) == before + 1
    assert ben.store.get_event(task.id).is_overdue(DEMO_TODAY + timedelta(days=1))


def test_screening_ops_answer_raises_the_task_at_once_and_complete_does_not_repeat_it(
        as_user) -> None:
    ben = as_user("ben")
    case_id = _case(ben)
    s = ops.start_screening(ben, case_id=case_id, instrument_id="phq9", consent_at=NOW).value
    first = ops.answer(ben, screening_id=s.id, answers={"phq9_1": 0})
    assert first.value.tasks == ()
    flagged = ops.answer(ben, screening_id=s.id, answers={"phq9_9": 2})
    assert [f.flag for f in flagged.value.flags] == ["self_harm"] and len(flagged.value.tasks) == 1
    done = ops.complete(ben, screening_id=s.id)
    assert done.value.result.total is None and done.value.tasks == ()
    tasks = [e for e in ben.store.list_events(case_id) if e.kind is EventKind.TASK
             and e.due == DEMO_TODAY and e.category is Category.MENTAL_HEALTH]
    assert len(tasks) == 1


def test_screening_ops_no_flag_no_task(as_user) -> None:
    ben = as_user("ben")
    done = ops.administer(ben, case_id=_case(ben), instrument_id="phq9", answers=PHQ9_OK,
                          consent_at=NOW)
    assert done.value.tasks == () and done.value.screening.total == 8
    assert Kind.EVENTS not in done.changes.kinds


@pytest.mark.parametrize("answers", [{"phq9_99": 1}, {"phq9_1": 4}, {"phq9_1": "maybe"}])
def test_screening_ops_bad_answers_write_nothing(as_user, answers) -> None:
    ben = as_user("ben")
    case_id = _case(ben)
    audit = len(ben.store.list_audit())
    with pytest.raises(InvalidInput, match="phq9"):
        ops.administer(ben, case_id=case_id, instrument_id="phq9", answers=answers,
                       consent_at=NOW)
    assert ben.store.list_screenings(case_id) == [] and len(ben.store.list_audit()) == audit


def test_screening_ops_pause_resume_decline(as_user) -> None:
    ben = as_user("ben")
    s = ops.start_screening(ben, case_id=_case(ben), instrument_id="gad7", consent_at=NOW).value
    assert ops.pause(ben, screening_id=s.id).value.status is ScreeningStatus.PAUSED
    assert ops.resume(ben, screening_id=s.id).value.status is ScreeningStatus.IN_PROGRESS
    assert ops.decline(ben, screening_id=s.id).value.status is ScreeningStatus.DECLINED
    with pytest.raises(PermissionDenied):
        ops.pause(as_user("cam"), screening_id=s.id)


@pytest.mark.parametrize(("instrument", "days_ago", "reusable"), [
    ("phq9", 13, True), ("phq9", 14, True), ("phq9", 15, False), ("gad7", 20, False),
    ("pcl5", 29, True), ("pcl5", 31, False), ("ahtst", 400, True)])
def test_screening_ops_already_told_within_the_recall_period(as_user, instrument: str,
                                                             days_ago: int,
                                                             reusable: bool) -> None:
    sam = as_user("sam")
    case_id = _case(sam)
    when = NOW - timedelta(days=days_ago)
    item = f"{instrument}_1"
    ops.administer(sam, case_id=case_id, instrument_id=instrument, answers={item: 1},
                   consent_at=when, at=when)
    told = {t.item_id: t for t in ops.already_told(sam, case_id=case_id, instrument_id=instrument)}
    assert set(told) == {item}
    t = told[item]
    assert t.reusable is reusable
    assert (t.answer.value, t.answer.asked_by, t.answer.asked_role) == (1, "sam", "supervisor")
    assert t.answer.asked_at == when
    # a role that may not read the answers is told nothing
    assert ops.already_told(as_user("pia"), case_id=case_id, instrument_id=instrument) == []


def test_screening_ops_outcomes_of_the_demo_cases(as_user) -> None:
    ben = as_user("ben")
    trends = {}
    for ref in ("C-0001", "C-0002", "C-0003"):
        series = {s.instrument_id: s for s in ops.outcomes(ben, case_id=_case(ben, ref))}
        assert set(series) == {"phq9", "gad7"} and len(series["phq9"].points) == 5
        trends[ref] = series["phq9"].since_baseline
    assert trends["C-0001"].direction == "improving" and trends["C-0001"].meaningful
    assert trends["C-0002"].direction == "worsening" and trends["C-0002"].meaningful
    assert not trends["C-0003"].meaningful
    for s in ben.store.list_screenings(_case(ben, "C-0001")):
        assert s.consent_at is not None and s.consent_by == "sam"
    assert all(d.year == 2026 for d in [p.day for p in series["phq9"].points])
    assert date(2026, 6, 1) < series["phq9"].points[0].day


def test_screening_ops_list_instruments_needs_no_store() -> None:
    assert [i.id for i in ops.list_instruments()] == ["ahtst", "gad7", "pcl5", "phq9"]
