"""What a write changed: which cases and which kinds of record (views refresh only that)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Generic, TypeVar

T = TypeVar("T")


class Kind(StrEnum):
    """The kinds of record a view may depend on."""

    CASES = "cases"
    EVENTS = "events"
    TRIGGERS = "triggers"
    CLOSURES = "closures"
    MATTERS = "matters"
    CONSENTS = "consents"
    DOCUMENTS = "documents"
    CARE_PLAN = "care_plan"
    REFERRALS = "referrals"
    SCREENINGS = "screenings"
    SAFETY_PLAN = "safety_plan"  # the plan and its risk history
    CONFERENCES = "conferences"
    INTERPRETERS = "interpreters"  # interpreter bookings (their events' flags change with them)
    DISCLOSURES = "disclosures"
    USERS = "users"
    FEEDBACK = "feedback"  # anonymous survivor feedback: linked to no case, only program and month


@dataclass(frozen=True)
class Changes:
    """``case_ids`` empty with ``every_case`` set means a change that reaches every case
    (a closure recomputes every deadline; an import adds cases)."""

    kinds: frozenset[Kind]
    case_ids: frozenset[int] = field(default_factory=frozenset)
    every_case: bool = False

    @classmethod
    def of(cls, *kinds: Kind, case_id: int | None = None, case_ids: Iterable[int] = (),
           every_case: bool = False) -> Changes:
        """Changes of ``kinds`` in one case, several cases, or every case."""
        ids = set(case_ids)
        if case_id is not None:
            ids.add(case_id)
        return cls(frozenset(kinds), frozenset(ids), every_case)

    def touches(self, case_id: int | None, *kinds: Kind) -> bool:
        """True when this change may alter what a view of ``case_id`` (None: the caseload)
        showing ``kinds`` displays."""
        if kinds and not self.kinds.intersection(kinds):
            return False
        return case_id is None or self.every_case or case_id in self.case_ids

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds, self.case_ids | other.case_ids,
                       self.every_case or other.every_case)


NOTHING = Changes(frozenset())


@dataclass(frozen=True)
class Done(Generic[T]):
    """A write's result: the stored record (or summary) and what changed."""

    value: T
    changes: Changes
