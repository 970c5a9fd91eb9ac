"""The Safety plan tab: the case's plan in readable sections, as the role may see it.

At the top the risk level as a badge (a colour, a sign and the word: never colour alone), the
review day (an overdue review says so in words), who last changed the plan, and "Edit plan…"
(disabled with the policy's reason for a role that may not write). Below, the warning signs,
safe contacts (role and how to reach them), safe places and the steps, with the survivor's own
words set apart; on the right the risk history. A role that may not read the plan's content
(the peer mentor) sees that there is one, its review day and risk level, and why no more.
Reloads whenever an operation changes the case's safety plan.
"""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.records import Category, RiskLevel, SafetyPlan, StatusChange
from ui.editors.base import error_style
from ui.editors.fields import long_date
from ui.editors.record_table import RecordsTableModel
from ui.i18n import translate
from ui.live_view import LiveView
from ui.permissions import gate, write_denial
from ui.safety_plan_dialog import SafetyPlanDialog, risk_label
from workbench.operations import policy, safety_plans
from workbench.operations.changes import Kind

_KINDS = (Kind.SAFETY_PLAN,)
DASH = "—"
# badge colours with ≥4.5:1 contrast; the sign and the word carry the meaning on their own
BADGE = {
    RiskLevel.HIGH: ("▲", "#ffffff", "#b00020"),
    RiskLevel.MEDIUM: ("◆", "#3d2a00", "#ffd66b"),
    RiskLevel.LOW: ("●", "#ffffff", "#1b6e3a"),
}
NO_LEVEL = ("○", "#202020", "#e0e0e0")


RISK_TEXTS = {RiskLevel.HIGH: QT_TRANSLATE_NOOP("SafetyPlanTab", "High risk"),
              RiskLevel.MEDIUM: QT_TRANSLATE_NOOP("SafetyPlanTab", "Medium risk"),
              RiskLevel.LOW: QT_TRANSLATE_NOOP("SafetyPlanTab", "Low risk")}


def risk_text(level: RiskLevel | None) -> str:
    """"High risk", "Risk level not set", in the UI's language."""
    if not level:
        return translate("SafetyPlanTab", "Risk level not set")
    return translate("SafetyPlanTab", RISK_TEXTS[level])


def review_text(review_on: date | None, today: date) -> tuple[str, bool]:
    """What the review line says (in the UI's language), and whether it is overdue."""
    if review_on is None:
        return translate("SafetyPlanTab", "No review day set"), False
    days = (review_on - today).days
    day = long_date(review_on)
    if days < 0:
        return translate("SafetyPlanTab", "⚠ Review overdue: it was due %1 (%n day(s) ago)",
                         None, -days).replace("%1", day), True
    if days == 0:
        return translate("SafetyPlanTab", "Review due today (%1)").replace("%1", day), False
    return translate("SafetyPlanTab", "Review by %1 (in %n day(s))", None,
                     days).replace("%1", day), False


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


class _Section(QFrame):
    """A titled part of the plan: its lines as a list (numbered for the steps)."""

    def __init__(self, title: str, numbered: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.numbered = numbered
        self.title = _heading(title, self)
        self.body = QLabel(self)
        self.body.setTextFormat(Qt.TextFormat.RichText)  # every value is escaped (set_lines)
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.body)

    def set_lines(self, lines: list[str], empty: str) -> None:
        """Show ``lines`` (already escaped HTML fragments), or ``empty`` in words."""
        if not lines:
            self.body.setText(f"<i>{html.escape(empty)}</i>")
            return
        tag = "ol" if self.numbered else "ul"
        items = "".join(f"<li style='margin-bottom:4px'>{line}</li>" for line in lines)
        self.body.setText(f"<{tag} style='margin-left:-20px'>{items}</{tag}>")

    def text(self) -> str:
        """The section's text as shown (for tests and screen readers)."""
        return str(self.body.text())


