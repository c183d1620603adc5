"""An office's own rule set from Settings: imported from a file, refused with the line that is
wrong, offered in the docketing dialog, exported back, and removed."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from gui.context import AppContext
from gui.editors.deadline_dialogs import AddFromRuleDialog
from gui.pages.office_rules import OfficeRuleSetsBox
from services import records
from tests.gui.test_trash import _answer_next_question, _click_yes, _press_enter

RULE_SET = """[ruleset]
id = "judge-hixson"
title = "Judge Hixson's standing order"

[[rules]]
id = "hixson-joint-letter"
title = "Joint discovery letter due"
citation = "Hixson Standing Order 4"
trigger = "the meet-and-confer"
period = 5
unit = "days"
direction = "after"
method = "frcp-6a"
service = false
dependents = []
"""


def test_an_office_rule_set_is_imported_offered_exported_and_removed(
    qtbot: QtBot, app_ctx: AppContext, tmp_path: Path
) -> None:
    box = OfficeRuleSetsBox(app_ctx)
    qtbot.addWidget(box)
    box.show()
    bad = tmp_path / "bad.toml"
    bad.write_text(RULE_SET.replace('unit = "days"', 'unit = "weeks"'), encoding="utf-8")
    box.choose_file_to_import = lambda: str(bad)
    box.import_button.click()
    assert "unit must be one of days, court_days, hours" in box.message.text()
    assert box.list.count() == 0

    good = tmp_path / "hixson.toml"
    good.write_text(RULE_SET, encoding="utf-8")
    box.choose_file_to_import = lambda: str(good)
    box.import_button.click()
    assert box.message.text() == "Added the rule set judge-hixson: hixson-joint-letter."
    assert box.list.item(0).text() == "judge-hixson — Judge Hixson's standing order (1 rule)"

    matter = app_ctx.write(
        lambda uow: records.create(
            uow, "matters", {"title": "M", "status": "open", "court": "N.D. Cal."}
        )
    )
    dialog = AddFromRuleDialog(app_ctx, int(matter.id))
    qtbot.addWidget(dialog)
    offered = [dialog.rule_combo.itemData(i) for i in range(dialog.rule_combo.count())]
    assert "hixson-joint-letter" in offered
    dialog.reject()

    box.list.setCurrentRow(0)
    out = tmp_path / "back.toml"
    box.choose_export_path = lambda _name: str(out)
    box.export_button.click()
    assert out.read_text(encoding="utf-8") == RULE_SET
    seen = _answer_next_question(qtbot, _press_enter)  # Enter answers the safe default: No
    box.remove_button.click()
    assert seen == [
        "Remove the rule set judge-hixson? Its rules are no longer offered; export it first to "
        "keep a copy.",
        "No",
    ]
    assert box.list.count() == 1
    _answer_next_question(qtbot, _click_yes)
    box.remove_button.click()
    assert box.list.count() == 0
    assert box.message.text() == "Removed the rule set judge-hixson."
