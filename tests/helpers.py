"""Helpers shared by several test modules (fixtures live in tests/conftest.py)."""

from __future__ import annotations

import uuid


def database_env(base_env: dict) -> tuple[dict, callable]:
    """A fresh database for subprocesses: a PostgreSQL database beside the test one when
    the suite runs on PostgreSQL (the Makefile's), otherwise an SQLite file in the data dir.

    Returns the environment to run them with and a function that drops that database."""
    url = base_env.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        base_env.pop("DATABASE_URL", None)
        return base_env, lambda: None
    import psycopg

    name = f"archive_conc_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base_env["DATABASE_URL"] = url.rsplit("/", 1)[0] + "/" + name

    def drop():
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return base_env, drop
