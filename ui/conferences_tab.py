"""The Case conferences page: the case's conferences on the left (day, how the survivor took
part, open actions) and the selected one's minutes on the right, laid out as minutes are:
attendees, the survivor's participation and wishes set apart, numbered decisions, and the
actions with owner, due day and status (overdue in words and colour); "Mark done" closes the
selected action's task. Everything is read and written through workbench.operations."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from models.errors import WorkbenchError
from models.records import EventStatus, Participation
from ui.conference_dialog import ConferenceDialog, participation_text
from ui.editors.base import ERROR_STYLE, ERROR_STYLE_DARK
from ui.editors.fields import long_date
from ui.editors.record_table import ListTab
from ui.i18n import translate
from ui.labels import enum_label
from ui.operation_signals import announce
from ui.permissions import gate, write_denial
from workbench.operations import conferences, dates, staff
from workbench.operations.changes import Kind
from workbench.operations.conferences import ActionView, ConferenceView
from workbench.operations.policy import role_label

_KINDS = (Kind.CONFERENCES, Kind.EVENTS)  # an action's task done on the timeline shows here


def open_text(view: ConferenceView) -> str:
    """"2 open (1 overdue)", "none open", or "—" when there are no actions."""
    if not view.actions:
        return "—"
    still = view.open_actions
    late = sum(1 for a in still if a.overdue)
    if not still:
        return translate("ConferencesTab", "none open")
    text = translate("ConferencesTab", "%n open", None, len(still))
    if late:
        text = translate("ConferencesTab", "%1 (%n overdue)", None, late).replace("%1", text)
    return text


def status_text(action: ActionView) -> str:
    """Done, Overdue, Open (or the task's own status, e.g. cancelled)."""
    if action.done:
        return translate("ConferencesTab", "✓ Done")
    if action.overdue:
        return translate("ConferencesTab", "⚠ Overdue")
    if action.task.status is EventStatus.SCHEDULED:
        return translate("ConferencesTab", "Open")
    return enum_label(action.task.status)


SHORT_PARTICIPATION = {
    Participation.ATTENDED: QT_TRANSLATE_NOOP("ConferencesTab", "Attended"),
    Participation.VIEWS_GIVEN: QT_TRANSLATE_NOOP("ConferencesTab", "Views given"),
    Participation.REPRESENTED: QT_TRANSLATE_NOOP("ConferencesTab", "Represented"),
    Participation.DECLINED: QT_TRANSLATE_NOOP("ConferencesTab", "Declined"),
}


class _ConferenceList(ListTab):
    KINDS = _KINDS

    def __init__(self, session: Any, case: Any, parent: QWidget) -> None:
        super().__init__(session, case, parent)
        self.set_columns(self.tr("Case conferences"), [
            (self.tr("Held on"), lambda v: v.conference.held_on),
            (self.tr("Survivor"), lambda v: translate(
                "ConferencesTab", SHORT_PARTICIPATION.get(v.conference.participation, ""))),
            (self.tr("Actions"), open_text),
        ])
        self.record_button = self.add_button(self.tr("&Record conference…"), self.record)
        denial = write_denial(session, [conferences.DEFAULT_CATEGORY])
        gate(self.record_button, denial)
        self.read_only = QLabel(self)  # why this page is read-only, in the policy's words
        self.read_only.setWordWrap(True)
        self.read_only.setEnabled(False)  # muted: information, not an error
        self.read_only.setText(self.tr("Read only. %1").replace("%1", denial or ""))
        self.read_only.setVisible(bool(denial))
        self.layout().insertWidget(1, self.read_only)
        self.edit_button = self.add_button(self.tr("&Edit…"), self.edit)
        self.edit_button.setEnabled(False)
        self.buttons.addStretch(1)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # the latest first
        self.table.activated.connect(lambda _index: self.edit())

    def records(self) -> list[Any]:
        return conferences.conferences_for(self.session, case_id=self.case.id)

    def show_records(self, records: Any) -> None:
        super().show_records(records)
        # as wide as its columns (no sideways scrolling), the minutes take the rest
        header = self.table.horizontalHeader()
        wanted = sum(header.sectionSize(i) for i in range(header.count()))
        self.table.setMinimumWidth(wanted + 2 * self.table.frameWidth() + 4)

    def select_id(self, conference_id: int | None) -> None:
        """Select the conference with this id, else the most recent one."""
        proxy = self.table.model()
        rows = self.model.rowCount()
        wanted = next((r for r in range(rows)
                       if self.model.record(r).conference.id == conference_id), rows - 1)
        if wanted < 0:
            self.table.clearSelection()
            return
        index = proxy.mapFromSource(self.model.index(wanted, 0))  # type: ignore[attr-defined]
        self.table.selectRow(index.row())

    def record(self) -> ConferenceDialog:
        """Open the editor for a new conference's minutes."""
        dialog = ConferenceDialog(self.session, self.case, None, self)
        self.open_dialog(dialog)
        return dialog

    def edit(self) -> ConferenceDialog | None:
        """Open the editor on the selected conference (add actions, change the minutes)."""
        view = self.selected()
        if view is None or not self.edit_button.isEnabled():
            return None
        dialog = ConferenceDialog(self.session, self.case, view.conference, self,
                                  actions=view.actions)
        self.open_dialog(dialog)
        return dialog


class MinutesView(QWidget):
    """One conference's minutes, and its actions with a Mark done button."""

    def __init__(self, session: Any, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.role = session.role  # read once: a reload may land after the vault locked
        self.view: ConferenceView | None = None
        self.owners = _owner_names(session)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.byline = QLabel(self)  # who recorded the minutes, and when
        self.byline.setTextFormat(Qt.TextFormat.PlainText)
        self.byline.setEnabled(False)  # drawn in the palette's muted text colour
        self.body = QTextBrowser(self)
        self.body.setOpenLinks(False)
        self.body.setAccessibleName(self.tr("Minutes"))
        self.actions_label = QLabel(self.tr("Actions"), self)
        bold = QFont(self.actions_label.font())
        bold.setBold(True)
        self.actions_label.setFont(bold)
        self.actions = QTableWidget(0, 4, self)
        self.actions.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Owner"),
                                                self.tr("Due"), self.tr("Status")])
        self.actions.setAccessibleName(self.tr("Actions"))
        self.actions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.actions.verticalHeader().hide()
        # as tall as its rows: the minutes above get the rest of the page
        self.actions.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        header = self.actions.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.actions_label.setBuddy(self.actions)
        self.done_button = QPushButton(self.tr("Mark &done"), self)
        self.done_button.setAccessibleName(self.tr("Mark done"))
        self.done_button.setEnabled(False)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.actions.itemSelectionChanged.connect(self._action_selected)
        row = QHBoxLayout()
        row.addWidget(self.actions_label)
        row.addStretch(1)
        row.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.byline)
        layout.addWidget(self.body, 1)
        layout.addLayout(row)
        layout.addWidget(self.notice)
        layout.addWidget(self.actions)
        self.show_view(None)

    def _dark(self) -> bool:
        return self.palette().window().color().lightness() < 128

    def show_view(self, view: ConferenceView | None) -> None:
        """Lay out ``view``'s minutes (None: nothing selected)."""
        selected = self.selected_action()
        self.view = view
        self.notice.hide()
        if view is None:
            self.heading.setText(self.tr("No conference selected"))
            self.byline.setText("")
            self.body.setHtml(html.escape(self.tr(
                "Select a conference on the left to read its minutes, or record one.")))
            self._fill_actions(())
            return
        self.heading.setText(self.tr("Case conference — %1").replace(
            "%1", long_date(view.conference.held_on)))
        c = view.conference
        self.byline.setText(self.tr("Minutes recorded by %1 on %2").replace(
            "%1", self.owners.get(c.recorded_by, c.recorded_by)).replace(
            "%2", c.recorded_at.date().isoformat()))
        self.body.setHtml(self.minutes_html(view))
        self._fill_actions(view.actions, selected.task.id if selected else None)

    def minutes_html(self, view: ConferenceView) -> str:
        """The minutes as rich text (every value escaped)."""
        c, e = view.conference, html.escape
        box = "#2b3440" if self._dark() else "#eef3f8"
        parts = []
        if view.minutes_shown:
            people = "".join(f"<tr><td>{e(a.name)}</td><td>&nbsp;&nbsp;</td>"
                             f"<td><i>{e(a.role or '')}</i></td></tr>" for a in c.attendees)
            parts.append(f"<h4>{e(self.tr('Attendees'))}</h4>"
                         + (f"<table>{people}</table>" if people else
                            f"<p>{e(self.tr('None recorded.'))}</p>"))
        wishes = ""
        if view.minutes_shown:
            said = e(c.wishes).replace("\n", "<br/>") if c.wishes else \
                e(self.tr("No wishes recorded."))
            wishes = f"<p><b>{e(self.tr('Their wishes'))}</b><br/>{said}</p>"
        parts.append(f"<table width='100%' cellpadding='10' bgcolor='{box}'><tr><td>"
                     f"<p><b>{e(self.tr('The survivor'))}:</b> "
                     f"{e(participation_text(c.participation))}</p>{wishes}</td></tr></table>")
        if view.minutes_shown:
            items = "".join(f"<li>{e(d)}</li>" for d in c.decisions)
            parts.append(f"<h4>{e(self.tr('Decisions'))}</h4>"
                         + (f"<ol>{items}</ol>" if items else
                            f"<p>{e(self.tr('None recorded.'))}</p>"))
        else:
            parts.append("<p><i>" + e(self.tr(
                "Your role (%1) does not see the minutes of this conference: who attended, "
                "the survivor's wishes and the decisions.").replace(
                    "%1", role_label(self.role))) + "</i></p>")
        return "".join(parts)

    def _fill_actions(self, actions: tuple[ActionView, ...] | Any,
                      keep: int | None = None) -> None:
        self.actions.setRowCount(0)
        late = QColor(ERROR_STYLE_DARK.split(":")[1].strip(" ;") if self._dark()
                      else ERROR_STYLE.split(":")[1].strip(" ;"))
        for row, action in enumerate(actions):
            t = action.task
            self.actions.insertRow(row)
            cells = [t.title, self.owners.get(t.assigned_to or "", t.assigned_to or "—"),
                     t.due.isoformat() if t.due else "—", status_text(action)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row)
                if action.overdue and column in (2, 3):
                    item.setForeground(QBrush(late))
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                elif action.done:
                    item.setForeground(QBrush(self.palette().placeholderText().color()))
                self.actions.setItem(row, column, item)
            if keep is not None and t.id == keep:
                self.actions.selectRow(row)
        self.actions_label.setText(self.tr("Actions (%1)").replace("%1", str(len(actions)))
                                   if actions else self.tr("Actions: none"))
        self._action_selected()

    def selected_action(self) -> ActionView | None:
        """The action of the selected row, or None."""
        rows = self.actions.selectionModel().selectedRows()
        if not rows or self.view is None:
            return None
        return self.view.actions[rows[0].row()]

    def _action_selected(self) -> None:
        action = self.selected_action()
        denial = write_denial(self.session, [action.task.category]) if action else None
        self.done_button.setEnabled(action is not None and not action.done and denial is None)
        self.done_button.setToolTip(denial or (self.tr("This action is already done.")
                                               if action and action.done else ""))

    def mark_done(self) -> bool:
        """Close the selected action's task (``dates.update_event``, status done)."""
        action = self.selected_action()
        if action is None or action.done:
            return False
        try:
            done = dates.update_event(self.session, event_id=action.task.id,
                                      version=action.task.version, status=EventStatus.DONE)
        except WorkbenchError as exc:
            self.notice.setText(str(exc))
            self.notice.show()
            return False
        announce(self.session, done, self, self.tr("Action marked done."))
        return True


