"""Who may do what: the one table of roles and the actions each may take (the README shows the
same table). Pure: services.people asks it for the person working and refuses with
NotPermittedError (exit 6 on the command line), before anything is written."""

from __future__ import annotations

from enum import StrEnum

from models.enums import StaffRole


class Action(StrEnum):
    REVEAL_SEALED = "reveal sealed names"  # show, print or export a client's sealed fields
    SEE_SEALED = "see sealed fields"  # know they exist, fill them in at intake
    DELETE_MATTER = "delete a matter"
    MANAGE_PEOPLE = "manage people"  # add, remove, change roles
    MANAGE_KEYS = "manage the vault's keys"  # rotate, recovery sheet, restore over this vault


ADMIN, ATTORNEY, PARALEGAL, VOLUNTEER = (
    StaffRole.ADMIN,
    StaffRole.ATTORNEY,
    StaffRole.PARALEGAL,
    StaffRole.VOLUNTEER,
)

# Everything not named here (recording subpoenas, docketing, reports without sealed names,
# backups, changing one's own passphrase) every role may do.
PERMISSIONS: dict[Action, frozenset[StaffRole]] = {
    Action.REVEAL_SEALED: frozenset({ADMIN, ATTORNEY}),
    Action.SEE_SEALED: frozenset({ADMIN, ATTORNEY, PARALEGAL}),
    Action.DELETE_MATTER: frozenset({ADMIN, ATTORNEY}),
    Action.MANAGE_PEOPLE: frozenset({ADMIN}),
    Action.MANAGE_KEYS: frozenset({ADMIN}),
}
ROLE_ORDER = (ADMIN, ATTORNEY, PARALEGAL, VOLUNTEER)


def may(role: str, action: Action) -> bool:
    return role in PERMISSIONS[action]


def who_may(action: Action) -> tuple[StaffRole, ...]:
    """The roles that may take `action`, in the table's order."""
    return tuple(role for role in ROLE_ORDER if role in PERMISSIONS[action])
