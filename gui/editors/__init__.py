"""Record editors: one non-modal dialog per open record, built from `services.records.SPECS`.

    editor = open_editor(ctx, "matters", matter_id, parent)   # 0 = a new matter
    editor.show()

Every editor saves through the services (`ctx.write`), registers with the context so its unsaved
work becomes a draft when the vault locks, and can be refilled with `restore_draft(state)`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from gui.context import AppContext
from gui.editors.account_editor import AccountEditor
from gui.editors.base import RecordEditor
from gui.editors.client_editor import ClientEditor
from gui.editors.deadline_editor import DeadlineEditor
from gui.editors.event_editor import EventEditor
from gui.editors.matter_editor import MatterEditor
from gui.editors.subpoena_editor import SubpoenaEditor
from models.errors import ValidationError


class StaffEditor(RecordEditor):
    FORM_FIELDS = ("name", "role", "active")


EDITORS: dict[str, type[RecordEditor]] = {
    "clients": ClientEditor,
    "accounts": AccountEditor,
    "matters": MatterEditor,
    "subpoenas": SubpoenaEditor,
    "deadlines": DeadlineEditor,
    "events": EventEditor,
    "staff": StaffEditor,
}


def open_editor(
    ctx: AppContext,
    kind: str,
    record_id: int,
    parent: QWidget | None = None,
    *,
    prefill: Mapping[str, Any] | None = None,
) -> RecordEditor:
    """The editor for one record (`record_id` 0 = a new one, optionally `prefill`ed, e.g. with
    its matter). Not shown yet; raises QuashError if the record does not exist."""
    try:
        editor_class = EDITORS[kind]
    except KeyError:
        raise ValidationError(
            QCoreApplication.translate(
                "editors", "There is no editor for {0}; expected one of: {1}."
            ).format(repr(kind), ", ".join(EDITORS))
        ) from None
    editor = editor_class(ctx, kind, record_id or None, parent, prefill=prefill)
    if isinstance(editor, MatterEditor):
        editor.open_related = open_editor
    return editor


def add_by_hand(ctx: AppContext, matter_id: int, parent: QWidget | None = None) -> RecordEditor:
    """A deadline typed in by hand for a matter (no rule): the deadline editor, prefilled."""
    return open_editor(ctx, "deadlines", 0, parent, prefill={"matter_id": matter_id})


__all__ = [
    "EDITORS",
    "AccountEditor",
    "ClientEditor",
    "DeadlineEditor",
    "EventEditor",
    "MatterEditor",
    "RecordEditor",
    "StaffEditor",
    "SubpoenaEditor",
    "add_by_hand",
    "open_editor",
]
