"""The survivor feedback form: a kiosk-style dialog a staff member hands to the survivor.

One question at a time in large text, big answer buttons (a drawn face and words for the 1-5
scales, words for yes / no / not sure: never colour alone), Skip on every question, a language
picker showing each language by its own name, and an anonymous thank-you page. No case is
selected or shown anywhere; after saving the form resets itself for the next person.
Keyboard: number keys answer, S skips, Enter starts or finishes, Escape goes back (on the first
page it closes the form). It calls workbench.operations.feedback and shows what it returns.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QKeyEvent, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from models.errors import WorkbenchError
from ui.i18n import current_language
from ui.operation_signals import announce
from ui.session import UiSession
from workbench.operations import feedback
from workbench.operations.feedback import FormTexts

TITLE_POINTS = 24
QUESTION_POINTS = 22  # read across a desk, or by someone with low vision
ANSWER_POINTS = 16
FACE_SIZE = 44
_STYLE = ("QPushButton[answer=\"true\"] { text-align: left; padding: 10px 18px; border: 2px solid "
          "#5B6770; border-radius: 10px; background: #FFFFFF; color: #1F2933; }"
          " QPushButton[answer=\"true\"]:focus { border: 3px solid #0B5CAD; background: #EAF2FB; }"
          " QPushButton[answer=\"true\"]:hover { background: #EAF2FB; }")


def face_icon(level: int, of: int = 5) -> QIcon:
    """A drawn face from a frown (1) to a broad smile (``of``): a shape, not a colour."""
    pix = QPixmap(FACE_SIZE, FACE_SIZE)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(QColor("#1F2933"), 2.5))
    p.setBrush(QColor("#FFFFFF"))
    m = 3.0
    p.drawEllipse(QRectF(m, m, FACE_SIZE - 2 * m, FACE_SIZE - 2 * m))
    p.setBrush(QColor("#1F2933"))
    for x in (0.36, 0.64):
        p.drawEllipse(QPointF(FACE_SIZE * x, FACE_SIZE * 0.40), 2.6, 2.6)
    curve = (level - (of + 1) / 2) / ((of - 1) / 2)  # -1 frown .. 0 flat .. 1 smile
    y = FACE_SIZE * 0.66
    mouth = QPainterPath(QPointF(FACE_SIZE * 0.30, y - 3 * curve))
    mouth.quadTo(QPointF(FACE_SIZE * 0.5, y + 9 * curve), QPointF(FACE_SIZE * 0.70, y - 3 * curve))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(mouth)
    p.end()
    return QIcon(pix)


def _label(parent: QWidget, points: float, bold: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = QFont(label.font())
    font.setPointSizeF(points)
    font.setBold(bold)
    label.setFont(font)
    return label


class FeedbackFormDialog(QDialog):
    """Anonymous feedback, one question per page; ``saved`` counts the answers saved this time.

    Pages: start (language and intro), one question, thank-you. The survivor's answers are
    held only until they are saved, then cleared.
    """

    def __init__(self, session: UiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.texts: FormTexts = feedback.questions()
        self.index = 0
        self.answers: dict[str, int | str | None] = {}
        self.saved = 0
        self.setWindowTitle(self.tr("Survivor feedback"))
        self.setAccessibleName(self.tr("Survivor feedback form"))
        self.setStyleSheet(_STYLE)
        self.pages = QStackedWidget(self)
        self.start_page, self.question_page, self.end_page = (
            self._build_start(), self._build_question(), self._build_end())
        for page in (self.start_page, self.question_page, self.end_page):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 28, 36, 28)
        layout.addWidget(self.pages, 1)
        self.resize(900, 680)
        self.reset()
        # However it closes (Escape, done, the lock), nothing of one person's answers is kept
        # for the next time it shows.
        self.finished.connect(self.reset)

    # -- pages ----------------------------------------------------------------------------
    def _build_start(self) -> QWidget:
        page = QWidget(self)
        self.language = QComboBox(page)
        self.language.setAccessibleName("Language / Idioma / Мова / Ngôn ngữ / 语言")
        font = QFont(self.language.font())
        font.setPointSizeF(ANSWER_POINTS)
        self.language.setFont(font)
        for code, name in feedback.languages():
            self.language.addItem(name, code)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.title = _label(page, TITLE_POINTS, bold=True)
        self.intro = _label(page, ANSWER_POINTS)
        self.start_button = QPushButton(page)
        self.start_button.setFont(font)
        self.start_button.setMinimumHeight(56)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.notice = _label(page, ANSWER_POINTS - 2)  # an operation's refusal, in its words
        self.notice.setAccessibleName(self.tr("Message"))
        self.notice.hide()
        row = QHBoxLayout()
        row.addWidget(self.language)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addSpacing(24)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addStretch(1)
        layout.addWidget(self.notice)
        layout.addWidget(self.start_button)
        return page

    def _build_question(self) -> QWidget:
        page = QWidget(self)
        self.progress = _label(page, ANSWER_POINTS - 3)
        self.question = _label(page, QUESTION_POINTS, bold=True)
        self.question.setAccessibleName(self.tr("Question"))
        self.answer_box = QVBoxLayout()
        self.answer_box.setSpacing(10)
        self.answer_buttons: list[QPushButton] = []
        small = QFont(self.font())
        small.setPointSizeF(ANSWER_POINTS - 2)
        self.back_button = QPushButton(page)
        self.skip_button = QPushButton(page)
        for b in (self.back_button, self.skip_button):
            b.setFont(small)
            b.setMinimumHeight(48)
            b.setAutoDefault(False)
        self.back_button.clicked.connect(self.back)
        self.skip_button.clicked.connect(self.skip)
        self.message = _label(page, ANSWER_POINTS - 3)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.skip_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.progress)
        layout.addWidget(self.question)
        layout.addSpacing(12)
        layout.addLayout(self.answer_box)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addLayout(nav)
        return page

    def _build_end(self) -> QWidget:
        page = QWidget(self)
        self.thanks_title = _label(page, TITLE_POINTS, bold=True)
        self.thanks_title.setAccessibleName(self.tr("Thank you"))
        self.thanks_body = _label(page, ANSWER_POINTS)
        self.done_button = QPushButton(page)
        font = QFont(self.font())
        font.setPointSizeF(ANSWER_POINTS)
        self.done_button.setFont(font)
        self.done_button.setMinimumHeight(56)
        self.done_button.clicked.connect(self.reset)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.thanks_title)
        layout.addWidget(self.thanks_body)
        layout.addStretch(2)
        layout.addWidget(self.done_button)
        return page

    # -- flow -----------------------------------------------------------------------------
    def reset(self) -> None:
        """Back to the start page in the UI's language (English when the form has no
        translation for it), with no answers held: ready for the next person."""
        self.answers, self.index = {}, 0
        self.message.hide()
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.language.blockSignals(False)
        self._set_language(self.language.currentData())
        self.pages.setCurrentWidget(self.start_page)
        self.start_button.setFocus()

    def _language_changed(self) -> None:
        self._set_language(self.language.currentData())

    def _set_language(self, code: str) -> None:
        self.texts = feedback.questions(code)
        t = self.texts
        rtl = code in ("ar", "fa", "ur", "he")
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl
                                else Qt.LayoutDirection.LeftToRight)
        self.title.setText(t.title)
        self.intro.setText(t.intro)
        self.start_button.setText(t.start)
        self.back_button.setText(t.back)
        self.skip_button.setText(f"{t.skip}  (S)")
        self.skip_button.setAccessibleName(t.skip)
        self.thanks_title.setText(t.thanks_title)
        self.thanks_body.setText(t.thanks_body)
        self.done_button.setText(t.done)

    def start(self) -> None:
        """The first question."""
        self.notice.hide()
        self.index = 0
        self.pages.setCurrentWidget(self.question_page)
        self._show_question()

    def _show_question(self) -> None:
        q = self.texts.questions[self.index]
        total = len(self.texts.questions)
        self.progress.setText(self.texts.question_of.format(n=self.index + 1, total=total))
        self.question.setText(q.text)
        for b in self.answer_buttons:
            self.answer_box.removeWidget(b)
            b.deleteLater()
        self.answer_buttons = []
        font = QFont(self.font())
        font.setPointSizeF(ANSWER_POINTS)
        scale = all(isinstance(v, int) for v, _ in q.answers)
        for key, (value, words) in enumerate(q.answers, start=1):
            b = QPushButton(f"{key}   {words}", self.question_page)
            b.setProperty("answer", True)
            b.setFont(font)
            b.setMinimumHeight(FACE_SIZE + 16)
            b.setAutoDefault(False)
            b.setAccessibleName(words)
            if scale:
                b.setIcon(face_icon(int(value), len(q.answers)))
                b.setIconSize(QSize(FACE_SIZE, FACE_SIZE))
            b.clicked.connect(lambda _=False, v=value: self.answer(v))
            self.answer_box.addWidget(b)
            b.show()  # now, not when the layout gets round to it: a hidden button takes no focus
            self.answer_buttons.append(b)
        chosen = self.answers.get(q.id)
        values = [v for v, _ in q.answers]
        focus = values.index(chosen) if chosen in values else 0
        self.answer_buttons[focus].setFocus()

    def answer(self, value: int | str | None) -> None:
        """Record the answer to the current question (None: skipped) and move on."""
        self.answers[self.texts.questions[self.index].id] = value
        if self.index + 1 < len(self.texts.questions):
            self.index += 1
            self._show_question()
        else:
            self._save()

    def skip(self) -> None:
        """Leave the current question unanswered."""
        self.answer(None)

    def back(self) -> None:
        """The previous question, or the start page from the first one."""
        self.message.hide()
        if self.index == 0:
            self.pages.setCurrentWidget(self.start_page)
            self.start_button.setFocus()
        else:
            self.index -= 1
            self._show_question()

    def _save(self) -> None:
        a = self.answers
        if all(a.get(q.id) is None for q in self.texts.questions):
            # nothing to keep: say so plainly and start again (nothing is stored)
            self.reset()
            self.notice.setText(self.tr("Every question was skipped, so nothing was saved."))
            self.notice.show()
            return
        try:
            done = feedback.add_feedback(self.session, satisfaction=_int(a.get("satisfaction")),
                                         felt_safe=_str(a.get("felt_safe")),
                                         felt_listened=_int(a.get("felt_listened")),
                                         language=self.texts.language)
        except WorkbenchError as exc:
            # the answers are kept: answering the last question again tries again
            self.message.setText(str(exc))
            self.message.show()
            return
        announce(self.session, done, self, self.tr("Survivor feedback saved."))
        self.saved += 1
        self.answers = {}
        self.pages.setCurrentWidget(self.end_page)
        self.done_button.setFocus()

    # -- keyboard -------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Number keys answer, S skips, Enter starts/finishes, Escape goes back."""
        key, page = event.key(), self.pages.currentWidget()
        if page is self.question_page:
            if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
                n = int(key) - int(Qt.Key.Key_1)
                if n < len(self.answer_buttons):
                    self.answer_buttons[n].click()
                return
            if key == Qt.Key.Key_S:
                self.skip()
                return
            if key in (Qt.Key.Key_Escape, Qt.Key.Key_Backspace):
                self.back()
                return
            focused = self.focusWidget()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(focused, QPushButton):
                focused.click()  # the highlighted answer (arrow keys and Tab move it)
                return
        if page is self.end_page and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter,
                                             Qt.Key.Key_Escape):
            self.reset()
            return
        if page is self.start_page and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not self.language.hasFocus():
            self.start()
            return
        super().keyPressEvent(event)


def _int(value: object) -> int | None:
    return value if isinstance(value, int) else None


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None
