"""Help → Keyboard shortcuts…: every shortcut, read from the table that defines the actions."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.window_actions import KEYS_IN_LISTS, SHORTCUTS, menu_title, native, translate


class ShortcutsDialog(QDialog):
    """A read-only table: menu, action, key (window_actions.SHORTCUTS, then KEYS_IN_LISTS).
    Shown with open(), never exec(); it holds no case data, and the lock closes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        intro = QLabel(self.tr("Every action of the menus, and the keys of the lists."), self)
        intro.setWordWrap(True)
        rows = [(menu_title(s.menu), s.label(), native(s.shortcut)) for s in SHORTCUTS]
        rows += [(self.tr("In lists"), translate(what), translate(key))
                 for key, what in KEYS_IN_LISTS]
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Action"),
                                              self.tr("Shortcut")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        for row, values in enumerate(rows):
            for column, text in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(560, 640)

    def rows(self) -> list[tuple[str, str, str]]:
        """What the table lists (tests)."""
        return [tuple(self.table.item(r, c).text() for c in range(3))  # type: ignore[misc]
                for r in range(self.table.rowCount())]
