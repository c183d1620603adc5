"""New subpoena from a document, as a paralegal uses it: the fields the reader suggests show with
the words they came from; Save waits until every one is checked; saving makes the subpoena with
the document attached and the vault's accounts linked; a scan is OCR'd with progress and says
how sure it is; Cancel, a damaged PDF or a file too large save nothing; a platform's notice
email puts its date and window on the matter's subpoena."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gui.context import AppContext
from gui.intake_dialog import IntakeDialog
from services import documents, records
from tests.support import intake_documents as docs

READ_TIMEOUT = 20000


@pytest.fixture(scope="module")
def ice_pdf() -> bytes:
    return docs.ice_subpoena_pdf()


@pytest.fixture(scope="module")
def cbp_scan_png() -> bytes:
    """CBP's one-page summons as a clean 200 dpi scan: every word of it OCR'd."""
    return docs.png(docs.scan_images(docs.cbp_summons_pdf())[0])


def make_matter(ctx: AppContext) -> tuple[int, int]:
    """A matter whose client holds @LBProtest on Instagram (as the vault spells it)."""

    def build(uow: object) -> tuple[int, int]:
        client = records.create(uow, "clients", {"pseudonym": "John Doe"})
        account = records.create(
            uow,
            "accounts",
            {"platform": "instagram", "handle": "@LBProtest", "client_ids": [client.id]},
        )
        matter = records.create(
            uow, "matters", {"title": "Doe v. DHS", "status": "open", "client_ids": [client.id]}
        )
        return int(matter.id), int(account.id)

    return ctx.write(build)  # type: ignore[arg-type]


def subpoenas_of(ctx: AppContext, matter_id: int) -> list[records.SubpoenaView]:
    return ctx.read(
        lambda uow: [s for s in records.list_records(uow, "subpoenas") if s.matter_id == matter_id]
    )


def documents_of(ctx: AppContext, matter_id: int) -> list[documents.DocumentView]:
    return ctx.read(lambda uow: documents.list_for(uow, documents.on_matter(matter_id)))


def open_dialog(qtbot: QtBot, ctx: AppContext, matter_id: int, path: Path) -> IntakeDialog:
    """The dialog with the person's choice of file answered (no native dialog)."""
    dialog = IntakeDialog(ctx, matter_id)
    qtbot.addWidget(dialog)
    dialog.choose_file = lambda: path
    dialog.show()
    return dialog


def read(qtbot: QtBot, dialog: IntakeDialog) -> None:
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=READ_TIMEOUT)


def tick_all(dialog: IntakeDialog) -> None:
    for row in dialog.rows.values():
        if row.checked.isVisibleTo(dialog):
            row.checked.setChecked(True)
    if dialog.handles_checked is not None:
        dialog.handles_checked.setChecked(True)


def test_text_pdf_is_reviewed_then_saved_with_its_document_and_accounts(
    qtbot: QtBot, app_ctx: AppContext, tmp_path: Path, ice_pdf: bytes
) -> None:
    matter_id, account_id = make_matter(app_ctx)
    path = tmp_path / "ICE subpoena.pdf"
    path.write_bytes(ice_pdf)
    dialog = open_dialog(qtbot, app_ctx, matter_id, path)
    read(qtbot, dialog)

    rows = dialog.rows
    assert rows["issuer"].input.widget.text() == "U.S. Immigration and Customs Enforcement"
    assert rows["recipient"].input.widget.text() == "Meta Platforms, Inc."
    assert rows["issued"].input.value() == dt.date(2025, 9, 3)
    assert rows["issued"].source.text() == "“Date issued: September 3, 2025” — page 1"
    assert rows["requested"].source.text().endswith("— page 2")
    assert rows["issuer"].sureness.text() == "sure"
    assert rows["kind"].input.widget.currentText() == "Administrative subpoena"
    assert rows["gag_order"].input.widget.currentText() == "Yes"
    assert "2 page" in dialog.summary.text()  # "2 pages" once quash_en.ts has its plural
    ticks = {named.handle.handle: tick for named, tick in dialog.named}
    assert ticks["lbprotest"].isChecked() and ticks["lbprotest"].isEnabled()
    assert "not in the vault yet" in ticks["stopice.lb"].text()
    assert not ticks["stopice.lb"].isChecked()

    # Save waits for every suggested field; editing one checks it.
    assert not dialog.save_button.isEnabled()
    tick_all(dialog)
    rows["authority"].checked.setChecked(False)
    assert not dialog.save_button.isEnabled()
    rows["authority"].input.widget.setText("8 U.S.C. 1225(d)")
    assert rows["authority"].checked.isChecked()
    assert dialog.save_button.isEnabled()
    assert subpoenas_of(app_ctx, matter_id) == []  # nothing saved while reviewing

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [saved] = subpoenas_of(app_ctx, matter_id)
    assert saved.issuer == "U.S. Immigration and Customs Enforcement"
    assert saved.kind_of_process == "administrative_subpoena"
    assert saved.authority == "8 U.S.C. 1225(d)"
    assert saved.issued == dt.date(2025, 9, 3)
    assert saved.compliance_date == dt.date(2025, 9, 17)
    assert saved.gag_order is True
    assert saved.status == "received"
    assert set(saved.requested) == set(docs.ICE_FIELDS["requested"])  # type: ignore[arg-type]
    assert saved.account_ids == (account_id,)
    attached = app_ctx.read(lambda uow: documents.list_for(uow, documents.on_subpoena(saved.id)))
    assert [d.filename for d in attached] == ["ICE subpoena.pdf"]
    assert app_ctx.read(lambda uow: documents.read(uow, attached[0].id)) == ice_pdf
    assert not dialog.isVisible()


