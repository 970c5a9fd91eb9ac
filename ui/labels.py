"""How the records' enum values read in the UI: one table per enum, each label marked for
translation (``QT_TRANSLATE_NOOP``, under the enum's name as context) where it is written,
translated where it is shown (``enum_label``, ``category_label``); and a date in a pattern of
the UI's language (``date_text``: month and weekday names, never strftime's English)."""

from __future__ import annotations

from datetime import date
from enum import Enum
from functools import lru_cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale

from models.records import Category, ClosureReason, EventKind, EventStatus, MatterKind, Owner
from timeline.conflicts import ConflictKind
from timeline.lanes import Lane
from ui.i18n import translate

CATEGORY_LABELS: dict[Category, str] = {
    Category.IDENTITY: QT_TRANSLATE_NOOP("Category", "Identity"),
    Category.CONTACT_LOCATION: QT_TRANSLATE_NOOP("Category", "Contact location"),
    Category.MEDICAL: QT_TRANSLATE_NOOP("Category", "Medical"),
    Category.REPRODUCTIVE_HEALTH: QT_TRANSLATE_NOOP("Category", "Reproductive health"),
    Category.HIV_STI: QT_TRANSLATE_NOOP("Category", "HIV / STI"),
    Category.MENTAL_HEALTH: QT_TRANSLATE_NOOP("Category", "Mental health"),
    Category.SUBSTANCE_USE: QT_TRANSLATE_NOOP("Category", "Substance use"),
    Category.IMMIGRATION: QT_TRANSLATE_NOOP("Category", "Immigration"),
    Category.PROTECTIVE_ORDER: QT_TRANSLATE_NOOP("Category", "Protective order"),
    Category.CRIMINAL_CASE: QT_TRANSLATE_NOOP("Category", "Criminal case"),
    Category.FAMILY_CASE: QT_TRANSLATE_NOOP("Category", "Family case"),
    Category.TRAFFICKING_NARRATIVE: QT_TRANSLATE_NOOP("Category", "Trafficking narrative"),
    Category.SAFETY_PLAN: QT_TRANSLATE_NOOP("Category", "Safety plan"),
    Category.HOUSING_BENEFITS: QT_TRANSLATE_NOOP("Category", "Housing benefits"),
    Category.AGGREGATE_REPORTING: QT_TRANSLATE_NOOP("Category", "Aggregate reporting"),
}
EVENT_KIND_LABELS: dict[EventKind, str] = {
    EventKind.MEDICAL_APPOINTMENT: QT_TRANSLATE_NOOP("EventKind", "Medical appointment"),
    EventKind.COURT_HEARING: QT_TRANSLATE_NOOP("EventKind", "Court hearing"),
    EventKind.LEGAL_DEADLINE: QT_TRANSLATE_NOOP("EventKind", "Legal deadline"),
    EventKind.SERVICE_APPOINTMENT: QT_TRANSLATE_NOOP("EventKind", "Service appointment"),
    EventKind.CASE_CONFERENCE: QT_TRANSLATE_NOOP("EventKind", "Case conference"),
    EventKind.MILESTONE: QT_TRANSLATE_NOOP("EventKind", "Milestone"),
    EventKind.TASK: QT_TRANSLATE_NOOP("EventKind", "Task"),
}
LANE_LABELS: dict[Lane, str] = {
    Lane.MEDICAL: QT_TRANSLATE_NOOP("Lane", "Medical"),
    Lane.IMMIGRATION: QT_TRANSLATE_NOOP("Lane", "Immigration"),
    Lane.PROTECTIVE_ORDER: QT_TRANSLATE_NOOP("Lane", "Protective order"),
    Lane.COURT: QT_TRANSLATE_NOOP("Lane", "Court"),
    Lane.SERVICES: QT_TRANSLATE_NOOP("Lane", "Services"),
    Lane.CARE_PLAN: QT_TRANSLATE_NOOP("Lane", "Care plan"),
}
OWNER_LABELS: dict[Owner, str] = {
    Owner.CLIENT: QT_TRANSLATE_NOOP("Owner", "Client"),
    Owner.COURT: QT_TRANSLATE_NOOP("Owner", "Court"),
    Owner.AGENCY: QT_TRANSLATE_NOOP("Owner", "Agency"),
    Owner.CLINIC: QT_TRANSLATE_NOOP("Owner", "Clinic"),
}
MATTER_KIND_LABELS: dict[MatterKind, str] = {
    MatterKind.IMMIGRATION: QT_TRANSLATE_NOOP("MatterKind", "Immigration"),
    MatterKind.PROTECTIVE_ORDER: QT_TRANSLATE_NOOP("MatterKind", "Protective order"),
    MatterKind.CRIMINAL: QT_TRANSLATE_NOOP("MatterKind", "Criminal"),
    MatterKind.FAMILY: QT_TRANSLATE_NOOP("MatterKind", "Family"),
    MatterKind.CIVIL: QT_TRANSLATE_NOOP("MatterKind", "Civil"),
}
CLOSURE_REASON_LABELS: dict[ClosureReason, str] = {
    ClosureReason.HOLIDAY: QT_TRANSLATE_NOOP("ClosureReason", "Holiday"),
    ClosureReason.EXECUTIVE_ORDER: QT_TRANSLATE_NOOP("ClosureReason", "Executive order"),
    ClosureReason.INACCESSIBLE: QT_TRANSLATE_NOOP("ClosureReason", "Inaccessible"),
    ClosureReason.OUTAGE: QT_TRANSLATE_NOOP("ClosureReason", "Outage"),
}
EVENT_STATUS_LABELS: dict[EventStatus, str] = {
    EventStatus.SCHEDULED: QT_TRANSLATE_NOOP("EventStatus", "Scheduled"),
    EventStatus.DONE: QT_TRANSLATE_NOOP("EventStatus", "Done"),
    EventStatus.CANCELLED: QT_TRANSLATE_NOOP("EventStatus", "Cancelled"),
    EventStatus.MISSED: QT_TRANSLATE_NOOP("EventStatus", "Missed"),
}

