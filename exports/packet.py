"""Build a documentation packet in memory from a consent-gated plan: records in, bytes out.

Order: cover (caption, fields, representative block and signature line when asked, legends),
contents (with one "No entries: …" line naming the sections left out because empty), each
template section in its order, lettered exhibits each behind a separator sheet, then the
certificate of service when asked. The numbered (Bates) range is every page after the cover,
from the contents page to the last page (padding included), exhibits or not.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

import pikepdf
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageTemplate

from exports.consent_gate import PacketPlan
from exports.cover import cover_story, footer_lines, required_legends
from exports.exhibits import (
    Exhibit,
    check_bates_prefix,
    exhibit_index,
    exhibit_story,
    place_pdf_pages,
    prepare_exhibits,
    unembedded_fonts,
)
from exports.flowables import DeferredToc, Heading, Layout, TocRow, make_styles
from exports.fonts import BASE, FontKit
from exports.page_canvas import (
    EXHIBIT_HEADER,
    FOOTER_TOP,
    MARGIN,
    PAGE_H,
    PAGE_W,
    PacketCanvas,
    PageDecor,
)
from exports.pdf_security import finish_pdf
from exports.sections import SectionBuilder, section_break
from exports.signing import (
    ServiceCertificate,
    certificate_story,
    prepared_by_text,
    representative_block,
    signature_block,
)
from exports.template import load_template
from exports.wording import FILING_LANGUAGE, current, in_language, say
from models.records import Closure, Document, Event, StaffProfile

EXHIBIT_RECT = (MARGIN - 18, FOOTER_TOP, PAGE_W - MARGIN + 18, PAGE_H - MARGIN - 2)


@dataclass(frozen=True, slots=True)
class PacketResult:
    """The finished packet: its bytes, page count and SHA-256 (for the disclosure record)."""

    data: bytes
    pages: int
    sha256: str
    legends: tuple[str, ...] = ()
    # attached PDFs whose own fonts are not embedded ("Exhibit B: Helvetica"), for a warning
    unembedded_fonts: tuple[str, ...] = ()
    bates: tuple[str, str] | None = None  # first and last Bates number, when numbered


@dataclass(frozen=True, slots=True)
class TranslationOf:
    """The filed document a translation copy translates: its SHA-256 and Bates range
    (printed on the translation's cover; a file name could say something of the case)."""

    sha256: str
    bates: tuple[str, str] | None = None


class PacketDoc(BaseDocTemplate):
    """Records where each heading lands, for the contents and the PDF outline."""

    def __init__(self, buffer: io.BytesIO, layout: Layout, **kwargs: Any):
        super().__init__(buffer, **kwargs)
        self.layout = layout
        body = Frame(MARGIN, FOOTER_TOP, PAGE_W - 2 * MARGIN, PAGE_H - MARGIN - FOOTER_TOP,
                     id="body")
        x1, y1, x2, y2 = EXHIBIT_RECT
        exhibit = Frame(x1, y1, x2 - x1, y2 - y1 - EXHIBIT_HEADER, id="exhibit",
                        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("body", [body]), PageTemplate("exhibit", [exhibit])])

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            key = flowable.toc_key
            if key not in self.layout.starts:
                self.layout.starts[key] = self.page
                if key == "contents":  # the numbered (Bates) range starts after the cover
                    self.layout.body_start = self.page
                # bookmarks are made when the held page is finished (see PacketCanvas)
                self.layout.headings.append((self.page, key, flowable.toc_plain,
                                             flowable.toc_level))


@dataclass(frozen=True, slots=True)
class Signing:
    """Who prepared the packet and what they sign (see exports.signing)."""

    profile: StaffProfile | None = None
    role: str | None = None
    signature_line: bool = False
    service: ServiceCertificate | None = None


def _cover(plan: PacketPlan, builder: SectionBuilder, now: datetime,
           signing: Signing, original: TranslationOf | None) -> list[Flowable]:
    extra = representative_block(plan, builder, signing.profile)
    if signing.signature_line:
        extra.append(signature_block(builder, signing.profile))
    text = prepared_by_text(plan.template, signing.profile, signing.role)
    note = translation_note(builder, original) if original is not None else None
    return cover_story(plan, builder, now=now, prepared_by=text, signing=extra,
                       translation=note)


def translation_note(builder: SectionBuilder, original: TranslationOf) -> list[Flowable]:
    """A translation's cover note: which filed document it translates (SHA-256, Bates
    range), that it is not for filing, and that its legends are courtesy translations."""
    out: list[Flowable] = [builder.para(say("translation_title"), "h2"),
                           builder.para(say("translation_of", sha256=original.sha256), "legend")]
    if original.bates is not None:
        out.append(builder.para(say("translation_bates", first=original.bates[0],
                                    last=original.bates[1]), "small"))
    out.append(builder.para(say("translation_legends"), "small"))
    return out


