"""The editor base: a form whose every field shows its own error, saved through the store."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from models.errors import InvalidInput, WorkbenchError
from ui.editors.fields import FieldError

ERROR_STYLE = "color: #b00020;"


class RecordDialog(QDialog):
    """Subclasses add rows with :meth:`add_field`, then implement ``collect`` and ``save``.

    ``accept()`` validates every field; on any error it shows the messages next to the fields,
    keeps the dialog open and writes nothing. ``saved`` holds the stored record afterwards.
    """

    def __init__(self, session: Any, case: Any, existing: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case = case
        self.existing = existing
        self.saved: Any = None
        self._errors: dict[str, QLabel] = {}
        self._failed = False
        self.form = QFormLayout()
        self.general_error = QLabel(self)
        self.general_error.setStyleSheet(ERROR_STYLE)
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

    def add_field(self, name: str, label: str, widget: QWidget) -> QWidget:
        """Add a labelled row with an error label under the widget; returns the widget."""
        widget.setAccessibleName(label)
        widget.setObjectName(name)
        error = QLabel(self)
        error.setStyleSheet(ERROR_STYLE)
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
        return widget

    def error_text(self, name: str) -> str:
        """The message shown next to field ``name`` ("" when none)."""
        label = self._errors[name]
        return label.text() if not label.isHidden() else ""

    def show_error(self, name: str | None, message: str) -> None:
        """Show ``message`` next to field ``name`` (or under the form when unknown)."""
        label = self._errors.get(name or "", self.general_error)
        label.setText(message)
        label.show()

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
        """Write through the store's intent methods; return the stored record."""
        raise NotImplementedError

    def accept(self) -> None:
        """Validate, save, close; on any problem, show it and stay open."""
        self._clear_errors()
        self._failed = False
        values = self.collect()
        if self._failed:
            return
        try:
            self.saved = self.save(values)
        except InvalidInput as exc:
            self.show_error(exc.field, str(exc))
            return
        except WorkbenchError as exc:
            self.show_error(None, str(exc))
            return
        super().accept()
