"""The screening runner: consent first, then one question at a time in large text, every
answer saved at once; skip, not today and prefer not to say are answers; pause or stop at
any point. It calls workbench.operations.screenings and shows what they return."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from models.errors import WorkbenchError
from models.records import Case, Role, Screening, ScreeningStatus
from timeline.screening import Instrument, Item, SafetyFlag, instrument
from timeline.screening.administration import ToldBefore, category_of
from ui.i18n import day_text, translate
from ui.operation_signals import announce
from ui.session import UiSession
from workbench.operations import policy, screenings

NON_ANSWER_WORDS = {"skip": QT_TRANSLATE_NOOP("ScreeningRunner", "Skip"),
                    "not_today": QT_TRANSLATE_NOOP("ScreeningRunner", "Not today"),
                    "prefer_not_to_say": QT_TRANSLATE_NOOP("ScreeningRunner", "Prefer not to say")}
_NON_ANSWER_KEYS = {int(Qt.Key.Key_S): "skip", int(Qt.Key.Key_N): "not_today",
                    int(Qt.Key.Key_P): "prefer_not_to_say"}
QUESTION_POINTS = 18  # the question's size: large enough to read across a desk
ANSWER_POINTS = 13  # the answers' size
_BANNER = ("QFrame#safety { background: #FFF4D6; border: 1px solid #B8860B; border-radius: 6px; }"
           " QFrame#safety QLabel { color: #3A2E00; }")


def answer_words(item: Item, value: int | str) -> str:
    """How an answer reads: the scale point's label, or the non-answer in words."""
    if isinstance(value, str):
        words = NON_ANSWER_WORDS.get(value)
        return translate("ScreeningRunner", words) if words else value.replace("_", " ")
    return next((p.label for p in item.scale if p.value == value), str(value))


def told_line(item: Item, told: ToldBefore) -> str:
    """"Already told to a clinician on 3 Nov 2026: Several days"."""
    try:
        who = policy.with_article(Role(told.answer.asked_role))
    except ValueError:
        who = told.answer.asked_role
    when = day_text(told.answer.asked_at.date(), weekday=False)
    return translate("ScreeningRunner", "Already told to %1 on %2: %3").replace(
        "%3", answer_words(item, told.answer.value)).replace("%2", when).replace("%1", who)


