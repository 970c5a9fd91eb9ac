"""Alembic migration scripts for the vault database (run programmatically by models.migrate)."""
