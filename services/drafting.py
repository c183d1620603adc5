"""Drafts from templates: a .docx with merge fields (a motion to quash with the Doe's
declaration, a letter asking the platform to hold production, a letter to the client) filled in
from one matter and saved, 0600, where a person chose.

The shipped templates live beside the reports (reports/templates/, made by
tools/make_draft_templates.py); an office's own are kept inside the vault. A template is
rendered by docxtpl in memory, in Jinja's sandbox (an office's template is text someone typed,
not code to trust). Clients' sealed legal names are merged only when a person asks and their
role may reveal them; every draft is audited, never with the names."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from babel.dates import format_date, format_time
from babel.lists import format_list
from jinja2 import StrictUndefined, TemplateError, TemplateSyntaxError, nodes
from jinja2.meta import find_undeclared_variables
from jinja2.sandbox import SandboxedEnvironment
from sqlalchemy import func, select

from models.entities import SHORT, Deadline, DraftTemplate, Matter, Subpoena
from models.enums import DeadlineStatus
from models.errors import NotFoundError, QuashError, ValidationError
from models.people import Action
from models.rules import default_rulebook
from services import audit, people, vaults
from storage.atomic import write_atomically
from storage.uow import UnitOfWork

LANGUAGES = ("en", "es")
MAX_BYTES = 10 * 1024 * 1024  # a letterhead's logo, not a scan
MAX_MEGABYTES = MAX_BYTES // (1024 * 1024)
# What the .docx may unpack to: a small zip that inflates to gigabytes is refused unread.
MAX_UNPACKED = 200 * 1024 * 1024

# The shipped templates, by name, with the language each is written in.
SHIPPED: dict[str, str] = {
    "motion_to_quash": "en",
    "hold_letter": "en",
    "client_letter_en": "en",
    "client_letter_es": "es",
}
# Read as files, the way models/rules reads its rule sets: data beside the reports' code.
SHIPPED_FOLDER = Path(__file__).resolve().parents[1] / "reports" / "templates"


# ---- the merge fields -------------------------------------------------------------------------
# What a template may name, as a shape: a dict is a record (its keys are its fields), a list of
# one shape is a list of those, anything else a plain value. The check of an office's template
# and the sample it is tried on are both read from here, so they cannot drift from the context.

ACCOUNT: dict[str, Any] = {"platform": str, "handle": str, "url": str}
CLIENT: dict[str, Any] = {
    "pseudonym": str,
    "legal_name": str,  # only when merged on request; otherwise "[sealed]"
    "name": str,  # the legal name when merged, else the pseudonym
    "language": str,
    "accounts": [ACCOUNT],
}
DEADLINE: dict[str, Any] = {"title": str, "due": str, "time": str, "responsible": str}
SUBPOENA: dict[str, Any] = {
    "kind": str,  # worded in the letter's language: "administrative subpoena"
    "kind_code": str,  # as stored: "administrative_subpoena", for {% if %}
    "a_kind": str,  # with its article: "an administrative subpoena", "un requerimiento aduanero"
    "issuer": str,
    "issuing_officer": str,
    "recipient": str,
    "authority": str,
    "stated_purpose": str,
    "issued": str,
    "served": str,
    "user_notified": str,
    "response_window_days": int,
    "compliance_date": str,
    "requested": str,  # "name, email and phone number", in the letter's language
    "requested_list": [str],
    "gag_order": bool,
    "status": str,
}
MATTER: dict[str, Any] = {
    "id": int,
    "title": str,
    "status": str,
    "court": str,
    "case_number": str,
    "judge": str,
    "attorney": str,
    "paralegal": str,
    "opened": str,
}
FIELDS: dict[str, Any] = {
    "office": {"name": str},
    "today": str,
    "language": str,
    "names_revealed": bool,
    "drafter": {"name": str, "role": str},
    "matter": MATTER,
    "clients": [CLIENT],
    "client": CLIENT,  # the matter's first client
    "accounts": [ACCOUNT],
    "subpoena": SUBPOENA,
    "deadlines": [DEADLINE],
}


def known_fields() -> list[str]:
    """Every merge field, as a template names it ("matter.title", "accounts[].handle")."""

    def walk(prefix: str, shape: Any) -> Iterator[str]:
        if isinstance(shape, dict):
            for key, inner in shape.items():
                yield from walk(f"{prefix}.{key}" if prefix else key, inner)
        elif isinstance(shape, list):
            yield from walk(f"{prefix}[]", shape[0])
        else:
            yield prefix

    return list(walk("", FIELDS))


# ---- the letter's words -----------------------------------------------------------------------
# Lower case: they stand inside a sentence ("the administrative subpoena issued by …").

KINDS = {
    "en": {
        "administrative_subpoena": "administrative subpoena",
        "customs_summons": "customs summons",
        "grand_jury_subpoena": "grand jury subpoena",
        "court_order": "court order",
        "search_warrant": "search warrant",
        "civil_subpoena": "civil subpoena",
        "other": "legal process",
    },
    "es": {
        "administrative_subpoena": "citación administrativa",
        "customs_summons": "requerimiento aduanero",
        "grand_jury_subpoena": "citación del gran jurado",
        "court_order": "orden judicial",
        "search_warrant": "orden de registro",
        "civil_subpoena": "citación civil",
        "other": "requerimiento legal",
    },
}
# The article each kind takes (Spanish by gender: "una citación", "un requerimiento").
A_KINDS = {
    "en": {
        "administrative_subpoena": "an administrative subpoena",
        "customs_summons": "a customs summons",
        "grand_jury_subpoena": "a grand jury subpoena",
        "court_order": "a court order",
        "search_warrant": "a search warrant",
        "civil_subpoena": "a civil subpoena",
        "other": "legal process",
    },
    "es": {
        "administrative_subpoena": "una citación administrativa",
        "customs_summons": "un requerimiento aduanero",
        "grand_jury_subpoena": "una citación del gran jurado",
        "court_order": "una orden judicial",
        "search_warrant": "una orden de registro",
        "civil_subpoena": "una citación civil",
        "other": "un requerimiento legal",
    },
}
DEMANDS = {
    "en": {
        "name": "name",
        "email": "email address",
        "phone": "phone number",
        "address": "postal address",
        "ip_signup": "IP address at sign-up",
        "ip_logs": "IP address logs",
        "login_times": "login times",
        "account_created": "account creation date",
        "zip_country": "zip code and country",
        "content": "content",
        "other": "other information",
    },
    "es": {
        "name": "nombre",
        "email": "correo electrónico",
        "phone": "número de teléfono",
        "address": "dirección postal",
        "ip_signup": "dirección IP de registro",
        "ip_logs": "registros de direcciones IP",
        "login_times": "horas de inicio de sesión",
        "account_created": "fecha de creación de la cuenta",
        "zip_country": "código postal y país",
        "content": "contenido",
        "other": "otros datos",
    },
}
PLATFORMS = {
    "instagram": "Instagram",
    "facebook": "Facebook",
    "x": "X",
    "tiktok": "TikTok",
    "youtube": "YouTube",
    "reddit": "Reddit",
    "telegram": "Telegram",
}
OTHER_PLATFORM = {"en": "online", "es": "en línea"}
SEALED_MARK = {"en": "[sealed]", "es": "[reservado]"}


@lru_cache(maxsize=1)
def _spanish_rule_titles() -> dict[str, str]:
    """A deadline title a shipped rule gave, in Spanish (the rule sets carry it)."""
    book = default_rulebook()
    return {r.title: r.title_es for r in book.rules.values() if r.title_es}


# ---- views ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TemplateView:
    id: int | None  # None: a shipped template
    name: str
    language: str
    shipped: bool
    size: int
    added_at: dt.datetime | None = None
    added_by: str | None = None


@dataclass(frozen=True)
class SubpoenaChoice:
    """One of a matter's subpoenas, as a pick-list offers it."""

    id: int
    kind: str  # as stored: "administrative_subpoena"
    issuer: str
    recipient: str
    issued: dt.date | None


