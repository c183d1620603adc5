"""Every dialog and editor fits a 1,280×800 screen whatever the text: the longest rule, event,
title, pseudonym and recipient wrap or elide, and the Save/OK button stays on the screen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from gui.context import AppContext
from gui.editors import RecordEditor, open_editor
from gui.editors.deadline_dialogs import AddFromRuleDialog, DocketEventDialog
from services import docketing, records

SCREEN = QRect(0, 0, 1280, 800)
LONG = (
    "Doe v. Department of Homeland Security, Immigration and Customs Enforcement: motion to "
    "quash the administrative subpoena to Meta Platforms for the Instagram accounts "
    "@LBProtest, @StopICEnow and every account linked to them by email"
)[:200]


@pytest.fixture
def long_case(app_ctx: AppContext) -> dict[str, int]:
    """A matter whose every title-like text is as long as Quash takes."""

    def fill(uow: object) -> dict[str, int]:
        matter = records.create(uow, "matters", {"title": LONG, "status": "open"})  # type: ignore[arg-type]
        client = records.create(uow, "clients", {"pseudonym": LONG[:120]})  # type: ignore[arg-type]
        subpoena = records.create(
            uow,  # type: ignore[arg-type]
            "subpoenas",
            {
                "matter_id": matter.id,
                "kind": "administrative_subpoena",
                "status": "received",
                "issuer": LONG[:120],
                "recipient": LONG[:120],
                "served": dt.date(2025, 9, 3),
            },
        )
        docketing.docket(uow, matter.id, "motion-to-quash-filed", dt.date(2025, 9, 22))  # type: ignore[arg-type]
        deadline = records.list_records(uow, "deadlines")[0]  # type: ignore[arg-type]
        event = records.list_records(uow, "events")[0]  # type: ignore[arg-type]
        return {
            "matters": matter.id,
            "clients": client.id,
            "subpoenas": subpoena.id,
            "deadlines": deadline.id,
            "events": event.id,
        }

    return app_ctx.write(fill)


@pytest.fixture
def closing(qtbot: QtBot) -> Iterator[list[QWidget]]:
    opened: list[QWidget] = []
    yield opened
    for widget in opened:
        if not shiboken6.isValid(widget):
            continue
        if isinstance(widget, RecordEditor):
            widget.close_for_lock()
        elif isinstance(widget, QDialog):
            widget.reject()


def assert_fits(qtbot: QtBot, dialog: QWidget, button: QPushButton) -> None:
    """The dialog, frame included, inside a 1,280×800 screen, and its button inside the dialog's
    visible area."""
    qtbot.wait(10)  # the layout settles after a change of text
    frame = dialog.frameGeometry()
    assert frame.width() <= SCREEN.width() and frame.height() <= SCREEN.height(), (
        dialog.windowTitle(),
        frame,
    )
    assert button.isVisible()
    where = QRect(button.mapTo(dialog, QPoint(0, 0)), button.size())
    assert dialog.rect().contains(where), (dialog.windowTitle(), where, dialog.rect())


def test_add_from_rule_fits_with_every_rule_and_the_longest_title(
    qtbot: QtBot, app_ctx: AppContext, long_case: dict[str, int], closing: list[QWidget]
) -> None:
    dialog = AddFromRuleDialog(app_ctx, long_case["matters"])
    closing.append(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.days_spin.setValue(10)
    dialog.compliance_edit.setText("2025-10-15")
    previewed = 0
    for index in range(dialog.rule_combo.count()):
        dialog.rule_combo.setCurrentIndex(index)
        dialog.trigger_edit.setText("2025-09-03")
        previewed += dialog.ok_button.isEnabled()
        assert_fits(qtbot, dialog, dialog.ok_button)
    assert previewed >= dialog.rule_combo.count() - 2  # the long due lines were all on show
    dialog.rule_combo.setCurrentIndex(dialog.rule_combo.findData("notice-response-window"))
    dialog.trigger_edit.setText("2025-09-03")
    assert "platform's response window closes" in dialog.due_label.text()
    assert_fits(qtbot, dialog, dialog.ok_button)


def test_docket_an_event_fits_with_every_event(
    qtbot: QtBot, app_ctx: AppContext, long_case: dict[str, int], closing: list[QWidget]
) -> None:
    dialog = DocketEventDialog(app_ctx, long_case["matters"])
    closing.append(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for index in range(dialog.event_combo.count()):
        dialog.event_combo.setCurrentIndex(index)
        dialog.date_edit.setText("2025-09-22")
        assert_fits(qtbot, dialog, dialog.ok_button)


@pytest.mark.parametrize(
    "kind", ["matters", "clients", "subpoenas", "deadlines", "events", "accounts", "staff"]
)
def test_every_editor_fits_with_the_longest_texts(
    qtbot: QtBot,
    app_ctx: AppContext,
    long_case: dict[str, int],
    closing: list[QWidget],
    kind: str,
) -> None:
    editor = open_editor(app_ctx, kind, long_case.get(kind, 0))
    closing.append(editor)
    editor.show()
    qtbot.waitExposed(editor)
    assert_fits(qtbot, editor, editor.save_button)
    tabs = getattr(editor, "tabs", None)
    for index in range(tabs.count() if tabs is not None else 0):
        tabs.setCurrentIndex(index)  # type: ignore[union-attr]
        assert_fits(qtbot, editor, editor.save_button)
