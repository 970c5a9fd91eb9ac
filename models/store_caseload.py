"""The caseload: every case with its next date, overdue count and event count.

Two aggregate queries whatever the number of cases (plus the cases and the few recurring
series), so that 2,000 cases with 50 events each stay fast; series are expanded in Python,
one at a time, only far enough to find the first occurrence on or after ``today``.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Protocol, cast

from dateutil.rrule import rrule, rruleset
from sqlalchemy import ColumnElement, and_, func, or_, select, text
from sqlalchemy import case as when
from sqlalchemy.orm import Session

from models import records as r
from models import store_convert as convert
from models.rows import SCHEDULED, EventRow
from models.store_base import StoreBase
from models.store_cases import all_cases
from models.store_fields import day, parse_rrule

_SCAN_LIMIT = 1000  # occurrences looked at per series before giving up
# the partial index ix_events_open holds exactly the events of records.OVERDUE_STATUS
if SCHEDULED != f"status = '{r.OVERDUE_STATUS.value}'":
    raise RuntimeError("rows.SCHEDULED and records.OVERDUE_STATUS name different statuses")


def overdue_clause(today: date) -> ColumnElement[bool]:
    """SQL for records.Event.is_overdue(today), less the status test (``rows.SCHEDULED``).

    Built from the same constants as the record's method; a test compares the two over a
    vault of every kind, owner, status and day.
    """
    owners = [o.value for o in r.TEAM_OWNERS if o is not None]
    owned: ColumnElement[bool] = EventRow.owner.in_(owners)
    if None in r.TEAM_OWNERS:
        owned = or_(EventRow.owner.is_(None), owned)
    # Event.due_day(): ``due``, else the local day of ``start`` -- which is first_date
    due_day = func.coalesce(EventRow.due, EventRow.first_date)
    return and_(
        EventRow.kind.in_([k.value for k in r.OVERDUE_KINDS]),
        owned,
        EventRow.rrule.is_(None),
        due_day < today.isoformat(),
    )


class _Started(Protocol):
    """A parsed rule's dtstart, which dateutil keeps private (and its stubs omit)."""

    _dtstart: datetime


def _rule_start(rule: rrule | rruleset) -> datetime:
    return cast(_Started, rule)._dtstart


def next_occurrence(event: r.Event, today: date) -> date | None:
    """The local date of a series' first occurrence on or after ``today`` (exdates skipped)."""
    if event.rrule is None:
        return None
    if event.start is not None:
        dtstart = event.start.astimezone(convert.zone(event.tz)).replace(tzinfo=None)
    elif event.due is not None:
        dtstart = datetime.combine(event.due, time())
    else:
        return None
    rule = parse_rrule(event.rrule, dtstart, event.tz)
    skipped = set(event.exdates)
    since = datetime.combine(today, time())
    if _rule_start(rule).tzinfo is not None:  # parsed aware because UNTIL was in UTC
        since = since.replace(tzinfo=convert.zone(event.tz))
    for n, when_ in enumerate(rule.xafter(since, inc=True)):
        if n >= _SCAN_LIMIT:
            return None
        if when_.date() not in skipped:
            return when_.date()
    return None


class CaseloadMixin(StoreBase):
    """The caseload view."""

    def caseload(self, today: date) -> list[r.CaseSummary]:
        """Every case with next date (>= today), overdue count and event count."""
        today = day(today, "today")
        with self._read() as s:
            stats = self._event_stats(s, today)
            series = self._series_next(s, today)
            out = []
            for case in all_cases(s):
                count, first, overdue = stats.get(case.id, (0, None, 0))
                dates = [d for d in (first, series.get(case.id)) if d is not None]
                out.append(r.CaseSummary(
                    case=case,
                    next_date=min(dates) if dates else None,
                    overdue=overdue,
                    events=count,
                ))
            return out

    @staticmethod
    def _event_stats(s: Session, today: date) -> dict[int, tuple[int, date | None, int]]:
        """Per case: event count, first one-off scheduled date >= today, overdue count.

        Both queries read narrow indexes only (ix_events_case_first_date, ix_events_open):
        on an encrypted vault every table page read is a page decrypted.
        """
        upcoming = and_(EventRow.rrule.is_(None), EventRow.first_date >= today.isoformat())
        scheduled = select(
            EventRow.case_id,
            func.min(when((upcoming, EventRow.first_date))),
            func.sum(when((overdue_clause(today), 1), else_=0)),
        ).where(text(SCHEDULED)).group_by(EventRow.case_id)
        counts = select(EventRow.case_id, func.count()).group_by(EventRow.case_id)
        stats: dict[int, tuple[int, date | None, int]] = {
            cid: (count, None, 0) for cid, count in s.execute(counts)}
        for cid, first, overdue in s.execute(scheduled):
            stats[cid] = (stats[cid][0], convert.to_day(first), int(overdue or 0))
        return stats

    @staticmethod
    def _series_next(s: Session, today: date) -> dict[int, date]:
        """Per case: the earliest next occurrence of its scheduled recurring series."""
        query = convert.EVENT.select().where(EventRow.rrule.is_not(None))  # by ix_events_series
        best: dict[int, date] = {}
        for event in convert.EVENT.from_rows(s.execute(query)):
            if event.status is not r.EventStatus.SCHEDULED:
                continue
            nxt = next_occurrence(event, today)
            if nxt is not None and (event.case_id not in best or nxt < best[event.case_id]):
                best[event.case_id] = nxt
        return best
