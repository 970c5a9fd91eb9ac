"""A searchable picker of trigger events, in plain language, grouped by area.

Only rules that are triggers are offered (``Rule.is_trigger``: a rule each of whose results
is the given day itself, such as A-HOL-FED, defines how a day is treated and is never offered).
Nothing is chosen at first. Typing filters by every word (plain title, event, catalog title,
trigger, rule id, area): "BIA" finds the appeal to the BIA. Down moves from the search into the
list; Enter in the search chooses the first match.

Besides its own ``rule_chosen`` signal it answers the few QComboBox calls the dialogs and
their tests use (``findData``, ``setCurrentIndex``, ``itemData``, ``count``, ``currentData``),
an index being the rule's place among the offered rules.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timeline.rules import AREAS, Rule

RULE_ROLE = Qt.ItemDataRole.UserRole


def offered_rules(rules: Iterable[Rule], keep: str | None = None) -> list[Rule]:
    """The trigger rules among ``rules``, in area order, then as the catalog lists them
    (``keep``: an edited trigger's own rule, offered even if it is not one)."""
    order = {area: n for n, area in enumerate(AREAS)}
    triggers = [r for r in rules if r.is_trigger or r.id == keep]
    return sorted(triggers, key=lambda r: order.get(r.area, len(order)))


def _haystack(rule: Rule) -> str:
    return " ".join((rule.plain_name, rule.plain_event, rule.title, rule.trigger, rule.id,
                     rule.area, rule.domain)).casefold()


def matches(rule: Rule, text: str) -> bool:
    """Whether every word of ``text`` occurs in what the rule is called."""
    hay = _haystack(rule)
    return all(word in hay for word in text.casefold().split())


class RulePicker(QWidget):
    """Search box over a tree of areas and their trigger rules. Signal: ``rule_chosen``
    (rule id, or None when the choice is cleared)."""

    rule_chosen = Signal(object)

    def __init__(self, rules: Iterable[Rule], parent: QWidget | None = None,
                 keep: str | None = None) -> None:
        super().__init__(parent)
        self.rules = offered_rules(rules, keep)
        self._chosen: str | None = None
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search, e.g. BIA, RFE, restraining order, nPEP"))
        self.search.setAccessibleName(self.tr("Search trigger events"))
        self.search.setClearButtonEnabled(True)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("What it computes"), self.tr("Counted from")])
        self.tree.setAccessibleName(self.tr("Trigger events"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.tree.setMinimumHeight(self.fontMetrics().lineSpacing() * 9)
        self.empty = QLabel(self.tr("No trigger event matches; try fewer or other words."), self)
        self.empty.setWordWrap(True)
        self.empty.hide()
        self._items: dict[str, QTreeWidgetItem] = {}
        self._areas: dict[str, QTreeWidgetItem] = {}
        self._fill()
        self.search.textChanged.connect(self.filter)
        self.search.installEventFilter(self)
        self.tree.currentItemChanged.connect(self._current_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        self.setFocusProxy(self.search)

    def _fill(self) -> None:
        for rule in self.rules:
            area = rule.area or "other"
            parent = self._areas.get(area)
            if parent is None:
                parent = QTreeWidgetItem(self.tree, [self.tr(area[:1].upper() + area[1:])])
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading, not a choice
                font = parent.font(0)
                font.setBold(True)
                parent.setFont(0, font)
                parent.setFirstColumnSpanned(True)
                self._areas[area] = parent
            item = QTreeWidgetItem(parent, [rule.plain_name, rule.event_name])
            item.setData(0, RULE_ROLE, rule.id)
            item.setToolTip(0, f"{rule.id}: {rule.title}\n{rule.trigger}")
            item.setToolTip(1, rule.trigger)
            self._items[rule.id] = item
        self.tree.expandAll()

    def filter(self, text: str) -> None:
        """Show only the rules whose names hold every typed word (areas with none hide)."""
        shown = 0
        for rule in self.rules:
            hit = matches(rule, text)
            self._items[rule.id].setHidden(not hit)
            shown += hit
        for parent in self._areas.values():
            parent.setHidden(all(parent.child(i).isHidden() for i in range(parent.childCount())))
        self.empty.setVisible(shown == 0)
        self.tree.expandAll()

    def visible_rule_ids(self) -> list[str]:
        """The rules the filter shows, top to bottom."""
        return [r.id for r in self.rules if not self._items[r.id].isHidden()]

    def choose_first_match(self) -> bool:
        """Choose the first rule shown (Enter in the search); False when none is shown."""
        shown = self.visible_rule_ids()
        if not shown:
            return False
        self.set_rule(shown[0])
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.search and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                return self.choose_first_match()  # not chosen: Enter goes on to the dialog
            if event.key() == Qt.Key.Key_Down:
                if self._chosen is None or self._items[self._chosen].isHidden():
                    self.choose_first_match()
                self.tree.setFocus()
                return True
        return super().eventFilter(watched, event)

    def _current_changed(self, item: QTreeWidgetItem | None, _old: object) -> None:
        rule_id = item.data(0, RULE_ROLE) if item is not None else None
        if rule_id is None:  # an area heading: keep the choice
            return
        if rule_id != self._chosen:
            self._chosen = rule_id
            self.rule_chosen.emit(rule_id)

    def set_rule(self, rule_id: str | None) -> None:
        """Choose ``rule_id`` (None clears the choice)."""
        item = self._items.get(rule_id) if rule_id else None
        if item is None:
            self.tree.clearSelection()
            self.tree.setCurrentItem(None)
            if self._chosen is not None:
                self._chosen = None
                self.rule_chosen.emit(None)
            return
        item.setHidden(False)
        item.parent().setHidden(False)
        self.tree.setCurrentItem(item)
        item.setSelected(True)
        self.tree.scrollToItem(item)

    def rule_id(self) -> str | None:
        """The chosen rule's id, or None."""
        return self._chosen

    # the QComboBox calls the trigger dialog's callers make ----------------------------------
    def currentData(self) -> str | None:  # noqa: N802 - QComboBox's name
        return self._chosen

    def count(self) -> int:
        return len(self.rules)

    def itemData(self, index: int) -> str | None:  # noqa: N802 - QComboBox's name
        return self.rules[index].id if 0 <= index < len(self.rules) else None

    def findData(self, rule_id: object) -> int:  # noqa: N802 - QComboBox's name
        return next((n for n, r in enumerate(self.rules) if r.id == rule_id), -1)

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802 - QComboBox's name
        self.set_rule(self.itemData(index))