class SafetyPlanTab(QWidget):
    """The plan, the badge and review line, Edit plan…, and the risk history."""

    def __init__(self, session: Any, case: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.case = session, case
        # read once: a reload may land after the vault locked, when the session has no user
        self.role = session.role
        self.plan: SafetyPlan | None = None
        self.history: list[StatusChange] = []
        self.dialog: SafetyPlanDialog | None = None
        self.badge = QLabel(self)
        self.badge.setAccessibleName(self.tr("Risk level"))
        self.review = QLabel(self)
        self.review.setAccessibleName(self.tr("Review"))
        self.updated = QLabel(self)
        self.updated.setEnabled(False)  # secondary
        self.edit_button = QPushButton(self.tr("&Edit plan…"), self)
        self.edit_button.setAccessibleName(self.tr("Edit plan"))
        self.edit_button.clicked.connect(self._edit_clicked)
        self.denial = write_denial(session, [Category.SAFETY_PLAN])
        gate(self.edit_button, self.denial)
        self.notice = QLabel(self)  # why this role sees less, or may not edit
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Message"))
        top = QHBoxLayout()
        top.addWidget(self.badge)
        top.addSpacing(12)
        top.addWidget(self.review)
        top.addStretch(1)
        top.addWidget(self.updated)
        top.addSpacing(12)
        top.addWidget(self.edit_button)
        self.warning_signs = _Section(self.tr("Warning signs"), False, self)
        self.safe_contacts = _Section(self.tr("Safe contacts"), False, self)
        self.safe_places = _Section(self.tr("Safe places"), False, self)
        self.steps = _Section(self.tr("What to do"), True, self)
        self.own_words_title = _heading(self.tr("In my own words"), self)
        self.own_words = QLabel(self)
        self.own_words.setObjectName("own_words")
        self.own_words.setTextFormat(Qt.TextFormat.PlainText)
        self.own_words.setWordWrap(True)
        self.own_words.setAccessibleName(self.tr("In my own words (the survivor's words)"))
        self.own_words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.own_words.font()
        font.setItalic(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.own_words.setFont(font)
        self.own_words.setStyleSheet("QLabel#own_words { background: palette(alternate-base); "
                                     "border-left: 4px solid #6a4c93; padding: 10px 12px; }")
        self.history_model = RecordsTableModel([
            (self.tr("Date"), lambda h: h.changed_at.astimezone().date()),
            (self.tr("Level"), lambda h: risk_label(RiskLevel(h.value)) if h.value else DASH),
            (self.tr("By"), lambda h: h.changed_by),
            (self.tr("Note"), lambda h: h.note or DASH),
        ], self)
        self.history_view = QTableView(self)
        self.history_view.setModel(self.history_model)
        self.history_view.setAccessibleName(self.tr("Risk history"))
        self.history_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_view.verticalHeader().setVisible(False)
        self.history_view.setWordWrap(True)
        header = self.history_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # the notes wrap: rows as tall as their text at the width the column really gets
        header.sectionResized.connect(lambda *_a: self.history_view.resizeRowsToContents())
        self._layout(top)
        self.live = LiveView(session, case.id, _KINDS, self._load, self.show_plan, self)
        self.live.load_failed.connect(self._failed)
        self.live.load_now()

    def _layout(self, top: QHBoxLayout) -> None:
        self.content = QWidget(self)
        grid = QGridLayout(self.content)
        grid.setContentsMargins(0, 0, 8, 0)
        grid.setHorizontalSpacing(24)
        # the survivor's own words first, across the page; then the plan in its usual order
        grid.addWidget(self.own_words_title, 0, 0, 1, 2)
        grid.addWidget(self.own_words, 1, 0, 1, 2)
        left = QVBoxLayout()
        left.addWidget(self.warning_signs)
        left.addWidget(self.steps)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.safe_contacts)
        right.addWidget(self.safe_places)
        right.addStretch(1)
        grid.addLayout(left, 2, 0)
        grid.addLayout(right, 2, 1)
        grid.setRowStretch(2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.sections_area = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.content)
        # in place of the sections: why they are not shown (no plan yet, or the role view)
        self.placeholder = QLabel(self)
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAccessibleName(self.tr("Safety plan"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.placeholder.setStyleSheet("QLabel#placeholder { background: palette(alternate-base);"
                                       " border: 1px solid palette(mid); padding: 16px; }")
        left = QVBoxLayout()
        left.addWidget(scroll, 1)
        left.addWidget(self.placeholder)
        left.addStretch(0)
        side = QVBoxLayout()
        side.addWidget(_heading(self.tr("Risk history"), self))
        side.addWidget(self.history_view, 1)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addLayout(body, 1)

    # --- reading ----------------------------------------------------------------------------
    def _load(self) -> tuple[SafetyPlan | None, list[StatusChange]]:
        return (safety_plans.plan_for(self.session, case_id=self.case.id),
                safety_plans.risk_history(self.session, case_id=self.case.id))

    def _failed(self, message: str) -> None:
        self.notice.setText(message)
        self.notice.setStyleSheet(error_style(self))
        self.notice.show()

    def show_plan(self, loaded: tuple[SafetyPlan | None, list[StatusChange]]) -> None:
        """Show the plan and its history (on the UI thread)."""
        self.plan, self.history = loaded
        plan, role = self.plan, self.role
        self.edit_button.setText(self.tr("&Edit plan…") if plan else self.tr("&Create plan…"))
        self._show_badge(plan.risk_level if plan else None, plan is not None)
        text, overdue = review_text(plan.review_on if plan else None, self.session.today())
        self.review.setText(text if plan else "")
        self.review.setStyleSheet(error_style(self) + " font-weight: bold;" if overdue else "")
        self.updated.setText(self.tr("Updated %1 by %2").replace(
            "%1", plan.updated_at.astimezone().strftime("%Y-%m-%d")).replace(
            "%2", plan.updated_by) if plan else "")
        self.history_model.set_records(self.history)
        self.history_view.resizeRowsToContents()
        content = plan is not None and safety_plans.sees_content(role)
        self.sections_area.setVisible(content)
        self._show_notice(plan, content)
        if content and plan is not None:
            self._show_sections(plan)

    def _show_badge(self, level: RiskLevel | None, has_plan: bool) -> None:
        if not has_plan:
            self.badge.setText(self.tr("No safety plan yet"))
            self.badge.setStyleSheet("font-weight: bold;")
            return
        if level is None and not safety_plans.sees_risk(self.role):
            self.badge.setText(self.tr("Risk level not shown to your role"))
            self.badge.setStyleSheet("")
            return
        sign, fg, bg = BADGE.get(level, NO_LEVEL) if level else NO_LEVEL
        self.badge.setText(f"{sign} {risk_text(level)}")
        self.badge.setStyleSheet(f"QLabel {{ color: {fg}; background: {bg}; font-weight: bold; "
                                 "padding: 4px 10px; border-radius: 4px; }")

    def _show_notice(self, plan: SafetyPlan | None, content: bool) -> None:
        role = policy.role_label(self.role)
        if plan is None:
            words = self.tr("This case has no safety plan yet. A plan is written with the "
                            "survivor: the warning signs they notice, who they can contact "
                            "and how, safe places, what to do, and their own words.")
        elif not content:
            words = self.tr("Your role (%1) sees that there is a safety plan, its review day "
                            "and risk level, but not what it says: the warning signs, "
                            "contacts, places, steps and the survivor's own words stay with "
                            "the team that writes the plan with them.").replace("%1", role)
        else:
            words = ""
        self.placeholder.setText(words)
        self.placeholder.setVisible(bool(words))
        self.notice.setStyleSheet("")
        self.notice.setText(self.denial or "")
        self.notice.setVisible(bool(self.denial))

    def _show_sections(self, plan: SafetyPlan) -> None:
        esc = html.escape
        none = self.tr("None written yet")
        self.warning_signs.set_lines([esc(s) for s in plan.warning_signs], none)
        self.safe_contacts.set_lines([
            f"<b>{esc(c.name)}</b> — {esc(c.role)}"
            + (f"<br>{esc(c.how)}" if c.how else "") for c in plan.safe_contacts], none)
        self.safe_places.set_lines([esc(p) for p in plan.safe_places], none)
        self.steps.set_lines([esc(s) for s in plan.steps], none)
        self.own_words.setText(f"“{plan.own_words}”" if plan.own_words else none)

    # --- editing ----------------------------------------------------------------------------
    def _edit_clicked(self) -> None:
        self.edit()

    def edit(self) -> SafetyPlanDialog:
        """Open the editor on the plan as read (window-modal, no nested event loop)."""
        self.dialog = SafetyPlanDialog(self.session, self.case, self.plan, self)
        self.dialog.open()
        return self.dialog

    def refresh(self) -> None:
        """Read the plan again in the background."""
        self.live.reload()

    def clear(self) -> None:
        """Forget the plan and its history (the workbench is locking)."""
        self.live.cancel()
        self.plan, self.history = None, []
        for section in (self.warning_signs, self.safe_contacts, self.safe_places, self.steps):
            section.body.clear()
        self.own_words.clear()
        self.history_model.set_records([])
        self.badge.clear()
        self.review.clear()
        self.updated.clear()
