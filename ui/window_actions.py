"""Every main action of the window once: menu, text, shortcut, toolbar, who may (the policy).

``SHORTCUTS`` is the one table: the menus and the toolbar are built from it, the Keyboard
shortcuts dialog lists it and the README's "Keyboard shortcuts" section is generated from it
(``shortcuts_markdown``; a test checks the README), so none of them can drift.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QProxyStyle,
    QSizePolicy,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QToolBar,
    QWidget,
)

from ui.session import UiSession

# Menu titles and their mnemonics; View and Help avoid Alt+V, Alt+H and Alt+P, which the case
# pages and the unlock screens use (Re&voke…, Add &hearing…, &Passphrase). The program's
# dashboard and feedback form sit in File, not in a menu of their own: every letter of
# "Program" (and of "Reports") is already an Alt+letter on a case page (Add &goal…, &Record…).
MENUS = (("File", QT_TRANSLATE_NOOP("WindowActions", "&File")),
         ("Case", QT_TRANSLATE_NOOP("WindowActions", "&Case")),
         ("View", QT_TRANSLATE_NOOP("WindowActions", "Vie&w")),
         ("Help", QT_TRANSLATE_NOOP("WindowActions", "He&lp")))


@dataclass(frozen=True)
class Shortcut:
    """One action: its id, menu, text (with its mnemonic), key, and what it does.

    ``page`` and ``button`` name the case page (index into case_workspace.TABS) and the
    existing button there whose handler the action runs; ``toolbar`` puts it on the toolbar
    (``toolbar_end``: at its right end);
    ``checkable`` makes it a toggle; ``separator`` draws a line above it in its menu;
    ``gated``: the role policy decides it even with no case open (``window_action_denial``;
    an action with a ``page`` is always gated).
    """

    key: str
    menu: str
    text: str
    shortcut: str
    description: str
    page: int | None = None
    button: str = ""
    toolbar: bool = False
    checkable: bool = False
    separator: bool = False
    toolbar_end: bool = False
    gated: bool = False

    def label(self) -> str:
        """The text without its mnemonic marker or trailing ellipsis."""
        return without_mnemonic(translate(self.text))


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut("open_vault", "File", QT_TRANSLATE_NOOP("WindowActions", "&Open vault…"), "Ctrl+O",
             QT_TRANSLATE_NOOP("WindowActions", "Lock this vault and choose another")),
    Shortcut("users", "File", QT_TRANSLATE_NOOP("WindowActions", "&Users…"), "Ctrl+Shift+U",
             QT_TRANSLATE_NOOP("WindowActions", "Users of the vault; change your passphrase")),
    Shortcut("program_dashboard", "File",
             QT_TRANSLATE_NOOP("WindowActions", "Program &dashboard…"), "Ctrl+Shift+B",
             QT_TRANSLATE_NOOP(
                 "WindowActions", "Referrals, services and outcomes of the program, small counts "
                                  "suppressed"), separator=True,
             gated=True),
    Shortcut("survivor_feedback", "File",
             QT_TRANSLATE_NOOP("WindowActions", "Survivor &feedback…"), "Ctrl+Shift+Y",
             QT_TRANSLATE_NOOP(
                 "WindowActions", "The anonymous feedback form, full screen, to hand to a "
                                  "survivor"), gated=True),
    Shortcut("export_calendar", "File", QT_TRANSLATE_NOOP("WindowActions", "Export &calendar…"),
             "Ctrl+Shift+I",
             QT_TRANSLATE_NOOP(
                 "WindowActions", "Dates to an .ics file for Outlook or Google Calendar (generic "
                                  "titles by default)"),
             separator=True, gated=True),
    Shortcut("import_ehr", "File", QT_TRANSLATE_NOOP("WindowActions", "Import from the &EHR…"),
             "Ctrl+Shift+J",
             QT_TRANSLATE_NOOP(
                 "WindowActions", "Appointments from the clinic's EHR (a FHIR Bundle or NDJSON "
                                  "file)"), gated=True),
    Shortcut("partner_transfer", "File", QT_TRANSLATE_NOOP("WindowActions", "Partner &transfer…"),
             "Ctrl+Shift+X",
             QT_TRANSLATE_NOOP(
                 "WindowActions", "Send a case to a partner agency under consent, or receive one "
                                  "(encrypted, signed)"), gated=True),
    Shortcut("lock", "File", QT_TRANSLATE_NOOP("WindowActions", "&Lock"), "Ctrl+L",
             QT_TRANSLATE_NOOP("WindowActions", "Lock now (also after the idle time)"),
             toolbar=True, separator=True, toolbar_end=True),
    Shortcut("quit", "File", QT_TRANSLATE_NOOP("WindowActions", "&Quit"), "Ctrl+Q",
             QT_TRANSLATE_NOOP("WindowActions", "Lock and close the workbench"), separator=True),
    Shortcut("new_case", "Case", QT_TRANSLATE_NOOP("WindowActions", "&New case…"), "Ctrl+N",
             QT_TRANSLATE_NOOP("WindowActions", "Open the intake form"), toolbar=True, gated=True),
    Shortcut("close_case", "Case", QT_TRANSLATE_NOOP("WindowActions", "&Close case"), "Ctrl+W",
             QT_TRANSLATE_NOOP("WindowActions", "Close the open case")),
    Shortcut("edit_case", "Case", QT_TRANSLATE_NOOP("WindowActions", "&Edit case…"), "Ctrl+E",
             QT_TRANSLATE_NOOP(
                 "WindowActions", "Change what the intake asked (name, language, safe contact, "
                                  "jurisdiction…)"), page=0,
             button="edit_button", separator=True),
    Shortcut("safe_addresses", "Case", QT_TRANSLATE_NOOP("WindowActions", "&Safe addresses…"),
             "Ctrl+Shift+S",
             QT_TRANSLATE_NOOP(
                 "WindowActions", "The address to print on each filing instead of a confidential "
                                  "one"), page=0,
             button="addresses_button"),
    Shortcut("case_contacts", "Case", QT_TRANSLATE_NOOP("WindowActions", "C&ontacts…"),
             "Ctrl+Shift+K",
             QT_TRANSLATE_NOOP(
                 "WindowActions", "Interpreters, certifying officials and other contacts of the "
                                  "case"), page=0,
             button="contacts_button"),
    Shortcut("add_appointment", "Case", QT_TRANSLATE_NOOP("WindowActions", "Add &appointment…"),
             "Ctrl+Shift+A",
             QT_TRANSLATE_NOOP("WindowActions", "Add an appointment to the open case"), page=1,
             button="add_appointment", toolbar=True, separator=True),
    Shortcut("add_hearing", "Case", QT_TRANSLATE_NOOP("WindowActions", "Add &hearing…"),
             "Ctrl+Shift+H",
             QT_TRANSLATE_NOOP("WindowActions", "Add a court hearing to the open case"), page=1,
             button="add_hearing", toolbar=True),
    Shortcut("add_deadline", "Case", QT_TRANSLATE_NOOP("WindowActions", "Add &deadline…"),
             "Ctrl+Shift+D", QT_TRANSLATE_NOOP("WindowActions", "Add a deadline to the open case"),
             page=1, button="add_deadline", toolbar=True),
    Shortcut("add_matter", "Case", QT_TRANSLATE_NOOP("WindowActions", "Add &matter…"),
             "Ctrl+Shift+M",
             QT_TRANSLATE_NOOP("WindowActions", "Add a legal matter to the open case"), page=3,
             button="add_matter_button", separator=True),
    Shortcut("add_trigger", "Case", QT_TRANSLATE_NOOP("WindowActions", "Add &trigger…"),
             "Ctrl+Shift+T",
             QT_TRANSLATE_NOOP("WindowActions", "Record a trigger event (its deadlines follow)"),
             page=3, button="add_trigger_button"),
    Shortcut("record_consent", "Case", QT_TRANSLATE_NOOP("WindowActions", "&Record consent…"),
             "Ctrl+Shift+C", QT_TRANSLATE_NOOP("WindowActions", "Record a consent to disclose"),
             page=4, button="Record consent…", separator=True),
    Shortcut("attach_document", "Case", QT_TRANSLATE_NOOP("WindowActions", "Attach doc&ument…"),
             "Ctrl+Shift+F",
             QT_TRANSLATE_NOOP("WindowActions", "Attach a PDF or image to the open case"), page=5,
             button="Attach…"),
    Shortcut("new_packet", "Case", QT_TRANSLATE_NOOP("WindowActions", "New &packet…"),
             "Ctrl+Shift+P", QT_TRANSLATE_NOOP("WindowActions", "Build a consent-checked packet"),
             page=7, button="new_button", toolbar=True),
    Shortcut("add_goal", "Case", QT_TRANSLATE_NOOP("WindowActions", "Add &goal…"), "Ctrl+Shift+O",
             QT_TRANSLATE_NOOP("WindowActions", "Add a care-plan goal"), page=6, button="Add goal…",
             separator=True),
    Shortcut("add_referral", "Case", QT_TRANSLATE_NOOP("WindowActions", "Add re&ferral…"),
             "Ctrl+Shift+R", QT_TRANSLATE_NOOP("WindowActions", "Add a referral"), page=6,
             button="Add referral…"),
    Shortcut("find_case", "View", QT_TRANSLATE_NOOP("WindowActions", "&Find case"), "Ctrl+F",
             QT_TRANSLATE_NOOP("WindowActions", "Search the caseload")),
    Shortcut("expand_caseload", "View", QT_TRANSLATE_NOOP("WindowActions", "&Wide caseload"),
             "Ctrl+Shift+E",
             QT_TRANSLATE_NOOP("WindowActions", "Every caseload column while a case is open"),
             checkable=True),
    Shortcut("agenda", "View", QT_TRANSLATE_NOOP("WindowActions", "&Agenda"), "Ctrl+Shift+G",
             QT_TRANSLATE_NOOP("WindowActions", "Show or hide the agenda"), checkable=True),
    Shortcut("group_0", "View", QT_TRANSLATE_NOOP("WindowActions", "&Overview"), "Ctrl+1",
             QT_TRANSLATE_NOOP("WindowActions", "Go to the case's Overview"), separator=True),
    Shortcut("group_1", "View", QT_TRANSLATE_NOOP("WindowActions", "&Timeline && dates"), "Ctrl+2",
             QT_TRANSLATE_NOOP("WindowActions", "Go to Timeline and Dates")),
    Shortcut("group_2", "View", QT_TRANSLATE_NOOP("WindowActions", "&Legal"), "Ctrl+3",
             QT_TRANSLATE_NOOP("WindowActions", "Go to matters and triggers")),
    Shortcut("group_3", "View", QT_TRANSLATE_NOOP("WindowActions", "&Consent && documents"),
             "Ctrl+4",
             QT_TRANSLATE_NOOP(
                 "WindowActions", "Go to consent, documents, packets and disclosures")),
    Shortcut("group_4", "View", QT_TRANSLATE_NOOP("WindowActions", "Ca&re && referrals"), "Ctrl+5",
             QT_TRANSLATE_NOOP("WindowActions", "Go to the care plan")),
    Shortcut("group_5", "View", QT_TRANSLATE_NOOP("WindowActions", "A&udit"), "Ctrl+6",
             QT_TRANSLATE_NOOP("WindowActions", "Go to the audit trail")),
    Shortcut("shortcuts", "Help", QT_TRANSLATE_NOOP("WindowActions", "&Keyboard shortcuts…"), "F1",
             QT_TRANSLATE_NOOP("WindowActions", "This list")),
)

#: keys handled inside a widget rather than by a menu action (listed, never bound here)
KEYS_IN_LISTS: tuple[tuple[str, str], ...] = (
    ("Enter", QT_TRANSLATE_NOOP(
        "WindowActions", "Open the selected case (caseload) or item (agenda, dates)")),
    ("Down", QT_TRANSLATE_NOOP("WindowActions", "From the caseload search into the list")),
    (QT_TRANSLATE_NOOP("WindowActions", "Alt+underlined letter"),
     QT_TRANSLATE_NOOP("WindowActions", "Press that button")),
)

BY_KEY = {s.key: s for s in SHORTCUTS}
#: the actions that show the case's page groups (case_workspace.GROUPS), in order
GROUP_KEYS = tuple(s.key for s in SHORTCUTS if s.key.startswith("group_"))


def translate(text: str) -> str:
    """``text`` in the interface language."""
    return QCoreApplication.translate("WindowActions", text)


def without_mnemonic(text: str) -> str:
    """``text`` as read, its mnemonic marker dropped ("&Timeline && dates": "Timeline & dates")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def menu_title(menu: str) -> str:
    """A menu's title (a MENUS key) in the interface language, without its mnemonic."""
    return without_mnemonic(translate(dict(MENUS)[menu]))


