"""zxcvbn's advice on a new passphrase, and the keychain's "unavailable", read in the reader's
language: the table covers every sentence the installed zxcvbn can say (read from the package
itself, so an upgrade that adds one fails here), and a Spanish screen shows them in Spanish."""

from __future__ import annotations

import ast
import importlib.util
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QLabel, QWizard
from pytestqt.qtbot import QtBot
from zxcvbn import zxcvbn

from gui.errors import plain_error
from gui.passphrase_advice import ZXCVBN_ADVICE, advice, advice_text
from gui.tasks import TaskRunner
from gui.wizard import FirstRunWizard, Page
from services.vaults import keychain_missing
from storage.keyslots import Argon2Params


def zxcvbn_sentences() -> set[str]:
    """Every literal zxcvbn's feedback module hands to gettext (`_("…")`)."""
    spec = importlib.util.find_spec("zxcvbn.feedback")
    assert spec is not None and spec.origin is not None
    tree = ast.parse(Path(spec.origin).read_text(encoding="utf-8"))
    return {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "_"
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    }


def test_the_table_holds_every_sentence_zxcvbn_can_say_and_no_other() -> None:
    said = zxcvbn_sentences()
    assert len(said) >= 25  # the scan reads the package's feedback module
    english = sorted(said - ZXCVBN_ADVICE)
    assert not english, f"zxcvbn advice shown in English: {english}"
    assert not ZXCVBN_ADVICE - said, f"no longer said by zxcvbn: {sorted(ZXCVBN_ADVICE - said)}"


def test_english_advice_reads_as_zxcvbn_wrote_it() -> None:
    feedback = zxcvbn("password")["feedback"]
    assert advice(feedback["warning"], feedback["suggestions"]) == (
        "This is a top-10 common password. Add another word or two. Uncommon words are better."
    )


def test_spanish_advice_on_a_spanish_screen(qtbot: QtBot, spanish: str) -> None:
    feedback = zxcvbn("password")["feedback"]
    label = QLabel(advice(feedback["warning"], feedback["suggestions"]))
    qtbot.addWidget(label)
    assert label.text() == (
        "Es una de las 10 contraseñas más comunes. Agregue una o dos palabras más. Las "
        "palabras poco comunes son mejores."
    )
    assert advice_text("A new sentence zxcvbn may add.") == "A new sentence zxcvbn may add."


def test_the_keychain_being_unavailable_reads_in_spanish(spanish: str, no_keychain: None) -> None:
    missing = keychain_missing()
    assert missing is not None and missing.code == "keychain.missing"
    assert plain_error(missing).startswith("«Recordar en esta computadora» no está")


@pytest.fixture
def no_keychain() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_the_spanish_wizard_shows_spanish_advice(
    qtbot: QtBot,
    runner: TaskRunner,
    tmp_path: Path,
    fast_kdf: Argon2Params,
    spanish: str,
    no_keychain: None,
) -> None:
    wizard = FirstRunWizard(runner, kdf_params=fast_kdf, data_dir=tmp_path / "data")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    wizard.office_page.office.setText("Eastside Legal Aid Collective")
    wizard.office_page.person.setText("Sam Rivera")
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    next_button.click()
    assert wizard.currentId() == Page.PASSPHRASE
    wizard.passphrase_page.passphrase.setText("password")
    assert wizard.passphrase_page.feedback.text().startswith("Es una de las 10 contraseñas")
