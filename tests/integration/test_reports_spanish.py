"""Reports, calendar files and spreadsheets written in Spanish from a real vault, read back as a
reader (pypdf's text, icalendar, csv) would: Spanish titles, headings, words and dates, and no
English heading left behind. English output is covered by the other report tests, unchanged."""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from icalendar import Calendar

from models.errors import ValidationError
from reports import i18n
from reports.csv_export import write_deadlines_csv, write_subpoenas_csv
from reports.deadline_report import DeadlineReportOptions, write_deadline_report
from reports.ics import write_calendar
from reports.matter_summary import MatterSummaryOptions, write_matter_summary
from reports.recovery_sheet import write_recovery_sheet
from reports.register import RegisterOptions, write_register
from services import audit, demo, records
from services.reporting import DeadlineSelection, Period
from storage.uow import UnitOfWork
from tests.support.pdf_text import all_text, page_texts

TODAY = dt.date(2026, 11, 20)  # a Friday; demo deadlines fall at -2, 0, +3, +9, +21 days
SEALED = ("Tomás Herrera", "Marisol Ortega", "Kai Andersen", "Dana Whitlock", "Ruth Kowalczyk")
# Case data in English (the demo vault, the office, the person), which reports print as typed.
CASE_DATA = ("Test Paralegal", "Test Office", "Magistrate Judge Hixson")


def _english_phrases() -> list[str]:
    """Every English message of the reports that a Spanish report must not print: those with
    no placeholder whose Spanish differs, and of two words or more or a capitalised heading."""
    with i18n.catalog_resource("es").open("rb") as source:
        catalog = read_po(source)
    phrases = []
    for message in catalog:
        if not message.id or message.pluralizable or message.context == "CSV column":
            continue
        english = str(message.id)
        if "%(" in english or message.string == english or message.context is not None:
            continue
        if " " in english.strip() or english[:1].isupper():
            phrases.append(english)
    return phrases


def _assert_no_english(text: str) -> None:
    for typed in CASE_DATA:
        text = text.replace(typed, "")
    left = [p for p in _english_phrases() if re.search(rf"(?<!\w){re.escape(p)}(?!\w)", text)]
    assert left == []


def _fill(uow: UnitOfWork) -> None:
    demo.fill_public_cases(uow, TODAY)
    records.create(  # a deadline titled by a rule: it reads in Spanish, as in the GUI
        uow,
        "deadlines",
        {
            "matter_id": 2,
            "title": "Objections to the subpoena due",
            "due": (TODAY + dt.timedelta(days=5)).isoformat(),
            "status": "open",
            "responsible": "A. Rivera",
            "citation": "Fed. R. Civ. P. 45(d)(2)(B)",
        },
    )


def test_spanish_deadline_report(uow: UnitOfWork, tmp_path: Path) -> None:
    _fill(uow)
    out = tmp_path / "plazos.pdf"
    options = DeadlineReportOptions(DeadlineSelection.next_days(TODAY))
    result = write_deadline_report(uow, options, out, language="es")
    text = all_text(out)

    assert result.rows == 5 and result.pages == 1
    for expected in (
        "Informe de plazos",  # the title
        "Confidencial y protegido por el privilegio abogado-cliente",  # every page's legend
        "Página 1 de 1",
        "Vencen del vie 20 nov 2026 al jue 3 dic 2026; con todo lo vencido; estado: abierto",
        "Agrupado por día. Hoy es viernes, 20 de noviembre de 2026.",
        "5 plazos, 1 vencido.",
        "Vence Días restantes Qué vence Asunto Cliente (seudónimo) Cuenta Responsable",
        "VENCIDO · 1 plazo",
        "vencido hace 2 días",
        "Viernes, 20 de noviembre de 2026 — hoy · 1 plazo",
        "Lunes, 23 de noviembre de 2026 · 1 plazo",  # the deadline due in three days
        "lun 23 nov 2026",
        "vence en 3 días",
        "Vencen las objeciones a la citación",  # a rule's title, translated
        "Los clientes figuran solo por su seudónimo",
        "Generado el",
    ):
        assert expected in text, expected
    # Overdue first, then each day in order.
    order = [
        text.index("VENCIDO · 1 plazo"),
        text.index("Viernes, 20 de noviembre de 2026"),
        text.index("Lunes, 23 de noviembre de 2026"),
        text.index("Miércoles, 25 de noviembre de 2026"),
    ]
    assert order == sorted(order)
    _assert_no_english(text)
    assert "Page 1 of 1" not in text and "Privileged" not in text and "Due" not in text
    assert not [name for name in SEALED if name in text]


