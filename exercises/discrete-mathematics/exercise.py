"""Graphs: reachability and a topological order: see README.md. Replace each `raise NotImplementedError`."""


def reachable(graph, start):
    """Return the set of nodes reachable from start (start included) in the directed graph."""
    raise NotImplementedError("reachable: a breadth- or depth-first search that remembers the visited nodes")


def topological_order(graph):
    """Return every node once, each edge u -> v having u before v; ValueError if the graph has a cycle."""
    raise NotImplementedError("topological_order: repeatedly take a node with no remaining incoming edges")
