"""Documents the intake reader is tried on, made when a test asks (never committed binaries): a
DHS/ICE administrative subpoena to Meta and a CBP customs summons to X as PDFs with a text layer,
the ICE subpoena again as an image-only scan (clean and noisy, as a PDF, a PNG and a multi-page
TIFF), platforms' notice emails, and the broken files a paralegal meets.

The documents are fictional; their shape follows the public record (ICE's Form I-138 subpoena
for records, CBP's 19 U.S.C. 1509 summons of 2017 to Twitter, Meta's and X's notices to users).
`ICE_FIELDS`, `CBP_FIELDS` and `NOTICE_FIELDS` are what a careful paralegal would type from them.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import struct
import zlib
from email.message import EmailMessage
from email.utils import format_datetime

from PIL import Image, ImageChops, ImageFilter
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas

# ---- what each document says, as the subpoena record would hold it ---------------------------

ICE_FIELDS: dict[str, object] = {
    "kind": "administrative_subpoena",
    "issuer": "U.S. Immigration and Customs Enforcement",
    "issuing_officer": "Raymond T. Okoro, Special Agent in Charge",
    "recipient": "Meta Platforms, Inc.",
    "authority": "8 U.S.C. 1225(d); 8 C.F.R. 287.4",
    "stated_purpose": "Officer Safety / Doxing",
    "issued": "2025-09-03",
    "compliance_date": "2025-09-17",
    "requested": [
        "name",
        "email",
        "phone",
        "ip_signup",
        "ip_logs",
        "login_times",
        "account_created",
    ],
    "gag_order": True,
}
ICE_HANDLES = [
    {"platform": "instagram", "handle": "lbprotest"},
    {"platform": "instagram", "handle": "stopice.lb"},
]

CBP_FIELDS: dict[str, object] = {
    "kind": "customs_summons",
    "issuer": "U.S. Customs and Border Protection",
    "issuing_officer": "Stephen P. Caruso, Supervisory Special Agent",
    "recipient": "X Corp.",
    "authority": "19 U.S.C. 1509",
    "issued": "2026-11-03",
    "compliance_date": "2026-11-20",
    "requested": ["name", "email", "phone", "address", "ip_logs", "login_times"],
}
CBP_HANDLES = [{"platform": "x", "handle": "ALT_USCIS"}]

NOTICE_FIELDS: dict[str, object] = {
    "user_notified": "2025-09-10",
    "response_window_days": 10,
    "kind": "administrative_subpoena",
    "issuer": "U.S. Department of Homeland Security",
    "recipient": "Meta Platforms, Inc.",
}
NOTICE_HANDLES = [{"platform": "instagram", "handle": "lbprotest"}]

# ---- text PDFs -------------------------------------------------------------------------------

TOP = LETTER[1] - 0.9 * inch
LEFT = 1 * inch
WIDTH = LETTER[0] - 2 * inch


def _lines(
    canvas: Canvas,
    y: float,
    lines: list[str],
    *,
    font: str = "Times-Roman",
    size: float = 11.5,
    leading: float = 15,
) -> float:
    canvas.setFont(font, size)
    for line in lines:
        canvas.drawString(LEFT, y, line)
        y -= leading
    return y


def _centred(canvas: Canvas, y: float, text: str, font: str, size: float) -> float:
    canvas.setFont(font, size)
    canvas.drawCentredString(LETTER[0] / 2, y, text)
    return y - size * 1.45


def _wrapped(
    canvas: Canvas,
    y: float,
    text: str,
    *,
    font: str = "Times-Roman",
    size: float = 11.5,
    leading: float = 15,
) -> float:
    """A paragraph broken to the page's width, as a word processor would."""
    words, line = text.split(), ""
    out: list[str] = []
    for word in words:
        trial = f"{line} {word}".strip()
        if canvas.stringWidth(trial, font, size) > WIDTH and line:
            out.append(line)
            line = word
        else:
            line = trial
    if line:
        out.append(line)
    return _lines(canvas, y, out, font=font, size=size, leading=leading) - leading * 0.5


