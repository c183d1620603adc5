"""Errors a user can act on. Each carries the command line's exit code and one plain sentence."""

from __future__ import annotations


class QuashError(Exception):
    """Base of every error that is reported to the user as one line, never a traceback."""

    exit_code = 1


class WrongKeyError(QuashError):
    """The passphrase, recovery key or remembered key does not open this vault."""

    exit_code = 3


class CorruptFileError(QuashError):
    """A vault, key-slot or backup file is damaged, edited, or not what it claims to be."""

    exit_code = 4


class ValidationError(QuashError):
    """Input that breaks a rule of the case file; the message names the record and the field."""

    exit_code = 5

    def __init__(self, message: str, *, record: str | None = None, field: str | None = None):
        super().__init__(message)
        self.record = record
        self.field = field


class NotFoundError(ValidationError):
    """A record referred to by id does not exist."""


class KeyringUnavailableError(QuashError):
    """This computer has no usable system keychain, so the vault cannot be remembered here."""
