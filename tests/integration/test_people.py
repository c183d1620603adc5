"""One office, many people, through the command-line contract: each person's own passphrase
makes them the one working; roles refuse with exit 6 and write nothing; removing a person
re-keys the vault; each person's audit entries are signed, so a forged entry in another
person's name is named by `audit verify`; an older vault upgrades on its first unlock."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from services import audit
from storage.keyslots import MINIMUM_ARGON2
from storage.uow import UnitOfWork
from storage.vault import create_vault, unlock_with_passphrase
from tests.conftest import run_cli

ADMIN = "correct horse battery staple"  # Ana Admin's, as run_cli passes QUASH_PASSPHRASE
PASSPHRASES = {
    "Pat Paralegal": "paralegal passphrase one",
    "Avery Attorney": "attorney passphrase two",
    "Val Volunteer": "volunteer passphrase three",
}
ROLES = {"Pat Paralegal": "paralegal", "Avery Attorney": "attorney", "Val Volunteer": "volunteer"}
FILE = {
    "format": "quash-interchange",
    "version": 1,
    "clients": [{"id": "c1", "pseudonym": "Águila", "legal_name": "María López"}],
    "accounts": [],
    "matters": [{"id": "m1", "title": "Doe v. DHS", "status": "open", "client_ids": ["c1"]}],
    "subpoenas": [],
    "deadlines": [
        {
            "id": "d1",
            "matter_id": "m1",
            "title": "Motion to quash",
            "due": (dt.date.today() + dt.timedelta(days=3)).isoformat(),
            "status": "open",
        }
    ],
    "events": [],
}


def as_person(name: str, *args: str) -> object:
    return run_cli(*args, env={"QUASH_PASSPHRASE": PASSPHRASES[name], "QUASH_USER": "Mallory"})


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A vault whose first person is Ana Admin, with a paralegal, an attorney and a volunteer
    added by her, and one client with a sealed legal name."""
    folder = tmp_path_factory.mktemp("office") / "vault"
    made = run_cli("init", "--vault", str(folder), "--name", "Ana Admin", "--office", "Eastside")
    assert made.returncode == 0, made.stderr
    for name, role in ROLES.items():
        added = run_cli(
            "staff", "add", "--vault", str(folder), "--name", name, "--role", role,
            env={"QUASH_NEW_PASSPHRASE": PASSPHRASES[name]},
        )  # fmt: skip
        assert added.returncode == 0, added.stderr
    data = folder.parent / "case.json"
    data.write_text(json.dumps(FILE), encoding="utf-8")
    assert run_cli("import", "--vault", str(folder), str(data)).returncode == 0
    return folder


def test_the_key_decides_who_is_working(office: Path) -> None:
    listed = run_cli("staff", "list", "--vault", str(office), "--json")
    assert listed.returncode == 0, listed.stderr
    people = {p["name"]: (p["role"], p["has_key"]) for p in json.loads(listed.stdout)}
    assert people == {
        "Ana Admin": ("admin", True),
        "Avery Attorney": ("attorney", True),
        "Pat Paralegal": ("paralegal", True),
        "Val Volunteer": ("volunteer", True),
    }
    # Pat's passphrase makes Pat the actor, whatever QUASH_USER says.
    report = as_person("Pat Paralegal", "report", "matter", "--vault", str(office),
                       "--matter", "1", "--out", str(office.parent / "pat.pdf"))  # fmt: skip
    assert report.returncode == 0, report.stderr
    entries = json.loads(run_cli("audit", "list", "--vault", str(office), "--json").stdout)
    assert entries[-1]["person"] == "Pat Paralegal" and entries[-1]["signed"]
    assert {"seq", "time", "person", "action", "record", "record_id"} <= set(entries[-1])
    assert "Mallory" not in {e["person"] for e in entries}


