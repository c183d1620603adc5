"""What a write changed, in the words the front-ends refresh by: the unit of work notes the
tables a committed write touched (storage.uow), and `Changes` names them as kinds of record
and parts of the vault. A view asks `changes.touches("deadlines")`; nobody writes it by hand."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

# table -> what it is to a person
TABLE_KINDS = {
    "matters": "matters",
    "clients": "clients",
    "accounts": "accounts",
    "subpoenas": "subpoenas",
    "documents": "documents",
    "deadlines": "deadlines",
    "docket_events": "events",
    "staff": "staff",
    "closure_days": "closures",
    "office_rulesets": "rules",
    "templates": "templates",
    "drafts": "drafts",
    "trash": "trash",
    "audit_log": "audit",
    "vault_settings": "settings",
    # links between records change both sides
    "matter_clients": "matters clients",
    "client_accounts": "clients accounts",
    "subpoena_accounts": "subpoenas accounts",
}
KINDS = frozenset(k for words in TABLE_KINDS.values() for k in words.split())


@dataclass(frozen=True)
class Changes:
    """The kinds a write changed; EVERYTHING after what changes all (an unlock, a restore)."""

    kinds: frozenset[str] = frozenset()

    @classmethod
    def of_tables(cls, tables: Iterable[str]) -> Changes:
        kinds: set[str] = set()
        for table in tables:
            kinds.update(TABLE_KINDS.get(table, "").split() or KINDS)  # unknown: assume all
        return cls(frozenset(kinds))

    def touches(self, *kinds: str) -> bool:
        return bool(self.kinds & set(kinds))

    def __bool__(self) -> bool:
        return bool(self.kinds)


EVERYTHING = Changes(KINDS)
