"""The lock screen: an unlock form that says nothing about any case."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.unlock_view import OpenFn, UnlockView


class LockScreen(UnlockView):
    """Shown alone while the workbench is locked; signals as UnlockView."""

    def __init__(
        self, vault_path: str, parent: QWidget | None = None, open_fn: OpenFn | None = None
    ) -> None:
        super().__init__(
            vault_path,
            parent,
            open_fn=open_fn,
            heading=QCoreApplication.translate("LockScreen", "Workbench is locked"),
        )
        self.setAccessibleName(self.tr("Lock screen"))

    def reset(self, user: str) -> None:
        """Prefill the user who was working; clear everything else."""
        self.user.setText(user)
        self.passphrase.clear()
        self.message.clear()