def native(shortcut: str) -> str:
    """How the key reads on this platform (Ctrl+L, ⌘L)."""
    return QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)


def shortcuts_markdown() -> str:
    """The README's table, from SHORTCUTS (the README is checked against it by a test)."""
    lines = ["| Menu | Action | Shortcut |", "| --- | --- | --- |"]
    lines += [f"| {s.menu} | {s.label()} | `{s.shortcut}` |" for s in SHORTCUTS]
    lines += [f"| (in lists) | {what} | `{key}` |" for key, what in KEYS_IN_LISTS]
    return "\n".join(lines)


def window_action_denial(session: UiSession, key: str) -> str | None:
    """Why the role may not do the gated action ``key`` (the words of the operation it runs,
    the same check a page's own button is gated with), or None."""
    from exports.template import matter_category
    from models.records import Category, MatterKind
    from timeline.deadlines import list_rules
    from ui.editors.legal_dialogs import LEGAL
    from ui.permissions import action_denial, write_denial
    from workbench.operations import feedback, reports
    from workbench.operations.policy import Action

    checks: dict[str, Callable[[], str | None]] = {
        "new_case": lambda: action_denial(session, Action.INTAKE),
        "program_dashboard": lambda: reports.reports_denial(session),
        "survivor_feedback": lambda: feedback.feedback_denial(session),
        "export_calendar": lambda: action_denial(session, Action.READ),
        "import_ehr": lambda: write_denial(session, [Category.MEDICAL]),
        "partner_transfer": lambda: action_denial(session, Action.PACKET),
        "record_consent": lambda: action_denial(session, Action.INTAKE),
        "new_packet": lambda: action_denial(session, Action.PACKET),
        "add_hearing": lambda: write_denial(session, LEGAL),
        "add_matter": lambda: write_denial(session, [matter_category(k) for k in MatterKind]),
        "add_trigger": lambda: write_denial(session, [r.category for r in list_rules()]),
    }
    check = checks.get(key, lambda: write_denial(session, Category))
    return check()


