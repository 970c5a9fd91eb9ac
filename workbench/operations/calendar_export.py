"""Export the timeline to an RFC 5545 calendar file, safe by default (issue 14 part 1).

``generic`` (the default) and ``case-ref`` leave nothing in the file that identifies a survivor
or says what an appointment is about, so they are not disclosures; ``full`` holds what the
role view shows (titles, locations, notes), needs the export permission and records one
disclosure per case in the transaction that writes the file. Every level applies the caller's
role view and exports the timeline engine's own dates (the safe reading of a deadline).
docs/calendar-export.md describes the file.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from exports.atomic import write_atomically
from exports.ics import CalendarItem, build_calendar
from exports.ics_items import Detail, detail_of, item_for, record_key, sorted_items, uid_key
from models.errors import InvalidInput, NotFound, PermissionDenied
from models.i18n import fill, translate, untranslated
from models.records import Case, Category, Event, Role
from timeline.entries import one_off_entry
from timeline.jurisdictions import zone_for_jurisdiction
from timeline.lanes import TimelineEntry
from timeline.merge import entries_for_goals, window
from timeline.recurrence import event_span, occurrences
from timeline.views import view_for
from workbench.operations import policy
from workbench.operations.changes import NOTHING, Changes, Done, Kind
from workbench.operations.context import Context
from workbench.operations.policy import Action

RECIPIENT = "calendar export"
DEFAULT_PURPOSE = "calendar export"
LEGAL_BASIS = "calendar export at full detail by a role with the export permission"
_FAR_PAST, _FAR_FUTURE = date(1900, 1, 1), date(2200, 1, 1)  # no period given: all time

ProgressFn = Callable[[int, int], None]


@dataclass(frozen=True)
class CalendarExport:
    """A written calendar: where, how many VEVENTs (a series counts once) of how many cases,
    at which detail, and the disclosures recorded (only at ``full``)."""

    path: Path
    events: int
    cases: int
    detail: Detail
    sha256: str
    disclosure_ids: tuple[int, ...] = ()

    @property
    def disclosure(self) -> bool:
        """True when the export was recorded as a disclosure."""
        return bool(self.disclosure_ids)


@dataclass(frozen=True)
class Selection:
    """Which items to export: one case or all, one staff member's or everyone's, a period."""

    case: Case | None = None
    staff: str | None = None
    period_from: date | None = None
    period_to: date | None = None  # inclusive


@dataclass(frozen=True)
class CaseItems:
    """One case's calendar items and the records they come from (for its disclosure)."""

    case: Case
    items: tuple[CalendarItem, ...]
    record_ids: tuple[str, ...]
    categories: tuple[Category, ...]


def detail_denial(ctx: Context, detail: Detail | str) -> str | None:
    """Why the acting user may not export at ``detail`` (the policy's words), or None."""
    if detail_of(str(detail)) is not Detail.FULL:
        return None
    try:
        policy.require(ctx, Action.EXPORT_CASES)
    except PermissionDenied as exc:
        return fill(translate("Policy", "%1 A full-detail calendar is a disclosure."), exc)
    return None


def staff_names(ctx: Context) -> list[str]:
    """The vault's users, whose items ``staff`` may select."""
    policy.require(ctx, Action.READ)
    return sorted(u.name for u in ctx.vault.users())


def cases_to_export(ctx: Context) -> list[Case]:
    """The cases the acting user may see, whose items an export may hold."""
    policy.require(ctx, Action.READ)
    return ctx.store.list_cases()


def selection(ctx: Context, *, case_ref: str | None = None, case_id: int | None = None,
              staff: str | None = None, period_from: date | None = None,
              period_to: date | None = None) -> Selection:
    """The checked selection: a known case and staff member, a period in order."""
    policy.require(ctx, Action.READ)
    if period_from is not None and period_to is not None and period_from > period_to:
        raise InvalidInput(translate("CalendarExport",
                "The period's start (--from) is after its end (--to); swap them."),
                           field="period")
    if staff is not None and staff not in staff_names(ctx):
        raise NotFound(fill(translate("CalendarExport",
                "There is no staff member with that name; the vault's users are %1."),
                ', '.join(staff_names(ctx))))
    case = None
    if case_ref is not None:
        case = ctx.store.get_case_by_ref(case_ref)
    elif case_id is not None:
        case = ctx.store.get_case(case_id)
    return Selection(case, staff, period_from, period_to)


def calendar_items(ctx: Context, chosen: Selection, detail: Detail,
                   progress: ProgressFn | None = None, as_role: Role | str | None = None
                   ) -> list[CaseItems]:
    """Every case's items as the acting user's role view (or a narrower ``as_role``) shows
    them; cases with none are left out."""
    policy.require(ctx, Action.READ)
    role = policy.view_role(ctx, as_role)
    key = uid_key(vault_identity(ctx))
    cases = [chosen.case] if chosen.case is not None else ctx.store.list_cases()
    events = _events_by_case(ctx, None if chosen.case is None else chosen.case.id)
    out = []
    for index, case in enumerate(cases):
        found = _case_items(ctx, case, events.get(case.id, []), chosen, detail, role, key)
        if found.items:
            out.append(found)
        if progress is not None:
            progress(index + 1, len(cases))
    return out


