"""Finds user-visible text in gui/ that Qt's translation tools would miss: string literals handed
to Qt's text-setting calls and constructors without tr()/translate(), and tr()/translate() calls
that pyside6-lupdate cannot extract (an f-string or a variable for the text, a context it cannot
see). Used by tests/gui/test_translations.py; no Qt needed."""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

# method -> positions of its arguments that people read ("all" = every positional argument)
TEXT_METHODS: dict[str, tuple[int, ...] | str] = {
    "setText": (0,),
    "setPlainText": (0,),
    "setHtml": (0,),
    "setWindowTitle": (0,),
    "setWindowIconText": (0,),
    "setToolTip": "all",  # widget.setToolTip(text), item.setToolTip(column, text)
    "setStatusTip": "all",
    "setWhatsThis": "all",
    "setPlaceholderText": (0,),
    "setTitle": (0,),
    "setSubTitle": (0,),
    "setLabelText": (0,),
    "setInformativeText": (0,),
    "setDetailedText": (0,),
    "setAccessibleName": (0,),
    "setAccessibleDescription": (0,),
    "setSuffix": (0,),
    "setPrefix": (0,),
    "setSpecialValueText": (0,),
    "setButtonText": (1,),
    "showMessage": (0,),
    "addTab": (1,),
    "insertTab": (2,),
    "setTabText": (1,),
    "setTabToolTip": (1,),
    "addItem": (0,),  # QComboBox.addItem(text, data), QListWidget.addItem(text)
    "insertItem": (1,),
    "addItems": (0,),
    "setItemText": (1,),
    "addAction": (0,),
    "addMenu": (0,),
    "addRow": (0,),  # QFormLayout's label
    "insertRow": (1,),
    "setHorizontalHeaderLabels": (0,),
    "setVerticalHeaderLabels": (0,),
    "setHeaderLabels": (0,),
    "setHeaderLabel": (0,),
    "setNameFilter": (0,),
    "setNameFilters": (0,),
    "question": (1, 2),  # QMessageBox.question(parent, title, text)
    "information": (1, 2),
    "warning": (1, 2),
    "critical": (1, 2),
    "about": (1, 2),
    "getText": (1, 2),  # QInputDialog.getText(parent, title, label)
    "getItem": (1, 2),
    "getInt": (1, 2),
    "getSaveFileName": (1, 3),  # QFileDialog: (parent, caption, folder, filter)
    "getOpenFileName": (1, 3),
    "getOpenFileNames": (1, 3),
    "getExistingDirectory": (1,),
}
TEXT_CONSTRUCTORS: dict[str, tuple[int, ...] | str] = {
    "QLabel": (0,),
    "QPushButton": "all",  # (text) or (icon, text)
    "QToolButton": (0,),
    "QCheckBox": (0,),
    "QRadioButton": (0,),
    "QGroupBox": (0,),
    "QAction": "all",  # (text, parent) or (icon, text, parent)
    "QMenu": (0,),
    "QToolBar": (0,),
    "QDockWidget": (0,),
    "QListWidgetItem": (0,),
    "QTreeWidgetItem": (0,),
    "QTableWidgetItem": (0,),
    "QStandardItem": (0,),
    "QMessageBox": (1, 2),  # (icon, title, text, ...)
    "QCommandLinkButton": (0, 1),
    "QProgressDialog": (0, 1),
}
TR_NAMES = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3", "QT_TR_NOOP"}
TAG = re.compile(r"<[^>]*>")
PLACEHOLDER = re.compile(r"\{\w*\}|%\d|%n")


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    text: str
    why: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.why}: {self.text!r}"


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _readable(text: str) -> bool:
    """Words a person would read: letters left after markup and placeholders are taken out."""
    bare = PLACEHOLDER.sub("", TAG.sub("", text))
    return any(ch.isalpha() for ch in bare)


