"""Dagster's event log for a local instance: SQLite files where Dagster keeps them, written at a build's pace.

Dagster's own SQLite event log opens a new connection for every event and
closes it after one commit; in WAL mode the close of the last connection
checkpoints the log into the database, so every event costs a few fsyncs
(about 25 ms on a busy disk, and a build records about 200 events counting
the index's copies). This storage keeps the same files, tables and
behaviour (``<DAGSTER_HOME>/history/runs/<run>.db`` and ``index.db``, read
by ``make dev`` and the daemon as they are) but keeps a connection open per
database and commits with ``synchronous=NORMAL``: a commit appends to the
write-ahead log without an fsync, and SQLite checkpoints it every thousand
pages. A crash of the process loses nothing; a power cut may lose the last
events of a run, never the database's consistency (the release itself is
fsynced by the build, which never reads the event log to decide anything).

Connections are kept for the few databases used last (the index and the
current runs) and dropped in a forked child, which opens its own.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager

from dagster import Field, StringSource
from dagster._core.storage.event_log.sqlite.sqlite_event_log import SqliteEventLogStorage
from dagster._core.storage.sqlite import SQLITE_BUSY_TIMEOUT_SECONDS
from sqlalchemy import create_engine, event
from sqlalchemy.pool import StaticPool

OPEN_DATABASES = 4  # connections kept: the index and the runs written last


class EventLogStorage(SqliteEventLogStorage):
    """SQLite event log storage with kept connections (see the module's docstring); configured in dagster.yaml as
    ``event_log_storage`` with ``home`` (the instance's folder, DAGSTER_HOME)."""

    def __init__(self, home: str, inst_data=None):
        self._home = home
        self._engines: OrderedDict = OrderedDict()
        self._engines_pid = os.getpid()
        super().__init__(os.path.join(home, "history", "runs"), inst_data=inst_data)

    @classmethod
    def config_type(cls):
        return {"home": Field(StringSource, description="The instance's folder (DAGSTER_HOME); the logs go in history/runs/ under it.")}

    @classmethod
    def from_config_value(cls, inst_data, config_value) -> EventLogStorage:
        return cls(inst_data=inst_data, **config_value)

    @contextmanager
    def _connect(self, shard: str) -> Iterator:
        with self._db_lock:
            engine = self._engine(shard)
            with engine.connect() as conn, conn.begin():
                yield conn

    def _engine(self, shard: str):
        if self._engines_pid != os.getpid():  # a forked child never uses its parent's connections
            self._engines = OrderedDict()
            self._engines_pid = os.getpid()
        engine = self._engines.get(shard)
        if engine is not None:
            self._engines.move_to_end(shard)
            return engine
        engine = create_engine(
            self.conn_string_for_shard(shard),
            poolclass=StaticPool,  # one connection, used under the storage's lock from any thread
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_SECONDS, "check_same_thread": False},
        )
        event.listen(engine, "connect", _commit_without_fsync)
        if shard not in self._initialized_dbs:
            self._initdb(engine)
            self._initialized_dbs.add(shard)
        self._engines[shard] = engine
        while len(self._engines) > OPEN_DATABASES:
            _, oldest = self._engines.popitem(last=False)
            oldest.dispose()
        return engine

    def dispose(self) -> None:
        with self._db_lock:
            for engine in self._engines.values():
                engine.dispose()
            self._engines.clear()
        super().dispose()


def _commit_without_fsync(connection, _record) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