def ice_subpoena_pdf() -> bytes:
    """ICE's subpoena for records to Meta (two pages: the form, then Attachment A)."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=LETTER, invariant=True)
    c.setTitle("Subpoena")
    y = _centred(c, TOP, "DEPARTMENT OF HOMELAND SECURITY", "Times-Bold", 14)
    y = _centred(c, y, "U.S. Immigration and Customs Enforcement", "Times-Roman", 12.5)
    y = _centred(c, y - 6, "ADMINISTRATIVE SUBPOENA FOR RECORDS", "Times-Bold", 15)
    y = _centred(c, y, "Subpoena No. HSI-SF-2025-1355", "Times-Roman", 11)
    y = _lines(
        c,
        y - 14,
        [
            "To:   Meta Platforms, Inc.",
            "         Attn: Law Enforcement Response Team",
            "         1 Meta Way, Menlo Park, CA 94025",
        ],
    )
    y = _wrapped(
        c,
        y - 10,
        "By the service of this subpoena upon you, YOU ARE HEREBY SUMMONED AND REQUIRED to "
        "produce the records described in Attachment A to Special Agent Dana K. Whitfield, an "
        "official of U.S. Immigration and Customs Enforcement, at 630 Sansome Street, Room "
        "590, San Francisco, CA 94111, on or before September 17, 2025.",
    )
    y = _wrapped(
        c,
        y,
        "This subpoena is issued under the authority of 8 U.S.C. 1225(d) and 8 C.F.R. 287.4 "
        "in connection with an investigation relating to the enforcement of the immigration "
        "laws of the United States.",
    )
    y = _wrapped(c, y, "Stated purpose: Officer Safety / Doxing.")
    y = _wrapped(
        c,
        y,
        "The records concern the Instagram accounts @lbprotest and "
        "https://www.instagram.com/stopice.lb/ and are described in Attachment A.",
    )
    y = _wrapped(
        c,
        y,
        "You are requested not to disclose the existence of this subpoena for an indefinite "
        "period of time. Any such disclosure could impede the investigation and thereby "
        "interfere with the enforcement of federal law.",
    )
    y = _wrapped(
        c,
        y,
        "Failure to comply with this subpoena will render you liable to proceedings in the "
        "United States District Court to enforce obedience to its requirements.",
    )
    y = _lines(
        c,
        y - 10,
        [
            "Date issued: September 3, 2025",
            "Issued by: Raymond T. Okoro, Special Agent in Charge",
            "                  Homeland Security Investigations, San Francisco",
        ],
    )
    c.setFont("Times-Roman", 9)
    c.drawString(LEFT, 0.6 * inch, "Form I-138 (Rev. 08/2019)")
    c.drawRightString(LETTER[0] - LEFT, 0.6 * inch, "Page 1 of 2")
    c.showPage()

    y = _centred(c, TOP, "ATTACHMENT A", "Times-Bold", 14)
    y = _centred(c, y, "Records to be produced", "Times-Roman", 12.5)
    y = _wrapped(
        c,
        y - 10,
        "For the Instagram accounts @lbprotest and instagram.com/stopice.lb, for the period "
        "January 1, 2025 to the present, produce the following records:",
    )
    for item in (
        "1. Subscriber names, user names and screen names;",
        "2. Email addresses and telephone numbers associated with the accounts;",
        "3. The IP address used at account registration and the date the account was created;",
        "4. IP address logs of all logins, with the dates and times of each login.",
    ):
        y = _wrapped(c, y, item)
    y = _wrapped(c, y, "Do not include the content of any communications.")
    c.setFont("Times-Roman", 9)
    c.drawString(LEFT, 0.6 * inch, "Form I-138 (Rev. 08/2019)")
    c.drawRightString(LETTER[0] - LEFT, 0.6 * inch, "Page 2 of 2")
    c.showPage()
    c.save()
    return buf.getvalue()


def cbp_summons_pdf() -> bytes:
    """CBP's customs summons to X (one page), laid out in Helvetica with numeric dates."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=LETTER, invariant=True)
    y = _centred(c, TOP, "DEPARTMENT OF HOMELAND SECURITY", "Helvetica-Bold", 13)
    y = _centred(c, y, "U.S. CUSTOMS AND BORDER PROTECTION", "Helvetica-Bold", 13)
    y = _centred(c, y - 4, "SUMMONS", "Helvetica-Bold", 16)
    font = "Helvetica"
    y = _lines(
        c,
        y - 12,
        [
            "In the matter of: Investigation OPR-2026-0412",
            "To: X Corp., Attn: Legal Department",
            "      1355 Market Street, Suite 900, San Francisco, CA 94103",
        ],
        font=font,
        size=10.5,
    )
    y = _wrapped(
        c,
        y - 8,
        "Pursuant to Section 509 of the Tariff Act of 1930, as amended (19 U.S.C. §1509), you "
        "are hereby summoned to appear before Special Agent Marcus L. Delgado, an officer of "
        "U.S. Customs and Border Protection, at 1300 Pennsylvania Avenue NW, Washington, DC "
        "20229, and to produce the records described below.",
        font=font,
        size=10.5,
    )
    y = _wrapped(
        c,
        y,
        "Records: all records regarding the user account @ALT_USCIS (https://x.com/ALT_USCIS), "
        "including the subscriber's name, user names, login logs, email addresses, phone "
        "numbers, mailing addresses and IP addresses.",
        font=font,
        size=10.5,
    )
    y = _lines(
        c,
        y - 6,
        ["Return date: 11/20/2026 at 11:00 a.m."],
        font=font,
        size=10.5,
    )
    y = _wrapped(
        c,
        y - 6,
        "Failure to comply with this summons may subject you to proceedings under 19 U.S.C. "
        "1510 to compel compliance.",
        font=font,
        size=10.5,
    )
    _lines(
        c,
        y - 10,
        [
            "Dated: 11/03/2026",
            "Name and title of issuing officer: Stephen P. Caruso, Supervisory Special Agent",
            "Office of Professional Responsibility, Washington, DC",
        ],
        font=font,
        size=10.5,
    )
    c.setFont(font, 8)
    c.drawString(LEFT, 0.6 * inch, "CBP Form 1355 (11/2016)")
    c.showPage()
    c.save()
    return buf.getvalue()


