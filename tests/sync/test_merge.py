"""The per-field merge on its own: commutative, associative, idempotent; equal values from
two laptops are agreement, not a conflict, yet each keeps its dot."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tomoni_desktop.sync.merge import distinct, join, merge_field

VALUES = st.sampled_from([None, "", "80", "65"])  # few values: equal ones meet often
REPLICAS = 4


def _replay(steps) -> list[tuple[dict, list]]:
    """States reachable by writes and merges on four replicas of one field."""
    contexts: list[dict] = [{} for _ in range(REPLICAS)]
    fields: list[list] = [[] for _ in range(REPLICAS)]
    counters = [0] * REPLICAS
    clock = 0
    for kind, a, b, value in steps:
        if kind == "write":
            counters[a] += 1
            clock += 1
            node = f"n{a}"
            fields[a] = [[node, counters[a], clock, value]]
            contexts[a] = join(contexts[a], {node: counters[a]})
        else:
            fields[b] = merge_field(fields[b], contexts[b], fields[a], contexts[a])
            contexts[b] = join(contexts[b], contexts[a])
    return list(zip(contexts, fields, strict=True))


def _merge(x, y):
    return join(x[0], y[0]), merge_field(x[1], x[0], y[1], y[0])


def _key(state):
    return state[0], sorted(map(tuple, state[1]))


STEPS = st.lists(
    st.tuples(
        st.sampled_from(["write", "merge"]),
        st.integers(0, REPLICAS - 1),
        st.integers(0, REPLICAS - 1),
        VALUES,
    ),
    max_size=30,
)


# derandomize: the same 400 schedules on every run, so CI is repeatable; the case that broke
# associativity while equal values kept one dot is pinned below.
@settings(max_examples=400, deadline=None, derandomize=True)
@given(STEPS, st.integers(0, REPLICAS - 1), st.integers(0, REPLICAS - 1), st.integers(0, 3))
def test_merge_is_commutative_associative_and_idempotent(steps, i, j, k):
    states = _replay(steps)
    x, y, z = states[i], states[j], states[k % REPLICAS]
    assert _key(_merge(x, y)) == _key(_merge(y, x))
    assert _key(_merge(_merge(x, y), z)) == _key(_merge(x, _merge(y, z)))
    assert _key(_merge(x, x)) == _key(x)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(STEPS)
def test_a_value_is_shown_once_and_everyone_ends_equal(steps):
    states = _replay(steps)
    for _context, siblings in states:
        values = [s[3] for s in distinct(siblings)]
        assert len(values) == len(set(values)) == len({s[3] for s in siblings})
        assert distinct(siblings)[:1] == siblings[:1]  # the shown sibling is one of them
    everything = states[0]
    for state in states[1:]:
        everything = _merge(everything, state)
    ends = [_key(_merge(state, everything)) for state in states]
    assert all(end == ends[0] for end in ends)


def test_two_laptops_that_both_wrote_empty_agree():
    first = ({"a": 1}, [["a", 1, 10, None]])
    second = ({"b": 1}, [["b", 1, 11, None]])
    context, siblings = _merge(first, second)
    assert distinct(siblings) == [["b", 1, 11, None]] and context == {"a": 1, "b": 1}
    assert siblings == [["b", 1, 11, None], ["a", 1, 10, None]]  # every dot kept
    # Meeting a side that still holds the other empty value changes nothing.
    assert _merge((context, siblings), first)[1] == siblings


def test_equal_values_written_on_two_laptops_merge_in_any_order():
    steps = [("write", 2, 0, ""), ("write", 0, 0, ""), ("merge", 0, 1, None), ("write", 0, 0, None)]
    x, y, z = _replay(steps)[:3]
    assert _key(_merge(_merge(x, y), z)) == _key(_merge(x, _merge(y, z)))
