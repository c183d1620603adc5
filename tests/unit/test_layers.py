"""Who may import whom (docs/architecture.md), read from the code: gui/ and cli/ reach the case
file only through services/ (storage/ only for type checking), reports/ reads through
services/ and models/, storage/ and models/ know nothing above them, only gui/ imports Qt, and
no module imports, even from inside a function, a module that imports it back."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGES = ("gui", "cli", "reports", "services", "storage", "models")
# What each package may import at run time (itself always; the standard library and third-party
# packages are checked separately, for Qt).
ALLOWED = {
    "gui": {"services", "models", "reports"},
    "cli": {"services", "models", "reports"},
    "reports": {"services", "models"},
    "services": {"storage", "models"},
    "storage": {"models"},
    "models": set(),
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in sorted((REPO / package).rglob("*.py")):
            if "migrations" not in path.parts:  # Alembic's, loaded by storage/ by path
                found[_module_name(path)] = path
    return found


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def runtime_imports(source: str) -> list[tuple[int, str]]:
    """(line, module) of every import that runs: at the top, in a function, anywhere but under
    `if TYPE_CHECKING:`. `from a import b` gives a and a.b (b may be a module)."""
    tree = ast.parse(source)
    typing_only = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and _is_type_checking(node)
        for inner in ast.walk(node)
    }
    found = []
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
    return found


def _graph() -> tuple[dict[str, Path], dict[str, set[str]], list[str]]:
    modules = _modules()
    edges: dict[str, set[str]] = defaultdict(set)
    problems = []
    for name, path in modules.items():
        package = name.split(".")[0]
        for line, imported in runtime_imports(path.read_text(encoding="utf-8")):
            top = imported.split(".")[0]
            where = f"{path.relative_to(REPO)}:{line} imports {imported}"
            if top == "PySide6" and package != "gui":
                problems.append(f"{where}: only gui/ may import Qt")
            if top in PACKAGES and top != package and top not in ALLOWED[package]:
                problems.append(f"{where}: {package}/ may import only {sorted(ALLOWED[package])}")
            target = imported
            while target and target not in modules:
                target = target.rpartition(".")[0]
            if target and target != name:
                edges[name].add(target)
    return modules, edges, problems


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def test_every_package_imports_only_the_layers_below_it() -> None:
    _modules_found, _edges, problems = _graph()
    assert problems == []


def test_no_module_imports_one_that_imports_it_back() -> None:
    _modules_found, edges, _problems = _graph()
    assert _cycles(edges) == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from storage.vault import Vault\n", {"storage.vault", "storage.vault.Vault"}),
        ("def f():\n    import storage.backup\n", {"storage.backup"}),
        ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import storage\n", {"typing"}),
    ],
)
def test_the_checker_sees_imports_in_functions_and_skips_type_checking_ones(
    source: str, expected: set[str]
) -> None:
    assert {m for _line, m in runtime_imports(source)} - {"typing.TYPE_CHECKING"} == expected


def test_the_checker_finds_a_planted_cycle_and_a_layer_break() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    planted = runtime_imports("def f():\n    from storage.uow import UnitOfWork\n")
    assert ("storage.uow" in {m for _line, m in planted}) and "storage" not in ALLOWED["gui"]