class _DisabledReachableStyle(QProxyStyle):
    """The application's style, except that a menu's arrow keys stop on disabled items too,
    and the one they stop on is framed (the style paints no highlight on a disabled item)."""

    def styleHint(self, hint: QStyle.StyleHint, option: QStyleOption | None = None,  # noqa: N802
                  widget: QWidget | None = None, data: QStyleHintReturn | None = None) -> int:
        if hint == QStyle.StyleHint.SH_Menu_AllowActiveAndDisabled:
            return 1
        return super().styleHint(hint, option, widget, data)

    def drawControl(self, element: QStyle.ControlElement, option: QStyleOption,  # noqa: N802
                    painter: QPainter, widget: QWidget | None = None) -> None:
        super().drawControl(element, option, painter, widget)
        state = option.state
        if (element == QStyle.ControlElement.CE_MenuItem
                and state & QStyle.StateFlag.State_Selected
                and not state & QStyle.StateFlag.State_Enabled):
            painter.save()
            blue = option.palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
            painter.setPen(QPen(blue, 2))
            painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
            painter.restore()


def reasons_reachable(menu: QMenu) -> None:
    """Let the arrow keys reach ``menu``'s disabled items instead of skipping them, so that the
    status bar says why each is disabled (``gate``'s status tip), as it does under the mouse."""
    style = _DisabledReachableStyle()
    style.setParent(menu)
    menu.setStyle(style)


