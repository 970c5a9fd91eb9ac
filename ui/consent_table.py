"""The consent ledger as a table: status first, in words with a sign; revoked and expired rows
greyed; expiring-soon rows marked; sortable by state (most urgent first) and by date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication

from models.records import Consent
from ui.consent_status import GREYED, RANK, STYLE, ConsentState, categories_text, consent_state
from ui.editors.record_table import RecordsTableModel
from ui.i18n import translate

_Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS, RECIPIENT, PURPOSE, CATEGORIES, GRANTED, EXPIRES, HOW = range(7)


def _dark() -> bool:
    palette = QGuiApplication.palette()
    return palette.window().color().lightness() < 128


class ConsentTableModel(RecordsTableModel):
    """Rows are consents; ``today`` decides each row's state."""

    def __init__(self, today: Callable[[], date], parent: QObject | None = None) -> None:
        self._today = today
        columns = [
            (translate("ConsentTab", "Status"), lambda c: consent_state(c, today()).text),
            (translate("ConsentTab", "Recipient"), lambda c: c.recipient),
            (translate("ConsentTab", "Purpose"), lambda c: c.purpose),
            (translate("ConsentTab", "Categories"), categories_text),
            (translate("ConsentTab", "Granted"), lambda c: c.granted),
            (translate("ConsentTab", "Expires"), lambda c: c.expires or translate("ConsentTab", "no expiry")),
            (translate("ConsentTab", "How given"), lambda c: c.how_given),
        ]
        super().__init__(columns, parent)

    def state(self, row: int) -> ConsentState:
        """The state of the consent in ``row`` today."""
        return consent_state(self.record(row), self._today()).state

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        consent: Consent = self.record(index.row())
        state = consent_state(consent, self._today())
        col = index.column()
        if role == SORT_ROLE:
            return self._sort_key(consent, state.state, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == STATUS or state.state in GREYED:
                sign, light, dark = STYLE[state.state]
                return QColor(dark if _dark() else light)
            return None
        if role == Qt.ItemDataRole.FontRole:
            if state.state in GREYED and col != STATUS:
                font = QFont()
                font.setItalic(True)  # greyed and slanted: no longer in force, not by colour only
                return font
            if col == STATUS and state.state is ConsentState.EXPIRING:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.ToolTipRole and col in (CATEGORIES, PURPOSE, RECIPIENT):
            return super().data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.AccessibleTextRole and col == RECIPIENT:
            return f"{consent.recipient} — {state.text[2:]}"
        return super().data(index, role)

    @staticmethod
    def _sort_key(consent: Consent, state: ConsentState, col: int) -> Any:
        if col == STATUS:
            return f"{RANK[state]}-{(consent.expires or date.max).isoformat()}"
        if col == GRANTED:
            return consent.granted.isoformat()
        if col == EXPIRES:
            return (consent.expires or date.max).isoformat()
        if col == RECIPIENT:
            return consent.recipient.casefold()
        if col == PURPOSE:
            return consent.purpose.casefold()
        if col == CATEGORIES:
            return categories_text(consent)
        return consent.how_given
