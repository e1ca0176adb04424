"""One database for the service's shared state, SQLite or PostgreSQL, behind the same calls and SQL.

SQL is written once with `:name` parameters; the few words the two dialects spell differently
(`FOR UPDATE SKIP LOCKED`) come from the `Database`. SQLite (the default, one process) is one
connection guarded by a lock, its file 0600; PostgreSQL (`PLANBOT_DATABASE_URL`, any number of
replicas) is a psycopg 3 connection pool. The schema is applied by `bot.migrations` when opened.
"""

from __future__ import annotations

import os
import re
import secrets
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_NAMED = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")


class DatabaseError(RuntimeError):
    """The database cannot be reached or refused the work; the message says which database, never a password."""


@dataclass
class Result:
    """What a statement returned: its rows (if any) and how many rows it changed."""

    rows: list[tuple]
    rowcount: int

    def one(self) -> tuple | None:
        return self.rows[0] if self.rows else None


class Transaction:
    """Statements run in one transaction; `execute` returns a `Result`."""

    def __init__(self, run) -> None:
        self._run = run

    def execute(self, sql: str, params: dict[str, Any] | None = None) -> Result:
        return self._run(sql, params or {})

    def many(self, sql: str, rows: Sequence[dict[str, Any]]) -> None:
        for params in rows:
            self._run(sql, params)


class Database:
    """The common face of both databases; use `open_database` to get one."""

    dialect: str = ""
    skip_locked: str = ""  # appended to a SELECT that claims rows other replicas may be claiming

    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        raise NotImplementedError
        yield  # pragma: no cover

    def execute(self, sql: str, params: dict[str, Any] | None = None) -> Result:
        """One statement in a transaction of its own."""
        with self.transaction() as tx:
            return tx.execute(sql, params)

    def ping(self) -> None:
        """Raise `DatabaseError` unless the database answers now (for readiness)."""
        self.execute("SELECT 1")

    def close(self) -> None:
        raise NotImplementedError

    @property
    def description(self) -> str:
        raise NotImplementedError


class SQLiteDatabase(Database):
    """One connection, one writer at a time (`BEGIN IMMEDIATE`); the file and its journal are 0600."""

    dialect = "sqlite"

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")  # with WAL: a killed process loses nothing; only power loss could
        self._db.execute("PRAGMA busy_timeout=30000")
        self._lock = threading.RLock()
        self._depth = 0
        self.restrict()

    def restrict(self) -> None:
        """Only the service's user may read the database (and the journal files SQLite made beside it)."""
        for suffix in ("", "-wal", "-shm"):
            file = self.path.with_name(self.path.name + suffix)
            if file.exists():
                os.chmod(file, 0o600)

    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        with self._lock:
            if self._depth:  # nested: part of the transaction already open
                yield Transaction(self._run)
                return
            self._depth += 1
            try:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    yield Transaction(self._run)
                except BaseException:
                    self._db.execute("ROLLBACK")
                    raise
                self._db.execute("COMMIT")
            except sqlite3.Error as exc:
                raise DatabaseError(f"SQLite {self.path.name}: {exc}") from exc
            finally:
                self._depth -= 1

    def _run(self, sql: str, params: dict[str, Any]) -> Result:
        cursor = self._db.execute(sql, params)
        rows = cursor.fetchall() if cursor.description else []
        return Result(rows, cursor.rowcount)

    def script(self, sql: str) -> None:
        """Several DDL statements (a migration) inside the open transaction."""
        for statement in (s.strip() for s in sql.split(";")):
            if statement:
                self._db.execute(statement)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @property
    def description(self) -> str:
        return f"sqlite:{self.path}"


class PostgresDatabase(Database):
    """A psycopg 3 connection pool; every transaction takes a connection and gives it back."""

    dialect = "postgresql"
    skip_locked = " FOR UPDATE SKIP LOCKED"

    def __init__(self, url: str, size: int = 8, timeout: float = 10.0) -> None:
        from psycopg_pool import ConnectionPool

        self.url = url
        self._sql: dict[str, str] = {}
        self.pool = ConnectionPool(url, min_size=1, max_size=size, timeout=timeout, open=False,
                                   kwargs={"connect_timeout": max(1, int(timeout))}, name="planbot")
        try:
            self.pool.open(wait=True, timeout=timeout)
        except Exception as exc:
            raise DatabaseError(f"PostgreSQL {self.description} に接続できません: {type(exc).__name__}") from exc

    def _postgres(self, sql: str) -> str:
        """`:name` → `%(name)s`, and a literal % doubled, once per statement text."""
        if sql not in self._sql:
            self._sql[sql] = _NAMED.sub(r"%(\1)s", sql.replace("%", "%%"))
        return self._sql[sql]

    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        import psycopg

        try:
            with self.pool.connection() as conn:
                def run(sql: str, params: dict[str, Any]) -> Result:
                    cursor = conn.execute(self._postgres(sql), params)
                    rows = cursor.fetchall() if cursor.description else []
                    return Result(rows, cursor.rowcount)

                yield Transaction(run)
        except (psycopg.Error, OSError) as exc:
            raise DatabaseError(f"PostgreSQL {self.description}: {type(exc).__name__}: {exc}".splitlines()[0]) from exc
        except Exception as exc:  # the pool timed out waiting for a connection
            if type(exc).__module__.startswith("psycopg_pool"):
                raise DatabaseError(f"PostgreSQL {self.description}: {type(exc).__name__}") from exc
            raise

    def close(self) -> None:
        self.pool.close()

    @property
    def description(self) -> str:
        """Host, port and database of the URL, never its password."""
        from psycopg.conninfo import conninfo_to_dict

        try:
            info = conninfo_to_dict(self.url)
        except Exception:
            return "postgresql"
        return f"postgresql://{info.get('host', '')}:{info.get('port', '5432')}/{info.get('dbname', '')}"


def new_id() -> int:
    """A random id: it says nothing of how many came before and cannot be guessed (below 2**53, safe in JSON)."""
    return secrets.randbelow(2**53 - 2**40) + 2**40


def open_database(url: str | None, path: Path, sealer) -> Database:
    """PostgreSQL when `url` is a postgresql:// URL, else the SQLite file at `path`; the schema brought up to date."""
    from bot.migrations import migrate

    database: Database
    if url:
        if not url.startswith(("postgresql://", "postgres://")):
            raise DatabaseError("PLANBOT_DATABASE_URL は postgresql://… の形で指定してください")
        database = PostgresDatabase(url)
    else:
        database = SQLiteDatabase(path)
    migrate(database, sealer)
    if isinstance(database, SQLiteDatabase):
        database.restrict()
    return database
