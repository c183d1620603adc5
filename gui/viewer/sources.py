"""The pages of a document held in memory: a PDF (pypdfium2) or a picture, TIFF frames included
(Pillow). Each page is rendered on request, at the width asked, into a QImage that owns its
pixels; nothing is ever written to disk. Safe to call from a worker thread; no widget here."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QImage

from services.pdfium_lock import PDFIUM  # one PDFium call at a time, app-wide

# A logical pixel at 100 % is 1/96 inch, as on screen; a PDF point is 1/72 inch.
SCREEN_DPI = 96.0
POINTS_PER_INCH = 72.0
# A bitmap larger than this is rendered smaller and drawn scaled up: a poster-sized page at 400 %
# must not take a gigabyte (about 96 MB at 4 bytes a pixel).
MAX_RENDER_PIXELS = 24_000_000
# Larger pictures are refused rather than decoded (Pillow's own "decompression bomb" limit).
MAX_PICTURE_PIXELS = 89_478_485
# Search-hit boxes are worked out on a page this many pixels wide, then kept as fractions of the
# page, so they fit the page at any zoom.
_HIT_GRID = 10_000

PDF_TYPES = ("application/pdf", "application/x-pdf")


class Unreadable(Exception):
    """The bytes cannot be shown; `reason` says why, for the viewer to say it in one sentence:
    damaged, password, wrong_password, not_a_document, damaged_picture, too_large."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class Closed(Exception):
    """The document was closed (the window closed, the vault locked) while a page was wanted."""


@dataclass(frozen=True)
class Hit:
    """One place a search matched: the page (0-based) and the boxes of the words, each as
    fractions of the page's shown width and height (left, top, right, bottom)."""

    page: int
    boxes: tuple[tuple[float, float, float, float], ...]


@dataclass(frozen=True)
class SearchResult:
    hits: tuple[Hit, ...]
    has_text: bool  # False: not one page has a text layer (an image-only scan)


class PageSource:
    """What the viewer needs of a document. `sizes` are each page's size at 100 %, in logical
    pixels."""

    sizes: list[tuple[float, float]]

    @property
    def page_count(self) -> int:
        return len(self.sizes)

    def render(self, index: int, width: int, height: int | None = None) -> QImage:
        raise NotImplementedError

    def search(self, text: str, check: Callable[[], None]) -> SearchResult:
        return SearchResult((), has_text=False)

    def close(self) -> None:
        raise NotImplementedError


def open_source(media_type: str, content: bytes, password: str | None = None) -> PageSource:
    """The pages of `content`; raises Unreadable when they cannot be shown."""
    if looks_like_pdf(media_type, content):
        return PdfSource(content, password)
    return PictureSource(content)


def looks_like_pdf(media_type: str, content: bytes) -> bool:
    # The bytes decide: a scan saved as "notice" with no extension is still a PDF. PDF readers
    # accept the header anywhere in the first kilobyte.
    return b"%PDF-" in content[:1024] or media_type.lower() in PDF_TYPES


def _render_width(width: int, height: int | None, aspect: float) -> tuple[int, int]:
    """The bitmap size for a page of `aspect` (height / width) shown `width` wide, within
    MAX_RENDER_PIXELS."""
    width = max(1, int(width))
    height = max(1, int(height if height is not None else round(width * aspect)))
    if width * height > MAX_RENDER_PIXELS:
        shrink = (MAX_RENDER_PIXELS / (width * height)) ** 0.5
        width, height = max(1, int(width * shrink)), max(1, int(height * shrink))
    return width, height


