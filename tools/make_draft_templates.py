"""Make the shipped .docx draft templates in reports/templates/ (services.drafting fills them in).

    python tools/make_draft_templates.py [FOLDER]     (default: reports/templates)

python-docx writes each document with Jinja merge fields ({{ matter.title }}, {% for a in
accounts %}, …) that docxtpl renders. Each tag is written inside one run, so Word and docxtpl
read it whole; `{%p … %}` and `{%tr … %}` lines are paragraphs and table rows that docxtpl
removes when it renders. Bracketed text ([…]) is for the attorney to write. The files come out
byte for byte the same on every run (fixed dates inside and in the zip), so a change shows in
review only where the wording changed. Run it after changing this script and commit the files.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt

REPO = Path(__file__).resolve().parents[1]
FIXED = dt.datetime(2026, 1, 1, 0, 0, 0)

Runs = str | Sequence[tuple[str, bool]]  # plain text, or (text, bold) pieces


# ---- writing helpers --------------------------------------------------------------------------


def _setup(language: str, font: str, size: int, title: str) -> object:
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)  # US Letter
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Inches(1))
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    r_pr = normal.element.get_or_add_rPr()
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), font)
    lang = OxmlElement("w:lang")  # Word spell-checks the letter in its own language
    lang.set(qn("w:val"), {"en": "en-US", "es": "es-US"}[language])
    r_pr.append(lang)
    normal.paragraph_format.space_after = Pt(6)
    for name in ("Heading 1", "Heading 2", "Title"):
        style = doc.styles[name]
        style.font.name = font
        style.font.color.rgb = None
    props = doc.core_properties
    props.title = title
    props.author = ""
    props.last_modified_by = ""
    props.comments = ""
    props.subject = ""
    props.keywords = ""
    props.language = {"en": "en-US", "es": "es-US"}[language]
    props.created = props.modified = FIXED
    props.revision = 1
    return doc


def para(
    doc: object,
    text: Runs = "",
    *,
    bold: bool = False,
    italic: bool = False,
    center: bool = False,
    right: bool = False,
    style: str | None = None,
    indent: float = 0.0,
    space_after: int | None = None,
) -> object:
    paragraph = doc.add_paragraph(style=style)  # type: ignore[attr-defined]
    pieces = [(text, bold)] if isinstance(text, str) else list(text)
    for piece, strong in pieces:
        run = paragraph.add_run(piece)
        run.bold = strong
        run.italic = italic
    if center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif right:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent:
        paragraph.paragraph_format.first_line_indent = Inches(indent)
    if space_after is not None:
        paragraph.paragraph_format.space_after = Pt(space_after)
    return paragraph


def tag(doc: object, text: str) -> None:
    """A `{%p … %}` line: a paragraph docxtpl removes when it renders."""
    para(doc, text, space_after=0)


def heading(doc: object, text: str, level: int = 1) -> None:
    doc.add_heading(text, level=level)  # type: ignore[attr-defined]


def page_break(doc: object) -> None:
    para(doc).add_run().add_break(WD_BREAK.PAGE)  # type: ignore[attr-defined]


def footer(doc: object, text: str) -> None:
    paragraph = doc.sections[0].footer.paragraphs[0]  # type: ignore[attr-defined]
    paragraph.text = text
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for run in paragraph.runs:
        run.font.size = Pt(9)


def facts_table(doc: object, rows: Sequence[tuple[str, str]]) -> None:
    table = doc.add_table(rows=0, cols=2)  # type: ignore[attr-defined]
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text = label
        cells[0].paragraphs[0].runs[0].bold = True
        cells[1].text = value
        cells[0].width, cells[1].width = Inches(2.2), Inches(4.3)
    para(doc, space_after=0)


def bullets(doc: object, loop: str, line: str, *, empty: str | None = None) -> None:
    """One bullet per item: `loop` is the for-tag's head ("a in accounts")."""
    tag(doc, "{%p for " + loop + " %}")
    para(doc, line, style="List Bullet")
    tag(doc, "{%p endfor %}")
    if empty is not None:
        listed = loop.split(" in ", 1)[1]
        tag(doc, "{%p if not " + listed + " %}")
        para(doc, empty, style="List Bullet")
        tag(doc, "{%p endif %}")


