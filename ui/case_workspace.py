"""The case workspace: one tab per facet of a case; tabs not built yet show a placeholder."""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

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
    """Signals: case_changed(case_id) when any tab changed the case's data."""

    case_changed = Signal(int)

    def __init__(self, session: UiSession, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case_id = case.id
        self.setAccessibleName(self.tr("Case workspace"))
        self.setDocumentMode(True)
        self.tabs: list[QWidget] = []
        for title, candidates in TABS:
            tab = self._make_tab(session, case, candidates)
            self.tabs.append(tab)
            text = QCoreApplication.translate("CaseWorkspace", title)
            self.addTab(tab, text)
            tab.setAccessibleName(text.replace("&&", "&"))
        self.currentChanged.connect(self._on_current_changed)

    def _make_tab(
        self, session: UiSession, case: Case, candidates: tuple[tuple[str, str], ...]
    ) -> QWidget:
        cls = _tab_class(candidates)
        if cls is None:
            return self._placeholder()
        try:
            tab = cls(session, case, self)
        except Exception:  # noqa: BLE001 - show the rest of the case even if one tab fails
            log.exception("tab %s failed to build for case id %s", cls.__name__, case.id)
            return self._placeholder()
        signal = getattr(tab, "case_changed", None)
        if signal is not None:
            signal.connect(lambda *_: self.case_changed.emit(self.case_id))
        return tab

    def _placeholder(self) -> QLabel:
        label = QLabel(self.tr("Not available"), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def _on_current_changed(self, index: int) -> None:
        # Refresh on show so that a tab reflects edits made in another tab.
        tab = self.widget(index)
        refresh = getattr(tab, "refresh", None)
        if callable(refresh) and index > 0:
            refresh()

    def refresh(self) -> None:
        """Refresh the visible tab."""
        refresh = getattr(self.currentWidget(), "refresh", None)
        if callable(refresh):
            refresh()

    def clear(self) -> None:
        """Blank every tab that can be blanked, then drop them (the workbench is locking)."""
        for tab in self.tabs:
            clear = getattr(tab, "clear", None)
            if callable(clear):
                clear()
        while self.count():
            widget = self.widget(0)
            self.removeTab(0)
            widget.hide()
            widget.deleteLater()
        self.tabs.clear()
