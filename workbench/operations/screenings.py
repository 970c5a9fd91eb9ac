"""Screenings: give an instrument under consent, record answers with who asked, pause,
resume, decline, complete and score; list them through the role view; outcomes over time;
tell it once (earlier answers that may be reused).

Scoring and the rules are pure (timeline.screening, timeline.outcomes); the store keeps what
happened. A safety flag from the score (PHQ-9 item 9) creates a same-day task for the
clinician in the same transaction, and the task is returned: never silent.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime

from models.records import Category, Event, EventKind, EventStatus, Owner, Role, Screening
from timeline.outcomes import Series, outcome_series
from timeline.screening import Instrument, SafetyFlag, ScoreResult, instrument, instruments, score
from timeline.screening.administration import ToldBefore, category_of, told_before
from timeline.views import GENERIC_CATEGORY, GROUP_OF, visible_fields
from workbench.operations import policy
from workbench.operations.changes import Changes, Done, Kind
from workbench.operations.context import Context
from workbench.operations.policy import Action

# screenings are care records: views that show the care plan refresh on them
_CHANGED = (Kind.CARE_PLAN,)


@dataclass(frozen=True)
class Completed:
    """A completed screening, its score, and the safety tasks its flags created."""

    screening: Screening
    result: ScoreResult
    tasks: tuple[Event, ...]


@dataclass(frozen=True)
class Answered:
    """A screening with answers merged, and the safety tasks the new answers raised."""

    screening: Screening
    flags: tuple[SafetyFlag, ...]
    tasks: tuple[Event, ...]


def list_instruments() -> list[Instrument]:
    """The latest version of every shipped instrument (no store: instruments are data)."""
    latest: dict[str, Instrument] = {}
    for inst in instruments():
        latest[inst.id] = inst  # sorted by id then version: the last one wins
    return list(latest.values())


def sees_answers(role: Role, category: Category) -> bool:
    """True when ``role`` reads answers, totals and bands of ``category`` screenings."""
    return "notes" in visible_fields(role, category)


GENERIC_INSTRUMENT = "screening"  # what a role that may not see the instrument's name sees


def redact_screening(role: Role, screening: Screening) -> Screening:
    """A copy holding only what ``role`` may see: instrument, dates and status for a role that
    does not read the category in full (no answers, total, band, reason or consent note).

    Where the role view gives the category only a generic title (an advocate or a peer mentor
    on mental health), the instrument's name goes too: "PHQ-9" says "depression screening" as
    plainly as an event title would, so it becomes GENERIC_INSTRUMENT with the generic
    category, as timeline.views does for events."""
    if sees_answers(role, screening.category):
        return screening
    hidden = replace(screening, answers=(), total=None, band=None, reason=None,
                     consent_note=None)
    shown = visible_fields(role, screening.category)
    if "title" not in shown:
        hidden = replace(hidden, instrument_id=GENERIC_INSTRUMENT, instrument_version="")
    if "category" not in shown:
        hidden = replace(hidden, category=GENERIC_CATEGORY[GROUP_OF[screening.category]])
    return hidden


def start_screening(ctx: Context, *, case_id: int, instrument_id: str,
                    consent_at: datetime | None, consent_note: str | None = None,
                    started_at: datetime | None = None) -> Done[Screening]:
    """Start a screening under the survivor's consent (``consent_at``: when it was given;
    refused without it), recorded as taken by the acting user."""
    inst = instrument(instrument_id)
    category = category_of(inst.id)
    policy.require_write(ctx, category)
    screening = ctx.store.add_screening(case_id, inst.id, inst.version, category,
                                        consent_at=consent_at, consent_note=consent_note,
                                        started_at=started_at)
    return Done(screening, Changes.of(*_CHANGED, case_id=case_id))


def answer(ctx: Context, *, screening_id: int, answers: Mapping[str, int | str],
           version: int | None = None) -> Done[Answered]:
    """Record answers (item id -> a scale value, skip, not_today or prefer_not_to_say); a
    safety flag raised by one of them creates its same-day task at once."""
    current = ctx.store.get_screening(screening_id)
    inst = _instrument_of(current)
    policy.require_write(ctx, current.category)
    score(inst, answers)  # an unknown item or a value off the scale: InvalidInput, nothing written
    with ctx.store.transaction():
        screening = ctx.store.record_answers(screening_id, answers, asked_role=ctx.role.value,
                                             version=version)
        flags = tuple(f for f in score(inst, _values(screening)).flags if f.item in answers)
        tasks = _safety_tasks(ctx, screening, flags)
    kinds = (*_CHANGED, Kind.EVENTS) if tasks else _CHANGED
    return Done(Answered(screening, flags, tasks), Changes.of(*kinds, case_id=screening.case_id))


def pause(ctx: Context, *, screening_id: int, version: int | None = None) -> Done[Screening]:
    """Pause a screening at any point (the survivor may stop; it can be resumed)."""
    current = ctx.store.get_screening(screening_id)
    policy.require_write(ctx, current.category)
    screening = ctx.store.pause_screening(screening_id, version=version)
    return Done(screening, Changes.of(*_CHANGED, case_id=screening.case_id))


def resume(ctx: Context, *, screening_id: int, version: int | None = None) -> Done[Screening]:
    """Resume a paused screening."""
    current = ctx.store.get_screening(screening_id)
    policy.require_write(ctx, current.category)
    screening = ctx.store.resume_screening(screening_id, version=version)
    return Done(screening, Changes.of(*_CHANGED, case_id=screening.case_id))


def decline(ctx: Context, *, screening_id: int, version: int | None = None) -> Done[Screening]:
    """Record that the survivor declined to go on; the screening is closed without a score."""
    current = ctx.store.get_screening(screening_id)
    policy.require_write(ctx, current.category)
    screening = ctx.store.decline_screening(screening_id, version=version)
    return Done(screening, Changes.of(*_CHANGED, case_id=screening.case_id))


def complete(ctx: Context, *, screening_id: int, version: int | None = None,
             completed_at: datetime | None = None) -> Done[Completed]:
    """Score and close a screening; every safety flag creates its same-day task for the
    clinician in the same transaction (one already due today with that title is not repeated)."""
    current = ctx.store.get_screening(screening_id)
    inst = _instrument_of(current)
    policy.require_write(ctx, current.category)
    result = score(inst, _values(current))
    with ctx.store.transaction():
        screening = ctx.store.complete_screening(
            screening_id, total=result.total, band=result.band.id if result.band else None,
            reason=result.reason, version=version, completed_at=completed_at)
        tasks = _safety_tasks(ctx, screening, result.flags)
    kinds = (*_CHANGED, Kind.EVENTS) if tasks else _CHANGED
    return Done(Completed(screening, result, tasks), Changes.of(*kinds, case_id=screening.case_id))


def administer(ctx: Context, *, case_id: int, instrument_id: str, answers: Mapping[str, int | str],
               consent_at: datetime | None, consent_note: str | None = None,
               at: datetime | None = None) -> Done[Completed]:
    """Start, answer and complete a screening in one transaction (the CLI's `screening add`):
    bad answers are refused before anything is written. ``at``: when it was given (default
    now), for a screening given earlier, e.g. on paper."""
    inst = instrument(instrument_id)
    policy.require_write(ctx, category_of(inst.id))
    score(inst, answers)
    with ctx.store.transaction():
        started = start_screening(ctx, case_id=case_id, instrument_id=inst.id,
                                  consent_at=consent_at, consent_note=consent_note,
                                  started_at=at).value
        if answers:
            ctx.store.record_answers(started.id, answers, asked_role=ctx.role.value, asked_at=at)
        done = complete(ctx, screening_id=started.id, completed_at=at)
    return done


def list_screenings(ctx: Context, *, case_id: int) -> list[Screening]:
    """The case's screenings, oldest first, as the acting user's role may see them."""
    policy.require(ctx, Action.READ)
    return [redact_screening(ctx.role, s) for s in ctx.store.list_screenings(case_id)]


def outcomes(ctx: Context, *, case_id: int) -> list[Series]:
    """Per instrument, the completed totals over time with the change since the baseline and
    since the previous one (only of screenings the role may see scores of)."""
    seen = [s for s in list_screenings(ctx, case_id=case_id) if sees_answers(ctx.role, s.category)]
    return outcome_series(seen, instrument)


def already_told(ctx: Context, *, case_id: int, instrument_id: str,
                 exclude: int | None = None) -> list[ToldBefore]:
    """Per item, the last answer given in an earlier screening of this case (who asked, in
    which role, when) and whether it may be offered again (the instrument's recall period)."""
    inst = instrument(instrument_id)
    earlier = list_screenings(ctx, case_id=case_id)
    return told_before(inst, earlier, ctx.now(), exclude=exclude)


def _instrument_of(screening: Screening) -> Instrument:
    return instrument(screening.instrument_id, screening.instrument_version)


def _values(screening: Screening) -> dict[str, int | str]:
    return {a.item_id: a.value for a in screening.answers}


def _safety_tasks(ctx: Context, screening: Screening,
                  flags: tuple[SafetyFlag, ...]) -> tuple[Event, ...]:
    """A same-day task per flag, owned by the team (so that it shows as overdue if left)."""
    if not flags:
        return ()
    today = ctx.today()
    open_today = {e.title for e in ctx.store.list_events(screening.case_id, today, today)
                  if e.kind is EventKind.TASK and e.status is EventStatus.SCHEDULED}
    tasks = []
    for flag in flags:
        if flag.task in open_today:
            continue
        open_today.add(flag.task)
        assigned = ctx.user.name if ctx.role is Role.CLINICIAN else None
        tasks.append(ctx.store.add_event(
            screening.case_id, EventKind.TASK, flag.task, screening.category, due=today,
            owner=Owner.CLIENT, assigned_to=assigned, notes=flag.message))
    return tuple(tasks)