def save(doc: object, path: Path) -> None:
    """Save with every zip entry dated FIXED: the same document gives the same bytes."""
    raw = io.BytesIO()
    doc.save(raw)  # type: ignore[attr-defined]
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dest:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dest.writestr(fixed, source.read(info.filename))
    path.write_bytes(out.getvalue())


# ---- the pieces the templates share -----------------------------------------------------------

PSEUDONYM = '{{ client.pseudonym or "John/Jane Doe" }}'
RECIPIENT = '{{ subpoena.recipient or "[platform]" }}'
ISSUER = '{{ subpoena.issuer or "[issuing agency]" }}'
KIND = '{{ subpoena.kind or "subpoena" }}'
HANDLES = (
    "{% for a in accounts %}{{ a.handle }} ({{ a.platform }})"
    "{% if not loop.last %}, {% endif %}{% else %}[account]{% endfor %}"
)
ATTORNEY = '{{ matter.attorney or "[Attorney name]" }}'
OFFICE = '{{ office.name or "[Office]" }}'


# ---- the motion to quash with the Doe's declaration -------------------------------------------


def motion_to_quash() -> object:
    doc = _setup("en", "Times New Roman", 12, "Motion to quash")
    for line in (ATTORNEY, OFFICE, "[Address · Phone · Email]", f"Attorney for Movant {PSEUDONYM}"):
        para(doc, line, space_after=0)
    para(doc)
    para(
        doc,
        '{{ (matter.court or "[United States District Court, District]") | upper }}',
        bold=True,
        center=True,
    )
    para(doc)

    caption = doc.add_table(rows=1, cols=2)  # type: ignore[attr-defined]
    caption.style = "Table Grid"
    left, right = caption.rows[0].cells
    left.text = (
        'In re {{ (subpoena.kind or "administrative subpoena/summons") | title }} '
        f"to {RECIPIENT}"
    )
    left.add_paragraph("")
    left.add_paragraph(f"{PSEUDONYM},")
    left.add_paragraph("Movant.")
    right.text = 'Case No. {{ matter.case_number or "[to be assigned]" }}'
    right.add_paragraph("")
    motion_title = right.add_paragraph(
        "NOTICE OF MOTION AND MOTION TO QUASH; MEMORANDUM OF POINTS AND AUTHORITIES; "
        'DECLARATION OF {{ (client.pseudonym or "John/Jane Doe") | upper }}'
    )
    motion_title.runs[0].bold = True
    right.add_paragraph("{% if matter.judge %}Judge: {{ matter.judge }}{% endif %}")
    para(doc)

    heading(doc, "NOTICE OF MOTION AND MOTION")
    para(
        doc,
        "PLEASE TAKE NOTICE that on [hearing date], at [time], or as soon after that as the "
        'matter may be heard, before {{ matter.judge or "[the assigned judge]" }} of the '
        '{{ matter.court or "[Court]" }}, Movant '
        f"{PSEUDONYM}, the anonymous user of the account(s) {HANDLES}, will and hereby does "
        f"move to quash the {KIND} that {ISSUER} issued"
        "{% if subpoena.issued %} on {{ subpoena.issued }},{% endif %} "
        f"to {RECIPIENT}, and for an order that {RECIPIENT} not produce any record that "
        "would identify Movant while this motion is pending.",
        indent=0.5,
    )
    para(
        doc,
        "The motion rests on the First Amendment right to speak and associate anonymously, on "
        f"the limits of the authority the {KIND} invokes"
        "{% if subpoena.authority %} ({{ subpoena.authority }}){% endif %}, and on this notice, "
        f"the memorandum below, the Declaration of {PSEUDONYM}, the papers on file and any "
        "argument the Court allows.",
        indent=0.5,
    )

    heading(doc, "MEMORANDUM OF POINTS AND AUTHORITIES")
    heading(doc, "I. Introduction", 2)
    para(
        doc,
        "[In one paragraph: who Movant is (by pseudonym only), what the account does, what the "
        "government demands, and why the First Amendment forbids unmasking Movant on this "
        "record.]",
        indent=0.5,
    )

    heading(doc, "II. Statement of facts", 2)
    para(doc, f"A. The {KIND} served on {RECIPIENT}", bold=True)
    facts_table(
        doc,
        (
            ("Kind of process", '{{ (subpoena.kind or "[kind]") | capitalize }}'),
            (
                "Issued by",
                f"{ISSUER}"
                "{% if subpoena.issuing_officer %} ({{ subpoena.issuing_officer }}){% endif %}",
            ),
            ("Served on", RECIPIENT),
            ("Authority invoked", '{{ subpoena.authority or "[none stated]" }}'),
            ("Stated purpose", '{{ subpoena.stated_purpose or "[none stated]" }}'),
            ("Date issued", '{{ subpoena.issued or "[unknown]" }}'),
            ("Served on the platform", '{{ subpoena.served or "[unknown]" }}'),
            ("Movant notified", '{{ subpoena.user_notified or "[unknown]" }}'),
            (
                "Response window",
                "{% if subpoena.response_window_days %}{{ subpoena.response_window_days }} "
                "days{% else %}[not stated]{% endif %}",
            ),
            ("Compliance date", '{{ subpoena.compliance_date or "[not stated]" }}'),
            ("Records demanded", '{{ subpoena.requested or "[not stated]" }}'),
            (
                "Non-disclosure (gag) order",
                "{% if subpoena.gag_order %}Yes{% else %}None stated{% endif %}",
            ),
        ),
    )
    para(
        doc,
        f"The {KIND} invokes "
        '{{ subpoena.authority or "[authority]" }} and demands that '
        f"{RECIPIENT} produce, about the account(s) named below, the account holder’s "
        '{{ subpoena.requested or "[records demanded]" }}. Its stated purpose is “'
        '{{ subpoena.stated_purpose or "[none stated]" }}.”'
        "{% if subpoena.compliance_date %} It sets a compliance date of "
        "{{ subpoena.compliance_date }}.{% endif %}",
        indent=0.5,
    )
    para(doc, "B. The account(s) and Movant’s speech", bold=True)
    bullets(
        doc,
        "a in accounts",
        "{{ a.platform }} account {{ a.handle }}{% if a.url %} ({{ a.url }}){% endif %}",
        empty="[account]",
    )
    para(
        doc,
        "[Describe the account’s speech: its subject (for example, documenting immigration "
        "enforcement in public places), its audience, how long it has posted, and why its "
        "author speaks anonymously.]",
        indent=0.5,
    )

    heading(doc, "III. Argument", 2)
    para(doc, "A. The First Amendment protects anonymous speech and association.", bold=True)
    para(
        doc,
        "[Anonymous speech is protected: McIntyre v. Ohio Elections Comm’n, 514 U.S. 334 "
        "(1995); Talley v. California, 362 U.S. 60 (1960). Compelled disclosure that burdens "
        "association is reviewed under exacting scrutiny: NAACP v. Alabama ex rel. Patterson, "
        "357 U.S. 449 (1958); Americans for Prosperity Found. v. Bonta, 594 U.S. 595 (2021). "
        "Verify each citation and adapt to this court’s circuit.]",
        indent=0.5,
    )
    para(doc, "B. The government cannot justify unmasking this speaker.", bold=True)
    para(
        doc,
        "[Apply the test this court follows for unmasking anonymous speakers (for example, In "
        "re Anonymous Online Speakers, 661 F.3d 1168 (9th Cir. 2011); Highfields Capital Mgmt., "
        "L.P. v. Doe, 385 F. Supp. 2d 969 (N.D. Cal. 2005); Doe v. 2TheMart.com Inc., 140 F. "
        "Supp. 2d 1088 (W.D. Wash. 2001)): no compelling interest, no substantial relation "
        "between the identity demanded and a legitimate inquiry, and less intrusive means at "
        "hand.]",
        indent=0.5,
    )
    para(
        doc,
        f"C. The {KIND} exceeds the authority it invokes"
        "{% if subpoena.authority %} ({{ subpoena.authority }}){% endif %}.",
        bold=True,
    )
    tag(doc, '{%p if subpoena.kind_code == "customs_summons" %}')
    para(
        doc,
        "[A customs summons under 19 U.S.C. § 1509 serves inquiries into the correctness of "
        "entries, liability for duties, fees, taxes, fines or penalties, and compliance with "
        "the laws Customs administers. Explain why the identity of a speaker about immigration "
        "enforcement is not a record such an inquiry may reach.]",
        indent=0.5,
    )
    tag(doc, "{%p else %}")
    para(
        doc,
        "[Explain the statute or regulation the process cites, the records it lets the agency "
        "demand and for what purpose, and why identifying this speaker falls outside it.]",
        indent=0.5,
    )
    tag(doc, "{%p endif %}")
    para(doc, "D. The stated purpose does not justify unmasking Movant.", bold=True)
    para(
        doc,
        f"The {KIND} states its purpose as “"
        '{{ subpoena.stated_purpose or "[none stated]" }}.” [Explain why this purpose, on '
        "this record, does not justify identifying Movant: recording and criticizing officers "
        "in public is protected speech, not a threat.]",
        indent=0.5,
    )
    para(
        doc,
        f"E. {RECIPIENT} should be ordered not to produce while the motion is pending.",
        bold=True,
    )
    para(
        doc,
        f"[Ask for an order that {RECIPIENT} hold production until the Court rules"
        "{% if subpoena.compliance_date %}; the compliance date is "
        "{{ subpoena.compliance_date }}{% endif %}. Once Movant is identified, the harm "
        "cannot be undone.]",
        indent=0.5,
    )

    heading(doc, "IV. Conclusion", 2)
    para(
        doc,
        f"For these reasons, Movant respectfully asks the Court to quash the {KIND} and to "
        f"order {RECIPIENT} not to disclose any information that would identify Movant.",
        indent=0.5,
    )
    para(doc, "Dated: {{ today }}")
    para(doc, "Respectfully submitted,", space_after=18)
    for line in ("/s/ [signature]", ATTORNEY, OFFICE, f"Attorney for Movant {PSEUDONYM}"):
        para(doc, line, space_after=0)

    page_break(doc)
    para(
        doc,
        'DECLARATION OF {{ (client.pseudonym or "John/Jane Doe") | upper }}',
        bold=True,
        center=True,
    )
    para(doc, f"I, {PSEUDONYM}, declare:")
    numbered = (
        "I make this declaration under a pseudonym because revealing my identity is the very "
        "harm this motion asks the Court to prevent. I have personal knowledge of the facts "
        "below and, if called as a witness, could and would testify to them.",
        "I operate the following account(s): {% for a in client.accounts %}{{ a.handle }} "
        "({{ a.platform }}){% if not loop.last %}, {% endif %}{% else %}[list the accounts]"
        "{% endfor %}.",
        "[Describe the account: what it posts, since when, for whom, and why you speak "
        "anonymously.]",
        f'On {{{{ subpoena.user_notified or "[date]" }}}}, I learned from {RECIPIENT} that it '
        f'had received {{{{ subpoena.a_kind or "legal process" }}}} from {ISSUER} demanding '
        "information that would identify me{% if subpoena.requested %}, including my "
        "{{ subpoena.requested }}{% endif %}.",
        "[Describe what you fear would follow if your identity were disclosed (retaliation, "
        "harassment, loss of work, danger to family) and how disclosure would chill your "
        "speech and that of others who follow or contribute to the account.]",
        "[Add any further facts counsel needs.]",
    )
    for number, text in enumerate(numbered, start=1):
        para(doc, f"{number}. {text}", indent=0.5)
    para(
        doc,
        "I declare under penalty of perjury under the laws of the United States of America "
        "that the foregoing is true and correct (28 U.S.C. § 1746).",
        indent=0.5,
    )
    para(doc, "Executed on [date] at [city, state].", space_after=18)
    para(doc, f"/s/ {PSEUDONYM}", space_after=0)
    para(doc, PSEUDONYM, space_after=0)
    tag(doc, "{%p if names_revealed %}")
    para(
        doc,
        "Legal name (for filing under seal only; never file publicly): {{ client.legal_name }}",
        italic=True,
    )
    tag(doc, "{%p endif %}")
    footer(doc, 'Motion to quash · Case No. {{ matter.case_number or "[      ]" }}')
    return doc


