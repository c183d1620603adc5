"""Suggesting a subpoena's fields from a document's words: what kind of process it is, who
issued it and to whom, under what authority and why, its dates, what it demands, whether it
gags the platform, and the accounts it names; from a platform's notice email, the date the user
was told and the window to respond.

Each suggestion keeps the words it came from and how sure it is. A field the document does not
state is left out: a person types it, rather than checking a guess with nothing behind it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from models.enums import Demand, Platform, SubpoenaKind
from models.errors import ValidationError
from services.intake.accounts import find_accounts, merged
from services.intake.citations import Citation, find_citations
from services.intake.dates import find_dates
from services.intake.results import (
    SURENESS,
    Confidence,
    Handle,
    Page,
    Reading,
    Suggestion,
    Suggestions,
    Value,
)

# The order a person reads the fields in (the subpoena form's order).
FIELD_ORDER = (
    "kind",
    "issuer",
    "issuing_officer",
    "recipient",
    "authority",
    "stated_purpose",
    "issued",
    "compliance_date",
    "user_notified",
    "response_window_days",
    "requested",
    "gag_order",
    "handles",
)
SNIPPET_REACH = 70  # characters of context either side of the words, within their line
CASELESS = re.IGNORECASE


@dataclass(frozen=True)
class Hit:
    """Where a value was found: its page and the stretch of that page's text; `source` when
    the words are not one stretch (a list gathered from several lines)."""

    value: Value
    page: Page
    start: int
    end: int
    confidence: Confidence
    source: str | None = None
    ocr_confidence: float | None = None


def suggest(reading: Reading) -> Suggestions:
    """Every field the document states, with its words, page and sureness."""
    finder = _notice_fields if reading.method == "email" else _process_fields
    hits = finder(reading)
    fields = {
        name: _suggestion(name, hit) for name in FIELD_ORDER if (hit := hits.get(name)) is not None
    }
    return Suggestions(reading.method, len(reading.pages), reading.confidence, fields)


def _process_fields(reading: Reading) -> dict[str, Hit | None]:
    pages = reading.pages
    citations = [(page, c) for page in pages for c in find_citations(page.text)]
    issuer = _issuer(pages)
    recipient = _recipient(pages, reading)
    return {
        "kind": _kind(pages, citations, issuer),
        "issuer": issuer,
        "issuing_officer": _issuing_officer(pages),
        "recipient": recipient,
        "authority": _authority(citations),
        "stated_purpose": _stated_purpose(pages),
        **_labelled_dates(pages),
        "requested": _requested(pages),
        "gag_order": _gag_order(pages, citations),
        "handles": _handles(pages, recipient),
    }


def _notice_fields(reading: Reading) -> dict[str, Hit | None]:
    pages = reading.pages
    window = _response_window(pages)
    if window is None and not any(_search(pages, LEGAL_PROCESS)):
        raise ValidationError(
            "The email is not a notice of legal process: it names no subpoena, summons or "
            "order and gives no time to respond.",
            record="document",
            code="intake.no_notice",
        )
    citations = [(page, c) for page in pages for c in find_citations(page.text)]
    issuer = _issuer(pages)
    recipient = _recipient(pages, reading)
    return {
        "kind": _kind(pages, citations, issuer),
        "issuer": issuer,
        "recipient": recipient,
        "user_notified": _notified(reading),
        "response_window_days": window,
        "handles": _handles(pages, recipient),
    }


# ---- turning a hit into a suggestion -----------------------------------------------------------


def _suggestion(name: str, hit: Hit) -> Suggestion:
    ocr = hit.ocr_confidence
    if ocr is None:
        ocr = hit.page.confidence_of(hit.start, hit.end)
    source = hit.source if hit.source is not None else snippet(hit.page.text, hit.start, hit.end)
    return Suggestion(name, hit.value, source, hit.page.number, _capped(hit.confidence, ocr), ocr)


def _capped(confidence: Confidence, ocr: float | None) -> Confidence:
    """No surer than OCR was of the words themselves."""
    if ocr is None:
        return confidence
    cap: Confidence = "high" if ocr >= 85 else "medium" if ocr >= 65 else "low"
    return min(confidence, cap, key=SURENESS.index)


def snippet(text: str, start: int, end: int, reach: int = SNIPPET_REACH) -> str:
    """The words around a stretch of text, within its line, cut at word boundaries."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    a, b = max(line_start, start - reach), min(line_end, end + reach)
    if a > line_start:
        space = text.find(" ", a, start)
        a = space + 1 if space >= 0 else start
    if b < line_end:
        space = text.rfind(" ", end, b)
        b = space if space >= 0 else end
    return " ".join(text[a:b].split())


