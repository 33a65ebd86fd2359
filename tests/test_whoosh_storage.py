"""Compound segment files read with os.pread (archive/search/whoosh/storage.py) give what
Whoosh's own SubFile gives, byte for byte and term for term."""

from __future__ import annotations

import random

import numpy as np
from whoosh.analysis import SpaceSeparatedTokenizer
from whoosh.fields import ID, TEXT, Schema
from whoosh.filedb.compound import CompoundStorage
from whoosh.filedb.filestore import FileStorage

from archive.search.whoosh.codec import archive_codec
from archive.search.whoosh.postings import posting_blocks
from archive.search.whoosh.storage import PreadStorage

SCHEMA = Schema(id=ID(stored=True, unique=True), text=TEXT(analyzer=SpaceSeparatedTokenizer(), phrase=True))
WORDS = "điện gió mặt_trời năng_lượng ASEAN พลังงาน ลม hydro than khí".split()


def make_index(path):
    rng = random.Random(7)
    index = FileStorage(str(path)).create_index(SCHEMA)
    writer = index.writer(codec=archive_codec())
    for n in range(3000):
        writer.add_document(id=str(n), text=" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 30))))
    writer.commit()
    return index


def compound_parts(storage):
    (segment_file,) = [name for name in storage.list() if name.endswith(".seg")]
    return CompoundStorage(storage.open_file(segment_file), use_mmap=False)


def test_every_part_of_a_segment_reads_the_same_bytes(tmp_path):
    make_index(tmp_path)
    ours = compound_parts(PreadStorage(str(tmp_path), supports_mmap=False))
    whoosh = compound_parts(FileStorage(str(tmp_path), supports_mmap=False))
    rng = random.Random(3)
    assert ours.list() and sorted(ours.list()) == sorted(whoosh.list())
    for name in ours.list():
        a, b = ours.open_file(name), whoosh.open_file(name)
        assert a.read() == b.read()  # the whole part
        length = ours.file_length(name)
        for _ in range(200):
            where, size = rng.randrange(length + 5), rng.choice([0, 1, 4, 12, 100, 5000, -1])
            a.seek(where)
            b.seek(where)
            assert (a.read(size), a.tell()) == (b.read(size), b.tell()), (name, where, size)
        a.seek(0)
        b.seek(0)
        assert [a.readline() for _ in range(3)] == [b.readline() for _ in range(3)]
        assert a.get(min(7, length), 9) == b.get(min(7, length), 9)


def test_reads_leave_the_shared_files_position_alone(tmp_path):
    make_index(tmp_path)
    parts = compound_parts(PreadStorage(str(tmp_path), supports_mmap=False))
    name = max(parts.list(), key=parts.file_length)
    part = parts.open_file(name)
    shared = parts._file.file
    shared.seek(11)
    part.seek(100)
    assert len(part.read(50)) == 50
    assert shared.tell() == 11


def test_postings_read_through_it_are_whooshs(tmp_path):
    make_index(tmp_path)
    ours = PreadStorage(str(tmp_path), supports_mmap=False).open_index()
    whoosh = FileStorage(str(tmp_path), supports_mmap=False).open_index()
    with ours.searcher() as a, whoosh.searcher() as b:
        assert a.doc_count() == b.doc_count() == 3000
        for word in WORDS:
            got = [(ids.tolist(), w.tolist()) for ids, w in posting_blocks(a, "text", word)]
            expected = [(ids.tolist(), w.tolist()) for ids, w in posting_blocks(b, "text", word)]
            assert got == expected and np.sum([len(ids) for ids, _ in got]) > 100, word
            assert a.doc_frequency("text", word) == b.doc_frequency("text", word)