class WindowActions(QObject):
    """The QActions of SHORTCUTS on ``window``'s menu bar and toolbar; ``handlers`` maps an
    action id to what it runs (a missing handler leaves the action disabled)."""

    def __init__(self, window: QMainWindow, handlers: dict[str, Callable[[], object]]) -> None:
        super().__init__(window)
        self.actions: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        self.toolbar = QToolBar(self.tr("Main actions"), window)
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setAccessibleName(self.tr("Main actions"))
        self.toolbar.setMovable(False)
        bar = window.menuBar()
        for menu, title in MENUS:
            self.menus[menu] = bar.addMenu(translate(title))
            reasons_reachable(self.menus[menu])
        for spec in SHORTCUTS:
            self.actions[spec.key] = self._action(window, spec, handlers.get(spec.key))
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        for spec in SHORTCUTS:
            if spec.toolbar_end:
                self._on_toolbar(self.actions[spec.key], spec)
        window.addToolBar(self.toolbar)

    def _action(self, window: QMainWindow, spec: Shortcut,
                handler: Callable[[], object] | None) -> QAction:
        action = QAction(translate(spec.text), window)
        action.setObjectName(f"action_{spec.key}")
        action.setShortcut(QKeySequence(spec.shortcut))
        action.setCheckable(spec.checkable)
        action.setStatusTip(translate(spec.description))
        action.setToolTip(f"{spec.label()} ({native(spec.shortcut)})")
        if handler is not None:
            if spec.checkable:
                action.toggled.connect(lambda _on, h=handler: h())
            else:
                action.triggered.connect(lambda _on=False, h=handler: h())
        else:
            action.setEnabled(False)
        menu = self.menus[spec.menu]
        if spec.separator:
            menu.addSeparator()
        menu.addAction(action)
        if spec.toolbar and not spec.toolbar_end:
            if spec.separator:
                self.toolbar.addSeparator()
            self._on_toolbar(action, spec)
        return action

    def _on_toolbar(self, action: QAction, spec: Shortcut) -> None:
        self.toolbar.addAction(action)
        button = self.toolbar.widgetForAction(action)
        if button is not None:
            button.setAccessibleName(spec.label())

    def gate(self, key: str, denial: str | None) -> None:
        """Enable action ``key``, or disable it with ``denial`` as its status and tool tip."""
        action, spec = self.actions[key], BY_KEY[key]
        action.setEnabled(denial is None)
        action.setStatusTip(denial or translate(spec.description))
        action.setToolTip(denial or f"{spec.label()} ({native(spec.shortcut)})")

    def set_checked(self, key: str, on: bool) -> None:
        """Tick or untick a toggle without running its handler."""
        action = self.actions[key]
        action.blockSignals(True)
        action.setChecked(on)
        action.blockSignals(False)


if __name__ == "__main__":  # python -m ui.window_actions: the README's table
    print(shortcuts_markdown())
