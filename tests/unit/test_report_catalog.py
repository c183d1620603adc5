"""The Spanish catalog of reports, calendar files and spreadsheets is complete and sound: every
message the code asks for is translated (not empty, not fuzzy), nothing stale is left, and each
translation keeps its placeholders and markup. Also the language helpers and the words of the
case file's vocabularies."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.pofile import read_po

from models.enums import (
    DeadlineStatus,
    Demand,
    EventKind,
    MatterStatus,
    Platform,
    SubpoenaKind,
    SubpoenaStatus,
)
from models.errors import ValidationError
from models.rules import default_rulebook
from reports import i18n, wording
from reports.i18n import check_language, system_language, translator
from services.reporting import OUTCOME_ORDER, OUTCOMES, DeadlineSelection, Period

REPORTS = Path(i18n.__file__).resolve().parent
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")
TAG = re.compile(r"</?\w+[^>]*>")


def _catalog() -> Catalog:
    with i18n.catalog_resource("es").open("rb") as source:
        return read_po(source, locale="es_US")


def _key(message: Message) -> tuple[str | None, str]:
    msgid = message.id[0] if isinstance(message.id, tuple | list) else message.id
    return message.context, str(msgid)


def _in_code() -> set[tuple[str | None, str]]:
    found = set()
    for _file, _line, msgid, _comments, context in extract_from_dir(
        REPORTS, method_map=[("**.py", "python")], keywords=DEFAULT_KEYWORDS
    ):
        found.add((context, msgid[0] if isinstance(msgid, tuple | list) else msgid))
    return found


def _messages() -> list[Message]:
    return [m for m in _catalog() if m.id]


def test_every_message_in_the_code_is_in_the_catalog_and_nothing_stale() -> None:
    in_code = _in_code()
    in_catalog = {_key(m) for m in _messages()}
    assert len(in_code) > 150  # extraction works (a broken keyword would find nothing)
    assert sorted(in_code - in_catalog, key=str) == []  # run pybabel update (reports/i18n.py)
    assert sorted(in_catalog - in_code, key=str) == []  # obsolete entries: remove them


def test_no_entry_is_empty_or_fuzzy_and_babel_finds_no_error() -> None:
    catalog = _catalog()
    assert catalog.num_plurals == 2 and catalog.plural_expr == "(n != 1)"
    for message in _messages():
        strings = message.string if isinstance(message.string, tuple | list) else (message.string,)
        assert all(s.strip() for s in strings), f"untranslated: {_key(message)}"
        assert not message.fuzzy, f"fuzzy: {_key(message)}"
    problems = [(_key(m), [str(e) for e in errors]) for m, errors in catalog.check()]
    assert problems == []


def test_placeholders_and_markup_match_the_english() -> None:
    for message in _messages():
        ids = message.id if isinstance(message.id, tuple | list) else (message.id,)
        strings = message.string if isinstance(message.string, tuple | list) else (message.string,)
        wanted = set(PLACEHOLDER.findall(ids[-1]))
        for index, text in enumerate(strings):
            got = set(PLACEHOLDER.findall(text))
            if message.pluralizable and index == 0:
                assert got <= wanted, f"{_key(message)}: {got} not in {wanted}"
            else:
                assert got == wanted, f"{_key(message)}: {got} != {wanted}"
            assert sorted(TAG.findall(text)) == sorted(TAG.findall(ids[0])), _key(message)
            assert text.count("%") - 2 * text.count("%%") == len(PLACEHOLDER.findall(text)), (
                f"stray % in {_key(message)}"
            )


def test_the_catalog_is_used_and_plurals_are_spanish() -> None:
    es = translator("es")
    assert es.gettext("Page %(page)d of %(total)d", page=2, total=5) == "Página 2 de 5"
    assert wording.days_left(es, -1) == "vencido hace 1 día"
    assert wording.days_left(es, -3) == "vencido hace 3 días"
    assert wording.days_left(es, 0) == "hoy" and wording.days_left(es, 1) == "mañana"
    assert wording.days_left(es, 3) == "vence en 3 días"
    en = translator("en")
    assert [wording.days_left(en, n) for n in (-1, -3, 0, 1, 3)] == [
        "1 day overdue",
        "3 days overdue",
        "today",
        "tomorrow",
        "in 3 days",
    ]


def test_dates_in_each_language() -> None:
    day = dt.date(2026, 11, 23)
    es, en = translator("es"), translator("en")
    assert es.long_day(day) == "lunes, 23 de noviembre de 2026"
    assert es.day(day) == "lun 23 nov 2026"
    assert es.month(dt.date(2025, 9, 1)) == "sept 25" and es.quarter(day) == "T4 26"
    assert es.moment(dt.datetime(2026, 3, 2, 14, 5)) == "2 mar 2026, 14:05"
    # English keeps the formats its reports always had.
    assert en.long_day(day) == "Monday 23 November 2026" and en.day(day) == "Mon 23 Nov 2026"
    assert en.compact_day(dt.date(2025, 9, 3)) == "03 Sep 2025"
    assert en.month(dt.date(2025, 9, 1)) == "Sep 25" and en.quarter(day) == "Q4 26"
    assert en.moment(dt.datetime(2026, 3, 2, 14, 5)) == "2026-03-02 14:05"


def test_selection_and_period_described_in_each_language() -> None:
    selection = DeadlineSelection.next_days(dt.date(2026, 3, 2), person="J. Okafor")
    assert wording.describe_selection(selection, "en") == (
        "Due Mon 2 Mar 2026 to Sun 15 Mar 2026; with everything overdue; status open; "
        "person J. Okafor"
    )
    assert wording.describe_selection(selection, "es") == (
        "Vencen del lun 2 mar 2026 al dom 15 mar 2026; con todo lo vencido; estado: abierto; "
        "persona: J. Okafor"
    )
    period = Period(dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert wording.describe_period(period, "en") == "issued Wed 1 Jan 2025 to Wed 31 Dec 2025"
    assert wording.describe_period(period, "es") == (
        "fecha de emisión: del mié 1 ene 2025 al mié 31 dic 2025"
    )


def test_every_stored_value_has_a_spanish_word() -> None:
    es, en = wording.words("es"), wording.words("en")
    tables = [
        (es.matter_status, MatterStatus),
        (es.deadline_status, DeadlineStatus),
        (es.subpoena_status, SubpoenaStatus),
        (es.process_kind, SubpoenaKind),
        (es.demand, Demand),
        (es.event_kind, EventKind),
        (es.platform, Platform),
    ]
    for table, enum in tables:
        assert set(table) == {v.value for v in enum}, enum.__name__
    assert set(es.outcome) == set(OUTCOME_ORDER) == set(OUTCOMES.values())
    assert es.process_kind["customs_summons"] == "Requerimiento aduanero"
    assert es.outcome["quashed"] == "Anulada" and en.outcome["quashed"] == "Quashed"
    assert es.matter_status["motion_filed"] == "Moción presentada"
    assert es.demands(("name", "ip_logs")) == "nombre, registros de IP"


def test_every_title_a_rule_gives_reads_in_spanish() -> None:
    es = wording.words("es")
    for rule in default_rulebook().rules.values():
        assert rule.title_es, f"{rule.id} needs [rules.es] title"
        assert es.deadline_title(rule.title) != rule.title, rule.id
    assert es.deadline_title("Objections to the subpoena due") == (
        "Vencen las objeciones a la citación"
    )
    assert es.deadline_title("Objections due (retyped)") == "Objections due (retyped)"


def test_language_is_checked_and_found_in_the_locale() -> None:
    assert check_language("es") == "es" and check_language(" EN ") == "en"
    with pytest.raises(ValidationError, match="Report language must be en or es, not 'fr'"):
        check_language("fr")
    with pytest.raises(ValidationError):
        translator("spanish")
    assert system_language({"LANG": "es_MX.UTF-8"}) == "es"
    assert system_language({"LANG": "en_US.UTF-8", "LC_MESSAGES": "es_US.UTF-8"}) == "es"
    assert system_language({"LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "es_US.UTF-8"}) == "en"
    assert system_language({"LC_ALL": "", "LANG": "es"}) == "es"
    assert system_language({"LANG": "C.UTF-8"}) == "en"
    assert system_language({}) == "en"
