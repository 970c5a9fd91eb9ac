"""Passphrase strength: a rough entropy estimate and a meter widget for it."""

from __future__ import annotations

import math
import string

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from ui.i18n import translate

MIN_LENGTH = 10
_LABELS = (QT_TRANSLATE_NOOP(
    "StrengthMeter", "Too short"), QT_TRANSLATE_NOOP(
        "StrengthMeter", "Weak"), QT_TRANSLATE_NOOP(
            "StrengthMeter", "Fair"), QT_TRANSLATE_NOOP(
                "StrengthMeter", "Good"), QT_TRANSLATE_NOOP("StrengthMeter", "Strong"))


def estimate_bits(passphrase: str) -> float:
    """Rough entropy in bits: length times log2 of the character pool, less repetition."""
    if not passphrase:
        return 0.0
    pool = 0
    for chars, size in (
        (string.ascii_lowercase, 26),
        (string.ascii_uppercase, 26),
        (string.digits, 10),
        (string.punctuation + " ", 33),
    ):
        if any(c in chars for c in passphrase):
            pool += size
    if any(ord(c) > 127 for c in passphrase):
        pool += 100
    # Repeated characters add little: count distinct ones at full weight, the rest at a quarter.
    distinct = len(set(passphrase))
    effective = distinct + (len(passphrase) - distinct) / 4
    return effective * math.log2(max(pool, 2))


def strength_score(passphrase: str) -> int:
    """0 (too short) to 4 (strong); anything under MIN_LENGTH characters scores 0."""
    if len(passphrase) < MIN_LENGTH:
        return 0
    bits = estimate_bits(passphrase)
    for score, threshold in ((4, 80), (3, 60), (2, 45)):
        if bits >= threshold:
            return score
    return 1


def strength_label(score: int) -> str:
    """Translated word for a score."""
    return translate("StrengthMeter", _LABELS[score])


class StrengthMeter(QWidget):
    """A bar and a word; the word carries the meaning so colour is never needed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bar = QProgressBar(self)
        self._bar.setRange(0, 4)
        self._bar.setTextVisible(False)
        self._bar.setAccessibleName(self.tr("Passphrase strength"))
        self._label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._bar)
        layout.addWidget(self._label)
        self.update_for("")

    def update_for(self, passphrase: str) -> int:
        """Show the strength of ``passphrase``; returns its score."""
        score = strength_score(passphrase)
        self._bar.setValue(score)
        text = strength_label(score)
        if len(passphrase) < MIN_LENGTH:
            text = translate("StrengthMeter", "Too short: at least %n character(s)", None, MIN_LENGTH)
        self._label.setText(text)
        self._bar.setAccessibleDescription(text)
        return score

    def text(self) -> str:
        """The word shown under the bar."""
        return self._label.text()