def _search(
    pages: tuple[Page, ...], pattern: re.Pattern[str]
) -> Iterator[tuple[Page, re.Match[str]]]:
    for page in pages:
        for match in pattern.finditer(page.text):
            yield page, match


# ---- kind -------------------------------------------------------------------------------------

KINDS_SAID = (
    (
        SubpoenaKind.GRAND_JURY_SUBPOENA,
        re.compile(
            r"\bgrand\s+jury\s+subpoena\b|\bsubpoena\b[^.\n]{0,60}\bgrand\s+jury\b", CASELESS
        ),
    ),
    (
        SubpoenaKind.SEARCH_WARRANT,
        re.compile(r"\bsearch\s+(?:and\s+seizure\s+)?warrant\b", CASELESS),
    ),
    (SubpoenaKind.CUSTOMS_SUMMONS, re.compile(r"\bcustoms\s+summons\b", CASELESS)),
    (SubpoenaKind.ADMINISTRATIVE_SUBPOENA, re.compile(r"\badministrative\s+subpoena\b", CASELESS)),
    (
        SubpoenaKind.CIVIL_SUBPOENA,
        re.compile(
            r"\bsubpoena\s+to\s+(?:produce|testify)\b[^.]{0,160}\bcivil\s+action\b"
            r"|\bcivil\s+subpoena\b",
            CASELESS,
        ),
    ),
    (
        SubpoenaKind.COURT_ORDER,
        re.compile(
            r"\bcourt\s+order\b|\b2703\s*\(d\)\s+order\b"
            r"|\border\b[^.\n]{0,40}\b(?:pursuant\s+to|under)\s+18\s*U\.?\s?S\.?\s?C\.?\s*§*\s*2703",
            CASELESS,
        ),
    ),
)
SUBPOENA = re.compile(r"\bsubpoena\b", CASELESS)
SUMMONS = re.compile(r"\bsummons\b", CASELESS)  # the paper, not "you are summoned"
CUSTOMS_AUTHORITY = ("19 U.S.C. 1509",)
CIVIL_AUTHORITY = ("Fed. R. Civ. P. 45",)


def _kind(
    pages: tuple[Page, ...], citations: list[tuple[Page, Citation]], issuer: Hit | None
) -> Hit | None:
    said = [
        (page.number, match.start(), kind, page, match)
        for kind, pattern in KINDS_SAID
        for page, match in _search(pages, pattern)
    ]
    if said:
        _, _, kind, page, match = min(said, key=lambda s: (s[0], s[1]))
        return Hit(str(kind), page, match.start(), match.end(), "high")
    cited = {c.section for _, c in citations}
    by_customs = issuer is not None and issuer.value == "U.S. Customs and Border Protection"
    summons = next(_search(pages, SUMMONS), None)
    if summons is not None and (cited & set(CUSTOMS_AUTHORITY) or by_customs):
        page, match = summons
        sure: Confidence = "high" if _is_title(page, match) else "medium"
        return Hit(str(SubpoenaKind.CUSTOMS_SUMMONS), page, match.start(), match.end(), sure)
    subpoena = next(_search(pages, SUBPOENA), None)
    if subpoena is not None:
        page, match = subpoena
        if cited & set(CIVIL_AUTHORITY):
            kind = SubpoenaKind.CIVIL_SUBPOENA
            return Hit(str(kind), page, match.start(), match.end(), "medium")
        if issuer is not None:  # a subpoena an agency issued itself
            kind = SubpoenaKind.ADMINISTRATIVE_SUBPOENA
            return Hit(str(kind), page, match.start(), match.end(), "medium")
    return None


def _is_title(page: Page, match: re.Match[str]) -> bool:
    """A word standing alone on its line near the top of the first page: the paper's title."""
    line_start = page.text.rfind("\n", 0, match.start()) + 1
    line_end = page.text.find("\n", match.end())
    line = page.text[line_start : line_end if line_end >= 0 else len(page.text)].strip()
    return page.number == 1 and page.text.count("\n", 0, match.start()) < 15 and line.isupper()


# ---- issuer and recipient ----------------------------------------------------------------------

