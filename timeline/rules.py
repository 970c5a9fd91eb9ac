"""The deadline-rule catalog as data: records, loader and validation (deadline-rules.md s.5)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from models.errors import InvalidInput
from models.i18n import fill, translate
from models.records import Category, Owner
from timeline.deciding_bodies import body_ids, deciding_body
from timeline.jurisdictions import jurisdiction, jurisdiction_codes, service_profile_for

_DATA = Path(__file__).parent / "data" / "rules"
JURISDICTIONS = jurisdiction_codes()
UNIT_CODES = ("CD", "BD", "H", "W", "M", "Y")
KINDS = ("due", "window_start", "window_end", "expected_by", "target", "warning")
ROLLS = ("RF", "RB", "NR")
DIRECTIONS = ("F", "B")
# where a trigger is looked for in the picker (plain words, in the order shown)
AREAS = ("immigration court", "USCIS and DHS", "protective order", "criminal", "clinical",
         "time computation")
CONFIDENCES = ("V", "S", "K", "V/K", "S/V", "V/S", "S/K", "V (text) / S (practice)")


@dataclass(frozen=True, slots=True)
class ResultSpec:
    """How one result of a rule is computed; "$name" in unit/n/direction reads a parameter."""

    label: str
    kind: str
    owner: Owner
    unit: str | None = None  # None: no computable period, the trigger date is shown
    n: int | str | None = None
    direction: str = "F"
    roll: str = "NR"
    hard: bool = False
    base: str | None = None  # count from an earlier result of the same rule
    service: bool = False  # the service extension applies to this result
    safe_n: int | None = None  # s.4: an alternative length, the earlier one is safe
    safe_day_before: bool = False  # s.4.9: whether the last day itself counts
    safe_no_roll: bool = False  # e.g. USCIS paper-filing weekend policy vs e-filing
    later_of_param: str | None = None  # a date parameter; the later date wins
    later_of_counts: bool = True  # count the period from that date too (else compare it as is)
    end_of_day: bool = False  # FRCP 6(a)(4): midnight in the court's time zone
    note: str | None = None


@dataclass(frozen=True, slots=True)
class ServiceMethod:
    """One service method's extension under one profile."""

    days: int = 0
    unit: str = "CD"
    apply: str = "after_roll"  # after_roll (FRCP 6(d)) | added_to_period (USCIS, CA, NY, TX)
    note: str = ""


@dataclass(frozen=True, slots=True)
class ServiceProfile:
    """Service extensions of one forum (deadline-rules.md s.4.6)."""

    id: str
    source: str
    methods: dict[str, ServiceMethod]


@dataclass(frozen=True, slots=True)
class Rule:
    """One catalog rule: what triggers it, how each result is counted, and its sources."""

    id: str
    section: str
    domain: str
    title: str
    trigger: str
    trigger_type: str
    category: Category
    default_jurisdiction: str
    results: tuple[ResultSpec, ...]
    sources: tuple[str, ...]
    confidence: str
    deciding_body: str  # whose calendar decides the last day (timeline/data/deciding_bodies.json)
    deciding_body_source: str  # why that body: the rule or statute that says so
    computation: str = ""
    duration: str = ""
    filed_when: str | None = None  # receipt | mailbox | efile_tz
    service_profile: str | None = None
    default_service: str | None = None
    backward_roll: str = "earlier"  # s.4.5: earlier | later (the rule's own text)
    clinical: bool = False  # s.4.11: never rolls; warns when the window holds closures
    params: dict[str, Any] = field(default_factory=dict)
    effective_from: date | None = None
    effective_to: date | None = None
    notes: str = ""
    area: str = ""  # one of AREAS: where a person looks for it
    plain_title: str = ""  # the rule in plain words ("Appeal to the BIA")
    plain_event: str = ""  # the trigger as a noun phrase ("the immigration judge's decision")

    @property
    def is_trigger(self) -> bool:
        """Whether an event can be recorded with this rule. A rule each of whose results is the
        given day itself (n = 0: a holiday, the weekend roll, the end of the last day, e.g.
        A-HOL-FED) defines how a day is treated; it follows no event, so it is not a trigger."""
        return any(spec.n != 0 for spec in self.results)

    @property
    def plain_name(self) -> str:
        """The plain-language title, else the catalog title (in the installed language)."""
        return translate("Rule", self.plain_title or self.title)

    @property
    def event_name(self) -> str:
        """The trigger event as a table shows it ("Immigration judge's decision")."""
        text = self.plain_event or self.trigger
        for article in ("the ", "a "):
            if text.startswith(article):
                text = text[len(article):]
                break
        return translate("Rule", text[:1].upper() + text[1:])

    @property
    def unit(self) -> str | None:
        """The unit of the primary result (may be a "$param")."""
        return self.results[0].unit

    @property
    def hard(self) -> bool:
        """Whether the primary result is a hard (never-rolled) limit."""
        return self.results[0].hard

    @property
    def court_state(self) -> str | None:
        """The state whose court decides a state-court rule ("CA" for C-CA-*), else None."""
        if deciding_body(self.deciding_body).policy != "state_court":
            return None
        return jurisdiction(self.default_jurisdiction).state


