"""The Screenings tab: the case's screenings (as the role may see them), start or resume one,
and beneath the list the outcomes chart with its summary in words."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMessageBox, QVBoxLayout, QWidget

from models.errors import WorkbenchError
from models.records import Screening, ScreeningStatus
from timeline.screening import instrument
from timeline.screening.administration import CATEGORY_OF
from ui.editors.record_table import ListTab
from ui.live_view import LiveView
from ui.operation_signals import announce
from ui.outcomes_chart import OutcomesChartWidget, summary_text
from ui.packet_folder import default_folder
from ui.permissions import gate, write_denial
from ui.screening_runner import ScreeningRunnerDialog
from workbench.operations import screenings, told
from workbench.operations.changes import Kind

DASH = "—"  # shown where a role may not see a value, or there is none (never a blank cell)
_KINDS = (Kind.CARE_PLAN,)  # what the screening operations announce


def _short_title(s: Screening) -> str:
    if s.instrument_id == screenings.GENERIC_INSTRUMENT:  # this role may not see which one
        return QCoreApplication.translate("ScreeningsTab", "Screening")
    try:
        return instrument(s.instrument_id, s.instrument_version).short_title
    except WorkbenchError:
        return s.instrument_id


def score_text(s: Screening) -> str:
    """The total, or the reason there is none, or a dash (not seen, or not finished)."""
    if s.total is not None:
        return str(s.total)
    return s.reason or DASH


def band_text(s: Screening) -> str:
    """The band's label, or a dash."""
    if s.band is None:
        return DASH
    try:
        inst = instrument(s.instrument_id, s.instrument_version)
    except WorkbenchError:
        return s.band
    return next((b.label for b in inst.bands if b.id == s.band), s.band)


class _ScreeningList(ListTab):
    KINDS = _KINDS

    def __init__(self, session: Any, case: Any, parent: QWidget) -> None:
        super().__init__(session, case, parent)
        self.set_columns(self.tr("Screenings"), [
            (self.tr("Date"), lambda s: (s.completed_at or s.started_at).date()),
            (self.tr("Instrument"), _short_title),
            (self.tr("Status"), lambda s: s.status.value),
            (self.tr("Score or reason"), score_text),
            (self.tr("Band"), band_text),
        ])
        self.start_button = self.add_button(self.tr("&Start screening…"), self._start_clicked)
        gate(self.start_button, write_denial(session, sorted(set(CATEGORY_OF.values()))))
        self.resume_button = self.add_button(self.tr("&Resume"), self._resume_clicked)
        self.resume_button.setEnabled(False)
        self.told_button = self.add_button(self.tr("Print what they have &told us…"),
                                           self._told_clicked)
        self.confirmation: QMessageBox | None = None
        self.buttons.addStretch(1)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

    def records(self) -> list[Any]:
        return screenings.list_screenings(self.session, case_id=self.case.id)

    def show_records(self, records: Any) -> None:
        super().show_records(records)
        self._selection_changed()

    def _resumable(self) -> Screening | None:
        s = self.selected()
        if s is None or s.status not in (ScreeningStatus.PAUSED, ScreeningStatus.IN_PROGRESS):
            return None
        return s  # type: ignore[no-any-return]

    def _selection_changed(self, *_args: object) -> None:
        s = self._resumable()
        denial = None if s is None else write_denial(self.session, [s.category])
        self.resume_button.setEnabled(s is not None and denial is None)
        self.resume_button.setToolTip(denial or "")

    def _start_clicked(self) -> None:
        self.start()

    def _resume_clicked(self) -> None:
        self.resume()

    def _told_clicked(self) -> None:
        self.choose_told_folder()

    def choose_told_folder(self) -> QFileDialog:
        """Ask for the folder to print the survivor's own copy into (then print it there)."""
        dialog = QFileDialog(self, self.tr("Folder for the survivor's own copy"),
                             default_folder())
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.fileSelected.connect(self.print_told)
        self.open_dialog(dialog)
        return dialog

    def print_told(self, folder: str) -> Path | None:
        """Print "What you have told us" into ``folder`` and confirm where (or say why not)."""
        try:
            done = told.print_told_summary(self.session, self.case.id, Path(folder))
        except (WorkbenchError, OSError) as exc:
            self.show_notice(str(exc))
            return None
        self.show_notice("")
        announce(self.session, done, self)
        text = self.tr("Written to %1. A disclosure to the survivor (their own copy) was "
                       "logged.").replace("%1", str(done.value.path))
        self.confirmation = QMessageBox(QMessageBox.Icon.Information, self.tr("Printed"), text,
                                        QMessageBox.StandardButton.Ok, self)
        self.confirmation.open()
        return done.value.path

    def start(self) -> ScreeningRunnerDialog:
        """Open the runner at its consent page."""
        dialog = ScreeningRunnerDialog(self.session, self.case, None, self)
        self.open_dialog(dialog)
        return dialog

    def resume(self) -> ScreeningRunnerDialog | None:
        """Open the runner on the selected paused screening, at its first unanswered item."""
        s = self._resumable()
        if s is None:
            return None
        dialog = ScreeningRunnerDialog(self.session, self.case, s, self)
        self.open_dialog(dialog)
        return dialog


class ScreeningsTab(QWidget):
    """The list of screenings above; the outcomes chart and its words below."""

    def __init__(self, session: Any, case: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.case = session, case
        self.list = _ScreeningList(session, case, self)
        self.chart = OutcomesChartWidget(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setAccessibleName(self.tr("Outcomes in words"))
        self.summary.setMinimumWidth(240)
        self.chart_live = LiveView(session, case.id, _KINDS, self._outcomes, self.show_outcomes,
                                   self)
        self.chart_live.load_failed.connect(self.list.show_notice)
        heading = QLabel(self.tr("Outcomes over time"), self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        below = QHBoxLayout()
        below.addWidget(self.chart, 3)
        below.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(heading)
        layout.addLayout(below)
        self.list.refresh_now()
        self.chart_live.load_now()

    def _outcomes(self) -> list[Any]:
        return screenings.outcomes(self.session, case_id=self.case.id)

    def show_outcomes(self, series: Any) -> None:
        """Draw ``series`` and say it in words (on the UI thread)."""
        self.chart.set_series(series)
        self.summary.setText(summary_text(series))

    def refresh(self) -> None:
        """Reload the list and the chart in the background."""
        self.list.refresh()
        self.chart_live.reload()

    def clear(self) -> None:
        """Forget the list and the chart (the workbench is locking)."""
        self.list.clear()
        self.chart_live.cancel()
        self.show_outcomes([])
