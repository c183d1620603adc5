<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Amounts</name>
        <message numerus="yes">
            <location filename="../gui/amounts.py" line="+24" />
            <source>%n client(s)</source>
            <translation>
                <numerusform>%n client</numerusform>
                <numerusform>%n clients</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n account(s)</source>
            <translation>
                <numerusform>%n account</numerusform>
                <numerusform>%n accounts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n matter(s)</source>
            <translation>
                <numerusform>%n matter</numerusform>
                <numerusform>%n matters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n subpoena(s)</source>
            <translation>
                <numerusform>%n subpoena</numerusform>
                <numerusform>%n subpoenas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n deadline(s)</source>
            <translation>
                <numerusform>%n deadline</numerusform>
                <numerusform>%n deadlines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n docket event(s)</source>
            <translation>
                <numerusform>%n docket event</numerusform>
                <numerusform>%n docket events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n staff member(s)</source>
            <translation>
                <numerusform>%n staff member</numerusform>
                <numerusform>%n staff members</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n document(s)</source>
            <translation>
                <numerusform>%n document</numerusform>
                <numerusform>%n documents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n closure day(s)</source>
            <translation>
                <numerusform>%n closure day</numerusform>
                <numerusform>%n closure days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n byte</numerusform>
                <numerusform>%n bytes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n audit log entr(y|ies)</source>
            <translation>
                <numerusform>%n audit log entry</numerusform>
                <numerusform>%n audit log entries</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message numerus="yes">
            <location filename="../gui/pages/audit_page.py" line="+415" />
            <source>%n entr(y|ies)</source>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+63" />
            <source>History NOT intact: %n problem(s) in {0}.</source>
            <translation>
                <numerusform>History NOT intact: %n problem in {0}.</numerusform>
                <numerusform>History NOT intact: %n problems in {0}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BackupFilePage</name>
        <message numerus="yes">
            <location filename="../gui/wizard/backup_source.py" line="+107" />
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BackupPage</name>
        <message numerus="yes">
            <location filename="../gui/pages/backup_page.py" line="+189" />
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+140" />
            <source>Removed %n older backup(s) of this vault.</source>
            <translation>
                <numerusform>Removed %n older backup of this vault.</numerusform>
                <numerusform>Removed %n older backups of this vault.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CalendarPage</name>
        <message numerus="yes">
            <location filename="../gui/pages/calendar_page.py" line="+279" />
            <source>%n open deadline(s):</source>
            <translation>
                <numerusform>%n open deadline:</numerusform>
                <numerusform>%n open deadlines:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+24" />
            <source>in %n day(s)</source>
            <translation>
                <numerusform>in %n day</numerusform>
                <numerusform>in %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message numerus="yes">
            <location filename="../gui/pages/dashboard.py" line="+469" />
            <source>%n open matter(s) without an open deadline (listed below)</source>
            <translation>
                <numerusform>%n open matter without an open deadline (listed below)</numerusform>
                <numerusform>%n open matters without an open deadline (listed below)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DeadlineReminders</name>
        <message numerus="yes">
            <location filename="../gui/reminders.py" line="+205" />
            <source>%n due today</source>
            <translation>
                <numerusform>%n due today</numerusform>
                <numerusform>%n due today</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n overdue</source>
            <translation>
                <numerusform>%n overdue</numerusform>
                <numerusform>%n overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+45" />
            <source>In %n day(s)</source>
            <translation>
                <numerusform>In %n day</numerusform>
                <numerusform>In %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n deadline(s) coming up</source>
            <translation>
                <numerusform>%n deadline coming up</numerusform>
                <numerusform>%n deadlines coming up</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DocketEventDialog</name>
        <message numerus="yes">
            <location filename="../gui/editors/deadline_dialogs.py" line="+757" />
            <source>Docketed “{0}” on {1} with %n deadline(s).</source>
            <translation>
                <numerusform>Docketed “{0}” on {1} with %n deadline.</numerusform>
                <numerusform>Docketed “{0}” on {1} with %n deadlines.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DocumentViewer</name>
        <message numerus="yes">
            <location filename="../gui/viewer/dialog.py" line="+618" />
            <source>{0} of %n (match|matches)</source>
            <translation>
                <numerusform>{0} of %n match</numerusform>
                <numerusform>{0} of %n matches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+87" />
            <source>Sent %n page(s) to the printer.</source>
            <translation>
                <numerusform>Sent %n page to the printer.</numerusform>
                <numerusform>Sent %n pages to the printer.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DueItemsModel</name>
        <message numerus="yes">
            <location filename="../gui/pages/dashboard.py" line="-334" />
            <source>overdue by %n day(s)</source>
            <translation>
                <numerusform>overdue by %n day</numerusform>
                <numerusform>overdue by %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>in %n day(s)</source>
            <translation>
                <numerusform>in %n day</numerusform>
                <numerusform>in %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IntakeDialog</name>
        <message numerus="yes">
            <location filename="../gui/intake_dialog.py" line="+466" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../gui/main_window.py" line="+149" />
            <source>The holiday data changed. Moved: %n open deadline(s), marked on the Deadlines page for you to confirm.</source>
            <translation>
                <numerusform>The holiday data changed. Moved: %n open deadline, marked on the Deadlines page for you to confirm.</numerusform>
                <numerusform>The holiday data changed. Moved: %n open deadlines, marked on the Deadlines page for you to confirm.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+241" />
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OfficeRuleSetsBox</name>
        <message numerus="yes">
            <location filename="../gui/pages/office_rules.py" line="+79" />
            <source>{0} — {1} (%n rule(s))</source>
            <translation>
                <numerusform>{0} — {1} (%n rule)</numerusform>
                <numerusform>{0} — {1} (%n rules)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecordTableModel</name>
        <message numerus="yes">
            <location filename="../gui/table_models.py" line="+370" />
            <source>Overdue: this was due %n day(s) ago, {0}.</source>
            <translation>
                <numerusform>Overdue: this was due %n day ago, {0}.</numerusform>
                <numerusform>Overdue: this was due %n days ago, {0}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <location line="+155" />
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>%n day overdue</numerusform>
                <numerusform>%n days overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="-150" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message numerus="yes">
            <location filename="../gui/pages/reports_page.py" line="+475" />
            <source>%n subpoena(s)</source>
            <translation>
                <numerusform>%n subpoena</numerusform>
                <numerusform>%n subpoenas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n deadline(s)</source>
            <translation>
                <numerusform>%n deadline</numerusform>
                <numerusform>%n deadlines</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RulePeriods</name>
        <message numerus="yes">
            <location filename="../gui/vocabulary.py" line="+340" />
            <source>%n day(s) after</source>
            <translation>
                <numerusform>%n day after</numerusform>
                <numerusform>%n days after</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n day(s) before</source>
            <translation>
                <numerusform>%n day before</numerusform>
                <numerusform>%n days before</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n court day(s) after</source>
            <translation>
                <numerusform>%n court day after</numerusform>
                <numerusform>%n court days after</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n court day(s) before</source>
            <translation>
                <numerusform>%n court day before</numerusform>
                <numerusform>%n court days before</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n hour(s) after</source>
            <translation>
                <numerusform>%n hour after</numerusform>
                <numerusform>%n hours after</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n hour(s) before</source>
            <translation>
                <numerusform>%n hour before</numerusform>
                <numerusform>%n hours before</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message numerus="yes">
            <location filename="../gui/pages/settings_page.py" line="+218" />
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+203" />
            <source>Saved: the vault locks after %n minute(s) without use.</source>
            <translation>
                <numerusform>Saved: the vault locks after %n minute without use.</numerusform>
                <numerusform>Saved: the vault locks after %n minutes without use.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+48" />
            <source>Moved: %n open deadline(s), marked on the Deadlines page for you to confirm.</source>
            <translation>
                <numerusform>Moved: %n open deadline, marked on the Deadlines page for you to confirm.</numerusform>
                <numerusform>Moved: %n open deadlines, marked on the Deadlines page for you to confirm.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message numerus="yes">
            <location filename="../gui/trash_dialog.py" line="+143" />
            <source>The trash holds %n deleted record(s).</source>
            <translation>
                <numerusform>The trash holds %n deleted record.</numerusform>
                <numerusform>The trash holds %n deleted records.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TravelDialog</name>
        <message numerus="yes">
            <location filename="../gui/travel_dialog.py" line="+519" />
            <source>%n report(s) or export(s) (was|were) saved from this vault. Quash does not know where they are now and did not remove them: delete any left on this computer.</source>
            <translation>
                <numerusform>%n report or export was saved from this vault. Quash does not know where they are now and did not remove them: delete any left on this computer.</numerusform>
                <numerusform>%n reports or exports were saved from this vault. Quash does not know where they are now and did not remove them: delete any left on this computer.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message numerus="yes">
            <location filename="../gui/unlock.py" line="+412" />
            <source>You can try again in %n second(s).</source>
            <translation>
                <numerusform>You can try again in %n second.</numerusform>
                <numerusform>You can try again in %n seconds.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_ProblemCount</name>
        <message numerus="yes">
            <location filename="../gui/editors/base.py" line="+75" />
            <source>%n problems to fix; each is shown beside its field.</source>
            <translation>
                <numerusform>%n problems to fix; each is shown beside its field.</numerusform>
                <numerusform>%n problems to fix; each is shown beside its field.</numerusform>
            </translation>
        </message>
    </context>
</TS>
