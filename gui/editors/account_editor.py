"""The account editor: a platform, a handle and an address, and the clients who hold the account.

Saving a new account, or a changed platform, handle or address, first runs the conflict check
(services.conflicts): the same account held by another client, or already targeted by a
subpoena, is listed, and the person saves anyway or goes back."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from gui.editors.conflicts import ConflictCheckedEditor
from services import conflicts

if TYPE_CHECKING:
    from services.conflicts import ConflictReport
    from storage.uow import UnitOfWork


class AccountEditor(ConflictCheckedEditor):
    FORM_FIELDS = ("platform", "handle", "url", "description", "client_ids")
    CHECKED_FIELDS = ("platform", "handle", "url")

    def check_conflicts(self, uow: UnitOfWork, values: dict[str, Any]) -> ConflictReport:
        return conflicts.check_account(
            uow,
            platform=values.get("platform"),
            handle=values.get("handle"),
            url=values.get("url"),
            exclude_account_id=self.record_id,
        )