# ---- the letter asking the platform to hold production ----------------------------------------


def hold_letter() -> object:
    doc = _setup("en", "Calibri", 11, "Request to hold production")
    para(doc, OFFICE, bold=True, space_after=0)
    para(doc, "[Address · Phone · Email]", space_after=12)
    para(doc, "{{ today }}", space_after=12)
    para(doc, "By email [and by the legal-process portal]", italic=True)
    for line in (
        RECIPIENT,
        "Attn: Law Enforcement Response / Legal Process Team",
        "[Address or portal]",
    ):
        para(doc, line, space_after=0)
    para(doc)
    para(
        doc,
        [
            ("Re: ", True),
            (
                '{{ (subpoena.kind or "legal process") | capitalize }} from '
                f"{ISSUER}"
                "{% if subpoena.issued %} dated {{ subpoena.issued }}{% endif %}"
                " [number, if any], concerning the account(s) listed below: request to hold "
                "production pending a motion to quash",
                True,
            ),
        ],
    )
    para(doc, "Dear Legal Process Team:")
    para(
        doc,
        "This office represents the user of the following account(s), whom we identify here "
        f"by pseudonym only ({PSEUDONYM}):",
    )
    bullets(
        doc,
        "a in accounts",
        "{{ a.platform }}: {{ a.handle }}{% if a.url %} ({{ a.url }}){% endif %}",
        empty="[account]",
    )
    para(
        doc,
        f"{RECIPIENT} notified our client"
        "{% if subpoena.user_notified %} on {{ subpoena.user_notified }},{% endif %} that it had "
        f"received the {KIND} issued by {ISSUER}"
        "{% if subpoena.issuing_officer %} (signed by {{ subpoena.issuing_officer }}){% endif %}"
        "{% if subpoena.authority %} under {{ subpoena.authority }}{% endif %}, which demands "
        'the account holder’s {{ subpoena.requested or "[records demanded]" }}'
        "{% if subpoena.compliance_date %} and sets a compliance date of "
        "{{ subpoena.compliance_date }}{% endif %}.",
    )
    para(
        doc,
        f"Our client will move to quash the {KIND}"
        "{% if matter.court %} in the {{ matter.court }}{% endif %}"
        "{% if matter.case_number %} (Case No. {{ matter.case_number }}){% endif %} "
        f"[by DATE]. We ask that {RECIPIENT} not produce any record or information about the "
        "account(s) while the motion is pending and until the court has ruled, and that you "
        "confirm in writing that production will be held.",
    )
    para(
        doc,
        "Production before the court can decide would make our client’s First Amendment "
        "challenge moot: once an anonymous speaker has been identified, that harm cannot be "
        "undone.",
    )
    tag(doc, "{%p if subpoena.gag_order %}")
    para(doc, "[The process came with a non-disclosure order: address its effect here.]")
    tag(doc, "{%p endif %}")
    para(
        doc,
        "Please direct any questions to me at [phone] or [email]"
        "{% if matter.case_number %}, citing Case No. {{ matter.case_number }}{% endif %}.",
    )
    para(doc, "Sincerely,", space_after=24)
    for line in ("[signature]", ATTORNEY, OFFICE, "Counsel for the account holder"):
        para(doc, line, space_after=0)
    return doc


