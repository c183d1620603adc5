"""Drafts from templates, in a real vault: every shipped template fills in the matter's facts
(the Spanish letter in Spanish, dates too); a client's legal name is merged only when an
attorney asks, and a paralegal who asks is refused with nothing written; drafts are 0600; an
office's own template is kept in the vault, listed and rendered; a bad one is one clear error
and adds nothing; the audit log records each draft without the name."""

from __future__ import annotations

import datetime as dt
import importlib.util
import io
import os
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from docx import Document

from models.errors import NotPermittedError, ValidationError
from services import audit, drafting, people, records
from storage.keyslots import MINIMUM_ARGON2
from storage.uow import UnitOfWork
from storage.vault import Vault, unlock_with_passphrase
from tests.conftest import run_cli
from tests.support.vaults import office_vault

ATTORNEY = "attorney passphrase, long enough"
PARALEGAL = "paralegal passphrase, long enough"
LEGAL_NAME = "Rosa Brightwater"
TODAY = dt.date(2025, 9, 12)


@dataclass(frozen=True)
class Office:
    folder: Path
    admin: Vault  # unlocked by its maker, "Test Paralegal" (an admin)
    attorney: Vault  # the same vault, unlocked by Avery Attorney's passphrase
    matter_id: int
    subpoena_id: int
    bare_matter_id: int  # no clients, no subpoena, no deadlines
    other_subpoena_id: int  # a subpoena of another matter


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    """A vault with an admin (its maker), an attorney and a paralegal, and the Instagram case
    of September 2025: a Doe with a sealed legal name, the account, DHS's subpoena to Meta and
    its deadlines. Unlocked once for the module by the admin and by the attorney (Argon2 is
    the slow part)."""
    folder = tmp_path_factory.mktemp("drafting") / "vault"
    vault, _recovery = office_vault(folder, office_name="Eastside Legal Aid")
    try:
        people.add(vault, "Avery Attorney", "attorney", ATTORNEY, params=MINIMUM_ARGON2)
        people.add(vault, "Pat Paralegal", "paralegal", PARALEGAL, params=MINIMUM_ARGON2)
        with UnitOfWork(vault, "Test Paralegal") as uow:
            client = records.create(
                uow,
                "clients",
                {"pseudonym": "John Doe", "legal_name": LEGAL_NAME, "language": "es"},
            )
            account = records.create(
                uow,
                "accounts",
                {
                    "platform": "instagram",
                    "handle": "@LBProtest",
                    "url": "https://www.instagram.com/lbprotest",
                    "client_ids": [client.id],
                },
            )
            matter = records.create(
                uow,
                "matters",
                {
                    "title": "In re DHS Subpoena to Meta (LBProtest)",
                    "status": "open",
                    "court": "United States District Court, Northern District of California",
                    "case_number": "3:25-mc-80123",
                    "judge": "Magistrate Judge Hixson",
                    "attorney": "Avery Attorney",
                    "client_ids": [client.id],
                },
            )
            subpoena = records.create(
                uow,
                "subpoenas",
                {
                    "matter_id": matter.id,
                    "kind": "administrative_subpoena",
                    "issuer": "U.S. Department of Homeland Security",
                    "recipient": "Meta Platforms, Inc.",
                    "issuing_officer": "Special Agent R. Roe",
                    "authority": "8 U.S.C. § 1225(d)",
                    "stated_purpose": "Officer Safety / Doxing",
                    "issued": "2025-09-03",
                    "served": "2025-09-05",
                    "user_notified": "2025-09-10",
                    "response_window_days": 10,
                    "compliance_date": "2025-09-24",
                    "requested": ["name", "email", "phone"],
                    "account_ids": [account.id],
                    "status": "received",
                },
            )
            for title, due, status in (
                ("Objections to the subpoena due", "2025-09-20", "open"),
                ("File the motion to quash", "2025-09-23", "open"),
                ("Call the client back", "2025-09-11", "done"),
            ):
                records.create(
                    uow,
                    "deadlines",
                    {"matter_id": matter.id, "title": title, "due": due, "status": status},
                )
            bare = records.create(
                uow, "matters", {"title": "Intake, no facts yet", "status": "intake"}
            )
            other = records.create(uow, "matters", {"title": "Another matter", "status": "open"})
            other_subpoena = records.create(
                uow,
                "subpoenas",
                {
                    "matter_id": other.id,
                    "kind": "customs_summons",
                    "issuer": "U.S. Customs and Border Protection",
                    "recipient": "X Corp.",
                    "status": "received",
                },
            )
            uow.commit()
        attorney = unlock_with_passphrase(folder, ATTORNEY)
        try:
            yield Office(
                folder, vault, attorney, matter.id, subpoena.id, bare.id, other_subpoena.id
            )
        finally:
            attorney.lock()
    finally:
        vault.lock()


