"""The closed vocabularies of the case file, named as the interchange format names them."""

from __future__ import annotations

from enum import StrEnum


class Platform(StrEnum):
    INSTAGRAM = "instagram"
    FACEBOOK = "facebook"
    X = "x"
    TIKTOK = "tiktok"
    YOUTUBE = "youtube"
    REDDIT = "reddit"
    TELEGRAM = "telegram"
    OTHER = "other"


class MatterStatus(StrEnum):
    INTAKE = "intake"
    OPEN = "open"
    MOTION_FILED = "motion_filed"
    STAYED = "stayed"
    WITHDRAWN = "withdrawn"
    QUASHED = "quashed"
    ENFORCED = "enforced"
    CLOSED = "closed"


class SubpoenaKind(StrEnum):
    ADMINISTRATIVE_SUBPOENA = "administrative_subpoena"
    CUSTOMS_SUMMONS = "customs_summons"
    GRAND_JURY_SUBPOENA = "grand_jury_subpoena"
    COURT_ORDER = "court_order"
    SEARCH_WARRANT = "search_warrant"
    CIVIL_SUBPOENA = "civil_subpoena"
    OTHER = "other"


class SubpoenaStatus(StrEnum):
    RECEIVED = "received"
    CHALLENGED = "challenged"
    WITHDRAWN = "withdrawn"
    QUASHED = "quashed"
    MODIFIED = "modified"
    COMPLIED = "complied"
    EXPIRED = "expired"


class Demand(StrEnum):
    """What a subpoena asks the platform to hand over about the account holder."""

    NAME = "name"
    EMAIL = "email"
    PHONE = "phone"
    ADDRESS = "address"
    IP_SIGNUP = "ip_signup"
    IP_LOGS = "ip_logs"
    LOGIN_TIMES = "login_times"
    ACCOUNT_CREATED = "account_created"
    ZIP_COUNTRY = "zip_country"
    CONTENT = "content"
    OTHER = "other"


class DeadlineStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    VACATED = "vacated"


class EventKind(StrEnum):
    FILING = "filing"
    ORDER = "order"
    NOTICE = "notice"
    WITHDRAWAL = "withdrawal"
    HEARING = "hearing"
    CORRESPONDENCE = "correspondence"
    OTHER = "other"


class StaffRole(StrEnum):
    ATTORNEY = "attorney"
    PARALEGAL = "paralegal"
    ADMIN = "admin"
    VOLUNTEER = "volunteer"
