"""The trigger dialog: a searchable plain-language picker of trigger events by area (never a
definition rule), nothing chosen at first (Save waits), the matter by its title, the computed
dates in a sentence naming the deciding body (the arithmetic one click away), and the triggers
table after saving (event in plain words, the forum, the computed date)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from models.records import MatterKind
from timeline.deadlines import list_rules
from ui.editors.rule_picker import matches
from ui.editors.trigger_dialog import TriggerDialog
from ui.matters_tab import MattersTab
from ui.session import UiSession
from workbench.operations import care

ACCEPTED = QDialog.DialogCode.Accepted
TODAY = date(2026, 5, 4)
DEFINITIONS = {r.id for r in list_rules() if not r.is_trigger}


@pytest.fixture
def session(supervisor):
    """sam, a supervisor: every rule's category is writable, so every trigger is offered."""
    return UiSession(supervisor.vault, today=lambda: TODAY)


@pytest.fixture
def case(session):
    return session.store.add_case("Test Client", jurisdiction="CA")


@pytest.fixture
def advocate(vault):
    return UiSession(vault, today=lambda: TODAY)


def _dialog(qtbot, session, case, existing=None):
    dlg = TriggerDialog(session, case, existing)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def _ok(dlg):
    return dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_picker_offers_no_definition_rule_and_chooses_none(qtbot, session, case):
    dlg = _dialog(qtbot, session, case)
    offered = {dlg.rule.itemData(i) for i in range(dlg.rule.count())}
    assert DEFINITIONS == {"A-FRCP-6a3", "A-FRCP-6a4", "A-FRCP-6a6", "A-HOL-FED",
                           "A-HOL-ADHOC", "B-USCIS-WEEKEND"}
    assert not offered & DEFINITIONS and "B-EOIR-BIA-APPEAL" in offered
    assert dlg.rule.currentData() is None
    assert not _ok(dlg).isEnabled() and _ok(dlg).toolTip() == "Choose a trigger event first."
    assert dlg.summary.text() == "Choose a trigger event to see the dates it gives."
    areas = [dlg.rule.tree.topLevelItem(i).text(0) for i in range(dlg.rule.tree.topLevelItemCount())]
    assert areas == ["Immigration court", "USCIS and DHS", "Protective order", "Criminal",
                     "Clinical", "Time computation"]
    dlg.accept()  # even called directly, nothing is saved without a rule
    assert dlg.result() != ACCEPTED and dlg.error_text("rule") == "⚠ Choose a trigger event."
    assert session.store.list_triggers(case.id) == []


@pytest.mark.parametrize("text,first", [
    ("BIA", "B-EOIR-BIA-APPEAL"), ("request for evidence", "B-USCIS-RFE"),
    ("restraining order hearing", "C-CA-DVRO-HEARING"), ("npep", "E-nPEP-START"),
    ("speedy trial", "D-STA-30"), ("work permit", "B-EAD-RENEW-180"),
])
def test_picker_filters_by_typed_words(qtbot, session, case, text, first):
    dlg = _dialog(qtbot, session, case)
    dlg.rule.search.setFocus()
    QTest.keyClicks(dlg.rule.search, text)
    shown = dlg.rule.visible_rule_ids()
    assert shown[0] == first and not set(shown) & DEFINITIONS
    assert all(matches(r, text) for r in dlg.rule.rules if r.id in shown)


def test_picker_offers_an_advocate_only_writable_rules(qtbot, advocate, case):
    dlg = _dialog(qtbot, advocate, case)
    offered = {dlg.rule.itemData(i) for i in range(dlg.rule.count())}
    assert "B-EOIR-BIA-APPEAL" in offered and "E-nPEP-START" not in offered
    QTest.keyClicks(dlg.rule.search, "npep")
    assert dlg.rule.visible_rule_ids() == []


def test_picker_holiday_search_never_offers_a_definition(qtbot, session, case):
    dlg = _dialog(qtbot, session, case)
    QTest.keyClicks(dlg.rule.search, "legal public holidays")
    assert dlg.rule.visible_rule_ids() == [] and dlg.rule.empty.isVisibleTo(dlg)