@contextmanager
def working_as(office: Office, passphrase: str) -> Iterator[Vault]:
    vault = unlock_with_passphrase(office.folder, passphrase)
    try:
        yield vault
    finally:
        vault.lock()


def draft(
    office: Office,
    vault: Vault,
    template: str | int,
    out: Path,
    *,
    matter_id: int | None = None,
    reveal: bool = False,
) -> drafting.DraftResult:
    with UnitOfWork(vault, "tester") as uow:
        result = drafting.draft(
            uow, template, matter_id or office.matter_id, out, reveal=reveal, today=TODAY
        )
        uow.commit()
        return result


def text_of(path: Path) -> str:
    """Everything a reader sees in the .docx: paragraphs, tables, footers."""
    doc = Document(str(path))
    lines = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                lines.extend(p.text for p in cell.paragraphs)
    for section in doc.sections:
        lines.extend(p.text for p in section.footer.paragraphs)
    return "\n".join(lines).replace("\u202f", " ")


def every_part(path: Path) -> bytes:
    """The raw bytes of every part inside the .docx (XML, properties), to search them all."""
    with zipfile.ZipFile(path) as package:
        return b"".join(package.read(name) for name in package.namelist())


def docx_with(*paragraphs: str) -> bytes:
    doc = Document()
    for text in paragraphs:
        doc.add_paragraph(text)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


# ---- the shipped templates ------------------------------------------------------------------

EXPECTED = {
    "motion_to_quash": (
        "UNITED STATES DISTRICT COURT, NORTHERN DISTRICT OF CALIFORNIA",
        "In re Administrative Subpoena to Meta Platforms, Inc.",
        "Case No. 3:25-mc-80123",
        "Judge: Magistrate Judge Hixson",
        "the anonymous user of the account(s) @LBProtest (Instagram)",
        "U.S. Department of Homeland Security issued on September 3, 2025, to Meta Platforms",
        "8 U.S.C. § 1225(d)",
        "Officer Safety / Doxing",
        "name, email address, and phone number",
        "Special Agent R. Roe",
        "September 24, 2025",
        "DECLARATION OF JOHN DOE",
        "I, John Doe, declare:",
        "under penalty of perjury",
        "28 U.S.C. § 1746",
        "/s/ John Doe",
        "Dated: September 12, 2025",
        "Avery Attorney",
        "Eastside Legal Aid",
    ),
    "hold_letter": (
        "Eastside Legal Aid",
        "September 12, 2025",
        "Meta Platforms, Inc.",
        "Administrative subpoena from U.S. Department of Homeland Security dated September 3, 2025",
        "request to hold production pending a motion to quash",
        "Instagram: @LBProtest (https://www.instagram.com/lbprotest)",
        "by pseudonym only (John Doe)",
        "compliance date of September 24, 2025",
        "Case No. 3:25-mc-80123",
        "Avery Attorney",
    ),
    "client_letter_en": (
        "Re: In re DHS Subpoena to Meta (LBProtest)",
        "Dear John Doe,",
        "Meta Platforms, Inc. received an administrative subpoena from U.S. Department of "
        "Homeland Security, dated September 3, 2025",
        "@LBProtest on Instagram",
        "name, email address, and phone number",
        "on or after September 24, 2025",
        "September 20, 2025: Objections to the subpoena due",
        "September 23, 2025: File the motion to quash",
        "Avery Attorney",
    ),
    "client_letter_es": (
        "Asunto: In re DHS Subpoena to Meta (LBProtest)",
        "Estimado/a John Doe:",
        "12 de septiembre de 2025",
        "recibió una citación administrativa de U.S. Department of Homeland Security, con "
        "fecha 3 de septiembre de 2025",
        "@LBProtest en Instagram",
        "nombre, correo electrónico y número de teléfono",
        "a partir del 24 de septiembre de 2025",
        # a title a shipped rule gives reads in Spanish; the office's own stays as typed
        "20 de septiembre de 2025: Vencen las objeciones a la citación",
        "23 de septiembre de 2025: File the motion to quash",
        "Confidencial: comunicación entre abogado y cliente",
    ),
}


@pytest.mark.parametrize("name", sorted(drafting.SHIPPED))
def test_each_shipped_template_fills_in_the_matter(
    office: Office, tmp_path: Path, name: str
) -> None:
    out = tmp_path / f"{name}.docx"
    result = draft(office, office.admin, name, out)

    text = text_of(out)
    missing = [expected for expected in EXPECTED[name] if expected not in text]
    assert missing == [], text
    assert "{{" not in text and "{%" not in text
    assert "Call the client back" not in text  # done: not an open deadline
    assert LEGAL_NAME.encode() not in every_part(out)
    assert os.stat(out).st_mode & 0o777 == 0o600
    assert (result.path, result.template, result.names_revealed) == (out, name, False)
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]  # no temporary left