def multipage_pdf(pages: int = 3) -> bytes:
    """A short text per page: the cheapest document whose scan takes several pages to OCR."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(5 * inch, 3 * inch), invariant=True)
    for number in range(1, pages + 1):
        c.setFont("Times-Roman", 14)
        c.drawString(0.5 * inch, 2 * inch, f"Exhibit page {number} of {pages}")
        c.drawString(0.5 * inch, 1.6 * inch, "Records of the account @lbprotest")
        c.showPage()
    c.save()
    return buf.getvalue()


def password_pdf() -> bytes:
    """A PDF that opens only with a password (a user password, as e-mailed scans have)."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=LETTER, encrypt=StandardEncryption("client-pass", "owner-pass"))
    c.drawString(LEFT, TOP, "SUBPOENA to Meta Platforms, Inc.")
    c.showPage()
    c.save()
    return buf.getvalue()


def damaged_pdf() -> bytes:
    """A PDF cut short and overwritten, as a failed download leaves one."""
    whole = ice_subpoena_pdf()
    return whole[:40] + b"\x00" * 200 + whole[-60:]


# ---- scans -----------------------------------------------------------------------------------


def page_images(pdf: bytes, dpi: int = 200) -> list[Image.Image]:
    """Each page of a PDF as a greyscale picture, as a scanner would see it."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        return [
            page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for page in document
        ]
    finally:
        document.close()


def _noisy(image: Image.Image, seed: int) -> Image.Image:
    """A worn photocopy: turned a little, blurred, speckled with toner dust, on grey paper."""
    turned = image.rotate(1.3, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    soft = turned.filter(ImageFilter.GaussianBlur(1.8))
    noise = Image.frombytes("L", soft.size, random.Random(seed).randbytes(soft.width * soft.height))
    dust = noise.point(lambda v: 0 if v < 2 else 255)  # about 1 % of the paper
    paper = noise.point(lambda v: 170 + v * 85 // 255)
    return ImageChops.darker(ImageChops.darker(soft, dust), paper)


def scan_images(pdf: bytes, *, dpi: int = 200, noisy: bool = False) -> list[Image.Image]:
    pages = page_images(pdf, dpi)
    return [_noisy(page, seed=number) for number, page in enumerate(pages)] if noisy else pages


def image_only_pdf(images: list[Image.Image], dpi: int = 200) -> bytes:
    """Pictures of pages wrapped in a PDF with no text layer, as a copier's "scan to PDF"."""
    from reportlab.lib.utils import ImageReader

    buf = io.BytesIO()
    c = Canvas(buf, invariant=True)
    for image in images:
        size = (image.width * 72 / dpi, image.height * 72 / dpi)
        c.setPageSize(size)
        c.drawImage(ImageReader(image), 0, 0, width=size[0], height=size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


def png(image: Image.Image, dpi: int = 200) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format="PNG", dpi=(dpi, dpi))
    return buf.getvalue()


def multipage_tiff(images: list[Image.Image], dpi: int = 200) -> bytes:
    buf = io.BytesIO()
    images[0].save(
        buf,
        format="TIFF",
        save_all=True,
        append_images=images[1:],
        dpi=(dpi, dpi),
        compression="tiff_deflate",
    )
    return buf.getvalue()


