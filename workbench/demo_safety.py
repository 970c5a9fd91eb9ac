"""The demo's safety plans and risk histories (issue 11 §3).

Every name, number and place here is invented, except the national hotline's public
number (a real plan would list it). The risk history is written by saving the plan
once per level, each dated when the team assessed it (months apart). Review days fall in the
coming weeks, so each plan's review task is on the timeline.
"""

from __future__ import annotations

from typing import Any

# (case ref, the plan, its risk levels oldest first -- days ago, level, why it was set -- and
# the review, in days)
PLANS: tuple[tuple[str, dict[str, Any], tuple[tuple[int, str, str], ...], int], ...] = (
    ("C-0001", {
        "warning_signs": [
            "A message from a number I do not know that uses my old nickname",
            "Someone waiting outside the shelter or the clinic more than once",
            "Feeling I am being followed on the bus",
            "Trouble sleeping for several nights, and wanting to stay in my room",
        ],
        "safe_contacts": [
            {"name": "Shelter front desk", "role": "shelter staff",
             "how": "Call the shelter line any time; ask for the night worker"},
            {"name": "Ana", "role": "advocate",
             "how": "Text first, weekdays 9-6; she calls back from the office line"},
            {"name": "National Human Trafficking Hotline", "role": "hotline",
             "how": "Call 1-888-373-7888 or text 233733 (24 hours, Spanish spoken)"},
            {"name": "Lucía", "role": "friend from church",
             "how": "Text only, after 6 pm; never leave a voicemail"},
        ],
        "safe_places": [
            "The shelter (the staff know the plan)",
            "Bay Legal Clinic waiting room, weekdays",
            "The public library on 14th Street: staff there know to call the shelter",
        ],
        "steps": [
            "Do not answer unknown numbers; show any message to Ana or the shelter staff",
            "If someone follows me, go into the nearest shop and call the shelter",
            "Keep my phone charged and my documents copy in the shelter safe",
            "If I feel in danger right now, call 911 and say I have a protective plan",
        ],
        "own_words": "When I feel the fear coming I hold my sister's bracelet and breathe "
                     "slowly. I am allowed to say no and to leave. I know who to call.",
    }, ((-150, "high", "At intake: recent contact attempts from the recruiter's associates"),
        (-90, "medium", "Two months on: no contact since the phone number changed"),
        (-21, "low", "Stable at the shelter, attending therapy; keep the plan and review")), 16),
    ("C-0003", {
        "warning_signs": [
            "He drives past the shelter or my workplace",
            "Calls or messages through my cousin asking where I live",
            "He stops paying attention to the court date or says he will 'settle it himself'",
        ],
        "safe_contacts": [
            {"name": "Shelter line (ask for 'Olena')", "role": "shelter staff",
             "how": "Call the shelter line; say the code word"},
            {"name": "Cam (case manager)", "role": "case manager",
             "how": "Office phone, weekdays; leave only a first name"},
            {"name": "Alameda County DV hotline", "role": "hotline",
             "how": "24 hours; Ukrainian interpretation on request"},
        ],
        "safe_places": [
            "The shelter",
            "Hayward Hall of Justice: ask the bailiff for the DV waiting room on hearing days",
        ],
        "steps": [
            "Keep a copy of the temporary restraining order with me at all times",
            "If he comes near, call 911 and show the order to the officer",
            "Change the route to work every few days; the shelter can arrange a ride",
            "Bring someone from the shelter to the hearing",
        ],
        "own_words": "I want to feel safe walking to work again. I am not the one who has "
                     "to hide forever.",
    }, ((-60, "high", "Temporary restraining order granted; he knows the neighbourhood"),
        (-30, "medium", "Moved to the shelter; no contact since the order was served")), 9),
)


def add_safety_plans(builder: Any, refs: list[str]) -> None:
    """Write them through the operations layer as ``builder.ops.ctx`` (workbench.demo)."""
    from workbench.operations.safety_plans import save_plan

    ctx = builder.ops.ctx
    for ref, content, levels, review_in in PLANS:
        if ref not in refs:
            continue
        case = ctx.store.get_case_by_ref(ref)
        first_day, first_level, first_note = levels[0]
        save_plan(ctx, case_id=case.id, risk_level=first_level, risk_note=first_note,
                  review_on=builder.day(review_in), risk_assessed_at=builder.at(first_day, 11),
                  **content)
        for day, level, note in levels[1:]:
            save_plan(ctx, case_id=case.id, risk_level=level, risk_note=note,
                      risk_assessed_at=builder.at(day, 11))
