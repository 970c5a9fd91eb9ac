"""Alembic runtime: migrate on the vault's own SQLCipher connection, never on a URL.

``models.migrate`` puts an open SQLAlchemy Connection in ``config.attributes["connection"]``;
there is no offline (SQL script) mode, because a script would be plaintext schema and data.
"""

from __future__ import annotations

from alembic import context

config = context.config
connection = config.attributes.get("connection")
if connection is None or context.is_offline_mode():
    raise RuntimeError("Vault migrations run only through models.migrate on an open vault.")

context.configure(
    connection=connection,
    target_metadata=config.attributes.get("target_metadata"),
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    transactional_ddl=True,  # SQLite DDL is transactional: a failed migration leaves nothing
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()