def _label(text: str = "", parent: QWidget | None = None, points: float | None = None,
           bold: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if points or bold:
        font = QFont(label.font())
        if points:
            font.setPointSizeF(points)
        font.setBold(bold)
        label.setFont(font)
    return label


class _Confirm(QFrame):
    """An inline question with two answers (no nested window: the runner stays one place)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = _label("", self, bold=True)
        self.yes = QPushButton(self)
        self.no = QPushButton(self.tr("Keep going"), self)
        for b in (self.yes, self.no):
            b.setAutoDefault(False)
        self.no.clicked.connect(self.hide)
        self.yes.clicked.connect(self._confirmed)
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.yes)
        row.addWidget(self.no)
        self._then: Callable[[], None] | None = None
        self.hide()

    def ask(self, text: str, yes: str, then: Callable[[], None]) -> None:
        """Show ``text`` with the ``yes`` answer, which runs ``then``."""
        self.text.setText(text)
        self.yes.setText(yes)
        self.yes.setAccessibleName(yes.replace("&", ""))
        self._then = then
        self.show()
        self.yes.setFocus()

    def _confirmed(self) -> None:
        self.hide()
        if self._then is not None:
            self._then()


class ScreeningRunnerDialog(QDialog):
    """Gives one screening instrument: the consent page, one page per item, the result.

    With ``screening`` (paused or in progress), it resumes at the first unanswered item.
    ``screening`` holds the record as last returned by an operation.
    """

    def __init__(self, session: UiSession, case: Case, screening: Screening | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.case = session, case
        self.screening: Screening | None = None
        self.inst: Instrument | None = None
        self.index = 0
        self.told: dict[str, ToldBefore] = {}
        self.tasks: list[Any] = []  # safety tasks created while giving this screening
        self.flags: list[SafetyFlag] = []
        self.result: Any = None
        self.setWindowTitle(self.tr("Screening"))
        self.setAccessibleName(self.tr("Screening runner"))
        self.setStyleSheet(_BANNER)
        self.message = _label("", self)  # an operation's refusal, in its own words
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()
        self.pages = QStackedWidget(self)
        self.consent_page = self._build_consent()
        self.item_page = self._build_item()
        self.end_page = self._build_end()
        for page in (self.consent_page, self.item_page, self.end_page):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.pages, 1)
        self.resize(880, 680)
        if screening is not None:
            self._resume(screening)

    # -- consent ------------------------------------------------------------------------
    def _build_consent(self) -> QWidget:
        page = QWidget(self)
        self.instrument_combo = QComboBox(page)
        self.instrument_combo.setAccessibleName(self.tr("Instrument"))
        offered = screenings.list_instruments()
        may = [i for i in offered if policy.may_write(self.session.role, category_of(i.id))]
        for inst in may or offered:  # none writable: Start says why, in the policy's words
            self.instrument_combo.addItem(f"{inst.short_title} — {inst.title}", inst.id)
        self.purpose = _label("", page)
        self.licence = _label("", page, points=max(8.0, self.font().pointSizeF() - 1))
        self.licence.setAccessibleName(self.tr("Licence"))
        self.consent = QCheckBox(self.tr("%1 agreed to answer these questions")
                                 .replace("%1", self.case.display_name), page)
        self.consent_note = QLineEdit(page)
        self.consent_note.setPlaceholderText(self.tr("Optional, e.g. verbal consent, interpreter"))
        self.consent_note.setAccessibleName(self.tr("Consent note"))
        self.start_button = QPushButton(self.tr("&Start"), page)
        self.start_button.setAccessibleName(self.tr("Start"))
        self.start_button.setEnabled(False)
        self.consent.toggled.connect(self.start_button.setEnabled)
        self.start_button.clicked.connect(self.start)
        self.instrument_combo.currentIndexChanged.connect(self._show_about)
        form = QFormLayout()
        for text, field in ((self.tr("&Instrument"), self.instrument_combo),
                            ("", self.purpose), ("", self.licence), ("", self.consent),
                            (self.tr("Consent &note"), self.consent_note)):
            label = QLabel(text, page)
            label.setBuddy(field)
            form.addRow(label, field)
        close = QPushButton(self.tr("Cancel"), page)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.start_button)
        layout = QVBoxLayout(page)
        layout.addWidget(_label(self.tr("Before we start"), page, points=QUESTION_POINTS, bold=True))
        layout.addWidget(_label(self.tr(
            "Every question can be skipped, left for another day, or not answered. You can "
            "pause at any point and carry on later."), page))
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._show_about()
        return page

    def _show_about(self) -> None:
        inst_id = self.instrument_combo.currentData()
        if inst_id is None:
            return
        inst = instrument(inst_id)
        self.purpose.setText(inst.purpose)
        shipped = "" if inst.text_shipped else self.tr(
            " The questions' wording is not shipped: each shows a neutral label; read the "
            "licensed form aloud.")
        self.licence.setText(f"{inst.licence.holder}. {inst.licence.words}{shipped}")

    def start(self) -> None:
        """Record consent and start (``screenings.start_screening``)."""
        if not self.consent.isChecked():
            self.show_message(self.tr("Consent comes first: tick the box when %1 has agreed.")
                              .replace("%1", self.case.display_name))
            return
        note = self.consent_note.text().strip() or None
        done = self._call(lambda: screenings.start_screening(
            self.session, case_id=self.case.id, instrument_id=self.instrument_combo.currentData(),
            consent_at=self.session.now(), consent_note=note))
        if done is None:
            return
        self._begin(done.value, 0)

    def _resume(self, screening: Screening) -> None:
        if screening.status is ScreeningStatus.PAUSED:
            done = self._call(lambda: screenings.resume(
                self.session, screening_id=screening.id, version=screening.version))
            if done is None:
                self.screening = screening
                return
            screening = done.value
        inst = instrument(screening.instrument_id, screening.instrument_version)
        answered = {a.item_id for a in screening.answers}
        first = next((i for i, it in enumerate(inst.items) if it.id not in answered),
                     len(inst.items) - 1)
        self._begin(screening, first)

    def _begin(self, screening: Screening, index: int) -> None:
        self.screening = screening
        self.inst = instrument(screening.instrument_id, screening.instrument_version)
        self.setWindowTitle(self.tr("Screening: %1").replace("%1", self.inst.short_title))
        told = self._call(lambda: screenings.already_told(
            self.session, case_id=self.case.id, instrument_id=screening.instrument_id,
            exclude=screening.id), announce_it=False)
        self.told = {t.item_id: t for t in (told or [])}
        self.pages.setCurrentWidget(self.item_page)
        self.show_item(index)

    # -- items --------------------------------------------------------------------------
    def _build_item(self) -> QWidget:
        page = QWidget(self)
        self.progress = _label("", page, points=ANSWER_POINTS - 1)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.stem = _label("", page, points=QUESTION_POINTS - 4)
        self.question = _label("", page, points=QUESTION_POINTS, bold=True)
        self.question.setAccessibleName(self.tr("Question"))
        self.told_label = _label("", page, points=ANSWER_POINTS - 1)
        self.reuse_button = QPushButton(self.tr("&Use that answer (U)"), page)
        self.reuse_button.setAccessibleName(self.tr("Use that answer"))
        self.reuse_button.clicked.connect(self.reuse)
        told_row = QHBoxLayout()
        told_row.addWidget(self.told_label, 1)
        told_row.addWidget(self.reuse_button)
        self.scale_row = QVBoxLayout()
        self.scale_buttons: list[QPushButton] = []
        self.non_answer_buttons: dict[str, QPushButton] = {}
        self._answer_font = QFont(self.font())
        self._answer_font.setPointSizeF(ANSWER_POINTS)
        non_row = QHBoxLayout()
        for value, key in (("skip", "S"), ("not_today", "N"), ("prefer_not_to_say", "P")):
            words = translate("ScreeningRunner", NON_ANSWER_WORDS[value])
            button = QPushButton(f"{words} ({key})", page)
            button.setAccessibleName(words)
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setFont(self._answer_font)
            button.setMinimumHeight(36)
            button.clicked.connect(lambda _c=False, v=value: self.pick(v))
            self.non_answer_buttons[value] = button
            non_row.addWidget(button)
        non_row.addStretch(1)
        self.safety = QFrame(page)
        self.safety.setObjectName("safety")
        self.safety_text = _label("", self.safety, points=ANSWER_POINTS - 1)
        self.safety_text.setAccessibleName(self.tr("Safety"))
        QVBoxLayout(self.safety).addWidget(self.safety_text)
        self.safety.hide()
        self.confirm = _Confirm(page)
        self.back_button = QPushButton(self.tr("&Back"), page)
        self.pause_button = QPushButton(self.tr("&Pause"), page)
        self.stop_button = QPushButton(self.tr("Stop — they do not want to go on"), page)
        for b in (self.back_button, self.pause_button, self.stop_button, self.reuse_button):
            b.setAutoDefault(False)
        self.back_button.clicked.connect(self.back)
        self.pause_button.clicked.connect(self.ask_pause)
        self.stop_button.clicked.connect(self.ask_stop)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        bottom.addWidget(self.pause_button)
        bottom.addWidget(self.stop_button)
        # the question and its answers scroll when they do not fit (long items, large fonts):
        # never squeezed over each other; the banner and the way out stay in view
        body = QWidget(page)
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.progress)
        inner.addWidget(self.stem)
        inner.addSpacing(6)
        inner.addWidget(self.question)
        inner.addLayout(told_row)
        inner.addSpacing(6)
        inner.addLayout(self.scale_row)
        inner.addLayout(non_row)
        inner.addStretch(1)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(body)
        self.body = body
        layout = QVBoxLayout(page)
        layout.addWidget(self.safety)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.confirm)
        layout.addLayout(bottom)
        return page

    def current_item(self) -> Item | None:
        """The item on screen (None before the first or after the last)."""
        if self.inst is None or not 0 <= self.index < len(self.inst.items):
            return None
        return self.inst.items[self.index]

    def show_item(self, index: int) -> None:
        """Show item ``index``: its question, its scale, and what was told before."""
        assert self.inst is not None and self.screening is not None
        self.index = index
        item = self.inst.items[index]
        self.progress.setText(self.tr("Question %1 of %2").replace("%1", str(index + 1))
                              .replace("%2", str(len(self.inst.items))))
        self.stem.setText(self.inst.stem or "")
        self.stem.setVisible(bool(self.inst.stem))
        self.question.setText(item.text or item.label)
        for button in self.scale_buttons:
            self.scale_row.removeWidget(button)
            button.hide()  # not painted again before the deferred delete runs
            button.deleteLater()
        given = self.screening.answer(item.id)
        self.scale_buttons = []
        for point in item.scale:
            button = QPushButton(f"{point.value} · {point.label}", self.body)
            button.setAccessibleName(point.label)
            button.setCheckable(True)
            button.setChecked(given is not None and given.value == point.value)
            button.setAutoDefault(False)
            button.setFont(self._answer_font)
            button.setMinimumHeight(40)
            button.setStyleSheet("text-align: left; padding: 4px 12px;")
            button.clicked.connect(lambda _c=False, v=point.value: self.pick(v))
            self.scale_row.addWidget(button)
            self.scale_buttons.append(button)
        for value, button in self.non_answer_buttons.items():
            button.setChecked(given is not None and given.value == value)
        told = self.told.get(item.id)
        line = told_line(item, told) if told else ""
        if told is not None and not told.reusable:
            line += f" ({told.why})"  # e.g. outside the recall period: ask again
        self.told_label.setText(line)
        self.told_label.setVisible(told is not None)
        self.reuse_button.setVisible(told is not None and told.reusable)
        self.back_button.setEnabled(index > 0)
        self.confirm.hide()
        (self.scale_buttons[0] if self.scale_buttons else self.pause_button).setFocus()

    def pick(self, value: int | str) -> None:
        """Save the answer to the item on screen (``screenings.answer``), then go on."""
        item = self.current_item()
        if item is None or self.screening is None:
            return
        current = self.screening
        done = self._call(lambda: screenings.answer(
            self.session, screening_id=current.id, answers={item.id: value},
            version=current.version))
        if done is None:
            self.show_item(self.index)  # the buttons show what is saved, not what was pressed
            return
        answered = done.value
        self.screening = answered.screening
        if answered.flags:
            self.flags.extend(answered.flags)
            self.tasks.extend(answered.tasks)
            self._show_safety(answered.flags, answered.tasks)
        if self.index + 1 < len(self.inst.items):  # type: ignore[union-attr]
            self.show_item(self.index + 1)
        else:
            self.finish()

    def reuse(self) -> None:
        """Answer the item on screen with what was told before (when it may be reused)."""
        item = self.current_item()
        told = self.told.get(item.id) if item else None
        if told is not None and told.reusable:
            self.pick(told.answer.value)

    def back(self) -> None:
        """Go to the previous item (its saved answer shows; answering again replaces it)."""
        if self.index > 0:
            self.show_item(self.index - 1)

    def _show_safety(self, flags: tuple[SafetyFlag, ...], tasks: tuple[Any, ...]) -> None:
        lines = [f.message for f in flags]
        if tasks:
            lines += [self.tr("A same-day task was created for the clinician: %1")
                      .replace("%1", t.title) for t in tasks]
        else:
            lines += [self.tr("A same-day task for the clinician is already open: %1")
                      .replace("%1", f.task) for f in flags]
        lines.append(self.tr("You can keep going, pause, or stop; please make sure the "
                             "clinician knows before the person leaves."))
        self.safety_text.setText("\n".join(lines))
        self.safety.show()

    # -- pause, stop, finish ------------------------------------------------------------
    def ask_pause(self) -> None:
        """Ask "Pause here?" inline; yes calls ``screenings.pause``."""
        self.confirm.ask(self.tr("Pause here? You can resume later."), self.tr("Yes, pause"),
                         self.pause)

    def ask_stop(self) -> None:
        """Ask before recording that they do not want to go on (``screenings.decline``)."""
        self.confirm.ask(self.tr("Stop here? Nothing more will be asked, and there will be no "
                                 "score. What was answered is kept."),
                         self.tr("Yes, stop"), self.stop)

    def pause(self) -> None:
        """Pause the screening (``screenings.pause``) and say how to carry on."""
        if self.screening is None:
            return
        current = self.screening
        done = self._call(lambda: screenings.pause(self.session, screening_id=current.id,
                                                   version=current.version))
        if done is not None:
            self.screening = done.value
            self._show_end(self.tr("Paused"), [self.tr(
                "Paused at question %1. Nothing is lost: resume it from the Screenings tab "
                "whenever %2 is ready.").replace("%1", str(self.index + 1))
                .replace("%2", self.case.display_name)])

    def stop(self) -> None:
        """Record that they declined to go on (``screenings.decline``)."""
        if self.screening is None:
            return
        current = self.screening
        done = self._call(lambda: screenings.decline(self.session, screening_id=current.id,
                                                     version=current.version))
        if done is not None:
            self.screening = done.value
            self._show_end(self.tr("Stopped"), [self.tr(
                "Stopped: %1 did not want to go on, and that is respected. What was answered "
                "is kept; there is no score.").replace("%1", self.case.display_name)])

    def finish(self) -> None:
        """Score and close the screening (``screenings.complete``) and show the result."""
        if self.screening is None:
            return
        current = self.screening
        done = self._call(lambda: screenings.complete(self.session, screening_id=current.id,
                                                      version=current.version))
        if done is None:
            return
        completed = done.value
        self.screening, self.result = completed.screening, completed.result
        self.tasks.extend(completed.tasks)
        self._show_end(self.tr("Done — thank you"), self._result_lines(completed))

    def _result_lines(self, completed: Any) -> list[str]:
        inst, result = self.inst, completed.result
        assert inst is not None
        if result.total is not None:
            lines = [self.tr("Score: %1 of %2").replace("%1", str(result.total))
                     .replace("%2", str(inst.max_total))]
            if result.note:
                lines.append(result.note)
        else:
            lines = [self.tr("No score: %1").replace("%1", result.reason or "")]
        if result.band is not None:
            lines.append(self.tr("Band: %1").replace("%1", result.band.label))
            if result.band.action:
                lines.append(result.band.action)
        series = self._call(lambda: screenings.outcomes(self.session, case_id=self.case.id),
                            announce_it=False) or []
        for s in series:
            if (s.instrument_id == inst.id and s.points
                    and s.points[-1].screening_id == completed.screening.id
                    and s.since_baseline is not None):
                lines.append(self.tr("Since the baseline: %1").replace(
                    "%1", s.since_baseline.summary))
        seen: set[int] = set()
        for task in self.tasks:
            if task.id not in seen:
                seen.add(task.id)
                lines.append(self.tr("Safety task for today: %1").replace("%1", task.title))
        if not self.tasks:  # flags whose task was already open today: still said, never silent
            lines += [f"{flag.message} {flag.task}" for flag in result.flags]
        return lines

    def _build_end(self) -> QWidget:
        page = QWidget(self)
        self.end_title = _label("", page, points=QUESTION_POINTS, bold=True)
        self.end_text = _label("", page, points=QUESTION_POINTS - 4)
        self.end_text.setAccessibleName(self.tr("Result"))
        self.close_button = QPushButton(self.tr("&Close"), page)
        self.close_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.end_title)
        layout.addWidget(self.end_text)
        layout.addStretch(1)
        layout.addLayout(row)
        return page

    def _show_end(self, title: str, lines: list[str]) -> None:
        self.end_title.setText(title)
        self.end_text.setText("\n".join(lines))
        self.pages.setCurrentWidget(self.end_page)
        self.close_button.setFocus()

    # -- plumbing -----------------------------------------------------------------------
    def _call(self, op: Callable[[], Any], announce_it: bool = True) -> Any:
        """Run one operation; its refusal is shown in the dialog (None), its changes announced."""
        try:
            done = op()
        except WorkbenchError as exc:
            self.show_message(str(exc))
            return None
        self.show_message("")
        if announce_it:
            announce(self.session, done, self)
        return done

    def show_message(self, text: str) -> None:
        """Show (or, with "", hide) what an operation refused."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def in_progress(self) -> bool:
        """True while items are being asked (a screening started and not paused or closed)."""
        return (self.screening is not None and self.pages.currentWidget() is self.item_page
                and self.screening.status is ScreeningStatus.IN_PROGRESS)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if self.pages.currentWidget() is not self.item_page or event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            super().keyPressEvent(event)
            return
        key = event.key()
        item = self.current_item()
        if key == Qt.Key.Key_Escape:
            if self.confirm.isVisible():
                self.confirm.hide()
            else:
                self.ask_pause()
        elif item is not None and Qt.Key.Key_0 <= key <= Qt.Key.Key_9 and (
                key - int(Qt.Key.Key_0)) in item.values:
            self.pick(key - int(Qt.Key.Key_0))
        elif key in _NON_ANSWER_KEYS:
            self.pick(_NON_ANSWER_KEYS[key])
        elif key == Qt.Key.Key_U and self.reuse_button.isVisible():
            self.reuse()
        else:
            super().keyPressEvent(event)

    def reject(self) -> None:
        """Closing while items are asked pauses the screening (every answer is already saved)."""
        if self.in_progress():
            self.pause()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.in_progress():
            self.pause()
        super().closeEvent(event)