# (name as the case file writes it, the full name, the short name, how specific: a component
# that issues subpoenas itself over the department it belongs to)
AGENCIES = (
    (
        "U.S. Immigration and Customs Enforcement",
        r"immigration\s+(?:and|&)\s+customs\s+enforcement",
        r"\bICE\b",
        2,
    ),
    (
        "U.S. Customs and Border Protection",
        r"customs\s+(?:and|&)\s+border\s+protection",
        r"\bCBP\b",
        2,
    ),
    (
        "U.S. Citizenship and Immigration Services",
        r"citizenship\s+(?:and|&)\s+immigration\s+services",
        r"\bUSCIS\b",
        2,
    ),
    ("Federal Bureau of Investigation", r"federal\s+bureau\s+of\s+investigation", r"\bFBI\b", 2),
    ("Drug Enforcement Administration", r"drug\s+enforcement\s+administration", r"\bDEA\b", 2),
    ("U.S. Secret Service", r"\bsecret\s+service\b", r"\bUSSS\b", 2),
    ("Internal Revenue Service", r"internal\s+revenue\s+service", r"\bIRS\b", 2),
    # ICE's investigative directorate signs many of ICE's subpoenas under its own name.
    (
        "U.S. Immigration and Customs Enforcement",
        r"homeland\s+security\s+investigations",
        r"\bHSI\b",
        1,
    ),
    (
        "U.S. Department of Homeland Security",
        r"department\s+of\s+homeland\s+security",
        r"\bDHS\b",
        0,
    ),
    ("U.S. Department of Justice", r"department\s+of\s+justice", r"\bDOJ\b", 0),
)
HSI_RANK = 1
AGENCY_PATTERNS = tuple(
    (name, re.compile(full, CASELESS), re.compile(short), rank)
    for name, full, short, rank in AGENCIES
)


def _issuer(pages: tuple[Page, ...]) -> Hit | None:
    full = [
        (-rank, page.number, match.start(), name, page, match)
        for name, pattern, _, rank in AGENCY_PATTERNS
        for page, match in _search(pages, pattern)
    ]
    if full:
        rank, _, _, name, page, match = min(full, key=lambda f: f[:3])
        # Named outright; "Homeland Security Investigations" only implies ICE.
        sure: Confidence = "medium" if -rank == HSI_RANK else "high"
        return Hit(name, page, match.start(), match.end(), sure)
    short = [
        (page.number, match.start(), name, page, match)
        for name, _, pattern, _ in AGENCY_PATTERNS
        for page, match in _search(pages, pattern)
    ]
    if short:
        _, _, name, page, match = min(short, key=lambda s: s[:2])
        return Hit(name, page, match.start(), match.end(), "medium")
    return None


# (the company as the case file writes it, its corporate name, the services it answers for)
COMPANIES = (
    (
        "Meta Platforms, Inc.",
        r"\bmeta\s+platforms(?:,?\s+inc\b\.?)?",
        ("facebook", "instagram", "whatsapp", "meta"),
    ),
    ("Facebook, Inc.", r"\bfacebook,?\s+inc\b\.?", ()),
    ("Instagram, LLC", r"\binstagram,?\s+llc\b\.?", ()),
    ("X Corp.", r"\b(?-i:X)\s+corp(?:oration\b|\b\.?)", ("twitter",)),
    ("Twitter, Inc.", r"\btwitter,?\s+inc\b\.?", ()),
    ("Google LLC", r"\bgoogle,?\s+(?:llc|inc)\b\.?", ("google", "youtube", "gmail")),
    ("TikTok Inc.", r"\btiktok,?\s+inc\b\.?", ("tiktok",)),
    ("Reddit, Inc.", r"\breddit,?\s+inc\b\.?", ("reddit",)),
    ("Snap Inc.", r"\bsnap,?\s+inc\b\.?", ("snapchat",)),
    ("Telegram Messenger Inc.", r"\btelegram\s+messenger(?:,?\s+inc\b\.?)?", ("telegram",)),
    ("Microsoft Corporation", r"\bmicrosoft\s+corp(?:oration\b|\b\.?)", ("microsoft", "linkedin")),
    ("Apple Inc.", r"\bapple,?\s+inc\b\.?", ()),
    ("Discord Inc.", r"\bdiscord,?\s+inc\b\.?", ("discord",)),
)
COMPANY_PATTERNS = tuple(
    (name, re.compile(corporate, CASELESS)) for name, corporate, _ in COMPANIES
)
# A service's name as a word of the text, not part of an address (instagram.com/…, @mail.x.com).
BRAND_PATTERNS = tuple(
    (name, re.compile(rf"(?<![\w@./-]){brand}(?![\w@/-]|\.(?:com|net)\b)", CASELESS))
    for name, _, brands in COMPANIES
    for brand in brands
)
ADDRESSED = re.compile(
    r"^[ \t]*(?:to|addressee|recipient|served\s+(?:up)?on)[ \t]*:(?P<rest>.*(?:\n.*){0,2})",
    CASELESS | re.M,
)
RECEIVED = re.compile(r"\s+(?:has\s+|have\s+)?(?:received|was\s+served)\b", CASELESS)
PLATFORM_OF = {
    "X Corp.": Platform.X,
    "Twitter, Inc.": Platform.X,
    "TikTok Inc.": Platform.TIKTOK,
    "Reddit, Inc.": Platform.REDDIT,
    "Telegram Messenger Inc.": Platform.TELEGRAM,
    "Instagram, LLC": Platform.INSTAGRAM,
}


