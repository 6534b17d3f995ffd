"""Graphs: reachability and a topological order: a reference solution."""
from collections import deque


def reachable(graph, start):
    seen = {start}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for nxt in graph.get(node, []):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen


def topological_order(graph):
    nodes = set(graph)
    for targets in graph.values():
        nodes.update(targets)
    indegree = {node: 0 for node in nodes}
    for targets in graph.values():
        for v in targets:
            indegree[v] += 1
    ready = deque(sorted((n for n in nodes if indegree[n] == 0), key=str))
    order = []
    while ready:
        node = ready.popleft()
        order.append(node)
        for v in graph.get(node, []):
            indegree[v] -= 1
            if indegree[v] == 0:
                ready.append(v)
    if len(order) != len(nodes):
        raise ValueError("the graph has a cycle, so it has no topological order")
    return order