def _date(value: str | None, where: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(fill(translate("Rules",
                "%1: %2 is not a YYYY-MM-DD date."),
                where, repr(value))) from None


def _check(cond: bool, where: str, msg: str) -> None:
    if not cond:
        raise InvalidInput(fill(translate("Rules",
                "Rule data %1: %2"),
                where, msg))


def _result(raw: dict[str, Any], rule_id: str, params: dict[str, Any], seen: set[str]) -> ResultSpec:
    where = f"{rule_id}/{raw.get('label')}"
    unknown = set(raw) - set(ResultSpec.__slots__)
    _check(not unknown, where, f"unknown field(s) {sorted(unknown)}")
    raw = dict(raw, owner=Owner(raw["owner"]))
    spec = ResultSpec(**raw)
    _check(spec.kind in KINDS, where, f"kind must be one of {KINDS}")
    _check(spec.roll in ROLLS, where, f"roll must be one of {ROLLS}")
    for name, value, allowed in (("unit", spec.unit, UNIT_CODES), ("direction", spec.direction, DIRECTIONS)):
        if isinstance(value, str) and value.startswith("$"):
            _check(value[1:] in params, where, f"{name} refers to unknown parameter {value}")
        else:
            _check(value is None or value in allowed, where, f"{name} must be one of {allowed}")
    if isinstance(spec.n, str):
        _check(spec.n.startswith("$") and spec.n[1:] in params, where, f"n refers to unknown {spec.n}")
    _check(spec.base is None or spec.base in seen, where, "base must name an earlier result")
    _check(spec.label not in seen, where, "duplicate result label")
    seen.add(spec.label)
    return spec


def _rule(raw: dict[str, Any], section: str) -> Rule:
    rid = raw["id"]
    params = dict(raw.get("params", {}))
    seen: set[str] = set()
    results = tuple(_result(r, rid, params, seen) for r in raw["results"])
    _check(bool(results), rid, "a rule needs at least one result")
    jur = raw.get("default_jurisdiction", "federal")
    _check(jur in JURISDICTIONS, rid, f"default_jurisdiction must be one of {JURISDICTIONS}")
    _check(raw["confidence"] in CONFIDENCES, rid, f"confidence must be one of {CONFIDENCES}")
    _check(raw.get("backward_roll", "earlier") in ("earlier", "later"), rid, "backward_roll")
    body = str(raw.get("deciding_body", ""))
    _check(body in body_ids(), rid, f"deciding_body must be one of {body_ids()}")
    _check(raw.get("area", "") in ("", *AREAS), rid, f"area must be one of {AREAS}")
    _check(bool(raw.get("deciding_body_source")), rid, "deciding_body_source: say why that body decides")
    policy = deciding_body(body).policy
    _check((policy == "clinic") == bool(raw.get("clinical", False)), rid,
           "deciding_body clinic goes with clinical rules, and only with them")
    _check(policy != "state_court" or jurisdiction(jur).forum == "state", rid,
           "a state_court rule needs a state default_jurisdiction (CA, NY or TX)")
    return Rule(
        id=rid,
        section=section,
        domain=raw["domain"],
        title=raw["title"],
        trigger=raw["trigger"],
        trigger_type=raw["trigger_type"],
        category=Category(raw["category"]),
        default_jurisdiction=jur,
        results=results,
        sources=tuple(raw["sources"]),
        confidence=raw["confidence"],
        deciding_body=body,
        deciding_body_source=raw["deciding_body_source"],
        computation=raw.get("computation", ""),
        duration=raw.get("duration", ""),
        filed_when=raw.get("filed_when"),
        service_profile=raw.get("service_profile"),
        default_service=raw.get("default_service"),
        backward_roll=raw.get("backward_roll", "earlier"),
        clinical=bool(raw.get("clinical", False)),
        params=params,
        effective_from=_date(raw.get("effective_from"), rid),
        effective_to=_date(raw.get("effective_to"), rid),
        notes=raw.get("notes", ""),
        area=raw.get("area", ""),
        plain_title=raw.get("plain_title", ""),
        plain_event=raw.get("plain_event", ""),
    )


@cache
def _load() -> tuple[dict[str, Rule], dict[str, ServiceProfile]]:
    rules: dict[str, Rule] = {}
    profiles: dict[str, ServiceProfile] = {}
    for path in sorted(_DATA.glob("*.json")):
        raw = json.loads(path.read_text(encoding="utf-8"))
        for pid, prof in raw.get("service_profiles", {}).items():
            methods = {m: ServiceMethod(**v) for m, v in prof["methods"].items()}
            profiles[pid] = ServiceProfile(pid, prof["source"], methods)
        for r in raw.get("rules", ()):
            rule = _rule(r, raw["section"])
            _check(rule.id not in rules, rule.id, "duplicate rule id")
            rules[rule.id] = rule
    for rule in rules.values():
        _check(rule.service_profile in (None, *profiles), rule.id, "unknown service_profile")
    return rules, profiles


def all_rules() -> dict[str, Rule]:
    """Every rule of the catalog by id, in section order."""
    return _load()[0]


def service_profile(profile_id: str) -> ServiceProfile:
    """A service-extension profile by id (e.g. "FRCP-6d")."""
    return _load()[1][profile_id]


def jurisdiction_service(code: str) -> str | None:
    """The service profile a bare count in jurisdiction ``code`` uses (timeline/data/jurisdictions.json)."""
    return service_profile_for(code) if code in JURISDICTIONS else None
