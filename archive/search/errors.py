"""Search errors shared by the query service, the backend and the views.

`SearchUnavailable`: the index cannot be read (missing, damaged, being rebuilt). The
search page answers "search is being rebuilt" (503), `/api/search/` 503 JSON with
Retry-After, the search feeds 503; pages that don't need search keep working.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import struct
import zlib

from whoosh.index import IndexError as WhooshIndexError
from whoosh.index import LockError

# How long clients are asked to wait before trying again (seconds).
RETRY_AFTER = 120


class SearchUnavailable(Exception):
    """The search index cannot answer now; try again after a rebuild."""


# What reading a missing, truncated or corrupt Whoosh index raises.
INDEX_ERRORS = (
    OSError,
    EOFError,
    struct.error,
    zlib.error,
    pickle.UnpicklingError,
    WhooshIndexError,  # EmptyIndexError, IndexVersionError, OutOfDateError
    LockError,
)


def raised_in_whoosh(exc: BaseException) -> bool:
    """Did the error come out of Whoosh's own code (reading a truncated or corrupt file)?"""
    tb, last = exc.__traceback__, None
    while tb is not None:
        last, tb = tb, tb.tb_next
    return last is not None and f"{os.sep}whoosh{os.sep}" in last.tb_frame.f_code.co_filename


def is_index_error(exc: BaseException) -> bool:
    """An error that means the index files are missing or damaged, not a bug in the archive.

    Decoding garbage makes Whoosh raise anything (TypeError from `ord()`, ValueError,
    KeyError...): those count when they are raised inside Whoosh itself.
    """
    if isinstance(exc, (SearchUnavailable, *INDEX_ERRORS)):
        return True
    return isinstance(exc, TypeError | ValueError | KeyError | IndexError | AttributeError) and raised_in_whoosh(exc)


@contextlib.contextmanager
def index_errors_as_unavailable():
    """Turn a damaged or missing index into `SearchUnavailable` (keeps the cause)."""
    try:
        yield
    except SearchUnavailable:
        raise
    except Exception as exc:
        if not is_index_error(exc):
            raise
        raise SearchUnavailable(f"{type(exc).__name__}: {exc}") from exc