def _company_in(text: str, offset: int = 0) -> tuple[str, int, int, bool] | None:
    """The first company a stretch of text names: (name, start, end, by its corporate name)."""
    found = [
        (m.start(), -len(m.group(0)), name, m.end(), True)
        for name, pattern in COMPANY_PATTERNS
        for m in pattern.finditer(text)
    ]
    if not found:
        found = [
            (m.start(), -len(m.group(0)), name, m.end(), False)
            for name, pattern in BRAND_PATTERNS
            for m in pattern.finditer(text)
        ]
    if not found:
        return None
    start, _, name, end, corporate = min(found)
    return name, start + offset, end + offset, corporate


def _recipient(pages: tuple[Page, ...], reading: Reading) -> Hit | None:
    # Whom the paper is addressed to ("To: Meta Platforms, Inc.").
    for page, match in _search(pages, ADDRESSED):
        named = _company_in(match.group("rest"), match.start("rest"))
        if named is not None:
            name, start, end, corporate = named
            return Hit(name, page, start, end, "high" if corporate else "medium")
    # Who says it received the process ("X Corp. has received a summons").
    for page in pages:
        for name, pattern in COMPANY_PATTERNS:
            for match in pattern.finditer(page.text):
                if RECEIVED.match(page.text, match.end()):
                    return Hit(name, page, match.start(), match.end(), "high")
    # A notice comes from the platform that received the process.
    sender = reading.header("From")
    if sender is not None:
        named = _company_in(sender)
        if named is not None:
            return Hit(named[0], pages[0], 0, 0, "medium", source=f"From: {sender}")
    for page in pages:
        named = _company_in(page.text)
        if named is not None:
            name, start, end, corporate = named
            return Hit(name, page, start, end, "medium" if corporate else "low")
    return None


# ---- issuing officer -------------------------------------------------------------------------

OFFICER_LABEL = re.compile(
    r"(?:issued\s+by|issuing\s+(?:officer|official)|name\s+(?:and|&)\s+title\s+of\s+(?:the\s+)?"
    r"issuing\s+(?:officer|official)|signature\s+of\s+(?:the\s+)?issuing\s+(?:officer|official)"
    r"|authori[sz]ed\s+official|signed)[ \t]*:[ \t]*(?P<rest>[^\n]+)",
    CASELESS,
)
PERSON = re.compile(
    r"(?P<name>[A-Z][a-zA-Z'’-]+(?:\s+[A-Z]\.?)*(?:\s+(?:de\s+la\s+|de\s+|van\s+|von\s+)?"
    r"[A-Z][a-zA-Z'’-]+){1,2})"
)
TITLE_WORDS = re.compile(
    r"\b(?:agent|director|officer|supervisor|chief|counsel|commissioner|investigator|attorney|"
    r"manager|deputy|inspector|administrator|secretary|assistant|special)\b",
    CASELESS,
)
TITLED_PERSON = re.compile(
    r"\b(?P<title>(?:Deputy\s+|Assistant\s+)?(?:Supervisory\s+)?Special\s+Agent(?:\s+in\s+Charge)?)"
    r"\s+(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?\s+[A-Z][a-zA-Z'’-]+)"
)


