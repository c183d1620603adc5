"""Child process for the backup kill tests: unlock a vault and write one backup, reporting each
step, so that a parent can SIGKILL it at chosen moments.

    python tests/support/backup_writer.py VAULT_DIR TARGET_DIR HELD_SEAL_LIMIT
    (QUASH_PASSPHRASE unlocks the vault; QUASH_BACKUP_PASSPHRASE protects the backup)

Prints `READY` once unlocked, `STEP <done> <total> <text>` at each progress report, and
`DONE <path>` once the backup is verified, named and recorded. HELD_SEAL_LIMIT sets
storage.backup.snapshot.HELD_SEAL_LIMIT (0: always through a local snapshot, as if the target
were on another file system than the vault).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from services import backups
from storage.backup import snapshot
from storage.keyslots import MINIMUM_ARGON2
from storage.uow import UnitOfWork
from storage.vault import unlock_with_passphrase
from tests.support.tasks import Watching


def main(folder: str, target: str, held_limit: str) -> int:
    snapshot.HELD_SEAL_LIMIT = int(held_limit)
    if not snapshot.HELD_SEAL_LIMIT:
        snapshot._same_file_system = lambda _folder, _fd: False  # type: ignore[assignment]
    vault = unlock_with_passphrase(Path(folder), os.environ["QUASH_PASSPHRASE"])
    try:
        print("READY", flush=True)

        def progress(done: int, total: int, text: str) -> None:
            print(f"STEP {done} {total} {text}", flush=True)

        with UnitOfWork(vault, "kill test") as uow:
            made = backups.create_backup(
                uow,
                Path(target),
                os.environ["QUASH_BACKUP_PASSPHRASE"],
                params=MINIMUM_ARGON2,
                task=Watching(progress),
            )
            uow.commit()
        print(f"DONE {made.path}", flush=True)
    finally:
        vault.lock()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3]))
