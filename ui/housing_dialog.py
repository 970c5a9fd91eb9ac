"""Record where the survivor lives now (or lived, from a day): one entry of the housing
series (workbench.operations.care.record_housing)."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from models.records import HousingStatus
from ui.editors.base import RecordDialog
from ui.editors.fields import DateField
from ui.goal_dialog import labelled, tab_in_order
from ui.i18n import translate
from workbench.operations import care
from workbench.operations.changes import Done

HOUSING_LABELS = {
    HousingStatus.UNSHELTERED: QT_TRANSLATE_NOOP("HousingDialog", "Unsheltered"),
    HousingStatus.EMERGENCY_SHELTER: QT_TRANSLATE_NOOP("HousingDialog", "Emergency shelter"),
    HousingStatus.STAYING_WITH_OTHERS: QT_TRANSLATE_NOOP("HousingDialog", "Staying with others"),
    HousingStatus.TRANSITIONAL: QT_TRANSLATE_NOOP("HousingDialog", "Transitional housing"),
    HousingStatus.STABLE: QT_TRANSLATE_NOOP("HousingDialog", "Stable housing"),
}


class HousingDialog(RecordDialog):
    """The survivor's housing status, the day it began (today, or earlier) and a note."""

    merges_theirs = False

    def confirmation(self) -> str:
        return self.tr("Housing status recorded.")

    def __init__(self, session: Any, case: Any, current: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, case, None, parent)
        self.setWindowTitle(self.tr("Housing status"))
        self.status = labelled(self, "status", self.tr("&Lives in"), QComboBox(self))
        for status, text in HOUSING_LABELS.items():
            self.status.addItem(translate("HousingDialog", text), status)
        if current is not None:
            self.status.setCurrentIndex(max(0, self.status.findData(HousingStatus(current))))
        self.on = labelled(self, "on", self.tr("&Since"), DateField(session.today(), self))
        self.on.set_range(None, session.today(), too_late=self.tr(
            "That day is in the future: record where the survivor lives now, or lived."))
        self.note = labelled(self, "note", self.tr("&Note (optional)"), QLineEdit(self))
        tab_in_order(self, self.status, self.on, self.note)

    def collect(self) -> dict[str, Any]:
        day = self.field("on", lambda: self.on.value())
        # an earlier day is recorded at its noon; today is now
        on = None if day is None or day == self.session.today() else \
            datetime.combine(day, time(12)).astimezone()
        return {"status": self.status.currentData(), "on": on,
                "note": self.note.text().strip() or None}

    def save(self, values: dict[str, Any]) -> Done[Any]:
        return care.record_housing(self.session, case_id=self.case.id, **values)
