"""One run of the storage workload, on a SQLCipher vault or on plain SQLite with the same
schema and settings; prints the seconds it took. Run in its own process by bench.py."""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sqlalchemy import create_engine, event, insert, select, update  # noqa: E402
from sqlalchemy.pool import QueuePool  # noqa: E402

from models.entities import Deadline, Matter  # noqa: E402
from models.enums import DeadlineStatus  # noqa: E402
from storage.keyslots import MINIMUM_ARGON2  # noqa: E402
from storage.vault import (  # noqa: E402
    _apply_connection_settings,
    create_vault,
    upgrade_schema,
)

ROWS = 20_000  # deadlines inserted; bench.py passes fewer for its toy-size smoke run


def plain_engine(folder: Path):  # type: ignore[no-untyped-def]
    # The vault's pool too (storage.vault._make_engine): one idle connection kept.
    engine = create_engine(
        f"sqlite:///{folder / 'plain.db'}", poolclass=QueuePool, pool_size=1, max_overflow=-1
    )

    @event.listens_for(engine, "connect")
    def _settings(dbapi_conn, _record):  # type: ignore[no-untyped-def]
        _apply_connection_settings(dbapi_conn)

    # The vault's schema as its migrations make it, search index triggers included.
    with engine.begin() as conn:
        upgrade_schema(conn)
    return engine


def workload(engine, rows: int = ROWS) -> float:  # type: ignore[no-untyped-def]
    rng = random.Random(3)
    today = dt.date.today()
    started = time.perf_counter()
    with engine.begin() as conn:
        conn.execute(
            insert(Matter), [{"id": i, "title": f"M{i}", "status": "open"} for i in range(1, 1001)]
        )
    for _batch in range(0, rows, 1000):  # many small commits, as a paralegal's day makes
        with engine.begin() as conn:
            conn.execute(
                insert(Deadline),
                [
                    {
                        "matter_id": rng.randint(1, 1000),
                        "title": "Reply",
                        "status": "open",
                        "due": today + dt.timedelta(days=rng.randint(-100, 300)),
                    }
                    for _ in range(1000)
                ],
            )
    for _ in range(50):
        with engine.connect() as conn:
            conn.execute(
                select(Deadline)
                .where(
                    Deadline.status == DeadlineStatus.OPEN,
                    Deadline.due <= today + dt.timedelta(days=30),
                )
                .order_by(Deadline.due)
            ).all()
    for matter in range(1, 201):
        with engine.begin() as conn:
            conn.execute(update(Deadline).where(Deadline.matter_id == matter).values(status="done"))
    return time.perf_counter() - started


def main() -> None:
    mode, cache = sys.argv[1], Path(sys.argv[2])
    rows = int(sys.argv[3]) if len(sys.argv) > 3 else ROWS
    folder = Path(tempfile.mkdtemp(dir=cache))
    try:
        if mode == "plain":
            engine = plain_engine(folder)
        else:
            vault, _ = create_vault(
                folder / "v", "benchmark vault passphrase", params=MINIMUM_ARGON2
            )
            engine = vault.engine
        print(workload(engine, rows))
        engine.dispose()
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
