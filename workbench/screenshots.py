"""Render the main screens of a demo vault offscreen into PNG files: `make screenshots`."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

SIZE = (1440, 900)
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

    vault, _code = create_vault(path, USER, Role.ADVOCATE, PASSPHRASE, kdf_profile="fast")
    store, today, zone = vault.store, date.today(), ZoneInfo("America/Los_Angeles")
    try:
        cases = [
            store.add_case("Maya R.", languages=("es",), interpreter_language="es",
                           assigned_to=("ana",), jurisdiction="CA", safe_contact="Text only"),
            store.add_case("Li W.", languages=("zh",), assigned_to=("ana", "ben")),
            store.add_case("Ola K.", confidential_address=True, assigned_to=("cam",)),
        ]
        for i, case in enumerate(cases):
            at = datetime.combine(today + timedelta(days=2 + i), time(10), tzinfo=zone)
            store.add_event(case.id, EventKind.MEDICAL_APPOINTMENT, "Follow-up visit",
                            Category.MEDICAL, start=at, end=at + timedelta(hours=1),
                            tz=zone.key, interpreter_needed=i == 0)
            store.add_event(case.id, EventKind.LEGAL_DEADLINE, "File evidence",
                            Category.IMMIGRATION, due=today + timedelta(days=5 + 3 * i),
                            owner=Owner.CLIENT, assigned_to="ana")
            store.add_event(case.id, EventKind.COURT_HEARING, "Hearing", Category.PROTECTIVE_ORDER,
                            start=at, end=at + timedelta(hours=2), tz=zone.key)
        store.add_event(cases[1].id, EventKind.LEGAL_DEADLINE, "Serve notice",
                        Category.PROTECTIVE_ORDER, due=today - timedelta(days=2),
                        owner=Owner.CLIENT)
    finally:
        vault.lock()


def _save(widget: QWidget, out: Path, name: str) -> Path:
    app = QApplication.instance()
    for _ in range(3):  # let layouts and deferred deletes settle
        app.processEvents()
    target = out / f"{name}.png"
    widget.grab().save(str(target))
    return target


def _case_with_withheld(window: QWidget) -> tuple[int, str, str, str] | None:
    """Case, kind, recipient and purpose whose packet both includes and withholds the most."""
    from exports.packet_job import PacketRequest, gather, plan_for
    from models.errors import WorkbenchError

    store, today = window.session.store, window.session.today()
    best: tuple[int, tuple[int, str, str, str]] | None = None
    for case in store.list_cases():
        records = gather(store, case.id)
        pairs = {(c.recipient, c.purpose) for c in records.consents}
        for kind in ("court", "immigration", "agency"):
            for recipient, purpose in sorted(pairs):
                try:
                    plan = plan_for(records, PacketRequest(kind, recipient, purpose), today)
                except WorkbenchError:
                    continue
                score = len(plan.withheld)
                if score and (best is None or score > best[0]):
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
        window.resize(*SIZE)
        window.show()
        written.append(_save(window, out, "caseload"))
        first = window.work.caseload.model.summary(0).case.id
        workspace = window.work.open_case(first)
        written.append(_save(window, out, "case-workspace"))
        if workspace is not None:
            workspace.setCurrentIndex(1)
            written.append(_save(window, out, "timeline"))
        written += _packet_screens(window, out, Path(tmp))
        window.lock()
        written.append(_save(window, out, "lock-screen"))
        window.close()
        app.processEvents()
    return written


def main(argv: list[str] | None = None) -> int:
    """``python -m workbench.screenshots OUTDIR``."""
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "docs/screenshots")
    for path in render(out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
