"""Consents, documents, matters, referrals and care-plan goals of one case.

Measurable care plans (issue 11 §5): goals by domain with the survivor's own priority, measured
by an instrument's score, a housing or risk status, or yes/no, from a baseline to a target;
progress read from the case's screenings and status histories through the role view. Referrals
carry the survivor's choice (declined: recorded and respected, never made) and, when making one
shares case data, need the survivor's active consent for that organisation and category.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from exports.template import matter_category
from models.errors import InvalidInput, NotFound
from models.i18n import QT_TRANSLATE_NOOP, fill, translate
from models.records import (
    REFERRAL_TRANSITIONS,
    Category,
    Consent,
    ConsentStatus,
    Contact,
    ContactKind,
    Document,
    Goal,
    GoalDomain,
    HistorySubject,
    HousingStatus,
    Matter,
    MatterKind,
    Measure,
    MeasureKind,
    Milestone,
    Referral,
    ReferralChoice,
    ReferralStatus,
    ScreeningStatus,
    StatusChange,
)
from models.words import category_in_sentence
from timeline.outcomes import LEVELS, CategoricalSeries, rank
from timeline.outcomes import categorical_outcomes as outcome_levels
from timeline.screening import instrument
from timeline.screening.administration import category_of
from timeline.views import generic_title, visible_fields
from workbench.operations import case_lists, policy, screenings
from workbench.operations.changes import Changes, Done, Kind
from workbench.operations.context import Context
from workbench.operations.policy import Action


def add_consent(ctx: Context, *, case_id: int, recipient: str, categories: Sequence[Category],
                purpose: str, granted: date, **fields: Any) -> Done[Consent]:
    """Record the survivor's consent: recipient × categories × purpose × dates."""
    policy.require(ctx, Action.INTAKE)
    consent = ctx.store.add_consent(case_id, recipient, categories, purpose, granted, **fields)
    return Done(consent, Changes.of(Kind.CONSENTS, case_id=case_id))


def revoke_consent(ctx: Context, *, consent_id: int, on: date) -> Done[Consent]:
    """Revoke a consent from ``on``; it is never used again."""
    policy.require(ctx, Action.INTAKE)
    consent = ctx.store.revoke_consent(consent_id, on)
    return Done(consent, Changes.of(Kind.CONSENTS, case_id=consent.case_id))


def add_document(ctx: Context, *, case_id: int, category: Category, title: str, data: bytes,
                 media_type: str, doc_date: date | None = None) -> Done[Document]:
    """Attach a document (PDF or image) to the case."""
    policy.require_write(ctx, category)
    doc = ctx.store.add_document(case_id, category, title, data, media_type, doc_date=doc_date)
    return Done(doc, Changes.of(Kind.DOCUMENTS, case_id=case_id))


def add_matter(ctx: Context, *, case_id: int, kind: MatterKind, **fields: Any) -> Done[Matter]:
    """Open a legal matter (immigration, protective order, criminal, family, civil)."""
    policy.require_write(ctx, matter_category(MatterKind(kind)))
    matter = ctx.store.add_matter(case_id, kind, **fields)
    return Done(matter, Changes.of(Kind.MATTERS, Kind.EVENTS, case_id=case_id))


def update_matter(ctx: Context, *, case_id: int, matter_id: int, version: int | None = None,
                  **fields: Any) -> Done[Matter]:
    """Change a matter's fields (``version``: as read; Conflict when someone changed it)."""
    old = next((m for m in ctx.store.list_matters(case_id) if m.id == matter_id), None)
    if old is None:
        raise NotFound(fill(translate("Care",
                "There is no matter with id %1 in this case."),
                repr(matter_id)))
    policy.require_write(ctx, matter_category(old.kind))
    if "kind" in fields:
        policy.require_write(ctx, matter_category(MatterKind(fields["kind"])))
    matter = ctx.store.update_matter(matter_id, version=version, **fields)
    return Done(matter, Changes.of(Kind.MATTERS, Kind.EVENTS, case_id=matter.case_id))


# --- referrals: the survivor's choice and the consent to share -------------------------------
# a referral in one of these statuses has been made: never without the survivor opting in
MADE_OR_LATER = frozenset({ReferralStatus.MADE, ReferralStatus.ACCEPTED,
                           ReferralStatus.IN_PROGRESS, ReferralStatus.COMPLETED})
