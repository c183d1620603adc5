"""The interface language: English or Spanish, chosen per person in QSettings (never in the
vault), applied with Qt's translators: Quash's own translations/quash_es.qm, and Qt's qtbase_es.qm
for the standard dialog buttons. QLocale's default follows, so dates read in the same language.

    language = install_translator(app, chosen_language(QSettings()))

When the Spanish file is missing (run from source without `make`), Quash stays in English."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QSettings, QTranslator

ENGLISH, SPANISH = "en", "es"
# Each language named in itself, as language pickers do: never translated.
LANGUAGE_NAMES = {ENGLISH: "English", SPANISH: "Español"}
LANGUAGE_KEY = "ui/language"
TRANSLATOR_NAME = "quashTranslator"  # how install_translator finds the ones it installed


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark `text` for translation in `context` and give it back unchanged: the typed stand-in
    for PySide6's marker (which returns `object`); lupdate finds it by this name."""
    return text


def translations_dir() -> Path:
    """translations/ beside the packages: the repository, or the PyInstaller bundle's root."""
    return Path(__file__).resolve().parent.parent / "translations"


def qm_path(language: str, folder: Path | None = None) -> Path:
    return (folder or translations_dir()) / f"quash_{language}.qm"


def is_available(language: str, folder: Path | None = None) -> bool:
    """English always is; another language when its compiled translation is there."""
    return language == ENGLISH or qm_path(language, folder).is_file()


def system_language() -> str:
    """Spanish when the operating system's language is Spanish, otherwise English."""
    return SPANISH if QLocale.system().language() == QLocale.Language.Spanish else ENGLISH


def saved_language(settings: QSettings) -> str | None:
    value = settings.value(LANGUAGE_KEY)
    return str(value) if value in LANGUAGE_NAMES else None


def save_language(settings: QSettings, language: str) -> None:
    if language not in LANGUAGE_NAMES:
        raise ValueError(f"unknown interface language {language!r}")
    settings.setValue(LANGUAGE_KEY, language)
    settings.sync()


def chosen_language(settings: QSettings) -> str:
    """The language this person chose, or the system's when they never chose."""
    return saved_language(settings) or system_language()


def current_language() -> str:
    """The language the interface is in now ("en" or "es"), as install_translator left it."""
    return SPANISH if QLocale().language() == QLocale.Language.Spanish else ENGLISH


def weekday_date(value: dt.date) -> str:
    """Mon 16 May 2016 ("lun 16 may 2016"): a date read for its weekday first."""
    return QLocale().toString(QDate(value.year, value.month, value.day), "ddd d MMM yyyy")


def short_date(value: dt.date) -> str:
    """16 May 2016 ("16 may 2016")."""
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


def _locale_for(language: str) -> QLocale:
    system = QLocale.system()
    if language == SPANISH:
        if system.language() == QLocale.Language.Spanish:
            return system
        return QLocale("es_US")  # Spanish as written in the United States
    if system.language() in (QLocale.Language.English, QLocale.Language.C):
        return system
    return QLocale("en_US")


def install_translator(app: QCoreApplication, language: str, folder: Path | None = None) -> str:
    """Put the interface in `language` for every window made from now on, replacing the
    translators installed before. Returns the language applied: English when the Spanish
    translation cannot be loaded."""
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.setParent(None)  # Python owns it now and frees it
    applied = ENGLISH
    if language == SPANISH and is_available(SPANISH, folder):
        own = QTranslator(app)
        if own.load(str(qm_path(SPANISH, folder))):
            qt_buttons = QTranslator(app)
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_buttons.load("qtbase_es", qt_folder):  # OK, Cancel, Save, Discard…
                qt_buttons.setObjectName(TRANSLATOR_NAME)
                app.installTranslator(qt_buttons)
            else:
                qt_buttons.deleteLater()
            own.setObjectName(TRANSLATOR_NAME)
            app.installTranslator(own)  # installed last, so asked first
            applied = SPANISH
        else:
            own.deleteLater()
    if applied == ENGLISH:
        # English's own plural forms ("1 day ago" / "3 days ago"), from quash_en.qm (made by
        # `make translations` / `make qm`); without it, counts read "%n day(s) ago" as written.
        plurals = QTranslator(app)
        if plurals.load(str(qm_path(ENGLISH, folder))):
            plurals.setObjectName(TRANSLATOR_NAME)
            app.installTranslator(plurals)
        else:
            plurals.deleteLater()
    QLocale.setDefault(_locale_for(applied))
    return applied
