"""Safety plans, case conferences, status histories, and measurable goals and referrals (0007).

What the store keeps and checks: the shape of each value (a risk level is one of
records.RiskLevel, a baseline fits its goal's measure, a linked event or consent belongs to the
same case) and the history of every status it changes, written in the same transaction as the
change, by the acting user. What the store does not decide: whether a referral may be made
(the survivor's choice, a consent to share) or which instrument a score is of -- the
operations layer does (workbench.operations.care).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import records as r
from models import store_convert as convert
from models import store_fields as f
from models.errors import NotFound
from models.i18n import fill, translate
from models.rows import (
    CaseRow,
    ConferenceRow,
    ConsentRow,
    EventRow,
    GoalRow,
    MilestoneRow,
    ReferralRow,
    SafetyPlanRow,
    StatusChangeRow,
)
from models.store_base import StoreBase

_ID = re.compile(r"[a-z][a-z0-9_-]{0,31}")
GOAL_STATUSES = ("open", "achieved", "dropped")
# subject -> the values its history may hold
HISTORY_VALUES: dict[r.HistorySubject, tuple[str, ...]] = {
    r.HistorySubject.GOAL: GOAL_STATUSES,
    r.HistorySubject.REFERRAL: tuple(s.value for s in r.ReferralStatus),
    r.HistorySubject.RISK: tuple(s.value for s in r.RiskLevel),
    r.HistorySubject.HOUSING: tuple(s.value for s in r.HousingStatus),
}
# a status measure's scale -> its values (worst first)
SCALES: dict[str, tuple[str, ...]] = {
    "housing": HISTORY_VALUES[r.HistorySubject.HOUSING],
    "risk": HISTORY_VALUES[r.HistorySubject.RISK],
}


def _record_list(value: Any, field: str, build: Any) -> tuple[Any, ...]:
    if isinstance(value, str) or not isinstance(value, list | tuple):
        raise f.bad(field, translate("StoreCareRecords",
                "must be a list"))
    return tuple(build(item, f"{field}[{i}]") for i, item in enumerate(value))


def _mapping(value: Any, record: type, field: str) -> Mapping[str, Any]:
    if isinstance(value, record):
        return {name: getattr(value, name) for name in record.__dataclass_fields__}  # type: ignore[attr-defined]
    if not isinstance(value, Mapping):
        raise f.bad(field, translate("StoreCareRecords",
                "must be an object with its fields"))
    return value


def _safe_contact(value: Any, field: str) -> r.SafeContact:
    d = _mapping(value, r.SafeContact, field)
    return r.SafeContact(f.text(d.get("name"), f"{field}.name"), f.text(d.get("role"), f"{field}.role"),
                         f.opt_text(d.get("how"), f"{field}.how"))


def _attendee(value: Any, field: str) -> r.Attendee:
    d = _mapping(value, r.Attendee, field)
    return r.Attendee(f.text(d.get("name"), f"{field}.name"),
                      f.enum(r.AttendeeKind)(d.get("kind", r.AttendeeKind.OTHER), f"{field}.kind"),
                      f.opt_text(d.get("role"), f"{field}.role"),
                      f.opt_id(d.get("contact_id"), f"{field}.contact_id"))


def measure(value: Any, field: str) -> r.Measure | None:
    """A goal's measure: an instrument's score, a status on a scale, or yes/no."""
    if value in (None, ""):
        return None
    d = _mapping(value, r.Measure, field)
    kind = f.enum(r.MeasureKind)(d.get("kind"), f"{field}.kind")
    instrument = d.get("instrument_id")
    scale = d.get("scale")
    if kind is r.MeasureKind.SCORE:
        if not isinstance(instrument, str) or not _ID.fullmatch(instrument):
            raise f.bad(f"{field}.instrument_id", translate("StoreCareRecords",
                    "a score measure names its instrument (an id such as phq9; see workbench "
                    "instruments)"))
        return r.Measure(kind, instrument_id=instrument)
    if kind is r.MeasureKind.STATUS:
        if scale not in SCALES:
            raise f.bad(f"{field}.scale", fill(translate("StoreCareRecords",
                    "a status measure names its scale: one of %1"),
                    ', '.join(SCALES)))
        return r.Measure(kind, scale=str(scale))
    return r.Measure(kind)


def measure_value(value: object, of: r.Measure | None, field: str) -> str | None:
    """A baseline or target as stored: a whole number (score), a scale value, yes or no."""
    if value in (None, ""):
        return None
    if of is None:
        raise f.bad(field, translate("StoreCareRecords",
                "a goal needs its measure before a baseline or a target"))
    if of.kind is r.MeasureKind.SCORE:
        if isinstance(value, bool) or not (isinstance(value, int) or (
                isinstance(value, str) and value.strip().isdigit())):
            raise f.bad(field, translate("StoreCareRecords",
                    "must be a score: a whole number of 0 or more"))
        return str(int(value))
    if of.kind is r.MeasureKind.STATUS:
        allowed = SCALES[str(of.scale)]
        if value not in allowed:
            raise f.bad(field, fill(translate("StoreCareRecords",
                    "must be one of: %1"),
                    ', '.join(allowed)))
        return str(value)
    if value not in ("yes", "no"):
        raise f.bad(field, translate("StoreCareRecords",
                "must be yes or no"))
    return str(value)


def _priority(value: Any, field: str) -> int | None:
    if value in (None, ""):
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 99:
        raise f.bad(field, translate("StoreCareRecords",
                "must be the survivor's ranking: a whole number from 1 (matters most)"))
    return value


GOAL_MEASURE_FIELDS: dict[str, f.Coercer] = {
    "domain": f.opt_enum(r.GoalDomain), "priority": _priority, "measure": measure,
    # baseline and target are checked against the measure once it is known
    "baseline": lambda v, n: v, "target": lambda v, n: v,
}
SAFETY_PLAN_FIELDS: dict[str, f.Coercer] = {
    "warning_signs": f.texts,
    "safe_contacts": lambda v, n: _record_list(v, n, _safe_contact),
    "safe_places": f.texts,
    "steps": f.texts,
    "own_words": f.opt_text,
    "risk_level": f.opt_enum(r.RiskLevel),
    "review_on": f.opt_day,
    "review_event_id": f.opt_id,
}
CONFERENCE_FIELDS: dict[str, f.Coercer] = {
    "held_on": f.day,
    "participation": f.enum(r.Participation),
    "attendees": lambda v, n: _record_list(v, n, _attendee),
    "wishes": f.opt_text,
    "decisions": f.texts,
    "action_event_ids": f.ids,
    "event_id": f.opt_id,
    "category": f.record_category,
}
REFERRAL_CHOICE_FIELDS: dict[str, f.Coercer] = {
    "choice": f.opt_enum(r.ReferralChoice),
    # stored NULL for "no", as in rows written before 0007 (one form of "no": re-imports match)
    "shares_data": lambda v, n: True if v is not None and f.flag(v, n) else None,
    "consent_id": f.opt_id,
}


def clean_measured(given: Mapping[str, Any], current: r.Goal | None) -> dict[str, Any]:
    """A goal's measure fields, the baseline and target checked against the (new) measure."""
    clean = f.clean(given, GOAL_MEASURE_FIELDS, "a goal")
    of = clean["measure"] if "measure" in clean else (current.measure if current else None)
    for name in ("baseline", "target"):
        if name in clean:
            clean[name] = measure_value(clean[name], of, name)
        elif "measure" in clean and current is not None and getattr(current, name) is not None:
            clean[name] = measure_value(getattr(current, name), of, name)
    return clean