def oversized_png(width: int, height: int) -> bytes:
    """The start of a PNG that says it is `width` × `height` pixels (a 1200 dpi poster scan):
    all a reader needs to refuse it, without the gigabytes of its picture."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit grey
    chunk = b"IHDR" + header
    ihdr = struct.pack(">I", len(header)) + chunk + struct.pack(">I", zlib.crc32(chunk))
    data = zlib.compress(b"\x00" * (width + 1))  # its first row only
    idat = (
        struct.pack(">I", len(data))
        + b"IDAT"
        + data
        + struct.pack(">I", zlib.crc32(b"IDAT" + data))
    )
    return b"\x89PNG\r\n\x1a\n" + ihdr + idat


def blank_png() -> bytes:
    """A picture of an empty page: nothing to read."""
    return png(Image.new("L", (1700, 2200), 255))


# ---- notice emails ---------------------------------------------------------------------------

NOTICE_SENT = dt.datetime(2025, 9, 10, 9, 14, tzinfo=dt.timezone(dt.timedelta(hours=-7)))


def notice_eml(
    text: str,
    *,
    sender: str = "Instagram <no-reply@mail.instagram.com>",
    subject: str = "Notice of legal process for your Instagram account",
    date: str | None = format_datetime(NOTICE_SENT),
    html: bool = False,
) -> bytes:
    """A platform's notice as a mail program saves it: the text as its plain part and again as
    HTML, or (`html`) HTML only, as some platforms send."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "lbprotest.org@proton.me"
    message["Subject"] = subject
    if date is not None:
        message["Date"] = date
    message["Message-ID"] = "<20250910161400.9a8f@mail.example>"
    paragraphs = "".join(f"<p>{para}</p>" for para in text.split("\n\n"))
    page = f"<html><head><style>p {{ color: #333 }}</style></head><body>{paragraphs}</body></html>"
    if html:
        message.set_content(page, subtype="html")
    else:
        message.set_content(text)
        message.add_alternative(page, subtype="html")
    return bytes(message)


META_NOTICE = (
    "Hi lbprotest,\n\n"
    "Meta Platforms, Inc. received legal process from the U.S. Department of Homeland "
    "Security requiring us to disclose information about your Instagram account, "
    "@lbprotest (instagram.com/lbprotest). The legal process is an administrative "
    "subpoena.\n\n"
    "Our policy is to notify people who use our service of requests for their information "
    "prior to disclosure, unless we are prohibited by law from doing so or in exceptional "
    "circumstances.\n\n"
    "If we do not receive a copy of documentation that you have filed in court challenging "
    "this legal process within 10 days, we will respond to the requesting agency with "
    "information as required by law.\n\n"
    "Please note that we are not able to provide you with legal advice. Visit "
    "https://www.facebook.com/help/instagram/494561080557017 to learn more.\n\n"
    "Meta Platforms, Inc., Attention: Law Enforcement Response Team, 1 Meta Way, "
    "Menlo Park, CA 94025"
)
X_NOTICE = (
    "Hello,\n\n"
    "X Corp. has received a summons from U.S. Customs and Border Protection that requests "
    "information about your account, <b>@ALT_USCIS</b>.\n\n"
    "If you wish to challenge the summons, please send us a copy of your court filing within "
    "ten (10) days of the date of this notice. Otherwise X may produce the requested "
    "information.\n\n"
    "X Corp. &middot; 865 FM 1209, Bastrop, TX 78602"
)


def meta_notice_eml() -> bytes:
    """Instagram's notice of legal process, plain text and HTML, as Thunderbird saves it."""
    return notice_eml(META_NOTICE)


def x_notice_eml() -> bytes:
    """X's notice, HTML only (no plain-text part), its window written out in words."""
    return notice_eml(
        X_NOTICE,
        sender="X <legal-notices@x.com>",
        subject="Request for information about your X account",
        date="Fri, 06 Nov 2026 17:02:11 +0000",
        html=True,
    )


def unrelated_eml() -> bytes:
    """An ordinary email: nothing about legal process, no window."""
    message = EmailMessage()
    message["From"] = "Sam Chen <sam@baylegalaid.example>"
    message["To"] = "intake@baylegalaid.example"
    message["Subject"] = "Lunch on Friday?"
    message["Date"] = "Tue, 04 Nov 2025 12:00:00 -0800"
    message.set_content("Shall we try the new place on Valencia Street at noon?\n")
    return bytes(message)
