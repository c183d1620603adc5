"""Child process for the crash-safety tests: unlock a vault and write until killed.

    python tests/support/crash_writer.py VAULT_DIR LABEL     (passphrase from QUASH_PASSPHRASE)

Prints `READY` once the vault is unlocked, then one line `COMMITTED <matter id> <title>` after
each transaction has committed. Each transaction adds one matter and DEADLINES_PER_MATTER
deadlines, so a parent can check that no transaction was ever half-kept.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from services import records
from storage.uow import UnitOfWork
from storage.vault import unlock_with_passphrase

DEADLINES_PER_MATTER = 2
SAFETY_LIMIT = 200_000  # stop on our own if nobody kills us


def main(folder: str, label: str) -> int:
    vault = unlock_with_passphrase(Path(folder), os.environ["QUASH_PASSPHRASE"])
    try:
        print("READY", flush=True)
        for i in range(SAFETY_LIMIT):
            title = f"{label} marker {i}"
            with UnitOfWork(vault, "crash writer") as uow:
                matter = records.create(uow, "matters", {"title": title, "status": "open"})
                for k in range(DEADLINES_PER_MATTER):
                    records.create(
                        uow,
                        "deadlines",
                        {
                            "matter_id": matter.id,
                            "title": f"{title} deadline {k}",
                            "due": "2026-12-01",
                            "status": "open",
                        },
                    )
                uow.commit()
            # Only now is the transaction durable: report it.
            print(f"COMMITTED {matter.id} {title}", flush=True)
    finally:
        vault.lock()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
