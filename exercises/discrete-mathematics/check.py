from exercise import reachable, topological_order

NET = {"x": ["h1"], "w1": ["h1"], "h1": ["relu"], "relu": ["h2"], "w2": ["h2"], "h2": ["loss"], "y": ["loss"]}


def check_reachable_simple():
    got = reachable(NET, "w1")
    assert set(got) == {"w1", "h1", "relu", "h2", "loss"}, (
        f"reachable(net, 'w1') should be {{'w1', 'h1', 'relu', 'h2', 'loss'}}: everything w1 influences, w1 included; got {got}"
    )
    got = reachable(NET, "loss")
    assert set(got) == {"loss"}, f"reachable(net, 'loss') should be {{'loss'}}: loss has no outgoing edges (and no key of its own), got {got}"


def check_reachable_with_a_cycle():
    graph = {1: [2], 2: [3], 3: [1, 4], 5: [1]}
    got = reachable(graph, 2)
    assert set(got) == {1, 2, 3, 4}, f"reachable({graph}, 2) should be {{1, 2, 3, 4}} (5 has an edge into the cycle, not out of it), got {got}"


def positions_ok(order, graph):
    where = {node: i for i, node in enumerate(order)}
    for u, targets in graph.items():
        for v in targets:
            if where[u] > where[v]:
                return f"the edge {u!r} → {v!r} points backwards: {v!r} is at position {where[v]}, {u!r} at {where[u]}"
    return None


def check_topological_order_of_a_network():
    order = list(topological_order(NET))
    nodes = {"x", "w1", "h1", "relu", "w2", "h2", "y", "loss"}
    missing = nodes - set(order)
    assert not missing, f"topological_order(net) is missing {sorted(missing)}: nodes that appear only as targets (like 'loss') count too"
    assert len(order) == len(nodes), f"topological_order(net) should list each of the {len(nodes)} nodes once, got {len(order)} entries: {order}"
    problem = positions_ok(order, NET)
    assert problem is None, f"topological_order(net) returned {order}, but {problem}. (A depth-first post-order must be reversed.)"


def check_topological_order_of_a_diamond():
    graph = {"a": ["b", "c"], "b": ["d"], "c": ["d"], "d": []}
    order = list(topological_order(graph))
    assert sorted(order) == ["a", "b", "c", "d"], f"topological_order of the diamond a→b, a→c, b→d, c→d should hold a, b, c, d once each, got {order}"
    problem = positions_ok(order, graph)
    assert problem is None, f"topological_order of the diamond returned {order}, but {problem}"


def check_topological_order_rejects_a_cycle():
    graph = {"a": ["b"], "b": ["c"], "c": ["a"], "start": ["a"]}
    try:
        order = topological_order(graph)
    except ValueError:
        return
    raise AssertionError(
        f"topological_order({graph}) should raise ValueError (a → b → c → a is a cycle, so no order works), but returned {order}"
    )
