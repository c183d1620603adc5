"""The page check and the re-encryption that run while a vault's file streams past
(storage.backup.pages) agree with SQLCipher itself. The check: every page of a sound file
passes, however the file is cut into chunks, and a flipped byte, a zeroed page or a cut file
fails, as `PRAGMA cipher_integrity_check` says. The re-encryption: SQLCipher opens the file it
writes under the new key alone, finds every page sound and every row there, with a new salt and
a new IV on every page."""

from __future__ import annotations

import errno
import os
import threading
import time
from pathlib import Path

import pytest
import sqlcipher3
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from storage.backup import pages
from storage.backup.pages import PAGE_BYTES, PageCheck, PageRekey


def _database(path: Path, key: bytes) -> bytes:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("CREATE TABLE documents (id INTEGER PRIMARY KEY, content BLOB)")
    conn.execute("INSERT INTO documents (content) VALUES (?)", (os.urandom(1_300_000),))
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
    assert len(data) // PAGE_BYTES > 300  # more than one batch of the re-encryption (256)
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
    for damaged, failing in ((flipped, 1), (zeroed, 1)):
        assert len(_sqlcipher_says(scratch, key, bytes(damaged))) == failing
        assert _failed(key, bytes(damaged), 1 << 20) == failing
        assert _failed(key, bytes(damaged), 1000) == failing  # each buffer used many times
    assert _sqlcipher_says(scratch, key, bytes(salt))
    assert _failed(key, bytes(salt), 1 << 20) == len(data) // PAGE_BYTES
    assert _failed(key, data[:-100], 1 << 20) == 1  # a cut last page
    assert _failed(os.urandom(32), data, 1 << 20) == len(data) // PAGE_BYTES  # another key


