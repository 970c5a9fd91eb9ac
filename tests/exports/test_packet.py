"""Packets read back with pypdf: pages, numbering, contents, Bates, legends, what is left out."""

from __future__ import annotations

import re

import pytest
from packet_fixtures import (
    ADDRESS,
    CANARY_IMM,
    CANARY_MED_DOC,
    CANARY_MED_NOTE,
    CANARY_PO_DOC,
    CANARY_SUD,
    COURT,
    NAME,
    NOW,
    all_raw_content,
    consent,
    make_records,
    page_texts,
)

from exports.packet import build_packet
from exports.template import legends
from models.records import Category

BASE_CATS = {Category.IDENTITY, Category.PROTECTIVE_ORDER, Category.CONTACT_LOCATION}


def build(records, kind="court", **kw):
    plan = records.plan(kind, **kw.pop("plan_kw", {}))
    return build_packet(plan, now=NOW, prepared_by="Ana Advocate",
                        document_bytes=records.blobs, **kw)


@pytest.fixture(scope="module")
def court_packet():
    result = build(make_records())
    return result, page_texts(result.data)


def test_build_packet_page_x_of_y_on_every_page(court_packet):
    result, texts = court_packet
    assert result.pages == len(texts) > 5
    for i, text in enumerate(texts, 1):
        assert re.search(rf"Page {i} of {result.pages}\b", text), f"page {i}"


def test_build_packet_contents_numbers_match_where_sections_start(court_packet):
    result, texts = court_packet
    toc_texts = page_texts(result.data, layout=True)
    toc_page = next(i for i, t in enumerate(texts) if t.lstrip().startswith("Contents"))
    entries = re.findall(r"^ *(\S.*?\S) {2,}(\d+)\s*$", toc_texts[toc_page], flags=re.M)
    titles = [t for t, _n in entries]
    # the court packet has no notes: left out, and named once on the contents page
    assert titles[:3] == ["Chronology", "Upcoming dates", "Exhibit index"]
    assert "No entries: notes and declarations." in " ".join(texts[toc_page].split())
    assert [t for t in titles if t.startswith("Exhibit ")][1:] == [
        "Exhibit A — Temporary restraining order", "Exhibit B — Photo of injury"]
    for title, number in entries:
        if title.startswith("Exhibit ") and " — " in title:  # points at its separator sheet
            letter, name = title.split(" — ")
            sheet = " ".join(texts[int(number) - 1].split())
            assert sheet.startswith(f"{letter} {name}"), title
            continue
        starts = [i + 1 for i, t in enumerate(texts) if i != toc_page and title in t]
        assert starts and starts[0] == int(number), title


def test_build_packet_bates_on_every_page_after_the_cover(court_packet):
    result, texts = court_packet
    assert not re.search(r"\bWB-\d{6}\b", texts[0])  # the cover is not numbered
    for page, text in enumerate(texts[1:], 2):
        # each page's own stamp sits under its "Page X of Y"
        assert re.search(rf"Page {page} of {result.pages}\s+WB-{page - 1:06d}\b", text), page


def test_build_packet_exhibits_lettered_behind_separator_sheets(court_packet):
    _result, texts = court_packet
    sheets = [i for i, t in enumerate(texts) if re.match(r"\s*Exhibit [A-Z]+\s*\n", t)]
    assert len(sheets) == 2  # TRO (3 pages) + photo (1); the medical letter is withheld
    tro = " ".join(texts[sheets[0]].split())
    assert tro.startswith("Exhibit A Temporary restraining order 2026-11-20 3 pages in this "
                          "exhibit")
    first = sheets[0] + 1  # packet page of the sheet; its exhibit's pages follow
    assert f"Bates WB-{first:06d} – WB-{first + 2:06d}" in tro
    for n in range(3):
        assert f"Exhibit A — Temporary restraining order · page {n + 1} of 3" in texts[first + n]
    photo = " ".join(texts[sheets[1]].split())
    assert photo.startswith("Exhibit B Photo of injury") and "1 page in this exhibit" in photo
    assert f"Bates WB-{sheets[1] + 1:06d}" in photo


def test_build_packet_exhibit_index_packet_pages_and_bates(court_packet):
    _result, texts = court_packet
    sheets = [i + 1 for i, t in enumerate(texts) if re.match(r"\s*Exhibit [A-Z]+\s*\n", t)]
    index = " ".join(next(t for t in texts if t.lstrip().startswith("Exhibit index")).split())
    a, b = sheets
    assert f"{a}–{a + 3}" in index and f"WB-{a:06d} – WB-{a + 2:06d}" in index
    assert f"{b}–{b + 1}" in index and f"WB-{b:06d}" in index
    assert "Medical letter" not in index


