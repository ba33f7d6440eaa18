"""Identities that last: corpus ids kept across fuses, and where retired ids now point.

In: the groups a fuse proposes (a proposed id and its members: local actor ids, or event ids
for clusters), each member's id from the previous fuse, and the retired ids kept so far. Out:
the final id of each group and the updated map of retired ids (old id -> current id).

A group keeps the previous id most of its members had (ties: the smallest id), so adding
documents never renames an actor or a cluster a user has seen. A group with no history takes
its proposed id. When two groups of the last fuse become one, the id it does not keep is
retired and points at the one it keeps; a retired id whose target is retired in turn points at
the newest, so every id ever shown resolves in one step. The result depends on the groups and
the history only, never on the order they come in.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence


def stable_ids(groups: Mapping[str, Sequence[str]], previous: Mapping[str, str],
               retired: Mapping[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    """Return (proposed id -> final id, retired old id -> current id)."""
    votes = {proposed: Counter(previous[m] for m in members if m in previous)
             for proposed, members in groups.items()}
    final: dict[str, str] = {}
    taken: set[str] = set()
    # the groups with the strongest claim on an old id choose first
    order = sorted(groups, key=lambda g: (-max(votes[g].values(), default=0), g))
    for proposed in order:
        ranked = sorted(votes[proposed].items(), key=lambda kv: (-kv[1], kv[0]))
        chosen = next((old for old, _ in ranked if old not in taken), None)
        if chosen is None:
            chosen = proposed if proposed not in taken else f"{proposed}~{len(taken)}"
        final[proposed] = chosen
        taken.add(chosen)
    # ids of the last fuse that no group kept: point them where most of their members went
    moved: dict[str, Counter[str]] = {}
    for proposed, members in groups.items():
        for m in members:
            old = previous.get(m)
            if old is not None and old not in taken:
                moved.setdefault(old, Counter())[final[proposed]] += 1
    now = {old: min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0] for old, c in moved.items()}
    out = {old: now.get(new, new) for old, new in retired.items() if old not in taken}
    out.update(now)
    return final, out
