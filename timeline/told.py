"""What you have told us: a survivor-readable summary of their screening answers, to whom and
when (tell it once). Pure: records in, plain words out; no scores, bands or clinical wording."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from datetime import date

from models.errors import InvalidInput
from models.records import Screening, ScreeningAnswer
from timeline.screening.instruments import Instrument, Item

InstrumentLookup = Callable[[str, str], Instrument]  # (id, version) -> the instrument

# what the survivor reads as the conversation's title: no instrument names, no clinical words
PLAIN_TITLES: dict[str, str] = {
    "phq9": "Questions about how you have been feeling",
    "gad7": "Questions about worry and feeling on edge",
    "pcl5": "Questions about a very stressful experience",
    "ahtst": "Questions about your work and living situation",
}
GENERIC_TITLE = "A conversation with us"  # an instrument the reader may not name, or unknown

TO_WHOM: dict[str, str] = {
    "clinician": "your clinician",
    "advocate": "your legal advocate",
    "case_manager": "your case manager",
    "supervisor": "a supervisor",
    "peer_mentor": "your peer mentor",
}
SOMEONE = "a member of our team"

NON_ANSWER_WORDS: dict[str, str] = {
    "skip": "You chose to skip this",
    "not_today": "Not today",
    "prefer_not_to_say": "You preferred not to say",
}

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


@dataclass(frozen=True, slots=True)
class ToldLine:
    """One answered question in plain words."""

    item_id: str
    question: str  # the question's label
    answer: str  # the answer's label, or the words for a skip / not today / prefer not to say
    answered: bool  # False for a skip, not today or prefer not to say
    to_whom: str  # "your clinician"
    on: date

    @property
    def said(self) -> str:
        """'You said “Several days”.' or 'You chose to skip this.'"""
        return f"You said \u201c{self.answer}\u201d." if self.answered else f"{self.answer}."

    @property
    def told(self) -> str:
        """'You told your clinician on 27 November 2026.' (or who asked, for a non-answer)."""
        when = plain_date(self.on)
        if self.answered:
            return f"You told {self.to_whom} on {when}."
        return f"{_capital(self.to_whom)} asked on {when}."

    @property
    def sentence(self) -> str:
        """The whole line as the survivor reads it."""
        return f"{self.question} \u2014 {self.said} {self.told}"


@dataclass(frozen=True, slots=True)
class ToldConversation:
    """One screening: when, its plain title, and what was told (empty when not shown)."""

    screening_id: int
    on: date
    title: str
    lines: tuple[ToldLine, ...]
    answers_shown: bool  # False: the reader may see only that this conversation happened


@dataclass(frozen=True, slots=True)
class ToldSummary:
    """Every conversation, oldest first."""

    conversations: tuple[ToldConversation, ...]

    @property
    def answers_shown(self) -> bool:
        """True when at least one conversation's answers are in the summary."""
        return any(c.answers_shown for c in self.conversations)

    @property
    def screening_ids(self) -> tuple[int, ...]:
        """The screenings the summary is made of."""
        return tuple(c.screening_id for c in self.conversations)


def plain_date(day: date) -> str:
    """'27 November 2026' (no locale, no numbers-only dates to misread)."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def to_whom(asked_role: str) -> str:
    """The role that asked, in plain words."""
    return TO_WHOM.get(asked_role, SOMEONE)


def told_summary(screenings: Iterable[Screening], instrument_lookup: InstrumentLookup, *,
                 withheld: Collection[int] = ()) -> ToldSummary:
    """Per screening (oldest first) its date, plain title and each answer as a sentence.

    ``withheld``: ids of screenings whose answers the reader may not see; those say only that
    the conversation happened and when (as does a screening whose instrument is unknown)."""
    ordered = sorted(screenings, key=lambda s: (_day(s), s.id))
    return ToldSummary(tuple(_conversation(s, instrument_lookup, s.id in withheld)
                             for s in ordered))


def _conversation(s: Screening, lookup: InstrumentLookup, withheld: bool) -> ToldConversation:
    inst = None
    if s.instrument_id in PLAIN_TITLES:
        try:
            inst = lookup(s.instrument_id, s.instrument_version)
        except InvalidInput:
            inst = None
    title = PLAIN_TITLES[s.instrument_id] if inst is not None else GENERIC_TITLE
    if inst is None or withheld:
        return ToldConversation(s.id, _day(s), title, (), False)
    items = {item.id: item for item in inst.items}
    lines = tuple(_line(items[a.item_id], a) for a in _in_item_order(s.answers, inst)
                  if a.item_id in items)
    return ToldConversation(s.id, _day(s), title, lines, True)


def _in_item_order(answers: Iterable[ScreeningAnswer],
                   inst: Instrument) -> list[ScreeningAnswer]:
    order = {item.id: n for n, item in enumerate(inst.items)}
    return sorted(answers, key=lambda a: order.get(a.item_id, len(order)))


def _line(item: Item, a: ScreeningAnswer) -> ToldLine:
    if isinstance(a.value, str):
        words = NON_ANSWER_WORDS.get(a.value, NON_ANSWER_WORDS["prefer_not_to_say"])
        return ToldLine(item.id, item.label, words, False, to_whom(a.asked_role),
                        a.asked_at.date())
    label = next((p.label for p in item.scale if p.value == a.value), None)
    if label is None:  # a value off the scale is never shown as a number (no scores)
        return ToldLine(item.id, item.label, "an answer we could not read back", True,
                        to_whom(a.asked_role), a.asked_at.date())
    return ToldLine(item.id, item.label, label, True, to_whom(a.asked_role), a.asked_at.date())


def _day(s: Screening) -> date:
    return (s.completed_at or s.started_at).date()


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
