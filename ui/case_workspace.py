"""The case workspace: the case's pages grouped under a few top-level tabs (no scroll arrows
at 1366 px), each page built the first time it is shown."""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QTabBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.records import Case
from ui.session import UiSession

log = logging.getLogger(__name__)

# Page title and the (module, class) candidates, first found wins. Titles are translated where
# they are shown ("&&" is a literal ampersand in a tab label). A page's index in TABS is its
# index in the workspace's API (tab(i), widget(i), setCurrentIndex(i)).
TABS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (QT_TRANSLATE_NOOP("CaseWorkspace", "Overview"), (("ui.overview_tab", "OverviewTab"),)),
    (QT_TRANSLATE_NOOP("CaseWorkspace", "Timeline"),
     (("ui.timeline_tab", "TimelineTab"), ("ui.timeline_view", "TimelineTab"))),
    (QT_TRANSLATE_NOOP("CaseWorkspace", "Dates"), (("ui.dates_tab", "DatesTab"),)),
    (QT_TRANSLATE_NOOP("CaseWorkspace", "Matters && triggers"),
     (("ui.matters_tab", "MattersTab"),)),
    (QT_TRANSLATE_NOOP("CaseWorkspace", "Consent"), (("ui.consent_tab", "ConsentTab"),)),
    (QT_TRANSLATE_NOOP("CaseWorkspace", "Documents"), (("ui.documents_tab", "DocumentsTab"),)),
    (QT_TRANSLATE_NOOP("CaseWorkspace", "Care plan && referrals"),
     (("ui.careplan_tab", "CarePlanTab"),)),
    (
        QT_TRANSLATE_NOOP("CaseWorkspace", "Packets && disclosures"),
        (("ui.packets_tab", "PacketsTab"), ("ui.disclosures_tab", "DisclosuresTab")),
    ),
    (QT_TRANSLATE_NOOP("CaseWorkspace", "Audit"), (("ui.audit_tab", "AuditTab"),)),
    (QT_TRANSLATE_NOOP("CaseWorkspace", "Screenings"), (("ui.screenings_tab", "ScreeningsTab"),)),
    (QT_TRANSLATE_NOOP("CaseWorkspace", "Safety plan"), (("ui.safety_plan_tab", "SafetyPlanTab"),)),
    (QT_TRANSLATE_NOOP("CaseWorkspace", "Case conferences"),
     (("ui.conferences_tab", "ConferencesTab"),)),
)

# The top-level tabs and the pages (indices into TABS) under each; a group of one page shows
# the page itself, a group of several shows sub-tabs. Every page is in exactly one group.
GROUPS: tuple[tuple[str, tuple[int, ...]], ...] = (
    (QT_TRANSLATE_NOOP("CaseWorkspace", "Overview"), (0,)),
    (QT_TRANSLATE_NOOP("CaseWorkspace", "Timeline && dates"), (1, 2)),
    (QT_TRANSLATE_NOOP("CaseWorkspace", "Legal"), (3,)),
    (QT_TRANSLATE_NOOP("CaseWorkspace", "Consent && documents"), (4, 5, 7)),
    (QT_TRANSLATE_NOOP("CaseWorkspace", "Care && referrals"), (6, 9, 10, 11)),
    (QT_TRANSLATE_NOOP("CaseWorkspace", "Audit"), (8,)),
)


def group_of(index: int) -> int:
    """The group holding page ``index``."""
    return next(g for g, (_title, pages) in enumerate(GROUPS) if index in pages)


def _tab_class(candidates: tuple[tuple[str, str], ...]) -> type[QWidget] | None:
    for module, name in candidates:
        try:
            return getattr(importlib.import_module(module), name)
        except (ImportError, AttributeError):
            continue
        except Exception:  # noqa: BLE001 - a broken tab must not take the workbench down
            log.exception("tab module %s failed to import", module)
    return None


def _translated(title: str) -> str:
    return QCoreApplication.translate("CaseWorkspace", title)


