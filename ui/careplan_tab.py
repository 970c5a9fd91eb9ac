"""The Care plan & referrals page: measurable goals by domain in the survivor's order of
priority (measure, baseline → latest → target and progress in words, status), the selected
goal's milestones with their linked events and its status history; referrals with the
survivor's choice, sharing and history; and housing stability and safety over time.
Everything is read and written through workbench.operations.care, as the role may."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.errors import WorkbenchError
from models.records import Category
from ui.editors.fields import long_date
from ui.editors.record_table import ListTab
from ui.goal_dialog import (
    GoalDialog,
    GoalStatusDialog,
    MilestoneLinkDialog,
    domain_label,
    goal_status_label,
    history_lines,
)
from ui.housing_dialog import HousingDialog
from ui.i18n import translate
from ui.live_view import LiveView
from ui.operation_signals import announce
from ui.outcomes_chart import CategoricalStripWidget, categorical_text
from ui.permissions import gate, write_denial
from ui.referral_dialog import (
    ReferralChoiceDialog,
    ReferralDialog,
    ReferralStatusDialog,
    choice_text,
    status_label,
)
from workbench.operations import care, case_lists
from workbench.operations.changes import Kind

DASH = "—"
# goals read screenings (CARE_PLAN) and risk levels (SAFETY_PLAN); milestones link events
_GOAL_KINDS = (Kind.CARE_PLAN, Kind.SAFETY_PLAN, Kind.EVENTS)
_LEVEL_KINDS = (Kind.CARE_PLAN, Kind.SAFETY_PLAN)
# what care plans and referrals are kept as, the likeliest first (a refusal names the first)
_CARE_CATEGORIES = (Category.HOUSING_BENEFITS, *sorted(set(care.DOMAIN_CATEGORY.values())),
                    *Category)


def _bold(label: QLabel, scale: float = 1.0) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def _read_only_line(parent: QWidget, denial: str | None) -> QLabel:
    """Why the role may not change anything here, in the policy's words (muted)."""
    line = QLabel(translate("CarePlanTab", "Read only. %1").replace("%1", denial or ""), parent)
    line.setWordWrap(True)
    line.setEnabled(False)
    line.setVisible(bool(denial))
    return line


def _column(widget: QWidget) -> QVBoxLayout:
    layout = widget.layout()
    assert isinstance(layout, QVBoxLayout)  # a ListTab's column: buttons, notice, table
    return layout


