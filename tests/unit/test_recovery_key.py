"""Recovery keys: at least 128 bits, grouped for reading aloud, forgiving of how people type."""

import pytest

from models.errors import WrongKeyError
from storage.keyslots import (
    CROCKFORD,
    MINIMUM_ARGON2,
    Argon2Params,
    new_recovery_key,
    parse_recovery_key,
)


def test_recovery_key_is_eight_groups_of_four_readable_characters() -> None:
    key = new_recovery_key()
    groups = key.split("-")
    assert len(groups) == 8
    assert all(len(g) == 4 and all(c in CROCKFORD for c in g) for g in groups)
    # No I, L, O or U: nothing to confuse when read aloud or copied from paper.
    assert not set(key) & set("ILOU")


def test_recovery_key_carries_at_least_128_bits() -> None:
    assert len(parse_recovery_key(new_recovery_key())) * 8 >= 128
    assert len({new_recovery_key() for _ in range(200)}) == 200


def test_typed_recovery_key_forgives_case_spaces_and_lookalikes() -> None:
    key = new_recovery_key()
    typed = key.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert parse_recovery_key(typed) == parse_recovery_key(key)


@pytest.mark.parametrize("typed", ["", "ABCD-EFGH", "U" * 32, "one group too long"])
def test_malformed_recovery_key_is_refused_with_a_clear_message(typed: str) -> None:
    if typed == "one group too long":  # made here: a parameter must read the same every run
        typed = new_recovery_key() + "X"
    with pytest.raises(WrongKeyError, match="not a recovery key"):
        parse_recovery_key(typed)


def test_argon2_floor_is_64_mib_and_3_passes() -> None:
    assert MINIMUM_ARGON2.memory_kib == 64 * 1024 and MINIMUM_ARGON2.iterations == 3
    assert not Argon2Params(32 * 1024, 3).meets_floor()
    assert not Argon2Params(64 * 1024, 2).meets_floor()
    assert Argon2Params(128 * 1024, 4).meets_floor()