class CaseWorkspace(QWidget):
    """One case's pages, grouped (GROUPS). Only the Overview is built on open; every other
    page is built the first time it is shown, so switching to a case with thousands of dates
    costs what the Overview costs. Each page keeps itself current: it reloads in the
    background when an operation announced on the session's signals touches what it shows.

    Signals: currentChanged(page_index) when another page is shown.
    """

    currentChanged = Signal(int)  # noqa: N815 - the QTabWidget name the callers use

    def __init__(self, session: UiSession, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case_id = case.id
        self._session, self._case = session, case
        self.setAccessibleName(self.tr("Case workspace"))
        self._tabs: list[QWidget | None] = [None] * len(TABS)
        self._closing = False
        self._current = 0
        self._switching = False
        self._pages: list[QScrollArea] = [
            self._scrolling(_translated(title).replace("&&", "&")) for title, _c in TABS
        ]
        self.groups = QTabWidget(self)
        self.groups.setDocumentMode(True)
        self.groups.setAccessibleName(self.tr("Case pages"))
        # six short titles fit from 1366 px at the usual font; larger fonts get scroll arrows
        self.groups.tabBar().setElideMode(Qt.TextElideMode.ElideNone)
        self._subtabs: list[QTabWidget | None] = []
        for title, pages in GROUPS:
            self.groups.addTab(self._group_page(title, pages), _translated(title))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.groups)
        self.setFocusProxy(self.groups.tabBar())
        self._ensure(0)
        self.groups.currentChanged.connect(self._on_group_changed)

    def _group_page(self, title: str, pages: tuple[int, ...]) -> QWidget:
        if len(pages) == 1:
            self._subtabs.append(None)
            return self._pages[pages[0]]
        sub = QTabWidget(self)
        sub.setDocumentMode(True)
        sub.setAccessibleName(_translated(title).replace("&&", "&"))
        for index in pages:
            sub.addTab(self._pages[index], _translated(TABS[index][0]))
        sub.currentChanged.connect(lambda _i, s=sub: self._on_sub_changed(s))
        self._subtabs.append(sub)
        return sub

    def _scrolling(self, name: str) -> QScrollArea:
        # A page wider or taller than the window (large fonts, 200% scaling) scrolls instead of
        # squeezing its widgets below their minimum size.
        page = QScrollArea(self)
        page.setWidgetResizable(True)
        page.setFrameShape(QFrame.Shape.NoFrame)
        page.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        page.setAccessibleName(name)
        return page

    # -- the flat page API (one index per entry of TABS) -------------------------------------
    def count(self) -> int:
        """How many pages (every entry of TABS)."""
        return len(self._pages)

    def tabText(self, index: int) -> str:  # noqa: N802 - the QTabWidget name the callers use
        """The page's title as its tab shows it."""
        return _translated(TABS[index][0]).replace("&&", "&")

    def widget(self, index: int) -> QScrollArea:
        """The scroll area holding page ``index``."""
        return self._pages[index]

    def tabBar(self) -> QTabBar:  # noqa: N802 - the QTabWidget name the callers use
        """The top-level (group) tab bar."""
        return self.groups.tabBar()

    def currentIndex(self) -> int:  # noqa: N802 - the QTabWidget name the callers use
        """Index of the page shown."""
        return self._current

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802 - the QTabWidget name
        """Show page ``index`` (its group, and its sub-tab), building it if needed."""
        if not 0 <= index < len(self._pages) or self._closing:
            return
        group = group_of(index)
        sub = self._subtabs[group]
        self._switching = True  # the group change below must not reset the sub-tab
        try:
            if sub is not None:
                sub.setCurrentWidget(self._pages[index])
            self.groups.setCurrentIndex(group)
        finally:
            self._switching = False
        self._set_current(index)

    def current_group(self) -> int:
        """Index of the top-level group shown."""
        return self.groups.currentIndex()

    def set_current_group(self, group: int) -> None:
        """Show group ``group`` at its first page."""
        if 0 <= group < len(GROUPS):
            self.groups.setCurrentIndex(group)

    def _page_in_group(self, group: int) -> int:
        sub = self._subtabs[group]
        if sub is None:
            return GROUPS[group][1][0]
        return self._pages.index(sub.currentWidget())  # type: ignore[arg-type]

    def _on_group_changed(self, group: int) -> None:
        if self._closing or not 0 <= group < len(GROUPS):
            return
        sub = self._subtabs[group]
        if sub is not None and not self._switching:
            sub.setCurrentIndex(0)  # a group opens at its first page, like a fresh tab
        self._set_current(self._page_in_group(group))

    def _on_sub_changed(self, sub: QTabWidget) -> None:
        if not self._closing and self.groups.currentWidget() is sub:
            self._set_current(self._page_in_group(self.groups.currentIndex()))

    def _set_current(self, index: int) -> None:
        self._ensure(index)  # build on first show; a page built earlier keeps itself current
        if index != self._current:
            self._current = index
            self.currentChanged.emit(index)

    # -- pages -------------------------------------------------------------------------------
    def _ensure(self, index: int) -> tuple[QWidget, bool]:
        """The page at ``index``, building it now if needed; True when it was just built."""
        tab = self._tabs[index]
        if tab is not None:
            return tab, False
        tab = self._make_tab(self._session, self._case, TABS[index][1])
        tab.setAccessibleName(self._pages[index].accessibleName())
        self._pages[index].setWidget(tab)
        self._tabs[index] = tab
        return tab, True

    def tab(self, index: int) -> QWidget:
        """The page at ``index`` (built on first use)."""
        return self._ensure(index)[0]

    @property
    def tabs(self) -> list[QWidget]:
        """Every page, building those not shown yet."""
        return [self._ensure(i)[0] for i in range(len(self._tabs))]

    def built_tabs(self) -> list[QWidget]:
        """The pages built so far."""
        return [t for t in self._tabs if t is not None]

    def _make_tab(
        self, session: UiSession, case: Case, candidates: tuple[tuple[str, str], ...]
    ) -> QWidget:
        cls = _tab_class(candidates)
        if cls is None:
            return self._placeholder()
        try:
            return cls(session, case, self)
        except Exception:  # noqa: BLE001 - show the rest of the case even if one tab fails
            log.exception("tab %s failed to build for case id %s", cls.__name__, case.id)
            return self._placeholder()

    def _placeholder(self) -> QLabel:
        label = QLabel(self.tr("Not available"), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def refresh(self) -> None:
        """Refresh the visible page."""
        tab = self._tabs[self._current] if self._tabs else None
        refresh = getattr(tab, "refresh", None)
        if callable(refresh):
            refresh()

    def clear(self) -> None:
        """Blank every page that can be blanked, then drop them (the workbench is locking)."""
        self._closing = True  # removing tabs changes the current one: build nothing now
        for tab in self.built_tabs():
            clear = getattr(tab, "clear", None)
            if callable(clear):
                clear()
        for sub in self._subtabs:
            if sub is not None:
                sub.clear()
        self.groups.clear()
        for page in self._pages:
            page.hide()
            page.deleteLater()
        self._tabs.clear()
        self._pages.clear()
        self._subtabs.clear()