class _Goals(ListTab):
    KINDS = _GOAL_KINDS

    def __init__(self, session: Any, case: Any, parent: QWidget) -> None:
        super().__init__(session, case, parent)
        self.set_columns(self.tr("Care-plan goals"), [
            (self.tr("Domain"), lambda p: domain_label(p.goal.domain)
             if p.goal.domain else DASH),
            (self.tr("#"), lambda p: p.goal.priority or DASH),  # the survivor's priority
            (self.tr("Goal"), lambda p: p.goal.title),
            (self.tr("Status"), lambda p: goal_status_label(p.goal.status).lower()),
            (self.tr("Progress"), lambda p: p.words),
        ])
        self.table.setSortingEnabled(False)  # the order is the survivor's: domain, priority
        self.table.model().sort(-1)  # ListTab sorted by a column: back to the given order
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)  # the progress words wrap rather than hide
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.denial = write_denial(session, _CARE_CATEGORIES)
        self.read_only = _read_only_line(self, self.denial)
        _column(self).insertWidget(1, self.read_only)
        self.add_goal_button = self.add_button(self.tr("Add &goal…"), self._add_clicked)
        self.edit_button = self.add_button(self.tr("&Edit goal…"), self._edit_clicked)
        self.status_button = self.add_button(self.tr("Change &status…"), self._status_clicked)
        self.milestones_button = self.add_button(self.tr("Add &milestones…"),
                                                 self._milestones_clicked)
        self.buttons.addStretch(1)
        gate(self.add_goal_button, self.denial)
        self.table.activated.connect(lambda _index: self.edit())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

    def records(self) -> list[Any]:
        return care.goal_progress(self.session, case_id=self.case.id)

    def show_records(self, records: Any) -> None:
        chosen = self.selected()
        super().show_records(records)
        # long goals give way to the progress words, which wrap (the details show it all)
        self.table.setColumnWidth(2, min(self.table.columnWidth(2), 260))
        self.table.setColumnWidth(4, 260)  # the last column then stretches to the edge
        self.table.resizeRowsToContents()
        rows = [i for i in range(self.model.rowCount())
                if chosen is not None and self.model.record(i).goal.id == chosen.goal.id]
        if rows or self.model.rowCount():
            self.table.selectRow(rows[0] if rows else 0)
        self._selection_changed()

    def _selection_changed(self, *_args: object) -> None:
        p = self.selected()
        denial = self.denial if p is None else write_denial(self.session, [p.goal.category])
        for button in (self.edit_button, self.status_button, self.milestones_button):
            gate(button, denial if p is not None else self.tr("Select a goal first."))
        parent = self.parent()
        while parent is not None and not isinstance(parent, CarePlanTab):
            parent = parent.parent()
        if parent is not None:
            parent.detail.show_goal(p, denial)

    def _add_clicked(self) -> None:
        self.add()

    def _edit_clicked(self) -> None:
        self.edit()

    def _status_clicked(self) -> None:
        self.change_status()

    def _milestones_clicked(self) -> None:
        self.add_milestones()

    def add(self) -> GoalDialog:
        """Open the editor for a new measurable goal."""
        dialog = GoalDialog(self.session, self.case, None, self)
        self.open_dialog(dialog)
        return dialog

    def edit(self) -> GoalDialog | None:
        """Open the editor on the selected goal (when the role may change it)."""
        p = self.selected()
        if p is None or not self.edit_button.isEnabled():
            return None
        dialog = GoalDialog(self.session, self.case, p.goal, self)
        self.open_dialog(dialog)
        return dialog

    def change_status(self) -> GoalStatusDialog | None:
        """Open the status dialog (with the history) on the selected goal."""
        p = self.selected()
        if p is None or not self.status_button.isEnabled():
            return None
        dialog = GoalStatusDialog(self.session, self.case, p, self)
        self.open_dialog(dialog)
        return dialog

    def add_milestones(self) -> Any:
        """More milestones for the selected goal (the existing milestones editor)."""
        from ui.editors.care_dialogs import GoalDialog as MilestonesDialog

        p = self.selected()
        if p is None or not self.milestones_button.isEnabled():
            return None
        return self.open_dialog(MilestonesDialog(self.session, self.case, p.goal, self))

    def complete_selected(self) -> None:
        """Mark the milestone selected in the goal's details done today (else its first open
        one) through ``care.complete_milestone``."""
        p = self.selected()
        parent = self.parent()
        while parent is not None and not isinstance(parent, CarePlanTab):
            parent = parent.parent()
        milestone = parent.detail.selected_milestone() if parent is not None else None
        if p is not None and milestone is None:
            milestone = next((m for m in p.goal.milestones if not m.done), None)
        if p is None or milestone is None or milestone.done:
            self.show_notice(self.tr("Select a goal with a milestone that is not done yet."))
            return
        try:
            done = care.complete_milestone(self.session, case_id=self.case.id,
                                           milestone_id=milestone.id, on=self.session.today())
        except WorkbenchError as exc:
            self.show_notice(str(exc))
            return
        self.show_notice("")
        announce(self.session, done, self, self.tr("Milestone marked done."))


