"""Scans and PDFs for the document viewer's tests, made in memory (never a file): a PDF with a
text layer and a distinct word on each page, an image-only scan, a PNG, a multi-page TIFF,
damaged bytes and a password-protected PDF."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

# One word on each page of `text_pdf()` and on no other: finding it says which page a search hit.
PAGE_WORDS = ("apricot", "bramble", "cormorant")
PASSWORD = "open sesame 18"


def text_pdf(words: tuple[str, ...] = PAGE_WORDS, marker: str = "") -> bytes:
    """A letter-size PDF with a text layer: page N says "Page N" and PAGE_WORDS[N-1]; `marker`,
    when given, is written on every page (the no-temporary-file test looks for it on disk)."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=LETTER, pageCompression=0)  # text readable in the bytes
    width, height = LETTER
    for number, word in enumerate(words, start=1):
        canvas.setFont("Helvetica-Bold", 28)
        canvas.drawString(72, height - 108, f"Page {number}")
        canvas.setFont("Helvetica", 14)
        canvas.drawString(72, height - 160, f"Administrative subpoena, exhibit word: {word}")
        canvas.drawString(72, height - 190, "Records requested: subscriber name, email, IP logs.")
        if marker:
            canvas.drawString(72, height - 240, marker)
        canvas.rect(72, 72, width - 144, 120)  # something to see at the bottom of the page
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def scan_image(text: str = "SCANNED NOTICE", size: tuple[int, int] = (850, 1100)) -> Image.Image:
    """A page as a scanner gives it: a white sheet with dark blocks where the words are."""
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((60, 60, size[0] - 60, 140), fill=(20, 20, 20))
    draw.text((80, 180), text, fill="black")
    for row in range(260, size[1] - 120, 40):
        draw.rectangle((80, row, size[0] - 80 - (row % 7) * 30, row + 14), fill=(60, 60, 60))
    return image


def image_only_pdf(pages: int = 2) -> bytes:
    """A scan saved as PDF: each page one picture, no text layer at all."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=LETTER)
    width, height = LETTER
    for number in range(1, pages + 1):
        picture = io.BytesIO()
        scan_image(f"SCANNED PAGE {number}").save(picture, format="PNG")
        picture.seek(0)
        canvas.drawImage(ImageReader(picture), 0, 0, width=width, height=height)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def png() -> bytes:
    out = io.BytesIO()
    scan_image("PLATFORM NOTICE", (600, 800)).save(out, format="PNG")
    return out.getvalue()


def multi_page_tiff(pages: int = 3) -> bytes:
    """A fax-style TIFF with `pages` frames (the second frame is wider, as mixed scans are)."""
    frames = [
        scan_image(f"TIFF PAGE {n}", (700, 900) if n != 2 else (900, 700))
        for n in range(1, pages + 1)
    ]
    out = io.BytesIO()
    frames[0].save(out, format="TIFF", save_all=True, append_images=frames[1:])
    return out.getvalue()


def damaged_pdf() -> bytes:
    """What a cut-off download or a flipped disk sector leaves: a PDF header, then noise."""
    noise = bytes((n * 73 + 41) % 256 for n in range(4000))
    return b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + noise


def not_a_picture() -> bytes:
    return b"GIF? no: this file is plain words saved with a picture's name.\n" * 20


def password_pdf(password: str = PASSWORD) -> bytes:
    """`text_pdf()` locked with a password (pypdf), as some courts' e-filing systems send them."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf())))
    writer.encrypt(user_password=password, owner_password=password + " owner", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def long_pdf(pages: int) -> bytes:
    """A long scan bundle with text: page N says "Page N" (for paging through many pages)."""
    return text_pdf(tuple(f"word{n}" for n in range(1, pages + 1)))
