"""The caseload: every case with its next date, overdue count and event count.

Three aggregate queries whatever the number of cases (plus the cases themselves), so that
2,000 cases with 50 events each stay fast; recurring series are expanded in Python, one
series at a time, only far enough to find the first occurrence on or after ``today``.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy import and_, func, select
from sqlalchemy import case as when
from sqlalchemy.orm import Session

from models import records as r
from models import store_convert as convert
from models.rows import CaseRow, EventRow, GoalRow, MilestoneRow
from models.store_base import StoreBase
from models.store_fields import day, parse_rrule

# owned-by-client items that are late when their due date has passed
OVERDUE_KINDS = (r.EventKind.LEGAL_DEADLINE, r.EventKind.MILESTONE, r.EventKind.TASK)
_SCAN_LIMIT = 1000  # occurrences looked at per series before giving up


def next_occurrence(row: EventRow, today: date) -> date | None:
    """The local date of a series' first occurrence on or after ``today`` (exdates skipped)."""
    if row.start_utc is not None:
        start = datetime.fromisoformat(row.start_utc).astimezone(ZoneInfo(row.tz))
        dtstart = start.replace(tzinfo=None)
    elif row.due is not None:
        dtstart = datetime.combine(date.fromisoformat(row.due), time())
    else:
        return None
    rule = parse_rrule(str(row.rrule), dtstart, row.tz)
    skipped = set(json.loads(row.exdates or "[]"))
    since = datetime.combine(today, time())
    if rule._dtstart.tzinfo is not None:  # parsed aware because UNTIL was in UTC
        since = since.replace(tzinfo=ZoneInfo(row.tz))
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
            for row in s.scalars(select(CaseRow).order_by(CaseRow.ref)):
                count, first, overdue = stats.get(row.id, (0, None, 0))
                dates = [d for d in (first, series.get(row.id)) if d is not None]
                out.append(r.CaseSummary(
                    case=convert.case(row),
                    next_date=min(dates) if dates else None,
                    overdue=overdue + late_milestones.get(row.id, 0),
                    events=count,
                ))
            return out

    @staticmethod
    def _event_stats(s: Session, today: date) -> dict[int, tuple[int, date | None, int]]:
        """Per case: event count, first one-off scheduled date >= today, overdue count."""
        iso = today.isoformat()
        scheduled = EventRow.status == r.EventStatus.SCHEDULED.value
        upcoming = and_(scheduled, EventRow.rrule.is_(None), EventRow.first_date >= iso)
        late = and_(
            scheduled,
            EventRow.owner == r.Owner.CLIENT.value,
            EventRow.kind.in_([k.value for k in OVERDUE_KINDS]),
            EventRow.due < iso,
        )
        query = select(
            EventRow.case_id,
            func.count(),
            func.min(when((upcoming, EventRow.first_date))),
            func.sum(when((late, 1), else_=0)),
        ).group_by(EventRow.case_id)
        return {
            cid: (count, convert.to_day(first), int(overdue or 0))
            for cid, count, first, overdue in s.execute(query)
        }

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
        query = select(EventRow).where(
            EventRow.rrule.is_not(None), EventRow.status == r.EventStatus.SCHEDULED.value
        )
        best: dict[int, date] = {}
        for row in s.scalars(query):
            nxt = next_occurrence(row, today)
            if nxt is not None and (row.case_id not in best or nxt < best[row.case_id]):
                best[row.case_id] = nxt
        return best
