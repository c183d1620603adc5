"""Errors a user can act on. Each carries the command line's exit code and one plain sentence.

The sentence is English, as the command line prints it. An error may also carry a `code` and
its `params` (the facts the sentence was made from), so the GUI can say the same thing in the
reader's language: gui/errors.py holds one translated sentence per code."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class QuashError(Exception):
    """Base of every error that is reported to the user as one line, never a traceback."""

    exit_code = 1

    def __init__(
        self, message: str = "", *, code: str | None = None, params: Mapping[str, Any] | None = None
    ):
        super().__init__(message)
        self.code = code  # e.g. "field.required"; None: only the English sentence is known
        self.params: dict[str, Any] = dict(params or {})


class WrongKeyError(QuashError):
    """The passphrase, recovery key or remembered key does not open this vault."""

    exit_code = 3


class CorruptFileError(QuashError):
    """A vault, key-slot or backup file is damaged, edited, or not what it claims to be."""

    exit_code = 4


class ValidationError(QuashError):
    """Input that breaks a rule of the case file; the message names the record and the field."""

    exit_code = 5

    def __init__(
        self,
        message: str,
        *,
        record: str | None = None,
        field: str | None = None,
        code: str | None = None,
        params: Mapping[str, Any] | None = None,
    ):
        super().__init__(message, code=code, params=params)
        self.record = record
        self.field = field


class NotFoundError(ValidationError):
    """A record referred to by id does not exist."""


class KeyringUnavailableError(QuashError):
    """This computer has no usable system keychain, so the vault cannot be remembered here."""
