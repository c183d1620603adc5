"""Search across the case file: what a person types, found in matters, clients, accounts,
subpoenas, deadlines and docket events, ranked and grouped by kind, a page at a time.

The words come from the vault's full-text index (`search_index`, migrations 0011, 0017 and
0018), which SQL triggers keep in step with every write and which never holds a sealed
field. Matching ignores case and accents and treats each typed word as the start of a word
("agui" finds "Águila").
Whatever is typed is quoted before it reaches FTS5, so its syntax (`"`, `*`, `AND`, `NEAR`,
`:`) is searched as text and never raises.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text, update

from models.entities import Account, Client, Deadline, DocketEvent, Matter, Subpoena
from models.errors import ValidationError
from storage import search_index
from storage.uow import UnitOfWork

TABLE = search_index.TABLE
# The kinds in the order their groups are listed, with the code migration 0017 puts in each
# entry's rowid: code * ID_SPAN + record id, so each kind is one range of rowids that FTS5 seeks
# into, and counting, ranking or listing one kind reads that kind's hits alone.
ID_SPAN = 1 << 40
KIND_CODES = {
    "matters": 1,
    "clients": 2,
    "accounts": 3,
    "subpoenas": 4,
    "deadlines": 5,
    "events": 6,
}
ENTITIES: dict[str, Any] = {
    "matters": Matter,
    "clients": Client,
    "accounts": Account,
    "subpoenas": Subpoena,
    "deadlines": Deadline,
    "events": DocketEvent,
}
MIN_CHARS = 2
PER_KIND = 5  # hits shown per kind at first
PAGE = 25  # hits revealed by each "more"
MAX_PAGE = 200
RANK_LIMIT = 1000  # hits of one kind ranked by relevance; beyond, newest first
# Hits of one kind counted no further: "1,000+", so a keystroke's work stays the same at
# 100,000 matters as at 1,000.
COUNT_LIMIT = 1000
# A hit's label words count this much more than its notes and summaries in the ranking.
NAME_WEIGHT, BODY_WEIGHT = 4.0, 1.0
MARK_START, MARK_END = "\x02", "\x03"  # around matched words in an excerpt
EXCERPT_WORDS = 10
EXCERPT_GAP = 64  # rowids this close read their excerpts in one pass (see _excerpts)
TERMS = "search_index_terms"  # the index's words (migration 0018)
# A typed word this long or longer has no prefix index (0011 keeps two and three letters): it is
# searched as the words it starts, up to EXPANDED_TERMS of them, named one by one.
EXPAND_FROM = 4
EXPANDED_TERMS = 64
_WORD = re.compile(r"[^\W_]+")  # letters and digits: the index's tokenizer's words


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "matters", "clients", "accounts", "subpoenas", "deadlines", "events"
    record_id: int
    label: str  # a matter's title, a client's pseudonym, an account's handle, …
    # What goes with the label: a matter's case number, an account's platform (its stored
    # value), the ISO date a subpoena was issued, a deadline is due or an event happened.
    detail: str | None = None
    # Where the words were found when not in the label: a few words of the notes, summary or
    # other text around them, matched words kept as typed in the record.
    excerpt: str | None = None


@dataclass(frozen=True)
class SearchGroup:
    kind: str
    hits: tuple[SearchHit, ...]  # the best, in rank order
    total: int  # hits of this kind, counted up to a limit; `more` reveals them a page at a time
    counted_all: bool = True  # False: there are more than `total` (counting stopped there)

    @property
    def remaining(self) -> int:
        """Hits not shown yet: exactly, or at least this many when not `counted_all`."""
        return self.total - len(self.hits)


@dataclass(frozen=True)
class SearchResults:
    text: str
    groups: tuple[SearchGroup, ...]  # only kinds with hits, in KIND_CODES order

    @property
    def total(self) -> int:
        return sum(g.total for g in self.groups)

    @property
    def hits(self) -> tuple[SearchHit, ...]:
        return tuple(h for g in self.groups for h in g.hits)


def _typed_words(typed: str) -> list[str] | None:
    """The words a person typed that can be searched; None when too little was typed."""
    # Control characters (a NUL ends FTS5's string early) and lone surrogates are spaces.
    cleaned = "".join(" " if unicodedata.category(c) in ("Cc", "Cs") else c for c in typed)
    words = [w for w in unicodedata.normalize("NFC", cleaned).split() if any(map(str.isalnum, w))]
    if sum(c.isalnum() for w in words for c in w) < MIN_CHARS:
        return None
    return words


def _prefix(word: str) -> str:
    return '"' + word.replace('"', '""') + '"*'


def match_expression(typed: str) -> str | None:
    """FTS5 query text for what a person typed: every word, quoted (a `"` inside doubled), as
    a prefix; all must match. None when nothing searchable was typed."""
    words = _typed_words(typed)
    return None if words is None else " ".join(_prefix(w) for w in words)


@functools.lru_cache(maxsize=1 << 16)
def index_words(value: str) -> tuple[str, ...]:
    """A text's words as the index's tokenizer (unicode61, remove_diacritics 2) reads them:
    runs of letters and digits, lower case, accents taken off. Cached: a large office's
    deadlines repeat a few hundred titles, people and rules."""
    bare = "".join(c for c in unicodedata.normalize("NFD", value) if not unicodedata.combining(c))
    return tuple(_WORD.findall(unicodedata.normalize("NFC", bare).lower()))


def _expanded(uow: UnitOfWork, typed: str) -> str | None:
    """`match_expression(typed)`, with each typed word of EXPAND_FROM letters or more that
    the tokenizer reads as one word replaced by the index's words it starts, named one by one
    (`("reply" OR "replies")`). FTS5 seeks into a named word's list; for a prefix without a
    prefix index it first merges every such word's whole list, in every statement, which at
    100,000 matters cost more than everything else a keystroke does. A word that starts more
    than EXPANDED_TERMS words stays a prefix."""
    words = _typed_words(typed)
    if words is None:
        return None
    parts = []
    for word in words:
        part = _prefix(word)
        folded = index_words(word)
        if len(folded) == 1 and len(folded[0]) >= EXPAND_FROM:
            start = folded[0]
            terms = list(
                uow.session.scalars(
                    text(f"SELECT term FROM {TERMS} WHERE term >= :start AND term < :end LIMIT :n"),
                    # Every word from `start` up to it followed by the last character starts
                    # with `start`.
                    {"start": start, "end": start + "\U0010ffff", "n": EXPANDED_TERMS + 1},
                )
            )
            if 0 < len(terms) <= EXPANDED_TERMS:
                part = "(" + " OR ".join(f'"{t}"' for t in terms) + ")"
        parts.append(part)
    return " AND ".join(parts)


def _check_kind(kind: str) -> None:
    if kind not in KIND_CODES:
        raise ValidationError(
            f"Search has no kind {kind!r}; expected one of: {', '.join(KIND_CODES)}.",
            code="search.unknown_kind",
            params={"kind": kind},
        )


def rowid_of(kind: str, record_id: int) -> int:
    """A record's entry in the index (migration 0017)."""
    return KIND_CODES[kind] * ID_SPAN + record_id


