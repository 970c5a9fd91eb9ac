"""How a computed date's rule is printed: the working (internal) or the citation (outside).

Working papers show the rule id, the arithmetic and every source with its URL. A court,
USCIS or agency reader gets the rule's plain title and its legal citations only: no rule ids,
no unit codes ("CD 30; F; RF"), no URLs, no confidence marks. Which one a packet gets is its
template's ``show_rule_working`` flag.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from exports.template import PacketTemplate
from exports.wording import long_day, say
from models.records import Event
from timeline.rules import all_rules

_URL = re.compile(r"https?://\S+")
_MARK = re.compile(r"\s*\((?:K|V|S|V/K|S/V|V/S|S/K)\)\s*$")  # the catalog's confidence marks
_INTERNAL = ("deciding body ", "calendar ")  # engine sources, not legal citations


def working_lines(event: Event) -> list[str]:
    """Rule id, computed date, override and the stored arithmetic (internal packets)."""
    flag = say("rule_overridden") if event.overridden else ""
    computed = say("rule_computed", day=long_day(event.computed_due)) if event.computed_due \
        else ""
    return [say("rule_working", rule=event.rule_id, computed=computed, flag=flag),
            *(f"• {t}" for t in event.explanation)]


def citation(source: str) -> str:
    """A catalog source as a citation: the URL and confidence mark cut off ("" if only a URL)."""
    text = _URL.sub("", source).strip().rstrip(":").strip()
    return _MARK.sub("", text).strip()


def citations(sources: Iterable[str]) -> list[str]:
    """Legal citations of ``sources``, each once, in order."""
    found = [citation(s) for s in sources if not s.startswith(_INTERNAL)]
    return list(dict.fromkeys(c for c in found if c))


def cited_lines(event: Event, template: PacketTemplate) -> list[str]:
    """The rule's plain title and citations (court, immigration and agency packets)."""
    rule = all_rules().get(event.rule_id or "")
    if rule is not None:
        what = rule.title
        if event.result_label and event.result_label != rule.title:
            what += f" — {event.result_label}"
        lines = [template.word("computed_under").format(rule=what)]
        sources = citations(rule.sources)
    else:  # a rule no longer in the catalog: its stored sources still cite the law
        lines = [template.word("computed_by_rule")]
        stored = [t.removeprefix("Source: ") for t in event.explanation if t.startswith("Source: ")]
        sources = citations(stored)
    if event.overridden and event.computed_due:
        lines.append(template.word("set_by_hand").format(computed=long_day(event.computed_due)))
    if sources:
        lines.append(template.word("source").format(sources="; ".join(sources)))
    return lines