@dataclass(frozen=True)
class DraftResult:
    path: Path
    template: str
    language: str
    names_revealed: bool
    size: int


# ---- templates --------------------------------------------------------------------------------


def templates(uow: UnitOfWork) -> list[TemplateView]:
    """The shipped templates, then the office's own by name; without their contents."""
    shipped = [
        TemplateView(None, name, language, True, _shipped_path(name).stat().st_size)
        for name, language in SHIPPED.items()
        if _shipped_path(name).is_file()
    ]
    rows = uow.session.execute(
        select(
            DraftTemplate.id,
            DraftTemplate.name,
            DraftTemplate.language,
            func.length(DraftTemplate.content),
            DraftTemplate.added_at,
            DraftTemplate.added_by,
        ).order_by(func.lower(DraftTemplate.name), DraftTemplate.id)
    )
    own = [TemplateView(r[0], r[1], r[2], False, int(r[3] or 0), r[4], r[5]) for r in rows]
    return shipped + own


def _shipped_path(name: str) -> Path:
    return SHIPPED_FOLDER / f"{name}.docx"


def find(uow: UnitOfWork, name: str) -> TemplateView:
    """A template by its name (shipped or the office's)."""
    for view in templates(uow):
        if view.name == name:
            return view
    raise NotFoundError(
        f"There is no template called {name!r} (`template list` shows them).",
        record="template",
        field="name",
        code="template.not_found",
        params={"name": name},
    )


