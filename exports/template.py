"""Packet templates as JSON under exports/templates/: each kind's structure there (sections,
cover fields, flags), its words in exports/templates/wording/<language>.json (exports.wording)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from exports.wording import current, language, wording
from models.errors import InvalidInput
from models.records import Category, MatterKind

TEMPLATE_DIR = Path(__file__).with_name("templates")
PACKET_KINDS = ("court", "immigration", "agency")


@dataclass(frozen=True, slots=True)
class Section:
    """One section of a packet: its id (what is rendered) and its printed title."""

    id: str
    title: str


@dataclass(frozen=True, slots=True)
class PacketTemplate:
    """What a packet kind contains and how it is worded."""

    kind: str
    title: str
    sections: tuple[Section, ...]
    cover_fields: tuple[str, ...]
    matter_kinds: tuple[str, ...]
    wording: dict[str, str]
    show_rule_working: bool = False  # rule ids, arithmetic and URLs: internal papers only
    representative_block: bool = False  # the preparer's block when a staff profile is given
    certificate: dict[str, Any] = field(default_factory=dict)  # certificate of service wording

    def has(self, section_id: str) -> bool:
        """True when this kind of packet has that section."""
        return any(s.id == section_id for s in self.sections)

    def word(self, key: str) -> str:
        """Organisation wording for ``key`` (empty when the template leaves it out)."""
        return self.wording.get(key, "")


def _read(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((TEMPLATE_DIR / name).read_text(encoding="utf-8"))
    return data


def load_template(kind: str, code: str | None = None) -> PacketTemplate:
    """The template of a packet kind (court, immigration, agency), worded in ``code``
    (default: the language being rendered, English outside exports.wording.in_language)."""
    if kind not in PACKET_KINDS:
        raise InvalidInput(
            f"Unknown packet kind {kind!r}: choose one of {', '.join(PACKET_KINDS)}.", field="kind"
        )
    return _template(kind, code or language())


@cache
def _template(kind: str, code: str) -> PacketTemplate:
    raw = _read(f"{kind}.json")
    words = wording(code)["kinds"][kind]
    return PacketTemplate(
        kind=raw["kind"],
        title=words["title"],
        sections=tuple(Section(s["id"], words["sections"][s["id"]]) for s in raw["sections"]),
        cover_fields=tuple(raw["cover_fields"]),
        matter_kinds=tuple(raw.get("matter_kinds", ())),
        wording=dict(words.get("wording", {})),
        show_rule_working=bool(raw.get("show_rule_working", False)),
        representative_block=bool(raw.get("representative_block", False)),
        certificate=dict(words.get("certificate_of_service", {})),
    )


def legends() -> dict[str, dict[str, str]]:
    """Legend wording by key: general, usc_1367, cfr_2_32 (title, text, footer), in the
    language being rendered; their sources are in templates/legends.json."""
    found: dict[str, dict[str, str]] = current()["legends"]
    return found


def role_words() -> dict[str, str]:
    """A role (models.records.Role value) as printed when no staff profile is given."""
    found: dict[str, str] = current()["roles"]
    return found


@cache
def matter_category(kind: MatterKind) -> Category:
    """The consent category a matter of this kind is gated under."""
    return Category(_read("matter_categories.json")[kind.value])
