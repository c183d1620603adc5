"""The language reports, calendar files and spreadsheets are written in: their messages and how
they print dates and numbers. No Qt here: the GUI has its own translations (translations/*.ts).

Messages are gettext messages. The Spanish catalog is kept as text in the repository,
`reports/locale/es/LC_MESSAGES/reports.po`, and read at run time with Babel (`read_po`, then
compiled in memory with `write_mo` into a standard `gettext.GNUTranslations`), so there is no
build step and no compiled file to forget. A fuzzy or empty entry falls back to English; the
test suite refuses a catalog with any (tests/unit/test_report_catalog.py).

In code, a message is written with a `Translator`'s `gettext`, `ngettext` or `pgettext` (Babel's
default extraction keywords, so `pybabel` needs no options) and a module-level constant is
marked with `N_` and translated where it is printed; `_ = tr.gettext` is fine too. The text must
be a literal inside the call (not in an f-string, not through another alias), or extraction
misses it. Placeholders are named, Python %-style (`"Page %(page)d of %(total)d"`), which
Babel's checkers understand. After changing messages:

    .venv/bin/pybabel extract --add-location=file -c TRANSLATORS: -o reports.pot reports
    .venv/bin/pybabel update --ignore-obsolete -i reports.pot -d reports/locale -D reports -l es
    rm reports.pot

then translate the new entries and remove the fuzzy flags.

Dates are formatted with Babel from the CLDR data for US English and US Spanish (offices are
in the US: numbers read 5,000 and 50% as on the government's papers). Spanish dates always spell
the month ("lun 23 nov 2026"), never 23/11/2026, which a US reader could take for a month first.
"""

from __future__ import annotations

import datetime as dt
import gettext
import importlib.resources
import io
import locale as system_locale
import os
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources.abc import Traversable
from typing import Literal, cast

from babel import Locale
from babel.dates import format_date, format_datetime, format_time
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_percent

from models.errors import QuashError, ValidationError

Language = Literal["en", "es"]
LANGUAGES: tuple[Language, ...] = ("en", "es")
LANGUAGE_NAMES: dict[Language, str] = {"en": "English", "es": "español"}
DOMAIN = "reports"
SOURCE_LANGUAGE: Language = "en"  # the language the messages are written in
BABEL_LOCALES: dict[Language, str] = {"en": "en_US", "es": "es_US"}
# Environment variables that name the messages' locale, in the order POSIX consults them.
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


@dataclass(frozen=True)
class DatePatterns:
    """CLDR date patterns (or Babel's names "full", "medium", …) for one language."""

    day: str  # a date in a table cell: "Mon 2 Mar 2026"
    long_day: str  # a heading: "Monday 2 March 2026"
    compact_day: str  # a narrow column: "02 Mar 2026"
    month: str  # a chart's month: "Sep 25"
    quarter: str  # a chart's quarter: "Q3 25"
    weekday: str  # "Mon"
    time: str  # "14:05"
    moment: str  # when a file was made: "2026-03-02 14:05"


DATE_PATTERNS: dict[Language, DatePatterns] = {
    # The English reports' formats since the first version: day before month, no commas.
    "en": DatePatterns(
        day="EEE d MMM y",
        long_day="EEEE d MMMM y",
        compact_day="dd MMM y",
        month="MMM yy",
        quarter="QQQ yy",
        weekday="EEE",
        time="HH:mm",
        moment="yyyy-MM-dd HH:mm",
    ),
    # Spanish as CLDR writes it: "lunes, 23 de noviembre de 2026", "lun 23 nov 2026", "T3 25".
    "es": DatePatterns(
        day="EEE d MMM y",
        long_day="full",
        compact_day="dd MMM y",
        month="MMM yy",
        quarter="QQQ yy",
        weekday="EEE",
        time="HH:mm",
        moment="d MMM y, HH:mm",
    ),
}


def N_(message: str) -> str:  # noqa: N802 - gettext's conventional name for "mark only"
    """Mark `message` for the catalog without translating it (module-level constants)."""
    return message


def check_language(value: str) -> Language:
    """`value` as a report language ("en" or "es"), or one clear error."""
    key = value.strip().lower() if isinstance(value, str) else value
    if key not in LANGUAGES:
        raise ValidationError(
            f"Report language must be {' or '.join(LANGUAGES)}, not {value!r}.", field="language"
        )
    return cast(Language, key)


