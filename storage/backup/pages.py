"""SQLCipher's pages as a vault's database file streams past: their MACs checked (sealing a
large vault, verifying, restoring), the same check as `PRAGMA cipher_integrity_check`, and put
under a new data key (restoring), the same pages as `PRAGMA rekey` writes; each without a
separate pass over the file, and with progress moving while it runs.

The layout is SQLCipher 4's default, which storage.vault uses: 4096-byte pages, each ending in
a 16-byte IV and a 64-byte HMAC-SHA512 over the encrypted page, its IV and the page number
(4 bytes, little-endian); page 1 starts with the file's 16-byte salt, which the MAC leaves out.
With a raw data key the MAC key is PBKDF2-HMAC-SHA512 of the key over the salt XOR 0x3a, two
iterations. The pages are encrypted with AES-256-CBC from the byte after the salt (page 1) or the
first byte (the others) up to the IV. tests/integration/test_backup_pages.py holds both against
SQLCipher itself, so a SQLCipher whose defaults changed fails the test run rather than a
person's backup or restore."""

from __future__ import annotations

import hashlib
import hmac
import os
import queue
import threading
from collections.abc import Callable

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_BYTES = 4096
SALT_BYTES = 16
MAC_BYTES = 64
_HMAC_SALT_MASK = 0x3A
_FAST_KDF_ITERATIONS = 2
_KEY_BYTES = 32
_MAC_AT = PAGE_BYTES - MAC_BYTES
IV_BYTES = 16
_IV_AT = _MAC_AT - IV_BYTES
# SQLite never writes the page holding the lock bytes at 1 GiB; SQLCipher's check skips it too.
LOCK_BYTE_PAGE = (1 << 30) // PAGE_BYTES + 1
_WAITING = 4  # chunks (1 MiB each when sealing or reading a backup) queued for the thread


def _page_mac(key: bytes, salt: bytes) -> hmac.HMAC:
    """The MAC every page of the file with this data key and salt carries, keyed, before any
    page is fed to it (copy it for each page)."""
    mac_salt = bytes(b ^ _HMAC_SALT_MASK for b in salt)
    mac_key = hashlib.pbkdf2_hmac("sha512", key, mac_salt, _FAST_KDF_ITERATIONS, _KEY_BYTES)
    return hmac.new(mac_key, digestmod=hashlib.sha512)


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
                    mac = _page_mac(self._key, bytes(view[:SALT_BYTES]))
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


_REKEY_PAGES = 256  # pages put under the new key per batch (1 MiB), in three reused buffers


class PageRekey:
    """Feed the database file's bytes in order (`feed`, any chunk sizes), then `finish()`; each
    batch of whole pages is handed to `write` (a view that is reused: write it out before
    returning) under `new_key`, with a new salt and a new random IV for every page: the file
    SQLCipher's `PRAGMA rekey` would have written, in one pass instead of SQLite's page by page
    (about half its time, and no second copy of the file). It trusts the pages it is fed: check
    their MACs beside it (`PageCheck`), since a damaged page comes out with a valid new MAC. A
    cut last page is not written (`PageCheck` counts it).

    Each batch is decrypted and encrypted in one call each, as one CBC stream, so the work per
    page in Python is only the MAC and a few 16-byte moves:
    - decrypting, the 16 bytes before each page's ciphertext (the end of the page before it,
      whose MAC has been checked and is not written again) are replaced by the page's own IV,
      so that the stream's chaining decrypts the page under its IV;
    - encrypting, the last 16 bytes of each page's plaintext (under the IV and MAC, which
      SQLCipher never encrypts) are made random, and their encryption becomes the next page's
      IV: a random block under the new key, as NIST SP 800-38A appendix C suggests for CBC's
      IVs. Page 1's IV is the encryption of random bytes put where its salt goes."""

    def __init__(self, old_key: bytes, new_key: bytes, write: Callable[[memoryview], None]) -> None:
        self._old = algorithms.AES(old_key)
        self._new = algorithms.AES(new_key)
        self._salt = os.urandom(SALT_BYTES)
        self._mac = _page_mac(new_key, self._salt)
        self._write = write
        self._pages = bytearray(_REKEY_PAGES * PAGE_BYTES)
        self._plain = bytearray(len(self._pages) + IV_BYTES)  # CBC's output may run a block over
        self._out = bytearray(len(self._pages) + IV_BYTES)
        self._filled = 0  # bytes waiting in self._pages
        self._number = 1  # the page number of self._pages' first page

    def feed(self, data: memoryview | bytes) -> None:
        view = memoryview(data)
        while view:
            taken = min(len(view), len(self._pages) - self._filled)
            self._pages[self._filled : self._filled + taken] = view[:taken]
            self._filled += taken
            view = view[taken:]
            if self._filled == len(self._pages):
                self._rekey(_REKEY_PAGES)

    def finish(self) -> None:
        """Write the whole pages still waiting (a cut page at the end is dropped)."""
        if self._filled >= PAGE_BYTES:
            self._rekey(self._filled // PAGE_BYTES)
        self._filled = 0

    def _rekey(self, count: int) -> None:
        pages, plain, out, first = self._pages, self._plain, self._out, self._number
        size = count * PAGE_BYTES
        # Decrypt: each page's IV just before its ciphertext; the first page's (but page 1's,
        # whose salt is its 16 bytes before) is the decryptor's own.
        for start in range(PAGE_BYTES, size, PAGE_BYTES):
            pages[start - IV_BYTES : start] = pages[start + _IV_AT : start + _MAC_AT]
        if first == 1:
            pages[:SALT_BYTES] = pages[_IV_AT:_MAC_AT]
        decrypt = Cipher(self._old, modes.CBC(bytes(pages[_IV_AT:_MAC_AT]))).decryptor()
        decrypt.update_into(memoryview(pages)[:size], plain)
        # Encrypt: a random block at the end of each page's plaintext, and where page 1's salt is.
        noise = os.urandom(IV_BYTES * count)
        for index, end in enumerate(range(PAGE_BYTES, size + 1, PAGE_BYTES)):
            plain[end - IV_BYTES : end] = noise[index * IV_BYTES : (index + 1) * IV_BYTES]
        if first == 1:
            plain[:SALT_BYTES] = os.urandom(SALT_BYTES)
        iv = os.urandom(IV_BYTES)
        Cipher(self._new, modes.CBC(iv)).encryptor().update_into(memoryview(plain)[:size], out)
        # Each page: its IV (the block before its ciphertext in the stream), then its MAC.
        view = memoryview(out)
        for index, start in enumerate(range(0, size, PAGE_BYTES)):
            number = first + index
            following = bytes(out[start + PAGE_BYTES - IV_BYTES : start + PAGE_BYTES])
            begins = 0
            if number == 1:
                iv, out[:SALT_BYTES], begins = bytes(out[:SALT_BYTES]), self._salt, SALT_BYTES
            if number == LOCK_BYTE_PAGE:
                out[start : start + PAGE_BYTES] = bytes(PAGE_BYTES)
            else:
                out[start + _IV_AT : start + _MAC_AT] = iv
                mac = self._mac.copy()
                mac.update(view[start + begins : start + _MAC_AT])
                mac.update(number.to_bytes(4, "little"))
                out[start + _MAC_AT : start + PAGE_BYTES] = mac.digest()
            iv = following
        self._write(view[:size])
        self._number += count
        self._filled = 0
