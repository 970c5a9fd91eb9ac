"""The safety plan editor: a list editor per section (rows added, removed and moved by
keyboard), the survivor's own words, the risk level with a note when it changes, the review day.

Saved through ``safety_plans.save_plan`` with only the parts that changed since the plan was
read, so that after a stale-version Conflict the other person's changes to parts this person
left alone are kept (their values are shown), while everything typed here stays in the form.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.errors import Conflict, InvalidInput
from models.records import Category, RiskLevel, SafeContact, SafetyPlan
from ui.editors.base import RecordDialog, error_style
from ui.editors.fields import DateField, long_date
from ui.i18n import translate
from ui.permissions import write_denial
from workbench.operations import safety_plans
from workbench.operations.changes import NOTHING, Done

RISK_LABELS = {RiskLevel.LOW: QT_TRANSLATE_NOOP("SafetyPlanDialog", "Low"),
               RiskLevel.MEDIUM: QT_TRANSLATE_NOOP("SafetyPlanDialog", "Medium"),
               RiskLevel.HIGH: QT_TRANSLATE_NOOP("SafetyPlanDialog", "High")}


def risk_label(level: RiskLevel) -> str:
    """A risk level as a word ("High"), in the UI's language."""
    return translate("SafetyPlanDialog", RISK_LABELS[level])
LIST_PARTS = ("warning_signs", "safe_contacts", "safe_places", "steps")
# F2, typing, a double click; not moving to a cell (Alt+Up would open an editor on the way)
EDIT_TRIGGERS = (QAbstractItemView.EditTrigger.EditKeyPressed
                 | QAbstractItemView.EditTrigger.AnyKeyPressed
                 | QAbstractItemView.EditTrigger.DoubleClicked)