DECLINED_TEXT = QT_TRANSLATE_NOOP(
    "Referral", "The survivor declined this referral: that choice is recorded and respected, "
                "so it is not made. If they change their mind, record their new choice first.")
NOT_ASKED_TEXT = QT_TRANSLATE_NOOP(
    "Referral", "The survivor's choice about this referral is not recorded: ask them first, "
                "and record that they opted in before it is made (no one is referred without "
                "agreeing to it).")


def declined_text() -> str:
    """Why a referral the survivor declined is not made (DECLINED_TEXT), translated."""
    return translate("Referral", DECLINED_TEXT)


def not_asked_text() -> str:
    """Why a referral without the survivor's choice is not made (NOT_ASKED_TEXT), translated."""
    return translate("Referral", NOT_ASKED_TEXT)


@dataclass(frozen=True)
class ConsentCheck:
    """Whether a referral that shares case data may be made: the consent that allows it, or
    what is missing and what to do (``problem``)."""

    consent: Consent | None
    problem: str | None

    @property
    def ok(self) -> bool:
        """True when an active consent covers the recipient and the category."""
        return self.problem is None


def _same_recipient(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _words(category: Category) -> str:
    return category_in_sentence(category)


def _sharing_check(consents: Sequence[Consent], organisation: str, category: Category,
                   today: date) -> ConsentCheck:
    """The survivor's active consent for ``organisation`` covering ``category``, or why not."""
    theirs = [c for c in consents if _same_recipient(c.recipient, organisation)]
    for c in theirs:
        if c.status(today) is ConsentStatus.ACTIVE and category in c.categories:
            return ConsentCheck(c, None)
    todo = fill(translate("Referral", "Record the survivor's consent for %1 covering %2 in the "
                                      "Consent tab first, or make the referral without sharing "
                                      "data."), organisation, _words(category))
    if not theirs:
        return ConsentCheck(None, fill(translate(
            "Referral", "Making this referral shares case data with %1, and there is no "
                        "consent of the survivor for %1. %2"), organisation, todo))
    reasons = [_why_not(c, category, today) for c in theirs]
    return ConsentCheck(None, fill(translate(
        "Referral", "Making this referral shares case data with %1, and no active consent "
                    "covers it: %2. %3"), organisation, "; ".join(reasons), todo))


def _why_not(c: Consent, category: Category, today: date) -> str:
    """Why consent ``c`` does not allow sharing ``category`` today."""
    status = c.status(today)
    if status is ConsentStatus.REVOKED:
        return fill(translate("Referral", "the consent of %1 was revoked on %2"), c.granted,
                    c.revoked)
    if status is ConsentStatus.EXPIRED:
        return fill(translate("Referral", "the consent of %1 expired on %2"), c.granted,
                    c.expires)
    if status is ConsentStatus.NOT_YET:
        return fill(translate("Referral", "the consent of %1 is not in force yet"), c.granted)
    covers = ", ".join(sorted(_words(x) for x in c.categories))
    return fill(translate("Referral", "the consent of %1 covers %2, not %3"), c.granted, covers,
                _words(category))


def sharing_consent(ctx: Context, *, case_id: int, organisation: str,
                    category: Category) -> ConsentCheck:
    """Whether a referral to ``organisation`` in ``category`` may share case data now (the
    dialog shows it before saving; making the referral checks it again)."""
    policy.require(ctx, Action.READ)
    return _sharing_check(ctx.store.list_consents(case_id), organisation, Category(category),
                          ctx.today())


def _check_move(ctx: Context, case_id: int, *, status: ReferralStatus,
                choice: ReferralChoice | None, shares_data: bool, organisation: str,
                category: Category, making: bool) -> int | None:
    """A referral is made (or moved on) only when the survivor opted in -- one they declined
    or were not asked about is refused, never auto-referred; one that shares data is made
    only under an active consent (returned: its id)."""
    if status not in MADE_OR_LATER:
        return None
    if choice is ReferralChoice.DECLINED:
        raise InvalidInput(declined_text(), field="status")
    if choice is not ReferralChoice.OPTED_IN:
        raise InvalidInput(not_asked_text(), field="choice")
    if not (shares_data and making):
        return None
    check = sharing_consent(ctx, case_id=case_id, organisation=organisation, category=category)
    if check.consent is None:
        raise InvalidInput(str(check.problem), field="shares_data")
    return check.consent.id


def add_referral(ctx: Context, *, case_id: int, service: str, organisation: str,
                 category: Category, status: ReferralStatus = ReferralStatus.PROPOSED,
                 opened: date | None = None, choice: ReferralChoice | None = None,
                 shares_data: bool = False, notes: str | None = None) -> Done[Referral]:
    """Refer the survivor to a service, with their choice (declined: recorded, never made)
    and whether making it shares case data (then only under their active consent)."""
    policy.require_write(ctx, category)
    status = ReferralStatus(status)
    chosen = None if choice is None else ReferralChoice(choice)
    consent_id = _check_move(ctx, case_id, status=status, choice=chosen,
                             shares_data=bool(shares_data), organisation=organisation,
                             category=Category(category), making=True)
    referral = ctx.store.add_referral(case_id, service, organisation, status=status,
                                      category=category, opened=opened or ctx.today(),
                                      choice=chosen, shares_data=bool(shares_data),
                                      consent_id=consent_id, notes=notes)
    return Done(referral, Changes.of(Kind.REFERRALS, case_id=case_id))


def _referral(ctx: Context, case_id: int, referral_id: int) -> Referral:
    current = next((r for r in ctx.store.list_referrals(case_id) if r.id == referral_id), None)
    if current is None:
        raise NotFound(fill(translate("Care",
                "There is no referral with id %1 in this case."),
                repr(referral_id)))
    return current


def set_referral_status(ctx: Context, *, referral_id: int, case_id: int,
                        status: ReferralStatus, on: date | None = None) -> Done[Referral]:
    """Move a referral to one of the statuses allowed next (added to its history); one the
    survivor declined is never made, one that shares data is made only under consent."""
    current = _referral(ctx, case_id, referral_id)
    policy.require_write(ctx, current.category)
    status = ReferralStatus(status)
    consent_id = _check_move(ctx, case_id, status=status, choice=current.choice,
                             shares_data=current.shares_data,
                             organisation=current.organisation, category=current.category,
                             making=status is ReferralStatus.MADE)
    with ctx.store.transaction():
        referral = ctx.store.set_referral_status(referral_id, status, on or ctx.today())
        if consent_id is not None and consent_id != referral.consent_id:
            referral = ctx.store.update_referral(referral_id, consent_id=consent_id)
    return Done(referral, Changes.of(Kind.REFERRALS, case_id=case_id))


def record_referral_choice(ctx: Context, *, case_id: int, referral_id: int,
                           choice: ReferralChoice, shares_data: bool | None = None,
                           version: int | None = None) -> Done[Referral]:
    """Record the survivor's (new) choice; declining a referral already under way withdraws
    it (declined, or closed where declined is no longer a move) in the same transaction."""
    current = _referral(ctx, case_id, referral_id)
    policy.require_write(ctx, current.category)
    chosen = ReferralChoice(choice)
    fields: dict[str, Any] = {"choice": chosen, "version": version}
    if shares_data is not None:
        fields["shares_data"] = bool(shares_data)
    with ctx.store.transaction():
        referral = ctx.store.update_referral(referral_id, **fields)
        if chosen is ReferralChoice.DECLINED and referral.status in MADE_OR_LATER:
            allowed = REFERRAL_TRANSITIONS[referral.status]
            to = ReferralStatus.DECLINED if ReferralStatus.DECLINED in allowed \
                else ReferralStatus.CLOSED
            referral = ctx.store.set_referral_status(referral_id, to, ctx.today())
    return Done(referral, Changes.of(Kind.REFERRALS, case_id=case_id))


def referral_history(ctx: Context, *, case_id: int, referral_id: int) -> list[StatusChange]:
    """The referral's statuses, oldest first: who set which when."""
    policy.require(ctx, Action.READ)
    current = _referral(ctx, case_id, referral_id)
    found = ctx.store.list_status_changes(case_id, HistorySubject.REFERRAL, current.id)
    return _history_view(ctx, found)


def _history_view(ctx: Context, changes: Sequence[StatusChange]) -> list[StatusChange]:
    """Status histories as the role may see them: a note only for a role reading notes."""
    return [c if "notes" in visible_fields(ctx.role, c.category) else replace(c, note=None)
            for c in changes]


# --- measurable goals --------------------------------------------------------------------
# a goal's category when none is given: the one its domain's records are kept in
DOMAIN_CATEGORY: dict[GoalDomain, Category] = {
    GoalDomain.HEALTH: Category.MEDICAL,
    GoalDomain.MENTAL_HEALTH: Category.MENTAL_HEALTH,
    GoalDomain.SAFETY: Category.SAFETY_PLAN,
    GoalDomain.HOUSING: Category.HOUSING_BENEFITS,
    GoalDomain.LEGAL: Category.IMMIGRATION,
    GoalDomain.INCOME_BENEFITS: Category.HOUSING_BENEFITS,
    GoalDomain.EDUCATION_EMPLOYMENT: Category.HOUSING_BENEFITS,
    GoalDomain.SOCIAL_CONNECTION: Category.HOUSING_BENEFITS,
}
MEASURE_FORMS = "score:<instrument id> (e.g. score:phq9), status:housing, status:risk or yes_no"


def parse_measure(text: str | None) -> Measure | None:
    """A measure as typed: score:phq9, status:housing, status:risk, yes_no (or none)."""
    raw = (text or "").strip().lower()
    if raw in ("", "none"):
        return None
    kind, _, arg = raw.partition(":")
    if kind == "score" and arg:
        return Measure(MeasureKind.SCORE, instrument_id=arg)
    if kind == "status" and arg in LEVELS:
        return Measure(MeasureKind.STATUS, scale=arg)
    if raw in ("yes_no", "yes-no", "yesno"):
        return Measure(MeasureKind.YES_NO)
    raise InvalidInput(fill(translate("Care", "measure: %1 is not a measure; write %2."),
                            repr(text), MEASURE_FORMS), field="measure")


def measure_label(measure: Measure | None) -> str:
    """A measure in words: "PHQ-9 score", "housing status", "yes/no"."""
    if measure is None:
        return translate("Measure", "not measured")
    if measure.kind is MeasureKind.SCORE:
        try:
            name = instrument(str(measure.instrument_id)).short_title
        except InvalidInput:
            name = str(measure.instrument_id)
        return fill(translate("Measure", "%1 score"), name)
    if measure.kind is MeasureKind.STATUS:
        return translate("Measure", "housing status") if measure.scale == "housing" \
            else translate("Measure", "risk level")
    return translate("Measure", "yes/no")


def _measure_value(measure: Measure, value: object, name: str) -> str | None:
    """``value`` (a baseline or target) checked against ``measure``: a total within the
    instrument's range, a level of the scale, or yes/no."""
    if value in (None, ""):
        return None
    text = str(value).strip().lower()
    if measure.kind is MeasureKind.SCORE:
        inst = instrument(str(measure.instrument_id))
        if isinstance(value, bool) or not text.lstrip("-").isdigit():
            raise InvalidInput(fill(translate("Care", "%1: %2 is not a %3 score (a whole number "
                                                      "from %4 to %5)."),
                                    name, repr(value), inst.short_title, inst.min_total,
                                    inst.max_total), field=name)
        if not inst.min_total <= int(text) <= inst.max_total:
            raise InvalidInput(fill(translate("Care", "%1: %2 is outside %3's range (%4–%5)."),
                                    name, text, inst.short_title, inst.min_total,
                                    inst.max_total), field=name)
        return str(int(text))
    if measure.kind is MeasureKind.STATUS:
        levels = LEVELS[str(measure.scale)]
        text = text.replace(" ", "_").removesuffix("_risk")
        if text not in levels:
            raise InvalidInput(fill(translate("Care", "%1: %2 is not a %3; one of: %4."), name,
                                    repr(value), measure_label(measure), ", ".join(levels)),
                               field=name)
        return text
    if text not in ("yes", "no"):
        raise InvalidInput(fill(translate("Care", "%1: %2 is not yes or no."), name,
                                repr(value)), field=name)
    return text


def _checked_measure(measure: Measure | str | None, category: Category | None,
                     baseline: object, target: object) -> tuple[Measure | None, Category | None,
                                                                str | None, str | None]:
    """The measure, the goal's category (a score goal's is its instrument's), and the baseline
    and target as stored; InvalidInput naming the field otherwise."""
    if isinstance(measure, str):
        measure = parse_measure(measure)
    if measure is None:
        if baseline not in (None, "") or target not in (None, ""):
            raise InvalidInput(fill(translate("Care", "A baseline or a target needs a measure: "
                                                      "say how the goal is measured (%1)."),
                                    MEASURE_FORMS), field="measure")
        return None, category, None, None
    if measure.kind is MeasureKind.SCORE:
        inst = instrument(str(measure.instrument_id))  # unknown: InvalidInput naming the known
        if inst.meaningful_change is None:
            raise InvalidInput(fill(translate(
                "Care", "%1 is a screen, not a measure of change over time; measure the goal by "
                        "a severity score (such as phq9, gad7 or pcl5), a status or yes/no."),
                inst.short_title), field="measure")
        own = category_of(inst.id)
        if category is not None and Category(category) is not own:
            raise InvalidInput(fill(translate(
                "Care", "A goal measured by %1 scores is a %2 record (the scores are); choose "
                        "%2 or another measure."), inst.short_title, _words(own)),
                field="category")
        category = own
    return (measure, category, _measure_value(measure, baseline, "baseline"),
            _measure_value(measure, target, "target"))


def add_goal(ctx: Context, *, case_id: int, title: str, category: Category | None = None,
             milestones: Sequence[tuple[str, date | None]] = (),
             domain: GoalDomain | None = None, priority: int | None = None,
             measure: Measure | str | None = None, baseline: object = None,
             target: object = None) -> Done[Goal]:
    """A care-plan goal (by domain, the survivor's own priority, measured from a baseline to a
    target) and its milestones, stored together or not at all."""
    dom = None if domain in (None, "") else GoalDomain(domain)
    measured, category, base, aim = _checked_measure(measure, category, baseline, target)
    category = Category(category or (DOMAIN_CATEGORY[dom] if dom else Category.SAFETY_PLAN))
    policy.require_write(ctx, category)
    with ctx.store.transaction():
        goal = ctx.store.add_goal(case_id, title, category=category, domain=dom,
                                  priority=priority, measure=measured, baseline=base, target=aim)
        for name, due in milestones:
            ctx.store.add_milestone(goal.id, name, due)
        goal = _goal(ctx, case_id, goal.id)
    return Done(goal, Changes.of(Kind.CARE_PLAN, Kind.EVENTS, case_id=case_id))


def update_goal(ctx: Context, *, case_id: int, goal_id: int, version: int | None = None,
                **fields: Any) -> Done[Goal]:
    """Change a goal's title, domain, priority, measure, baseline or target (``version``: as
    read); the baseline and target are checked against the measure they will have."""
    goal = _goal(ctx, case_id, goal_id)
    policy.require_write(ctx, goal.category)
    unknown = set(fields) - {"title", "domain", "priority", "measure", "baseline", "target"}
    if unknown:
        raise InvalidInput(fill(translate("Care", "A goal has no field %1 to change here."),
                                repr(sorted(unknown)[0])), field=sorted(unknown)[0])
    merged = {name: fields.get(name, getattr(goal, name))
              for name in ("measure", "baseline", "target")}
    measured, category, base, aim = _checked_measure(merged["measure"], goal.category,
                                                     merged["baseline"], merged["target"])
    clean = dict(fields)
    for name, value in (("measure", measured), ("baseline", base), ("target", aim)):
        if name in fields or "measure" in fields:
            clean[name] = value
    if "domain" in clean and clean["domain"] in ("", None):
        clean["domain"] = None
    ctx.store.update_goal(goal_id, version=version, **clean)
    return Done(_goal(ctx, case_id, goal_id), Changes.of(Kind.CARE_PLAN, case_id=case_id))


def set_goal_status(ctx: Context, *, case_id: int, goal_id: int, status: str,
                    note: str | None = None) -> Done[Goal]:
    """Mark a goal open, achieved or dropped; its history records who, when and the note."""
    goal = _goal(ctx, case_id, goal_id)
    policy.require_write(ctx, goal.category)
    changed = ctx.store.set_goal_status(goal_id, status, note=note)
    return Done(changed, Changes.of(Kind.CARE_PLAN, case_id=case_id))


def goal_history(ctx: Context, *, case_id: int, goal_id: int) -> list[StatusChange]:
    """The goal's statuses, oldest first: who set which when (notes as the role may see)."""
    policy.require(ctx, Action.READ)
    goal = _goal(ctx, case_id, goal_id)
    return _history_view(ctx, ctx.store.list_status_changes(case_id, HistorySubject.GOAL,
                                                            goal.id))


def link_milestone(ctx: Context, *, case_id: int, milestone_id: int,
                   event_id: int | None) -> Done[Milestone]:
    """Link a milestone to the timeline event that achieves it (None: unlink)."""
    goal = _goal_of_milestone(ctx, case_id, milestone_id)
    policy.require_write(ctx, goal.category)
    milestone = ctx.store.link_milestone(milestone_id, event_id)
    return Done(milestone, Changes.of(Kind.CARE_PLAN, case_id=case_id))


def add_milestones(ctx: Context, *, case_id: int, goal_id: int,
                   milestones: Sequence[tuple[str, date | None]]) -> Done[Goal]:
    """More milestones for an existing goal, together or not at all."""
    goal = _goal(ctx, case_id, goal_id)
    policy.require_write(ctx, goal.category)
    with ctx.store.transaction():
        for name, due in milestones:
            ctx.store.add_milestone(goal.id, name, due)
    return Done(goal, Changes.of(Kind.CARE_PLAN, Kind.EVENTS, case_id=case_id))


def complete_milestone(ctx: Context, *, case_id: int, milestone_id: int,
                       on: date) -> Done[Milestone]:
    """Mark a care-plan milestone done on ``on``."""
    goal = _goal_of_milestone(ctx, case_id, milestone_id)
    policy.require_write(ctx, goal.category)
    milestone = ctx.store.complete_milestone(milestone_id, on)
    return Done(milestone, Changes.of(Kind.CARE_PLAN, Kind.EVENTS, case_id=case_id))


def _goal(ctx: Context, case_id: int, goal_id: int) -> Goal:
    goal = next((g for g in ctx.store.list_goals(case_id) if g.id == goal_id), None)
    if goal is None:
        raise NotFound(fill(translate("Care",
                "There is no goal with id %1 in this case."),
                repr(goal_id)))
    return goal


def _goal_of_milestone(ctx: Context, case_id: int, milestone_id: int) -> Goal:
    goal = next((g for g in ctx.store.list_goals(case_id)
                 if any(m.id == milestone_id for m in g.milestones)), None)
    if goal is None:
        raise NotFound(fill(translate("Care",
                "There is no milestone with id %1 in this case."),
                repr(milestone_id)))
    return goal


# --- progress: where each goal stands against its measure ------------------------------------
@dataclass(frozen=True)
class LinkedEvent:
    """The timeline event a milestone is linked to, as the role may see it."""

    event_id: int
    day: date | None
    title: str


@dataclass(frozen=True)
class GoalProgress:
    """One goal read against its measure: the latest value (a score from the case's
    screenings, the latest housing or risk level, or for yes/no its target once the goal is
    achieved), the change since the baseline, whether the target is met, in words too."""

    goal: Goal
    latest: str | None
    latest_on: date | None
    change: int | None  # score: latest - baseline; status: levels better (+) or worse (-)
    met: bool | None  # None: nothing to compare with the target
    words: str
    history: tuple[StatusChange, ...]
    links: tuple[tuple[int, LinkedEvent], ...] = ()  # (milestone id, its event)
    hidden: bool = False  # the role may not read this goal's title, measure or values

    def link(self, milestone_id: int) -> LinkedEvent | None:
        """The event milestone ``milestone_id`` is linked to, if any."""
        return next((e for m, e in self.links if m == milestone_id), None)


def _latest_score(ctx: Context, case_id: int, instrument_id: str) -> tuple[int, date] | None:
    seen = [s for s in screenings.list_screenings(ctx, case_id=case_id)
            if s.instrument_id == instrument_id and s.total is not None
            and s.status is ScreeningStatus.COMPLETED]
    if not seen:
        return None
    last = max(seen, key=lambda s: (s.completed_at or s.started_at, s.id))
    return int(last.total or 0), (last.completed_at or last.started_at).date()


def _latest_level(ctx: Context, case_id: int, scale: str) -> tuple[str, date] | None:
    series = categorical_outcomes(ctx, case_id=case_id)
    found = next(s for s in series if s.scale == scale).latest
    return None if found is None else (found.value, found.at.date())


def _score_progress(ctx: Context, goal: Goal, measure: Measure) -> tuple[Any, ...]:
    inst = instrument(str(measure.instrument_id))
    name = inst.short_title
    aim = _aim(goal.target)
    if not screenings.sees_answers(ctx.role, category_of(inst.id)):
        return None, None, None, None, fill(translate(
            "Progress", "%1 scores are not visible to your role"), name)
    latest = _latest_score(ctx, goal.case_id, inst.id)
    if latest is None:
        start = fill(translate("Progress", "baseline %1"), goal.baseline) \
            if goal.baseline is not None else translate("Progress", "no baseline")
        return None, None, None, None, fill(translate(
            "Progress", "%1 %2%3: no score recorded yet"), name, start, aim)
    total, on = latest
    lower = inst.meaningful_change is None or inst.meaningful_change.lower_is_better
    met = None if goal.target is None else (
        total <= int(goal.target) if lower else total >= int(goal.target))
    if goal.baseline is None:
        words = f"{name} {total}{aim}"
        diff = None
    else:
        diff = total - int(goal.baseline)
        better = -diff if lower else diff
        moved = translate("Progress", "no change") if diff == 0 else \
            translate("Progress", "%n point(s) better", None, abs(diff)) if better > 0 else \
            translate("Progress", "%n point(s) worse", None, abs(diff))
        words = f"{name} {goal.baseline} → {total}{aim}: {moved}"
    return str(total), on, diff, met, words + _met_words(met, words)


def _met_words(met: bool | None, words: str) -> str:
    if met is None:
        return ""
    sep = ", " if ":" in words else ": "
    return sep + (translate("Progress", "target met") if met
                  else translate("Progress", "not yet met"))


def _aim(target: str | None, shown: str | None = None) -> str:
    """", target 10" (``shown``: the target in words), or "" without a target."""
    if target is None:
        return ""
    return fill(translate("Progress", ", target %1"), target if shown is None else shown)


def _status_progress(ctx: Context, goal: Goal, measure: Measure) -> tuple[Any, ...]:
    scale = str(measure.scale)
    category = Category.HOUSING_BENEFITS if scale == "housing" else Category.SAFETY_PLAN
    title = translate("Progress", "Housing") if scale == "housing" \
        else translate("Progress", "Risk level")
    aim = _aim(goal.target, None if goal.target is None else _level(goal.target))
    if "title" not in visible_fields(ctx.role, category):
        return None, None, None, None, fill(translate(
            "Progress", "%1 levels are not visible to your role"), title)
    latest = _latest_level(ctx, goal.case_id, scale)
    if latest is None:
        return None, None, None, None, fill(translate(
            "Progress", "%1: nothing recorded yet%2"), title, aim)
    value, on = latest
    met = None if goal.target is None else rank(scale, value) >= rank(scale, goal.target)
    if goal.baseline is None:
        words, diff = f"{title} {_level(value)}{aim}", None
    else:
        diff = rank(scale, value) - rank(scale, goal.baseline)
        moved = translate("Progress", "no change") if diff == 0 else \
            translate("Progress", "%n level(s) better", None, abs(diff)) if diff > 0 else \
            translate("Progress", "%n level(s) worse", None, abs(diff))
        words = f"{title} {_level(goal.baseline)} → {_level(value)}{aim}: {moved}"
    return value, on, diff, met, words + _met_words(met, words)


# a risk level as a goal's progress names it ("high"); the housing levels' words are
# timeline.outcomes.LEVEL_WORDS'
_RISK_WORDS = (QT_TRANSLATE_NOOP("Level", "low"), QT_TRANSLATE_NOOP("Level", "medium"),
               QT_TRANSLATE_NOOP("Level", "high"))


def _level(value: str) -> str:
    return translate("Level", value.replace("_", " "))


def _yes_no_progress(goal: Goal, history: Sequence[StatusChange]) -> tuple[Any, ...]:
    """A yes/no goal is recorded by its status: achieved means its target holds now; until
    then its baseline does."""
    achieved = [c for c in history if c.value == "achieved"]
    if goal.status == "achieved" and goal.target is not None:
        on = achieved[-1].changed_at.date() if achieved else None
        return goal.target, on, None, True, fill(translate("Progress", "%1 → %2: target met"),
                                                  goal.baseline or "?", goal.target)
    aim = _aim(goal.target)
    met = None if goal.target is None else goal.baseline == goal.target
    words = (goal.baseline or translate("Progress", "not recorded")) + aim
    return goal.baseline, None, None, met, words + _met_words(met, words)


def _linked(ctx: Context, goal: Goal) -> tuple[tuple[int, LinkedEvent], ...]:
    out = []
    for m in goal.milestones:
        if m.linked_event_id is None:
            continue
        try:
            event = ctx.store.get_event(m.linked_event_id)
        except NotFound:
            continue
        title = event.title if "title" in visible_fields(ctx.role, event.category) \
            else generic_title(event.kind)
        day = event.start.date() if event.start is not None else event.due
        out.append((m.id, LinkedEvent(event.id, day, title)))
    return tuple(out)


def linkable_events(ctx: Context, *, case_id: int) -> list[LinkedEvent]:
    """The case's timeline events a milestone may be linked to, by day, titles as the role
    may read them (a generic title where it may not)."""
    policy.require(ctx, Action.READ)
    out = []
    for event in ctx.store.list_events(case_id):
        title = event.title if "title" in visible_fields(ctx.role, event.category) \
            else generic_title(event.kind)
        out.append(LinkedEvent(event.id, event.start.date() if event.start else event.due,
                               title))
    return sorted(out, key=lambda e: (e.day or date.max, e.event_id))


def _by_priority(progress: list[GoalProgress]) -> list[GoalProgress]:
    """Grouped by domain, the domain holding the survivor's first priority first (then the
    GoalDomain order); within a domain by priority (unranked last), then as added."""
    order, unranked = list(GoalDomain), 1000
    best: dict[GoalDomain | None, int] = {}
    for p in progress:
        rank = p.goal.priority if p.goal.priority is not None else unranked
        best[p.goal.domain] = min(best.get(p.goal.domain, unranked), rank)

    def key(p: GoalProgress) -> tuple[int, int, int, int]:
        domain = p.goal.domain
        return (best[domain], order.index(domain) if domain else len(order),
                p.goal.priority if p.goal.priority is not None else unranked, p.goal.id)
    return sorted(progress, key=key)


def goal_progress(ctx: Context, *, case_id: int) -> list[GoalProgress]:
    """The case's care plan as the role may see it: goals grouped by domain in the survivor's
    order of priority (_by_priority), each with its measure's latest value, change, target met, history and links."""
    out = []
    for goal in case_lists.goals_for(ctx, case_id=case_id):
        history = tuple(goal_history(ctx, case_id=case_id, goal_id=goal.id))
        hidden = goal.title == case_lists.HIDDEN
        if hidden:
            goal = replace(goal, measure=None, baseline=None, target=None)
        measure = goal.measure
        if hidden:
            parts: tuple[Any, ...] = (None, None, None, None, "not visible to your role")
        elif measure is None:
            parts = (None, None, None, None, "not measured")
        elif measure.kind is MeasureKind.SCORE:
            parts = _score_progress(ctx, goal, measure)
        elif measure.kind is MeasureKind.STATUS:
            parts = _status_progress(ctx, goal, measure)
        else:
            parts = _yes_no_progress(goal, history)
        latest, on, change, met, words = parts
        out.append(GoalProgress(goal, latest, on, change, met, words, history,
                                _linked(ctx, goal), hidden))
    return _by_priority(out)


# --- housing and the categorical outcomes -----------------------------------------------------
def record_housing(ctx: Context, *, case_id: int, status: HousingStatus | str,
                   note: str | None = None, on: datetime | None = None) -> Done[StatusChange]:
    """Record where the survivor lives now (or lived, ``on``): the housing series."""
    policy.require_write(ctx, Category.HOUSING_BENEFITS)
    change = ctx.store.record_housing(case_id, status, note=note, on=on)
    return Done(change, Changes.of(Kind.CARE_PLAN, case_id=case_id))


def categorical_outcomes(ctx: Context, *, case_id: int) -> list[CategoricalSeries]:
    """Housing stability and safety (risk level) over time, each read against its first
    record (only levels of categories whose titles the role reads)."""
    policy.require(ctx, Action.READ)
    seen = [c for c in ctx.store.list_status_changes(case_id)
            if c.subject in (HistorySubject.HOUSING, HistorySubject.RISK)
            and "title" in visible_fields(ctx.role, c.category)]
    return outcome_levels(seen)


def add_contact(ctx: Context, *, kind: ContactKind, name: str, case_id: int | None = None,
                **fields: Any) -> Done[Contact]:
    """A contact of a case (interpreter, certifying official…) or of the hub."""
    policy.require(ctx, Action.INTAKE)
    contact = ctx.store.add_contact(kind, name, case_id=case_id, **fields)
    return Done(contact, Changes.of(Kind.CASES, case_ids=[case_id] if case_id else ()))
