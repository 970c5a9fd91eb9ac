"""Field coercion and validation for the store and the importers.

Each coercer takes a value (a Python value, or the text found in a file) and the field's name,
and returns the clean value or raises ``InvalidInput`` naming the field. Free text is never
echoed in a message (it may be case data); only malformed dates, enums and the like are.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil.rrule import rrule, rruleset, rrulestr

from models.errors import InvalidInput
from models.i18n import fill, translate
from models.records import CONSENT_ONLY_CATEGORIES, RECORD_CATEGORIES, Category
from models.rrule_ends import has_both_ends, one_end

Coercer = Callable[[Any, str], Any]
E = TypeVar("E", bound=StrEnum)

_TRUE = {"true", "yes", "y", "1", "x"}
_FALSE = {"false", "no", "n", "0", ""}
_SHA256 = re.compile(r"[0-9a-f]{64}")


def bad(field: str, message: str) -> InvalidInput:
    """An InvalidInput whose message starts with the field name."""
    return InvalidInput(f"{field}: {message}", field=field)


def _encodable(value: str, field: str) -> str:
    # JSON escapes can carry lone surrogates ("\ud800"): not text, and SQLite cannot store them
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise bad(field, translate("Field", "contains characters that are not valid text")) from None
    return value


def text(value: Any, field: str) -> str:
    """Required non-empty text."""
    if not isinstance(value, str) or not value.strip():
        raise bad(field, translate("Field", "is required and must be text"))
    return _encodable(value.strip(), field)


def opt_text(value: Any, field: str) -> str | None:
    """Optional text; empty means none."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise bad(field, translate("Field", "must be text"))
    return _encodable(value.strip(), field) or None


def day(value: Any, field: str) -> date:
    """A calendar date (a date, or text YYYY-MM-DD)."""
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str):
        try:
            if len(value.strip()) == 10:
                return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise bad(field, fill(translate("Field", "%1 is not a date (use YYYY-MM-DD)"), shown(value)))


def opt_day(value: Any, field: str) -> date | None:
    """An optional calendar date."""
    return None if value in (None, "") else day(value, field)


def moment(value: Any, field: str) -> datetime:
    """An aware datetime (or ISO text with a UTC offset)."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip())
        except ValueError:
            raise bad(field, fill(translate("Field", "%1 is not a date and time (use "
                                            "YYYY-MM-DDTHH:MM with a UTC offset, e.g. +01:00)"),
                                  shown(value))) from None
    if not isinstance(value, datetime):
        raise bad(field, fill(translate("Field", "%1 is not a date and time"), shown(value)))
    if value.tzinfo is None or value.utcoffset() is None:
        raise bad(field, translate("Field", "needs a time zone or UTC offset"))
    return value


def opt_moment(value: Any, field: str) -> datetime | None:
    """An optional aware datetime."""
    return None if value in (None, "") else moment(value, field)


def day_or_moment(value: Any, field: str) -> date | datetime:
    """A date, or an aware datetime when the time matters."""
    if isinstance(value, datetime) or (isinstance(value, str) and len(value.strip()) > 10):
        return moment(value, field)
    return day(value, field)


def opened(value: Any, field: str = "opened") -> str | None:
    """When a case was opened, as UTC text: a day (midnight UTC) or an aware moment, not in
    the future; None when not given (the case is then opened now)."""
    if value in (None, ""):
        return None
    found = day_or_moment(value, field)
    now = datetime.now(UTC)
    if isinstance(found, datetime):
        at, future = found, found > now + timedelta(minutes=5)  # a clock a little ahead
    else:  # a day: today somewhere on Earth (UTC+14) is not in the future
        at, future = datetime.combine(found, time(), UTC), found > (now + timedelta(hours=14)).date()
    if future:
        raise bad(field, fill(translate("Field", "%1 is in the future; give the day the case was "
                                        "opened"), shown(value)))
    return at.astimezone(UTC).isoformat()


def flag(value: Any, field: str) -> bool:
    """A yes/no value (bool, or text such as yes/no/true/false/1/0)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    raise bad(field, fill(translate("Field", "%1 is not yes or no"), shown(value)))


def enum(kind: type[E]) -> Callable[[Any, str], E]:
    """A coercer for one StrEnum; the message lists the allowed values."""

    def coerce(value: Any, field: str) -> E:
        try:
            return kind(value.strip() if isinstance(value, str) else value)
        except ValueError:
            allowed = ", ".join(m.value for m in kind)
            raise bad(field, fill(translate("Field", "%1 is not one of: %2"), shown(value),
                                  allowed)) from None

    return coerce


