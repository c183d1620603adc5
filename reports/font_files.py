"""The Noto faces reports print other scripts with, as static TrueType files ReportLab can embed.

The pinned packages ship Noto Sans Arabic, Hebrew, Devanagari, SC (Simplified Chinese, with
Japanese kana) and KR (Korean) only as variable fonts, whose default outlines are Thin for
some. A static instance (regular 400, bold 700) is cut from each with fontTools' instancer
once, into a folder Quash owns: the bundle's `quash_fonts/` when the packaged app was built
with them (packaging/quash.spec cuts them at build time), else the user's cache folder
(platformdirs' user_cache_dir("Quash")/fonts). Never the vault's folder.

Every face is cut on the first report, whatever it holds, so the cache says nothing about
which scripts a case file contains. Cutting takes a minute or so once (the Chinese face is
most of it); later reports read the cut files. A file is written whole (temporary name, then
renamed), so a killed cut leaves no half font behind, and two processes cutting at once agree.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.resources
import io
import logging
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

log = logging.getLogger("quash.reports.fonts")

BUNDLED_FOLDER = "quash_fonts"  # next to the frozen app's modules (sys._MEIPASS)
CUT_FORMAT = 2  # raised when the way instances are cut or named changes: they are cut anew


@dataclass(frozen=True)
class Face:
    """One static instance to cut: `name` is the registered font name and the file's stem."""

    name: str
    package: str  # the pip package that ships the variable font
    source: str  # its path inside the package
    weight: int

    @property
    def filename(self) -> str:
        return f"{self.name}.ttf"


_ARABIC = ("justmytype_intl_rtl", "fonts/ofl/notosansarabic/NotoSansArabic[wdth,wght].ttf")
_HEBREW = ("justmytype_intl_rtl", "fonts/ofl/notosanshebrew/NotoSansHebrew[wdth,wght].ttf")
_DEVANAGARI = ("fontpkg_noto_sans_devanagari", "files/NotoSansDevanagari[wdth,wght].ttf")
_HAN = ("justmytype_intl_cjk", "fonts/ofl/notosanssc/NotoSansSC[wght].ttf")
_HANGUL = ("justmytype_intl_cjk", "fonts/ofl/notosanskr/NotoSansKR[wght].ttf")

# script → (regular face, bold face). Chinese and Korean print bold text in their regular
# face: a bold cut of each CJK source would add some 40 seconds to the first report's wait
# (on a laptop, once) for headings that are bold in Latin letters anyway.
FACES: dict[str, tuple[Face, Face]] = {
    "arabic": (
        Face("QuashArabic", *_ARABIC, 400),
        Face("QuashArabic-Bold", *_ARABIC, 700),
    ),
    "hebrew": (
        Face("QuashHebrew", *_HEBREW, 400),
        Face("QuashHebrew-Bold", *_HEBREW, 700),
    ),
    "devanagari": (
        Face("QuashDevanagari", *_DEVANAGARI, 400),
        Face("QuashDevanagari-Bold", *_DEVANAGARI, 700),
    ),
    "han": (Face("QuashHan", *_HAN, 400),) * 2,
    "hangul": (Face("QuashHangul", *_HANGUL, 400),) * 2,
}
PACKAGES = sorted({face.package for pair in FACES.values() for face in pair})


def all_faces() -> list[Face]:
    """Each distinct face once, the small ones first."""
    seen: dict[str, Face] = {}
    for pair in FACES.values():
        for face in pair:
            seen.setdefault(face.name, face)
    return list(seen.values())


def source_path(face: Face) -> Path:
    """The variable font a face is cut from, as installed with its package."""
    resource = importlib.resources.files(face.package) / face.source
    return Path(str(resource))


def license_path(face: Face) -> Path:
    """The SIL Open Font License that travels with a face's source font."""
    beside = source_path(face).parent / "OFL.txt"
    if beside.is_file():
        return beside
    return Path(str(importlib.resources.files(face.package) / "LICENSE"))


