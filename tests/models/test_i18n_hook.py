"""The lower layers' translation hook (models.i18n): English unless a translator is installed,
English inside ``untranslated()`` in that thread only, placeholders filled in one pass; the
generated lupdate marks of the JSON data equal the data."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from models import i18n
from models.i18n import fill, set_translator, translate, untranslated
from workbench.operations import data_words_make


@pytest.fixture
def shouting() -> Iterator[None]:
    """A translator that upper-cases every text (and names its context)."""
    set_translator(lambda context, text, _disambiguation, n: f"{context}:{text.upper()}"
                   + (f"#{n}" if n >= 0 else ""))
    yield
    set_translator(None)


def test_translate_returns_the_source_with_no_translator() -> None:
    assert translate("Policy", "Your role (%1) may not %2.") == "Your role (%1) may not %2."


def test_translate_asks_the_installed_translator(shouting: None) -> None:
    assert translate("Policy", "nobody") == "Policy:NOBODY"
    set_translator(None)
    assert translate("Policy", "nobody") == "nobody"


def test_untranslated_gives_english_inside_and_the_language_after(shouting: None) -> None:
    with untranslated():
        assert translate("Role", "advocate") == "advocate" and i18n.is_untranslated()
        with untranslated():
            pass
        assert translate("Role", "advocate") == "advocate"  # a nested block leaves it on
    assert translate("Role", "advocate") == "Role:ADVOCATE" and not i18n.is_untranslated()


def test_untranslated_holds_in_its_own_thread_only(shouting: None) -> None:
    inside, release, seen = threading.Event(), threading.Event(), []

    def packet_thread() -> None:
        with untranslated():
            inside.set()
            release.wait(5)
            seen.append(translate("Role", "advocate"))

    worker = threading.Thread(target=packet_thread)
    worker.start()
    assert inside.wait(5)
    assert translate("Role", "advocate") == "Role:ADVOCATE"  # the GUI thread: still translated
    release.set()
    worker.join(5)
    assert seen == ["advocate"]


def test_a_count_phrase_reads_right_in_english_and_reaches_the_translator() -> None:
    assert translate("Progress", "%n point(s) better", None, 1) == "1 point better"
    assert translate("Progress", "%n point(s) better", None, 3) == "3 points better"
    set_translator(lambda context, text, _disambiguation, n: f"{text}|{n}")
    try:
        assert translate("Progress", "%n point(s) better", None, 3) == "%n point(s) better|3"
        with untranslated():
            assert translate("Progress", "%n point(s) better", None, 0) == "0 points better"
    finally:
        set_translator(None)


def test_fill_replaces_each_placeholder_once_in_order() -> None:
    assert fill("%2 before %1", "a", "b") == "b before a"
    assert fill("%1 and %2", "%2", "x") == "%2 and x"  # a value's own %2 stays
    assert fill("100%1 %3", "!") == "100! %3"  # no value for %3: left as written


def test_each_generated_words_module_equals_its_data() -> None:
    """A JSON label added or changed without running the generator fails here."""
    for path, text in data_words_make.expected().items():
        assert path.read_text("utf-8") == text, \
            "run: python -m workbench.operations.data_words_make"


def test_the_generated_words_cover_every_label_the_code_translates() -> None:
    from timeline.jurisdictions import (
        closure_calendar_label,
        closure_calendars,
        jurisdiction_codes,
        jurisdiction_label,
        service_method_label,
        service_methods,
    )
    from timeline.rules import all_rules

    marked = set(data_words_make.timeline_words())
    shown = {("Jurisdiction", jurisdiction_label(c)) for c in jurisdiction_codes()}
    shown |= {("ServiceMethod", service_method_label(m)) for m in service_methods()}
    shown |= {("ClosureCalendar", closure_calendar_label(c)) for c in closure_calendars()}
    shown |= {("Rule", r.plain_name) for r in all_rules().values()}
    shown |= {("Rule", r.event_name) for r in all_rules().values()}
    assert shown <= marked


def _spanish_catalogue() -> dict[tuple[str, str], str | None]:
    """(context, source) -> its Spanish translation in workbench_es.ts (None: unfinished)."""
    import xml.etree.ElementTree as ET

    root = ET.parse(data_words_make.ROOT / "ui" / "translations" / "workbench_es.ts").getroot()
    out: dict[tuple[str, str], str | None] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found = message.find("translation")
            done = found is not None and found.get("type") is None and bool(found.text)
            out[(name, message.findtext("source") or "")] = (found.text if done else None)
    return out


def test_every_report_label_and_holiday_word_has_a_spanish_translation() -> None:
    """A label added to the report templates or a holiday added to a calendar, with no
    finished Spanish translation in workbench_es.ts, fails here (the dashboard and the
    closed-day conflicts would show it in English)."""
    spanish = _spanish_catalogue()
    words = data_words_make.report_words() + data_words_make.holiday_words()
    assert {c for c, _ in words} == {"ReportData", "Holiday"}
    missing = [w for w in words if not spanish.get(w)]
    assert not missing, "translate in ui/translations/workbench_es.ts: " + repr(missing)
    assert spanish[("Holiday", "%1 (observed)")] is not None
    assert "%1" in (spanish[("Holiday", "%1 (observed)")] or "")


def test_the_generated_words_cover_every_report_label_and_closed_day_reason() -> None:
    """What the dashboard shows of a report and what the calendar check answers: all marked."""
    from datetime import date, timedelta

    from models.records import ClosureReason
    from timeline.conflicts import COURT_CALENDAR, closure_text
    from timeline.counting import Closed
    from timeline.reports.measures import dimension, measure, statistic_specs
    from timeline.reports.templates import templates

    marked = set(data_words_make.timeline_words())
    shown: set[tuple[str, str]] = set()
    for t in templates():
        shown |= {("ReportData", t.title)}
        for spec in t.tables:
            m = measure(spec.measure)
            shown |= {("ReportData", spec.title), ("ReportData", m.title)}
            for d in (spec.rows, spec.columns):
                if d is not None:
                    dim = dimension(d)
                    shown |= {("ReportData", dim.title)}
                    shown |= {("ReportData", label) for label in dim.labels
                              if any(ch.isalpha() for ch in label)}
            if spec.columns is None:  # one column, named by the measure's unit
                shown |= {("ReportData", m.unit[:1].upper() + m.unit[1:])}
        shown |= {("ReportData", statistic_specs()[s].title) for s in t.statistics}
    assert shown <= marked, sorted(shown - marked)
    # every reason a court calendar gives over three years, the "(observed)" of a holiday
    # kept on another day read as its name and the marked "%1 (observed)"
    reasons = set()
    for cal in COURT_CALENDAR.values():
        why = Closed((cal,), {}).why
        day = date(2026, 1, 1)
        while day < date(2029, 1, 1):
            reasons.add(why(day))
            day += timedelta(days=1)
    reasons.discard(None)
    observed = {r for r in reasons if r is not None and r.endswith(" (observed)")}
    assert observed, "the calendars keep some holidays on another day"
    names = {r.removesuffix(" (observed)") for r in reasons if r is not None}
    names |= {closure_text(r) for r in ClosureReason}
    assert {("Holiday", n) for n in names} | {("Holiday", "%1 (observed)")} <= marked
