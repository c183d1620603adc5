"""Sizes, record counts and drives in the reader's language, with plural forms: "1 client",
"3 docket events", "2.5 MB", "USB (/media/usb) — 2.5 GB free". services.backups words these in
English for the command line; the GUI words them here."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QLocale

from storage.volumes import Volume

# record kind (as in a backup's header, the interchange format and the audit log) -> its count
RECORD_COUNTS: dict[str, Callable[[int], str]] = {
    "clients": lambda n: QCoreApplication.translate("amounts", "%n client(s)", None, n),
    "accounts": lambda n: QCoreApplication.translate("amounts", "%n account(s)", None, n),
    "matters": lambda n: QCoreApplication.translate("amounts", "%n matter(s)", None, n),
    "subpoenas": lambda n: QCoreApplication.translate("amounts", "%n subpoena(s)", None, n),
    "deadlines": lambda n: QCoreApplication.translate("amounts", "%n deadline(s)", None, n),
    "events": lambda n: QCoreApplication.translate("amounts", "%n docket event(s)", None, n),
    "staff": lambda n: QCoreApplication.translate("amounts", "%n staff member(s)", None, n),
    "documents": lambda n: QCoreApplication.translate("amounts", "%n document(s)", None, n),
    "closure_days": lambda n: QCoreApplication.translate("amounts", "%n closure day(s)", None, n),
}
UNITS = ("KB", "MB", "GB", "TB")  # the same in English and Spanish


def record_count(kind: str, n: int) -> str:
    """ "3 clients"; a kind added later shows as stored, "3 new_kind", until it is given words."""
    words = RECORD_COUNTS.get(kind)
    return words(n) if words else f"{n} {kind.replace('_', ' ')}"


def record_counts(counts: Mapping[str, int], *, skip_empty: bool = False) -> str:
    """ "3 clients, 1 matter, 2 docket events", in the order of RECORD_COUNTS."""
    order = list(RECORD_COUNTS)
    kinds = sorted(counts, key=lambda k: (order.index(k) if k in order else len(order), k))
    return ", ".join(record_count(k, counts[k]) for k in kinds if counts[k] or not skip_empty)


def data_size(n: int) -> str:
    """512 bytes, 1.5 KB, 2.5 MB (powers of 1000, as drives are sold), in the reader's digits."""
    if n < 1000:
        return QCoreApplication.translate("amounts", "%n byte(s)", None, n)
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
