"""The words the lower layers hand to the GUI go through models.i18n: with a translator
installed (a dictionary here; the app's is Qt's, installed with the language) a role's denial
comes out in that language, whole sentences with their placeholders filled; a packet made
meanwhile is English (issue 15 §1)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from exports.packet_job import PacketRequest
from models import i18n
from models.errors import InvalidInput, PermissionDenied
from models.records import (
    Category,
    Event,
    EventKind,
    HousingStatus,
    Measure,
    MeasureKind,
    Owner,
    Role,
    User,
)
from models.store_fields import day, text
from tests.ui.conftest import demo_session
from timeline.conflicts import find_conflicts
from timeline.jurisdictions import jurisdiction_label, service_method_label
from timeline.merge import build_timeline
from timeline.outcomes import level_label
from timeline.rules import all_rules
from timeline.views import generic_title
from ui.i18n import ENGLISH, install_language
from ui.session import UiSession
from workbench.operations import calendar_export, packets, policy, reports, staff
from workbench.operations.care import measure_label
from workbench.operations.policy import Action

CARE = ("Bay Area Care Network", "Case conference")
SPANISH = {
    ("Policy", "Your role (%1) may not %2; ask %3."): "Su rol (%1) no puede %2; pida a %3.",
    ("Policy", "Your role (%1) may not add or change %2 records (the %3 group); %4 can."):
        "Su rol (%1) no puede añadir ni cambiar registros de %2 (grupo %3); puede %4.",
    ("Policy", "The %1's view shows what your role (%2) does not see; a view may only be "
               "narrowed."): "La vista de %1 muestra lo que su rol (%2) no ve.",
    ("Policy", "Your role (%1) may not make program reports: they count the whole caseload; "
               "ask a supervisor."): "Su rol (%1) no puede hacer informes.",
    ("Policy", "%1 or %2"): "%1 o %2",
    ("Policy", "%1, %2"): "%1; %2",
    ("Policy", "%1 A full-detail calendar is a disclosure."): "%1 Es una divulgación.",
    ("Policy", "medical"): "médico",
    ("PolicyAction", "add and remove users of the vault"): "añadir y quitar usuarios",
    ("PolicyAction", "export whole cases to a file (a disclosure)"): "exportar casos",
    ("Role", "case manager"): "gestor de casos",
    ("Role", "peer mentor"): "mentora par",
    ("Role", "a supervisor"): "una supervisora",
    ("Role", "a clinician"): "una clínica",
    ("Role", "supervisor"): "supervisora",
    ("Role", "clinician"): "clínica",
    ("CategoryInSentence", "mental health"): "salud mental",
    ("Jurisdiction", "Federal court in California"): "Tribunal federal en California",
    ("ServiceMethod", "Electronic service"): "Notificación electrónica",
}


def _ctx(session: UiSession, role: Role) -> UiSession:
    return replace(session, vault=_AsRole(session.vault, role))


class _AsRole:
    """The demo vault seen as a user of another role (only ``user`` differs)."""

    def __init__(self, vault: object, role: Role) -> None:
        self._vault, self.user = vault, User(99, "someone", role)

    def __getattr__(self, name: str) -> object:
        return getattr(self._vault, name)


@pytest.fixture
def spanish() -> Iterator[dict[tuple[str, str], str]]:
    """The dictionary above installed as the lower layers' translator (missing: English)."""
    words = dict(SPANISH)
    previous = i18n.set_translator(lambda context, text, *_: words.get((context, text), text))
    yield words
    i18n.set_translator(previous)


def _denial(call) -> str:  # noqa: ANN001 - a callable that raises
    with pytest.raises(PermissionDenied) as refused:
        call()
    return str(refused.value)


