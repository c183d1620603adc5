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

import array
import collections
import hashlib
import hmac
import os
import queue
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

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
_WAITING = 4  # chunks (1 MiB each) waiting for the hashing threads beyond one each


class _PageMac:
    """HMAC-SHA512 (RFC 2104) under one key, with the key's two padded blocks hashed once: each
    page's MAC is then two copies and two updates, about a fifth less work than `hmac.digest`
    setting the key up again for every 4 KiB page. The long update lets go of Python's lock,
    so two threads hash on two cores."""

    def __init__(self, key: bytes) -> None:
        block = hashlib.sha512().block_size
        if len(key) > block:  # RFC 2104 would hash it first; SQLCipher's are 32 bytes
            raise ValueError("a page MAC key longer than SHA-512's block")
        padded = key.ljust(block, b"\0")
        self._inner = hashlib.sha512(bytes(b ^ 0x36 for b in padded))
        self._outer = hashlib.sha512(bytes(b ^ 0x5C for b in padded))

    def __call__(self, data: memoryview) -> bytes:
        inner = self._inner.copy()
        inner.update(data)
        outer = self._outer.copy()
        outer.update(inner.digest())
        return outer.digest()


def _page_mac(key: bytes, salt: bytes) -> _PageMac:
    """The MAC every page of the file with this data key and salt carries: its key is
    PBKDF2-HMAC-SHA512 of the data key over the salt XOR 0x3a, two iterations."""
    mac_salt = bytes(b ^ _HMAC_SALT_MASK for b in salt)
    return _PageMac(hashlib.pbkdf2_hmac("sha512", key, mac_salt, _FAST_KDF_ITERATIONS, _KEY_BYTES))


# Threads that hash pages (see _PageMac). More gain nothing on the two-core machines offices
# run, and cost a little where there is one.
HASHING_THREADS = 2


