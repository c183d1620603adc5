"""The Draft dialog as a paralegal and an attorney use it: it offers the shipped templates and
the office's (with their language) and the matter's subpoenas; Save as… writes the .docx where
the person chose and says it is not encrypted; only a role that may reveal sealed names can
tick "Merge the clients' legal names" — anyone else sees it disabled with who may."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from gui import roles
from gui.context import AppContext
from gui.drafting_dialog import DraftDialog
from gui.tasks import TaskRunner
from models.people import Action
from services import drafting, people, records
from storage.keyslots import Argon2Params
from storage.vault import Vault, unlock_with_passphrase

LEGAL_NAME = "Rosa Brightwater"
ORTIZ = "paralegal passphrase, long enough"


def make_case(ctx: AppContext) -> int:
    """A matter with a Doe (sealed legal name), the account, DHS's subpoena to Meta and a
    deadline."""

    def build(uow: object) -> int:
        client = records.create(uow, "clients", {"pseudonym": "John Doe", "legal_name": LEGAL_NAME})
        account = records.create(
            uow,
            "accounts",
            {"platform": "instagram", "handle": "@LBProtest", "client_ids": [client.id]},
        )
        matter = records.create(
            uow,
            "matters",
            {"title": "Doe v. DHS", "status": "open", "client_ids": [client.id]},
        )
        records.create(
            uow,
            "subpoenas",
            {
                "matter_id": matter.id,
                "kind": "administrative_subpoena",
                "issuer": "DHS",
                "recipient": "Meta",
                "issued": "2025-09-03",
                "account_ids": [account.id],
                "status": "received",
            },
        )
        records.create(
            uow,
            "deadlines",
            {
                "matter_id": matter.id,
                "title": "Objections to the subpoena due",
                "due": "2025-09-20",
                "status": "open",
            },
        )
        return int(matter.id)

    return ctx.write(build)  # type: ignore[arg-type]


def open_dialog(qtbot: QtBot, ctx: AppContext, matter_id: int) -> DraftDialog:
    dialog = DraftDialog(ctx, matter_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose_save_path(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> list[str]:
    """Answer the Save dialog as a person would (None: they cancel); note what it suggested."""
    suggested: list[str] = []

    def answer(*args: object, **_kwargs: object) -> tuple[str, str]:
        suggested.append(str(args[2]))
        return (str(path) if path is not None else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return suggested


def text_of(path: Path) -> str:
    doc = Document(io.BytesIO(path.read_bytes()))
    lines = [p.text for p in doc.paragraphs]
    lines += [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return "\n".join(lines)


def pick_template(dialog: DraftDialog, key: object) -> None:
    index = dialog.template.findData(key)
    assert index >= 0, key
    dialog.template.setCurrentIndex(index)


@pytest.fixture
def paralegal_ctx(
    app_ctx: AppContext,
    vault: Vault,
    vault_dir: Path,
    runner: TaskRunner,
    preferences: QSettings,
    fast_kdf: Argon2Params,
) -> Iterator[AppContext]:
    """The same vault, unlocked by R. Ortiz, a paralegal the admin added."""
    people.add(vault, "R. Ortiz", "paralegal", ORTIZ, params=fast_kdf)
    theirs = unlock_with_passphrase(vault_dir, ORTIZ)
    ctx = AppContext(runner, "R. Ortiz", preferences=preferences)
    ctx.set_vault(theirs, vault_dir)
    yield ctx
    runner.wait_all(10000)
    theirs.lock()


def test_it_offers_every_template_with_its_language_and_the_matters_subpoena(
    qtbot: QtBot, app_ctx: AppContext
) -> None:
    matter = make_case(app_ctx)
    content = io.BytesIO()
    office_doc = Document()
    office_doc.add_paragraph("{{ matter.title }}")
    office_doc.save(content)
    app_ctx.write(
        lambda uow: drafting.add_template(uow, "Eastside carta", content.getvalue(), "es")
    )
    dialog = open_dialog(qtbot, app_ctx, matter)

    labels = [dialog.template.itemText(i) for i in range(dialog.template.count())]
    assert labels == [
        "Motion to quash, with the client's declaration (English)",
        "Letter asking the platform to hold production (English)",
        "Letter to the client about the notice (English)",
        "Letter to the client about the notice (Spanish)",
        "Eastside carta (Spanish, the office's)",
    ]
    assert dialog.subpoena.count() == 1
    assert dialog.subpoena.itemText(0).startswith("Administrative subpoena from DHS to Meta")
    assert dialog.reveal.isEnabled() and not dialog.reveal.isChecked()  # an admin may


def test_save_as_writes_the_draft_and_says_it_is_not_encrypted(
    qtbot: QtBot, app_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    matter = make_case(app_ctx)
    dialog = open_dialog(qtbot, app_ctx, matter)
    pick_template(dialog, "client_letter_es")
    suggested = choose_save_path(monkeypatch, tmp_path / "carta")  # typed without .docx

    with qtbot.waitSignal(dialog.draft_written) as written:
        dialog.save_button.click()

    out = tmp_path / "carta.docx"
    assert written.args == [str(out)]
    assert suggested[0].endswith("client_letter_es.docx")
    assert os.stat(out).st_mode & 0o777 == 0o600
    text = text_of(out)
    assert "Estimado/a John Doe:" in text
    assert "20 de septiembre de 2025: Vencen las objeciones a la citación" in text
    assert LEGAL_NAME not in text
    message = dialog.message.text()
    assert str(out) in message
    assert "The draft is not encrypted" in message


def test_cancelling_the_save_dialog_writes_nothing(
    qtbot: QtBot, app_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    matter = make_case(app_ctx)
    dialog = open_dialog(qtbot, app_ctx, matter)
    choose_save_path(monkeypatch, None)
    dialog.save_button.click()
    assert list(tmp_path.rglob("*.docx")) == []
    assert dialog.message.text() == ""


def test_an_admin_may_merge_the_legal_names(
    qtbot: QtBot, app_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    matter = make_case(app_ctx)
    dialog = open_dialog(qtbot, app_ctx, matter)
    pick_template(dialog, "motion_to_quash")
    dialog.reveal.setChecked(True)
    assert dialog.reveal_note.isVisible()
    assert "legal names" in dialog.reveal_note.text()
    choose_save_path(monkeypatch, tmp_path / "motion.docx")

    with qtbot.waitSignal(dialog.draft_written):
        dialog.save_button.click()

    assert LEGAL_NAME in text_of(tmp_path / "motion.docx")
    assert "holds clients' legal names" in dialog.message.text()


def test_a_paralegal_sees_the_box_disabled_with_who_may(
    qtbot: QtBot,
    app_ctx: AppContext,
    paralegal_ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    matter = make_case(app_ctx)
    dialog = open_dialog(qtbot, paralegal_ctx, matter)

    who = roles.who_may(paralegal_ctx, Action.REVEAL_SEALED)
    assert who and "R. Ortiz" in who
    assert not dialog.reveal.isEnabled()
    assert dialog.reveal.toolTip() == who
    assert dialog.reveal_note.isVisible() and dialog.reveal_note.text() == who

    pick_template(dialog, "hold_letter")
    choose_save_path(monkeypatch, tmp_path / "hold.docx")
    with qtbot.waitSignal(dialog.draft_written):
        dialog.save_button.click()
    text = text_of(tmp_path / "hold.docx")
    assert "@LBProtest" in text and LEGAL_NAME not in text
