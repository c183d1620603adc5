"""Every error a service raises carries a code the GUI words in the reader's language, with
the facts its sentence needs; errors from storage/ without a code are known by their exact
English; and a Spanish screen shows them in Spanish.

When this fails after a change to services/: give the new `raise` a `code=` (and `params=`),
add its sentence to gui/errors.py's ERROR_TEXTS, run `make translations` and translate it."""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from gui.context import AppContext
from gui.editors import open_editor
from gui.errors import ERROR_TEXTS, plain_error
from gui.pages.settings_page import SettingsPage
from models.errors import NotFoundError, ValidationError, WrongKeyError
from services import records
from tests.gui.test_editors import make_matter, save, type_into

REPO = Path(__file__).resolve().parents[2]
SERVICES = REPO / "services"
ERRORS = {
    "QuashError",
    "ValidationError",
    "NotFoundError",
    "CorruptFileError",
    "WrongKeyError",
    "KeyringUnavailableError",
    "NotEnoughSpaceError",
    "CalendarError",
    "RuleSetError",
    "UsageError",
    "NothingToWriteError",
    "NotPermittedError",
}
# Errors whose class supplies the code itself.
CODED_BY_THEIR_CLASS = {"VaultLockedError"}
# Services whose errors the GUI never shows, each with the reason. They carry codes all the
# same; the command line prints their English.
NOT_SHOWN_IN_THE_GUI = {
    "services/interchange.py": "reading an interchange file is `quash import`, command line only",
}
# Below the front-ends, every error a person can meet carries a code.
BELOW_THE_FRONT_ENDS = ("models", "storage", "services")

# The deadline engine's modules: the docketing dialogs show their refusals as they are typed.
MODELS_SHOWN_IN_THE_GUI = (
    *(f"models/rules/{name}.py" for name in ("book", "files", "counting")),
    "models/calendars.py",
    "models/deadline_engine.py",
    "models/courts.py",
)

# Storage modules whose raises that carry a code must be worded by the GUI
# (tests/gui/test_storage_error_texts.py): every module of the backup package, the vault and
# its folder, the key file.
BACKUP_MODULES = tuple(
    path.relative_to(REPO).as_posix() for path in sorted((REPO / "storage" / "backup").glob("*.py"))
)
STORAGE_SHOWN_IN_THE_GUI = (
    *BACKUP_MODULES,
    "storage/vault.py",
    "storage/vault_folder.py",
    "storage/key_changes.py",
    "storage/keychain.py",
    "storage/keyslots.py",
)


@dataclass(frozen=True)
class Raised:
    path: str
    line: int
    code: str | None  # None: raised without a code
    params: frozenset[str] | None  # None: not known from the source (a variable)
    has_field: bool

    def __str__(self) -> str:
        return f"{self.path}:{self.line} ({self.code})"


