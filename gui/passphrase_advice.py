"""zxcvbn's advice on a new passphrase, in the reader's language. zxcvbn (the strength meter)
says a finite set of English sentences; each is translated here, keyed by its exact English.
tests/gui/test_passphrase_advice.py reads them all from the installed package and fails when one
is missing, so an upgrade of zxcvbn that adds a sentence shows up."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from gui.i18n import QT_TRANSLATE_NOOP

ZXCVBN_ADVICE = frozenset(
    {
        QT_TRANSLATE_NOOP("passphrase", "Use a few words, avoid common phrases."),
        QT_TRANSLATE_NOOP("passphrase", "No need for symbols, digits, or uppercase letters."),
        QT_TRANSLATE_NOOP("passphrase", "Add another word or two. Uncommon words are better."),
        QT_TRANSLATE_NOOP("passphrase", "Straight rows of keys are easy to guess."),
        QT_TRANSLATE_NOOP("passphrase", "Short keyboard patterns are easy to guess."),
        QT_TRANSLATE_NOOP("passphrase", "Use a longer keyboard pattern with more turns."),
        QT_TRANSLATE_NOOP("passphrase", 'Repeats like "aaa" are easy to guess.'),
        QT_TRANSLATE_NOOP(
            "passphrase",
            'Repeats like "abcabcabc" are only slightly harder to guess than "abc".',
        ),
        QT_TRANSLATE_NOOP("passphrase", "Avoid repeated words and characters."),
        QT_TRANSLATE_NOOP("passphrase", 'Sequences like "abc" or "6543" are easy to guess.'),
        QT_TRANSLATE_NOOP("passphrase", "Avoid sequences."),
        QT_TRANSLATE_NOOP("passphrase", "Recent years are easy to guess."),
        QT_TRANSLATE_NOOP("passphrase", "Avoid recent years."),
        QT_TRANSLATE_NOOP("passphrase", "Avoid years that are associated with you."),
        QT_TRANSLATE_NOOP("passphrase", "Dates are often easy to guess."),
        QT_TRANSLATE_NOOP("passphrase", "Avoid dates and years that are associated with you."),
        QT_TRANSLATE_NOOP("passphrase", "This is a top-10 common password."),
        QT_TRANSLATE_NOOP("passphrase", "This is a top-100 common password."),
        QT_TRANSLATE_NOOP("passphrase", "This is a very common password."),
        QT_TRANSLATE_NOOP("passphrase", "This is similar to a commonly used password."),
        QT_TRANSLATE_NOOP("passphrase", "A word by itself is easy to guess."),
        QT_TRANSLATE_NOOP("passphrase", "Names and surnames by themselves are easy to guess."),
        QT_TRANSLATE_NOOP("passphrase", "Common names and surnames are easy to guess."),
        QT_TRANSLATE_NOOP("passphrase", "Capitalization doesn't help very much."),
        QT_TRANSLATE_NOOP(
            "passphrase", "All-uppercase is almost as easy to guess as all-lowercase."
        ),
        QT_TRANSLATE_NOOP("passphrase", "Reversed words aren't much harder to guess."),
        QT_TRANSLATE_NOOP(
            "passphrase", "Predictable substitutions like '@' instead of 'a' don't help very much."
        ),
    }
)


def advice_text(text: str) -> str:
    """One of zxcvbn's sentences in the reader's language; one not known here is shown as is."""
    return QCoreApplication.translate("passphrase", text) if text in ZXCVBN_ADVICE else text


def advice(warning: str, suggestions: Sequence[str]) -> str:
    """zxcvbn's warning and suggestions as one paragraph, in the reader's language."""
    return " ".join(advice_text(t) for t in (warning, *suggestions) if t)