def opt_enum(kind: type[E]) -> Callable[[Any, str], E | None]:
    """An optional StrEnum value."""
    inner = enum(kind)
    return lambda value, field: None if value in (None, "") else inner(value, field)


def texts(value: Any, field: str) -> tuple[str, ...]:
    """A list of text values."""
    items = _items(value, field)
    if not all(isinstance(v, str) for v in items):
        raise bad(field, translate("Field", "must be a list of text values"))
    return tuple(_encodable(v.strip(), field) for v in items if v.strip())


def days(value: Any, field: str) -> tuple[date, ...]:
    """A list of dates."""
    return tuple(day(v, f"{field}[{i}]") for i, v in enumerate(_items(value, field)))


def ids(value: Any, field: str) -> tuple[int, ...]:
    """A list of integer ids."""
    items = _items(value, field)
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in items):
        raise bad(field, translate("Field", "must be a list of whole numbers"))
    return tuple(items)


def record_category(value: Any, field: str) -> Category:
    """A data category a record may have (not one that only a consent names)."""
    category = enum(Category)(value, field)
    if category in CONSENT_ONLY_CATEGORIES:
        allowed = ", ".join(c.value for c in RECORD_CATEGORIES)
        raise bad(field, fill(translate("Field", "%1 is a consent category only; a record is "
                                                "one of: %2"), category.value, allowed))
    return category


def categories(value: Any, field: str) -> frozenset[Category]:
    """A non-empty set of data categories."""
    cats = frozenset(enum(Category)(v, field) for v in _items(value, field))
    if not cats:
        raise bad(field, translate("Field", "needs at least one data category"))
    return cats


def zone(value: Any, field: str) -> str:
    """An IANA time zone name."""
    try:
        if isinstance(value, str) and value:
            ZoneInfo(value)
            return value
    except (ZoneInfoNotFoundError, ValueError):
        pass
    raise bad(field, fill(translate("Field", "%1 is not a time zone (use a name such as "
                                        "America/New_York)"), shown(value)))


def recurrence(value: Any, field: str) -> str | None:
    """An RFC 5545 RRULE body such as FREQ=WEEKLY;COUNT=10."""
    if value in (None, ""):
        return None
    body = value.strip().removeprefix("RRULE:") if isinstance(value, str) else value
    if isinstance(body, str) and has_both_ends(body):
        raise bad(field, fill(translate("Field", "%1 ends both by COUNT and by UNTIL; a repeat "
                                        "rule ends by one of them (RFC 5545): keep COUNT (how "
                                        "many times) or UNTIL (the last day)"), shown(value)))
    try:
        parse_rrule(body, datetime(2026, 1, 1), "UTC")
    except (ValueError, TypeError, AttributeError):
        raise bad(field, fill(translate("Field", "%1 is not a recurrence rule (e.g. "
                                        "FREQ=WEEKLY;COUNT=10)"), shown(value))) from None
    return str(body)


def parse_rrule(body: str, dtstart: datetime, tz: str) -> rrule | rruleset:
    """An rrule from a naive local ``dtstart``; retried aware when UNTIL is given in UTC. A
    stored rule with both COUNT and UNTIL ends where the first of them does (models.rrule_ends)."""
    try:
        return rrulestr(one_end(body, dtstart), dtstart=dtstart)
    except ValueError:
        # dateutil wants UNTIL and DTSTART both naive or both aware
        aware = dtstart.replace(tzinfo=ZoneInfo(tz))
        return rrulestr(one_end(body, aware), dtstart=aware)


def opt_id(value: Any, field: str) -> int | None:
    """An optional integer id."""
    if value is None or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    raise bad(field, translate("Field", "must be a record id (a whole number)"))


def sha256_hex(value: Any, field: str) -> str:
    """64 lowercase hex digits."""
    if not isinstance(value, str) or not _SHA256.fullmatch(value):
        raise bad(field, translate("Field", "must be a SHA-256 hex digest (64 characters 0-9, a-f)"))
    return value


def clean(values: Mapping[str, Any], spec: Mapping[str, Coercer], what: str) -> dict[str, Any]:
    """Coerce every given field by ``spec``; an unknown field name is an error."""
    out: dict[str, Any] = {}
    for name, value in values.items():
        if name not in spec:
            raise bad(name, fill(translate("Field", "is not a field of %1"), what))
        out[name] = spec[name](value, name)
    return out


def _items(value: Any, field: str) -> list[Any]:
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise bad(field, translate("Field", "must be a list"))
    return list(value)


def shown(value: Any) -> str:
    """How a message refers to a malformed value: never the value itself.

    Messages travel to stderr and error dialogs; a name typed into a date column is case data
    (SECURITY.md control 5), so the field and the expected form name the problem instead.
    """
    return translate("Field", "the value given")
