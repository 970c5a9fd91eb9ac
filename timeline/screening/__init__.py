"""Screening instruments (PHQ-9, GAD-7, PCL-5, a trafficking screen) as data, scored by pure code."""

from timeline.screening.instruments import (
    NON_ANSWERS,
    Band,
    Instrument,
    Item,
    instrument,
    instruments,
    load_instruments,
)
from timeline.screening.scoring import (
    NOT_RECORDED,
    Change,
    Provisional,
    SafetyFlag,
    ScoreResult,
    SubscaleScore,
    change,
    score,
)

__all__ = [
    "NON_ANSWERS", "NOT_RECORDED", "Band", "Change", "Instrument", "Item", "Provisional",
    "SafetyFlag", "ScoreResult", "SubscaleScore", "change", "instrument", "instruments",
    "load_instruments", "score",
]
