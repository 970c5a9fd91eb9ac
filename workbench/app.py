"""Desktop start-up: the QApplication, the display check, and the test seam."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from models.hub_address import is_hub_address
from ui import collector
from ui.i18n import chosen_language, install_language
from ui.main_window import MainWindow
from ui.vault_picker import RecentVaults, silence_qt_user_settings
from workbench.display import NO_DISPLAY, display_problem  # noqa: F401 - NO_DISPLAY re-exported


def _harden() -> None:
    try:
        from models.hardening import harden_process
    except ImportError:
        return
    harden_process()


def has_display(environ: dict[str, str] | None = None) -> bool:
    """True when Qt can show a window (see workbench.display)."""
    return display_problem(environ) is None


def _application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setApplicationName("Workbench")
        app = QApplication([sys.argv[0] if sys.argv else "workbench"])
        install_language(app, chosen_language(RecentVaults().language()))
    # also when the application already exists (tests, embedding): Qt's file dialog must never
    # write QtProject.conf with folder history
    silence_qt_user_settings()
    assert isinstance(app, QApplication)
    collector.install(app)  # cycles are collected on the UI thread only (ui/collector.py)
    return app


def build_main_window(
    vault_path: str | Path, user: str, passphrase: str, *, db_password: str | None = None,
    **options: Any
) -> MainWindow:
    """Open the vault (or the hub at ``postgresql://…``) and return the unlocked main window;
    no event loop is started.

    ``options`` go to MainWindow (e.g. ``idle_ms``, ``today``, ``recent``); ``db_password``
    only for a hub whose server asks for one.
    """
    _harden()
    _application()
    vault: Any
    if is_hub_address(str(vault_path)):
        from models.hub import open_hub

        vault = open_hub(str(vault_path), user, passphrase, db_password=db_password)
    else:
        from models.vault import open_vault

        vault = open_vault(Path(vault_path), user=user, passphrase=passphrase)
    window = MainWindow(str(vault_path), **options)
    window.set_vault(vault)
    window.wait_loaded()  # caseload and agenda load off the UI thread; callers expect them
    return window


def _size_to_screen(window: MainWindow) -> None:
    """Nine tenths of the screen: the case workspace and the agenda both want room."""
    screen = window.screen() or QApplication.primaryScreen()
    area = screen.availableGeometry() if screen is not None else None
    if area is None or area.width() < 800:
        window.resize(1200, 800)
        return
    window.resize(int(area.width() * 0.9), int(area.height() * 0.9))


def start_window(vault_path: str | Path | None = None, demo_banner: str | None = None,
                 user: str | None = None) -> MainWindow:
    """The window run_gui shows: the picker, a vault's unlock screen, or "Connect to a hub"
    with the address (and ``user``) filled in; not shown, no event loop."""
    target = str(vault_path) if vault_path else None
    hub = target is not None and is_hub_address(target)
    window = MainWindow(None if hub else target, banner=demo_banner)
    if hub:
        assert target is not None
        dialog = window.connect_hub(target)
        if user:
            dialog.user.setText(user)
            dialog.passphrase.setFocus()
    elif user and window.unlock is not None:
        window.unlock.user.setText(user)
        window.unlock.focus_first()
    return window


def run_gui(vault_path: str | Path | None = None, demo_banner: str | None = None,
            user: str | None = None) -> int:
    """Start the desktop app at the vault picker, the given vault's unlock screen, or (for a
    ``postgresql://…`` address, given as a str) the hub's connect dialog; ``user`` prefilled."""
    _harden()
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    app = _application()
    window = start_window(vault_path, demo_banner, user)
    _size_to_screen(window)
    windows: list[MainWindow] = []  # a language switch hands the session to a new window

    def keep(w: MainWindow) -> None:
        windows.append(w)
        w.replaced.connect(lambda new: (keep(new), windows.remove(w), w.deleteLater()))

    keep(window)
    window.show()
    return exit_status(app.exec())


def exit_status(code: int) -> int:
    """``code``, for the process to exit with; once the dashboard's pyqtgraph is loaded the
    process ends here instead, skipping the interpreter's teardown. The "bool_dealloc" aborts
    seen there were PySide6 6.12.0 dropping a reference to ``True`` on every Python-side
    ``emit()`` (ui/_none_guard.py now keeps ``True`` from running out); pyqtgraph documents
    exit crashes of its own and ``pg.exit()`` ends the same way, so the shortcut stays. Nothing
    is left to write by then: every store call has committed or rolled back."""
    if "pyqtgraph" in sys.modules:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code
