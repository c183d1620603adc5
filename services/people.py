"""People with keys of their own: who is working (it follows from the key that unlocked), what
their role lets them do (models.people), and the office's list of people with their key slots.

Each person's slot holds their own passphrase's way in and their signing key (storage.keyslots);
the staff list holds their name, role and the public half of that key. Every change of people
is written to the audit log and signed by whoever made it, so `audit verify` can tell whose
each entry is (services.audit).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

from models.entities import Staff
from models.enums import StaffRole
from models.errors import NotPermittedError, ValidationError
from models.people import Action, may, who_may
from services import audit
from storage.keyslots import PersonKeys, recovery_verify_key
from storage.uow import UnitOfWork
from storage.vault import RECOVERY_NAME as RECOVERY_NAME  # the recovery key's actor
from storage.vault import Identity, Vault

ROLES = tuple(role.value for role in StaffRole)
ARTICLE = {"admin": "an admin", "attorney": "an attorney"}


@dataclass(frozen=True)
class Person:
    id: int
    uid: str | None
    name: str
    role: str
    active: bool
    has_key: bool  # a key slot of their own: they can unlock


def role_of(vault: Vault) -> str:
    """The working person's role. A vault made before people had keys works as it did (as an
    admin) until its passphrase holder names themselves."""
    if vault.identity is not None:
        return vault.identity.role
    return StaffRole.ADMIN.value


def allowed(vault: Vault, action: Action) -> bool:
    return may(role_of(vault), action)


def require(vault: Vault, action: Action) -> None:
    """Refuse, before anything is written, what the working person's role may not do."""
    if allowed(vault, action):
        return
    roles = [ARTICLE.get(r.value, f"a {r.value}") for r in who_may(action)]
    who = " or ".join(roles) if len(roles) < 3 else ", ".join(roles[:-1]) + " or " + roles[-1]
    identity = vault.identity
    name = identity.name if identity is not None else "the person working"
    role = role_of(vault)
    raise NotPermittedError(
        f"Only {who} may {action.value}; {name} is {ARTICLE.get(role, f'a {role}')}.",
        code="role.not_permitted",
        params={
            "action": action.value,
            "name": name,
            "role": role,
            "roles": [r.value for r in who_may(action)],
        },
    )


def check_role(role: str) -> str:
    if role not in ROLES:
        raise ValidationError(
            f"person: role must be one of {', '.join(ROLES)}, not {role!r}.",
            record="person",
            field="role",
            code="people.unknown_role",
            params={"role": role},
        )
    return role


def people(uow: UnitOfWork) -> list[Person]:
    """Everyone on the office's list, by name: with a key (they unlock) or without (a name
    deadlines can be given to)."""
    slots = set(uow.vault.key_file.people())
    rows = uow.session.scalars(select(Staff)).all()
    return sorted(
        (Person(s.id, s.uid, s.name, s.role.value, s.active, s.uid in slots) for s in rows),
        key=lambda p: p.name.casefold(),
    )


def _by_name(uow: UnitOfWork, name: str) -> Staff | None:
    return uow.session.scalars(select(Staff).where(Staff.name == name)).first()


def _clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned or len(cleaned) > 200:
        raise ValidationError(
            "person: a name of 1 to 200 characters is needed.",
            record="person",
            field="name",
            code="people.name_required",
        )
    return cleaned


def _admins_with_keys(uow: UnitOfWork) -> list[str]:
    return [p.name for p in people(uow) if p.role == "admin" and p.has_key and p.active]


# ---- the first person of a vault made before people had keys ----------------------------------


def needs_first_person(vault: Vault) -> bool:
    """A vault made before people had keys: its first unlock asks who is working."""
    return not vault.has_people


def name_first_admin(vault: Vault, name: str, passphrase: str) -> None:
    """The passphrase holder of an older vault names themselves: they get a slot of their own
    with that passphrase and a signing key, and become the admin. The shared passphrase slot
    (and this computer's keychain slot, if any) goes; the recovery key stays the office's."""
    name = _clean_name(name)
    vault.check_own_passphrase(passphrase)
    keys = PersonKeys.generate()
    with UnitOfWork(vault, name) as uow:
        staff = claim(uow, name, keys, role=StaffRole.ADMIN)
        audit.record(
            uow,
            "name",
            "first admin",
            staff.id,
            {"person": staff.uid, "name": name, "role": "admin", "verify_key": keys.verify_key},
        )
        uow.commit()
    assert staff.uid is not None
    vault.become_person(staff.uid, keys, passphrase)