def _move(
    target: memoryview,
    to: int,
    source: memoryview,
    at: int,
    *,
    count: int,
    width: int,
    step_to: int = PAGE_BYTES,
    step_at: int = PAGE_BYTES,
) -> None:
    """Copy `count` blocks of `width` bytes, the i-th from `at + i * step_at` in `source` to
    `to + i * step_to` in `target`: a few strided copies of 8 bytes each (every offset, width
    and step is a multiple of 8), rather than a Python step per page."""
    into, out_of = target.cast("Q"), source.cast("Q")
    for lane in range(width // 8):
        into[to // 8 + lane :: step_to // 8][:count] = out_of[at // 8 + lane :: step_at // 8][
            :count
        ]


def _macs(mac: _PageMac, view: memoryview, first: int, write: bool) -> int:
    """The MAC of each page in `view` (whole pages, the first numbered `first`), `mac`:
    written into its place (`write`), or checked against the one there, counting the pages
    that fail. Each page's number goes where its MAC starts (the MAC covers the page up to
    there, then the number), so the bytes hashed are one slice and nothing is copied."""
    count = len(view) // PAGE_BYTES
    if first == 1 or first <= LOCK_BYTE_PAGE < first + count:
        return _macs_one_by_one(mac, view, first, write)
    stored = bytearray(0 if write else count * MAC_BYTES)
    if not write:
        _move(memoryview(stored), 0, view, _MAC_AT, count=count, width=MAC_BYTES, step_to=MAC_BYTES)
    numbers = array.array("I", range(first, first + count))
    if sys.byteorder != "little":
        numbers.byteswap()
    view.cast("I")[_MAC_AT // 4 :: PAGE_BYTES // 4][:count] = memoryview(numbers)
    macs = b"".join(
        [mac(view[start : start + _MAC_AT + 4]) for start in range(0, len(view), PAGE_BYTES)]
    )
    if write:
        _move(view, _MAC_AT, memoryview(macs), 0, count=count, width=MAC_BYTES, step_at=MAC_BYTES)
        return 0
    if hmac.compare_digest(macs, stored):
        return 0
    return sum(
        not hmac.compare_digest(macs[at : at + MAC_BYTES], stored[at : at + MAC_BYTES])
        for at in range(0, len(macs), MAC_BYTES)
    )


def _macs_one_by_one(mac: _PageMac, view: memoryview, first: int, write: bool) -> int:
    """`_macs` for the pages that are not like the others: page 1, whose salt the MAC leaves
    out, and the lock-byte page, which has none."""
    failed = 0
    number = first
    for start in range(0, len(view), PAGE_BYTES):
        if number != LOCK_BYTE_PAGE:
            at = start + _MAC_AT
            stored = b"" if write else bytes(view[at : at + MAC_BYTES])
            view[at : at + 4] = number.to_bytes(4, "little")
            begins = start + (SALT_BYTES if number == 1 else 0)
            page = mac(view[begins : at + 4])
            if write:
                view[at : at + MAC_BYTES] = page
            elif not hmac.compare_digest(page, stored):
                failed += 1
        number += 1
    return failed


class PageCheck:
    """Feed the database file's bytes in order (`feed`, any chunk sizes), then `finish()`:
    the number of pages that fail their MAC, counting a cut last page as one. The MACs are
    computed on threads of their own (`HASHING_THREADS`), beside the decrypting and writing
    that feed it; at most a few chunks wait for them, so memory stays flat. Call `finish()`
    (or `close()`, when the work stopped early) once done."""

    def __init__(self, key: bytes) -> None:
        self._key = key
        self._mac: _PageMac | None = None  # known once page 1's salt has been fed
        self._partial = bytearray()
        self._queued = 0  # pages handed to the threads
        self._failed = [0] * HASHING_THREADS
        self._error: BaseException | None = None
        self._waiting: queue.Queue[tuple[int, bytearray, int] | None] = queue.Queue(
            maxsize=_WAITING + HASHING_THREADS
        )
        # Buffers handed to the threads and back: as many as can be waiting, being hashed
        # and being filled at once. Reused, because a fresh megabyte is a fresh run of memory
        # the system faults in page by page: sealing the 72.5 MB benchmark vault took 6,000 to
        # 10,000 page faults with a new buffer a chunk, 2,900 reusing them, and a tenth less
        # time.
        self._free: queue.SimpleQueue[bytearray] = queue.SimpleQueue()
        for _ in range(_WAITING + 2 * HASHING_THREADS + 1):
            self._free.put(bytearray())
        self._threads = [
            threading.Thread(target=self._run, args=(i,), name="page check", daemon=True)
            for i in range(HASHING_THREADS)
        ]
        for thread in self._threads:
            thread.start()

    def feed(self, data: memoryview | bytes) -> None:
        view = memoryview(data)
        if self._partial:
            need = PAGE_BYTES - len(self._partial)
            self._partial += view[:need]
            view = view[need:]
            if len(self._partial) < PAGE_BYTES:
                return
            self._hand_over(self._partial)
            self._partial.clear()
        whole = len(view) - len(view) % PAGE_BYTES
        if whole:
            self._hand_over(view[:whole])
        self._partial += view[whole:]

    def _hand_over(self, pages: memoryview | bytearray) -> None:
        """Copy `pages` (callers reuse their buffers) into a free buffer for the threads."""
        if not self._queued:
            self._mac = _page_mac(self._key, bytes(pages[:SALT_BYTES]))
        buffer = self._free.get()
        if len(buffer) < len(pages):
            buffer = bytearray(len(pages))
        memoryview(buffer)[: len(pages)] = pages
        self._waiting.put((self._queued + 1, buffer, len(pages)))
        self._queued += len(pages) // PAGE_BYTES

    def _run(self, index: int) -> None:
        try:
            while (item := self._waiting.get()) is not None:
                first, buffer, length = item
                assert self._mac is not None  # set before the first pages were handed over
                try:
                    pages = memoryview(buffer)[:length]
                    self._failed[index] += _macs(self._mac, pages, first, write=False)
                finally:
                    self._free.put(buffer)
        except BaseException as exc:  # noqa: BLE001 - handed to finish(), on the caller's thread
            self._error = exc
            # Let feed() finish (its buffers come back); nothing more is checked.
            while (item := self._waiting.get()) is not None:
                self._free.put(item[1])

    def close(self) -> None:
        """Stop the threads (the work stopped early: nothing more will be fed)."""
        alive = [thread for thread in self._threads if thread.is_alive()]
        for _thread in alive:
            self._waiting.put(None)
        for thread in alive:
            thread.join()

    def finish(self) -> int:
        """The number of pages that failed (0: every page is SQLCipher's, unchanged)."""
        self.close()
        if self._error is not None:
            raise self._error
        return sum(self._failed) + (1 if self._partial or not self._queued else 0)


_REKEY_PAGES = 256  # pages put under the new key per batch (1 MiB)


class PageRekey:
    """Feed the database file's bytes in order (`feed`, any chunk sizes), then `finish()`: the
    number of pages that fail their MAC under the old key, counting a cut last page as one,
    as `PageCheck` does. Meanwhile every batch of whole pages is handed, in order, to `write`
    (a view: write it out before returning) under `new_key`, with a new salt and a new random
    IV for every page: the file SQLCipher's `PRAGMA rekey` would have written, in one pass
    instead of SQLite's page by page, and no second copy of the file. A damaged page comes out
    with a valid new MAC, so a caller whose `finish()` is not 0 must throw the file away. Call
    `finish()` (or `close()`, when the work stopped early) once done.

    Batches are checked, put under the new key and written on `HASHING_THREADS` threads (each
    batch written in its turn, so `write` is called from those threads, one call at a time), a
    few at a time while the caller decrypts the next; memory stays flat. Each batch is
    decrypted and encrypted in one call each, as one CBC stream, so the work per page in Python
    is only the MACs:
    - decrypting, the 16 bytes before each page's ciphertext (the end of the page before it,
      whose MAC has been checked and is not written again) are replaced by the page's own IV,
      so that the stream's chaining decrypts the page under its IV;
    - encrypting, the last 16 bytes of each page's plaintext (under the IV and MAC, which
      SQLCipher never encrypts) are made random, and their encryption becomes the next page's
      IV: a random block under the new key, as NIST SP 800-38A appendix C suggests for CBC's
      IVs. A batch's first page gets random bytes as its IV; page 1's IV is the encryption of
      random bytes put where its salt goes."""

    def __init__(self, old_key: bytes, new_key: bytes, write: Callable[[memoryview], None]) -> None:
        self._old_key = old_key
        self._old_mac: _PageMac | None = None  # known once page 1's salt has been fed
        self._old = algorithms.AES(old_key)
        self._new = algorithms.AES(new_key)
        self._salt = os.urandom(SALT_BYTES)
        self._mac = _page_mac(new_key, self._salt)
        self._write = write
        self._pool = ThreadPoolExecutor(HASHING_THREADS, thread_name_prefix="page rekey")
        self._working: collections.deque[Future[int]] = collections.deque()
        self._turn = threading.Condition()
        self._local = threading.local()
        self._handed = 0  # batches handed to the threads
        self._written = 0  # batches written
        self._stopped = False  # a batch failed, or the work stopped early: nothing more is written
        self._pages = bytearray(_REKEY_PAGES * PAGE_BYTES)
        self._filled = 0  # bytes waiting in self._pages
        self._number = 1  # the page number of self._pages' first page
        self._failed = 0

    def feed(self, data: memoryview | bytes) -> None:
        view = memoryview(data)
        while view:
            taken = min(len(view), len(self._pages) - self._filled)
            self._pages[self._filled : self._filled + taken] = view[:taken]
            self._filled += taken
            view = view[taken:]
            if self._filled == len(self._pages):
                self._hand_over(_REKEY_PAGES)

    def finish(self) -> int:
        """Write the whole pages still waiting; the number of pages that failed (0: every page
        was SQLCipher's, unchanged, and is written under the new key). A cut page at the end
        is not written."""
        cut = self._filled % PAGE_BYTES
        if self._filled >= PAGE_BYTES:
            self._hand_over(self._filled // PAGE_BYTES)
        while self._working:
            self._failed += self._working.popleft().result()
        self.close()
        return self._failed + (1 if cut or self._number == 1 else 0)

    def close(self) -> None:
        """Stop the threads (after `finish`, or when the work stopped early)."""
        self._stop()
        self._working.clear()
        self._pool.shutdown(cancel_futures=True)

    def _hand_over(self, count: int) -> None:
        if self._number == 1:
            self._old_mac = _page_mac(self._old_key, bytes(self._pages[:SALT_BYTES]))
        pages = self._pages[: count * PAGE_BYTES]  # a copy: self._pages is filled again
        work = self._pool.submit(self._rekey_and_write, pages, self._number, self._handed)
        self._working.append(work)
        self._handed += 1
        self._number += count
        self._filled = 0
        if len(self._working) > HASHING_THREADS + _WAITING:
            self._failed += self._working.popleft().result()

    def _rekey_and_write(self, pages: bytearray, first: int, turn: int) -> int:
        """Put the batch under the new key, then write it once the batches before it are."""
        try:
            failed, out = self._rekey(pages, first)
        except BaseException:
            self._stop()
            raise
        with self._turn:
            while self._written != turn and not self._stopped:
                self._turn.wait()
            if self._stopped:
                return 0  # a batch before it failed, and says why
            try:
                self._write(out)
            except BaseException:
                self._stopped = True
                raise
            finally:
                self._written += 1
                self._turn.notify_all()
        return failed

    def _stop(self) -> None:
        """Nothing more is written: a batch waiting for its turn gives up."""
        with self._turn:
            self._stopped = True
            self._turn.notify_all()

    def _buffers(self) -> tuple[bytearray, bytearray]:
        """This thread's two buffers of a batch (its output is written before the thread takes
        the next batch), each a block longer: CBC's output may run a block over."""
        buffers: tuple[bytearray, bytearray] | None = getattr(self._local, "buffers", None)
        if buffers is None:
            size = _REKEY_PAGES * PAGE_BYTES + IV_BYTES
            buffers = self._local.buffers = (bytearray(size), bytearray(size))
        return buffers

    def _rekey(self, pages: bytearray, first: int) -> tuple[int, memoryview]:
        """The batch `pages` (whole pages, the first numbered `first`) under the new key, and
        how many of its pages failed their old MAC."""
        size = len(pages)
        count = size // PAGE_BYTES
        view = memoryview(pages)
        assert self._old_mac is not None  # set before the first batch was handed over
        failed = _macs(self._old_mac, view, first, write=False)
        # Decrypt: each page's IV just before its ciphertext; the first page's (but page 1's,
        # whose salt is its 16 bytes before) is the decryptor's own.
        _move(
            view, PAGE_BYTES - IV_BYTES, view, PAGE_BYTES + _IV_AT, count=count - 1, width=IV_BYTES
        )
        if first == 1:
            pages[:SALT_BYTES] = pages[_IV_AT:_MAC_AT]
        plain, out = self._buffers()
        decrypt = Cipher(self._old, modes.CBC(bytes(pages[_IV_AT:_MAC_AT]))).decryptor()
        decrypt.update_into(pages, plain)
        # Encrypt: a random block at the end of each page's plaintext, and where page 1's salt is.
        noise = memoryview(os.urandom(IV_BYTES * count))
        _move(
            memoryview(plain),
            PAGE_BYTES - IV_BYTES,
            noise,
            0,
            count=count,
            width=IV_BYTES,
            step_at=IV_BYTES,
        )
        if first == 1:
            plain[:SALT_BYTES] = os.urandom(SALT_BYTES)
        iv = os.urandom(IV_BYTES)
        Cipher(self._new, modes.CBC(iv)).encryptor().update_into(memoryview(plain)[:size], out)
        # Each page's IV: the block before its ciphertext in the stream, the last of the page
        # before it (which its IV and MAC then cover up).
        written = memoryview(out)[:size]
        _move(
            written,
            PAGE_BYTES + _IV_AT,
            written,
            PAGE_BYTES - IV_BYTES,
            count=count - 1,
            width=IV_BYTES,
        )
        if first == 1:
            iv, out[:SALT_BYTES] = bytes(out[:SALT_BYTES]), self._salt
        out[_IV_AT:_MAC_AT] = iv
        if first <= LOCK_BYTE_PAGE < first + count:
            start = (LOCK_BYTE_PAGE - first) * PAGE_BYTES
            out[start : start + PAGE_BYTES] = bytes(PAGE_BYTES)
        _macs(self._mac, written, first, write=True)
        return failed, written
