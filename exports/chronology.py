"""The packet's dates, expanded by the timeline engine: every occurrence, or a series summarised.

A packet's chronology and upcoming dates come from ``timeline.merge.build_timeline`` over the
included events only, so a weekly series is its sessions (exdates skipped), not one stored
row. The window runs from the first occurrence of the earliest included event to the end of
the day a year after ``today`` (or later, to reach the last dated one-off event): the whole
history the recipient may see and a year ahead, so an open-ended series stops somewhere and
says it goes on.

A series with at most ``SERIES_LIST_MAX`` occurrences in a section lists each date; a longer
one is one line, "weekly, 26 sessions from 2026-06-01 to 2026-11-23", at its first date.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any

from exports.wording import current, say, short_day
from models.records import Event, EventStatus, Matter
from timeline.merge import build_timeline
from timeline.recurrence import event_span, occurrences

SERIES_LIST_MAX = 6  # more occurrences than this in one section: one summarised line
# the last zone to finish a day: a window ending at its midnight covers that day everywhere
_LAST_ZONE = timezone(timedelta(hours=-12))
_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class DateLine:
    """One printed date: an event at ``when`` (None when undated), or a summarised series."""

    event: Event
    when: datetime | date | None
    series: str = ""  # e.g. "weekly, 26 sessions from 2026-06-01 to 2026-11-23"


def year_after(day: date) -> date:
    """The same date a year later (28 February for a leap day)."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def packet_window(events: Iterable[Event], today: date) -> tuple[datetime, datetime]:
    """[first occurrence of the earliest event, end of the day a year after ``today``)."""
    spans = [(e, span) for e in events if (span := event_span(e)) is not None]
    begin = min((span.start for _e, span in spans),
                default=datetime.combine(today, time(0), tzinfo=UTC))
    finish = datetime.combine(year_after(today) + _DAY, time(0), tzinfo=_LAST_ZONE)
    for event, span in spans:
        if not event.rrule and span.start >= finish:  # a far one-off date is never dropped
            finish = span.start + _DAY
    return begin, finish


def date_lines(events: Sequence[Event], today: date, *, matters: Iterable[Matter] = (),
               since: date | None = None, scheduled_only: bool = False,
               entries: Sequence[Any] | None = None) -> list[DateLine]:
    """Dated lines of ``events`` in timeline order, then the undated ones.

    ``since`` keeps occurrences on or after that (local) day; ``entries`` (timeline entries
    with ``.event``/``.event_id`` and ``.start``/``.day``) replaces the engine's expansion, and
    is filtered to ``events``.
    """
    by_id = {e.id: e for e in events}
    finish: datetime | None = None
    if entries is None:
        begin, finish = packet_window(events, today)
        entries = build_timeline(list(events), begin, finish, matters=matters)
    found: list[tuple[Event, datetime | date]] = []
    for entry in entries:
        # entries of events not given (withheld ones) are never printed
        event_id = _event_id(entry)
        event = by_id.get(event_id) if event_id is not None else None
        if event is None or (scheduled_only and event.status is not EventStatus.SCHEDULED):
            continue
        when = _when(entry, event)
        if when is not None and (since is None or _day(when) >= since):
            found.append((event, when))
    lines = _summarise(found, finish)
    if since is None:
        lines += [DateLine(e, None) for e in events if event_span(e) is None]
    return lines


def _event_id(entry: Any) -> int | None:
    event = getattr(entry, "event", None)
    found = event.id if event is not None else getattr(entry, "event_id", None)
    return found if isinstance(found, int) else None


def _when(entry: Any, event: Event) -> datetime | date | None:
    """A date for an all-day entry, else its aware start."""
    day: datetime | date | None = getattr(entry, "day", None)
    start: datetime | date | None = getattr(entry, "start", None)
    if (event.all_day or event.start is None) and day is not None:
        return day
    return start or day


def _day(when: datetime | date) -> date:
    return when.date() if isinstance(when, datetime) else when


def _summarise(found: list[tuple[Event, datetime | date]],
               finish: datetime | None) -> list[DateLine]:
    """One line per occurrence, except a series past the threshold: one line at its first date."""
    series: dict[int, list[date]] = {}
    for event, when in found:
        if event.rrule:
            series.setdefault(event.id, []).append(_day(when))
    lines: list[DateLine] = []
    summarised: set[int] = set()
    for event, when in found:
        days = series.get(event.id)
        if days is None or len(days) <= SERIES_LIST_MAX:
            lines.append(DateLine(event, when))
        elif event.id not in summarised:
            summarised.add(event.id)
            lines.append(DateLine(event, when, series_text(event, days, _continues(event, finish))))
    return lines


def _continues(event: Event, finish: datetime | None) -> bool:
    """True when the series has occurrences after the window (within a year of its end)."""
    return finish is not None and bool(occurrences(event, finish, finish + 366 * _DAY))


def series_text(event: Event, days: Sequence[date], continues: bool = False) -> str:
    """"weekly, 26 sessions from 2026-06-01 to 2026-11-23", with skipped dates and continuation."""
    first, last = days[0], days[-1]
    nouns: dict[str, str] = current()["values"]["series_noun"]
    noun = nouns.get(event.kind.value, nouns["other"])
    text = say("series", frequency=frequency(event.rrule or ""), count=len(days), noun=noun,
               first=short_day(first), last=short_day(last))
    skipped = sorted(d for d in set(event.exdates) if first < d < last)
    if skipped:
        listed = ", ".join(short_day(d) for d in skipped) if len(skipped) <= 3 \
            else say("series_many_dates", count=len(skipped))
        text += say("series_not_on", dates=listed)
    return text + (say("series_continuing") if continues else "")


def frequency(rule: str) -> str:
    """A repeat rule in words: "weekly", "every 2 weeks", "weekly (Mon, Thu)"."""
    body = rule.strip()
    if body.upper().startswith("RRULE:"):
        body = body[6:]
    parts = {k.strip().upper(): v.strip().upper() for k, _, v in
             (p.partition("=") for p in body.split(";")) if k.strip()}
    values = current()["values"]
    freq = parts.get("FREQ", "")
    every, unit = values["frequency"].get(freq, say("repeating")), values["unit"].get(freq, "")
    interval = parts.get("INTERVAL", "1")
    words = say("every", interval=interval, unit=unit) \
        if unit and interval.isdigit() and int(interval) > 1 else every
    weekdays: dict[str, str] = values["weekday"]
    days = [weekdays[d] for d in parts.get("BYDAY", "").split(",") if d in weekdays]
    return say("on_weekdays", every=words, days=", ".join(days)) if days else words