def _literal_codes(node: ast.expr | None) -> list[str | None]:
    """A code given as a literal, or as `"a" if … else "b"`."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _literal_codes(node.body) + _literal_codes(node.orelse)
    return [None]


def _dict_keys(node: ast.expr | None) -> frozenset[str] | None:
    if node is None:
        return frozenset()
    if isinstance(node, ast.Dict) and all(isinstance(k, ast.Constant) for k in node.keys):
        return frozenset(str(k.value) for k in node.keys if isinstance(k, ast.Constant))
    return None


def _with_name(params: frozenset[str] | None) -> frozenset[str] | None:
    """storage.backup's _damaged always adds the file's name to the facts it is given."""
    return None if params is None else params | {"name"}


def raised_errors(tree: ast.Module, path: str) -> list[Raised]:
    """Each error a module raises (or builds with field_error), with its code and params."""
    found: list[Raised] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else ""
        keywords = {k.arg: k.value for k in node.keywords if k.arg}
        if name in ERRORS:
            if isinstance(keywords.get("code"), ast.Name):
                continue  # a helper handing on its caller's code (field_error)
            params = _dict_keys(keywords.get("params"))
            for code in _literal_codes(keywords.get("code")):
                found.append(Raised(path, node.lineno, code, params, "field" in keywords))
        elif name == "_damaged" and len(node.args) >= 3:  # backup._damaged(name, what, code, …)
            params = _dict_keys(node.args[3] if len(node.args) > 3 else None)
            for code in _literal_codes(node.args[2]):
                found.append(Raised(path, node.lineno, code, _with_name(params), False))
        elif name == "field_error" and len(node.args) >= 4:  # (spec, field, english, code)
            params = frozenset(k for k in keywords if k)
            for code in _literal_codes(node.args[3]):
                found.append(Raised(path, node.lineno, code, params, True))
    return found


def service_errors() -> list[Raised]:
    out: list[Raised] = []
    for file in sorted(SERVICES.rglob("*.py")):
        path = str(file.relative_to(REPO))
        out.extend(raised_errors(ast.parse(file.read_text(encoding="utf-8")), path))
    return out


def untranslated(errors: list[Raised], table: dict[str, str]) -> list[Raised]:
    return [e for e in errors if e.path not in NOT_SHOWN_IN_THE_GUI and e.code not in table]


def placeholders(sentence: str) -> set[str]:
    return set(re.findall(r"\{(\w+)\}", sentence))


# ---- every error of services/ has a code the GUI words -----------------------------------------


def test_every_error_a_service_raises_has_a_code_the_gui_translates() -> None:
    errors = service_errors()
    assert len(errors) > 40  # the scan sees the services' raises
    missing = untranslated(errors, ERROR_TEXTS)
    assert not missing, "errors the GUI would show in English:\n" + "\n".join(map(str, missing))


def test_the_check_catches_a_raise_without_a_code_or_with_an_unknown_one() -> None:
    source = (
        "raise ValidationError('matter: title is required', field='title')\n"
        "raise NotFoundError('gone', code='record.gone', params={'id': 1})\n"
        "raise field_error(spec, field, 'is required', 'field.required')\n"
    )
    errors = raised_errors(ast.parse(source), "services/new.py")
    assert [(e.code, e.line) for e in untranslated(errors, ERROR_TEXTS)] == [
        (None, 1),
        ("record.gone", 2),
    ]
    # …and a table that lost a sentence the services still use.
    table = {k: v for k, v in ERROR_TEXTS.items() if k != "field.required"}
    assert [e.code for e in untranslated(service_errors(), table)].count("field.required") > 1


def test_every_error_below_the_front_ends_carries_a_code() -> None:
    """models/, storage/ and services/ name each error by a code, so no front-end has to
    recognise one by its English."""
    uncoded = []
    for folder in BELOW_THE_FRONT_ENDS:
        for file in sorted((REPO / folder).rglob("*.py")):
            path = file.relative_to(REPO).as_posix()
            tree = ast.parse(file.read_text(encoding="utf-8"))
            uncoded += [e for e in raised_errors(tree, path) if e.code is None]
    assert not uncoded, "errors without a code:\n" + "\n".join(map(str, uncoded))


def test_the_scan_knows_every_error_class_below_the_front_ends() -> None:
    """A new error class must be added to ERRORS (or CODED_BY_THEIR_CLASS), or the scan
    above would not see its raises."""
    classes = set()
    for folder in BELOW_THE_FRONT_ENDS:
        for file in (REPO / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ClassDef) and node.name.endswith("Error"):
                    classes.add(node.name)
    data_errors = {"CalendarDataError", "CourtDataError"}  # Quash's own shipped tables broken
    assert classes - data_errors <= ERRORS | CODED_BY_THEIR_CLASS, sorted(
        classes - data_errors - ERRORS - CODED_BY_THEIR_CLASS
    )


def test_the_gui_leaves_unworded_only_what_it_never_shows() -> None:
    """A module whose every code has come to have a sentence leaves NOT_SHOWN_IN_THE_GUI."""
    for path in NOT_SHOWN_IN_THE_GUI:
        codes = {e.code for e in service_errors() if e.path == path}
        assert codes - set(ERROR_TEXTS), path


def storage_errors() -> list[Raised]:
    """The raises of the storage modules whose errors reach the Backup page, the restore
    dialog, the unlock dialog and the wizard."""
    out: list[Raised] = []
    for name in STORAGE_SHOWN_IN_THE_GUI:
        file = REPO / name
        out.extend(raised_errors(ast.parse(file.read_text(encoding="utf-8")), name))
    return out


def model_errors() -> list[Raised]:
    out: list[Raised] = []
    for name in MODELS_SHOWN_IN_THE_GUI:
        file = REPO / name
        out.extend(raised_errors(ast.parse(file.read_text(encoding="utf-8")), name))
    return out


def test_every_refusal_of_the_deadline_engine_has_a_code_the_gui_translates() -> None:
    errors = [e for e in model_errors() if e.code is not None]
    assert len(errors) > 15
    missing = untranslated(errors, ERROR_TEXTS)
    assert not missing, "errors the GUI would show in English:\n" + "\n".join(map(str, missing))
    for error in errors:
        if error.params is not None:
            assert placeholders(ERROR_TEXTS[error.code]) <= error.params, str(error)


def test_every_sentence_is_used_and_has_the_facts_it_names() -> None:
    errors = [e for e in service_errors() + storage_errors() + model_errors() if e.code is not None]
    assert {e.code for e in errors} >= set(ERROR_TEXTS), "sentences nothing raises"
    for error in errors:
        if error.code not in ERROR_TEXTS or error.params is None:
            continue
        needed = placeholders(ERROR_TEXTS[error.code])
        given = set(error.params) | ({"field"} if error.has_field else set())
        assert needed <= given, f"{error}: the sentence needs {sorted(needed - given)}"


# ---- the sentences, in English and Spanish -----------------------------------------------------


def test_english_reads_as_the_form_names_things() -> None:
    with pytest.raises(ValidationError) as caught:
        records.clean(records.spec_for("matters"), {"title": " ", "status": "open"})
    assert str(caught.value) == "matter: title is required"  # the command line's, unchanged
    assert plain_error(caught.value) == "Title is required."
    with pytest.raises(ValidationError) as caught:
        records.clean(records.spec_for("matters"), {"title": "Doe", "status": "shut"})
    assert plain_error(caught.value) == (
        "Status cannot be 'shut'; choose one of: Intake, Open, Motion filed, Stayed, "
        "Withdrawn, Quashed, Enforced, Closed."
    )


def test_spanish_words_every_kind_of_fact(spanish: str) -> None:
    with pytest.raises(ValidationError) as caught:
        records.clean(records.spec_for("matters"), {"title": "Doe", "status": "shut"})
    assert plain_error(caught.value) == (
        "Estado no puede ser «shut»; elija una de estas opciones: Admisión, Abierto, "
        "Moción presentada, Suspendido, Citación retirada, Citación anulada, Cumplimiento "
        "ordenado, Cerrado."
    )
    gone = NotFoundError(
        "There is no docket event with id 9.",
        record="event",
        code="record.not_found",
        params={"record": "docket event", "id": 9},
    )
    assert plain_error(gone) == "No hay ningún registro de actuación con el id 9; ¿se eliminó?"
    wrong = WrongKeyError("Wrong passphrase for this vault.", code="key.wrong_passphrase")
    assert plain_error(wrong) == "La frase de contraseña no es la de esta bóveda."
    assert plain_error(ValidationError("Something new.")) == "Something new."  # no code: as is


def test_a_spanish_editor_shows_a_spanish_validation_error(
    qtbot: QtBot, app_ctx: AppContext, spanish: str
) -> None:
    editor = open_editor(app_ctx, "subpoenas", 0, prefill={"matter_id": make_matter(app_ctx)})
    editor.ask_unsaved = lambda: "discard"
    editor.show()
    qtbot.waitExposed(editor)
    type_into(qtbot, editor, "issuer", "U.S. Customs and Border Protection")
    type_into(qtbot, editor, "recipient", "Twitter")
    type_into(qtbot, editor, "served", "2017-03-14")
    type_into(qtbot, editor, "compliance_date", "2017-03-01")
    save(qtbot, editor)
    assert editor.error_label.isVisible()
    assert editor.error_label.text() == (
        "Fecha de cumplimiento (2017-03-01) es anterior a «fecha de notificación» (2017-03-14)."
    )
    assert app_ctx.read(lambda uow: records.count(uow, "subpoenas")) == 0
    editor.close_for_lock()


def test_a_spanish_settings_page_says_a_closure_day_needs_a_reason(
    qtbot: QtBot, app_ctx: AppContext, spanish: str
) -> None:
    page = SettingsPage(app_ctx)
    qtbot.addWidget(page)
    page.show()
    page.add_closure_button.click()
    assert page.error.isVisible()
    assert page.error.text() == "Motivo: este dato es obligatorio."


def test_every_refusal_of_a_role_names_the_action_in_the_readers_words() -> None:
    from gui.errors import ACTION_TEXTS
    from models.people import Action

    assert {a.value for a in Action} == set(ACTION_TEXTS)
