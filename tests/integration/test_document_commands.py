"""`document add / list / export` as a script or a paralegal uses them: the file kept inside the
vault on a matter, subpoena or docket entry; a copy out only on purpose, audited and 0600."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from services import audit, documents, records
from storage.uow import UnitOfWork
from storage.vault import unlock_with_passphrase
from tests.conftest import PASSPHRASE, run_cli
from tests.support.vaults import office_vault

SCAN = b"%PDF-1.4\n% an ICE administrative subpoena to Meta Platforms, Inc.\n"


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A vault with a matter (1), its subpoena (1) and a docket entry (1)."""
    folder = tmp_path_factory.mktemp("documents") / "vault"
    vault, _key = office_vault(folder)
    with UnitOfWork(vault, "Test Paralegal") as uow:
        matter = records.create(uow, "matters", {"title": "Stop ICE Alerts", "status": "open"})
        records.create(
            uow,
            "subpoenas",
            {
                "matter_id": matter.id,
                "kind": "administrative_subpoena",
                "issuer": "U.S. Immigration and Customs Enforcement",
                "recipient": "Meta Platforms, Inc.",
                "status": "received",
            },
        )
        records.create(
            uow,
            "events",
            {"matter_id": matter.id, "date": "2026-12-01", "kind": "order", "summary": "Stay"},
        )
        uow.commit()
    vault.lock()
    return folder


def test_documents_go_into_the_vault_on_a_subpoena_a_matter_or_a_docket_entry(
    office: Path, tmp_path: Path
) -> None:
    scan = tmp_path / "summons.pdf"
    scan.write_bytes(SCAN)
    for owner in ("--subpoena", "--matter", "--event"):
        added = run_cli("document", "add", "--vault", str(office), owner, "1", str(scan))
        assert added.returncode == 0, added.stderr
        assert "kept in the vault" in added.stdout

    listed = run_cli("document", "list", "--vault", str(office), "--json")
    assert listed.returncode == 0, listed.stderr
    rows = [r for r in json.loads(listed.stdout) if r["filename"] == "summons.pdf"]
    assert [(r["matter_id"], r["subpoena_id"], r["event_id"]) for r in rows][-3:] == [
        (1, 1, None),
        (1, None, None),
        (1, None, 1),
    ]
    assert {r["size"] for r in rows} == {len(SCAN)}
    text = run_cli("document", "list", "--vault", str(office))
    assert "summons.pdf" in text.stdout and "on subpoena 1" in text.stdout

    with unlock_with_passphrase(office, PASSPHRASE) as vault, UnitOfWork(vault, "t") as uow:
        assert documents.read(uow, rows[-1]["id"]) == SCAN
        # only inside the vault: the database file does not hold the bytes in the clear
    assert SCAN not in (office / "quash.db").read_bytes()


def test_an_export_is_a_warned_audited_owner_only_copy(office: Path, tmp_path: Path) -> None:
    scan = tmp_path / "notice.pdf"
    scan.write_bytes(SCAN)
    added = run_cli("document", "add", "--vault", str(office), "--subpoena", "1", str(scan))
    document_id = int(added.stdout.split()[1])
    out = tmp_path / "copy.pdf"

    exported = run_cli(
        "document", "export", "--vault", str(office), "--id", str(document_id), "--out", str(out)
    )

    assert exported.returncode == 0, exported.stderr
    assert out.read_bytes() == SCAN
    if os.name == "posix":
        assert out.stat().st_mode & 0o777 == 0o600
    assert "NOT encrypted" in exported.stderr
    with unlock_with_passphrase(office, PASSPHRASE) as vault, UnitOfWork(vault, "t") as uow:
        [entry] = [
            e
            for e in audit.entries(uow, entity="document", entity_id=document_id)
            if e.action == "export"
        ]
        assert entry.actor == "Test Paralegal"


def test_bad_input_gets_one_line_and_changes_nothing(office: Path, tmp_path: Path) -> None:
    before = run_cli("document", "list", "--vault", str(office), "--json").stdout
    huge = tmp_path / "scan-500mb.pdf"
    with huge.open("wb") as f:  # sparse: the size is what is refused, before any reading
        f.truncate(500 * 1024 * 1024)
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    (tmp_path / "ok.pdf").write_bytes(SCAN)
    cases = [
        (("--subpoena", "1", str(huge)), 5, "larger than 50 MB"),  # refused unread
        (("--subpoena", "1", str(empty)), 5, "empty"),
        (("--subpoena", "1", str(tmp_path / "none.pdf")), 5, "not a file"),
        (("--matter", "1", "--subpoena", "1", str(empty)), 2, "not allowed with"),
        (("--subpoena", "abc", str(empty)), 5, "whole number"),
        (("--subpoena", "99", str(tmp_path / "ok.pdf")), 5, "There is no subpoena with id 99"),
    ]
    for args, code, said in cases:
        run = run_cli("document", "add", "--vault", str(office), *args)
        lines = [line for line in run.stderr.splitlines() if line.strip()]
        assert run.returncode == code, (args, run.stderr)
        assert len(lines) == 1 and said in lines[0], (args, run.stderr)
    missing = run_cli(
        "document", "export", "--vault", str(office), "--id", "999", "--out", str(tmp_path / "o")
    )
    assert missing.returncode != 0 and not (tmp_path / "o").exists()
    assert run_cli("document", "list", "--vault", str(office), "--json").stdout == before
