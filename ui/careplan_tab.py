"""The Care plan & referrals tab: goals with milestones, and referrals with their status."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.editors.care_dialogs import GoalDialog, ReferralDialog
from ui.editors.record_table import ListTab


class _Milestones(ListTab):
    def __init__(self, session: Any, case: Any, parent: QWidget) -> None:
        super().__init__(session, case, parent)
        self.set_columns(self.tr("Care-plan milestones"), [
            (self.tr("Goal"), lambda gm: gm[0].title),
            (self.tr("Goal status"), lambda gm: gm[0].status),
            (self.tr("Milestone"), lambda gm: gm[1].title if gm[1] else ""),
            (self.tr("Due"), lambda gm: gm[1].due if gm[1] else None),
            (self.tr("Done"), lambda gm: gm[1].done if gm[1] else None),
        ])
        self.add_button(self.tr("Add &goal…"), lambda: self.open_dialog(
            GoalDialog(self.session, self.case, None, self)))
        self.add_button(self.tr("Add &milestones…"), self.add_milestones)
        self.add_button(self.tr("Mark milestone &done"), self.complete_selected)

    def records(self) -> list[Any]:
        rows: list[Any] = []
        for goal in self.session.store.list_goals(self.case.id):
            rows.extend([(goal, m) for m in goal.milestones] or [(goal, None)])
        return rows

    def add_milestones(self) -> GoalDialog | None:
        row = self.selected()
        return self.open_dialog(GoalDialog(self.session, self.case, row[0], self)) if row else None

    def complete_selected(self) -> None:
        row = self.selected()
        if row and row[1] and not row[1].done:
            self.session.store.complete_milestone(row[1].id, self.session.today())
            self._saved()


class _Referrals(ListTab):
    def __init__(self, session: Any, case: Any, parent: QWidget) -> None:
        super().__init__(session, case, parent)
        self.set_columns(self.tr("Referrals"), [
            (self.tr("Service"), lambda r: r.service),
            (self.tr("Organisation"), lambda r: r.organisation),
            (self.tr("Status"), lambda r: r.status),
            (self.tr("Opened"), lambda r: r.opened),
            (self.tr("Updated"), lambda r: r.updated),
        ])
        self.add_button(self.tr("Add &referral…"), lambda: self.open_dialog(
            ReferralDialog(self.session, self.case, None, self)))
        self.add_button(self.tr("Change &status…"), self.change_status)

    def records(self) -> list[Any]:
        return self.session.store.list_referrals(self.case.id)

    def change_status(self) -> ReferralDialog | None:
        ref = self.selected()
        return self.open_dialog(ReferralDialog(self.session, self.case, ref, self)) if ref else None


class CarePlanTab(QWidget):
    """Goals and milestones above, referrals below. Signals: case_changed()."""

    case_changed = Signal()

    def __init__(self, session: Any, case: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.goals = _Milestones(session, case, self)
        self.referrals = _Referrals(session, case, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.goals, 1)
        layout.addWidget(self.referrals, 1)
        self.goals.case_changed.connect(self.case_changed)
        self.referrals.case_changed.connect(self.case_changed)
        self.refresh()

    def refresh(self) -> None:
        """Reload goals and referrals."""
        self.goals.refresh()
        self.referrals.refresh()
