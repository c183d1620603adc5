"""The draft templates in Settings: the shipped ones listed and kept, an office's own added from a
.docx (named and given its language in a small dialog), checked by the service and offered by the
Draft dialog, one naming an unknown merge field refused in one sentence, removal asked first."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from gui.context import AppContext
from gui.drafting_dialog import DraftDialog
from gui.pages.templates_section import TemplateDetailsDialog, TemplatesSection
from services import drafting, records
from tests.gui.test_trash import _answer_next_question, _click_yes, _press_enter

SHIPPED_TITLES = [
    "Motion to quash, with the client's declaration",
    "Letter asking the platform to hold production",
    "Letter to the client about the notice",
    "Letter to the client about the notice",
]


def make_docx(path: Path, *lines: str) -> Path:
    document = Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(str(path))
    return path


def open_section(qtbot: QtBot, ctx: AppContext) -> TemplatesSection:
    section = TemplatesSection(ctx)
    qtbot.addWidget(section)
    section.show()
    return section


def shown(section: TemplatesSection) -> list[list[str]]:
    model = section.model
    return [
        [str(model.index(row, column).data()) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def answer_details(name: str | None, language: str) -> list[str]:
    """When the "Add a template" dialog opens, note the name it suggests, then type `name`
    (unless None), pick `language` and press OK, as a person would."""
    seen: list[str] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, TemplateDetailsDialog):
            QTimer.singleShot(20, act)
            return
        seen.append(dialog.name.text())
        if name is not None:
            dialog.name.setText(name)
        dialog.language.setCurrentIndex(dialog.language.findText(language))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, act)
    return seen


def offered_templates(qtbot: QtBot, ctx: AppContext) -> list[str]:
    matter = ctx.write(
        lambda uow: records.create(uow, "matters", {"title": "Doe v. DHS", "status": "open"})
    )
    dialog = DraftDialog(ctx, int(matter.id))
    qtbot.addWidget(dialog)
    labels = [dialog.template.itemText(i) for i in range(dialog.template.count())]
    dialog.reject()
    return labels


def test_the_shipped_templates_are_listed_and_cannot_be_removed(
    qtbot: QtBot, qtmodeltester: ModelTester, app_ctx: AppContext
) -> None:
    section = open_section(qtbot, app_ctx)
    qtmodeltester.check(section.model)
    rows = shown(section)
    assert [row[0] for row in rows] == SHIPPED_TITLES
    assert [row[1] for row in rows] == ["English", "English", "English", "Spanish"]
    assert {row[2] for row in rows} == {"ships with Quash"}
    assert not section.remove_button.isEnabled()  # nothing chosen yet

    section.select("motion_to_quash")
    assert section.selected() is not None
    assert not section.remove_button.isEnabled()
    assert section.remove_button.toolTip() == (
        "This template ships with Quash and cannot be removed."
    )

    section.fields_button.click()
    dialog = section.fields_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.text.isReadOnly()
    fields = dialog.text.toPlainText().splitlines()
    assert "matter.title" in fields and "accounts[].handle" in fields
    assert fields == drafting.known_fields()


def test_an_office_template_is_added_offered_in_drafts_and_removed_after_asking(
    qtbot: QtBot, app_ctx: AppContext, tmp_path: Path
) -> None:
    section = open_section(qtbot, app_ctx)
    letter = make_docx(tmp_path / "Eastside letter.docx", "Re: {{ matter.title }}")
    section.choose_file = lambda: str(letter)
    suggested = answer_details(None, "Spanish")  # keeps the name it suggests
    section.add_button.click()
    assert suggested == ["Eastside letter"]
    assert section.message.text() == (
        "Added the template Eastside letter; drafts can now be made from it."
    )
    rows = shown(section)
    assert len(rows) == len(SHIPPED_TITLES) + 1
    name, language, kept, added = rows[-1]
    assert (name, language, kept) == ("Eastside letter", "Spanish", "the office's")
    assert added.startswith("by Test Paralegal on ")
    assert section.selected() is not None and section.remove_button.isEnabled()
    assert "Eastside letter (Spanish, the office's)" in offered_templates(qtbot, app_ctx)

    seen = _answer_next_question(qtbot, _press_enter)  # Enter answers the safe default: No
    section.remove_button.click()
    assert seen == [
        "Remove the template Eastside letter? Drafts can no longer be made from it; drafts "
        "already saved are not touched.",
        "No",
    ]
    assert len(shown(section)) == len(SHIPPED_TITLES) + 1
    _answer_next_question(qtbot, _click_yes)
    section.remove_button.click()
    assert [row[0] for row in shown(section)] == SHIPPED_TITLES
    assert section.message.text() == "Removed the template Eastside letter."
    assert not any("Eastside" in label for label in offered_templates(qtbot, app_ctx))


def test_a_template_with_an_unknown_field_or_a_taken_name_is_refused_and_nothing_is_added(
    qtbot: QtBot, app_ctx: AppContext, tmp_path: Path
) -> None:
    section = open_section(qtbot, app_ctx)
    bad = make_docx(tmp_path / "bad.docx", "Dear {{ client.nickname }}, re {{ matter.title }}")
    section.choose_file = lambda: str(bad)
    answer_details("Nickname letter", "English")
    section.add_button.click()
    assert section.message.text() == (
        "The template uses merge fields Quash does not know: client.nickname."
    )
    assert [row[0] for row in shown(section)] == SHIPPED_TITLES
    assert app_ctx.read(drafting.templates)[-1].shipped

    good = make_docx(tmp_path / "good.docx", "{{ matter.title }}")
    section.choose_file = lambda: str(good)
    answer_details("hold_letter", "English")  # a shipped template's name
    section.add_button.click()
    assert section.message.text() == "There is already a template called “hold_letter”."
    assert [row[0] for row in shown(section)] == SHIPPED_TITLES

    not_word = tmp_path / "notes.docx"
    not_word.write_text("just text", encoding="utf-8")
    section.choose_file = lambda: str(not_word)
    answer_details(None, "English")
    section.add_button.click()
    assert "not a Word document" in section.message.text()
    assert [row[0] for row in shown(section)] == SHIPPED_TITLES
