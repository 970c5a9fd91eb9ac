"""The store: intent-named methods over the encrypted database, returning plain records.

``Store(engine, actor)``: every write runs in one transaction and appends one audit entry
(ids and the action, never names or notes). Several calls can share one transaction with
``with store.transaction(): ...``. Bad values raise ``InvalidInput`` naming the field and
nothing is written; unknown ids raise ``NotFound``. A Session never leaves models/.
The methods live in one mixin per subject (store_cases, store_events, ...); the typed
contract every backend implements is models.store_contract.StoreContract.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from models.store_audit import AuditMixin
from models.store_bookings import BookingsMixin
from models.store_care import CareMixin
from models.store_caseload import CaseloadMixin
from models.store_cases import CasesMixin
from models.store_contract import JsonObject, StoreContract
from models.store_events import EventsMixin
from models.store_links import LinksMixin
from models.store_report_facts import ReportFactsMixin
from models.store_reports import ReportsMixin
from models.store_screenings import ScreeningsMixin
from models.store_triggers import TriggersMixin

__all__ = ["Store", "StoreContract"]


class Store(CasesMixin, CaseloadMixin, EventsMixin, TriggersMixin, CareMixin, ScreeningsMixin,
            ReportsMixin, ReportFactsMixin, LinksMixin, BookingsMixin, AuditMixin):
    """Cases, timelines, consent, documents, care plans, screenings, feedback, disclosures,
    reports made, interpreter bookings and the audit trail."""

    def export_data(self, case_ref: str | None = None) -> JsonObject:
        """Everything (or one case) as the JSON-ready dict of docs/import-format.md."""
        from models.interchange import export_data

        return export_data(self, case_ref)

    def import_data(
        self, data: Mapping[str, Any], *, known_rule_ids: Collection[str] | None = None,
    ) -> JsonObject:
        """Import a dict of docs/import-format.md: all of it, or nothing.

        With ``known_rule_ids`` (the rule catalog's ids) a trigger naming another rule is refused.
        """
        from models.interchange import import_data

        if known_rule_ids is None:
            return import_data(self, data)
        return import_data(self, data, known_rule_ids=known_rule_ids)

    def import_csv(self, text: str, default_tz: str = "UTC") -> dict[str, int]:
        """Import a spreadsheet of cases and events (docs/import-format.md): all or nothing."""
        from models.interchange_csv import import_csv

        return import_csv(self, text, default_tz)


def _conforms(store: Store) -> StoreContract:
    """Never called: mypy checks here that Store implements every member of StoreContract."""
    return store