def export_calendar(ctx: Context, *, out: Path, detail: Detail | str = Detail.GENERIC,
                    chosen: Selection | None = None, purpose: str = DEFAULT_PURPOSE,
                    force: bool = False, progress: ProgressFn | None = None,
                    as_role: Role | str | None = None) -> Done[CalendarExport]:
    """Write the calendar to ``out`` atomically; at ``full`` record each case's disclosure
    in the same transaction (both happen, or neither)."""
    policy.require(ctx, Action.READ)
    level = detail_of(str(detail))
    if level is Detail.FULL:
        policy.require(ctx, Action.EXPORT_CASES)
        if not purpose.strip():
            raise InvalidInput(translate("CalendarExport",
                    "Name the purpose of a full-detail export (it is written to each case's "
                    "disclosure log)."), field="purpose")
    out = _target(Path(out), force)
    with untranslated():  # a file for other calendars: English whatever the UI's language
        found = calendar_items(ctx, chosen or Selection(), level, progress, as_role)
        items = sorted_items([item for case in found for item in case.items])
        data = build_calendar(items, stamp=ctx.now())
    digest = hashlib.sha256(data).hexdigest()
    ids = _write(ctx, out, data, found if level is Detail.FULL else [], purpose, digest)
    result = CalendarExport(out, len(items), len(found), level, digest, ids)
    if not ids:
        return Done(result, NOTHING)
    return Done(result, Changes.of(Kind.DISCLOSURES, case_ids=[c.case.id for c in found]))


def vault_identity(ctx: Context) -> bytes:
    """A value fixed for the vault's whole life: the hash of its first audit entry (the chain
    never changes its first link). The UIDs' HMAC key is derived from it."""
    return (ctx.store.audit_origin() or "").encode()


def _target(out: Path, force: bool) -> Path:
    if out.exists() and not force:
        raise InvalidInput(fill(translate("CalendarExport",
                "%1 already exists; choose another name or --force to replace it."),
                out.name), field="out")
    if out.is_dir():
        raise InvalidInput(fill(translate("CalendarExport",
                "%1 is a folder; name the .ics file to write."),
                out), field="out")
    if not out.parent.is_dir():
        raise InvalidInput(fill(translate("CalendarExport",
                "The folder %1 does not exist; create it first."),
                out.parent),
                           field="out")
    return out


def _write(ctx: Context, out: Path, data: bytes, disclosed: list[CaseItems], purpose: str,
           digest: str) -> tuple[int, ...]:
    """Write the file; with ``disclosed`` cases, their disclosure records in one transaction."""
    if not disclosed:
        write_atomically(out, data)
        return ()
    existed = out.exists()
    try:
        with ctx.store.transaction():
            ids = tuple(ctx.store.record_disclosure(
                case.case.id, RECIPIENT, purpose.strip(), case.categories, case.record_ids,
                (), digest, legal_basis=LEGAL_BASIS).id for case in disclosed)
            write_atomically(out, data)  # inside: a failed write rolls the records back
    except BaseException:
        if not existed:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(out)
        raise
    return ids


def _events_by_case(ctx: Context, case_id: int | None) -> dict[int, list[Event]]:
    by_case: dict[int, list[Event]] = {}
    for event in ctx.store.list_events(case_id=case_id):
        by_case.setdefault(event.case_id, []).append(event)
    return by_case


def _case_items(ctx: Context, case: Case, events: list[Event], chosen: Selection,
                detail: Detail, role: Role, key: bytes) -> CaseItems:
    """One case's items: its events (a series once) and care-plan milestones, role-viewed."""
    tz = zone_for_jurisdiction(case.jurisdiction)
    begin, finish = window(chosen.period_from or _FAR_PAST,
                           (chosen.period_to or _FAR_FUTURE) + timedelta(days=1), tz)
    kinds = {m.id: m.kind for m in ctx.store.list_matters(case.id)} if events else {}
    pairs: list[tuple[TimelineEntry, Event | None]] = []
    for event in events:
        entry = one_off_entry(event, kinds.get(event.matter_id or -1))
        if entry is not None and (not event.rrule or _series_meets(event, begin, finish)):
            pairs.append((entry, event))
    # milestones are one-day dates: the period is checked below on what is written
    pairs += [(e, None) for e in entries_for_goals(ctx.store.list_goals(case.id),
                                                   *window(_FAR_PAST, _FAR_FUTURE, tz), tz)]
    mine = [(e, ev) for e, ev in pairs if _is_staffs(case, e, chosen.staff)]
    viewed = view_for(role, [e for e, _ in mine])
    items, ids, categories = [], [], []
    for entry, (_, source) in zip(viewed, mine, strict=True):
        item = item_for(entry, source, detail=detail, case_ref=case.ref, key=key)
        if item.rrule or _meets(item, begin, finish):
            items.append(item)
            ids.append(record_key(entry))
            categories.append(entry.category)
    return CaseItems(case, tuple(items), tuple(ids), tuple(dict.fromkeys(categories)))


def _series_meets(event: Event, begin: datetime, finish: datetime) -> bool:
    """A series meets the period when one of its occurrences overlaps it."""
    first = event_span(event)
    if first is None:
        return False
    length = first.end - first.start
    return any(o.end > begin or o.start >= begin
               for o in occurrences(event, begin - length, finish))


def _meets(item: CalendarItem, begin: datetime, finish: datetime) -> bool:
    """A one-off item meets the period when the dates written overlap it."""
    start, end = _bounds(item, begin)
    return start < finish and (end > begin or start >= begin)


def _bounds(item: CalendarItem, begin: datetime) -> tuple[datetime, datetime]:
    tz = begin.tzinfo
    if isinstance(item.start, datetime):
        end = item.end if isinstance(item.end, datetime) else item.start
        return item.start, end
    last = item.end if isinstance(item.end, date) else item.start + timedelta(days=1)
    return (datetime.combine(item.start, datetime.min.time(), tzinfo=tz),
            datetime.combine(last, datetime.min.time(), tzinfo=tz))


def _is_staffs(case: Case, entry: TimelineEntry, staff: str | None) -> bool:
    """The agenda's rule: every item of a case assigned to them, and items assigned to them."""
    return staff is None or staff in case.assigned_to or entry.assigned_to == staff

