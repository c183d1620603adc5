"""Fuzz the backup reader: whatever a file holds, reading it ends quickly in either success (for a
mutation that changed nothing) or a one-line QuashError with exit code 1, 3 or 4, never a
traceback and never a hang.

Mutations: flipped bytes anywhere, cuts, insertions, deletions, random files, junk headers, and
header fields replaced by arbitrary JSON with the unkeyed checksum recomputed (the reader's
field checks are reached only that way).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.errors import QuashError
from services import backups
from storage.keyslots import MINIMUM_ARGON2
from storage.vault import create_vault
from tests.conftest import PASSPHRASE
from tests.support.backups import BACKUP_PASSPHRASE, edit_header, quick_kdf, rechecksum, write

pytestmark = pytest.mark.slow

HEADER_FIELDS = [
    "format",
    "backup_id",
    "vault_id",
    "office_name",
    "created",
    "app_version",
    "schema_revision",
    "counts",
    "counts.matters",
    "audit",
    "audit.entries",
    "audit.head",
    "kdf",
    "kdf.name",
    "kdf.lanes",
    "kdf.salt",
    "key",
    "key.cipher",
    "key.nonce",
    "key.wrapped",
    "payload",
    "payload.kind",
    "payload.cipher",
    "payload.chunk_bytes",
    "payload.payload_bytes",
    "payload.chunks",
    "payload.sha256",
]
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=8,
)


# The KDF's cost fields get values around and beyond their limits, not arbitrary ones: a value
# inside the limits is a legitimate (if slow) Argon2id, not a fuzzing target.
# Well-formed values for the fields the passphrase's key depends on: these pass every check but
# the key's, so they read as a wrong passphrase (the format says so), and a stray identifier
# (any text, not only ASCII) must still end in a clean error.
def _b64(n: int) -> st.SearchStrategy[str]:
    return st.binary(min_size=n, max_size=n).map(lambda b: base64.b64encode(b).decode())


KEY_INPUTS = st.one_of(
    st.tuples(st.just("backup_id"), st.uuids().map(str) | st.text(min_size=1, max_size=64)),
    st.tuples(st.just("kdf.salt"), _b64(16)),
    st.tuples(st.just("key.nonce"), _b64(12)),
    st.tuples(st.just("key.wrapped"), _b64(48)),
)
KDF_COSTS = st.tuples(
    st.sampled_from(["kdf.memory_kib", "kdf.iterations"]),
    st.sampled_from([None, -1, 0, 2, 65535, 2**20 + 1, 65, 2**62, 2**80, "65536", 1.5, True]),
)


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    base = tmp_path_factory.mktemp("fuzz")
    vault, _ = create_vault(base / "vault", PASSPHRASE, office_name="Fuzz", params=MINIMUM_ARGON2)
    try:
        path = write(vault, base / "stick", chunk_bytes=4096)
    finally:
        vault.lock()
    return path.read_bytes()


@pytest.fixture(scope="module", autouse=True)
def _quick_kdf() -> Iterator[None]:
    with quick_kdf():
        yield


def mutations(size: int) -> st.SearchStrategy[tuple[str, Any]]:
    offset = st.integers(0, size - 1)
    return st.one_of(
        st.tuples(
            st.just("flip"),
            st.lists(st.tuples(offset, st.integers(1, 255)), min_size=1, max_size=4),
        ),
        st.tuples(st.just("cut"), offset),
        st.tuples(st.just("insert"), st.tuples(offset, st.binary(min_size=1, max_size=64))),
        st.tuples(st.just("delete"), st.tuples(offset, st.integers(1, 5000))),
        st.tuples(st.just("field"), st.tuples(st.sampled_from(HEADER_FIELDS), JSON_VALUES)),
        st.tuples(st.just("field"), KDF_COSTS),
        st.tuples(st.just("field"), KEY_INPUTS),
        st.tuples(st.just("header"), st.binary(max_size=300)),
        st.tuples(st.just("random"), st.binary(max_size=3000)),
        st.tuples(st.just("magic+random"), st.binary(max_size=3000)),
    )


def apply(data: bytes, mutation: tuple[str, Any]) -> bytes:
    kind, arg = mutation
    if kind == "flip":
        out = bytearray(data)
        for where, mask in arg:
            out[where] ^= mask
        return bytes(out)
    if kind == "cut":
        return data[:arg]
    if kind == "insert":
        where, blob = arg
        return data[:where] + blob + data[where:]
    if kind == "delete":
        where, n = arg
        return data[:where] + data[where + n :]
    if kind == "field":
        field, value = arg
        return edit_header(data, {field: value})
    if kind == "header":
        length = int.from_bytes(data[10:14], "big")
        return rechecksum(data[:10] + len(arg).to_bytes(4, "big") + arg + data[14 + length :])
    if kind == "random":
        return bytes(arg)
    return b"QUASHBK1" + bytes(arg)


def test_the_reader_never_crashes_or_hangs_on_a_mutated_file(
    original: bytes, tmp_path: Path
) -> None:
    path = tmp_path / "fuzzed.quashbackup"
    outcomes: dict[str, int] = {}

    @settings(
        max_examples=600,
        deadline=5000,  # a hang shows up as a deadline failure
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(mutations(len(original)))
    def read(mutation: tuple[str, Any]) -> None:
        try:
            data = apply(original, mutation)
        except (KeyError, TypeError, json.JSONDecodeError):
            return  # the mutation did not apply (a path through a replaced value)
        path.write_bytes(data)
        try:
            result = backups.verify_backup(path, BACKUP_PASSPHRASE)
        except QuashError as exc:
            message = str(exc)
            assert message and "\n" not in message, repr(message)
            assert "Traceback" not in message
            assert exc.exit_code in (1, 3, 4), (exc.exit_code, message)
            outcomes[str(exc.exit_code)] = outcomes.get(str(exc.exit_code), 0) + 1
        else:
            # Only a mutation that left the bytes as they were can pass (e.g. a field set to
            # the value it had); anything else would be a hole.
            assert data == original, mutation
            assert result.audit_intact
            outcomes["ok"] = outcomes.get("ok", 0) + 1

    read()
    assert outcomes.get("4", 0) > 100, outcomes  # the fuzzer mostly made damaged files
    assert outcomes.get("3", 0) > 0, outcomes  # and some that pass as wrong passphrase
