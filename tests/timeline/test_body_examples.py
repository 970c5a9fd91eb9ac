"""Worked examples for each rule family (A-E) under every jurisdiction, computed by hand.

Calendars used (deadline-rules.md s.2; Gov. Code 662.003 for Texas), 2027:
  CA judicial holidays: Lincoln Day Fri 02-12, Cesar Chavez Day Wed 03-31, day after Thanksgiving
    Fri 11-26; no Columbus Day.
  NY GCL 24: Lincoln's Birthday Fri 02-12, Election Day Tue 11-02.
  TX: closed Fri 11-26 (day after Thanksgiving); skeleton-crew (declared, offices open): Tue 03-02
    Texas Independence Day, Wed 04-21 San Jacinto Day. No Columbus Day.
  Federal: Mon 02-15 Washington's Birthday, Mon 07-05 (July 4 observed), Mon 10-11 Columbus Day,
    Thu 11-11 Veterans Day, Fri 12-24 Christmas observed (Saturday holiday: ambiguous, s.4.1).
A federal court adds its state's holidays to forward periods only (FRCP 6(a)(6)(C)); EOIR/BIA,
USCIS and other agencies count federal holidays only; a state-court rule counts its own state.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from timeline.deadlines import compute

D = date.fromisoformat
ALL = ("federal", "federal-CA", "federal-NY", "federal-TX", "CA", "NY", "TX")
Expected = dict[str, tuple[str, str]]


def by(default: str | tuple[str, str], **over: str | tuple[str, str]) -> Expected:
    """Expected (date, safe) per jurisdiction: ``default`` everywhere, ``over`` where it differs
    (keyword names use _ for -: federal_CA)."""
    def pair(v: str | tuple[str, str]) -> tuple[str, str]:
        return (v, v) if isinstance(v, str) else v
    out = {j: pair(default) for j in ALL}
    out.update({k.replace("_", "-"): pair(v) for k, v in over.items()})
    return out


# (rule, trigger, params, result index, expected by jurisdiction)
EXAMPLES: list[tuple[str, date | datetime, dict[str, object], int, Expected]] = [
    # A. Time computation. A federal court in CA/NY/TX counts that state's holidays forward.
    # 03-01 + 30 = Wed 03-31 (Cesar Chavez Day, CA) -> Thu 04-01 for a federal court in CA
    ("A-FRCP-6a1", D("2027-03-01"), {"n": 30}, 0, by("2027-03-31", federal_CA="2027-04-01", CA="2027-04-01")),
    # 01-13 + 30 = Fri 02-12 (Lincoln, CA and NY) -> Sat, Sun, Mon 02-15 federal -> Tue 02-16
    ("A-FRCP-6a1", D("2027-01-13"), {"n": 30}, 0,
     by("2027-02-12", federal_CA="2027-02-16", federal_NY="2027-02-16", CA="2027-02-16", NY="2027-02-16")),
    # 01-31 + 30 = Tue 03-02, Texas Independence Day (skeleton crew): declared reading Wed 03-03
    ("A-FRCP-6a1", D("2027-01-31"), {"n": 30}, 0,
     by("2027-03-02", federal_TX=("2027-03-03", "2027-03-02"), TX=("2027-03-03", "2027-03-02"))),
    # 10-27 + 30 = Fri 11-26 (day after Thanksgiving: CA and TX close) -> Mon 11-29
    ("A-FRCP-6a1", D("2027-10-27"), {"n": 30}, 0,
     by("2027-11-26", federal_CA="2027-11-29", federal_TX="2027-11-29", CA="2027-11-29", TX="2027-11-29")),
    # 10 days before Mon 02-22 = Fri 02-12: backward, so no state holiday (6(a)(6)(C)) anywhere
    ("A-FRCP-6a5", D("2027-02-22"), {}, 0, by("2027-02-12")),
    # Columbus Day Mon 10-11 is a federal legal holiday for a federal court in CA or TX too
    ("A-FRCP-6a6", D("2027-10-11"), {}, 0, by("2027-10-12")),
    ("A-FRCP-6a6", D("2027-03-02"), {}, 0,
     by("2027-03-02", federal_TX=("2027-03-03", "2027-03-02"), TX=("2027-03-03", "2027-03-02"))),
    # the federal holiday calendar itself: Cesar Chavez Day is not on it
    ("A-HOL-FED", D("2027-03-31"), {}, 0, by("2027-03-31")),
    # Fri 12-24 (Christmas observed for a Saturday holiday): date Mon 12-27, safe Fri 12-24, everywhere
    ("A-HOL-FED", D("2027-12-24"), {}, 0, by(("2027-12-27", "2027-12-24"))),
    # A California rule counts California's court calendar whatever the case's jurisdiction
    ("A-CA-CCP12", D("2027-03-01"), {"n": 30}, 0, by("2027-04-01")),
    # 09-11 + 30 = Mon 10-11 Columbus Day: California courts are open
    ("A-CA-CCP12", D("2027-09-11"), {"n": 30}, 0, by("2027-10-11")),
    ("A-NY-GCL25a", D("2027-01-13"), {"n": 30}, 0, by("2027-02-16")),
    # 10-03 + 30 = Tue 11-02 Election Day (NY) -> Wed 11-03
    ("A-NY-GCL25a", D("2027-10-03"), {"n": 30}, 0, by("2027-11-03")),
    # 03-22 + 30 = Wed 04-21 San Jacinto Day (declared, offices open): date Thu 04-22, safe 04-21
    ("A-TX-TRCP4", D("2027-03-22"), {"n": 30}, 0, by(("2027-04-22", "2027-04-21"))),
    # TRCP 4, 5 days or less: court days from Mon 03-01. Declared reading skips Tue 03-02:
    # 03-03, 03-04, 03-05, 03-08, 03-09; safe counts it: 03-02, 03-03, 03-04, 03-05, 03-08
    ("A-TX-TRCP4", D("2027-03-01"), {"n": 5}, 0, by(("2027-03-09", "2027-03-08"))),
    # B. Immigration: EOIR/BIA and USCIS count federal legal holidays only, everywhere.
    ("B-EOIR-BIA-APPEAL", D("2027-03-01"), {}, 0, by("2027-03-31")),  # Cesar Chavez Day ignored
    ("B-EOIR-BIA-APPEAL", D("2027-01-13"), {}, 0, by("2027-02-12")),  # Lincoln's Birthday ignored
    ("B-EOIR-BIA-APPEAL", D("2027-10-27"), {}, 0, by("2027-11-26")),  # day after Thanksgiving ignored
    ("B-EOIR-BIA-APPEAL", D("2027-01-31"), {}, 0, by("2027-03-02")),  # TX skeleton-crew day ignored
    ("B-EOIR-MTR-30", D("2027-03-01"), {}, 0, by("2027-03-31")),
    ("B-EOIR-MTR-30", D("2027-10-03"), {}, 0, by("2027-11-02")),  # NY Election Day ignored
    ("B-EOIR-MTR-30", D("2027-10-12"), {}, 0, by("2027-11-12")),  # Thu 11-11 Veterans Day is federal
    ("B-ASYLUM-1YR", D("2026-03-31"), {}, 0, by("2027-03-31")),
    ("B-ASYLUM-1YR", D("2026-02-12"), {}, 0, by("2027-02-12")),
    ("B-ASYLUM-1YR", D("2026-03-02"), {}, 0, by("2027-03-02")),
    ("B-ASYLUM-1YR", D("2026-07-05"), {}, 0, by("2027-07-06")),  # Mon 07-05 July 4 observed
    # mailed decision Fri 02-26: 30 days = Sun 03-28, + 3 (8 CFR 103.8(b)) = Wed 03-31
    ("B-USCIS-I290B", D("2027-02-26"), {}, 0, by("2027-03-31")),
    # RFE Sun 01-03 + 84 = Sun 03-28, + 3 mail = Wed 03-31
    ("B-USCIS-RFE", D("2027-01-03"), {}, 0, by("2027-03-31")),
    # EOIR-33, 5 working days from Mon 03-29: 03-30, 03-31 (a working day for EOIR), 04-01, 04-02, 04-05
    ("B-EOIR-ADDRESS", D("2027-03-29"), {}, 0, by("2027-04-05")),
    # hearing Thu 04-15: 15 days before = Wed 03-31 open for EOIR; safe 30 before = Tue 03-16
    ("B-EOIR-PREHEARING", D("2027-04-15"), {}, 0, by("2027-03-31")),
    ("B-EOIR-PREHEARING", D("2027-04-15"), {}, 1, by(("2027-03-31", "2027-03-16"))),
    # C. Protective orders
    ("C-FED-1514-TRO", D("2027-03-17"), {}, 0, by("2027-03-31")),  # hard limit: never rolls
    ("C-FED-1514-TRO", D("2027-03-17"), {}, 1, by("2027-03-30")),
    # California court: 21 days = Wed 03-31 -> Thu 04-01; 25 days = Sun 04-04 -> Mon 04-05
    ("C-CA-DVRO-HEARING", D("2027-03-10"), {}, 0, by("2027-04-01")),
    ("C-CA-DVRO-HEARING", D("2027-03-10"), {}, 1, by("2027-04-05")),
    # 5 days before Wed 02-17 = Fri 02-12 Lincoln Day -> previous court day Thu 02-11
    ("C-CA-DVRO-SERVICE", D("2027-02-17"), {}, 0, by("2027-02-11")),
    # 2 years from 2025-11-02 = Tue 2027-11-02 Election Day: roll earlier to Mon 11-01; safe Sun 10-31
    ("C-NY-FOP", D("2025-11-02"), {}, 1, by(("2027-11-01", "2027-10-31"))),
    # 14 days from Wed 04-07 = Wed 04-21 San Jacinto Day: date Thu 04-22, safe 04-21
    ("C-TX-HEARING-14", D("2027-04-07"), {}, 0, by(("2027-04-22", "2027-04-21"))),
    # 20 days from Wed 02-10 = Tue 03-02: hard expiry; the extension request rolls earlier off the
    # declared day to Mon 03-01 (earlier than the open-day reading), safe = the day before, Sun 02-28
    ("C-TX-EXPARTE-20", D("2027-02-10"), {}, 0, by("2027-03-02")),
    ("C-TX-EXPARTE-20", D("2027-02-10"), {}, 1, by(("2027-03-01", "2027-02-28"))),
    # D. Criminal and victims' rights: federal courts
    ("D-CVRA-14D", D("2027-03-17"), {}, 0, by("2027-03-31", federal_CA="2027-04-01", CA="2027-04-01")),
    ("D-CVRA-14D", D("2027-02-16"), {}, 0,
     by("2027-03-02", federal_TX=("2027-03-03", "2027-03-02"), TX=("2027-03-03", "2027-03-02"))),
    ("D-STA-30", D("2027-10-27"), {}, 0,
     by("2027-11-26", federal_CA="2027-11-29", federal_TX="2027-11-29", CA="2027-11-29", TX="2027-11-29")),
    ("D-STA-30MIN", D("2027-03-01"), {}, 0, by("2027-03-31")),  # "not earlier than": never rolls
    ("D-TVPRA-1595", D("2017-03-31"), {}, 0, by("2027-03-31", federal_CA="2027-04-01", CA="2027-04-01")),
    # E. Medical: clinical windows never roll, whatever the jurisdiction
    ("E-PREG-TEST", D("2027-03-10"), {}, 0, by("2027-03-31")),
    ("E-HBV-PEP", datetime(2027, 3, 17, 10, 0), {}, 0, by("2027-03-31")),
    ("E-SA-FU", D("2027-03-03"), {}, 2, by("2027-03-31")),
]
CASES = [(rule, when, params, index, j, exp[j]) for rule, when, params, index, exp in EXAMPLES for j in ALL]


def _id(case: tuple[object, ...]) -> str:
    return f"{case[0]}-{case[1]}-{case[3]}-{case[4]}"


@pytest.mark.parametrize("case", CASES, ids=[_id(c) for c in CASES])
def test_deciding_body_worked_example(case: tuple[str, date | datetime, dict[str, object], int, str,
                                                  tuple[str, str]]) -> None:
    rule_id, trigger, params, index, jurisdiction, (expected, safe) = case
    result = compute(rule_id, trigger, jurisdiction=jurisdiction, params=params).results[index]
    assert (result.date, result.safe) == (D(expected), D(safe)), result.steps
    assert (result.reading is None) == (expected == safe)


def test_deciding_body_examples_cover_every_family() -> None:
    assert {rule[0] for rule, *_ in EXAMPLES} == set("ABCDE")


def test_deciding_body_clinical_warning_names_the_state_holiday() -> None:
    for jurisdiction in ("CA", "federal-CA"):
        comp = compute("E-PREG-TEST", D("2027-03-10"), jurisdiction=jurisdiction)
        assert any("2027-03-31 (Wed) Cesar Chavez Day" in w for w in comp.warnings)
    assert compute("E-PREG-TEST", D("2027-03-10"), jurisdiction="NY").warnings == ()
