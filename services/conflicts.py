"""The conflict check at intake: is this client, or this account, already somewhere in the vault?

A new client's pseudonym and legal name are compared with every client's pseudonym and sealed
legal name (same, or similar: accents, word order, small spelling differences); a new account's
handle and address with every account's, across the ways one account is written (@StopICE,
stopice, https://www.instagram.com/StopICE/, twitter.com vs x.com); and an account that is
already the target of a subpoena names that subpoena's matter. A match on a sealed legal name
says so without the name: no sealed value, and no legal name typed in, ever reaches the report,
the audit log, an error or a log line. Every check is audited (counts and ids only).

Anyone may run the check, volunteers included: it is part of intake, and it shows nothing
sealed.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any, Literal, NamedTuple, TypeAlias
from urllib.parse import parse_qs

from rapidfuzz import fuzz, process
from sqlalchemy import select

from models.entities import (
    Account,
    Client,
    Matter,
    Subpoena,
    client_accounts,
    matter_clients,
    subpoena_accounts,
)
from services import audit
from services.record_kinds import SPECS, clean
from storage.uow import UnitOfWork

# A name at least this alike (0-100, rapidfuzz's scale) after normalising is "similar"; one
# whose words are the same after normalising, in any order, is "the same".
SIMILAR = 88
# A pseudonym or name written as a handle ("Águila Norte" / @aguila_norte) is compared whole,
# and only from this many letters on: short ones collide by chance.
SHORTEST_SQUASHED = 4

MatchedOn = Literal["pseudonym", "sealed legal name", "handle", "url", "targeted account"]
Typed = Literal["pseudonym", "legal_name", "handle", "url"]
How = Literal["same", "similar"]


@dataclass(frozen=True)
class MatterRef:
    id: int
    title: str


@dataclass(frozen=True)
class ConflictMatch:
    """One record already in the vault that looks like what is being added.

    `on` is what of that record matched (its pseudonym, its sealed legal name, which is never
    given, its handle or address, or the fact that a subpoena targets the account); `typed` is
    which of the values being checked matched it. `client_id`/`pseudonym` name the client
    (None for an account nobody holds, or a targeted account); `matters` are that client's
    matters, or, for a targeted account, the matters of the subpoenas that target it."""

    on: MatchedOn
    how: How
    score: int  # 100 for the same; how alike (SIMILAR to 99) for similar
    typed: Typed
    client_id: int | None
    pseudonym: str | None
    account_id: int | None
    platform: str | None
    handle: str | None
    matters: tuple[MatterRef, ...]
    subpoena_ids: tuple[int, ...] = ()

    @property
    def on_sealed_name(self) -> bool:
        return self.on == "sealed legal name"

    def as_json(self) -> dict[str, Any]:
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        out["matters"] = [{"id": m.id, "title": m.title} for m in self.matters]
        out["subpoena_ids"] = list(self.subpoena_ids)
        return out


@dataclass(frozen=True)
class ConflictReport:
    """What a check found, and how much of the vault it looked through."""

    clients_searched: int
    accounts_searched: int
    matches: tuple[ConflictMatch, ...]

    @property
    def found(self) -> bool:
        return bool(self.matches)

    def merged(self, other: ConflictReport) -> ConflictReport:
        """Two checks of the same vault (a name and an account) as one answer."""
        return ConflictReport(
            max(self.clients_searched, other.clients_searched),
            max(self.accounts_searched, other.accounts_searched),
            self.matches + other.matches,
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "clients_searched": self.clients_searched,
            "accounts_searched": self.accounts_searched,
            "matches": [m.as_json() for m in self.matches],
        }


# ---- normalising names -----------------------------------------------------------------------


def _letters(source: str, romanised: str) -> dict[str, str]:
    """Each letter of `source` → its word in `romanised` ("-" for a letter that is dropped)."""
    words = romanised.split()
    assert len(words) == len(source), source
    return {letter: "" if word == "-" else word for letter, word in zip(source, words, strict=True)}


# Letters NFKD does not take apart, and a plain transliteration of Cyrillic and Greek, so that
# "Ørsted", "Straße" and "Дмитрий" compare with "Orsted", "Strasse" and "Dmitrii". Applied after
# casefolding (lowercase keys only).
_LETTERS = {
    **_letters("ßæœøłđðþıħŀĳ", "ss ae oe o l d d th i h l ij"),
    # Cyrillic (Russian, Ukrainian and Belarusian letters), romanised as passports do
    **_letters(
        "абвгґдеєжзиіклмнопрстуўфхцчшщъыьэюя",
        "a b v g g d e ye zh z i i k l m n o p r s t u u f kh ts ch sh shch - y - e yu ya",
    ),
    **_letters("αβγδεζηθικλμνξοπρσςτυφχψω", "a v g d e z i th i k l m n x o p r s s t y f ch ps o"),
}
_FOLD = str.maketrans(_LETTERS)


# What is still not Latin after that (Chinese, Japanese, Korean, Arabic, Hebrew, Devanagari…)
# is romanised by anyascii, a word a syllable for the syllabic scripts, so that "王芳" compares
# with "Wang Fang".
_OTHER_SCRIPTS = re.compile(r"[^\x00-\u024f\s]+")
_SYLLABIC = re.compile(
    r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f]"
)


def _romanised(run: re.Match[str]) -> str:
    from anyascii import anyascii

    text = run.group()
    if _SYLLABIC.search(text):  # "王芳" → "Wang Fang", not "WangFang"
        return " ".join(anyascii(ch) for ch in text)
    return str(anyascii(text))


# Marks NFKD takes off letters (accents, cedillas, tildes), removed in one pass over a whole list.
_MARKS = re.compile(
    "[" + "".join(chr(c) for c in range(0x300, 0x10000) if unicodedata.combining(chr(c))) + "]"
)
_NOT_LETTERS = re.compile(r"(?:[^\w\n]|_)+")
_LINE_ENDS = re.compile(r" ?\n ?")


def normal_names(names: Sequence[str | None]) -> list[str]:
    """Names as they are compared: accents and case gone, letters folded to plain Latin where
    that is simple, punctuation a space, one space between words. "Pérez, José Ñandú" →
    "perez jose nandu". A vault's whole list is done at once, as one text, so that 10,000
    names cost a few passes of C code rather than a Python loop over every letter."""
    if not names:
        return []
    text = "\n".join((name or "").replace("\n", " ") for name in names)
    # Casefold first: it can add marks of its own (İ → i̇), which go with the rest.
    text = _MARKS.sub("", unicodedata.normalize("NFKD", text.casefold())).translate(_FOLD)
    text = _OTHER_SCRIPTS.sub(_romanised, text).casefold()
    text = _LINE_ENDS.sub("\n", _NOT_LETTERS.sub(" ", text)).strip(" ")
    return text.split("\n")


def normal_name(name: str | None) -> str:
    return normal_names([name])[0]


def _squashed(normal: str) -> str:
    """A normalised name or handle with nothing but its letters and digits, to compare a name
    with a handle written from it ("aguila norte" / "aguila_norte" → "aguilanorte")."""
    return normal.replace(" ", "")


def _same_words(a: str, b: str) -> bool:
    return sorted(a.split()) == sorted(b.split())


# ---- normalising accounts --------------------------------------------------------------------

# Addresses of the platforms Quash knows, by host (without www., m., mobile., old.).
_HOSTS = {
    "instagram.com": "instagram",
    "instagr.am": "instagram",
    "facebook.com": "facebook",
    "fb.com": "facebook",
    "x.com": "x",
    "twitter.com": "x",
    "tiktok.com": "tiktok",
    "youtube.com": "youtube",
    "reddit.com": "reddit",
    "t.me": "telegram",
    "telegram.me": "telegram",
    "telegram.dog": "telegram",
}
_HOST_PREFIXES = ("www.", "m.", "mobile.", "old.", "new.", "web.")
# A first path part that is a page of the platform, not an account.
_NOT_ACCOUNTS = {
    "instagram": {"p", "reel", "reels", "tv", "explore", "accounts", "direct"},
    "x": {"i", "home", "search", "hashtag", "intent", "share", "explore", "settings"},
    "facebook": {"watch", "events", "marketplace", "share", "sharer.php", "story.php"},
    "tiktok": {"video", "tag", "discover", "music"},
    "youtube": {"watch", "results", "playlist", "shorts", "feed"},
    "reddit": {"comments", "search"},
    "telegram": {"joinchat", "addstickers", "share"},
}
# An address, with or without its scheme: its host (a name with a dot), path and query. A
# handle such as "stop.ice" reads as one too; it is kept as a handle when no platform has it.
_ADDRESS = re.compile(
    r"""^(?:[a-z][a-z0-9+.-]*://)?  # https://
    (?:[^@/?\#\s]*@)?               # someone@
    ([^@/?\#:\s]+\.[a-z]{2,})       # www.instagram.com
    (?::\d*)?(?=[/?\#]|$)            # :443
    ([^?\#]*)                        # /StopICE/
    (?:\?([^\#]*))?                  # ?id=100064
    """,
    re.IGNORECASE | re.VERBOSE,
)


_SPACES = re.compile(r"[^\S\n]+")
_HANDLE_ENDS = re.compile(r"^/*@*|/+$", re.MULTILINE)


def normal_handles(handles: Sequence[str | None]) -> list[str]:
    """Handles as they are compared: no @, no slashes around them, no spaces, case folded
    ("@StopICEnow" → "stopicenow"); a whole list at once, as normal_names does."""
    if not handles:
        return []
    text = "\n".join((handle or "").replace("\n", " ") for handle in handles)
    text = _SPACES.sub("", unicodedata.normalize("NFKC", text).casefold())
    return _HANDLE_ENDS.sub("", text).split("\n")


def _host(host: str) -> str:
    host = host.casefold().rstrip(".")
    changed = True
    while changed:
        changed = False
        for prefix in _HOST_PREFIXES:
            if host.startswith(prefix) and host.count(".") > 1:
                host = host[len(prefix) :]
                changed = True
    return host


def _handle_in_path(platform: str, parts: list[str], query: str) -> str | None:
    """The account an address points at on a known platform, or None (a post, a search)."""
    if not parts:
        return None
    first = parts[0].casefold()
    if platform == "facebook":
        if first == "profile.php":
            ids = parse_qs(query).get("id")
            return ids[0] if ids else None
        if first in ("people", "pages") and len(parts) > 2:
            return parts[-1]  # people/Name/100064…: the number is the account
        if first == "groups" and len(parts) > 1:
            return f"groups/{parts[1]}"
    if platform == "youtube":
        if first.startswith("@"):
            return parts[0]
        if first in ("c", "user", "channel") and len(parts) > 1:
            return parts[1]
        return None
    if platform == "reddit":
        if first in ("u", "user") and len(parts) > 1:
            return parts[1]
        if first == "r" and len(parts) > 1:
            return f"r/{parts[1]}"
        return None
    if platform == "telegram" and first == "s" and len(parts) > 1:
        return parts[1]
    if platform == "instagram" and first == "stories" and len(parts) > 1:
        return parts[1]
    if first in _NOT_ACCOUNTS.get(platform, set()):
        return None
    return parts[0]


@dataclass(frozen=True)
class _Address:
    platform: str | None  # a platform Quash knows, or None
    handle: str  # the account it points at, as normal_handles writes it, or ""
    key: str  # the address itself as compared: host/path, case folded, no query or slash


def _address(text: str | None) -> _Address | None:
    """What an address (with or without https://) points at; None for text that is not one."""
    if not text:
        return None
    found = _ADDRESS.match(unicodedata.normalize("NFKC", text).strip())
    if found is None:
        return None
    host = _host(found[1])
    path = [p for p in found[2].split("/") if p]
    platform = _HOSTS.get(host)
    handle = ""
    if platform is not None:
        # As normal_handles does it (the text is NFKC already), for one short string.
        raw = "".join((_handle_in_path(platform, path, found[3] or "") or "").casefold().split())
        handle = raw.lstrip("/").lstrip("@").rstrip("/")
    # twitter.com/a and x.com/a are one address: a known platform's is keyed by the platform.
    key = "/".join([platform or host, *path]).casefold()
    if platform == "facebook" and path and path[0].casefold() == "profile.php":
        key = f"{key}?id={handle}"
    return _Address(platform, handle, key)


class _AccountKeys(NamedTuple):
    """The ways one account is written: (platform or None, handle) pairs from its handle and
    from its address, and its address itself."""

    from_handle: frozenset[tuple[str | None, str]]
    from_url: frozenset[tuple[str | None, str]]
    url_key: str | None


def _accounts_keys(
    accounts: Sequence[tuple[str | None, str | None, str | None]],
) -> list[_AccountKeys]:
    """The keys of each (platform, handle, address): the handles normalised all at once, and
    only what looks like an address parsed."""
    handles = normal_handles([handle for _platform, handle, _url in accounts])
    out = []
    for (platform, handle, url), normal in zip(accounts, handles, strict=True):
        from_handle: set[tuple[str | None, str]] = set()
        # A handle typed as an address: instagram.com/eastsidewatch.
        written = _address(handle) if handle and "." in handle else None
        if written is not None and written.platform is not None:
            if written.handle:
                from_handle.add((written.platform, written.handle))
        elif normal:
            from_handle.add((platform, normal))
        from_url: set[tuple[str | None, str]] = set()
        address = _address(url)
        if address is not None and address.handle:
            from_url.add((address.platform, address.handle))
        out.append(
            _AccountKeys(
                frozenset(from_handle), frozenset(from_url), address.key if address else None
            )
        )
    return out


def _account_keys(platform: str | None, handle: str | None, url: str | None) -> _AccountKeys:
    return _accounts_keys([(platform, handle, url)])[0]


# ---- the checks ------------------------------------------------------------------------------


def check_client(
    uow: UnitOfWork,
    *,
    pseudonym: str | None = None,
    legal_name: str | None = None,
    exclude_client_id: int | None = None,
) -> ConflictReport:
    """Compare a client being added (or renamed) with every client in the vault: its pseudonym
    and its legal name against each client's pseudonym and sealed legal name, and against each
    account's handle written as a name. `exclude_client_id` is the client being edited.
    Audited in the caller's transaction (the caller commits)."""
    given = {k: v for k, v in (("pseudonym", pseudonym), ("legal_name", legal_name)) if v}
    values = clean(SPECS["clients"], given, partial=True)
    names: tuple[Typed, ...] = ("pseudonym", "legal_name")
    typed = {name: normal_name(values.get(name)) for name in names}
    typed = {name: normal for name, normal in typed.items() if normal}

    clients = _clients(uow, exclude_client_id)
    accounts = _accounts(uow, None)
    handles = _handles_as_names(accounts)
    found: dict[tuple[str, int | None, int | None], _Found] = {}
    for typed_as, normal in typed.items():
        for client_id, on, score in _names_alike(normal, clients):
            _keep(found, _Found(on, score, typed_as, client_id, None))
        for index in _written_as(_squashed(normal), handles):
            _keep(found, _Found("handle", 100, typed_as, None, accounts[index].id))
    report = _report(uow, found, clients, accounts)
    _audit(uow, "client", exclude_client_id, sorted(typed), report)
    return report


def check_account(
    uow: UnitOfWork,
    *,
    platform: str | None,
    handle: str | None,
    url: str | None = None,
    exclude_account_id: int | None = None,
) -> ConflictReport:
    """Compare an account being added (or changed) with every account in the vault, however its
    handle or address is written, and with every client's pseudonym and sealed legal name
    written as a handle. An account already there that a subpoena targets names the subpoena's
    matter. `platform` None matches the handle on any platform. Audited in the caller's
    transaction (the caller commits)."""
    given = {k: v for k, v in (("platform", platform), ("handle", handle), ("url", url)) if v}
    values = clean(SPECS["accounts"], given, partial=True)
    chosen = values.get("platform")
    keys = _account_keys(
        chosen.value if chosen is not None else None, values.get("handle"), values.get("url")
    )
    typed_pairs: list[tuple[Typed, tuple[str | None, str]]] = [
        *(("handle", pair) for pair in sorted(keys.from_handle, key=str)),
        *(("url", pair) for pair in sorted(keys.from_url, key=str)),
    ]

    clients = _clients(uow, None)
    needles = [handle for _typed, (_platform, handle) in typed_pairs]
    if keys.url_key is not None:
        needles.append(keys.url_key.rsplit("/", 1)[-1])
    accounts = _accounts(uow, exclude_account_id, url_needles=needles)
    held = _held_handles(accounts)
    pseudonyms = _squashed_all([c.pseudonym for c in clients])
    legal_names = _squashed_all([c.legal for c in clients])
    found: dict[tuple[str, int | None, int | None], _Found] = {}
    for typed_as, (typed_platform, typed_handle) in typed_pairs:
        for platform_held, account_id, on in held.get(typed_handle, ()):
            if typed_platform is None or typed_platform == platform_held:
                _keep(found, _Found(on, 100, typed_as, None, account_id))
        # A handle written from a client's name: @josenanduperez, @aguila_norte.
        squashed = _squashed(normal_name(typed_handle))
        for on, names in (("pseudonym", pseudonyms), ("sealed legal name", legal_names)):
            for index in _written_as(squashed, names):
                _keep(found, _Found(on, 100, typed_as, clients[index].id, None))
    if keys.url_key is not None:
        for account in accounts:
            if account.keys.url_key == keys.url_key:
                _keep(found, _Found("url", 100, "url", None, account.id))
    report = _report(uow, found, clients, accounts)
    checked = sorted(name for name in ("handle", "url") if values.get(name))
    _audit(uow, "account", exclude_account_id, checked, report)
    return report


# ---- an import's check: every incoming record at once ------------------------------------------


@dataclass(frozen=True)
class IncomingClient:
    """A client an import is about to add, as `services.interchange.validate` cleaned it.
    `file_id` is its id in the file; the legal name is compared, never kept or shown."""

    file_id: str
    pseudonym: str | None
    legal_name: str | None = None


@dataclass(frozen=True)
class IncomingAccount:
    """An account an import is about to add, as `services.interchange.validate` cleaned it."""

    file_id: str
    platform: str | None
    handle: str | None
    url: str | None = None


@dataclass(frozen=True)
class ImportMatch:
    """One incoming record that looks like one already in the vault. `index` is the record's
    place in its section of the file (clients[3]); `shown_as` is what may be shown of it: a
    client's pseudonym, an account's handle (never a legal name)."""

    record: Literal["client", "account"]
    index: int
    file_id: str
    shown_as: str
    platform: str | None  # an incoming account's
    match: ConflictMatch

    def as_json(self) -> dict[str, Any]:
        return {
            "record": self.record,
            "index": self.index,
            "file_id": self.file_id,
            "shown_as": self.shown_as,
            "platform": self.platform,
            "match": self.match.as_json(),
        }


@dataclass(frozen=True)
class ImportConflicts:
    """What an import's check found: each incoming record's matches with the vault as it was
    before the import, records in file order (clients, then accounts), surest match first."""

    clients_checked: int
    accounts_checked: int
    clients_searched: int
    accounts_searched: int
    matches: tuple[ImportMatch, ...]

    @property
    def found(self) -> bool:
        return bool(self.matches)


NOTHING_TO_CHECK = ImportConflicts(0, 0, 0, 0, ())


def check_import(
    uow: UnitOfWork,
    clients: Sequence[IncomingClient],
    accounts: Sequence[IncomingAccount],
) -> ImportConflicts:
    """The conflict check of a whole import: every incoming client and account compared, as
    `check_client` and `check_account` compare one, with what the vault holds, which is read
    once. Names are compared list against list (rapidfuzz over the whole vault per incoming
    name, with each side normalised once), so 10,000 incoming clients cost seconds, not the
    minutes of 10,000 single checks. Incoming records are not compared with one another.
    Audited once, in the caller's transaction, with counts and ids only (the caller commits).

    Run it before the import adds its rows: the vault as it was is what the incoming records
    may clash with, and a record never matches itself or the accounts the file gives it."""
    vault_clients = _clients(uow, None)
    vault_accounts = _accounts(uow, None, every_address=True) if (clients or accounts) else []
    client_found = _incoming_clients_found(clients, vault_clients, vault_accounts)
    account_found = _incoming_accounts_found(accounts, vault_clients, vault_accounts)
    context = _Context.load(uow, [*client_found, *account_found], vault_accounts)

    out: list[ImportMatch] = []
    for index, (client, found) in enumerate(zip(clients, client_found, strict=True)):
        for match in _matches(found, context) if found else ():
            out.append(
                ImportMatch("client", index, client.file_id, client.pseudonym or "", None, match)
            )
    for index, (account, found) in enumerate(zip(accounts, account_found, strict=True)):
        for match in _matches(found, context) if found else ():
            out.append(
                ImportMatch(
                    "account", index, account.file_id, account.handle or "", account.platform, match
                )
            )
    result = ImportConflicts(
        len(clients), len(accounts), len(vault_clients), len(vault_accounts), tuple(out)
    )
    _audit_import(uow, result)
    return result


FoundOf: TypeAlias = "dict[tuple[str, int | None, int | None], _Found]"


def _incoming_clients_found(
    clients: Sequence[IncomingClient],
    vault_clients: Sequence[_ClientRow],
    vault_accounts: Sequence[_AccountRow],
) -> list[FoundOf]:
    """check_client's comparisons for every incoming client, each side normalised once."""
    if not clients:
        return []
    typed_lists: tuple[tuple[Typed, list[str]], ...] = (
        ("pseudonym", normal_names([c.pseudonym for c in clients])),
        ("legal_name", normal_names([c.legal_name for c in clients])),
    )
    names = _VaultNames(vault_clients)
    handles: dict[str, list[int]] = defaultdict(list)
    for index, handle in enumerate(_handles_as_names(vault_accounts)):
        if len(handle) >= SHORTEST_SQUASHED:
            handles[handle].append(vault_accounts[index].id)
    out: list[FoundOf] = []
    for position in range(len(clients)):
        found: FoundOf = {}
        for typed_as, normals in typed_lists:
            normal = normals[position]
            if not normal:
                continue
            for client_id, on, score in names.alike(normal):
                _keep(found, _Found(on, score, typed_as, client_id, None))
            for account_id in handles.get(_squashed(normal), ()):
                _keep(found, _Found("handle", 100, typed_as, None, account_id))
        out.append(found)
    return out


class _VaultNames:
    """Every pseudonym and sealed legal name in the vault, ready to be compared with many
    names: each distinct name once, its words already sorted (token_sort_ratio is the ratio
    of the sorted words, so sorting the vault's 10,000 names once rather than for every
    incoming name is most of the saving), and an index of words for WRatio."""

    def __init__(self, clients: Sequence[_ClientRow]) -> None:
        self.clients = clients
        holders: dict[str, list[tuple[MatchedOn, int]]] = defaultdict(list)
        for index, client in enumerate(clients):
            if client.pseudonym:
                holders[client.pseudonym].append(("pseudonym", index))
            if client.legal:
                holders[client.legal].append(("sealed legal name", index))
        self.names = list(holders)
        self.holders = [holders[name] for name in self.names]
        self.sorted_words = [" ".join(sorted(name.split())) for name in self.names]
        self.by_word: dict[str, list[int]] = defaultdict(list)
        for number, name in enumerate(self.names):
            if " " in name:
                for word in set(name.split()):
                    self.by_word[word].append(number)

    def alike(self, normal: str) -> Iterable[tuple[int, MatchedOn, int]]:
        """(client id, what matched, score) as _names_alike gives them for one name."""
        best: dict[int, float] = {}  # name number -> best score
        for _name, score, number in process.extract(
            " ".join(sorted(normal.split())),
            self.sorted_words,
            scorer=fuzz.ratio,
            limit=None,
            score_cutoff=SIMILAR,
        ):
            best[number] = max(float(score), best.get(number, 0.0))
        if " " in normal:
            # WRatio's extra (one name inside another, the words of one among the other's) is
            # only ever earned by names that share a word, and WRatio is slow: comparing it
            # with every name in the vault would cost most of an import's check.
            numbers = sorted(
                {n for word in set(normal.split()) for n in self.by_word.get(word, ())}
            )
            candidates = [self.names[n] for n in numbers]
            for _name, score, at in process.extract(
                normal, candidates, scorer=fuzz.WRatio, limit=None, score_cutoff=SIMILAR
            ):
                number = numbers[at]
                best[number] = max(float(score), best.get(number, 0.0))
        for number, score in best.items():
            same = _same_words(normal, self.names[number])
            for on, index in self.holders[number]:
                yield self.clients[index].id, on, 100 if same else min(99, int(score))


def _incoming_accounts_found(
    accounts: Sequence[IncomingAccount],
    vault_clients: Sequence[_ClientRow],
    vault_accounts: Sequence[_AccountRow],
) -> list[FoundOf]:
    """check_account's comparisons for every incoming account, each side normalised once."""
    if not accounts:
        return []
    keys = _accounts_keys([(a.platform, a.handle, a.url) for a in accounts])
    held = _held_handles(vault_accounts)
    written: dict[str, list[tuple[MatchedOn, int]]] = defaultdict(list)
    lists: tuple[tuple[MatchedOn, list[str]], ...] = (
        ("pseudonym", _squashed_all([c.pseudonym for c in vault_clients])),
        ("sealed legal name", _squashed_all([c.legal for c in vault_clients])),
    )
    for on, names in lists:
        for index, name in enumerate(names):
            if len(name) >= SHORTEST_SQUASHED:
                written[name].append((on, vault_clients[index].id))
    by_url: dict[str, list[int]] = defaultdict(list)
    for account in vault_accounts:
        if account.keys.url_key is not None:
            by_url[account.keys.url_key].append(account.id)
    typed_pairs: list[list[tuple[Typed, tuple[str | None, str]]]] = [
        [
            *(("handle", pair) for pair in sorted(k.from_handle, key=str)),
            *(("url", pair) for pair in sorted(k.from_url, key=str)),
        ]
        for k in keys
    ]
    squashed = iter(
        _squashed_all(normal_names([h for pairs in typed_pairs for _t, (_p, h) in pairs]))
    )
    out: list[FoundOf] = []
    for account_keys, pairs in zip(keys, typed_pairs, strict=True):
        found: FoundOf = {}
        for typed_as, (typed_platform, typed_handle) in pairs:
            for platform_held, account_id, on in held.get(typed_handle, ()):
                if typed_platform is None or typed_platform == platform_held:
                    _keep(found, _Found(on, 100, typed_as, None, account_id))
            for on, client_id in written.get(next(squashed), ()):
                _keep(found, _Found(on, 100, typed_as, client_id, None))
        if account_keys.url_key is not None:
            for account_id in by_url.get(account_keys.url_key, ()):
                _keep(found, _Found("url", 100, "url", None, account_id))
        out.append(found)
    return out


def _audit_import(uow: UnitOfWork, result: ImportConflicts) -> None:
    """One entry for an import's whole check: how many records were checked against how much of
    the vault, and each match by the incoming record's place in the file and the vault's ids
    (never a name, a handle or a file id, which is free text)."""
    audit.record(
        uow,
        "conflict check",
        "import",
        None,
        {
            "checked": {"clients": result.clients_checked, "accounts": result.accounts_checked},
            "clients_searched": result.clients_searched,
            "accounts_searched": result.accounts_searched,
            "matches": len(result.matches),
            "found": [
                {
                    "incoming": f"{m.record}s[{m.index}]",
                    "on": m.match.on,
                    "how": m.match.how,
                    "client": m.match.client_id,
                    "account": m.match.account_id,
                }
                for m in result.matches
            ],
        },
    )


# ---- what the vault holds, loaded once per check ---------------------------------------------


# Named tuples rather than dataclasses: 10,000 of them are made for each check.
class _ClientRow(NamedTuple):
    id: int
    pseudonym: str  # normalised
    legal: str  # normalised sealed legal name, "" if none; never leaves this module


class _AccountRow(NamedTuple):
    id: int
    platform: str
    handle: str
    keys: _AccountKeys


def _columns(uow: UnitOfWork, query: Any, width: int) -> list[tuple[Any, ...]]:
    """A query's rows as columns (all ids, all pseudonyms, ...)."""
    columns = list(zip(*uow.session.execute(query).tuples(), strict=True))
    return columns or [()] * width


def _clients(uow: UnitOfWork, exclude: int | None) -> list[_ClientRow]:
    query = select(Client.id, Client.pseudonym, Client.legal_name).order_by(Client.id)
    if exclude is not None:
        query = query.where(Client.id != exclude)
    ids, pseudonyms, legal_names = _columns(uow, query, 3)
    rows = zip(ids, normal_names(pseudonyms), normal_names(legal_names), strict=True)
    return list(map(_ClientRow._make, rows))


def _accounts(
    uow: UnitOfWork,
    exclude: int | None,
    *,
    url_needles: Iterable[str] = (),
    every_address: bool = False,
) -> list[_AccountRow]:
    """Every account (but `exclude`) with the ways it is written. Its address is read only if
    it holds one of `url_needles` (what any address that could match must contain): parsing
    10,000 addresses for one check would be slow, and a client check needs none. An import's
    check reads them all (`every_address`): once for thousands of incoming accounts."""
    query = select(Account.id, Account.platform, Account.handle, Account.url).order_by(Account.id)
    if exclude is not None:
        query = query.where(Account.id != exclude)
    ids, platforms, handles, addresses = _columns(uow, query, 4)
    names = [p.value for p in platforms]
    needles = ["".join(n.split()) for n in url_needles if n.strip()]
    if needles and ids and not every_address:
        folded = _SPACES.sub(
            "",
            unicodedata.normalize(
                "NFKC", "\n".join((a or "").replace("\n", " ") for a in addresses)
            ).casefold(),
        ).split("\n")
        addresses = tuple(
            a if any(n in f for n in needles) else None
            for a, f in zip(addresses, folded, strict=True)
        )
    elif not every_address:
        addresses = (None,) * len(ids)
    keys = _accounts_keys(list(zip(names, handles, addresses, strict=True)))
    return list(map(_AccountRow._make, zip(ids, names, handles, keys, strict=True)))


def _squashed_all(normals: Sequence[str]) -> list[str]:
    """_squashed of a whole list, in one pass."""
    return "\n".join(normals).replace(" ", "").split("\n") if normals else []


def _handles_as_names(accounts: Sequence[_AccountRow]) -> list[str]:
    """Each account's handle (one of them, if its handle is an address) written as a name
    would be: "aguila_norte" → "aguilanorte"."""
    handles = [min(a.keys.from_handle)[1] if a.keys.from_handle else "" for a in accounts]
    return _squashed_all(normal_names(handles))


def _written_as(squashed: str, names: Sequence[str]) -> list[int]:
    """Where `squashed` (a name or handle with only its letters and digits) is in `names`;
    nothing for one too short to mean much."""
    if len(squashed) < SHORTEST_SQUASHED:
        return []
    return [index for index, name in enumerate(names) if name == squashed]


def _held_handles(
    accounts: Sequence[_AccountRow],
) -> dict[str, list[tuple[str | None, int, MatchedOn]]]:
    """Each handle an account is known by (from its handle, or read from its address) →
    (platform, account, which of its fields says so)."""
    out: dict[str, list[tuple[str | None, int, MatchedOn]]] = defaultdict(list)
    for account in accounts:
        for platform, handle in account.keys.from_handle:
            out[handle].append((platform, account.id, "handle"))
        for platform, handle in account.keys.from_url - account.keys.from_handle:
            out[handle].append((platform, account.id, "url"))
    return out


@dataclass(frozen=True)
class _Found:
    on: MatchedOn
    score: int
    typed: Typed
    client_id: int | None
    account_id: int | None


def _keep(found: dict[tuple[str, int | None, int | None], _Found], match: _Found) -> None:
    """One match per client and what of it matched (the best-scoring typed value), and one
    per account (its handle, if that matched, rather than its address)."""
    on = "account" if match.on in ("handle", "url") else match.on
    key = (on, match.client_id, match.account_id)
    kept = found.get(key)
    if kept is None or (match.score, match.on == "handle") > (kept.score, kept.on == "handle"):
        found[key] = match


def _names_alike(
    normal: str, clients: Sequence[_ClientRow]
) -> Iterable[tuple[int, MatchedOn, int]]:
    """(client id, what matched, score) for each pseudonym and sealed legal name alike enough,
    found by rapidfuzz over the whole list at once rather than one comparison at a time."""
    lists: tuple[tuple[MatchedOn, list[str]], ...] = (
        ("pseudonym", [c.pseudonym for c in clients]),
        ("sealed legal name", [c.legal for c in clients]),
    )
    for on, names in lists:
        best: dict[int, float] = {}
        for index, score in _alike(normal, names):
            best[index] = max(score, best.get(index, 0.0))
        for index, score in best.items():
            other = names[index]
            same = _same_words(normal, other)
            yield clients[index].id, on, 100 if same else min(99, int(score))


def _alike(normal: str, names: Sequence[str]) -> Iterable[tuple[int, float]]:
    """(index, score) of every name at least SIMILAR alike. Word order never counts
    (token_sort_ratio); WRatio also credits one name inside another ("María García" in
    "María García Ruiz"), but only between names of two words or more, or every one-word
    pseudonym would be "similar" to every longer name that starts with it."""
    for _name, score, index in process.extract(
        normal, names, scorer=fuzz.token_sort_ratio, limit=None, score_cutoff=SIMILAR
    ):
        yield index, float(score)
    if " " not in normal:
        return
    for other, score, index in process.extract(
        normal, names, scorer=fuzz.WRatio, limit=None, score_cutoff=SIMILAR
    ):
        if " " in other:
            yield index, float(score)


def _report(
    uow: UnitOfWork,
    found: Mapping[tuple[str, int | None, int | None], _Found],
    clients: Sequence[_ClientRow],
    accounts: Sequence[_AccountRow],
) -> ConflictReport:
    """The matches, with the clients holding each matched account, their pseudonyms and
    matters, and the matters of subpoenas that target a matched account: a few small queries
    for the matched ids only."""
    context = _Context.load(uow, [found], accounts)
    return ConflictReport(len(clients), len(accounts), _matches(found, context))


@dataclass(frozen=True)
class _Context:
    """What the report of a match names beyond the match itself, loaded once for every match
    of a check (or of a whole import's check)."""

    holders: Mapping[int, Sequence[int]]  # account -> clients holding it
    pseudonyms: Mapping[int, str]
    matters: Mapping[int, tuple[MatterRef, ...]]  # client -> its matters
    targeted: Mapping[int, tuple[tuple[int, ...], tuple[MatterRef, ...]]]
    accounts: Mapping[int, _AccountRow]

    @classmethod
    def load(
        cls,
        uow: UnitOfWork,
        founds: Iterable[Mapping[tuple[str, int | None, int | None], _Found]],
        accounts: Sequence[_AccountRow],
    ) -> _Context:
        found = [f for one in founds for f in one.values()]
        account_ids = sorted({f.account_id for f in found if f.account_id is not None})
        holders: dict[int, list[int]] = defaultdict(list)
        for chunk in _chunks(account_ids):
            rows = uow.session.execute(
                select(client_accounts.c.account_id, client_accounts.c.client_id)
                .where(client_accounts.c.account_id.in_(chunk))
                .order_by(client_accounts.c.client_id)
            )
            for account_id, client_id in rows:
                holders[account_id].append(client_id)
        for held_by in holders.values():
            held_by.sort()
        client_ids = {f.client_id for f in found if f.client_id is not None}
        client_ids |= {c for ids in holders.values() for c in ids}
        return cls(
            holders,
            _pseudonyms(uow, client_ids),
            _matters_of_clients(uow, client_ids),
            _subpoenas_targeting(uow, account_ids),
            {a.id: a for a in accounts if a.id in wanted} if (wanted := set(account_ids)) else {},
        )


# SQLite takes at most 32,766 values in one statement; an import's matches can be more.
IN_CHUNK = 5000


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), IN_CHUNK):
        yield list(ids[start : start + IN_CHUNK])


def _matches(
    found: Mapping[tuple[str, int | None, int | None], _Found], context: _Context
) -> tuple[ConflictMatch, ...]:
    """The matches of one check, surest first."""
    matches: list[ConflictMatch] = []
    for f in found.values():
        how: How = "same" if f.score >= 100 else "similar"
        account = context.accounts.get(f.account_id) if f.account_id is not None else None
        if account is None:  # a client's name
            assert f.client_id is not None
            matches.append(
                ConflictMatch(
                    on=f.on,
                    how=how,
                    score=f.score,
                    typed=f.typed,
                    client_id=f.client_id,
                    pseudonym=context.pseudonyms.get(f.client_id),
                    account_id=None,
                    platform=None,
                    handle=None,
                    matters=context.matters.get(f.client_id, ()),
                )
            )
            continue
        # An account: one match per client holding it (or one for an account nobody holds),
        # and one more when a subpoena already targets it.
        holding: list[int | None] = [*context.holders.get(account.id, [])] or [None]
        for client_id in holding:
            matches.append(
                ConflictMatch(
                    on=f.on,
                    how=how,
                    score=f.score,
                    typed=f.typed,
                    client_id=client_id,
                    pseudonym=context.pseudonyms.get(client_id) if client_id is not None else None,
                    account_id=account.id,
                    platform=account.platform,
                    handle=account.handle,
                    matters=context.matters.get(client_id, ()) if client_id is not None else (),
                )
            )
        if account.id in context.targeted:
            subpoena_ids, in_matters = context.targeted[account.id]
            matches.append(
                ConflictMatch(
                    on="targeted account",
                    how="same",
                    score=100,
                    typed=f.typed,
                    client_id=None,
                    pseudonym=None,
                    account_id=account.id,
                    platform=account.platform,
                    handle=account.handle,
                    matters=in_matters,
                    subpoena_ids=subpoena_ids,
                )
            )
    matches.sort(key=_order)
    return tuple(matches)


ORDER_OF_KINDS = ("sealed legal name", "pseudonym", "handle", "url", "targeted account")


def _order(match: ConflictMatch) -> tuple[int, int, int, int, int]:
    """Surest first: the same before the similar, then by what matched, then by record."""
    return (
        -match.score,
        ORDER_OF_KINDS.index(match.on),
        match.client_id or 0,
        match.account_id or 0,
        len(match.subpoena_ids),
    )


def _pseudonyms(uow: UnitOfWork, client_ids: Iterable[int]) -> dict[int, str]:
    out: dict[int, str] = {}
    for chunk in _chunks(sorted(client_ids)):
        rows = uow.session.execute(select(Client.id, Client.pseudonym).where(Client.id.in_(chunk)))
        out.update((row.id, row.pseudonym) for row in rows)
    return out


def _matters_of_clients(
    uow: UnitOfWork, client_ids: Iterable[int]
) -> dict[int, tuple[MatterRef, ...]]:
    out: dict[int, list[MatterRef]] = defaultdict(list)
    for chunk in _chunks(sorted(client_ids)):
        rows = uow.session.execute(
            select(matter_clients.c.client_id, Matter.id, Matter.title)
            .join(Matter, Matter.id == matter_clients.c.matter_id)
            .where(matter_clients.c.client_id.in_(chunk))
            .order_by(Matter.id)
        )
        for client_id, matter_id, title in rows:
            out[client_id].append(MatterRef(matter_id, title))
    return {k: tuple(v) for k, v in out.items()}


def _subpoenas_targeting(
    uow: UnitOfWork, account_ids: Sequence[int]
) -> dict[int, tuple[tuple[int, ...], tuple[MatterRef, ...]]]:
    """For each account a subpoena targets: those subpoenas and their matters."""
    subpoenas: dict[int, list[int]] = defaultdict(list)
    matters: dict[int, dict[int, MatterRef]] = defaultdict(dict)
    for chunk in _chunks(account_ids):
        rows = uow.session.execute(
            select(subpoena_accounts.c.account_id, Subpoena.id, Matter.id, Matter.title)
            .join(Subpoena, Subpoena.id == subpoena_accounts.c.subpoena_id)
            .join(Matter, Matter.id == Subpoena.matter_id)
            .where(subpoena_accounts.c.account_id.in_(chunk))
            .order_by(Subpoena.id)
        )
        for account_id, subpoena_id, matter_id, title in rows:
            subpoenas[account_id].append(subpoena_id)
            matters[account_id].setdefault(matter_id, MatterRef(matter_id, title))
    return {a: (tuple(subpoenas[a]), tuple(matters[a].values())) for a in subpoenas}


def _audit(
    uow: UnitOfWork,
    record: str,
    record_id: int | None,
    checked: Sequence[str],
    report: ConflictReport,
) -> None:
    """One entry per check: what was checked (field names, never values), how much of the vault,
    and what matched, by id and kind only."""
    audit.record(
        uow,
        "conflict check",
        record,
        record_id,
        {
            "checked": list(checked),
            "clients_searched": report.clients_searched,
            "accounts_searched": report.accounts_searched,
            "matches": len(report.matches),
            "found": [
                {"on": m.on, "how": m.how, "client": m.client_id, "account": m.account_id}
                for m in report.matches
            ],
        },
    )
