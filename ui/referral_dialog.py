"""Referrals with the survivor's choice: a new referral (the choice must be asked, never
assumed; declined is recorded and the referral is not made), moving one to its next status,
and recording a new choice. When making it would share case data, the consent check is shown
before saving in the operation's own words (workbench.operations.care.sharing_consent)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from models.errors import WorkbenchError
from models.records import REFERRAL_TRANSITIONS, Category, ReferralChoice, ReferralStatus
from ui.editors.base import RecordDialog, error_style
from ui.editors.fields import DateField, category_label, parse_text
from ui.goal_dialog import history_lines, labelled, tab_in_order
from ui.i18n import translate
from ui.permissions import writable
from workbench.operations import care
from workbench.operations.changes import Done

CHOICE_LABELS = {
    ReferralChoice.OPTED_IN: QT_TRANSLATE_NOOP("ReferralDialog", "Opted in: wants the referral"),
    ReferralChoice.DECLINED: QT_TRANSLATE_NOOP("ReferralDialog", "Declined: does not want it"),
}
STATUS_LABELS = {
    ReferralStatus.PROPOSED: QT_TRANSLATE_NOOP("ReferralDialog", "Proposed"),
    ReferralStatus.MADE: QT_TRANSLATE_NOOP("ReferralDialog", "Made"),
    ReferralStatus.ACCEPTED: QT_TRANSLATE_NOOP("ReferralDialog", "Accepted"),
    ReferralStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("ReferralDialog", "In progress"),
    ReferralStatus.COMPLETED: QT_TRANSLATE_NOOP("ReferralDialog", "Completed"),
    ReferralStatus.DECLINED: QT_TRANSLATE_NOOP("ReferralDialog", "Declined"),
    ReferralStatus.CLOSED: QT_TRANSLATE_NOOP("ReferralDialog", "Closed"),
}


def _tr(text: str) -> str:
    return translate("ReferralDialog", text)


def status_label(status: ReferralStatus | str) -> str:
    """How a referral's status reads ("In progress"), in the UI's language."""
    text = STATUS_LABELS.get(status)  # type: ignore[call-overload]
    return _tr(text) if text else str(status).replace("_", " ").capitalize()


def status_history(history: Any) -> str:
    """A referral's status history, oldest first (goal_dialog.history_lines)."""
    return history_lines(history, status_label)


def choice_text(choice: ReferralChoice | None) -> str:
    """The survivor's choice in a table cell, in the UI's language."""
    if choice is None:
        return translate("ReferralDialog", "Not recorded")
    if choice is ReferralChoice.OPTED_IN:
        return translate("ReferralDialog", "Opted in")
    return translate("ReferralDialog", "Declined")


