"""A bad interchange file is refused whole, with one line saying where and what.

Each case starts from the valid sample file (every field of every record kind), breaks one
thing, and runs `python main.py import` on a vault that already holds records. The person sees
exit code 5 and exactly one line on stderr naming the record (section, index, file id) and the
field; never a traceback; and the vault is left exactly as it was. The same rules are checked
where the desktop app meets them: `services.records.create` and `update`.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from models.errors import NotFoundError, ValidationError
from services import interchange, records
from storage.uow import UnitOfWork
from storage.vault import Vault
from tests.conftest import PASSPHRASE, run_cli
from tests.support.interchange_docs import full_document, snapshot
from tests.support.vaults import office_vault

Doc = dict[str, Any]


def _one_line_error(stderr: str) -> str:
    assert "Traceback" not in stderr, stderr
    lines = stderr.splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got {len(lines)}:\n{stderr}"
    assert lines[0].startswith("quash: "), lines[0]
    return lines[0]


@dataclass(frozen=True)
class Break:
    """One way to spoil the sample file, and what the error line must mention."""

    name: str
    apply: Callable[[Doc], None]
    mentions: tuple[str, ...]
    field: str | None  # ValidationError.field the service-level check reports


def _set(section: str, index: int, field: str, value: Any) -> Callable[[Doc], None]:
    def apply(doc: Doc) -> None:
        doc[section][index][field] = value

    return apply


def _drop(section: str, index: int, field: str) -> Callable[[Doc], None]:
    def apply(doc: Doc) -> None:
        del doc[section][index][field]

    return apply


def _top(key: str, value: Any) -> Callable[[Doc], None]:
    def apply(doc: Doc) -> None:
        doc[key] = value

    return apply


def _drop_top(key: str) -> Callable[[Doc], None]:
    def apply(doc: Doc) -> None:
        del doc[key]

    return apply


def _append_requested(doc: Doc) -> None:
    doc["subpoenas"][0]["requested"].append("dna_sample")


def _event_as_text(doc: Doc) -> None:
    doc["events"][0] = "Hearing on 3 February"


BREAKS = [
    # unknown names
    Break(
        "unknown field in a record",
        _set("matters", 0, "judge_notes", "x"),
        ("matters[0]", "'m-1'", "judge_notes"),
        "judge_notes",
    ),
    Break("unknown top-level field", _top("attachments", []), ("attachments",), "attachments"),
    Break("staff section is not part of v1", _top("staff", []), ("staff",), "staff"),
    # unknown vocabulary
    Break(
        "unknown matter status",
        _set("matters", 0, "status", "pending"),
        ("matters[0]", "'m-1'", "status", "'pending'"),
        "status",
    ),
    Break(
        "unknown platform",
        _set("accounts", 1, "platform", "myspace"),
        ("accounts[1]", "'a-x'", "platform", "'myspace'"),
        "platform",
    ),
    Break(
        "unknown requested item",
        _append_requested,
        ("subpoenas[0]", "'s-1'", "requested", "'dna_sample'"),
        "requested",
    ),
    Break(
        "requested item listed twice",
        _set("subpoenas", 0, "requested", ["name", "name"]),
        ("subpoenas[0]", "'s-1'", "requested", "twice"),
        "requested",
    ),
    # missing required fields
    Break(
        "missing matter title",
        _drop("matters", 1, "title"),
        ("matters[1]", "'m-min'", "title", "required"),
        "title",
    ),
    Break(
        "missing deadline due date",
        _drop("deadlines", 0, "due"),
        ("deadlines[0]", "'d-1'", "due", "required"),
        "due",
    ),
    Break(
        "missing event kind",
        _drop("events", 1, "kind"),
        ("events[1]", "'e-2'", "kind", "required"),
        "kind",
    ),
    Break(
        "blank client pseudonym",
        _set("clients", 0, "pseudonym", "   "),
        ("clients[0]", "'c-ana'", "pseudonym", "required"),
        "pseudonym",
    ),
    Break("missing record id", _drop("clients", 2, "id"), ("clients[2]", "id"), "id"),
    # wrong types
    Break(
        "date as a number",
        _set("subpoenas", 0, "served", 20250106),
        ("subpoenas[0]", "'s-1'", "served", "20250106"),
        "served",
    ),
    Break(
        "bool as a string",
        _set("subpoenas", 0, "gag_order", "true"),
        ("subpoenas[0]", "'s-1'", "gag_order", "'true'"),
        "gag_order",
    ),
    Break(
        "whole number as a string",
        _set("subpoenas", 0, "response_window_days", "14"),
        ("subpoenas[0]", "'s-1'", "response_window_days"),
        "response_window_days",
    ),
    Break(
        "whole number with a fraction",
        _set("subpoenas", 0, "response_window_days", 14.5),
        ("subpoenas[0]", "'s-1'", "response_window_days"),
        "response_window_days",
    ),
    Break("record id as a number", _set("clients", 1, "id", 2), ("clients[1]", "id"), "id"),
    Break(
        "reference as a number",
        _set("deadlines", 0, "matter_id", 1),
        ("deadlines[0]", "'d-1'", "matter_id"),
        "matter_id",
    ),
    Break(
        "reference list of numbers",
        _set("accounts", 0, "client_ids", [1]),
        ("accounts[0]", "'a-ig'", "client_ids"),
        "client_ids",
    ),
    Break(
        "reference list as one string",
        _set("matters", 0, "client_ids", "c-ana"),
        ("matters[0]", "'m-1'", "client_ids"),
        "client_ids",
    ),
    Break(
        "text field as a list",
        _set("clients", 0, "notes", ["a", "b"]),
        ("clients[0]", "'c-ana'", "notes"),
        "notes",
    ),
    Break(
        "section as an object", _top("clients", {"c-ana": {"pseudonym": "A"}}), ("clients",), None
    ),
    Break("record as a string", _event_as_text, ("events[0]",), None),
    # impossible values
    Break(
        "date that does not exist",
        _set("matters", 0, "opened", "2025-02-30"),
        ("matters[0]", "'m-1'", "opened", "2025-02-30"),
        "opened",
    ),
    Break(
        "date in another format",
        _set("clients", 0, "intake_date", "14/01/2025"),
        ("clients[0]", "'c-ana'", "intake_date", "14/01/2025"),
        "intake_date",
    ),
    Break(
        "time that does not exist",
        _set("deadlines", 0, "due_time", "25:00"),
        ("deadlines[0]", "'d-1'", "due_time", "25:00"),
        "due_time",
    ),
    Break(
        "response window out of range",
        _set("subpoenas", 0, "response_window_days", -1),
        ("subpoenas[0]", "'s-1'", "response_window_days"),
        "response_window_days",
    ),
    Break(
        "compliance date before served",
        _set("subpoenas", 0, "compliance_date", "2025-01-05"),
        ("subpoenas[0]", "'s-1'", "compliance_date", "served"),
        "compliance_date",
    ),
    Break(
        "closed before opened",
        _set("matters", 0, "closed", "2024-12-31"),
        ("matters[0]", "'m-1'", "closed", "opened"),
        "closed",
    ),
    # references
    Break(
        "deadline on a matter not in the file",
        _set("deadlines", 0, "matter_id", "m-404"),
        ("deadlines[0]", "'d-1'", "matter_id", "'m-404'"),
        "matter_id",
    ),
    Break(
        "deadline on a subpoena id instead of a matter",
        _set("deadlines", 2, "matter_id", "s-1"),
        ("deadlines[2]", "'d-min'", "matter_id", "'s-1'"),
        "matter_id",
    ),
    Break(
        "deadline on another matter's subpoena",
        _set("deadlines", 2, "subpoena_id", "s-1"),
        ("deadlines[2]", "'d-min'", "subpoena_id", "another matter"),
        "subpoena_id",
    ),
    Break(
        "account linked to a matter id",
        _set("accounts", 0, "client_ids", ["m-1"]),
        ("accounts[0]", "'a-ig'", "client_ids", "'m-1'"),
        "client_ids",
    ),
    Break(
        "deadline counted from a later deadline",
        _set("deadlines", 0, "parent_id", "d-reply"),
        ("deadlines[0]", "'d-1'", "parent_id", "'d-reply'"),
        "parent_id",
    ),
    Break(
        "deadline counted from itself",
        _set("deadlines", 1, "parent_id", "d-reply"),
        ("deadlines[1]", "'d-reply'", "parent_id"),
        "parent_id",
    ),
    Break(
        "deadline triggered by a matter instead of an event",
        _set("deadlines", 0, "event_id", "m-1"),
        ("deadlines[0]", "'d-1'", "event_id", "'m-1'"),
        "event_id",
    ),
    Break(
        "overridden as a string",
        _set("deadlines", 0, "overridden", "yes"),
        ("deadlines[0]", "'d-1'", "overridden", "'yes'"),
        "overridden",
    ),
    Break(
        "calendar name over 32 characters",
        _set("deadlines", 0, "calendar", "c" * 33),
        ("deadlines[0]", "'d-1'", "calendar", "32"),
        "calendar",
    ),
    # duplicate ids
    Break(
        "two clients with one id",
        _set("clients", 1, "id", "c-ana"),
        ("clients[1]", "'c-ana'", "id", "twice"),
        "id",
    ),
    Break(
        "an event reusing a matter's id",
        _set("events", 0, "id", "m-1"),
        ("events[0]", "'m-1'", "id", "twice"),
        "id",
    ),
    # length and characters
    Break(
        "pseudonym over 200 characters",
        _set("clients", 0, "pseudonym", "x" * 201),
        ("clients[0]", "'c-ana'", "pseudonym", "200"),
        "pseudonym",
    ),
    Break(
        "notes over 20000 characters",
        _set("matters", 0, "notes", "n" * 20001),
        ("matters[0]", "'m-1'", "notes", "20000"),
        "notes",
    ),
    Break(
        "record id over 200 characters",
        _set("events", 1, "id", "e" * 201),
        ("events[1]", "id"),
        "id",
    ),
    Break(
        "bell character in a pseudonym",
        _set("clients", 0, "pseudonym", "Ana\x07"),
        ("clients[0]", "'c-ana'", "pseudonym", "control"),
        "pseudonym",
    ),
    Break(
        "escape sequence in a handle",
        _set("accounts", 0, "handle", "\x1b[31m@red"),
        ("accounts[0]", "'a-ig'", "handle", "control"),
        "handle",
    ),
    Break(
        "line break in a title",
        _set("matters", 0, "title", "Line one\nLine two"),
        ("matters[0]", "'m-1'", "title"),
        "title",
    ),
    Break(
        "NUL in notes",
        _set("clients", 0, "notes", "a\x00b"),
        ("clients[0]", "'c-ana'", "notes", "control"),
        "notes",
    ),
    # the envelope
    Break("wrong format", _top("format", "quash-export"), ("format",), "format"),
    Break("wrong version", _top("version", 2), ("version", "2"), "version"),
    Break("version as a string", _top("version", "1"), ("version",), "version"),
    Break("no version", _drop_top("version"), ("version",), "version"),
    Break("no format", _drop_top("format"), ("format",), "format"),
]


# ---- one vault holding the sample, shared by every case --------------------------------------


@dataclass
class Target:
    folder: Path
    vault: Vault  # kept unlocked in this process to count rows; the CLI unlocks its own
    files: Path

    def counts(self) -> dict[str, int]:
        with UnitOfWork(self.vault, "counter") as uow:
            return snapshot(uow)

    def write(self, name: str, data: bytes) -> Path:
        path = self.files / name
        path.write_bytes(data)
        return path


def _make_target(root: Path) -> Target:
    folder = root / "vault"
    vault, _ = office_vault(folder)
    files = root / "files"
    files.mkdir()
    return Target(folder, vault, files)


def _json_bytes(doc: Any) -> bytes:
    return json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8")


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Target]:
    t = _make_target(tmp_path_factory.mktemp("import-validation"))
    try:
        # Filled through the command line: the unbroken sample imports, so each break below
        # is what the refusal is about, and "nothing written" is checked against real records.
        sample = t.write("ok.json", _json_bytes(full_document()))
        result = run_cli("import", "--vault", str(t.folder), str(sample))
        assert result.returncode == 0, result.stderr
        yield t
    finally:
        t.vault.lock()


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Target]:
    """An empty vault of its own, for cases that might (wrongly) write."""
    t = _make_target(tmp_path)
    try:
        yield t
    finally:
        t.vault.lock()


@dataclass(frozen=True)
class Outcome:
    returncode: int
    stdout: str
    stderr: str


Runner = Callable[..., Outcome]


def _subprocess(*args: str) -> Outcome:
    """`python main.py ARGS` in a child process, exactly as a person or script runs it."""
    result = run_cli(*args)
    return Outcome(result.returncode, result.stdout, result.stderr)


@pytest.fixture
def in_process(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Iterator[Runner]:
    """`cli.app.run(ARGS)` in this process: the same parsing, error reporting and exit code as
    `main.py` (which is `sys.exit(run(args))`), without an interpreter start per case."""
    from cli import app

    monkeypatch.setenv("QUASH_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("QUASH_USER", "Test Paralegal")
    monkeypatch.delenv("QUASH_RECOVERY_KEY", raising=False)
    quash_log = logging.getLogger("quash")
    saved = (list(quash_log.handlers), quash_log.level, quash_log.propagate)

    def run(*args: str) -> Outcome:
        capsys.readouterr()
        code = app.run(list(args))
        captured = capsys.readouterr()
        return Outcome(code, captured.out, captured.err)

    yield run
    # A case that wrongly got as far as unlocking would have pointed the log at the vault.
    for handler in quash_log.handlers:
        if handler not in saved[0]:
            handler.close()
    quash_log.handlers, quash_log.level, quash_log.propagate = saved


def _import_refused(t: Target, path: Path, run: Runner = _subprocess) -> str:
    """Run `import`; assert exit 5, one line, no traceback, vault unchanged; return the line."""
    before = t.counts()
    result = run("import", "--vault", str(t.folder), str(path))
    after = t.counts()
    assert result.returncode == 5, (result.returncode, result.stderr)
    line = _one_line_error(result.stderr)
    assert result.stdout == ""
    assert after == before, "a refused import changed the vault"
    return line


def test_the_filled_vault_holds_the_sample(target: Target) -> None:
    counts = target.counts()
    tables = {
        "clients": "clients",
        "accounts": "accounts",
        "matters": "matters",
        "subpoenas": "subpoenas",
        "deadlines": "deadlines",
        "events": "docket_events",
    }
    assert {s: counts[t] for s, t in tables.items()} == {s: len(full_document()[s]) for s in tables}
    # the vault's making, the import's conflict check, and the import itself
    assert counts["audit_log"] == 3


def _check_break(target: Target, case: Break, run: Runner) -> None:
    doc = full_document()
    case.apply(doc)
    line = _import_refused(target, target.write(f"{case.name}.json", _json_bytes(doc)), run)
    for fragment in case.mentions:
        assert fragment in line, f"{fragment!r} not in {line!r}"


@pytest.mark.parametrize("case", BREAKS, ids=[b.name for b in BREAKS])
def test_broken_file_is_refused_with_one_line_naming_record_and_field(
    target: Target, case: Break, in_process: Runner
) -> None:
    _check_break(target, case, in_process)


# One of each kind of break, through a real child process: the same contract end to end.
BY_SUBPROCESS = (
    "unknown field in a record",
    "unknown top-level field",
    "unknown requested item",
    "missing matter title",
    "date as a number",
    "bool as a string",
    "record id as a number",
    "date that does not exist",
    "compliance date before served",
    "deadline on a matter not in the file",
    "two clients with one id",
    "pseudonym over 200 characters",
    "bell character in a pseudonym",
    "wrong version",
)


@pytest.mark.parametrize("name", BY_SUBPROCESS)
def test_broken_file_is_refused_by_the_command_line_process(target: Target, name: str) -> None:
    _check_break(target, next(b for b in BREAKS if b.name == name), _subprocess)


@pytest.mark.parametrize("case", BREAKS, ids=[b.name for b in BREAKS])
def test_broken_document_raises_validation_error_naming_the_field(case: Break) -> None:
    doc = full_document()
    case.apply(doc)
    with pytest.raises(ValidationError) as caught:
        interchange.validate(doc)
    assert caught.value.field == case.field
    for fragment in case.mentions:
        assert fragment in str(caught.value)


# ---- files that are not interchange documents at all -----------------------------------------

NOT_DOCUMENTS = [
    ("prose.json", b"this is not JSON {", ("prose.json", "not valid JSON", "line 1")),
    ("empty.json", b"", ("empty.json", "not valid JSON")),
    ("truncated.json", _json_bytes(full_document())[:500], ("truncated.json", "not valid")),
    (
        "utf16.json",
        _json_bytes(full_document()).decode().encode("utf-16"),
        ("utf16.json", "not UTF-8"),
    ),
    (
        "latin1.json",
        '{"format": "quash-interchange", "x": "Peña"}'.encode("latin-1"),
        ("latin1.json", "not UTF-8"),
    ),
    ("deep.json", b"[" * 100_000 + b"]" * 100_000, ("deep.json", "nested too deeply")),
    ("array.json", b"[]", ("not an interchange document",)),
    ("number.json", b"1", ("not an interchange document",)),
    ("null.json", b"null", ("not an interchange document",)),
]


@pytest.mark.parametrize(
    ("name", "data", "mentions"), NOT_DOCUMENTS, ids=[n[0] for n in NOT_DOCUMENTS]
)
def test_a_file_that_is_not_an_interchange_document_exits_5(
    target: Target, name: str, data: bytes, mentions: tuple[str, ...], in_process: Runner
) -> None:
    line = _import_refused(target, target.write(name, data), in_process)
    for fragment in mentions:
        assert fragment in line, f"{fragment!r} not in {line!r}"


def test_prose_instead_of_json_exits_5_from_the_command_line_process(target: Target) -> None:
    line = _import_refused(target, target.write("notes.txt", "Notas del caso: ñ\n".encode()))
    assert "notes.txt" in line and "not valid JSON" in line


def test_a_missing_file_exits_5_naming_it(target: Target) -> None:
    missing = target.files / "no-such-file.json"
    line = _import_refused(target, missing)
    assert "no-such-file.json" in line and "Cannot read" in line


# ---- product bugs: these fail until fixed (see each comment) ---------------------------------


def test_a_client_listed_twice_on_an_account_is_refused_with_exit_5(fresh: Target) -> None:
    # PRODUCT BUG (services/interchange.py, validate): references are replaced by placeholders
    # `list(range(len(refs)))` before clean(), so clean()'s "lists the same record twice" check
    # never sees the duplicate. import_document then adds the same client twice to the
    # relationship and the flush dies with sqlite IntegrityError (UNIQUE client_accounts):
    # the CLI prints "unexpected error (IntegrityError)" and exits 1 instead of 5.
    # Same for matters.client_ids and subpoenas.account_ids. Suggested fix, in validate() next
    # to the shape check: `if field.kind == "refs" and len(set(refs)) != len(refs): raise
    # ValidationError(f"{where}: {field.name} lists the same record twice.", ...)`.
    doc = full_document()
    doc["accounts"][0]["client_ids"] = ["c-ana", "c-ana"]
    line = _import_refused(fresh, fresh.write("dup-ref.json", _json_bytes(doc)))
    assert "accounts[0]" in line and "client_ids" in line


def test_a_lone_surrogate_in_text_is_refused_with_exit_5(fresh: Target) -> None:
    # PRODUCT BUG (services/record_kinds.py, _clean_value, kind "text"): JSON may spell a lone
    # UTF-16 surrogate ("\ud800"); json.loads accepts it, clean() accepts it, and the UTF-8
    # encode at flush raises UnicodeEncodeError: exit 1 "unexpected error" instead of 5.
    # records.create() has the same hole (see the service-level test below). Suggested fix:
    # in the "text" branch, `value.encode("utf-8")` and turn UnicodeEncodeError into
    # _fail(spec, field, "is not valid Unicode text").
    doc = full_document()
    doc["clients"][0]["pseudonym"] = "Ana \ud800"
    data = json.dumps(doc).encode("ascii")  # ensure_ascii writes the surrogate as \ud800
    line = _import_refused(fresh, fresh.write("surrogate.json", data))
    assert "clients[0]" in line and "pseudonym" in line


def test_a_number_too_long_to_read_is_refused_with_exit_5(fresh: Target) -> None:
    # PRODUCT BUG (cli/record_commands.py, _read_json): Python refuses to convert integers over 4300
    # digits (sys.int_info.default_max_str_digits), and json.loads raises a plain ValueError,
    # not JSONDecodeError, so it escapes _read_json: exit 1, "unexpected error (ValueError)",
    # plus a second stderr line "unexpected ValueError" from logging's last-resort handler
    # (no log handler is set up before the vault is opened). Suggested fix: after the
    # JSONDecodeError clause, `except ValueError: raise ValidationError(f"{path} holds a
    # number too long to read.")`.
    doc = full_document()
    doc["subpoenas"][0]["response_window_days"] = 0
    raw = json.dumps(doc).replace(
        '"response_window_days": 0', '"response_window_days": ' + "9" * 5000, 1
    )
    assert "9" * 5000 in raw
    line = _import_refused(fresh, fresh.write("huge-number.json", raw.encode()))
    assert "huge-number.json" in line


@pytest.mark.parametrize(
    "char", ["\x7f", "\x9b", "\x85", "\u2028"], ids=["DEL", "CSI-8bit", "NEL", "LINE-SEPARATOR"]
)
def test_c1_and_del_control_characters_in_a_short_field_are_refused(
    fresh: Target, char: str
) -> None:
    # PRODUCT BUG (services/record_kinds.py, _clean_value): only characters below U+0020 count as
    # control characters. DEL (U+007F) and the C1 controls U+0080-U+009F pass, so a handle can
    # carry U+009B (8-bit CSI, a terminal escape) into `list` output and reports, and U+0085
    # (NEL) and U+2028 are line breaks in a one-line field, which docs/interchange.md says
    # single-line fields may not contain. Suggested fix: reject
    # unicodedata.category(c) == "Cc" (keeping \n \t \r for multiline fields), and for
    # one-line fields also "Zl"/"Zp" (U+2028/U+2029).
    doc = full_document()
    doc["accounts"][0]["handle"] = f"@voz{char}anónima"
    line = _import_refused(fresh, fresh.write("c1.json", _json_bytes(doc)))
    assert "accounts[0]" in line and "handle" in line


# ---- the same rules where the app creates and edits records -----------------------------------


def _matter(uow: UnitOfWork) -> int:
    return int(records.create(uow, "matters", {"title": "M", "status": "open"}).id)


def _subpoena(uow: UnitOfWork, matter_id: int) -> Any:
    return records.create(
        uow,
        "subpoenas",
        {
            "matter_id": matter_id,
            "kind": "administrative_subpoena",
            "issuer": "DHS",
            "recipient": "Meta",
            "issued": "2025-01-02",
            "served": "2025-01-06",
            "compliance_date": "2025-01-24",
            "requested": ["name", "email"],
            "status": "received",
        },
    )


@pytest.mark.parametrize(
    ("kind", "data", "field", "mentions"),
    [
        ("matters", {"status": "open"}, "title", "required"),
        ("matters", {"title": "M", "status": "pending"}, "status", "'pending'"),
        (
            "matters",
            {"title": "M", "status": "open", "judge_notes": "x"},
            "judge_notes",
            "unknown field",
        ),
        (
            "matters",
            {"title": "M", "status": "open", "opened": "2025-02-30"},
            "opened",
            "not a real date",
        ),
        ("matters", {"title": "M", "status": "open", "opened": 20250101}, "opened", "YYYY-MM-DD"),
        ("matters", {"title": "M\nN", "status": "open"}, "title", "line breaks"),
        ("clients", {"pseudonym": "p" * 201}, "pseudonym", "200"),
        ("accounts", {"platform": "myspace", "handle": "h"}, "platform", "'myspace'"),
        ("staff", {"name": "Ana", "role": "attorney", "active": "yes"}, "active", "true or false"),
    ],
)
def test_service_refuses_bad_values_naming_the_field(
    uow: UnitOfWork, kind: str, data: dict[str, Any], field: str, mentions: str
) -> None:
    before = snapshot(uow)
    with pytest.raises(ValidationError) as caught:
        records.create(uow, kind, data)
    assert caught.value.field == field
    assert field in str(caught.value) and mentions in str(caught.value)
    assert snapshot(uow) == before


def test_service_refuses_an_account_listing_the_same_client_twice(uow: UnitOfWork) -> None:
    client = records.create(uow, "clients", {"pseudonym": "Ana"}).id
    before = snapshot(uow)
    with pytest.raises(ValidationError, match="twice") as caught:
        records.create(
            uow, "accounts", {"platform": "x", "handle": "h", "client_ids": [client, client]}
        )
    assert caught.value.field == "client_ids"
    assert snapshot(uow) == before


def test_service_refuses_a_lone_surrogate_in_text(uow: UnitOfWork) -> None:
    # PRODUCT BUG (services/record_kinds.py, _clean_value): see
    # test_a_lone_surrogate_in_text_is_refused_with_exit_5. Today this raises
    # UnicodeEncodeError from the flush inside create(). Suggested fix, in the "text" branch:
    #     try: value.encode("utf-8")
    #     except UnicodeEncodeError: raise _fail(spec, field, "is not valid Unicode text")
    before = snapshot(uow)
    with pytest.raises(ValidationError) as caught:
        records.create(uow, "clients", {"pseudonym": "Ana \ud800"})
    assert caught.value.field == "pseudonym"
    assert snapshot(uow) == before


def test_deadline_on_a_nonexistent_matter_is_refused(uow: UnitOfWork) -> None:
    before = snapshot(uow)
    with pytest.raises(NotFoundError) as caught:
        records.create(
            uow,
            "deadlines",
            {"matter_id": 424242, "title": "Reply", "due": "2025-03-01", "status": "open"},
        )
    assert isinstance(caught.value, ValidationError)  # so the CLI exits 5
    assert caught.value.field == "matter_id"
    assert "424242" in str(caught.value)
    assert snapshot(uow) == before


def test_deadline_on_another_matters_subpoena_is_refused(uow: UnitOfWork) -> None:
    first, second = _matter(uow), _matter(uow)
    subpoena = _subpoena(uow, first)
    before = snapshot(uow)
    with pytest.raises(ValidationError, match="another matter") as caught:
        records.create(
            uow,
            "deadlines",
            {
                "matter_id": second,
                "subpoena_id": subpoena.id,
                "title": "Reply",
                "due": "2025-03-01",
                "status": "open",
            },
        )
    assert caught.value.field == "subpoena_id"
    assert snapshot(uow) == before


def test_subpoena_edit_putting_compliance_before_served_is_refused_and_changes_nothing(
    uow: UnitOfWork,
) -> None:
    subpoena = _subpoena(uow, _matter(uow))
    before = snapshot(uow)
    with pytest.raises(ValidationError) as caught:
        records.update(uow, "subpoenas", subpoena.id, {"compliance_date": "2025-01-05"})
    assert caught.value.field == "compliance_date"
    assert "served" in str(caught.value) and "2025-01-05" in str(caught.value)
    assert records.get(uow, "subpoenas", subpoena.id) == subpoena
    assert snapshot(uow) == before  # and no audit entry for the refused change


def test_subpoena_edit_moving_served_after_compliance_is_refused_and_changes_nothing(
    uow: UnitOfWork,
) -> None:
    subpoena = _subpoena(uow, _matter(uow))
    before = snapshot(uow)
    with pytest.raises(ValidationError) as caught:
        records.update(uow, "subpoenas", subpoena.id, {"served": "2025-02-01", "notes": "moved"})
    assert caught.value.field == "compliance_date"
    after = records.get(uow, "subpoenas", subpoena.id)
    assert after == subpoena
    assert after.served == dt.date(2025, 1, 6) and after.notes is None
    assert snapshot(uow) == before


def test_subpoena_edit_with_a_bad_value_changes_no_other_field(uow: UnitOfWork) -> None:
    subpoena = _subpoena(uow, _matter(uow))
    before = snapshot(uow)
    with pytest.raises(ValidationError) as caught:
        records.update(
            uow, "subpoenas", subpoena.id, {"issuer": "FBI", "requested": ["name", "dna"]}
        )
    assert caught.value.field == "requested" and "'dna'" in str(caught.value)
    assert records.get(uow, "subpoenas", subpoena.id) == subpoena
    assert snapshot(uow) == before