def _clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if (
        not cleaned
        or len(cleaned) > SHORT
        or any(unicodedata.category(ch)[0] == "C" for ch in cleaned)
    ):
        raise ValidationError(
            f"template: a name of 1 to {SHORT} characters on one line is needed.",
            record="template",
            field="name",
            code="template.bad_name",
            params={"max": SHORT},
        )
    return cleaned


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise ValidationError(
            f"template: the language must be one of {', '.join(LANGUAGES)}, not {language!r}.",
            record="template",
            field="language",
            code="template.bad_language",
            params={"language": language},
        )
    return language


def check_size(size: int) -> None:
    """Refuse a file over the limit before anyone reads it whole."""
    if size > MAX_BYTES:
        raise ValidationError(
            f"template: the file is larger than {MAX_MEGABYTES} MB.",
            record="template",
            field="content",
            code="template.too_large",
            params={"megabytes": MAX_MEGABYTES},
        )


def add_template(uow: UnitOfWork, name: str, content: bytes, language: str = "en") -> TemplateView:
    """Keep an office's own .docx template in the vault, once it is known to open, to name
    only merge fields Quash fills in, and to render."""
    name = _clean_name(name)
    language = check_language(language)
    taken = name.casefold() in {n.casefold() for n in SHIPPED} or uow.session.scalar(
        select(DraftTemplate.id).where(func.lower(DraftTemplate.name) == name.lower()).limit(1)
    )
    if taken:
        raise ValidationError(
            f"template: there is already a template called {name!r}.",
            record="template",
            field="name",
            code="template.name_taken",
            params={"name": name},
        )
    check_size(len(content))
    check_template(content)
    row = DraftTemplate(
        name=name,
        language=language,
        content=content,
        added_at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
        added_by=uow.actor,
    )
    uow.session.add(row)
    uow.session.flush()
    audit.record(
        uow,
        "create",
        "template",
        row.id,
        {"name": name, "language": language, "bytes": len(content)},
    )
    return TemplateView(row.id, name, language, False, len(content), row.added_at, row.added_by)


