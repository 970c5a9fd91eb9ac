"""The Care plan & referrals tab: goals with milestones, and referrals with their status."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from models.errors import WorkbenchError
from models.records import Category
from ui.editors.care_dialogs import GoalDialog, ReferralDialog
from ui.editors.record_table import ListTab
from ui.operation_signals import announce
from ui.permissions import gate, write_denial
from workbench.operations import care, case_lists
from workbench.operations.changes import Kind


class _Milestones(ListTab):
    KINDS = (Kind.CARE_PLAN,)

    def __init__(self, session: Any, case: Any, parent: QWidget) -> None:
        super().__init__(session, case, parent)
        self.set_columns(self.tr("Care-plan milestones"), [
            (self.tr("Goal"), lambda gm: gm[0].title),
            (self.tr("Goal status"), lambda gm: gm[0].status),
            (self.tr("Milestone"), lambda gm: gm[1].title if gm[1] else ""),
            (self.tr("Due"), lambda gm: gm[1].due if gm[1] else None),
            (self.tr("Done"), lambda gm: gm[1].done if gm[1] else None),
        ])
        denial = write_denial(session, Category)
        gate(self.add_button(self.tr("Add &goal…"), lambda: self.open_dialog(
            GoalDialog(self.session, self.case, None, self))), denial)
        gate(self.add_button(self.tr("Add &milestones…"), self.add_milestones), denial)
        gate(self.add_button(self.tr("Mark milestone &done"), self.complete_selected), denial)

    def records(self) -> list[Any]:
        rows: list[Any] = []
        for goal in case_lists.goals_for(self.session, case_id=self.case.id):
            rows.extend([(goal, m) for m in goal.milestones] or [(goal, None)])
        return rows

    def add_milestones(self) -> GoalDialog | None:
        row = self.selected()
        return self.open_dialog(GoalDialog(self.session, self.case, row[0], self)) if row else None

    def complete_selected(self) -> None:
        """Mark the selected milestone done today (``care.complete_milestone``)."""
        row = self.selected()
        if not (row and row[1] and not row[1].done):
            return
        try:
            done = care.complete_milestone(self.session, case_id=self.case.id,
                                           milestone_id=row[1].id, on=self.session.today())
        except WorkbenchError as exc:
            self.show_notice(str(exc))
            return
        self.show_notice("")
        announce(self.session, done, self, self.tr("Milestone marked done."))


class _Referrals(ListTab):
    KINDS = (Kind.REFERRALS,)

    def __init__(self, session: Any, case: Any, parent: QWidget) -> None:
        super().__init__(session, case, parent)
        self.set_columns(self.tr("Referrals"), [
            (self.tr("Service"), lambda r: r.service),
            (self.tr("Organisation"), lambda r: r.organisation),
            (self.tr("Status"), lambda r: r.status),
            (self.tr("Opened"), lambda r: r.opened),
            (self.tr("Updated"), lambda r: r.updated),
        ])
        denial = write_denial(session, Category)
        gate(self.add_button(self.tr("Add &referral…"), lambda: self.open_dialog(
            ReferralDialog(self.session, self.case, None, self))), denial)
        gate(self.add_button(self.tr("Change &status…"), self.change_status), denial)

    def records(self) -> list[Any]:
        return case_lists.referrals_for(self.session, case_id=self.case.id)

    def change_status(self) -> ReferralDialog | None:
        ref = self.selected()
        return self.open_dialog(ReferralDialog(self.session, self.case, ref, self)) if ref else None


class CarePlanTab(QWidget):
    """Goals and milestones above, referrals below; each reloads on its own changes."""

    def __init__(self, session: Any, case: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.goals = _Milestones(session, case, self)
        self.referrals = _Referrals(session, case, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.goals, 1)
        layout.addWidget(self.referrals, 1)
        self.goals.refresh_now()
        self.referrals.refresh_now()

    def refresh(self) -> None:
        """Reload goals and referrals in the background."""
        self.goals.refresh()
        self.referrals.refresh()

    def clear(self) -> None:
        """Forget both lists (the workbench is locking)."""
        self.goals.clear()
        self.referrals.clear()