def rowids_of(kind: str) -> tuple[int, int]:
    """The first and last rowid a kind's entries can have."""
    first = KIND_CODES[kind] * ID_SPAN
    return first, first + ID_SPAN - 1


def _count_up_to(uow: UnitOfWork, query: str, kind: str, limit: int) -> int:
    """Hits of one kind, counted no further than `limit`: FTS5 seeks to the kind's rowids and
    stops, so 100,000 hits of a short prefix cost what 1,000 do."""
    first, last = rowids_of(kind)
    return int(
        uow.session.scalar(
            text(
                f"SELECT count(*) FROM (SELECT 1 FROM {TABLE} WHERE {TABLE} MATCH :query "
                "AND rowid BETWEEN :first AND :last LIMIT :limit)"
            ),
            {"query": query, "first": first, "last": last, "limit": limit},
        )
        or 0
    )


def _ranked(uow: UnitOfWork, query: str, kind: str, offset: int, limit: int) -> list[int]:
    """Record ids of one kind in rank order (BM25, the label's words weighing more); the kind
    has at most RANK_LIMIT hits, so this scores no more than that."""
    first, last = rowids_of(kind)
    rows = uow.session.execute(
        text(
            f"SELECT rowid, bm25({TABLE}, :name_weight, :body_weight) FROM {TABLE} "
            f"WHERE {TABLE} MATCH :query AND rowid BETWEEN :first AND :last"
        ),
        {
            "query": query,
            "name_weight": NAME_WEIGHT,
            "body_weight": BODY_WEIGHT,
            "first": first,
            "last": last,
        },
    ).all()
    ids = [rowid - first for rowid, _score in sorted(rows, key=lambda r: (r[1], r[0]))]
    return ids[offset : offset + limit]