def test_a_roles_denial_comes_out_in_the_installed_language(demo: UiSession, spanish) -> None:
    cam = _ctx(demo, Role.CASE_MANAGER)
    assert _denial(lambda: policy.require(cam, Action.ADMINISTER_USERS)) == \
        "Su rol (gestor de casos) no puede añadir y quitar usuarios; pida a una supervisora."
    pia = _ctx(demo, Role.PEER_MENTOR)
    assert _denial(lambda: policy.require_write(pia, Category.MENTAL_HEALTH)) == \
        "Su rol (mentora par) no puede añadir ni cambiar registros de salud mental (grupo " \
        "sensitive medical); puede una clínica o una supervisora."  # a word not given: English
    spanish[("Policy", "sensitive medical")] = "médico sensible"
    assert "(grupo médico sensible)" in _denial(
        lambda: policy.require_write(pia, Category.MENTAL_HEALTH))
    assert _denial(lambda: policy.view_role(cam, Role.CLINICIAN)) == \
        "La vista de clínica muestra lo que su rol (gestor de casos) no ve."
    assert reports.reports_denial(cam) == "Su rol (gestor de casos) no puede hacer informes."
    assert staff.may_set(cam, "ana") == \
        "Your role (gestor de casos) may change only your own profile; ask una supervisora " \
        "to change another's."  # a sentence with no translation yet: English, filled
    assert calendar_export.detail_denial(_ctx(demo, Role.PEER_MENTOR), "full").endswith(
        "Es una divulgación.")


def test_without_a_translator_the_denials_are_the_english_of_before(demo: UiSession) -> None:
    previous = i18n.set_translator(None)
    try:
        cam = _ctx(demo, Role.CASE_MANAGER)
        assert _denial(lambda: policy.require(cam, Action.ADMINISTER_USERS)) == \
            "Your role (case manager) may not add and remove users of the vault; ask a " \
            "supervisor."
        pia = _ctx(demo, Role.PEER_MENTOR)
        assert _denial(lambda: policy.require_write(pia, Category.MENTAL_HEALTH)) == \
            "Your role (peer mentor) may not add or change mental health records (the " \
            "sensitive medical group); a clinician or a supervisor can."
        assert policy.any_of([Role.ADVOCATE, Role.CLINICIAN, Role.SUPERVISOR]) == \
            "an advocate, a clinician or a supervisor"
        assert policy.any_of([]) == "nobody"
    finally:
        i18n.set_translator(previous)


def test_labels_from_data_come_out_in_the_installed_language(spanish) -> None:
    assert jurisdiction_label("federal-CA") == "Tribunal federal en California"
    assert service_method_label("electronic") == "Notificación electrónica"
    assert policy.role_label(Role.SUPERVISOR) == "supervisora"
    rule = next(iter(all_rules().values()))
    spanish[("Rule", rule.plain_title or rule.title)] = "Regla"
    assert rule.plain_name == "Regla"


def test_the_language_installs_qts_translator_for_the_lower_layers(english) -> None:
    install_language(QCoreApplication.instance(), "es")
    try:
        assert i18n.set_translator(None) == QCoreApplication.translate
        install_language(QCoreApplication.instance(), ENGLISH)
        assert i18n.translate("Role", "supervisor") == "supervisor"
    finally:
        install_language(QCoreApplication.instance(), ENGLISH)


def _pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          check=True)
    return done.stdout.decode()


@pytest.fixture
def sam(demo_template: Path, tmp_path: Path) -> Iterator[UiSession]:
    """The demo vault as its supervisor, with the survivor's consent to the care network and
    two housing levels (the packet then prints a levels chart: words the hook translates)."""
    for session in demo_session(demo_template, tmp_path, "sam"):
        case_id = session.store.get_case_by_ref("C-0001").id
        session.store.add_consent(case_id, CARE[0], frozenset(
            {Category.IDENTITY, Category.SAFETY_PLAN, Category.HOUSING_BENEFITS}), CARE[1],
            date(2026, 11, 1))
        session.store.record_housing(case_id, HousingStatus.EMERGENCY_SHELTER,
                                     on=datetime(2026, 8, 3, 17, tzinfo=UTC))
        session.store.record_housing(case_id, HousingStatus.TRANSITIONAL,
                                     on=datetime(2026, 11, 2, 17, tzinfo=UTC))
        yield session


