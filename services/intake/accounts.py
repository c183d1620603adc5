"""The accounts a document names: @handles and profile addresses (instagram.com/…, x.com/…),
with the platform each is on, as the case file's accounts record them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from models.enums import Platform

# Where a profile address is, and the first path parts that are the site's own pages, not an
# account (a notice links to its help pages).
SITES: dict[str, Platform] = {
    "instagram.com": Platform.INSTAGRAM,
    "facebook.com": Platform.FACEBOOK,
    "fb.com": Platform.FACEBOOK,
    "x.com": Platform.X,
    "twitter.com": Platform.X,
    "tiktok.com": Platform.TIKTOK,
    "youtube.com": Platform.YOUTUBE,
    "reddit.com": Platform.REDDIT,
    "t.me": Platform.TELEGRAM,
}
SITE_PAGES = frozenset(
    "about accounts ads business direct explore help home i intent legal login p pages "
    "policies policy privacy r reel reels search settings share sharer signup stories terms tos "
    "watch hashtag groups events marketplace notifications messages compose".split()
)
URL = re.compile(
    r"(?<![\w@.-])(?:https?://)?(?:www\.|m\.|mobile\.|web\.)?"
    r"(?P<site>instagram\.com|facebook\.com|fb\.com|x\.com|twitter\.com|tiktok\.com|"
    r"youtube\.com|reddit\.com|t\.me)/(?P<path>[^\s<>\"'()\]]+)",
    re.IGNORECASE,
)
# An @handle, not the middle of an email address. OCR reads a handle's "l" as "|" at times.
AT_HANDLE = re.compile(
    r"(?<![\w@.|/])@(?P<handle>[A-Za-z0-9_|](?:[A-Za-z0-9_.|]{0,29}[A-Za-z0-9_|])?)"
    r"(?![\w|]*@|\.[A-Za-z]{2,}\b)"
)
# Words near an @handle that say which platform it is on.
PLATFORM_WORDS = (
    (re.compile(r"\binstagram\b", re.IGNORECASE), Platform.INSTAGRAM),
    (re.compile(r"\bfacebook\b", re.IGNORECASE), Platform.FACEBOOK),
    (re.compile(r"\btwitter\b|\bX\s+(?:account|user|handle|profile)|\bX\.com\b"), Platform.X),
    (re.compile(r"\btiktok\b", re.IGNORECASE), Platform.TIKTOK),
    (re.compile(r"\byoutube\b", re.IGNORECASE), Platform.YOUTUBE),
    (re.compile(r"\breddit\b", re.IGNORECASE), Platform.REDDIT),
    (re.compile(r"\btelegram\b", re.IGNORECASE), Platform.TELEGRAM),
)
# Platforms whose account names have no capitals: a capital I in OCR'd text is a misread l.
LOWERCASE_ONLY = frozenset({Platform.INSTAGRAM, Platform.TIKTOK})
# Letters OCR confuses in a handle: readings that differ only by these are one account.
CONFUSABLE = str.maketrans({"I": "l", "|": "l", "1": "l", "i": "l", "O": "o", "0": "o"})


@dataclass(frozen=True)
class Mention:
    platform: str | None
    handle: str
    url: str | None
    page: int
    start: int
    end: int
    corrected: bool  # OCR's reading was put right ("|bprotest" → "lbprotest"), or unsure


def find_accounts(text: str, page: int, *, ocr: bool, default: str | None) -> list[Mention]:
    """Every account named in the text. `default` is the platform a bare @handle is taken to
    be on when nothing near it says (the recipient's, when it has one platform)."""
    found: list[Mention] = []
    for match in URL.finditer(text):
        mention = _from_url(match, page, ocr)
        if mention is not None:
            found.append(mention)
    for match in AT_HANDLE.finditer(text):
        start, end = match.span()
        if any(m.start <= start < m.end for m in found):
            continue  # the @ of a tiktok.com/@name address
        platform = _platform_near(text, start) or default
        handle, corrected = _cleaned(match.group("handle"), platform, ocr)
        found.append(Mention(platform, handle, None, page, start, end, corrected))
    return sorted(found, key=lambda m: m.start)


def _from_url(match: re.Match[str], page: int, ocr: bool) -> Mention | None:
    platform = str(SITES[match.group("site").lower()])
    parts = [p for p in match.group("path").rstrip(".,;:").split("/") if p]
    if not parts:
        return None
    first = parts[0].split("?")[0]
    handle: str | None
    if platform in (Platform.TIKTOK, Platform.YOUTUBE) and first.startswith("@"):
        handle = first[1:]
    elif platform == Platform.YOUTUBE and first in ("c", "user", "channel") and len(parts) > 1:
        handle = parts[1].split("?")[0]
    elif platform == Platform.REDDIT and first in ("u", "user") and len(parts) > 1:
        handle = parts[1].split("?")[0]
    elif platform == Platform.FACEBOOK and first == "profile.php":
        number = re.search(r"[?&]id=(\d+)", match.group("path"))
        handle = f"profile.php?id={number.group(1)}" if number else None
    elif platform in (Platform.YOUTUBE, Platform.REDDIT) or first.lower() in SITE_PAGES:
        handle = None
    else:
        handle = first
    if not handle or not re.fullmatch(r"[A-Za-z0-9_.|-]+|profile\.php\?id=\d+", handle):
        return None
    cleaned, corrected = _cleaned(handle, platform, ocr)
    url = match.group(0).rstrip(".,;:").replace("|", "l")
    if not url.lower().startswith("http"):
        url = "https://" + url
    return Mention(platform, cleaned, url, page, match.start(), match.end(), corrected)


def _platform_near(text: str, at: int) -> str | None:
    """The platform the words just before an @handle name, within its sentence."""
    before = text[max(0, at - 80) : at]
    before = re.split(r"[.;!?]\s|\n\s*\n", before)[-1]
    named = [
        (m.end(), platform)
        for pattern, platform in PLATFORM_WORDS
        for m in pattern.finditer(before)
    ]
    return str(max(named)[1]) if named else None  # the nearest


def _cleaned(handle: str, platform: str | None, ocr: bool) -> tuple[str, bool]:
    """A handle as the platform spells it; OCR's "|" (and, where capitals cannot be, "I") read
    back as the "l" it was."""
    out = handle.replace("|", "l")
    if platform in LOWERCASE_ONLY:
        if ocr:
            out = out.replace("I", "l")
        out = out.lower()
    return out, ocr and out.lower() != handle.lower()


def merged(mentions: Iterable[Mention]) -> list[Mention]:
    """One mention per account, in the order first named: an address's platform and URL kept,
    OCR's differing readings of one handle taken as the one read most often."""
    groups: dict[str, list[Mention]] = {}
    for mention in mentions:
        key = mention.handle.lower().translate(CONFUSABLE)
        groups.setdefault(key, []).append(mention)
    out: list[Mention] = []
    for group in groups.values():
        platforms = {m.platform for m in group if m.platform}
        if len(platforms) > 1:  # the same name on two platforms: two accounts
            for platform in sorted(platforms):
                out.extend(_merged_one([m for m in group if m.platform in (platform, None)]))
            continue
        out.extend(_merged_one(group))
    return sorted(out, key=lambda m: (m.page, m.start))


def _merged_one(group: list[Mention]) -> list[Mention]:
    """One account read several times: its most frequent spelling, platform and address."""
    spellings = [m.handle for m in group]
    handle = max(spellings, key=lambda s: (spellings.count(s), -spellings.index(s)))
    platform = next((m.platform for m in group if m.platform), None)
    url = next((m.url for m in group if m.url), None)
    first = group[0]
    unsure = len(set(spellings)) > 1 or any(m.corrected for m in group)
    return [Mention(platform, handle, url, first.page, first.start, first.end, unsure)]
