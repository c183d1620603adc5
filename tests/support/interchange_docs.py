"""Hand-written interchange v1 documents and vault snapshots for the import/export tests.

`full_document()` uses every field of every record kind the interchange format carries, with
real values (no nulls) on at least one record of each kind, plus a minimal record per kind whose
optional fields are empty. Ids are deliberately not Quash's own ("c-ana", not "client-1") so a
test can tell a file id from a vault id. Every record carries a fixed uid, so a vault that holds
the sample refuses the sample again (tests that import it twice drop the uids first).
"""

from __future__ import annotations

import copy
from typing import Any

from sqlalchemy import func, select

from models.entities import Base
from storage.uow import UnitOfWork

LEGAL_NAME = "María José Peña Ibáñez"
CONTACT = "Calle del Año Nuevo 12, 3.º B\n28013 Madrid\nTel. +34 600 000 000"
OTHER_LEGAL_NAME = "Rowan Ó Briain"
OTHER_CONTACT = "rowan.obriain@example.org"

_FULL: dict[str, Any] = {
    "format": "quash-interchange",
    "version": 1,
    "clients": [
        {
            "id": "c-ana",
            "uid": "c3877a1b-0b0d-4654-b66d-0e66bb4904a5",
            "pseudonym": "Cliente Ñandú",
            "legal_name": LEGAL_NAME,
            "contact": CONTACT,
            "language": "español",
            "intake_date": "2025-01-14",
            "notes": "Prefiere comunicación por Signal.\nNo llamar después de las 20:00 — ¿mañana?",
        },
        {
            "id": "c-rowan",
            "uid": "66dd260d-ef38-4486-b4eb-129a07b57222",
            "pseudonym": "Rowan",
            "legal_name": OTHER_LEGAL_NAME,
            "contact": OTHER_CONTACT,
            "language": "en",
            "intake_date": "2024-11-30",
            "notes": "Referred by a digital-rights group.",
        },
        {
            "id": "c-min",
            "uid": "3cff9d0d-0aa9-489c-9e76-aa54089970da",
            "pseudonym": "Mínimo",
            "legal_name": None,
            "contact": None,
            "language": None,
            "intake_date": None,
            "notes": None,
        },
    ],
    "accounts": [
        {
            "id": "a-ig",
            "uid": "915b9c14-c556-4824-a6dc-bd30b1bab7f4",
            "platform": "instagram",
            "handle": "@la_voz_anónima",
            "url": "https://www.instagram.com/la_voz_anonima/",
            "description": "Cuenta satírica sobre el ayuntamiento.\nPublica en español y catalán.",
            "client_ids": ["c-ana"],
        },
        {
            "id": "a-x",
            "uid": "a490c0c5-3b66-4f64-99a2-2e2c16fdbd35",
            "platform": "x",
            "handle": "@AnonCritic",
            "url": "https://x.com/AnonCritic",
            "description": "Shared by two clients.",
            "client_ids": ["c-ana", "c-rowan"],
        },
        {
            "id": "a-min",
            "uid": "83019607-e76c-4bb2-ac08-66c7c543c642",
            "platform": "other",
            "handle": "min",
            "url": None,
            "description": None,
            "client_ids": [],
        },
    ],
    "matters": [
        {
            "id": "m-1",
            "uid": "7c651cd9-3c70-430e-bb52-05cad2fb61eb",
            "title": "In re Citación a Meta Platforms (la_voz_anónima)",
            "status": "motion_filed",
            "court": "N.D. Cal.",
            "case_number": "3:25-mc-80123",
            "judge": "Hon. Elena Núñez",
            "attorney": "Sofía Ramírez",
            "paralegal": "Test Paralegal",
            "client_ids": ["c-ana", "c-rowan"],
            "opened": "2025-01-15",
            "closed": "2025-06-30",
            "notes": "Moción para anular presentada el 3 de febrero.\n\tSegunda línea, tabulada.",
        },
        {
            "id": "m-min",
            "uid": "40de5c00-84aa-42d9-af64-d858d81af2ff",
            "title": "Asunto mínimo",
            "status": "intake",
            "court": None,
            "case_number": None,
            "judge": None,
            "attorney": None,
            "paralegal": None,
            "client_ids": [],
            "opened": None,
            "closed": None,
            "notes": None,
        },
    ],
    "subpoenas": [
        {
            "id": "s-1",
            "uid": "504eb12c-4a40-464f-9325-3d16162e8ea8",
            "matter_id": "m-1",
            "kind": "customs_summons",
            "issuer": "U.S. Customs and Border Protection",
            "recipient": "Meta Platforms, Inc.",
            "issuing_officer": "Agente Pérez",
            "authority": "19 U.S.C. § 1509",
            "stated_purpose": "Identificar al titular de la cuenta «la_voz_anónima».",
            "issued": "2025-01-02",
            "served": "2025-01-06",
            "user_notified": "2025-01-10",
            "response_window_days": 14,
            "compliance_date": "2025-01-24",
            # Not alphabetical: the notice's own order must survive the round trip.
            "requested": ["phone", "name", "ip_logs", "email", "login_times"],
            "account_ids": ["a-ig", "a-x"],
            "gag_order": True,
            "status": "challenged",
            "notes": "La plataforma avisó al usuario.\nPlazo: 14 días.",
        },
        {
            "id": "s-min",
            "uid": "fdb3b451-1350-41aa-894a-192a3fc6da61",
            "matter_id": "m-min",
            "kind": "other",
            "issuer": "Emisor",
            "recipient": "Destinatario",
            "issuing_officer": None,
            "authority": None,
            "stated_purpose": None,
            "issued": None,
            "served": None,
            "user_notified": None,
            "response_window_days": None,
            "compliance_date": None,
            "requested": [],
            "account_ids": [],
            "gag_order": False,
            "status": "received",
            "notes": None,
        },
    ],
    "deadlines": [
        {
            "id": "d-1",
            "uid": "f32730a6-5466-4198-9918-42aa40111536",
            "matter_id": "m-1",
            "subpoena_id": "s-1",
            "title": "Presentar moción para anular",
            "due": "2025-01-23",
            "due_time": "17:00",
            "rule_id": "motion-to-quash-before-compliance",
            "trigger_date": "2025-01-06",
            "citation": "Fed. R. Civ. P. 45(d)(3)",
            "trail": "Notificada el 2025-01-06\n+ 14 días → 2025-01-20\nFestivo → 2025-01-21",
            "responsible": "Sofía Ramírez",
            "status": "open",
            "notes": "Confirmar con la secretaría del tribunal.",
            "event_id": "e-1",
            "parent_id": None,
            "computed_due": "2025-01-21",
            "overridden": True,
            "calendar": "federal",
            "service": "mail",
            "court_id": "ndcal",
            "inputs": '{"service": "mail"}',
            "review": '{"kept": true, "new": "2025-01-22", "old": "2025-01-21", '
            '"reason": "closure-added"}',
        },
        {
            "id": "d-reply",
            "uid": "ae50a7a5-eac3-4c47-9683-f4f5fcdfc565",
            "matter_id": "m-1",
            "subpoena_id": "s-1",
            "title": "Réplica a la oposición",
            "due": "2025-02-04",
            "due_time": "09:30",
            "rule_id": "ndcal-7-3c-reply",
            "trigger_date": "2025-01-28",
            "citation": "N.D. Cal. L.R. 7-3(c)",
            "trail": "Oposición presentada el 2025-01-28\n+ 7 días → 2025-02-04",
            "responsible": "Test Paralegal",
            "status": "vacated",
            "notes": None,
            "event_id": None,
            "parent_id": "d-1",
            "computed_due": "2025-02-04",
            "overridden": False,
            "calendar": "federal",
            "service": "electronic",
            "court_id": None,
            "inputs": None,
            "review": None,
        },
        {
            "id": "d-min",
            "uid": "3374094b-ebc4-4219-8bd4-115964127d93",
            "matter_id": "m-min",
            "subpoena_id": None,
            "title": "Plazo mínimo",
            "due": "2025-03-01",
            "due_time": None,
            "rule_id": None,
            "trigger_date": None,
            "citation": None,
            "trail": None,
            "responsible": None,
            "status": "done",
            "notes": None,
            "event_id": None,
            "parent_id": None,
            "computed_due": None,
            "overridden": False,
            "calendar": None,
            "service": None,
            "court_id": None,
            "inputs": None,
            "review": None,
        },
    ],
    "events": [
        {
            "id": "e-1",
            "uid": "48616346-277b-49f0-9bef-12ad0fa523ae",
            "matter_id": "m-1",
            "date": "2025-02-03",
            "kind": "filing",
            "summary": "Moción para anular presentada; audiencia fijada.\nSe notificó a la parte.",
            "trigger_id": "motion-to-quash-filed",
        },
        {
            "id": "e-2",
            "uid": "cea7da68-4d65-4891-94a0-68b9fbfceba6",
            "matter_id": "m-min",
            "date": "2025-03-02",
            "kind": "correspondence",
            "summary": "Carta enviada.",
            "trigger_id": None,
        },
    ],
}


def full_document() -> dict[str, Any]:
    """A fresh deep copy of the hand-written document; callers may mutate it."""
    return copy.deepcopy(_FULL)


def without_uids(doc: dict[str, Any]) -> dict[str, Any]:
    """`doc` as a file written before records had uids: the vault gives each record a new one."""
    for value in doc.values():
        for record in value if isinstance(value, list) else ():
            record.pop("uid", None)
    return doc


def snapshot(uow: UnitOfWork) -> dict[str, int]:
    """Row counts of every table of the vault (records, link tables, the audit log, settings),
    as `uow` sees them."""
    return {
        table.name: int(uow.session.scalar(select(func.count()).select_from(table)) or 0)
        for table in Base.metadata.sorted_tables
    }
