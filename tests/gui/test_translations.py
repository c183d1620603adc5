"""Every text the GUI shows goes through Qt's translation system, and the Spanish translation
kept in translations/quash_es.ts covers all of them, finished, with the same placeholders,
markup and keyboard accelerators as the English.

When this fails after a change to gui/: run `make translations` (new texts join the .ts as
unfinished, removed ones leave it), translate what is marked unfinished (Qt Linguist:
.venv/bin/pyside6-linguist translations/quash_es.ts), and keep translations/GLOSSARY.md's words.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import pytest

from tests.gui.i18n_lint import (
    check_source,
    check_tree,
    gui_classes_with_subclasses,
    prose_in_tree,
    prose_literals,
)

REPO = Path(__file__).resolve().parents[2]
GUI = REPO / "gui"
TS = REPO / "translations" / "quash_es.ts"
BIN = Path(sys.executable).parent
LUPDATE = BIN / "pyside6-lupdate"

# Functions that translate a text looked up in a QT_TRANSLATE_NOOP table (lupdate reads the
# table, not the call): "path:function".
DYNAMIC_LOOKUPS = {
    "gui/vocabulary.py:field_label": "FIELD_LABELS",
    "gui/errors.py:plain_error": "ERROR_TEXTS (a service error's code)",
    "gui/progress.py:progress_text": "PROGRESS_TEXTS",
    "gui/passphrase_advice.py:advice_text": "ZXCVBN_ADVICE",
    "gui/pages/audit_page.py:_translated": "DETAIL_KEYS, SETTINGS, STORED_VALUES",
    "gui/editors/labels.py:describe_audit": "SEALED_REVEALS",
    "gui/vocabulary.py:choice_label": "VOCABULARIES (the context is the vocabulary)",
    "gui/vocabulary.py:_looked_up": "RULE_TITLES, AUDIT_ACTIONS, NEW_TITLES and the rest",
    "gui/vocabulary.py:deadline_title": "RULE_TITLES",
    "gui/help.py:shortcut_rows": "EDITOR_KEYS (gui/editors/base.py)",
    "gui/editors/labels.py:deadline_status_said": "DEADLINE_STATUS_SAID",
    "gui/errors.py:_shown": "ACTION_TEXTS (models.people.Action)",
}
# Literals that read like words but are not for translation, each with the reason.
NOT_TRANSLATED = {
    ("gui/messages.py", "Quash"): "the product's name",
    ("gui/viewer/printing.py", "Quash"): "the product's name, as a print job's PDF creator",
    ("gui/wizard/first_run.py", "Quash"): "the name of the app's data folder (platformdirs)",
    ("gui/i18n.py", "English"): "each language is offered in its own name",
    ("gui/pages/settings_page.py", "Language / Idioma"): "readable whichever language is on",
    ("gui/wizard/demo.py", "demo vault passphrase"): "the demo vault's published passphrase",
    ("gui/wizard/demo.py", "Demo Legal Aid Office"): "data stored in the demo vault",
    ("gui/wizard/demo.py", "Demo user"): "the demo vault's audit log names this person",
}
NOT_TRANSLATED_FILES = {
    "gui/xcb_check.py": "printed on stderr before Qt can load (no translator yet), in English "
    "like the command line",
    "gui/smoke.py": "the packaged app's self-check prints one line for the command line, "
    "which is English like the rest of the command line",
}


# ---- every text is marked ---------------------------------------------------------------------


def test_no_user_visible_literal_in_gui_escapes_translation() -> None:
    problems = check_tree(GUI, set(DYNAMIC_LOOKUPS))
    assert not problems, "texts lupdate would miss:\n" + "\n".join(map(str, problems))


def test_no_literal_that_reads_like_words_is_left_unmarked() -> None:
    found = [
        p
        for p in prose_in_tree(GUI)
        if (p.path, p.text) not in NOT_TRANSLATED and p.path not in NOT_TRANSLATED_FILES
    ]
    assert not found, "mark these with tr() or say why not:\n" + "\n".join(map(str, found))


def test_every_allowed_exception_is_still_there() -> None:
    """An allow-list entry whose literal is gone would hide the next one silently."""
    seen = {(p.path, p.text) for p in prose_in_tree(GUI)}
    assert set(NOT_TRANSLATED) <= seen


@pytest.mark.parametrize(
    ("source", "why"),
    [
        ('QLabel("Overdue")', "QLabel() is given text not marked"),
        ('button.setText("Save")', "setText() is given text not marked"),
        ('box.setToolTip(f"Due {when}")', "setToolTip() is given text not marked"),
        ('item.setToolTip(0, "Sealed")', "setToolTip() is given text not marked"),
        ('combo.addItem("Any status", None)', "addItem() is given text not marked"),
        ('tabs.addTab(page, "&Notes")', "addTab() is given text not marked"),
        ('form.addRow("&Name:", edit)', "addRow() is given text not marked"),
        ('tree.setHeaderLabels(["Due", "Title"])', "setHeaderLabels() is given text not marked"),
        ('QMessageBox.question(self, "Quit?", "Really quit?")', "question() is given text"),
        ('label.setText("Saved " + path)', "setText() is given text not marked"),
        ('label.setText("{0} days".format(n))', "setText() is given text not marked"),
        ('self.status.showMessage("Locked" if x else "")', "showMessage() is given text"),
        (
            "class A(QObject):\n    def f(self):\n        return self.tr(f'{n} days')",
            "lupdate can only extract a literal text",
        ),
        (
            "class A(QObject):\n    def f(self):\n        tr = self.tr\n        return tr('Due')",
            "call self.tr() in a class",
        ),
        ("def f(tr):\n    return tr('Due')", "call self.tr() in a class"),
        ('QCoreApplication.translate(CONTEXT, "Due")', "the context must be a literal"),
        ('QCoreApplication.translate("ctx", "{0} days", None, n)', "has no %n"),
        (
            "class Base(QObject):\n"
            "    def f(self, n):\n"
            "        return self.tr('%n day(s)', '', n)\n"
            "class Child(Base):\n"
            "    pass",
            "a count in a class other gui classes derive from",
        ),
        (
            'QCoreApplication.translate("ctx", "%n day(s)", None, n)',
            "a count in translate() loses its plural forms",
        ),
    ],
)
def test_the_check_catches_an_unmarked_text(source: str, why: str) -> None:
    subclassed = gui_classes_with_subclasses({"snippet": ast.parse(source)})
    problems = check_source(source, subclassed=subclassed)
    assert any(why in p.why for p in problems), problems


@pytest.mark.parametrize(
    "source",
    [
        'class A(QWidget):\n    def f(self):\n        QLabel(self.tr("Overdue"))',
        'class A(QWidget):\n    def f(self, n):\n        b.setText(self.tr("{0} days").format(n))',
        "item.setToolTip(0, title)",
        'combo.addItem(choice_label(v, "MatterStatus"), v)',
        'form.addRow("", box)',
        'label.setText(f"<h2>{title}</h2>")',
        'QLabel("…")',
        'QCoreApplication.translate("ctx", "Due")',
        "class A(QObject):\n    def f(self, n):\n        return self.tr('%n day(s)', '', n)",
    ],
)
def test_the_check_leaves_marked_or_wordless_text_alone(source: str) -> None:
    assert check_source(source) == []


def test_the_wider_net_catches_a_sentence_handed_over_by_name() -> None:
    source = 'KINDS = (("deadlines", "Deadline report"),)\nlog.info("not for people")\n'
    found = prose_literals(ast.parse(source), "snippet.py")
    assert [p.text for p in found] == ["Deadline report"]


# ---- the Spanish file is complete ---------------------------------------------------------------


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # the translation's type attribute: "" (finished), "unfinished", "vanished", …
    forms: tuple[str, ...]  # the translation, or each numerus form

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def read_ts(path: Path) -> list[Message]:
    root = ET.parse(path).getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            out.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    numerus,
                    translation.get("type", ""),
                    forms,
                )
            )
    return out


@pytest.fixture(scope="module")
def spanish() -> list[Message]:
    assert TS.is_file(), "translations/quash_es.ts is missing: run `make translations`"
    return read_ts(TS)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> list[Message]:
    """What lupdate finds in gui/ now, in a fresh file (the repository's is not touched)."""
    out = tmp_path_factory.mktemp("lupdate") / "fresh_es.ts"
    sources = [str(p) for p in sorted(GUI.rglob("*.py"))]
    run = subprocess.run(
        [str(LUPDATE), *sources, "-no-obsolete", "-target-language", "es", "-ts", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    return read_ts(out)


def test_the_spanish_file_has_every_text_of_the_sources_and_no_other(
    spanish: list[Message], extracted: list[Message]
) -> None:
    kept = {m.key for m in spanish}
    wanted = {m.key for m in extracted}
    missing = sorted(wanted - kept)
    left_over = sorted(kept - wanted)
    assert not missing, f"new texts not in quash_es.ts (run `make translations`): {missing}"
    assert not left_over, f"texts no longer in gui/ (run `make translations`): {left_over}"


def test_lupdate_knows_the_context_of_every_text(extracted: list[Message]) -> None:
    """A text filed under an empty or odd context is never found when the app asks for it."""
    odd = sorted({m.context for m in extracted if not re.fullmatch(r"[A-Za-z_]\w*", m.context)})
    assert not odd, f"lupdate could not tell which class these texts belong to: {odd}"


def test_every_spanish_entry_is_finished(spanish: list[Message]) -> None:
    unfinished = [m.key for m in spanish if m.kind]  # unfinished, vanished, obsolete
    empty = [m.key for m in spanish if not all(f.strip() for f in m.forms)]
    assert not unfinished, f"entries not finished: {unfinished}"
    assert not empty, f"entries with an empty translation: {empty}"


def test_every_count_has_both_spanish_forms(spanish: list[Message]) -> None:
    counts = [m for m in spanish if m.numerus]
    assert counts, "no text with a count (%n) was found"
    for m in counts:
        assert len(m.forms) == 2, (m.key, m.forms)  # Spanish: singular, plural
        assert all("%n" in form for form in m.forms), (m.key, m.forms)


PLACEHOLDERS = re.compile(r"\{\w*\}|%\d|%n|<[^>]+>")


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)\S", text.replace("&&", "")))


def test_placeholders_markup_and_accelerators_survive_translation(
    spanish: list[Message],
) -> None:
    wrong = []
    for m in spanish:
        for form in m.forms:
            if Counter(PLACEHOLDERS.findall(m.source)) != Counter(PLACEHOLDERS.findall(form)):
                wrong.append((m.key, form, "placeholders or markup differ"))
            if _accelerators(m.source) != _accelerators(form):
                wrong.append((m.key, form, "keyboard accelerator (&) lost or added"))
            if m.source.endswith("…") != form.endswith("…"):
                wrong.append((m.key, form, "a button that opens a dialog keeps its …"))
    assert not wrong, "\n".join(map(str, wrong))


def test_no_two_accelerators_clash_in_one_window_of_the_translation(
    spanish: list[Message],
) -> None:
    """Menus of the main window: each letter once per menu, as in English."""
    menus = {
        "&File": ("&Lock now", "&Quit"),
        "&New": ("&Matter…", "&Client…", "&Account…", "&Subpoena…", "&Deadline…"),
    }
    by_source = {(m.context, m.source): m.forms[0] for m in spanish}
    top = [by_source[("MainWindow", s)] for s in ("&File", "&New", "&Go", "&Edit")]
    letters = [re.search(r"&(\w)", t).group(1).lower() for t in top]  # type: ignore[union-attr]
    assert len(set(letters)) == len(letters), top
    for entries in menus.values():
        shown = [by_source[("MainWindow", s)] for s in entries]
        keys = [re.search(r"&(\w)", t).group(1).lower() for t in shown]  # type: ignore[union-attr]
        assert len(set(keys)) == len(keys), shown


def test_the_spanish_file_compiles(tmp_path: Path) -> None:
    qm = tmp_path / "quash_es.qm"
    run = subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(qm)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert "0 unfinished" in run.stdout and qm.stat().st_size > 10_000, run.stdout


# ---- every word of the case file's vocabularies and rule book has a label ---------------------


def test_every_vocabulary_value_has_a_label() -> None:
    from gui.vocabulary import VOCABULARIES
    from models import enums
    from models.deadline_engine import SERVICE_METHODS

    for name in dir(enums):
        vocabulary = getattr(enums, name)
        if isinstance(vocabulary, type) and issubclass(vocabulary, StrEnum):
            if vocabulary is StrEnum:
                continue
            labels = VOCABULARIES.get(vocabulary.__name__, {})
            assert {m.value for m in vocabulary} == set(labels), vocabulary.__name__
    assert set(SERVICE_METHODS) == set(VOCABULARIES["ServiceMethod"])


def test_every_rule_trigger_and_calendar_has_its_words_in_the_rule_books_english() -> None:
    """The tables hold the rule book's own English, so a deadline titled by a rule is
    recognised, and a rule book change shows up here."""
    from gui import vocabulary as v
    from models.calendars import CALENDAR_TITLES, CALENDARS
    from models.rules import default_rulebook

    book = default_rulebook()
    # The first rules are translated in the .ts; the rest carry their Spanish in the rule set.
    for table, attr, spanish in (
        (v.RULE_TITLES, "title", "title_es"),
        (v.RULE_TRIGGERS, "trigger", "trigger_es"),
        (v.RULE_NOTES, "note", "note_es"),
    ):
        for rule in book.rules.values():
            if rule.id in table:
                assert table[rule.id] == getattr(rule, attr), rule.id
            elif getattr(rule, attr):
                assert getattr(rule, spanish), f"{rule.id} needs [rules.es] {attr}"
        assert set(table) <= set(book.rules)
    for trig in book.triggers.values():
        if trig.id in v.TRIGGER_TITLES:
            assert v.TRIGGER_TITLES[trig.id] == trig.title
        else:
            assert trig.title_es, f"{trig.id} needs title_es"
    assert {name: CALENDAR_TITLES[name] for name in CALENDARS} == v.CALENDAR_TITLES
    for rule in book.rules.values():
        if rule.period is not None:
            assert (rule.unit, rule.direction) in v.UNITS, rule.id
        if rule.id in v.RULE_CITATIONS:
            assert v.RULE_CITATIONS[rule.id] == rule.citation
