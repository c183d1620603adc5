"""Titles have a sane limit (200 characters), and a long one is elided where it is listed, with
the whole of it in the tooltip; an older file with a longer title is refused in one line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gui.context import AppContext
from gui.errors import plain_error
from gui.pages.dashboard import DashboardPage
from models.errors import ValidationError
from services import interchange, records

TITLE = (
    "Doe v. Department of Homeland Security, Immigration and Customs Enforcement: motion to "
    "quash the administrative subpoena to Meta Platforms for the Instagram accounts "
    "@LBProtest, @StopICEnow and every account linked to them by email"
)[:200].strip()


def test_a_5000_character_title_is_refused_with_its_code(app_ctx: AppContext) -> None:
    for kind, values in (
        ("matters", {"title": "x" * 5000, "status": "open"}),
        ("matters", {"title": "x" * 201, "status": "open"}),
    ):
        with pytest.raises(ValidationError) as caught:
            app_ctx.write(lambda uow, k=kind, v=values: records.create(uow, k, v))
        assert caught.value.code == "field.too_long" and caught.value.field == "title"
        assert "200" in plain_error(caught.value)
    app_ctx.write(lambda uow: records.create(uow, "matters", {"title": TITLE, "status": "open"}))


def test_an_older_file_with_a_longer_title_is_refused_in_one_line(app_ctx: AppContext) -> None:
    app_ctx.write(lambda uow: records.create(uow, "matters", {"title": "Doe", "status": "open"}))
    doc = app_ctx.read(interchange.export_document)
    doc["matters"][0]["title"] = "x" * 5000
    with pytest.raises(ValidationError) as caught:
        app_ctx.write(lambda uow: interchange.import_document(uow, doc))
    message = str(caught.value)
    assert caught.value.code == "import.record_invalid"
    assert "\n" not in message and "longer than 200 characters (5000)" in message
    assert len(message) < 200  # the title itself is not echoed back


def test_a_long_title_on_the_dashboard_is_elided_on_a_row_that_shows(
    qtbot: QtBot, app_ctx: AppContext
) -> None:
    for title in ("Alpha v. DHS", TITLE, "Gamma v. CBP", "Delta v. ICE"):
        app_ctx.write(
            lambda uow, t=title: records.create(uow, "matters", {"title": t, "status": "open"})
        )
    page = DashboardPage(app_ctx)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    listing = page.untickled
    assert listing.count() == 4 and not listing.horizontalScrollBar().isVisible()
    viewport = listing.viewport().rect()
    heights = set()
    for row in range(listing.count()):
        rect = listing.visualItemRect(listing.item(row))
        assert viewport.contains(rect), (row, rect, viewport)  # no row hides past the edge
        heights.add(rect.height())
    assert len(heights) == 1  # one line each
    long_item = next(listing.item(r) for r in range(4) if listing.item(r).text() == TITLE)
    assert long_item.toolTip() == TITLE  # the whole title where it is cut
    rect = listing.visualItemRect(long_item)
    assert listing.fontMetrics().horizontalAdvance(TITLE) > rect.width()  # so it is elided
    assert listing.indexAt(QPoint(rect.center())).row() == listing.row(long_item)
    QApplication.processEvents()
