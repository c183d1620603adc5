"""Every way a backup file can be damaged or tampered with is refused by `backup verify`, with
the exit code the README lists (4 damaged or tampered, 3 wrong passphrase) and one clear line.

The backups are real (a demo vault, 16 KiB chunks so there are many); the command line runs
in-process so that a hundred cases stay quick. Argon2id is real but remembered per salt.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from cli.app import run
from storage import backup
from storage.backup import TAG_BYTES, BackupHeader
from tests.support.backups import (
    BACKUP_PASSPHRASE,
    edit_header,
    make_demo_vault,
    one_line_error,
    quick_kdf,
    rechecksum,
    write,
)

CHUNK = 16 * 1024


@dataclass(frozen=True)
class Made:
    data: bytes  # backup A
    header: BackupHeader
    twin: bytes  # backup B: same vault, same passphrase, made right after A
    other_vault: bytes  # a backup of another vault, same passphrase

    def chunk_start(self, index: int) -> int:
        return self.header.header_end + index * (CHUNK + TAG_BYTES)

    def chunk(self, index: int) -> bytes:
        start = self.chunk_start(index)
        return self.data[start : start + self.header.chunk_length(index) + TAG_BYTES]

    @property
    def json_start(self) -> int:
        return 14

    @property
    def checksum_start(self) -> int:
        return len(self.header.raw)


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Made:
    base = tmp_path_factory.mktemp("tamper")
    vault = make_demo_vault(base / "vault", synthetic=4)
    try:
        a = write(vault, base / "a", CHUNK)
        b = write(vault, base / "b", CHUNK)
    finally:
        vault.lock()
    other = make_demo_vault(base / "other")
    try:
        c = write(other, base / "c", CHUNK)
    finally:
        other.lock()
    header = backup.peek_header(a)
    assert header.chunks >= 6, "the tamper matrix needs a first, middle and last chunk"
    return Made(a.read_bytes(), header, b.read_bytes(), c.read_bytes())


@pytest.fixture(autouse=True, scope="module")
def _quick_kdf() -> Iterator[None]:
    with quick_kdf():
        yield


def verify(
    tmp_path: Path,
    data: bytes,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    passphrase: str = BACKUP_PASSPHRASE,
    *options: str,
) -> tuple[int, str, str]:
    path = tmp_path / "candidate.quashbackup"
    path.write_bytes(data)
    monkeypatch.setenv("QUASH_BACKUP_PASSPHRASE", passphrase)
    code = run(["backup", "verify", str(path), *options])
    out, err = capsys.readouterr()
    return code, out, err


def flip(data: bytes, offset: int, mask: int = 0x01) -> bytes:
    return data[:offset] + bytes([data[offset] ^ mask]) + data[offset + 1 :]


def swap_chunks(m: Made, i: int, j: int) -> bytes:
    assert len(m.chunk(i)) == len(m.chunk(j))
    out = bytearray(m.data)
    out[m.chunk_start(i) : m.chunk_start(i) + len(m.chunk(i))] = m.chunk(j)
    out[m.chunk_start(j) : m.chunk_start(j) + len(m.chunk(j))] = m.chunk(i)
    return bytes(out)


Case = tuple[str, Callable[[Made], bytes], int, str]

NOT_A_BACKUP = "is not a Quash backup"
IN_HEADER = "ends inside its header (truncated)"
CHECKSUM = "its header does not match its checksum"
SHORTER = "bytes shorter than its header says (truncated"
EXTRA = "unexpected bytes follow its end"
SEALED = "was tampered with: its header was changed after it was written"
WRONG = "Wrong passphrase for this backup."


def _part(n: int) -> str:
    return f"part {n} of "


def _other_blob(m: Made, key: str) -> str:
    """The header's facts.<key>, base64, with one bit flipped: same length, other bytes."""
    import base64
    import json

    length = int.from_bytes(m.data[10:14], "big")
    doc = json.loads(m.data[14 : 14 + length])
    raw = bytearray(base64.b64decode(doc["facts"][key]))
    raw[0] ^= 0x01
    return base64.b64encode(bytes(raw)).decode("ascii")


