"""The agency packet's Safety plan: one page the survivor's team can act on.

Only a plan the consent gate included reaches this module (``plan.records(SafetyPlan)``; it
needs the survivor's consent for safety_plan, also under a compelled release). Its content is
printed here and nowhere else: never on the cover, in the file name or the PDF's metadata.
Order: the current risk level and review day at the top, then warning signs, what to do, safe
contacts (name, role, how to reach them), safe places, and the survivor's own words set apart
in a ruled box. Everything is kept together so the plan is one page to hand over.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from exports.flowables import data_table
from exports.fonts import BASE, BOLD, FontKit
from exports.shaped_text import ScriptParagraph
from exports.wording import short_day, value_word
from models.records import SafetyPlan

Para = Callable[..., Paragraph]  # SectionBuilder.para(text, style="body")
RULE = colors.Color(0.25, 0.25, 0.25)
BOX_GREY = colors.Color(0.94, 0.94, 0.94)


def plan_styles(styles: dict[str, ParagraphStyle]) -> dict[str, ParagraphStyle]:
    """The plan's own styles, derived from the packet's (same embedded fonts)."""
    body = styles["body"]
    return {
        "item": ParagraphStyle("plan_item", parent=body, fontSize=10, leading=13,
                               leftIndent=16, bulletIndent=4, spaceAfter=1.5),
        "part": ParagraphStyle("plan_part", parent=body, fontName=BOLD, fontSize=11.5,
                               leading=15, spaceBefore=9, spaceAfter=3),
        "quote": ParagraphStyle("plan_quote", parent=body, fontSize=11, leading=15),
        "label": ParagraphStyle("plan_label", parent=body, fontSize=7.5, leading=9,
                                textColor=colors.Color(0.3, 0.3, 0.3)),
        "value": ParagraphStyle("plan_value", parent=body, fontName=BOLD, fontSize=12,
                                leading=15),
    }


def status_strip(plan: SafetyPlan, word: Callable[[str], str], fonts: FontKit,
                 own: dict[str, ParagraphStyle], width: float) -> Table:
    """Current risk level, review day and last update, side by side in a ruled box."""
    none = word("safety_plan_not_set")
    risk = value_word("risk", plan.risk_level.value) if plan.risk_level else none
    cells = [(word("safety_plan_risk"), risk),
             (word("safety_plan_review"), short_day(plan.review_on) if plan.review_on else none),
             (word("safety_plan_updated"), short_day(plan.updated_at.date()))]
    row = [[ScriptParagraph(fonts.markup(label), own["label"]),
            ScriptParagraph(fonts.markup(value), own["value"])] for label, value in cells]
    table = Table([row], colWidths=[width / 3] * 3)
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.0, RULE),
        ("LINEAFTER", (0, 0), (1, 0), 0.5, RULE),
        ("BACKGROUND", (0, 0), (0, 0), BOX_GREY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, -1), BASE, 8),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
    ]))
    return table


def _items(texts: Sequence[str], fonts: FontKit, style: ParagraphStyle, *, numbered: bool,
           none: str, para: Para) -> list[Flowable]:
    if not texts:
        return [para(none, "small")]
    return [ScriptParagraph(fonts.markup(t), style, bulletText=f"{i}." if numbered else "•")
            for i, t in enumerate(texts, start=1)]


def set_apart(text: str, caption: str, fonts: FontKit, own: dict[str, ParagraphStyle],
              width: float) -> Table:
    """Words in a person's own voice: a grey box with a heavy rule on its left, in quotes."""
    quote = ScriptParagraph(fonts.markup(f"“{text.strip()}”"), own["quote"])
    table = Table([[ScriptParagraph(fonts.markup(caption), own["label"])], [quote]],
                  colWidths=[width])
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), BOX_GREY),
        ("LINEBEFORE", (0, 0), (0, -1), 3, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 12), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, 0), 6), ("BOTTOMPADDING", (0, -1), (-1, -1), 9),
    ]))
    return table


def safety_plan_story(plan: SafetyPlan, *, para: Para, word: Callable[[str], str],
                      fonts: FontKit, styles: dict[str, ParagraphStyle],
                      width: float) -> list[Flowable]:
    """The plan as one page: status strip, the four parts, the survivor's own words."""
    own = plan_styles(styles)
    none = word("safety_plan_none")
    block: list[Flowable] = [para(word("safety_plan_intro"), "small"), Spacer(1, 6),
                             status_strip(plan, word, fonts, own, width)]
    block.append(ScriptParagraph(fonts.markup(word("safety_plan_warning_signs")), own["part"]))
    block += _items(plan.warning_signs, fonts, own["item"], numbered=False, none=none,
                    para=para)
    block.append(ScriptParagraph(fonts.markup(word("safety_plan_steps")), own["part"]))
    block += _items(plan.steps, fonts, own["item"], numbered=True, none=none, para=para)
    block.append(ScriptParagraph(fonts.markup(word("safety_plan_contacts")), own["part"]))
    if plan.safe_contacts:
        rows = [[c.name, c.role, c.how or word("safety_plan_ask_team")]
                for c in plan.safe_contacts]
        header = [word("safety_plan_col_name"), word("safety_plan_col_role"),
                  word("safety_plan_col_how")]
        block.append(data_table(header, rows, [0.32 * width, 0.26 * width, 0.42 * width],
                                styles, fonts))
    else:
        block.append(para(none, "small"))
    block.append(ScriptParagraph(fonts.markup(word("safety_plan_places")), own["part"]))
    block += _items(plan.safe_places, fonts, own["item"], numbered=False, none=none,
                    para=para)
    if plan.own_words and plan.own_words.strip():
        block += [Spacer(1, 12), set_apart(plan.own_words, word("safety_plan_own_words"),
                                           fonts, own, width)]
    block += [Spacer(1, 10), para(word("safety_plan_keep_safe"), "small")]
    return [KeepTogether(block)]