def _story(plan: PacketPlan, builder: SectionBuilder, layout: Layout, exhibits: list[Exhibit],
           now: datetime, signing: Signing | str,
           original: TranslationOf | None = None) -> list[Flowable]:
    """Cover, contents, each section of the template in its order (empty ones left out), then
    the certificate of service when asked for.

    A str ``signing`` (a login name, as bench/packet_workload.py passes) prints nothing of it.
    """
    signing = signing if isinstance(signing, Signing) else Signing()
    story = _cover(plan, builder, now, signing, original)
    toc_rows: list[TocRow] = []
    body: list[Flowable] = []
    empty: list[str] = []
    for section in plan.template.sections:
        sid, title = section.id, section.title
        if sid == "contents":
            continue
        if sid == "exhibits":
            parts = exhibit_story(exhibits, layout, builder)
            toc_rows += [TocRow(f"exhibit-{e.number}", 1, builder.fonts.markup(e.label))
                         for e in exhibits if e.pages]
            body += parts
        else:
            parts = exhibit_index(exhibits, title, builder, layout) if sid == "exhibit_index" \
                else getattr(builder, sid)(title)
            if parts:
                toc_rows.append(TocRow(sid, 0, builder.fonts.markup(title)))
                body += section_break() + parts
        if not parts:
            empty.append(title[:1].lower() + title[1:])
    if signing.service is not None:
        certificate = certificate_story(plan, builder, signing.service, signing.profile)
        toc_rows.append(TocRow("certificate", 0, builder.fonts.markup(
            str(plan.template.certificate["title"]))))
        body += [NextPageTemplate("body"), *section_break(), *certificate]
    if plan.template.has("contents"):
        title = next(s.title for s in plan.template.sections if s.id == "contents")
        story += section_break() + [builder.heading("contents", title),
                                    DeferredToc(toc_rows, builder.styles, layout)]
        if empty:
            story.append(builder.para(builder.word("no_entries", sections=", ".join(empty)),
                                      "small"))
    return story + body


def build_packet(plan: PacketPlan, *, now: datetime, prepared_by: str,
                 document_bytes: Mapping[int, bytes], bates_prefix: str | None = "WB",
                 pad_even: bool = False, password: str | None = None,
                 timeline_entries: Sequence[Any] | None = None,
                 upcoming: Sequence[Event] | None = None,
                 font_dirs: Sequence[Path] | None = None,
                 prepared_by_profile: StaffProfile | None = None,
                 prepared_by_role: str | None = None,
                 signature_line: bool = False,
                 service: ServiceCertificate | None = None,
                 closures: Sequence[Closure] = (),
                 staff_names: Mapping[str, str] | None = None,
                 translation_of: TranslationOf | None = None) -> PacketResult:
    """Render the packet for ``plan`` in memory (optionally AES-256 encrypted) and hash it.

    Dates are expanded by the timeline engine over the included events (exports.chronology);
    ``timeline_entries`` replaces that expansion for the chronology and upcoming dates, and
    ``upcoming`` chooses the events of the upcoming section; both are filtered to the plan.

    ``bates_prefix``: every page after the cover (from the contents page to the last) is
    stamped ``<prefix>-000001``…, exhibits or not; None numbers nothing.

    ``prepared_by`` (the login name) is kept for callers but never printed: the cover says
    ``prepared_by_profile`` (and, on court and immigration packets, its representative
    block), else ``prepared_by_role`` in words (a models.records.Role value), else "Workbench
    user". ``signature_line`` adds a signature and date line to the cover; ``service`` adds a
    certificate of service (court packets). ``closures`` are the recorded court closures: a
    hearing or deadline on a closed day is flagged (exports.closed_days). ``staff_names``:
    how a login (an action's owner, who recorded a level) is printed; an unknown one is
    printed as "staff member", never as the login.

    ``translation_of``: render a courtesy translation of that filed document in the
    language being rendered (exports.wording.in_language; see ``build_translation``).
    """
    del prepared_by  # a login name: never on paper
    if translation_of is not None:
        plan = replace(plan, template=load_template(plan.kind))
        bates_prefix = None  # a translation has no Bates numbers of its own
    signing = Signing(prepared_by_profile, prepared_by_role, signature_line, service)
    prefix = check_bates_prefix(bates_prefix) if bates_prefix is not None else None
    fonts = FontKit(font_dirs)
    styles = make_styles()
    layout = Layout(bates_prefix=prefix)
    width = PAGE_W - 2 * MARGIN - 12
    builder = SectionBuilder(plan, fonts, styles, width, timeline_entries, upcoming,
                             closures, staff_names or {})
    documents = list(plan.records(Document)) if plan.template.has("exhibits") else []
    exhibits = prepare_exhibits(documents, document_bytes, prefix, fonts)
    legend_keys = required_legends(plan)
    mark = say("translation_mark") if translation_of is not None else ""
    decor = PageDecor(layout, footer_lines(legend_keys), styles, pad_even=pad_even, mark=mark)
    buffer = io.BytesIO()
    doc = PacketDoc(buffer, layout, pagesize=(PAGE_W, PAGE_H), invariant=1,
                    initialFontName=BASE, lang=str(current()["pdf_lang"]),
                    title="Workbench packet", author="Workbench", subject="", keywords="",
                    creator="Workbench", pageCompression=1)
    doc.build(_story(plan, builder, layout, exhibits, now, signing, translation_of),
              canvasmaker=partial(PacketCanvas, decor=decor))
    with pikepdf.open(io.BytesIO(buffer.getvalue())) as pdf:
        place_pdf_pages(pdf, layout, EXHIBIT_RECT)
        data = finish_pdf(pdf, now=now, password=password)
        pages = len(pdf.pages)
    for exhibit in exhibits:
        if exhibit.source is not None:
            exhibit.source.close()
    first, last = layout.bates(layout.body_start), layout.bates(pages)
    return PacketResult(data, pages, hashlib.sha256(data).hexdigest(), legend_keys,
                        unembedded_fonts(exhibits),
                        (first, last) if first is not None and last is not None else None)


def build_translation(code: str, plan: PacketPlan, original: TranslationOf,
                      **kwargs: Any) -> PacketResult:
    """A courtesy translation of a filed packet: the same plan (same consent gate, records
    and order) rendered with ``code``'s wording, "not for filing" on every page, the filed
    document named on its cover, no Bates numbers. ``kwargs`` as for ``build_packet``."""
    if code == FILING_LANGUAGE:
        raise ValueError("the filing language has no translation copy")
    with in_language(code):
        return build_packet(plan, translation_of=original, **kwargs)