def system_language(environ: Mapping[str, str] | None = None) -> Language:
    """The language this computer's user reads: Spanish when the locale's language is Spanish
    (LC_ALL, else LC_MESSAGES, else LANG; e.g. "es_MX.UTF-8"), English otherwise. Where none
    is set (Windows), the locale Python was started with."""
    env = os.environ if environ is None else environ
    for name in LOCALE_VARIABLES:
        value = env.get(name, "")
        if value:
            return _language_of(value)
    if environ is None:
        try:
            current = system_locale.getlocale()[0]
        except ValueError:
            current = None
        if current:
            return _language_of(current)
    return SOURCE_LANGUAGE


def _language_of(locale_name: str) -> Language:
    name = locale_name.strip().lower()
    return "es" if name.startswith(("es", "spanish")) else "en"


class Translator:
    """One language's messages, dates and numbers. Get one with `translator(language)`."""

    def __init__(self, language: Language, translations: gettext.NullTranslations):
        self.language = language
        self.locale = Locale.parse(BABEL_LOCALES[language])
        self.dates = DATE_PATTERNS[language]
        self._translations = translations
        self._days: dict[tuple[dt.date, str], str] = {}  # a report's dates repeat down its rows

    # ---- messages ----------------------------------------------------------------------

    def gettext(self, message: str, **values: object) -> str:
        """`message` in this language, with its %(name)s placeholders filled from `values`."""
        return _fill(self._translations.gettext(message), values)

    def ngettext(self, singular: str, plural: str, n: int, **values: object) -> str:
        """The form for `n` things; %(n)d is `n` unless `values` says otherwise."""
        return _fill(self._translations.ngettext(singular, plural, n), {"n": n, **values})

    def pgettext(self, context: str, message: str, **values: object) -> str:
        """`message` as meant in `context` ("deadline status", "outcome", …): the same English
        word can need different Spanish words (a deadline is "abierto", a subpoena "abierta")."""
        return _fill(self._translations.pgettext(context, message), values)

    # ---- dates and numbers -------------------------------------------------------------

    def _date(self, day: dt.date, pattern: str) -> str:
        key = (day, pattern)
        found = self._days.get(key)
        if found is None:
            if len(self._days) > 10_000:
                self._days.clear()
            found = self._days[key] = format_date(day, pattern, locale=self.locale)
        return found

    def day(self, day: dt.date) -> str:
        return self._date(day, self.dates.day)

    def long_day(self, day: dt.date) -> str:
        return self._date(day, self.dates.long_day)

    def compact_day(self, day: dt.date) -> str:
        return self._date(day, self.dates.compact_day)

    def month(self, day: dt.date) -> str:
        return self._date(day, self.dates.month)

    def quarter(self, day: dt.date) -> str:
        return self._date(day, self.dates.quarter)

    def weekday(self, day: dt.date) -> str:
        return self._date(day, self.dates.weekday)

    def time(self, moment: dt.time) -> str:
        return format_time(moment, self.dates.time, locale=self.locale)

    def moment(self, moment: dt.datetime) -> str:
        """Date and time of day, in the moment's own zone (no conversion)."""
        return format_datetime(moment, self.dates.moment, tzinfo=moment.tzinfo, locale=self.locale)

    def percent(self, fraction: float) -> str:
        return format_percent(fraction, locale=self.locale)


def _fill(text: str, values: Mapping[str, object]) -> str:
    return text % values if values else text


def sentence(text: str) -> str:
    """`text` with its first letter capitalised ("lunes, 2 de marzo" heads a group)."""
    return text[:1].upper() + text[1:]


def catalog_resource(language: Language) -> Traversable:
    """Where a language's catalog lives inside the installed `reports` package."""
    return (
        importlib.resources.files("reports") / "locale" / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    )


@lru_cache(maxsize=len(LANGUAGES))
def _translations(language: Language) -> gettext.NullTranslations:
    if language == SOURCE_LANGUAGE:
        return gettext.NullTranslations()
    try:
        with catalog_resource(language).open("rb") as source:
            catalog = read_po(source, locale=BABEL_LOCALES[language], domain=DOMAIN)
    except OSError as exc:
        raise QuashError(
            f"The {LANGUAGE_NAMES[language]} report texts are missing from this installation "
            f"(reports/locale/{language}/LC_MESSAGES/{DOMAIN}.po); reinstall Quash."
        ) from exc
    compiled = io.BytesIO()
    write_mo(compiled, catalog)  # fuzzy entries are left out: they print in English
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


@lru_cache(maxsize=len(LANGUAGES))
def translator(language: str = SOURCE_LANGUAGE) -> Translator:
    """The translator for `language` ("en" or "es"; anything else is a ValidationError)."""
    checked = check_language(language)
    return Translator(checked, _translations(checked))
