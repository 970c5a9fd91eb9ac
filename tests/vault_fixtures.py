"""Constants of the shared test vault (tests/conftest.py builds it once per session)."""

from __future__ import annotations

from datetime import date

from models.records import Role

TODAY = date(2026, 11, 27)
KDF_PROFILE = "fast"  # 64 MiB, t=1: tests never pay the calibrated ~0.5 s per unlock
ANA = "ana"
ANA_ROLE = Role.ADVOCATE
ANA_PASSPHRASE = "correct horse battery staple"
BEN = "ben"
BEN_ROLE = Role.CLINICIAN
BEN_PASSPHRASE = "clinician passphrase 42"