def remove_template(uow: UnitOfWork, template_id: int) -> None:
    """Delete an office's template from the vault (the shipped ones stay)."""
    row = uow.session.get(DraftTemplate, template_id)
    if row is None:
        raise NotFoundError.of("template", template_id)
    audit.record(uow, "delete", "template", row.id, {"name": row.name})
    uow.session.delete(row)
    uow.session.flush()


def remove_by_name(uow: UnitOfWork, name: str) -> None:
    view = find(uow, name)
    if view.id is None:
        raise ValidationError(
            f"template: {name!r} ships with Quash and cannot be removed.",
            record="template",
            field="name",
            code="template.shipped",
            params={"name": name},
        )
    remove_template(uow, view.id)


def _content(uow: UnitOfWork, template: int | str) -> tuple[str, str, bool, bytes]:
    """(name, language, shipped, bytes) of a template given by id or by name."""
    if isinstance(template, str) and template in SHIPPED:
        path = _shipped_path(template)
        try:
            return template, SHIPPED[template], True, path.read_bytes()
        except OSError as exc:
            raise QuashError(
                f"The shipped template {template} is missing from this installation "
                f"(reports/templates/{template}.docx); reinstall Quash.",
                code="template.missing",
                params={"name": template},
            ) from exc
    if isinstance(template, str):
        template_id = find(uow, template).id
        assert template_id is not None
    else:
        template_id = template
    row = uow.session.get(DraftTemplate, template_id)
    if row is None:
        raise NotFoundError.of("template", template_id)
    return row.name, row.language, False, row.content


# ---- checking a template ----------------------------------------------------------------------


def _environment() -> SandboxedEnvironment:
    # Escaped, so a value with "&" or "<" (a case title) cannot break the document's XML;
    # strict, so a field the check missed fails loudly instead of printing nothing.
    return SandboxedEnvironment(autoescape=True, undefined=StrictUndefined)


def _not_docx() -> ValidationError:
    return ValidationError(
        "template: the file is not a Word document (.docx) Quash can open.",
        record="template",
        field="content",
        code="template.not_docx",
    )


def _open(content: bytes) -> Any:
    """The docxtpl template of `content`; a file that is not a .docx is one clear error."""
    from docxtpl import DocxTemplate

    try:
        with zipfile.ZipFile(io.BytesIO(content)) as package:
            members = package.infolist()
            if "word/document.xml" not in {m.filename for m in members}:
                raise _not_docx()
            if sum(m.file_size for m in members) > MAX_UNPACKED:
                raise _not_docx()
        template = DocxTemplate(io.BytesIO(content))
        template.init_docx()
    except ValidationError:
        raise
    except Exception as exc:  # noqa: BLE001 - any reason it does not open: not a usable .docx
        raise _not_docx() from exc
    return template


def _source(template: Any) -> str:
    """The template's text as docxtpl hands it to Jinja: the body, headers and footers."""
    from docx.oxml import parse_xml

    docx = template.get_docx()
    parts = [template.patch_xml(template.xml_to_string(docx._element.body))]
    for uri in (template.HEADER_URI, template.FOOTER_URI):
        for rel in docx._part.rels.values():
            if rel.reltype == uri and rel.target_part.blob:
                xml = template.xml_to_string(parse_xml(rel.target_part.blob))
                parts.append(template.patch_xml(xml))
    return "".join(parts)


def _shape_of(node: nodes.Node, scope: dict[str, Any], unknown: set[str]) -> Any:
    """The shape (FIELDS) an expression stands for, or None when it is not a merge field; a
    field a record does not have goes into `unknown`, written as the template wrote it."""
    if isinstance(node, nodes.Name):
        return scope[node.name] if node.name in scope else FIELDS.get(node.name)
    if isinstance(node, nodes.Getattr | nodes.Getitem):
        base = _shape_of(node.node, scope, unknown)
        key: object
        if isinstance(node, nodes.Getattr):
            key = node.attr
        elif isinstance(node.arg, nodes.Const):
            key = node.arg.value
        else:
            _check(node.arg, scope, unknown)
            return None
        if isinstance(base, list) and isinstance(key, int):
            return base[0]
        if isinstance(base, dict):
            if key in base:
                return base[key]
            unknown.add(f"{_written(node.node)}.{key}")
        return None
    _check(node, scope, unknown)
    return None


