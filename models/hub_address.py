"""Hub addresses: ``postgresql://HOST[:PORT]/DB``, no secret in them, TLS verified off-host.

Authentication is libpq's own: a client certificate, ``.pgpass``/``PGPASSFILE``, or a password
the face asks for (``password=``, never part of the address). Any host that is not this machine
(a unix socket folder, ``localhost``, 127.0.0.1 or ::1) needs ``sslmode=verify-full`` (the
default here) or ``verify-ca``; weaker modes are refused, not silently used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from models.errors import InsecureConnection, InvalidInput
from models.i18n import fill, translate

SCHEMES = ("postgresql", "postgres")
LOCAL_HOSTS = frozenset({"", "localhost", "127.0.0.1", "::1"})
VERIFIED = frozenset({"verify-full", "verify-ca"})
# libpq parameters an address may carry (TLS material and timeouts; never a password)
ALLOWED = frozenset({"host", "port", "sslmode", "sslrootcert", "sslcert", "sslkey", "sslcrl",
                     "connect_timeout", "target_session_attrs", "application_name"})
_DB = re.compile(r"[A-Za-z0-9_.-]{1,63}")


def is_hub_address(text: object) -> bool:
    """True for ``postgresql://…`` (what a VAULT argument may also be)."""
    return isinstance(text, str) and text.split("://", 1)[0].lower() in SCHEMES and "://" in text


@dataclass(frozen=True)
class HubAddress:
    """A parsed hub address: where to connect, never who or with what secret."""

    host: str  # a host name, an IP, or a unix socket folder ("/run/postgresql")
    port: int | None
    database: str
    params: tuple[tuple[str, str], ...] = ()

    @property
    def local(self) -> bool:
        """True for a unix socket or a loopback host (TLS optional)."""
        return self.host.startswith("/") or self.host.lower() in LOCAL_HOSTS

    @property
    def display(self) -> str:
        """The address as typed back to a person (no parameters: they hold file paths)."""
        where = self.host if not self.host.startswith("/") else "localhost"
        port = f":{self.port}" if self.port else ""
        return f"postgresql://{where}{port}/{self.database}"

    def connect_args(self, user: str, password: str | None = None) -> dict[str, Any]:
        """Keyword arguments for psycopg.connect (libpq reads .pgpass and certificates itself)."""
        args: dict[str, Any] = {"dbname": self.database, "user": user,
                                "application_name": "workbench", "connect_timeout": 10}
        if self.host:
            args["host"] = self.host
        if self.port:
            args["port"] = self.port
        args.update(dict(self.params))
        if not self.local:
            args.setdefault("sslmode", "verify-full")
        if password is not None:
            args["password"] = password
        return args


def parse(text: str) -> HubAddress:
    """Parse a hub address; InvalidInput or InsecureConnection say what to change."""
    if not is_hub_address(text):
        raise InvalidInput(translate("HubAddress",
                "A hub address starts with postgresql:// (e.g. "
                "postgresql://hub.example.org/workbench)."), field="hub")
    parts = urlsplit(text)
    if parts.password is not None:
        raise InvalidInput(translate("HubAddress",
                "Put no password in the hub address: use a client certificate, a .pgpass file "
                "(PGPASSFILE), or answer the prompt."), field="hub")
    if parts.username:
        raise InvalidInput(translate("HubAddress",
                "Put no user name in the hub address: give it with --user."),
                           field="hub")
    params = dict(parse_qsl(parts.query, keep_blank_values=True))
    unknown = sorted(set(params) - ALLOWED)
    if "password" in params:
        raise InvalidInput(translate("HubAddress",
                "Put no password in the hub address: use a client certificate, a .pgpass file "
                "(PGPASSFILE), or answer the prompt."), field="hub")
    if unknown:
        raise InvalidInput(fill(translate("HubAddress",
                "The hub address has parameters Workbench does not use: %1."),
                ', '.join(unknown)), field="hub")
    host = unquote(parts.hostname or "") if parts.hostname else params.pop("host", "")
    params.pop("host", None)
    try:
        port = parts.port or (int(params.pop("port")) if "port" in params else None)
    except ValueError:
        raise InvalidInput(translate("HubAddress",
                "The hub address's port is not a number."), field="hub") from None
    params.pop("port", None)
    database = unquote(parts.path.lstrip("/"))
    if not _DB.fullmatch(database):
        raise InvalidInput(translate("HubAddress",
                "The hub address needs a database name after the host "
                "(postgresql://HOST[:PORT]/DB)."), field="hub")
    address = HubAddress(host, port, database, tuple(sorted(params.items())))
    mode = params.get("sslmode")
    if not address.local and mode is not None and mode not in VERIFIED:
        raise InsecureConnection(
            fill(translate("HubAddress",
                "sslmode=%1 would not verify the server's certificate; a hub that is not on this "
                "machine needs sslmode=verify-full (the default) or verify-ca."),
                mode))
    return address
