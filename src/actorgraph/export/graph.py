"""The actor network as a graph file: GraphML or GEXF, through networkx, for Gephi and
networkx users.

In: an open store (its ``actors`` and ``network_edges``, which the fuse stage aggregates from
clusters). Out: ``DIR/network.graphml`` or ``DIR/network.gexf``: a directed multigraph, one
node per actor in an edge (``name``, ``kind``, ``country``, ``sector``, ``anonymous``), one
edge per (source, target, PLOVER type) with ``type`` (GEXF keeps that word for itself:
``plover_type`` says it there too), ``clusters``, ``sources``, a count per
strongest modality (``asserted``, ``reported``, ...), ``first_date`` and ``last_date``
(ISO dates, empty when unknown) and ``months`` (the months it was active, space-separated).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import duckdb
import networkx as nx

from ..records import MODALITIES

_EDGES = """
    SELECT source, target, type, sum(clusters)::INTEGER, max(sources)::INTEGER,
        flatten(list(modalities)), min(first_date), max(last_date),
        list(DISTINCT month ORDER BY month) FILTER (WHERE month IS NOT NULL)
    FROM network_edges GROUP BY source, target, type ORDER BY source, target, type
"""


def graph(con: duckdb.DuckDBPyConnection) -> nx.MultiDiGraph:
    """The store's actor network as a networkx multigraph (attributes as the module says)."""
    g = nx.MultiDiGraph(name="actorgraph network")
    edges = con.execute(_EDGES).fetchall()
    ids = sorted({e[0] for e in edges} | {e[1] for e in edges})
    for id_, name, kind, country, sector, anonymous in con.execute(
            "SELECT id, name, kind, country, sector, coalesce(anonymous, false) FROM actors"
            " WHERE id IN (SELECT unnest(?::VARCHAR[])) ORDER BY id", [ids]).fetchall():
        g.add_node(id_, label=name, name=name, kind=kind or "", country=country or "",
                   sector=sector or "", anonymous=bool(anonymous))
    for source, target, kind, clusters, sources, modalities, first, last, months in edges:
        counts = dict.fromkeys(MODALITIES, 0)
        for m in modalities or ():
            counts[m["modality"]] += m["clusters"]
        g.add_edge(source, target, key=kind, type=kind, plover_type=kind, label=kind,
                   clusters=clusters,
                   sources=sources, weight=clusters, first_date=first.isoformat() if first
                   else "", last_date=last.isoformat() if last else "",
                   months=" ".join(months or ()), **counts)
    return g


def writer(write: Callable[[nx.Graph, Path], None]) -> Callable[[duckdb.DuckDBPyConnection,
                                                                  Path], None]:
    def write_store(con: duckdb.DuckDBPyConnection, path: Path) -> None:
        write(graph(con), path)
    return write_store


write_graphml = writer(lambda g, path: nx.write_graphml(g, path))
write_gexf = writer(lambda g, path: nx.write_gexf(g, path))
