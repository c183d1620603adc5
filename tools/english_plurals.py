"""Fill translations/quash_en.ts: the English forms of the GUI's texts with a count.

    python tools/english_plurals.py translations/quash_en.ts      (run by `make translations`)

English needs no translation except for counts: Qt's way is a "plural only" translation of the
source language (`lupdate -pluralonly`), whose numerus forms say "1 day ago" / "3 days ago" for
the source "%n day(s) ago". The forms follow from the source text, so this fills them: "(s)"
is dropped for one and becomes "s" otherwise; "(y|ies)" picks its first part for one and its
second otherwise. Every entry is then finished. (A Python QTranslator subclass could do this
at run time, but PySide6 loses a reference to None on every call of such an override, which
aborts Python once None's count runs out.)
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

CHOICE = re.compile(r"\((\w*)\|(\w*)\)")


def english_form(source: str, one: bool) -> str:
    text = source.replace("(s)", "" if one else "s")
    return CHOICE.sub(lambda m: m.group(1) if one else m.group(2), text)


def fill(path: Path) -> int:
    tree = ET.parse(path)
    filled = 0
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        translation.text = None
        for one in (True, False):
            form = ET.SubElement(translation, "numerusform")
            form.text = english_form(source, one)
        filled += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return filled


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(f"{name}: {fill(Path(name))} texts with a count")
