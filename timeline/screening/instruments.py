"""Screening instruments as versioned data: records, loader and validation (docs/instruments.md)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from models.errors import InvalidInput
from models.i18n import fill, translate

_DATA = Path(__file__).resolve().parent.parent / "data" / "instruments"
NON_ANSWERS = ("skip", "not_today", "prefer_not_to_say")  # answers, not errors
METHODS = ("sum",)
WHENS = ("at_least", "not_answered")
DUES = ("same_day", "next_visit")
LICENCE_STATUSES = ("free_to_reproduce", "not_verified")
_ITEM = {"id", "number", "label", "text", "text_shipped", "scale", "scored", "domain"}
_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_TOP = {"id", "version", "title", "short_title", "purpose", "stem", "scale", "items", "scoring",
        "subscales", "subscales_rule", "provisional_diagnosis", "bands", "bands_source", "missing",
        "meaningful_change", "safety", "licence", "text_shipped", "sources", "last_verified", "notes",
        "recall_days"}


@dataclass(frozen=True, slots=True)
class ScalePoint:
    """One answer on a scale: the value scored and the words a person sees."""

    value: int
    label: str


@dataclass(frozen=True, slots=True)
class Item:
    """One question; ``text`` is None when its wording may not be shipped (``label`` stands in)."""

    id: str
    number: int
    label: str
    text: str | None
    scale: tuple[ScalePoint, ...]
    scored: bool = True
    domain: str | None = None

    @property
    def values(self) -> tuple[int, ...]:
        """The values an answer to this item may take."""
        return tuple(p.value for p in self.scale)


@dataclass(frozen=True, slots=True)
class Band:
    """A range of totals with its label, and what must happen when a total falls in it."""

    id: str
    label: str
    min: int
    max: int
    action: str | None = None


@dataclass(frozen=True, slots=True)
class Subscale:
    """A named group of items scored by their sum (the PCL-5's DSM-5 clusters)."""

    id: str
    label: str
    items: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ProvisionalRule:
    """A count rule over subscales: items at or above ``endorsed_at`` are endorsed symptoms."""

    endorsed_at: int
    required: tuple[tuple[str, int], ...]
    rule: str
    source: str


@dataclass(frozen=True, slots=True)
class MissingRule:
    """How many scored items may be unanswered for a total, and whether it is then prorated."""

    max_missing: int
    prorate: bool
    rule: str
    source: str
    band_when_determined: bool = False  # a band no unanswered item could change is still given


@dataclass(frozen=True, slots=True)
class MeaningfulChange:
    """The smallest change in total that is clinically meaningful, and its source."""

    points: int
    lower_is_better: bool
    source: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class SafetyRule:
    """An answer (or a non-answer) to one item that must raise a flag and a task."""

    flag: str
    item: str
    when: str  # at_least | not_answered
    task: str
    due: str
    owner: str
    message: str
    value: int | None = None


@dataclass(frozen=True, slots=True)
class Licence:
    """Who holds the instrument and the exact words that allow (or do not allow) shipping it."""

    status: str
    holder: str
    words: str
    url: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class Instrument:
    """One version of a screening instrument as loaded from timeline/data/instruments/."""

    id: str
    version: str
    title: str
    short_title: str
    purpose: str
    stem: str | None
    items: tuple[Item, ...]
    scored_items: tuple[str, ...]
    reverse_items: tuple[str, ...]
    scoring_rule: str
    scoring_source: str
    min_total: int
    max_total: int
    bands: tuple[Band, ...]
    bands_source: str
    missing: MissingRule
    meaningful_change: MeaningfulChange | None
    safety: tuple[SafetyRule, ...]
    licence: Licence
    text_shipped: bool
    sources: tuple[str, ...]
    last_verified: str
    subscales: tuple[Subscale, ...] = ()
    subscales_rule: str = ""
    provisional: ProvisionalRule | None = None
    notes: str = ""
    # tell it once: an earlier answer may be offered again within this many days (the
    # instrument's own recall period, e.g. "the last 2 weeks"); None: the items are facts,
    # always offered; 0 (the field absent): never offered, ask again
    recall_days: int | None = 0

    def item(self, item_id: str) -> Item:
        """The item ``item_id``."""
        for it in self.items:
            if it.id == item_id:
                return it
        raise InvalidInput(fill(translate("Instruments",
                "%1 has no item %2."),
                self.short_title, repr(item_id)), field=item_id)

    def band_for(self, total: int) -> Band:
        """The band a total falls in (the bands cover min_total..max_total without gaps)."""
        return next(b for b in self.bands if b.min <= total <= b.max)


class _Where:
    """Names the file and field of a problem in an instrument file."""

    def __init__(self, path: Path) -> None:
        self.name = path.name

    def check(self, cond: bool, field: str, msg: str) -> None:
        if not cond:
            raise InvalidInput(fill(translate("Instruments",
                    "Instrument file %1, %2: %3"),
                    self.name, field, msg), field=field)

    def get(self, raw: dict[str, Any], key: str, kind: type | tuple[type, ...], field: str) -> Any:
        self.check(key in raw, f"{field}{key}", "missing")
        value = raw[key]
        ok = isinstance(value, kind) and not (kind is int and isinstance(value, bool))
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        self.check(ok, f"{field}{key}", f"must be {names}, not {value!r}")
        return value

    def text(self, raw: dict[str, Any], key: str, field: str = "") -> str:
        value: str = self.get(raw, key, str, field)
        self.check(bool(value.strip()), f"{field}{key}", "must not be empty")
        return value


def _scale(w: _Where, raw: Any, field: str) -> tuple[ScalePoint, ...]:
    w.check(isinstance(raw, list) and len(raw) >= 2, field, "needs at least two answers")
    points = tuple(ScalePoint(w.get(p, "value", int, f"{field}[{i}]."), w.text(p, "label", f"{field}[{i}]."))
                   for i, p in enumerate(raw))
    values = [p.value for p in points]
    w.check(values == sorted(set(values)), field, f"values must be distinct and ascending, not {values}")
    return points


def _items(w: _Where, raw: dict[str, Any], scale: tuple[ScalePoint, ...]) -> tuple[Item, ...]:
    out: list[Item] = []
    for i, r in enumerate(w.get(raw, "items", list, "")):
        f = f"items[{i}]."
        iid = w.text(r, "id", f)
        w.check(bool(_ID.match(iid)), f + "id", f"{iid!r} must be lower-case letters, digits, _")
        unknown = sorted(set(r) - _ITEM)
        w.check(not unknown, f[:-1], f"unknown field(s) {unknown}")
        shipped = w.get(r, "text_shipped", bool, f)
        text = r.get("text")
        w.check(text is None or (isinstance(text, str) and bool(text.strip())), f + "text",
                "must be the item's wording or absent")
        # never a made-up wording presented as official: text only when it may be shipped
        w.check(shipped == (text is not None), f + "text",
                "give the text exactly when text_shipped is true (a label stands in otherwise)")
        w.check(not shipped or raw.get("text_shipped") is True, f + "text_shipped",
                "an item's text is shipped only when the instrument's text_shipped is true")
        own = _scale(w, r["scale"], f + "scale") if "scale" in r else scale
        out.append(Item(iid, w.get(r, "number", int, f), w.text(r, "label", f), text, own,
                        bool(r.get("scored", True)), r.get("domain")))
    ids = [it.id for it in out]
    w.check(bool(out) and len(set(ids)) == len(ids), "items", "item ids must be present and distinct")
    return tuple(out)


def _bands(w: _Where, raw: dict[str, Any], low: int, high: int) -> tuple[Band, ...]:
    bands = tuple(Band(w.text(b, "id", f"bands[{i}]."), w.text(b, "label", f"bands[{i}]."),
                       w.get(b, "min", int, f"bands[{i}]."), w.get(b, "max", int, f"bands[{i}]."),
                       b.get("action"))
                  for i, b in enumerate(w.get(raw, "bands", list, "")))
    w.check(bool(bands), "bands", "at least one band")
    expected = low
    for b in bands:
        w.check(b.min == expected and b.max >= b.min, f"bands.{b.id}",
                f"must start at {expected} and not end before it starts (bands cover {low}-{high} in order)")
        expected = b.max + 1
    w.check(expected == high + 1, "bands", f"must end at the maximum total {high}, not {expected - 1}")
    return bands


def _subscales(w: _Where, raw: dict[str, Any], scored: tuple[str, ...]) -> tuple[Subscale, ...]:
    subs = tuple(Subscale(w.text(s, "id", f"subscales[{i}]."), w.text(s, "label", f"subscales[{i}]."),
                          tuple(w.get(s, "items", list, f"subscales[{i}].")))
                 for i, s in enumerate(raw.get("subscales", [])))
    for s in subs:
        w.check(bool(s.items) and set(s.items) <= set(scored), f"subscales.{s.id}.items",
                "must name scored items of this instrument")
    return subs


def _provisional(w: _Where, raw: Any, subs: tuple[Subscale, ...], top: int) -> ProvisionalRule | None:
    if raw is None:
        return None
    f = "provisional_diagnosis."
    req = w.get(raw, "required", dict, f)
    size = {s.id: len(s.items) for s in subs}
    for sid, n in req.items():
        w.check(sid in size, f + "required", f"unknown subscale {sid!r}")
        w.check(isinstance(n, int) and 0 < n <= size[sid], f + f"required.{sid}",
                f"must be 1..{size[sid]}")
    at = w.get(raw, "endorsed_at", int, f)
    w.check(0 < at <= top, f + "endorsed_at", f"must be a scale value above 0 (1..{top})")
    return ProvisionalRule(at, tuple(req.items()), w.text(raw, "rule", f), w.text(raw, "source", f))


def _missing(w: _Where, raw: dict[str, Any], n_scored: int) -> MissingRule:
    m = w.get(raw, "missing", dict, "")
    rule = MissingRule(w.get(m, "max_missing", int, "missing."), w.get(m, "prorate", bool, "missing."),
                       w.text(m, "rule", "missing."), w.text(m, "source", "missing."),
                       bool(m.get("band_when_determined", False)))
    w.check(0 <= rule.max_missing < n_scored, "missing.max_missing", f"must be 0..{n_scored - 1}")
    w.check(rule.prorate or rule.max_missing == 0, "missing.prorate",
            "a total with items missing must be prorated (an unprorated partial sum reads too low)")
    return rule


def _change(w: _Where, raw: Any) -> MeaningfulChange | None:
    if raw is None:
        return None
    f = "meaningful_change."
    points = w.get(raw, "points", int, f)
    w.check(points > 0, f + "points", "must be above 0")
    return MeaningfulChange(points, w.get(raw, "lower_is_better", bool, f), w.text(raw, "source", f),
                            raw.get("note", ""))


def _safety(w: _Where, raw: dict[str, Any], items: dict[str, Item]) -> tuple[SafetyRule, ...]:
    out = []
    for i, r in enumerate(w.get(raw, "safety", list, "")):
        f = f"safety[{i}]."
        rule = SafetyRule(w.text(r, "flag", f), w.text(r, "item", f), w.text(r, "when", f),
                          w.text(r, "task", f), w.text(r, "due", f), w.text(r, "owner", f),
                          w.text(r, "message", f), r.get("value"))
        w.check(rule.item in items, f + "item", f"unknown item {rule.item!r}")
        w.check(rule.when in WHENS, f + "when", f"must be one of {WHENS}")
        w.check(rule.due in DUES, f + "due", f"must be one of {DUES}")
        if rule.when == "at_least":
            w.check(rule.value in items[rule.item].values, f + "value",
                    f"must be a value of the item's scale {items[rule.item].values}")
        out.append(rule)
    return tuple(out)


def _licence(w: _Where, raw: dict[str, Any]) -> Licence:
    lic = w.get(raw, "licence", dict, "")
    out = Licence(w.text(lic, "status", "licence."), w.text(lic, "holder", "licence."),
                  w.text(lic, "words", "licence."), w.text(lic, "url", "licence."), lic.get("note", ""))
    w.check(out.status in LICENCE_STATUSES, "licence.status", f"must be one of {LICENCE_STATUSES}")
    w.check(out.url.startswith("https://"), "licence.url", "must be an https:// address")
    w.check(out.status == "free_to_reproduce" or raw.get("text_shipped") is False, "text_shipped",
            "text may be shipped only under a licence that allows it (status free_to_reproduce)")
    return out


def parse_instrument(raw: Any, path: Path) -> Instrument:
    """One instrument from the parsed JSON of ``path``; InvalidInput names the file and field."""
    w = _Where(path)
    w.check(isinstance(raw, dict), "(top level)", "must be a JSON object")
    unknown = sorted(set(raw) - _TOP)
    w.check(not unknown, "(top level)", f"unknown field(s) {unknown}")
    iid = w.text(raw, "id")
    w.check(bool(_ID.match(iid)), "id", f"{iid!r} must be lower-case letters, digits, _")
    scale = _scale(w, raw.get("scale"), "scale")
    items = _items(w, raw, scale)
    by_id = {it.id: it for it in items}
    sc = w.get(raw, "scoring", dict, "")
    w.check(sc.get("method") in METHODS, "scoring.method", f"must be one of {METHODS}")
    scored = tuple(w.get(sc, "items", list, "scoring."))
    w.check(scored == tuple(it.id for it in items if it.scored), "scoring.items",
            "must list the scored items, in order (an item with scored=false is not listed)")
    reverse = tuple(sc.get("reverse_items", []))
    w.check(set(reverse) <= set(scored), "scoring.reverse_items", "must be scored items")
    low = sum(min(by_id[i].values) for i in scored)
    high = sum(max(by_id[i].values) for i in scored)
    subs = _subscales(w, raw, scored)
    return Instrument(
        id=iid, version=w.text(raw, "version"), title=w.text(raw, "title"),
        short_title=w.text(raw, "short_title"), purpose=w.text(raw, "purpose"),
        stem=raw.get("stem"), items=items, scored_items=scored, reverse_items=reverse,
        scoring_rule=w.text(sc, "rule", "scoring."), scoring_source=w.text(sc, "source", "scoring."),
        min_total=low, max_total=high, bands=_bands(w, raw, low, high),
        bands_source=w.text(raw, "bands_source"), missing=_missing(w, raw, len(scored)),
        meaningful_change=_change(w, raw.get("meaningful_change")),
        safety=_safety(w, raw, by_id), licence=_licence(w, raw),
        text_shipped=w.get(raw, "text_shipped", bool, ""),
        sources=tuple(w.get(raw, "sources", list, "")), last_verified=w.text(raw, "last_verified"),
        subscales=subs, subscales_rule=raw.get("subscales_rule", ""),
        provisional=_provisional(w, raw.get("provisional_diagnosis"), subs, max(p.value for p in scale)),
        notes=w.text(raw, "notes"), recall_days=_recall_days(w, raw),
    )


def _recall_days(w: _Where, raw: dict[str, Any]) -> int | None:
    if "recall_days" not in raw:
        return 0
    days = raw["recall_days"]
    w.check(days is None or (isinstance(days, int) and not isinstance(days, bool) and days > 0),
            "recall_days", f"must be a whole number of days above 0, or null (facts: always "
            f"offered again), not {days!r}")
    return None if days is None else int(days)


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in re.findall(r"\d+", version))


