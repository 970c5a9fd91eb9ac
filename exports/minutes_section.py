"""The agency packet's Case conference minutes: the most recent conference in full, its
and earlier conferences' open actions, and the earlier conferences by date.

Only what the consent gate included reaches this module: conferences (each under its own
category) and their open action tasks (``plan.records(Event)``, each under its own category;
a done or cancelled action is never in scope). The survivor's wishes are set apart, as in
their words; an action's owner is printed as the staff name given (never a login); an
overdue action says so in words, not only by a mark.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from exports.consent_gate import open_action_ids
from exports.flowables import data_table
from exports.fonts import FontKit
from exports.safety_plan_section import plan_styles, set_apart
from exports.shaped_text import ScriptParagraph
from exports.wording import long_day, say, short_day, value_word
from models.records import Attendee, AttendeeKind, Conference, Event

Para = Callable[..., Paragraph]  # SectionBuilder.para(text, style="body")


def participation_words(conference: Conference, word: Callable[[str], str]) -> str:
    """How the survivor took part, in the template's words."""
    return word(f"minutes_participation_{conference.participation.value}") \
        or conference.participation.value.replace("_", " ")


def attendee_name(attendee: Attendee, identity: bool, word: Callable[[str], str]) -> str:
    """An attendee's name; the survivor's only when the packet may name them (identity)."""
    if attendee.kind is AttendeeKind.SURVIVOR and not identity:
        return word("minutes_the_survivor")
    return attendee.name


def attendee_role(attendee: Attendee, word: Callable[[str], str]) -> str:
    """An attendee's role as printed: the one recorded, else their kind in words."""
    if attendee.role:
        return attendee.role
    if attendee.kind is AttendeeKind.SURVIVOR:
        return word("minutes_the_survivor")
    return value_word("attendee_kind", attendee.kind.value)


def open_actions(conferences: Sequence[Conference],
                 events: Sequence[Event]) -> list[tuple[Event, Conference]]:
    """Open actions of the given conferences, soonest due first, each with its conference."""
    open_ids = open_action_ids(conferences, events)
    by_id = {e.id: e for e in events if e.id in open_ids}
    found = [(by_id[i], c) for c in conferences for i in c.action_event_ids if i in by_id]
    return sorted(found, key=lambda ec: (ec[0].due or date.max, ec[0].id))


def action_rows(actions: Sequence[tuple[Event, Conference]], today: date,
                names: Mapping[str, str], word: Callable[[str], str], fonts: FontKit,
                styles: dict[str, ParagraphStyle]) -> list[list[str | Flowable]]:
    """Number, action, owner, due, status (overdue in words), and the conference it is from."""
    rows: list[list[str | Flowable]] = []
    for n, (task, conference) in enumerate(actions, start=1):
        owner = names.get(task.assigned_to or "", word("levels_unknown_staff"))
        due = short_day(task.due) if task.due else ""
        late = task.due is not None and task.due < today
        status: str | Flowable = word("minutes_open")
        if late:
            days = (today - task.due).days if task.due else 0
            text = word("minutes_overdue").format(
                days=say("one_day" if days == 1 else "days", count=days))
            status = ScriptParagraph(fonts.markup(text), styles["cell_bold"])
        rows.append([str(n), task.title, owner, due, status, short_day(conference.held_on)])
    return rows


def _latest_block(conference: Conference, *, identity: bool, para: Para,
                  word: Callable[[str], str], fonts: FontKit,
                  styles: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    """Day, participation, attendees, wishes set apart and the numbered decisions."""
    own = plan_styles(styles)
    out: list[Flowable] = [
        para(word("minutes_latest").format(day=long_day(conference.held_on)), "h2"),
        para(f"{word('minutes_participation')}: {participation_words(conference, word)}")]
    if conference.attendees:
        rows = [[attendee_name(a, identity, word), attendee_role(a, word)]
                for a in conference.attendees]
        out += [Spacer(1, 4), data_table([word("minutes_col_attendee"), word("minutes_col_role")],
                                         rows, [0.5 * width, 0.5 * width], styles, fonts)]
    if conference.wishes and conference.wishes.strip():
        out += [Spacer(1, 8), set_apart(conference.wishes, word("minutes_wishes"), fonts, own,
                                        width)]
    out.append(ScriptParagraph(fonts.markup(word("minutes_decisions")), own["part"]))
    if conference.decisions:
        out += [ScriptParagraph(fonts.markup(d), own["item"], bulletText=f"{i}.")
                for i, d in enumerate(conference.decisions, start=1)]
    else:
        out.append(para(word("minutes_no_decisions"), "small"))
    return out


def minutes_story(conferences: Sequence[Conference], events: Sequence[Event], *, today: date,
                  identity: bool, para: Para, word: Callable[[str], str],
                  names: Mapping[str, str], fonts: FontKit, styles: dict[str, ParagraphStyle],
                  width: float) -> list[Flowable]:
    """The minutes section's body (nothing when no conference was included); ``identity``:
    whether the packet may name the survivor (else an attending survivor is "the survivor")."""
    ordered = sorted(conferences, key=lambda c: (c.held_on, c.id))
    if not ordered:
        return []
    latest, earlier = ordered[-1], ordered[:-1]
    own = plan_styles(styles)
    out: list[Flowable] = [KeepTogether(_latest_block(
        latest, identity=identity, para=para, word=word, fonts=fonts, styles=styles,
        width=width))]
    actions = open_actions(ordered, events)
    out.append(ScriptParagraph(fonts.markup(word("minutes_open_actions")), own["part"]))
    if actions:
        header = ["#", word("minutes_col_action"), word("minutes_col_owner"),
                  word("minutes_col_due"), word("minutes_col_status"), word("minutes_col_from")]
        out.append(data_table(header, action_rows(actions, today, names, word, fonts, styles),
                              [0.04 * width, 0.31 * width, 0.19 * width, 0.12 * width,
                               0.22 * width, 0.12 * width], styles, fonts,
                              plain_columns=frozenset({0, 3, 5})))
    else:
        out.append(para(word("minutes_no_open_actions"), "small"))
    if earlier:  # newest first, each with its decisions numbered
        rows: list[list[str | Flowable]] = [
            [short_day(c.held_on), participation_words(c, word),
             _numbered(c.decisions, fonts, styles)] for c in reversed(earlier)]
        out += [ScriptParagraph(fonts.markup(word("minutes_earlier")), own["part"]),
                data_table([word("minutes_col_date"), word("minutes_participation"),
                            word("minutes_decisions")], rows,
                           [0.14 * width, 0.3 * width, 0.56 * width], styles, fonts,
                           plain_columns=frozenset({0}))]
    return out


def _numbered(items: Sequence[str], fonts: FontKit,
              styles: dict[str, ParagraphStyle]) -> Paragraph:
    lines = [f"{i}. {fonts.markup(d)}" for i, d in enumerate(items, start=1)] or ["—"]
    return ScriptParagraph("<br/>".join(lines), styles["cell"])
