"""people with keys of their own: a staff member's stable id and the public half of their
signing key; each audit entry's signer and signature; the role "administrator" becomes "admin"

A vault made before this has no person's key slot: its first unlock asks the passphrase holder
to name themselves (services.people.name_first_admin). Entries written before that stay
unsigned; `audit verify` says so.

Revision ID: 0013
Revises: 0012_record_uids
Create Date: 2026-12-07
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012_record_uids"
branch_labels = None
depends_on = None

ROLES = ("attorney", "paralegal", "admin", "volunteer")
OLD_ROLES = ("attorney", "paralegal", "administrator", "volunteer")


def upgrade() -> None:
    # The role's CHECK constraint names the allowed values: the table is rebuilt to change it.
    with op.batch_alter_table("staff", recreate="always") as batch:
        batch.alter_column(
            "role",
            existing_type=sa.Enum(*OLD_ROLES, name="staff_role", native_enum=False, length=32),
            type_=sa.String(length=32),
            existing_nullable=False,
        )
    op.execute("UPDATE staff SET role = 'admin' WHERE role = 'administrator'")
    with op.batch_alter_table("staff", recreate="always") as batch:
        batch.alter_column(
            "role",
            existing_type=sa.String(length=32),
            type_=sa.Enum(
                *ROLES, name="staff_role", native_enum=False, create_constraint=True, length=32
            ),
            existing_nullable=False,
        )
        batch.add_column(sa.Column("uid", sa.String(length=36), nullable=True))
        batch.add_column(sa.Column("verify_key", sa.String(length=64), nullable=True))
    connection = op.get_bind()
    for (staff_id,) in connection.execute(sa.text("SELECT id FROM staff")).fetchall():
        connection.execute(
            sa.text("UPDATE staff SET uid = :uid WHERE id = :id"),
            {"uid": str(uuid.uuid4()), "id": staff_id},
        )
    op.create_index("ix_staff_uid", "staff", ["uid"], unique=True)
    # Added columns only: the append-only triggers on audit_log stay as they are.
    op.add_column("audit_log", sa.Column("signer", sa.String(length=36), nullable=True))
    op.add_column("audit_log", sa.Column("signature", sa.String(length=100), nullable=True))


def downgrade() -> None:
    raise NotImplementedError("Quash never downgrades a vault")
