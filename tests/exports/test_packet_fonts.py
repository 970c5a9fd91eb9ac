"""Every font a packet draws with is embedded; no standard-14 font outside attached exhibits."""

from __future__ import annotations

import io
from datetime import date

import pikepdf
import pytest
from packet_fixtures import NOW, consent, make_records

from exports.packet import build_packet
from exports.signing import ServiceCertificate
from models.records import Case, Category, Closure, ClosureReason, StaffProfile

STANDARD_14 = ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats")
CATS = {Category.IDENTITY, Category.PROTECTIVE_ORDER, Category.CONTACT_LOCATION,
        Category.IMMIGRATION, Category.HOUSING_BENEFITS}
PROFILE = StaffProfile("u", "Ana Reyes", "Staff attorney", "Bay Legal", "CA 1", "1 Main St")


def packet(kind: str) -> bytes:
    records = make_records([consent(1, CATS)])
    service = ServiceCertificate("DA", "mail", date(2026, 11, 27)) if kind == "court" else None
    return build_packet(records.plan(kind), now=NOW, prepared_by="u",
                        document_bytes=records.blobs, prepared_by_profile=PROFILE,
                        signature_line=True, service=service, pad_even=True,
                        closures=[Closure(1, date(2026, 12, 10), "*",
                                          ClosureReason.INACCESSIBLE)]).data


def embedded(font: pikepdf.Dictionary) -> bool:
    """A simple font with its program, or a Type0 font whose descendant has one."""
    if font.get("/Subtype") == "/Type0":
        return all(embedded(d) for d in font.DescendantFonts)
    descriptor = font.get("/FontDescriptor")
    return descriptor is not None and any(k in descriptor for k in
                                          ("/FontFile", "/FontFile2", "/FontFile3"))


def our_fonts(pdf: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
    """Fonts of the packet's own drawing: page resources and our forms, not attached exhibits."""
    found = []
    for page in pdf.pages:
        resources = page.obj.Resources
        found += list(resources.get("/Font", {}).values())
        for name, xobject in resources.get("/XObject", {}).items():
            if not str(name).startswith("/WBExhibit"):  # an attached document's own fonts
                found += list(xobject.get("/Resources", {}).get("/Font", {}).values())
    return found


@pytest.mark.parametrize("kind", ["court", "immigration", "agency"])
def test_build_packet_every_font_embedded_none_standard_14(kind):
    with pikepdf.open(io.BytesIO(packet(kind))) as pdf:
        fonts = our_fonts(pdf)
        assert fonts
        for font in fonts:
            assert embedded(font), font.get("/BaseFont")
            assert not str(font.get("/BaseFont")).lstrip("/").startswith(STANDARD_14)


@pytest.mark.parametrize("name", ["ليلى حداد", "נועה כהן", "अनीता शर्मा"])
def test_build_packet_other_script_fonts_are_embedded_subsets(name):
    records = make_records([consent(1, CATS)])
    fields = {f: getattr(records.case, f) for f in Case.__slots__}
    records.case = Case(**{**fields, "display_name": name, "legal_name": name})
    data = build_packet(records.plan("court"), now=NOW, prepared_by="u",
                        document_bytes=records.blobs).data
    with pikepdf.open(io.BytesIO(data)) as pdf:
        fonts = our_fonts(pdf)
        faces = {str(f.get("/BaseFont")) for f in fonts}
        assert any("NotoSans" in face for face in faces), faces
        for font in fonts:
            assert embedded(font), font.get("/BaseFont")
            assert "+" in str(font.get("/BaseFont"))  # a subset, not the whole font file


def test_build_packet_standard_fonts_only_inside_attached_exhibits():
    # the fixture exhibits are PDFs drawn in unembedded Helvetica: they stay as supplied
    with pikepdf.open(io.BytesIO(packet("court"))) as pdf:
        ours = {f.objgen for f in our_fonts(pdf)}
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/Font" \
                    and obj.objgen not in ours:
                assert str(obj.get("/BaseFont")) == "/Helvetica"  # from pdf_with_text


def test_build_packet_declares_language_and_shows_generic_title():
    with pikepdf.open(io.BytesIO(packet("court"))) as pdf:
        assert str(pdf.Root.Lang) == "en-US"
        assert pdf.Root.ViewerPreferences.DisplayDocTitle is True
        assert str(pdf.docinfo.Title) == "Workbench packet"
        # ReportLab (open source) writes no structure tree: the packet does not claim tags
        assert "/MarkInfo" not in pdf.Root and "/StructTreeRoot" not in pdf.Root


def test_build_packet_names_the_exhibits_whose_own_fonts_are_not_embedded():
    records = make_records([consent(1, CATS)])
    result = build_packet(records.plan("court"), now=NOW, prepared_by="u",
                          document_bytes=records.blobs)
    # the fixture exhibits are PDFs in unembedded Helvetica; the packet's own pages embed all
    assert result.unembedded_fonts and all(": Helvetica" in line for line in result.unembedded_fonts)
    assert all(line.startswith("Exhibit ") for line in result.unembedded_fonts)
    records.documents = []  # no attached PDFs: nothing to warn about
    assert build_packet(records.plan("court"), now=NOW, prepared_by="u",
                        document_bytes={}).unembedded_fonts == ()
