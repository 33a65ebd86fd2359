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


# --- split blocks (SplitBlockCodec) and the archive's posting reader -----------------------

# Enough documents for several 128-posting blocks, with varied term frequencies.
MANY = [
    {
        "id": str(n),
        "text": " ".join(["điện"] * (1 + n % 5) + ["gió"] + (["hiếm"] if n % 97 == 0 else [])),
        "pairs": "điện_gió" + " điện_gió" * (n % 3),
        "facet": "vi" if n % 2 else "th",
    }
    for n in range(700)
]


def write_with(path, codec, docs, segments: int = 1):
    path.mkdir(exist_ok=True)
    index = FileStorage(str(path)).create_index(SCHEMA)
    step = len(docs) // segments
    for start in range(0, len(docs), step):
        writer = index.writer(codec=codec)
        for doc in docs[start : start + step]:
            writer.add_document(**doc)
        writer.commit(merge=False)
    return index


def _matcher_postings(searcher, field, text):
    """Through Whoosh's own matchers (the reference the archive's reader must agree with)."""
    ids, weights = [], []
    for reader, offset in searcher.reader().leaf_readers():
        if (field, text) not in reader:
            continue
        matcher = reader.postings(field, text)
        while matcher.is_active():
            ids.append(matcher.id() + offset)
            weights.append(matcher.weight())
            matcher.next()
    return ids, weights


TERMS = [("text", "điện"), ("text", "gió"), ("text", "hiếm"), ("pairs", "điện_gió"), ("facet", "vi")]


def codec_named(name: str):
    """Whoosh's W3, the archive's split blocks at Whoosh's block size (several blocks for
    MANY), and the archive's codec as configured."""
    from whoosh.codec.whoosh3 import W3Codec

    from archive.search.whoosh.codec import SplitBlockCodec

    if name == "w3":
        return W3Codec(inlinelimit=INLINE_POSTINGS)
    if name == "split":
        return SplitBlockCodec(blocklimit=128, inlinelimit=INLINE_POSTINGS)
    return archive_codec()


@pytest.mark.parametrize("segments", [1, 3])
@pytest.mark.parametrize("codec", ["w3", "split", "archive"])
def test_the_posting_reader_reads_what_whoosh_reads(tmp_path, codec, segments):
    index = write_with(tmp_path / codec, codec_named(codec), MANY, segments)
    with index.searcher() as searcher:
        for field, text in TERMS:
            expected = _matcher_postings(searcher, field, text)
            assert postings(searcher, field, text) == expected, (field, text)
        assert len(postings(searcher, "text", "điện")[0]) == 700  # several blocks of 128
        assert set(postings(searcher, "text", "điện")[1]) == {1.0, 2.0, 3.0, 4.0, 5.0}
        assert list(posting_blocks(searcher, "text", "absent")) == []
        assert list(posting_blocks(searcher, "no_such_field", "điện")) == []


def test_split_blocks_answer_whoosh_queries_and_merge_with_older_segments(tmp_path):
    from archive.search.whoosh.codec import ArchiveCodec, SplitBlockCodec

    # Two segments written by the codec before, one by this one: a live index mid-upgrade.
    index = write_with(tmp_path, ArchiveCodec(inlinelimit=INLINE_POSTINGS), MANY[:400], segments=2)
    writer = index.writer(codec=archive_codec())
    for doc in MANY[400:]:
        writer.add_document(**doc)
    writer.commit(merge=False)
    codecs = {type(segment.codec()) for segment in index._segments()}
    assert codecs == {ArchiveCodec, SplitBlockCodec}

    def answers():
        with index.searcher() as searcher:
            return (
                _matcher_postings(searcher, "text", "điện"),
                postings(searcher, "text", "điện"),
                sorted(hit["id"] for hit in searcher.search(wq.Phrase("text", ["gió", "hiếm"]), limit=None)),
                len(searcher.search(wq.Term("facet", "th"), limit=None)),
            )

    before = answers()
    assert before[0] == before[1]
    assert before[2] == [str(n) for n in sorted(range(0, 700, 97), key=str)]
    assert before[3] == 350
    writer = index.writer(codec=archive_codec())
    writer.commit(optimize=True)
    assert {type(segment.codec()) for segment in index._segments()} == {SplitBlockCodec}
    assert answers() == before


def test_split_blocks_keep_positions_apart_from_ids(tmp_path):
    """Reading a split block's ids and weights leaves its positions compressed."""
    from archive.search.whoosh.codec import split_block_parts, unpack_part

    index = write_with(tmp_path, codec_named("split"), MANY)
    with index.searcher() as searcher:
        matcher = searcher.reader().postings("text", "điện")
        first_ids = [matcher.id()]
        assert matcher._values is None  # the ids were read, the positions not
        ids_part, weights_part, values_part = split_block_parts(
            matcher._postfile.get(matcher._dataoffset, matcher._nextoffset - matcher._dataoffset)
        )
        deltas = np.frombuffer(unpack_part(ids_part, matcher._compression), dtype="<u4")
        assert deltas[0] == first_ids[0] == 0 and len(deltas) == 128
        assert values_part and weights_part
        assert list(matcher.value_as("positions")) == [0]  # document 0: "điện gió"


PHRASE_DOCS = [
    {"id": str(n), "text": text, "pairs": "x", "facet": "vi"}
    for n, text in enumerate(
        [
            "năng_lượng tái_tạo ở việt_nam",
            "tái_tạo năng_lượng",  # the words in the other order
            "năng_lượng sạch và năng_lượng tái_tạo",  # the phrase at its second start
            "năng_lượng x tái_tạo",  # apart
            "năng_lượng năng_lượng năng_lượng",  # a word repeated
            "điện gió",
        ]
        * 30  # 180 documents: several blocks per word
    )
]
PHRASES = [
    ["năng_lượng", "tái_tạo"],
    ["tái_tạo", "năng_lượng"],
    ["năng_lượng", "năng_lượng"],
    ["năng_lượng", "tái_tạo", "ở", "việt_nam"],
    ["năng_lượng", "absent"],
    ["điện", "gió"],
]


@pytest.mark.parametrize("codec", ["w3", "split", "archive"])
def test_phrases_from_positions_match_whoosh_phrases(tmp_path, codec):
    from archive.search.whoosh.bitsets import DocSets
    from archive.search.whoosh.postings import phrase_documents

    chosen = codec_named(codec)
    index = write_with(tmp_path, chosen, PHRASE_DOCS, segments=3)
    writer = index.writer(codec=chosen)
    writer.delete_by_term("id", "2")  # a deleted document holding a phrase
    writer.commit(merge=False)
    with index.searcher() as searcher:
        sets = DocSets(searcher)
        for words in PHRASES:
            whoosh = sorted(searcher.docs_for_query(wq.Phrase("text", words)))
            ours = sorted(
                d for d in phrase_documents(searcher, "text", words).tolist() if not searcher.reader().is_deleted(d)
            )
            assert ours == whoosh, words
            assert sets.members(sets.bits(wq.Phrase("text", words))).tolist() == whoosh, words
        assert len(sorted(searcher.docs_for_query(wq.Phrase("text", PHRASES[0])))) == 59  # 30 + 30, one deleted
