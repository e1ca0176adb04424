"""Keys kept outside the database: a salt for keyed hashes of user ids, a key that seals what must be kept a while.

A copy of the database alone then tells nobody who asked what: user ids, visitors and addresses are
stored only as HMACs keyed with the salt (and tied to their channel, so a Slack id is never a web
visitor), and the few things delivery needs for a while (a push target, a reply token, an event
not yet answered) are sealed with Fernet (AES and HMAC, from `cryptography`) and dropped when done.
With SQLite both keys default to 0600 files beside the database; replicas sharing PostgreSQL must
share them, so there they come from the environment.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken


class SealError(ValueError):
    """A sealed value could not be opened (another key, or damaged)."""


class Sealer:
    """Keyed hashes and sealed values, with keys that never enter the database."""

    def __init__(self, salt: str, key: str | bytes) -> None:
        self._salt = salt.encode()
        self._fernet = Fernet(key.encode() if isinstance(key, str) else key)

    def hash(self, channel: str, identity: str | None) -> str | None:
        """The same user (visitor, address) in the same channel always gives the same value; nothing else does."""
        if not identity:
            return None
        return hmac.new(self._salt, f"{channel}\x1f{identity}".encode(), hashlib.sha256).hexdigest()[:32]

    def seal(self, text: str | None) -> str | None:
        return None if text is None else self._fernet.encrypt(text.encode()).decode()

    def open(self, sealed: str | None) -> str | None:
        if sealed is None:
            return None
        try:
            return self._fernet.decrypt(sealed.encode()).decode()
        except (InvalidToken, ValueError) as exc:
            raise SealError("a sealed value could not be opened with this key (PLANBOT_DATA_KEY changed?)") from exc

    def fingerprint(self, secret: str) -> str:
        """A value that changes when `secret` changes (a staff password), without revealing it."""
        return hmac.new(self._salt, b"fingerprint\x1f" + secret.encode(), hashlib.sha256).hexdigest()[:32]


def key_file(path: Path, make) -> str:
    """A secret kept in a 0600 file, made on first use."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another process made it just now
            return path.read_text().strip()
        with os.fdopen(fd, "w") as out:
            out.write(make())
    return path.read_text().strip()


def sealer_for(salt: str | None, key: str | None, database: Path, shared: bool) -> Sealer:
    """From the settings; for SQLite, files `<db>.salt` and `<db>.key` beside the database when unset.

    `shared`: the database is shared by replicas (PostgreSQL), so both keys must be settings.
    """
    if shared and not (salt and key):
        raise ValueError("PostgreSQL を使うときは、全レプリカで同じ PLANBOT_HASH_SALT と PLANBOT_DATA_KEY を設定してください"
                         "（PLANBOT_DATA_KEY は `python -c \"from cryptography.fernet import Fernet; "
                         "print(Fernet.generate_key().decode())\"` で作れます）")
    salt = salt or key_file(database.with_name(database.name + ".salt"), lambda: secrets.token_hex(16))
    key = key or key_file(database.with_name(database.name + ".key"), lambda: Fernet.generate_key().decode())
    try:
        return Sealer(salt, key)
    except ValueError as exc:
        raise ValueError("PLANBOT_DATA_KEY は Fernet の鍵（32 バイトの URL-safe base64）で指定してください") from exc