def load_instruments(directory: Path) -> tuple[Instrument, ...]:
    """Every instrument file in ``directory`` (one file per version), by id then version."""
    found: dict[tuple[str, str], Path] = {}
    out: list[Instrument] = []
    for path in sorted(directory.glob("*.json")):
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise InvalidInput(fill(translate("Instruments",
                    "Instrument file %1 is not valid JSON: %2"),
                    path.name, exc)) from None
        inst = parse_instrument(raw, path)
        key = (inst.id, inst.version)
        if key in found:
            raise InvalidInput(fill(translate("Instruments",
                    "Instrument file %1: %2 version %3 is already defined by %4."),
                    path.name, inst.id, inst.version, found[key].name), field="version")
        found[key] = path
        out.append(inst)
    return tuple(sorted(out, key=lambda i: (i.id, _version_key(i.version))))


@cache
def instruments() -> tuple[Instrument, ...]:
    """Every instrument version shipped in timeline/data/instruments/, by id then version."""
    return load_instruments(_DATA)


def instrument(instrument_id: str, version: str | None = None) -> Instrument:
    """The instrument ``instrument_id`` at ``version``, or its latest version when None."""
    matches = [i for i in instruments() if i.id == instrument_id]
    if not matches:
        known = ", ".join(sorted({i.id for i in instruments()}))
        raise InvalidInput(fill(translate("Instruments",
                "Unknown screening instrument %1; known: %2."),
                repr(instrument_id), known))
    if version is None:
        return matches[-1]
    for inst in matches:
        if inst.version == version:
            return inst
    versions = ", ".join(i.version for i in matches)
    raise InvalidInput(fill(translate("Instruments",
            "%1 has no version %2; shipped: %3."),
            matches[0].short_title, repr(version), versions),
                       field="version")
