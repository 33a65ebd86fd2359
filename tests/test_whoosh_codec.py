"""Short posting lists kept in the term index (archive/search/whoosh/codec.py): written,
read back by the archive's own posting reader and by Whoosh's queries, and merged; and
the fields for pre-analysed text index exactly as Whoosh's own (fields.py)."""

from __future__ import annotations

import numpy as np
import pytest
from whoosh import query as wq
from whoosh.analysis import SpaceSeparatedTokenizer
from whoosh.fields import ID, KEYWORD, TEXT, Schema
from whoosh.filedb.filestore import FileStorage

from archive.search.whoosh.codec import INLINE_POSTINGS, archive_codec
from archive.search.whoosh.fields import SpacedKeywords, SpacedText
from archive.search.whoosh.postings import posting_blocks

SCHEMA = Schema(
    id=ID(stored=True, unique=True),
    text=TEXT(analyzer=SpaceSeparatedTokenizer(), phrase=True),
    pairs=KEYWORD(lowercase=False, commas=False, scorable=True),
    facet=ID(sortable=True),
)
# "hiếm" in 3 documents (inlined), "phổ_biến" in 40 (a block of its own).
DOCS = [
    {
        "id": str(n),
        "text": f"điện {'hiếm năng_lượng ' if n % 15 == 0 else ''}phổ_biến gió",
        "pairs": f"điện_gió{' hiếm_có hiếm_có' if n % 15 == 0 else ''}",
        "facet": "vi" if n % 2 else "th",
    }
    for n in range(40)
]


def write(path, docs, segments: int = 1):
    index = FileStorage(str(path)).create_index(SCHEMA)
    step = len(docs) // segments
    for start in range(0, len(docs), step):
        writer = index.writer(codec=archive_codec())
        for doc in docs[start : start + step]:
            writer.add_document(**doc)
        writer.commit(merge=False)
    return index


def postings(searcher, field, text):
    blocks = list(posting_blocks(searcher, field, text))
    return np.concatenate([ids for ids, _ in blocks]).tolist(), np.concatenate([w for _, w in blocks]).tolist()


def test_short_lists_are_kept_in_the_term_entry(tmp_path):
    index = write(tmp_path, DOCS)
    with index.searcher() as searcher:
        reader = searcher.reader()
        assert reader.term_info("text", "hiếm").is_inlined()
        assert reader.term_info("pairs", "hiếm_có").is_inlined()
        assert not reader.term_info("text", "phổ_biến").is_inlined()  # 40 ≥ INLINE_POSTINGS
        assert 3 < INLINE_POSTINGS < 40


@pytest.mark.parametrize("segments", [1, 4])
def test_inlined_postings_read_back_and_match(tmp_path, segments):
    index = write(tmp_path, DOCS, segments)
    with index.searcher() as searcher:
        ids, weights = postings(searcher, "pairs", "hiếm_có")
        assert sorted(searcher.stored_fields(i)["id"] for i in ids) == ["0", "15", "30"]
        assert weights == [2.0, 2.0, 2.0]  # the pair twice in each
        assert len(postings(searcher, "text", "phổ_biến")[0]) == 40
        phrase = searcher.search(wq.Phrase("text", ["hiếm", "năng_lượng"]), limit=None)
        assert sorted(hit["id"] for hit in phrase) == ["0", "15", "30"]
        assert len(searcher.search(wq.Term("facet", "vi"), limit=None)) == 20


def test_segments_with_inlined_postings_merge(tmp_path):
    index = write(tmp_path, DOCS, segments=4)
    writer = index.writer(codec=archive_codec())
    writer.commit(optimize=True)  # every posting, inlined or not, goes through the merge
    assert len(index._segments()) == 1
    with index.searcher() as searcher:
        assert searcher.doc_count() == 40
        assert len(searcher.search(wq.Phrase("text", ["hiếm", "năng_lượng"]), limit=None)) == 3
        assert len(searcher.search(wq.Term("facet", "th"), limit=None)) == 20
        assert searcher.reader().term_info("text", "hiếm").is_inlined()


# --- the fields for pre-analysed text (archive/search/whoosh/fields.py) ---------------------

TEXTS = [
    "",
    "điện gió điện mặt_trời điện",
    "พลังงาน ทดแทน\tพลังงาน\nลม\r\nพลังงาน",
    "  spaces  at   both ends  ",
    "non\xa0breaking\u2003space stays inside a token",
]


@pytest.mark.parametrize("phrase", [True, False])
@pytest.mark.parametrize("text", TEXTS)
def test_spaced_fields_index_as_whoosh_does(text, phrase):
    ours = SpacedText(phrase=phrase)
    whoosh = TEXT(analyzer=SpaceSeparatedTokenizer(), phrase=phrase)
    assert sorted(ours.index(text)) == sorted(whoosh.index(text))
    keywords = SpacedKeywords(lowercase=False, commas=False, scorable=True)
    stock = KEYWORD(lowercase=False, commas=False, scorable=True)
    assert sorted(keywords.index(text)) == sorted(stock.index(text))


def _everything(index) -> dict:
    """Every term's statistics (lengths included) and postings, and every document's field lengths."""
    out = {}
    with index.searcher() as searcher:
        reader = searcher.reader()
        for field, text in reader.all_terms():
            info = reader.term_info(field, text)
            matcher = reader.postings(field, text)
            postings = []
            while matcher.is_active():
                postings.append((matcher.id(), matcher.weight(), matcher.value()))
                matcher.next()
            stats = (info.weight(), info.doc_frequency(), info.min_length(), info.max_length(), info.max_weight())
            out[(field, text)] = (stats, postings)
        for field in ("text", "pairs"):
            out[field] = [reader.doc_field_length(n, field) for n in range(reader.doc_count_all())]
    return out


def test_the_archive_codec_writes_what_whoosh_writes(tmp_path, monkeypatch):
    from whoosh.codec.whoosh3 import W3Codec

    # Documents of different lengths, so that each block's shortest and longest differ.
    docs = [{**doc, "text": doc["text"] + " gió" * (n % 7)} for n, doc in enumerate(DOCS)]
    (tmp_path / "ours").mkdir()
    (tmp_path / "theirs").mkdir()
    ours = write(tmp_path / "ours", docs, segments=4)
    with monkeypatch.context() as patch:
        patch.setitem(globals(), "archive_codec", lambda: W3Codec(inlinelimit=INLINE_POSTINGS))
        theirs = write(tmp_path / "theirs", docs, segments=4)
    assert _everything(ours) == _everything(theirs)
    for index in (ours, theirs):  # and merged, the lengths read back through a merge
        writer = index.writer(codec=archive_codec())
        writer.commit(optimize=True)
    assert _everything(ours) == _everything(theirs)
