"""An unlocked vault in one person's hands: the one way the front-ends read and change the case
file. The GUI's context (gui/context.py) and the command line's `with_vault` (cli/common.py)
each hold one.

`read(fn)` runs fn(unit_of_work) and keeps nothing; `write(fn)` commits what fn did and says what
it changed (services.changes.Changes), so a front-end refreshes only that. Neither knows about
threads: the GUI runs long work through the same two calls on a worker thread, each call in its
own unit of work."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from models.errors import QuashError
from services import docketing, people, vaults
from services.changes import Changes

if TYPE_CHECKING:
    from storage.uow import UnitOfWork
    from storage.vault import Vault

T = TypeVar("T")


class VaultLockedError(QuashError):
    """The vault was locked (by a person, the idle timer or the screen lock) under a command."""

    def __init__(self) -> None:
        super().__init__("The vault is locked.", code="vault.locked")


class Session:
    """Who is working follows from the key that unlocked: the person's name (their entries are
    signed). `actor` names whoever works in a vault made before people had keys, until its
    passphrase holder names themselves (services.people.name_first_admin)."""

    def __init__(self, vault: Vault, actor: str):
        self.vault = vault
        self._fallback = actor

    @property
    def actor(self) -> str:
        identity = self.vault.identity
        return identity.name if identity is not None and identity.name else self._fallback

    @property
    def role(self) -> str:
        return people.role_of(self.vault)

    @property
    def is_locked(self) -> bool:
        return self.vault.is_locked

    def unit_of_work(self) -> UnitOfWork:
        if self.vault.is_locked:
            raise VaultLockedError()
        return vaults.unit_of_work(self.vault, self.actor)

    def read(self, fn: Callable[[UnitOfWork], T]) -> T:
        with self.unit_of_work() as uow:
            return fn(uow)

    def write(self, fn: Callable[[UnitOfWork], T]) -> tuple[T, Changes]:
        with self.unit_of_work() as uow:
            result = fn(uow)
            uow.commit()
            return result, Changes.of_tables(uow.committed_tables)

    # -- what every unlock does before anything is shown

    def settle_interrupted_key_change(self) -> str | None:
        """A key change a crash interrupted was finished, or dropped, by this unlock: write it
        to the audit log, so history shows every change of keys. Returns the outcome."""
        if not self.read(lambda uow: vaults.setting(uow, "interrupted_key_change")):
            return None
        outcome, _ = self.write(vaults.record_interrupted_key_change)
        return outcome

    def stale_deadlines(self) -> int:
        """Open deadlines counted on holiday data other than this version's."""
        return self.read(docketing.stale_count)

    def recount_stale_deadlines(self) -> tuple[list[docketing.Recomputed], Changes]:
        """Recount them; each that moves waits for a person to confirm it."""
        return self.write(docketing.reconcile_calendars)

    def lock(self) -> None:
        self.vault.lock()
