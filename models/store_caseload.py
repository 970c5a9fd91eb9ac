"""The caseload: every case with its next date, overdue count and event count.

Three aggregate queries whatever the number of cases (plus the cases themselves), so that
2,000 cases with 50 events each stay fast; recurring series are expanded in Python, one
series at a time, only far enough to find the first occurrence on or after ``today``.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time
from typing import Any, Protocol, cast

from dateutil.rrule import rrule, rruleset
from sqlalchemy import and_, func, select, text
from sqlalchemy import case as when
from sqlalchemy.orm import Session

from models import records as r
from models import store_convert as convert
from models.rows import SCHEDULED, EventRow, GoalRow, MilestoneRow
from models.store_base import StoreBase
from models.store_cases import all_cases
from models.store_fields import day, parse_rrule
from models.store_rowmap import zone

# owned-by-client items that are late when their due date has passed
OVERDUE_KINDS = (r.EventKind.LEGAL_DEADLINE, r.EventKind.MILESTONE, r.EventKind.TASK)
_SCAN_LIMIT = 1000  # occurrences looked at per series before giving up


class _Started(Protocol):
    """A parsed rule's dtstart, which dateutil keeps private (and its stubs omit)."""

    _dtstart: datetime


def _rule_start(rule: rrule | rruleset) -> datetime:
    return cast(_Started, rule)._dtstart


def next_occurrence(row: Any, today: date) -> date | None:
    """The local date of a series' first occurrence on or after ``today`` (exdates skipped).

    ``row`` is an EventRow or a row of the columns start_utc, tz, due, rrule, exdates.
    """
    if row.start_utc is not None:
        start = datetime.fromisoformat(row.start_utc).astimezone(zone(row.tz))
        dtstart = start.replace(tzinfo=None)
    elif row.due is not None:
        dtstart = datetime.combine(date.fromisoformat(row.due), time())
    else:
        return None
    rule = parse_rrule(str(row.rrule), dtstart, row.tz)
    skipped = set(json.loads(row.exdates or "[]"))
    since = datetime.combine(today, time())
    if _rule_start(rule).tzinfo is not None:  # parsed aware because UNTIL was in UTC
        since = since.replace(tzinfo=zone(row.tz))
    for n, when_ in enumerate(rule.xafter(since, inc=True)):
        if n >= _SCAN_LIMIT:
            return None
        if when_.date().isoformat() not in skipped:
            return when_.date()
    return None


class CaseloadMixin(StoreBase):
    """The caseload view."""

    def caseload(self, today: date) -> list[r.CaseSummary]:
        """Every case with next date (>= today), overdue count and event count."""
        today = day(today, "today")
        with self._read() as s:
            stats = self._event_stats(s, today)
            late_milestones = self._late_milestones(s, today)
            series = self._series_next(s, today)
            out = []
            for case in all_cases(s):
                count, first, overdue = stats.get(case.id, (0, None, 0))
                dates = [d for d in (first, series.get(case.id)) if d is not None]
                out.append(r.CaseSummary(
                    case=case,
                    next_date=min(dates) if dates else None,
                    overdue=overdue + late_milestones.get(case.id, 0),
                    events=count,
                ))
            return out

    @staticmethod
    def _event_stats(s: Session, today: date) -> dict[int, tuple[int, date | None, int]]:
        """Per case: event count, first one-off scheduled date >= today, overdue count.

        Both queries read narrow indexes only (ix_events_case_first_date, ix_events_open):
        on an encrypted vault every table page read is a page decrypted.
        """
        iso = today.isoformat()
        upcoming = and_(EventRow.rrule.is_(None), EventRow.first_date >= iso)
        late = and_(
            EventRow.owner == r.Owner.CLIENT.value,
            EventRow.kind.in_([k.value for k in OVERDUE_KINDS]),
            EventRow.due < iso,
        )
        scheduled = select(
            EventRow.case_id,
            func.min(when((upcoming, EventRow.first_date))),
            func.sum(when((late, 1), else_=0)),
        ).where(text(SCHEDULED)).group_by(EventRow.case_id)
        counts = select(EventRow.case_id, func.count()).group_by(EventRow.case_id)
        stats: dict[int, tuple[int, date | None, int]] = {
            cid: (count, None, 0) for cid, count in s.execute(counts)}
        for cid, first, overdue in s.execute(scheduled):
            stats[cid] = (stats[cid][0], convert.to_day(first), int(overdue or 0))
        return stats

    @staticmethod
    def _late_milestones(s: Session, today: date) -> dict[int, int]:
        """Per case: open care-plan milestones of open goals past their due date."""
        query = (
            select(GoalRow.case_id, func.count())
            .join(MilestoneRow, MilestoneRow.goal_id == GoalRow.id)
            .where(
                GoalRow.status == "open",
                MilestoneRow.done.is_(None),
                MilestoneRow.due < today.isoformat(),
            )
            .group_by(GoalRow.case_id)
        )
        return {cid: int(n) for cid, n in s.execute(query)}

    @staticmethod
    def _series_next(s: Session, today: date) -> dict[int, date]:
        """Per case: the earliest next occurrence of its scheduled recurring series."""
        query = select(
            EventRow.case_id, EventRow.start_utc, EventRow.tz, EventRow.due, EventRow.rrule,
            EventRow.exdates, EventRow.status,
        ).where(EventRow.rrule.is_not(None))  # the few series, by ix_events_series
        best: dict[int, date] = {}
        for row in s.execute(query):
            if row.status != r.EventStatus.SCHEDULED.value:
                continue
            nxt = next_occurrence(row, today)
            if nxt is not None and (row.case_id not in best or nxt < best[row.case_id]):
                best[row.case_id] = nxt
        return best
