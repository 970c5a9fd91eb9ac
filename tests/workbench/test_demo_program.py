"""The demo's generated caseload (workbench.demo_program), in the built demo vault."""

from __future__ import annotations

from collections import Counter
from datetime import date

from models.records import Category, ConsentStatus
from tests.workbench.conftest import DEMO_TODAY
from workbench import demo_program
from workbench.demo_program import GENERATED_CASES, caseload


def test_caseload_is_reproducible_for_a_day() -> None:
    assert caseload(DEMO_TODAY, user="sam") == caseload(DEMO_TODAY, user="sam")
    assert caseload(DEMO_TODAY, user="sam") != caseload(date(2026, 10, 1), user="sam")


def test_caseload_intakes_vary_by_month_over_the_window() -> None:
    data = caseload(DEMO_TODAY, user="sam")
    months = Counter(c["events"][0]["start"][:7] for c in data["cases"])
    assert len(months) == demo_program.MONTHS  # every month of the window has intakes
    assert max(months.values()) >= 2 * min(months.values())  # a visible trend, not flat
    assert all(c["events"][0]["title"] == "Intake meeting" for c in data["cases"])
    assert max(months) == f"{DEMO_TODAY:%Y-%m}"
    assert all(c["events"][0]["start"][:10] <= DEMO_TODAY.isoformat() for c in data["cases"])


def test_caseload_names_are_marked_generated_and_carry_no_story() -> None:
    for case in caseload(DEMO_TODAY, user="sam")["cases"]:
        assert case["display_name"].endswith("(generated)")
        assert not {"notes", "address", "safe_contact", "documents", "legal_name"} & set(case)


def test_demo_vault_holds_the_generated_caseload(as_user) -> None:
    store = as_user("sam").store
    cases = store.list_cases()
    # the six hand-written cases stay first, as they were
    assert [c.ref for c in cases[:6]] == [f"C-000{n}" for n in range(1, 7)]
    assert "generated" not in " ".join(c.display_name for c in cases[:6])
    generated = cases[6:]
    assert len(generated) == GENERATED_CASES
    assert all(c.display_name.endswith("(generated)") for c in generated)
    languages = Counter(c.languages[0] for c in generated)
    assert {"Spanish", "Vietnamese", "Ukrainian", "Mandarin", "Arabic"} <= set(languages)
    assert len({c.jurisdiction for c in generated}) >= 4


def test_demo_vault_some_cases_without_reporting_consent(as_user) -> None:
    store = as_user("sam").store
    counted = left_out = 0
    for case in store.list_cases()[6:]:
        active = [c for c in store.list_consents(case.id)
                  if Category.AGGREGATE_REPORTING in c.categories
                  and c.status(DEMO_TODAY) is ConsentStatus.ACTIVE]
        counted, left_out = counted + bool(active), left_out + (not active)
    assert counted > 300
    assert 20 <= left_out <= 100  # some left out of every report, never most


def test_demo_vault_records_for_every_measure(as_user) -> None:
    store = as_user("sam").store
    generated = store.list_cases()[6:]
    referrals = [r for c in generated for r in store.list_referrals(c.id)]
    statuses = Counter(r.status.value for r in referrals)
    assert {"made", "accepted", "completed", "declined"} <= set(statuses)
    assert len({r.service for r in referrals}) >= 6
    screened = [c for c in generated[:80] if store.list_screenings(c.id)]
    assert len(screened) >= 25
    assert any(store.get_safety_plan(c.id) for c in generated[:20])
    events = [e for c in generated[:120] for e in store.list_events(c.id)]
    needed = [e for e in events if e.interpreter_needed]
    assert needed and any(not e.interpreter_booked for e in needed)
    assert any(e.interpreter_booked for e in needed)


def test_demo_vault_feedback_over_the_months(as_user) -> None:
    entries = as_user("sam").store.list_feedback()
    assert len(entries) == demo_program.FEEDBACK_ENTRIES
    assert len({f.period for f in entries}) >= 12
    assert {"es", "en", "vi"} <= {f.language for f in entries}
    assert all(f.satisfaction or f.felt_safe or f.felt_listened for f in entries)


def test_caseload_of_today_passes_the_import_rules_and_keeps_each_opening_day() -> None:
    """``make run`` builds the demo on today's date: every case's opening day (its intake,
    up to today) must pass the import's "not in the future" rule."""
    from models.interchange import plan_file

    today = date.today()
    data = caseload(today, user="sam", cases=60, feedback=0)
    plan = plan_file(data)
    opened = [c.opened for c in plan.cases]
    assert opened == [f"{c['opened']}T00:00:00+00:00" for c in data["cases"]]
    assert max(c["opened"] for c in data["cases"]) <= today.isoformat()


def test_caseload_ages_follow_the_age_shares() -> None:
    """Most generated people are 18-34 at intake (AGES: 30 % + 34 %), few 55 or older (3 %);
    the weights are the table's share column, not its age bounds."""
    data = caseload(DEMO_TODAY, user="sam", cases=400, feedback=0)
    ages = [(date.fromisoformat(c["opened"]) - date.fromisoformat(c["date_of_birth"])).days // 365
            for c in data["cases"]]
    young = sum(18 <= a <= 34 for a in ages) / len(ages)
    old = sum(a >= 55 for a in ages) / len(ages)
    assert young > 0.5 and old < 0.1, (young, old)