def test_a_check_that_fails_part_way_is_raised_and_leaves_no_thread(
    sound: tuple[bytes, bytes, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hashing that breaks on its third batch (memory running out, say): its error comes back
    from finish(), feeding the rest of a large file after it does not wait for buffers that
    never come back, and no thread is left."""
    key, data, _scratch = sound
    macs = pages._macs
    calls = [0]

    def breaking(*args: object, **kwargs: object) -> int:
        calls[0] += 1
        if calls[0] == 3:
            raise MemoryError
        return macs(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pages, "_macs", breaking)
    check = PageCheck(key)
    raised: list[BaseException] = []

    def feed_all() -> None:
        try:
            for _copy in range(20):  # ten times more batches than the check has buffers
                for start in range(0, len(data), 1 << 18):
                    check.feed(memoryview(data)[start : start + (1 << 18)])
            check.finish()
        except MemoryError as exc:
            raised.append(exc)

    feeding = threading.Thread(target=feed_all, daemon=True)
    feeding.start()
    feeding.join(60)
    assert not feeding.is_alive(), "feeding waits for buffers the broken check never gives back"
    assert len(raised) == 1
    assert not [t for t in threading.enumerate() if t.name == "page check"]


def _rekeyed(old_key: bytes, new_key: bytes, data: bytes, chunk: int) -> bytes:
    written = bytearray()
    rekey = PageRekey(old_key, new_key, written.extend)
    for start in range(0, len(data), chunk):
        rekey.feed(memoryview(data)[start : start + chunk])
    rekey.finish()
    return bytes(written)


def _plain_pages(data: bytes, key: bytes) -> list[bytes]:
    """Each page decrypted on its own under the IV it carries (SQLCipher's layout, read the
    plain way, not as the re-encryption's one stream)."""
    plain = []
    for start in range(0, len(data), PAGE_BYTES):
        page = data[start : start + PAGE_BYTES]
        begins = 16 if start == 0 else 0
        decrypt = Cipher(algorithms.AES(key), modes.CBC(page[4016:4032])).decryptor()
        plain.append(decrypt.update(page[begins:4016]) + decrypt.finalize())
    return plain


def _rows(path: Path, key: bytes, data: bytes) -> list[tuple[object, ...]]:
    path.write_bytes(data)
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        assert [r[0] for r in conn.execute("PRAGMA integrity_check")] == ["ok"]
        return conn.execute("SELECT id, content FROM documents ORDER BY id").fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize("chunk", [1 << 20, PAGE_BYTES, 1000, 300 * PAGE_BYTES + 7])
def test_a_rekeyed_file_is_sqlciphers_under_the_new_key_alone_in_any_chunks(
    sound: tuple[bytes, bytes, Path], chunk: int
) -> None:
    key, data, scratch = sound
    new_key = os.urandom(32)
    rekeyed = _rekeyed(key, new_key, data, chunk)
    assert len(rekeyed) == len(data)
    assert _sqlcipher_says(scratch, new_key, rekeyed) == []
    assert _rows(scratch, new_key, rekeyed) == _rows(scratch, key, data)
    assert _sqlcipher_says(scratch, key, rekeyed)  # the old key opens nothing
    assert rekeyed[:16] != data[:16]  # a new salt
    ivs = {rekeyed[start + 4016 : start + 4032] for start in range(0, len(data), PAGE_BYTES)}
    old_ivs = {data[start + 4016 : start + 4032] for start in range(0, len(data), PAGE_BYTES)}
    assert len(ivs) == len(data) // PAGE_BYTES and not ivs & old_ivs  # each page a new IV
    assert _plain_pages(rekeyed, new_key) == _plain_pages(data, key)


def test_the_lock_byte_page_is_written_empty_and_the_pages_after_it_still_read(
    sound: tuple[bytes, bytes, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite never writes the page at 1 GiB; a test cannot afford a vault that large, so the
    page is moved to page 9, where the re-encryption must pass over it as over the real one."""
    key, data, _scratch = sound
    monkeypatch.setattr(pages, "LOCK_BYTE_PAGE", 9)
    new_key = os.urandom(32)
    rekeyed = _rekeyed(key, new_key, data, 1 << 20)
    assert rekeyed[8 * PAGE_BYTES : 9 * PAGE_BYTES] == bytes(PAGE_BYTES)
    before, after = _plain_pages(data, key), _plain_pages(rekeyed, new_key)
    assert after[:8] == before[:8] and after[9:] == before[9:]
    assert _failed(new_key, rekeyed, 1 << 20) == 0  # every other page's MAC, page 9 skipped


def test_a_cut_last_page_is_left_out(sound: tuple[bytes, bytes, Path]) -> None:
    key, data, _scratch = sound
    rekeyed = _rekeyed(key, os.urandom(32), data[:-100], 1 << 20)
    assert len(rekeyed) == len(data) - PAGE_BYTES


def test_a_write_that_fails_part_way_stops_the_rekey_and_is_raised(
    sound: tuple[bytes, bytes, Path],
) -> None:
    """A stick pulled, or a full disk, while restoring: the failed batch's error comes back to
    the caller, nothing is written after it, and no thread is left waiting for its turn."""
    key, data, _scratch = sound
    data *= 3  # four batches (the copies' pages fail their MACs, which this does not look at)
    written: list[int] = []
    calls = [0]

    def write(view: memoryview) -> None:
        calls[0] += 1
        if calls[0] == 3:
            raise OSError(errno.EIO, "Input/output error")
        written.append(len(view))

    rekey = PageRekey(key, os.urandom(32), write)
    with pytest.raises(OSError, match="Input/output"):
        for start in range(0, len(data), PAGE_BYTES * 64):
            rekey.feed(memoryview(data)[start : start + PAGE_BYTES * 64])
        rekey.finish()
    time.sleep(0.3)  # the batches after it have had time to be put under the key: none is written
    assert written == [1 << 20, 1 << 20]  # the two batches before it, in order, and no more
    assert calls[0] == 3
    rekey.close()
    assert not [t for t in threading.enumerate() if t.name.startswith("page rekey")]
