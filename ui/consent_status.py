"""A consent in words: its state today (spelled out, with a sign as well as a colour) and the
sentence that restates it in a confirmation ("the consent to … for … (…), granted …")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from models.records import Category, Consent, ConsentStatus
from ui.i18n import translate
from ui.labels import category_label

EXPIRING_WITHIN_DAYS = 30


class ConsentState(StrEnum):
    """What the Consent tab shows: the ledger's status, with "expiring soon" split out."""

    ACTIVE = "active"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    REVOKED = "revoked"
    NOT_YET = "not_yet"


# (sign, light-palette colour, dark-palette colour); the words carry the meaning, not these
STYLE = {
    ConsentState.ACTIVE: ("●", "#1b5e20", "#81c784"),
    ConsentState.EXPIRING: ("▲", "#8a4b00", "#ffb74d"),
    ConsentState.EXPIRED: ("■", "#6b6b6b", "#9e9e9e"),
    ConsentState.REVOKED: ("✕", "#6b6b6b", "#9e9e9e"),
    ConsentState.NOT_YET: ("◌", "#0d47a1", "#90caf9"),
}
GREYED = frozenset({ConsentState.EXPIRED, ConsentState.REVOKED})
RANK = {ConsentState.EXPIRING: 0, ConsentState.ACTIVE: 1, ConsentState.NOT_YET: 2,
        ConsentState.EXPIRED: 3, ConsentState.REVOKED: 4}


@dataclass(frozen=True, slots=True)
class StateText:
    """A consent's state today and how the table says it."""

    state: ConsentState
    text: str  # e.g. "▲ Expires in 12 days (2026-12-13)"


def consent_state(consent: Consent, today: date) -> StateText:
    """The state of ``consent`` on ``today`` in words (the sign first, then the text)."""
    status = consent.status(today)
    if status is ConsentStatus.REVOKED:
        state, words = ConsentState.REVOKED, translate("Consent", "Revoked %1").replace(
            "%1", _iso(consent.revoked))
    elif status is ConsentStatus.EXPIRED:
        state, words = ConsentState.EXPIRED, translate("Consent", "Expired %1").replace(
            "%1", _iso(consent.expires))
    elif status is ConsentStatus.NOT_YET:
        state, words = ConsentState.NOT_YET, translate("Consent", "Not yet in force (from %1)").replace(
            "%1", consent.granted.isoformat())
    elif consent.expires is not None and (consent.expires - today).days <= EXPIRING_WITHIN_DAYS:
        days = (consent.expires - today).days
        when = translate("Consent", "today") if days == 0 else (
            translate("Consent", "tomorrow") if days == 1 else
            translate("Consent", "in %1 days").replace("%1", str(days)))
        state, words = ConsentState.EXPIRING, translate("Consent", "Expires %1 (%2)").replace(
            "%1", when).replace("%2", consent.expires.isoformat())
    else:
        state, words = ConsentState.ACTIVE, translate("Consent", "Active")
    return StateText(state, f"{STYLE[state][0]} {words}")


def _iso(day: date | None) -> str:
    return day.isoformat() if day else "?"


def categories_text(consent: Consent) -> str:
    """"identity, immigration" (sorted, in words of the UI's language; HIV / STI keeps its
    capitals)."""
    words = (category_label(c) if c == Category.HIV_STI else category_label(c).lower()
             for c in consent.categories)
    return ", ".join(sorted(words, key=str.casefold))


def restate(consent: Consent) -> str:
    """"the consent to San Francisco Immigration Court for Court hearing (identity,
    immigration), granted 2026-11-01"."""
    return (translate("Consent", "the consent to %1 for %2 (%3), granted %4")
            .replace("%1", consent.recipient).replace("%2", consent.purpose)
            .replace("%3", categories_text(consent)).replace("%4", consent.granted.isoformat()))
