"""User-facing errors: each one is printed by the CLI as a single line.

Library code raises these for anything the user must act on (bad input,
missing or busy store, bad query).  Any other exception is a bug.
"""

from __future__ import annotations


class KgError(Exception):
    """Base class: ``str(err)`` is a complete one-line message."""

    exit_code = 1


class InputError(KgError):
    """An input path or document that cannot be read as an article."""

    exit_code = 2


class UsageError(KgError):
    """A bad option value (unknown format, bad number, …)."""

    exit_code = 2


class StoreError(KgError):
    """The store is missing, unreadable or not a kg store."""


class StoreBusyError(StoreError):
    """Another process holds the store's write lock."""

    exit_code = 3


class QueryError(KgError):
    """A SPARQL syntax error, or an update sent where only queries are allowed."""

    exit_code = 2


class OutputError(KgError):
    """An output file that cannot be written."""
