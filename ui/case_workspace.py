"""The case workspace: one tab per facet of a case; tabs not built yet show a placeholder."""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QTabWidget, QWidget

from models.records import Case
from ui.session import UiSession

log = logging.getLogger(__name__)

# Tab title and the (module, class) candidates, first found wins. Titles are translated where
# they are shown ("&&" is a literal ampersand in a tab label).
TABS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("Overview", (("ui.overview_tab", "OverviewTab"),)),
    ("Timeline", (("ui.timeline_tab", "TimelineTab"), ("ui.timeline_view", "TimelineTab"))),
    ("Dates", (("ui.dates_tab", "DatesTab"),)),
    ("Matters && triggers", (("ui.matters_tab", "MattersTab"),)),
    ("Consent", (("ui.consent_tab", "ConsentTab"),)),
    ("Documents", (("ui.documents_tab", "DocumentsTab"),)),
    ("Care plan && referrals", (("ui.careplan_tab", "CarePlanTab"),)),
    (
        "Packets && disclosures",
        (("ui.packets_tab", "PacketsTab"), ("ui.disclosures_tab", "DisclosuresTab")),
    ),
    ("Audit", (("ui.audit_tab", "AuditTab"),)),
)


def _tab_class(candidates: tuple[tuple[str, str], ...]) -> type[QWidget] | None:
    for module, name in candidates:
        try:
            return getattr(importlib.import_module(module), name)
        except (ImportError, AttributeError):
            continue
        except Exception:  # noqa: BLE001 - a broken tab must not take the workbench down
            log.exception("tab module %s failed to import", module)
    return None


class CaseWorkspace(QTabWidget):
    """One case's tabs. Only the Overview is built on open; every other tab is built the
    first time it is shown, so switching to a case with thousands of dates costs what the
    Overview costs. Each tab keeps itself current: it reloads in the background when an
    operation announced on the session's signals touches what it shows.
    """

    def __init__(self, session: UiSession, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case_id = case.id
        self._session, self._case = session, case
        self.setAccessibleName(self.tr("Case workspace"))
        self.setDocumentMode(True)
        self._tabs: list[QWidget | None] = []
        self._closing = False
        self._pages: list[QScrollArea] = []
        for title, _candidates in TABS:
            text = QCoreApplication.translate("CaseWorkspace", title)
            page = self._scrolling(text.replace("&&", "&"))
            self._tabs.append(None)
            self._pages.append(page)
            self.addTab(page, text)
        self._ensure(0)
        self.currentChanged.connect(self._on_current_changed)

    def _scrolling(self, name: str) -> QScrollArea:
        # A tab wider or taller than the window (large fonts, 200% scaling) scrolls instead of
        # squeezing its widgets below their minimum size.
        page = QScrollArea(self)
        page.setWidgetResizable(True)
        page.setFrameShape(QFrame.Shape.NoFrame)
        page.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        page.setAccessibleName(name)
        return page

    def _ensure(self, index: int) -> tuple[QWidget, bool]:
        """The tab at ``index``, building it now if needed; True when it was just built."""
        tab = self._tabs[index]
        if tab is not None:
            return tab, False
        tab = self._make_tab(self._session, self._case, TABS[index][1])
        tab.setAccessibleName(self._pages[index].accessibleName())
        self._pages[index].setWidget(tab)
        self._tabs[index] = tab
        return tab, True

    def tab(self, index: int) -> QWidget:
        """The tab page at ``index`` (built on first use)."""
        return self._ensure(index)[0]

    @property
    def tabs(self) -> list[QWidget]:
        """Every tab page, building those not shown yet."""
        return [self._ensure(i)[0] for i in range(len(self._tabs))]

    def built_tabs(self) -> list[QWidget]:
        """The tab pages built so far."""
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

    def _on_current_changed(self, index: int) -> None:
        # Build on first show; a tab built earlier is kept current by the change signal.
        if not self._closing and 0 <= index < len(self._tabs):
            self._ensure(index)

    def refresh(self) -> None:
        """Refresh the visible tab."""
        index = self.currentIndex()
        tab = self._tabs[index] if 0 <= index < len(self._tabs) else None
        refresh = getattr(tab, "refresh", None)
        if callable(refresh):
            refresh()

    def clear(self) -> None:
        """Blank every tab that can be blanked, then drop them (the workbench is locking)."""
        self._closing = True  # removing tabs changes the current one: build nothing now
        for tab in self.built_tabs():
            clear = getattr(tab, "clear", None)
            if callable(clear):
                clear()
        while self.count():
            widget = self.widget(0)
            self.removeTab(0)
            widget.hide()
            widget.deleteLater()
        self._tabs.clear()
        self._pages.clear()
