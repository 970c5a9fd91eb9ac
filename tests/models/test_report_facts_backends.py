"""Store.report_facts at the period's edges, on the vault and on a real hub, and the two agree.

The world has cases opened today and a period that starts ten days later, so that whether a
case is active depends on its records alone: an event in the period, a recurring series
still running into it, a referral opened in it -- or nothing (a finished series, an event
after the period). Interpreter needs and service appointments sit on both sides of each edge,
some cancelled. Read through the store's contract only.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest

from models import records as r
from models.store_contract import StoreContract
from tests.models.test_store_contract import BACKENDS, MakeStore, make_store  # noqa: F401

TODAY = datetime.now(UTC).date()
LOW, HIGH = TODAY + timedelta(days=10), TODAY + timedelta(days=40)  # after every case's opening
AROUND = (TODAY - timedelta(days=5), TODAY + timedelta(days=45))  # every case opened within
NAMES = ("eve", "ser", "old", "vis", "ref", "non")


def _at(days: int) -> datetime:
    """Noon UTC ``days`` from today (its local day in UTC is today + days)."""
    return datetime.combine(TODAY + timedelta(days=days), time(12), UTC)


def _meeting(store: StoreContract, case_id: int, kind: str, days: int, **fields: Any) -> None:
    store.add_event(case_id, kind, "Meeting", "mental_health", start=_at(days),
                    end=_at(days) + timedelta(hours=1), tz="UTC", **fields)


def _world(store: StoreContract) -> dict[str, int]:
    """Six cases opened today; the names say why each is, or is not, active in LOW..HIGH."""
    ids = {name: store.add_case(name.title(), languages=["es"],
                                interpreter_language="ar" if name == "vis" else None).id
           for name in NAMES}
    hearing = "court_hearing"
    _meeting(store, ids["eve"], hearing, 20, interpreter_needed=True, interpreter_language="pt")
    _meeting(store, ids["eve"], hearing, 25, interpreter_needed=True, interpreter_language="pt",
             interpreter_booked=True)
    _meeting(store, ids["eve"], hearing, 15, interpreter_needed=True, interpreter_language="pt",
             status="cancelled")
    _meeting(store, ids["eve"], hearing, 50, interpreter_needed=True, interpreter_language="pt")
    _meeting(store, ids["eve"], hearing, 3, interpreter_needed=True, interpreter_language="pt")
    visit = "service_appointment"
    _meeting(store, ids["ser"], visit, -3, rrule="FREQ=WEEKLY")  # running: never ends
    _meeting(store, ids["old"], visit, 0, rrule="FREQ=DAILY;COUNT=2")  # over before LOW
    _meeting(store, ids["old"], hearing, 60)
    _meeting(store, ids["vis"], visit, 12, interpreter_needed=True)  # the case's language
    _meeting(store, ids["vis"], visit, 70, interpreter_needed=True)  # a visit, not a need
    _meeting(store, ids["vis"], visit, 5)
    _meeting(store, ids["vis"], visit, 30, status="cancelled")
    store.add_referral(ids["ref"], "Clinic", "Partner", status="made", category="medical",
                       opened=LOW + timedelta(days=1), choice="opted_in")
    return ids


def _needs(facts: r.ReportFacts, names: dict[int, str]) -> Counter[tuple[str, str | None, bool]]:
    """The interpreter needs as the reports count them (alike events may share one fact)."""
    counted: Counter[tuple[str, str | None, bool]] = Counter()
    for e in facts.interpreter:
        counted[(names[e.case_id], e.language, e.booked)] += e.events
    return counted


def test_report_facts_active_needs_and_visits_at_the_edges(make_store: MakeStore) -> None:  # noqa: F811
    store = make_store()
    ids = _world(store)
    names = {v: k for k, v in ids.items()}
    facts = store.report_facts(LOW, HIGH)
    assert {names[c.case_id] for c in facts.cases if c.active} == {"eve", "ser", "vis", "ref"}
    assert _needs(facts, names) == {("eve", "pt", False): 1, ("eve", "pt", True): 1,
                                    ("vis", "ar", False): 1}
    assert all(LOW <= e.day <= HIGH for e in facts.interpreter)
    # from the period's start on, with no end (a later visit is a follow-up); not cancelled
    assert [(names[c], d) for c, d in facts.service_appointments] == [
        ("vis", TODAY + timedelta(days=12)), ("vis", TODAY + timedelta(days=70))]
    around = store.report_facts(*AROUND)
    assert all(c.active for c in around.cases)
    assert _needs(around, names)[("eve", "pt", False)] == 2  # day 3 and day 20


def _first_days(facts: r.ReportFacts, names: dict[int, str]) -> dict[tuple[Any, ...], date]:
    """The first day of each case's needs of one language and booking."""
    first: dict[tuple[Any, ...], date] = {}
    for e in facts.interpreter:
        key = (names[e.case_id], e.language, e.booked)
        first[key] = min(first.get(key, e.day), e.day)
    return first


