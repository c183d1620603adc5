"""The rule book of one vault: the shipped rule sets and the office's own (kept in the vault).
Used by docketing, and by record validation so an imported deadline cannot name a rule that
later commands would refuse."""

from __future__ import annotations

from sqlalchemy import select

from models.entities import OfficeRuleSet
from models.rules import RuleBook, default_rulebook, rulebook_with
from storage.uow import UnitOfWork


def rulebook_for(uow: UnitOfWork) -> RuleBook:
    """The shipped rule sets and the ones this office added to its vault."""
    rows = uow.session.scalars(select(OfficeRuleSet).order_by(OfficeRuleSet.id))
    office = tuple((f"{r.name} (office rule set {r.id})", r.text) for r in rows)
    return rulebook_with(office) if office else default_rulebook()
