"""Imported by a child Python whose PYTHONPATH starts here (tests/conftest.py's run_cli, unless
told otherwise): the passphrases it sets get Argon2id's floor (64 MiB, 3 passes) instead of
settings calibrated to take half a second on this machine, so a test that runs the command line
many times against one vault does not pay the calibrated cost on every unlock. Every derivation
is still real Argon2id, checked against the same floor a user's key file must meet."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repository: main.py's modules

import storage.keyslots as _keyslots  # noqa: E402

_keyslots.calibrate_argon2 = lambda *_args, **_kwargs: _keyslots.MINIMUM_ARGON2
