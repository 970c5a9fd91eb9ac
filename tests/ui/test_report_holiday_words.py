"""The data words of the program reports and of the court calendars in Spanish, through Qt's
translator and the built workbench_es.qm (ui.i18n.install_language): a closed-day conflict
names the holiday in Spanish, and in English as before without it; the funder's PDF and CSV,
written while the UI is in Spanish, stay English."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication

from models.records import Category, Closure, ClosureReason, Event, EventKind
from tests.ui.conftest import demo_session
from timeline.conflicts import ConflictKind, closed_reason, find_conflicts
from timeline.merge import build_timeline
from ui.i18n import ENGLISH, install_language
from ui.session import UiSession
from workbench.operations import reports

NY = ZoneInfo("America/New_York")


@pytest.fixture
def spanish() -> Iterator[None]:
    install_language(QCoreApplication.instance(), "es")
    try:
        yield
    finally:
        install_language(QCoreApplication.instance(), ENGLISH)


def _hearing(day: date) -> Event:
    return Event(id=1, case_id=1, kind=EventKind.COURT_HEARING, title="secret",
                 category=Category.IMMIGRATION, tz="America/New_York",
                 start=datetime(day.year, day.month, day.day, 9, tzinfo=NY))


def _closed_reasons(day: date, jurisdiction: str = "federal",
                    closures: tuple[Closure, ...] = ()) -> list[str]:
    entries = build_timeline([_hearing(day)], date(2026, 1, 1), date(2028, 1, 1),
                             tz="America/New_York")
    found = find_conflicts(entries, today=date(2026, 6, 1), jurisdiction=jurisdiction,
                           closures=list(closures))
    return [c.reason for c in found if c.kind is ConflictKind.CLOSED_DAY]


def test_a_closed_day_names_the_holiday_in_spanish(spanish) -> None:
    assert _closed_reasons(date(2026, 11, 26)) == [
        "Audiencia judicial del jue 26 nov 2026 cae en un día en que el tribunal está cerrado "
        "(Día de Acción de Gracias); revise la fecha."]
    # Independence Day 2026 is a Saturday: the federal courts keep it on Friday 3 July
    assert _closed_reasons(date(2026, 7, 3)) == [
        "Audiencia judicial del vie 3 jul 2026 cae en un día en que el tribunal está cerrado "
        "(Día de la Independencia (feriado trasladado)); revise la fecha."]
    assert "(sábado)" in _closed_reasons(date(2026, 12, 5))[0]
    snow = Closure(id=1, day=date(2026, 12, 9), calendar="*",
                   reason=ClosureReason.INACCESSIBLE)
    assert "(cierre: tribunal inaccesible)" in _closed_reasons(date(2026, 12, 9), "NY",
                                                               (snow,))[0]
    assert closed_reason("Cesar Chavez Day (observed)") == \
        "Día de César Chávez (feriado trasladado)"


def test_a_closed_day_reads_as_before_in_english() -> None:
    assert _closed_reasons(date(2026, 11, 26)) == [
        "Court hearing on Thu 26 Nov 2026 falls on a day the court is closed "
        "(Thanksgiving Day); check the date."]
    assert _closed_reasons(date(2026, 7, 3)) == [
        "Court hearing on Fri 3 Jul 2026 falls on a day the court is closed "
        "(Independence Day (observed)); check the date."]
    snow = Closure(id=1, day=date(2026, 12, 9), calendar="*",
                   reason=ClosureReason.INACCESSIBLE)
    assert "(closure: inaccessible)" in _closed_reasons(date(2026, 12, 9), "NY", (snow,))[0]


def test_the_counting_engine_keeps_its_english_in_spanish(spanish) -> None:
    """The deadline's counting steps are stored and read back by their English words: the
    engine's own reason is untouched, only the conflict's sentence is translated."""
    from timeline.counting import Closed

    assert Closed(("US-FED",), {}).why(date(2026, 7, 3)) == "Independence Day (observed)"
    assert Closed(("US-FED",), {}).why(date(2026, 12, 5)) == "Saturday"


@pytest.fixture
def sam(demo_template: Path, tmp_path: Path) -> Iterator[UiSession]:
    yield from demo_session(demo_template, tmp_path, "sam")


def _pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          check=True)
    return done.stdout.decode()


SPANISH_WORDS = ("Admisiones nuevas", "Resumen del programa", "Derivaciones", "Inglés",
                 "Sin registrar", "Cantidad", "Hecha", "Reservado")


def test_the_reports_pdf_and_csv_stay_english_with_spanish_installed(sam: UiSession,
                                                                     tmp_path: Path,
                                                                     spanish) -> None:
    from timeline.reports.model import Report

    assert QCoreApplication.translate("ReportData", "New intakes by language") == \
        "Admisiones nuevas por idioma"  # the Spanish is on
    first, last = date(2026, 1, 1), date(2026, 12, 31)
    texts = {}
    for suffix in (".csv", ".pdf"):
        out = tmp_path / f"program{suffix}"
        reports.write_report(sam, template_id="program", period_from=first, period_to=last,
                             out=out)
        texts[suffix] = out.read_text("utf-8") if suffix == ".csv" else _pdf_text(out)
    for text in texts.values():
        assert "Program overview" in text
        assert "New intakes by language" in text
        assert "Not recorded" in text
        assert not [w for w in SPANISH_WORDS if w in text]
    assert any(line.startswith("English,") for line in texts[".csv"].splitlines())  # a row
    built: Report = reports.build_report(sam, template_id="program", period_from=first,
                                         period_to=last)
    assert built.title == "Program overview"  # the report itself is English data
