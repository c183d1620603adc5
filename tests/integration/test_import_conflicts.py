"""The conflict check of an import, on a real vault: an incoming client whose sealed legal name is
like a stored client's, and an incoming account another client already holds under another
address (twitter.com vs x.com), are both reported by `import`, which still adds every record;
the check is one audit entry with counts and ids only; no legal name reaches the command line's
output, the audit log or the log file; an import that matches nothing prints nothing more; and
the batched check finds what the single checks find, record by record."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from services import audit, conflicts, interchange, records
from services.conflicts import ConflictMatch, IncomingAccount, IncomingClient
from services.vaults import unlock_with_passphrase
from storage.uow import UnitOfWork
from storage.vault import Vault
from storage.vault_folder import LOG_NAME
from tests.conftest import PASSPHRASE, run_cli
from tests.support.vaults import office_vault

LEGAL = "José Ñandú Pérez"  # Águila Norte's sealed legal name
INCOMING_LEGAL = "Jose Nandu Peres"  # an incoming client's, spelled a little differently
MATTER_A = "ICE summons to Meta — Stop ICE Alerts"
MATTER_B = "DHS subpoena to Meta — Eastside Watch"


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    """A locked vault each test copies: Águila Norte (sealed legal name José Ñandú Pérez) in
    matter A, holding @StopICEnow on X (https://x.com/StopICEnow); Río (sealed legal name Marta
    Solís Ørsted) in matter B, holding instagram.com/eastsidewatch, which a subpoena in matter A
    targets."""
    folder = tmp_path_factory.mktemp("office") / "vault"
    vault, _recovery = office_vault(folder)
    ids: dict[str, int] = {}

    def add(uow: UnitOfWork, name: str, kind: str, data: dict[str, Any]) -> int:
        ids[name] = records.create(uow, kind, data).id
        return ids[name]

    try:
        with UnitOfWork(vault, "Test Paralegal") as uow:
            aguila = add(
                uow, "aguila", "clients", {"pseudonym": "Águila Norte", "legal_name": LEGAL}
            )
            rio = add(
                uow, "rio", "clients", {"pseudonym": "Río", "legal_name": "Marta Solís Ørsted"}
            )
            a = add(
                uow, "a", "matters", {"title": MATTER_A, "status": "open", "client_ids": [aguila]}
            )
            add(uow, "b", "matters", {"title": MATTER_B, "status": "open", "client_ids": [rio]})
            add(uow, "stopicenow", "accounts", {
                "platform": "x", "handle": "@StopICEnow", "url": "https://x.com/StopICEnow",
                "client_ids": [aguila],
            })  # fmt: skip
            eastside = add(uow, "eastsidewatch", "accounts", {
                "platform": "instagram", "handle": "eastsidewatch",
                "url": "https://www.instagram.com/eastsidewatch/", "client_ids": [rio],
            })  # fmt: skip
            add(uow, "summons", "subpoenas", {
                "matter_id": a, "kind": "customs_summons", "issuer": "DHS", "recipient": "Meta",
                "status": "received", "account_ids": [eastside],
            })  # fmt: skip
            uow.commit()
    finally:
        vault.lock()
    return folder, ids


@pytest.fixture
def copy(office: tuple[Path, dict[str, int]], tmp_path: Path) -> Path:
    """This test's own copy of the office's vault."""
    return Path(shutil.copytree(office[0], tmp_path / "vault"))


@pytest.fixture
def ids(office: tuple[Path, dict[str, int]]) -> dict[str, int]:
    return office[1]


@pytest.fixture
def unlocked(copy: Path) -> Iterator[Vault]:
    vault = unlock_with_passphrase(copy, PASSPHRASE)
    try:
        yield vault
    finally:
        vault.lock()


def document(clients: list[dict[str, Any]], accounts: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "format": "quash-interchange",
        "version": 1,
        "clients": clients,
        "accounts": accounts,
        "matters": [{"id": "m1", "title": "Merged case", "status": "open", "client_ids": ["c1"]}],
    }


def write(folder: Path, doc: dict[str, Any]) -> Path:
    path = folder.parent / "incoming.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def import_entries(vault_folder: Path) -> list[audit.AuditView]:
    vault = unlock_with_passphrase(vault_folder, PASSPHRASE)
    try:
        with UnitOfWork(vault, "Test Paralegal") as uow:
            return [e for e in audit.entries(uow) if e.action in ("conflict check", "import")]
    finally:
        vault.lock()


def names_in(vault_folder: Path, kind: str, field: str) -> list[str]:
    vault = unlock_with_passphrase(vault_folder, PASSPHRASE)
    try:
        with UnitOfWork(vault, "Test Paralegal") as uow:
            return [r.as_json()[field] for r in records.list_records(uow, kind)]
    finally:
        vault.lock()


def test_an_import_reports_a_sealed_name_and_a_handle_held_elsewhere_and_adds_everything(
    copy: Path, ids: dict[str, int]
) -> None:
    doc = document(
        [
            {"id": "c1", "pseudonym": "Colibrí", "legal_name": INCOMING_LEGAL},
            {"id": "c2", "pseudonym": "Garza", "legal_name": "Ana Beltrán Quiroga"},
        ],
        [
            {"id": "a1", "platform": "x", "handle": "https://twitter.com/StopICEnow",
             "client_ids": ["c1"]},
            {"id": "a2", "platform": "tiktok", "handle": "@garza_watch", "client_ids": ["c2"]},
        ],
    )  # fmt: skip
    result = run_cli("import", "--vault", str(copy), str(write(copy, doc)))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == (
        "Imported 2 clients, 2 accounts, 1 matters, 0 subpoenas, 0 events, 0 deadlines."
    )
    assert lines[1] == (
        "2 possible conflict(s) with the 2 client(s) and 2 account(s) already in the vault "
        "(imported all the same):"
    )
    matter_a = f"matter: '{MATTER_A}' (id {ids['a']})"
    assert re.fullmatch(
        r"  - incoming client 'Colibrí' \(file id 'c1'\), by its legal name: similar \(9\d%\) to "
        rf"the sealed legal name of client 'Águila Norte' \(id {ids['aguila']}\); "
        + re.escape(matter_a),
        lines[2],
    ), lines[2]
    assert lines[3] == (
        "  - incoming account x 'https://twitter.com/StopICEnow' (file id 'a1'): the same handle "
        f"as account x '@StopICEnow' (id {ids['stopicenow']}), held by client 'Águila Norte' "
        f"(id {ids['aguila']}); {matter_a}"
    )
    assert len(lines) == 4
    # Imported all the same.
    assert {"Colibrí", "Garza"} <= set(names_in(copy, "clients", "pseudonym"))
    assert "https://twitter.com/StopICEnow" in names_in(copy, "accounts", "handle")

    # One entry for the check, beside the import's own, with counts and ids only.
    entries = import_entries(copy)
    (check,) = [e for e in entries if e.action == "conflict check"]
    assert (check.entity, check.entity_id) == ("import", None)
    assert check.detail == {
        "checked": {"clients": 2, "accounts": 2},
        "clients_searched": 2,
        "accounts_searched": 2,
        "matches": 2,
        "found": [
            {"incoming": "clients[0]", "on": "sealed legal name", "how": "similar",
             "client": ids["aguila"], "account": None},
            {"incoming": "accounts[0]", "on": "handle", "how": "same", "client": ids["aguila"],
             "account": ids["stopicenow"]},
        ],
    }  # fmt: skip
    kept = json.dumps([e.detail for e in entries], ensure_ascii=False)
    log = copy / LOG_NAME
    logged = log.read_text(encoding="utf-8") if log.exists() else ""
    for name in (LEGAL, INCOMING_LEGAL, "Ana Beltrán Quiroga", "Marta Solís Ørsted", "Ñandú"):
        for text in (result.stdout, result.stderr, kept, logged):
            assert name.casefold() not in text.casefold()


def test_an_import_that_matches_nothing_prints_only_what_it_imported(copy: Path) -> None:
    doc = document(
        [{"id": "c1", "pseudonym": "Garza", "legal_name": "Ana Beltrán Quiroga"}],
        [{"id": "a1", "platform": "tiktok", "handle": "@garza_watch", "client_ids": ["c1"]}],
    )
    result = run_cli("import", "--vault", str(copy), str(write(copy, doc)))
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        "Imported 1 clients, 1 accounts, 1 matters, 0 subpoenas, 0 events, 0 deadlines.\n"
    )
    (check,) = [e for e in import_entries(copy) if e.action == "conflict check"]
    assert (check.detail["matches"], check.detail["found"]) == (0, [])


def test_many_matches_are_printed_fifty_at_most(copy: Path) -> None:
    clients = [{"id": f"c{n}", "pseudonym": "Rio"} for n in range(1, 61)]
    result = run_cli("import", "--vault", str(copy), str(write(copy, document(clients, []))))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[1].startswith("60 possible conflict(s)")
    assert len(lines) == 2 + 50 + 1
    assert all("the same as the pseudonym of client 'Río'" in line for line in lines[2:52])
    assert lines[-1] == "  … and 10 more (see the audit log)"


# ---- the batched check finds what the single checks find ----------------------------------------

NAMES = [
    ("Nuevo", LEGAL),
    ("Nuevo", "Pérez, José Ñandú"),
    ("Nuevo", "Jose Nandu Peres"),
    ("José Ñandú Pérez", None),
    ("aguila norte", None),
    ("RIO", "Marta Solis Orsted"),
    ("Stop ICE now", None),
    ("María López", "Juan Pérez"),
    ("Águila Sur", "Marta Solís"),
]
ACCOUNTS = [
    ("x", "@StopICEnow", None),
    ("x", "https://mobile.twitter.com/stopicenow?lang=en", None),
    ("x", "another_handle", "https://twitter.com/StopICEnow/"),
    ("instagram", "@EastsideWatch", None),
    ("instagram", "eastside_2", "http://www.instagram.com/eastsidewatch/?hl=en"),
    ("instagram", "@jose.nandu.perez", None),
    ("instagram", "@StopICEnow", None),
    ("tiktok", "eastside", None),
]


def _shape(match: ConflictMatch) -> dict[str, Any]:
    return match.as_json()


def test_the_import_check_finds_what_each_single_check_finds(unlocked: Vault) -> None:
    with UnitOfWork(unlocked, "Test Paralegal") as uow:
        batch = conflicts.check_import(
            uow,
            [IncomingClient(f"c{n}", p, legal) for n, (p, legal) in enumerate(NAMES)],
            [IncomingAccount(f"a{n}", *account) for n, account in enumerate(ACCOUNTS)],
        )
        singles = {
            ("client", n): conflicts.check_client(uow, pseudonym=p, legal_name=legal)
            for n, (p, legal) in enumerate(NAMES)
        }
        singles |= {
            ("account", n): conflicts.check_account(uow, platform=pl, handle=h, url=u)
            for n, (pl, h, u) in enumerate(ACCOUNTS)
        }
    for (record, index), report in singles.items():
        mine = [_shape(m.match) for m in batch.matches if (m.record, m.index) == (record, index)]
        assert mine == [_shape(m) for m in report.matches], (record, index)
    assert sum(bool(r.matches) for r in singles.values()) >= 12  # the comparison means something
    assert (batch.clients_searched, batch.accounts_searched) == (2, 2)
    # No legal name, typed in or stored, is handed back (a pseudonym typed in is shown as given,
    # even one that is someone's legal name: it is no one's sealed value).
    pseudonyms = {p for p, _legal in NAMES}
    for legal in {legal for _p, legal in NAMES if legal} - pseudonyms | {"Marta Solís Ørsted"}:
        assert legal not in repr(batch) + json.dumps([m.as_json() for m in batch.matches])


def test_a_large_import_is_checked_in_one_pass(unlocked: Vault, ids: dict[str, int]) -> None:
    """2,000 incoming clients and accounts (the check's time is measured by hand, not here):
    the few planted matches are found, and nothing else."""
    clients = [
        {"id": f"c{n}", "pseudonym": f"Cliente {n:04d}", "legal_name": f"Persona Número {n:04d}"}
        for n in range(2000)
    ]
    clients[700]["legal_name"] = "José Ñandú Pérez"
    accounts = [
        {"id": f"a{n}", "platform": "x", "handle": f"@cuenta_{n:04d}", "client_ids": [f"c{n}"]}
        for n in range(2000)
    ]
    accounts[1500]["handle"] = "https://instagram.com/EastsideWatch"
    accounts[1500]["platform"] = "instagram"
    doc = document(clients, accounts)
    with UnitOfWork(unlocked, "Test Paralegal") as uow:
        imported = interchange.import_checked(uow, interchange.validate(doc))
        uow.commit()
    assert imported.counts["clients"] == 2000
    found = [(m.record, m.index, m.match.on, m.match.client_id) for m in imported.conflicts.matches]
    assert found == [
        ("client", 700, "sealed legal name", ids["aguila"]),
        ("account", 1500, "handle", ids["rio"]),
        ("account", 1500, "targeted account", None),
    ]
