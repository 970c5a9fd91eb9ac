"""Where a packet is written: a typed folder checked (exists, is a folder, writable) and the
folder the Choose… dialog opens in (the last one used in this session, else the user's
Documents, else home — never the program's own folder). Nothing here is saved to settings."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from ui.i18n import translate


def folder_problem(text: str) -> str:
    """Why ``text`` cannot take a packet ("" when it can)."""
    text = text.strip()
    if not text:
        return translate("PacketFolder", "Choose the folder to write the packet to (type it, or use "
                                  "Choose…).")
    path = Path(text).expanduser()
    if not path.is_absolute():
        return translate("PacketFolder", "Type the folder's full path (starting with %1).").replace(
            "%1", str(Path.home().anchor) or "/")
    if not path.exists():
        return translate("PacketFolder", "The folder %1 does not exist; create it or choose another.")\
            .replace("%1", str(path))
    if not path.is_dir():
        return translate("PacketFolder", "%1 is a file, not a folder; choose a folder.").replace(
            "%1", str(path))
    if not os.access(path, os.W_OK | os.X_OK):
        return translate("PacketFolder", "You cannot write to %1; choose another folder.").replace(
            "%1", str(path))
    return ""


def default_folder(last: str = "") -> str:
    """Where Choose… opens: ``last`` when still usable, else Documents, else home."""
    if last and not folder_problem(last):
        return str(Path(last).expanduser())
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return documents
    return str(Path.home())