class _ConsentLine(QLabel):
    """The consent check for a referral that would share data, shown as the form changes."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Consent check"))
        self.hide()

    def show_check(self, session: Any, case_id: int, organisation: str,
                   category: Category, shares: bool) -> None:
        category = Category(category)
        if not shares or not organisation.strip():
            self.hide()
            return
        try:
            check = care.sharing_consent(session, case_id=case_id, organisation=organisation,
                                         category=category)
        except WorkbenchError as exc:
            self.setText("⚠ " + str(exc))
        else:
            if check.consent is not None:
                self.setStyleSheet("")
                self.setText("✓ " + self.tr("The survivor's consent of %1 for %2 covers %3: "
                                            "making it may share data.")
                             .replace("%1", str(check.consent.granted))
                             .replace("%2", check.consent.recipient)
                             .replace("%3", category_label(category).lower()))
            else:
                self.setStyleSheet(error_style(self))
                self.setText("⚠ " + str(check.problem))
        self.show()


class ReferralDialog(RecordDialog):
    """A new referral: service, organisation, category, the survivor's choice (asked: there is
    no default), whether making it shares data, and whether it is made now or proposed."""

    def confirmation(self) -> str:
        return self.tr("Referral saved.")

    def __init__(self, session: Any, case: Any, parent: QWidget | None = None) -> None:
        super().__init__(session, case, None, parent)
        self.setWindowTitle(self.tr("Referral"))
        self.service = labelled(self, "service", self.tr("&Service"), QLineEdit(self))
        self.organisation = labelled(self, "organisation", self.tr("&Organisation"),
                                     QLineEdit(self))
        self.category = labelled(self, "category", self.tr("&Category"), QComboBox(self))
        for category in writable(session, Category):
            self.category.addItem(category_label(category), category)
        self.category.setCurrentIndex(max(0, self.category.findData(Category.HOUSING_BENEFITS)))
        self.choice = labelled(self, "choice", self.tr("Survivor's c&hoice"), QComboBox(self))
        self.choice.addItem(self.tr("— ask the survivor —"), None)
        for choice, text in CHOICE_LABELS.items():
            self.choice.addItem(_tr(text), choice)
        self.shares = labelled(self, "shares_data", self.tr("Sh&aring"), QCheckBox(
            self.tr("Making it shares case data with the organisation"), self))
        self.consent = _ConsentLine(self)
        self.form.addRow("", self.consent)
        self.status = labelled(self, "status", self.tr("S&tatus"), QComboBox(self))
        for status in (ReferralStatus.PROPOSED, ReferralStatus.MADE):
            self.status.addItem(status_label(status), status)
        self.on = labelled(self, "on", self.tr("O&pened on"), DateField(session.today(), self))
        self.declined_note = QLabel(self.tr("Declined is recorded and respected: the referral "
                                            "is kept as proposed and is never made."), self)
        self.declined_note.setWordWrap(True)
        self.declined_note.setEnabled(False)
        self.declined_note.hide()
        self.form.addRow("", self.declined_note)
        self.choice.currentIndexChanged.connect(self._choice_changed)
        for signal in (self.organisation.textChanged, self.shares.toggled,
                       self.category.currentIndexChanged):
            signal.connect(self._check_consent)
        tab_in_order(self, self.service, self.organisation, self.category, self.choice,
                     self.shares, self.status, self.on)

    def _choice_changed(self, *_args: object) -> None:
        declined = self.choice.currentData() == ReferralChoice.DECLINED
        if declined:
            self.status.setCurrentIndex(self.status.findData(ReferralStatus.PROPOSED))
        self.status.setEnabled(not declined)
        self.declined_note.setVisible(declined)

    def _check_consent(self, *_args: object) -> None:
        self.consent.show_check(self.session, self.case.id, self.organisation.text(),
                                Category(self.category.currentData()), self.shares.isChecked())

    def collect(self) -> dict[str, Any]:
        if self.choice.currentData() is None:
            self.fail("choice", self.tr("Ask the survivor first: a referral is recorded with "
                                        "their choice, never made for them."))
        return {"service": self.field("service", lambda: parse_text(self.service.text())),
                "organisation": self.field(
                    "organisation", lambda: parse_text(self.organisation.text())),
                "category": self.category.currentData(), "choice": self.choice.currentData(),
                "shares_data": self.shares.isChecked(), "status": self.status.currentData(),
                "opened": self.field("on", lambda: self.on.value())}

    def save(self, values: dict[str, Any]) -> Done[Any]:
        return care.add_referral(self.session, case_id=self.case.id, **values)


class ReferralStatusDialog(RecordDialog):
    """Move a referral to one of the statuses allowed next; shows its choice, the consent
    check (when it shares data) and its history."""

    merges_theirs = False

    def confirmation(self) -> str:
        return self.tr("Referral status saved.")

    def __init__(self, session: Any, case: Any, referral: Any, history: Any = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case, referral, parent)
        self.setWindowTitle(self.tr("Referral status"))
        about = QLabel(f"{referral.service} — {referral.organisation}\n"
                       + self.tr("Survivor's choice: %1").replace(
                           "%1", choice_text(referral.choice)), self)
        about.setWordWrap(True)
        self.form.addRow(self.tr("Referral"), about)
        self.history = QLabel(status_history(history), self)
        self.history.setWordWrap(True)
        self.history.setAccessibleName(self.tr("Status history"))
        self.form.addRow(self.tr("History"), self.history)
        self.status = labelled(self, "status", self.tr("&Next status"), QComboBox(self))
        for status in sorted(REFERRAL_TRANSITIONS[referral.status]):
            self.status.addItem(status_label(status), status)
        self.on = labelled(self, "on", self.tr("&On"), DateField(session.today(), self))
        self.consent = _ConsentLine(self)
        self.form.addRow("", self.consent)
        self.status.currentIndexChanged.connect(self._check)
        self._check()
        tab_in_order(self, self.status, self.on)

    def _check(self, *_args: object) -> None:
        r = self.existing
        making = self.status.currentData() == ReferralStatus.MADE
        self.consent.show_check(self.session, self.case.id, r.organisation, r.category,
                                r.shares_data and making)
        if r.choice is not ReferralChoice.OPTED_IN \
                and self.status.currentData() in care.MADE_OR_LATER:
            self.show_error("status", care.declined_text() if r.choice is ReferralChoice.DECLINED
                            else care.not_asked_text())
        else:
            self.clear_error("status")

    def collect(self) -> dict[str, Any]:
        if self.status.count() == 0:
            self.fail("status", self.tr("A closed referral cannot change any more."))
        return {"status": self.status.currentData(),
                "on": self.field("on", lambda: self.on.value())}

    def save(self, values: dict[str, Any]) -> Done[Any]:
        return care.set_referral_status(self.session, referral_id=self.existing.id,
                                        case_id=self.case.id, **values)


class ReferralChoiceDialog(RecordDialog):
    """Record the survivor's (new) choice about a referral; declining one under way
    withdraws it."""

    merges_theirs = False

    def confirmation(self) -> str:
        return self.tr("The survivor's choice is recorded.")

    def __init__(self, session: Any, case: Any, referral: Any,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case, referral, parent)
        self.setWindowTitle(self.tr("Survivor's choice"))
        about = QLabel(f"{referral.service} — {referral.organisation}", self)
        about.setWordWrap(True)
        self.form.addRow(self.tr("Referral"), about)
        self.choice = labelled(self, "choice", self.tr("Survivor's c&hoice"), QComboBox(self))
        for choice, text in CHOICE_LABELS.items():
            self.choice.addItem(_tr(text), choice)
        current = referral.choice or ReferralChoice.OPTED_IN
        self.choice.setCurrentIndex(max(0, self.choice.findData(current)))
        self.shares = labelled(self, "shares_data", self.tr("Sh&aring"), QCheckBox(
            self.tr("Making it shares case data with the organisation"), self))
        self.shares.setChecked(referral.shares_data)
        self.withdraw = QLabel(self.tr("Declining a referral already made withdraws it "
                                       "(it moves to declined or closed)."), self)
        self.withdraw.setWordWrap(True)
        self.withdraw.setEnabled(False)
        self.form.addRow("", self.withdraw)
        self.choice.currentIndexChanged.connect(self._changed)
        self._changed()
        tab_in_order(self, self.choice, self.shares)

    def _changed(self, *_args: object) -> None:
        self.withdraw.setVisible(self.choice.currentData() == ReferralChoice.DECLINED
                                 and self.existing.status in care.MADE_OR_LATER)

    def collect(self) -> dict[str, Any]:
        return {"choice": self.choice.currentData(), "shares_data": self.shares.isChecked()}

    def save(self, values: dict[str, Any]) -> Done[Any]:
        return care.record_referral_choice(self.session, case_id=self.case.id,
                                           referral_id=self.existing.id,
                                           version=self.version(), **values)
