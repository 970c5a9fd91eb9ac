"""Row-level security on a hub: each member's database role may touch only what they may.

Defence in depth behind the cryptography (a workstation that skipped a check, or someone with
a member's database login and psql): every member's role is in the group ``workbench_members``;
- the audit trail and the disclosure ledger are append-only (no UPDATE or DELETE granted);
- rows with a data category (events, documents, referrals, goals) may be written only by roles
  that read that category's key group in full (models.hub_keys: the role holds every tier),
  which is the role policy's own rule ("a role writes only what it reads in full");
- a member reads only their own key bundles; only a supervisor adds, changes or removes
  members and bundles (a trigger lets a member change nothing of their own row but its
  wrapped keys: a passphrase change).
The helper functions are SECURITY DEFINER (they read hub_members past its own policies), so
they name the member by ``session_user`` — inside them ``current_user`` is their owner.
The hub's owner (the role that ran ``init``) owns the tables and so is not subject to these
policies (PostgreSQL exempts owners); the owner's login belongs to the first supervisor.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text

from models import hub_keys
from models.records import Role

GROUP = "workbench_members"
CASE_TABLES = ("cases", "safe_addresses", "matters", "triggers", "events", "consents",
               "documents", "referrals", "goals", "milestones", "contacts", "closures",
               "staff_profiles", "screenings", "status_changes", "safety_plans", "conferences",
               "external_links", "interpreter_bookings")
APPEND_ONLY = ("audit", "disclosures", "feedback", "report_disclosures")
CATEGORY_TABLES = tuple(sorted(hub_keys.CATEGORY_TABLES))


def writable_categories(role: Role) -> list[str]:
    """The categories ``role`` may write: those of key groups it holds every tier of."""
    held = hub_keys.role_keys()[role]
    return sorted(c.value for group, cats in hub_keys.KEY_GROUPS.items()
                  if all(f"{group}.{t}" in held for t in hub_keys.TIERS) for c in cats)


def _array(values: list[str]) -> str:
    return "ARRAY[" + ", ".join(f"'{v}'" for v in values) + "]::text[]"


def install_policies(session: Any, owner: str) -> None:
    """Create the member group, its grants, the helper functions and the policies (idempotent)."""
    exists = session.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": GROUP})
    if not exists:
        session.execute(text(f"CREATE ROLE {GROUP} NOLOGIN"))
    cases = " ".join(f"WHEN '{r.value}' THEN category = ANY({_array(writable_categories(r))})"
                     for r in Role)
    session.execute(text(f"""
        CREATE OR REPLACE FUNCTION workbench_role() RETURNS text
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
            SELECT role FROM hub_members
            WHERE name = session_user AND kind = 'user' AND removed_at IS NULL $$;
        CREATE OR REPLACE FUNCTION workbench_member_id() RETURNS integer
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
            SELECT id FROM hub_members
            WHERE name = session_user AND kind = 'user' AND removed_at IS NULL $$;
        CREATE OR REPLACE FUNCTION workbench_may_write(category text) RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
            SELECT CASE workbench_role() {cases} ELSE false END $$;
    """))
    session.execute(text(f"GRANT USAGE ON SCHEMA public TO {GROUP}"))
    session.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {GROUP}"))
    session.execute(text(f"GRANT SELECT ON alembic_version TO {GROUP}"))
    for table in CASE_TABLES:
        session.execute(text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {table} TO {GROUP}"))
    for table in APPEND_ONLY:
        session.execute(text(f"GRANT SELECT, INSERT ON {table} TO {GROUP}"))
    session.execute(text(f"GRANT SELECT, INSERT, UPDATE ON chain_heads TO {GROUP}"))
    for table in ("hub_members", "hub_key_bundles", "hub_meta"):
        session.execute(text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {table} TO {GROUP}"))
    for table in CATEGORY_TABLES:
        _policy(session, table, "read", "SELECT", using="true")
        _policy(session, table, "add", "INSERT", check="workbench_may_write(category)")
        _policy(session, table, "change", "UPDATE", using="workbench_may_write(category)",
                check="workbench_may_write(category)")
        _policy(session, table, "remove", "DELETE", using="workbench_may_write(category)")
    supervisor = "workbench_role() = 'supervisor'"
    _policy(session, "hub_members", "read", "SELECT", using="true")
    _policy(session, "hub_members", "add", "INSERT", check=supervisor)
    _policy(session, "hub_members", "change", "UPDATE",
            using=f"{supervisor} OR name = session_user", check=f"{supervisor} OR name = session_user")
    _policy(session, "hub_members", "remove", "DELETE", using=supervisor)
    own = f"{supervisor} OR member_id = workbench_member_id()"
    _policy(session, "hub_key_bundles", "read", "SELECT", using=own)
    _policy(session, "hub_key_bundles", "add", "INSERT", check=supervisor)
    _policy(session, "hub_key_bundles", "remove", "DELETE", using=supervisor)
    _policy(session, "hub_meta", "read", "SELECT", using="true")
    _policy(session, "hub_meta", "write", "ALL", using=supervisor, check=supervisor)
    for table in (*CATEGORY_TABLES, "hub_members", "hub_key_bundles", "hub_meta"):
        session.execute(text(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"))
    # a member may rewrap their own slot (a passphrase change), nothing else of it
    session.execute(text("""
        CREATE OR REPLACE FUNCTION workbench_member_guard() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF workbench_role() IS DISTINCT FROM 'supervisor' AND session_user <> (
                    SELECT tableowner FROM pg_tables WHERE tablename = 'hub_members'
                    AND schemaname = 'public')
               AND (NEW.name, NEW.kind, NEW.role, NEW.public_key, NEW.signing_key,
                    NEW.certificate, NEW.removed_at) IS DISTINCT FROM
                   (OLD.name, OLD.kind, OLD.role, OLD.public_key, OLD.signing_key,
                    OLD.certificate, OLD.removed_at) THEN
                RAISE EXCEPTION 'only a supervisor changes a member''s name, role or keys'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NEW;
        END $$;
        DROP TRIGGER IF EXISTS workbench_member_guard ON hub_members;
        CREATE TRIGGER workbench_member_guard BEFORE UPDATE ON hub_members
            FOR EACH ROW EXECUTE FUNCTION workbench_member_guard();
    """))


def _policy(session: Any, table: str, name: str, command: str, *, using: str | None = None,
            check: str | None = None) -> None:
    policy = f"workbench_{table}_{name}"
    session.execute(text(f"DROP POLICY IF EXISTS {policy} ON {table}"))
    clauses = f" USING ({using})" if using else ""
    clauses += f" WITH CHECK ({check})" if check else ""
    session.execute(text(f"CREATE POLICY {policy} ON {table} FOR {command} TO {GROUP}{clauses}"))


def grant_member(session: Any, name: str) -> None:
    """Put a member's database role in the member group."""
    session.execute(text(f'GRANT {GROUP} TO "{name}"'))
