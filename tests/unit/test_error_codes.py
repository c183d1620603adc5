"""A service error carries a machine-readable code and the facts its sentence was made from, for
the GUI to say it in the reader's language; its English sentence, which the command line prints,
is unchanged. No Qt, no disk: validation runs before any database is touched."""

from __future__ import annotations

import datetime as dt

import pytest

from models.errors import NotFoundError, QuashError, ValidationError
from services import records


def clean(kind: str, data: dict[str, object]) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        values = records.clean(records.spec_for(kind), data)
        records.check_consistency(records.spec_for(kind), values)
    return caught.value


def test_a_required_field() -> None:
    error = clean("matters", {"title": "  ", "status": "open"})
    assert str(error) == "matter: title is required"
    assert (error.code, error.params, error.record, error.field) == (
        "field.required",
        {},
        "matter",
        "title",
    )
    assert error.exit_code == 5


def test_facts_are_kept_as_values_not_words() -> None:
    error = clean("matters", {"title": "x" * 201, "status": "open"})
    assert str(error) == "matter: title is longer than 200 characters (201)"
    assert (error.code, error.params) == ("field.too_long", {"max": 200, "got": 201})

    error = clean("matters", {"title": "Doe", "status": "shut"})
    assert error.code == "field.not_a_choice"
    assert error.params["value"] == "shut" and "motion_filed" in error.params["allowed"]

    error = clean(
        "subpoenas",
        {
            "matter_id": 1,
            "kind": "civil_subpoena",
            "issuer": "Counsel",
            "recipient": "Meta",
            "status": "received",
            "served": "2017-03-14",
            "compliance_date": "2017-03-01",
        },
    )
    assert str(error) == (
        "subpoena: compliance_date (2017-03-01) is before the date it was served (2017-03-14)"
    )
    assert (error.code, error.params) == (
        "field.before",
        {"date": dt.date(2017, 3, 1), "other": "served", "then": dt.date(2017, 3, 14)},
    )


def test_an_unknown_kind_of_record() -> None:
    with pytest.raises(ValidationError) as caught:
        records.spec_for("cases")
    assert caught.value.code == "record.unknown_kind"
    assert caught.value.params == {"kind": "cases"}


def test_errors_without_a_code_still_work_as_before() -> None:
    plain = QuashError("The vault is locked.")
    assert (str(plain), plain.code, plain.params) == ("The vault is locked.", "error", {})
    gone = NotFoundError("There is no client with id 3.", record="client")
    assert (gone.code, gone.field, gone.exit_code) == ("record.not_found", None, 5)


def test_an_error_raised_without_a_code_says_its_class_s_own() -> None:
    from models.errors import CorruptFileError, KeyringUnavailableError, WrongKeyError
    from models.rules import RuleSetError

    defaults = {
        QuashError: "error",
        ValidationError: "input.invalid",
        NotFoundError: "record.not_found",
        WrongKeyError: "key.wrong",
        CorruptFileError: "file.damaged",
        KeyringUnavailableError: "keychain.missing",
        RuleSetError: "ruleset.invalid",
    }
    for cls, code in defaults.items():
        assert cls("something").code == code, cls
    assert WrongKeyError("x", code="key.wrong_passphrase").code == "key.wrong_passphrase"
    assert WrongKeyError.code == "key.wrong"  # a raise with its own code leaves the class's alone
