"""In-memory stand-ins for the store and vault (same method names as docs/architecture.md)."""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from models.errors import InvalidInput, NotFound
from models.records import (
    REFERRAL_TRANSITIONS,
    AuditEntry,
    Case,
    Closure,
    Consent,
    Document,
    Event,
    Goal,
    Matter,
    Milestone,
    Referral,
    ReferralStatus,
    Role,
    Trigger,
    User,
)
from ui.session import UiSession

TODAY = date(2026, 5, 4)


class FakeStore:
    """A dict-backed store honouring the intent-method contract; audits every write."""

    def __init__(self) -> None:
        self.actor = "ana"
        self._ids = itertools.count(1)
        self.events: dict[int, Event] = {}
        self.triggers: dict[int, Trigger] = {}
        self.consents: dict[int, Consent] = {}
        self.documents: dict[int, tuple[Document, bytes]] = {}
        self.referrals: dict[int, Referral] = {}
        self.goals: dict[int, Goal] = {}
        self.closures: dict[int, Closure] = {}
        self.matters: dict[int, Matter] = {}
        self.audit: list[AuditEntry] = []

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside are kept, or none (snapshot and restore on error)."""
        saved = {name: dict(getattr(self, name)) for name in ("events", "matters")}
        try:
            yield
        except Exception:
            for name, value in saved.items():
                setattr(self, name, value)
            raise

    def _audit(self, action: str, entity_id: int, case_id: int | None = None) -> None:
        self.audit.append(AuditEntry(len(self.audit) + 1, datetime(2026, 5, 4, tzinfo=UTC),
                                     "ana", action, action.split(".")[0], entity_id, case_id))

    def add_event(self, case_id: int, kind: Any, title: str, category: Any, **fields: Any) -> Event:
        if not title.strip():
            raise InvalidInput("title: is required", field="title")
        ev = Event(next(self._ids), case_id, kind, title, category, **fields)
        self.events[ev.id] = ev
        self._audit("event.add", ev.id, case_id)
        return ev

    def update_event(self, event_id: int, **fields: Any) -> Event:
        ev = replace(self.events[event_id], **fields)
        self.events[event_id] = ev
        self._audit("event.update", event_id, ev.case_id)
        return ev

    def get_event(self, event_id: int) -> Event:
        return self.events[event_id]

    def delete_event(self, event_id: int) -> None:
        del self.events[event_id]

    def list_events(self, case_id: int | None = None, start: Any = None, end: Any = None) -> list[Event]:
        return [e for e in self.events.values() if case_id in (None, e.case_id)]

    def list_matters(self, case_id: int) -> list[Matter]:
        return [m for m in self.matters.values() if m.case_id == case_id]

    def add_matter(self, case_id: int, kind: Any, **fields: Any) -> Matter:
        m = Matter(next(self._ids), case_id, f"M-{case_id}-{len(self.matters) + 1}", kind, **fields)
        self.matters[m.id] = m
        return m

    def update_matter(self, matter_id: int, **fields: Any) -> Matter:
        m = replace(self.matters[matter_id], **fields)
        self.matters[matter_id] = m
        return m

    def add_trigger(self, case_id: int, trigger_type: str, rule_id: str, occurred: Any,
                    **fields: Any) -> Trigger:
        t = Trigger(next(self._ids), case_id, trigger_type, rule_id, occurred, **fields)
        self.triggers[t.id] = t
        self._audit("trigger.add", t.id, case_id)
        return t

    def list_triggers(self, case_id: int) -> list[Trigger]:
        return [t for t in self.triggers.values() if t.case_id == case_id]

    def replace_trigger_deadlines(self, trigger_id: int, events: list[dict]) -> list[Event]:
        case_id = self.triggers[trigger_id].case_id
        for ev in [e for e in self.events.values() if e.trigger_id == trigger_id]:
            if not ev.overridden:
                del self.events[ev.id]
        return [self.add_event(case_id, **{**fields, "trigger_id": trigger_id}) for fields in events]

    def add_consent(self, case_id: int, recipient: str, categories: Any, purpose: str,
                    granted: date, **fields: Any) -> Consent:
        c = Consent(next(self._ids), case_id, recipient, frozenset(categories), purpose, granted,
                    **fields)
        self.consents[c.id] = c
        self._audit("consent.add", c.id, case_id)
        return c

    def revoke_consent(self, consent_id: int, on: date) -> Consent:
        c = replace(self.consents[consent_id], revoked=on)
        self.consents[consent_id] = c
        return c

    def list_consents(self, case_id: int) -> list[Consent]:
        return [c for c in self.consents.values() if c.case_id == case_id]

    def add_document(self, case_id: int, category: Any, title: str, data: bytes,
                     media_type: str, doc_date: date | None = None) -> Document:
        d = Document(next(self._ids), case_id, category, title, doc_date, media_type, len(data),
                     hashlib.sha256(data).hexdigest())
        self.documents[d.id] = (d, data)
        return d

    def document_bytes(self, document_id: int) -> bytes:
        return self.documents[document_id][1]

    def list_documents(self, case_id: int) -> list[Document]:
        return [d for d, _ in self.documents.values() if d.case_id == case_id]

    def add_referral(self, case_id: int, service: str, organisation: str, **fields: Any) -> Referral:
        r = Referral(next(self._ids), case_id, service, organisation,
                     fields.pop("status", ReferralStatus.PROPOSED), **fields)
        self.referrals[r.id] = r
        return r

    def set_referral_status(self, referral_id: int, status: ReferralStatus, on: date) -> Referral:
        r = self.referrals[referral_id]
        if status not in REFERRAL_TRANSITIONS[r.status]:
            raise InvalidInput(f"status: cannot go from {r.status} to {status}", field="status")
        r = replace(r, status=status, updated=on)
        self.referrals[referral_id] = r
        return r

    def list_referrals(self, case_id: int) -> list[Referral]:
        return [r for r in self.referrals.values() if r.case_id == case_id]

    def add_goal(self, case_id: int, title: str, **fields: Any) -> Goal:
        g = Goal(next(self._ids), case_id, title, **fields)
        self.goals[g.id] = g
        return g

    def add_milestone(self, goal_id: int, title: str, due: date | None) -> Milestone:
        m = Milestone(next(self._ids), goal_id, title, due)
        g = self.goals[goal_id]
        self.goals[goal_id] = replace(g, milestones=g.milestones + (m,))
        return m

    def complete_milestone(self, milestone_id: int, on: date) -> Milestone:
        for g in self.goals.values():
            for m in g.milestones:
                if m.id == milestone_id:
                    done = replace(m, done=on)
                    ms = tuple(done if x.id == m.id else x for x in g.milestones)
                    self.goals[g.id] = replace(g, milestones=ms)
                    return done
        raise NotFound("no such milestone")

    def list_goals(self, case_id: int) -> list[Goal]:
        return [g for g in self.goals.values() if g.case_id == case_id]

    def add_closure(self, day: date, calendar: str, reason: Any, note: str | None = None) -> Closure:
        c = Closure(next(self._ids), day, calendar, reason, note)
        self.closures[c.id] = c
        return c

    def list_closures(self) -> list[Closure]:
        return list(self.closures.values())

    def list_disclosures(self, case_id: int) -> list[Any]:
        return []

    def list_audit(self, case_id: int | None = None) -> list[AuditEntry]:
        return [a for a in self.audit if case_id in (None, a.case_id)]

    def verify_chains(self) -> list[str]:
        return []


class FakeVault:
    """Just enough of models.vault.Vault for the UI: a store and the unlocked user."""

    def __init__(self, role: Role = Role.SUPERVISOR) -> None:
        self.store = FakeStore()
        self.user = User(1, "ana", role)


def make_session(role: Role = Role.SUPERVISOR) -> UiSession:
    """A session over a fresh fake vault with a fixed clock."""
    return UiSession(FakeVault(role), today=lambda: TODAY,
                     now=lambda: datetime(2026, 5, 4, 9, 0, tzinfo=UTC))


def make_case(jurisdiction: str = "CA") -> Case:
    """A case record with a non-identifying name."""
    return Case(1, "C-0001", "Test Client", jurisdiction=jurisdiction)
