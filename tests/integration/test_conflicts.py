"""The conflict check at intake, on a real vault: a name is found in every client's pseudonym and
sealed legal name whatever its accents, case and word order; an account however its handle or
address is written, with the matter of a subpoena that already targets it; a different name is
not a match; the sealed legal name never appears in a report, the audit log or the command
line's output; and a volunteer gets the match without the name."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from models.errors import NotPermittedError
from services import audit, conflicts, people, records
from services.conflicts import ConflictReport
from services.vaults import unlock_with_passphrase
from storage.keyslots import MINIMUM_ARGON2
from storage.uow import UnitOfWork
from storage.vault import Vault
from storage.vault_folder import LOG_NAME
from tests.conftest import PASSPHRASE, run_cli
from tests.support.vaults import office_vault

LEGAL = "José Ñandú Pérez"  # Águila Norte's sealed legal name
TYPED_FORMS = ("jose nandu perez", "Pérez, José Ñandú", "JOSE NANDU PEREZ", "Perez Jose Nandu")
MATTER_A = "ICE summons to Meta — Stop ICE Alerts"
MATTER_B = "DHS subpoena to Meta — Eastside Watch"
VOLUNTEER = ("Val Volunteer", "volunteer passphrase three")


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict[str, int]]]:
    """A vault (as the `vault` fixture makes it, shared by the module): Águila Norte (sealed
    legal name José Ñandú Pérez) in matter A, holding @StopICEnow on X; Río (sealed legal name
    Marta Solís Ørsted) in matter B, holding instagram.com/eastsidewatch, which a subpoena in
    matter A targets; Lechuza, with no legal name; @LBProtest on Facebook, held by nobody; and a
    volunteer with a key of their own."""
    folder = tmp_path_factory.mktemp("conflicts") / "vault"
    vault, _recovery = office_vault(folder)
    ids: dict[str, int] = {}

    def add(uow: UnitOfWork, name: str, kind: str, data: dict[str, Any]) -> int:
        ids[name] = records.create(uow, kind, data).id
        return ids[name]

    with UnitOfWork(vault, "Test Paralegal") as uow:
        aguila = add(uow, "aguila", "clients", {"pseudonym": "Águila Norte", "legal_name": LEGAL})
        rio = add(uow, "rio", "clients", {"pseudonym": "Río", "legal_name": "Marta Solís Ørsted"})
        add(uow, "lechuza", "clients", {"pseudonym": "Lechuza"})
        a = add(uow, "a", "matters", {"title": MATTER_A, "status": "open", "client_ids": [aguila]})
        add(uow, "b", "matters", {"title": MATTER_B, "status": "open", "client_ids": [rio]})
        add(
            uow,
            "stopicenow",
            "accounts",
            {"platform": "x", "handle": "@StopICEnow", "client_ids": [aguila]},
        )
        eastside = add(
            uow,
            "eastsidewatch",
            "accounts",
            {
                "platform": "instagram",
                "handle": "eastsidewatch",
                "url": "https://www.instagram.com/eastsidewatch/",
                "client_ids": [rio],
            },
        )
        add(uow, "lbprotest", "accounts", {"platform": "facebook", "handle": "LBProtest"})
        add(
            uow,
            "summons",
            "subpoenas",
            {
                "matter_id": a,
                "kind": "customs_summons",
                "issuer": "DHS",
                "recipient": "Meta",
                "status": "received",
                "account_ids": [eastside],
            },
        )
        uow.commit()
    people.add(vault, VOLUNTEER[0], "volunteer", VOLUNTEER[1], params=MINIMUM_ARGON2)
    try:
        yield folder, ids
    finally:
        vault.lock()


@pytest.fixture(scope="module")
def admin(office: tuple[Path, dict[str, int]]) -> Iterator[Vault]:
    """The office's vault, unlocked by its admin (Test Paralegal)."""
    vault = unlock_with_passphrase(office[0], PASSPHRASE)
    try:
        yield vault
    finally:
        vault.lock()


@pytest.fixture
def ids(office: tuple[Path, dict[str, int]]) -> dict[str, int]:
    return office[1]


def check_client(vault: Vault, **typed: Any) -> ConflictReport:
    with UnitOfWork(vault, "Test Paralegal") as uow:
        report = conflicts.check_client(uow, **typed)
        uow.commit()
    return report


def check_account(vault: Vault, **typed: Any) -> ConflictReport:
    with UnitOfWork(vault, "Test Paralegal") as uow:
        report = conflicts.check_account(uow, **typed)
        uow.commit()
    return report