# ---- the letter to the client, in English and in Spanish --------------------------------------

CLIENT_LETTER = {
    "en": {
        "title": "Letter to the client about the notice",
        "confidential": "Confidential: attorney–client communication",
        "dear": 'Dear {{ client.name or "[name]" }},',
        "re": "Re: {{ matter.title }}",
        "intro": f"We are writing about the notice you received from {RECIPIENT}: what it "
        "means, the dates that matter and what happens next.",
        "what_heading": "What was received",
        "what": f"{RECIPIENT} received "
        '{{ subpoena.a_kind or "a legal demand" }} from '
        f"{ISSUER}"
        "{% if subpoena.issued %}, dated {{ subpoena.issued }}{% endif %}. It asks "
        f"{RECIPIENT} to hand over information about "
        "{% if accounts | length == 1 %}your account{% else %}your accounts{% endif %}: "
        "{% for a in accounts %}{{ a.handle }} on {{ a.platform }}"
        "{% if not loop.last %}, {% endif %}{% endfor %}.",
        "asks_heading": "What it asks for",
        "asks": 'It asks for the account holder’s {{ subpoena.requested or "[records]" }}.'
        "{% if subpoena.stated_purpose %} The reason it gives is: "
        "“{{ subpoena.stated_purpose }}.”{% endif %}",
        "aimed": f"The demand is aimed at {RECIPIENT}, not at you: it asks the company to reveal "
        "who runs the account. [Adjust if the facts differ.]",
        "dates_heading": "Important dates",
        "compliance": f"{RECIPIENT} could hand over the information on or after "
        "{{ subpoena.compliance_date }}, unless a court stops it.",
        "deadline": "{{ d.due }}{% if d.time %} at {{ d.time }}{% endif %}: {{ d.title }}",
        "no_deadlines": "[No deadlines are on file yet; we will tell you as soon as there are.]",
        "next_heading": "What happens next",
        "next": "We plan to ask the court to stop the disclosure (a “motion to quash”). We will "
        f"also ask {RECIPIENT} to wait until the court decides. [Adjust to the plan.]",
        "declaration": "We may ask you to sign a declaration, a written statement about your "
        "account and why you speak anonymously. We will ask the court to let you sign it with "
        f"your pseudonym, {PSEUDONYM}.",
        "todo_heading": "What you should do now",
        "todo": (
            "Do not delete the account or its posts before talking to us.",
            f"Do not contact {ISSUER} or {RECIPIENT} about this notice; we will.",
            "Keep the notice and any message about it.",
            "Tell us right away if anyone contacts you about it.",
        ),
        "questions": "If you have questions, call us at [phone] or write to [email].",
        "closing": "Sincerely,",
        "signature": "[signature]",
        "attorney": ATTORNEY,
    },
    "es": {
        "title": "Carta al cliente sobre el aviso",
        "confidential": "Confidencial: comunicación entre abogado y cliente",
        "dear": 'Estimado/a {{ client.name or "[nombre]" }}:',
        "re": "Asunto: {{ matter.title }}",
        "intro": "Le escribimos sobre el aviso que usted recibió de "
        '{{ subpoena.recipient or "[la plataforma]" }}: qué significa, cuáles son las '
        "fechas importantes y qué pasará ahora.",
        "what_heading": "Qué se recibió",
        "what": '{{ subpoena.recipient or "[la plataforma]" }} recibió '
        '{{ subpoena.a_kind or "un requerimiento legal" }} de '
        '{{ subpoena.issuer or "[la agencia]" }}'
        "{% if subpoena.issued %}, con fecha {{ subpoena.issued }}{% endif %}. Le pide a "
        '{{ subpoena.recipient or "[la plataforma]" }} que entregue información sobre '
        "{% if accounts | length == 1 %}su cuenta{% else %}sus cuentas{% endif %}: "
        "{% for a in accounts %}{{ a.handle }} en {{ a.platform }}"
        "{% if not loop.last %}, {% endif %}{% endfor %}.",
        "asks_heading": "Qué pide",
        "asks": "Pide los siguientes datos del titular de la cuenta: "
        '{{ subpoena.requested or "[datos]" }}.'
        "{% if subpoena.stated_purpose %} El motivo que indica es: "
        "«{{ subpoena.stated_purpose }}».{% endif %}",
        "aimed": "El pedido va dirigido a "
        '{{ subpoena.recipient or "[la plataforma]" }}, no a usted: le pide a la empresa que '
        "revele quién maneja la cuenta. [Ajuste si los hechos son distintos.]",
        "dates_heading": "Fechas importantes",
        "compliance": '{{ subpoena.recipient or "[La plataforma]" }} podría entregar la '
        "información a partir del {{ subpoena.compliance_date }}, a menos que un tribunal lo "
        "impida.",
        "deadline": "{{ d.due }}{% if d.time %}, a las {{ d.time }}{% endif %}: {{ d.title }}",
        "no_deadlines": "[Todavía no hay plazos registrados; le avisaremos en cuanto los haya.]",
        "next_heading": "Qué pasará ahora",
        "next": "Pensamos pedirle al tribunal que impida la entrega de la información (lo que "
        "en inglés se llama «motion to quash», una moción para anular). También le pediremos a "
        '{{ subpoena.recipient or "[la plataforma]" }} que espere hasta que el tribunal '
        "decida. [Ajuste según el plan.]",
        "declaration": "Es posible que le pidamos firmar una declaración, es decir, un escrito "
        "sobre su cuenta y sobre por qué publica de forma anónima. Le pediremos al tribunal que "
        "le permita firmarla con su seudónimo, "
        '{{ client.pseudonym or "[seudónimo]" }}.',
        "todo_heading": "Qué debe hacer ahora",
        "todo": (
            "No borre la cuenta ni sus publicaciones sin hablar antes con nosotros.",
            'No se comunique con {{ subpoena.issuer or "[la agencia]" }} ni con '
            '{{ subpoena.recipient or "[la plataforma]" }} sobre este aviso; nosotros nos '
            "encargamos.",
            "Guarde el aviso y cualquier mensaje relacionado con él.",
            "Avísenos de inmediato si alguien se comunica con usted sobre este asunto.",
        ),
        "questions": "Si tiene preguntas, llámenos al [teléfono] o escríbanos a "
        "[correo electrónico].",
        "closing": "Atentamente,",
        "signature": "[firma]",
        "attorney": '{{ matter.attorney or "[Nombre del abogado o la abogada]" }}',
    },
}


