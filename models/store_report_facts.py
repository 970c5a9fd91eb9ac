"""The narrow read behind the program reports (issue 12 §1, §2, §5): ``report_facts``.

One read-only snapshot of a few columns per table -- never a full Event or Case record, never
a name, note or title. Plaintext columns on a hub (kinds, statuses, categories, dates,
interpreter flags, consent categories; docs/hub.md "Plaintext columns") are filtered and
aggregated in SQL; the few sealed values a measure needs (a date of birth, the languages, an
interpreter language, a housing status, a referral's status history, a screening total, a
trigger type) are decrypted on the workstation by the columns' own result processors, and
only for the rows the period asks for. A value this role may not read comes back empty and is
counted as "not recorded". Which cases count (consent) and how is decided by
``timeline.reports.aggregate.tabulate``: this module only reads.

Speed (issue 12): the events are never scanned. Whether a case is active is a few index
seeks per case; the interpreter needs and the service appointments are read from their own
partial covering indexes (migration 0009), which on a SQLCipher vault spares decrypting the
events table's pages; a report that breaks no interpreter table down by case has the needs
summed over its counted cases (``needs_by_case=False``): by SQLite on a vault, in Python after
decryption on a hub.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, Executable, Select, and_, exists, func, or_, select, text
from sqlalchemy import case as when
from sqlalchemy.orm import Session

from models import records as r
from models import store_convert as convert
from models import store_fields as f
from models.i18n import translate
from models.rows import (
    INTERPRETER_NEEDED,
    RECURRING,
    SERVICE_APPOINTMENT,
    CaseRow,
    ConferenceRow,
    ConsentRow,
    EventRow,
    FeedbackRow,
    GoalRow,
    ReferralRow,
    SafetyPlanRow,
    ScreeningRow,
    StatusChangeRow,
    TriggerRow,
)
from models.store_base import StoreBase

_CONSENT_MARK = f'%"{r.Category.AGGREGATE_REPORTING.value}"%'  # in consents.categories (JSON)
_NOT_HELD = (r.EventStatus.CANCELLED.value,)
if SERVICE_APPOINTMENT != f"kind = '{r.EventKind.SERVICE_APPOINTMENT.value}'":
    raise RuntimeError("rows.SERVICE_APPOINTMENT and records.EventKind name different kinds")


def _day(text: str | None) -> date | None:
    """The day of ISO text: a date, or a UTC moment (its first ten characters)."""
    if not text:
        return None
    try:
        return date.fromisoformat(str(text)[:10])
    except ValueError:
        return None


def _period(period_from: object, period_to: object) -> tuple[date, date]:
    low, high = f.day(period_from, "period_from"), f.day(period_to, "period_to")
    if high < low:
        raise f.bad("period_to", translate("StoreReportFacts",
                "must not be before period_from"))
    return low, high


class ReportFactsMixin(StoreBase):
    """The facts every program report counts."""

    def report_facts(self, period_from: object, period_to: object, *,
                     needs_by_case: bool = True) -> r.ReportFacts:
        """Facts of every case opened by ``period_to`` and of its records for the period
        (both days included): what timeline.reports.aggregate tabulates. With
        ``needs_by_case`` false the interpreter needs are totals over the cases the report
        counts (CaseFacts.counted_in), per month, language and booking (case_id None): for
        a report that breaks no interpreter table down by case."""
        low, high = _period(period_from, period_to)
        with self._read() as s:
            facts = _Reader(s, low, high).read(needs_by_case)
        return r.ReportFacts(period_from=low, period_to=high, **facts)


class _Reader:
    """One report read: the period's bounds as ISO text, and one query per kind of fact."""

    def __init__(self, s: Session, low: date, high: date) -> None:
        self.execute = s.connection().execute
        self.hub = s.get_bind().dialect.name == "postgresql"
        self.low, self.high = low, high
        self.lo = low.isoformat()
        self.hi = high.isoformat()
        self.next = (high + timedelta(days=1)).isoformat()  # moments are UTC text: "< next day"
        # the day of a date column's text, parsed once per text in this read (rows share days)
        self.day: Callable[[str | None], date | None] = lru_cache(maxsize=None)(_day)
        self.first_language = lru_cache(maxsize=None)(_first)  # few lists of languages

    def run(self, query: Executable) -> Sequence[Any]:
        """Every row of ``query`` at once (one fetch, not one call per row)."""
        return self.execute(query).all()

    def read(self, needs_by_case: bool = True) -> dict[str, Any]:
        consented = self._consented()
        plans = {cid: self.day(review) for cid, review in self.run(
            select(SafetyPlanRow.case_id, SafetyPlanRow.review_on))}
        housing = self._housing()
        cases = tuple(
            r.CaseFacts(
                case_id=cid, created=_day(created) or self.low, consented=cid in consented,
                active=bool(active), date_of_birth=_day(dob), language=self.first_language(languages),
                jurisdiction=jurisdiction or None, housing=housing.get(cid),
                safety_plan=cid in plans, safety_review_on=plans.get(cid))
            for cid, created, dob, languages, jurisdiction, active in self.run(
                select(CaseRow.id, CaseRow.created_at, CaseRow.date_of_birth, CaseRow.languages,
                       CaseRow.jurisdiction, self._active().label("active")).where(
                    CaseRow.created_at < self.next)))
        counted = None if needs_by_case else [
            c.case_id for c in cases if c.counted_in(self.low, self.high)]
        return {"cases": cases, "referrals": self._referrals(), "screenings": self._screenings(),
                "goals": self._goals(), "legal": self._legal(),
                "interpreter": self._needs(counted), "service_appointments": self._visits(),
                "feedback": self._feedback()}

    def _consented(self) -> set[int]:
        """Cases with a consent naming aggregate reporting that is active on period_to."""
        rows = self.run(select(ConsentRow.case_id, ConsentRow.granted, ConsentRow.expires,
                               ConsentRow.revoked).where(ConsentRow.categories.like(_CONSENT_MARK)))
        active = lru_cache(maxsize=None)(self._active_on_period_to)  # consents share dates
        return {cid for cid, *dates in rows if active(*dates)}

    def _active_on_period_to(self, granted: str | None, expires: str | None,
                             revoked: str | None) -> bool:
        consent = r.Consent(id=0, case_id=0, recipient="", categories=frozenset(), purpose="",
                            granted=self.day(granted) or date.max, expires=self.day(expires),
                            revoked=self.day(revoked))
        return consent.status(self.high) is r.ConsentStatus.ACTIVE

    def _active(self) -> ColumnElement[bool]:
        """Is a case active: opened, or with an event or care record dated, within the period.
        Evaluated per case as the cases are read, by index seeks in the order written (an
        event in the period is the common answer), never a scan of the events."""
        lo, hi, nxt = self.lo, self.hi, self.next
        first = self.low.toordinal()
        of_case = EventRow.case_id == CaseRow.id
        tests = [
            CaseRow.created_at >= lo,
            # ix_events_case_first_date, then ix_events_case_series
            exists().where(of_case, EventRow.first_date >= lo, EventRow.first_date <= hi),
            exists().where(of_case, text(RECURRING), EventRow.first_date <= hi,
                           or_(EventRow.series_last.is_(None), EventRow.series_last >= first)),
            exists().where(StatusChangeRow.case_id == CaseRow.id,
                           StatusChangeRow.changed_at >= lo, StatusChangeRow.changed_at < nxt),
            exists().where(ScreeningRow.case_id == CaseRow.id, ScreeningRow.started_at < nxt,
                           or_(ScreeningRow.started_at >= lo, ScreeningRow.completed_at >= lo)),
            exists().where(ConferenceRow.case_id == CaseRow.id, ConferenceRow.held_on >= lo,
                           ConferenceRow.held_on <= hi),
            exists().where(ReferralRow.case_id == CaseRow.id, or_(
                and_(ReferralRow.opened >= lo, ReferralRow.opened <= hi),
                and_(ReferralRow.updated >= lo, ReferralRow.updated <= hi))),
            exists().where(TriggerRow.case_id == CaseRow.id, TriggerRow.occurred >= lo,
                           TriggerRow.occurred < nxt),
            exists().where(SafetyPlanRow.case_id == CaseRow.id, SafetyPlanRow.updated_at >= lo,
                           SafetyPlanRow.updated_at < nxt),
        ]
        return or_(*tests)

    def _housing(self) -> dict[int, str]:
        """Each case's latest housing status recorded on or before period_to."""
        housing = StatusChangeRow.subject == r.HistorySubject.HOUSING.value
        latest = select(StatusChangeRow.case_id.label("cid"),
                        func.max(StatusChangeRow.changed_at).label("at")).where(
            housing, StatusChangeRow.changed_at < self.next).group_by(
            StatusChangeRow.case_id).subquery()
        rows = self.run(select(StatusChangeRow.case_id, StatusChangeRow.id,
                               StatusChangeRow.value).join(latest, and_(
            StatusChangeRow.case_id == latest.c.cid,
            StatusChangeRow.changed_at == latest.c.at)).where(housing).order_by(
            StatusChangeRow.id))
        return {cid: value for cid, _id, value in rows if value}  # the last id of a tie wins

    def _referrals(self) -> tuple[r.ReferralFacts, ...]:
        history: dict[int, list[tuple[str, date]]] = {}
        for rid, value, at in self.run(
                select(StatusChangeRow.subject_id, StatusChangeRow.value,
                       StatusChangeRow.changed_at).where(
                    StatusChangeRow.subject == r.HistorySubject.REFERRAL.value,
                    StatusChangeRow.changed_at < self.next).order_by(
                    StatusChangeRow.changed_at, StatusChangeRow.id)):
            day = _day(at)
            if rid is not None and value and day is not None:
                history.setdefault(rid, []).append((value, day))
        return tuple(
            r.ReferralFacts(case_id=cid, service_type=category, status=status,
                            opened=self.day(opened), updated=self.day(updated),
                            history=tuple(history.get(rid, ())))
            for rid, cid, category, status, opened, updated in self.run(
                select(ReferralRow.id, ReferralRow.case_id, ReferralRow.category,
                       ReferralRow.status, ReferralRow.opened, ReferralRow.updated).order_by(
                    ReferralRow.id)))

    def _screenings(self) -> tuple[r.ScreeningFacts, ...]:
        rows = self.run(select(ScreeningRow.case_id, ScreeningRow.instrument_id,
                               ScreeningRow.completed_at, ScreeningRow.total).where(
            ScreeningRow.status == r.ScreeningStatus.COMPLETED.value,
            ScreeningRow.completed_at < self.next).order_by(ScreeningRow.completed_at,
                                                            ScreeningRow.id))
        out = []
        for cid, instrument_id, completed, total in rows:
            day = _day(completed)
            if day is not None:
                out.append(r.ScreeningFacts(case_id=cid, instrument_id=instrument_id,
                                            completed=day, total=_whole(total)))
        return tuple(out)

    def _goals(self) -> tuple[r.GoalFacts, ...]:
        changes = select(StatusChangeRow.subject_id.label("gid"),
                         func.min(StatusChangeRow.changed_at).label("first"),
                         func.max(StatusChangeRow.changed_at).label("last")).where(
            StatusChangeRow.subject == r.HistorySubject.GOAL.value).group_by(
            StatusChangeRow.subject_id).subquery()
        rows = self.run(select(GoalRow.case_id, GoalRow.domain, GoalRow.status, changes.c.first,
                               changes.c.last).outerjoin(changes, changes.c.gid == GoalRow.id)
                        .order_by(GoalRow.id))
        return tuple(r.GoalFacts(case_id=cid, domain=domain, status=status, created=_day(first),
                                 since=_day(last))
                     for cid, domain, status, first, last in rows
                     if first is None or first < self.next)

    def _legal(self) -> tuple[r.LegalFacts, ...]:
        rows = self.run(select(TriggerRow.case_id, TriggerRow.trigger_type, TriggerRow.occurred)
                        .where(TriggerRow.occurred >= self.lo, TriggerRow.occurred < self.next)
                        .order_by(TriggerRow.occurred, TriggerRow.id))
        return tuple(r.LegalFacts(case_id=cid, trigger_type=kind, occurred=day)
                     for cid, kind, occurred in rows
                     if kind and (day := _day(occurred)) is not None)

    def _needs(self, counted: list[int] | None) -> tuple[r.InterpreterFacts, ...]:
        """The period's events needing an interpreter (not cancelled): by case, or (``counted``
        given) totals over those cases."""
        if counted is None:
            return self._vault_needs() if not self.hub else self._hub_needs()
        if not self.hub:
            return self._vault_totals(counted)
        return _totals(self._hub_needs(), set(counted))

    def _needs_query(self, *columns: Any) -> Select[Any]:
        """The needs read from ix_events_interpreter alone (its WHERE is said literally):
        alike events -- a case's, same language and booking, same month (a service
        appointment's: same day) -- are one row with their first day and count (a sealed
        language is ciphertext under a fresh nonce on a hub: there each event is its own
        group, as its decryption needs its own row id). Alike within a month at most: a trend
        counts them by the template's period."""
        appointment = r.EventKind.SERVICE_APPOINTMENT.value
        keys = [EventRow.case_id, EventRow.interpreter_booked, EventRow.interpreter_language,
                when((EventRow.kind == appointment, EventRow.first_date),
                     else_=func.substr(EventRow.first_date, 1, 7))]
        group = [*keys, EventRow.id] if self.hub else keys
        return select(EventRow.case_id, EventRow.interpreter_booked, *columns,
                      func.min(EventRow.first_date), func.count()).where(
            text(INTERPRETER_NEEDED), EventRow.first_date >= self.lo,
            EventRow.first_date <= self.hi, EventRow.status.not_in(_NOT_HELD)).group_by(*group)

    def _vault_needs(self) -> tuple[r.InterpreterFacts, ...]:
        """The needs as facts, made and sorted by SQLite (day, case, language, booking), each
        language the event's, else its case's (a vault's columns are plain)."""
        raw = EventRow.interpreter_language
        own = select(func.nullif(CaseRow.interpreter_language, "")).where(
            CaseRow.id == EventRow.case_id).scalar_subquery()
        query = self._needs_query(func.coalesce(func.nullif(raw, ""), own)).order_by(
            func.min(EventRow.first_date), EventRow.case_id, func.coalesce(raw, ""),
            EventRow.interpreter_booked)
        facts, day = r.InterpreterFacts, self.day
        return tuple(facts(cid, on, language, bool(booked), n)
                     for cid, booked, language, first, n in self.run(query)
                     if (on := day(first)) is not None)

    def _vault_totals(self, counted: list[int]) -> tuple[r.InterpreterFacts, ...]:
        """The needs of the ``counted`` cases per month, language (the event's, else its
        case's) and booking, counted by SQLite from ix_events_interpreter (the case filter
        written ``+case_id`` so that SQLite keeps to that covering index rather than seek
        each case's events in the table), sorted as ``_totals`` sorts them."""
        own = select(func.nullif(CaseRow.interpreter_language, "")).where(
            CaseRow.id == EventRow.case_id).scalar_subquery()
        language = func.coalesce(func.nullif(EventRow.interpreter_language, ""), own)
        month = func.substr(EventRow.first_date, 1, 7)
        of_counted = text("+events.case_id IN (SELECT value FROM json_each(:counted))").bindparams(
            counted=json.dumps(counted))
        query = select(language, EventRow.interpreter_booked, func.min(EventRow.first_date),
                       func.count()).where(
            text(INTERPRETER_NEEDED), EventRow.first_date >= self.lo,
            EventRow.first_date <= self.hi, EventRow.status.not_in(_NOT_HELD),
            of_counted).group_by(month, language, EventRow.interpreter_booked).order_by(
            func.min(EventRow.first_date), func.coalesce(language, ""),
            EventRow.interpreter_booked)
        facts, day = r.InterpreterFacts, self.day
        return tuple(facts(None, on, lang, bool(booked), n)
                     for lang, booked, first, n in self.run(query)
                     if (on := day(first)) is not None)

    def _hub_needs(self) -> tuple[r.InterpreterFacts, ...]:
        """The needs as facts: decrypted here, then sorted as a vault sorts them, a need
        without a language taking its case's."""
        found = sorted((on, cid, language or "", bool(booked), int(n))
                       for cid, booked, language, first, n in self.run(
                           self._needs_query(EventRow.interpreter_language))
                       if (on := self.day(first)) is not None)
        unnamed = sorted({cid for _d, cid, language, _b, _n in found if not language})
        fallback = dict(_chunked(self.run, unnamed)) if unnamed else {}
        facts = r.InterpreterFacts
        return tuple(facts(cid, on, language or fallback.get(cid) or None, booked, n)
                     for on, cid, language, booked, n in found)

    def _visits(self) -> tuple[tuple[int, date], ...]:
        """Each case's days with a service appointment from period_from on (ix_events_visits)."""
        rows = self.run(select(EventRow.case_id, EventRow.first_date).distinct().where(
            text(SERVICE_APPOINTMENT), EventRow.first_date >= self.lo,
            EventRow.status.not_in(_NOT_HELD)))
        return tuple(sorted({(cid, day) for cid, first in rows
                             if (day := self.day(first)) is not None}))

    def _feedback(self) -> tuple[r.Feedback, ...]:
        """The anonymous feedback of the months the period touches (no case link)."""
        query = convert.FEEDBACK.select().where(
            FeedbackRow.period >= f"{self.low:%Y-%m}", FeedbackRow.period <= f"{self.high:%Y-%m}")
        return tuple(convert.FEEDBACK.from_rows(self.run(query.order_by(FeedbackRow.period,
                                                                         FeedbackRow.id))))