def _comparable(facts: r.ReportFacts, names: dict[int, str]) -> dict[str, Any]:
    """The facts with case ids replaced by the cases' names (ids differ between backends)."""
    def named(items: tuple[Any, ...]) -> list[Any]:
        return sorted((dataclasses.replace(x, case_id=names[x.case_id]) for x in items), key=repr)

    return {"cases": named(facts.cases), "referrals": named(facts.referrals),
            "screenings": named(facts.screenings), "goals": named(facts.goals),
            "legal": named(facts.legal), "needs": _needs(facts, names),
            "first": _first_days(facts, names),
            "visits": sorted((names[c], d) for c, d in facts.service_appointments),
            "feedback": [dataclasses.replace(fb, id=0) for fb in facts.feedback]}


@pytest.fixture
def both(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[dict[str, MakeStore]]:
    """A store factory of each backend."""
    backends = {name: BACKENDS[name](request, tmp_path / name) for name in sorted(BACKENDS)}
    try:
        yield {name: next(backend) for name, backend in backends.items()}
    finally:
        for backend in backends.values():
            backend.close()


def test_report_facts_vault_and_hub_agree(both: dict[str, MakeStore]) -> None:
    """The same records give the same facts on both backends, for either period (the hub
    keeps each interpreter need its own fact: its sealed languages are decrypted per row)."""
    seen = {}
    for name, make in both.items():
        store = make()
        ids = _world(store)
        store.add_feedback("program", LOW, satisfaction=5, felt_safe="unsure", language="pt")
        names = {v: k for k, v in ids.items()}
        seen[name] = [_comparable(store.report_facts(*period), names)
                      for period in ((LOW, HIGH), AROUND)]
    assert seen["vault"] == seen["hub"]
    assert seen["vault"][0]["feedback"] and seen["vault"][1]["needs"]


def _totals_from_cases(facts: r.ReportFacts) -> dict[tuple[int, int, str | None, bool], int]:
    """The by-case needs of the cases the report counts, summed per month, language, booking."""
    counted = {c.case_id for c in facts.cases
               if c.counted_in(facts.period_from, facts.period_to)}
    sums: Counter[tuple[int, int, str | None, bool]] = Counter()
    for e in facts.interpreter:
        if e.case_id in counted:
            sums[(e.day.year, e.day.month, e.language, e.booked)] += e.events
    return dict(sums)


def test_report_facts_needs_as_totals_are_the_counted_cases_needs_summed(
        both: dict[str, MakeStore]) -> None:
    """needs_by_case=False: per month, language and booking, only the consenting cases'
    needs (a need of a case without the consent is not in any total), on both backends,
    which agree, and each total dated by its first need."""
    seen = {}
    for name, make in both.items():
        store = make()
        ids = _world(store)
        for who in ("eve", "vis"):  # "eve" and "vis" count; the others have no consent
            store.add_consent(ids[who], "Program reports", [r.Category.AGGREGATE_REPORTING],
                              "aggregate reporting", granted=TODAY)
        store.add_event(ids["non"], "court_hearing", "Meeting", "criminal_case", start=_at(21),
                        end=_at(21) + timedelta(hours=1), tz="UTC", interpreter_needed=True,
                        interpreter_language="pt")  # in the period, but never counted
        for period in ((LOW, HIGH), AROUND):
            by_case = store.report_facts(*period)
            totals = store.report_facts(*period, needs_by_case=False)
            assert all(e.case_id is None for e in totals.interpreter)
            assert {(e.day.year, e.day.month, e.language, e.booked): e.events
                    for e in totals.interpreter} == _totals_from_cases(by_case)
            assert list(totals.interpreter) == sorted(
                totals.interpreter, key=lambda e: (e.day, e.language or "", e.booked))
            assert totals.cases == by_case.cases  # only the needs are read differently
        seen[name] = [list(store.report_facts(*p, needs_by_case=False).interpreter)
                      for p in ((LOW, HIGH), AROUND)]
    assert seen["vault"] == seen["hub"]
    pt = sum(e.events for e in seen["vault"][1] if e.language == "pt")
    assert pt == 3  # eve's days 3, 20, 25 (not the cancelled one, not day 50, not "non"'s)