class PdfSource(PageSource):
    def __init__(self, content: bytes, password: str | None = None):
        import pypdfium2 as pdfium

        self._pdfium = pdfium
        with PDFIUM:
            try:
                self._doc: Any = pdfium.PdfDocument(content, password=password or None)
            except pdfium.PdfiumError as exc:
                if exc.err_code == pdfium.raw.FPDF_ERR_PASSWORD:
                    raise Unreadable("wrong_password" if password else "password") from None
                raise Unreadable("damaged") from None
            try:
                points = [self._doc.get_page_size(i) for i in range(len(self._doc))]
            except pdfium.PdfiumError:
                self._doc.close()
                raise Unreadable("damaged") from None
        scale = SCREEN_DPI / POINTS_PER_INCH
        self.sizes = [(max(w, 1.0) * scale, max(h, 1.0) * scale) for w, h in points]
        self.points = points

    def render(self, index: int, width: int, height: int | None = None) -> QImage:
        w, h = _render_width(width, height, self.sizes[index][1] / self.sizes[index][0])
        with PDFIUM:
            if self._doc is None:
                raise Closed()
            page = self._doc[index]
            try:
                bitmap = page.render(
                    scale=w / page.get_width(),
                    rev_byteorder=True,  # RGBx, which QImage takes as it is
                    prefer_bgrx=True,
                    draw_annots=True,
                )
            finally:
                page.close()
            pixels, size, stride = bitmap.buffer, (bitmap.width, bitmap.height), bitmap.stride
            bitmap.close()  # a native bitmap: the pixels stay ours, pdfium's shell goes
        # The buffer belongs to Python now; copying it into a QImage needs no lock.
        image = QImage(pixels, size[0], size[1], stride, QImage.Format.Format_RGBX8888)
        return image.copy()

    def search(self, text: str, check: Callable[[], None]) -> SearchResult:
        """Every place `text` appears, case ignored, page by page (the lock is let go between
        pages, so the page on screen can render in the middle of a long search)."""
        hits: list[Hit] = []
        has_text = False
        for index in range(self.page_count):
            check()
            with PDFIUM:
                if self._doc is None:
                    raise Closed()
                found, page_has_text = self._search_page(index, text)
            has_text = has_text or page_has_text
            hits += found
        return SearchResult(tuple(hits), has_text)

    def _search_page(self, index: int, text: str) -> tuple[list[Hit], bool]:
        raw = self._pdfium.raw
        page = self._doc[index]
        textpage = page.get_textpage()
        found: list[Hit] = []
        try:
            if textpage.count_chars() <= 0:
                return [], False
            textpage.count_rects()  # pdfium wants this once before get_rect
            w, h = self.points[index]
            grid = (_HIT_GRID, max(1, round(_HIT_GRID * h / w)))
            searcher = textpage.search(text)
            try:
                while (occurrence := searcher.get_next()) is not None:
                    start, count = occurrence
                    boxes = []
                    for r in range(textpage.count_rects(start, count)):
                        left, bottom, right, top = textpage.get_rect(r)
                        corners = [
                            _to_device(raw, page, grid, x, y)
                            for x, y in ((left, top), (right, bottom))
                        ]
                        xs = sorted(c[0] / grid[0] for c in corners)
                        ys = sorted(c[1] / grid[1] for c in corners)
                        boxes.append((xs[0], ys[0], xs[1], ys[1]))
                    if boxes:
                        found.append(Hit(index, tuple(boxes)))
            finally:
                searcher.close()
        finally:
            textpage.close()
            page.close()
        return found, True

    def close(self) -> None:
        with PDFIUM:
            if self._doc is not None:
                self._doc.close()  # closes its pages too, and lets go of the bytes
                self._doc = None


def _to_device(raw: Any, page: Any, grid: tuple[int, int], x: float, y: float) -> tuple[int, int]:
    """A point of the page (PDF units) on the page as shown `grid` pixels large, rotation and
    crop box included (pdfium's own mapping)."""
    import ctypes

    dx, dy = ctypes.c_int(), ctypes.c_int()
    raw.FPDF_PageToDevice(page.raw, 0, 0, grid[0], grid[1], 0, x, y, dx, dy)
    return dx.value, dy.value


class PictureSource(PageSource):
    """A PNG, JPEG, GIF, BMP or TIFF (each frame of a multi-page TIFF a page), decoded anew
    for each render so no full-size picture stays in memory."""

    def __init__(self, content: bytes):
        from PIL import Image, UnidentifiedImageError

        self._content: bytes | None = content
        try:
            with Image.open(io.BytesIO(content)) as picture:
                self.sizes = []
                for frame in range(getattr(picture, "n_frames", 1)):
                    picture.seek(frame)
                    width, height = picture.size
                    if width * height > MAX_PICTURE_PIXELS:
                        raise Unreadable("too_large")
                    if _turned(picture):
                        width, height = height, width
                    dpi = _dpi(picture)
                    scale = SCREEN_DPI / dpi if dpi else 1.0
                    self.sizes.append((max(width * scale, 1.0), max(height * scale, 1.0)))
        except Image.DecompressionBombError:
            raise Unreadable("too_large") from None
        except UnidentifiedImageError:
            raise Unreadable("not_a_document") from None
        except (OSError, ValueError, SyntaxError, EOFError):
            raise Unreadable("damaged_picture") from None
        if not self.sizes:
            raise Unreadable("damaged_picture")

    def render(self, index: int, width: int, height: int | None = None) -> QImage:
        from PIL import Image, ImageOps

        content = self._content
        if content is None:
            raise Closed()
        w, h = _render_width(width, height, self.sizes[index][1] / self.sizes[index][0])
        with Image.open(io.BytesIO(content)) as picture:
            picture.seek(index)
            picture.draft("RGB", (w, h))  # a JPEG decodes at a smaller size, much faster
            shown = ImageOps.exif_transpose(picture)
            has_alpha = shown.mode in ("RGBA", "LA", "PA") or "transparency" in shown.info
            shown = shown.convert("RGBA" if has_alpha else "RGB")
            if has_alpha:  # a transparent picture reads as on white paper
                paper = Image.new("RGBA", shown.size, "white")
                paper.alpha_composite(shown)
                shown = paper.convert("RGB")
            shown = shown.resize((w, h), Image.Resampling.LANCZOS, reducing_gap=3.0)
            data = shown.tobytes("raw", "RGB")
        return QImage(data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()

    def close(self) -> None:
        self._content = None


def _turned(picture: Any) -> bool:
    """A phone photo stored on its side, whose EXIF says to turn it a quarter."""
    try:
        return int(picture.getexif().get(0x0112, 1)) in (5, 6, 7, 8)
    except (ValueError, TypeError):
        return False


def _dpi(picture: Any) -> float | None:
    """The scan's resolution when the file states a plausible one (a 300 dpi scan shows at
    paper size at 100 %, as a PDF does)."""
    dpi = picture.info.get("dpi")
    try:
        value = float(dpi[0]) if dpi else 0.0
    except (TypeError, ValueError, IndexError):
        return None
    return value if 50 <= value <= 2400 else None
