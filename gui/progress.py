"""What long work says it is doing, in the reader's language. Backups, restores and reports
report their steps in English (storage/, services/, and reports/ when a report is written in
English); the progress display shows each step through this table, keyed by the exact English.
A step said in another language already (a Spanish report's own words) is shown as it comes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gui.i18n import QT_TRANSLATE_NOOP

# tests/gui/test_progress_texts.py collects every progress(…, text) of storage/, services/ and
# reports/ and fails when one is missing here.
PROGRESS_TEXTS = frozenset(
    {
        # storage.backup: writing, checking and restoring a backup file
        QT_TRANSLATE_NOOP("progress", "Deriving the backup key from the passphrase"),
        QT_TRANSLATE_NOOP("progress", "Taking a snapshot of the vault"),
        QT_TRANSLATE_NOOP("progress", "Encrypting and writing"),
        QT_TRANSLATE_NOOP("progress", "Verifying"),
        QT_TRANSLATE_NOOP("progress", "Checking the backup"),
        QT_TRANSLATE_NOOP("progress", "Checking and restoring"),
        # services.backups
        QT_TRANSLATE_NOOP("progress", "Checking the database inside"),
        QT_TRANSLATE_NOOP("progress", "Checking that each index agrees with its table"),
        QT_TRANSLATE_NOOP("progress", "Checking the audit log"),
        QT_TRANSLATE_NOOP("progress", "Opening the restored vault"),
        # storage.vault: unlocking a vault made by an older Quash
        QT_TRANSLATE_NOOP("progress", "Updating the vault for this version of Quash"),
        # services.interchange
        QT_TRANSLATE_NOOP("progress", "Importing records"),
        # services.intake
        QT_TRANSLATE_NOOP("progress", "Reading the document"),
        # services.travel
        QT_TRANSLATE_NOOP("progress", "Removing the vault from this computer"),
        # reports (their English words, when a report is written in English)
        QT_TRANSLATE_NOOP("progress", "Preparing the report fonts (once on this computer)"),
        QT_TRANSLATE_NOOP("progress", "Counting"),
        QT_TRANSLATE_NOOP("progress", "Reading deadlines"),
        QT_TRANSLATE_NOOP("progress", "Reading subpoenas"),
        QT_TRANSLATE_NOOP("progress", "Reading the matter"),
        QT_TRANSLATE_NOOP("progress", "Laying out pages"),
        QT_TRANSLATE_NOOP("progress", "Writing calendar events"),
        QT_TRANSLATE_NOOP("progress", "Writing deadlines"),
        QT_TRANSLATE_NOOP("progress", "Writing subpoenas"),
        QT_TRANSLATE_NOOP("progress", "Saved"),
    }
)


def progress_text(text: str) -> str:
    """A step of long work in the reader's language; a step not known here is shown as is."""
    return QCoreApplication.translate("progress", text) if text in PROGRESS_TEXTS else text
