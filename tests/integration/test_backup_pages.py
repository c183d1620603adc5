"""The page check that runs while a vault's file streams past (storage.backup.pages) agrees with
SQLCipher's own `PRAGMA cipher_integrity_check`: every page of a sound file passes, however the
file is cut into chunks, and a flipped byte, a zeroed page or a cut file fails."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import sqlcipher3

from storage.backup.pages import PAGE_BYTES, PageCheck


def _database(path: Path, key: bytes) -> bytes:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("CREATE TABLE documents (id INTEGER PRIMARY KEY, content BLOB)")
    conn.execute("INSERT INTO documents (content) VALUES (?)", (os.urandom(300_000),))
    conn.execute("INSERT INTO documents (content) VALUES (randomblob(50000))")
    conn.close()
    return path.read_bytes()


def _sqlcipher_says(path: Path, key: bytes, data: bytes) -> list[str]:
    path.write_bytes(data)
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        return [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
    finally:
        conn.close()


def _failed(key: bytes, data: bytes, chunk: int) -> int:
    check = PageCheck(key)
    for start in range(0, len(data), chunk):
        check.feed(memoryview(data)[start : start + chunk])
    return check.finish()


@pytest.fixture(scope="module")
def sound(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, bytes, Path]:
    key = os.urandom(32)
    folder = tmp_path_factory.mktemp("pages")
    return key, _database(folder / "quash.db", key), folder / "check.db"


@pytest.mark.parametrize("chunk", [PAGE_BYTES, 1 << 20, 1000, 3 * PAGE_BYTES + 7])
def test_every_page_of_a_sound_file_passes_in_any_chunks(
    sound: tuple[bytes, bytes, Path], chunk: int
) -> None:
    key, data, scratch = sound
    assert _sqlcipher_says(scratch, key, data) == []
    assert len(data) // PAGE_BYTES > 50
    assert _failed(key, data, chunk) == 0


def test_a_flipped_byte_a_zeroed_page_and_a_cut_fail_as_sqlcipher_says(
    sound: tuple[bytes, bytes, Path],
) -> None:
    key, data, scratch = sound
    flipped = bytearray(data)
    flipped[PAGE_BYTES * 7 + 300] ^= 0x01
    zeroed = bytearray(data)
    zeroed[PAGE_BYTES * 20 : PAGE_BYTES * 21] = bytes(PAGE_BYTES)
    salt = bytearray(data)
    salt[3] ^= 0x80  # page 1's salt: every page's MAC key changes
    for damaged, pages in ((flipped, 1), (zeroed, 1)):
        assert len(_sqlcipher_says(scratch, key, bytes(damaged))) == pages
        assert _failed(key, bytes(damaged), 1 << 20) == pages
    assert _sqlcipher_says(scratch, key, bytes(salt))
    assert _failed(key, bytes(salt), 1 << 20) == len(data) // PAGE_BYTES
    assert _failed(key, data[:-100], 1 << 20) == 1  # a cut last page
    assert _failed(os.urandom(32), data, 1 << 20) == len(data) // PAGE_BYTES  # another key
