"""The audit page lists the history newest first, filters it by action, and verifies the chain
in the background, reporting edits in red."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QPalette
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from gui.context import AppContext
from gui.pages.audit_page import BATCH, AuditModel, AuditPage, local_time, summarise
from gui.pages.dashboard import alert_red
from services import audit, records
from storage.uow import UnitOfWork


def open_page(qtbot: QtBot, ctx: AppContext) -> AuditPage:
    page = AuditPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    with qtbot.waitSignal(page.loaded):
        page.show()  # the first showing loads the log
    return page


@pytest.fixture
def busy_ctx(demo_ctx: AppContext) -> AppContext:
    """The demo vault plus a few entries of different actions."""
    for name in ("A. Rivera", "S. Chen"):
        demo_ctx.write(
            lambda uow, n=name: records.create(uow, "staff", {"name": n, "role": "attorney"})
        )
    chen = next(
        s for s in demo_ctx.read(lambda u: records.list_records(u, "staff")) if s.name == "S. Chen"
    )
    demo_ctx.write(lambda uow: records.update(uow, "staff", chen.id, {"role": "paralegal"}))
    return demo_ctx


def seqs(model: AuditModel) -> list[int]:
    return [model.entry(r).seq for r in range(model.rowCount())]


def test_lists_entries_newest_first(qtbot: QtBot, busy_ctx: AppContext) -> None:
    page = open_page(qtbot, busy_ctx)
    stored = busy_ctx.read(lambda uow: audit.entries(uow))

    assert page.model.rowCount() == len(stored) == 6  # the vault's making, then the rest
    assert seqs(page.model) == [6, 5, 4, 3, 2, 1]
    newest = [page.model.index(0, c).data() for c in range(5)]
    assert newest[1:] == [
        "Test Paralegal",
        "change",
        "staff member 3",
        "Role: Attorney → Paralegal",  # as the form names the field and its choices
    ]
    assert newest[0] == local_time(stored[0].at)
    assert page.model.index(3, 2).data() == "import"
    assert page.count_label.text() == "6 entries"


def test_times_are_shown_in_local_time() -> None:
    at = "2026-03-04T17:05:09.000001+00:00"
    local = dt.datetime.fromisoformat(at).astimezone()
    assert local_time(at) == f"{local:%a} {local.day} {local:%b %Y} {local:%H:%M:%S}"


def test_details_are_summarised_on_one_line() -> None:
    assert summarise("staff member", {"fields": ["name", "role"]}) == "Fields: Name, Role"
    changed = {"changed": {"legal_name": ["(sealed)", "(sealed)"], "due": [None, "2026-03-04"]}}
    assert summarise("client", changed) == (
        "Legal name: (sealed) → (sealed); Due date: (empty) → 2026-03-04"
    )
    assert len(summarise("deadline", {"reason": "x" * 500})) <= 160


def test_details_of_backups_settings_and_imports_read_as_words() -> None:
    backup = {"step": "created and verified", "bytes": 2_500_000, "removed_older": 0}
    assert summarise("backup file", backup) == (
        "Step: created and verified; Size: 2.5 MB; Older backups removed: 0"
    )
    setting = {"changed": {"office_name": [None, "Legal Aid"]}}
    assert summarise("setting", setting) == "Office name: (empty) → Legal Aid"
    imported = {"synthetic": True, "counts": {"clients": 1, "events": 2}}
    assert summarise("vault", imported) == (
        "Made-up records: yes; Records: 1 client, 2 docket events"
    )
    docketed = {"trigger": "motion-to-quash-filed", "deadlines": {"7": [], "8": []}}
    assert summarise("docket event", docketed) == (
        "Event: Motion to quash filed; Deadlines: 2 deadlines"
    )


def test_a_spanish_audit_page_names_fields_choices_and_actions_in_spanish(
    qtbot: QtBot, busy_ctx: AppContext, spanish: str
) -> None:
    page = open_page(qtbot, busy_ctx)
    newest = [page.model.index(0, c).data() for c in range(1, 5)]
    assert newest == [
        "Test Paralegal",
        "cambiar",
        "miembro del personal 3",
        "Función: Abogado/a → Asistente legal",
    ]
    imported = page.model.index(3, 4).data()  # the demo cases, imported
    assert imported.startswith("Registros: 5 clientes, 5 cuentas, 5 asuntos"), imported
    assert page.model.index(3, 2).data() == "importar"


def test_filter_by_action(qtbot: QtBot, busy_ctx: AppContext) -> None:
    page = open_page(qtbot, busy_ctx)
    actions = [page.action_filter.itemData(i) for i in range(page.action_filter.count())]
    assert actions == [None, "change", "conflict check", "create", "import"]

    page.set_action("create")

    assert page.model.rowCount() == 3  # the vault's and two staff members'
    assert {page.model.entry(r).action for r in range(3)} == {"create"}
    assert page.count_label.text() == "3 of 6 entries"
    page.set_action(None)
    assert page.model.rowCount() == 6


def test_a_change_elsewhere_shows_up(qtbot: QtBot, busy_ctx: AppContext) -> None:
    page = open_page(qtbot, busy_ctx)
    page.set_action("create")
    with qtbot.waitSignal(page.loaded):
        busy_ctx.write(
            lambda uow: records.create(uow, "staff", {"name": "P. Nguyen", "role": "volunteer"})
        )
    assert page.model.rowCount() == 4  # the filter is kept
    assert page.model.index(0, 3).data() == "staff member 4"


def test_verify_reports_an_intact_history(qtbot: QtBot, busy_ctx: AppContext) -> None:
    page = open_page(qtbot, busy_ctx)

    with qtbot.waitSignal(page.verified, check_params_cb=lambda intact: intact is True):
        page.verify_button.click()

    assert page.result.text() == "History intact: 6 entries."
    assert page.verify_button.isEnabled()
    colour = page.result.palette().color(QPalette.ColorRole.WindowText)
    assert colour != alert_red(page.palette())


def test_verify_reports_a_tampered_entry_in_red(qtbot: QtBot, busy_ctx: AppContext) -> None:
    assert busy_ctx.vault is not None
    with busy_ctx.vault.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER audit_log_no_update"))  # a determined editor
        conn.execute(text("UPDATE audit_log SET actor='Mallory' WHERE seq=1"))
    page = open_page(qtbot, busy_ctx)

    with qtbot.waitSignal(page.verified, check_params_cb=lambda intact: intact is False):
        page.verify_button.click()

    assert page.result.text().startswith("History NOT intact: 1 problem in 6 entries.")
    assert "entry 1 was edited (create vault by Mallory)" in page.result.text()
    colour = page.result.palette().color(QPalette.ColorRole.WindowText)
    assert colour == alert_red(page.palette())


def test_a_long_log_is_handed_to_the_view_in_batches(
    qtbot: QtBot, app_ctx: AppContext, qtmodeltester: object
) -> None:
    def many(uow: UnitOfWork) -> None:
        for i in range(BATCH + 50):
            audit.record(uow, "note", "test", i, {"n": i})

    app_ctx.write(many)
    entries = app_ctx.read(lambda uow: audit.entries(uow))
    model = AuditModel()
    model.set_entries(entries)

    assert model.total == BATCH + 50 + 1  # and the vault's making
    assert model.rowCount() == BATCH
    assert model.canFetchMore(model.index(-1, -1))
    qtmodeltester.check(model)  # type: ignore[attr-defined]  # it fetches the rest too
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == BATCH + 50 + 1
    assert model.entry(BATCH + 50).seq == 1


def test_locking_clears_the_log(qtbot: QtBot, busy_ctx: AppContext) -> None:
    page = open_page(qtbot, busy_ctx)
    busy_ctx.locked.emit()
    assert page.model.rowCount() == 0
    assert page.count_label.text() == ""
