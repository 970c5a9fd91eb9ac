"""The open case's header, always above its pages: who this is, how to reach them safely, and
what needs attention (like an EHR's patient banner)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QWidget

from models.records import CaseSummary

DASH = "—"


class CaseHeader(QFrame):
    """Name, reference, pronouns, languages and interpreter need, safe-contact instructions,
    next date, overdue and open conflicts of one case. Fed from the caseload row of the case
    (``views.caseload_for``, read by the work area), so it refreshes whenever the caseload
    does; ``clear`` empties every label (the workbench is locking)."""

    FIELDS = ("name", "ref", "pronouns", "languages", "safe_contact", "next_date", "overdue",
              "conflicts")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Case header"))
        self.case_id: int | None = None
        self.labels: dict[str, QLabel] = {}
        names = {
            "name": self.tr("Display name"), "ref": self.tr("Reference"),
            "pronouns": self.tr("Pronouns"), "languages": self.tr("Languages and interpreter"),
            "safe_contact": self.tr("Safe contact"), "next_date": self.tr("Next date"),
            "overdue": self.tr("Overdue"), "conflicts": self.tr("Open conflicts"),
        }
        for key in self.FIELDS:
            label = QLabel(self)
            label.setAccessibleName(names[key])
            label.setTextFormat(Qt.TextFormat.PlainText)  # case text is never markup
            label.setWordWrap(True)  # large fonts wrap instead of squeezing
            self.labels[key] = label
        name = self.labels["name"]
        for key in ("next_date", "overdue", "conflicts"):
            self.labels[key].setWordWrap(False)  # short: a date or a count after its word
        font = QFont(name.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        name.setFont(font)
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 6, 10, 6)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(2)
        # like a patient banner: the name; who they are and how to reach them under it; what
        # needs attention on the right
        grid.addWidget(name, 0, 0)
        who = QHBoxLayout()
        who.setSpacing(14)
        who.addWidget(self.labels["ref"])
        who.addWidget(self.labels["pronouns"])
        who.addWidget(self.labels["languages"], 1)
        grid.addLayout(who, 1, 0)
        grid.addWidget(self.labels["safe_contact"], 2, 0)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        grid.addWidget(self.labels["next_date"], 0, 1, right)
        grid.addWidget(self.labels["overdue"], 1, 1, right)
        grid.addWidget(self.labels["conflicts"], 2, 1, right)
        grid.setColumnStretch(0, 1)
        self.clear()

    def show_summary(self, summary: CaseSummary) -> None:
        """Show ``summary``'s case (its caseload row: the case record and its counts)."""
        case = summary.case
        self.case_id = case.id
        interpreter = (self.tr("interpreter needed: %1").replace("%1", case.interpreter_language)
                       if case.interpreter_language else self.tr("no interpreter needed"))
        languages = ", ".join(case.languages) or DASH
        texts = {
            "name": case.display_name,
            "ref": case.ref,
            "pronouns": case.pronouns or self.tr("pronouns not recorded"),
            "languages": self.tr("Languages: %1 · %2").replace("%1", languages)
            .replace("%2", interpreter),
            "safe_contact": self.tr("Safe contact: %1").replace(
                "%1", case.safe_contact or self.tr("no instructions recorded")),
            "next_date": self.tr("Next date: %1").replace(
                "%1", summary.next_date.isoformat() if summary.next_date else DASH),
            "overdue": self.tr("Overdue: %1").replace("%1", str(summary.overdue)),
            "conflicts": self.tr("Open conflicts: %1").replace("%1", str(summary.open_conflicts)),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        for key, count in (("overdue", summary.overdue), ("conflicts", summary.open_conflicts)):
            font = self.labels[key].font()
            font.setBold(count > 0)  # words say it; weight draws the eye
            self.labels[key].setFont(font)
        self.setVisible(True)

    def texts(self) -> dict[str, str]:
        """What each label shows (tests and screen readers)."""
        return {key: label.text() for key, label in self.labels.items()}

    def clear(self) -> None:
        """Blank every label and hide (no case open, or the workbench is locking)."""
        self.case_id = None
        for label in self.labels.values():
            label.clear()
        self.setVisible(False)
