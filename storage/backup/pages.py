"""SQLCipher's page MACs checked while a vault's database file streams past (sealing a large
vault, verifying, restoring): the same check as `PRAGMA cipher_integrity_check`, without a
separate pass over the file, and with progress moving while it runs.

The layout is SQLCipher 4's default, which storage.vault uses: 4096-byte pages, each ending in
a 16-byte IV and a 64-byte HMAC-SHA512 over the encrypted page, its IV and the page number
(4 bytes, little-endian); page 1 starts with the file's 16-byte salt, which the MAC leaves out.
With a raw data key the MAC key is PBKDF2-HMAC-SHA512 of the key over the salt XOR 0x3a, two
iterations. tests/integration/test_backup_pages.py holds this against SQLCipher's own check, so a
SQLCipher whose defaults changed fails the test run rather than a person's backup."""

from __future__ import annotations

import hashlib
import hmac
import queue
import threading

PAGE_BYTES = 4096
SALT_BYTES = 16
MAC_BYTES = 64
_HMAC_SALT_MASK = 0x3A
_FAST_KDF_ITERATIONS = 2
_KEY_BYTES = 32
_MAC_AT = PAGE_BYTES - MAC_BYTES
# SQLite never writes the page holding the lock bytes at 1 GiB; SQLCipher's check skips it too.
LOCK_BYTE_PAGE = (1 << 30) // PAGE_BYTES + 1
_WAITING = 4  # chunks (1 MiB each when sealing or reading a backup) queued for the thread


class PageCheck:
    """Feed the database file's bytes in order (`feed`, any chunk sizes), then `finish()`:
    the number of pages that fail their MAC, counting a cut last page as one. The MACs are
    computed on a thread of their own (hashing lets go of Python's lock), beside the decrypting
    and writing that feed it; at most a few chunks wait for it, so memory stays flat. Call
    `finish()` (or `close()`, when the work stopped early) once done."""

    def __init__(self, key: bytes) -> None:
        self._key = key
        self._partial = bytearray()
        self._queued = 0  # pages handed to the thread
        self._failed = 0
        self._error: BaseException | None = None
        self._waiting: queue.Queue[tuple[int, bytes] | None] = queue.Queue(maxsize=_WAITING)
        self._thread = threading.Thread(target=self._run, name="page check", daemon=True)
        self._thread.start()

    def feed(self, data: memoryview | bytes) -> None:
        view = memoryview(data)
        if self._partial:
            need = PAGE_BYTES - len(self._partial)
            self._partial += view[:need]
            view = view[need:]
            if len(self._partial) < PAGE_BYTES:
                return
            self._hand_over(bytes(self._partial))
            self._partial.clear()
        whole = len(view) - len(view) % PAGE_BYTES
        if whole:
            self._hand_over(bytes(view[:whole]))  # a copy: callers reuse their buffers
        self._partial += view[whole:]

    def _hand_over(self, pages: bytes) -> None:
        self._waiting.put((self._queued + 1, pages))
        self._queued += len(pages) // PAGE_BYTES

    def _run(self) -> None:
        mac: hmac.HMAC | None = None
        try:
            while (item := self._waiting.get()) is not None:
                number, pages = item
                view = memoryview(pages)
                if mac is None:
                    salt = bytes(b ^ _HMAC_SALT_MASK for b in view[:SALT_BYTES])
                    mac_key = hashlib.pbkdf2_hmac(
                        "sha512", self._key, salt, _FAST_KDF_ITERATIONS, _KEY_BYTES
                    )
                    mac = hmac.new(mac_key, digestmod=hashlib.sha512)
                for offset in range(0, len(view), PAGE_BYTES):
                    if number != LOCK_BYTE_PAGE:
                        page = mac.copy()
                        page.update(
                            view[offset + (SALT_BYTES if number == 1 else 0) : offset + _MAC_AT]
                        )
                        page.update(number.to_bytes(4, "little"))
                        if not hmac.compare_digest(
                            page.digest(), view[offset + _MAC_AT : offset + PAGE_BYTES]
                        ):
                            self._failed += 1
                    number += 1
        except BaseException as exc:  # noqa: BLE001 - handed to finish(), on the caller's thread
            self._error = exc
            while self._waiting.get() is not None:  # let feed() finish; nothing more is checked
                pass

    def close(self) -> None:
        """Stop the thread (the work stopped early: nothing more will be fed)."""
        if self._thread.is_alive():
            self._waiting.put(None)
            self._thread.join()

    def finish(self) -> int:
        """The number of pages that failed (0: every page is SQLCipher's, unchanged)."""
        self.close()
        if self._error is not None:
            raise self._error
        return self._failed + (1 if self._partial or not self._queued else 0)
