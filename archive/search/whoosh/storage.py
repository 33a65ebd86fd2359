"""The index's files read with `os.pread` inside a compound segment file.

A merged segment is one compound file; Whoosh reads each of its parts (term dictionary,
postings, lengths) through a `SubFile` that seeks the shared buffered file and reads.
After every seek Python's buffered reader refills its 8 KB buffer, so a 12-byte read of
the term dictionary's hash table costs a syscall and a copy of 8 KB. A query makes a few
hundred such reads (document frequencies for ranking and slip correction). `os.pread`
reads just the bytes asked, at an offset, in one call, and does not move the file's
position, so reads from two threads cannot interleave a seek and a read.
"""

from __future__ import annotations

import os

from whoosh.filedb.compound import SubFile
from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import StructFile


class PreadStorage(FileStorage):
    """FileStorage whose files hand out pread-backed ranges to a compound segment
    (CompoundStorage.open_file uses a file's `subset` when it has one)."""

    def open_file(self, name, **kwargs):
        return _RangedFile(open(self._fpath(name), "rb"), name=name, **kwargs)


class _RangedFile(StructFile):
    def subset(self, offset: int, length: int, name=None) -> StructFile:
        return StructFile(_PreadRange(self.file, offset, length, name=name), name=name)


class _PreadRange(SubFile):
    """A SubFile whose reads are one `os.pread` each; readline and seek are SubFile's."""

    def read(self, size=None):
        available = self._length - self._pos
        size = available if size is None else min(size, available)
        if size <= 0:  # as SubFile: nothing for a negative size
            return b""
        data = os.pread(self._file.fileno(), size, self._offset + self._pos)
        self._pos += len(data)
        return data
