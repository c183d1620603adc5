"""A platform reads as its brand wherever a report names one: "@LBProtest on Instagram", never
the stored value "instagram", in English and in Spanish (read back from the real PDF)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from reports.matter_summary import MatterSummaryOptions, write_matter_summary
from services import records
from storage.uow import UnitOfWork
from tests.support.pdf_text import all_text

BRANDS = {"instagram": "Instagram", "tiktok": "TikTok", "youtube": "YouTube", "x": "X"}


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_matter_summary_names_platforms_as_brands(
    uow: UnitOfWork, tmp_path: Path, language: str
) -> None:
    matter = records.create(uow, "matters", {"title": "Doe v. DHS", "status": "open"}).id
    client = records.create(uow, "clients", {"pseudonym": "Long Beach organizer"}).id
    records.add_client_to_matter(uow, matter, client)
    for platform in BRANDS:
        account = records.create(
            uow, "accounts", {"platform": platform, "handle": f"@LBProtest_{platform}"}
        ).id
        records.link_account_to_client(uow, account, client)
    uow.commit()
    out = tmp_path / f"summary-{language}.pdf"
    write_matter_summary(
        uow, MatterSummaryOptions(matter, dt.date(2026, 3, 18)), out, language=language
    )
    text = all_text(out)
    for stored, brand in BRANDS.items():
        assert re.search(rf"(?<![\w_]){brand}(?!\w)", text), brand
        if stored != brand:
            assert not re.search(rf"(?<![\w_]){stored}(?!\w)", text), stored
