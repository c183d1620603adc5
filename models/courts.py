"""The court registry (courts.toml, validated on load): each court's calendar, time zone and
rule sets. A matter's court picks the calendar its deadlines count on and the rules offered."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from models.calendars import CALENDARS
from models.errors import ValidationError

COURTS_FILE = Path(__file__).with_name("courts.toml")
KINDS = ("district", "appeals")
_FIELDS = {
    "id": str,
    "name": str,
    "name_es": str,
    "short": str,
    "kind": str,
    "calendar": str,
    "time_zone": str,
    "rulesets": list,
    "aliases": list,
}


class CourtDataError(Exception):
    """courts.toml cannot be used: a defect in Quash itself, said loudly."""


@dataclass(frozen=True)
class Court:
    id: str
    name: str
    name_es: str
    short: str
    kind: str
    calendar: str
    time_zone: str
    rulesets: tuple[str, ...]
    aliases: tuple[str, ...]

    @property
    def label(self) -> str:
        return f"{self.short} ({self.name})"


def parse_courts(text: str, known_rulesets: frozenset[str] | None = None) -> dict[str, Court]:
    doc = tomllib.loads(text)
    if set(doc) - {"courts"}:
        raise CourtDataError(f"courts.toml: unknown section {sorted(set(doc) - {'courts'})[0]!r}")
    out: dict[str, Court] = {}
    for i, raw in enumerate(doc.get("courts", [])):
        where = f"courts.toml court {raw.get('id', i + 1)!r}"
        for key, kind in _FIELDS.items():
            if not isinstance(raw.get(key), kind):
                raise CourtDataError(f"{where}: {key} is required and must be {kind.__name__}")
        if set(raw) - set(_FIELDS):
            raise CourtDataError(f"{where}: unknown field {sorted(set(raw) - set(_FIELDS))[0]!r}")
        if raw["kind"] not in KINDS:
            raise CourtDataError(f"{where}: kind must be one of {', '.join(KINDS)}")
        if raw["calendar"] not in CALENDARS or raw["calendar"] == "agency":
            raise CourtDataError(f"{where}: calendar must be a court calendar")
        try:
            ZoneInfo(raw["time_zone"])
        except (ZoneInfoNotFoundError, ValueError):
            raise CourtDataError(f"{where}: unknown time zone {raw['time_zone']!r}") from None
        if known_rulesets is not None and set(raw["rulesets"]) - known_rulesets:
            missing = sorted(set(raw["rulesets"]) - known_rulesets)[0]
            raise CourtDataError(f"{where}: unknown rule set {missing!r}")
        if raw["id"] in out:
            raise CourtDataError(f"{where}: id is used twice")
        out[raw["id"]] = Court(
            **{k: raw[k] for k in _FIELDS if k not in ("rulesets", "aliases")},
            rulesets=tuple(raw["rulesets"]),
            aliases=tuple(_norm(a) for a in raw["aliases"]),
        )
    return out


@cache
def courts() -> dict[str, Court]:
    """The registry. That every court's rule sets exist is checked where the rule sets are
    loaded (models.rules.default_rulebook), so the engine may use the courts freely."""
    return parse_courts(COURTS_FILE.read_text(encoding="utf-8"))


def court(court_id: str) -> Court:
    try:
        return courts()[court_id]
    except KeyError:
        raise ValidationError(
            f"Unknown court {court_id!r}; choose one of {', '.join(courts())}.",
            field="court",
            code="court.unknown",
            params={"court": court_id, "choices": ", ".join(courts())},
        ) from None


def home_court(rule: Any) -> Court | None:
    """The one court whose own local rules `rule` (a models.rules.Rule) belongs to, or None for
    the federal rules, agency periods and an office's rules. A local rule only ever runs in its
    court, so its court's state holidays count (FRCP 6(a)(6)(C)) even when nobody named it."""
    owners = [c for c in courts().values() if rule.ruleset in c.rulesets]
    if len(owners) == 1:
        return owners[0]
    return None


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9.]+", " ", text.lower()).replace(" .", ".").strip(" .")


def recognise(text: str | None) -> Court | None:
    """The court an office typed in a matter's court field ("N.D. Cal.", "Northern District of
    California"), or None when it is not one Quash knows."""
    if not text or not text.strip():
        return None
    typed = _norm(text)
    for c in courts().values():
        if typed in (c.id, _norm(c.short), _norm(c.name)) or typed in c.aliases:
            return c
    for c in courts().values():  # "U.S. District Court, N.D. Cal." and the like
        if _norm(c.short) in typed or any(len(a) > 8 and a in typed for a in c.aliases):
            return c
    return None


# The time zone a period in hours counts in when no court is known: the calendar's state.
CALENDAR_ZONES = {
    "federal": "America/New_York",
    "federal-dc": "America/New_York",
    "ca": "America/Los_Angeles",
    "pa": "America/New_York",
    "wa": "America/Los_Angeles",
    "ny": "America/New_York",
    "il": "America/Chicago",
    "tx": "America/Chicago",
    "or": "America/Los_Angeles",
    "agency": "America/New_York",
}
