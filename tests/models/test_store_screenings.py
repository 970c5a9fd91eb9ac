"""Screenings in the store, on both backends (the vault and a real PostgreSQL hub)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from models import records as r
from models.errors import InvalidInput, NotFound
from models.store_contract import StoreContract
from tests.models.test_store_contract import BACKENDS, MakeStore  # noqa: F401 - fixtures below

CONSENT = datetime(2026, 11, 20, 15, tzinfo=UTC)


@pytest.fixture(params=sorted(BACKENDS))
def make_store(request: pytest.FixtureRequest, tmp_path) -> MakeStore:  # type: ignore[misc]
    yield from BACKENDS[request.param](request, tmp_path)


@pytest.fixture
def store(make_store: MakeStore) -> StoreContract:
    return make_store()


def _started(store: StoreContract) -> r.Screening:
    case = store.add_case("Ana")
    return store.add_screening(case.id, "phq9", "1", "mental_health", consent_at=CONSENT,
                               consent_note="verbal")


def test_screening_round_trip_answers_pause_resume_complete(store: StoreContract) -> None:
    s = _started(store)
    assert s.status is r.ScreeningStatus.IN_PROGRESS and s.consent_by == store.actor
    assert s.consent_at == CONSENT and s.consent_note == "verbal" and s.answers == ()
    s = store.record_answers(s.id, {"phq9_1": 2, "phq9_2": "skip"}, asked_role="clinician",
                             asked_at=CONSENT + timedelta(minutes=1))
    s = store.record_answers(s.id, {"phq9_2": 1}, asked_role="clinician", version=s.version)
    assert [(a.item_id, a.value) for a in s.answers] == [("phq9_1", 2), ("phq9_2", 1)]
    first = s.answer("phq9_1")
    assert first is not None and first.asked_by == store.actor and first.asked_role == "clinician"
    assert first.asked_at == CONSENT + timedelta(minutes=1)
    s = store.pause_screening(s.id)
    with pytest.raises(InvalidInput, match="resume it first"):
        store.record_answers(s.id, {"phq9_3": 0}, asked_role="clinician")
    s = store.resume_screening(s.id)
    done = store.complete_screening(s.id, total=12, band="moderate", reason=None)
    assert done.status is r.ScreeningStatus.COMPLETED and done.total == 12
    assert done.band == "moderate" and done.completed_at is not None
    assert store.get_screening(s.id) == done
    assert store.list_screenings(s.case_id) == [done]
    actions = [e.action for e in store.list_audit(s.case_id) if e.entity == "screenings"]
    assert actions == ["screening.add", "screening.answer", "screening.answer",
                       "screening.pause", "screening.resume", "screening.complete"]


def test_screening_refused_without_consent_and_nothing_written(store: StoreContract) -> None:
    case = store.add_case("Ana")
    before = store.list_audit()
    with pytest.raises(InvalidInput, match="consent"):
        store.add_screening(case.id, "phq9", "1", "mental_health", consent_at=None)
    with pytest.raises(InvalidInput, match="consent_at"):
        store.add_screening(case.id, "phq9", "1", "mental_health",
                            consent_at=datetime.now(UTC) + timedelta(days=1))
    assert store.list_screenings(case.id) == [] and store.list_audit() == before


def test_screening_completed_is_closed(store: StoreContract) -> None:
    s = _started(store)
    store.complete_screening(s.id, total=None, band=None, reason="2 of 9 not answered")
    with pytest.raises(InvalidInput, match="completed"):
        store.record_answers(s.id, {"phq9_1": 1}, asked_role="clinician")
    with pytest.raises(InvalidInput, match="status"):
        store.decline_screening(s.id)
    assert store.get_screening(s.id).reason == "2 of 9 not answered"


@pytest.mark.parametrize("answers", [{"phq9_1": True}, {"phq9_1": 1.0}, {"phq9_1": "maybe"},
                                     {"PHQ 1": 1}, {}])
def test_screening_bad_answers_are_refused(store: StoreContract, answers: dict) -> None:
    s = _started(store)
    with pytest.raises(InvalidInput):
        store.record_answers(s.id, answers, asked_role="clinician")
    assert store.get_screening(s.id).answers == ()


def test_screening_complete_needs_total_or_reason_and_version(store: StoreContract) -> None:
    s = _started(store)
    with pytest.raises(InvalidInput, match="reason"):
        store.complete_screening(s.id, total=None, band=None, reason=None)
    store.record_answers(s.id, {"phq9_1": 1}, asked_role="clinician")
    from models.errors import Conflict

    with pytest.raises(Conflict):
        store.complete_screening(s.id, total=3, band="minimal", reason=None, version=s.version)


def test_screening_declined_and_unknown_ids(store: StoreContract) -> None:
    s = _started(store)
    declined = store.decline_screening(s.id)
    assert declined.status is r.ScreeningStatus.DECLINED and declined.total is None
    with pytest.raises(NotFound):
        store.get_screening(987_654)
    with pytest.raises(NotFound):
        store.list_screenings(987_654)
    with pytest.raises(NotFound):
        store.add_screening(987_654, "phq9", "1", "mental_health", consent_at=CONSENT)


def test_screening_in_a_transaction_is_all_or_nothing(store: StoreContract) -> None:
    case = store.add_case("Ana")
    with pytest.raises(InvalidInput), store.transaction():
        s = store.add_screening(case.id, "phq9", "1", "mental_health", consent_at=CONSENT)
        store.record_answers(s.id, {"phq9_1": "bad"}, asked_role="clinician")
    assert store.list_screenings(case.id) == []


def test_screening_non_answers_match_the_instruments() -> None:
    from timeline.screening import NON_ANSWERS

    assert r.SCREENING_NON_ANSWERS == NON_ANSWERS
