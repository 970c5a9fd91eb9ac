"""The body of a packet, section by section, from an already consent-gated plan.

Everything printed here comes from ``plan.included`` (or the template's wording): a section
never looks at records the gate withheld. Dates are expanded by the timeline engine
(exports.chronology), so a recurring series prints its sessions, or one summarised line.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
)

from exports.chronology import DateLine, date_lines
from exports.closed_days import closed_day_finder
from exports.consent_gate import PacketPlan
from exports.flowables import Heading, data_table
from exports.fonts import BOLD, FontKit
from exports.levels_chart import levels_story
from exports.minutes_section import minutes_story
from exports.outcomes_section import measure_story, measures, sources_text
from exports.rule_text import cited_lines, working_lines
from exports.safety_plan_section import safety_plan_story
from exports.shaped_text import ScriptParagraph
from exports.wording import long_day, say, short_day, value_word
from models.records import (
    Closure,
    Conference,
    Event,
    EventKind,
    Goal,
    Matter,
    Referral,
    SafetyPlan,
    Screening,
    StatusChange,
)


class SectionBuilder:
    """Turns a plan into flowables; shared fonts and styles for every section.

    A section with nothing to print returns no flowables: the packet leaves it out and names
    it on the contents page.
    """

    def __init__(self, plan: PacketPlan, fonts: FontKit, styles: dict[str, ParagraphStyle],
                 width: float, timeline_entries: Sequence[Any] | None = None,
                 upcoming: Sequence[Event] | None = None, closures: Sequence[Closure] = (),
                 staff_names: Mapping[str, str] | None = None):
        self.plan, self.fonts, self.styles, self.width = plan, fonts, styles, width
        # tasks in a plan are conference actions: printed with the minutes only
        self.events = sorted((e for e in plan.records(Event) if e.kind is not EventKind.TASK),
                             key=event_sort_key)
        self.staff_names = dict(staff_names or {})
        self._allowed = {e.id for e in self.events}
        self.timeline_entries = timeline_entries
        self.upcoming_events = upcoming
        self.closed = closed_day_finder(plan, closures)

    def para(self, text: str, style: str = "body") -> Paragraph:
        """A paragraph of (escaped, font-checked) text."""
        return ScriptParagraph(self.fonts.markup(text), self.styles[style])

    def heading(self, key: str, title: str, level: int = 0) -> Heading:
        """A heading that the contents and the outline point to."""
        return Heading(self.fonts.markup(title), self.styles["h1" if level == 0 else "h2"],
                       key=key, plain=title, level=level)

    def word(self, key: str, **values: str) -> str:
        """Template wording for ``key`` with ``values`` filled in."""
        return self.plan.template.word(key).format(**values)

    def closed_flag(self, event: Event, when: datetime | date | None) -> str:
        """The closed-day warning for a printed date, or ""."""
        why = self.closed(event, when)
        return self.word("closed_day", why=why) if why else ""

    # --- chronology -------------------------------------------------------------------------
    def chronology(self, title: str) -> list[Flowable]:
        """The timeline as a table: date, time, kind, title, status, location."""
        rows = [self._event_row(line) for line in self._lines()]
        if not rows:
            return []
        w = self.width
        header = [say(f"col_{c}") for c in ("date", "time", "kind", "what", "status", "where")]
        table = data_table(header, rows,
                           [0.12 * w, 0.085 * w, 0.15 * w, 0.335 * w, 0.13 * w, 0.18 * w],
                           self.styles, self.fonts, plain_columns=frozenset({0, 1, 4}))
        return [self.heading("chronology", title), table]

    def _event_row(self, line: DateLine) -> list[str | Flowable]:
        row: list[str | Flowable] = list(event_row(line))
        flag = self.closed_flag(line.event, line.when)
        if flag:
            row[3] = ScriptParagraph(f"{self.fonts.markup(str(row[3]))}<br/><font name=\"{BOLD}\" "
                               f"color=\"#990000\">{self.fonts.markup(flag)}</font>",
                               self.styles["cell"])
        return row

    def _lines(self, **kw: Any) -> list[DateLine]:
        """Included events expanded by the timeline engine (or the entries given), in order."""
        matters = self.plan.records(Matter)
        return date_lines(self.events, self.plan.today, matters=matters,
                          entries=self.timeline_entries, **kw)

    # --- upcoming ---------------------------------------------------------------------------
    def upcoming(self, title: str) -> list[Flowable]:
        """Future dates; a computed one with its rule (working papers: the arithmetic too)."""
        if self.upcoming_events is not None:  # the caller's choice, still only included events
            events = [e for e in self.upcoming_events if e.id in self._allowed]
            lines = date_lines(events, self.plan.today, matters=self.plan.records(Matter),
                               since=self.plan.today, scheduled_only=True)
        else:
            lines = self._lines(since=self.plan.today, scheduled_only=True)
        if not lines:
            return []
        out: list[Flowable] = [self.heading("upcoming", title)]
        for line in lines:
            event = line.event
            out.append(self.para(f"{format_when(event, line.when)} — {event.title}", "h2"))
            flag = self.closed_flag(event, line.when)
            if flag:
                out.append(self.para(flag, "flag"))
            if line.series:
                out.append(self.para(line.series[:1].upper() + line.series[1:], "small"))
            if event.rule_id:
                texts = working_lines(event) if self.plan.template.show_rule_working \
                    else cited_lines(event, self.plan.template)
                out += [self.para(text, "small") for text in texts]
        return out

    # --- agency: care plan and referrals ----------------------------------------------------
    def care_plan(self, title: str) -> list[Flowable]:
        """Goals with their milestones and whether each is done."""
        goals = sorted(self.plan.records(Goal), key=lambda g: g.id)
        if not goals:
            return []
        out: list[Flowable] = [self.heading("care_plan", title)]
        for goal in goals:
            status = value_word("goal_status", goal.status)
            out.append(self.para(say("goal", title=goal.title, status=status), "h2"))
            rows = [[m.title, _iso(m.due), _iso(m.done) or say("milestone_open")]
                    for m in goal.milestones]
            if rows:
                w = self.width
                header = [say("col_milestone"), say("col_due"), say("col_done")]
                out.append(data_table(header, rows,
                                      [0.6 * w, 0.2 * w, 0.2 * w], self.styles, self.fonts))
        return out

    def outcomes(self, title: str) -> list[Flowable]:
        """Per measure, a trend chart and a table of dates, totals, bands and change since the
        baseline (only screenings the gate included; exports.outcomes_section); then housing
        stability and safety as step charts with their tables (exports.levels_chart)."""
        found = measures(self.plan.records(Screening))
        levels = levels_story(self.plan.records(StatusChange), today=self.plan.today,
                              para=self.para, word=self.plan.template.word,
                              names=self.staff_names, fonts=self.fonts, styles=self.styles,
                              width=self.width)
        if not found and not levels:
            return []
        out: list[Flowable] = [self.heading("outcomes", title)]
        if found:
            out += [self.para(self.word("outcomes_intro"), "small"), spacer(6)]
        for m in found:
            inst = m.instrument
            heading = self.para(f"{inst.short_title} — {inst.title} "
                                f"({inst.min_total}–{inst.max_total})", "h2")
            out += measure_story(m, heading=heading, para=self.para,
                                 word=self.plan.template.word,
                                 fonts=self.fonts, styles=self.styles, width=self.width)
        sources: list[Flowable] = [self.para(line, "small")
                                   for line in sources_text(found, self.plan.template.word)]
        if sources:  # the citations stay together rather than leave a line on the next page
            out.append(KeepTogether(sources))
        if levels:
            out += [spacer(6), self.para(self.word("levels_heading"), "h2"), *levels]
        return out

    # --- agency: safety plan and case conference minutes ------------------------------------
    def safety_plan(self, title: str) -> list[Flowable]:
        """The safety plan on one page (only when the gate included it: consent for
        safety_plan; exports.safety_plan_section)."""
        plans = self.plan.records(SafetyPlan)
        if not plans:
            return []
        return [self.heading("safety_plan", title),
                *safety_plan_story(plans[0], para=self.para, word=self.plan.template.word,
                                   fonts=self.fonts, styles=self.styles, width=self.width)]

    def conference_minutes(self, title: str) -> list[Flowable]:
        """The most recent conference's minutes, open actions, earlier conferences (only
        those the gate included; exports.minutes_section)."""
        body = minutes_story(self.plan.records(Conference), self.plan.records(Event),
                             today=self.plan.today,
                             identity=self.plan.identity_included, para=self.para,
                             word=self.plan.template.word, names=self.staff_names,
                             fonts=self.fonts, styles=self.styles, width=self.width)
        return [self.heading("conference_minutes", title), *body] if body else []

    def referrals(self, title: str) -> list[Flowable]:
        """Referrals with organisation, status and dates."""
        refs = sorted(self.plan.records(Referral), key=lambda r: r.id)
        if not refs:
            return []
        rows = [[r.service, r.organisation, value_word("referral_status", r.status.value),
                 _iso(r.opened), _iso(r.updated)] for r in refs]
        w = self.width
        header = [say(f"col_{c}") for c in ("service", "organisation", "status", "opened",
                                            "updated")]
        return [self.heading("referrals", title),
                data_table(header, rows,
                           [0.28 * w, 0.3 * w, 0.14 * w, 0.14 * w, 0.14 * w], self.styles,
                           self.fonts)]

    # --- notes ------------------------------------------------------------------------------
    def notes(self, title: str) -> list[Flowable]:
        """Notes written on included records (the case's own notes are never printed)."""
        items: list[tuple[str, str]] = []
        for matter in sorted(self.plan.records(Matter), key=lambda m: m.id):
            if matter.notes:
                items.append((f"{matter.title or matter.ref}", matter.notes))
        for event in self.events:
            if event.notes:
                items.append((f"{format_when(event, event.start or event.due)} — {event.title}",
                              event.notes))
        for ref in sorted(self.plan.records(Referral), key=lambda r: r.id):
            if ref.notes:
                items.append((say("note_referral", service=ref.service), ref.notes))
        if not items:
            return []
        out: list[Flowable] = [self.heading("notes", title)]
        for label, text in items:
            out += [CondPageBreak(40), self.para(label, "h2"), self.para(text)]
        return out


def section_break() -> list[Flowable]:
    """Sections start on a fresh page so each can be handed out on its own."""
    return [PageBreak()]


def spacer(height: float) -> Spacer:
    return Spacer(1, height)


def event_sort_key(event: Event) -> tuple[date, bool, str, int]:
    """Chronological order; deadlines (all day) before timed events of the same day."""
    when = event.start or event.due
    day = _day(when) or date.max
    clock = when.timetz().replace(tzinfo=None) if isinstance(when, datetime) else None
    return (day, clock is not None, clock.isoformat() if clock else "", event.id)


def _day(when: datetime | date | None) -> date | None:
    return when.date() if isinstance(when, datetime) else when


def _iso(day: date | None) -> str:
    """A date in a table cell, as the wording writes it ("" for none)."""
    return short_day(day) if day else ""


def _local(event: Event, when: datetime) -> datetime:
    try:
        return when.astimezone(ZoneInfo(event.tz))
    except (KeyError, ValueError):  # unknown zone name: show the stored time
        return when


def format_when(event: Event, when: datetime | date | None) -> str:
    """An event's date and local time, as printed."""
    if isinstance(when, datetime) and not event.all_day:
        local = _local(event, when)
        return f"{long_day(local.date())} {local.strftime('%H:%M')}"
    day = _day(when)
    return long_day(day) if day else say("undated")


def event_row(line: DateLine) -> list[str]:
    """One chronology row: date, time, kind, what, status, where."""
    event, when = line.event, line.when
    clock = ""
    if isinstance(when, datetime) and not event.all_day:
        clock = _local(event, when).strftime("%H:%M")
        when = _local(event, when)
    kind = value_word("event_kind", event.kind.value)
    if event.interpreter_needed:
        kind += say("interpreter_language", language=event.interpreter_language) \
            if event.interpreter_language else say("interpreter")
    what = f"{event.title} — {line.series}" if line.series else event.title
    return [_iso(_day(when)) or say("undated"), clock, kind, what,
            value_word("event_status", event.status.value), event.location or ""]