def found(report: ConflictReport) -> list[tuple[str, str, int | None, int | None, list[str]]]:
    """Each match as (what matched, same/similar, client, account, matter titles)."""
    return [
        (m.on, m.how, m.client_id, m.account_id, [t.title for t in m.matters])
        for m in report.matches
    ]


def conflict_entries(vault: Vault) -> list[audit.AuditView]:
    with UnitOfWork(vault, "Test Paralegal") as uow:
        return [e for e in audit.entries(uow) if e.action == "conflict check"]


# ---- names -------------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", [LEGAL, *TYPED_FORMS])
def test_a_legal_name_is_found_whatever_its_accents_case_and_word_order(
    admin: Vault, ids: dict[str, int], typed: str
) -> None:
    report = check_client(admin, pseudonym="New intake", legal_name=typed)
    assert found(report) == [("sealed legal name", "same", ids["aguila"], None, [MATTER_A])]
    (match,) = report.matches
    assert match.pseudonym == "Águila Norte" and match.on_sealed_name and match.score == 100
    assert match.typed == "legal_name"
    assert (report.clients_searched, report.accounts_searched) == (3, 3)


def test_a_name_spelled_a_little_differently_is_similar(admin: Vault, ids: dict[str, int]) -> None:
    report = check_client(admin, pseudonym="New intake", legal_name="Jose Nandu Peres")
    assert found(report) == [("sealed legal name", "similar", ids["aguila"], None, [MATTER_A])]
    assert 88 <= report.matches[0].score < 100


def test_a_pseudonym_is_compared_with_sealed_names_and_other_pseudonyms(
    admin: Vault, ids: dict[str, int]
) -> None:
    # A newcomer whose chosen pseudonym is an existing client's real name.
    report = check_client(admin, pseudonym="José Ñandú Pérez")
    assert found(report) == [("sealed legal name", "same", ids["aguila"], None, [MATTER_A])]
    assert report.matches[0].typed == "pseudonym"
    assert found(check_client(admin, pseudonym="aguila norte")) == [
        ("pseudonym", "same", ids["aguila"], None, [MATTER_A])
    ]
    assert found(check_client(admin, pseudonym="RIO")) == [
        ("pseudonym", "same", ids["rio"], None, [MATTER_B])
    ]
    # Ø is not an accent NFKD takes off; it is folded all the same.
    assert found(check_client(admin, pseudonym="x", legal_name="Marta Solis Orsted")) == [
        ("sealed legal name", "same", ids["rio"], None, [MATTER_B])
    ]


@pytest.mark.parametrize(
    "typed", ["María López", "Águila Sur", "Juan Pérez", "Río Grande Watch", "Lechuzas del Sur"]
)
def test_a_different_name_is_no_match(admin: Vault, typed: str) -> None:
    assert check_client(admin, pseudonym="Brand new", legal_name=typed).matches == ()
    assert check_client(admin, pseudonym=typed).matches == ()


def test_a_client_being_renamed_is_not_its_own_conflict(admin: Vault, ids: dict[str, int]) -> None:
    report = check_client(admin, pseudonym="Águila Norte", exclude_client_id=ids["aguila"])
    assert report.matches == () and report.clients_searched == 2


def test_a_name_written_as_a_handle_is_found(admin: Vault, ids: dict[str, int]) -> None:
    report = check_client(admin, pseudonym="Stop ICE now")
    assert found(report) == [("handle", "same", ids["aguila"], ids["stopicenow"], [MATTER_A])]


# ---- accounts ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("platform", "handle", "url", "typed", "on"),
    [
        ("x", "@StopICEnow", None, "handle", "handle"),
        ("x", "stopicenow", None, "handle", "handle"),
        ("x", " STOPICENOW/ ", None, "handle", "handle"),
        ("x", "https://twitter.com/StopICEnow", None, "handle", "handle"),
        ("x", "https://mobile.twitter.com/stopicenow?lang=en", None, "handle", "handle"),
        (None, "x.com/StopICEnow/status/1967", None, "handle", "handle"),
        ("x", "another_handle", "https://x.com/StopICEnow/", "url", "handle"),
        (None, "@stopicenow", None, "handle", "handle"),  # any platform
    ],
)
def test_the_same_handle_is_found_however_it_is_written(
    admin: Vault,
    ids: dict[str, int],
    platform: str | None,
    handle: str,
    url: str | None,
    typed: str,
    on: str,
) -> None:
    report = check_account(admin, platform=platform, handle=handle, url=url)
    assert found(report) == [(on, "same", ids["aguila"], ids["stopicenow"], [MATTER_A])]
    (match,) = report.matches
    assert (match.typed, match.pseudonym, match.platform, match.handle) == (
        typed,
        "Águila Norte",
        "x",
        "@StopICEnow",
    )