def _issuing_officer(pages: tuple[Page, ...]) -> Hit | None:
    for page, match in _search(pages, OFFICER_LABEL):
        rest = match.group("rest")
        person = PERSON.match(rest.strip())
        if person is None:
            continue
        name = person.group("name")
        after = rest.strip()[person.end() :]
        title = after.lstrip(" ,.;").split(",")[0].strip().rstrip(".")
        if title and TITLE_WORDS.search(title) and len(title) <= 60:
            value = f"{name}, {title}"
        else:
            value = name
        return Hit(value, page, match.start(), match.end(), "high")
    # Only the agent the records go to: they may not be the one who issued it.
    for page, match in _search(pages, TITLED_PERSON):
        value = f"{match.group('name')}, {match.group('title')}"
        return Hit(value, page, match.start(), match.end(), "low")
    return None


# ---- authority ---------------------------------------------------------------------------------

AUTHORITY_LABEL = re.compile(
    r"\bauthority\b|\bpursuant\s+to\b|\bissued\s+under\b|\bunder\s+the\s+provisions\s+of\b"
    r"|\bin\s+accordance\s+with\b",
    CASELESS,
)
AUTHORITY_REACH = 140  # a citation this close after the label is the authority it names
# Statutes that let an agency demand records itself, or a court order them.
SUBPOENA_POWERS = (
    "19 U.S.C. 1509",
    "8 U.S.C. 1225",
    "8 U.S.C. 1357",
    "18 U.S.C. 2703",
    "21 U.S.C. 876",
    "18 U.S.C. 3486",
    "Fed. R. Civ. P. 45",
    "Fed. R. Crim. P. 17",
)
NOT_AUTHORITY = ("18 U.S.C. 2705",)  # the gag statute


def _authority(citations: list[tuple[Page, Citation]]) -> Hit | None:
    cited = [(page, c) for page, c in citations if c.section not in NOT_AUTHORITY]
    pages = {page.number: page for page, _ in cited}
    for number, page in pages.items():
        for label in AUTHORITY_LABEL.finditer(page.text):
            near = [
                c
                for p, c in cited
                if p.number == number and label.end() <= c.start <= label.end() + AUTHORITY_REACH
            ]
            if near:
                value = "; ".join(dict.fromkeys(c.text for c in near))
                return Hit(value, page, label.start(), near[-1].end, "high")
    for page, c in cited:
        if c.section in SUBPOENA_POWERS:
            return Hit(c.text, page, c.start, c.end, "medium")
    return None


# ---- stated purpose ---------------------------------------------------------------------------

PURPOSE_LABEL = re.compile(
    r"(?:(?:stated\s+)?purpose(?:\s+of\s+(?:the\s+|this\s+)?(?:request|subpoena|summons|"
    r"investigation))?|reason\s+for\s+(?:the\s+|this\s+)?request|nature\s+of\s+(?:the\s+)?"
    r"(?:investigation|inquiry))[ \t]*:[ \t]*(?P<value>[^\n]+(?:\n(?!\s*\n)[^\n]+)?)",
    CASELESS,
)
IN_CONNECTION = re.compile(
    r"\bin\s+connection\s+with\s+(?P<value>an?\s+(?:official\s+)?(?:criminal\s+|civil\s+)?"
    r"(?:investigation|inquiry)\b[^\n]*(?:\n(?!\s*\n)[^\n]*)?)",
    CASELESS,
)
SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\bU\.S)\.(?=\s|$)|;|\n\s*\n")
MAX_PURPOSE = 200


def _stated_purpose(pages: tuple[Page, ...]) -> Hit | None:
    for pattern, sure in ((PURPOSE_LABEL, "high"), (IN_CONNECTION, "medium")):
        for page, match in _search(pages, pattern):
            raw = match.group("value")
            end = SENTENCE_END.search(raw)
            value = " ".join(raw[: end.start() if end else len(raw)].split())[:MAX_PURPOSE]
            if len(value) >= 3:
                start = match.start("value")
                confidence: Confidence = "high" if sure == "high" else "medium"
                return Hit(value, page, start, start + len(value), confidence)
    return None


# ---- dates -------------------------------------------------------------------------------------

