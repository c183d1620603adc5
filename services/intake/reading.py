"""Reading a document's words from its bytes in memory (never a temporary file): a PDF's text
layer, OCR of a scanned page or a picture, a saved email's text. What the file is, is told from
its bytes, not its name."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import warnings
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from models.errors import ValidationError
from models.tasks import NO_TASK, Task
from services.documents import MAX_BYTES
from services.intake.ocr import MAX_PIXELS, MIN_DPI, OCR_DPI, Reader
from services.intake.results import Method, Page, Reading
from services.pdfium_lock import PDFIUM

if TYPE_CHECKING:
    from PIL.Image import Image

Kind = Literal["pdf", "image", "email"]
# A page whose text layer has fewer letters and digits than this is a scan (perhaps with a
# stamped page number or a scanner's header) and is OCR'd instead.
TEXT_LAYER_MINIMUM = 25
# Header lines that make a text file an email as a mail program saves it.
EMAIL_HEADERS = frozenset(
    {
        "from",
        "to",
        "cc",
        "date",
        "subject",
        "message-id",
        "received",
        "mime-version",
        "reply-to",
        "return-path",
        "delivered-to",
        "content-type",
        "sender",
    }
)


def check_size(size: int) -> None:
    """Refuse a file by its size alone, before any of it is read."""
    if size > MAX_BYTES:
        raise ValidationError(
            f"The file is larger than {MAX_BYTES // (1024 * 1024)} MB; Quash reads documents "
            "up to that size.",
            record="document",
            code="intake.too_large",
            params={"megabytes": MAX_BYTES // (1024 * 1024)},
        )


def read_file(path: Path) -> bytes:
    """A file the person named, refused by its size before it is read whole."""
    try:
        with open(path, "rb") as file:
            check_size(os.fstat(file.fileno()).st_size)
            content = file.read(MAX_BYTES + 1)
    except OSError as exc:
        raise ValidationError(
            f"Cannot read {path}: {exc.strerror or type(exc).__name__}.",
            record="document",
            code="intake.cannot_read",
            params={"path": str(path), "error": exc.strerror or type(exc).__name__},
        ) from None
    check_size(len(content))  # a file that grew while it was read
    return content


def read_document(content: bytes, *, task: Task = NO_TASK) -> Reading:
    """The words of a PDF, a picture (PNG, JPEG, TIFF) or a saved email, page by page.
    `task` hears of each page read and may cancel between pages (models.tasks.Cancelled)."""
    check_size(len(content))
    if not content:
        raise ValidationError(
            "document: the file is empty", record="document", code="document.empty"
        )
    kind = sniff(content)
    if kind == "pdf":
        reading = _read_pdf(content, task)
    elif kind == "image":
        reading = _read_picture(content, task)
    else:
        reading = read_email(content)
    if reading.method != "email" and not any(_letters(p.text) for p in reading.pages):
        raise ValidationError(
            "No readable text was found in the document (a blank page, or a picture too "
            "faint or small to read).",
            record="document",
            code="intake.no_text",
        )
    return reading


def sniff(content: bytes) -> Kind:
    """What the bytes are, whatever the file is called."""
    if b"%PDF-" in content[:1024]:  # a PDF may have a little junk before its header
        return "pdf"
    if content.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")):
        return "image"
    if _looks_like_email(content[:8192]):
        return "email"
    raise ValidationError(
        "The file is not a document Quash can read: it is neither a PDF, a picture (PNG, JPEG, "
        "TIFF) nor a saved email (.eml).",
        record="document",
        code="intake.not_a_document",
    )


def _looks_like_email(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    lines = head.decode("latin-1").replace("\r\n", "\n").split("\n")
    if lines and lines[0].startswith("From "):  # an mbox "From " line before the headers
        lines = lines[1:]
    names: set[str] = set()
    for line in lines:
        if not line.strip():
            break
        if line[:1] in (" ", "\t"):
            continue  # a folded header's next line
        header = re.match(r"([!-9;-~]+):", line)
        if header is None:
            return False
        names.add(header.group(1).lower())
    return len(names & EMAIL_HEADERS) >= 2


def _letters(text: str) -> int:
    return sum(ch.isalnum() for ch in text)


# ---- PDF -------------------------------------------------------------------------------------


def _read_pdf(content: bytes, task: Task) -> Reading:
    import pypdfium2

    try:
        with PDFIUM:
            document = pypdfium2.PdfDocument(content)
    except pypdfium2.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pypdfium2.raw.FPDF_ERR_PASSWORD:
            raise ValidationError(
                "The PDF is protected by a password; open it in a PDF reader, print it to a "
                "new PDF without the password, and read that one.",
                record="document",
                code="intake.password_pdf",
            ) from None
        raise _damaged() from None
    pages: list[Page] = []
    reader: Reader | None = None
    try:
        total = len(document)
        if total == 0:
            raise _damaged()
        for index in range(total):
            task.check()
            task.progress(index, total, "Reading the document")
            # PDFium only under its lock, released for OCR (seconds a page) so that the
            # viewer can draw meanwhile.
            try:
                with PDFIUM:
                    page = document[index]
                    try:
                        text = _text_layer(page)
                        scanned = _letters(text) < TEXT_LAYER_MINIMUM
                        picture, dpi = _rendered(page) if scanned else (None, 0.0)
                    finally:
                        page.close()
            except pypdfium2.PdfiumError:
                raise _damaged() from None
            if picture is None:
                pages.append(Page(index + 1, text, "text"))
                continue
            if reader is None:
                reader = Reader()
            try:
                pages.append(reader.read(picture, index + 1, dpi))
            finally:
                picture.close()  # one page's picture at a time
        task.progress(total, total, "Reading the document")
    finally:
        if reader is not None:
            reader.close()
        with PDFIUM:
            document.close()
    method: Method = "ocr" if any(p.method == "ocr" for p in pages) else "text"
    return Reading(method, tuple(pages))


def _damaged() -> ValidationError:
    return ValidationError(
        "The PDF is damaged and cannot be read (a download or a copy cut short?).",
        record="document",
        code="intake.damaged_pdf",
    )


def _text_layer(page: Any) -> str:
    textpage = page.get_textpage()
    try:
        text: str = textpage.get_text_range()
    finally:
        textpage.close()
    # PDFium ends lines with CR LF and marks a hyphen it joined with U+0002.
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x02", "")


def _rendered(page: Any) -> tuple[Image, float]:
    """A page as a grey picture for OCR, at its scan's own resolution (enlarging a 200 dpi scan
    adds nothing but time) between 200 and 300 dpi, and less for a page too big for that."""
    width, height = page.get_size()  # points, 72 to the inch
    dpi = _scan_dpi(page)
    scale = dpi / 72
    pixels = width * height * scale * scale
    if pixels > MAX_PIXELS:
        scale *= (MAX_PIXELS / pixels) ** 0.5
    bitmap = page.render(scale=scale, grayscale=True)
    try:
        picture: Image = bitmap.to_pil().convert("L")  # a copy: the bitmap is freed below
    finally:
        bitmap.close()
    return picture, scale * 72


def _scan_dpi(page: Any) -> float:
    """The resolution of the largest picture on a page (a scanned page is one picture)."""
    import pypdfium2.raw as pdfium_c

    best_area, dpi = 0.0, float(OCR_DPI)
    for picture in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        left, bottom, right, top = picture.get_bounds()
        area = (right - left) * (top - bottom)
        pixels_wide, pixels_high = picture.get_px_size()
        if area > best_area and pixels_wide and pixels_high:
            best_area = area
            dpi = ((pixels_wide * pixels_high) / (area / (72 * 72))) ** 0.5
    return min(float(OCR_DPI), max(MIN_DPI, dpi))


# ---- pictures --------------------------------------------------------------------------------


def _read_picture(content: bytes, task: Task) -> Reading:
    from PIL import Image as PILImage
    from PIL import ImageOps, UnidentifiedImageError

    failures = (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError)
    too_large = (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning)
    try:
        with warnings.catch_warnings():
            # Pillow warns (on stderr) of a picture past 89 million pixels: too large anyway.
            warnings.simplefilter("error", PILImage.DecompressionBombWarning)
            picture = PILImage.open(io.BytesIO(content))
    except too_large:
        raise _too_large_picture() from None
    except failures:
        raise _damaged_picture() from None
    pages: list[Page] = []
    with picture:
        total = getattr(picture, "n_frames", 1)
        with Reader() as reader:
            for index in range(total):
                task.check()
                task.progress(index, total, "Reading the document")
                try:
                    picture.seek(index)
                    if picture.width * picture.height > MAX_PIXELS:  # refused before decoding
                        raise _too_large_picture()
                    picture.draft("L", picture.size)  # a JPEG decoded grey: a third the memory
                    frame = ImageOps.exif_transpose(picture)  # a phone's photo, upright
                    frame.load()
                except failures:
                    raise _damaged_picture() from None
                try:
                    pages.append(reader.read(frame, index + 1, _dpi(frame, picture)))
                finally:
                    frame.close()
        task.progress(total, total, "Reading the document")
    return Reading("ocr", tuple(pages))


def _too_large_picture() -> ValidationError:
    return ValidationError(
        f"The picture is too large to read (more than {MAX_PIXELS // 1_000_000} million "
        "pixels); scan the page again at 300 dpi.",
        record="document",
        code="intake.picture_too_large",
        params={"megapixels": MAX_PIXELS // 1_000_000},
    )


def _dpi(frame: Image, original: Image) -> float:
    """The picture's resolution as saved, when it makes the picture the size of a page; else
    (none saved, or a phone's 72 dpi on a 4000-pixel photo) as if it were a letter-size page."""
    saved = original.info.get("dpi")
    try:
        dpi = float(saved[0]) if saved else 0.0
    except (TypeError, ValueError, IndexError):
        dpi = 0.0
    long_side = max(frame.size)
    if dpi > 0 and 4 <= long_side / dpi <= 17:  # inches: a receipt to a legal-size page
        return dpi
    return long_side / 11


def _damaged_picture() -> ValidationError:
    return ValidationError(
        "The picture is damaged and cannot be read.",
        record="document",
        code="intake.damaged_picture",
    )


# ---- saved emails ----------------------------------------------------------------------------

SHOWN_HEADERS = ("From", "To", "Date", "Subject")


def read_email(content: bytes) -> Reading:
    """A saved email (.eml): its plain-text part (or its HTML as text), its Date, and the
    header lines a person sees. Attachments are not read."""
    from email import policy
    from email.parser import BytesParser

    message = BytesParser(policy=policy.default).parsebytes(content)
    headers: list[tuple[str, str]] = []
    for name in SHOWN_HEADERS:
        try:
            value = message.get(name)
        except (ValueError, TypeError, IndexError):
            value = None  # a header too mangled for the parser: left out
        if value is not None:
            headers.append((name, " ".join(str(value).split())))
    body = _email_text(message)
    subject = next((v for k, v in headers if k == "Subject"), "")
    text = f"Subject: {subject}\n\n{body}" if subject else body
    return Reading("email", (Page(1, text, "email"),), _sent(message), tuple(headers))


def _email_text(message: Any) -> str:
    try:
        part = message.get_body(preferencelist=("plain", "html"))
    except (LookupError, ValueError, TypeError):
        part = None  # a mangled MIME structure: no text found in it
    if part is None:
        return ""
    try:
        text = str(part.get_content())
    except (LookupError, ValueError, AssertionError):
        payload = part.get_payload(decode=True) or b""  # an unknown charset: its bytes as text
        text = payload.decode("utf-8", errors="replace")
    if part.get_content_subtype() == "html":
        text = html_text(text)
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").split("\n")).strip()


def _sent(message: Any) -> dt.datetime | None:
    try:
        header = message["Date"]
        when = getattr(header, "datetime", None)
    except (ValueError, TypeError, IndexError):
        return None
    return when if isinstance(when, dt.datetime) else None


class _HTMLText(HTMLParser):
    """An HTML email as a person reads it: paragraphs as lines, no styles or scripts."""

    BLOCKS = frozenset("p div br li tr h1 h2 h3 h4 h5 h6 table ul ol blockquote hr".split())
    HIDDEN = frozenset({"script", "style", "head", "title"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)

    def lines(self) -> Iterator[str]:
        for line in "".join(self.parts).split("\n"):
            yield " ".join(line.split())


def html_text(html: str) -> str:
    parser = _HTMLText()
    parser.feed(html)
    parser.close()
    paragraphs: list[str] = []
    for line in parser.lines():
        if line or (paragraphs and paragraphs[-1]):
            paragraphs.append(line)
    return "\n".join(paragraphs).strip()