def test_the_shipped_files_are_what_the_script_makes(tmp_path: Path) -> None:
    """reports/templates/ is regenerated by tools/make_draft_templates.py, byte for byte: an
    edit to the script without a fresh run (or a hand edit to a file) shows here."""
    script = Path(__file__).resolve().parents[2] / "tools" / "make_draft_templates.py"
    spec = importlib.util.spec_from_file_location("make_draft_templates", script)
    assert spec is not None and spec.loader is not None
    maker = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(maker)
    assert maker.main([str(tmp_path)]) == 0
    for name in drafting.SHIPPED:
        made = (tmp_path / f"{name}.docx").read_bytes()
        assert made == (drafting.SHIPPED_FOLDER / f"{name}.docx").read_bytes(), name
        assert drafting.unknown_fields(made) == []


def test_the_spanish_letter_writes_its_dates_in_spanish(office: Office, tmp_path: Path) -> None:
    out = tmp_path / "carta.docx"
    draft(office, office.admin, "client_letter_es", out)
    text = text_of(out)
    assert "de septiembre de 2025" in text
    assert "September" not in text


def test_a_matter_without_facts_yet_still_drafts_with_blanks_to_fill(
    office: Office, tmp_path: Path
) -> None:
    for name in drafting.SHIPPED:
        out = tmp_path / f"{name}.docx"
        draft(office, office.admin, name, out, matter_id=office.bare_matter_id)
        assert "[platform]" in text_of(out) or "[la plataforma]" in text_of(out), name


# ---- sealed names ---------------------------------------------------------------------------


def test_the_legal_name_is_merged_only_when_an_attorney_asks(
    office: Office, tmp_path: Path
) -> None:
    plain = tmp_path / "plain.docx"
    draft(office, office.attorney, "motion_to_quash", plain)
    assert LEGAL_NAME not in text_of(plain)
    assert LEGAL_NAME.encode() not in every_part(plain)

    revealed = tmp_path / "revealed.docx"
    result = draft(office, office.attorney, "motion_to_quash", revealed, reveal=True)
    assert result.names_revealed
    assert f"never file publicly): {LEGAL_NAME}" in text_of(revealed)
    assert "/s/ John Doe" in text_of(revealed)  # the declaration is still signed as the Doe

    letter = tmp_path / "letter.docx"
    draft(office, office.attorney, "client_letter_en", letter, reveal=True)
    assert f"Dear {LEGAL_NAME}," in text_of(letter)


def test_without_reveal_a_legal_name_field_prints_sealed(office: Office) -> None:
    with UnitOfWork(office.attorney, "tester") as uow:
        fields = drafting.merge_fields(uow, office.matter_id)
        assert fields["client"]["legal_name"] == "[sealed]"
        assert fields["client"]["name"] == "John Doe"
        assert LEGAL_NAME not in repr(fields)
        spanish = drafting.merge_fields(uow, office.matter_id, language="es")
        assert spanish["client"]["legal_name"] == "[reservado]"
        revealed = drafting.merge_fields(uow, office.matter_id, reveal=True)
        assert revealed["client"]["legal_name"] == LEGAL_NAME


def test_a_paralegal_may_not_merge_legal_names(office: Office, tmp_path: Path) -> None:
    out = tmp_path / "motion.docx"
    refused = run_cli(
        "draft",
        "--vault",
        str(office.folder),
        "--matter",
        str(office.matter_id),
        "--template",
        "motion_to_quash",
        "--out",
        str(out),
        "--reveal",
        env={"QUASH_PASSPHRASE": PARALEGAL},
    )
    assert refused.returncode == 6, refused.stderr
    assert "Only an admin or an attorney may reveal sealed names" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []  # not even a partial file

    with working_as(office, PARALEGAL) as vault, UnitOfWork(vault, "tester") as uow:
        with pytest.raises(NotPermittedError):
            drafting.merge_fields(uow, office.matter_id, reveal=True)
        drafting.draft(uow, "motion_to_quash", office.matter_id, out)  # without the names
        uow.commit()
    assert os.stat(out).st_mode & 0o777 == 0o600
    assert LEGAL_NAME not in text_of(out)


# ---- the office's own templates -------------------------------------------------------------


