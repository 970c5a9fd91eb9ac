"""Caseload item model and its search/filter proxy, over ``views.caseload_for`` on a real vault."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import CANARY, TODAY, seed
from ui.caseload_model import CASE_ID_ROLE, CaseloadFilterModel, CaseloadTableModel
from ui.session import UiSession
from workbench.operations.views import caseload_for


@pytest.fixture
def model(vault) -> CaseloadTableModel:
    session = UiSession(vault, today=lambda: TODAY)
    seed(session)
    model = CaseloadTableModel()
    model.set_rows(caseload_for(session))
    return model


def test_caseload_model_passes_qtmodeltester(qtmodeltester, model):
    qtmodeltester.check(model)
    proxy = CaseloadFilterModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)


def test_caseload_model_shows_columns_and_counts(model):
    assert model.rowCount() == 3 and model.columnCount() == 6
    assert model.index(0, 0).data() == CANARY
    assert model.index(0, 1).data() == "C-0001"
    assert model.index(0, 2).data() == "2026-05-07"
    assert model.index(1, 2).data() == "2026-05-10"  # the hearing, after the overdue deadline
    assert model.index(1, 3).data() == "1"  # one overdue deadline
    assert model.index(2, 2).data() == "—"
    assert model.index(2, 5).data() == "ana, ben"
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Overdue"


def test_caseload_filter_searches_name_ref_and_staff(model):
    proxy = CaseloadFilterModel()
    proxy.setSourceModel(model)
    proxy.set_search("rosa")
    assert [proxy.index(r, 1).data() for r in range(proxy.rowCount())] == ["C-0002"]
    proxy.set_search("ben")
    assert proxy.rowCount() == 1 and proxy.index(0, 0).data() == "Lin"
    proxy.set_search("c-000")
    assert proxy.rowCount() == 3
    proxy.set_search("")
    proxy.set_only_attention(True)
    assert [proxy.index(r, 0).data(CASE_ID_ROLE) for r in range(proxy.rowCount())] == [2]


def test_caseload_filter_sorts_dates_with_undated_last(model):
    proxy = CaseloadFilterModel()
    proxy.setSourceModel(model)
    proxy.sort(2, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 2).data() for r in range(3)] == ["2026-05-07", "2026-05-10", "—"]
    proxy.sort(3, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, 1).data() == "C-0002"


def test_caseload_model_clear_forgets_rows(model):
    model.clear()
    assert model.rowCount() == 0
