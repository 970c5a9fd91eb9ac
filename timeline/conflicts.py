"""Conflicts on a survivor's timeline, each with a reason a person can act on.

Reasons name kinds, days and times, never titles or notes: a conflict list is shown to every
role, and titles of sensitive appointments are not theirs to see (timeline.views).
Only SCHEDULED entries can be in conflict; conflicts before ``today`` are history, except a
court or agency date that passed with nothing after it, which is the point of that check.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from functools import lru_cache
from operator import attrgetter

from models.i18n import QT_TRANSLATE_NOOP, fill, translate
from models.records import (
    BookingStatus,
    Closure,
    ClosureReason,
    EventKind,
    EventStatus,
    InterpreterBooking,
    Owner,
)
from timeline.lanes import Shape, TimelineEntry, instant
from timeline.views import generic_title


class ConflictKind(StrEnum):
    OVERLAP = "overlap"
    TRAVEL_BUFFER = "travel_buffer"
    EVIDENCE_LATE = "evidence_late"
    INTERPRETER = "interpreter_not_booked"  # no confirmed booking 48 h before
    INTERPRETER_LANGUAGE = "interpreter_language"  # a booking in another language or dialect
    INTERPRETER_DOUBLE_BOOKED = "interpreter_double_booked"  # one interpreter, two places
    CLOSED_DAY = "closed_day"
    NO_OWNER = "no_owner"
    EXPECTED_PASSED = "expected_by_passed"


@dataclass(frozen=True, slots=True)
class Conflict:
    """One problem on a case's timeline: what, which entries, which day, and why."""

    kind: ConflictKind
    keys: tuple[str, ...]
    day: date
    reason: str
    case_id: int


Bookings = Mapping[int, Sequence[InterpreterBooking]]  # event id -> its interpreter bookings


@dataclass(frozen=True, slots=True)
class ConflictContext:
    """What the checks know besides the entries: the day (and, when known, the moment) they
    run, the travel buffer, the court's closed days, and the interpreter bookings by event id
    with each case's interpreter language (case id -> language) for the booking checks."""

    today: date
    travel_buffer: timedelta
    closed: Callable[[date], str | None]
    now: datetime | None = None
    bookings: Bookings = field(default_factory=dict)
    case_languages: Mapping[int, str | None] = field(default_factory=dict)
    # False: report every interpreter not confirmed, however far off (an index over a horizon
    # that applies the notice per query: ``notice_starts``)
    notice: bool = True


# the holiday calendar (timeline/data/calendars) on which each jurisdiction's courts close
COURT_CALENDAR = {"federal": "US-FED", "CA": "CA-JUD", "NY": "NY-GCL24", "TX": "TX"}
_ORDER = attrgetter("order")
_TEAM_OWNERS = frozenset({Owner.CLIENT, None})
_TEAM_KINDS = frozenset({EventKind.LEGAL_DEADLINE, EventKind.TASK})
_COURT_KINDS = frozenset({EventKind.COURT_HEARING, EventKind.LEGAL_DEADLINE})


def find_conflicts(entries: Iterable[TimelineEntry], *, today: date, closures: Sequence[Closure] = (),
                   jurisdiction: str | None = None,
                   travel_buffer: timedelta = timedelta(hours=2), now: datetime | None = None,
                   bookings: Bookings | None = None,
                   case_languages: Mapping[int, str | None] | None = None) -> list[Conflict]:
    """Every open conflict among ``entries`` (of one or more cases), ordered by day.

    ``now`` (aware) times the interpreter notice to the hour (else by ``today``: from two days
    before); ``bookings`` (by event id) and ``case_languages`` (by case id) feed the booking
    checks, and an interpreter booked for overlapping entries of any of the cases given.
    """
    context = conflict_context(today, closures, jurisdiction, travel_buffer, now=now,
                               bookings=bookings, case_languages=case_languages)
    by_case: dict[int, list[TimelineEntry]] = defaultdict(list)
    for entry in entries:
        by_case[entry.case_id].append(entry)
    found: list[Conflict] = []
    for case_entries in by_case.values():
        case_entries.sort(key=_ORDER)
        found.extend(case_conflicts(case_entries, context))
    if context.bookings:
        everyone = [e for case_entries in by_case.values() for e in case_entries]
        found.extend(double_bookings(everyone, context.bookings, today=today))
    return sorted(found, key=conflict_order)