def _is_translation(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and _name(node.func) in TR_NAMES


def untranslated(node: ast.expr) -> str | None:
    """The visible text of an expression built from literals without tr(), if any."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if _readable(node.value) else None
    if isinstance(node, ast.JoinedStr):
        literal = "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
        return ast.unparse(node) if _readable(literal) else None
    if _is_translation(node):
        return None
    if isinstance(node, ast.Call):
        # "…".format(…) and "…".join(…): the literal is what people read
        if isinstance(node.func, ast.Attribute) and node.func.attr in ("format", "replace"):
            return untranslated(node.func.value)
        return None
    if isinstance(node, ast.BinOp):
        return untranslated(node.left) or untranslated(node.right)
    if isinstance(node, ast.IfExp):
        return untranslated(node.body) or untranslated(node.orelse)
    if isinstance(node, ast.BoolOp):
        for value in node.values:
            found = untranslated(value)
            if found:
                return found
        return None
    if isinstance(node, ast.List | ast.Tuple):
        for element in node.elts:
            found = untranslated(element)
            if found:
                return found
    return None


def _text_args(call: ast.Call, positions: tuple[int, ...] | str) -> list[ast.expr]:
    if positions == "all":
        return list(call.args)
    return [call.args[i] for i in positions if isinstance(i, int) and i < len(call.args)]


class _Visitor(ast.NodeVisitor):
    def __init__(self, path: str, subclassed: set[str], dynamic: set[str]):
        self.path = path
        self.subclassed = subclassed  # classes another gui class derives from
        self.dynamic = dynamic  # functions allowed to translate a looked-up text
        self.problems: list[Problem] = []
        self._classes: list[str] = []
        self._functions: list[str] = []

    def _add(self, node: ast.AST, text: str, why: str) -> None:
        self.problems.append(Problem(self.path, getattr(node, "lineno", 0), text, why))

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802 - ast's name
        self._classes.append(node.name)
        self.generic_visit(node)
        self._classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:  # noqa: N802 - ast's name
        self._functions.append(node.name)
        self.generic_visit(node)
        self._functions.pop()

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802 - ast's name
        name = _name(node.func)
        if name in TR_NAMES:
            self._check_translation(node, name)
        else:
            positions = TEXT_METHODS.get(name) if isinstance(node.func, ast.Attribute) else None
            if positions is None and isinstance(node.func, ast.Name):
                positions = TEXT_CONSTRUCTORS.get(name)
            if positions is not None:
                for arg in _text_args(node, positions):
                    text = untranslated(arg)
                    if text:
                        self._add(arg, text, f"{name}() is given text not marked for translation")
        self.generic_visit(node)

    def _check_translation(self, node: ast.Call, name: str) -> None:
        function = self._functions[-1] if self._functions else ""
        if name == "tr":
            if not (
                isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "self"
                and self._classes
            ):
                self._add(node, ast.unparse(node), "call self.tr() in a class, or translate()")
            text_index = 0
            numerus = len(node.args) >= 3
        elif name == "QT_TR_NOOP":
            self._add(node, ast.unparse(node), "QT_TR_NOOP has no context; use QT_TRANSLATE_NOOP")
            return
        else:
            text_index = 1
            numerus = name == "translate" and len(node.args) >= 4
            context = node.args[0] if node.args else None
            if not (isinstance(context, ast.Constant) and isinstance(context.value, str)):
                if f"{self.path}:{function}" not in self.dynamic:
                    self._add(node, ast.unparse(node), "the context must be a literal")
                return
        text = node.args[text_index] if len(node.args) > text_index else None
        if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
            if f"{self.path}:{function}" not in self.dynamic:
                self._add(node, ast.unparse(node), "lupdate can only extract a literal text")
            return
        if numerus and "%n" not in text.value:
            self._add(node, text.value, "a count (n) is given but the text has no %n")
        if numerus and name == "tr" and self._classes and self._classes[-1] in self.subclassed:
            # PySide looks a count's text up in the subclass's context only: it is missed.
            self._add(
                node,
                text.value,
                "a count in a class other gui classes derive from: put it in a class of its "
                "own, as gui.amounts.Amounts does",
            )
        if numerus and name == "translate":
            # lupdate (PySide6 6.11) extracts translate()'s text without its plural forms.
            self._add(
                node,
                text.value,
                "a count in translate() loses its plural forms in lupdate: use self.tr() in "
                "a class (as gui.amounts.Amounts does)",
            )


def gui_classes_with_subclasses(trees: dict[str, ast.Module]) -> set[str]:
    names = set()
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for base in node.bases:
                    names.add(_name(base))
    return names


def check_source(
    source: str,
    path: str = "<snippet>",
    subclassed: set[str] | None = None,
    dynamic: set[str] | None = None,
) -> list[Problem]:
    visitor = _Visitor(path, subclassed or set(), dynamic or set())
    visitor.visit(ast.parse(source))
    return visitor.problems


def check_tree(root: Path, dynamic: set[str]) -> list[Problem]:
    """Every problem in the .py files under `root` (paths relative to root's parent)."""
    trees = {
        str(p.relative_to(root.parent)): ast.parse(p.read_text(encoding="utf-8"))
        for p in sorted(root.rglob("*.py"))
    }
    subclassed = gui_classes_with_subclasses(trees)
    problems: list[Problem] = []
    for path, tree in trees.items():
        visitor = _Visitor(path, subclassed, dynamic)
        visitor.visit(tree)
        problems.extend(visitor.problems)
    return problems


# ---- a wider net: any literal that reads like words for people -------------------------------

# Calls whose string arguments are not for people, or not for people using the GUI.
NOT_FOR_PEOPLE = {
    "setObjectName",
    "objectName",
    "setProperty",
    "property",
    "setStyleSheet",
    "QColor",
    "QKeySequence",
    "setDisplayFormat",
    "strftime",
    "getattr",
    "hasattr",
    "setattr",
    "getLogger",
    "debug",
    "info",
    "warning",
    "error",
    "exception",
    "critical",
    "print",  # gui/smoke.py's one line for the command line, which is English like the CLI
    "LookupError",
    "ValueError",
    "KeyError",
    "TypeError",
    "RuntimeError",
    "NotImplementedError",
    "QRegularExpression",
    "compile",
    "match",
    "fullmatch",
    "search",
    "sub",
    "setData",
    "data",
    "findData",
    "value",
    "setValue",
    "contains",
    "setApplicationName",
    "setOrganizationName",
    "choice_label",  # (a stored value, a vocabulary's name): the label is looked up
    "record",  # audit.record(uow, action, entity, ...): the audit log's own words
    "choice",  # gui/table_models.py's column helper: (field, vocabulary)
    "widest_label",  # (vocabulary): sizes a column by its longest label
    "_connect",  # gui/session_lock.py: D-Bus service, path, interface and signal names
}
SHORTCUT = re.compile(r"^(Ctrl|Shift|Alt|Meta)\+")
WORDS = re.compile(r"[a-z]{2,} [a-z]{2,}|^[A-Z][a-z]{2,}\b")


def _parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def prose_literals(tree: ast.Module, path: str) -> list[Problem]:
    """String literals outside tr()/translate() that read like words for a person: they must
    be marked, or be allowed on purpose (data, names, CSS, logs)."""
    parents = _parents(tree)
    docstrings = {
        node.body[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    found: list[Problem] = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            continue
        if node in docstrings or not WORDS.search(TAG.sub("", node.value)):
            continue
        if re.search(r"[;{}]\s*$|:\s*#|^\w+:\s*\S+;", node.value):
            continue  # a style sheet
        if SHORTCUT.match(node.value):
            continue  # a key sequence: Qt shows it in the reader's language
        parent, child, skip = parents.get(node), node, False
        while parent is not None:
            if isinstance(parent, ast.Call):
                name = _name(parent.func)
                if name in TR_NAMES or name in NOT_FOR_PEOPLE:
                    skip = True
                    break
            if isinstance(parent, ast.Dict) and child in parent.keys:
                skip = True  # a key: looked up, not shown
                break
            if isinstance(parent, ast.Subscript) and child is parent.slice:
                skip = True
                break
            if isinstance(parent, ast.Compare):
                skip = True
                break
            child, parent = parent, parents.get(parent)
        if not skip:
            found.append(Problem(path, node.lineno, node.value, "reads like words for people"))
    return found


def prose_in_tree(root: Path) -> list[Problem]:
    problems: list[Problem] = []
    for p in sorted(root.rglob("*.py")):
        path = str(p.relative_to(root.parent))
        problems.extend(prose_literals(ast.parse(p.read_text(encoding="utf-8")), path))
    return problems
