"""Finish a packet in memory: generic metadata, no leftovers, optional AES-256 (R6) encryption.

The trailer /ID is an unencrypted hash over the info fields, so they stay generic: no names,
no case references. Nothing touches the disk here.
"""

from __future__ import annotations

import io
from datetime import datetime

import pikepdf
from pikepdf import Name

from models.errors import InvalidInput

TITLE = "Workbench packet"
AUTHOR = "Workbench"


def _pdf_date(now: datetime) -> str:
    stamp = now.strftime("D:%Y%m%d%H%M%S")
    offset = now.strftime("%z")
    return f"{stamp}{offset[:3]}'{offset[3:]}'" if offset else f"{stamp}Z"


def set_generic_metadata(pdf: pikepdf.Pdf, now: datetime) -> None:
    """Replace the info dictionary with generic fields and drop any XMP metadata."""
    for key in list(pdf.docinfo.keys()):
        del pdf.docinfo[key]
    pdf.docinfo[Name.Title] = TITLE
    pdf.docinfo[Name.Author] = AUTHOR
    pdf.docinfo[Name.Creator] = AUTHOR
    pdf.docinfo[Name.Producer] = AUTHOR
    pdf.docinfo[Name.CreationDate] = _pdf_date(now)
    if Name.Metadata in pdf.Root:
        del pdf.Root[Name.Metadata]
    # a screen reader announces the (generic) title, not the file name; /Lang is set by
    # ReportLab (exports.packet). ReportLab writes no structure tree, so no /MarkInfo is claimed.
    pdf.Root[Name.ViewerPreferences] = pikepdf.Dictionary(DisplayDocTitle=True)


def finish_pdf(pdf: pikepdf.Pdf, *, now: datetime, password: str | None) -> bytes:
    """Serialise ``pdf`` to bytes: deterministic when unencrypted, AES-256 R6 with a password."""
    set_generic_metadata(pdf, now)
    out = io.BytesIO()
    if password is None:
        pdf.save(out, deterministic_id=True, compress_streams=True,
                 object_stream_mode=pikepdf.ObjectStreamMode.generate)
        return out.getvalue()
    if not password:
        raise InvalidInput("The packet password is empty: give one or leave it out.",
                           field="password")
    encryption = pikepdf.Encryption(owner=password, user=password, R=6, aes=True,
                                    metadata=True)
    pdf.save(out, encryption=encryption, compress_streams=True,
             object_stream_mode=pikepdf.ObjectStreamMode.generate)
    return out.getvalue()
