"""Who a packet says prepared it, the representative block, signature line and certificate."""

from __future__ import annotations

from datetime import date

import pytest
from packet_fixtures import NOW, TODAY, consent, make_records, page_texts

from exports.packet import build_packet
from exports.packet_job import PacketRequest
from exports.signing import ServiceCertificate
from models.errors import InvalidInput
from models.records import Category, StaffProfile

LOGIN = "zlogin7"
PROFILE = StaffProfile(LOGIN, "Ana María Reyes", "Staff attorney", "Bay Area Legal Aid",
                       "CA 312456", "1735 Telegraph Ave\nOakland, CA 94612", "510-555-0100",
                       "areyes@example.org")
CATS = {Category.IDENTITY, Category.PROTECTIVE_ORDER, Category.CONTACT_LOCATION,
        Category.IMMIGRATION}
SERVICE = ServiceCertificate("Counsel for respondent, J. Smith", "mail", date(2026, 11, 28))


def texts(kind="court", **kw):
    records = make_records([consent(1, CATS)])
    result = build_packet(records.plan(kind), now=NOW, prepared_by=LOGIN,
                          document_bytes=records.blobs, **kw)
    return page_texts(result.data)


def flat(pages):
    return " ".join(" ".join(pages).split())


@pytest.mark.parametrize(("kw", "expected"), [
    ({"prepared_by_profile": PROFILE}, "Prepared by Ana María Reyes, Staff attorney, Bay Area Legal Aid"),
    ({"prepared_by_role": "advocate"}, "Prepared by Legal advocate"),
    ({"prepared_by_role": "case_manager"}, "Prepared by Case manager"),
    ({}, "Prepared by Workbench user"),
])
def test_build_packet_prepared_by_never_the_login(kw, expected):
    pages = texts(**kw)
    assert expected in flat(pages[:1])
    assert LOGIN not in flat(pages)


@pytest.mark.parametrize(("kind", "shown"), [("court", True), ("immigration", True),
                                             ("agency", False)])
def test_build_packet_representative_block_on_court_and_immigration(kind, shown):
    cover = flat(texts(kind, prepared_by_profile=PROFILE)[:1])
    block = ("1735 Telegraph Ave Oakland, CA 94612", "Tel. 510-555-0100",
             "Email areyes@example.org", ": CA 312456")
    assert all((b in cover) is shown for b in block)
    if kind == "immigration":
        assert "Attorney or accredited representative" in cover
        assert "Bar number or EOIR ID: CA 312456" in cover


def test_build_packet_no_representative_block_without_profile():
    assert "Attorney or representative" not in flat(texts()[:1])


def test_build_packet_signature_line_only_when_asked():
    assert "Signature" not in flat(texts(prepared_by_profile=PROFILE))
    cover = flat(texts(prepared_by_profile=PROFILE, signature_line=True)[:1])
    assert "Signature — Ana María Reyes" in cover and " Date" in cover


def test_build_packet_certificate_of_service_is_the_last_page_and_in_contents():
    pages = texts(prepared_by_profile=PROFILE, service=SERVICE)
    last = " ".join(pages[-1].split())
    assert last.startswith("Certificate of service")
    assert ("I certify that on 2026-11-28 I served a true copy of this court hearing packet on "
            "Counsel for respondent, J. Smith by first-class mail, postage prepaid.") in last
    assert "Signature — Ana María Reyes" in last
    contents = next(p for p in pages if p.lstrip().startswith("Contents"))
    assert "Certificate of service" in contents
    assert "Certificate of service" not in flat(texts())


def test_build_packet_certificate_refused_where_the_template_has_none():
    with pytest.raises(InvalidInput, match="no certificate of service"):
        texts("immigration", service=SERVICE)


def test_packet_request_certificate_defaults_off_and_dates_today():
    assert PacketRequest("court", "x", "y").certificate(TODAY) is None
    cert = PacketRequest("court", "x", "y", served_on="DA", service_method="hand").certificate(TODAY)
    assert cert == ServiceCertificate("DA", "hand", TODAY)
