"""Union-find over actors or mentions that refuses merges the evidence forbids.

Two members never join when they carry different dictionary identities, when one is a
person and the other a country, or (on request) when they are people of different
countries. ``strict_kinds`` also keeps kinds apart (organisations and groups count as one),
except for a name the NER mislabelled, joined ``mislabelled`` (a surname read as a body's, a
defined acronym read as a place's).
"""

from __future__ import annotations

from collections.abc import Sequence

_FAMILY = {"ORG": "ORG", "GROUP": "ORG"}


class Groups:
    def __init__(self, keys: Sequence[str | None], kinds: Sequence[str | None],
                 countries: Sequence[str | None], *, strict_kinds: bool) -> None:
        self.parent = list(range(len(keys)))
        self.key = list(keys)
        self.kind = list(kinds)
        self.country = list(countries)
        self.strict_kinds = strict_kinds

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int, *, strict_country: bool = False,
             mislabelled: bool = False) -> bool:
        """Put ``i`` and ``j`` in one group if nothing forbids it; return whether they are."""
        a, b = self.find(i), self.find(j)
        if a == b:
            return True
        if self.key[a] and self.key[b] and self.key[a] != self.key[b]:
            return False
        kinds = {self.kind[a], self.kind[b]}
        if kinds >= {"PERSON", "COUNTRY"}:
            return False
        if self.strict_kinds and not mislabelled and \
                _FAMILY.get(self.kind[a], self.kind[a]) != _FAMILY.get(self.kind[b], self.kind[b]):
            return False
        if strict_country and self.country[a] and self.country[b] \
                and self.country[a] != self.country[b]:
            return False
        self.parent[b] = a
        self.key[a] = self.key[a] or self.key[b]
        self.country[a] = self.country[a] or self.country[b]
        self.kind[a] = "PERSON" if "PERSON" in kinds else self.kind[a]
        return True