def _written(node: nodes.Node) -> str:
    if isinstance(node, nodes.Name):
        return node.name
    if isinstance(node, nodes.Getattr):
        return f"{_written(node.node)}.{node.attr}"
    if isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const):
        return f"{_written(node.node)}[{node.arg.value!r}]"
    return "…"


def _check(node: nodes.Node, scope: dict[str, Any], unknown: set[str]) -> None:
    """Walk a template, following loops (`{% for a in accounts %}` makes `a` an account)."""
    if isinstance(node, nodes.For):
        iterated = _shape_of(node.iter, scope, unknown)
        inner = dict(scope)
        if isinstance(node.target, nodes.Name):
            inner[node.target.name] = iterated[0] if isinstance(iterated, list) else None
        for child in node.body:
            _check(child, inner, unknown)
        if node.test is not None:
            _check(node.test, inner, unknown)
        for child in node.else_:
            _check(child, scope, unknown)
        return
    if isinstance(node, nodes.Getattr | nodes.Getitem):
        _shape_of(node, scope, unknown)
        return
    for child in node.iter_child_nodes():
        _check(child, scope, unknown)


def _sample(shape: Any) -> Any:
    """A made-up value of every field, to try a template on before it is kept."""
    if isinstance(shape, dict):
        return {key: _sample(inner) for key, inner in shape.items()}
    if isinstance(shape, list):
        return [_sample(shape[0])]
    return {str: "Sample", int: 1, bool: True}[shape]


def unknown_fields(content: bytes) -> list[str]:
    """The merge fields a template names that Quash does not fill in, sorted."""
    template = _open(content)
    try:
        tree = _environment().parse(_source(template))
        # Compiles the template too: an unknown filter or test is caught here.
        undeclared = find_undeclared_variables(tree)
    except TemplateSyntaxError as exc:  # and TemplateAssertionError, its subclass
        raise ValidationError(
            f"template: its merge fields are not written correctly ({exc.message}).",
            record="template",
            field="content",
            code="template.bad_syntax",
            params={"problem": str(exc.message)},
        ) from None
    unknown = {n for n in undeclared if n not in FIELDS}
    _check(tree, {}, unknown)
    return sorted(unknown)


def check_template(content: bytes) -> None:
    """A .docx that opens, names only known merge fields and renders; else one clear error."""
    unknown = unknown_fields(content)
    if unknown:
        listed = ", ".join(unknown)
        raise ValidationError(
            f"template: Quash does not know these merge fields: {listed} "
            f"(it fills in {', '.join(FIELDS)}; `template fields` lists them all).",
            record="template",
            field="content",
            code="template.unknown_fields",
            params={"fields": listed},
        )
    _render(content, _sample(FIELDS))


def _render(content: bytes, context: dict[str, Any]) -> bytes:
    """The filled-in .docx, in memory: nothing of it touches the disk until the caller writes
    the whole of it."""
    template = _open(content)
    try:
        template.render(context, jinja_env=_environment())
        out = io.BytesIO()
        template.save(out)
    except Exception as exc:  # noqa: BLE001 - whatever a template does wrong, one clear line
        # Jinja's own message names the template's mistake, never a value; anything else is
        # named by its type only, as its text could quote case data.
        problem = (exc.message if isinstance(exc, TemplateError) else None) or type(exc).__name__
        raise ValidationError(
            f"template: it cannot be filled in ({problem}).",
            record="template",
            field="content",
            code="template.cannot_render",
            params={"problem": problem},
        ) from None
    return out.getvalue()


# ---- the merge fields of one matter -----------------------------------------------------------


def _text(value: object) -> str:
    return "" if value is None else str(value)