#: each enum's table and the context its labels are translated under
CONFLICT_KIND_LABELS: dict[ConflictKind, str] = {
    ConflictKind.OVERLAP: QT_TRANSLATE_NOOP("ConflictKind", "Overlap"),
    ConflictKind.TRAVEL_BUFFER: QT_TRANSLATE_NOOP("ConflictKind", "Travel buffer"),
    ConflictKind.EVIDENCE_LATE: QT_TRANSLATE_NOOP("ConflictKind", "Evidence late"),
    ConflictKind.INTERPRETER: QT_TRANSLATE_NOOP("ConflictKind", "Interpreter not booked"),
    ConflictKind.INTERPRETER_LANGUAGE: QT_TRANSLATE_NOOP("ConflictKind",
                                                         "Interpreter language"),
    ConflictKind.INTERPRETER_DOUBLE_BOOKED: QT_TRANSLATE_NOOP("ConflictKind",
                                                              "Interpreter double booked"),
    ConflictKind.CLOSED_DAY: QT_TRANSLATE_NOOP("ConflictKind", "Closed day"),
    ConflictKind.NO_OWNER: QT_TRANSLATE_NOOP("ConflictKind", "No owner"),
    ConflictKind.EXPECTED_PASSED: QT_TRANSLATE_NOOP("ConflictKind", "Expected by passed"),
}

_TABLES: dict[type[Enum], tuple[dict, str]] = {
    Category: (CATEGORY_LABELS, "Category"),
    EventKind: (EVENT_KIND_LABELS, "EventKind"),
    EventStatus: (EVENT_STATUS_LABELS, "EventStatus"),
    Lane: (LANE_LABELS, "Lane"),
    Owner: (OWNER_LABELS, "Owner"),
    MatterKind: (MATTER_KIND_LABELS, "MatterKind"),
    ClosureReason: (CLOSURE_REASON_LABELS, "ClosureReason"),
    ConflictKind: (CONFLICT_KIND_LABELS, "ConflictKind"),
}


def enum_label(value: object) -> str:
    """``value`` (a member of an enum above) as the UI shows it, in the UI's language; any
    other value as its words ("some_value": "Some value")."""
    table, context = _TABLES.get(type(value), ({}, ""))
    if value in table:
        return translate(context, table[value])
    return str(getattr(value, "value", value)).replace("_", " ").capitalize()


def value_label(enum: type[Enum], value: str) -> str:
    """A stored value of ``enum`` ("court_hearing") as the UI shows it, in lower case as inside
    a sentence ("court hearing"); a value the enum lacks as its words."""
    try:
        member = enum(value)
    except ValueError:
        return value.replace("_", " ")
    return enum_label(member).lower()


def category_label(category: Category) -> str:
    """How a data category reads in the UI ("HIV / STI", "Mental health"), translated."""
    return enum_label(category)


@lru_cache(maxsize=4096)
def _date_in(day: date, pattern: str, locale: str) -> str:
    return QLocale(locale).toString(QDate(day.year, day.month, day.day), pattern)


def date_text(day: date, pattern: str) -> str:
    """``day`` in a QLocale date ``pattern`` ("MMM yyyy": "Jan 2027", "ene 2027"), in the UI's
    language (the timeline's axis asks every frame: remembered)."""
    return _date_in(day, pattern, QLocale().name())