def test_a_packet_made_with_a_translator_installed_is_english(sam: UiSession, tmp_path: Path,
                                                              monkeypatch) -> None:
    """Every text translated to a marked form meanwhile, the packet holds none of them and
    is word for word the packet made without a translator: it is built where the hook gives
    English (today no word the hook translates reaches the packet's pages, so the words its
    builder would get are checked too)."""
    heard = []
    real_render = packets.render

    def render(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202 - packets.render's own
        heard.append(policy.role_label(Role.ADVOCATE))
        return real_render(*args, **kwargs)

    monkeypatch.setattr(packets, "render", render)
    request = PacketRequest("agency", *CARE)
    english_pdf = packets.make_packet(sam, records=packets.case_records(sam, case_ref="C-0001"),
                                      request=request, out=tmp_path / "en.pdf").value.outcome.path
    assert "emergency shelter" in _pdf_text(english_pdf)  # a level's words are on paper
    previous = i18n.set_translator(lambda context, text, *_: f"ZQX{text}")
    try:
        assert level_label("emergency_shelter") == "ZQXemergency shelter"  # the hook is on
        marked = packets.make_packet(sam, records=packets.case_records(sam, case_ref="C-0001"),
                                     request=request, out=tmp_path / "es.pdf").value.outcome
    finally:
        i18n.set_translator(previous)
    text = _pdf_text(marked.path)
    assert heard == ["advocate", "advocate"]  # the builder heard English both times
    assert "ZQX" not in text
    assert text == _pdf_text(english_pdf)


def test_a_conflicts_reason_comes_out_in_the_installed_language(spanish) -> None:
    """The whole sentence, the kind's generic title and the day's names are translated."""
    spanish.update({
        ("Conflicts", "%1 on %2 has no staff member assigned; assign one."):
            "%1 el %2 no tiene a nadie del equipo asignado; asigne a alguien.",
        ("GenericTitle", "Deadline"): "Plazo",
        ("Day", "Mon"): "lun", ("Day", "Dec"): "dic",
    })
    deadline = Event(id=1, case_id=1, kind=EventKind.LEGAL_DEADLINE, title="secret",
                     category=Category.IMMIGRATION, due=date(2026, 12, 28), owner=Owner.CLIENT,
                     tz="America/New_York")
    entries = build_timeline([deadline], date(2026, 1, 1), date(2028, 1, 1),
                             tz="America/New_York")
    found = find_conflicts(entries, today=date(2026, 11, 30))
    assert [c.reason for c in found] == [
        "Plazo el lun 28 dic 2026 no tiene a nadie del equipo asignado; asigne a alguien."]
    previous = i18n.set_translator(None)
    try:
        assert [c.reason for c in find_conflicts(entries, today=date(2026, 11, 30))] == [
            "Deadline on Mon 28 Dec 2026 has no staff member assigned; assign one."]
    finally:
        i18n.set_translator(previous)


def test_hidden_titles_levels_and_measures_come_out_in_the_installed_language(spanish) -> None:
    spanish.update({("GenericTitle", "Medical appointment"): "Cita médica",
                    ("Level", "high risk"): "riesgo alto",
                    ("Measure", "yes/no"): "sí/no"})
    assert generic_title(EventKind.MEDICAL_APPOINTMENT) == "Cita médica"
    assert level_label("high") == "riesgo alto" and level_label("stable") == "stable"
    assert measure_label(Measure(MeasureKind.YES_NO)) == "sí/no"


def test_a_field_error_comes_out_in_the_installed_language(spanish) -> None:
    spanish.update({("Field", "is required and must be text"): "es obligatorio (texto)",
                    ("Field", "%1 is not a date (use YYYY-MM-DD)"): "%1 no es una fecha",
                    ("Field", "the value given"): "el valor dado"})
    with pytest.raises(InvalidInput, match=r"^title: es obligatorio \(texto\)$"):
        text("  ", "title")
    with pytest.raises(InvalidInput, match="^due: el valor dado no es una fecha$"):
        day("31/12/2026", "due")


def test_a_count_from_the_lower_layers_reads_right_through_qts_english(english) -> None:
    """The app's translator with English installed gives workbench_en.ts's forms."""
    assert i18n.translate("Progress", "%n point(s) better", None, 1) == "1 point better"
    assert i18n.translate("Progress", "%n level(s) worse", None, 2) == "2 levels worse"
