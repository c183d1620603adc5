"""Statutes, regulations and rules a document cites, written one way: "19 U.S.C. 1509",
"8 U.S.C. 1225(d)", "8 C.F.R. 287.4", "Fed. R. Civ. P. 45" (as the case file writes them).

eyecite reads the citations it knows; patterns catch the forms it passes over ("8 U.S.C.
1225(d)" with no §, "8 USC § 1225(d)", "Fed. R. Civ. P. 45", "Rule 45", "Section 509 of the
Tariff Act")."""

from __future__ import annotations

import re
from dataclasses import dataclass

_PIN = r"(?P<pin>(?:\([A-Za-z0-9]{1,4}\))*)"
_SECTION = r"(?:§§?|sec(?:tion|s?\.)?)?\s*"
PATTERNS = (
    (
        "usc",
        re.compile(
            rf"\b(?P<title>\d{{1,2}})\s*U\.?\s?S\.?\s?C\.?(?:\s?A\.?)?\s*{_SECTION}"
            rf"(?P<section>\d{{1,5}}[a-z]?(?:-\d+)?){_PIN}",
            re.IGNORECASE,
        ),
    ),
    (
        "cfr",
        re.compile(
            rf"\b(?P<title>\d{{1,2}})\s*C\.?\s?F\.?\s?R\.?\s*{_SECTION}"
            rf"(?P<section>\d{{1,4}}(?:\.\d{{1,4}})?){_PIN}",
            re.IGNORECASE,
        ),
    ),
    (
        "civ",
        re.compile(
            r"(?:\bFed(?:eral)?\.?\s*R(?:ules?)?\.?\s*(?:of\s+)?Civ(?:il)?\.?\s*P(?:roc(?:edure)?)?"
            rf"\.?|\bFRCP)\s*(?:Rule\s*)?(?P<section>\d{{1,2}}){_PIN}",
            re.IGNORECASE,
        ),
    ),
    (
        "crim",
        re.compile(
            r"(?:\bFed(?:eral)?\.?\s*R(?:ules?)?\.?\s*(?:of\s+)?Crim(?:inal)?\.?\s*P(?:roc(?:edure)?)?"
            rf"\.?|\bFRCrP)\s*(?:Rule\s*)?(?P<section>\d{{1,2}}){_PIN}",
            re.IGNORECASE,
        ),
    ),
    # "Rule 45" alone, as subpoenas in civil cases say it
    ("rule45", re.compile(rf"\bRule\s+(?P<section>45){_PIN}(?!\s*of\s+the\s+\w+\s+Rules)")),
    # The customs statute by its name in the Tariff Act of 1930
    (
        "tariff",
        re.compile(
            r"\bsection\s+(?P<section>509)\s+of\s+the\s+Tariff\s+Act(?:\s+of\s+1930)?",
            re.IGNORECASE,
        ),
    ),
)


@dataclass(frozen=True)
class Citation:
    text: str  # as the case file writes it: "8 U.S.C. 1225(d)"
    start: int
    end: int

    @property
    def section(self) -> str:
        """The citation without its pinpoint: "8 U.S.C. 1225"."""
        return self.text.split("(", 1)[0]


def find_citations(text: str) -> list[Citation]:
    """Every citation in the text, in reading order, each written the case file's way."""
    found = _eyecite(text)
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < c.end and end > c.start for c in found):
                continue
            found.append(Citation(_written(kind, match), start, end))
    return sorted(found, key=lambda c: c.start)


def _eyecite(text: str) -> list[Citation]:
    from eyecite import get_citations
    from eyecite.models import FullLawCitation

    out: list[Citation] = []
    for cite in get_citations(text):
        if not isinstance(cite, FullLawCitation):
            continue
        groups = cite.groups
        reporter = re.sub(r"\s", "", groups.get("reporter", "")).upper().replace(".", "")
        title = groups.get("title") or groups.get("chapter")
        section = groups.get("section")
        if not (title and section) or reporter not in ("USC", "USCA", "CFR"):
            continue
        start, end = cite.span()
        pin = re.match(r"\s*((?:\([A-Za-z0-9]{1,4}\))+)", text[end:])
        if pin:
            end += pin.end()
        name = "U.S.C." if reporter.startswith("USC") else "C.F.R."
        out.append(Citation(f"{title} {name} {section}{pin.group(1) if pin else ''}", start, end))
    return out


def _written(kind: str, match: re.Match[str]) -> str:
    groups = match.groupdict()
    pin = groups.get("pin") or ""
    if kind == "usc":
        return f"{groups['title']} U.S.C. {groups['section']}{pin}"
    if kind == "cfr":
        return f"{groups['title']} C.F.R. {groups['section']}{pin}"
    if kind in ("civ", "rule45"):
        return f"Fed. R. Civ. P. {groups['section']}{pin}"
    if kind == "crim":
        return f"Fed. R. Crim. P. {groups['section']}{pin}"
    return "19 U.S.C. 1509"  # section 509 of the Tariff Act of 1930