def test_an_office_template_is_kept_in_the_vault_listed_and_rendered(
    office: Office, tmp_path: Path
) -> None:
    content = docx_with(
        "Carta de {{ office.name }} sobre {{ matter.title }}",
        "Plazo: {{ subpoena.compliance_date }}",
        "{% for a in accounts %}Cuenta {{ a.handle }}{% endfor %}",
    )
    with UnitOfWork(office.admin, "tester") as uow:
        added = drafting.add_template(uow, "Eastside carta breve", content, "es")
        uow.commit()
    try:
        with UnitOfWork(office.admin, "tester") as uow:
            listed = {v.name: v for v in drafting.templates(uow)}
        mine = listed["Eastside carta breve"]
        assert (mine.shipped, mine.language, mine.added_by) == (False, "es", "Test Paralegal")
        assert set(drafting.SHIPPED) <= set(listed)

        out = tmp_path / "carta.docx"
        draft(office, office.admin, "Eastside carta breve", out)
        text = text_of(out)
        assert "Carta de Eastside Legal Aid sobre In re DHS Subpoena to Meta (LBProtest)" in text
        assert "Plazo: 24 de septiembre de 2025" in text
        assert "Cuenta @LBProtest" in text

    finally:
        with UnitOfWork(office.admin, "tester") as uow:
            assert added.id is not None
            drafting.remove_template(uow, added.id)
            uow.commit()
            assert "Eastside carta breve" not in {v.name for v in drafting.templates(uow)}


@pytest.mark.parametrize(
    ("content", "code", "words"),
    [
        (b"Dear client, this is not a Word file.", "template.not_docx", "not a Word document"),
        (
            docx_with(
                "{{ matter.titel }} for {{ clientz }}",
                "{% for a in accounts %}{{ a.handel }}{% endfor %}",
                "{{ matter.title }} {{ subpoena.issuer }}",
            ),
            "template.unknown_fields",
            "a.handel, clientz, matter.titel",
        ),
        (docx_with("{{ matter.title"), "template.bad_syntax", "not written correctly"),
    ],
)
def test_a_bad_template_is_one_clear_error_and_adds_nothing(
    office: Office, content: bytes, code: str, words: str
) -> None:
    with UnitOfWork(office.admin, "tester") as uow:
        before = drafting.templates(uow)
        audited = len(audit.entries(uow, entity="template"))
        with pytest.raises(ValidationError) as refused:
            drafting.add_template(uow, "Broken", content)
        assert refused.value.code == code
        assert words in str(refused.value)
        assert len(str(refused.value).splitlines()) == 1
        uow.commit()
    with UnitOfWork(office.admin, "tester") as uow:
        assert drafting.templates(uow) == before
        assert len(audit.entries(uow, entity="template")) == audited


def test_a_bad_template_on_the_command_line_names_the_unknown_fields(
    office: Office, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`cli.app.run` in this process (what `main.py` runs): the file is checked before the
    passphrase is asked for, so no unlock is needed to see the refusal."""
    from cli import app

    bad = tmp_path / "bad.docx"
    bad.write_bytes(docx_with("{{ matter.titel }}"))
    capsys.readouterr()
    code = app.run(["template", "add", "--vault", str(office.folder), "--name", "Bad", str(bad)])
    err = capsys.readouterr().err
    assert code == 5
    assert "matter.titel" in err
    assert len(err.strip().splitlines()) == 1


def test_an_office_template_may_not_take_a_shipped_name(office: Office) -> None:
    with UnitOfWork(office.admin, "tester") as uow:
        with pytest.raises(ValidationError) as refused:
            drafting.add_template(uow, "Hold_Letter", docx_with("{{ matter.title }}"))
        assert refused.value.code == "template.name_taken"
        with pytest.raises(ValidationError) as shipped:
            drafting.remove_by_name(uow, "hold_letter")
        assert shipped.value.code == "template.shipped"


def test_a_subpoena_of_another_matter_is_refused(office: Office, tmp_path: Path) -> None:
    out = tmp_path / "x.docx"
    with UnitOfWork(office.admin, "tester") as uow:
        with pytest.raises(ValidationError) as refused:
            drafting.draft(
                uow, "hold_letter", office.matter_id, out, subpoena_id=office.other_subpoena_id
            )
    assert refused.value.code == "draft.other_matter"
    assert not out.exists()


# ---- the audit log --------------------------------------------------------------------------


def test_each_draft_is_audited_without_the_name(office: Office, tmp_path: Path) -> None:
    draft(office, office.attorney, "motion_to_quash", tmp_path / "m.docx", reveal=True)
    with UnitOfWork(office.admin, "tester") as uow:
        entry = audit.entries(uow, entity="draft", limit=1)[0]
        assert (entry.action, entry.actor) == ("export", "Avery Attorney")
        assert entry.detail["template"] == "motion_to_quash"
        assert entry.detail["matter_id"] == office.matter_id
        assert entry.detail["subpoena_id"] == office.subpoena_id
        assert entry.detail["names_revealed"] is True
        assert LEGAL_NAME not in repr(entry)
        assert audit.verify(uow).intact