def test_a_required_field_left_empty_is_said_beside_it_and_nothing_is_saved(
    qtbot: QtBot, app_ctx: AppContext, tmp_path: Path, ice_pdf: bytes
) -> None:
    matter_id, _account = make_matter(app_ctx)
    path = tmp_path / "subpoena.pdf"
    path.write_bytes(ice_pdf)
    dialog = open_dialog(qtbot, app_ctx, matter_id, path)
    read(qtbot, dialog)
    tick_all(dialog)
    dialog.rows["issuer"].input.widget.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.rows["issuer"].error.isVisible()
    assert "Issuing agency" in dialog.rows["issuer"].error.text()
    assert subpoenas_of(app_ctx, matter_id) == []
    assert documents_of(app_ctx, matter_id) == []


def test_a_scan_is_read_by_ocr_with_progress_and_says_how_sure(
    qtbot: QtBot, app_ctx: AppContext, tmp_path: Path, cbp_scan_png: bytes
) -> None:
    matter_id, _account = make_matter(app_ctx)
    path = tmp_path / "summons.png"
    path.write_bytes(cbp_scan_png)
    dialog = open_dialog(qtbot, app_ctx, matter_id, path)
    said: list[str] = []
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.task is not None
    dialog.task.progressed.connect(lambda *_: said.append(dialog.status.text()))
    qtbot.waitUntil(lambda: dialog.task is None, timeout=READ_TIMEOUT)

    assert "Reading page 1 of 1 (OCR)…" in said
    assert "read by OCR:" in dialog.summary.text()
    assert "% sure on average" in dialog.summary.text()
    assert dialog.rows["issuer"].input.widget.text() == "U.S. Customs and Border Protection"
    assert "OCR" in dialog.rows["issuer"].sureness.text()
    assert dialog.rows["issued"].input.value() == dt.date(2026, 11, 3)


def test_cancel_while_reading_saves_nothing(
    qtbot: QtBot, app_ctx: AppContext, tmp_path: Path
) -> None:
    matter_id, _account = make_matter(app_ctx)
    path = tmp_path / "exhibits.pdf"
    path.write_bytes(docs.image_only_pdf(docs.scan_images(docs.multipage_pdf(4), dpi=150), 150))
    dialog = open_dialog(qtbot, app_ctx, matter_id, path)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=READ_TIMEOUT)
    assert dialog.status.text() == "Canceled: nothing was saved."
    assert dialog.steps.currentIndex() == 0 and dialog.isVisible()
    assert subpoenas_of(app_ctx, matter_id) == []
    assert documents_of(app_ctx, matter_id) == []


def test_a_damaged_pdf_is_one_sentence_and_saves_nothing(
    qtbot: QtBot, app_ctx: AppContext, tmp_path: Path
) -> None:
    matter_id, _account = make_matter(app_ctx)
    path = tmp_path / "download.pdf"
    path.write_bytes(docs.damaged_pdf())
    dialog = open_dialog(qtbot, app_ctx, matter_id, path)
    read(qtbot, dialog)
    text = dialog.status.text()
    assert "damaged" in text and text.count(".") == 1 and "\n" not in text
    assert dialog.steps.currentIndex() == 0
    assert subpoenas_of(app_ctx, matter_id) == []
    assert documents_of(app_ctx, matter_id) == []


def test_a_file_too_large_is_refused_before_it_is_read(
    qtbot: QtBot, app_ctx: AppContext, tmp_path: Path
) -> None:
    matter_id, _account = make_matter(app_ctx)
    path = tmp_path / "poster scan.tif"
    with path.open("wb") as file:
        file.truncate(500 * 1024 * 1024)  # sparse: nothing is written
    dialog = open_dialog(qtbot, app_ctx, matter_id, path)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.task is None  # refused by its size, no reading started
    assert "larger than 50 MB" in dialog.status.text()
    assert documents_of(app_ctx, matter_id) == []