@pytest.mark.parametrize(
    ("handle", "url"),
    [
        ("@EastsideWatch", None),
        ("instagram.com/eastsidewatch", None),
        ("eastside_2", "https://instagram.com/EastsideWatch"),
        ("eastside_2", "http://www.instagram.com/eastsidewatch/?hl=en"),
    ],
)
def test_an_account_a_subpoena_targets_names_that_matter(
    admin: Vault, ids: dict[str, int], handle: str, url: str | None
) -> None:
    report = check_account(admin, platform="instagram", handle=handle, url=url)
    held, targeted = report.matches
    assert (held.on, held.client_id, held.pseudonym, [m.title for m in held.matters]) == (
        "handle",
        ids["rio"],
        "Río",
        [MATTER_B],
    )
    # The same account, targeted in another matter (A) than its holder's (B).
    assert (targeted.on, targeted.account_id, targeted.client_id) == (
        "targeted account",
        ids["eastsidewatch"],
        None,
    )
    assert [(m.id, m.title) for m in targeted.matters] == [(ids["a"], MATTER_A)]
    assert targeted.subpoena_ids == (ids["summons"],)


@pytest.mark.parametrize(
    ("platform", "handle"),
    [("instagram", "@StopICEnow"), ("x", "stopicenow2"), ("x", "stop"), ("tiktok", "eastside")],
)
def test_another_account_is_no_match(admin: Vault, platform: str, handle: str) -> None:
    assert check_account(admin, platform=platform, handle=handle).matches == ()


def test_an_account_nobody_holds_is_still_found(admin: Vault, ids: dict[str, int]) -> None:
    report = check_account(admin, platform="facebook", handle="https://facebook.com/lbprotest")
    assert found(report) == [("handle", "same", None, ids["lbprotest"], [])]


def test_an_account_being_edited_is_not_its_own_conflict(admin: Vault, ids: dict[str, int]) -> None:
    report = check_account(
        admin, platform="x", handle="@StopICEnow", exclude_account_id=ids["stopicenow"]
    )
    assert report.matches == () and report.accounts_searched == 2


def test_a_handle_written_from_a_sealed_name_says_whose_without_the_name(
    admin: Vault, ids: dict[str, int]
) -> None:
    report = check_account(admin, platform="instagram", handle="@jose.nandu.perez")
    assert found(report) == [("sealed legal name", "same", ids["aguila"], None, [MATTER_A])]
    assert LEGAL not in json.dumps(report.as_json(), ensure_ascii=False)


def test_an_empty_vault_has_no_conflicts(vault: Vault) -> None:
    assert check_client(vault, pseudonym="Águila Norte", legal_name=LEGAL) == ConflictReport(
        0, 0, ()
    )
    report = check_account(vault, platform="x", handle="@StopICEnow", url="x.com/StopICEnow")
    assert report == ConflictReport(0, 0, ())


# ---- what is kept: the audit log, and never a name ---------------------------------------------


def test_each_check_is_audited_with_counts_and_ids_only(admin: Vault, ids: dict[str, int]) -> None:
    before = len(conflict_entries(admin))
    reports = [check_client(admin, pseudonym="Nuevo", legal_name=typed) for typed in TYPED_FORMS]
    reports.append(check_account(admin, platform="instagram", handle="@eastsidewatch"))
    entries = conflict_entries(admin)
    assert len(entries) == before + len(reports)  # one entry per check
    newest = entries[0]  # newest first
    eastside = ids["eastsidewatch"]
    assert (newest.actor, newest.entity, newest.entity_id) == ("Test Paralegal", "account", None)
    assert newest.detail == {
        "checked": ["handle"],
        "clients_searched": 3,
        "accounts_searched": 3,
        "matches": 2,
        "found": [
            {"on": "handle", "how": "same", "client": ids["rio"], "account": eastside},
            {"on": "targeted account", "how": "same", "client": None, "account": eastside},
        ],
    }
    name_check = entries[1]
    assert name_check.entity == "client"
    assert name_check.detail["checked"] == ["legal_name", "pseudonym"]
    assert name_check.detail["found"] == [
        {"on": "sealed legal name", "how": "same", "client": ids["aguila"], "account": None}
    ]
    # Neither the sealed name nor any form of it that was typed is anywhere in what was kept
    # or handed back.
    kept = json.dumps([e.detail for e in entries], ensure_ascii=False)
    handed_back = json.dumps([r.as_json() for r in reports], ensure_ascii=False) + repr(reports)
    for text in (LEGAL, *TYPED_FORMS, "Ñandú", "nandu"):
        assert text.casefold() not in kept.casefold()
        assert text.casefold() not in handed_back.casefold()