@pytest.mark.parametrize(
    ("name", "args", "output"),
    [
        ("Pat Paralegal", ("report", "matter", "--matter", "1", "--reveal-names"), "m.pdf"),
        ("Pat Paralegal", ("export", "--include-sealed"), "all.json"),
        ("Val Volunteer", ("report", "deadlines", "--reveal-names"), "d.pdf"),
        ("Pat Paralegal", ("export-csv", "deadlines", "--reveal-names"), "d.csv"),
    ],
)
def test_revealing_sealed_names_is_for_attorneys_and_admins(
    office: Path, name: str, args: tuple[str, ...], output: str
) -> None:
    out = office.parent / f"refused-{output}"
    refused = as_person(name, *args, "--vault", str(office), "--out", str(out))
    assert refused.returncode == 6
    assert refused.stderr.strip().splitlines() == [
        f"quash: Only an admin or an attorney may reveal sealed names; {name} is a {ROLES[name]}."
    ]
    assert not out.exists()  # not even a partial file
    allowed = as_person("Avery Attorney", *args, "--vault", str(office), "--out", str(out))
    assert allowed.returncode == 0, allowed.stderr
    assert out.exists()


def test_only_admins_manage_people_and_a_refusal_changes_nothing(office: Path) -> None:
    keys_before = (office / "quash.keys").read_bytes()
    for args in (
        ("staff", "add", "--name", "Eve", "--role", "admin"),
        ("staff", "role", "--name", "Pat Paralegal", "--role", "admin"),
        ("staff", "remove", "--name", "Val Volunteer"),
    ):
        refused = as_person("Avery Attorney", *args, "--vault", str(office))
        assert refused.returncode == 6, refused.stderr
        assert "Only an admin may manage people; Avery Attorney is an attorney." in refused.stderr
    assert (office / "quash.keys").read_bytes() == keys_before
    listed = json.loads(run_cli("staff", "list", "--vault", str(office), "--json").stdout)
    assert "Eve" not in {p["name"] for p in listed}


def test_a_volunteer_never_fills_in_sealed_fields(office: Path) -> None:
    data = office.parent / "volunteer.json"
    data.write_text(json.dumps(FILE), encoding="utf-8")
    refused = as_person("Val Volunteer", "import", "--vault", str(office), str(data))
    assert refused.returncode == 6
    assert "Only an admin, an attorney or a paralegal may see sealed fields" in refused.stderr


def test_deleting_a_matter_is_for_attorneys_and_admins(office: Path) -> None:
    from models.errors import NotPermittedError
    from services import records
    from services.session import Session

    session = Session(unlock_with_passphrase(office, PASSPHRASES["Pat Paralegal"]), "x")
    try:
        with pytest.raises(NotPermittedError) as refused:
            session.write(lambda uow: records.delete(uow, "matters", 1))
        assert refused.value.exit_code == 6
        assert session.read(lambda uow: records.get(uow, "matters", 1)).title == "Doe v. DHS"
    finally:
        session.lock()


