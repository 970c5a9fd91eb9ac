"""Role views of a timeline: what each staff role may see of each group of categories.

The policy is a table keyed by (role, category group). Each cell lists the content fields that
role may see; every other content field is removed from the copy handed out (set to empty),
never merely hidden, so a view cannot leak what it does not hold. Dates, kinds, lanes, status,
owners and interpreter bookings are always visible: every role coordinates around them.

Decisions (PRODUCT.md, issue 3 §2):
- clinician on legal items: dates, types and titles, but no notes and no explanation text
  (attorney work product and legal reasoning stay with the legal team);
- advocate on medical items: times and types; no clinical notes; for sensitive categories
  (reproductive health, HIV/STI, mental health, substance use) also a generic title and
  category and no location, since "HIV clinic" or a 42 CFR Part 2 programme name is itself
  the disclosure;
- case manager: arranges transport, interpreters and care plans, so sees titles and locations
  of non-sensitive items and locations of sensitive ones, but no clinical notes, a generic
  title for sensitive categories, and no legal notes (explanations of computed dates stay);
- supervisor: everything;
- peer mentor (a survivor-leader who accompanies and supports, not a clinician or a lawyer):
  the narrowest view. Services items (housing, benefits, safety planning, identity
  documents) with titles and locations, so that they can go along, but no notes; legal items
  as a generic title with their category and date (no title, location, notes or reasoning);
  medical and sensitive items as generic "Medical appointment" entries only (no title,
  category or location). On a hub their slot holds no legal, medical, clinical, Part 2 or
  narrative key, and not the notes key of the core group (case and contact notes).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from enum import StrEnum

from models.errors import InvalidInput
from models.i18n import QT_TRANSLATE_NOOP, fill, translate
from models.records import Category, EventKind, Role
from timeline.lanes import TimelineEntry


class Group(StrEnum):
    """Groups of categories that share one visibility rule."""

    LEGAL = "legal"
    MEDICAL = "medical"
    SENSITIVE = "sensitive_medical"
    SERVICES = "services"


GROUP_OF: dict[Category, Group] = {
    Category.IMMIGRATION: Group.LEGAL,
    Category.PROTECTIVE_ORDER: Group.LEGAL,
    Category.CRIMINAL_CASE: Group.LEGAL,
    Category.FAMILY_CASE: Group.LEGAL,
    Category.TRAFFICKING_NARRATIVE: Group.LEGAL,
    Category.MEDICAL: Group.MEDICAL,
    Category.REPRODUCTIVE_HEALTH: Group.SENSITIVE,
    Category.HIV_STI: Group.SENSITIVE,
    Category.MENTAL_HEALTH: Group.SENSITIVE,
    Category.SUBSTANCE_USE: Group.SENSITIVE,
    Category.SAFETY_PLAN: Group.SERVICES,
    Category.HOUSING_BENEFITS: Group.SERVICES,
    Category.IDENTITY: Group.SERVICES,
    Category.CONTACT_LOCATION: Group.SERVICES,
    Category.AGGREGATE_REPORTING: Group.SERVICES,  # consent only: no record has it
}

# the content fields a policy decides (rule ids count: E-nPEP-FU says what a title would); "category" hidden means generalised to GENERIC_CATEGORY
CONTENT = frozenset({"title", "category", "location", "notes", "explanation", "rule_id"})
ALL = CONTENT
NO_NOTES = CONTENT - {"notes"}
DATES_AND_TYPES = frozenset({"title", "category", "location", "rule_id"})
GENERIC_ONLY: frozenset[str] = frozenset()
GENERIC_WITH_LOCATION = frozenset({"location"})
CATEGORY_ONLY = frozenset({"category"})

POLICY: dict[tuple[Role, Group], frozenset[str]] = {
    (Role.SUPERVISOR, Group.LEGAL): ALL,
    (Role.SUPERVISOR, Group.MEDICAL): ALL,
    (Role.SUPERVISOR, Group.SENSITIVE): ALL,
    (Role.SUPERVISOR, Group.SERVICES): ALL,
    (Role.ADVOCATE, Group.LEGAL): ALL,
    (Role.ADVOCATE, Group.MEDICAL): NO_NOTES - {"explanation"},
    (Role.ADVOCATE, Group.SENSITIVE): GENERIC_ONLY,
    (Role.ADVOCATE, Group.SERVICES): ALL,
    (Role.CLINICIAN, Group.LEGAL): DATES_AND_TYPES,
    (Role.CLINICIAN, Group.MEDICAL): ALL,
    (Role.CLINICIAN, Group.SENSITIVE): ALL,
    (Role.CLINICIAN, Group.SERVICES): ALL,
    (Role.CASE_MANAGER, Group.LEGAL): NO_NOTES,
    (Role.CASE_MANAGER, Group.MEDICAL): NO_NOTES - {"explanation"},
    (Role.CASE_MANAGER, Group.SENSITIVE): GENERIC_WITH_LOCATION,
    (Role.CASE_MANAGER, Group.SERVICES): ALL,
    (Role.PEER_MENTOR, Group.LEGAL): CATEGORY_ONLY,
    (Role.PEER_MENTOR, Group.MEDICAL): GENERIC_ONLY,
    (Role.PEER_MENTOR, Group.SENSITIVE): GENERIC_ONLY,
    (Role.PEER_MENTOR, Group.SERVICES): NO_NOTES,
}

GENERIC_TITLE: dict[EventKind, str] = {  # English: generic_title gives the installed language's
    EventKind.MEDICAL_APPOINTMENT: QT_TRANSLATE_NOOP("GenericTitle", "Medical appointment"),
    EventKind.COURT_HEARING: QT_TRANSLATE_NOOP("GenericTitle", "Court hearing"),
    EventKind.LEGAL_DEADLINE: QT_TRANSLATE_NOOP("GenericTitle", "Deadline"),
    EventKind.SERVICE_APPOINTMENT: QT_TRANSLATE_NOOP("GenericTitle", "Service appointment"),
    EventKind.CASE_CONFERENCE: QT_TRANSLATE_NOOP("GenericTitle", "Case conference"),
    EventKind.MILESTONE: QT_TRANSLATE_NOOP("GenericTitle", "Milestone"),
    EventKind.TASK: QT_TRANSLATE_NOOP("GenericTitle", "Task"),
}


def generic_title(kind: EventKind) -> str:
    """The title shown instead of one the role may not read ("Medical appointment"), in the
    installed language."""
    return translate("GenericTitle", GENERIC_TITLE[kind])
# only groups whose category a policy may hide need a generic one
GENERIC_CATEGORY: dict[Group, Category] = {
    Group.MEDICAL: Category.MEDICAL,
    Group.SENSITIVE: Category.MEDICAL,
}


def visible_fields(role: Role | str, category: Category) -> frozenset[str]:
    """The content fields ``role`` may see on an entry of ``category``."""
    return POLICY[(_role(role), GROUP_OF[category])]


def redact(role: Role | str, entry: TimelineEntry) -> TimelineEntry:
    """A copy of ``entry`` holding only what ``role`` may see."""
    group = GROUP_OF[entry.category]
    shown = POLICY[(_role(role), group)]
    if shown == ALL:
        return entry
    changes: dict[str, object] = {}
    if "title" not in shown:
        changes["title"] = generic_title(entry.kind)
    if "category" not in shown:
        changes["category"] = GENERIC_CATEGORY[group]
    if "location" not in shown:
        changes["location"] = None
    if "notes" not in shown:
        changes["notes"] = None
    if "explanation" not in shown:
        changes["explanation"] = ()
    if "rule_id" not in shown:
        # a rule id such as E-nPEP-FU names the exposure as clearly as a title would
        changes["rule_id"] = None
    return replace(entry, **changes)  # type: ignore[arg-type]


def view_for(role: Role | str, entries: Iterable[TimelineEntry]) -> list[TimelineEntry]:
    """The entries as ``role`` may see them, in the same order."""
    checked = _role(role)
    return [redact(checked, entry) for entry in entries]


def _role(role: Role | str) -> Role:
    """``role`` as a Role, or InvalidInput naming the roles there are."""
    try:
        return Role(role)
    except ValueError:
        names = ", ".join(r.value for r in Role)
        raise InvalidInput(fill(translate("Views",
                "Unknown role; use one of: %1."),
                names), field="role") from None
