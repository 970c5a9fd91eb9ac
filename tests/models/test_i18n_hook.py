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
