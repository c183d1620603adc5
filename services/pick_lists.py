"""Pick lists for free-text fields whose values must not split the register: the issuing
agency, the platform served, the authority cited, the court, the people of the office, a
client's language. Each offers a list Quash ships (canonical names, with the abbreviations and
short names people type) or the office's staff, plus every value this office has already used;
a new value is allowed and joins the office's list by being used.

Matching ignores case and accents ("meta" finds "Meta Platforms, Inc.", "aguila" finds
"Águila"). A sealed field never has a pick list.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from models.courts import courts
from models.entities import Deadline, Matter, Staff
from services.record_kinds import SEALED_FIELDS, SPECS
from storage.uow import UnitOfWork


@dataclass(frozen=True)
class Known:
    """A value Quash ships: the name to store, a short note shown beside it (an abbreviation,
    the court's full name), and other names a person may type for it."""

    value: str
    note: str = ""
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Suggestion:
    value: str  # what goes into the field
    note: str  # shown beside it in the list; never translated case data
    aliases: tuple[str, ...]  # other names that find it
    source: str  # "known" (shipped), "staff" (the office's people) or "office" (used before)


AGENCIES = (
    Known("U.S. Department of Homeland Security", "DHS", ("DHS", "Homeland Security")),
    Known("U.S. Immigration and Customs Enforcement", "ICE", ("ICE", "Immigration and Customs")),
    Known("U.S. Customs and Border Protection", "CBP", ("CBP", "Customs", "Border Patrol")),
    Known("Homeland Security Investigations", "HSI", ("HSI", "ICE HSI")),
    Known("U.S. Citizenship and Immigration Services", "USCIS", ("USCIS", "CIS")),
    Known("Federal Bureau of Investigation", "FBI", ("FBI",)),
    Known("U.S. Department of Justice", "DOJ", ("DOJ", "Justice Department")),
    Known("U.S. Secret Service", "USSS", ("USSS", "Secret Service")),
    Known("U.S. Attorney's Office", "USAO", ("USAO", "U.S. Attorney")),
)

RECIPIENTS = (
    Known("Meta Platforms, Inc.", "Facebook, Instagram", ("Meta", "Facebook", "Instagram")),
    Known("X Corp.", "X, Twitter", ("X", "Twitter", "Twitter, Inc.")),
    Known("Google LLC", "Google, YouTube", ("Google", "YouTube", "Alphabet")),
    Known("TikTok Inc.", "TikTok", ("TikTok", "ByteDance")),
    Known("Reddit, Inc.", "Reddit", ("Reddit",)),
    Known("Telegram Messenger Inc.", "Telegram", ("Telegram",)),
    Known("Snap Inc.", "Snapchat", ("Snap", "Snapchat")),
    Known("Discord Inc.", "Discord", ("Discord",)),
    Known("Microsoft Corporation", "Microsoft, LinkedIn", ("Microsoft", "LinkedIn", "Outlook")),
    Known("Apple Inc.", "Apple, iCloud", ("Apple", "iCloud")),
    Known("Amazon.com, Inc.", "Amazon", ("Amazon",)),
    Known("Signal Messenger LLC", "Signal", ("Signal",)),
)

AUTHORITIES = (
    Known("19 U.S.C. 1509", "customs summons", ("1509", "customs summons")),
    Known("8 U.S.C. 1225(d)", "immigration subpoena", ("1225", "immigration subpoena")),
    Known("18 U.S.C. 2703", "Stored Communications Act", ("2703", "Stored Communications Act")),
    Known("Fed. R. Crim. P. 17", "grand jury subpoena", ("Rule 17", "grand jury")),
    Known("Fed. R. Civ. P. 45", "civil subpoena", ("Rule 45",)),
)

# A client's language as stored (a language code, as the sample cases and imports store it),
# with the language's own name beside it and its names in English and Spanish to find it by.
LANGUAGES = (
    Known("en", "English", ("English", "inglés")),
    Known("es", "Español", ("Spanish", "español")),
    Known("ar", "العربية", ("Arabic", "árabe")),
    Known("fa", "فارسی", ("Persian", "Farsi", "persa")),
    Known("zh", "中文", ("Chinese", "Mandarin", "chino")),
    Known("vi", "Tiếng Việt", ("Vietnamese", "vietnamita")),
    Known("hi", "हिन्दी", ("Hindi",)),
    Known("he", "עברית", ("Hebrew", "hebreo")),
    Known("ru", "Русский", ("Russian", "ruso")),
    Known("ht", "Kreyòl ayisyen", ("Haitian Creole", "criollo haitiano")),
    Known("fr", "Français", ("French", "francés")),
    Known("pt", "Português", ("Portuguese", "portugués")),
    Known("ko", "한국어", ("Korean", "coreano")),
    Known("tl", "Tagalog", ("Filipino",)),
)


def _court_list() -> tuple[Known, ...]:
    return tuple(
        Known(c.short, c.name, (c.name, c.name_es, *c.aliases))
        for c in sorted(courts().values(), key=lambda c: c.short)
    )


PEOPLE = "people"
# Which fields have a pick list, and which list: a shipped one, the staff's, or only the office's.
PICK_LISTS: dict[tuple[str, str], str] = {
    ("subpoenas", "issuer"): "agencies",
    ("subpoenas", "recipient"): "recipients",
    ("subpoenas", "authority"): "authorities",
    ("subpoenas", "issuing_officer"): "officers",
    ("matters", "court"): "courts",
    ("matters", "judge"): "judges",
    ("matters", "attorney"): PEOPLE,
    ("matters", "paralegal"): PEOPLE,
    ("deadlines", "responsible"): PEOPLE,
    ("clients", "language"): "languages",
}
assert not set(PICK_LISTS) & SEALED_FIELDS, "a sealed field never has a pick list"
assert all(SPECS[k].field(f).kind == "text" for k, f in PICK_LISTS)

_SHIPPED = {
    "agencies": lambda: AGENCIES,
    "recipients": lambda: RECIPIENTS,
    "authorities": lambda: AUTHORITIES,
    "languages": lambda: LANGUAGES,
    "courts": _court_list,
}


def fold(text: str) -> str:
    """Text as matching sees it: no accents, no case ("Águila" → "aguila")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def has_pick_list(kind: str, field: str) -> bool:
    return (kind, field) in PICK_LISTS


def _used(uow: UnitOfWork, columns: Iterable[Any]) -> set[str]:
    used: set[str] = set()
    for column in columns:
        used.update(v.strip() for v in uow.session.scalars(select(column).distinct()) if v)
    return used


def suggestions(uow: UnitOfWork, kind: str, field: str) -> list[Suggestion]:
    """What a field offers: the shipped list (or the active staff, for people) first, then the
    values this office has used that are not already among them, each list by name."""
    name = PICK_LISTS[(kind, field)]
    out: list[Suggestion] = []
    if name == PEOPLE:
        staff = uow.session.scalars(select(Staff.name).where(Staff.active.is_(True)))
        out += [Suggestion(n, "", (), "staff") for n in sorted(staff, key=fold)]
        used = _used(uow, (Matter.attorney, Matter.paralegal, Deadline.responsible))
    else:
        shipped = _SHIPPED.get(name)
        if shipped is not None:
            out += [Suggestion(k.value, k.note, k.aliases, "known") for k in shipped()]
        used = _used(uow, (getattr(SPECS[kind].entity, field),))
    taken = {fold(s.value) for s in out}
    out += [Suggestion(v, "", (), "office") for v in sorted(used, key=fold) if fold(v) not in taken]
    return out


def matching(offered: Sequence[Suggestion], typed: str) -> list[Suggestion]:
    """The suggestions `typed` finds, ignoring case and accents, in any of their names:
    those whose name starts with it first, then those that contain it, each in list order.
    Nothing typed finds everything."""
    wanted = fold(typed)
    if not wanted:
        return list(offered)
    starts: list[Suggestion] = []
    contains: list[Suggestion] = []
    for s in offered:
        names = [fold(n) for n in (s.value, *s.aliases)]
        if any(n.startswith(wanted) for n in names):
            starts.append(s)
        elif any(wanted in n for n in names):
            contains.append(s)
    return starts + contains
