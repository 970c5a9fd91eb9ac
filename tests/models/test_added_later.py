"""Columns added after the hub's first schema count in a row's seal only once set
(models.field_cipher.ADDED_LATER). The set holds names, not table.column pairs, so a column of
the same name in another table must never be NULL there: otherwise its NULL would silently
drop out of that table's seals."""

from __future__ import annotations

from models import field_cipher
from models.rows import Base

# where each name was added (migrations 0005 and 0007)
ADDED_IN = {
    "series_first": {"events"}, "series_step": {"events"}, "series_last": {"events"},
    "id": {"staff_profiles"},
    "domain": {"goals"}, "priority": {"goals"}, "measure": {"goals"}, "baseline": {"goals"},
    "target": {"goals"}, "linked_event_id": {"milestones"}, "choice": {"referrals"},
    "shares_data": {"referrals"}, "consent_id": {"referrals"},
}


def test_added_later_names_are_the_documented_ones() -> None:
    assert set(ADDED_IN) == field_cipher.ADDED_LATER


def test_added_later_columns_are_nullable_where_added_and_never_null_elsewhere() -> None:
    for name, added_to in ADDED_IN.items():
        for table in Base.metadata.sorted_tables:
            column = table.columns.get(name)
            if column is None:
                continue
            if table.name in added_to:
                # old rows hold NULL in it (except staff_profiles.id, numbered by 0005 itself)
                assert column.nullable or column.primary_key, (table.name, name)
            else:
                assert not column.nullable or column.primary_key, (table.name, name)
