"""The demo's generated caseload: fictional people, so the program dashboard has something to count.

Every person here is GENERATED. Names are drawn from small invented lists of given names and an
initial (no real person is meant, and no name is anyone's record); dates of birth, languages,
jurisdictions, referrals, screenings, safety plans, housing and goals are drawn from a seeded
random generator, so the same ``today`` always gives the same caseload. There is no narrative,
no address and no document: these cases exist only to be counted by the reports (issue 12).

The caseload spans the last ``MONTHS`` months with intakes that vary by month (a slow growth, a
seasonal swing and noise), in the languages the program serves; most cases carry a consent
naming Category.AGGREGATE_REPORTING (the others are left out of every report), and about
``FEEDBACK_ENTRIES`` anonymous feedback answers are spread over the months. Everything is
written in ONE bulk import (docs/import-format.md) after the six hand-written cases, so the
demo stays quick to build. A generated case's intake day is the day it was opened (the
import's ``opened``) and its first record: the intake meeting (a done service appointment) and
the reporting consent are both dated that day.
"""

from __future__ import annotations

import math
import random
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from models.records import Category, ReferralStatus
from timeline.screening import instrument, score
from workbench.demo_profiles import CLINIC

GENERATED_CASES = 420
FEEDBACK_ENTRIES = 200
MONTHS = 18
SEED = 12  # the number: the same today gives the same caseload
REPORTING_SHARE = 0.88  # cases whose survivor agreed to be counted in aggregate reports
REPORTING_RECIPIENT = f"{CLINIC} program reports"
REPORTING_PURPOSE = "Aggregate program reporting (anonymous counts only)"

# invented given names and initials: no real person is meant
GIVEN = ("Alma", "Bela", "Cira", "Dano", "Elin", "Fara", "Gani", "Hali", "Ilse", "Joma", "Kira",
         "Lio", "Mira", "Nadi", "Oren", "Pavi", "Quila", "Rina", "Sela", "Tavo", "Ula", "Vesa",
         "Wren", "Xio", "Yara", "Zeno", "Anik", "Bryn", "Cael", "Dara")
INITIALS = "ABCDEFGHJKLMNOPRSTVWZ"

# (language, share, feedback form language code or None when the form has none)
LANGUAGES = (("Spanish", 34, "es"), ("English", 12, "en"), ("Vietnamese", 10, "vi"),
             ("Ukrainian", 9, "uk"), ("Mandarin", 8, "zh"), ("Arabic", 6, None),
             ("Tagalog", 6, None), ("Haitian Creole", 5, None), ("Russian", 4, None),
             ("Swahili", 3, None), ("K'iche'", 3, None))
JURISDICTIONS = (("CA", 32), ("federal-CA", 20), ("TX", 18), ("NY", 17), ("federal-NY", 13))
PRONOUNS = (("she/her", 70), ("he/him", 23), ("they/them", 7))
AGES = ((16, 17, 4), (18, 24, 30), (25, 34, 34), (35, 44, 20), (45, 54, 9), (55, 68, 3))
# (service type, the referral's data category, share of cases referred)
SERVICES = (("Mental health counselling", Category.MENTAL_HEALTH, 0.42),
            ("Transitional housing", Category.HOUSING_BENEFITS, 0.38),
            ("Immigration legal services", Category.IMMIGRATION, 0.45),
            ("Medical care", Category.MEDICAL, 0.30),
            ("English classes", Category.HOUSING_BENEFITS, 0.22),
            ("Job readiness programme", Category.HOUSING_BENEFITS, 0.18),
            ("Substance use treatment", Category.SUBSTANCE_USE, 0.06))
ORGANISATIONS = {"Mental health counselling": "Eastbay Survivor Health Center",
                 "Transitional housing": "Alameda Housing Collaborative",
                 "Immigration legal services": "Bay Legal Clinic",
                 "Medical care": "Eastbay Community Clinic",
                 "English classes": "Harbor Adult Learning Center",
                 "Job readiness programme": "Oakland Works",
                 "Substance use treatment": "Bayview Recovery Center"}
HOUSING_PATHS = (("unsheltered", "emergency_shelter", "transitional", "stable"),
                 ("emergency_shelter", "transitional", "stable"),
                 ("staying_with_others", "transitional"),
                 ("emergency_shelter", "staying_with_others"),
                 ("stable",))