ISSUED_LABEL = re.compile(
    r"(?:date\s+(?:of\s+)?issu(?:ed|ance)|issued\s+(?:on|this)|dated|date\s+signed"
    r"|signed\s+(?:on|this))\W{0,3}(?:the\s+)?$",
    CASELESS,
)
BARE_DATE_LABEL = re.compile(r"(?:^|\n)[ \t]*date[ \t]*:[ \t]*$", CASELESS)
COMPLIANCE_LABEL = re.compile(
    r"(?:on\s+or\s+before|no\s+later\s+than|not\s+later\s+than|return(?:able)?\s+(?:date|on|by)"
    r"|compliance\s+date|due\s+(?:date|on|by)|deadline|date\s+(?:of|for)\s+(?:production|compliance)"
    r"|date\s+and\s+time"
    r"|(?:produce|respond|comply|appear|provide|furnish|deliver)\b[^\n]{0,120}?\b(?:by|on|before))"
    r"\W{0,3}(?:the\s+)?$",
    CASELESS,
)
LABEL_REACH = 160


def _labelled_dates(pages: tuple[Page, ...]) -> dict[str, Hit | None]:
    """The date issued and the date to comply by, each by the words just before it."""
    found: dict[str, Hit | None] = {"issued": None, "compliance_date": None}
    for page in pages:
        for date in find_dates(page.text):
            before = page.text[max(0, date.start - LABEL_REACH) : date.start]
            before = re.split(r"\n[ \t]*\n", before)[-1]
            sure: Confidence = "medium" if date.guessed_month else "high"
            field: str | None = None
            label = ISSUED_LABEL.search(before)
            if label is not None:
                field = "issued"
            elif (label := COMPLIANCE_LABEL.search(before)) is not None:
                field = "compliance_date"
            elif (label := BARE_DATE_LABEL.search(before)) is not None:
                field, sure = "issued", "medium"
            if label is not None and field is not None and found[field] is None:
                words = label.group(0)
                start = date.start - len(before) + label.start() + len(words) - len(words.lstrip())
                found[field] = Hit(date.date, page, start, date.end, sure)
    return found


# ---- what is demanded ----------------------------------------------------------------------------

# Words after "IP address" that make it the address used to open the account.
_AT_SIGNUP = (
    r"[^.;\n]{0,60}?\b(?:registration|registered|sign-?\s?up|creat(?:e|ed|ion|ing)|opened)\b"
)
# (what is demanded, the words that ask for it, words just before them that mean something else:
# "user names" are not a name, "email addresses" and "IP addresses" are not an address)
DEMANDS: tuple[tuple[Demand, re.Pattern[str], re.Pattern[str] | None], ...] = tuple(
    (
        demand,
        re.compile(pattern, CASELESS),
        re.compile(rf"(?:{unless})\s*$", CASELESS) if unless else None,
    )
    for demand, pattern, unless in (
        (
            Demand.NAME,
            r"\bnames?\b(?!\s+of\s+(?:the\s+)?(?:account|page|group|investigation))",
            r"\buser|\bscreen|\baccount|\bdomain|\bfile|\bdisplay|\bprofile|\bhandle|-",
        ),
        (Demand.EMAIL, r"\be-?mail\s+address(?:es)?\b|\be-?mail\s+accounts?\b|\be-?mails?\b", None),
        (
            Demand.PHONE,
            r"\b(?:tele)?phone(?:\s+numbers?)?\b|\bmobile\s+numbers?\b|\bcell(?:ular)?\s+numbers?\b",
            None,
        ),
        (
            Demand.ADDRESS,
            r"\baddress(?:es)?\b(?!\s+(?:used|logs?|history|associated\s+with\s+(?:the\s+)?IP))",
            r"\be-?mail|\bIP|\binternet\s+protocol|\bMAC|\bweb|\bURL|\bnetwork",
        ),
        (
            Demand.IP_SIGNUP,
            rf"\bIP\s+address(?:es)?\b{_AT_SIGNUP}|\b(?:registration|sign-?up|creation)\s+IP\b",
            None,
        ),
        (
            Demand.IP_LOGS,
            rf"\bIP\s+(?:address\s+)?(?:logs?|history|records)\b|\baccess\s+logs?\b"
            rf"|\bIP\s+address(?:es)?\b(?!{_AT_SIGNUP})",
            None,
        ),
        (
            Demand.LOGIN_TIMES,
            r"\b(?:log-?in|logon|sign-?in|session)s?\s+(?:times?|dates?|timestamps?|history|logs?"
            r"|records)\b|\bdates?\s+and\s+times?\s+of\s+(?:each\s+|all\s+|every\s+)?(?:log|sign"
            r"|session|access)|\btimestamps?\b",
            None,
        ),
        (
            Demand.ACCOUNT_CREATED,
            r"\bdate\s+(?:the\s+|that\s+the\s+)?account\s+was\s+(?:created|opened|registered)\b"
            r"|\baccount\s+(?:creation|registration|opening)\s+date\b|\bdate\s+of\s+(?:account\s+)?"
            r"(?:creation|registration)\b|\blength\s+of\s+service\b|\bdate\s+service\s+began\b",
            None,
        ),
        (Demand.ZIP_COUNTRY, r"\b(?:zip|postal)\s+codes?\b|\bcountry\b", None),
        (
            Demand.CONTENT,
            r"\bcontents?\s+of\s+(?:any\s+|the\s+|all\s+)?(?:communications?|messages?|posts?)\b"
            r"|\b(?:direct|private)\s+messages\b|\bphotos?\b|\bstored\s+content\b",
            None,
        ),
        (
            Demand.OTHER,
            r"\bcredit\s+card\b|\bbank\s+account\b|\bpayment\s+(?:information|records|method)\b"
            r"|\bmeans\s+and\s+source\s+of\s+payment\b|\bdevice\s+identifiers?\b|\bIMEI\b"
            r"|\bcookies?\b",
            None,
        ),
    )
)
REQUEST_SECTION = re.compile(
    r"\b(?:records?|items?|information|documents?)\s+(?:to\s+be\s+(?:produced|provided|disclosed)"
    r"|requested|required|sought|demanded)\b|^[ \t]*records[ \t]*:|\bproduce\s+the\s+following\b"
    r"|\bthe\s+following\s+(?:records|information)\b|^[ \t]*(?:attachment|schedule|exhibit)\s+a"
    r"[ \t]*$",
    CASELESS | re.M,
)
SECTION_REACH = 2500
NOT_SOUGHT = re.compile(
    r"\b(?:do|does|shall|should|need|must)\s+not\s+(?:include|produce|provide|disclose|send)\b"
    r"|\bnot\s+(?:requested|sought|required|including)\b|\bexclud\w+|\bother\s+than\b|\bexcept\b",
    CASELESS,
)
CLAUSE_END = re.compile(r"[;\n]|\.(?=\s)")


