"""The caseload: every case with its next date, overdue count and event count.

Two aggregate queries whatever the number of cases (plus the cases and the few recurring
series), so that 2,000 cases with 50 events each stay fast. A series whose occurrences are one
arithmetic progression of local days (daily, weekly on one weekday; COUNT/UNTIL; no exdates)
carries it in ``events.series_first/step/last`` (``progression``, written with the event), and
its next date is integer arithmetic inside the aggregate (``series_next_sql``); any other
series is expanded in Python, one at a time, only far enough to find the first occurrence on
or after ``today``. Both give the same day (tests/models/test_caseload_series.py, _sql.py).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Generator, Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Any, Protocol, cast
from zoneinfo import ZoneInfo

from dateutil.rrule import DAILY, WEEKLY, rrule, rruleset
from sqlalchemy import ColumnElement, Integer, Select, and_, func, literal, or_, select, text
from sqlalchemy import case as when
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from models import records as r
from models import store_convert as convert
from models.collector_pause import collector_paused
from models.rows import SCHEDULED, EventRow
from models.rrule_ends import has_both_ends
from models.store_base import StoreBase
from models.store_cases import all_cases, hub_case_queries, hub_cases
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
    return series_next(event.rrule, event.start, event.due, event.tz, event.exdates, today)


def series_next(body: str, start: datetime | None, due: date | None, tz: str,
                exdates: Collection[date], today: date) -> date | None:
    """``next_occurrence`` from the few fields it needs (the caseload reads only those)."""
    dtstart = _local_start(start, due, tz)
    if dtstart is None:
        return None
    simple = _simple(body)
    if simple is not None:
        return _simple_next(simple, dtstart, tz, today, frozenset(exdates))
    rule = _rule_near(body, dtstart, tz, today)
    skipped = set(exdates)
    since = datetime.combine(today, time())
    if _rule_start(rule).tzinfo is not None:  # parsed aware because UNTIL was in UTC
        since = since.replace(tzinfo=convert.zone(tz))
    for n, when_ in enumerate(rule.xafter(since, inc=True)):
        if n >= _SCAN_LIMIT:
            return None
        if when_.date() not in skipped:
            return when_.date()
    return None


def _local_start(start: datetime | None, due: date | None, tz: str) -> datetime | None:
    """A series' first moment as naive local time in its zone (a due-date series: midnight)."""
    if start is not None:
        return start.astimezone(convert.zone(tz)).replace(tzinfo=None)
    if due is not None:
        return datetime.combine(due, time())
    return None


@dataclass(frozen=True)
class _Simple:
    """A daily or weekly rule of FREQ, INTERVAL, BYDAY (plain weekdays), COUNT, UNTIL, WKST."""

    weekly: bool
    interval: int
    weekdays: tuple[int, ...]  # empty: the start's weekday
    until: datetime | None  # naive local, or aware (given in UTC)
    wkst: int
    count: int | None = None


_WEEKDAYS = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}


@lru_cache(maxsize=512)
def _simple(body: str) -> _Simple | None:
    """The rule as a _Simple, or None for any other shape (COUNT, BYMONTHDAY, MONTHLY…)."""
    parts: dict[str, str] = {}
    for item in body.strip().removeprefix("RRULE:").split(";"):
        key, sep, value = item.partition("=")
        if not sep or key.upper() in parts:
            return None
        parts[key.upper()] = value.upper()
    if set(parts) - {"FREQ", "INTERVAL", "BYDAY", "UNTIL", "WKST", "COUNT"} or \
            parts.get("FREQ") not in ("DAILY", "WEEKLY"):
        return None
    try:
        interval = int(parts.get("INTERVAL", "1"))
        days = tuple(sorted({_WEEKDAYS[d] for d in parts["BYDAY"].split(",")})) \
            if "BYDAY" in parts else ()
        wkst = _WEEKDAYS[parts.get("WKST", "MO")]
        until = _until(parts["UNTIL"]) if "UNTIL" in parts else None
        count = int(parts["COUNT"]) if "COUNT" in parts else None
    except (KeyError, ValueError):
        return None
    if interval < 1 or (days and parts["FREQ"] == "DAILY") or (count is not None and count < 1):
        return None
    return _Simple(parts["FREQ"] == "WEEKLY", interval, days, until, wkst, count)


