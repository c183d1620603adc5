"""The unit of work: one transaction on an unlocked vault, rolled back unless committed."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from storage.vault import Vault


class UnitOfWork:
    """`with UnitOfWork(vault, actor) as uow: ...; uow.commit()`.

    `actor` is the person doing the work; every audit entry written in this unit of work
    names them.
    """

    def __init__(self, vault: Vault, actor: str):
        self.vault = vault
        self.actor = actor
        self._session: Session | None = None

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("UnitOfWork used outside its `with` block")
        return self._session

    def __enter__(self) -> UnitOfWork:
        self._session = self.vault.session()
        return self

    def __exit__(self, *exc: Any) -> None:
        assert self._session is not None
        self._session.rollback()
        self._session.close()
        self._session = None

    def commit(self) -> None:
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()
