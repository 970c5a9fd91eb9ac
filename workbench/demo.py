"""The demo vault: fictional, realistic cases that exercise every feature.

Every name, number and story here is invented. Dates are laid out around ``today`` so the demo
always has upcoming dates, overdue items, an expired consent and deliberate conflicts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from models.records import (
    Category,
    ClosureReason,
    ContactKind,
    EventKind,
    MatterKind,
    Owner,
    ReferralChoice,
    ReferralStatus,
    Role,
)

DEMO_PASSPHRASE = "workbench demo 2026"
DEMO_USERS: tuple[tuple[str, Role], ...] = (
    ("ana", Role.ADVOCATE),
    ("ben", Role.CLINICIAN),
    ("cam", Role.CASE_MANAGER),
    ("sam", Role.SUPERVISOR),
    ("pia", Role.PEER_MENTOR),
)
DEMO_SUPERVISOR = "sam"
PACIFIC = "America/Los_Angeles"
CENTRAL = "America/Chicago"
EASTERN = "America/New_York"


def banner_text() -> str:
    """The line the demo's unlock screen shows."""
    users = ", ".join(f"{name} ({role.value.replace('_', ' ')})" for name, role in DEMO_USERS)
    return f"Demo vault (fictional cases). Users: {users}. Passphrase for each: {DEMO_PASSPHRASE}"


def build_demo(path: Path, *, user: str | None = None, passphrase: str | None = None,
               today: date | None = None, kdf_profile: str = "calibrated",
               program_caseload: bool = True) -> dict[str, Any]:
    """Create the demo vault at ``path``; return a summary with the users and their passphrases.
    ``program_caseload=False`` leaves out the generated caseload (the six hand-written cases
    only: what a test of moving cases around needs)."""
    from models.vault import create_vault, open_vault
    from workbench.operations.context import Context

    today = today or date.today()
    first_name = user or DEMO_USERS[0][0]
    first_pass = passphrase or DEMO_PASSPHRASE
    vault, _code = create_vault(path, user=first_name, role=Role.ADVOCATE, passphrase=first_pass,
                                kdf_profile=kdf_profile)
    users = [{"name": first_name, "role": Role.ADVOCATE.value, "passphrase":
              "(yours)" if passphrase else first_pass}]
    try:
        for name, role in DEMO_USERS[1:]:
            vault.add_user(name, role, DEMO_PASSPHRASE)
            users.append({"name": name, "role": role.value, "passphrase": DEMO_PASSPHRASE})
    finally:
        vault.lock()
    # The cases are written through the operations layer by the demo's supervisor, who may
    # write every category (an advocate may not write clinical records).
    supervisor = open_vault(path, user=DEMO_SUPERVISOR, passphrase=DEMO_PASSPHRASE)
    try:
        refs = load_demo(Context(supervisor, today=lambda: today), advocate=first_name,
                         users={u["name"] for u in users}, program_caseload=program_caseload)
    finally:
        supervisor.lock()
    return {"vault": str(path), "cases": len(refs), "refs": refs, "users": users}


def load_demo(ctx: Any, *, advocate: str, users: set[str],
              program_caseload: bool = True) -> list[str]:
    """Write the demo's cases, closures and staff profiles through the operations layer, as
    ``ctx``'s user (a supervisor, who may write every category), into a vault or a hub; the
    generated program caseload too unless ``program_caseload`` is False."""
    from workbench.demo_profiles import demo_profiles
    from workbench.operations import staff

    refs = _DemoBuilder(_Ops(ctx), ctx.today(), advocate).build_all(program_caseload)
    for profile in demo_profiles():
        if profile.user in users:
            staff.set_profile(ctx, profile=profile)
    return refs