def test_picker_keyboard_only_choice_previews_in_plain_language(qtbot, session, case):
    dlg = _dialog(qtbot, session, case)
    dlg.rule.search.setFocus()
    QTest.keyClicks(dlg.rule.search, "BIA")
    QTest.keyClick(dlg.rule.search, Qt.Key.Key_Down)  # into the list, on the first match
    assert dlg.rule.currentData() == "B-EOIR-BIA-APPEAL" and dlg.focusWidget() is dlg.rule.tree
    assert _ok(dlg).isEnabled()
    dlg.occurred.line.setText("2027-03-01")
    text = dlg.summary.text()
    assert text.startswith("Appeal to the BIA must be received by Wed 31 Mar 2027 — 30 days "
                           "after the immigration judge's decision; Cesar Chavez Day does not "
                           "extend it.")
    assert "Deciding body: the BIA or an immigration court (EOIR)" in text
    assert not dlg.preview.isVisibleTo(dlg)  # the arithmetic is one click away
    QTest.keyClick(dlg.rule.tree, Qt.Key.Key_Down)  # the next rule: the preview follows
    assert dlg.rule.currentData() == "B-EOIR-MTR-30" and "Motion to reconsider" in dlg.summary.text()
    QTest.keyClick(dlg.rule.tree, Qt.Key.Key_Up)
    dlg.show_steps.click()
    assert dlg.preview.isVisibleTo(dlg) and dlg.show_steps.text() == "Hide the &arithmetic"
    assert "30 calendar days after = 2027-03-31" in dlg.preview.toPlainText()
    label = dlg.form.itemAt(dlg._occurred_row, dlg.form.ItemRole.LabelRole).widget()
    assert label.text() == "Date of the immigration judge's decision"


def test_picker_enter_in_search_chooses_the_first_match(qtbot, session, case):
    dlg = _dialog(qtbot, session, case)
    dlg.rule.search.setFocus()
    QTest.keyClicks(dlg.rule.search, "rfe")
    QTest.keyClick(dlg.rule.search, Qt.Key.Key_Return)
    assert dlg.rule.currentData() == "B-USCIS-RFE" and dlg.isVisible()  # chosen, not closed
    assert "Deciding body: USCIS" in dlg.summary.text()


def test_hour_rules_ask_for_the_time(qtbot, session, case):
    dlg = _dialog(qtbot, session, case)
    assert not dlg.form.isRowVisible(dlg._at_row)
    dlg.rule.set_rule("E-nPEP-START")
    assert dlg.form.isRowVisible(dlg._at_row)
    dlg.at.setText("14:00")
    assert "Thu 7 May 2026, 14:00" in dlg.summary.text()  # 4 May 14:00 + 72 h
    assert "never moves for weekends or holidays" in dlg.summary.text()
    dlg.rule.set_rule("B-EOIR-BIA-APPEAL")
    assert dlg.form.isRowVisible(dlg._at_row)  # a typed time is never hidden


def test_matter_picker_shows_the_title(qtbot, session, case):
    care.add_matter(session, case_id=case.id, kind=MatterKind.IMMIGRATION,
                    title="Removal proceedings")
    dlg = _dialog(qtbot, session, case)
    assert dlg.matter.itemText(1).startswith("Removal proceedings (")


def test_saved_trigger_shows_event_forum_and_computed_date(qtbot, session, case):
    tab = MattersTab(session, case)
    qtbot.addWidget(tab)
    dlg = _dialog(qtbot, session, case)
    dlg.rule.set_rule("B-EOIR-BIA-APPEAL")
    dlg.occurred.line.setText("2027-03-01")
    with qtbot.waitSignal(tab.live.reloaded, timeout=10_000):
        _ok(dlg).click()
    assert dlg.result() == ACCEPTED
    model = tab.table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    row = {h: model.index(0, c).data() for c, h in enumerate(headers)}
    assert row["Event"] == "Immigration judge's decision" and row["Occurred"] == "2027-03-01 (Mon)"
    assert row["Computes"] == "Appeal to the BIA"
    assert row["Forum"] == "California state court (CA) — the case's"
    assert row["Computed dates"] == "EOIR-26 received by the BIA: Wed 31 Mar 2027"
