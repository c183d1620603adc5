"""The recovery sheet is one printed page that holds a key which really opens the vault, with
plain instructions, written so that no half-written PDF is ever left behind."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, LETTER

from models.errors import WrongKeyError
from reports.recovery_sheet import write_recovery_sheet
from storage.keyslots import Argon2Params, new_recovery_key
from storage.vault import create_vault, unlock_with_recovery_key
from tests.conftest import PASSPHRASE
from tests.support.pdf_text import all_text, page_count, page_size, page_texts

CREATED = dt.datetime(2026, 3, 4, 9, 30, tzinfo=dt.UTC)
KEY_LINE = re.compile(r"\b([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})\b")


def sheet(path: Path, recovery_key: str, **overrides: object) -> Path:
    options: dict[str, object] = {
        "office_name": "Eastside Legal Aid Collective",
        "vault_folder": "/home/paralegal/Quash/vault",
        "vault_id": "2f1c0b8e-4a7d-4a51-9d1e-0c9a3b7e5f21",
        "recovery_key": recovery_key,
        "created": CREATED,
    }
    options.update(overrides)
    write_recovery_sheet(path, **options)  # type: ignore[arg-type]
    return path


def test_the_key_printed_on_the_sheet_opens_the_vault(
    tmp_path: Path, fast_kdf: Argon2Params
) -> None:
    folder = tmp_path / "vault"
    vault, recovery = create_vault(folder, PASSPHRASE, office_name="Eastside", params=fast_kdf)
    vault.lock()
    pdf = sheet(
        tmp_path / "quash-recovery-sheet.pdf",
        recovery,
        vault_folder=str(folder),
        vault_id=vault.vault_id,
    )

    lines = KEY_LINE.findall(all_text(pdf))
    assert "-".join(lines[:2]) == recovery  # the key, large, in two lines of four groups
    reopened = unlock_with_recovery_key(folder, " ".join(lines[:2]).lower())
    assert reopened.vault_id == vault.vault_id
    reopened.lock()


def test_one_letter_page_with_header_details_instructions_and_footer(tmp_path: Path) -> None:
    key = new_recovery_key()
    pdf = sheet(tmp_path / "sheet.pdf", key)

    assert page_count(pdf) == 1
    assert page_size(pdf) == pytest.approx(LETTER, abs=0.5)
    text = all_text(pdf)
    for expected in (
        "Privileged & Confidential — Attorney Work Product",
        "Eastside Legal Aid Collective",
        "Quash vault recovery key",
        "/home/paralegal/Quash/vault",
        "2f1c0b8e-4a7d-4a51-9d1e-0c9a3b7e5f21",
        "2026-03-04 09:30 UTC",  # when the vault was created
        "office safe",
        "Anyone with this key can open the vault",
        "QUASH_RECOVERY_KEY",
        "Use recovery key",
        "Page 1 of 1",
    ):
        assert expected in text, expected
    assert re.search(r"Generated \d{4}-\d{2}-\d{2} \d{2}:\d{2}", text)


def test_a4_on_request(tmp_path: Path) -> None:
    key = new_recovery_key()
    assert page_size(sheet(tmp_path / "a.pdf", key, pagesize="a4")) == pytest.approx(A4, abs=0.5)
    assert page_size(sheet(tmp_path / "b.pdf", key, pagesize=A4)) == pytest.approx(A4, abs=0.5)


def test_very_long_names_still_fit_one_page(tmp_path: Path) -> None:
    key = new_recovery_key()
    pdf = sheet(
        tmp_path / "long.pdf",
        key,
        office_name="Oficina de Asistencia Jurídica Ñandú " * 6,
        vault_folder="/media/usb-stick/" + "nested-folder/" * 80 + "vault",
        pagesize="a4",
    )
    assert page_count(pdf) == 1
    assert "-".join(KEY_LINE.findall(page_texts(pdf)[0])[:2]) == key


def test_replaces_an_old_sheet_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    old_key, new_key = new_recovery_key(), new_recovery_key()
    pdf = sheet(tmp_path / "sheet.pdf", old_key)
    sheet(pdf, new_key)

    assert "-".join(KEY_LINE.findall(all_text(pdf))[:2]) == new_key
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]


def test_a_mistyped_key_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    with pytest.raises(WrongKeyError):
        sheet(tmp_path / "sheet.pdf", "ABCD-EFGH")
    assert list(tmp_path.iterdir()) == []
