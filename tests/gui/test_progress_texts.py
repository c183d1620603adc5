"""Every step long work reports (backups, restores, reports) is shown in the reader's language:
each progress(…, text) of storage/, services/ and reports/ is found in the source and must be in
gui/progress.py's table; and a Spanish Backup page shows its steps in Spanish.

When this fails after a change there: add the new step's exact English to PROGRESS_TEXTS, run
`make translations` and translate it."""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gui.context import AppContext
from gui.pages.backup_page import BackupPage
from gui.progress import PROGRESS_TEXTS, progress_text
from storage.keyslots import MINIMUM_ARGON2
from tests.gui.test_backup_page import TIMEOUT
from tests.support.backups import BACKUP_PASSPHRASE

REPO = Path(__file__).resolve().parents[2]
FOLDERS = ("storage", "services", "reports")
TRANSLATING = {"_", "gettext"}  # reports/ words its steps through gettext: the English is the id


@dataclass
class Found:
    texts: set[str] = field(default_factory=set)
    unknown: list[str] = field(default_factory=list)  # steps whose words the scan cannot see


class _Module:
    def __init__(self, path: str, tree: ast.Module, trees: list[ast.Module] | None = None):
        self.path = path
        self.tree = tree
        self.trees = trees if trees is not None else [tree]  # where calls may come from
        self.parents = {c: n for n in ast.walk(tree) for c in ast.iter_child_nodes(n)}
        self.functions = {
            n.name: n
            for n in ast.walk(tree)
            if isinstance(n, ast.FunctionDef) and not isinstance(self.parents.get(n), ast.ClassDef)
        }

    def function_of(self, node: ast.AST) -> ast.FunctionDef | None:
        while node in self.parents:
            node = self.parents[node]
            if isinstance(node, ast.FunctionDef):
                return node
        return None


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def _resolve(module: _Module, node: ast.expr | None, found: Found, depth: int = 0) -> None:
    """The texts an expression can be: a literal, gettext of one, or a name given one."""
    where = f"{module.path}:{getattr(node, 'lineno', '?')}"
    if node is None or depth > 4:
        found.unknown.append(where)
    elif isinstance(node, ast.Constant) and isinstance(node.value, str):
        if node.value:
            found.texts.add(node.value)
    elif isinstance(node, ast.Call) and _name(node.func) in TRANSLATING and node.args:
        _resolve(module, node.args[0], found, depth + 1)
    elif isinstance(node, ast.IfExp):  # "this" if … else "that": either
        _resolve(module, node.body, found, depth + 1)
        _resolve(module, node.orelse, found, depth + 1)
    elif isinstance(node, ast.Name):
        _resolve_name(module, node, found, depth)
    else:
        found.unknown.append(where)


def _resolve_name(module: _Module, node: ast.Name, found: Found, depth: int) -> None:
    """A name is assigned in its function or one enclosing it (a closure), or is a parameter."""
    function = module.function_of(node)
    while function is not None:
        if _assigned(module, function, node.id, found, depth):
            return
        if node.id in [a.arg for a in function.args.args]:
            _parameter(module, function, node.id, found, depth)
            return
        function = module.function_of(function)
    found.unknown.append(f"{module.path}:{node.lineno}")


def _assigned(
    module: _Module, function: ast.FunctionDef, name: str, found: Found, depth: int
) -> bool:
    assigned = False
    for statement in ast.walk(function):
        if not isinstance(statement, ast.Assign):
            continue
        for target in statement.targets:
            if isinstance(target, ast.Name) and target.id == name:
                _resolve(module, statement.value, found, depth + 1)
                assigned = True
            elif isinstance(target, ast.Tuple) and isinstance(statement.value, ast.Tuple):
                for each, value in zip(target.elts, statement.value.elts, strict=True):
                    if isinstance(each, ast.Name) and each.id == name:
                        _resolve(module, value, found, depth + 1)
                        assigned = True
    return assigned