class ConferencesTab(QWidget):
    """The conference list and the selected conference's minutes, side by side."""

    def __init__(self, session: Any, case: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.case = session, case
        self.list = _ConferenceList(session, case, self)
        self.minutes = MinutesView(session, self)
        self.minutes.done_button.clicked.connect(self.minutes.mark_done)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.minutes)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([400, 900])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.list.table.selectionModel().selectionChanged.connect(self._selected)
        self.list.live.reloaded.connect(self._reloaded)
        self.list.refresh_now()
        self.list.select_id(None)
        self._selected()

    def _reloaded(self) -> None:
        shown = self.minutes.view.conference.id if self.minutes.view else None
        self.list.select_id(shown)
        self._selected()

    def _selected(self, *_args: object) -> None:
        view = self.list.selected()
        denial = write_denial(self.session, [view.conference.category]) if view else None
        self.list.edit_button.setEnabled(view is not None and denial is None)
        self.list.edit_button.setToolTip(denial or "")
        self.minutes.show_view(view)

    def refresh(self) -> None:
        """Reload in the background."""
        self.list.refresh()

    def clear(self) -> None:
        """Forget the conferences and the minutes shown (the workbench is locking)."""
        self.list.clear()
        self.minutes.show_view(None)


def _owner_names(session: Any) -> dict[str, str]:
    """User name -> the name on their staff profile (the user name when there is none)."""
    try:
        return {user: p.full_name for user, p in staff.profiles(session).items()}
    except WorkbenchError:
        return {}