def test_spanish_deadline_report_with_names_and_groups(uow: UnitOfWork, tmp_path: Path) -> None:
    _fill(uow)
    out = tmp_path / "nombres.pdf"
    selection = DeadlineSelection.next_days(TODAY, group="attorney")
    write_deadline_report(
        uow, DeadlineReportOptions(selection, reveal_names=True), out, language="es"
    )
    text = all_text(out)
    assert "Contiene nombres legales de clientes bajo sello" in text  # every page's header
    assert "impresos a petición expresa de Test Paralegal" in text
    assert "Nombre legal: Tomás Herrera (fictional)" in text
    assert "Abogado/a: A. Rivera · 1 plazo" in text and "Agrupado por abogado/a." in text
    _assert_no_english(text)
    entry = audit.entries(uow, entity="deadline report")[0]  # audited as in English
    assert entry.detail["names_revealed"] is True


def test_spanish_matter_summary(uow: UnitOfWork, tmp_path: Path) -> None:
    _fill(uow)
    out = tmp_path / "asunto.pdf"
    write_matter_summary(uow, MatterSummaryOptions(2, TODAY), out, language="es")
    text = all_text(out)
    for expected in (
        "Resumen del asunto — asunto 2",
        "DHS administrative subpoenas to Meta: Instagram community accounts",  # case data
        "Asunto 2 · Moción presentada",
        "Tribunal N.D. Cal.",
        "Clientes Seudónimo Idioma Admisión",
        "Cuentas Plataforma Usuario URL Actividad",
        "Requerimientos legales recibidos",
        "Citación administrativa de U.S. Department of Homeland Security a Meta",
        "Datos requeridos nombre, correo electrónico, teléfono",
        "Fecha de emisión mié 3 sept 2025",
        "Orden de no divulgación No",
        "Estado impugnada (Pendiente)",
        "Plazo de respuesta 10 días",
        "Plazos Vence Faltan Qué vence Estado Responsable Fundamento legal",
        "cumplido",
        "Actuaciones Fecha Tipo Resumen",
        "presentación",
        "Notas",
        "Página 1 de",
    ):
        assert expected in text, expected
    _assert_no_english(text)
    assert "Legal process received" not in text and "Docket events" not in text


def test_spanish_register_with_charts(uow: UnitOfWork, tmp_path: Path) -> None:
    _fill(uow)
    everything = tmp_path / "registro.pdf"
    result = write_register(uow, RegisterOptions(Period()), everything, language="es")
    assert result.rows == 4
    text = all_text(everything)
    for expected in (
        "Registro de citaciones",
        "Todas las fechas, incluidos los requerimientos sin fecha registrada",
        "4 requerimientos de la identidad de titulares de cuentas, recibidos de 3 agencias y "
        "notificados a 2 plataformas.",
        "Retirados o anulados: 2 (50%)",
        "aún pendientes: 2 (50%)",
        "1 sin fecha registrada",
        "Por agencia",
        "Por plataforma destinataria",
        "Por resultado",
        "Por año de emisión",
        "Pendiente",
        "Retirada",
        "Todos los requerimientos del período",
        "Fecha de emisión Agencia Destinatario Tipo Fundamento Datos requeridos Cuentas Estado "
        "Resultado",
        "14 mar 2017",
        "Requerimiento aduanero",
        "registros de IP",
        "sin fecha",
    ):
        assert expected in text, expected
    _assert_no_english(text)

    year = tmp_path / "2025.pdf"
    write_register(
        uow,
        RegisterOptions(Period(dt.date(2025, 1, 1), dt.date(2025, 12, 31))),
        year,
        language="es",
    )
    text = all_text(year)
    assert "Fecha de emisión: del mié 1 ene 2025 al mié 31 dic 2025" in text
    assert "Por mes de emisión" in text and "sept 25" in text
    assert "1 requerimiento de la identidad de titulares de cuentas, recibido de 1 agencia" in text


