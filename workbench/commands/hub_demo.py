"""`workbench hub demo DIR`: a throw-away local PostgreSQL in DIR holding the demo as a hub.

The cluster (models.pg_cluster) listens on its private unix socket only. The demo's supervisor
``sam`` gets a database role that may create roles and owns the database ``workbench_demo``;
``hub init`` makes sam the first member, the other demo users are added with their demo roles
(each gets a database role of the same name), and the demo's cases are written through the
operations layer as sam, as ``workbench demo`` does for a vault. Run again, it starts the
server if needed and reuses the hub.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from psycopg import sql

DATABASE = "workbench_demo"


def build_hub_demo(folder: Path, *, today: date, kdf_profile: str = "calibrated"
                   ) -> dict[str, Any]:
    """Start or reuse the cluster in ``folder``; create and load the demo hub if missing."""
    from models import hub as hubs
    from models.errors import UnknownUser
    from models.hub_address import parse
    from models.pg_cluster import Cluster
    from workbench.demo import DEMO_PASSPHRASE, DEMO_SUPERVISOR, DEMO_USERS, load_demo
    from workbench.operations.context import Context

    cluster = Cluster.open_or_create(folder)
    cluster.start()
    if not cluster.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (DEMO_SUPERVISOR,)):
        cluster.create_role(DEMO_SUPERVISOR)
    cluster.execute(sql.SQL("ALTER ROLE {} LOGIN CREATEROLE").format(
        sql.Identifier(DEMO_SUPERVISOR)))
    if DATABASE not in cluster.databases():
        cluster.create_database(DATABASE, owner=DEMO_SUPERVISOR)
    address = f"postgresql:///{DATABASE}?host={cluster.socket_dir}&port={cluster.port}"
    users = [{"name": n, "role": r.value, "passphrase": DEMO_PASSPHRASE} for n, r in DEMO_USERS]
    try:
        hub = hubs.open_hub(address, DEMO_SUPERVISOR, DEMO_PASSPHRASE)
        reused = True
    except UnknownUser:  # a new database: the hub is made now
        hub, _code = hubs.init_hub(address, DEMO_SUPERVISOR, "supervisor", DEMO_PASSPHRASE,
                                   kdf_profile=kdf_profile)
        reused = False
    try:
        if not reused:
            for name, role in DEMO_USERS:
                if name != DEMO_SUPERVISOR:
                    hub.add_user(name, role, DEMO_PASSPHRASE)
            load_demo(Context(hub, today=lambda: today), advocate=DEMO_USERS[0][0],
                      users={n for n, _r in DEMO_USERS})
        cases = len(hub.store.list_cases())
    finally:
        hub.lock()
    return {"hub": parse(address).display, "address": address, "folder": str(folder),
            "reused": reused, "cases": cases, "users": users}