class RowsEditor(QWidget):
    """Rows of text in one or more columns. Keys, while the table has focus: Insert adds a row
    below the current one and starts typing in it; Delete removes the current row; Alt+Up and
    Alt+Down move it; F2 (or typing) edits a cell; Tab leaves the table."""

    def __init__(self, headers: Sequence[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.horizontalHeader().setVisible(len(headers) > 1)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)  # Tab moves on through the dialog
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(EDIT_TRIGGERS)
        self._shares: tuple[int, ...] = ()
        self.table.viewport().installEventFilter(self)
        # rows as tall as their wrapped text at the width the columns really get
        self.table.horizontalHeader().sectionResized.connect(self._fit_rows)
        self.table.itemChanged.connect(self._fit_rows)
        self.add_button = self._button(self.tr("Add"), self.tr("Add a row (Insert)"), self.add_row)
        self.remove_button = self._button(self.tr("Remove"), self.tr("Remove this row (Delete)"),
                                          self.remove_row)
        self.up_button = self._button(self.tr("Up"), self.tr("Move up (Alt+Up)"),
                                      lambda: self.move_row(-1))
        self.down_button = self._button(self.tr("Down"), self.tr("Move down (Alt+Down)"),
                                        lambda: self.move_row(1))
        self.table.installEventFilter(self)  # the keys (see the class docstring)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.table)

    def _button(self, text: str, tip: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.setAutoDefault(False)  # Enter in the dialog saves; it never adds a row
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys above do this from the table
        button.clicked.connect(slot)
        return button

    def _fit_rows(self, *_args: object) -> None:
        self.table.resizeRowsToContents()

    def set_column_widths(self, *shares: int) -> None:
        """Give the columns these shares of the width (the last one stretches)."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._shares = shares


    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.table and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) and self._key(event):
            return True
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            width = self.table.viewport().width()
            for c, share in enumerate(self._shares[:-1]):
                self.table.setColumnWidth(c, width * share // sum(self._shares))
            QTimer.singleShot(0, self._fit_rows)  # once the columns have their new widths
        return super().eventFilter(watched, event)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt override
        super().setAccessibleName(name)
        self.table.setAccessibleName(name)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setAccessibleName(f"{button.text()} — {name}")

    def rows(self) -> list[tuple[str, ...]]:
        """Every row's cells, stripped; rows left wholly empty are dropped."""
        out = []
        for r in range(self.table.rowCount()):
            cells = tuple(self._cell(r, c) for c in range(self.table.columnCount()))
            if any(cells):
                out.append(cells)
        return out

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def set_rows(self, rows: Sequence[Sequence[str | None]]) -> None:
        """Show ``rows`` (replacing any)."""
        self.table.setRowCount(0)
        for row in rows:
            self._insert(self.table.rowCount(), row)
        self.table.resizeRowsToContents()

    def _insert(self, at: int, cells: Sequence[str | None]) -> None:
        self.table.insertRow(at)
        for c in range(self.table.columnCount()):
            text = cells[c] if c < len(cells) else ""
            self.table.setItem(at, c, QTableWidgetItem(text or ""))

    def add_row(self) -> None:
        """A new empty row below the current one, ready to type in."""
        at = self.table.currentRow() + 1 if self.table.currentRow() >= 0 else self.table.rowCount()
        self._insert(at, ())
        self.table.setFocus()
        self.table.setCurrentCell(at, 0)
        item = self.table.item(at, 0)
        if item is not None:
            self.table.editItem(item)

    def _key(self, event: QKeyEvent) -> bool:
        """Handle a key pressed in the table (not in a cell being edited); True if used."""
        if not self.add_button.isEnabled():  # read-only
            return False
        key, alt = event.key(), event.modifiers() & Qt.KeyboardModifier.AltModifier
        if key == Qt.Key.Key_Insert:
            self.add_row()
        elif key == Qt.Key.Key_Delete and not alt:
            self.remove_row()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and alt:
            self.move_row(-1 if key == Qt.Key.Key_Up else 1)
        else:
            return False
        return True

    def remove_row(self) -> None:
        """Remove the current row."""
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        if self.table.rowCount():
            self.table.setCurrentCell(min(row, self.table.rowCount() - 1), 0)

    def move_row(self, step: int) -> None:
        """Move the current row up (-1) or down (+1)."""
        row, column = self.table.currentRow(), max(0, self.table.currentColumn())
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        cells = [self.table.takeItem(row, c) for c in range(self.table.columnCount())]
        self.table.removeRow(row)
        self.table.insertRow(target)
        for c, item in enumerate(cells):
            self.table.setItem(target, c, item)
        self.table.setCurrentCell(target, column)

    def set_read_only(self, read_only: bool) -> None:
        """No editing, adding or moving (the role may not write)."""
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only
                                   else EDIT_TRIGGERS)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setEnabled(not read_only)

    def clear(self) -> None:
        """Drop every row (the workbench is locking)."""
        self.table.setRowCount(0)


def _contacts(rows: list[tuple[str, ...]]) -> list[dict[str, str | None]]:
    return [{"name": n, "role": r, "how": h or None} for n, r, h in rows]


def _plain(plan: SafetyPlan | None, name: str) -> Any:
    """A part of ``plan`` in the form the editor collects (lists of text, contact dicts)."""
    if plan is None:
        return {"own_words": None, "risk_level": None, "review_on": None}.get(name, [])
    value = getattr(plan, name)
    if name == "safe_contacts":
        return [{"name": c.name, "role": c.role, "how": c.how} for c in value]
    return list(value) if isinstance(value, tuple) else value


class SafetyPlanDialog(RecordDialog):
    """Create or edit the case's safety plan (``existing``: the plan as read, or None)."""

    merges_theirs = False  # this dialog merges the other person's parts itself (see module)

    def confirmation(self) -> str:
        return self.tr("Safety plan saved.") if self.changes is not NOTHING else self.tr(
            "Nothing was changed in the safety plan.")

    def __init__(self, session: Any, case: Any, existing: SafetyPlan | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case, existing, parent)
        self.setWindowTitle(self.tr("Safety plan"))  # generic: no case data in a title
        self._past_ok: date | None = None  # a past review day the person confirmed
        top = QHBoxLayout()
        self.risk_level = self._part(top, "risk_level", self.tr("&Risk level"), QComboBox(self))
        self.review_on = self._part(top, "review_on", self.tr("Re&view by"), DateField(None, self))
        self.risk_note = self._part(top, "risk_note", self.tr("Risk no&te"), QLineEdit(self), 1)
        self.review_on.set_today(session.today())  # shortcuts (+4w) count from the session's day
        self.risk_note.setPlaceholderText(self.tr("Why the level changed (kept in the risk "
                                                  "history)"))
        self.risk_level.setMinimumWidth(160)
        self.review_on.setMinimumWidth(300)
        self.review_on.setToolTip(self.tr("The day the team goes over the plan with the "
                                          "survivor again; a review task goes on the timeline. "
                                          "Leave empty for none."))
        grid = QGridLayout()
        self.warning_signs = self._section(grid, 0, 0, "warning_signs", self.tr("&Warning signs"),
                                           RowsEditor([self.tr("Warning sign")], self))
        self.safe_contacts = self._section(
            grid, 2, 0, "safe_contacts", self.tr("Safe co&ntacts"),
            RowsEditor([self.tr("Name"), self.tr("Role"), self.tr("How to reach them")], self))
        self.safe_contacts.set_column_widths(3, 2, 5)
        self.safe_contacts.table.horizontalHeaderItem(2).setToolTip(
            self.tr("How to reach them safely (e.g. text only, after 6 pm)"))
        self.safe_places = self._section(grid, 4, 0, "safe_places", self.tr("Safe &places"),
                                         RowsEditor([self.tr("Place")], self))
        self.steps = self._section(grid, 0, 1, "steps", self.tr("What to &do"),
                                   RowsEditor([self.tr("Step")], self))
        words = QPlainTextEdit(self)
        words.setPlaceholderText(self.tr("What the survivor says, in their words"))
        self.own_words = self._section(grid, 2, 1, "own_words", self.tr("&In my own words"),
                                       words)
        keys = QLabel(self.tr("In a list: Insert adds a row, Delete removes it, Alt+Up and "
                              "Alt+Down move it, F2 edits; Tab goes on to the next part."), self)
        keys.setWordWrap(True)
        keys.setEnabled(False)  # a hint, drawn quieter than the form
        grid.addWidget(keys, 4, 1, 2, 1, Qt.AlignmentFlag.AlignTop)
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.insertLayout(1, top)
        outer.insertLayout(2, grid, 1)
        self._baseline: SafetyPlan | None = existing
        self._show_plan(existing)
        self.risk_level.currentIndexChanged.connect(self._level_changed)
        self._level_changed()
        chain = [self.risk_level, self.review_on.line, self.review_on.button, self.risk_note,
                 self.warning_signs.table, self.safe_contacts.table, self.safe_places.table,
                 self.steps.table, self.own_words]
        for before, after in zip(chain, chain[1:], strict=False):
            self.setTabOrder(before, after)
        self.resize(980, 720)
        denial = write_denial(session, [Category.SAFETY_PLAN])
        if denial:
            self.forbid(denial)
            self._set_read_only()

    def _section(self, grid: QGridLayout, row: int, column: int, name: str, label: str,
                 widget: Any) -> Any:
        """A part of the plan in the grid, two rows tall."""
        box = QVBoxLayout()
        self._part(box, name, label, widget, 1)
        grid.addLayout(box, row, column, 2, 1)
        return widget

    def _part(self, into: QHBoxLayout | QVBoxLayout, name: str, label: str, widget: Any,
              stretch: int = 0) -> Any:
        """A labelled field with its own error line under it (add_field's way, laid out
        here): the caption's mnemonic focuses it; typing in it hides its error."""
        widget.setObjectName(name)
        widget.setAccessibleName(label.replace("&", ""))
        caption = QLabel(label, self)
        caption.setBuddy(widget.table if isinstance(widget, RowsEditor) else widget)
        font = caption.font()
        font.setBold(True)
        caption.setFont(font)
        error = QLabel(self)
        error.setStyleSheet(error_style(self))
        error.setWordWrap(True)
        error.setAccessibleName(label.replace("&", "") + " — " + self.tr("error"))
        error.hide()
        self._errors[name] = error
        box = QVBoxLayout()
        box.addWidget(caption)
        box.addWidget(widget, 1 if isinstance(widget, (RowsEditor, QPlainTextEdit)) else 0)
        box.addWidget(error)
        into.addLayout(box, stretch)
        if isinstance(widget, RowsEditor):
            widget.table.itemChanged.connect(lambda _item: self.clear_error(name))
            widget.table.model().rowsRemoved.connect(lambda *_a: self.clear_error(name))
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda _i: self.clear_error(name))
        elif isinstance(widget, DateField):
            widget.date_edited.connect(lambda _t: self.clear_error(name))
        else:
            widget.textChanged.connect(lambda *_a: self.clear_error(name))
        return widget

    # --- showing --------------------------------------------------------------------------
    def _show_plan(self, plan: SafetyPlan | None) -> None:
        self.risk_level.clear()
        if plan is None or plan.risk_level is None:
            self.risk_level.addItem(self.tr("Not set"), None)
        for level in RiskLevel:
            self.risk_level.addItem(risk_label(level), level)
        for name in ("risk_level", "review_on", *LIST_PARTS, "own_words"):
            self._show_part(name, _plain(plan, name))

    def _show_part(self, name: str, value: Any) -> None:
        if name == "risk_level":
            self.risk_level.setCurrentIndex(max(0, self.risk_level.findData(
                value.value if value else None)))
        elif name == "review_on":
            self.review_on.set_date(value)
        elif name == "own_words":
            self.own_words.setPlainText(value or "")
        elif name == "safe_contacts":
            self.safe_contacts.set_rows([(c["name"], c["role"], c["how"]) for c in value])
        elif name in LIST_PARTS:
            getattr(self, name).set_rows([(v,) for v in value])

    def level(self) -> RiskLevel | None:
        """The risk level chosen (None: not set)."""
        data = self.risk_level.currentData()
        return RiskLevel(data) if data else None  # Qt hands a StrEnum back as str

    def _level_changed(self) -> None:
        before = self._baseline.risk_level if self._baseline else None
        # the note goes with a change of level only (kept while the level goes back and forth)
        self.risk_note.setEnabled(self.level() != before)

    def _set_read_only(self) -> None:
        for editor in (self.warning_signs, self.safe_contacts, self.safe_places, self.steps):
            editor.set_read_only(True)
        self.own_words.setReadOnly(True)
        self.risk_level.setEnabled(False)
        self.risk_note.setEnabled(False)
        self.review_on.setEnabled(False)

    # --- collecting and saving -------------------------------------------------------------
    def _values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "warning_signs": [r[0] for r in self.warning_signs.rows()],
            "safe_contacts": _contacts(self.safe_contacts.rows()),
            "safe_places": [r[0] for r in self.safe_places.rows()],
            "steps": [r[0] for r in self.steps.rows()],
            "own_words": self.own_words.toPlainText().strip() or None,
            "risk_level": self.level(),
        }
        values["review_on"] = self.field("review_on",
                                         lambda: self.review_on.value(required=False))
        return values

    def collect(self) -> dict[str, Any]:
        values = self._values()
        for i, contact in enumerate(values["safe_contacts"], 1):
            if not contact["name"] or not contact["role"]:
                missing = self.tr("name") if not contact["name"] else self.tr("role")
                self.fail("safe_contacts", self.tr("Contact %1 needs a %2 (who they are to the "
                                                   "survivor: friend, advocate, hotline…).")
                          .replace("%1", str(i)).replace("%2", missing))
        changed = {k: v for k, v in values.items() if v != _plain(self._baseline, k)}
        note = self.risk_note.text().strip()
        if note and "risk_level" in changed and self.risk_note.isEnabled():
            changed["risk_note"] = note
        return changed

    def save(self, values: dict[str, Any]) -> Done[Any]:
        if not values and self._baseline is not None:
            return Done(self._baseline, NOTHING)  # nothing typed: nothing written
        fields = dict(values)
        note = fields.pop("risk_note", None)
        version = self._baseline.version if self._baseline is not None else 0
        past_ok = fields.get("review_on") is not None and fields.get("review_on") == self._past_ok
        try:
            return safety_plans.save_plan(self.session, case_id=self.case.id, version=version,
                                          risk_note=note, allow_past_review=past_ok, **fields)
        except InvalidInput as exc:
            day = fields.get("review_on")
            if exc.field == "review_on" and isinstance(day, date) and day < self.session.today():
                self._past_ok = day
                raise InvalidInput(self.tr(
                    "%1 is before today. The review day is when the team next goes over the plan "
                    "with the survivor: choose today or later — or press Save again to keep this "
                    "day for an older plan (its review then shows as overdue).")
                    .replace("%1", long_date(day)), field="review_on") from None
            raise

    def show_error(self, name: str | None, message: str) -> None:
        # "safe_contacts[1].role" is shown next to the safe contacts
        base = (name or "").split("[")[0].split(".")[0]
        super().show_error(base if base in self._errors else None, message)

    # --- a stale version ------------------------------------------------------------------
    def show_conflict(self, exc: Conflict, values: dict[str, Any]) -> None:
        """Say which parts the other person changed; keep every part typed here, show theirs
        for the parts left alone, and save on top of their version next time."""
        current = exc.current
        if not isinstance(current, SafetyPlan):
            self.show_error(None, str(exc))
            return
        loaded = self._baseline
        theirs = [n for n in (*LIST_PARTS, "own_words", "risk_level", "review_on")
                  if _plain(loaded, n) != _plain(current, n)]
        parts = [self._describe(n, current) for n in theirs]
        who = current.updated_by
        head = self.tr("%1 changed this plan since you opened it").replace("%1", who)
        body = f"{head}: {'; '.join(parts)}." if parts else f"{head}."
        self.show_error(None, body + " " + self.tr("Your changes are kept below; save again to "
                                                   "apply them on top."))
        self._baseline = current
        for name in theirs:
            if name not in values:  # left alone here: show theirs (and do not send it back)
                self._show_part(name, _plain(current, name))
        if "risk_level" not in values:
            self._level_changed()
        self.existing = current

    def _describe(self, name: str, plan: SafetyPlan) -> str:
        labels = {"warning_signs": self.tr("Warning signs"), "safe_contacts": self.tr(
            "Safe contacts"), "safe_places": self.tr("Safe places"), "steps": self.tr(
            "What to do"), "own_words": self.tr("In my own words"), "risk_level": self.tr(
            "Risk level"), "review_on": self.tr("Review by")}
        value = getattr(plan, name)
        if name == "risk_level":
            text = risk_label(value) if value else self.tr("not set")
        elif name == "review_on":
            text = long_date(value) if value else self.tr("none")
        elif name == "own_words":
            text = self.tr("changed")
        elif name == "safe_contacts":
            text = ", ".join(_contact_text(c) for c in value) or self.tr("none")
        else:
            text = "; ".join(value) or self.tr("none")
        if len(text) > 120:
            text = text[:119] + "…"
        return f"{labels[name]}: {text}"

    # --- the lock ---------------------------------------------------------------------------
    def _state(self) -> tuple[object, ...]:
        tables = tuple(tuple(e.rows()) for e in (self.warning_signs, self.safe_contacts,
                                                 self.safe_places, self.steps)) \
            if hasattr(self, "steps") else ()
        return (*super()._state(), *tables)

    def clear(self) -> None:
        """Wipe every typed text, the lists too (the workbench is locking)."""
        super().clear()
        for editor in (self.warning_signs, self.safe_contacts, self.safe_places, self.steps):
            editor.clear()


def _contact_text(contact: SafeContact) -> str:
    return f"{contact.name} ({contact.role})"
