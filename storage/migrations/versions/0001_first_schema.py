"""first schema: clients, accounts, matters, subpoenas, deadlines, docket events, staff, audit log

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-23 09:20:32.951984
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('accounts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('platform', sa.Enum('instagram', 'facebook', 'x', 'tiktok', 'youtube', 'reddit', 'telegram', 'other', name='platform', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('handle', sa.String(length=200), nullable=False),
    sa.Column('url', sa.String(length=2000), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('accounts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_accounts_handle'), ['handle'], unique=False)

    op.create_table('audit_log',
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('at', sa.String(length=40), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('entity', sa.String(length=32), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('seq'),
    sa.UniqueConstraint('hash')
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_action'), ['action'], unique=False)

    op.create_table('clients',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('pseudonym', sa.String(length=200), nullable=False),
    sa.Column('legal_name', sa.String(length=200), nullable=True),
    sa.Column('contact', sa.String(length=2000), nullable=True),
    sa.Column('language', sa.String(length=64), nullable=True),
    sa.Column('intake_date', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('clients', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_clients_pseudonym'), ['pseudonym'], unique=False)

    op.create_table('matters',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('status', sa.Enum('intake', 'open', 'motion_filed', 'stayed', 'withdrawn', 'quashed', 'enforced', 'closed', name='matter_status', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('court', sa.String(length=200), nullable=True),
    sa.Column('case_number', sa.String(length=200), nullable=True),
    sa.Column('judge', sa.String(length=200), nullable=True),
    sa.Column('attorney', sa.String(length=200), nullable=True),
    sa.Column('paralegal', sa.String(length=200), nullable=True),
    sa.Column('opened', sa.Date(), nullable=True),
    sa.Column('closed', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('matters', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_matters_case_number'), ['case_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_matters_status'), ['status'], unique=False)

    op.create_table('staff',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.Enum('attorney', 'paralegal', 'administrator', 'volunteer', name='staff_role', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    op.create_table('vault_settings',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('client_accounts',
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('client_id', 'account_id')
    )
    op.create_table('docket_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('matter_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('kind', sa.Enum('filing', 'order', 'notice', 'withdrawal', 'hearing', 'correspondence', 'other', name='event_kind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('summary', sa.String(length=2000), nullable=False),
    sa.ForeignKeyConstraint(['matter_id'], ['matters.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('docket_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_docket_events_date'), ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_docket_events_matter_id'), ['matter_id'], unique=False)

    op.create_table('matter_clients',
    sa.Column('matter_id', sa.Integer(), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['clients.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['matter_id'], ['matters.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('matter_id', 'client_id')
    )
    op.create_table('subpoenas',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('matter_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('administrative_subpoena', 'customs_summons', 'grand_jury_subpoena', 'court_order', 'search_warrant', 'civil_subpoena', 'other', name='subpoena_kind', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('issuer', sa.String(length=200), nullable=False),
    sa.Column('recipient', sa.String(length=200), nullable=False),
    sa.Column('issuing_officer', sa.String(length=200), nullable=True),
    sa.Column('authority', sa.String(length=200), nullable=True),
    sa.Column('stated_purpose', sa.String(length=2000), nullable=True),
    sa.Column('issued', sa.Date(), nullable=True),
    sa.Column('served', sa.Date(), nullable=True),
    sa.Column('user_notified', sa.Date(), nullable=True),
    sa.Column('response_window_days', sa.Integer(), nullable=True),
    sa.Column('compliance_date', sa.Date(), nullable=True),
    sa.Column('requested', sa.String(length=2000), nullable=False),
    sa.Column('gag_order', sa.Boolean(), nullable=False),
    sa.Column('status', sa.Enum('received', 'challenged', 'withdrawn', 'quashed', 'modified', 'complied', 'expired', name='subpoena_status', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['matter_id'], ['matters.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('subpoenas', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_subpoenas_issuer'), ['issuer'], unique=False)
        batch_op.create_index(batch_op.f('ix_subpoenas_matter_id'), ['matter_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_subpoenas_recipient'), ['recipient'], unique=False)
        batch_op.create_index(batch_op.f('ix_subpoenas_status'), ['status'], unique=False)

    op.create_table('deadlines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('matter_id', sa.Integer(), nullable=False),
    sa.Column('subpoena_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('due', sa.Date(), nullable=False),
    sa.Column('due_time', sa.Time(), nullable=True),
    sa.Column('rule_id', sa.String(length=64), nullable=True),
    sa.Column('trigger_date', sa.Date(), nullable=True),
    sa.Column('citation', sa.String(length=200), nullable=True),
    sa.Column('trail', sa.Text(), nullable=True),
    sa.Column('responsible', sa.String(length=200), nullable=True),
    sa.Column('status', sa.Enum('open', 'done', 'vacated', name='deadline_status', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['matter_id'], ['matters.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['subpoena_id'], ['subpoenas.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('deadlines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deadlines_due'), ['due'], unique=False)
        batch_op.create_index(batch_op.f('ix_deadlines_matter_id'), ['matter_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_deadlines_responsible'), ['responsible'], unique=False)
        batch_op.create_index(batch_op.f('ix_deadlines_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_deadlines_subpoena_id'), ['subpoena_id'], unique=False)

    op.create_table('subpoena_accounts',
    sa.Column('subpoena_id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['subpoena_id'], ['subpoenas.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('subpoena_id', 'account_id')
    )


def downgrade() -> None:
    op.drop_table('subpoena_accounts')
    with op.batch_alter_table('deadlines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deadlines_subpoena_id'))
        batch_op.drop_index(batch_op.f('ix_deadlines_status'))
        batch_op.drop_index(batch_op.f('ix_deadlines_responsible'))
        batch_op.drop_index(batch_op.f('ix_deadlines_matter_id'))
        batch_op.drop_index(batch_op.f('ix_deadlines_due'))

    op.drop_table('deadlines')
    with op.batch_alter_table('subpoenas', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_subpoenas_status'))
        batch_op.drop_index(batch_op.f('ix_subpoenas_recipient'))
        batch_op.drop_index(batch_op.f('ix_subpoenas_matter_id'))
        batch_op.drop_index(batch_op.f('ix_subpoenas_issuer'))

    op.drop_table('subpoenas')
    op.drop_table('matter_clients')
    with op.batch_alter_table('docket_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_docket_events_matter_id'))
        batch_op.drop_index(batch_op.f('ix_docket_events_date'))

    op.drop_table('docket_events')
    op.drop_table('client_accounts')
    op.drop_table('vault_settings')
    op.drop_table('staff')
    with op.batch_alter_table('matters', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_matters_status'))
        batch_op.drop_index(batch_op.f('ix_matters_case_number'))

    op.drop_table('matters')
    with op.batch_alter_table('clients', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_clients_pseudonym'))

    op.drop_table('clients')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_action'))

    op.drop_table('audit_log')
    with op.batch_alter_table('accounts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_accounts_handle'))

    op.drop_table('accounts')
