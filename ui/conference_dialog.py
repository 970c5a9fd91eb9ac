"""The case-conference editor: the day, how the survivor took part and their wishes, who
attended, the decisions, and actions (each a task for its owner, due on its day).

Rows are added with their buttons (Alt+T attendee, Alt+E decision, Alt+A action) and the tab
order follows the page from top to bottom however many rows there are. Saving calls one
operation (``conferences.record_conference``, or ``update_conference`` for an existing one);
a refusal keeps every row as typed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.errors import WorkbenchError
from models.records import Attendee, AttendeeKind, Participation
from ui.editors.base import RecordDialog
from ui.editors.fields import DateField, FieldError
from ui.i18n import translate
from ui.permissions import write_denial
from workbench.operations import conferences, contacts, staff, users
from workbench.operations.changes import Done
from workbench.operations.policy import role_label

PARTICIPATION_LABEL = {
    Participation.ATTENDED: QT_TRANSLATE_NOOP("ConferenceDialog", "Attended"),
    Participation.VIEWS_GIVEN: QT_TRANSLATE_NOOP("ConferenceDialog", "Gave their views beforehand"),
    Participation.REPRESENTED: QT_TRANSLATE_NOOP(
        "ConferenceDialog", "Represented, with their agreement"),
    Participation.DECLINED: QT_TRANSLATE_NOOP("ConferenceDialog", "Chose not to take part"),
}


def participation_text(value: Participation) -> str:
    """How the survivor took part, in words (in the UI's language)."""
    text = PARTICIPATION_LABEL.get(value)
    return translate("ConferenceDialog", text) if text else \
        value.value.replace("_", " ").capitalize()


class _Row(QWidget):
    """One removable row of fields; ``focus_widgets`` in the order Tab visits them."""

    def __init__(self, what: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        self.remove.setToolTip(self.tr("Remove this %1").replace("%1", what))
        self.remove.setAccessibleName(self.tr("Remove %1").replace("%1", what))
        self.fields: list[QWidget] = []

    def add(self, widget: QWidget, stretch: int = 0) -> QWidget:
        self.layout_.addWidget(widget, stretch)
        self.fields.append(widget)
        return widget

    def finish(self) -> None:
        self.layout_.addWidget(self.remove)

    def focus_widgets(self) -> list[QWidget]:
        out: list[QWidget] = []
        for w in self.fields:
            out += [w.line, w.button] if isinstance(w, DateField) else [w]
        return [*out, self.remove]

    def is_blank(self) -> bool:
        raise NotImplementedError


class AttendeeRow(_Row):
    """A name picked from the staff and the case's contacts, or typed; and their role."""

    def __init__(self, choices: Sequence[tuple[str, Attendee]], parent: QWidget) -> None:
        super().__init__(self.tr("attendee"), parent)
        self.name = QComboBox(self)
        self.name.setEditable(True)
        self.name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name.addItem("", None)
        for text, attendee in choices:
            self.name.addItem(text, attendee)
        self.name.setCurrentIndex(0)
        self.name.lineEdit().setPlaceholderText(self.tr("Pick or type a name"))
        self.name.setAccessibleName(self.tr("Attendee name"))
        self.name.lineEdit().setAccessibleName(self.tr("Attendee name"))
        self.role = QLineEdit(self)
        self.role.setPlaceholderText(self.tr("Role (e.g. shelter case worker)"))
        self.role.setAccessibleName(self.tr("Attendee role"))
        self.role.setMinimumWidth(200)
        self.add(self.name, 3)
        self.add(self.role, 2)
        self.finish()
        self.name.activated.connect(self._picked)

    def _picked(self, index: int) -> None:
        attendee = self.name.itemData(index)
        if isinstance(attendee, Attendee):
            self.name.setEditText(attendee.name)
            self.role.setText(attendee.role or "")
            self.role.setCursorPosition(0)

    def set_value(self, attendee: Attendee) -> None:
        found = next((i for i in range(1, self.name.count())
                      if self.name.itemData(i) == attendee), -1)
        if found < 0:
            self.name.addItem(attendee.name, attendee)
            found = self.name.count() - 1
        self.name.setCurrentIndex(found)
        self.name.setEditText(attendee.name)
        self.role.setText(attendee.role or "")
        self.role.setCursorPosition(0)

    def is_blank(self) -> bool:
        return not self.name.currentText().strip() and not self.role.text().strip()

    def value(self) -> Attendee:
        name, role = self.name.currentText().strip(), self.role.text().strip() or None
        known = next((self.name.itemData(i) for i in range(1, self.name.count())
                      if self.name.itemData(i).name == name), None)
        if isinstance(known, Attendee):
            return Attendee(name, known.kind, role, known.contact_id)
        return Attendee(name, AttendeeKind.OTHER, role)


class DecisionRow(_Row):
    """One decision, numbered."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(self.tr("decision"), parent)
        self.number = QLabel(self)
        self.number.setMinimumWidth(24)
        self.layout_.addWidget(self.number)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("What was decided"))
        self.add(self.text, 1)
        self.finish()

    def set_number(self, n: int) -> None:
        self.number.setText(f"{n}.")
        self.text.setAccessibleName(self.tr("Decision %1").replace("%1", str(n)))

    def is_blank(self) -> bool:
        return not self.text.text().strip()


class ActionRow(_Row):
    """What is to be done, by whom (a user of the vault), by when."""

    def __init__(self, owners: Sequence[tuple[str, str]], today: date, parent: QWidget) -> None:
        super().__init__(self.tr("action"), parent)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("What is to be done"))
        self.text.setMinimumWidth(280)
        self.owner = QComboBox(self)
        self.owner.addItem(self.tr("— owner —"), None)
        for text, name in owners:
            self.owner.addItem(text, name)
        self.due = DateField(None, self, today=today)
        self.due.line.setMinimumWidth(110)
        self.due.setToolTip(self.tr("Due on"))
        self.add(self.text, 3)
        self.add(self.owner, 2)
        self.add(self.due, 2)
        self.finish()

    def set_number(self, n: int) -> None:
        self.text.setAccessibleName(self.tr("Action %1").replace("%1", str(n)))
        self.owner.setAccessibleName(self.tr("Action %1 owner").replace("%1", str(n)))
        self.due.setAccessibleName(self.tr("Action %1 due").replace("%1", str(n)))

    def is_blank(self) -> bool:
        return not self.text.text().strip() and self.owner.currentData() is None \
            and not self.due.text().strip()


class RowList(QWidget):
    """A column of rows above an Add button; ``changed`` is called after each add or remove."""

    def __init__(self, add_text: str, make: Callable[[], _Row], changed: Callable[[], None],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._make, self._changed = make, changed
        self.rows: list[_Row] = []
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(add_text, self)
        self.add_button.setAccessibleName(add_text.replace("&", ""))
        self.add_button.clicked.connect(self._add_clicked)
        below = QHBoxLayout()
        below.addWidget(self.add_button)
        below.addStretch(1)
        self.column.addLayout(below)

    def _add_clicked(self) -> None:
        row = self.add_row()
        row.focus_widgets()[0].setFocus()

    def add_row(self) -> _Row:
        row = self._make()
        row.setParent(self)
        row.remove.clicked.connect(lambda: self.remove_row(row))
        self.column.insertWidget(len(self.rows), row)
        if self.isVisible():
            row.show()  # now, not at the next event loop turn: it takes the focus at once
        self.rows.append(row)
        self._changed()
        return row

    def remove_row(self, row: _Row) -> None:
        at = self.rows.index(row)
        self.rows.remove(row)
        row.hide()
        row.deleteLater()
        self._changed()
        after = self.rows[min(at, len(self.rows) - 1)] if self.rows else None
        (after.focus_widgets()[0] if after else self.add_button).setFocus()

    def filled(self) -> list[tuple[int, _Row]]:
        """The rows with something typed, numbered from 1 as shown."""
        return [(i, r) for i, r in enumerate(self.rows, start=1) if not r.is_blank()]

    def focus_widgets(self) -> list[QWidget]:
        return [w for r in self.rows for w in r.focus_widgets()] + [self.add_button]


class ConferenceDialog(RecordDialog):
    """Record a case conference's minutes (``existing`` None), or edit them and add actions;
    ``actions``: the existing ones (shown, not edited here: they are tasks)."""

    def __init__(self, session: Any, case: Any, existing: Any = None,
                 parent: QWidget | None = None,
                 actions: Sequence[conferences.ActionView] = ()) -> None:
        super().__init__(session, case, existing, parent)
        self.setWindowTitle(self.tr("Case conference"))  # generic: names no case
        self.setMinimumWidth(860)
        self._people = _people(session, case.id)
        self.held_on = self.add_field("held_on", self.tr("&Held on"),
                                      DateField(session.today(), self))
        self.held_on.set_range(None, session.today(), too_late=self.tr(
            "Minutes are of a conference that was held: the day cannot be in the future."))
        self.participation = self.add_field("participation", self.tr("Survivor's &participation"),
                                            QComboBox(self))
        self.participation.addItem(self.tr("— how did they take part? —"), None)
        for value in Participation:
            self.participation.addItem(participation_text(value), value)
        self.wishes = self.add_field("wishes", self.tr("Their &wishes, in their words"),
                                     QPlainTextEdit(self))
        self.wishes.setTabChangesFocus(True)
        self.wishes.setFixedHeight(64)
        self.attendees = self.add_field("attendees", self.tr("Attendees"), RowList(
            self.tr("Add a&ttendee"), lambda: AttendeeRow(self._people[0], self),
            self._rows_changed, self))
        self.decisions = self.add_field("decisions", self.tr("Decisions"), RowList(
            self.tr("Add d&ecision"), lambda: DecisionRow(self), self._rows_changed, self))
        self.existing_actions = QLabel(self)
        self.existing_actions.setWordWrap(True)
        self.existing_actions.setTextFormat(Qt.TextFormat.PlainText)
        if actions:
            self.add_field("recorded_actions", self.tr("Recorded actions"),
                           self.existing_actions)
        self.actions = self.add_field("actions", self.tr("New actions") if existing else
                                      self.tr("Actions"), RowList(
            self.tr("Add &action"), lambda: ActionRow(self._people[1], session.today(), self),
            self._rows_changed, self))
        self._show_existing(actions)
        if existing is not None:
            self._load(existing)
        else:
            me = next((a for _t, a in self._people[0] if a.kind is AttendeeKind.STAFF
                       and a.name == self._people[2]), None)
            row = self.attendees.add_row()
            if me is not None:
                row.set_value(me)  # type: ignore[attr-defined]
            self.decisions.add_row()
            self.actions.add_row()
        category = existing.category if existing is not None else conferences.DEFAULT_CATEGORY
        denial = write_denial(session, [category])
        if denial:
            self.forbid(denial)
        self._rows_changed()
        self.held_on.line.setFocus()  # the first field has the keyboard when the dialog opens

    def add_field(self, name: str, label: str, widget: QWidget) -> Any:
        """As the base's, with the mnemonic's "&" kept out of the name a screen reader says."""
        added = super().add_field(name, label, widget)
        spoken = label.replace("&", "")
        added.setAccessibleName(spoken)
        self._errors[name].setAccessibleName(spoken + " — " + self.tr("error"))
        return added

    def confirmation(self) -> str:
        added = len(self.actions.filled())
        if added:
            return self.tr("Case conference saved; %n action(s) added to the timeline.", "",
                           added)
        return self.tr("Case conference saved.")

    def _show_existing(self, actions: Sequence[conferences.ActionView]) -> None:
        if not actions:
            self.existing_actions.hide()
            return
        lines = []
        names = {user: text for text, user in self._people[1]}
        for a in actions:
            status = self.tr("done") if a.done else (self.tr("overdue") if a.overdue
                                                     else self.tr("open"))
            owner = names.get(a.task.assigned_to or "", a.task.assigned_to or "")
            lines.append(f"• {a.task.title} — {owner}, "
                         f"{a.task.due.isoformat() if a.task.due else ''} ({status})")
        lines.append(self.tr("(Each is a task: mark it done on the page or the timeline.)"))
        self.existing_actions.setText("\n".join(lines))

    def _load(self, existing: Any) -> None:
        self.held_on.set_date(existing.held_on)
        self.participation.setCurrentIndex(max(0, self.participation.findData(
            existing.participation)))
        self.wishes.setPlainText(existing.wishes or "")
        for attendee in existing.attendees:
            self.attendees.add_row().set_value(attendee)  # type: ignore[attr-defined]
        for decision in existing.decisions:
            line = self.decisions.add_row().text  # type: ignore[attr-defined]
            line.setText(decision)
            line.setCursorPosition(0)
        if not existing.attendees:
            self.attendees.add_row()
        if not existing.decisions:
            self.decisions.add_row()
        self.actions.add_row()

    def _rows_changed(self) -> None:
        """Number the rows as shown."""
        for lst in (getattr(self, "decisions", None), getattr(self, "actions", None)):
            for n, row in enumerate(lst.rows if lst else (), start=1):
                row.set_number(n)  # type: ignore[attr-defined]

    def tab_chain(self) -> list[QWidget]:
        """Every field in the order Tab visits them: down the page, row by row."""
        chain: list[QWidget] = [self.held_on.line, self.held_on.button, self.participation,
                                self.wishes, *self.attendees.focus_widgets(),
                                *self.decisions.focus_widgets(), *self.actions.focus_widgets()]
        return chain + [self.buttons.button(QDialogButtonBox.StandardButton.Ok),
                        self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt override
        """Tab and Shift+Tab follow ``tab_chain`` (rows added later included)."""
        chain = [w for w in self.tab_chain() if w.isVisible() and w.isEnabled()]
        current = QApplication.focusWidget()
        at = next((i for i, w in enumerate(chain)
                   if current is not None and (w is current or w.isAncestorOf(current))), None) \
            if chain else None
        if at is None:
            return super().focusNextPrevChild(forward)
        target = chain[(at + (1 if forward else -1)) % len(chain)]
        target.setFocus(Qt.FocusReason.TabFocusReason if forward else
                        Qt.FocusReason.BacktabFocusReason)
        return True

    def show_error(self, name: str | None, message: str) -> None:
        """Errors about one attendee ("attendees[1].name") show next to the attendees."""
        if name:
            name = name.split("[")[0].split(".")[0]
        super().show_error(name, message)

    def collect(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "held_on": self.field("held_on", lambda: self.held_on.value()),
            "participation": self.participation.currentData(),
            "wishes": self.wishes.toPlainText().strip() or None,
            "attendees": tuple(r.value() for _n, r in self.attendees.filled()),  # type: ignore[attr-defined]
            "decisions": tuple(r.text.text().strip()  # type: ignore[attr-defined]
                               for _n, r in self.decisions.filled()),
        }
        if values["participation"] is None:
            self.fail("participation", self.tr("Say how the survivor took part (or that they "
                                               "chose not to)."))
        actions = []
        for n, row in self.actions.filled():
            try:
                due = row.due.value()  # type: ignore[attr-defined]
            except FieldError as exc:
                self.fail("actions", self.tr("Action %1: %2").replace("%1", str(n))
                          .replace("%2", self.tr(str(exc))))
                continue
            actions.append((row.text.text().strip(),  # type: ignore[attr-defined]
                            row.owner.currentData() or "", due))  # type: ignore[attr-defined]
        values["actions"] = actions
        return values

    def save(self, values: dict[str, Any]) -> Done[Any]:
        actions = values.pop("actions")
        if self.existing is None:
            return conferences.record_conference(self.session, case_id=self.case.id,
                                                 actions=actions, **values)
        return conferences.update_conference(
            self.session, case_id=self.case.id, conference_id=self.existing.id,
            version=self.version(), add_actions=actions, **values)


def _people(session: Any, case_id: int) -> tuple[list[tuple[str, Attendee]],
                                                 list[tuple[str, str]], str]:
    """(attendee choices: staff, the case's contacts, the survivor; action owners: the vault's
    users; the acting user's display name)."""
    try:
        found = users.list_users(session)
        profiles = staff.profiles(session)
        people = contacts.contacts_for(session, case_id=case_id)
    except WorkbenchError:
        return [], [], ""
    choices: list[tuple[str, Attendee]] = []
    owners: list[tuple[str, str]] = []
    for user in found:
        profile = profiles.get(user.name)
        name = profile.full_name if profile else user.name
        title = (profile.role_title if profile else "") or role_label(user.role)
        choices.append((f"{name} — {title}", Attendee(name, AttendeeKind.STAFF, title)))
        owners.append((f"{name} ({user.name})" if name != user.name else name, user.name))
    for contact in people:
        role = contact.kind.value.replace("_", " ")
        choices.append((f"{contact.name} — {role}",
                        Attendee(contact.name, AttendeeKind.CONTACT, role, contact.id)))
    survivor = QCoreApplication.translate("ConferenceDialog", "The survivor")
    choices.append((survivor, Attendee(survivor, AttendeeKind.SURVIVOR, "survivor")))
    me = profiles.get(session.user.name)
    return choices, owners, me.full_name if me else session.user.name