def _totals(needs: Iterable[r.InterpreterFacts],
            counted: set[int]) -> tuple[r.InterpreterFacts, ...]:
    """The needs of the ``counted`` cases summed per month, language and booking (each total
    dated by its first need), sorted by that day, language and booking."""
    first: dict[tuple[int, int, str | None, bool], date] = {}
    events: dict[tuple[int, int, str | None, bool], int] = {}
    for need in needs:
        if need.case_id in counted:
            key = (need.day.year, need.day.month, need.language, need.booked)
            first[key] = min(first.get(key, need.day), need.day)
            events[key] = events.get(key, 0) + need.events
    return tuple(sorted((r.InterpreterFacts(None, first[k], k[2], k[3], n)
                         for k, n in events.items()),
                        key=lambda f: (f.day, f.language or "", f.booked)))


def _chunked(run: Any, ids: Sequence[int], size: int = 500) -> Iterable[tuple[int, str | None]]:
    """Each case's own interpreter language, for the cases in ``ids`` (a few at a time)."""
    for n in range(0, len(ids), size):
        yield from ((cid, language) for cid, language in run(
            select(CaseRow.id, CaseRow.interpreter_language).where(
                CaseRow.id.in_(ids[n:n + size]))))


def _first(languages: str | None) -> str | None:
    """The first language of a case's JSON list (None when none is recorded or withheld)."""
    if not languages:
        return None
    try:
        found = json.loads(languages)
    except ValueError:
        return None
    return str(found[0]) if isinstance(found, list) and found and found[0] else None


def _whole(total: str | None) -> int | None:
    """A screening total stored as text (None when not scored or withheld)."""
    if total in (None, ""):
        return None
    try:
        return int(str(total))
    except ValueError:
        return None