def test_removing_a_person_rekeys_so_their_passphrase_opens_nothing_new(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    assert run_cli("init", "--vault", str(folder), "--name", "Ana Admin").returncode == 0
    added = run_cli("staff", "add", "--vault", str(folder), "--name", "Pat Paralegal",
                    "--role", "paralegal",
                    env={"QUASH_NEW_PASSPHRASE": PASSPHRASES["Pat Paralegal"]})  # fmt: skip
    assert added.returncode == 0, added.stderr
    old_keys = tmp_path / "quash.keys.copy"  # what Pat could have copied while still employed
    shutil.copy(folder / "quash.keys", old_keys)

    removed = run_cli("staff", "remove", "--vault", str(folder), "--name", "Pat Paralegal")
    assert removed.returncode == 0, removed.stderr
    gone = as_person("Pat Paralegal", "status", "--vault", str(folder))
    assert gone.returncode == 3 and "Wrong passphrase" in gone.stderr
    assert run_cli("status", "--vault", str(folder)).returncode == 0  # Ana still opens it

    # The old key file with Pat's passphrase yields the old data key: it opens nothing now.
    shutil.copy(folder / "quash.keys", tmp_path / "current.keys")
    shutil.copy(old_keys, folder / "quash.keys")
    stale = as_person("Pat Paralegal", "status", "--vault", str(folder))
    assert stale.returncode == 4 and "does not belong to this key file" in stale.stderr
    shutil.copy(tmp_path / "current.keys", folder / "quash.keys")
    listed = json.loads(run_cli("staff", "list", "--vault", str(folder), "--json").stdout)
    pat = next(p for p in listed if p["name"] == "Pat Paralegal")
    assert pat == {"name": "Pat Paralegal", "role": "paralegal", "active": False, "has_key": False}


def _forge(folder: Path, passphrase: str, edit: str) -> None:
    """Someone with a key of their own writes into the log behind Quash's back, signing what
    they write with their own key (they have no other)."""
    vault = unlock_with_passphrase(folder, passphrase)
    try:
        with vault.engine.begin() as conn:
            conn.execute(text("DROP TRIGGER IF EXISTS audit_log_no_update"))
        with UnitOfWork(vault, "ignored") as uow:
            if edit == "append as another":
                uow.actor = "Ana Admin"  # claims to be Ana, but only Pat's key is in hand
                audit.record(uow, "delete", "matter", 1, {})
            uow.commit()
    finally:
        vault.lock()


def test_a_forged_entry_in_another_persons_name_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    assert run_cli("init", "--vault", str(folder), "--name", "Ana Admin").returncode == 0
    run_cli("staff", "add", "--vault", str(folder), "--name", "Pat Paralegal",
            "--role", "paralegal",
            env={"QUASH_NEW_PASSPHRASE": PASSPHRASES["Pat Paralegal"]})  # fmt: skip
    intact = run_cli("audit", "verify", "--vault", str(folder))
    assert intact.returncode == 0 and "Audit log intact: 2 entries" in intact.stdout

    _forge(folder, PASSPHRASES["Pat Paralegal"], "append as another")
    checked = run_cli("audit", "verify", "--vault", str(folder))
    assert checked.returncode == 4
    assert (
        "Audit log: entry 3 (delete matter) claims to be Ana Admin's but is signed by "
        "Pat Paralegal's key"
    ) in checked.stderr


def test_an_older_vault_names_its_admin_on_its_first_unlock(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    vault, _recovery = create_vault(folder, ADMIN, office_name="Old Office", params=MINIMUM_ARGON2)
    with UnitOfWork(vault, "Old Admin") as uow:  # how Quash worked before people had keys
        audit.record(uow, "create", "vault", None, {})
        uow.commit()
    vault.lock()
    assert json.loads((folder / "quash.keys").read_text())["slots"][0]["kind"] == "passphrase"

    first = run_cli("status", "--vault", str(folder), env={"QUASH_USER": "Olga Admin"})
    assert first.returncode == 0, first.stderr
    assert "Olga Admin is its admin" in first.stderr
    kinds = sorted(s["kind"] for s in json.loads((folder / "quash.keys").read_text())["slots"])
    assert kinds == ["person", "recovery"]

    # From now on the key decides: QUASH_USER names nobody.
    later = run_cli("staff", "list", "--vault", str(folder), "--json",
                    env={"QUASH_USER": "Mallory"})  # fmt: skip
    assert json.loads(later.stdout) == [
        {"name": "Olga Admin", "role": "admin", "active": True, "has_key": True}
    ]
    entries = json.loads(run_cli("audit", "list", "--vault", str(folder), "--json").stdout)
    assert [e["person"] for e in entries] == ["Old Admin", "Olga Admin"]
    verified = run_cli("audit", "verify", "--vault", str(folder))
    assert verified.returncode == 0, verified.stderr
    assert "The first 1 entries were written before people had keys" in verified.stdout


def test_an_older_vault_in_a_script_without_a_name_is_told_how(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    vault, _recovery = create_vault(folder, ADMIN, params=MINIMUM_ARGON2)
    vault.lock()
    before = (folder / "quash.keys").read_bytes()
    result = run_cli("status", "--vault", str(folder), env={"QUASH_USER": ""})
    assert result.returncode == 2
    assert "set QUASH_USER to your name once" in result.stderr
    assert (folder / "quash.keys").read_bytes() == before


def test_a_new_recovery_sheet_retires_the_old_key(tmp_path: Path) -> None:
    from services import vaults as vault_service
    from storage.vault import unlock_with_recovery_key
    from tests.support.vaults import office_vault

    vault, old_key = office_vault(tmp_path / "vault")
    shown: list[str] = []
    try:
        new_key = vault_service.issue_new_recovery_key(vault, "x", ADMIN, shown.append)
    finally:
        vault.lock()
    assert shown == [new_key] and new_key != old_key
    with pytest.raises(Exception) as refused:  # noqa: PT011 - the old sheet opens nothing
        unlock_with_recovery_key(tmp_path / "vault", old_key)
    assert "Wrong recovery key" in str(refused.value)
    unlock_with_recovery_key(tmp_path / "vault", new_key).lock()
