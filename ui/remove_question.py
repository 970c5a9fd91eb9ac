"""The one "Remove …?" question: Cancel is the default and the Escape button, opened (never
exec()) so that the idle lock can still close it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from ui.i18n import translate


def ask_to_remove(parent: QWidget, *, title: str, text: str, details: str = "",
                  warning: bool = False,
                  answered: Callable[[QMessageBox, bool], None]) -> QMessageBox:
    """Open the question; ``answered(box, removing)`` runs once it is closed either way."""
    box = QMessageBox(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Question,
                      title, text, QMessageBox.StandardButton.Cancel, parent)
    if details:
        box.setInformativeText(details)
    remove = box.addButton(translate("RemoveQuestion", "&Remove"), QMessageBox.ButtonRole.DestructiveRole)
    remove.setAccessibleName(translate("RemoveQuestion", "Remove"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)

    def finished(_code: int) -> None:
        removing = box.clickedButton() is remove
        box.deleteLater()
        answered(box, removing)

    box.finished.connect(finished)
    box.open()
    return box