def conflict_context(today: date, closures: Sequence[Closure] = (), jurisdiction: str | None = None,
                     travel_buffer: timedelta = timedelta(hours=2), *,
                     now: datetime | None = None, bookings: Bookings | None = None,
                     case_languages: Mapping[int, str | None] | None = None,
                     notice: bool = True) -> ConflictContext:
    """What the checks need to know besides the entries; build once, use for many cases."""
    return ConflictContext(today, travel_buffer, closed_day_check(jurisdiction, tuple(closures)),
                           now, bookings or {}, case_languages or {}, notice)


def case_conflicts(entries: Sequence[TimelineEntry], ctx: ConflictContext) -> list[Conflict]:
    """Open conflicts among one case's entries, given in timeline order (not sorted)."""
    found: list[Conflict] = []
    for check in _checks_that_can_fire(entries):
        found.extend(check(entries, ctx))
    today = ctx.today
    return [c for c in found if c.day >= today or c.kind is ConflictKind.EXPECTED_PASSED]


def conflict_order(conflict: Conflict) -> tuple[date, int, str, tuple[str, ...]]:
    """The order conflicts are listed in: day, case, kind, keys."""
    return conflict.day, conflict.case_id, conflict.kind, conflict.keys


@lru_cache(maxsize=64)
def closed_day_check(jurisdiction: str | None,
                     closures: tuple[Closure, ...] = ()) -> Callable[[date], str | None]:
    """A function telling why courts of ``jurisdiction`` are closed on a day (None: open).

    A federal court sitting in a state closes on federal holidays only (the state's holidays
    matter for counting periods, FRCP 6(a)(6)(C), not for the court's doors). Without a known
    jurisdiction there is no calendar to check, so no day is closed: guessing "federal" would
    flag state-court dates on federal-only holidays.
    """
    from timeline.counting import Closed  # loaded only when a calendar is needed

    court = "federal" if jurisdiction and jurisdiction.startswith("federal") else jurisdiction
    if court not in COURT_CALENDAR:
        return _never_closed
    cal_ids, names = (COURT_CALENDAR[court],), {court, jurisdiction, "*"}
    ad_hoc = {c.day: closure_text(c.reason) for c in closures if c.calendar in names}
    return Closed(cal_ids, ad_hoc).why


def _never_closed(day: date) -> None:
    return None


def closure_text(reason: ClosureReason) -> str:
    """Why a closure record closes the court, in the calendar check's English ("closure:
    executive order"); ``closed_reason`` translates it when shown (context "Holiday")."""
    return f"closure: {reason.value.replace('_', ' ')}"


_OBSERVED = " (observed)"  # timeline.calendars: a holiday kept on another day


def closed_reason(why: str) -> str:
    """``why`` a court is closed (``Closed.why``: "Saturday", a holiday's name, "<name>
    (observed)", "closure: <reason>") in the installed language, context "Holiday"
    (timeline/data_words.py marks every one). The name and the " (observed)" the calendars
    add are translated apart, "%1 (observed)" around the translated name: one message for
    every holiday rather than a second of each. The check keeps its English (the counting
    engine's words are stored with deadlines): only what is shown is translated."""
    if why.endswith(_OBSERVED):
        return fill(translate("Holiday", "%1 (observed)"),
                    translate("Holiday", why[:-len(_OBSERVED)]))
    return translate("Holiday", why)


def label(entry: TimelineEntry) -> str:
    """A generic name for an entry's kind ("Court hearing"), safe for every role, in the
    installed language."""
    if entry.shape is Shape.EXPECTED_BY:
        return translate("Conflicts", "Expected-by date")
    return generic_title(entry.kind)


def when(entry: TimelineEntry) -> str:
    """The entry's local time of day with its zone, e.g. "09:30 EST"."""
    start = entry.start
    return f"{start.hour:02d}:{start.minute:02d} {start.tzname() or ''}".rstrip()


# English names, as strftime gives in the C locale, without strftime's cost (it goes through
# the time module for every call, ~10 µs, and conflict reasons name days often); fmt_day gives
# them in the installed language
_WEEKDAYS = (QT_TRANSLATE_NOOP("Day", "Mon"), QT_TRANSLATE_NOOP("Day", "Tue"),
             QT_TRANSLATE_NOOP("Day", "Wed"), QT_TRANSLATE_NOOP("Day", "Thu"),
             QT_TRANSLATE_NOOP("Day", "Fri"), QT_TRANSLATE_NOOP("Day", "Sat"),
             QT_TRANSLATE_NOOP("Day", "Sun"))