class GoalDetail(QWidget):
    """The selected goal: progress in words, milestones with their linked events, and the
    status history (who changed what when)."""

    def __init__(self, session: Any, case: Any, tab: CarePlanTab) -> None:
        super().__init__(tab)
        self.session, self.case, self.tab = session, case, tab
        self.progress: care.GoalProgress | None = None
        self.heading = _bold(QLabel(self), 1.15)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.words = QLabel(self)
        self.words.setWordWrap(True)
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.setAccessibleName(self.tr("Progress"))
        self.values = QLabel(self)  # baseline, latest (dated), target
        self.values.setWordWrap(True)
        self.values.setEnabled(False)
        milestones_label = _bold(QLabel(self.tr("Milestones"), self))
        self.milestones = QTableWidget(0, 3, self)
        self.milestones.setHorizontalHeaderLabels([self.tr("Milestone"), self.tr("Due or done"),
                                                   self.tr("Linked event")])
        self.milestones.setAccessibleName(self.tr("Milestones"))
        self.milestones.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.milestones.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.milestones.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.milestones.verticalHeader().hide()
        header = self.milestones.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.milestones.setWordWrap(True)
        milestones_label.setBuddy(self.milestones)
        self.done_button = QPushButton(self.tr("Mark milestone &done"), self)
        self.done_button.setAccessibleName(self.tr("Mark milestone done"))
        self.done_button.clicked.connect(self._done_clicked)
        self.link_button = QPushButton(self.tr("Lin&k to event…"), self)
        self.link_button.setAccessibleName(self.tr("Link to event"))
        self.link_button.clicked.connect(self._link_clicked)
        history_label = _bold(QLabel(self.tr("Status history"), self))
        self.history = QLabel(self)
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.PlainText)
        self.history.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.history.setAccessibleName(self.tr("Status history"))
        row = QHBoxLayout()
        row.addWidget(milestones_label)
        row.addStretch(1)
        row.addWidget(self.done_button)
        row.addWidget(self.link_button)
        left = QVBoxLayout()
        left.addLayout(row)
        left.addWidget(self.milestones, 1)
        right = QVBoxLayout()
        right.addWidget(history_label)
        right.addWidget(self.history, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addSpacing(12)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.words)
        layout.addWidget(self.values)
        layout.addLayout(columns, 1)
        self.setMinimumHeight(170)
        self.show_goal(None, None)

    def show_goal(self, p: care.GoalProgress | None, denial: str | None) -> None:
        """Lay out goal ``p`` (None: nothing selected); ``denial``: why it is read-only."""
        self.progress = p
        self.milestones.setRowCount(0)
        if p is None:
            self.heading.setText(self.tr("No goal selected"))
            self.words.setText(self.tr("Select a goal to see its milestones and history."))
            self.values.clear()
            self.history.clear()
            for button in (self.done_button, self.link_button):
                gate(button, self.tr("Select a goal first."))
            return
        g = p.goal
        self.heading.setText(g.title)
        self.words.setText(p.words)
        self.values.setText(self._values_text(p))
        for m in g.milestones:
            link = p.link(m.id)
            when = (self.tr("✓ done %1").replace("%1", long_date(m.done)) if m.done else
                    self.tr("due %1").replace("%1", long_date(m.due)) if m.due else DASH)
            cells = [m.title, when,
                     f"{long_date(link.day) if link.day else DASH} · {link.title}"
                     if link else DASH]
            row = self.milestones.rowCount()
            self.milestones.insertRow(row)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.milestones.setItem(row, column, item)
        self.milestones.resizeRowsToContents()
        self.history.setText(history_lines(p.history))
        gate(self.done_button, denial)
        gate(self.link_button, denial if g.milestones else self.tr("This goal has no "
                                                                   "milestones yet."))

    def _values_text(self, p: care.GoalProgress) -> str:
        g = p.goal
        if p.hidden or g.measure is None:
            return ""
        latest = DASH if p.latest is None else p.latest.replace("_", " ")
        if p.latest_on is not None:
            latest += f" ({long_date(p.latest_on)})"
        return self.tr("%1 · baseline %2 · latest %3 · target %4").replace(
            "%1", care.measure_label(g.measure)).replace(
            "%2", (g.baseline or DASH).replace("_", " ")).replace("%3", latest).replace(
            "%4", (g.target or DASH).replace("_", " "))

    def selected_milestone(self) -> Any:
        """The milestone selected in the table, or None."""
        rows = self.milestones.selectionModel().selectedRows()
        if self.progress is None or not rows:
            return None
        return self.progress.goal.milestones[rows[0].row()]

    def _done_clicked(self) -> None:
        self.tab.goals.complete_selected()

    def _link_clicked(self) -> None:
        self.link()

    def link(self) -> MilestoneLinkDialog | None:
        """Open the link dialog on the selected (or first) milestone of the goal."""
        if self.progress is None or not self.link_button.isEnabled():
            return None
        chosen = self.selected_milestone()
        dialog = MilestoneLinkDialog(self.session, self.case, self.progress.goal,
                                     chosen.id if chosen else None, self)
        self.tab.goals.open_dialog(dialog)
        return dialog