def _version_key(face: Face) -> str:
    """A short key of the source file's size and name: a new font package cuts anew."""
    path = source_path(face)
    facts = f"{CUT_FORMAT}/{face.package}/{face.source}/{path.stat().st_size}/{face.weight}"
    return hashlib.sha256(facts.encode()).hexdigest()[:12]


def cache_folder() -> Path:
    return Path(platformdirs.user_cache_dir("Quash")) / "fonts"


def cut(face: Face) -> bytes:
    """The static instance of `face`, as TrueType bytes."""
    from fontTools.ttLib import TTFont as FontToolsFont
    from fontTools.varLib import instancer

    font = FontToolsFont(str(source_path(face)))
    axes = {axis.axisTag for axis in font["fvar"].axes}
    location: dict[str, float] = {"wght": face.weight}
    if "wdth" in axes:
        location["wdth"] = 100
    instancer.instantiateVariableFont(font, location, inplace=True, updateFontNames=False)
    _name_instance(font, face)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def _name_instance(font: Any, face: Face) -> None:
    """Name the instance by its weight (the source's names are the Thin default's for some),
    so a PDF's font list says "NotoSansHebrew-Bold", not two fonts called "-Thin"."""
    names = font["name"]
    family = str(names.getDebugName(16) or names.getDebugName(1)).removesuffix(" Thin")
    style = "Bold" if face.weight >= 700 else "Regular"
    postscript = family.replace(" ", "") + "-" + style
    for name_id in (16, 17, 21, 22, 25):
        names.removeNames(nameID=name_id)
    names.setName(family, 1, 3, 1, 0x409)
    names.setName(style, 2, 3, 1, 0x409)
    names.setName(f"{family} {style}", 4, 3, 1, 0x409)
    names.setName(postscript, 6, 3, 1, 0x409)
    names.setName(postscript, 3, 3, 1, 0x409)
    font["OS/2"].usWeightClass = face.weight
    font["OS/2"].fsSelection = (font["OS/2"].fsSelection & ~0b1100001) | (
        0b100000 if face.weight >= 700 else 0b1000000
    )
    font["head"].macStyle = 1 if face.weight >= 700 else 0


def _write_whole(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=".cut-", suffix=".ttf", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def bundled_path(face: Face) -> Path | None:
    """The instance cut at build time into the packaged app, if this is one."""
    base = getattr(sys, "_MEIPASS", None)
    if base is None:
        return None
    path = Path(base) / BUNDLED_FOLDER / face.filename
    return path if path.is_file() else None


def _cut_path(face: Face) -> Path:
    return cache_folder() / _version_key(face) / face.filename


def missing_faces() -> list[Face]:
    """The faces this computer has not cut yet (none in the packaged app)."""
    return [
        face for face in all_faces() if bundled_path(face) is None and not _cut_path(face).is_file()
    ]


def static_paths(progress: Callable[[int, int], None] | None = None) -> dict[str, Path]:
    """Every face's static file by name, cutting (once) those not yet cut. While one process
    cuts, another that needs the fonts waits for it instead of cutting the same faces again.
    `progress(done, total)` hears of each face as it is ready."""
    paths: dict[str, Path] = {}
    faces = all_faces()
    for done, face in enumerate(faces, start=1):
        bundled = bundled_path(face)
        if bundled is not None:
            paths[face.name] = bundled
            continue
        path = _cut_path(face)
        if not path.is_file():
            with _cutting_lock():
                if not path.is_file():  # another process may have cut it meanwhile
                    log.info("cutting the static report font %s (once)", face.name)
                    _write_whole(path, cut(face))
        paths[face.name] = path
        if progress is not None:
            progress(done, len(faces))
    return paths


@contextlib.contextmanager
def _cutting_lock() -> Iterator[None]:
    """One process cuts at a time (an advisory lock on a file in the cache folder). Where the
    platform has no flock (Windows) processes may cut side by side: each writes whole files."""
    folder = cache_folder()
    folder.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:
        yield
        return
    with open(folder / ".cutting.lock", "a+b") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
