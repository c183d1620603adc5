"""What the services' errors say, in the reader's language: one sentence, never a traceback.

A service error carries a `code` and the facts it was made from (models.errors.QuashError); the
sentence for each code is here. Field names, record kinds, dates and choices in those facts are
shown as the forms show them. An error whose code has no sentence here (the command line's
own, an import file's) is shown as the service wrote it, after the field's label.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from gui.amounts import data_size
from gui.i18n import QT_TRANSLATE_NOOP, weekday_date
from models.errors import QuashError, ValidationError

# code -> the sentence. {field} is the label of the field in error; the other placeholders are
# the error's params.
ERROR_TEXTS: dict[str, str] = {
    # services.records: what the forms check
    "field.required": QT_TRANSLATE_NOOP("errors", "{field} is required."),
    "field.too_long": QT_TRANSLATE_NOOP(
        "errors", "{field} is longer than {max} characters ({got})."
    ),
    "field.not_a_real_date": QT_TRANSLATE_NOOP("errors", "{field} is not a real date: {value}."),
    "field.not_a_date": QT_TRANSLATE_NOOP(
        "errors", "{field} must be a date as YYYY-MM-DD, not {value}."
    ),
    "field.not_a_time": QT_TRANSLATE_NOOP(
        "errors", "{field} must be a time as HH:MM, not {value}."
    ),
    "field.before": QT_TRANSLATE_NOOP(
        "errors", "{field} ({date}) is before the date it was {other} ({then})."
    ),
    "field.taken": QT_TRANSLATE_NOOP(
        "errors", "{field} '{value}' is already taken by another {record}."
    ),
    "field.not_text": QT_TRANSLATE_NOOP("errors", "{field} must be text."),
    "field.not_unicode": QT_TRANSLATE_NOOP("errors", "{field} is not valid Unicode text."),
    "field.control_characters": QT_TRANSLATE_NOOP("errors", "{field} contains control characters."),
    "field.unknown_value": QT_TRANSLATE_NOOP(
        "errors", "{field} holds a value Quash does not know for it."
    ),
    "field.line_breaks": QT_TRANSLATE_NOOP(
        "errors", "{field} must be one line, without control characters."
    ),
    "field.date_and_time": QT_TRANSLATE_NOOP(
        "errors", "{field} must be a date, not a date and time."
    ),
    "field.date_out_of_range": QT_TRANSLATE_NOOP(
        "errors", "{field} must fall between {first} and {last}, not {date}."
    ),
    "field.not_a_whole_number": QT_TRANSLATE_NOOP(
        "errors", "{field} must be a whole number, not {value}."
    ),
    "field.out_of_range": QT_TRANSLATE_NOOP(
        "errors", "{field} must be between {low} and {high}, not {value}."
    ),
    "field.not_yes_or_no": QT_TRANSLATE_NOOP("errors", "{field} must be yes or no, not {value}."),
    "field.not_a_choice": QT_TRANSLATE_NOOP(
        "errors", "{field} cannot be '{value}'; choose one of: {allowed}."
    ),
    "field.not_a_list": QT_TRANSLATE_NOOP("errors", "{field} must be a list."),
    "field.listed_twice": QT_TRANSLATE_NOOP("errors", "{field} lists the same thing twice."),
    "field.not_a_record_id": QT_TRANSLATE_NOOP(
        "errors", "{field} must point at a record, not {value}."
    ),
    "field.not_record_ids": QT_TRANSLATE_NOOP("errors", "{field} must be a list of records."),
    "field.unknown": QT_TRANSLATE_NOOP("errors", "{field} is not a field of this kind of record."),
    "field.refers_to_nothing": QT_TRANSLATE_NOOP(
        "errors", "{field} refers to {record} {id}, which does not exist (deleted?)."
    ),
    "field.other_matter": QT_TRANSLATE_NOOP("errors", "{field} belongs to another matter."),
    "field.not_sealed": QT_TRANSLATE_NOOP("errors", "{field} is not a sealed field."),
    "record.unknown_kind": QT_TRANSLATE_NOOP(
        "errors", "There is no kind of record called '{kind}'."
    ),
    "search.unknown_kind": QT_TRANSLATE_NOOP(
        "errors", "Search does not look for records of the kind '{kind}'."
    ),
    "record.not_found": QT_TRANSLATE_NOOP(
        "errors", "There is no {record} with id {id}; was it deleted?"
    ),
    "record.no_status": QT_TRANSLATE_NOOP("errors", "This kind of record ({kind}) has no status."),
    # services.trash: restoring what was deleted
    "trash.not_found": QT_TRANSLATE_NOOP(
        "errors", "That is no longer in the trash; it was restored or the trash was emptied."
    ),
    "trash.id_taken": QT_TRANSLATE_NOOP(
        "errors",
        "The {record} “{label}” cannot be restored: its number ({id}) has since been given to "
        "a new record. Nothing was changed.",
    ),
    "trash.value_taken": QT_TRANSLATE_NOOP(
        "errors",
        "The {record} “{label}” cannot be restored: “{value}” has since been given to another. "
        "Nothing was changed.",
    ),
    "trash.owner_missing": QT_TRANSLATE_NOOP(
        "errors",
        "The {record} “{label}” cannot be restored: what it belongs to was deleted too. Restore "
        "that first. Nothing was changed.",
    ),
    "event.moves_deadlines": QT_TRANSLATE_NOOP(
        "errors",
        "This event triggered deadlines, so its date changes only by moving it: use “Move and "
        "recount deadlines”, and they are recounted.",
    ),
    "deadline.due_set_by_hand_only": QT_TRANSLATE_NOOP(
        "errors",
        "A rule counted this date, so it changes only when it is set by hand with a reason; the "
        "deadlines counted from it are then recounted.",
    ),
    # services.reporting
    "period.ends_before_it_starts": QT_TRANSLATE_NOOP(
        "errors", "The period ends ({end}) before it starts ({start})."
    ),
    "output.empty": QT_TRANSLATE_NOOP(
        "errors", "Nothing matches the chosen options, so no file was written."
    ),
    # services.docketing
    "ruleset.not_found": QT_TRANSLATE_NOOP("errors", "There is no office rule set “{id}”."),
    "ruleset.in_use": QT_TRANSLATE_NOOP(
        "errors",
        "Rule set “{id}” still counts open deadlines (e.g. deadline {deadline}); mark them done "
        "or vacated first.",
    ),
    "rule.other_court": QT_TRANSLATE_NOOP(
        "errors",
        "Rule {rule} belongs to another court's local rules, and this matter is in {court}, "
        "which does not offer it.",
    ),
    "rule.unknown": QT_TRANSLATE_NOOP("errors", "There is no rule “{rule}”."),
    "trigger.unknown": QT_TRANSLATE_NOOP("errors", "There is no docket event “{event}”."),
    "rule.not_in_force": QT_TRANSLATE_NOOP(
        "errors",
        "Rule {rule} is in force from {from}, and Quash does not have the text in force on "
        "{trigger}. Count this deadline by hand from the rule as it then read.",
    ),
    "rule.not_for_this_paper": QT_TRANSLATE_NOOP(
        "errors", "Rule {rule} does not apply to this kind of paper ({kind})."
    ),
    "review.none": QT_TRANSLATE_NOOP(
        "errors", "Deadline {id} has no recounted date waiting to be confirmed."
    ),
    "court.unknown": QT_TRANSLATE_NOOP("errors", "There is no court “{court}”."),
    "calendar.unknown": QT_TRANSLATE_NOOP(
        "errors", "There is no calendar “{name}”; choose one of {choices}."
    ),
    "calendar.year_outside": QT_TRANSLATE_NOOP(
        "errors",
        "Quash's holiday data covers {first} to {last}; {year} is outside it, so no date can be "
        "computed safely. Count this deadline by hand.",
    ),
    "period.not_whole": QT_TRANSLATE_NOOP(
        "errors", "The period must be a whole number, 0 or more."
    ),
    "period.too_long": QT_TRANSLATE_NOOP(
        "errors", "A period of {n} is longer than Quash counts ({limit})."
    ),
    "service.unknown": QT_TRANSLATE_NOOP(
        "errors", "Unknown way of service “{service}”; choose one of {choices}."
    ),
    "hours.no_such_time": QT_TRANSLATE_NOOP(
        "errors",
        "{time} did not happen on {date} in {zone}: the clock went forward an hour. Give the "
        "time as the clock showed it.",
    ),
    "options.time_without_hours": QT_TRANSLATE_NOOP(
        "errors", "A time of day only means something for a period in hours."
    ),
    "options.hours_and_court_days": QT_TRANSLATE_NOOP(
        "errors", "A period is counted in hours or in court days, not both."
    ),
    "options.fixed_period": QT_TRANSLATE_NOOP(
        "errors", "Rule {rule} fixes its own period; it takes no length, direction or hours."
    ),
    "options.needs_days": QT_TRANSLATE_NOOP(
        "errors", "Rule {rule} needs the length of the period."
    ),
    "options.both": QT_TRANSLATE_NOOP("errors", "Give the period in days or in hours, not both."),
    "options.forward_only": QT_TRANSLATE_NOOP(
        "errors", "Rule {rule} counts forward in calendar days only."
    ),
    "options.service_backward": QT_TRANSLATE_NOOP(
        "errors",
        "FRCP 6(d) adds days only to periods counted after service, not to periods counted back "
        "from an event.",
    ),
    "options.compliance_unused": QT_TRANSLATE_NOOP(
        "errors", "Rule {rule} does not use a compliance date."
    ),
    "options.needs_compliance": QT_TRANSLATE_NOOP(
        "errors", "Rule {rule} needs the subpoena's compliance date."
    ),
    "options.compliance_before_trigger": QT_TRANSLATE_NOOP(
        "errors",
        "The compliance date {compliance} is before {trigger}, the date counted from: check both "
        "dates.",
    ),
    "closure.already_recorded": QT_TRANSLATE_NOOP(
        "errors", "{day} is already recorded as a closure day."
    ),
    "closure.not_recorded": QT_TRANSLATE_NOOP("errors", "{day} is not a recorded closure day."),
    "subpoena.not_in_matter": QT_TRANSLATE_NOOP(
        "errors", "That subpoena ({id}) belongs to another matter."
    ),
    "subpoena.no_response_window": QT_TRANSLATE_NOOP(
        "errors",
        "The subpoena does not record the response window the notice states; enter it on the "
        "subpoena or give the number of days.",
    ),
    "deadline.no_reason": QT_TRANSLATE_NOOP(
        "errors", "Say why the date is set by hand (e.g. “order of 3 Oct”)."
    ),
    # models.rules: an office rule set file (Settings → Rules). {where} is the place in the file
    # ("office.toml rule 'x'"), {key} a field as the file spells it (both stay as written, bare
    # as the command line's sentences have them); values to type are in quotes.
    "ruleset.too_large": QT_TRANSLATE_NOOP(
        "errors", "{where}: a rule set file is at most {max} characters."
    ),
    "ruleset.id_taken": QT_TRANSLATE_NOOP(
        "errors",
        "{where}: the rule set id “{id}” is already in use; remove the old one first or give "
        "this one another id.",
    ),
    "ruleset.not_toml": QT_TRANSLATE_NOOP("errors", "{where} is not valid TOML ({error})."),
    "ruleset.unknown_section": QT_TRANSLATE_NOOP(
        "errors",
        "{where}: Quash does not know the section “{section}”; a rule set has [ruleset], "
        "[[rules]] and [[triggers]].",
    ),
    "ruleset.not_arrays_of_tables": QT_TRANSLATE_NOOP(
        "errors",
        "{where}: the rules and triggers must each be an array of tables ([[rules]], "
        "[[triggers]]).",
    ),
    "ruleset.not_a_table": QT_TRANSLATE_NOOP("errors", "{where}: must be a TOML table."),
    "ruleset.unknown_field": QT_TRANSLATE_NOOP(
        "errors", "{where}: Quash does not know the field “{key}”; check its spelling."
    ),
    "ruleset.required": QT_TRANSLATE_NOOP("errors", "{where}: {key} is required."),
    "ruleset.wrong_type.text": QT_TRANSLATE_NOOP(
        "errors", "{where}: {key} must be text in quotes."
    ),
    "ruleset.wrong_type.whole_number": QT_TRANSLATE_NOOP(
        "errors", "{where}: {key} must be a whole number, without quotes."
    ),
    "ruleset.wrong_type.true_or_false": QT_TRANSLATE_NOOP(
        "errors", "{where}: {key} must be true or false, without quotes."
    ),
    "ruleset.wrong_type.list": QT_TRANSLATE_NOOP(
        "errors", "{where}: {key} must be a list in square brackets."
    ),
    "ruleset.wrong_type.table": QT_TRANSLATE_NOOP("errors", "{where}: {key} must be a TOML table."),
    "ruleset.wrong_type.date": QT_TRANSLATE_NOOP(
        "errors", "{where}: {key} must be a date as YYYY-MM-DD, without quotes."
    ),
    "ruleset.text_length": QT_TRANSLATE_NOOP(
        "errors", "{where}: {key} must be 1 to {max} characters."
    ),
    "ruleset.not_one_of": QT_TRANSLATE_NOOP("errors", "{where}: {key} must be one of {allowed}."),
    "ruleset.bad_id": QT_TRANSLATE_NOOP(
        "errors", "{where}: the id may hold only lower-case letters, digits and hyphens."
    ),
    "ruleset.period_out_of_range": QT_TRANSLATE_NOOP(
        "errors", "{where}: period must be between 0 and {max}."
    ),
    "ruleset.earlier_of": QT_TRANSLATE_NOOP(
        "errors", "{where}: earlier_of can only be “compliance”."
    ),
    "ruleset.dependents_not_ids": QT_TRANSLATE_NOOP(
        "errors", "{where}: dependents must list rule ids, each in quotes."
    ),
    "ruleset.court_days_method": QT_TRANSLATE_NOOP(
        "errors",
        "{where}: a rule counted by the method “court-days” must have the unit “court_days”.",
    ),
    "ruleset.court_days_unit": QT_TRANSLATE_NOOP(
        "errors",
        "{where}: a rule in the unit “court_days” must be counted by the method “court-days”.",
    ),
    "ruleset.hours_method": QT_TRANSLATE_NOOP(
        "errors", "{where}: a rule in hours must be counted by the method “frcp-6a”."
    ),
    "ruleset.counts_forward": QT_TRANSLATE_NOOP(
        "errors",
        "{where}: the method “{method}” counts forward, so the direction must be “after”.",
    ),
    "ruleset.applies_to": QT_TRANSLATE_NOOP(
        "errors", "{where}: applies_to must list kinds of subpoena ({allowed})."
    ),
    "ruleset.version_until": QT_TRANSLATE_NOOP(
        "errors",
        "{where}: the until date must be before the rule's in_force_from date (a rule with "
        "versions needs one).",
    ),
    "ruleset.version_from_after_until": QT_TRANSLATE_NOOP(
        "errors", "{where}: the from date is after the until date."
    ),
    "ruleset.versions_need_period": QT_TRANSLATE_NOOP(
        "errors", "{where}: a rule with versions must fix its own period."
    ),
    "ruleset.compliance_counts_before": QT_TRANSLATE_NOOP(
        "errors",
        "{where}: a rule counted from the compliance date counts back from it, so the "
        "direction must be “before”.",
    ),
    "ruleset.event_kind": QT_TRANSLATE_NOOP(
        "errors", "{where}: event_kind must be a kind of docket event ({allowed})."
    ),
    "ruleset.trigger_answers": QT_TRANSLATE_NOOP(
        "errors", "{where}: answers must name the rule ids whose deadlines the filing meets."
    ),
    "ruleset.subpoena_status": QT_TRANSLATE_NOOP(
        "errors", "{where}: subpoena_status must be a subpoena status ({allowed})."
    ),
    "docket.not_answered": QT_TRANSLATE_NOOP(
        "errors", "Deadline {id} is not one this filing answers; nothing was docketed."
    ),
    "docket.not_challenged": QT_TRANSLATE_NOOP(
        "errors", "Subpoena {id} is not the one this filing challenges; nothing was docketed."
    ),
    "ruleset.trigger_without_rules": QT_TRANSLATE_NOOP(
        "errors", "{where}: rules must name one rule id or more."
    ),
    "ruleset.id_used_twice": QT_TRANSLATE_NOOP(
        "errors", "{where}: another rule set already has the id “{id}”."
    ),
    "ruleset.rule_defined_twice": QT_TRANSLATE_NOOP(
        "errors", "{where}: another rule already has the id “{rule}”; give each rule its own id."
    ),
    "ruleset.trigger_defined_twice": QT_TRANSLATE_NOOP(
        "errors",
        "{where}: another trigger already has the id “{trigger}”; give each trigger its own id.",
    ),
    "ruleset.unknown_dependent": QT_TRANSLATE_NOOP(
        "errors", "Rule “{rule}”: its dependent “{dependent}” is not a known rule."
    ),
    "ruleset.dependent_needs_period": QT_TRANSLATE_NOOP(
        "errors", "Rule “{rule}”: its dependent “{dependent}” needs a fixed period."
    ),
    "ruleset.dependent_counts_from": QT_TRANSLATE_NOOP(
        "errors", "Rule “{rule}”: its dependent “{dependent}” must count from this rule's date."
    ),
    "ruleset.unknown_rule": QT_TRANSLATE_NOOP(
        "errors", "Trigger “{trigger}” names “{rule}”, which is not a known rule."
    ),
    "ruleset.cycle": QT_TRANSLATE_NOOP("errors", "The rules form a cycle: {cycle}."),
    # services.documents
    "document.bad_filename": QT_TRANSLATE_NOOP(
        "errors", "The document's file name must be 1 to {max} characters."
    ),
    "document.empty": QT_TRANSLATE_NOOP("errors", "The file is empty."),
    "document.too_large": QT_TRANSLATE_NOOP("errors", "The file is larger than {megabytes} MB."),
    # services.intake
    "intake.too_large": QT_TRANSLATE_NOOP(
        "errors", "The file is larger than {megabytes} MB; Quash reads documents up to that size."
    ),
    "intake.cannot_read": QT_TRANSLATE_NOOP("errors", "Cannot read {path}: {error}."),
    "intake.not_a_document": QT_TRANSLATE_NOOP(
        "errors",
        "The file is not a document Quash can read: it is neither a PDF, a picture (PNG, JPEG, "
        "TIFF) nor a saved email (.eml).",
    ),
    "intake.damaged_pdf": QT_TRANSLATE_NOOP(
        "errors", "The PDF is damaged and cannot be read (a download or a copy cut short?)."
    ),
    "intake.password_pdf": QT_TRANSLATE_NOOP(
        "errors",
        "The PDF is protected by a password; open it in a PDF reader, print it to a new PDF "
        "without the password, and read that one.",
    ),
    "intake.damaged_picture": QT_TRANSLATE_NOOP(
        "errors", "The picture is damaged and cannot be read."
    ),
    "intake.picture_too_large": QT_TRANSLATE_NOOP(
        "errors",
        "The picture is too large to read (more than {megapixels} million pixels); scan the "
        "page again at 300 dpi.",
    ),
    "intake.no_text": QT_TRANSLATE_NOOP(
        "errors",
        "No readable text was found in the document (a blank page, or a picture too faint or "
        "small to read).",
    ),
    "intake.no_notice": QT_TRANSLATE_NOOP(
        "errors",
        "The email is not a notice of legal process: it names no subpoena, summons or order and "
        "gives no time to respond.",
    ),
    "intake.ocr_unavailable": QT_TRANSLATE_NOOP(
        "errors",
        "OCR is not available on this computer: its reading model is not installed with Quash.",
    ),
    # services.drafting
    "template.not_found": QT_TRANSLATE_NOOP("errors", "There is no template called “{name}”."),
    "template.not_docx": QT_TRANSLATE_NOOP(
        "errors", "The file is not a Word document (.docx) Quash can open."
    ),
    "template.bad_name": QT_TRANSLATE_NOOP(
        "errors", "A template needs a name of 1 to {max} characters on one line."
    ),
    "template.bad_language": QT_TRANSLATE_NOOP(
        "errors", "A template's language must be English or Spanish, not {language}."
    ),
    "template.too_large": QT_TRANSLATE_NOOP(
        "errors", "The template is larger than {megabytes} MB."
    ),
    "template.name_taken": QT_TRANSLATE_NOOP(
        "errors", "There is already a template called “{name}”."
    ),
    "template.shipped": QT_TRANSLATE_NOOP(
        "errors", "“{name}” ships with Quash and cannot be removed."
    ),
    "template.unknown_fields": QT_TRANSLATE_NOOP(
        "errors", "The template uses merge fields Quash does not know: {fields}."
    ),
    "template.bad_syntax": QT_TRANSLATE_NOOP(
        "errors", "The template's merge fields are not written correctly ({problem})."
    ),
    "template.cannot_render": QT_TRANSLATE_NOOP(
        "errors", "The template cannot be filled in ({problem})."
    ),
    "template.missing": QT_TRANSLATE_NOOP(
        "errors", "The shipped template {name} is missing from this installation; reinstall Quash."
    ),
    "draft.other_matter": QT_TRANSLATE_NOOP("errors", "Subpoena {id} belongs to another matter."),
    # services.backups
    "backup.keep_none": QT_TRANSLATE_NOOP("errors", "Keep at least one backup."),
    "backup.audit_log_unreadable": QT_TRANSLATE_NOOP(
        "errors", "The audit log inside the backup cannot be read ({error})."
    ),
    # storage.backup: reading a backup file ({name} is the file's name, {path} its full path)
    "backup.empty": QT_TRANSLATE_NOOP(
        "errors", "{name} is empty: it is not a Quash backup (the copy failed?)."
    ),
    "backup.not_a_backup": QT_TRANSLATE_NOOP(
        "errors", "{name} is not a Quash backup (or its first bytes are damaged)."
    ),
    "backup.truncated_header": QT_TRANSLATE_NOOP(
        "errors", "{name} is incomplete: it ends inside its header (truncated)."
    ),
    "backup.truncated": QT_TRANSLATE_NOOP(
        "errors",
        "{name} is incomplete: it is {bytes} shorter than its header says (truncated; the copy "
        "or the stick failed?).",
    ),
    "backup.truncated_part": QT_TRANSLATE_NOOP(
        "errors", "{name} is incomplete: it ends inside part {part} of {parts} (truncated)."
    ),
    "backup.newer_format": QT_TRANSLATE_NOOP(
        "errors",
        "{name} was made by a newer version of Quash (backup format {version}); update Quash "
        "to read it.",
    ),
    "backup.edited": QT_TRANSLATE_NOOP(
        "errors", "{name} was edited or is damaged: its header's {what} is not valid."
    ),
    "backup.header_changed": QT_TRANSLATE_NOOP(
        "errors", "{name} was tampered with: its header was changed after it was written."
    ),
    "backup.damaged.header_length": QT_TRANSLATE_NOOP(
        "errors", "{name} is damaged or was tampered with: its header length is impossible."
    ),
    "backup.damaged.header_checksum": QT_TRANSLATE_NOOP(
        "errors",
        "{name} is damaged or was tampered with: its header does not match its checksum.",
    ),
    "backup.damaged.extra_bytes": QT_TRANSLATE_NOOP(
        "errors",
        "{name} is damaged or was tampered with: {bytes} of unexpected data follow its end.",
    ),
    "backup.damaged.trailing": QT_TRANSLATE_NOOP(
        "errors", "{name} is damaged or was tampered with: unexpected data follow its end."
    ),
    "backup.damaged.data_key": QT_TRANSLATE_NOOP(
        "errors",
        "{name} is damaged or was tampered with: the key to the database inside does not open.",
    ),
    "backup.damaged.part": QT_TRANSLATE_NOOP(
        "errors",
        "{name} is damaged or was tampered with: part {part} of {parts} does not authenticate.",
    ),
    "backup.damaged.checksum": QT_TRANSLATE_NOOP(
        "errors",
        "{name} is damaged or was tampered with: its contents do not match their recorded "
        "checksum.",
    ),
    "backup.damaged.facts": QT_TRANSLATE_NOOP(
        "errors",
        "{name} is damaged or was tampered with: the database inside does not match what its "
        "header records.",
    ),
    "backup.damaged.database": QT_TRANSLATE_NOOP(
        "errors", "{name} is damaged or was tampered with: the database inside is damaged."
    ),
    "backup.integrity": QT_TRANSLATE_NOOP(
        "errors", "The backed-up database fails its integrity check ({problems} problem(s))."
    ),
    "backup.no_table": QT_TRANSLATE_NOOP("errors", "The vault database has no {table} table."),
    "backup.is_a_folder": QT_TRANSLATE_NOOP("errors", "{path} is a folder, not a backup file."),
    "backup.no_file": QT_TRANSLATE_NOOP("errors", "There is no backup file at {path}."),
    "backup.cannot_read": QT_TRANSLATE_NOOP("errors", "Cannot read {path}: {error}."),
    "backup.check_failed": QT_TRANSLATE_NOOP("errors", "Checking the backup failed: {error}."),
    "backup.no_room_to_check": QT_TRANSLATE_NOOP(
        "errors",
        "Not enough space in {folder} to unpack the backup for checking; free some space and "
        "try again. The backup itself was not changed.",
    ),
    # storage.backup: writing one
    "backup.no_folder": QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist."),
    "backup.read_only": QT_TRANSLATE_NOOP("errors", "Quash cannot write to {folder} (read-only?)."),
    "backup.not_enough_space": QT_TRANSLATE_NOOP(
        "errors",
        "Not enough space in {folder}: the backup needs {needed} and {free} is free. Nothing "
        "was written.",
    ),
    "backup.too_large_for_file_system": QT_TRANSLATE_NOOP(
        "errors",
        "The backup is too large for one file on {folder}'s file system (a FAT32 stick holds at "
        "most 4 GB per file); use an exFAT or NTFS stick. No backup was left under the final "
        "name.",
    ),
    "backup.wrong_passphrase": QT_TRANSLATE_NOOP("errors", "Wrong passphrase for this backup."),
    "backup.database_key": QT_TRANSLATE_NOOP(
        "errors", "The backed-up database cannot be opened with its key."
    ),
    "backup.database_damaged": QT_TRANSLATE_NOOP("errors", "The backed-up database is damaged."),
    "backup.source_changed": QT_TRANSLATE_NOOP(
        "errors", "The vault's database file changed while it was being copied."
    ),
    "backup.source_ended_early": QT_TRANSLATE_NOOP(
        "errors", "The vault's database file ended early while it was being copied."
    ),
    "backup.read_back_differs": QT_TRANSLATE_NOOP(
        "errors", "The backup read back differs from what was written."
    ),
    "backup.vault_key_mismatch": QT_TRANSLATE_NOOP(
        "errors", "The vault database does not belong to its key file."
    ),
    "backup.office_name_too_long": QT_TRANSLATE_NOOP(
        "errors", "The office name is too long to go into a backup's header."
    ),
    "backup.filled_up": QT_TRANSLATE_NOOP(
        "errors",
        "{folder} filled up while the backup was being written. No backup was left under the "
        "final name.",
    ),
    "backup.write_failed": QT_TRANSLATE_NOOP(
        "errors",
        "Writing the backup to {folder} failed ({error}); the stick may have been removed or is "
        "failing. No backup was left under the final name.",
    ),
    "backup.snapshot_failed": QT_TRANSLATE_NOOP(
        "errors", "Taking a snapshot of the vault failed ({error})."
    ),
    "backup.snapshot_failed_nothing_left": QT_TRANSLATE_NOOP(
        "errors",
        "Taking a snapshot of the vault failed ({error}); nothing was left in the backup folder.",
    ),
    "backup.read_back_failed": QT_TRANSLATE_NOOP(
        "errors",
        "The backup written to {folder} did not read back correctly ({error}); the stick may be "
        "failing. It was not kept.",
    ),
    "backup.not_confirmed": QT_TRANSLATE_NOOP(
        "errors",
        "{name} was written and verified, but {folder} did not confirm saving it ({error}); the "
        "stick may be failing. Verify it before you rely on it.",
    ),
    # storage.backup: restoring
    "restore.newer_schema": QT_TRANSLATE_NOOP(
        "errors",
        "{name} was made by a newer version of Quash (schema {revision}); update Quash to "
        "restore it.",
    ),
    "restore.is_a_file": QT_TRANSLATE_NOOP(
        "errors", "{folder} is a file; restore into a new folder."
    ),
    "restore.not_a_vault": QT_TRANSLATE_NOOP(
        "errors", "{folder} is not empty and is not a Quash vault; restore into a new folder."
    ),
    "restore.holds_a_vault": QT_TRANSLATE_NOOP(
        "errors",
        "{folder} already holds a vault. Restore into a new folder, or confirm replacing it (the "
        "old vault is then kept beside it).",
    ),
    "restore.now_holds_a_vault": QT_TRANSLATE_NOOP(
        "errors", "{folder} now holds a vault; nothing was replaced."
    ),
    "restore.not_enough_space": QT_TRANSLATE_NOOP(
        "errors", "Not enough space in {folder} to restore the vault."
    ),
    "restore.failed": QT_TRANSLATE_NOOP(
        "errors", "Restoring into {folder} failed ({error}); nothing was restored."
    ),
    # storage.vault, storage.keyslots: people's key slots
    "vault.unknown_person": QT_TRANSLATE_NOOP(
        "errors", "The key file names a person the vault does not know."
    ),
    "vault.no_identity": QT_TRANSLATE_NOOP(
        "errors",
        "Opened with the recovery key, nobody's passphrase can change: an admin gives the "
        "person a new key.",
    ),
    "people.no_slot": QT_TRANSLATE_NOOP("errors", "That person has no key slot."),
    "keys.no_people": QT_TRANSLATE_NOOP("errors", "The key file has no person's slot."),
    # services.people: who may do what, and the office's people
    "role.not_permitted": QT_TRANSLATE_NOOP(
        "errors", "Only the roles {roles} may {action}; {name} is: {role}."
    ),
    "people.unknown_role": QT_TRANSLATE_NOOP("errors", "There is no role called {role}."),
    "people.name_required": QT_TRANSLATE_NOOP("errors", "A name of 1 to 200 characters is needed."),
    "people.has_key": QT_TRANSLATE_NOOP(
        "errors", "{name} already has a key; each person changes their own passphrase."
    ),
    "people.no_key": QT_TRANSLATE_NOOP("errors", "{name} has no key to remove."),
    "people.last_admin": QT_TRANSLATE_NOOP(
        "errors", "{name} is the office's only admin; make someone else an admin first."
    ),
    "people.remove_self": QT_TRANSLATE_NOOP(
        "errors", "You cannot remove your own key; another admin can."
    ),
    "people.unknown": QT_TRANSLATE_NOOP("errors", "Nobody called {name} is on the list."),
    # storage.vault
    "vault.is_a_file": QT_TRANSLATE_NOOP("errors", "{folder} is a file, not a Quash vault folder."),
    "vault.missing": QT_TRANSLATE_NOOP("errors", "No Quash vault at {folder}."),
    "vault.locked": QT_TRANSLATE_NOOP("errors", "The vault is locked."),
    # storage.vault, storage.keyslots: keys and unlocking
    "key.wrong_passphrase": QT_TRANSLATE_NOOP("errors", "Wrong passphrase for this vault."),
    "key.wrong_recovery_key": QT_TRANSLATE_NOOP("errors", "Wrong recovery key for this vault."),
    "key.wrong": QT_TRANSLATE_NOOP("errors", "The key does not open this vault."),
    "key.not_a_recovery_key": QT_TRANSLATE_NOOP(
        "errors",
        "That is not a recovery key: it should be 32 letters and digits in 8 groups of 4.",
    ),
    "keychain.not_remembered": QT_TRANSLATE_NOOP(
        "errors", "This vault is not remembered on this computer."
    ),
    "keychain.key_gone": QT_TRANSLATE_NOOP(
        "errors", "This computer's keychain no longer holds the vault's key."
    ),
    "keychain.wrong_key": QT_TRANSLATE_NOOP(
        "errors", "The keychain's key does not open this vault."
    ),
    "keychain.missing": QT_TRANSLATE_NOOP(
        "errors",
        '"Remember on this computer" is unavailable: no system keychain was found (on '
        "Linux, a Secret Service such as GNOME Keyring or KWallet must be running). Unlock "
        "with the passphrase instead.",
    ),
    "vault.not_its_database": QT_TRANSLATE_NOOP(
        "errors",
        "The vault database (quash.db) is not a Quash vault, is damaged, or does not "
        "belong to this key file.",
    ),
    "vault.other_key_file": QT_TRANSLATE_NOOP(
        "errors", "The key file belongs to a different vault than quash.db."
    ),
    "vault.settings_missing": QT_TRANSLATE_NOOP(
        "errors", "The vault database is damaged: its settings are missing."
    ),
    "keys.no_passphrase_slot": QT_TRANSLATE_NOOP("errors", "The key file has no passphrase slot."),
    "keys.tampered": QT_TRANSLATE_NOOP(
        "errors",
        "The key file has been tampered with: its slots were changed without the vault's key.",
    ),
    "passphrase.too_short": QT_TRANSLATE_NOOP(
        "errors",
        "The passphrase is too short: use at least {min} characters (a few unrelated words work "
        "well).",
    ),
    "vault.no_key_file": QT_TRANSLATE_NOOP(
        "errors", "{folder} has a vault database but its key file is missing."
    ),
    "vault.no_database": QT_TRANSLATE_NOOP(
        "errors", "{folder} has a key file but its vault database is missing."
    ),
    "vault.not_empty": QT_TRANSLATE_NOOP(
        "errors", "{folder} is not empty; Quash will not create a vault over existing files."
    ),
    "vault.key_file_unreadable": QT_TRANSLATE_NOOP(
        "errors", "The key file {name} cannot be read: {error}."
    ),
    "vault.newer_schema": QT_TRANSLATE_NOOP(
        "errors",
        "This vault was made by a newer version of Quash (schema {revision}); update Quash to "
        "open it.",
    ),
    "keychain.refused": QT_TRANSLATE_NOOP("errors", "The system keychain refused: {error}"),
    # storage.keyslots
    "keys.part_missing": QT_TRANSLATE_NOOP("errors", "The key file is damaged: {what} is missing."),
    "keys.part_invalid": QT_TRANSLATE_NOOP(
        "errors", "The key file is damaged: {what} is not valid."
    ),
    "keys.no_slot": QT_TRANSLATE_NOOP("errors", "This vault has no {kind} slot."),
    "vault.damaged_pages": QT_TRANSLATE_NOOP(
        "errors",
        "{db} is damaged: {pages} page(s) fail SQLCipher's check. Nothing was changed; restore "
        "the last good backup.",
    ),
    "passphrase.not_text": QT_TRANSLATE_NOOP(
        "errors",
        "The passphrase is not valid UTF-8 text (check QUASH_PASSPHRASE and the terminal's "
        "encoding); nothing was opened.",
    ),
    "vault.parent_is_a_file": QT_TRANSLATE_NOOP(
        "errors", "{folder} cannot be made: {parent} is a file, not a folder."
    ),
    "keys.params_invalid": QT_TRANSLATE_NOOP(
        "errors", "The key file is damaged: the passphrase slot's settings are invalid."
    ),
    "keys.params_below_floor": QT_TRANSLATE_NOOP(
        "errors", "The key file was edited: its passphrase settings are below Quash's minimum."
    ),
    "keys.params_beyond_caps": QT_TRANSLATE_NOOP(
        "errors",
        "The key file was edited: its passphrase settings ask for more memory or passes than "
        "Quash ever writes, so it was not used.",
    ),
    "keys.unsupported_version": QT_TRANSLATE_NOOP(
        "errors", "The key file's format version {version} is not supported."
    ),
    "keys.unreadable": QT_TRANSLATE_NOOP(
        "errors", "The vault's key file (quash.keys) is damaged or was edited: it is not readable."
    ),
    "keys.not_a_key_file": QT_TRANSLATE_NOOP(
        "errors",
        "The vault's key file (quash.keys) is damaged or was edited: it is not a Quash key file.",
    ),
    "keys.checksum": QT_TRANSLATE_NOOP(
        "errors",
        "The vault's key file (quash.keys) is damaged or was edited: its checksum does not match.",
    ),
    "keys.malformed": QT_TRANSLATE_NOOP(
        "errors",
        "The vault's key file (quash.keys) is damaged or was edited: its slots are malformed.",
    ),
}

# What a role may or may not do (models.people.Action), as a refusal names it.
ACTION_TEXTS = frozenset(
    {
        QT_TRANSLATE_NOOP("actions", "reveal sealed names"),
        QT_TRANSLATE_NOOP("actions", "see sealed fields"),
        QT_TRANSLATE_NOOP("actions", "delete a matter"),
        QT_TRANSLATE_NOOP("actions", "manage people"),
        QT_TRANSLATE_NOOP("actions", "manage the vault's keys"),
    }
)

# Facts that are sizes in bytes, and facts that are counts, shown in the reader's digits.
_SIZES = {"bytes", "needed", "free"}
_COUNTS = {"part", "parts", "problems", "version"}


# The record kinds and their words are imported where an error is worded, not with this module:
# the unlock window imports it and should not wait for the case file's models (issue 19: start
# to unlock window within a second).
@functools.cache
def _kinds() -> dict[str, str]:
    from services.records import SPECS

    return {spec.singular: spec.name for spec in SPECS.values()}  # "docket event" -> "events"


def plain_error(exc: BaseException, kind: str = "*") -> str:
    """One sentence for a person: the field named as the form names it, never a traceback.
    `kind` is the record kind of the form ("matters"), when the error comes from one."""
    if not isinstance(exc, QuashError):
        return QCoreApplication.translate(
            "fields", "Something went wrong ({0}); nothing was saved."
        ).format(type(exc).__name__)
    from gui.vocabulary import field_label

    field = exc.field if isinstance(exc, ValidationError) else None
    if kind == "*" and isinstance(exc, ValidationError) and exc.record:
        kind = _kinds().get(exc.record, "*")
    if exc.code in ERROR_TEXTS:
        words = {name: _shown(name, value, kind, field) for name, value in exc.params.items()}
        if field:
            words["field"] = field_label(kind, field)
        try:
            text = QCoreApplication.translate("errors", ERROR_TEXTS[exc.code]).format(**words)
            # a sentence ending in a fact (the keychain's own words) is closed as written ones are
            return text if text.endswith((".", "?", "!")) else text + "."
        except (KeyError, IndexError):  # a raise that lacks a fact: its English, never a crash
            pass
    return _as_written(exc, kind, field)


def _shown(name: str, value: Any, kind: str, field: str | None) -> str:
    """One fact of an error as the reader sees it elsewhere in the app."""
    from gui.vocabulary import audit_entity, choice_label, field_label, kind_name

    if name == "other":  # another field of the same record: "served"
        return field_label(kind, str(value)).lower()
    if name == "record":  # a record kind in words: "docket event"
        return audit_entity(str(value))
    if name == "kind":
        return kind_name(str(value)) if str(value) in _kinds().values() else str(value)
    if name in ("roles", "role"):  # StaffRole values, as the People settings name them
        values = value if isinstance(value, list | tuple) else [value]
        return ", ".join(choice_label(str(v), "StaffRole") for v in values)
    if name == "action":
        return QCoreApplication.translate("actions", str(value))
    if name == "allowed" and isinstance(value, list | tuple):
        vocabulary = _vocabulary(kind, field)
        return ", ".join(choice_label(str(v), vocabulary) if vocabulary else str(v) for v in value)
    if isinstance(value, QuashError):  # an error inside another: worded the same way
        return plain_error(value).rstrip(".")
    if isinstance(value, int) and name in _SIZES:
        return data_size(value)
    if isinstance(value, int) and name in _COUNTS:
        return QLocale().toString(value)
    if isinstance(value, dt.date):  # a closure day as Settings lists it; a field's as typed
        return weekday_date(value) if name == "day" else value.isoformat()
    return str(value)


def _vocabulary(kind: str, field: str | None) -> str:
    from gui.vocabulary import vocabulary_of

    try:
        return vocabulary_of(kind, field) if field else ""
    except (KeyError, StopIteration, ValueError, QuashError):
        return ""


def _as_written(exc: QuashError, kind: str, field: str | None) -> str:
    """An error without a sentence here: the service's own English with the label of the
    record's field in place of its name."""
    from gui.vocabulary import field_label

    text = str(exc).strip()
    if isinstance(exc, ValidationError) and field and kind != "*":
        label = field_label(kind, field)
        prefix = f"{exc.record}: " if exc.record else ""
        if prefix and text.startswith(prefix):
            text = text[len(prefix) :]
        elif re.match(r"^[a-z ]+: ", text):  # "closure day: …" names its record by itself
            text = text.split(": ", 1)[1]
        if text == field or text.startswith(field + " "):
            text = label + text[len(field) :]
        elif not text.lower().startswith(label.lower()):
            text = f"{label}: {text}"
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else text + "."