class _Referrals(ListTab):
    KINDS = (Kind.REFERRALS, Kind.CONSENTS)

    def __init__(self, session: Any, case: Any, parent: QWidget) -> None:
        super().__init__(session, case, parent)
        self.set_columns(self.tr("Referrals"), [
            (self.tr("Service"), lambda rh: rh[0].service),
            (self.tr("Organisation"), lambda rh: rh[0].organisation),
            (self.tr("Status"), lambda rh: status_label(rh[0].status)),
            (self.tr("Survivor's choice"), lambda rh: choice_text(rh[0].choice)),
            (self.tr("Shares data"), self._sharing),
            (self.tr("Opened"), lambda rh: rh[0].opened),
        ])  # when it last changed, and by whom: the history line under the table
        self.table.verticalHeader().hide()
        denial = write_denial(session, _CARE_CATEGORIES)
        self.add_referral_button = self.add_button(self.tr("Add &referral…"), self._add_clicked)
        self.status_button = self.add_button(self.tr("Change s&tatus…"), self._status_clicked)
        self.choice_button = self.add_button(self.tr("Record c&hoice…"), self._choice_clicked)
        self.buttons.addStretch(1)
        gate(self.add_referral_button, denial)
        self.history = QLabel(self)  # the selected referral's history, in words
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.PlainText)
        self.history.setAccessibleName(self.tr("Referral history"))
        _column(self).addWidget(self.history)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def _sharing(self, rh: Any) -> str:
        r = rh[0]
        if not r.shares_data:
            return self.tr("No")
        return self.tr("Yes, consent #%1").replace("%1", str(r.consent_id)) if r.consent_id \
            else self.tr("Yes (needs consent)")

    def records(self) -> list[Any]:
        return [(r, care.referral_history(self.session, case_id=self.case.id, referral_id=r.id))
                for r in case_lists.referrals_for(self.session, case_id=self.case.id)]

    def show_records(self, records: Any) -> None:
        chosen = self.selected()
        super().show_records(records)
        proxy = self.table.model()
        rows = [r for r in range(proxy.rowCount()) if chosen is not None
                and proxy.index(r, 0).data() is not None
                and self.model.record(proxy.mapToSource(  # type: ignore[attr-defined]
                    proxy.index(r, 0)).row())[0].id == chosen[0].id]
        if rows or proxy.rowCount():
            self.table.selectRow(rows[0] if rows else 0)
        self._selection_changed()

    def _selection_changed(self, *_args: object) -> None:
        rh = self.selected()
        denial = self.tr("Select a referral first.") if rh is None else \
            write_denial(self.session, [rh[0].category])
        gate(self.status_button, denial)
        gate(self.choice_button, denial)
        self.history.setText("" if rh is None else self.tr("History: ") + "; ".join(
            self.tr("%1 by %2 on %3").replace("%1", status_label(h.value).lower())
            .replace("%2", h.changed_by).replace("%3", long_date(h.changed_at.date()))
            for h in rh[1]))

    def _add_clicked(self) -> None:
        self.add()

    def _status_clicked(self) -> None:
        self.change_status()

    def _choice_clicked(self) -> None:
        self.record_choice()

    def add(self) -> ReferralDialog:
        """Open the editor for a new referral (the survivor's choice is asked)."""
        dialog = ReferralDialog(self.session, self.case, self)
        self.open_dialog(dialog)
        return dialog

    def change_status(self) -> ReferralStatusDialog | None:
        """Open the status dialog on the selected referral."""
        rh = self.selected()
        if rh is None or not self.status_button.isEnabled():
            return None
        dialog = ReferralStatusDialog(self.session, self.case, rh[0], rh[1], self)
        self.open_dialog(dialog)
        return dialog

    def record_choice(self) -> ReferralChoiceDialog | None:
        """Open the choice dialog on the selected referral."""
        rh = self.selected()
        if rh is None or not self.choice_button.isEnabled():
            return None
        dialog = ReferralChoiceDialog(self.session, self.case, rh[0], self)
        self.open_dialog(dialog)
        return dialog


