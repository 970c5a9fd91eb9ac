"""Referrals, care-plan goals and milestones, contacts, staff profiles and closure days."""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from models import records as r
from models import store_convert as convert
from models import store_fields as f
from models.field_cipher import reserve_ids
from models.i18n import fill, translate
from models.rows import (
    CaseRow,
    ClosureRow,
    ConsentRow,
    ContactRow,
    EventRow,
    GoalRow,
    MilestoneRow,
    ReferralRow,
    StaffProfileRow,
)
from models.store_base import StoreBase
from models.store_care_records import (
    GOAL_STATUSES,
    REFERRAL_CHOICE_FIELDS,
    CareRecordsMixin,
    clean_measured,
)

_GOAL_STATUS = GOAL_STATUSES
_MEASURED = ("domain", "priority", "measure", "baseline", "target")


def _goal_status(value: object, field: str) -> str:
    status = f.text(value, field)
    if status not in _GOAL_STATUS:
        raise f.bad(field, fill(translate("StoreCare",
                "not one of: %1"),
                ', '.join(_GOAL_STATUS)))
    return status


REFERRAL_FIELDS: dict[str, f.Coercer] = {
    "service": f.text,
    "organisation": f.text,
    "status": f.enum(r.ReferralStatus),
    "category": f.record_category,
    "opened": f.opt_day,
    "updated": f.opt_day,
    "notes": f.opt_text,
    **REFERRAL_CHOICE_FIELDS,
}
GOAL_FIELDS: dict[str, f.Coercer] = {
    "title": f.text, "category": f.record_category, "status": _goal_status,
}
MILESTONE_FIELDS: dict[str, f.Coercer] = {"title": f.text, "due": f.opt_day, "done": f.opt_day,
                                          "linked_event_id": f.opt_id}
CONTACT_FIELDS: dict[str, f.Coercer] = {
    "kind": f.enum(r.ContactKind),
    "name": f.text,
    "case_id": f.opt_id,
    "organisation": f.opt_text,
    "phone": f.opt_text,
    "email": f.opt_text,
    "language": f.opt_text,
}
_USER_NAME = re.compile(r"[A-Za-z0-9._-]{1,64}")


def _user_name(value: object, field: str) -> str:
    name = f.text(value, field)
    if not _USER_NAME.fullmatch(name):
        raise f.bad(field, translate("StoreCare",
                "is not a user name (letters, digits, '.', '_' or '-')"))
    return name


def _email(value: object, field: str) -> str | None:
    email = f.opt_text(value, field)
    if email is not None and (email.count("@") != 1 or email.startswith("@")
                              or email.endswith("@") or " " in email):
        raise f.bad(field, translate("StoreCare",
                "is not an e-mail address (name@example.org)"))
    return email


STAFF_PROFILE_FIELDS: dict[str, f.Coercer] = {
    "user": _user_name,
    "full_name": f.text,
    "role_title": lambda v, n: f.opt_text(v, n) or "",
    "organisation": lambda v, n: f.opt_text(v, n) or "",
    "bar_or_eoir_id": f.opt_text,
    "address": f.opt_text,
    "phone": f.opt_text,
    "email": _email,
}
CLOSURE_FIELDS: dict[str, f.Coercer] = {
    "day": f.day, "calendar": f.text, "reason": f.enum(r.ClosureReason), "note": f.opt_text,
}


