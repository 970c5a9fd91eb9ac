"""Vault picker: recent vault paths and hub addresses (never a user name, password or case
data) and buttons to open or create a vault, or connect to a hub."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.hub_address import is_hub_address

MAX_RECENT = 8
_KEY = "recent_vaults"
_LANGUAGE = "language"  # the UI language chosen in View → Language (a code such as "es")


def silence_qt_user_settings() -> None:
    """Point Qt's own settings (QtProject.conf: file dialog history) at an unwritable place.

    Qt's file dialog saves the last folder and history on destruction and cannot be told not
    to; SECURITY.md control 5 wants nothing of ours there. Our settings use explicit files.
    """
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, os.devnull)


def default_settings_path() -> Path:
    """Our settings file under the platform's app config folder."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return Path(base) / "workbench" / "workbench.ini"


class RecentVaults:
    """The workbench's settings, in an INI file that only its owner can read (0600): the
    recent vault paths and the UI language."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_settings_path()

    def _settings(self) -> QSettings:
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        return QSettings(str(self.path), QSettings.Format.IniFormat)

    def paths(self) -> list[str]:
        """Most recent first."""
        value = self._settings().value(_KEY, [])
        if isinstance(value, str):  # QSettings returns a bare string for a one-item list
            value = [value]
        return [str(v) for v in value or []]

    def add(self, vault_path: str) -> None:
        """Put ``vault_path`` (a folder, or a hub address as typed) first; keep MAX_RECENT."""
        path = vault_path if is_hub_address(vault_path) else str(Path(vault_path).resolve())
        paths = [path] + [p for p in self.paths() if p != path]
        self._write(paths[:MAX_RECENT])

    def remove(self, vault_path: str) -> None:
        """Forget one path."""
        self._write([p for p in self.paths() if p != vault_path])

    def language(self) -> str | None:
        """The UI language chosen in the app, if one was."""
        value = self._settings().value(_LANGUAGE, None)
        return str(value) if value else None

    def set_language(self, code: str) -> None:
        """Remember the UI language (a language code: nothing about a case or a person)."""
        self._store(_LANGUAGE, code)

    def _write(self, paths: list[str]) -> None:
        self._store(_KEY, paths)

    def _store(self, key: str, value: object) -> None:
        settings = self._settings()
        settings.setValue(key, value)
        settings.sync()
        if self.path.exists():
            os.chmod(self.path, 0o600)


class VaultPickerView(QWidget):
    """Signals: vault_chosen(path), create_requested(), hub_requested(address) (a recent hub
    or "Connect to a hub…", with "" for a new address)."""

    vault_chosen = Signal(str)
    create_requested = Signal()
    hub_requested = Signal(str)

    def __init__(self, recent: RecentVaults, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recent = recent
        self.heading = QLabel(self.tr("Choose a vault"), self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Recent vaults"))
        self.list.itemActivated.connect(self._activated)
        self.open_button = QPushButton(self.tr("&Open other vault…"), self)
        self.open_button.setAccessibleName(self.tr("Open other vault"))
        self.open_button.clicked.connect(self.browse)
        self.create_button = QPushButton(self.tr("&Create new vault…"), self)
        self.create_button.setAccessibleName(self.tr("Create new vault"))
        self.create_button.clicked.connect(self.create_requested)
        self.hub_button = QPushButton(self.tr("Connect to a &hub…"), self)
        self.hub_button.setAccessibleName(self.tr("Connect to a hub"))
        self.hub_button.clicked.connect(lambda: self.hub_requested.emit(""))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.hub_button)
        box = QWidget(self)
        inner = QVBoxLayout(box)
        inner.addWidget(self.heading)
        inner.addWidget(QLabel(self.tr("Recent vaults (folders on this computer) and hubs:"), box))
        inner.addWidget(self.list)
        inner.addLayout(buttons)
        box.setMaximumWidth(720)
        layout = QVBoxLayout(self)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        self.file_dialog: QFileDialog | None = None
        self.reload()

    def reload(self) -> None:
        """Re-read the recent paths; select the first."""
        self.list.clear()
        for path in self.recent.paths():
            item = QListWidgetItem(path, self.list)
            item.setToolTip(path)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _activated(self, item: QListWidgetItem) -> None:
        text = item.text()
        if is_hub_address(text):
            self.hub_requested.emit(text)
        else:
            self.vault_chosen.emit(text)

    def browse(self) -> None:
        """Ask for a vault folder with Qt's own dialog (not modal-blocking, never exec())."""
        dialog = QFileDialog(self, self.tr("Open vault folder"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.vault_chosen)
        self.file_dialog = dialog
        dialog.open()
