"""The recovery sheet: one printed page for the office safe with a vault's recovery key and what
to do with it. It shares the reports' privilege header and "Page 1 of 1" footer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, ListFlowable, Spacer, Table

from models.errors import ValidationError
from models.tasks import NO_TASK, Task
from reports import fonts
from reports.i18n import N_, Translator, check_language, translator
from reports.layout import (
    BAND,
    INK,
    OVERDUE,
    RULE,
    Paragraph,
    ReportMeta,
    check_page_size,
    make_styles,
    new_doc_width,
    render,
)
from services.vaults import parse_recovery_key

TITLE = N_("Quash vault recovery key")
# Courier is one of PDF's standard fonts: every reader has it, so nothing is embedded or fetched.
# Its zero, one and capital letters are distinct, and the key's alphabet has no I, L, O or U.
KEY_FONT = "Courier-Bold"
KEY_SIZE = 25
GROUPS_PER_LINE = 4
OFFICE_CHARS = 200
FOLDER_CHARS = 400


def _page_size_name(pagesize: str | tuple[float, float]) -> str:
    if isinstance(pagesize, str):
        return check_page_size(pagesize)
    for name, size in (("letter", LETTER), ("a4", A4)):
        if tuple(round(v) for v in pagesize) == tuple(round(v) for v in size):
            return name
    raise ValidationError("Page size must be letter or a4.", field="page_size")


def _key_lines(recovery_key: str) -> list[str]:
    """The key as typed from paper: groups of four, four groups to a line."""
    parse_recovery_key(recovery_key)  # a mistyped key must never reach the safe
    groups = recovery_key.strip().upper().split("-")
    return [
        "-".join(groups[i : i + GROUPS_PER_LINE]) for i in range(0, len(groups), GROUPS_PER_LINE)
    ]


def _clip(text: str, limit: int) -> str:
    """Long values keep their start and end (a folder's drive and its last names matter most),
    so the sheet stays one page whatever was typed."""
    if len(text) <= limit:
        return text
    half = (limit - 1) // 2
    return text[:half] + "…" + text[-(limit - 1 - half) :]


def _when(tr: Translator, moment: dt.datetime) -> str:
    text = tr.moment(moment)
    zone = moment.tzname()
    return f"{text} {zone}" if zone else text


def _story(
    tr: Translator,
    *,
    office_name: str,
    vault_folder: str,
    vault_id: str,
    recovery_key: str,
    created: dt.datetime,
    width: float,
) -> list[Flowable]:
    styles = make_styles()
    f = fonts.register()
    office = ParagraphStyle("office", styles.body, fontName=f.bold, fontSize=12, leading=15)
    title = ParagraphStyle("sheet-title", styles.title, fontSize=22, leading=27, spaceAfter=4)
    lead = ParagraphStyle("lead", styles.body, fontSize=10.5, leading=14)
    key_style = ParagraphStyle(
        "key",
        styles.body,
        fontName=KEY_FONT,
        fontSize=KEY_SIZE,
        leading=KEY_SIZE * 1.45,
        alignment=TA_CENTER,
        textColor=INK,
    )
    label = ParagraphStyle("label", styles.body, fontName=f.bold, fontSize=9.5, leading=12.5)
    value = ParagraphStyle("value", styles.body, fontSize=9.5, leading=12.5)
    item = ParagraphStyle("item", styles.body, fontSize=10, leading=13.5, spaceAfter=5)
    heading = ParagraphStyle("sheet-heading", styles.heading, fontSize=12.5, leading=15)
    note = ParagraphStyle("note", styles.small, fontSize=8.5, leading=11)

    key_box = Table(
        [[Paragraph(line, key_style)] for line in _key_lines(recovery_key)],
        colWidths=[width],
        style=[
            ("BACKGROUND", (0, 0), (-1, -1), BAND),
            ("BOX", (0, 0), (-1, -1), 1.2, INK),
            ("TOPPADDING", (0, 0), (-1, 0), 12),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 14),
        ],
    )
    _ = tr.gettext
    details = Table(
        [
            [Paragraph(fonts.markup(name), label), Paragraph(fonts.markup(text), value)]
            for name, text in (
                (_("Office"), office_name or _("(not named)")),
                (_("Vault folder"), vault_folder),
                (_("Vault id"), vault_id),
                (_("Vault created"), _when(tr, created)),
            )
        ],
        colWidths=[width * 0.22, width * 0.78],
        style=[
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ],
    )
    # Paragraph markup: translations keep the <b> and <font> tags (checked by the tests).
    instructions = [
        _(
            "<b>What it unlocks.</b> This key opens the Quash vault named above, and every "
            "client, matter, subpoena and document in it, without the passphrase. Use it when "
            "the passphrase is forgotten or nobody who knows it is available."
        ),
        _(
            "<b>Keep it in the office safe.</b> Do not photograph, scan, email or copy it into "
            "any other program, and delete any PDF of this sheet once it is printed."
        ),
        _(
            "<b>Anyone with this key can open the vault.</b> If this sheet is lost, copied or "
            "seen by someone who should not have it, rotate the vault's key at once "
            "(<font name='Courier'>quash key rotate</font>): that issues a new recovery key "
            "and retires this one. Then shred this sheet."
        ),
        _(
            "<b>To use it.</b> On Quash's unlock screen choose <b>Use recovery key</b> and "
            "type the key; dashes, spaces and upper or lower case do not matter. From the "
            "command line, set the environment variable "
            "<font name='Courier'>QUASH_RECOVERY_KEY</font> to the key. Afterwards, set a new "
            "passphrase."
        ),
    ]
    return [
        Paragraph(fonts.markup(office_name), office) if office_name else Spacer(1, 15),
        Paragraph(fonts.markup(_(TITLE)), title),
        Paragraph(
            fonts.markup(
                _(
                    "The recovery key below opens the vault if its passphrase is lost. It is "
                    "32 letters and digits in 8 groups of 4; there is no letter I, L, O or U."
                )
            ),
            lead,
        ),
        Spacer(1, 12),
        KeepTogether([key_box]),
        Spacer(1, 16),
        details,
        Spacer(1, 8),
        Paragraph(fonts.markup(_("Instructions")), heading),
        ListFlowable(
            [Paragraph(text, item) for text in instructions],
            bulletType="1",
            bulletFontName=f.bold,
            bulletFontSize=10,
            leftIndent=16,
        ),
        Spacer(1, 6),
        Paragraph(
            fonts.markup(
                _(
                    "Quash never stores this key in readable form and cannot show it again. "
                    "This page is the only copy."
                )
            ),
            ParagraphStyle("closing", note, textColor=OVERDUE),
        ),
    ]


def write_recovery_sheet(
    path: Path,
    *,
    office_name: str,
    vault_folder: str,
    vault_id: str,
    recovery_key: str,
    created: dt.datetime,
    pagesize: str | tuple[float, float] = "letter",
    generated_at: dt.datetime | None = None,
    language: str = "en",
    task: Task = NO_TASK,
) -> None:
    """Write the one-page recovery sheet to `path`, atomically (a reader never finds half a
    PDF), in `language` ("en" or "es"). `pagesize` is "letter" (the default) or "a4", or
    ReportLab's LETTER or A4. `task` hears of the fonts being prepared, the first time."""
    tr = translator(check_language(language))
    fonts.prepare(task, tr)
    meta = ReportMeta(
        title=tr.gettext(TITLE),
        office_name=office_name,  # the page header shortens it to fit beside the legend
        generated_at=generated_at or dt.datetime.now().astimezone(),
        generated_by="Quash",
        names_revealed=False,
        page_size=_page_size_name(pagesize),
        language=tr.language,
    )
    story = _story(
        tr,
        office_name=_clip(office_name, OFFICE_CHARS),
        vault_folder=_clip(vault_folder, FOLDER_CHARS),
        vault_id=vault_id,
        recovery_key=recovery_key,
        created=created,
        width=new_doc_width(meta),
    )
    render(meta, story, Path(path))