class CareMixin(CareRecordsMixin, StoreBase):
    """Referrals, goals, milestones, contacts and closures (and, in CareRecordsMixin, safety
    plans, conferences and status histories). Goal and referral statuses keep a history."""

    def add_referral(
        self, case_id: int, service: str, organisation: str,
        status: r.ReferralStatus | str = r.ReferralStatus.PROPOSED, **fields: object,
    ) -> r.Referral:
        """Record a referral to a service (status defaults to proposed)."""
        given = {"service": service, "organisation": organisation, "status": status, **fields}
        clean = f.clean(given, REFERRAL_FIELDS, "a referral")
        clean.setdefault("category", r.Category.HOUSING_BENEFITS)
        with self._write() as s:
            self._require(s, CaseRow, case_id)  # exists: nothing of it is read
            if clean.get("consent_id") is not None:
                self._same_case(s, ConsentRow, clean["consent_id"], case_id, "consent_id")
            row = ReferralRow(case_id=case_id, **convert.columns(clean))
            s.add(row)
            s.flush()
            self._add_change(s, case_id, r.HistorySubject.REFERRAL, row.status, row.category,
                             row.id)
            self._audit(s, "referral.add", "referrals", row.id, case_id)
            return convert.referral(row)

    def set_referral_status(
        self, referral_id: int, status: r.ReferralStatus | str, on: date | str
    ) -> r.Referral:
        """Move a referral along records.REFERRAL_TRANSITIONS; other moves are refused."""
        new = f.enum(r.ReferralStatus)(status, "status")
        on = f.day(on, "on")
        with self._write() as s:
            row = self._get(s, ReferralRow, referral_id)
            old = r.ReferralStatus(row.status)
            if new not in r.REFERRAL_TRANSITIONS[old]:
                allowed = ", ".join(sorted(r.REFERRAL_TRANSITIONS[old])) or "nothing (it is closed)"
                raise f.bad("status", fill(translate("StoreCare",
                        "a %1 referral can move to %2, not %3"),
                        old.value, allowed, new.value))
            row.status, row.updated = new.value, on.isoformat()
            self._add_change(s, row.case_id, r.HistorySubject.REFERRAL, new.value, row.category,
                             row.id)
            self._audit(s, "referral.status", "referrals", row.id, row.case_id)
            return convert.referral(row)

    def list_referrals(self, case_id: int) -> list[r.Referral]:
        """The referrals of one case, oldest first."""
        with self._read() as s:
            self._require(s, CaseRow, case_id)
            query = convert.REFERRAL.select().where(ReferralRow.case_id == case_id).order_by(ReferralRow.id)
            return convert.REFERRAL.from_rows(s.execute(query))

    def add_goal(self, case_id: int, title: str, **fields: object) -> r.Goal:
        """Add a care-plan goal (category defaults to safety plan); measurable with domain,
        priority, measure, baseline and target."""
        measured = {k: fields.pop(k) for k in list(fields) if k in _MEASURED}
        clean = f.clean({"title": title, **fields}, GOAL_FIELDS, "a goal")
        clean.update(clean_measured(measured, None))
        clean.setdefault("category", r.Category.SAFETY_PLAN)
        with self._write() as s:
            self._require(s, CaseRow, case_id)  # exists: nothing of it is read
            row = GoalRow(case_id=case_id, **convert.columns(clean))
            s.add(row)
            s.flush()
            self._add_change(s, case_id, r.HistorySubject.GOAL, row.status, row.category, row.id)
            self._audit(s, "goal.add", "goals", row.id, case_id)
            return convert.goal(row)

    def set_goal_status(self, goal_id: int, status: str, *, note: str | None = None) -> r.Goal:
        """Mark a goal open, achieved or dropped (added to its history, with ``note``)."""
        status = _goal_status(status, "status")
        clean_note = f.opt_text(note, "note")
        with self._write() as s:
            row = self._get(s, GoalRow, goal_id)
            if row.status != status:
                row.status = status
                self._add_change(s, row.case_id, r.HistorySubject.GOAL, status, row.category,
                                 row.id, clean_note)
            self._audit(s, "goal.status", "goals", row.id, row.case_id)
            return convert.goal(row)

    def add_milestone(
        self, goal_id: int, title: str, due: date | str | None = None, **fields: object
    ) -> r.Milestone:
        """Add a milestone to a goal."""
        clean = f.clean({"title": title, "due": due, **fields}, MILESTONE_FIELDS, "a milestone")
        with self._write() as s:
            goal = self._get(s, GoalRow, goal_id)
            if clean.get("linked_event_id") is not None:
                self._same_case(s, EventRow, clean["linked_event_id"], goal.case_id,
                                "linked_event_id")
            row = MilestoneRow(goal_id=goal_id, **convert.columns(clean))
            goal.milestones.append(row)
            s.flush()
            self._audit(s, "milestone.add", "milestones", row.id, goal.case_id)
            return convert.milestone(row)

    def complete_milestone(self, milestone_id: int, on: date | str) -> r.Milestone:
        """Mark a milestone done on ``on``."""
        on = f.day(on, "on")
        with self._write() as s:
            row = self._get(s, MilestoneRow, milestone_id)
            row.done = on.isoformat()
            goal = self._get(s, GoalRow, row.goal_id)
            self._audit(s, "milestone.complete", "milestones", row.id, goal.case_id)
            return convert.milestone(row)

    def list_goals(self, case_id: int) -> list[r.Goal]:
        """The care plan of one case: goals with their milestones."""
        with self._read() as s:
            self._require(s, CaseRow, case_id)
            goals = select(GoalRow.id).where(GoalRow.case_id == case_id)
            milestones: dict[int, list[r.Milestone]] = {}
            query = convert.MILESTONE.select().where(MilestoneRow.goal_id.in_(goals))
            for m in convert.MILESTONE.from_rows(s.execute(query.order_by(MilestoneRow.id))):
                milestones.setdefault(m.goal_id, []).append(m)
            query = convert.GOAL.select().where(GoalRow.case_id == case_id).order_by(GoalRow.id)
            decode = convert.GOAL.decode
            return [decode(v, tuple(milestones.get(v[0], ()))) for v in s.execute(query)]

    def add_contact(
        self, kind: r.ContactKind | str, name: str, case_id: int | None = None, **fields: object
    ) -> r.Contact:
        """Add a contact of one case, or shared by all cases when ``case_id`` is None."""
        given = {"kind": kind, "name": name, "case_id": case_id, **fields}
        clean = f.clean(given, CONTACT_FIELDS, "a contact")
        with self._write() as s:
            if case_id is not None:
                self._require(s, CaseRow, case_id)  # exists: nothing of it is read
            row = ContactRow(**convert.columns(clean))
            s.add(row)
            s.flush()
            self._audit(s, "contact.add", "contacts", row.id, case_id)
            return convert.contact(row)

    def update_contact(self, contact_id: int, **fields: object) -> r.Contact:
        """Change a contact's kind, name, organisation, phone, email or language."""
        expected = self._expected_version(fields)
        if "case_id" in fields:
            raise f.bad("case_id", translate("StoreCare",
                    "a contact cannot move to another case; add a new one"))
        clean = f.clean(fields, CONTACT_FIELDS, "a contact")
        with self._write() as s:
            row = self._get(s, ContactRow, contact_id)
            self._check_version(row, expected, convert.contact)
            for name, value in convert.columns(clean).items():
                setattr(row, name, value)
            self._audit(s, "contact.update", "contacts", row.id, row.case_id)
            return convert.contact(row)

    def delete_contact(self, contact_id: int) -> None:
        """Delete a contact (of a case, or a shared one)."""
        with self._write() as s:
            row = self._get(s, ContactRow, contact_id)
            case_id = row.case_id
            s.delete(row)
            self._audit(s, "contact.delete", "contacts", contact_id, case_id)

    def list_contacts(self, case_id: int | None = None) -> list[r.Contact]:
        """All contacts; with ``case_id``, that case's contacts and the shared ones."""
        query = convert.CONTACT.select().order_by(ContactRow.id)
        with self._read() as s:
            if case_id is not None:
                self._require(s, CaseRow, case_id)
                query = query.where(or_(ContactRow.case_id == case_id, ContactRow.case_id.is_(None)))
            return convert.CONTACT.from_rows(s.execute(query))

    def get_staff_profile(self, user: str) -> r.StaffProfile | None:
        """How ``user`` signs a packet, or None when they have no profile yet."""
        with self._read() as s:
            row = s.get(StaffProfileRow, user) if isinstance(user, str) else None
            return None if row is None else convert.staff_profile(row)

    def set_staff_profile(self, profile: r.StaffProfile) -> r.StaffProfile:
        """Store ``profile`` as its user's only profile (added, or replacing the one there)."""
        if not isinstance(profile, r.StaffProfile):
            raise f.bad("profile", translate("StoreCare",
                    "must be a StaffProfile record"))
        clean = f.clean({x.name: getattr(profile, x.name) for x in dataclasses.fields(profile)
                         if x.name != "version"},
                        STAFF_PROFILE_FIELDS, "a staff profile")
        with self._write() as s:
            row = s.get(StaffProfileRow, clean["user"])
            added = row is None
            if row is None:
                row = StaffProfileRow(**clean)
                s.add(row)
            else:
                for name, value in clean.items():
                    setattr(row, name, value)
            if row.id is None:  # numbered for the audit trail's row accounts (0005)
                row.id = self._profile_number(s)
            # staff data, no case: the entry names the profile's number, never the user
            self._audit(s, "staff_profile.add" if added else "staff_profile.update",
                        "staff_profiles", row.id, None)
            return convert.staff_profile(row)

    @staticmethod
    def _profile_number(s: Session) -> int:
        """A new staff profile's number: its sequence on a hub (concurrent writers), the next
        free one in a vault (one writer at a time)."""
        if s.get_bind().dialect.name == "postgresql":
            return reserve_ids(s.connection(), "staff_profiles", 1)[0]
        return int(s.scalar(select(func.coalesce(func.max(StaffProfileRow.id), 0))) or 0) + 1

    def add_closure(
        self, day: date | str, calendar: str, reason: r.ClosureReason | str, note: str | None = None
    ) -> r.Closure:
        """Record a day a court or agency was closed ("*" for every calendar)."""
        given = {"day": day, "calendar": calendar, "reason": reason, "note": note}
        clean = f.clean(given, CLOSURE_FIELDS, "a closure")
        with self._write() as s:
            taken = select(ClosureRow.id).where(
                ClosureRow.day == clean["day"].isoformat(), ClosureRow.calendar == clean["calendar"]
            )
            if s.scalar(taken) is not None:
                raise f.bad("day", translate("StoreCare",
                        "this calendar already has a closure on that day"))
            row = ClosureRow(**convert.columns(clean))
            s.add(row)
            s.flush()
            self._audit(s, "closure.add", "closures", row.id, None)
            return convert.closure(row)

    def list_closures(self) -> list[r.Closure]:
        """Every closure day, in date order."""
        with self._read() as s:
            query = convert.CLOSURE.select().order_by(ClosureRow.day, ClosureRow.calendar)
            return convert.CLOSURE.from_rows(s.execute(query))