class _Ops:
    """The operations the demo builder calls, with the store's argument order."""

    def __init__(self, ctx: Any) -> None:
        from workbench.operations import care, cases, dates

        self.ctx, self._care, self._cases, self._dates = ctx, care, cases, dates

    def add_case(self, display_name: str, **fields: Any) -> Any:
        return self._cases.add_case(self.ctx, display_name=display_name, **fields).value

    def add_safe_address(self, case_id: int, filing: str, address: str) -> Any:
        return self._cases.add_safe_address(self.ctx, case_id=case_id, filing=filing,
                                            address=address).value

    def add_matter(self, case_id: int, kind: MatterKind, **fields: Any) -> Any:
        return self._care.add_matter(self.ctx, case_id=case_id, kind=kind, **fields).value

    def add_event(self, case_id: int, kind: EventKind, title: str, category: Category,
                  **fields: Any) -> Any:
        return self._dates.add_event(self.ctx, case_id=case_id, kind=kind, title=title,
                                     category=category, **fields).value

    def add_closure(self, day: date, calendar: str, reason: ClosureReason,
                    note: str | None = None) -> Any:
        return self._dates.add_closure(self.ctx, day=day, calendar=calendar, reason=reason,
                                       note=note).value

    def record_trigger(self, case_ref: str, rule_id: str, when: date | datetime,
                       **kw: Any) -> list[Any]:
        return self._dates.record_trigger(self.ctx, case_ref=case_ref, rule_id=rule_id,
                                          occurred=when, **kw).value[1]

    def add_consent(self, case_id: int, recipient: str, categories: Any, purpose: str,
                    granted: date, **fields: Any) -> Any:
        return self._care.add_consent(self.ctx, case_id=case_id, recipient=recipient,
                                      categories=categories, purpose=purpose, granted=granted,
                                      **fields).value

    def revoke_consent(self, consent_id: int, on: date) -> Any:
        return self._care.revoke_consent(self.ctx, consent_id=consent_id, on=on).value

    def add_document(self, case_id: int, category: Category, title: str, data: bytes,
                     media_type: str, doc_date: date | None = None) -> Any:
        return self._care.add_document(self.ctx, case_id=case_id, category=category, title=title,
                                       data=data, media_type=media_type, doc_date=doc_date).value

    def add_contact(self, kind: ContactKind, name: str, **fields: Any) -> Any:
        return self._care.add_contact(self.ctx, kind=kind, name=name, **fields).value

    def add_referral(self, case_id: int, service: str, organisation: str, *,
                     status: ReferralStatus, opened: date,
                     category: Category = Category.HOUSING_BENEFITS) -> Any:
        # the demo's survivors agreed to each referral made for them
        return self._care.add_referral(self.ctx, case_id=case_id, service=service,
                                       organisation=organisation, status=status,
                                       category=category, opened=opened,
                                       choice=ReferralChoice.OPTED_IN).value

    def add_goal(self, case_id: int, title: str, *, category: Category) -> Any:
        return self._care.add_goal(self.ctx, case_id=case_id, title=title,
                                   category=category).value

    def add_milestone(self, goal_id: int, title: str, due: date | None = None,
                      done: date | None = None) -> Any:
        goal = next(g for c in self.ctx.store.list_cases() for g in self.ctx.store.list_goals(c.id)
                    if g.id == goal_id)
        return self._care.add_milestones(self.ctx, case_id=goal.case_id, goal_id=goal_id,
                                         milestones=[(title, due)]).value