def cases() -> list[Case]:
    out: list[Case] = []
    # Bit flips in every region of the header.
    for offset, expect in (
        (0, NOT_A_BACKUP),
        (7, NOT_A_BACKUP),
        (8, CHECKSUM),  # format version
        (9, CHECKSUM),
        (10, "header length is impossible"),
        (13, CHECKSUM),  # header length off by one
    ):
        out.append((f"flip byte {offset}", lambda m, o=offset: flip(m.data, o), 4, expect))
    for fraction in (0.0, 0.1, 0.5, 0.9, 1.0):
        out.append(
            (
                f"flip header JSON at {fraction:.0%}",
                lambda m, f=fraction: flip(
                    m.data, m.json_start + int(f * (m.checksum_start - m.json_start - 1))
                ),
                4,
                CHECKSUM,
            )
        )
    out += [
        ("flip checksum first byte", lambda m: flip(m.data, m.checksum_start), 4, CHECKSUM),
        ("flip checksum last byte", lambda m: flip(m.data, m.checksum_start + 31), 4, CHECKSUM),
        ("flip seal first byte", lambda m: flip(m.data, m.checksum_start + 32), 4, SEALED),
        ("flip seal last byte", lambda m: flip(m.data, m.header.header_end - 1, 0x80), 4, SEALED),
    ]
    # Bit flips in the first, a middle and the last chunk: start, middle, tag.
    for label, index in (("first", 0), ("middle", None), ("last", -1)):
        for where in ("start", "middle", "tag"):

            def mutate(m: Made, index: int | None = index, where: str = where) -> bytes:
                i = m.header.chunks // 2 if index is None else index % m.header.chunks
                size = m.header.chunk_length(i)
                offset = (
                    m.chunk_start(i) + {"start": 0, "middle": size // 2, "tag": size + 3}[where]
                )
                return flip(m.data, offset, 0x40)

            expect = {"first": _part(1), "last": "does not authenticate"}.get(
                label, "does not authenticate"
            )
            out.append((f"flip {label} chunk {where}", mutate, 4, expect))
    out.append(("flip the very last byte", lambda m: flip(m.data, len(m.data) - 1), 4, "does not"))
    # Truncation at many lengths.
    out.append(("truncate to nothing", lambda m: b"", 4, "is empty"))
    for length in (1, 7, 8, 13, 14, 15, 200):
        out.append((f"truncate to {length}", lambda m, n=length: m.data[:n], 4, IN_HEADER))
    out += [
        ("truncate inside the seal", lambda m: m.data[: m.header.header_end - 1], 4, IN_HEADER),
        ("truncate after the header", lambda m: m.data[: m.header.header_end], 4, SHORTER),
        ("truncate inside chunk 1", lambda m: m.data[: m.chunk_start(0) + 100], 4, SHORTER),
        ("truncate at a chunk boundary", lambda m: m.data[: m.chunk_start(3)], 4, SHORTER),
        ("truncate mid-file", lambda m: m.data[: len(m.data) // 2], 4, SHORTER),
        ("truncate the last tag", lambda m: m.data[:-TAG_BYTES], 4, SHORTER),
        ("truncate one byte", lambda m: m.data[:-1], 4, SHORTER),
        # A whole chunk missing from the middle (the file is a chunk short).
        (
            "drop a middle chunk",
            lambda m: m.data[: m.chunk_start(2)] + m.data[m.chunk_start(3) :],
            4,
            SHORTER,
        ),
    ]
    # Appended bytes.
    out += [
        ("append one byte", lambda m: m.data + b"\x00", 4, EXTRA),
        ("append a tag's worth", lambda m: m.data + os.urandom(TAG_BYTES), 4, EXTRA),
        ("append a copy of chunk 1", lambda m: m.data + m.chunk(0), 4, EXTRA),
        ("append another backup", lambda m: m.data + m.twin, 4, EXTRA),
    ]
    # Reordered and replayed chunks.
    out += [
        ("swap chunks 1 and 2", lambda m: swap_chunks(m, 0, 1), 4, _part(1)),
        ("swap chunks 2 and 4", lambda m: swap_chunks(m, 1, 3), 4, _part(2)),
        (
            "replay chunk 1 as chunk 2",
            lambda m: m.data[: m.chunk_start(1)] + m.chunk(0) + m.data[m.chunk_start(2) :],
            4,
            _part(2),
        ),
    ]
    # Headers from other backups.
    out += [
        (
            "header of a backup of the same vault",
            lambda m: m.twin[: m.header.header_end] + m.data[m.header.header_end :],
            4,
            _part(1),
        ),
        (
            "chunks from a backup of the same vault",
            lambda m: m.data[: m.header.header_end] + m.twin[m.header.header_end :],
            4,
            _part(1),
        ),
        (
            "header of another vault's backup",
            lambda m: m.other_vault[: header_end(m.other_vault)] + m.data[m.header.header_end :],
            4,
            "",
        ),
    ]
    # Someone edits the header and recomputes its unkeyed checksum.
    out += [
        (
            "edited sealed facts (office, counts, audit head)",
            lambda m: edit_header(m.data, {"facts.sealed": _other_blob(m, "sealed")}),
            4,
            SEALED,
        ),
        (
            "edited sealed facts' nonce",
            lambda m: edit_header(m.data, {"facts.nonce": _other_blob(m, "nonce")}),
            4,
            SEALED,
        ),
        (
            "a readable office name added to a format-3 header",
            lambda m: edit_header(m.data, {"office_name": "Someone else"}),
            4,
            "header's office_name is not valid",
        ),
        (
            "readable counts added to a format-3 header",
            lambda m: edit_header(m.data, {"counts": {"matters": 0}}),
            4,
            "header's counts is not valid",
        ),
        (
            "edited creation time",
            lambda m: edit_header(m.data, {"created": "2020-01-01T00:00:00+00:00"}),
            4,
            SEALED,
        ),
        (
            "edited KDF cost beyond the cap",
            lambda m: edit_header(m.data, {"kdf.memory_kib": 1 << 30}),
            4,
            "header's memory_kib is not valid",
        ),
        (
            "KDF weakened below the floor",
            lambda m: edit_header(m.data, {"kdf.iterations": 1}),
            4,
            "header's kdf is not valid",
        ),
        (
            "payload length edited",
            lambda m: edit_header(m.data, {"payload.payload_bytes": 5}),
            4,
            "header's chunks is not valid",
        ),
        ("header is not JSON", lambda m: edit_header_raw(m.data, b"{not json"), 4, "text"),
        # Changing what the passphrase is stretched with cannot be told from a wrong passphrase.
        (
            "edited salt",
            lambda m: edit_header(m.data, {"kdf.salt": "AAAAAAAAAAAAAAAAAAAAAA=="}),
            3,
            WRONG,
        ),
        (
            "from a newer Quash",
            lambda m: m.data[:8] + b"\x00\x04" + m.data[10:],
            4,
            CHECKSUM,
        ),
    ]
    # Not backups at all.
    out += [
        ("random bytes", lambda m: os.urandom(5000), 4, NOT_A_BACKUP),
        ("a JSON file", lambda m: b'{"format": "quash-interchange"}', 4, NOT_A_BACKUP),
    ]
    return out


def header_end(data: bytes) -> int:
    return 14 + int.from_bytes(data[10:14], "big") + 64


def edit_header_raw(data: bytes, body: bytes) -> bytes:
    length = int.from_bytes(data[10:14], "big")
    rebuilt = data[:10] + len(body).to_bytes(4, "big") + body + data[14 + length :]
    return rechecksum(rebuilt)


CASES = cases()


def test_the_untouched_backup_verifies(
    made: Made, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = verify(tmp_path, made.data, monkeypatch, capsys)
    assert code == 0, err
    assert "Verified:" in out and "Every byte is authenticated" in out
    assert "integrity check" not in out  # not claimed unless it ran
    assert "Demo Legal Aid Office" in out
    code, out, err = verify(tmp_path, made.data, monkeypatch, capsys, BACKUP_PASSPHRASE, "--deep")
    assert code == 0, err
    assert "passes its integrity check and its audit log is intact" in out


@pytest.mark.parametrize(("label", "mutate", "code", "message"), CASES, ids=[c[0] for c in CASES])
def test_a_damaged_or_tampered_backup_is_refused(
    made: Made,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    label: str,
    mutate: Callable[[Made], bytes],
    code: int,
    message: str,
) -> None:
    data = mutate(made)
    assert data != made.data, f"{label}: the mutation changed nothing"
    actual, out, err = verify(tmp_path, data, monkeypatch, capsys)
    assert actual == code, f"{label}: exit {actual}: {err}"
    line = one_line_error(err)
    assert message in line, line
    assert "Verified" not in out


def test_a_wrong_passphrase_is_told_apart_from_damage(
    made: Made, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = verify(tmp_path, made.data, monkeypatch, capsys, "not the passphrase")
    assert code == 3
    assert one_line_error(err) == f"quash: {WRONG}"
    # A damaged payload with a wrong passphrase: the passphrase is what is reported (the
    # header is intact, and without the key the payload cannot be judged).
    damaged = flip(made.data, made.chunk_start(2) + 10)
    code, _out, err = verify(tmp_path, damaged, monkeypatch, capsys, "not the passphrase")
    assert code == 3
    # A damaged header with any passphrase: damage (the checksum needs no key).
    code, _out, err = verify(
        tmp_path, flip(made.data, 40), monkeypatch, capsys, "not the passphrase"
    )
    assert code == 4
    assert CHECKSUM in one_line_error(err)


def test_a_newer_format_version_asks_for_a_newer_quash(
    made: Made, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    newer = rechecksum(made.data[:8] + b"\x00\x04" + made.data[10:])
    code, _out, err = verify(tmp_path, newer, monkeypatch, capsys)
    assert code == 1
    assert "made by a newer version of Quash (backup format 4)" in one_line_error(err)


def test_missing_file_and_folder_are_invalid_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("QUASH_BACKUP_PASSPHRASE", BACKUP_PASSPHRASE)
    assert run(["backup", "verify", str(tmp_path / "nope.quashbackup")]) == 5
    assert "There is no backup file" in one_line_error(capsys.readouterr().err)
    assert run(["backup", "verify", str(tmp_path)]) == 5
    assert "is a folder" in one_line_error(capsys.readouterr().err)
    assert run(["backup", "verify"]) == 2
    one_line_error(capsys.readouterr().err)