def _parameter(
    module: _Module, function: ast.FunctionDef, name: str, found: Found, depth: int
) -> None:
    """A parameter: its default, and what every call in the scanned folders hands it (a
    package's module calls a function of another)."""
    names = [a.arg for a in function.args.args]
    position = names.index(name)
    defaults = function.args.defaults
    first_default = len(names) - len(defaults)
    if position >= first_default:
        _resolve(module, defaults[position - first_default], found, depth + 1)
    calls = (node for tree in module.trees for node in ast.walk(tree))
    for call in calls:
        if isinstance(call, ast.Call) and _name(call.func) == function.name:
            given = [k.value for k in call.keywords if k.arg == name]
            if len(call.args) > position:
                given.append(call.args[position])
            for value in given:
                _resolve(module, value, found, depth + 1)


def progress_steps(folders: tuple[str, ...] = FOLDERS) -> Found:
    """Every text handed to progress(done, total, text) or task.progress(…) in `folders`."""
    found = Found()
    files = [file for folder in folders for file in sorted((REPO / folder).rglob("*.py"))]
    trees = {file: ast.parse(file.read_text("utf-8")) for file in files}
    for file in files:
        module = _Module(str(file.relative_to(REPO)), trees[file], list(trees.values()))
        for node in ast.walk(module.tree):
            if not (isinstance(node, ast.Call) and _name(node.func) == "progress"):
                continue
            text = node.args[2] if len(node.args) > 2 else None
            text = next((k.value for k in node.keywords if k.arg == "text"), text)
            if text is not None:
                _resolve(module, text, found)
    return found


def test_every_progress_step_is_in_the_table() -> None:
    found = progress_steps()
    assert not found.unknown, f"steps whose words the scan cannot follow: {found.unknown}"
    missing = sorted(found.texts - PROGRESS_TEXTS)
    assert not missing, f"steps shown in English on a Spanish screen: {missing}"


def test_the_scan_sees_steps_handed_down_by_name_and_by_parameter() -> None:
    texts = progress_steps().texts
    assert {"Encrypting and writing", "Checking the database inside", "Saved"} <= texts
    assert {"Verifying", "Checking and restoring", "Checking the backup"} <= texts  # a parameter
    assert {"Laying out pages", "Reading deadlines"} <= texts  # names in reports/
    assert PROGRESS_TEXTS == texts, "steps no longer reported by anything"


def test_the_scan_catches_a_new_step(tmp_path: Path) -> None:
    source = (
        "def work(progress, label='Sorting'):\n"
        "    step = 'Tidying up'\n"
        "    progress(0, 0, step)\n"
        "    progress(0, 0, label)\n"
        "    progress(0, 0, compute())\n"
        "work(print, 'Filing')\n"
    )
    module = _Module("snippet.py", ast.parse(source))
    found = Found()
    for node in ast.walk(module.tree):
        if isinstance(node, ast.Call) and _name(node.func) == "progress":
            _resolve(module, node.args[2], found)
    assert found.texts == {"Tidying up", "Sorting", "Filing"}
    assert found.unknown == ["snippet.py:5"]
    assert found.texts - PROGRESS_TEXTS == found.texts


def test_a_step_said_in_another_language_is_shown_as_it_comes(spanish: str) -> None:
    assert progress_text("Encrypting and writing") == "Cifrando y escribiendo"
    assert progress_text("Leyendo los plazos") == "Leyendo los plazos"  # a Spanish report's own


def test_a_spanish_backup_page_shows_its_steps_in_spanish(
    qtbot: QtBot, demo_ctx: AppContext, stick: Path, spanish: str
) -> None:
    page = BackupPage(demo_ctx)
    page.kdf_params = MINIMUM_ARGON2
    qtbot.addWidget(page)
    page.show()
    shown: list[str] = []
    qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.passphrase, BACKUP_PASSPHRASE)
    qtbot.keyClicks(page.confirm, BACKUP_PASSPHRASE)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert page.task is not None
    page.task.progressed.connect(lambda _done, _total, text: shown.append(text))
    with qtbot.waitSignal(page.backup_done, timeout=TIMEOUT):
        pass
    assert "Cifrando y escribiendo" in shown
    assert "Verificando" in shown
    assert not set(shown) & PROGRESS_TEXTS, "a step reached the page in English"
    assert page.status.text().startswith("Copia escrita y verificada")
