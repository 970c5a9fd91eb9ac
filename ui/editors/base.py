"""The editor base: a form whose every field shows its own error, saved through an operation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from models.errors import Conflict, InvalidInput, WorkbenchError
from ui.editors.conflict import changed_fields, conflict_message, theirs_only
from ui.editors.fields import DateField, FieldError
from ui.operation_signals import announce

ERROR_STYLE = "color: #b00020;"
ERROR_STYLE_DARK = "color: #ff8a80;"  # the light red keeps ~7:1 contrast on a dark window


def error_style(widget: QWidget) -> str:
    """The error text colour readable on ``widget``'s palette (light or dark)."""
    return ERROR_STYLE_DARK if widget.palette().window().color().lightness() < 128 else ERROR_STYLE


def show_status(label: QLabel, text: str, *, error: bool = False) -> None:
    """A dialog's status line: a confirmation, or an error marked ⚠ in the error colour
    ("" empties it)."""
    label.setStyleSheet(error_style(label) if error else "")
    label.setText(("⚠ " if error and text else "") + text)


class RecordDialog(QDialog):
    """Subclasses add rows with :meth:`add_field`, then implement ``collect`` and ``save``.

    ``accept()`` validates every field; on any error it shows the messages next to the fields,
    keeps the dialog open and writes nothing. ``save`` calls one operation of
    ``workbench.operations`` and returns its ``Done``; a refusal (PermissionDenied, a bad value)
    is shown next to the form. After a save, ``saved`` holds the stored record, ``changes``
    what changed, and the change is announced on the session's signals (the views reload).

    Editing an existing record passes its ``version`` (``self.version()``); a stale edit
    (Conflict) shows the other person's change, keeps the form, and the next save goes on top
    of the record as it now is. A hub that cannot be reached (HubUnavailable) is shown the
    same way: the form stays, nothing was written.
    """

    # a field left as loaded but changed by someone else keeps their value on the next save
    merges_theirs = True


    def __init__(self, session: Any, case: Any, existing: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case = case
        self.existing = existing
        self.saved: Any = None
        self.changes: Any = None
        self._errors: dict[str, QLabel] = {}
        self._failed = False
        self._shown_state: tuple[object, ...] | None = None
        self._theirs: tuple[Any, set[str]] | None = None  # (record as loaded, their fields)
        self.form = QFormLayout()
        self.general_error = QLabel(self)
        self.general_error.setStyleSheet(error_style(self))
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(self.form)
        outer.addWidget(self.general_error)
        outer.addWidget(self.buttons)

    def _state(self) -> tuple[object, ...]:
        """What the person can change, to tell whether anything was typed since shown."""
        out: list[object] = []
        for w in self.findChildren(QWidget):
            if isinstance(w, QLineEdit) and not w.isReadOnly():
                out.append(w.text())
            elif isinstance(w, QPlainTextEdit) and not w.isReadOnly():
                out.append(w.toPlainText())
            elif isinstance(w, QComboBox):
                out.append(w.currentText())
            elif isinstance(w, QAbstractSpinBox):
                out.append(w.text())
            elif isinstance(w, QAbstractButton) and w.isCheckable():
                out.append(w.isChecked())
        return tuple(out)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if self._shown_state is None:
            self._shown_state = self._state()
        super().showEvent(event)

    def is_dirty(self) -> bool:
        """True when a field changed since the dialog was shown (an unsaved form)."""
        return self._shown_state is not None and self._state() != self._shown_state

    def clear(self) -> None:
        """Wipe every typed text (the workbench is locking; the dialog is going away)."""
        for w in self.findChildren(QWidget):
            if isinstance(w, (QLineEdit, QPlainTextEdit)):
                w.clear()
            elif isinstance(w, QComboBox) and w.isEditable():
                w.setEditText("")

    def add_field(self, name: str, label: str, widget: QWidget) -> QWidget:
        """Add a labelled row with an error label under the widget; returns the widget."""
        widget.setAccessibleName(label)
        widget.setObjectName(name)
        if isinstance(widget, DateField):
            widget.set_today(self.session.today())  # shortcuts count from the session's today
        error = QLabel(self)
        error.setStyleSheet(error_style(self))
        error.setWordWrap(True)
        error.setAccessibleName(label + " — " + self.tr("error"))
        error.hide()
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(widget, 1)
        column.addLayout(row)
        column.addWidget(error)
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        self.form.addRow(caption, box)
        self._errors[name] = error
        self._clear_on_edit(name, widget)
        return widget

    def _clear_on_edit(self, name: str, widget: QWidget) -> None:
        """Hide ``name``'s error as soon as the person changes that field (the message was
        about the old value; OK checks the new one again)."""
        def hide() -> None:
            self.clear_error(name)
        for w in [widget, *widget.findChildren(QWidget)]:
            if isinstance(w, (QLineEdit, QPlainTextEdit)):
                w.textChanged.connect(hide)
            elif isinstance(w, QComboBox):
                w.currentIndexChanged.connect(hide)
                w.editTextChanged.connect(hide)
            elif isinstance(w, QAbstractSpinBox):
                w.editingFinished.connect(hide)
                if hasattr(w, "textChanged"):
                    w.textChanged.connect(hide)
            elif isinstance(w, QAbstractButton) and w.isCheckable():
                w.toggled.connect(hide)

    def clear_error(self, name: str) -> None:
        """Hide the message next to field ``name``."""
        label = self._errors.get(name)
        if label is not None and not label.isHidden():
            label.clear()
            label.hide()

    def error_text(self, name: str) -> str:
        """The message shown next to field ``name`` ("" when none)."""
        label = self._errors[name]
        return label.text() if not label.isHidden() else ""

    def show_error(self, name: str | None, message: str) -> None:
        """Show ``message`` next to field ``name`` (or under the form when unknown)."""
        label = self._errors.get(name or "", self.general_error)
        label.setText("⚠ " + message)  # a sign as well as the colour
        label.show()

    def forbid(self, message: str) -> None:
        """Say up front that saving would be refused (the policy's words); disable Save."""
        self.show_error(None, message)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        ok.setToolTip(message)

    def _clear_errors(self) -> None:
        for label in [*self._errors.values(), self.general_error]:
            label.clear()
            label.hide()

    def field(self, name: str, read: Callable[[], Any]) -> Any:
        """Run ``read``; on FieldError show it next to ``name`` and return None."""
        try:
            return read()
        except FieldError as exc:
            self.show_error(name, self.tr(str(exc)))
            self._failed = True
            return None

    def fail(self, name: str | None, message: str) -> None:
        """Record a cross-field problem next to ``name``."""
        self.show_error(name, message)
        self._failed = True

    def collect(self) -> dict[str, Any]:
        """Read and check every field (via :meth:`field`); cross-field checks go here too."""
        raise NotImplementedError

    def save(self, values: dict[str, Any]) -> Any:
        """Call the operation; return its ``Done`` (value and changes)."""
        raise NotImplementedError

    def confirmation(self) -> str:
        """What the notice area says after a save (names no case data)."""
        return self.tr("Saved.")

    def version(self) -> int | None:
        """The version of the record being edited, as read (None when adding)."""
        return getattr(self.existing, "version", None)

    def label_of(self, name: str) -> str | None:
        """The label of the field showing record field ``name`` (None: not on this form)."""
        for key in (name, name.removesuffix("_id")):
            label = getattr(self, "labels", {}).get(key)
            widget = self.findChild(QWidget, key)
            if label or widget is not None:
                return label or (widget.accessibleName() if widget is not None else None)
        return None

    def show_conflict(self, exc: Conflict, values: dict[str, Any]) -> None:
        """Say what the other person changed; edit their record (and version) from now on."""
        loaded, current = self.existing, exc.current
        if current is None:
            self.show_error(None, str(exc))
            return
        self.show_error(None, conflict_message(loaded, current, self.label_of))
        theirs = theirs_only(values, loaded, current) if self.merges_theirs else set()
        unsent = set(changed_fields(loaded, current)) - set(values)  # left as loaded here
        for name in theirs | (unsent if self.merges_theirs else set()):
            self._show_value(name, getattr(current, name))
        previous = self._theirs[1] if self._theirs is not None else set()
        self._theirs = (loaded, theirs | previous)
        if self.case is loaded:
            self.case = current
        self.existing = current

    def _show_value(self, name: str, value: Any) -> None:
        widget = self.findChild(QWidget, name)
        if not (value is None or isinstance(value, str)):
            return
        if isinstance(widget, QLineEdit):
            widget.setText(value or "")
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value or "")

    def _without_theirs(self, values: dict[str, Any]) -> dict[str, Any]:
        """Drop fields still as loaded before a conflict that the other person changed."""
        if self._theirs is None:
            return values
        loaded, theirs = self._theirs
        return {k: v for k, v in values.items()
                if not (k in theirs and v == getattr(loaded, k, object()))}

    def accept(self) -> None:
        """Validate, save, close; on any problem, show it and stay open."""
        self._clear_errors()
        self._failed = False
        values = self.collect()
        if self._failed:
            return
        values = self._without_theirs(values)
        try:
            done = self.save(values)
        except Conflict as exc:
            self.show_conflict(exc, values)
            return
        except InvalidInput as exc:
            self.show_error(exc.field, str(exc))
            return
        except WorkbenchError as exc:
            self.show_error(None, str(exc))
            return
        self.saved, self.changes = done.value, done.changes
        super().accept()
        announce(self.session, done, self, self.confirmation())
