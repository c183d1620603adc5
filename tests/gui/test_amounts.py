"""Sizes, record counts and drives read in the reader's language, with plural forms, on the
Backup page as elsewhere: "1 client", "3 docket events", "2.5 MB", "… — 3.1 GB free"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from gui.amounts import RECORD_COUNTS, data_size, record_counts, volume_text
from gui.context import AppContext
from gui.pages.backup_page import VerifyDialog
from services import vaults
from storage import backup
from storage.volumes import Volume
from tests.gui.test_backup_page import BACKUP_PASSPHRASE, make_backup

STICK = Volume(Path("/media/usb"), "USB", 3_100_000_000, 8_000_000_000, True, True)
LOCKED_STICK = Volume(Path("/media/old"), "OLD", 512, 1_000_000, True, False)


def test_every_kind_a_backup_or_the_vault_counts_has_words() -> None:
    assert set(backup.COUNTED_TABLES) <= set(RECORD_COUNTS)
    assert set(vaults.COUNTED) <= set(RECORD_COUNTS)


def test_english_counts_sizes_and_drives() -> None:
    counts = {"clients": 1, "matters": 2, "events": 3, "staff": 1, "closure_days": 0}
    assert record_counts(counts, skip_empty=True) == (
        "1 client, 2 matters, 3 docket events, 1 staff member"
    )
    assert record_counts({"clients": 2, "new_kind": 4}) == "2 clients, 4 new kind"
    assert [data_size(n) for n in (1, 999, 1_500, 2_500_000, 31_000_000_000)] == [
        "1 byte",
        "999 bytes",
        "1.5 KB",
        "2.5 MB",
        "31.0 GB",
    ]
    assert volume_text(STICK) == "USB (/media/usb) — 3.1 GB free"
    assert volume_text(LOCKED_STICK) == "OLD (/media/old) — 512 bytes free, read-only"


def test_spanish_counts_sizes_and_drives(spanish: str) -> None:
    counts = {"clients": 1, "matters": 2, "events": 3, "staff": 2, "documents": 1}
    assert record_counts(counts) == (
        "1 cliente, 2 asuntos, 3 actuaciones, 2 miembros del personal, 1 documento"
    )
    assert data_size(1) == "1 byte" and data_size(999) == "999 bytes"
    assert volume_text(STICK) == "USB (/media/usb) — 3.1 GB libres"
    assert volume_text(LOCKED_STICK) == "OLD (/media/old) — 512 bytes libres, solo lectura"


def test_a_spanish_backup_page_describes_a_backup_in_spanish(
    qtbot: QtBot,
    demo_ctx: AppContext,
    tmp_path: Path,
    verify_dialog: Callable[[Path], VerifyDialog],
    spanish: str,
) -> None:
    path = make_backup(demo_ctx, tmp_path / "stick")
    dialog = verify_dialog(path)
    sealed = dialog.about.text()  # before the passphrase: only when and how big, in Spanish
    assert "sellado" in sealed and (" MB" in sealed or " KB" in sealed)

    qtbot.keyClicks(dialog.passphrase, "not the passphrase")
    with qtbot.waitSignal(dialog.finished_work, timeout=30_000):
        dialog.go_button.click()
    assert dialog.result_label.text() == "La frase de contraseña no es la de esta copia."

    dialog.passphrase.setText(BACKUP_PASSPHRASE)
    with qtbot.waitSignal(dialog.finished_work, timeout=30_000):
        dialog.go_button.click()
    about = dialog.about.text()  # opened: what it holds, in Spanish
    for words in ("clientes", "cuentas", "asuntos", "citaciones", "plazos", "actuaciones"):
        assert words in about, about
    assert "clients" not in about and "subpoenas" not in about and "docket events" not in about
    assert "entradas de auditoría" in about or "entrada de auditoría" in about
    dialog.close()