class CareRecordsMixin(StoreBase):
    """Status histories, safety plans and case conferences."""

    # --- status histories ---------------------------------------------------------------------
    def _add_change(self, s: Session, case_id: int, subject: r.HistorySubject, value: str,
                    category: str, subject_id: int | None, note: str | None = None,
                    at: datetime | None = None) -> StatusChangeRow:
        row = StatusChangeRow(case_id=case_id, subject=subject.value, subject_id=subject_id,
                              category=category, value=value,
                              changed_at=convert.utc_text(at or self._now()),
                              changed_by=self.actor, note=note)
        s.add(row)
        return row

    def record_housing(self, case_id: int, status: r.HousingStatus | str, *,
                       note: str | None = None,
                       on: datetime | str | None = None) -> r.StatusChange:
        """Record where the survivor lives now (the housing series; ``on`` defaults to now)."""
        value = f.enum(r.HousingStatus)(status, "status")
        clean_note = f.opt_text(note, "note")
        at = None if on in (None, "") else f.moment(on, "on")
        if at is not None and at > self._now():
            raise f.bad("on", translate("StoreCareRecords",
                    "is in the future: record housing as it is, or was"))
        with self._write() as s:
            self._require(s, CaseRow, case_id)
            row = self._add_change(s, case_id, r.HistorySubject.HOUSING, value.value,
                                   r.Category.HOUSING_BENEFITS.value, None, clean_note, at)
            s.flush()
            self._audit(s, "housing.add", "status_changes", row.id, case_id)
            return convert.status_change(row)

    def list_status_changes(self, case_id: int, subject: r.HistorySubject | str | None = None,
                            subject_id: int | None = None) -> list[r.StatusChange]:
        """A case's status histories, oldest first (of one subject, and of one record)."""
        kind = None if subject is None else f.enum(r.HistorySubject)(subject, "subject")
        with self._read() as s:
            self._require(s, CaseRow, case_id)
            query = convert.STATUS_CHANGE.select().where(StatusChangeRow.case_id == case_id)
            if kind is not None:
                query = query.where(StatusChangeRow.subject == kind.value)
            if subject_id is not None:
                query = query.where(StatusChangeRow.subject_id == subject_id)
            order = (StatusChangeRow.changed_at, StatusChangeRow.id)
            return convert.STATUS_CHANGE.from_rows(s.execute(query.order_by(*order)))

    # --- safety plans --------------------------------------------------------------------------
    def save_safety_plan(self, case_id: int, *, risk_note: str | None = None,
                         risk_assessed_at: datetime | str | None = None,
                         **fields: object) -> r.SafetyPlan:
        """Create the case's safety plan or change it (``version``: as read). A new risk level
        is added to the risk history (with ``risk_note``, dated ``risk_assessed_at``: now, or
        when it was assessed, e.g. a plan recorded from paper) in the same transaction."""
        expected = self._expected_version(fields)
        clean = f.clean(fields, SAFETY_PLAN_FIELDS, "a safety plan")
        note = f.opt_text(risk_note, "risk_note")
        assessed = None if risk_assessed_at in (None, "") else f.moment(risk_assessed_at,
                                                                         "risk_assessed_at")
        if assessed is not None and assessed > self._now():
            raise f.bad("risk_assessed_at", translate("StoreCareRecords",
                    "is in the future: record a risk level when it is assessed"))
        with self._write() as s:
            self._require(s, CaseRow, case_id)
            if clean.get("review_event_id") is not None:
                self._same_case(s, EventRow, clean["review_event_id"], case_id, "review_event_id")
            row = s.scalar(select(SafetyPlanRow).where(SafetyPlanRow.case_id == case_id))
            before = None if row is None else row.risk_level
            stamp = {"updated_at": convert.utc_text(self._now()), "updated_by": self.actor}
            if row is None:
                row = SafetyPlanRow(case_id=case_id, category=r.Category.SAFETY_PLAN.value,
                                    **convert.columns(clean), **stamp)
                s.add(row)
                action = "safety_plan.add"
            else:
                self._check_version(row, expected, convert.safety_plan)
                for name, value in {**convert.columns(clean), **stamp}.items():
                    setattr(row, name, value)
                action = "safety_plan.update"
            s.flush()
            if "risk_level" in clean and clean["risk_level"] is not None \
                    and clean["risk_level"].value != before:
                self._add_change(s, case_id, r.HistorySubject.RISK, clean["risk_level"].value,
                                 row.category, row.id, note, assessed)
            self._audit(s, action, "safety_plans", row.id, case_id)
            return convert.safety_plan(row)

    def get_safety_plan(self, case_id: int) -> r.SafetyPlan | None:
        """The case's safety plan, or None when it has none yet."""
        with self._read() as s:
            self._require(s, CaseRow, case_id)
            query = convert.SAFETY_PLAN.select().where(SafetyPlanRow.case_id == case_id)
            found = convert.SAFETY_PLAN.from_rows(s.execute(query))
            return found[0] if found else None

    # --- case conferences ---------------------------------------------------------------------
    def add_conference(self, case_id: int, held_on: object, participation: object,
                       **fields: object) -> r.Conference:
        """Record a case conference: its day, how the survivor took part, and (fields)
        attendees, wishes, decisions, action_event_ids, event_id and category."""
        clean = f.clean({"held_on": held_on, "participation": participation, **fields},
                        CONFERENCE_FIELDS, "a case conference")
        clean.setdefault("category", r.Category.HOUSING_BENEFITS)
        with self._write() as s:
            self._require(s, CaseRow, case_id)
            self._check_conference_links(s, case_id, clean)
            row = ConferenceRow(case_id=case_id, **convert.columns(clean),
                                recorded_by=self.actor,
                                recorded_at=convert.utc_text(self._now()))
            s.add(row)
            s.flush()
            self._audit(s, "conference.add", "conferences", row.id, case_id)
            return convert.conference(row)

    def update_conference(self, conference_id: int, **fields: object) -> r.Conference:
        """Change a conference's minutes (``version``: as read)."""
        expected = self._expected_version(fields)
        clean = f.clean(fields, CONFERENCE_FIELDS, "a case conference")
        with self._write() as s:
            row = self._get(s, ConferenceRow, conference_id)
            self._check_version(row, expected, convert.conference)
            self._check_conference_links(s, row.case_id, clean)
            for name, value in convert.columns(clean).items():
                setattr(row, name, value)
            self._audit(s, "conference.update", "conferences", row.id, row.case_id)
            return convert.conference(row)

    def list_conferences(self, case_id: int) -> list[r.Conference]:
        """The case conferences of one case, by day."""
        with self._read() as s:
            self._require(s, CaseRow, case_id)
            query = convert.CONFERENCE.select().where(ConferenceRow.case_id == case_id)
            order = (ConferenceRow.held_on, ConferenceRow.id)
            return convert.CONFERENCE.from_rows(s.execute(query.order_by(*order)))

    def _check_conference_links(self, s: Session, case_id: int, clean: Mapping[str, Any]) -> None:
        if clean.get("event_id") is not None:
            self._same_case(s, EventRow, clean["event_id"], case_id, "event_id")
        for i, event_id in enumerate(clean.get("action_event_ids", ())):
            self._same_case(s, EventRow, event_id, case_id, f"action_event_ids[{i}]")

    def _same_case(self, s: Session, row_type: Any, row_id: int, case_id: int,
                   field: str) -> None:
        found = s.scalar(select(row_type.case_id).where(row_type.id == row_id))
        if found is None:
            what = row_type.__tablename__.rstrip("s")
            raise NotFound(fill(translate("StoreCareRecords",
                    "There is no %1 with id %2."),
                    what, repr(row_id)))
        if found != case_id:
            raise f.bad(field, translate("StoreCareRecords",
                    "belongs to another case; link a record of this case"))

    # --- measurable goals, linked milestones, referral choices ---------------------------------
    def update_goal(self, goal_id: int, **fields: object) -> r.Goal:
        """Change a goal's title, domain, the survivor's priority, its measure, baseline or
        target (``version``: as read). The status has its own call (set_goal_status)."""
        expected = self._expected_version(fields)
        title = fields.pop("title", None)
        with self._write() as s:
            row = self._get(s, GoalRow, goal_id)
            self._check_version(row, expected, convert.goal)
            clean = clean_measured(fields, convert.goal(row))
            if title is not None:
                clean["title"] = f.text(title, "title")
            for name, value in convert.columns(clean).items():
                setattr(row, name, value)
            self._audit(s, "goal.update", "goals", row.id, row.case_id)
            return convert.goal(row)

    def link_milestone(self, milestone_id: int, event_id: int | None) -> r.Milestone:
        """Link a milestone to the timeline event that achieves it (None: unlink)."""
        target = f.opt_id(event_id, "event_id")
        with self._write() as s:
            row = self._get(s, MilestoneRow, milestone_id)
            goal = self._get(s, GoalRow, row.goal_id)
            if target is not None:
                self._same_case(s, EventRow, target, goal.case_id, "event_id")
            row.linked_event_id = target
            self._audit(s, "milestone.link", "milestones", row.id, goal.case_id)
            return convert.milestone(row)

    def update_referral(self, referral_id: int, **fields: object) -> r.Referral:
        """Record the survivor's choice, whether making it shares case data, the consent that
        allows it, or notes (``version``: as read). Its status has its own call."""
        expected = self._expected_version(fields)
        notes_given = "notes" in fields
        notes = f.opt_text(fields.pop("notes", None), "notes")
        clean = f.clean(fields, REFERRAL_CHOICE_FIELDS, "a referral's choice")
        with self._write() as s:
            row = self._get(s, ReferralRow, referral_id)
            self._check_version(row, expected, convert.referral)
            if clean.get("consent_id") is not None:
                self._same_case(s, ConsentRow, clean["consent_id"], row.case_id, "consent_id")
            if notes_given:
                clean["notes"] = notes
            for name, value in convert.columns(clean).items():
                setattr(row, name, value)
            self._audit(s, "referral.update", "referrals", row.id, row.case_id)
            return convert.referral(row)
