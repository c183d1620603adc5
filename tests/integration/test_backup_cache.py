"""A backup is read once each time: the read back that checks it as it is written, a verify, a
restore. Each lets go of what it has read from the system's page cache as it goes, so reading
gigabytes of scans from a stick neither pushes the office's other files out of memory nor
leaves the backup sitting in it; a vault restored from such a backup is let go as it is
written. (Where the system takes no such advice, nothing changes; a backup of up to a few
hundred megabytes may stay cached.)"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from services import backups
from storage.backup import crypto, snapshot
from storage.vault import Vault
from storage.vault_folder import DB_NAME
from tests.support.backups import BACKUP_PASSPHRASE, NEW_PASSPHRASE, make_demo_vault, quick_kdf
from tests.support.backups import write as write_backup
from tests.support.page_cache import cached_bytes, forget

pytestmark = pytest.mark.skipif(
    not hasattr(os, "posix_fadvise"), reason="the page-cache advice is Linux's"
)

# Small parts, so that the reads cross many part boundaries, as a 2 GB backup's do.
CHUNK_BYTES = 16384


@pytest.fixture
def scanned(tmp_path: Path) -> Iterator[Vault]:
    vault = make_demo_vault(tmp_path / "vault", document_bytes=(1_500_000, 1_500_000))
    try:
        yield vault
    finally:
        vault.lock()


@pytest.fixture(autouse=True)
def _quick_kdf() -> Iterator[None]:
    with quick_kdf():
        yield


@pytest.fixture(autouse=True)
def _as_if_large(monkeypatch: pytest.MonkeyPatch) -> None:
    """These backups are a few megabytes, and one up to crypto.KEPT_IN_CACHE_LIMIT (hundreds
    of megabytes) may stay cached: the limit is lowered, so that these are read as a large
    backup is."""
    monkeypatch.setattr(crypto, "KEPT_IN_CACHE_LIMIT", 0)


def test_writing_a_backup_leaves_none_of_it_cached(scanned: Vault, tmp_path: Path) -> None:
    path = write_backup(scanned, tmp_path / "stick", chunk_bytes=CHUNK_BYTES)
    assert path.stat().st_size > 3_000_000
    assert cached_bytes(path) == 0


READERS: dict[str, Callable[[Path, Path], object]] = {
    "verify": lambda path, _folder: backups.verify_backup(path, BACKUP_PASSPHRASE),
    "deep verify": lambda path, _folder: backups.verify_backup(path, BACKUP_PASSPHRASE, deep=True),
    "restore": lambda path, folder: backups.restore_backup(
        path, BACKUP_PASSPHRASE, folder, NEW_PASSPHRASE, actor="Test Paralegal"
    ),
}


@pytest.mark.parametrize("reader", READERS)
def test_reading_a_backup_leaves_none_of_it_cached(
    scanned: Vault, tmp_path: Path, reader: str
) -> None:
    path = write_backup(scanned, tmp_path / "stick", chunk_bytes=CHUNK_BYTES)
    forget(path)
    with path.open("rb") as handle:  # a plain read keeps all of it: what is checked below can fail
        while handle.read(1 << 20):
            pass
    assert cached_bytes(path) >= path.stat().st_size  # whole pages
    forget(path)

    READERS[reader](path, tmp_path / "restored")

    assert cached_bytes(path) == 0


def test_restoring_a_large_backup_leaves_little_of_the_vault_cached(
    scanned: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The restored vault is written a slice at a time and each slice, once on the device, is
    let go, as the backup it came from is: what stays is the last slices and the few pages the
    restore's own check reads (the scans themselves are not read)."""
    monkeypatch.setattr(snapshot, "FLUSH_BYTES", 64 * 1024)  # slices in proportion to the vault
    path = write_backup(scanned, tmp_path / "stick", chunk_bytes=CHUNK_BYTES)

    restored = backups.restore_backup(
        path, BACKUP_PASSPHRASE, tmp_path / "restored", NEW_PASSPHRASE, actor="Test Paralegal"
    )

    db = restored.folder / DB_NAME
    assert db.stat().st_size > 3_000_000
    assert cached_bytes(db) < db.stat().st_size // 4