def claim(uow: UnitOfWork, name: str, keys: PersonKeys, *, role: StaffRole | None) -> Staff:
    """`name` (on the list, or added) takes `keys` and becomes the one working in `uow`'s vault;
    `role` is theirs (None: keep the one they have, admin if they are new). The caller writes
    the audit entry that gives them the key, then moves the vault's one passphrase slot to
    them (Vault.become_person)."""
    staff = _by_name(uow, name)
    if staff is None:
        staff = Staff(name=name, role=role or StaffRole.ADMIN, active=True)
        uow.session.add(staff)
    elif role is not None:
        staff.role = role
    staff.active = True
    staff.uid = staff.uid or str(uuid.uuid4())
    staff.verify_key = keys.verify_key
    uow.session.flush()
    uow.vault.identity = Identity(staff.uid, keys, name, staff.role.value)
    uow.actor = name
    return staff


# ---- the office's people ----------------------------------------------------------------------


def add(
    vault: Vault,
    name: str,
    role: str,
    passphrase: str,
    *,
    params: object = None,
) -> Person:
    """A key slot for a person (new, or on the list without a key yet), with their own
    passphrase. Only an admin adds people."""
    require(vault, Action.MANAGE_PEOPLE)
    name, role = _clean_name(name), check_role(role)
    from storage.keyslots import check_passphrase

    check_passphrase(passphrase)
    keys = PersonKeys.generate()
    with _work(vault) as uow:
        staff = _by_name(uow, name)
        if staff is not None and staff.uid in vault.key_file.people():
            raise ValidationError(
                f"person: {name} already has a key (each changes their own passphrase).",
                record="person",
                field="name",
                code="people.has_key",
                params={"name": name},
            )
        if staff is None:
            staff = Staff(name=name, role=StaffRole(role), active=True)
            uow.session.add(staff)
        staff.role, staff.active = StaffRole(role), True
        staff.uid = staff.uid or str(uuid.uuid4())
        staff.verify_key = keys.verify_key
        uow.session.flush()
        audit.record(
            uow,
            "add key",
            "person",
            staff.id,
            {"person": staff.uid, "name": name, "role": role, "verify_key": keys.verify_key},
        )
        uow.commit()
        uid, staff_id = staff.uid, staff.id
    vault.add_person(uid, passphrase, keys=keys, params=params)  # type: ignore[arg-type]
    return Person(staff_id, uid, name, role, True, True)


def remove(vault: Vault, name: str, *, announce: Callable[[str], None] | None = None) -> None:
    """Delete a person's key slot and re-key the vault: their passphrase, and any old copy of
    the key file, open nothing written from now on. They stay on the list (inactive), so
    history still names them."""
    require(vault, Action.MANAGE_PEOPLE)
    with _work(vault) as uow:
        staff = _by_name(uow, name)
        if staff is None or staff.uid not in vault.key_file.people():
            raise ValidationError(
                f"person: {name} has no key to remove.",
                record="person",
                field="name",
                code="people.no_key",
                params={"name": name},
            )
        if staff.role == StaffRole.ADMIN and _admins_with_keys(uow) == [name]:
            raise ValidationError(
                f"person: {name} is the office's only admin; make someone else an admin first.",
                record="person",
                field="name",
                code="people.last_admin",
                params={"name": name},
            )
        if vault.identity is not None and staff.uid == vault.identity.person:
            raise ValidationError(
                "person: you cannot remove your own key; another admin can.",
                record="person",
                field="name",
                code="people.remove_self",
            )
        staff.active = False
        audit.record(
            uow, "remove key", "person", staff.id, {"person": staff.uid, "step": "started"}
        )
        uow.commit()
        uid, staff_id = staff.uid, staff.id
    assert uid is not None
    vault.remove_person(uid, announce=announce)
    with _work(vault) as uow:
        audit.record(uow, "remove key", "person", staff_id, {"person": uid, "step": "finished"})
        uow.commit()


def change_role(vault: Vault, name: str, role: str) -> None:
    require(vault, Action.MANAGE_PEOPLE)
    role = check_role(role)
    with _work(vault) as uow:
        staff = _by_name(uow, name)
        if staff is None:
            raise ValidationError(
                f"person: nobody called {name} is on the list.",
                record="person",
                field="name",
                code="people.unknown",
                params={"name": name},
            )
        old = staff.role.value
        if old == role:
            return
        if old == "admin" and _admins_with_keys(uow) == [name]:
            raise ValidationError(
                f"person: {name} is the office's only admin; make someone else an admin first.",
                record="person",
                field="role",
                code="people.last_admin",
                params={"name": name},
            )
        staff.role = StaffRole(role)
        uow.session.flush()
        audit.record(
            uow, "change role", "person", staff.id, {"person": staff.uid, "role": [old, role]}
        )
        uow.commit()
        if vault.identity is not None and staff.uid == vault.identity.person:
            vault.identity.role = role


def _work(vault: Vault) -> UnitOfWork:
    identity = vault.identity
    return UnitOfWork(vault, identity.name if identity is not None else RECOVERY_NAME)


def recovery_identity_detail(recovery_key: str) -> dict[str, str]:
    """What a new vault's first audit entry says about its recovery key: the public half of the
    key it signs with, so work done after unlocking with it is signed too."""
    return {"recovery_verify_key": recovery_verify_key(recovery_key)}