GOALS = (("Safe and stable housing", "housing", Category.HOUSING_BENEFITS),
         ("Feel calmer and sleep better", "mental_health", Category.MENTAL_HEALTH),
         ("Immigration relief filed", "legal", Category.IMMIGRATION),
         ("Find paid work", "education_employment", Category.HOUSING_BENEFITS),
         ("Regular health check-ups", "health", Category.MEDICAL),
         ("Build a support network", "social_connection", Category.HOUSING_BENEFITS))
STAFF = ("ana", "cam", "ben")


def add_program_caseload(builder: Any) -> dict[str, Any]:
    """Import the generated caseload into the demo vault (or hub) in one transaction; return the
    import's counts. ``builder`` is workbench.demo's builder (its ops.ctx and today)."""
    from workbench.operations.generated import import_generated

    ctx = builder.ops.ctx
    return import_generated(ctx, data=caseload(builder.today, user=ctx.user.name)).value


def caseload(today: date, *, user: str, cases: int = GENERATED_CASES,
             feedback: int = FEEDBACK_ENTRIES) -> dict[str, Any]:
    """The generated caseload as an import file (docs/import-format.md), ``cases`` cases and
    ``feedback`` feedback answers over the ``MONTHS`` months before ``today``."""
    rng = random.Random(f"{SEED}:{today.isoformat()}")
    intakes = intake_days(rng, today, cases)
    gen = _Generator(rng, today, user)
    return {"format": "workbench", "version": 1,
            "cases": [gen.case(n, day) for n, day in enumerate(intakes)],
            "feedback": [gen.feedback(today) for _ in range(feedback)]}