def test_build_packet_bates_without_exhibits():
    records = make_records()
    records.documents = []
    texts = page_texts(build(records, bates_prefix="SMITH").data)
    assert len(texts) > 2
    assert all(f"SMITH-{n:06d}" in t for n, t in enumerate(texts[1:], 1))


def test_build_packet_no_bates_prefix_no_stamps():
    texts = page_texts(build(make_records(), bates_prefix=None).data)
    assert not re.search(r"\bWB-\d{6}", "".join(texts))
    assert "Bates" not in "".join(texts)


@pytest.mark.parametrize(("number", "letter"), [(1, "A"), (2, "B"), (26, "Z"), (27, "AA"),
                                                (28, "AB"), (52, "AZ"), (53, "BA"),
                                                (702, "ZZ"), (703, "AAA")])
def test_exhibit_letter_runs_like_spreadsheet_columns(number, letter):
    from exports.exhibits import exhibit_letter

    assert exhibit_letter(number) == letter


def test_build_packet_withheld_canaries_absent_from_text_and_streams(court_packet):
    result, texts = court_packet
    text = "".join(texts)
    raw = all_raw_content(result.data)
    for canary in (CANARY_MED_DOC, CANARY_MED_NOTE, CANARY_SUD, CANARY_IMM, "CANARYCASENOTE",
                   "CANARYTASK", "CANARYADDR", "Medical letter"):
        assert canary not in text
        assert canary.encode() not in raw and canary.encode("utf-16-be") not in raw
    # positive control: the consented exhibit's literal text is found by the same scan
    assert CANARY_PO_DOC.encode() in raw and CANARY_PO_DOC in text


def test_build_packet_canaries_present_when_consented():
    cats = BASE_CATS | {Category.MEDICAL, Category.SUBSTANCE_USE}
    result = build(make_records([consent(1, cats)]))
    text = "".join(page_texts(result.data))
    raw = all_raw_content(result.data)
    assert CANARY_MED_DOC.encode() in raw and CANARY_MED_DOC in text
    assert CANARY_MED_NOTE in text and CANARY_SUD in text


def test_build_packet_confidential_address_never_printed(court_packet):
    _result, texts = court_packet
    assert "PO Box 99, Oakland CA 94601" in texts[0]
    assert ADDRESS not in "".join(texts)


def test_build_packet_address_withheld_without_safe_address():
    records = make_records()
    records.case = type(records.case)(**{**{f: getattr(records.case, f) for f in
                                            records.case.__slots__}, "safe_addresses": ()})
    texts = page_texts(build(records).data)
    assert "Address withheld (confidential)" in texts[0] and ADDRESS not in "".join(texts)


def test_build_packet_caption_uses_case_ref_without_identity_consent():
    records = make_records([consent(1, {Category.PROTECTIVE_ORDER})])
    text = "".join(page_texts(build(records).data))
    assert "case C-0001" in text and NAME not in text


def test_build_packet_identity_prints_diacritics(court_packet):
    _result, texts = court_packet
    assert NAME in texts[0]


@pytest.mark.parametrize(
    ("kind", "cats", "expected"),
    [
        ("court", BASE_CATS, {"general"}),
        ("court", BASE_CATS | {Category.IMMIGRATION}, {"general", "usc_1367"}),
        ("immigration", BASE_CATS | {Category.IMMIGRATION}, {"general", "usc_1367"}),
        ("court", BASE_CATS | {Category.SUBSTANCE_USE}, {"general", "cfr_2_32"}),
        ("agency", BASE_CATS | {Category.SUBSTANCE_USE, Category.IMMIGRATION},
         {"general", "usc_1367", "cfr_2_32"}),
    ],
)
def test_build_packet_legends_exactly_when_required(kind, cats, expected):
    result = build(make_records([consent(1, cats)]), kind)
    texts = page_texts(result.data)
    flat = " ".join(" ".join(texts).split())
    assert set(result.legends) == expected
    for key, legend in legends().items():
        assert (" ".join(legend["text"].split()) in flat) is (key in expected), key
    footer = legends()["general"]["footer"]
    assert all(footer in t for t in texts)