def merge_fields(
    uow: UnitOfWork,
    matter_id: int,
    *,
    subpoena_id: int | None = None,
    reveal: bool = False,
    language: str = "en",
    today: dt.date | None = None,
) -> dict[str, Any]:
    """What a template is filled in with, worded in `language` ("en" or "es"): dates as the
    letter writes them, lists as sentences. The subpoena is the one given (it must be this
    matter's) or the matter's latest. Legal names only with `reveal`, for a role that may."""
    language = check_language(language)
    if reveal:  # refused before anything is read
        people.require(uow.vault, Action.REVEAL_SEALED)
    matter = _matter(uow, matter_id)
    subpoena = _subpoena_for(uow, matter, subpoena_id)
    return _context(uow, matter, subpoena, reveal, language, today or dt.date.today())


def _matter(uow: UnitOfWork, matter_id: int) -> Matter:
    matter = uow.session.get(Matter, matter_id)
    if matter is None:
        raise NotFoundError.of("matter", matter_id)
    return matter


def _context(
    uow: UnitOfWork,
    matter: Matter,
    subpoena: Subpoena | None,
    reveal: bool,
    language: str,
    today: dt.date,
) -> dict[str, Any]:
    def day(value: dt.date | None) -> str:
        return format_date(value, "long", locale=language) if value else ""

    def account(a: Any) -> dict[str, Any]:
        platform = PLATFORMS.get(a.platform.value, OTHER_PLATFORM[language])
        return {"platform": platform, "handle": a.handle, "url": _text(a.url)}

    clients = []
    for c in matter.clients:
        legal = (c.legal_name or "") if reveal else SEALED_MARK[language]
        clients.append(
            {
                "pseudonym": c.pseudonym,
                "legal_name": legal,
                "name": (c.legal_name or c.pseudonym) if reveal else c.pseudonym,
                "language": _text(c.language),
                "accounts": [account(a) for a in c.accounts],
            }
        )
    if subpoena is not None and subpoena.accounts:
        accounts = [account(a) for a in subpoena.accounts]
    else:  # the accounts the clients hold, each once
        seen: dict[int, Any] = {}
        for c in matter.clients:
            for a in c.accounts:
                seen.setdefault(a.id, a)
        accounts = [account(seen[i]) for i in sorted(seen)]

    titles = _spanish_rule_titles() if language == "es" else {}
    open_deadlines = uow.session.scalars(
        select(Deadline)
        .where(Deadline.matter_id == matter.id, Deadline.status == DeadlineStatus.OPEN)
        .order_by(Deadline.due, Deadline.due_time, Deadline.id)
    )
    deadlines = [
        {
            "title": titles.get(d.title, d.title),
            "due": day(d.due),
            "time": format_time(d.due_time, "short", locale=language) if d.due_time else "",
            "responsible": _text(d.responsible),
        }
        for d in open_deadlines
    ]
    blank_client = {key: [] if key == "accounts" else "" for key in CLIENT}
    return {
        "office": {"name": vaults.setting(uow, "office_name")},
        "today": day(today),
        "language": language,
        "names_revealed": reveal,
        "drafter": {"name": uow.actor, "role": people.role_of(uow.vault)},
        "matter": {
            "id": matter.id,
            "title": matter.title,
            "status": matter.status.value,
            "court": _text(matter.court),
            "case_number": _text(matter.case_number),
            "judge": _text(matter.judge),
            "attorney": _text(matter.attorney),
            "paralegal": _text(matter.paralegal),
            "opened": day(matter.opened),
        },
        "clients": clients,
        "client": clients[0] if clients else blank_client,
        "accounts": accounts,
        "subpoena": _subpoena_fields(subpoena, language, day),
        "deadlines": deadlines,
    }


