"""Demo case files: the public unmasking cases Quash is built around, and a large synthetic load.

The public facts (agencies, platforms, statutes, courts, dates reported in the press) are real;
every client, legal name and contact detail is fictional.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy import func, insert, select

from models.entities import (
    Account,
    Client,
    Deadline,
    DocketEvent,
    Matter,
    Subpoena,
    client_accounts,
    matter_clients,
    subpoena_accounts,
)
from services import audit
from services.interchange import import_document
from storage.uow import UnitOfWork

ILLUSTRATIVE = (
    "Demo data. Agencies, platforms, statutes, courts and the dates named in press "
    "reports are public; clients, identities and other dates are fictional."
)


def public_cases(today: dt.date) -> dict[str, Any]:
    """The sample vault as an interchange document (so it is validated like any import)."""
    soon = [(today + dt.timedelta(days=d)).isoformat() for d in (-2, 0, 3, 9, 21)]
    return {
        "format": "quash-interchange",
        "version": 1,
        "clients": [
            {
                "id": "c-alt",
                "pseudonym": "ALT_USCIS admin",
                "legal_name": "Dana Whitlock (fictional)",
                "contact": "Signal via counsel only (fictional)",
                "language": "en",
                "intake_date": "2017-04-03",
                "notes": ILLUSTRATIVE,
            },
            {
                "id": "c-lb",
                "pseudonym": "LB Protest organizer",
                "legal_name": "Marisol Ortega (fictional)",
                "contact": "marisol.example@proton.example (fictional)",
                "language": "es",
                "intake_date": "2025-09-12",
                "notes": ILLUSTRATIVE,
            },
            {
                "id": "c-stop",
                "pseudonym": "Stop ICE page admin",
                "legal_name": "Kai Andersen (fictional)",
                "contact": "via LB Protest organizer (fictional)",
                "language": "en",
                "intake_date": "2025-09-13",
            },
            {
                "id": "c-pa",
                "pseudonym": "John Doe (Pennsylvania)",
                "legal_name": "Ruth Kowalczyk (fictional)",
                "contact": "P.O. Box 0000, Philadelphia PA (fictional)",
                "language": "en",
                "intake_date": "2025-12-19",
                "notes": ILLUSTRATIVE,
            },
            {
                "id": "c-nw",
                "pseudonym": "Northside Watch admin",
                "legal_name": "Tomás Herrera (fictional)",
                "contact": "555-0142 (fictional)",
                "language": "es",
                "intake_date": soon[0],
                "notes": "Practice matter with deadlines near today.",
            },
        ],
        "accounts": [
            {
                "id": "a-alt",
                "platform": "x",
                "handle": "@ALT_USCIS",
                "url": "https://x.com/ALT_USCIS",
                "description": '"Alt" account critical of immigration policy, run anonymously.',
                "client_ids": ["c-alt"],
            },
            {
                "id": "a-lb",
                "platform": "instagram",
                "handle": "@LBProtest",
                "description": "Long Beach protest and ICE-activity alerts.",
                "client_ids": ["c-lb"],
            },
            {
                "id": "a-stop",
                "platform": "instagram",
                "handle": "Stop ICE",
                "description": "Community page sharing ICE sightings.",
                "client_ids": ["c-stop"],
            },
            {
                "id": "a-pa",
                "platform": "instagram",
                "handle": "@pa_ice_watch_demo",
                "description": "Pennsylvania ICE-watch account (handle fictional).",
                "client_ids": ["c-pa"],
            },
            {
                "id": "a-nw",
                "platform": "facebook",
                "handle": "Northside Rapid Response (demo)",
                "client_ids": ["c-nw"],
            },
        ],
        "matters": [
            {
                "id": "m-alt",
                "title": "Twitter v. DHS: CBP summons for @ALT_USCIS",
                "status": "withdrawn",
                "court": "N.D. Cal.",
                "case_number": "3:17-cv-01916",
                "attorney": "A. Rivera",
                "paralegal": "S. Chen",
                "client_ids": ["c-alt"],
                "opened": "2017-04-03",
                "closed": "2017-04-07",
                "notes": ILLUSTRATIVE,
            },
            {
                "id": "m-lb",
                "title": "DHS administrative subpoenas to Meta: Instagram community accounts",
                "status": "motion_filed",
                "court": "N.D. Cal.",
                "judge": "Magistrate Judge Hixson",
                "attorney": "A. Rivera",
                "paralegal": "S. Chen",
                "client_ids": ["c-lb", "c-stop"],
                "opened": "2025-09-12",
                "notes": ILLUSTRATIVE,
            },
            {
                "id": "m-pa",
                "title": "John Doe: customs summonses to Meta for Pennsylvania ICE-watch accounts",
                "status": "withdrawn",
                "attorney": "J. Okafor",
                "paralegal": "S. Chen",
                "client_ids": ["c-pa"],
                "opened": "2025-12-19",
                "closed": "2026-01-16",
                "notes": ILLUSTRATIVE,
            },
            {
                "id": "m-nw",
                "title": "Practice: DHS summons to Meta for Northside Rapid Response",
                "status": "open",
                "attorney": "J. Okafor",
                "paralegal": "S. Chen",
                "client_ids": ["c-nw"],
                "opened": soon[0],
                "notes": "Fictional matter so the dashboard has work due near today.",
            },
            {
                "id": "m-intake",
                "title": "Intake: possible X subpoena for a campus walkout account",
                "status": "intake",
                "attorney": "A. Rivera",
                "opened": soon[0],
            },
        ],
        "subpoenas": [
            {
                "id": "s-alt",
                "matter_id": "m-alt",
                "kind": "customs_summons",
                "issuer": "U.S. Customs and Border Protection",
                "recipient": "Twitter",
                "authority": "19 U.S.C. 1509",
                "stated_purpose": "Records of the account's subscriber",
                "issued": "2017-03-14",
                "served": "2017-03-14",
                "requested": ["name", "email", "phone", "address", "ip_logs", "login_times"],
                "account_ids": ["a-alt"],
                "gag_order": False,
                "status": "withdrawn",
            },
            {
                "id": "s-lb",
                "matter_id": "m-lb",
                "kind": "administrative_subpoena",
                "issuer": "U.S. Department of Homeland Security",
                "recipient": "Meta",
                "stated_purpose": "Officer Safety / Doxing",
                "issued": "2025-09-03",
                "user_notified": "2025-09-10",
                "response_window_days": 10,
                "requested": ["name", "email", "phone"],
                "account_ids": ["a-lb", "a-stop"],
                "gag_order": False,
                "status": "challenged",
            },
            {
                "id": "s-pa",
                "matter_id": "m-pa",
                "kind": "customs_summons",
                "issuer": "U.S. Department of Homeland Security",
                "recipient": "Meta",
                "authority": "19 U.S.C. 1509",
                "requested": ["zip_country", "email", "phone", "ip_signup", "ip_logs"],
                "account_ids": ["a-pa"],
                "gag_order": False,
                "status": "withdrawn",
            },
            {
                "id": "s-nw",
                "matter_id": "m-nw",
                "kind": "administrative_subpoena",
                "issuer": "U.S. Immigration and Customs Enforcement",
                "recipient": "Meta",
                "stated_purpose": "Officer Safety",
                "issued": soon[0],
                "user_notified": soon[0],
                "response_window_days": 14,
                "requested": ["name", "email", "phone", "ip_logs"],
                "account_ids": ["a-nw"],
                "gag_order": False,
                "status": "received",
            },
        ],
        "deadlines": [
            {
                "id": "d-lb-1",
                "matter_id": "m-lb",
                "subpoena_id": "s-lb",
                "title": "Motion to quash before Meta's response window closes",
                "due": "2025-09-22",
                "trigger_date": "2025-09-10",
                "status": "done",
                "responsible": "A. Rivera",
            },
            {
                "id": "d-pa-1",
                "matter_id": "m-pa",
                "subpoena_id": "s-pa",
                "title": "File motion to quash",
                "due": "2026-01-20",
                "status": "vacated",
                "responsible": "J. Okafor",
                "notes": "Vacated: DHS withdrew the summonses on 16 Jan 2026.",
            },
            {
                "id": "d-nw-1",
                "matter_id": "m-nw",
                "subpoena_id": "s-nw",
                "title": "Call client to confirm the account details",
                "due": soon[0],
                "status": "open",
                "responsible": "S. Chen",
            },
            {
                "id": "d-nw-2",
                "matter_id": "m-nw",
                "subpoena_id": "s-nw",
                "title": "Ask Meta to hold production pending a motion",
                "due": soon[1],
                "status": "open",
                "responsible": "J. Okafor",
            },
            {
                "id": "d-nw-3",
                "matter_id": "m-nw",
                "subpoena_id": "s-nw",
                "title": "Draft motion to quash",
                "due": soon[2],
                "status": "open",
                "responsible": "J. Okafor",
            },
            {
                "id": "d-nw-4",
                "matter_id": "m-nw",
                "subpoena_id": "s-nw",
                "title": "File motion to quash (notice's response window)",
                "due": soon[3],
                "trigger_date": soon[0],
                "status": "open",
                "responsible": "J. Okafor",
            },
            {
                "id": "d-nw-5",
                "matter_id": "m-nw",
                "title": "Status check with co-counsel",
                "due": soon[4],
                "status": "open",
                "responsible": "A. Rivera",
            },
        ],
        "events": [
            {
                "id": "e-alt-1",
                "matter_id": "m-alt",
                "date": "2017-04-06",
                "kind": "filing",
                "summary": "Twitter sues in N.D. Cal. (3:17-cv-01916) to block the CBP summons.",
            },
            {
                "id": "e-alt-2",
                "matter_id": "m-alt",
                "date": "2017-04-07",
                "kind": "withdrawal",
                "summary": "CBP withdraws the summons; Twitter dismisses the suit.",
            },
            {
                "id": "e-lb-1",
                "matter_id": "m-lb",
                "date": "2025-09-03",
                "kind": "notice",
                "summary": "DHS subpoenas Meta for names, emails and phone numbers of the admins.",
            },
            {
                "id": "e-lb-2",
                "matter_id": "m-lb",
                "date": "2025-09-22",
                "kind": "filing",
                "summary": "Motion to quash filed with the Civil Liberties Defense Center.",
            },
            {
                "id": "e-lb-3",
                "matter_id": "m-lb",
                "date": "2025-09-25",
                "kind": "order",
                "summary": "Magistrate Judge Hixson orders Meta not to produce pending a ruling.",
            },
            {
                "id": "e-pa-1",
                "matter_id": "m-pa",
                "date": "2026-01-16",
                "kind": "withdrawal",
                "summary": "DHS withdraws its customs-statute subpoenas after the motion to quash.",
            },
            {
                "id": "e-nw-1",
                "matter_id": "m-nw",
                "date": soon[0],
                "kind": "notice",
                "summary": "Meta's notice to the user: 14 days to respond before production.",
            },
        ],
    }


def fill_public_cases(uow: UnitOfWork, today: dt.date | None = None) -> dict[str, int]:
    return import_document(uow, public_cases(today or dt.date.today()))


PLATFORMS = ["instagram", "facebook", "x", "tiktok", "youtube", "reddit", "telegram", "other"]
AGENCIES = [
    "U.S. Department of Homeland Security",
    "U.S. Immigration and Customs Enforcement",
    "U.S. Customs and Border Protection",
    "Homeland Security Investigations",
]
RECIPIENTS = ["Meta", "X Corp.", "Google", "TikTok", "Reddit", "Telegram"]
KINDS = ["administrative_subpoena", "customs_summons", "grand_jury_subpoena", "court_order"]
SUBPOENA_STATUSES = ["received", "challenged", "withdrawn", "quashed", "modified", "complied"]
MATTER_STATUSES = ["intake", "open", "motion_filed", "stayed", "withdrawn", "quashed", "closed"]
STAFF = ["A. Rivera", "J. Okafor", "S. Chen", "M. Duarte", "P. Nguyen"]
DEMANDS = ["name", "email", "phone", "ip_signup", "ip_logs", "login_times", "zip_country"]
DEADLINE_TITLES = [
    "Motion to quash",
    "Opposition due",
    "Reply due",
    "Hearing",
    "Notify client",
    "Objections to subpoena",
    "Meet and confer",
    "Status report",
]


def fill_synthetic(
    uow: UnitOfWork, matters: int, seed: int = 7, today: dt.date | None = None
) -> dict[str, int]:
    """A large fictional case load for benchmarks: `matters` matters with proportionate
    clients, accounts, subpoenas, about ten deadlines per matter and five docket events."""
    rng = random.Random(seed)
    today = today or dt.date.today()
    n_clients = max(1, matters // 5)
    n_accounts = max(1, matters * 3 // 10)
    n_subpoenas = matters * 2
    session = uow.session
    batch = 5000

    def day(spread: int) -> dt.date:
        return today + dt.timedelta(days=rng.randint(-spread, spread))

    def put(table: Any, rows: list[dict[str, Any]]) -> None:
        for start in range(0, len(rows), batch):
            session.execute(insert(table), rows[start : start + batch])

    def next_id(entity: Any) -> int:
        return int(session.scalar(select(func.max(entity.id))) or 0) + 1

    first_client, first_account = next_id(Client), next_id(Account)
    first_matter, first_subpoena = next_id(Matter), next_id(Subpoena)

    put(
        Client,
        [
            {
                "id": first_client + i,
                "pseudonym": f"Client {first_client + i:05d}",
                "legal_name": f"Synthetic Person {i}",
                "language": rng.choice(["en", "es"]),
                "intake_date": day(700),
            }
            for i in range(n_clients)
        ],
    )
    put(
        Account,
        [
            {
                "id": first_account + i,
                "platform": rng.choice(PLATFORMS),
                "handle": f"@watch_{first_account + i:05d}",
            }
            for i in range(n_accounts)
        ],
    )
    put(
        client_accounts,
        [
            {"client_id": first_client + i % n_clients, "account_id": first_account + i}
            for i in range(n_accounts)
        ],
    )
    put(
        Matter,
        [
            {
                "id": first_matter + i,
                "title": f"Matter {first_matter + i:05d}: "
                f"{rng.choice(AGENCIES)} v. {rng.choice(RECIPIENTS)} user",
                "status": rng.choice(MATTER_STATUSES),
                "court": "N.D. Cal.",
                "case_number": f"3:{today.year % 100}-cv-{first_matter + i:05d}",
                "attorney": rng.choice(STAFF[:2]),
                "paralegal": rng.choice(STAFF[2:]),
                "opened": day(700),
            }
            for i in range(matters)
        ],
    )
    put(
        matter_clients,
        [
            {"matter_id": first_matter + i, "client_id": first_client + i % n_clients}
            for i in range(matters)
        ],
    )
    subpoena_rows = []
    for i in range(n_subpoenas):
        issued = day(700)
        subpoena_rows.append(
            {
                "id": first_subpoena + i,
                "matter_id": first_matter + i % matters,
                "kind": rng.choice(KINDS),
                "issuer": rng.choice(AGENCIES),
                "recipient": rng.choice(RECIPIENTS),
                "issued": issued,
                "served": issued,
                "compliance_date": issued + dt.timedelta(days=rng.randint(10, 30)),
                "requested": ",".join(rng.sample(DEMANDS, 3)),
                "gag_order": rng.random() < 0.2,
                "status": rng.choice(SUBPOENA_STATUSES),
            }
        )
    put(Subpoena, subpoena_rows)
    put(
        subpoena_accounts,
        [
            {"subpoena_id": first_subpoena + i, "account_id": first_account + i % n_accounts}
            for i in range(n_subpoenas)
        ],
    )
    put(
        Deadline,
        [
            {
                "matter_id": first_matter + i % matters,
                "title": rng.choice(DEADLINE_TITLES),
                "due": day(365),
                "responsible": rng.choice(STAFF),
                "status": rng.choice(["open", "open", "open", "done", "vacated"]),
            }
            for i in range(matters * 10)
        ],
    )
    put(
        DocketEvent,
        [
            {
                "matter_id": first_matter + i % matters,
                "date": day(700),
                "kind": rng.choice(["filing", "order", "notice", "correspondence"]),
                "summary": "Synthetic docket entry",
            }
            for i in range(matters * 5)
        ],
    )
    counts = {
        "clients": n_clients,
        "accounts": n_accounts,
        "matters": matters,
        "subpoenas": n_subpoenas,
        "deadlines": matters * 10,
        "events": matters * 5,
    }
    audit.record(uow, "import", "vault", None, {"synthetic": True, "counts": counts})
    return counts
