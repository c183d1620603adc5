"""The search box as a person uses it: type, see hits labelled by kind, open one, reveal the
rest with the "more" row; accents and case are ignored; sealed names are never found."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gui.context import AppContext
from gui.search import MORE_ROLE, SEARCH_DELAY_MS, SearchBox, SearchHitModel
from services import demo, records, search
from services.search import SearchGroup, SearchHit, SearchResults

# The drop-down is a popup window; the headless platform cannot raise it or grab the keyboard
# for it, and says so. Harmless here, as propagateSizeHints is (see pyproject).
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


def make_box(qtbot: QtBot, ctx: AppContext) -> SearchBox:
    box = SearchBox(ctx)
    qtbot.addWidget(box)
    box.resize(500, 30)
    with qtbot.waitActive(box):
        box.show()
        box.activateWindow()
    box.setFocus()
    return box


def type_and_wait(qtbot: QtBot, box: SearchBox, text: str) -> list[str]:
    """Type as a person would and return the lines the drop-down shows."""
    box.clear()
    with qtbot.waitSignal(box.searched, timeout=3000):
        qtbot.keyClicks(box, text)
    return [box.hits.index(r).data() for r in range(box.hits.rowCount())]


def test_the_hit_list_passes_qts_model_tester(qtmodeltester: object) -> None:
    model = SearchHitModel()
    model.set_hits([SearchHit("matters", 1, "Doe v. DHS", "3:17-cv-01916")])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    hits = tuple(SearchHit("clients", i, f"Client {i}") for i in range(1, 4))
    model.set_results(SearchResults("cl", (SearchGroup("clients", hits[:2], 3),)))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 3 and model.index(2).data(MORE_ROLE) == "clients"
    assert model.reveal("clients", hits[2:]) == 2  # the "more" row gives way to the last hit
    assert [model.index(r).data() for r in range(model.rowCount())] == [
        "Client: Client 1",
        "Client: Client 2",
        "Client: Client 3",
    ]
    model.set_hits([])  # "Nothing found" is one row that cannot be chosen
    assert model.rowCount() == 1
    assert model.flags(model.index(0)) == Qt.ItemFlag.NoItemFlags
    model.set_hits([], searched=False)
    assert model.rowCount() == 0


def test_placeholder_says_what_can_be_searched(qtbot: QtBot, app_ctx: AppContext) -> None:
    box = make_box(qtbot, app_ctx)
    assert box.placeholderText() == "Search matters, clients, handles, case numbers, notes…"
    assert box.accessibleName()


def test_finds_a_matter_by_case_number_and_opens_it_with_enter(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    box = make_box(qtbot, demo_ctx)
    lines = type_and_wait(qtbot, box, "3:17-cv-01916")
    assert lines[0] == "Matter: Twitter v. DHS: CBP summons for @ALT_USCIS (3:17-cv-01916)"
    assert box.popup_visible
    popup = box.results.popup()
    with qtbot.waitSignal(demo_ctx.open_record) as opened:
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert opened.args == ["matters", box.hits.hits[0].record_id]
    assert not box.popup_visible


def test_enter_without_choosing_opens_the_first_hit_once(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    box = make_box(qtbot, demo_ctx)
    opened: list[tuple[str, int]] = []
    demo_ctx.open_record.connect(lambda kind, rid: opened.append((kind, rid)))
    qtbot.keyClicks(box, "@LBProtest")
    qtbot.keyClick(box, Qt.Key.Key_Return)  # before the pause: searches at once
    assert opened == [("accounts", box.hits.hits[0].record_id)]


def test_clicking_a_hit_opens_it(qtbot: QtBot, demo_ctx: AppContext) -> None:
    box = make_box(qtbot, demo_ctx)
    type_and_wait(qtbot, box, "Customs")
    popup = box.results.popup()
    qtbot.waitUntil(popup.isVisible)
    subpoena_row = next(
        r
        for r in range(popup.model().rowCount())
        if popup.model().index(r, 0).data().startswith("Subpoena:")
    )
    rect = popup.visualRect(popup.model().index(subpoena_row, 0))
    with qtbot.waitSignal(demo_ctx.open_record) as opened:
        qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args[0] == "subpoenas"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("LB Protest", "Client: LB Protest organizer"),
        ("ALT_USCIS admin", "Client: ALT_USCIS admin"),
        ("@LBProtest", "Account: @LBProtest on Instagram"),
        ("Customs", "Subpoena: U.S. Customs and Border Protection → Twitter, issued 2017-03-14"),
        (
            "hixson",
            "Docket event: 2025-09-25: Magistrate Judge Hixson orders Meta not to produce pending "
            "a ruling.",
        ),
    ],
)
def test_finds_clients_accounts_and_subpoenas(
    qtbot: QtBot, demo_ctx: AppContext, typed: str, expected: str
) -> None:
    box = make_box(qtbot, demo_ctx)
    assert expected in type_and_wait(qtbot, box, typed)


@pytest.mark.parametrize(
    "sealed", ["Whitlock", "Dana Whitlock", "Ortega", "Kowalczyk", "Kai Andersen", "Signal via"]
)
def test_sealed_names_and_contacts_are_never_found(
    qtbot: QtBot, demo_ctx: AppContext, sealed: str
) -> None:
    box = make_box(qtbot, demo_ctx)
    assert type_and_wait(qtbot, box, sealed) == ["Nothing found"]
    assert box.hits.hits == []


def test_one_letter_does_not_search(qtbot: QtBot, demo_ctx: AppContext) -> None:
    box = make_box(qtbot, demo_ctx)
    assert type_and_wait(qtbot, box, "Me")  # Meta, Metadata…
    qtbot.keyClick(box, Qt.Key.Key_Backspace)
    assert box.text() == "M"
    assert box.hits.rowCount() == 0 and not box.popup_visible
    with qtbot.assertNotEmitted(box.searched, wait=2 * SEARCH_DELAY_MS):
        pass  # and no search follows once typing pauses


def test_accents_and_case_are_ignored_as_a_person_types(qtbot: QtBot, app_ctx: AppContext) -> None:
    app_ctx.write(
        lambda uow: records.create(
            uow, "clients", {"pseudonym": "Colectivo Águila", "legal_name": "Sealed Brightwater"}
        )
    )
    box = make_box(qtbot, app_ctx)
    for typed in ("aguila", "AGUI", "Águila"):
        assert type_and_wait(qtbot, box, typed) == ["Client: Colectivo Águila"], typed
    assert type_and_wait(qtbot, box, "brightwater") == ["Nothing found"]
    assert type_and_wait(qtbot, box, '"*AND') == ["Nothing found"]  # FTS syntax: no error


def test_the_more_row_reveals_the_rest_a_page_at_a_time(qtbot: QtBot, app_ctx: AppContext) -> None:
    app_ctx.write(lambda uow: demo.fill_synthetic(uow, 40))
    box = make_box(qtbot, app_ctx)
    lines = type_and_wait(qtbot, box, "Matter 0")
    assert all(line.startswith("Matter: Matter 0") for line in lines[: search.PER_KIND])
    assert lines[search.PER_KIND] == f"Matters: {40 - search.PER_KIND} more…"
    popup = box.results.popup()
    qtbot.waitUntil(popup.isVisible)

    more = popup.model().index(search.PER_KIND, 0)  # the completer's view of the hits
    rect = popup.visualRect(more)
    with qtbot.waitSignal(box.revealed) as revealed:
        qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert revealed.args == ["matters", search.PAGE]
    assert box.popup_visible  # the list stays open, at the first hit it revealed
    assert popup.currentIndex().row() == search.PER_KIND
    lines = [box.hits.index(r).data() for r in range(box.hits.rowCount())]
    shown = search.PER_KIND + search.PAGE
    assert lines[shown] == f"Matters: {40 - shown} more…"

    popup.setCurrentIndex(popup.model().index(shown, 0))  # the keyboard: Enter on the "more" row
    with qtbot.waitSignal(box.revealed):
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    lines = [box.hits.index(r).data() for r in range(box.hits.rowCount())]
    matters = [line for line in lines if line.startswith("Matter: ")]
    assert len(matters) == len(set(matters)) == 40  # all of them, each once, no "more" left
    assert not any("more" in line for line in lines)


def test_a_kind_whose_hits_were_not_all_counted_says_at_least_how_many_more() -> None:
    model = SearchHitModel()
    hits = [SearchHit("matters", i, f"Matter {i}") for i in range(1, 60)]
    # Search counted 30 and stopped: there are more than 30.
    model.set_results(SearchResults("ma", (SearchGroup("matters", tuple(hits[:2]), 30, False),)))
    lines = [model.index(r).data() for r in range(model.rowCount())]
    assert lines[-1] == "Matters: 28+ more…"
    model.reveal("matters", tuple(hits[2 : 2 + search.PAGE]))
    assert model.index(model.rowCount() - 1).data() == f"Matters: {28 - search.PAGE}+ more…"
    # A full page beyond what was counted: more may follow, so the row stays.
    model.reveal("matters", tuple(hits[2 + search.PAGE : 2 + 2 * search.PAGE]))
    assert model.index(model.rowCount() - 1).data() == "Matters: 1+ more…"
    model.reveal("matters", tuple(hits[2 + 2 * search.PAGE :]))  # a short page: the last
    assert model.more_row("matters") == -1
    assert len(model.hits) == len(hits)


def test_locking_clears_what_was_typed_and_found(qtbot: QtBot, demo_ctx: AppContext) -> None:
    box = make_box(qtbot, demo_ctx)
    type_and_wait(qtbot, box, "Meta")
    demo_ctx.lock()
    assert box.text() == "" and box.hits.rowCount() == 0 and not box.popup_visible
