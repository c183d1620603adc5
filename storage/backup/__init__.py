"""The backup file: one encrypted, authenticated file holding a consistent snapshot of a vault.

docs/backup-format.md specifies it byte by byte. In short:

    "QUASHBK1" | u16 version | u32 n | n bytes header JSON | SHA-256 | HMAC-SHA256 | sealed chunks

The payload (format 2) is the vault's database file as it is on disk, SQLCipher pages still
encrypted under the vault's data key, copied in one read transaction; the header carries that
data key wrapped under the backup's own random key. The payload is cut into 1 MiB chunks, each
sealed with AES-256-GCM. A chunk's nonce and associated data carry its index, whether it is the
last, and the header's digest, so a flipped bit, a cut, reordered chunks or another backup's
header all fail. No page of the case file is ever written in the clear: not to the stick, not to
a temp file. Format 1 (a `sqlcipher_export` copy under a derived key) is still read.

Writing (`write_backup`): snapshot, seal to a temporary name on the target, fsync, read the whole
file back from the device and check it, then rename into place and fsync the folder. A kill at
any moment leaves a complete, verified backup or nothing under the final name. Restoring puts
the database under a new data key, so a key taken from the old machine opens nothing restored.

The modules, each importing only those before it in this list: `format` (constants, the header,
opening a file), `pages` (SQLCipher's page MACs checked as the file streams past), `snapshot`
(the vault's file held still, its facts, database checks, leftovers), `crypto` (keys, sealed
facts, authenticating the payload), `writer` (`write_backup`, space, file names, `prune`),
`restore` (`restore_backup`, extracting and checking a payload, the new data key).
This package re-exports what callers use. A test that changes a setting or a step patches the
module that uses it (`snapshot.HELD_SEAL_LIMIT`, `writer.free_bytes`, `restore._extract`);
`HELD_SEAL_LIMIT` and `derive_kek` are not re-exported, so a patch aimed here fails loudly.
"""

from storage.backup.crypto import BackupKeys, unlock, verify_file
from storage.backup.format import (
    CHUNK_BYTES,
    COUNTED_TABLES,
    SUFFIX,
    TAG_BYTES,
    BackupHeader,
    peek_header,
)
from storage.backup.restore import (
    RestoredFolder,
    check_extracted,
    destination_state,
    extracted,
    restore_backup,
)
from storage.backup.snapshot import LEFTOVER
from storage.backup.writer import (
    NotEnoughSpaceError,
    WrittenBackup,
    backups_in,
    free_bytes,
    human_size,
    prune,
    write_backup,
)

__all__ = [
    "CHUNK_BYTES",
    "COUNTED_TABLES",
    "LEFTOVER",
    "SUFFIX",
    "TAG_BYTES",
    "BackupHeader",
    "BackupKeys",
    "NotEnoughSpaceError",
    "RestoredFolder",
    "WrittenBackup",
    "backups_in",
    "check_extracted",
    "destination_state",
    "extracted",
    "free_bytes",
    "human_size",
    "peek_header",
    "prune",
    "restore_backup",
    "unlock",
    "verify_file",
    "write_backup",
]
