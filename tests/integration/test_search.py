"""Search on a real vault: accents and case ignored, prefixes as a person types, notes and docket
summaries found, ranked groups with the rest a page at a time, an index that follows every write
(create, change, delete to the trash and back, import), typed FTS syntax that never errors, and
sealed names that are never found nor indexed."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import text

from models.errors import ValidationError
from models.tasks import Cancelled
from services import demo, interchange, records, search, trash
from storage.uow import UnitOfWork

TODAY = dt.date(2026, 1, 20)
SEALED_NAME = "Xiomara Brightwater-Quintanilla"
SEALED_CONTACT = "Signal +1 555 0199, zephyrine@proton.example"


def found(uow: UnitOfWork, typed: str) -> list[tuple[str, str]]:
    return [(h.kind, h.label) for h in search.search(uow, typed).hits]


def matter(uow: UnitOfWork, title: str, **extra: Any) -> int:
    return int(records.create(uow, "matters", {"title": title, "status": "open", **extra}).id)


@pytest.fixture
def demo_uow(uow: UnitOfWork) -> UnitOfWork:
    demo.fill_public_cases(uow, TODAY)
    return uow


@pytest.fixture
def aguila(uow: UnitOfWork) -> int:
    client = records.create(
        uow,
        "clients",
        {
            "pseudonym": "Colectivo Águila",
            "legal_name": SEALED_NAME,
            "contact": SEALED_CONTACT,
            "notes": "Met at the refugio on Calle Ñandú; prefers encrypted chat.",
        },
    )
    return int(client.id)


# ---- what is found ---------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["aguila", "AGUILA", "agui", "AGUI", "Águi", "colectivo ag"])
def test_accents_and_case_are_ignored_and_prefixes_match(
    uow: UnitOfWork, aguila: int, typed: str
) -> None:
    assert found(uow, typed) == [("clients", "Colectivo Águila")]


def test_a_plain_record_is_found_by_its_accented_spelling_too(uow: UnitOfWork) -> None:
    matter(uow, "Accion urgente Senora Pena")
    assert found(uow, "Acción Señora Peña") == [("matters", "Accion urgente Senora Pena")]


def test_notes_and_docket_summaries_are_found_with_the_words_around_them(
    uow: UnitOfWork, aguila: int
) -> None:
    matter_id = matter(uow, "Doe v. DHS")
    records.create(
        uow,
        "events",
        {
            "matter_id": matter_id,
            "date": "2025-09-25",
            "kind": "order",
            "summary": "Magistrate Judge Hixson orders Meta not to produce pending a ruling.",
        },
    )
    records.create(
        uow,
        "deadlines",
        {
            "matter_id": matter_id,
            "title": "Reply brief",
            "due": "2025-10-10",
            "status": "open",
            "notes": "Ask the clinic about the Hernández declaration.",
        },
    )
    hits = search.search(uow, "nandu").hits
    assert [(h.kind, h.record_id) for h in hits] == [("clients", aguila)]
    assert hits[0].excerpt is not None and "Calle Ñandú" in hits[0].excerpt

    event = search.search(uow, "hixson").hits
    assert [(h.kind, h.detail) for h in event] == [("events", "2025-09-25")]
    assert event[0].label.startswith("Magistrate Judge Hixson")
    assert event[0].excerpt is None  # found by its label: nothing more to show

    deadline = search.search(uow, "hernandez decl").hits
    assert [(h.kind, h.label, h.detail) for h in deadline] == [
        ("deadlines", "Reply brief", "2025-10-10")
    ]
    assert deadline[0].excerpt and "Hernández declaration" in deadline[0].excerpt


def test_each_kind_is_found_by_what_a_paralegal_types(demo_uow: UnitOfWork) -> None:
    assert ("matters", "Twitter v. DHS: CBP summons for @ALT_USCIS") in found(
        demo_uow, "3:17-cv-01916"
    )
    assert found(demo_uow, "organizer") == [("clients", "LB Protest organizer")]
    accounts = [h for h in search.search(demo_uow, "@lbprot").hits if h.kind == "accounts"]
    assert [(h.label, h.detail) for h in accounts] == [("@LBProtest", "instagram")]
    assert ("subpoenas", "U.S. Customs and Border Protection → Twitter") in found(
        demo_uow, "Customs and Border"
    )
    assert [k for k, _ in found(demo_uow, "19 U.S.C. 1509")] == ["subpoenas", "subpoenas"]
    assert {k for k, _ in found(demo_uow, "facebook")} == {"accounts"}


def test_a_hit_in_the_name_ranks_above_one_in_the_notes(uow: UnitOfWork) -> None:
    in_notes = matter(uow, "Doe v. ICE", notes="Possibly related to the Okonkwo summons.")
    in_title = matter(uow, "Okonkwo v. CBP")
    assert [h.record_id for h in search.search(uow, "okonkwo").hits] == [in_title, in_notes]


# ---- sealed values ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [SEALED_NAME, "Brightwater", "Xiomara", "Quintanilla", "brightw", "zephyrine", "555 0199"],
)
def test_a_sealed_name_or_contact_typed_into_search_finds_nothing(
    uow: UnitOfWork, aguila: int, typed: str
) -> None:
    assert search.search(uow, typed).hits == ()


def test_sealed_values_are_not_in_the_index_at_all(uow: UnitOfWork, aguila: int) -> None:
    records.update(uow, "clients", aguila, {"legal_name": "Another Sealedname"})
    session = uow.session
    # The stored copy of each entry's text (the shadow table behind the index; its rowids are
    # numbers that may hold any digits) ...
    stored = " ".join(
        str(v)
        for row in session.execute(text("SELECT c0, c1 FROM search_index_content"))
        for v in row
    )
    assert "Colectivo Águila" in stored  # a positive control: the table holds the client
    # ... and every term the index knows (its b-tree, read through fts5vocab).
    session.execute(
        text("CREATE VIRTUAL TABLE temp.search_terms USING fts5vocab(main, search_index, row)")
    )
    terms = set(session.scalars(text("SELECT term FROM temp.search_terms")))
    assert {"colectivo", "aguila", "nandu"} <= terms  # folded, as they are searched
    for word in (*SEALED_NAME.split(), *SEALED_CONTACT.split(), "Another Sealedname"):
        assert word not in stored
    for term in ("xiomara", "brightwater", "quintanilla", "zephyrine", "another", "sealedname"):
        assert term not in terms
    assert all("Brightwater" not in t for t in search.indexed_text(uow))


def test_the_demo_vaults_sealed_names_are_never_found(demo_uow: UnitOfWork) -> None:
    for typed in ("Whitlock", "Dana Whitlock (fictional)", "Ortega", "Herrera", "proton.example"):
        assert search.search(demo_uow, typed).hits == (), typed


# ---- more than one page ----------------------------------------------------------------------


def test_the_best_of_each_kind_first_and_the_rest_a_page_at_a_time(uow: UnitOfWork) -> None:
    ids = {matter(uow, f"Watch group {i:02d}") for i in range(12)}
    results = search.search(uow, "watch gr", per_kind=5)
    (group,) = results.groups
    assert (group.kind, group.total, len(group.hits), group.remaining) == ("matters", 12, 5, 7)
    first = [h.record_id for h in group.hits]
    rest = [h.record_id for h in search.more(uow, "watch gr", "matters", 5, limit=4)]
    last = [h.record_id for h in search.more(uow, "watch gr", "matters", 9, limit=4)]
    assert (len(rest), len(last)) == (4, 3)
    assert sorted(first + rest + last) == sorted(ids)  # each once, none left out
    assert search.more(uow, "watch gr", "matters", 12) == ()


def test_a_kind_with_more_hits_than_are_counted_says_so_and_lists_its_newest_first(
    uow: UnitOfWork,
) -> None:
    ids = [matter(uow, f"Watch group {i:02d}") for i in range(9)]
    quiet = matter(uow, "Quiet case", notes="watch the docket")
    results = search.search(uow, "watch", per_kind=3, rank_limit=4, count_limit=6)
    (group,) = results.groups
    # Counting stopped at 6 of 10: "6+", newest first since they outnumber the ranked.
    assert (group.total, group.counted_all, group.remaining) == (6, False, 3)
    assert [h.record_id for h in group.hits] == [quiet, ids[8], ids[7]]
    rest = search.more(uow, "watch", "matters", 3, limit=25, rank_limit=4)
    assert [h.record_id for h in rest] == ids[6::-1]  # the 7 not shown yet, none left out
    everything = search.search(uow, "watch", per_kind=3)
    assert (everything.groups[0].total, everything.groups[0].counted_all) == (10, True)


def test_a_long_prefix_finds_every_word_it_starts_and_shows_where(uow: UnitOfWork) -> None:
    """Four letters or more have no prefix index: search names the words they start."""
    reply = matter(uow, "Reply to DHS")
    replies = matter(uow, "Quiet case", notes="Two replies were filed with the court.")
    replacement = matter(uow, "Réplacement counsel")
    matter(uow, "Repository access")
    found = search.search(uow, "repl")
    assert sorted(h.record_id for h in found.hits) == sorted([reply, replies, replacement])
    (notes,) = [h for h in found.hits if h.record_id == replies]
    assert notes.excerpt is not None and "replies" in notes.excerpt  # where it matched
    assert [h.record_id for h in search.search(uow, "reply").hits] == [reply]
    assert [h.record_id for h in search.search(uow, "repl to dhs").hits] == [reply]
    assert search.more(uow, "repl", "matters", 2) != ()  # a page after the first two


def test_groups_come_in_a_fixed_order_of_kinds(demo_uow: UnitOfWork) -> None:
    kinds = [g.kind for g in search.search(demo_uow, "meta").groups]
    assert kinds == sorted(kinds, key=list(search.KIND_CODES).index)
    assert {"matters", "subpoenas"} <= set(kinds)


def test_more_of_an_unknown_kind_is_refused(uow: UnitOfWork) -> None:
    with pytest.raises(ValidationError) as refused:
        search.more(uow, "watch", "staff", 0)
    assert refused.value.code == "search.unknown_kind"


# ---- typed syntax ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        '"',
        '""',
        "*",
        "**",
        "AND",
        "OR NOT",
        "NEAR(",
        "NEAR(a b)",
        "a AND",
        '"agui',
        'agu"ila',
        "(agui",
        "agui)",
        "^agui",
        "pseudonym:agui",
        "name:",
        "{name body}: agui",
        "-agui",
        "+",
        "'",
        "\\",
        "%%",
        "__",
        "agui*",
        "a\x00b",
        "🦅 águila",
    ],
)
def test_fts_syntax_typed_into_search_never_errors(
    uow: UnitOfWork, aguila: int, typed: str
) -> None:
    results = search.search(uow, typed)  # results or none, never an exception
    assert all(h.kind == "clients" for h in results.hits)
    for kind in search.KIND_CODES:
        search.more(uow, typed, kind, 0)


def test_words_with_syntax_around_them_still_find(uow: UnitOfWork, aguila: int) -> None:
    for typed in ('"agui', "(agui", "agui*", "^AGUI", "águila)"):
        assert found(uow, typed) == [("clients", "Colectivo Águila")], typed
    assert found(uow, "AND") == []  # a word like any other, in no record here


def test_fewer_than_two_letters_search_nothing(uow: UnitOfWork, aguila: int) -> None:
    for typed in ("", " ", "a", " Á ", "%", "- *"):
        assert search.search(uow, typed).groups == (), typed


# ---- the index follows every write -----------------------------------------------------------


def _make(uow: UnitOfWork, kind: str, word: str) -> int:
    matter_id = matter(uow, "Parent matter") if kind not in ("matters", "clients") else 0
    data: dict[str, Any] = {
        "matters": {"title": f"{word} v. DHS", "status": "open"},
        "clients": {"pseudonym": f"{word} admin"},
        "accounts": {"platform": "instagram", "handle": f"@{word}"},
        "subpoenas": {
            "matter_id": matter_id,
            "kind": "customs_summons",
            "issuer": f"{word} agency",
            "recipient": "Meta",
            "status": "received",
        },
        "deadlines": {
            "matter_id": matter_id,
            "title": f"Reply to {word}",
            "due": "2026-02-01",
            "status": "open",
        },
        "events": {
            "matter_id": matter_id,
            "date": "2026-01-05",
            "kind": "filing",
            "summary": f"{word} filed",
        },
    }[kind]
    if kind == "accounts":
        data = {**data}
    return int(records.create(uow, kind, data).id)


LABEL_FIELD = {
    "matters": "title",
    "clients": "pseudonym",
    "accounts": "handle",
    "subpoenas": "issuer",
    "deadlines": "title",
    "events": "summary",
}


@pytest.mark.parametrize("kind", list(search.KIND_CODES))
def test_the_index_follows_create_change_delete_and_restore(uow: UnitOfWork, kind: str) -> None:
    record_id = _make(uow, kind, "Zyxwort")
    assert (kind, record_id) in [(h.kind, h.record_id) for h in search.search(uow, "zyxw").hits]

    records.update(uow, kind, record_id, {LABEL_FIELD[kind]: "Quorvath renamed"})
    assert search.search(uow, "zyxwort").hits == ()
    assert [(h.kind, h.record_id) for h in search.search(uow, "quorv").hits] == [(kind, record_id)]

    records.delete(uow, kind, record_id)  # into the trash: out of search
    assert search.search(uow, "quorv").hits == ()

    (entry,) = [e for e in trash.entries(uow) if (e.kind, e.record_id) == (kind, record_id)]
    trash.restore(uow, entry.id)
    assert [(h.kind, h.record_id) for h in search.search(uow, "quorv").hits] == [(kind, record_id)]


def test_deleting_a_matter_takes_its_deadlines_and_events_out_of_search(uow: UnitOfWork) -> None:
    deadline = _make(uow, "deadlines", "Plimsoll")
    matter_id = records.get(uow, "deadlines", deadline).matter_id
    records.create(
        uow,
        "events",
        {"matter_id": matter_id, "date": "2026-01-05", "kind": "order", "summary": "Plimsoll"},
    )
    assert len(search.search(uow, "plimsoll").hits) == 2
    records.delete(uow, "matters", matter_id)
    assert search.search(uow, "plimsoll").hits == ()


def test_a_change_outside_the_indexed_fields_keeps_the_entry(uow: UnitOfWork) -> None:
    deadline = _make(uow, "deadlines", "Grindelwald")
    records.update(uow, "deadlines", deadline, {"status": "done"})
    assert [h.record_id for h in search.search(uow, "grindel").hits] == [deadline]


def test_an_import_is_indexed(uow: UnitOfWork) -> None:
    doc = {
        "format": "quash-interchange",
        "version": 1,
        "clients": [{"id": "c1", "pseudonym": "Ñandú Collective", "legal_name": SEALED_NAME}],
        "matters": [{"id": "m1", "title": "In re Ñandú", "status": "open", "client_ids": ["c1"]}],
        "events": [
            {
                "id": "e1",
                "matter_id": "m1",
                "date": "2026-01-02",
                "kind": "notice",
                "summary": "Platform notice received by the Ñandú admins.",
            }
        ],
    }
    interchange.import_document(uow, doc)
    assert sorted(k for k, _ in found(uow, "nandu")) == ["clients", "events", "matters"]
    assert search.search(uow, "brightwater").hits == ()


def test_after_an_import_each_new_record_is_indexed_as_it_is_written_again(
    uow: UnitOfWork,
) -> None:
    """An import indexes its records in one pass at the end (storage.search_index.filled_once):
    the row-by-row triggers are back afterwards, whether the import went in or failed."""
    triggers = "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search%'"
    before = uow.session.scalar(text(triggers))
    doc = {
        "format": "quash-interchange",
        "version": 1,
        "matters": [
            {"id": f"m{i}", "title": f"Imported Ölmatter {i}", "status": "open"} for i in range(3)
        ],
    }
    interchange.import_document(uow, doc)
    assert uow.session.scalar(text(triggers)) == before
    assert len(found(uow, "olmatter")) == 3
    matter(uow, "Written after the import, Zypherine")
    assert found(uow, "zypherine") == [("matters", "Written after the import, Zypherine")]

    class CancelAfterFirstBatch:
        def __init__(self) -> None:
            self.batches = 0

        def progress(self, done: int, total: int, text: str) -> None:
            pass

        def check(self) -> None:
            self.batches += 1
            if self.batches > 1:
                raise Cancelled

    uow.commit()
    big = {
        "format": "quash-interchange",
        "version": 1,
        "matters": [
            {"id": f"b{i}", "title": f"Cancelled Quillmatter {i}", "status": "open"}
            for i in range(interchange.BATCH * 2)
        ],
    }
    with pytest.raises(Cancelled):
        interchange.import_document(uow, big, task=CancelAfterFirstBatch())
    uow.rollback()
    assert uow.session.scalar(text(triggers)) == before
    assert search.search(uow, "quillmatter").hits == ()
    matter(uow, "Written after the cancel, Xanthippe")
    assert found(uow, "xanthippe") == [("matters", "Written after the cancel, Xanthippe")]


def test_reindex_and_rebuild_put_back_what_the_vault_holds(uow: UnitOfWork, aguila: int) -> None:
    uow.session.execute(text("DELETE FROM search_index"))
    assert search.search(uow, "aguila").hits == ()
    search.reindex(uow, "clients", aguila)
    assert found(uow, "aguila") == [("clients", "Colectivo Águila")]
    search.reindex(uow, "clients", 9999)  # not there: nothing indexed, nothing raised

    uow.session.execute(text("DELETE FROM search_index"))
    search.rebuild(uow)
    assert found(uow, "aguila") == [("clients", "Colectivo Águila")]
    assert search.search(uow, "brightwater").hits == ()
    count = uow.session.scalar(text("SELECT count(*) FROM search_index"))
    assert count == 1


def test_the_index_is_written_through_a_commit_and_survives_reopening(
    vault: Any, uow: UnitOfWork
) -> None:
    matter(uow, "Persistent Übermatter")
    uow.commit()
    with UnitOfWork(vault, "Someone else") as other:
        assert found(other, "ubermat") == [("matters", "Persistent Übermatter")]
    assert vault.integrity_problems() == []
