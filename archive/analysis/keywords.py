"""Keywords (a source's subject tags) as index terms.

A stored keyword and a typed query give the same token when they are the same
words, with or without diacritics or capitals: 'Năng lượng tái tạo' and
'nang luong tai tao' are both `nang_luong_tai_tao`; Thai is left as written.
"""

from __future__ import annotations

from archive.analysis import fold, normalise


def keyword_token(text: str) -> str:
    return "_".join(fold(normalise(text)).split())