def _newest(uow: UnitOfWork, query: str, kind: str, offset: int, limit: int) -> list[int]:
    """Record ids of one kind, newest first: FTS5 walks its index backwards and stops early."""
    first, last = rowids_of(kind)
    return list(
        uow.session.scalars(
            text(
                f"SELECT rowid - :first FROM {TABLE} WHERE {TABLE} MATCH :query "
                "AND rowid BETWEEN :first AND :last ORDER BY rowid DESC "
                "LIMIT :limit OFFSET :offset"
            ),
            {"query": query, "first": first, "last": last, "limit": limit, "offset": offset},
        )
    )


def search(
    uow: UnitOfWork,
    typed: str,
    per_kind: int = PER_KIND,
    rank_limit: int = RANK_LIMIT,
    count_limit: int = COUNT_LIMIT,
) -> SearchResults:
    """The first `per_kind` hits of each kind, with how many there are, counted up to
    `count_limit` ("1,000+").

    A kind with at most `rank_limit` hits is ranked by relevance; one with more (a prefix so
    short that thousands match, where relevance says little) lists its newest first. Each kind
    is read within its own rowids and no further than the limits, so a keystroke costs about
    the same at 100,000 matters as at 1,000."""
    query = _expanded(uow, typed)
    if query is None:
        return SearchResults(typed, ())
    per_kind = max(1, per_kind)
    limit = max(count_limit, rank_limit)
    groups = []
    for kind in KIND_CODES:
        n = _count_up_to(uow, query, kind, limit + 1)
        if not n:
            continue
        if n <= rank_limit:
            ids = _ranked(uow, query, kind, 0, per_kind)
        else:
            ids = _newest(uow, query, kind, 0, per_kind)
        groups.append((kind, ids, min(n, limit), n <= limit))
    hits = _hits(uow, query, {kind: ids for kind, ids, _n, _all in groups})
    return SearchResults(
        typed,
        tuple(
            SearchGroup(kind, tuple(hits[kind]), n, counted_all)
            for kind, _ids, n, counted_all in groups
        ),
    )


def more(
    uow: UnitOfWork,
    typed: str,
    kind: str,
    offset: int,
    limit: int = PAGE,
    rank_limit: int = RANK_LIMIT,
) -> tuple[SearchHit, ...]:
    """The hits of one kind after the first `offset`, in the order `search` lists them: a page
    of `limit`."""
    _check_kind(kind)
    query = _expanded(uow, typed)
    if query is None:
        return ()
    offset, limit = max(0, offset), min(max(1, limit), MAX_PAGE)
    if _count_up_to(uow, query, kind, rank_limit + 1) <= rank_limit:
        ids = _ranked(uow, query, kind, offset, limit)
    else:
        ids = _newest(uow, query, kind, offset, limit)
    return tuple(_hits(uow, query, {kind: ids})[kind])


def reindex(uow: UnitOfWork, kind: str, record_id: int) -> None:
    """Index one record again from what the vault holds (or forget it if it is gone).

    The triggers already follow every insert, update and delete, including a record put back
    from the trash; this is for code that changes rows in a way SQL triggers cannot see."""
    _check_kind(kind)
    session = uow.session
    session.flush()
    session.execute(
        text(f"DELETE FROM {TABLE} WHERE rowid = :rowid"), {"rowid": rowid_of(kind, record_id)}
    )
    entity = ENTITIES[kind]
    # A no-op update fires the table's update trigger, the one place that says what is indexed.
    session.execute(
        update(entity)
        .where(entity.id == record_id)
        .values(id=entity.id)
        .execution_options(synchronize_session=False)
    )