@dataclass
class _DemoBuilder:
    ops: _Ops
    today: date
    advocate: str

    def day(self, offset: int) -> date:
        return self.today + timedelta(days=offset)

    def weekday(self, offset: int) -> date:
        """``day(offset)`` moved to the next Monday when it falls on a weekend.

        The demo's deliberate conflicts must not gain accidental ones (a date on a closed day)
        depending on the weekday the demo happens to be built on.
        """
        day = self.day(offset)
        return day + timedelta(days=(7 - day.weekday()) % 7) if day.weekday() >= 5 else day

    def at(self, offset: int, hour: int, minute: int = 0, tz: str = PACIFIC) -> datetime:
        return datetime.combine(self.weekday(offset), time(hour, minute), ZoneInfo(tz))

    def build_all(self, program_caseload: bool = True) -> list[str]:
        self.closures()
        refs = [
            self.t_visa_case(),
            self.u_visa_case(),
            self.california_dvro_case(),
            self.texas_protective_order_case(),
            self.asylum_case(),
            self.federal_criminal_case(),
        ]
        self.screenings(refs[:3])
        from workbench.demo_conferences import add_conferences
        from workbench.demo_goals import add_measurable_goals
        from workbench.demo_interpreters import add_interpreter_bookings
        from workbench.demo_program import add_program_caseload
        from workbench.demo_safety import add_safety_plans

        add_safety_plans(self, refs)
        add_conferences(self, refs)
        add_measurable_goals(self, refs)
        add_interpreter_bookings(self.ops.ctx, refs)
        if program_caseload:
            add_program_caseload(self)  # the generated caseload the reports count
        return refs

    # PHQ-9 and GAD-7 totals over five months, per case: improving, worsening, flat. Item 9 is
    # always 0 (no safety flag: the demo's tasks stay as they are).
    SCREENING_TOTALS = (("improving", (18, 15, 11, 8, 6), (15, 13, 10, 8, 5)),
                        ("worsening", (6, 8, 11, 13, 16), (5, 7, 9, 12, 14)),
                        ("flat", (10, 11, 10, 9, 10), (9, 9, 10, 9, 9)))

    def screenings(self, refs: list[str]) -> None:
        """Monthly PHQ-9 and GAD-7 screenings, all given with consent (fictional)."""
        from workbench.operations import screenings

        ctx = self.ops.ctx
        for ref, (_trend, phq9, gad7) in zip(refs, self.SCREENING_TOTALS, strict=True):
            case = ctx.store.get_case_by_ref(ref)
            for month, (p, g) in enumerate(zip(phq9, gad7, strict=True)):
                at = datetime.combine(self.weekday(-30 * (len(phq9) - month)), time(10),
                                      ZoneInfo(PACIFIC))
                for inst, total, items in (("phq9", p, 8), ("gad7", g, 7)):
                    answers: dict[str, int | str] = {
                        f"{inst}_{i + 1}": min(3, total // items + (i < total % items))
                        for i in range(items)}
                    if inst == "phq9":
                        answers["phq9_9"] = 0
                        answers["phq9_10"] = 1
                    screenings.administer(ctx, case_id=case.id, instrument_id=inst,
                                          answers=answers, consent_at=at, at=at,
                                          consent_note="Verbal consent to the screening")

    # -- shared ------------------------------------------------------------------------
    def closures(self) -> None:
        # a weather closure entered by a user: every computation must honour it
        self.ops.add_closure(self.weekday(19), "*", ClosureReason.INACCESSIBLE,
                               note="Courthouse closed (storm)")

    def trigger(self, case_ref: str, rule_id: str, when: date | datetime, **kw: Any) -> list:
        return self.ops.record_trigger(case_ref, rule_id, when, **kw)

    def appointment(self, case_id: int, title: str, category: Category, start: datetime,
                    minutes: int = 60, **kw: Any) -> Any:
        kind = kw.pop("kind", EventKind.MEDICAL_APPOINTMENT)
        return self.ops.add_event(case_id, kind, title, category, start=start,
                                    end=start + timedelta(minutes=minutes),
                                    tz=str(start.tzinfo), owner=kw.pop("owner", Owner.CLINIC), **kw)

    def consent(self, case_id: int, recipient: str, categories: set[Category], purpose: str,
                granted_offset: int, expires_offset: int | None = None) -> Any:
        return self.ops.add_consent(
            case_id, recipient, frozenset(categories), purpose, self.day(granted_offset),
            expires=self.day(expires_offset) if expires_offset is not None else None,
            how_given="written")

    def document(self, case_id: int, category: Category, title: str, offset: int, heading: str,
                 paragraphs: list[str]) -> Any:
        from exports.sample_letter import letter_pdf

        return self.ops.add_document(case_id, category, title, letter_pdf(heading, paragraphs),
                                       "application/pdf", doc_date=self.day(offset))

    # -- the six cases -----------------------------------------------------------------
    def t_visa_case(self) -> str:
        s = self.ops
        case = s.add_case("María José Hernández Ruíz", legal_name="María José Hernández Ruíz",
                          pronouns="she/her", date_of_birth=date(1994, 3, 12),
                          languages=("Spanish",), interpreter_language="Spanish",
                          safe_contact="Text only, after 6 pm; never leave voicemail",
                          confidential_address=True, address="(confidential shelter address)",
                          jurisdiction="federal-CA", assigned_to=(self.advocate, "ben"))
        s.add_safe_address(case.id, "I-914", "c/o Bay Legal Clinic, PO Box 4410, Oakland, CA 94601")
        m = s.add_matter(case.id, MatterKind.IMMIGRATION, title="Removal proceedings; T visa",
                         court="San Francisco Immigration Court", case_number="A-201-555-014",
                         jurisdiction="federal-CA")
        self.trigger(case.ref, "B-EOIR-BIA-APPEAL", self.day(-6), matter_ref=m.ref)
        # one of the team's own tasks left past due: the caseload and the agenda show it overdue
        s.add_event(case.id, EventKind.TASK, "Request the certified hearing transcript",
                    Category.IMMIGRATION, due=self.day(-3), all_day=True, owner=Owner.CLIENT,
                    assigned_to=self.advocate, matter_id=m.id)
        s.add_event(case.id, EventKind.COURT_HEARING, "Master calendar hearing",
                    Category.IMMIGRATION, matter_id=m.id, start=self.at(12, 9),
                    end=self.at(12, 11), tz=PACIFIC, location="100 Montgomery St, San Francisco",
                    owner=Owner.COURT, interpreter_needed=True, interpreter_booked=True,
                    interpreter_language="Spanish", assigned_to=self.advocate)
        self.appointment(case.id, "Therapy session", Category.MENTAL_HEALTH, self.at(-21, 16),
                         rrule="FREQ=WEEKLY;COUNT=26", exdates=(self.day(7),),
                         interpreter_needed=True, interpreter_booked=True,
                         interpreter_language="Spanish", notes="Trauma-focused CBT, session notes in EHR")
        self.trigger(case.ref, "E-nPEP-FU", self.day(-20))
        self.consent(case.id, "Bay Legal Clinic", {Category.IDENTITY, Category.IMMIGRATION,
                     Category.MENTAL_HEALTH, Category.TRAFFICKING_NARRATIVE}, "T visa application", -60)
        self.consent(case.id, "San Francisco Immigration Court", {Category.IDENTITY,
                     Category.IMMIGRATION}, "Court hearing", -30)
        # the agency case-conference packet: minutes, safety plan, outcomes (issue 11)
        self.consent(case.id, "Bay Area Care Network", {Category.IDENTITY,
                     Category.HOUSING_BENEFITS, Category.SAFETY_PLAN, Category.MENTAL_HEALTH},
                     "Case conference", -14, 351)
        self.document(case.id, Category.MEDICAL, "Medical letter in support of T visa", -9,
                      "Letter of medical findings", [
                          "To whom it may concern: I have treated the patient at Eastbay Community "
                          "Clinic since the date of intake. Findings are consistent with the history "
                          "given. (Fictional demo document.)"])
        self.document(case.id, Category.TRAFFICKING_NARRATIVE, "Personal declaration", -15,
                      "Declaration", ["I, the declarant, state the following facts about how I came "
                                      "to the United States and the work I was forced to do. "
                                      "(Fictional demo document.)"])
        s.add_contact(ContactKind.INTERPRETER, "Lucía Ferreira (Spanish)", case_id=case.id,
                      phone="+1 415 555 0142", language="Spanish")
        return case.ref

    def u_visa_case(self) -> str:
        s = self.ops
        case = s.add_case("Nguyễn Thị Lan", languages=("Vietnamese",),
                          interpreter_language="Vietnamese", jurisdiction="federal-CA",
                          date_of_birth=date(1989, 11, 2), assigned_to=(self.advocate,))
        m = s.add_matter(case.id, MatterKind.IMMIGRATION, title="U visa (I-918)",
                         jurisdiction="federal")
        deadlines = self.trigger(case.ref, "B-U-SUPB-6MO", self.day(-150), matter_ref=m.ref)
        filing = deadlines[0] if deadlines else None
        # deliberate conflict: the psychological evaluation lands after the filing deadline
        self.appointment(case.id, "Psychological evaluation (evidence for I-918)",
                         Category.MENTAL_HEALTH, self.at(40, 10), minutes=120,
                         evidence_for_id=filing.id if filing else None,
                         interpreter_needed=True, interpreter_booked=False,
                         interpreter_language="Vietnamese")
        self.trigger(case.ref, "E-HEPB-3DOSE", self.day(-35))
        self.document(case.id, Category.IMMIGRATION, "Form I-918 Supplement B (signed)", -150,
                      "I-918 Supplement B", ["Certification signed by the certifying official. "
                                             "(Fictional demo document.)"])
        s.add_contact(ContactKind.CERTIFYING_OFFICIAL, "Det. R. Okafor", case_id=case.id,
                      organisation="Oakland Police Department")
        # one consent that has expired and one that was revoked
        self.consent(case.id, "Oakland Police Department", {Category.IDENTITY,
                     Category.TRAFFICKING_NARRATIVE}, "Supplement B certification", -200, -20)
        revoked = self.consent(case.id, "Community Health Partners", {Category.MEDICAL,
                               Category.HIV_STI}, "Care coordination", -90)
        s.revoke_consent(revoked.id, self.day(-10))
        self.consent(case.id, "USCIS", {Category.IDENTITY, Category.IMMIGRATION,
                     Category.MENTAL_HEALTH}, "U visa application", -40)
        return case.ref

    def california_dvro_case(self) -> str:
        s = self.ops
        case = s.add_case("Оксана Коваленко", languages=("Ukrainian", "Russian"),
                          interpreter_language="Ukrainian", jurisdiction="CA",
                          safe_contact="Call the shelter line and ask for 'Olena'",
                          assigned_to=(self.advocate, "cam"))
        m = s.add_matter(case.id, MatterKind.PROTECTIVE_ORDER, title="DVRO (Fam. Code 6200)",
                         court="Superior Court of California, County of Alameda",
                         case_number="24DV001234", jurisdiction="CA")
        self.trigger(case.ref, "C-CA-DVRO-HEARING", self.day(-3), matter_ref=m.ref)
        hearing = s.add_event(case.id, EventKind.COURT_HEARING, "DVRO hearing",
                              Category.PROTECTIVE_ORDER, matter_id=m.id, start=self.at(18, 8, 30),
                              end=self.at(18, 10), tz=PACIFIC, location="Hayward Hall of Justice",
                              owner=Owner.COURT, interpreter_needed=True, interpreter_booked=True,
                              interpreter_language="Ukrainian", assigned_to=self.advocate)
        # deliberate conflict: a clinic visit on the hearing day without travel time
        self.appointment(case.id, "Wound care follow-up", Category.MEDICAL,
                         hearing.end + timedelta(minutes=30), minutes=45)
        goal = s.add_goal(case.id, "Safe housing", category=Category.HOUSING_BENEFITS)
        s.add_milestone(goal.id, "Shelter intake complete", due=self.day(-14))
        s.add_milestone(goal.id, "Transitional housing application", due=self.day(21))
        s.add_referral(case.id, "Transitional housing", "Alameda Housing Collaborative",
                       status=ReferralStatus.MADE, opened=self.day(-12))
        self.consent(case.id, "Superior Court of California, County of Alameda",
                     {Category.IDENTITY, Category.PROTECTIVE_ORDER, Category.SAFETY_PLAN},
                     "Court hearing", -5)
        return case.ref

    def texas_protective_order_case(self) -> str:
        s = self.ops
        case = s.add_case("ليلى حداد", languages=("Spanish", "English"), jurisdiction="TX",
                          assigned_to=("cam",))
        m = s.add_matter(case.id, MatterKind.PROTECTIVE_ORDER, title="Protective order (Tex. Fam. Code 85)",
                         court="Harris County District Court", jurisdiction="TX")
        self.trigger(case.ref, "C-TX-HEARING-14", self.day(-2), matter_ref=m.ref)
        # deliberate conflict: a hearing entered on the day the courthouse is closed
        s.add_event(case.id, EventKind.COURT_HEARING, "Protective order hearing",
                    Category.PROTECTIVE_ORDER, matter_id=m.id, start=self.at(19, 9, tz=CENTRAL),
                    end=self.at(19, 10, tz=CENTRAL), tz=CENTRAL, owner=Owner.COURT,
                    location="Harris County Civil Courthouse", assigned_to="cam")
        self.appointment(case.id, "Substance use counselling", Category.SUBSTANCE_USE,
                         self.at(3, 13, tz=CENTRAL), rrule="FREQ=WEEKLY;INTERVAL=2;COUNT=8")
        self.consent(case.id, "Harris County District Court", {Category.IDENTITY,
                     Category.PROTECTIVE_ORDER}, "Court hearing", -4)
        self.consent(case.id, "Houston Recovery Center", {Category.IDENTITY, Category.SUBSTANCE_USE},
                     "Care coordination", -30, 150)
        return case.ref

    def asylum_case(self) -> str:
        s = self.ops
        case = s.add_case("अनीता शर्मा", languages=("Swahili", "English"), jurisdiction="federal-NY",
                          assigned_to=(self.advocate,))
        m = s.add_matter(case.id, MatterKind.IMMIGRATION, title="Affirmative asylum (I-589)",
                         jurisdiction="federal")
        self.trigger(case.ref, "B-ASYLUM-1YR", self.day(-330), matter_ref=m.ref)
        # deliberate conflict: a client deadline nobody owns
        s.add_event(case.id, EventKind.LEGAL_DEADLINE, "Send translated birth certificate",
                    Category.IMMIGRATION, matter_id=m.id, due=self.weekday(9), all_day=True,
                    tz=EASTERN, owner=Owner.CLIENT)
        s.add_event(case.id, EventKind.CASE_CONFERENCE, "Case conference (legal + clinic)",
                    Category.IMMIGRATION, start=self.at(5, 15, tz=EASTERN),
                    end=self.at(5, 16, tz=EASTERN), tz=EASTERN, owner=Owner.AGENCY)
        # deliberate conflict: the court's clock ran out with nothing heard (expected by, passed)
        crim = s.add_matter(case.id, MatterKind.CRIMINAL, title="United States v. Roe (victim-witness)",
                            court="U.S. District Court, E.D.N.Y.", jurisdiction="federal-NY")
        self.trigger(case.ref, "D-STA-30", self.day(-45), matter_ref=crim.ref)
        s.add_referral(case.id, "English classes", "Brooklyn Adult Learning Center",
                       status=ReferralStatus.ACCEPTED, opened=self.day(-40))
        self.consent(case.id, "USCIS", {Category.IDENTITY, Category.IMMIGRATION}, "Asylum application", -20)
        return case.ref

    def federal_criminal_case(self) -> str:
        s = self.ops
        case = s.add_case("נועה כהן", languages=("Greek", "English"),
                          jurisdiction="federal-NY", assigned_to=(self.advocate, "sam"))
        m = s.add_matter(case.id, MatterKind.CRIMINAL, title="United States v. Doe (18 U.S.C. 1591)",
                         court="U.S. District Court, S.D.N.Y.", case_number="1:26-cr-00417",
                         jurisdiction="federal-NY")
        self.trigger(case.ref, "C-FED-1514-TRO", self.day(-4), matter_ref=m.ref)
        self.trigger(case.ref, "D-STA-70", self.day(-25), matter_ref=m.ref)
        # deliberate conflict: two commitments at the same time
        s.add_event(case.id, EventKind.SERVICE_APPOINTMENT, "Victim-witness coordinator meeting",
                    Category.CRIMINAL_CASE, matter_id=m.id, start=self.at(6, 10, tz=EASTERN),
                    end=self.at(6, 11, tz=EASTERN), tz=EASTERN, owner=Owner.AGENCY)
        self.appointment(case.id, "Primary care visit", Category.MEDICAL,
                         self.at(6, 10, 30, tz=EASTERN), kind=EventKind.MEDICAL_APPOINTMENT)
        goal = s.add_goal(case.id, "Employment authorisation", category=Category.IMMIGRATION)
        s.add_milestone(goal.id, "Continued Presence request sent", due=self.day(-30), done=None)
        self.consent(case.id, "U.S. Attorney's Office, S.D.N.Y.", {Category.IDENTITY,
                     Category.CRIMINAL_CASE, Category.TRAFFICKING_NARRATIVE}, "Court hearing", -15)
        return case.ref