def _month_start(today: date, back: int) -> date:
    """The first day of the month ``back`` months before ``today``'s month."""
    index = today.year * 12 + today.month - 1 - back
    return date(index // 12, index % 12 + 1, 1)


def intake_days(rng: random.Random, today: date, cases: int) -> list[date]:
    """``cases`` intake days over the last MONTHS months (this one included, up to today):
    more each month (growth), a swing over the year and noise, sorted."""
    weights = []
    for back in range(MONTHS - 1, -1, -1):
        start = _month_start(today, back)
        growth = 1.0 + 0.6 * (MONTHS - 1 - back) / (MONTHS - 1)
        season = 1.0 + 0.3 * math.sin(2 * math.pi * (start.month - 3) / 12)
        weights.append((start, growth * season * rng.uniform(0.75, 1.25)))
    total = sum(w for _, w in weights)
    days = []
    for start, weight in weights:
        following = date(start.year + start.month // 12, start.month % 12 + 1, 1)
        end = min(today, following - timedelta(days=1))
        for _ in range(round(cases * weight / total)):
            days.append(start + timedelta(days=rng.randrange((end - start).days + 1)))
    while len(days) < cases:  # rounding: the rest in the busiest month
        days.append(max(weights, key=lambda w: w[1])[0] + timedelta(days=rng.randrange(28)))
    return sorted(days[:cases])


def _pick(rng: random.Random, table: tuple[tuple[Any, ...], ...], weight: int = 1) -> tuple[Any, ...]:
    """A row of ``table`` drawn by the weight in its column ``weight`` (the share)."""
    return rng.choices(table, weights=[row[weight] for row in table])[0]


def _at(day: date, hour: int = 10) -> str:
    return datetime.combine(day, time(hour), UTC).isoformat()


class _Generator:
    """Draws one case (or one feedback answer) at a time from the shared random generator."""

    def __init__(self, rng: random.Random, today: date, user: str) -> None:
        self.rng, self.today, self.user = rng, today, user
        self.phq9, self.gad7 = instrument("phq9"), instrument("gad7")

    def change(self, value: str, category: Category, day: date) -> dict[str, Any]:
        return {"value": value, "category": category.value, "changed_at": _at(day),
                "changed_by": self.user}

    def case(self, n: int, intake: date) -> dict[str, Any]:
        rng = self.rng
        language = _pick(rng, LANGUAGES)[0]
        low, high, _w = _pick(rng, AGES, weight=2)  # (from, to, share)
        age = rng.randint(low, high)
        born = intake - timedelta(days=age * 365 + rng.randrange(365))
        interpreter = None if language == "English" else language
        case: dict[str, Any] = {
            "opened": intake.isoformat(),  # the intake meeting's day: the reports count it then
            "display_name": f"{rng.choice(GIVEN)} {rng.choice(INITIALS)}. (generated)",
            "pronouns": _pick(rng, PRONOUNS)[0], "date_of_birth": born.isoformat(),
            "languages": [language] if interpreter is None else [language, "English"][
                : 1 + (rng.random() < 0.3)],
            "interpreter_language": interpreter, "jurisdiction": _pick(rng, JURISDICTIONS)[0],
            "assigned_to": [rng.choice(STAFF)],
            "events": [], "consents": [], "referrals": [], "screenings": [], "goals": [],
            "housing": []}
        self.intake(case, intake, interpreter)
        self.referrals(case, intake, interpreter)
        if rng.random() < 0.55:
            self.screenings(case, intake)
        if rng.random() < 0.6:
            case["safety_plan"] = self.safety_plan(intake)
        if rng.random() < 0.7:
            self.housing(case, intake)
        self.goals(case, intake)
        return case

    def event(self, case: dict[str, Any], kind: str, title: str, category: Category, day: date,
              interpreter: str | None, *, status: str = "scheduled") -> None:
        needed = interpreter is not None
        case["events"].append({
            "id": len(case["events"]) + 1, "kind": kind, "title": title,
            "category": category.value, "start": _at(day, 10 + self.rng.randrange(6)),
            "tz": "UTC", "status": status if day < self.today else "scheduled",
            "interpreter_needed": needed,
            # most needs are met; language gaps show as needs without a booking
            "interpreter_booked": needed and self.rng.random() < (0.55 if interpreter in (
                "K'iche'", "Swahili", "Haitian Creole", "Tagalog") else 0.88),
            "interpreter_language": interpreter, "owner": "agency"})

    def intake(self, case: dict[str, Any], intake: date, interpreter: str | None) -> None:
        self.event(case, "service_appointment", "Intake meeting", Category.HOUSING_BENEFITS,
                   intake, interpreter, status="done")
        if self.rng.random() < REPORTING_SHARE:
            consent: dict[str, Any] = {
                "id": 1, "recipient": REPORTING_RECIPIENT,
                "categories": [Category.AGGREGATE_REPORTING.value],
                "purpose": REPORTING_PURPOSE, "granted": intake.isoformat(), "how_given": "written"}
            if self.rng.random() < 0.03:  # a few withdraw it later
                revoked = intake + timedelta(days=self.rng.randint(20, 200))
                if revoked < self.today:
                    consent["revoked"] = revoked.isoformat()
            case["consents"].append(consent)
        if self.rng.random() < 0.3:
            hearing = intake + timedelta(days=self.rng.randint(20, 240))
            self.event(case, "court_hearing", "Court hearing", Category.IMMIGRATION, hearing,
                       interpreter, status="done")
            case["events"][-1]["owner"] = "court"

    def referrals(self, case: dict[str, Any], intake: date, interpreter: str | None) -> None:
        for service, category, share in SERVICES:
            if self.rng.random() >= share:
                continue
            opened = intake + timedelta(days=self.rng.randint(1, 45))
            if opened >= self.today:
                continue
            history, status = [self.change("made", category, opened)], "made"
            accepted = opened + timedelta(days=self.rng.randint(2, 21))
            fate = self.rng.random()
            if fate < 0.1 and accepted < self.today:
                status = "declined"
                history.append(self.change(status, category, accepted))
            elif fate < 0.85 and accepted < self.today:
                status = "accepted"
                history.append(self.change(status, category, accepted))
                first = accepted + timedelta(days=self.rng.randint(3, 30))
                self.event(case, "service_appointment", f"{service} appointment", category,
                           first, interpreter, status="done")
                completed = first + timedelta(days=self.rng.randint(20, 120))
                if fate < 0.55 and completed < self.today:
                    status = "completed"
                    history.append(self.change(status, category, completed))
            case["referrals"].append({
                "service": service, "organisation": ORGANISATIONS[service],
                "status": ReferralStatus(status).value, "category": category.value,
                "opened": opened.isoformat(), "updated": history[-1]["changed_at"][:10],
                "choice": "opted_in", "shares_data": False, "history": history})

    def screenings(self, case: dict[str, Any], intake: date) -> None:
        trend = self.rng.choices((-1, 0, 1), weights=(55, 30, 15))[0]  # improving, flat, worse
        start_phq, start_gad = self.rng.randint(10, 22), self.rng.randint(8, 18)
        for visit in range(self.rng.randint(2, 4)):
            day = intake + timedelta(days=7 + 45 * visit + self.rng.randrange(10))
            if day >= self.today:
                break
            drift = trend * visit * self.rng.randint(2, 4)
            phq = max(0, min(24, start_phq + drift + self.rng.randint(-1, 1)))
            gad = max(0, min(21, start_gad + drift + self.rng.randint(-1, 1)))
            case["screenings"].append(self.screening(self.phq9, phq, 8, day))
            if self.rng.random() < 0.8:
                case["screenings"].append(self.screening(self.gad7, gad, 7, day))

    def screening(self, inst: Any, total: int, scored: int, day: date) -> dict[str, Any]:
        values = {f"{inst.id}_{i + 1}": min(3, total // scored + (i < total % scored))
                  for i in range(scored)}
        values.update({item.id: 0 for item in inst.items[scored:]})  # item 9: no safety flag
        result = score(inst, values)
        at = _at(day)
        return {"instrument_id": inst.id, "instrument_version": inst.version,
                "category": Category.MENTAL_HEALTH.value, "status": "completed",
                "consent_at": at, "consent_by": self.user, "started_at": at,
                "consent_note": "Verbal consent to the screening", "completed_at": at,
                "total": result.total, "band": result.band.id if result.band else None,
                "answers": [{"item_id": k, "value": v, "asked_by": self.user,
                             "asked_role": "supervisor", "asked_at": at}
                            for k, v in values.items()]}

    def safety_plan(self, intake: date) -> dict[str, Any]:
        made = min(self.today, intake + timedelta(days=self.rng.randint(3, 20)))
        levels = self.rng.choice((("high", "medium", "low"), ("medium", "low"), ("medium",),
                                  ("low",), ("high", "medium")))
        history = [self.change(level, Category.SAFETY_PLAN,
                               min(self.today, made + timedelta(days=60 * i)))
                   for i, level in enumerate(levels)]
        return {"updated_at": history[-1]["changed_at"], "updated_by": self.user,
                "warning_signs": [], "safe_contacts": [], "safe_places": [], "steps": [],
                "risk_level": levels[-1],
                "review_on": (made + timedelta(days=self.rng.choice((90, 180)))).isoformat(),
                "risk_history": history}

    def housing(self, case: dict[str, Any], intake: date) -> None:
        path = self.rng.choice(HOUSING_PATHS)
        day = intake
        for value in path:
            if day >= self.today:
                break
            case["housing"].append(self.change(value, Category.HOUSING_BENEFITS, day))
            day += timedelta(days=self.rng.randint(30, 150))

    def goals(self, case: dict[str, Any], intake: date) -> None:
        for title, domain, category in self.rng.sample(GOALS, self.rng.randint(1, 2)):
            set_on = min(self.today, intake + timedelta(days=self.rng.randint(3, 30)))
            history = [self.change("open", category, set_on)]
            ended = set_on + timedelta(days=self.rng.randint(40, 300))
            if ended < self.today and (fate := self.rng.random()) < 0.6:
                history.append(self.change("achieved" if fate < 0.5 else "dropped", category,
                                           ended))
            case["goals"].append({"title": title, "category": category.value,
                                  "status": history[-1]["value"], "domain": domain,
                                  "priority": len(case["goals"]) + 1,
                                  "measure": {"kind": "yes_no"}, "baseline": "no",
                                  "target": "yes", "history": history})

    def feedback(self, today: date) -> dict[str, Any]:
        back = min(MONTHS - 1, int(self.rng.triangular(0, MONTHS, 0)))
        period = _month_start(today, back)
        language = _pick(self.rng, LANGUAGES)[2] or "en"
        answer: dict[str, Any] = {"program": CLINIC, "period": f"{period:%Y-%m}",
                                  "language": language}
        if self.rng.random() < 0.92:
            answer["satisfaction"] = self.rng.choices((1, 2, 3, 4, 5), (3, 5, 14, 38, 40))[0]
        answer["felt_safe"] = self.rng.choices(("yes", "no", "unsure"), (80, 6, 14))[0]
        if self.rng.random() < 0.9:
            answer["felt_listened"] = self.rng.choices((1, 2, 3, 4, 5), (2, 4, 12, 35, 47))[0]
        return answer