def _requested(pages: tuple[Page, ...]) -> Hit | None:
    sections = [
        (page, match.start(), min(len(page.text), match.start() + SECTION_REACH))
        for page, match in _search(pages, REQUEST_SECTION)
    ]
    sure: Confidence = "high" if sections else "medium"
    if not sections:
        sections = [(page, 0, len(page.text)) for page in pages]
    found: dict[Demand, tuple[Page, int, int]] = {}
    for page, start, end in sections:
        for demand, pattern, unless in DEMANDS:
            for match in pattern.finditer(page.text, start, end):
                at = match.start()
                if demand in found or _negated(page.text, at):
                    continue
                if unless is not None and unless.search(page.text, max(0, at - 24), at):
                    continue
                found[demand] = (page, at, match.end())
    if not found:
        return None
    value = tuple(str(d) for d in Demand if d in found)
    spots = sorted(found.values(), key=lambda s: (s[0].number, s[1]))
    words = " … ".join(dict.fromkeys(" ".join(page.text[a:b].split()) for page, a, b in spots))
    first_page = spots[0][0]
    confidences = [c for page, a, b in spots if (c := page.confidence_of(a, b)) is not None]
    ocr = round(sum(confidences) / len(confidences), 1) if confidences else None
    return Hit(value, first_page, spots[0][1], spots[0][2], sure, source=words, ocr_confidence=ocr)


def _negated(text: str, at: int) -> bool:
    """Whether the clause around a word says it is not sought ("Do not include the content")."""
    starts = [m.end() for m in CLAUSE_END.finditer(text, max(0, at - 200), at)]
    start = starts[-1] if starts else max(0, at - 200)
    return bool(NOT_SOUGHT.search(text, start, at))


# ---- gag order --------------------------------------------------------------------------------

GAG = re.compile(
    r"\b(?:requested|ordered|directed|required|asked)\s+not\s+to\s+(?:disclose|notify|reveal)"
    r"|\b(?:do|shall|must|should)\s+not\s+(?:disclose|notify|reveal)\b"
    r"|\b(?:prohibited|precluded|refrain)\s+from\s+(?:disclosing|notifying|revealing)"
    r"|\bnon-?disclosure\s+order\b|\bgag\s+order\b|\bdelay(?:ed)?\s+notice\b",
    CASELESS,
)
NO_GAG = re.compile(
    r"\b(?:is\s+not|isn't)\s+(?:subject\s+to|accompanied\s+by)\s+(?:a|any)\s+"
    r"(?:non-?disclosure|gag)\s+order\b|\bno\s+(?:non-?disclosure|gag)\s+order\b"
    r"|\bnot\s+(?:prohibited|precluded)\s+from\s+(?:disclosing|notifying)",
    CASELESS,
)
GAG_STATUTE = "18 U.S.C. 2705"