_MONTHS = (QT_TRANSLATE_NOOP("Day", "Jan"), QT_TRANSLATE_NOOP("Day", "Feb"),
           QT_TRANSLATE_NOOP("Day", "Mar"), QT_TRANSLATE_NOOP("Day", "Apr"),
           QT_TRANSLATE_NOOP("Day", "May"), QT_TRANSLATE_NOOP("Day", "Jun"),
           QT_TRANSLATE_NOOP("Day", "Jul"), QT_TRANSLATE_NOOP("Day", "Aug"),
           QT_TRANSLATE_NOOP("Day", "Sep"), QT_TRANSLATE_NOOP("Day", "Oct"),
           QT_TRANSLATE_NOOP("Day", "Nov"), QT_TRANSLATE_NOOP("Day", "Dec"))
#: who acts on an "expected by" date, as a reason names them ("the court")
_OWNER_WORDS = {Owner.CLIENT: QT_TRANSLATE_NOOP("Conflicts", "client"),
                Owner.COURT: QT_TRANSLATE_NOOP("Conflicts", "court"),
                Owner.AGENCY: QT_TRANSLATE_NOOP("Conflicts", "agency"),
                Owner.CLINIC: QT_TRANSLATE_NOOP("Conflicts", "clinic")}


def fmt_day(day: date) -> str:
    """A day as people read it, e.g. "Mon 28 Dec 2026" (the names in the installed language)."""
    return fill(translate("Day", "%1 %2 %3 %4"), translate("Day", _WEEKDAYS[day.weekday()]),
                day.day, translate("Day", _MONTHS[day.month - 1]), day.year)


def _scheduled(entries: Iterable[TimelineEntry]) -> list[TimelineEntry]:
    return [e for e in entries if e.status is EventStatus.SCHEDULED]


def _busy(entry: TimelineEntry) -> tuple[float, float]:
    """The entry's occupied time in UTC seconds (a point takes its first minute)."""
    start, end = entry.order[0], instant(entry.end)
    return start, max(end, start + 60.0)


def overlaps(entries: Sequence[TimelineEntry], ctx: ConflictContext) -> list[Conflict]:
    """Two timed commitments at once (a sweep over entries in start order)."""
    found: list[Conflict] = []
    active: list[tuple[float, TimelineEntry]] = []  # (end, entry) still running at the current start
    for entry in _scheduled(e for e in entries if e.timed):
        begin, finish = _busy(entry)
        active = [(end, other) for end, other in active if end > begin]
        for _, other in active:
            found.append(Conflict(
                ConflictKind.OVERLAP, (other.key, entry.key), entry.day,
                fill(translate("Conflicts", "%1 at %2 and %3 at %4 on %5 overlap: the client "
                                            "cannot be at both."),
                     label(other), when(other), label(entry), when(entry), fmt_day(entry.day)),
                entry.case_id))
        active.append((finish, entry))
    return found


def travel_buffers(entries: Sequence[TimelineEntry], ctx: ConflictContext) -> list[Conflict]:
    """An appointment on a hearing day closer to the hearing than the travel buffer."""
    timed = _scheduled(e for e in entries if e.timed)
    hearings = [e for e in timed if e.kind is EventKind.COURT_HEARING]
    found = []
    for hearing in hearings:
        h_start, h_end = _busy(hearing)
        for other in timed:
            if other.kind is EventKind.COURT_HEARING or other.day != hearing.day:
                continue
            o_start, o_end = _busy(other)
            gap = h_start - o_end if o_end <= h_start else o_start - h_end
            if gap < 0 or gap >= ctx.travel_buffer.total_seconds():
                continue  # overlapping pairs are reported as overlaps
            found.append(Conflict(
                ConflictKind.TRAVEL_BUFFER, (hearing.key, other.key), hearing.day,
                fill(translate("Conflicts", "%1 at %2 is %3 from the court hearing at %4 on %5; "
                                            "allow at least %6 for travel."),
                     label(other), when(other), _duration(gap), when(hearing),
                     fmt_day(hearing.day), _duration(ctx.travel_buffer.total_seconds())),
                hearing.case_id))
    return found


