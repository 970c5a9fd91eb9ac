"""The timeline's conflicts beside the view: reasons only (they name kinds and days, never
titles), choosing one selects and centres the entries it joins."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

INDEX_ROLE = Qt.ItemDataRole.UserRole + 1


class ConflictsPanel(QWidget):
    """A titled list of the case's conflicts; hidden while there are none.

    Signals: conflict_chosen(int index into the reasons given to set_conflicts).
    """

    conflict_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setAccessibleName(self.tr("Conflicts on this timeline"))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.title.setBuddy(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        self.setMinimumWidth(180)
        self.list.currentRowChanged.connect(self._row_changed)
        self.set_conflicts([])

    def set_conflicts(self, reasons: Sequence[str]) -> None:
        """Show ``reasons`` in order (one per conflict)."""
        self.list.blockSignals(True)
        self.list.clear()
        for n, reason in enumerate(reasons):
            item = QListWidgetItem("! " + reason, self.list)
            item.setData(INDEX_ROLE, n)
            item.setToolTip(reason)
        self.list.blockSignals(False)
        self.title.setText(self.tr("&Conflicts ({n})").replace("{n}", str(len(reasons))))
        self.setVisible(bool(reasons))

    def reasons(self) -> list[str]:
        """The reasons shown, in order."""
        return [self.list.item(i).toolTip() for i in range(self.list.count())]

    def clear(self) -> None:
        """Forget every reason (the workbench is locking)."""
        self.set_conflicts([])

    def _row_changed(self, row: int) -> None:
        if row >= 0:
            self.conflict_chosen.emit(row)