def test_a_volunteer_gets_the_match_without_the_name(
    office: tuple[Path, dict[str, int]], admin: Vault
) -> None:
    folder, ids = office
    volunteer = unlock_with_passphrase(folder, VOLUNTEER[1])
    try:
        with UnitOfWork(volunteer, "anyone") as uow:
            report = conflicts.check_client(uow, pseudonym="Nuevo", legal_name="jose nandu perez")
            uow.commit()
        with UnitOfWork(volunteer, "anyone") as uow, pytest.raises(NotPermittedError):
            records.reveal(uow, ids["aguila"], "legal_name")
    finally:
        volunteer.lock()
    assert found(report) == [("sealed legal name", "same", ids["aguila"], None, [MATTER_A])]
    assert report.matches[0].pseudonym == "Águila Norte"
    assert LEGAL not in json.dumps(report.as_json(), ensure_ascii=False) + repr(report)
    newest = conflict_entries(admin)[0]
    assert (newest.actor, newest.signed) == (VOLUNTEER[0], True)


# ---- the command line --------------------------------------------------------------------------


def test_the_command_line_finds_a_sealed_name_without_printing_it(
    office: tuple[Path, dict[str, int]], admin: Vault
) -> None:
    folder, ids = office
    before = len(conflict_entries(admin))
    text = run_cli("conflict", "check", "--vault", str(folder), "--name", LEGAL)
    assert text.returncode == 0, text.stderr
    assert text.stdout.splitlines() == [
        "1 possible conflict(s) in 3 client(s) and 3 account(s):",
        f"  - the same as the sealed legal name of client 'Águila Norte' (id {ids['aguila']}); "
        f"matter: '{MATTER_A}' (id {ids['a']})",
    ]
    as_json = run_cli(
        "conflict", "check", "--vault", str(folder), "--name", "Pérez, José Ñandú",
        "--platform", "instagram", "--handle", "instagram.com/EastsideWatch", "--json",
    )  # fmt: skip
    assert as_json.returncode == 0, as_json.stderr
    report = json.loads(as_json.stdout)
    assert [(m["on"], m["client_id"], m["account_id"]) for m in report["matches"]] == [
        ("sealed legal name", ids["aguila"], None),
        ("handle", ids["rio"], ids["eastsidewatch"]),
        ("targeted account", None, ids["eastsidewatch"]),
    ]
    assert report["matches"][2]["matters"] == [{"id": ids["a"], "title": MATTER_A}]
    assert len(conflict_entries(admin)) == before + 3  # one per check
    log = folder / LOG_NAME
    for run in (text, as_json):
        for typed in (LEGAL, "Pérez, José Ñandú", "Ñandú"):
            assert typed not in run.stdout + run.stderr
            assert typed not in (log.read_text(encoding="utf-8") if log.exists() else "")


def test_the_command_line_exits_0_when_nothing_is_found_and_2_when_asked_nothing(
    office: tuple[Path, dict[str, int]],
) -> None:
    folder, _ids = office
    clear = run_cli("conflict", "check", "--vault", str(folder), "--name", "María López",
                    "--platform", "x", "--handle", "@nobody_here")  # fmt: skip
    assert clear.returncode == 0, clear.stderr
    assert clear.stdout == "No conflicts found in 3 client(s) and 3 account(s).\n"
    nothing = run_cli("conflict", "check", "--vault", str(folder))
    assert nothing.returncode == 2
    assert nothing.stderr.startswith("quash: conflict check: give --name")


def test_a_name_in_another_script_is_found_in_latin_letters(vault: Vault) -> None:
    with UnitOfWork(vault, "Test Paralegal") as uow:
        wang = records.create(uow, "clients", {"pseudonym": "Grulla", "legal_name": "王芳"}).id
        uow.commit()
    report = check_client(vault, pseudonym="New intake", legal_name="Wang Fang")
    assert [(m.on, m.how, m.client_id) for m in report.matches] == [
        ("sealed legal name", "same", wang)
    ]
    assert "王芳" not in repr(report)
