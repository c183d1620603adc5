"""Sizes, record counts and drives in the reader's language, with plural forms: "1 client",
"3 docket events", "2.5 MB", "USB (/media/usb) — 2.5 GB free". services.backups words these in
English for the command line; the GUI words them here."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject

if TYPE_CHECKING:
    from services.backups import Volume


class Amounts(QObject):
    """The counted words. A class because lupdate reads plural forms ("%n client(s)") from a
    class's tr() only; QCoreApplication.translate() with a count comes out without them."""

    def record_counts(self) -> dict[str, Callable[[int], str]]:
        # record kind (as in a backup's header, the interchange format and the audit log) ->
        # its count
        return {
            "clients": lambda n: self.tr("%n client(s)", "", n),
            "accounts": lambda n: self.tr("%n account(s)", "", n),
            "matters": lambda n: self.tr("%n matter(s)", "", n),
            "subpoenas": lambda n: self.tr("%n subpoena(s)", "", n),
            "deadlines": lambda n: self.tr("%n deadline(s)", "", n),
            "events": lambda n: self.tr("%n docket event(s)", "", n),
            "staff": lambda n: self.tr("%n staff member(s)", "", n),
            "documents": lambda n: self.tr("%n document(s)", "", n),
            "closure_days": lambda n: self.tr("%n closure day(s)", "", n),
        }

    def bytes(self, n: int) -> str:
        return self.tr("%n byte(s)", "", n)

    def audit_entries(self, n: int) -> str:
        return self.tr("%n audit log entr(y|ies)", "", n)


_WORDS = Amounts()
RECORD_COUNTS: dict[str, Callable[[int], str]] = _WORDS.record_counts()
UNITS = ("KB", "MB", "GB", "TB")  # the same in English and Spanish


def number(n: int) -> str:
    """A count as the reader writes it: 100,000 (English), 100.000 (Spanish)."""
    return QLocale().toString(n)


def record_count(kind: str, n: int) -> str:
    """ "3 clients"; a kind added later shows as stored, "3 new_kind", until it is given words."""
    words = RECORD_COUNTS.get(kind)
    return words(n) if words else f"{n} {kind.replace('_', ' ')}"


def record_counts(counts: Mapping[str, int], *, skip_empty: bool = False) -> str:
    """ "3 clients, 1 matter, 2 docket events", in the order of RECORD_COUNTS."""
    order = list(RECORD_COUNTS)
    kinds = sorted(counts, key=lambda k: (order.index(k) if k in order else len(order), k))
    return ", ".join(record_count(k, counts[k]) for k in kinds if counts[k] or not skip_empty)


def audit_entry_count(n: int) -> str:
    """ "1 audit log entry", "3 audit log entries"."""
    return _WORDS.audit_entries(n)


def data_size(n: int) -> str:
    """512 bytes, 1.5 KB, 2.5 MB (powers of 1000, as drives are sold), in the reader's digits."""
    if n < 1000:
        return _WORDS.bytes(n)
    size = float(n)
    for unit in UNITS:
        size /= 1000
        if size < 1000 or unit == UNITS[-1]:
            return f"{QLocale().toString(size, 'f', 1)} {unit}"
    raise AssertionError("unreachable")


def volume_text(volume: Volume) -> str:
    """A drive to back up to, as the Backup page lists it."""
    if volume.writable:
        text = QCoreApplication.translate("amounts", "{0} ({1}) — {2} free")
    else:
        text = QCoreApplication.translate("amounts", "{0} ({1}) — {2} free, read-only")
    return text.format(volume.label, volume.path, data_size(volume.free_bytes))
