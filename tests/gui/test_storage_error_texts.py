"""Errors from storage/ that name a file, a folder or a number (backups, restores, the vault's
folder and key file, the keychain) carry a code the GUI words in the reader's language, and a
Spanish screen's Verify dialog says in Spanish that a backup is truncated.

When this fails after a change to storage/: give the new `raise` a `code=` (and `params=`),
add its sentence to gui/errors.py's ERROR_TEXTS, run `make translations` and translate it."""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path

import pytest

from gui.context import AppContext
from gui.errors import ERROR_TEXTS, plain_error
from gui.pages.backup_page import VerifyDialog
from models.errors import CorruptFileError, QuashError, ValidationError
from storage import backup
from tests.gui.test_backup_page import make_backup
from tests.gui.test_error_texts import (
    REPO,
    STORAGE_SHOWN_IN_THE_GUI,
    placeholders,
    raised_errors,
    storage_errors,
)

# Raises in those files that carry no code, each with the reason: never a person's error.
UNCODED_ON_PURPOSE = {
    "Argon2id parameters below": "a programming error (ValueError), never a person's",
}


def test_every_coded_storage_error_has_a_sentence_with_its_facts() -> None:
    coded = [e for e in storage_errors() if e.code is not None]
    assert len(coded) > 50  # the scan sees the storage raises, _damaged's included
    missing = [e for e in coded if e.code not in ERROR_TEXTS]
    assert not missing, "storage errors the GUI would show in English:\n" + "\n".join(
        map(str, missing)
    )
    for error in coded:
        if error.params is None:
            continue
        needed = placeholders(ERROR_TEXTS[str(error.code)])
        given = set(error.params) | ({"field"} if error.has_field else set())
        assert needed <= given, f"{error}: the sentence needs {sorted(needed - given)}"


def _messages_with_values(path: str) -> list[tuple[int, str]]:
    """Uncoded QuashError raises whose message is an f-string (it names a path or a value)."""
    found = []
    tree = ast.parse((REPO / path).read_text(encoding="utf-8"))
    codes = {e.line for e in raised_errors(tree, path) if e.code is not None}
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        if not node.func.id.endswith("Error") or node.lineno in codes:
            continue
        if any(k.arg == "code" for k in node.keywords) or not node.args:
            continue
        if isinstance(node.args[0], ast.JoinedStr):
            found.append((node.lineno, ast.unparse(node.args[0])))
    return found


@pytest.mark.parametrize("path", STORAGE_SHOWN_IN_THE_GUI)
def test_no_storage_error_naming_a_path_or_value_is_left_without_a_code(path: str) -> None:
    left = [
        (line, text)
        for line, text in _messages_with_values(path)
        if not any(reason in text for reason in UNCODED_ON_PURPOSE)
    ]
    assert not left, f"{path}: raises with values but no code: {left}"


def test_the_english_the_command_line_prints_is_unchanged(tmp_path: Path) -> None:
    empty = tmp_path / "empty.quash"
    empty.write_bytes(b"")
    with pytest.raises(CorruptFileError) as caught:
        backup.peek_header(empty)
    assert str(caught.value) == "empty.quash is empty: it is not a Quash backup (the copy failed?)."
    assert caught.value.code == "backup.empty"
    assert plain_error(caught.value) == str(caught.value)  # an English screen reads the same


def test_spanish_names_the_file_folder_and_sizes(tmp_path: Path, spanish: str) -> None:
    with pytest.raises(ValidationError) as caught:
        backup.peek_header(tmp_path / "gone.quash")
    assert plain_error(caught.value) == (
        f"No hay ningún archivo de copia de seguridad en {tmp_path / 'gone.quash'}."
    )
    with pytest.raises(ValidationError) as caught:
        backup.destination_state(_a_file(tmp_path))
    assert plain_error(caught.value).endswith("es un archivo; restaure en una carpeta nueva.")
    full = backup.NotEnoughSpaceError(
        "Not enough space …",
        code="backup.not_enough_space",
        params={"folder": tmp_path, "needed": 2_500_000, "free": 512},
    )
    assert plain_error(full) == (
        f"No hay espacio suficiente en {tmp_path}: la copia necesita 2.5 MB y hay 512 bytes "
        "libres. No se escribió nada."
    )
    nested = QuashError(
        "…",
        code="backup.read_back_failed",
        params={
            "folder": tmp_path,
            "error": CorruptFileError(
                "…", code="backup.damaged.part", params={"name": "b.quash", "part": 2, "parts": 3}
            ),
        },
    )
    assert plain_error(nested) == (
        f"La copia escrita en {tmp_path} no se leyó bien al comprobarla (El archivo b.quash está "
        "dañado o fue manipulado: la parte 2 de 3 no supera la autenticación); puede que la "
        "memoria esté fallando. No se conservó."
    )


def _a_file(folder: Path) -> Path:
    path = folder / "notes.txt"
    path.write_text("not a vault")
    return path


def test_a_spanish_verify_dialog_says_a_backup_is_truncated_in_spanish(
    demo_ctx: AppContext,
    tmp_path: Path,
    verify_dialog: Callable[[Path], VerifyDialog],
    spanish: str,
) -> None:
    path = make_backup(demo_ctx, tmp_path / "stick")
    path.write_bytes(path.read_bytes()[:-100])
    dialog = verify_dialog(path)
    assert dialog.about.text() == (
        f"El archivo {path.name} está incompleto: le faltan 100 bytes respecto de lo que indica "
        "su cabecera (está truncado; ¿falló la copia o la memoria?)."
    )
    assert not dialog.go_button.isEnabled()
    dialog.close()
