"""The article rules' one loop finder, used for ``within`` and ``part_of`` alike."""

from __future__ import annotations

from readquiz.article.rules import find_loops


def _graph(edges: dict[str, list[str]]) -> list[list[str]]:
    return find_loops(list(edges), lambda node: edges.get(node, []))


def test_no_loop_in_a_tree() -> None:
    assert _graph({"city": ["country"], "country": ["region"], "region": []}) == []


def test_a_chain_loop_is_found_once() -> None:
    assert _graph({"a": ["b"], "b": ["c"], "c": ["a"]}) == [["a", "b", "c"]]


def test_a_node_on_two_loops_gives_both_and_a_self_loop_counts() -> None:
    loops = _graph({"army": ["government", "police"], "government": ["army"], "police": ["army"]})
    assert sorted(sorted(loop) for loop in loops) == [["army", "government"], ["army", "police"]]
    assert _graph({"x": ["x"]}) == [["x"]]


def test_a_long_chain_does_not_recurse() -> None:
    edges = {f"n{i}": [f"n{i + 1}"] for i in range(5000)}
    edges["n5000"] = ["n0"]
    (loop,) = _graph(edges)
    assert len(loop) == 5001