def test_a_notice_email_updates_the_matters_subpoena_and_is_attached_to_it(
    qtbot: QtBot, app_ctx: AppContext, tmp_path: Path
) -> None:
    matter_id, account_id = make_matter(app_ctx)

    def add_subpoenas(uow: object) -> int:
        records.create(
            uow,
            "subpoenas",
            {
                "matter_id": matter_id,
                "kind": "administrative_subpoena",
                "issuer": "DHS",
                "recipient": "Meta",
                "issued": "2025-08-01",
                "status": "received",
            },
        )
        newest = records.create(
            uow,
            "subpoenas",
            {
                "matter_id": matter_id,
                "kind": "administrative_subpoena",
                "issuer": "ICE",
                "recipient": "Meta",
                "issued": "2025-09-03",
                "status": "received",
            },
        )
        return int(newest.id)

    newest_id = app_ctx.write(add_subpoenas)  # type: ignore[arg-type]
    path = tmp_path / "Instagram notice.eml"
    path.write_bytes(docs.meta_notice_eml())
    dialog = open_dialog(qtbot, app_ctx, matter_id, path)
    read(qtbot, dialog)

    assert dialog.target.currentData() == newest_id  # the newest subpoena, by default
    assert dialog.rows["user_notified"].input.value() == dt.date(2025, 9, 10)
    assert dialog.rows["response_window_days"].input.value() == 10
    assert dialog.rows["user_notified"].source.text().endswith("— in the email")
    assert not dialog.rows["issuer"].input.widget.isVisibleTo(dialog)  # kept as the record has it
    assert not dialog.save_button.isEnabled()
    tick_all(dialog)
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    saved = app_ctx.read(lambda uow: records.get(uow, "subpoenas", newest_id))
    assert saved.user_notified == dt.date(2025, 9, 10)
    assert saved.response_window_days == 10
    assert saved.issuer == "ICE"  # the notice's "Department of Homeland Security" not put on it
    assert saved.account_ids == (account_id,)
    attached = app_ctx.read(lambda uow: documents.list_for(uow, documents.on_subpoena(newest_id)))
    assert [d.filename for d in attached] == ["Instagram notice.eml"]
    assert len(subpoenas_of(app_ctx, matter_id)) == 2  # no new subpoena
    # The motion to quash is docketed before the platform's 10-day window closes.
    deadlines = app_ctx.read(lambda uow: records.list_records(uow, "deadlines"))
    assert [d.subpoena_id for d in deadlines] == [newest_id]
    assert dialog.notice_deadline is not None and dialog.notice_deadline.due == deadlines[0].due


def test_the_matter_editor_opens_it_from_the_subpoenas_tab(
    qtbot: QtBot, app_ctx: AppContext
) -> None:
    from PySide6.QtWidgets import QPushButton

    from gui.editors import open_editor

    matter_id, _account = make_matter(app_ctx)
    editor = open_editor(app_ctx, "matters", matter_id)
    qtbot.addWidget(editor)
    editor.show()
    [button] = [
        b for b in editor.findChildren(QPushButton) if b.text() == "New subpoena from a &document…"
    ]
    button.click()
    [dialog] = editor.findChildren(IntakeDialog)
    assert dialog.isVisible() and dialog.matter_id == matter_id
    dialog.reject()


def test_the_matter_editor_says_what_the_notice_docketed(
    qtbot: QtBot, app_ctx: AppContext, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QPushButton

    from gui.editors import open_editor

    matter_id, _account = make_matter(app_ctx)
    app_ctx.write(
        lambda uow: records.create(
            uow,
            "subpoenas",
            {
                "matter_id": matter_id,
                "kind": "administrative_subpoena",
                "issuer": "ICE",
                "recipient": "Meta",
                "status": "received",
            },
        )
    )
    path = tmp_path / "notice.eml"
    path.write_bytes(docs.meta_notice_eml())
    editor = open_editor(app_ctx, "matters", matter_id)
    qtbot.addWidget(editor)
    editor.show()
    [button] = [
        b for b in editor.findChildren(QPushButton) if b.text() == "New subpoena from a &document…"
    ]
    button.click()
    [dialog] = editor.findChildren(IntakeDialog)
    dialog.choose_file = lambda: path
    read(qtbot, dialog)
    tick_all(dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    [deadline] = app_ctx.read(lambda uow: records.list_records(uow, "deadlines"))
    said = editor.status_label.text()
    assert said.startswith("Docketed: motion to quash before the platform's window closes, due")
    assert deadline.due.strftime("%Y") in said
