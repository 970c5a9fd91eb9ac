"""Hub fixtures (registered by tests/conftest.py): a real hub on the session's PostgreSQL.

``hub_address`` is a fresh database owned by the role ``ana`` (who may create roles, as a
hub's first supervisor's login does), as a hub address over the unix socket; ``new_hub``
initialises it with the fast KDF and returns ``(hub, recovery code, address)``. ``open_as``
opens the same hub as another member. Database roles are cluster-wide: a test that removes a
member leaves its role NOLOGIN, and the next add of that name enables it again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest

from models import hub as hubs
from models.pg_cluster import Cluster
from tests.pg_fixtures import PgDatabase

SUPERVISOR = "ana"
PASSPHRASES = {"ana": "ana's hub passphrase", "cleo": "cleo's hub passphrase",
               "adam": "adam's hub passphrase", "cami": "cami's hub passphrase"}


@dataclass(frozen=True)
class HubAddressFixture:
    """A database ready to become a hub, and how to reach it."""

    url: str
    database: PgDatabase


@pytest.fixture
def hub_address(pg_database: PgDatabase) -> HubAddressFixture:
    """An empty database owned by ``ana`` (CREATEROLE), as postgresql:///DB?host=SOCKET."""
    cluster = pg_database.cluster
    if not cluster.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (SUPERVISOR,)):
        cluster.create_role(SUPERVISOR)
    cluster.execute(f"ALTER ROLE {SUPERVISOR} LOGIN CREATEROLE")
    cluster.execute(f'ALTER DATABASE "{pg_database.name}" OWNER TO {SUPERVISOR}')
    url = f"postgresql:///{pg_database.name}?host={cluster.socket_dir}&port={cluster.port}"
    return HubAddressFixture(url, pg_database)


@pytest.fixture
def new_hub(hub_address: HubAddressFixture) -> Iterator[tuple[hubs.Hub, str, str]]:
    """A hub with ana (supervisor) as its first member; locked afterwards."""
    hub, code = hubs.init_hub(hub_address.url, SUPERVISOR, "supervisor",
                              PASSPHRASES[SUPERVISOR], kdf_profile="fast")
    try:
        yield hub, code, hub_address.url
    finally:
        hub.lock()


@pytest.fixture
def open_as(new_hub: tuple[hubs.Hub, str, str]) -> Iterator[Callable[..., hubs.Hub]]:
    """``open_as(name, role=None)``: add the member (if a role is given) and open as them."""
    hub, _code, url = new_hub
    opened: list[hubs.Hub] = []

    def open_member(name: str, role: str | None = None) -> hubs.Hub:
        if role is not None:
            hub.add_user(name, role, PASSPHRASES[name])
        member = hubs.open_hub(url, name, PASSPHRASES[name])
        opened.append(member)
        return member

    yield open_member
    for member in opened:
        member.lock()


@dataclass(frozen=True)
class HubTemplate:
    """A hub database initialised once per session, to copy (CREATE DATABASE … TEMPLATE)."""

    name: str
    cluster: Cluster


@pytest.fixture(scope="session")
def hub_template(pg_cluster: Cluster) -> Iterator[HubTemplate]:
    """An initialised, empty hub (ana, supervisor) that tests copy instead of initialising."""
    name = "hub_template"
    if not pg_cluster.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (SUPERVISOR,)):
        pg_cluster.create_role(SUPERVISOR)
    pg_cluster.execute(f"ALTER ROLE {SUPERVISOR} LOGIN CREATEROLE")
    pg_cluster.drop_database(name)
    pg_cluster.create_database(name, owner=SUPERVISOR)
    url = f"postgresql:///{name}?host={pg_cluster.socket_dir}&port={pg_cluster.port}"
    hub, _code = hubs.init_hub(url, SUPERVISOR, "supervisor", PASSPHRASES[SUPERVISOR],
                               kdf_profile="fast")
    hub.lock()
    yield HubTemplate(name, pg_cluster)
    pg_cluster.drop_database(name)


def as_new_hub(cluster: Cluster, database: str) -> None:
    """Give a copied hub database its own hub id: a copy made to be another hub (not the same
    hub restored) must not meet the chain heads a workstation remembers of the original."""
    import secrets

    cluster.execute("UPDATE hub_meta SET value = %s WHERE key = 'hub_id'",
                    (secrets.token_hex(16),), db=database)
