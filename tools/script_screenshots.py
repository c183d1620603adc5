"""Regenerate docs/screenshots/report-scripts-*.png: the reports printed with names and notes in
every script the office's clients write, rendered with pdftoppm (poppler-utils).

    .venv/bin/python tools/script_screenshots.py [OUT_DIR]

Builds a throwaway vault in a temporary folder, writes the matter summary, deadline report,
register and recovery sheet, and renders each first page at 60 dpi. Nothing here is part of
the app.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from reports.deadline_report import DeadlineReportOptions, write_deadline_report  # noqa: E402
from reports.matter_summary import MatterSummaryOptions, write_matter_summary  # noqa: E402
from reports.recovery_sheet import write_recovery_sheet  # noqa: E402
from reports.register import RegisterOptions, write_register  # noqa: E402
from services import records  # noqa: E402
from services.reporting import DeadlineSelection, Period  # noqa: E402
from storage.keyslots import MINIMUM_ARGON2  # noqa: E402
from storage.uow import UnitOfWork  # noqa: E402
from storage.vault import create_vault  # noqa: E402

TODAY = dt.date(2026, 3, 2)
PERSIAN = "کمک می‌خواهم"
WORDS = {
    "vietnamese": "Nguyễn Thị Hương",
    "haitian creole": "Pòl ak Elèn",
    "cyrillic": "Дмитрий Иванов",
    "arabic": "محمد",
    "hebrew": "שלום",
    "hindi": "नमन",
    "chinese": "提交动议",
    "japanese": "こんにちは",
    "korean": "안녕하세요",
}
NOTE = (
    "ملاحظة: طلب العميل عدم الكشف عن اسمه في أي مستند يُرسل إلى المنصة، وأرسلت المنصة الإشعار "
    "يوم الاثنين (X @StopICEnow) ونحن نرد قبل نهاية المهلة.\n"
    "הלקוח ביקש שלא לחשוף את שמו בשום מסמך שנשלח לפלטפורמה.\n"
    "Cliente pidió no revelar su nombre; llamar a Tomás antes del viernes."
)


def fill(uow: UnitOfWork) -> int:
    matter = records.create(
        uow,
        "matters",
        {
            "title": "Stop ICE Alerts — إنذارات (X @StopICEnow) התראות",
            "status": "open",
            "attorney": "Inés Ibáñez",
            "notes": NOTE,
        },
    ).id
    client = records.create(
        uow,
        "clients",
        {
            "pseudonym": f"{WORDS['vietnamese']} · {WORDS['haitian creole']}",
            "legal_name": "José Ñandú 张伟 محمد علي",
        },
    )
    records.add_client_to_matter(uow, matter, client.id)
    for n, (script, word) in enumerate(WORDS.items()):
        records.create(
            uow,
            "deadlines",
            {
                "matter_id": matter,
                "title": f"{script}: {word} (שלום עולם / {PERSIAN})",
                "due": (TODAY + dt.timedelta(days=n % 5)).isoformat(),
                "status": "open",
                "responsible": WORDS["cyrillic"],
            },
        )
    records.create(
        uow,
        "subpoenas",
        {
            "matter_id": matter,
            "kind": "administrative_subpoena",
            "issuer": f"DHS {WORDS['chinese']} {WORDS['hindi']}",
            "recipient": f"Meta {WORDS['arabic']} {WORDS['hebrew']} {PERSIAN}",
            "authority": f"{WORDS['cyrillic']} {WORDS['japanese']} {WORDS['korean']}",
            "served": "2026-02-20",
            "requested": ["name"],
            "status": "received",
        },
    )
    return matter


def render(pdf: Path, png: Path) -> None:
    stem = png.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, stem],
        check=True,
    )
    print(png)


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "docs" / "screenshots"
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        vault, recovery = create_vault(
            folder / "vault",
            "correct horse battery staple",
            office_name="Eastside Legal Aid — مركز المساعدة القانونية",
            params=MINIMUM_ARGON2,
        )
        with UnitOfWork(vault, "Test Paralegal") as uow:
            matter = fill(uow)
            uow.commit()
            summary = folder / "summary.pdf"
            write_matter_summary(
                uow, MatterSummaryOptions(matter, TODAY, reveal_names=True), summary
            )
            deadlines = folder / "deadlines.pdf"
            write_deadline_report(
                uow, DeadlineReportOptions(DeadlineSelection.next_days(TODAY)), deadlines
            )
            register = folder / "register.pdf"
            write_register(uow, RegisterOptions(Period(dt.date(2026, 1, 1), TODAY)), register)
            uow.commit()
        sheet = folder / "recovery.pdf"
        write_recovery_sheet(
            sheet,
            office_name="Eastside Legal Aid — مركز المساعدة القانونية",
            vault_folder="/home/paralegal/Quash/قضايا 2026",
            vault_id=vault.vault_id,
            recovery_key=recovery,
            created=dt.datetime(2026, 3, 2, 9, 30).astimezone(),
        )
        vault.lock()
        render(summary, out / "report-scripts-summary.png")
        render(deadlines, out / "report-scripts-deadlines.png")
        render(register, out / "report-scripts-register.png")
        render(sheet, out / "report-scripts-recovery.png")


if __name__ == "__main__":
    main()
