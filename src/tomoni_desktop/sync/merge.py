"""The merge of one row's state with another's: per field, commutative, associative, idempotent.

A row's state is its causal context `c` (a version vector: node -> highest counter seen for
this row) and, per field, its siblings: the values no write has yet superseded, each as
[node, counter, clock, value]. A local write supersedes every sibling it has seen. Merging
keeps a sibling unless the other side has seen its dot and dropped it. Which sibling is shown
is decided by (clock, node, counter); the clock only ranks siblings that are truly concurrent,
so a laptop with a wrong clock cannot undo an edit it has seen (design/sync.md, 1, 2, 5, 6).
"""

from __future__ import annotations

from typing import Any

Sibling = list  # [node, counter, clock, value]
Vector = dict[str, int]


def rank(sibling: Sibling) -> tuple[int, str, int]:
    """(clock, node, counter); a dot [node, counter, clock] ranks as its sibling does."""
    return sibling[2], sibling[0], sibling[1]


def covers(vector: Vector, node: str, counter: int) -> bool:
    return vector.get(node, 0) >= counter


def dominates(big: Vector, small: Vector) -> bool:
    """True when `big` has seen everything `small` has."""
    return all(big.get(node, 0) >= counter for node, counter in small.items())


def join(a: Vector, b: Vector) -> Vector:
    out = dict(a)
    for node, counter in b.items():
        if counter > out.get(node, 0):
            out[node] = counter
    return out


def meet(vectors: list[Vector]) -> Vector:
    """What every one of `vectors` has seen."""
    if not vectors:
        return {}
    nodes = set(vectors[0]).intersection(*vectors[1:])
    return {n: min(v[n] for v in vectors) for n in nodes}


def merge_field(
    local: list[Sibling], local_context: Vector, remote: list[Sibling], remote_context: Vector
) -> list[Sibling]:
    """Siblings neither side has superseded, the shown one first.

    Siblings that hold the same value are one value, not a conflict (two laptops that both
    wrote "empty" agree: see `distinct`), yet each keeps its own dot. A later write that saw
    only one of them supersedes that one alone, and whichever way the states meet, the
    other is still there to meet it: dropping it would make the merge depend on the order.
    """
    remote_dots = {(s[0], s[1]) for s in remote}
    local_dots = {(s[0], s[1]) for s in local}
    kept = [
        s for s in local if (s[0], s[1]) in remote_dots or not covers(remote_context, s[0], s[1])
    ]
    kept += [
        s
        for s in remote
        if (s[0], s[1]) not in local_dots and not covers(local_context, s[0], s[1])
    ]
    kept.sort(key=rank, reverse=True)
    return kept


def distinct(siblings: list[Sibling]) -> list[Sibling]:
    """One sibling per value, the greatest of each (siblings come shown first): the values
    a person is shown, and a conflict only when there are two or more."""
    if len(siblings) < 2:
        return siblings
    seen: list[Any] = []
    found = []
    for sibling in siblings:
        if not any(sibling[3] == value for value in seen):  # == : 80 and 80.0 are one
            seen.append(sibling[3])
            found.append(sibling)
    return found


def merge_fields(
    local: dict[str, list[Sibling]],
    local_context: Vector,
    remote: dict[str, list[Sibling]],
    remote_context: Vector,
    keep_local: frozenset[str] = frozenset(),
) -> dict[str, list[Sibling]]:
    """Every field of a row merged; fields in `keep_local` were left out by the sender
    because this side already has them (content-addressed files)."""
    merged: dict[str, list[Sibling]] = {}
    for name in local.keys() | remote.keys():
        if name in keep_local and name in local:
            merged[name] = local[name]
            continue
        siblings = merge_field(
            local.get(name, []), local_context, remote.get(name, []), remote_context
        )
        if siblings:
            merged[name] = siblings
    return merged


def shown(siblings: list[Sibling]) -> Any:
    return siblings[0][3] if siblings else None
