"""add_nickname

Revision ID: 0001
Revises: 
"""
# pgmorph:from sha256:f763b2204cbaf6efc254e8224cf25f166f95206b61ea35ce77300c9a4c28b183
# pgmorph:to sha256:d00bda34f288bcb275920b27c4870df74e7b2aa216ad6f655536aafc8c6583ef
# pgmorph up migration 0001_add_nickname
# from: from.sql
# to:   to.sql
# plan: 3 statement(s), 1 with warnings
#     1. add column public.accounts.nickname
#     2. create index public.accounts_email_idx
#     3. drop column public.accounts.legacy_code  [WARNING]

from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.execute("""SET check_function_bodies = false""")
    op.execute("""SET lock_timeout = '10s'""")
    op.execute("""SET statement_timeout = '1h'""")
    op.execute("""ALTER TABLE public.accounts ADD COLUMN nickname text""")
    # runs outside any transaction block
    with op.get_context().autocommit_block():
        op.execute("""CREATE INDEX CONCURRENTLY accounts_email_idx ON public.accounts USING btree (email)""")
    # WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.accounts.legacy_code: drops the column and its data; the reverse restores the column empty
    # WARNING: down.sql re-adds public.accounts.legacy_code without its data
    # PROBE (rows affected): values in public.accounts.legacy_code (the drop destroys them)
    #   SELECT count(*) FROM public.accounts WHERE legacy_code IS NOT NULL
    op.execute("""ALTER TABLE public.accounts DROP COLUMN legacy_code""")


# pgmorph:from sha256:f763b2204cbaf6efc254e8224cf25f166f95206b61ea35ce77300c9a4c28b183
# pgmorph:to sha256:d00bda34f288bcb275920b27c4870df74e7b2aa216ad6f655536aafc8c6583ef
# pgmorph down migration 0001_add_nickname
# from: from.sql
# to:   to.sql
# plan: 3 statement(s), 3 with warnings
#     1. undo: drop column public.accounts.legacy_code  [WARNING]
#     2. undo: create index public.accounts_email_idx  [WARNING]
#     3. undo: add column public.accounts.nickname  [WARNING]
def downgrade():
    op.execute("""SET check_function_bodies = false""")
    op.execute("""SET lock_timeout = '10s'""")
    op.execute("""SET statement_timeout = '1h'""")
    # WARNING: re-adds public.accounts.legacy_code without its data
    op.execute("""ALTER TABLE public.accounts ADD COLUMN legacy_code integer""")
    # WARNING: D114 drop-index [warning]: public.accounts_email_idx: queries that used the index lose it (it is dropped CONCURRENTLY: no lock is held)
    # runs outside any transaction block
    with op.get_context().autocommit_block():
        op.execute("""DROP INDEX CONCURRENTLY public.accounts_email_idx""")
    # WARNING: D102 drop-column [error; ACCESS EXCLUSIVE; data loss]: public.accounts.nickname: drops the column and its data; the reverse restores the column empty
    op.execute("""ALTER TABLE public.accounts DROP COLUMN nickname""")
