"""Auto-lock (SECURITY.md control 4): idle timeout, Ctrl+L, and never blocked by a dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

DEFAULT_IDLE_MS = 5 * 60 * 1000
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class LockManager(QObject):
    """Signals: locked(discarded_unsaved: bool) after ``lock_fn`` ran.

    ``lock_fn`` clears the window and calls ``vault.lock()``; the manager first closes every
    dialog without asking anything, so no prompt can hold the lock back.
    """

    locked = Signal(bool)

    def __init__(
        self,
        window: QWidget,
        lock_fn: Callable[[], None],
        idle_ms: int = DEFAULT_IDLE_MS,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._lock_fn = lock_fn
        self._active = False
        self._our_clipboard: str | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(idle_ms)
        self.timer.timeout.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            # An application-wide filter sees input for every window, modal dialogs included.
            app.installEventFilter(self)

    @property
    def idle_ms(self) -> int:
        """Current idle timeout in milliseconds."""
        return self.timer.interval()

    def set_idle_ms(self, idle_ms: int) -> None:
        """Change the idle timeout (restarts the countdown when active)."""
        self.timer.setInterval(idle_ms)
        if self._active:
            self.timer.start()

    def start(self) -> None:
        """Arm the manager after an unlock."""
        self._active = True
        self.timer.start()

    def is_active(self) -> bool:
        """True while unlocked and armed."""
        return self._active

    def set_clipboard_text(self, text: str) -> None:
        """Copy ``text`` and remember it, so that locking can take it back."""
        self._our_clipboard = text
        QGuiApplication.clipboard().setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self._active and kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            if isinstance(event, QKeyEvent) and _is_lock_key(event):
                if kind == QEvent.Type.KeyPress:
                    QTimer.singleShot(0, self.lock)  # leave the key handler before tearing down
                event.accept()
                return True
        if self._active and kind in _INPUT_EVENTS:
            self.timer.start()
        return False

    def lock(self) -> None:
        """Lock now: close dialogs, clear our clipboard, run ``lock_fn``; never prompts."""
        if not self._active:
            return
        self._active = False
        self.timer.stop()
        discarded = close_all_dialogs()
        self._clear_clipboard()
        self._lock_fn()
        self.locked.emit(discarded)

    def _clear_clipboard(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if self._our_clipboard is not None and clipboard.text() == self._our_clipboard:
            clipboard.clear()
        self._our_clipboard = None

    def shutdown(self) -> None:
        """Stop watching input (the window is going away)."""
        self._active = False
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


def _is_lock_key(event: QKeyEvent) -> bool:
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return event.key() == Qt.Key.Key_L and mods == Qt.KeyboardModifier.ControlModifier


def close_all_dialogs() -> bool:
    """Reject every open dialog and popup, wiping our forms; True if unsaved input was lost."""
    discarded = False
    while (popup := QApplication.activePopupWidget()) is not None:
        popup.close()
    for widget in QApplication.topLevelWidgets():
        if not isinstance(widget, QDialog) or not widget.isVisible():
            continue
        is_dirty = getattr(widget, "is_dirty", None)
        if callable(is_dirty) and is_dirty():
            discarded = True
        # QDialog.done directly: a subclass's reject() could ask "discard changes?".
        QDialog.done(widget, QDialog.DialogCode.Rejected.value)
        widget.hide()
        _wipe(widget)
    return discarded


def _wipe(dialog: QDialog) -> None:
    """Empty everything a closed dialog could still show or hold, then let Qt destroy it."""
    clear = getattr(dialog, "clear", None)
    if callable(clear):
        clear()
    if isinstance(dialog, QMessageBox):
        dialog.setText("")
        dialog.setInformativeText("")
        dialog.setDetailedText("")
    dialog.setWindowTitle("Workbench")
    for widget in (dialog, *dialog.findChildren(QWidget)):
        widget.setToolTip("")
        widget.setStatusTip("")
        widget.setWhatsThis("")
        widget.setAccessibleDescription("")
        if isinstance(widget, QLineEdit | QLabel):
            widget.clear()
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            widget.clear()
    dialog.deleteLater()