def _gag_order(pages: tuple[Page, ...], citations: list[tuple[Page, Citation]]) -> Hit | None:
    for page, match in _search(pages, GAG):
        if not NO_GAG.search(page.text, max(0, match.start() - 20), match.end() + 40):
            return Hit(True, page, match.start(), match.end(), "high")
    for page, c in citations:
        if c.section == GAG_STATUTE:
            return Hit(True, page, c.start, c.end, "high")
    for page, match in _search(pages, NO_GAG):
        return Hit(False, page, match.start(), match.end(), "high")
    return None


# ---- accounts ----------------------------------------------------------------------------------


def _handles(pages: tuple[Page, ...], recipient: Hit | None) -> Hit | None:
    platform = PLATFORM_OF.get(str(recipient.value)) if recipient is not None else None
    default = str(platform) if platform is not None else None
    mentions = [
        mention
        for page in pages
        for mention in find_accounts(
            page.text, page.number, ocr=page.method == "ocr", default=default
        )
    ]
    accounts = merged(mentions)
    if not accounts:
        return None
    by_number = {page.number: page for page in pages}
    value = tuple(Handle(m.platform, m.handle, m.url) for m in accounts)
    words = " … ".join(" ".join(by_number[m.page].text[m.start : m.end].split()) for m in accounts)
    confidences = [
        c for m in accounts if (c := by_number[m.page].confidence_of(m.start, m.end)) is not None
    ]
    ocr = round(min(confidences), 1) if confidences else None
    unsure = any(m.corrected or m.platform is None for m in accounts)
    first = accounts[0]
    sure: Confidence = "medium" if unsure else "high"
    return Hit(
        value, by_number[first.page], first.start, first.end, sure, source=words, ocr_confidence=ocr
    )


# ---- a notice's own fields -------------------------------------------------------------------

LEGAL_PROCESS = re.compile(
    r"\bsubpoena|\bsummons\b|\blegal\s+process\b|\bcourt\s+order\b|\bwarrant\b"
    r"|\blaw\s+enforcement\b|\bgovernment\s+request|\brequest\s+for\s+(?:your\s+)?(?:account\s+)?"
    r"(?:information|records|data)\b|\bcitaci[oó]n\b|\borden\s+judicial\b",
    CASELESS,
)
NUMBER_WORDS = {
    word: n
    for n, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
} | {
    "thirty": 30,
    "forty-five": 45,
    "sixty": 60,
    "ninety": 90,
    "twenty-one": 21,
    "twenty-eight": 28,
}
WINDOW = re.compile(
    r"\b(?:within|in\s+the\s+next|dentro\s+de(?:\s+los)?)\s+"
    r"(?P<count>\d{1,3}|[a-z]+(?:-[a-z]+)?)(?:\s*\((?P<digits>\d{1,3})\))?\s+"
    r"(?P<kind>calendar\s+|business\s+|working\s+)?(?:days?\b|d[ií]as\b(?P<habiles>\s+h[aá]biles)?)",
    CASELESS,
)
MAX_WINDOW = 365


def _response_window(pages: tuple[Page, ...]) -> Hit | None:
    for page, match in _search(pages, WINDOW):
        count = match.group("digits") or match.group("count")
        days = int(count) if count.isdigit() else NUMBER_WORDS.get(count.lower())
        if days is None or not 0 < days <= MAX_WINDOW:
            continue
        kind = (match.group("kind") or "").strip().lower()
        business = kind in ("business", "working") or match.group("habiles") is not None
        # Business days are not what the window is counted in: a person looks twice.
        sure: Confidence = "medium" if business else "high"
        return Hit(days, page, match.start(), match.end(), sure)
    return None


def _notified(reading: Reading) -> Hit | None:
    """The day the platform told its user: the notice's Date, else the first date it gives."""
    page = reading.pages[0]
    if reading.sent is not None:
        return Hit(
            reading.sent.date(), page, 0, 0, "high", source=f"Date: {reading.header('Date')}"
        )
    for found in find_dates(page.text):
        return Hit(found.date, page, found.start, found.end, "medium")
    return None