def client_letter(language: str) -> object:
    w: dict[str, object] = CLIENT_LETTER[language]

    def t(key: str) -> str:
        value = w[key]
        assert isinstance(value, str)
        return value

    doc = _setup(language, "Calibri", 11, t("title"))
    para(doc, OFFICE, bold=True, space_after=0)
    para(doc, "[Address · Phone · Email]", space_after=12)
    para(doc, "{{ today }}", space_after=12)
    para(doc, t("confidential"), italic=True)
    para(doc, t("re"), bold=True)
    para(doc, t("dear"))
    para(doc, t("intro"))
    heading(doc, t("what_heading"), 2)
    para(doc, t("what"))
    heading(doc, t("asks_heading"), 2)
    para(doc, t("asks"))
    para(doc, t("aimed"))
    heading(doc, t("dates_heading"), 2)
    tag(doc, "{%p if subpoena.compliance_date %}")
    para(doc, t("compliance"))
    tag(doc, "{%p endif %}")
    bullets(doc, "d in deadlines", t("deadline"), empty=t("no_deadlines"))
    heading(doc, t("next_heading"), 2)
    para(doc, t("next"))
    para(doc, t("declaration"))
    heading(doc, t("todo_heading"), 2)
    todo = w["todo"]
    assert isinstance(todo, tuple)
    for line in todo:
        para(doc, line, style="List Bullet")
    para(doc, t("questions"))
    para(doc, t("closing"), space_after=24)
    for line in (t("signature"), t("attorney"), OFFICE):
        para(doc, line, space_after=0)
    footer(doc, t("confidential"))
    return doc


TEMPLATES: dict[str, Callable[[], object]] = {
    "motion_to_quash": motion_to_quash,
    "hold_letter": hold_letter,
    "client_letter_en": lambda: client_letter("en"),
    "client_letter_es": lambda: client_letter("es"),
}


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else REPO / "reports" / "templates"
    folder.mkdir(parents=True, exist_ok=True)
    for name, make in TEMPLATES.items():
        path = folder / f"{name}.docx"
        save(make(), path)
        print(f"wrote {path.relative_to(REPO) if path.is_relative_to(REPO) else path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