class _Levels(QWidget):
    """Housing stability and safety over time, with Record housing."""

    def __init__(self, session: Any, case: Any, parent: QWidget) -> None:
        super().__init__(parent)
        self.session, self.case = session, case
        self.dialog: HousingDialog | None = None
        heading = _bold(QLabel(self.tr("Housing stability and safety over time"), self))
        self.record_button = QPushButton(self.tr("Record h&ousing…"), self)
        self.record_button.setAccessibleName(self.tr("Record housing"))
        self.record_button.clicked.connect(self._record_clicked)
        gate(self.record_button, write_denial(session, [Category.HOUSING_BENEFITS]))
        self.chart = CategoricalStripWidget(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setAccessibleName(self.tr("Housing and safety in words"))
        self.summary.setMinimumWidth(220)
        self.live = LiveView(session, case.id, _LEVEL_KINDS, self._series, self.show_series,
                             self)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.record_button)
        below = QHBoxLayout()
        below.addWidget(self.chart, 3)
        below.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(below, 1)

    def _series(self) -> list[Any]:
        return care.categorical_outcomes(self.session, case_id=self.case.id)

    def show_series(self, series: Any) -> None:
        """Draw ``series`` and say it in words (on the UI thread)."""
        self.chart.set_series(series)
        self.summary.setText(categorical_text(series) if series else "")

    def _record_clicked(self) -> None:
        self.record()

    def record(self) -> HousingDialog:
        """Open the housing dialog (starting at the latest status recorded)."""
        housing = next((s for s in self.chart.series() if s.scale == "housing"), None)
        latest = housing.latest.value if housing and housing.latest else None
        self.dialog = HousingDialog(self.session, self.case, latest, self)
        self.dialog.open()
        return self.dialog


class CarePlanTab(QWidget):
    """Goals, the selected goal's details, referrals, then housing and safety levels, one
    under the other; each part reloads on its own changes."""

    def __init__(self, session: Any, case: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.case = session, case
        self.detail = GoalDetail(session, case, self)
        self.goals = _Goals(session, case, self)
        self.referrals = _Referrals(session, case, self)
        self.levels = _Levels(session, case, self)
        # one column, so that every table has the page's width (at 1366 px the case workspace
        # is ~800 px wide); below 1080 px of height the page scrolls rather than squeeze
        split = QSplitter(Qt.Orientation.Vertical, self)
        for part, stretch, least in ((self.goals, 3, 190), (self.detail, 2, 170),
                                     (self.referrals, 2, 170), (self.levels, 2, 180)):
            part.setMinimumHeight(least)
            split.addWidget(part)
            split.setStretchFactor(split.count() - 1, stretch)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.goals.refresh_now()
        self.referrals.refresh_now()
        self.levels.live.load_now()

    def refresh(self) -> None:
        """Reload goals, referrals and levels in the background."""
        self.goals.refresh()
        self.referrals.refresh()
        self.levels.live.reload()

    def clear(self) -> None:
        """Forget everything shown (the workbench is locking)."""
        self.goals.clear()
        self.referrals.clear()
        self.levels.live.cancel()
        self.levels.show_series([])
        self.detail.show_goal(None, None)
        self.referrals.history.clear()
