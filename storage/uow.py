"""The unit of work: one transaction on an unlocked vault, rolled back unless committed. It notes
which tables each committed write touched, so the front-ends are told what changed rather than
told it by hand."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session

from storage.vault import Vault


class UnitOfWork:
    """`with UnitOfWork(vault, actor) as uow: ...; uow.commit()`.

    `actor` is the person doing the work; every audit entry written in this unit of work
    names them. Where a person's key unlocked the vault, that person is the actor whatever
    `actor` says (and signs the entries). After a commit, `committed_tables` names every table
    its writes touched.
    """

    def __init__(self, vault: Vault, actor: str):
        self.vault = vault
        identity = vault.identity
        self.actor = identity.name if identity is not None and identity.name else actor
        self._session: Session | None = None
        self._pending: set[str] = set()
        self.committed_tables: set[str] = set()

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("UnitOfWork used outside its `with` block")
        return self._session

    def __enter__(self) -> UnitOfWork:
        self._session = self.vault.session()
        event.listen(self._session, "before_flush", self._note_flush)
        event.listen(self._session, "do_orm_execute", self._note_statement)
        return self

    def __exit__(self, *exc: Any) -> None:
        assert self._session is not None
        self._session.rollback()
        self._session.close()
        self._session = None
        self._pending.clear()

    def commit(self) -> None:
        self.session.commit()
        self.committed_tables |= self._pending
        self._pending.clear()

    def rollback(self) -> None:
        self.session.rollback()
        self._pending.clear()

    # -- what the writes touched

    def _note_flush(self, session: Session, _context: Any, _instances: Any) -> None:
        for obj in (*session.new, *session.dirty, *session.deleted):
            table = getattr(type(obj), "__tablename__", None)
            if table:
                self._pending.add(table)

    def _note_statement(self, state: ORMExecuteState) -> None:
        if state.is_insert or state.is_update or state.is_delete:
            table = getattr(state.statement, "table", None)
            name = getattr(table, "name", None)
            if name:
                self._pending.add(name)
