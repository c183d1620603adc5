"""What the person working may do, for the widgets that offer it: a button a role may not use
is shown disabled with the sentence that says who may (the same one a refusal would show), and
what a volunteer may not see is not shown at all. The services refuse all the same
(services.people); this only spares a person a button that would be refused."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QAbstractButton

from gui.errors import plain_error
from models.errors import NotPermittedError
from models.people import Action
from services import people

if TYPE_CHECKING:
    from gui.context import AppContext


def may(ctx: AppContext, action: Action) -> bool:
    vault = ctx.vault
    return vault is not None and not vault.is_locked and people.allowed(vault, action)


def who_may(ctx: AppContext, action: Action) -> str:
    """The refusal's sentence ("Only … may …; … is …"), in the reader's language."""
    vault = ctx.vault
    if vault is None:
        return ""
    try:
        people.require(vault, action)
    except NotPermittedError as exc:
        return plain_error(exc)
    return ""


def offer(button: QAbstractButton, ctx: AppContext, action: Action) -> None:
    """Enable `button` only for a role that may take `action`; otherwise say who may."""
    if may(ctx, action):
        return
    button.setEnabled(False)
    button.setToolTip(who_may(ctx, action))