def subpoenas_of(uow: UnitOfWork, matter_id: int) -> list[SubpoenaChoice]:
    """The matter's subpoenas, latest first (the one a draft uses when none is chosen)."""
    rows = uow.session.execute(
        select(Subpoena.id, Subpoena.kind, Subpoena.issuer, Subpoena.recipient, Subpoena.issued)
        .where(Subpoena.matter_id == matter_id)
        .order_by(Subpoena.id.desc())
    )
    return [SubpoenaChoice(r[0], r[1].value, r[2], r[3], r[4]) for r in rows]


def _subpoena_for(uow: UnitOfWork, matter: Matter, subpoena_id: int | None) -> Subpoena | None:
    if subpoena_id is None:
        return uow.session.scalars(
            select(Subpoena).where(Subpoena.matter_id == matter.id).order_by(Subpoena.id.desc())
        ).first()
    subpoena = uow.session.get(Subpoena, subpoena_id)
    if subpoena is None:
        raise NotFoundError.of("subpoena", subpoena_id)
    if subpoena.matter_id != matter.id:
        raise ValidationError(
            f"draft: subpoena {subpoena_id} belongs to another matter.",
            record="draft",
            field="subpoena_id",
            code="draft.other_matter",
            params={"id": subpoena_id},
        )
    return subpoena


def _subpoena_fields(subpoena: Subpoena | None, language: str, day: Any) -> dict[str, Any]:
    if subpoena is None:  # a matter without one: blanks the template can word around
        blank: dict[str, Any] = {key: "" for key in SUBPOENA}
        return {**blank, "requested_list": [], "gag_order": False}
    demands = [DEMANDS[language].get(v, v) for v in subpoena.requested.split(",") if v]
    return {
        "kind": KINDS[language].get(subpoena.kind.value, subpoena.kind.value),
        "kind_code": subpoena.kind.value,
        "a_kind": A_KINDS[language].get(subpoena.kind.value, subpoena.kind.value),
        "issuer": subpoena.issuer,
        "issuing_officer": _text(subpoena.issuing_officer),
        "recipient": subpoena.recipient,
        "authority": _text(subpoena.authority),
        "stated_purpose": _text(subpoena.stated_purpose),
        "issued": day(subpoena.issued),
        "served": day(subpoena.served),
        "user_notified": day(subpoena.user_notified),
        "response_window_days": (
            subpoena.response_window_days if subpoena.response_window_days is not None else ""
        ),
        "compliance_date": day(subpoena.compliance_date),
        "requested": format_list(demands, locale=language) if demands else "",
        "requested_list": demands,
        "gag_order": bool(subpoena.gag_order),
        "status": subpoena.status.value,
    }


# ---- a draft ----------------------------------------------------------------------------------


def draft(
    uow: UnitOfWork,
    template: int | str,
    matter_id: int,
    target: Path,
    *,
    subpoena_id: int | None = None,
    reveal: bool = False,
    today: dt.date | None = None,
) -> DraftResult:
    """Fill in `template` (an office template's id, or any template's name) from the matter
    and write it to `target` whole or not at all (0600). Audited in the caller's transaction:
    which template, which matter, whether legal names were merged (never the names)."""
    if reveal:  # refused before anything is read or written
        people.require(uow.vault, Action.REVEAL_SEALED)
    name, language, shipped, content = _content(uow, template)
    matter = _matter(uow, matter_id)
    subpoena = _subpoena_for(uow, matter, subpoena_id)
    context = _context(uow, matter, subpoena, reveal, language, today or dt.date.today())
    data = _render(content, context)
    detail: dict[str, Any] = {
        "template": name,
        "shipped": shipped,
        "language": language,
        "matter_id": matter_id,
        "subpoena_id": subpoena.id if subpoena is not None else None,
        "format": "docx",
        "names_revealed": reveal,
    }
    if reveal:  # whose, by id: the log never holds a sealed value
        detail["revealed_client_ids"] = sorted(c.id for c in matter.clients if c.legal_name)
    audit.record(uow, "export", "draft", None, detail)
    write_atomically(target, data)
    return DraftResult(target, name, language, reveal, len(data))
