"""Errors a user can act on. Each carries the command line's exit code, one plain sentence, a
`code` naming what went wrong and its `params` (the facts the sentence was made from).

The sentence is English, as the command line prints it; the GUI says the same thing in the
reader's language from the code and the facts (gui/errors.py holds one sentence per code).
Every raise in models/, storage/ and services/ names its code (tests/gui/test_error_texts.py);
each class's own code is what an error says when a raise gives none."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class QuashError(Exception):
    """Base of every error that is reported to the user as one line, never a traceback."""

    exit_code = 1
    code = "error"

    def __init__(
        self, message: str = "", *, code: str | None = None, params: Mapping[str, Any] | None = None
    ):
        super().__init__(message)
        if code is not None:
            self.code = code  # e.g. "field.required"
        self.params: dict[str, Any] = dict(params or {})


class WrongKeyError(QuashError):
    """The passphrase, recovery key or remembered key does not open this vault."""

    exit_code = 3
    code = "key.wrong"


class CorruptFileError(QuashError):
    """A vault, key-slot or backup file is damaged, edited, or not what it claims to be."""

    exit_code = 4
    code = "file.damaged"


class ValidationError(QuashError):
    """Input that breaks a rule of the case file; the message names the record and the field."""

    exit_code = 5
    code = "input.invalid"

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

    code = "record.not_found"

    @classmethod
    def of(cls, record: str, record_id: object) -> NotFoundError:
        """The one sentence for a record that is not there ("There is no matter with id 7.")."""
        return cls(
            f"There is no {record} with id {record_id}.",
            record=record,
            code="record.not_found",
            params={"record": record, "id": record_id},
        )


class KeyringUnavailableError(QuashError):
    """This computer has no usable system keychain, so the vault cannot be remembered here."""

    code = "keychain.missing"


class NothingToWriteError(QuashError):
    """A report or export whose choices match nothing: no file is written, and the person is
    told, rather than handed an empty calendar or list that looks like a finished one."""

    code = "output.empty"


class NotPermittedError(QuashError):
    """The person who unlocked may not do this (their role): the message says who may."""

    exit_code = 6
    code = "role.not_permitted"