def test_spanish_calendar(uow: UnitOfWork, tmp_path: Path) -> None:
    _fill(uow)
    out = tmp_path / "plazos.ics"
    selection = DeadlineSelection(today=TODAY, date_from=TODAY, status="any")
    result = write_calendar(uow, selection, out, language="es")
    calendar = Calendar.from_ical(out.read_bytes())
    assert str(calendar["prodid"]) == "-//Quash//Deadline calendar//ES"
    assert str(calendar["x-wr-calname"]) == "Plazos — Test Office"
    events = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
    assert len(events) == result.rows
    objections = events[
        "Vencen las objeciones a la citación — DHS administrative subpoenas "
        "to Meta: Instagram community accounts"
    ]
    description = str(objections["description"])
    assert description.startswith(
        "Asunto 2: DHS administrative subpoenas to Meta: Instagram community accounts"
    )
    for expected in (
        "Clientes (seudónimos): LB Protest organizer; Stop ICE page admin",
        "Responsable: A. Rivera",
        "Regla: Fed. R. Civ. P. 45(d)(2)(B)",
        "Estado: abierto",
        "Confidencial y protegido por el privilegio abogado-cliente — Producto del trabajo del "
        "abogado. Exportado desde Quash.",
    ):
        assert expected in description, expected
    assert [str(c) for c in objections["categories"].cats] == ["Plazo", "Asunto 2"]
    alarms = objections.walk("VALARM")  # the default lead times: a day before, the morning of
    assert len(alarms) == 2
    for alarm in alarms:
        assert str(alarm["description"]) == "Vence: Vencen las objeciones a la citación"
    statuses = {str(e["description"]).split("Estado: ")[1].split("\n")[0] for e in events.values()}
    assert statuses <= {"abierto", "cumplido", "sin efecto"}
    raw = out.read_text(encoding="utf-8")
    assert "Matter " not in raw and "Status: " not in raw and "Privileged" not in raw
    assert not [name for name in SEALED if name in raw]


def test_spanish_csv_is_for_people_with_iso_dates(uow: UnitOfWork, tmp_path: Path) -> None:
    _fill(uow)
    deadlines, subpoenas = tmp_path / "plazos.csv", tmp_path / "citaciones.csv"
    write_deadlines_csv(uow, DeadlineSelection(today=TODAY, status="any"), deadlines, language="es")
    write_subpoenas_csv(
        uow, Period(dt.date(2017, 1, 1), dt.date(2017, 12, 31)), subpoenas, language="es"
    )
    with deadlines.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    first = rows[0]
    assert list(first)[:7] == [
        "Id",
        "Vence",
        "Hora",
        "Día de la semana",
        "Días restantes",
        "Vencido",
        "Estado",
    ]
    assert first["Vence"] == "2026-11-18" and first["Día de la semana"] == "mié"
    assert first["Vencido"] == "sí" and first["Días restantes"] == "-2"
    assert {r["Estado"] for r in rows} == {"abierto", "cumplido", "sin efecto"}
    assert "Vencen las objeciones a la citación" in {r["Título"] for r in rows}
    with subpoenas.open(encoding="utf-8-sig", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["Tipo"] == "Requerimiento aduanero" and row["Resultado"] == "Retirada"
    assert row["Estado"] == "retirada" and row["Orden de no divulgación"] == "no"
    assert row["Datos requeridos"] == (
        "nombre, correo electrónico, teléfono, dirección, registros de IP, "
        "horas de inicio de sesión"
    )
    assert row["Fecha de emisión"] == "2017-03-14"


def test_spanish_recovery_sheet(tmp_path: Path) -> None:
    out = tmp_path / "recuperacion.pdf"
    write_recovery_sheet(
        out,
        office_name="Oficina de Asistencia Jurídica Ñandú " * 3,
        vault_folder="/media/oficina/quash",
        vault_id="0f1e2d3c",
        recovery_key="ABCD-EFGH-JKMN-PQRS-TVWX-YZ23-4567-89AB",
        created=dt.datetime(2026, 11, 23, 9, 30),
        language="es",
    )
    (page,) = page_texts(out)
    text = " ".join(page.split())
    for expected in (
        "Clave de recuperación de la bóveda de Quash",
        "Instrucciones",
        "Guárdela en la caja fuerte de la oficina.",
        "quash key rotate",
        "Usar la clave de recuperación",
        "Bóveda creada el 23 nov 2026, 09:30",
        "Página 1 de 1",
        "Confidencial y protegido por el privilegio abogado-cliente",
    ):
        assert expected in text, expected
    assert "…" in text  # the office name is shortened beside the longer Spanish legend
    _assert_no_english(text)


def test_an_unknown_language_is_one_clear_error_and_writes_nothing(
    uow: UnitOfWork, tmp_path: Path
) -> None:
    _fill(uow)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "x.pdf"
    with pytest.raises(ValidationError, match="Report language must be en or es, not 'fr'"):
        write_deadline_report(
            uow, DeadlineReportOptions(DeadlineSelection(today=TODAY)), out, language="fr"
        )
    with pytest.raises(ValidationError, match="Report language"):
        write_calendar(uow, DeadlineSelection(today=TODAY), folder / "x.ics", language="de")
    assert list(folder.iterdir()) == []
    assert audit.entries(uow, entity="deadline report") == []