def _until(text: str) -> datetime:
    if len(text) == 8:
        return datetime.strptime(text, "%Y%m%d")
    if text.endswith("Z"):
        return datetime.strptime(text, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    return datetime.strptime(text, "%Y%m%dT%H%M%S")


def _simple_next(rule: _Simple, dtstart: datetime, tz: str, today: date,
                 skipped: frozenset[date]) -> date | None:
    """The first occurrence on or after ``today`` by arithmetic (what dateutil would give).

    Days are counted as ordinals (the caseload calls this once per series: 20,000 of them).
    """
    clock = dtstart.time()
    last = _last_day(rule, clock, convert.zone(tz))  # the last ordinal UNTIL allows, if any
    gone = {d.toordinal() for d in skipped} if skipped else None
    first = dtstart.toordinal()
    lower = max(first, today.toordinal())
    count = rule.count
    if not rule.weekly:
        step = rule.interval
        k = max(0, -(-(lower - first) // step))
        for n in range(k, k + _SCAN_LIMIT):
            if count is not None and n >= count:  # occurrence n is the (n+1)th
                return None
            day_ = first + n * step
            if last is not None and day_ > last:
                return None
            if gone is None or day_ not in gone:
                return date.fromordinal(day_)
        return None
    offsets = _offsets(rule.weekdays, dtstart.weekday(), rule.wkst)
    week0 = first - (dtstart.weekday() - rule.wkst) % 7
    size = len(offsets)
    in_first = sum(1 for o in offsets if week0 + o >= first)  # week 0's share
    weeks = (lower - week0) // 7
    j = weeks - weeks % rule.interval
    for _ in range(_SCAN_LIMIT):
        start = week0 + 7 * j
        period = j // rule.interval
        for position, offset in enumerate(offsets):
            day_ = start + offset
            if day_ < lower:
                continue
            if count is not None:  # which occurrence this is, counted from the start
                index = position - (size - in_first) if period == 0 else \
                    in_first + (period - 1) * size + position
                if index >= count:
                    return None
            if last is not None and day_ > last:
                return None
            if gone is None or day_ not in gone:
                return date.fromordinal(day_)
        j += rule.interval
    return None


Progression = tuple[int, int, int | None]  # first ordinal, step in days, last ordinal (None: unbounded)


def progression(body: str | None, start: datetime | None, due: date | None, tz: str,
                exdates: Collection[date]) -> Progression | None:
    """The series' occurrences as one arithmetic progression of local-day ordinals, or None.

    Written with the event (``events.series_first/step/last``) so that the caseload finds the
    next date in SQL (``series_next_sql``). Only a rule whose every occurrence is one term of
    the progression and every term one occurrence: DAILY with INTERVAL, WEEKLY with no BYDAY
    or one weekday; COUNT and UNTIL allowed; no exdates. Any other rule (and a series with no
    occurrence at all) is None: the caseload expands it in Python (``series_next``), which
    the progression must equal day for day (tests/models/test_caseload_series.py).
    """
    if body is None or exdates:
        return None
    rule = _simple(body)
    if rule is None or len(rule.weekdays) > 1:
        return None
    dtstart = _local_start(start, due, tz)
    if dtstart is None:
        return None
    first = dtstart.toordinal()
    if rule.weekly:
        step = 7 * rule.interval
        if rule.weekdays:  # _simple_next's week 0 (by WKST) plus the weekday's offset in it
            week0 = first - (dtstart.weekday() - rule.wkst) % 7
            day_ = week0 + (rule.weekdays[0] - rule.wkst) % 7
            first = day_ if day_ >= first else day_ + step
    else:
        step = rule.interval
    last = None if rule.count is None else first + (rule.count - 1) * step
    bound = _last_day(rule, dtstart.time(), convert.zone(tz))
    if bound is not None:
        if bound < first:
            return None
        top = first + (bound - first) // step * step
        last = top if last is None else min(last, top)
    return first, step, last


def progression_next(series: Progression, today: date) -> date | None:
    """What ``series_next_sql`` computes, in Python (for tests)."""
    first, step, last = series
    t = today.toordinal()
    day_ = first if first >= t else first + (t - first + step - 1) // step * step
    return None if last is not None and day_ > last else date.fromordinal(day_)


def series_next_sql(today: date) -> ColumnElement[int]:
    """The ordinal of the next occurrence (>= today) of a row's progression; NULL if none.

    Integer arithmetic only (SQLite and PostgreSQL alike): ``t - first`` is positive where
    it is divided, so the integer division's truncation is the floor. NULL for a row with no
    progression (``series_step`` NULL), which the caseload expands in Python.
    """
    t = literal(today.toordinal(), Integer)
    first, step, last = EventRow.series_first, EventRow.series_step, EventRow.series_last
    day_ = when((first >= t, first), else_=first + (t - first + step - 1) // step * step)
    return when((and_(EventRow.rrule.is_not(None), step.is_not(None),
                      or_(last.is_(None), day_ <= last)), day_))


@lru_cache(maxsize=64)
def _offsets(weekdays: tuple[int, ...], start_weekday: int, wkst: int) -> tuple[int, ...]:
    return tuple(sorted(((d - wkst) % 7) for d in (weekdays or (start_weekday,))))


def _last_day(rule: _Simple, clock: time, zone: ZoneInfo) -> int | None:
    """The ordinal of the last day whose occurrence (at ``clock``) UNTIL still allows."""
    until = rule.until
    if until is None:
        return None
    if until.tzinfo is not None:  # in UTC: compare the local moment of the last candidate days
        local = until.astimezone(zone)
        day_ = local.date()
        moment = datetime.combine(day_, clock).replace(tzinfo=zone)
        return day_.toordinal() if moment <= until else day_.toordinal() - 1
    return until.toordinal() if clock <= until.time() else until.toordinal() - 1


@lru_cache(maxsize=512)
def _template(body: str, tz: str) -> tuple[rrule | rruleset, bool]:
    # a rule text parsed once (the caseload holds thousands of series of a few rule texts);
    # True when it had to be parsed aware (UNTIL given in UTC)
    rule = parse_rrule(body, _ANCHOR, tz)
    return rule, _rule_start(rule).tzinfo is not None


_ANCHOR = datetime(2001, 1, 1)  # a Monday; replaced by each series' own start


def _rule_near(body: str, dtstart: datetime, tz: str, today: date) -> rrule | rruleset:
    """The series' rule, started as close before ``today`` as its pattern allows.

    Stepping a weekly series from a start years back is most of the caseload's time (20,000
    cases: 5 s). A daily or weekly rule without COUNT has the same occurrences from any start
    a whole number of its periods later (same weekday, same time of day), so the start moves
    up to the last such day before ``today``; any other rule is parsed as given.
    """
    if has_both_ends(body):  # its COUNT depends on the start (models.rrule_ends): no template
        return parse_rrule(body, dtstart, tz)
    template, aware = _template(body, tz)
    start = dtstart.replace(tzinfo=convert.zone(tz)) if aware else dtstart
    if not isinstance(template, rrule):
        return parse_rrule(body, dtstart, tz)
    freq, count, interval = (getattr(template, "_freq", None), getattr(template, "_count", 0),
                             int(getattr(template, "_interval", 1) or 1))
    if count is None and freq in (DAILY, WEEKLY):
        period = interval * (1 if freq == DAILY else 7)
        gap = (today - dtstart.date()).days
        if gap > 2 * period:
            start += timedelta(days=(gap // period - 1) * period)
    return template.replace(dtstart=start)


Row = Sequence[Any]
Query = Select[*tuple[Any, ...]]


def hub_results(s: Session, batches: Sequence[Sequence[Query]]
                ) -> Generator[list[Row], None, None]:
    """Each query's rows, in order; each batch sent to the hub before the last is processed.

    psycopg's pipeline mode: a batch is sent, its results read (raw), the next batch sent,
    and only then the first batch's rows are processed and yielded -- the server computes
    the next batch while the caller decrypts and decodes this one. Processing is each
    column's result processor (a sealed column's decryption) applied to its non-NULL values
    only (every processor maps NULL to None). Outside a store transaction (the store's reads
    run in autocommit) the queries run in one REPEATABLE READ READ ONLY transaction, begun
    and committed in the same pipeline: they see one snapshot, as a single statement would.
    A driver error is raised as SQLAlchemy's DBAPIError (a lost connection also invalidates
    it), as a Core ``execute`` would.
    """
    connection = s.connection()
    dialect = connection.dialect
    raw: Any = connection.connection.driver_connection  # psycopg's Connection
    error = dialect.loaded_dbapi.Error
    own = bool(raw.autocommit)  # else the caller's transaction is the snapshot
    current = ""

    def send(batch: Sequence[Query]) -> list[tuple[Any, Any]]:
        nonlocal current
        sent = []
        for query in batch:
            statement = query.compile(dialect=dialect, compile_kwargs={"render_postcompile": True})
            current = str(statement)
            cursor = raw.cursor()
            cursor.execute(current, statement.params)
            sent.append((cursor, [(i, p) for i, c in enumerate(query.selected_columns)
                                  if (p := c.type._cached_result_processor(dialect, None))]))
        return sent

    try:
        with raw.pipeline():
            if own:
                raw.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            pending = send(batches[0]) if batches else []
            for n in range(len(batches)):
                fetched = [(cursor.fetchall(), found) for cursor, found in pending]
                if n + 1 < len(batches):
                    pending = send(batches[n + 1])
                elif own:
                    raw.execute("COMMIT")
                for rows, found in fetched:
                    yield [_processed(row, found) for row in rows] if found else rows
    except error as exc:
        lost = dialect.is_disconnect(exc, raw, None)
        if lost:
            connection.invalidate(exc)
        elif own:
            with suppress(error):
                raw.rollback()  # the snapshot's transaction, if the error left it open
        raise DBAPIError.instance(current, None, exc, error, hide_parameters=True,
                                  dialect=dialect, connection_invalidated=lost) from exc


def _processed(row: Row, processors: list[tuple[int, Callable[[Any], Any]]]) -> list[Any]:
    values = list(row)
    for i, process in processors:
        value = values[i]
        if value is not None:
            values[i] = process(value)
    return values


_SUMMARY_FIELDS = ("case", "next_date", "overdue", "events", "open_conflicts")
if tuple(f.name for f in fields(r.CaseSummary)) != _SUMMARY_FIELDS:
    raise RuntimeError("records.CaseSummary's fields changed: update _summary")


_SUMMARY_SETTERS: tuple[Callable[[r.CaseSummary, Any], None], ...] = tuple(
    r.CaseSummary.__dict__[name].__set__ for name in _SUMMARY_FIELDS)


def _summary(case: r.Case, next_date: date | None, overdue: int, events: int,
             new: Callable[[type[r.CaseSummary]], r.CaseSummary] = object.__new__,
             setters: tuple[Callable[[r.CaseSummary, Any], None], ...] = _SUMMARY_SETTERS
             ) -> r.CaseSummary:
    """CaseSummary(case, next_date, overdue, events): its slots set directly.

    A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``, a third
    of the time of building 20,000 caseload rows; the slots' own setters do what it does.
    """
    o = new(r.CaseSummary)
    s_case, s_next, s_overdue, s_events, s_conflicts = setters
    s_case(o, case)
    s_next(o, next_date)
    s_overdue(o, overdue)
    s_events(o, events)
    s_conflicts(o, 0)
    return o


class CaseloadMixin(StoreBase):
    """The caseload view."""

    def caseload(self, today: date) -> list[r.CaseSummary]:
        """Every case with next date (>= today), overdue count and event count."""
        today = day(today, "today")
        with collector_paused(), self._read() as s:
            if s.get_bind().dialect.name == "postgresql":
                return self._caseload_hub(s, today)
            stats = self._event_stats(s, today)
            series = self._series_next(s, today)
            out = []
            summary, empty = r.CaseSummary, (0, None, 0)
            for case in all_cases(s):
                count, first, overdue = stats.get(case.id, empty)
                later = series.get(case.id)
                if later is not None and (first is None or later < first):
                    first = later
                out.append(summary(case=case, next_date=first, overdue=overdue, events=count))
            return out

    @staticmethod
    def _caseload_hub(s: Session, today: date) -> list[r.CaseSummary]:
        """The caseload on a hub: two batches of queries in one pipeline, overlapped.

        The safe addresses and the cases are read first; the events' aggregate and the series
        to expand are sent before the cases are decrypted (``hub_results``), so the server
        computes them while the workstation decrypts and decodes 20,000 cases -- the two take
        about as long, and a LEFT JOIN of the two made them follow one another. One snapshot
        for all four, as the single statement had. On PostgreSQL ix_events_open holds every
        event (it is partial on SQLite only): the counts and the scheduled events' figures
        come from one index-only scan.
        """
        scheduled = text(SCHEDULED)
        upcoming = and_(scheduled, EventRow.rrule.is_(None),
                        EventRow.first_date >= today.isoformat())
        stats = select(
            EventRow.case_id,
            func.count(),
            func.min(when((upcoming, EventRow.first_date))),
            func.sum(when((and_(scheduled, overdue_clause(today)), 1), else_=0)),
            func.min(when((scheduled, series_next_sql(today)))),
        ).group_by(EventRow.case_id)
        # sorted (a Sort node): the server computes every group before it sends the first,
        # instead of filling the socket and waiting for the client to read
        stats = stats.order_by(func.count())
        results = hub_results(s, [hub_case_queries(), [stats, _series_query()]])
        try:
            cases = hub_cases(s.get_bind().dialect, next(results), next(results))
            figures = next(results)
            series = _series_next_of(next(results), today)
        finally:
            results.close()
        to_day, from_ordinal, summary = convert.to_day, date.fromordinal, _summary
        found: dict[int, tuple[date | None, int, int]] = {}
        for case_id, count, one_off, overdue, ordinal in figures:
            first = to_day(one_off)
            if ordinal is not None:
                later = from_ordinal(ordinal)
                if first is None or later < first:
                    first = later
            found[case_id] = (first, overdue or 0, count or 0)
        for case_id, later in series.items():  # the few series expanded in Python
            first, overdue, count = found.get(case_id, (None, 0, 0))
            if first is None or later < first:
                found[case_id] = (later, overdue, count)
        empty = (None, 0, 0)
        return [summary(case, *found.get(case.id, empty)) for case in cases]

    @staticmethod
    def _event_stats(s: Session, today: date) -> dict[int, tuple[int, date | None, int]]:
        """Per case: event count, first scheduled date >= today, overdue count.

        The first date is of the one-offs and of the series that are one arithmetic
        progression (``series_next_sql``); the other series are ``_series_next``'s. Both
        queries read narrow indexes only (ix_events_case_first_date, ix_events_open): on an
        encrypted vault every table page read is a page decrypted.
        """
        upcoming = and_(EventRow.rrule.is_(None), EventRow.first_date >= today.isoformat())
        scheduled = select(
            EventRow.case_id,
            func.min(when((upcoming, EventRow.first_date))),
            func.sum(when((overdue_clause(today), 1), else_=0)),
            func.min(series_next_sql(today)),
        ).where(text(SCHEDULED)).group_by(EventRow.case_id)
        counts = select(EventRow.case_id, func.count()).group_by(EventRow.case_id)
        stats: dict[int, tuple[int, date | None, int]] = {
            cid: (count, None, 0) for cid, count in s.connection().execute(counts).all()}
        to_day, from_ordinal = convert.to_day, date.fromordinal
        for cid, first, overdue, ordinal in s.connection().execute(scheduled).all():
            nearest = to_day(first)
            if ordinal is not None:
                later = from_ordinal(ordinal)
                if nearest is None or later < nearest:
                    nearest = later
            stats[cid] = (stats[cid][0], nearest, int(overdue or 0))
        return stats

    @staticmethod
    def _series_next(s: Session, today: date) -> dict[int, date]:
        """Per case: the earliest next occurrence of its scheduled series with no progression."""
        return _series_next_of(s.connection().execute(_series_query()).all(), today)


def _series_query() -> Query:
    """The scheduled series with no progression, and only the columns their rule needs.

    By the partial index ix_events_series_rule: no title or note is read (nor, on a hub,
    decrypted) for the caseload's series.
    """
    # a status filter in SQL would make SQLite scan ix_events_open
    return select(EventRow.case_id, EventRow.rrule, EventRow.start_utc, EventRow.due,
                  EventRow.tz, EventRow.exdates, EventRow.status).where(
        EventRow.rrule.is_not(None), EventRow.series_step.is_(None))


def _series_next_of(found: Iterable[Sequence[Any]], today: date) -> dict[int, date]:
    """Per case, the earliest next occurrence of the series of ``_series_query()``'s rows."""
    best: dict[int, date] = {}
    scheduled = r.EventStatus.SCHEDULED.value
    for case_id, body, start, due, tz, exdates, status in found:
        if body is None or status != scheduled:
            continue
        nxt = series_next(body, convert.local(start, tz), convert.to_day(due), tz,
                          convert.days_of(exdates), today)
        if nxt is not None and (case_id not in best or nxt < best[case_id]):
            best[case_id] = nxt
    return best