def test_build_packet_metadata_is_generic(court_packet):
    import io

    import pypdf

    result, _texts = court_packet
    meta = pypdf.PdfReader(io.BytesIO(result.data)).metadata
    assert meta.title == "Workbench packet" and meta.author == "Workbench"
    assert meta.subject is None and "/Keywords" not in meta
    assert NAME not in str(dict(meta)) and "C-0001" not in str(dict(meta))


def test_build_packet_outline_has_sections_and_no_withheld_titles(court_packet):
    import io

    import pypdf

    result, _texts = court_packet
    reader = pypdf.PdfReader(io.BytesIO(result.data))

    def flat(items):
        for item in items:
            yield from flat(item) if isinstance(item, list) else [item]

    titles = {o.title: reader.get_destination_page_number(o) + 1 for o in flat(reader.outline)}
    assert {"Chronology", "Exhibit index"} <= set(titles)
    assert not any("Medical" in t for t in titles)


def test_build_packet_same_input_same_bytes():
    first = build(make_records())
    second = build(make_records())
    assert first.data == second.data and first.sha256 == second.sha256


def test_build_packet_pad_even_adds_blank_page():
    plain = build(make_records())
    padded = build(make_records(), pad_even=True)
    assert padded.pages % 2 == 0
    assert padded.pages == plain.pages + (plain.pages % 2)
    if padded.pages != plain.pages:
        last = page_texts(padded.data)[-1]
        assert "intentionally left blank" in last and f"Page {padded.pages} of" in last


def test_build_packet_agency_has_care_plan_and_referrals():
    cats = BASE_CATS | {Category.HOUSING_BENEFITS}
    text = "".join(page_texts(build(make_records([consent(1, cats)]), "agency").data))
    assert "Stable housing" in text and "Apply for shelter" in text and "Bay Legal" in text


def test_build_packet_upcoming_shows_rule_working_only_in_internal_template():
    from dataclasses import replace

    records = make_records()
    plan = records.plan()
    internal = replace(plan, template=replace(plan.template, show_rule_working=True))
    text = "".join(page_texts(build_packet(internal, now=NOW, prepared_by="x",
                                           document_bytes=records.blobs).data))
    assert "+15 calendar days = 2026-12-05" in text and "Rule C.1" in text


def test_build_packet_compelled_release_is_stated():
    records = make_records()
    result = build(records, plan_kw={"compelled_legal_basis": "Subpoena 26-SB-9",
                                     "recipient": "District Attorney"})
    text = page_texts(result.data)[0]
    assert "Subpoena 26-SB-9" in text and "legal compulsion" in text


def test_build_packet_recipient_from_plan_on_cover(court_packet):
    _result, texts = court_packet
    assert COURT in texts[0]


def test_build_packet_timeline_entries_of_withheld_events_not_printed():
    from dataclasses import dataclass
    from datetime import datetime as dt

    @dataclass
    class Entry:  # duck-typed like timeline.merge.TimelineEntry: .event and .start
        event: object
        start: object

    records = make_records()
    events = {e.id: e for e in records.events}
    entries = [Entry(events[2], dt(2026, 11, 9, 16, 0, tzinfo=NOW.tzinfo)),
               Entry(events[1], dt(2026, 12, 17, 17, 30, tzinfo=NOW.tzinfo))]
    result = build(records, timeline_entries=entries)
    text = "".join(page_texts(result.data))
    assert "2026-12-17" in text and "Clinic follow-up" not in text


def test_build_packet_unattachable_exhibit_listed_without_sheet():
    from dataclasses import replace

    records = make_records()
    records.documents = [*records.documents,
                         replace(records.documents[0], id=9, title="Audio statement",
                                 media_type="audio/mpeg")]
    records.blobs[9] = b"ID3"
    texts = page_texts(build(records).data)
    index = " ".join(next(t for t in texts if t.lstrip().startswith("Exhibit index")).split())
    assert "Audio statement 2026-11-20 0 (audio/mpeg) not attached" in index
    assert not any(re.match(r"\s*Exhibit [A-Z]+\s*\n\s*Audio", t) for t in texts)


def test_build_packet_encrypted_keeps_index_numbers():
    result = build(make_records(), password="pw 12345")
    texts = page_texts(result.data, password="pw 12345")
    index = " ".join(next(t for t in texts if t.lstrip().startswith("Exhibit index")).split())
    assert re.search(r"\d+–\d+ WB-\d{6} – WB-\d{6}", index)
