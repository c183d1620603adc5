"""An office's own rule sets: added as TOML, checked as the shipped ones are, kept in the
vault, and removed only when no open deadline is counted by them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from models.entities import Deadline, OfficeRuleSet
from models.enums import DeadlineStatus
from models.errors import NotFoundError, ValidationError
from models.rules import (
    RuleSetError,
    build_rulebook,
    default_rulebook,
    parse_ruleset,
    shipped_sources,
)
from services import audit
from storage.uow import UnitOfWork

# ---- rule books: shipped and the office's own --------------------------------------------------


@dataclass(frozen=True)
class OfficeRuleSetView:
    id: str
    name: str
    title: str
    rules: tuple[str, ...]
    added_at: dt.datetime


def office_rulesets(uow: UnitOfWork) -> list[OfficeRuleSetView]:
    out = []
    for row in uow.session.scalars(select(OfficeRuleSet).order_by(OfficeRuleSet.id)):
        _, title, rules, _ = parse_ruleset(row.name, row.text)
        out.append(
            OfficeRuleSetView(row.id, row.name, title, tuple(r.id for r in rules), row.added_at)
        )
    return out


def add_office_ruleset(uow: UnitOfWork, name: str, text: str) -> OfficeRuleSetView:
    """Validate an office's rule set (TOML, the shipped sets' format) as strictly as the shipped
    ones, together with them and the office's others, and keep it in the vault."""
    if len(text) > 200_000:
        raise RuleSetError(
            f"{name}: a rule set file is at most 200,000 characters",
            code="ruleset.too_large",
            params={"where": name, "max": 200_000},
        )
    set_id, title, rules, _ = parse_ruleset(name, text)
    office = list(uow.session.scalars(select(OfficeRuleSet)))
    if set_id in default_rulebook().rulesets or any(r.id == set_id for r in office):
        raise RuleSetError(
            f"{name}: rule set id {set_id!r} is already in use; "
            "remove the old one first or give this one another id",
            code="ruleset.id_taken",
            params={"where": name, "id": set_id},
        )
    others = [(r.name, r.text) for r in office]
    build_rulebook(shipped_sources() + others + [(name, text)])  # ids, chains, triggers
    row = OfficeRuleSet(id=set_id, name=name[:200], text=text, added_at=dt.datetime.now())
    uow.session.add(row)
    uow.session.flush()
    audit.record(uow, "create", "rule set", None, {"id": set_id, "rules": [r.id for r in rules]})
    return OfficeRuleSetView(set_id, row.name, title, tuple(r.id for r in rules), row.added_at)


def _office_row(uow: UnitOfWork, set_id: str) -> OfficeRuleSet:
    row = uow.session.get(OfficeRuleSet, set_id)
    if row is None:
        raise NotFoundError(
            f"There is no office rule set {set_id!r}.",
            field="ruleset",
            code="ruleset.not_found",
            params={"id": set_id},
        )
    return row


def office_ruleset_text(uow: UnitOfWork, set_id: str) -> str:
    return _office_row(uow, set_id).text


def remove_office_ruleset(uow: UnitOfWork, set_id: str) -> None:
    row = _office_row(uow, set_id)
    _, _, rules, _ = parse_ruleset(row.name, row.text)
    ids = [r.id for r in rules]
    used = uow.session.scalar(
        select(Deadline.id).where(Deadline.rule_id.in_(ids), Deadline.status == DeadlineStatus.OPEN)
    )
    if used is not None:
        raise ValidationError(
            f"Rule set {set_id!r} still counts open deadlines (e.g. deadline {used}); mark them "
            "done or vacated first.",
            field="ruleset",
            code="ruleset.in_use",
            params={"id": set_id, "deadline": used},
        )
    uow.session.delete(row)
    uow.session.flush()
    audit.record(uow, "delete", "rule set", None, {"id": set_id})
