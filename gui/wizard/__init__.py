"""The first-run wizard: create a vault (where, for which office, by whom, under which
passphrase), or restore one from a backup (which file, its passphrase, where, whose key, under
which new passphrase), show its recovery key once, or open an existing vault or the demo vault.

`first_run` holds the wizard with its first page and the page that opens an existing vault;
`new_vault`, `backup_source`, `restore`, `recovery` and `demo` hold the other pages, `common`
what they share. What callers use is named here."""

from gui.wizard.common import Page as Page
from gui.wizard.demo import DEMO_FOLDER_NAME as DEMO_FOLDER_NAME
from gui.wizard.demo import DEMO_PASSPHRASE as DEMO_PASSPHRASE
from gui.wizard.first_run import ChoicePage as ChoicePage
from gui.wizard.first_run import FirstRunWizard as FirstRunWizard
from gui.wizard.new_vault import measure as measure
from gui.wizard.recovery import SHEET_NAME as SHEET_NAME
