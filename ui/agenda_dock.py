"""Agenda dock: the next 14 days across the caseload, overdue items, conflicts with reasons."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDockWidget, QListView, QProgressBar, QVBoxLayout, QWidget

from ui.agenda_data import CONFLICT, OVERDUE, SECTIONS, UPCOMING, AgendaItem

Index = QModelIndex | QPersistentModelIndex
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
_HEADINGS = {OVERDUE: QT_TRANSLATE_NOOP("AgendaListModel", "Overdue"),
             CONFLICT: QT_TRANSLATE_NOOP("AgendaListModel", "Conflicts"),
             UPCOMING: QT_TRANSLATE_NOOP("AgendaListModel", "Next 14 days")}


def _heading(section: str) -> str:
    return QCoreApplication.translate("AgendaListModel", _HEADINGS[section])


class AgendaListModel(QAbstractListModel):
    """Section headings (not selectable) followed by their items; words, not colours, say what."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AgendaItem | str] = []
        self._labels: dict[int, str] = {}

    def set_items(self, items: list[AgendaItem], case_labels: dict[int, str]) -> None:
        """Show ``items`` grouped by section; ``case_labels`` maps case id to its name."""
        self.beginResetModel()
        self._labels = dict(case_labels)
        self._rows = []
        for section in SECTIONS:
            chosen = [i for i in items if i.section == section]
            if chosen:
                self._rows.append(section)
                self._rows.extend(chosen)
        self.endResetModel()

    def clear(self) -> None:
        """Forget everything (the workbench is locking)."""
        self.set_items([], {})

    def item(self, row: int) -> AgendaItem | None:
        """The item at ``row``; None for a heading."""
        value = self._rows[row]
        return value if isinstance(value, AgendaItem) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._rows[index.row()], str):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        value = self._rows[index.row()]
        if isinstance(value, str):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return _heading(value)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(value)
        if role == Qt.ItemDataRole.ToolTipRole and value.reason:
            return value.reason
        if role == ITEM_ROLE:
            return value
        return None

    def _text(self, item: AgendaItem) -> str:
        day = item.day.isoformat() if item.day else "—"
        label = self._labels.get(item.case_id, "")
        text = f"{day}  {label} — {item.title}"
        if item.interpreter:
            text += "  · " + interpreter_mark(item.interpreter)
        if item.reason:
            text += f"\n    {item.reason}"
        return text


class AgendaDock(QDockWidget):
    """Signals: item_activated(case_id, entry_key) on Enter or double-click.

    Movable, floatable and closable; the main window's View → Agenda shows it again."""

    item_activated = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self_title(), parent)
        self.setObjectName("agenda_dock")
        self.setAccessibleName(self_title())
        # movable and closable; View → Agenda (Ctrl+Shift+G) opens it again
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.model = AgendaListModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Agenda items"))
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setSpacing(2)
        self.view.setAlternatingRowColors(True)
        self.view.activated.connect(self._on_activated)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # indeterminate while the agenda is read in the background
        self.busy.setAccessibleName(self.tr("Loading the agenda"))
        self.busy.setFormat(self.tr("Loading…"))
        self.busy.hide()
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.busy)
        layout.addWidget(self.view, 1)
        self.setWidget(body)

    def set_busy(self, busy: bool) -> None:
        """Show or hide the loading indicator."""
        self.busy.setVisible(busy)

    def set_items(self, items: list[AgendaItem], case_labels: dict[int, str]) -> None:
        """Show these items."""
        self.model.set_items(items, case_labels)

    def clear(self) -> None:
        """Forget every item."""
        self.model.clear()

    def _on_activated(self, index: QModelIndex) -> None:
        item = self.model.item(index.row()) if index.isValid() else None
        if item is not None and item.case_id >= 0:
            self.item_activated.emit(item.case_id, item.key)


def interpreter_mark(state: str) -> str:
    """An agenda item's interpreter state in words (the words say it, not a colour)."""
    return {"needed": QCoreApplication.translate("AgendaListModel", "interpreter needed"),
            "requested": QCoreApplication.translate("AgendaListModel",
                                                    "interpreter requested"),
            "confirmed": QCoreApplication.translate("AgendaListModel",
                                                    "interpreter confirmed")}.get(state, "")


def self_title() -> str:
    """The dock's translated title."""
    return QCoreApplication.translate("AgendaDock", "Agenda")
