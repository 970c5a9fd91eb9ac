"""Render the main screens of a demo vault offscreen into PNG files: `make screenshots`."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time as _time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

SIZE = (1366, 768)  # the smallest screen the layout is made for
LARGE = (1920, 1080)
USER, PASSPHRASE = "ana", "workbench demo 2026"


def _build_vault(path: Path) -> str | None:
    """The demo vault when workbench.demo works, else a small fictional one; returns the banner."""
    try:
        from workbench import demo

        demo.build_demo(path, today=date.today(), kdf_profile="fast")
        return demo.banner_text()
    except Exception as exc:  # noqa: BLE001 - the demo is optional here; say so and go on
        print(f"demo vault unavailable ({type(exc).__name__}); using a small one", file=sys.stderr)
        shutil.rmtree(path, ignore_errors=True)
    _small_vault(path)
    return f"Demo vault (fictional cases). User: {USER}. Passphrase: {PASSPHRASE}"


def _small_vault(path: Path) -> None:
    from models.records import Category, EventKind, Owner, Role
    from models.vault import create_vault
    from workbench.operations import cases, dates
    from workbench.operations.context import Context

    vault, _code = create_vault(path, USER, Role.ADVOCATE, PASSPHRASE, kdf_profile="fast")
    today, zone = date.today(), ZoneInfo("America/Los_Angeles")
    ctx = Context(vault, today=lambda: today)
    try:
        made = [
            cases.add_case(ctx, display_name="Maya R.", languages=("es",),
                           interpreter_language="es", assigned_to=("ana",), jurisdiction="CA",
                           safe_contact="Text only"),
            cases.add_case(ctx, display_name="Li W.", languages=("zh",), assigned_to=("ana", "ben")),
            cases.add_case(ctx, display_name="Ola K.", confidential_address=True,
                           assigned_to=("cam",)),
        ]
        for i, case in enumerate(d.value for d in made):
            at = datetime.combine(today + timedelta(days=2 + i), time(10), tzinfo=zone)
            dates.add_event(ctx, case_id=case.id, kind=EventKind.SERVICE_APPOINTMENT,
                            title="Housing appointment", category=Category.HOUSING_BENEFITS,
                            start=at, end=at + timedelta(hours=1), tz=zone.key,
                            interpreter_needed=i == 0, interpreter_language="es" if i == 0 else None)
            dates.add_event(ctx, case_id=case.id, kind=EventKind.LEGAL_DEADLINE,
                            title="File evidence", category=Category.IMMIGRATION,
                            due=today + timedelta(days=5 + 3 * i), owner=Owner.CLIENT,
                            assigned_to="ana")
            dates.add_event(ctx, case_id=case.id, kind=EventKind.COURT_HEARING, title="Hearing",
                            category=Category.PROTECTIVE_ORDER, start=at,
                            end=at + timedelta(hours=2), tz=zone.key)
        dates.add_event(ctx, case_id=made[1].value.id, kind=EventKind.LEGAL_DEADLINE,
                        title="Serve notice", category=Category.PROTECTIVE_ORDER,
                        due=today - timedelta(days=2), owner=Owner.CLIENT)
    finally:
        vault.lock()


def _save(widget: QWidget, out: Path, name: str) -> Path:
    app = QApplication.instance()
    for _ in range(3):  # let layouts and deferred deletes settle
        app.processEvents()
    target = out / f"{name}.png"
    widget.grab().save(str(target))
    return target


def _settle(window: QWidget) -> None:
    """Let background reloads land (views reload off the UI thread after a change)."""
    from ui.live_view import LiveView

    app = QApplication.instance()
    for _ in range(2000):
        app.processEvents()
        if not any(v.is_busy() for v in window.findChildren(LiveView)):
            break
        _time.sleep(0.002)


def _save_with_tooltip(window: QWidget, button: QWidget, out: Path, name: str) -> Path:
    """The window with ``button``'s tooltip drawn where Qt shows it (a tooltip is a window
    of its own, so ``grab()`` of the main window would leave it out)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QToolTip

    app = QApplication.instance()
    button.window().activateWindow()
    anchor = button.mapToGlobal(QPoint(button.width() // 2, button.height()))
    QToolTip.showText(anchor, button.toolTip(), button)
    for _ in range(5):
        app.processEvents()
    image = window.grab()
    tip = next((w for w in app.topLevelWidgets()
                if type(w).__name__ == "QTipLabel" or w.inherits("QTipLabel")), None)
    if tip is not None and tip.isVisible():
        # just below the button (Qt would place it so, but clamps it to the offscreen screen)
        at = button.mapTo(window, QPoint(0, button.height() + 4))
        at.setX(max(0, min(at.x(), window.width() - tip.width() - 4)))
        painter = QPainter(image)
        painter.drawPixmap(at, tip.grab())
        painter.end()
    QToolTip.hideText()
    target = out / f"{name}.png"
    image.save(str(target))
    return target


def _case_with_withheld(window: QWidget) -> tuple[int, str, str, str] | None:
    """Case, kind, recipient and purpose whose packet (for this user's role) withholds the
    most, role-withheld categories included."""
    from exports.packet_job import PacketRequest
    from models.errors import ConsentRefused, WorkbenchError
    from workbench.operations import packets

    session = window.session
    best: tuple[int, tuple[int, str, str, str]] | None = None
    for case in session.store.list_cases():
        records = packets.case_records(session, case_id=case.id)
        pairs = {(c.recipient, c.purpose) for c in records.consents}
        for kind in ("court", "immigration", "agency"):
            for recipient, purpose in sorted(pairs):
                request = PacketRequest(kind, recipient, purpose)
                try:
                    plan = packets.plan_packet(session, records=records, request=request)
                except ConsentRefused:
                    continue
                except WorkbenchError:
                    continue
                roles = sum(1 for w in plan.withheld if w.reason.value.startswith("not visible"))
                score = len(plan.withheld) + 10 * roles
                if plan.withheld and (best is None or score > best[0]):
                    best = (score, (case.id, kind, recipient, purpose))
    return best[1] if best else None


def _packet_screens(window: QWidget, out: Path, tmp: Path) -> list[Path]:
    """The packet builder with its included/withheld preview, then the finished packet."""
    found = _case_with_withheld(window)
    if found is None:
        return []
    case_id, kind, recipient, purpose = found
    workspace = window.work.open_case(case_id)
    workspace.setCurrentIndex(7)
    written = [_save(window, out, "packets-tab")]
    dialog = workspace.tab(7).new_packet()
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    dialog.recipient.setCurrentText(recipient)
    dialog.purpose.setCurrentText(purpose)
    dialog.resize(1100, 760)
    folder = tmp / "packets"
    folder.mkdir()
    dialog.set_folder(str(folder))
    written.append(_save(dialog, out, "packet-builder"))
    if dialog.start_generate():
        app = QApplication.instance()
        while dialog.is_busy():
            app.processEvents()
        written.append(_save(dialog, out, "packet-preview"))
    dialog.close()
    return written


@contextmanager
def _as_clinician(vault_path: Path, recent: object) -> Iterator[Any]:
    """The main window signed in as the demo's clinician (ben), shown at SIZE; None when the
    vault has no clinician (the small one). Locked and closed at the end, however it ends."""
    from models.errors import WorkbenchError
    from workbench.app import build_main_window

    try:
        window = build_main_window(vault_path, "ben", PASSPHRASE, recent=recent)
    except WorkbenchError:
        yield None
        return
    try:
        window.resize(*SIZE)
        window.show()
        yield window
    finally:
        window.lock()
        window.close()


def _role_screens(vault_path: Path, recent: object, out: Path) -> list[Path]:
    """What a clinician (ben, in the demo vault) sees: legal actions disabled, saying why."""
    written: list[Path] = []
    with _as_clinician(vault_path, recent) as window:
        if window is None:
            return []
        first = window.work.caseload.model.summary(0).case.id
        workspace = window.work.open_case(first)
        if workspace is not None:
            workspace.setCurrentIndex(3)
            matters = workspace.tab(3)
            _settle(window)
            written.append(_save_with_tooltip(window, matters.add_matter_button, out,
                                              "clinician-matters"))
            workspace.setCurrentIndex(1)
            timeline = workspace.tab(1)
            _settle(window)
            written.append(_save_with_tooltip(window, timeline.add_hearing, out,
                                              "clinician-timeline"))
    return written


def _screened_case(session: object) -> int | None:
    """A case whose PHQ-9 has several scored screenings (the demo's improving case first)."""
    from workbench.operations import screenings

    for case in session.store.list_cases():  # type: ignore[attr-defined]
        series = screenings.outcomes(session, case_id=case.id)  # type: ignore[arg-type]
        if any(s.instrument_id == "phq9" and len(s.points) > 1 for s in series):
            return case.id  # type: ignore[no-any-return]
    return None


def _seed_screenings(session: object) -> int | None:
    """Monthly PHQ-9s on the first case, through the operations (a vault without any)."""
    from datetime import UTC

    from workbench.operations import screenings

    case = session.store.list_cases()[0]  # type: ignore[attr-defined]
    now = datetime.now(UTC)
    for months, total in enumerate((17, 14, 12, 9)):
        at = now - timedelta(days=30 * (4 - months))
        answers: dict[str, int | str] = {f"phq9_{i + 1}": min(3, total // 8 + (i < total % 8))
                                         for i in range(8)}
        answers["phq9_9"] = 0
        screenings.administer(session, case_id=case.id, instrument_id="phq9",  # type: ignore[arg-type]
                              answers=answers, consent_at=at, at=at)
    return case.id  # type: ignore[no-any-return]


def _screening_screens(vault_path: Path, recent: object, out: Path) -> list[Path]:
    """What a clinician sees: the Screenings tab with its outcomes chart, and the runner at
    its third question (a screening started for the picture, in the throw-away vault)."""
    from ui.screening_runner import ScreeningRunnerDialog

    written: list[Path] = []
    with _as_clinician(vault_path, recent) as window:
        if window is None:
            return []
        session = window.session
        case_id = _screened_case(session) or _seed_screenings(session)
        workspace = window.work.open_case(case_id)
        if workspace is None:
            return []
        workspace.setCurrentIndex(9)
        _settle(window)
        written.append(_save(window, out, "screenings"))
        runner = ScreeningRunnerDialog(session, workspace.tab(9).case, None, window)
        runner.instrument_combo.setCurrentIndex(runner.instrument_combo.findData("phq9"))
        runner.consent.setChecked(True)
        runner.consent_note.setText("Verbal consent; Spanish interpreter present")
        runner.start()
        runner.pick(1)
        runner.pick(2)
        runner.show()
        written.append(_save(runner, out, "screening-runner"))
        runner.pause()
        runner.accept()
    return written


def _careplan_screen(vault_path: Path, recent: object, out: Path) -> list[Path]:
    """What a clinician sees on the Care plan & referrals page of the demo's C-0001."""
    with _as_clinician(vault_path, recent) as window:
        case = window.session.store.get_case_by_ref("C-0001") if window else None
        workspace = window.work.open_case(case.id) if case else None
        if workspace is None:
            return []
        workspace.setCurrentIndex(6)  # "Care plan && referrals" in ui.case_workspace.TABS
        _settle(window)
        return [_save(window, out, "care-plan")]


def _main_screens(window: QWidget, size: tuple[int, int], suffix: str, out: Path) -> list[Path]:
    """Caseload, an open case (overview), its timeline and its consent ledger at ``size``."""
    window.resize(*size)
    work = window.work  # type: ignore[attr-defined]
    work.close_case()
    _settle(window)
    written = [_save(window, out, "caseload" + suffix)]
    workspace = work.open_case(work.caseload.model.summary(0).case.id)
    _settle(window)
    written.append(_save(window, out, "case-workspace" + suffix))
    if workspace is not None:
        for page, name in ((1, "timeline"), (4, "consent")):
            workspace.setCurrentIndex(page)
            _settle(window)
            written.append(_save(window, out, name + suffix))
    return written


def _more_screens(window: QWidget, out: Path) -> list[Path]:
    """The Legal page, the timeline at week and year zoom, and the intake form (1366x768)."""
    window.resize(*SIZE)
    work = window.work  # type: ignore[attr-defined]
    work.close_case()
    workspace = work.open_case(work.caseload.model.summary(0).case.id)
    written: list[Path] = []
    if workspace is not None:
        workspace.setCurrentIndex(3)
        _settle(window)
        written.append(_save(window, out, "legal"))
        workspace.setCurrentIndex(1)
        timeline = workspace.tab(1)
        for days, name in ((7, "timeline-week"), (366, "timeline-year")):
            timeline.view.set_span_days(days)  # type: ignore[attr-defined]
            timeline.view.jump_to_today()  # type: ignore[attr-defined]
            _settle(window)
            written.append(_save(window, out, name))
        timeline.view.set_span_days(31)  # type: ignore[attr-defined]
    work.close_case()
    intake = work.new_case()
    intake.display_name.setText("Maya R.")
    _settle(window)
    written.append(_save(intake, out, "intake"))
    intake.reject()
    return written


def _conference_screens(window: QWidget, out: Path) -> list[Path]:
    """The Case conferences page of the demo's first case: its latest minutes (1366x768)."""
    session = window.session  # type: ignore[attr-defined]
    case = next(iter(session.store.list_cases()), None)
    workspace = window.work.open_case(case.id) if case else None  # type: ignore[attr-defined]
    if workspace is None:
        return []
    workspace.setCurrentIndex(11)  # Case conferences (ui.case_workspace.TABS)
    _settle(window)
    return [_save(window, out, "case-conferences")]


def _safety_plan_screen(window: QWidget, out: Path) -> list[Path]:
    """The Safety plan page of the first case that has a plan (1366x768)."""
    from workbench.operations.safety_plans import plan_for

    session, work = window.session, window.work  # type: ignore[attr-defined]
    case = next((c for c in session.store.list_cases() if plan_for(session, case_id=c.id)), None)
    workspace = work.open_case(case.id) if case is not None else None
    if workspace is None:
        return []
    window.resize(*SIZE)
    workspace.setCurrentIndex(10)  # "Safety plan" in ui.case_workspace.TABS
    _settle(window)
    return [_save(window, out, "safety-plan")]


def render(out: Path) -> list[Path]:
    """Write unlock, caseload, case workspace, timeline and lock screen PNGs into ``out``."""
    from ui.main_window import MainWindow
    from ui.vault_picker import RecentVaults
    from workbench.app import _application, build_main_window

    out.mkdir(parents=True, exist_ok=True)
    app = _application()
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        vault_path = Path(tmp) / "demo-vault"
        banner = _build_vault(vault_path)
        recent = RecentVaults(Path(tmp) / "settings.ini")  # never touch the user's settings
        unlock = MainWindow(str(vault_path), recent=recent, banner=banner)
        unlock.resize(*SIZE)
        unlock.show()
        unlock.unlock.user.setText(USER)
        written.append(_save(unlock, out, "unlock"))
        unlock.close()
        window = build_main_window(vault_path, USER, PASSPHRASE, recent=recent)
        window.show()
        for size, suffix in ((LARGE, "-1920"), (SIZE, "")):
            written += _main_screens(window, size, suffix, out)
        written += _packet_screens(window, out, Path(tmp))
        written += _more_screens(window, out)
        written += _safety_plan_screen(window, out)
        written += _conference_screens(window, out)
        window.lock()
        written.append(_save(window, out, "lock-screen"))
        window.close()
        app.processEvents()
        written += _role_screens(vault_path, recent, out)
        app.processEvents()
        written += _screening_screens(vault_path, recent, out)
        app.processEvents()
        written += _careplan_screen(vault_path, recent, out)
        app.processEvents()
        written += _dashboard_screen(vault_path, out)
        app.processEvents()
    return written


def _dashboard_screen(vault_path: Path, out: Path) -> list[Path]:
    """The program dashboard as the demo's supervisor (sam), the last four quarters, at SIZE."""
    from models.errors import WorkbenchError
    from models.vault import open_vault
    from ui.dashboard import DashboardDialog
    from ui.session import UiSession
    from workbench.operations import reports

    try:
        vault = open_vault(vault_path, "sam", PASSPHRASE)
    except WorkbenchError:
        return []  # the small vault has no supervisor
    try:
        dialog = DashboardDialog(UiSession(vault))
        dialog.resize(*SIZE)
        dialog.show()
        first, last = dialog.view.period.currentData()
        dialog.view.show_report(reports.build_report(
            dialog.view.session, template_id="program", period_from=first, period_to=last))
        shot = _save(dialog, out, "dashboard")
        dialog.close()
        return [shot]
    finally:
        vault.lock()


def main(argv: list[str] | None = None) -> int:
    """``python -m workbench.screenshots OUTDIR``."""
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "docs/screenshots")
    for path in render(out):
        print(path)
    from workbench.app import exit_status

    return exit_status(0)


if __name__ == "__main__":
    sys.exit(main())