def rebuild(uow: UnitOfWork) -> None:
    """Index the whole case file again (after a repair; never needed in normal work)."""
    session = uow.session
    session.flush()
    session.execute(text(f"DELETE FROM {TABLE}"))
    for entity in ENTITIES.values():
        session.execute(
            update(entity).values(id=entity.id).execution_options(synchronize_session=False)
        )
    session.execute(text(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('optimize')"))


def indexed_text(uow: UnitOfWork) -> Iterable[str]:
    """Every text the index holds (for checks that a sealed value never reached it)."""
    for name, body in uow.session.execute(text(f"SELECT name, body FROM {TABLE}")):
        yield name or ""
        yield body or ""


# ---- what each hit shows ---------------------------------------------------------------------


def _hits(uow: UnitOfWork, query: str, ranked: dict[str, list[int]]) -> dict[str, list[SearchHit]]:
    """Hits for the ranked ids of each kind, in the same order, with their excerpts."""
    rowids = [rowid_of(kind, rid) for kind, ids in ranked.items() for rid in ids]
    excerpts = _excerpts(uow, query, rowids)
    found: dict[str, list[SearchHit]] = {}
    for kind, ids in ranked.items():
        labels = _labels(uow, kind, ids)
        found[kind] = [
            SearchHit(kind, rid, *labels[rid], excerpts.get(rowid_of(kind, rid)))
            for rid in ids
            if rid in labels
        ]
    return found


def _clusters(rowids: Sequence[int]) -> list[list[int]]:
    """The rowids in runs whose neighbours lie within EXCERPT_GAP of each other."""
    runs: list[list[int]] = []
    for rowid in sorted(set(rowids)):
        if runs and rowid - runs[-1][-1] <= EXCERPT_GAP:
            runs[-1].append(rowid)
        else:
            runs.append([rowid])
    return runs


def _excerpts(uow: UnitOfWork, query: str, rowids: Sequence[int]) -> dict[int, str]:
    """The words around the match, for hits found by their notes or summary, not their name."""
    if not rowids:
        return {}
    # FTS5 evaluates the query afresh for each rowid asked by `rowid IN (…)`, and a prefix of
    # four letters or more (no prefix index) merges every matching word's list each time: 6 ms
    # a hit at 100,000 matters. Hits listed newest first lie close together, so each run of
    # them is read in one pass over its rowid range, the rows between left out here.
    wanted = set(rowids)
    rows = []
    for run in _clusters(rowids):
        rows += [
            r
            for r in uow.session.execute(
                text(
                    f"SELECT rowid, highlight({TABLE}, 0, :start, :end), "
                    f"snippet({TABLE}, 1, :start, :end, '…', :words) "
                    f"FROM {TABLE} WHERE {TABLE} MATCH :query "
                    "AND rowid BETWEEN :first AND :last"
                ),
                {
                    "query": query,
                    "start": MARK_START,
                    "end": MARK_END,
                    "words": EXCERPT_WORDS,
                    "first": run[0],
                    "last": run[-1],
                },
            ).all()
            if r[0] in wanted
        ]
    excerpts = {}
    for rowid, name, body in rows:
        if MARK_START in (name or "") or MARK_START not in (body or ""):
            continue
        plain = body.replace(MARK_START, "").replace(MARK_END, "")
        # One line: the fields (and a note's own lines) the index keeps apart, joined by " · ".
        excerpts[rowid] = " · ".join(
            " ".join(ln.split()) for ln in plain.splitlines() if ln.strip()
        )
    return excerpts


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _labels(uow: UnitOfWork, kind: str, ids: Sequence[int]) -> dict[int, tuple[str, str | None]]:
    """(label, detail) of each record. A client's is its pseudonym: never a sealed field."""
    if not ids:
        return {}
    session = uow.session
    if kind == "matters":
        rows = session.execute(
            select(Matter.id, Matter.title, Matter.case_number).where(Matter.id.in_(ids))
        )
        return {r[0]: (r[1], r[2]) for r in rows}
    if kind == "clients":
        rows = session.execute(select(Client.id, Client.pseudonym).where(Client.id.in_(ids)))
        return {r[0]: (r[1], None) for r in rows}
    if kind == "accounts":
        rows = session.execute(
            select(Account.id, Account.handle, Account.platform).where(Account.id.in_(ids))
        )
        return {r[0]: (r[1], r[2].value) for r in rows}
    if kind == "subpoenas":
        rows = session.execute(
            select(Subpoena.id, Subpoena.issuer, Subpoena.recipient, Subpoena.issued).where(
                Subpoena.id.in_(ids)
            )
        )
        return {r[0]: (f"{r[1]} → {r[2]}", _iso(r[3])) for r in rows}
    if kind == "deadlines":
        rows = session.execute(
            select(Deadline.id, Deadline.title, Deadline.due).where(Deadline.id.in_(ids))
        )
        return {r[0]: (r[1], _iso(r[2])) for r in rows}
    rows = session.execute(
        select(DocketEvent.id, DocketEvent.summary, DocketEvent.date).where(DocketEvent.id.in_(ids))
    )
    return {r[0]: (r[1], _iso(r[2])) for r in rows}