def _duration(seconds: float) -> str:
    hours, minutes = divmod(int(seconds) // 60, 60)
    if hours:
        return fill(translate("Conflicts", "%1 h %2 min"), hours, f"{minutes:02d}")
    return fill(translate("Conflicts", "%1 min"), minutes)


def late_evidence(entries: Sequence[TimelineEntry], ctx: ConflictContext) -> list[Conflict]:
    """An appointment producing evidence for a filing, dated after the filing's deadline."""
    targets = {e.event_id: e for e in _scheduled(entries) if e.event_id is not None}
    found = []
    for entry in _scheduled(entries):
        target = None if entry.evidence_for_id is None else targets.get(entry.evidence_for_id)
        if target is None:
            continue
        limit = min(target.day, target.safe_day or target.day)
        if entry.day <= limit:
            continue
        safe = fill(translate("Conflicts", " (earliest defensible reading %1)"),
                    fmt_day(limit)) if limit != target.day else ""
        found.append(Conflict(
            ConflictKind.EVIDENCE_LATE, (entry.key, target.key), entry.day,
            fill(translate("Conflicts", "%1 on %2 produces evidence for a filing due %3%4: it "
                                        "comes too late; move it before the deadline."),
                 label(entry), fmt_day(entry.day), fmt_day(target.day), safe),
            entry.case_id))
    return found


# --- interpreters ------------------------------------------------------------------------------

INTERPRETER_NOTICE = timedelta(hours=48)  # a booking confirmed later than this is too late
_CLOSED_BOOKINGS = frozenset({BookingStatus.DECLINED, BookingStatus.CANCELLED})
# ISO 639 codes of languages often asked for, so that "es" and "Spanish" read as one
_LANGUAGE_CODES = {
    "am": "amharic", "ar": "arabic", "bn": "bengali", "en": "english", "fa": "persian",
    "fr": "french", "hi": "hindi", "ht": "haitian creole", "ko": "korean", "mam": "mam",
    "ne": "nepali", "prs": "dari", "ps": "pashto", "pt": "portuguese", "quc": "k'iche'",
    "ru": "russian", "so": "somali", "es": "spanish", "sw": "swahili", "th": "thai",
    "ti": "tigrinya", "tl": "tagalog", "uk": "ukrainian", "ur": "urdu", "vi": "vietnamese",
    "zh": "chinese", "yue": "cantonese", "cmn": "mandarin", "ro": "romanian", "pl": "polish",
}


def language_and_dialect(text: str) -> tuple[str, str | None]:
    """A language as compared: "Arabic (Levantine)" is ("arabic", "levantine"); a code
    ("es") reads as its language's English name."""
    name, _, rest = text.partition("(")
    dialect = rest.rstrip(") ").strip().casefold() or None
    key = name.strip().casefold()
    return _LANGUAGE_CODES.get(key, key), dialect


def _confirmed(entry: TimelineEntry, ctx: ConflictContext) -> bool:
    return entry.interpreter_booked or any(
        b.status is BookingStatus.CONFIRMED for b in _bookings_of(entry, ctx.bookings))


def _bookings_of(entry: TimelineEntry, bookings: Bookings) -> list[InterpreterBooking]:
    """The entry's event's bookings still open (requested or confirmed)."""
    if entry.event_id is None:
        return []
    return [b for b in bookings.get(entry.event_id, ()) if b.status not in _CLOSED_BOOKINGS]


def notice_starts(day: date) -> date:
    """With only the day known, the first day an interpreter not confirmed for an entry on
    ``day`` is a conflict: two days before (never later than 48 h before its start)."""
    return day - timedelta(days=2)


def _within_notice(entry: TimelineEntry, ctx: ConflictContext) -> bool:
    """48 h before the start by ``now``; with only a day known, from two days before."""
    if not ctx.notice:
        return True
    if ctx.now is not None:
        return ctx.now >= entry.start - INTERPRETER_NOTICE
    return ctx.today >= notice_starts(entry.day)


def interpreters(entries: Sequence[TimelineEntry], ctx: ConflictContext) -> list[Conflict]:
    """An interpreter needed without a confirmed booking 48 h before the start."""
    found = []
    for e in _scheduled(entries):
        if not e.interpreter_needed or _confirmed(e, ctx) or not _within_notice(e, ctx):
            continue
        asked = any(b.status is BookingStatus.REQUESTED for b in _bookings_of(e, ctx.bookings))
        language = f" ({e.interpreter_language})" if e.interpreter_language else ""
        state = translate("Conflicts", "one is requested but not confirmed") if asked \
            else translate("Conflicts", "none is confirmed")
        found.append(Conflict(
            ConflictKind.INTERPRETER, (e.key,), e.day,
            fill(translate("Conflicts", "%1 on %2%3 needs an interpreter%4, and %5 48 h before "
                                        "it: confirm one now."),
                 label(e), fmt_day(e.day), _at(e), language, state), e.case_id))
    return found


def _at(entry: TimelineEntry) -> str:
    return fill(translate("Conflicts", " at %1"), when(entry)) if entry.timed else ""


def wrong_languages(entries: Sequence[TimelineEntry], ctx: ConflictContext) -> list[Conflict]:
    """A booking in another language than the event's interpreter language (else the
    case's), or in another dialect when both name one."""
    found = []
    for e in _scheduled(entries):
        wanted = e.interpreter_language or ctx.case_languages.get(e.case_id)
        if not wanted:
            continue
        language, dialect = language_and_dialect(wanted)
        for booking in _bookings_of(e, ctx.bookings):
            got, got_dialect = language_and_dialect(booking.language)
            if booking.dialect:
                got_dialect = booking.dialect.strip().casefold()
            if got == language and (dialect is None or got_dialect in (None, dialect)):
                continue
            text = translate("Conflicts", "The interpreter booked for %1 on %2 is booked for "
                                          "another language (%3) than the one needed (%4): "
                                          "book an interpreter of the right one.") \
                if got != language else \
                translate("Conflicts", "The interpreter booked for %1 on %2 is booked for "
                                       "another dialect (%3) than the one needed (%4): book an "
                                       "interpreter of the right one.")
            found.append(Conflict(
                ConflictKind.INTERPRETER_LANGUAGE, (e.key,), e.day,
                fill(text, label(e), fmt_day(e.day), _shown(booking), wanted), e.case_id))
    return found


def _shown(booking: InterpreterBooking) -> str:
    return booking.language + (f", {booking.dialect}" if booking.dialect else "")


def _who(booking: InterpreterBooking) -> tuple[str, ...] | None:
    """Who a booking books: the contact, else the name with the vendor; None: not yet known."""
    if booking.contact_id is not None:
        return ("contact", str(booking.contact_id))
    if booking.interpreter_name:
        return ("name", booking.interpreter_name.strip().casefold(),
                (booking.vendor or "").strip().casefold())
    return None


def double_bookings(entries: Iterable[TimelineEntry], bookings: Bookings, *,
                    today: date) -> list[Conflict]:
    """The same interpreter booked for two overlapping timed entries, of one case or of two
    (then each case gets the conflict; its reason names the other only as another case's)."""
    booked: dict[tuple[str, ...], dict[str, TimelineEntry]] = defaultdict(dict)
    for entry in _scheduled(e for e in entries if e.timed):
        for booking in _bookings_of(entry, bookings):
            who = _who(booking)
            if who is not None:
                booked[who][entry.key] = entry
    found: list[Conflict] = []
    for by_key in booked.values():
        active: list[tuple[float, TimelineEntry]] = []
        for entry in sorted(by_key.values(), key=_ORDER):
            begin, finish = _busy(entry)
            active = [(end, other) for end, other in active if end > begin]
            for _, other in active:
                if other.event_id != entry.event_id:
                    found.extend(_double(other, entry))
            active.append((finish, entry))
    return [c for c in found if c.day >= today]


def _double(first: TimelineEntry, second: TimelineEntry) -> list[Conflict]:
    pairs = [(first, second)] if first.case_id == second.case_id else \
        [(first, second), (second, first)]
    out = []
    for mine, theirs in pairs:
        other = label(theirs) if mine.case_id == theirs.case_id else \
            translate("Conflicts", "an appointment of another case")
        out.append(Conflict(
            ConflictKind.INTERPRETER_DOUBLE_BOOKED, (mine.key, theirs.key), mine.day,
            fill(translate("Conflicts", "The interpreter booked for %1 at %2 on %3 is also "
                                        "booked for %4 at %5 on %6: they cannot be at both; "
                                        "book another interpreter for one of them."),
                 label(mine), when(mine), fmt_day(mine.day), other, when(theirs),
                 fmt_day(theirs.day)), mine.case_id))
    return out


def closed_days(entries: Sequence[TimelineEntry], ctx: ConflictContext) -> list[Conflict]:
    """A hearing or deadline on a day the court is closed (holiday, weekend or closure)."""
    found = []
    for entry in _scheduled(e for e in entries if e.kind in _COURT_KINDS):
        why = ctx.closed(entry.day)
        if why:
            found.append(Conflict(
                ConflictKind.CLOSED_DAY, (entry.key,), entry.day,
                fill(translate("Conflicts", "%1 on %2 falls on a day the court is closed (%3); "
                                            "check the date."),
                     label(entry), fmt_day(entry.day), closed_reason(why)), entry.case_id))
    return found


def missing_owners(entries: Sequence[TimelineEntry], ctx: ConflictContext) -> list[Conflict]:
    """A deadline or task of the client's team that nobody is assigned to."""
    return [Conflict(
        ConflictKind.NO_OWNER, (e.key,), e.day,
        fill(translate("Conflicts", "%1 on %2 has no staff member assigned; assign one."),
             label(e), fmt_day(e.day)), e.case_id)
        for e in _scheduled(entries)
        if e.kind in _TEAM_KINDS and e.owner in _TEAM_OWNERS and not e.assigned_to]


def passed_expectations(entries: Sequence[TimelineEntry], ctx: ConflictContext) -> list[Conflict]:
    """A court or agency "expected by" date passed with nothing later in the same matter."""
    happened = [e for e in entries
                if e.status is not EventStatus.CANCELLED and e.shape is not Shape.EXPECTED_BY]
    found = []
    for entry in _scheduled(entries):
        if entry.shape is not Shape.EXPECTED_BY or entry.day >= ctx.today:
            continue
        if any(_same_matter(entry, other) and other.day > entry.day for other in happened):
            continue
        owner = entry.owner or Owner.COURT
        who = translate("Conflicts", _OWNER_WORDS[owner]) if owner in _OWNER_WORDS \
            else owner.value
        found.append(Conflict(
            ConflictKind.EXPECTED_PASSED, (entry.key,), entry.day,
            fill(translate("Conflicts", "The %1 was expected to act by %2 and nothing later is "
                                        "on the timeline for this matter; ask the %1 and record "
                                        "what happened."), who, fmt_day(entry.day)),
            entry.case_id))
    return found


def _same_matter(entry: TimelineEntry, other: TimelineEntry) -> bool:
    """Same matter; without a matter, the same lane of the same case stands in for it."""
    if entry.matter_id is not None:
        return other.matter_id == entry.matter_id
    return other.lane is entry.lane


# one conflict check: the case's entries and context in, what it found out
Check = Callable[[Sequence[TimelineEntry], ConflictContext], list[Conflict]]
CHECKS: tuple[Check, ...] = (
    overlaps, travel_buffers, late_evidence, interpreters, wrong_languages, closed_days,
    missing_owners, passed_expectations,
)


def _checks_that_can_fire(entries: Sequence[TimelineEntry]) -> list[Check]:
    """The checks (in CHECKS order) that can find something among ``entries``, from one pass.

    The agenda runs the checks for thousands of cases with two or three entries each, where
    most checks have nothing to look at; each test below is implied by its check's own filter.
    """
    timed = hearing = evidence = interpreter = court = team = expected = 0
    for e in entries:
        if e.status is not EventStatus.SCHEDULED:
            continue
        if e.timed:
            timed += 1
            hearing += e.kind is EventKind.COURT_HEARING
        evidence += e.evidence_for_id is not None
        interpreter += e.interpreter_needed  # a booking marks its event as needing one
        court += e.kind in _COURT_KINDS
        team += e.kind in _TEAM_KINDS
        expected += e.shape is Shape.EXPECTED_BY
    can: dict[Check, bool] = {overlaps: timed > 1, travel_buffers: hearing > 0 and timed > 1,
           late_evidence: evidence > 0, interpreters: interpreter > 0,
           wrong_languages: interpreter > 0, closed_days: court > 0,
           missing_owners: team > 0, passed_expectations: expected > 0}
    return [check for check in CHECKS if can.get(check, True)]
