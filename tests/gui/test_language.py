"""The interface language: Spanish or English from Settings, applied at once without losing the
session (the vault stays unlocked, open editors keep what was typed), remembered per person on
this computer, and English when the Spanish translation was never built."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gui import i18n
from gui.app import LockController, build_window
from gui.context import AppContext
from gui.editors import RecordEditor
from gui.i18n import ENGLISH, SPANISH, install_translator
from gui.main_window import MainWindow
from gui.pages.settings_page import SettingsPage
from services import records
from services.changes import EVERYTHING
from tests.gui.test_editors import type_into

REPO = Path(__file__).resolve().parents[2]
ENGLISH_PAGES = ["Dashboard", "Matters", "Clients", "Accounts", "Subpoenas", "Deadlines"]
SPANISH_PAGES = ["Panel", "Asuntos", "Clientes", "Cuentas", "Citaciones", "Plazos"]


@pytest.fixture
def no_translations(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> Iterator[Path]:
    """Run from source without `make`: no .qm anywhere."""
    empty = tmp_path / "translations"
    empty.mkdir()
    monkeypatch.setattr(i18n, "translations_dir", lambda: empty)
    yield empty
    install_translator(qapp, ENGLISH)


def nav_texts(window: MainWindow) -> list[str]:
    return [window.nav.item(i).text() for i in range(6)]


def test_spanish_translates_the_app_qts_own_buttons_and_dates(
    qapp: QApplication, translations: Path
) -> None:
    assert install_translator(qapp, SPANISH) == SPANISH
    assert i18n.current_language() == SPANISH
    assert QCoreApplication.translate("MainWindow", "Dashboard") == "Panel"
    assert QCoreApplication.translate("RecordTableModel", "%n day(s)", None, 1) == "1 día"
    assert QCoreApplication.translate("RecordTableModel", "%n day(s)", None, 3) == "3 días"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"  # qtbase_es
    assert QLocale().language() == QLocale.Language.Spanish
    assert i18n.weekday_date(dt.date(2016, 5, 16)) == "lun 16 may 2016"

    assert install_translator(qapp, ENGLISH) == ENGLISH
    assert i18n.current_language() == ENGLISH
    assert QCoreApplication.translate("MainWindow", "Dashboard") == "Dashboard"
    assert QCoreApplication.translate("RecordTableModel", "%n day(s)", None, 1) == "1 day"
    assert QCoreApplication.translate("AuditPage", "%n entr(y|ies)", None, 2) == "2 entries"
    assert i18n.weekday_date(dt.date(2016, 5, 16)) == "Mon 16 May 2016"


def test_the_language_defaults_to_the_systems_and_is_kept_per_person(
    preferences: QSettings,
) -> None:
    assert i18n.saved_language(preferences) is None
    assert i18n.chosen_language(preferences) == i18n.system_language()
    i18n.save_language(preferences, SPANISH)
    assert i18n.chosen_language(preferences) == SPANISH
    with pytest.raises(ValueError):
        i18n.save_language(preferences, "fr")


def test_without_the_compiled_translation_the_app_stays_english_and_says_so(
    qtbot: QtBot, qapp: QApplication, app_ctx: AppContext, no_translations: Path
) -> None:
    assert install_translator(qapp, SPANISH) == ENGLISH  # no crash, no Spanish
    assert QCoreApplication.translate("MainWindow", "Dashboard") == "Dashboard"
    page = SettingsPage(app_ctx)
    qtbot.addWidget(page)
    page.show()
    spanish = page.language.model().item(page.language.findData(SPANISH))  # type: ignore[attr-defined]
    assert not spanish.isEnabled()
    assert page.spanish_missing.isVisible()
    assert "Spanish is unavailable" in page.spanish_missing.text()
    assert page.language.currentData() == ENGLISH


def test_switching_to_spanish_keeps_the_vault_open_and_the_typed_work(
    qtbot: QtBot, qapp: QApplication, app_ctx: AppContext, translations: Path
) -> None:
    window, controller = build_window(qapp, app_ctx)
    assert isinstance(controller, LockController)
    window.show()
    qtbot.waitExposed(window)
    assert nav_texts(window) == ENGLISH_PAGES
    matter = app_ctx.write(
        lambda uow: records.create(uow, "matters", {"title": "Doe v. DHS", "status": "open"})
    )
    editor = window.open_record("matters", matter.id)
    assert isinstance(editor, RecordEditor)
    type_into(qtbot, editor, "judge", "Magistrate Judge Hixson")
    assert editor.has_unsaved_changes()
    settings_index = window.page_index("Settings")
    window.show_page(settings_index)

    # The person picks Español on the Settings page.
    page = window.settings_page
    assert page.language.currentData() == ENGLISH
    with qtbot.waitSignal(controller.window_replaced, timeout=10000) as replaced:
        page.language.setCurrentIndex(page.language.findData(SPANISH))
    spanish_window = replaced.args[0]
    assert isinstance(spanish_window, MainWindow) and spanish_window is controller.window
    assert not shiboken6.isValid(window)  # the English window is gone
    qtbot.waitExposed(spanish_window)

    # Spanish on screen, on the same page, with the same vault still open.
    assert nav_texts(spanish_window) == SPANISH_PAGES
    assert [a.text() for a in spanish_window.menuBar().actions()][:2] == ["&Archivo", "&Nuevo"]
    assert spanish_window.pages.currentIndex() == settings_index
    assert spanish_window.user_label.text() == "Trabajando como: Test Paralegal"
    # mid-sentence, a language's name is lower-case in Spanish
    assert spanish_window.settings_page.status.text() == "La interfaz ahora está en español."
    assert app_ctx.is_unlocked
    assert i18n.saved_language(app_ctx.preferences) == SPANISH

    # The open editor came back, in Spanish, with the judge still typed and still unsaved.
    reopened = [e for e in spanish_window.findChildren(RecordEditor) if e.isVisible()]
    assert len(reopened) == 1
    spanish_editor = reopened[0]
    assert spanish_editor.find_input("judge").state() == "Magistrate Judge Hixson"
    assert spanish_editor.has_unsaved_changes()
    assert spanish_editor.windowTitle().startswith("Asunto: Doe v. DHS")
    assert spanish_editor.save_button.text() == "&Guardar"
    assert app_ctx.read(lambda uow: records.get(uow, "matters", matter.id)).judge is None

    # The vault's signals reach only the new window's views.
    app_ctx.data_changed.emit(EVERYTHING)

    # And back to English, the typed work still there.
    page = spanish_window.settings_page
    with qtbot.waitSignal(controller.window_replaced, timeout=10000) as replaced:
        page.language.setCurrentIndex(page.language.findData(ENGLISH))
    english_window = replaced.args[0]
    assert nav_texts(english_window) == ENGLISH_PAGES
    assert english_window.settings_page.status.text() == "The interface is now in English."
    back = [e for e in english_window.findChildren(RecordEditor) if e.isVisible()]
    assert [e.find_input("judge").state() for e in back] == ["Magistrate Judge Hixson"]
    assert i18n.saved_language(app_ctx.preferences) == ENGLISH

    # The rebuilt window locks as the first did (Ctrl+L), keeping the draft in the vault.
    english_window.lock_action.trigger()
    assert not app_ctx.is_unlocked and not english_window.isVisible()
    assert controller.unlock_dialog is not None
    controller.unlock_dialog.reject()
    controller.idle.stop()
    shiboken6.delete(english_window)


def test_the_language_waits_while_a_report_or_backup_is_written(
    qtbot: QtBot, app_ctx: AppContext, translations: Path
) -> None:
    page = SettingsPage(app_ctx)
    qtbot.addWidget(page)
    chosen: list[str] = []
    page.language_chosen.connect(chosen.append)
    release = threading.Event()
    app_ctx.runner.run(lambda _task: release.wait(10))
    try:
        page.language.setCurrentIndex(page.language.findData(SPANISH))
        assert chosen == []
        assert "still being written" in page.error.text()
        assert page.language.currentData() == ENGLISH
    finally:
        release.set()
        qtbot.waitUntil(lambda: not app_ctx.runner.busy, timeout=10000)
    page.language.setCurrentIndex(page.language.findData(SPANISH))
    assert chosen == [SPANISH]
