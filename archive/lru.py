"""A least-recently-used store bounded by the total weight of its entries.

The per-process memos (archive/search/memo.py: repeated searches, weighed one each;
archive/web/pages.py: whole public pages, weighed in bytes) keep only what fits, so a
worker's memory stays bounded however many distinct keys it is asked for.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable


class Bounded:
    def __init__(self) -> None:
        self._entries: OrderedDict[Hashable, tuple[object, int]] = OrderedDict()
        self.weight = 0

    def get(self, key: Hashable, default=None):
        entry = self._entries.get(key)
        if entry is None:
            return default
        self._entries.move_to_end(key)
        return entry[0]

    def put(self, key: Hashable, value: object, weight: int, limit: int) -> None:
        """Keep `value`, then drop the least recently used entries until the total is ≤ limit."""
        if weight > limit:
            return
        old = self._entries.pop(key, None)
        if old is not None:
            self.weight -= old[1]
        self._entries[key] = (value, weight)
        self.weight += weight
        while self.weight > limit:
            _, (_, dropped) = self._entries.popitem(last=False)
            self.weight -= dropped

    def __len__(self) -> int:
        return len(self._entries)

    def clear(self) -> None:
        self._entries.clear()
        self.weight = 0
