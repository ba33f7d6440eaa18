"""Why reports of one gold event sit in different predicted clusters: the first clustering
check that keeps them apart, per missed merge, on a read split of the fusion corpus.

    .venv/bin/python bench/cluster_why.py --split blind4

Builds the split as ``cluster_eval.py`` does, keeps the clustering's input (stored events,
local → corpus actor links, parties), and for each gold event whose mentions landed in two
or more predicted clusters takes one mention of each pair of clusters and asks the tests of
``actorgraph.fuse.groups.Group`` in order (their spec is the docstring of ``fuse.clusters``):

* ``type``: another PLOVER type, or one only imagined or asked for and one not;
* ``time``: their windows do not meet (the dates, their basis and the publication dates);
* ``towns``: two different towns;
* ``held``: a call and a meeting held in person;
* ``act``: another theme, mode or CAMEO code where those make two acts;
* ``noparty``: one names no party we can tell apart (so only the narrow joins of unnamed
  reports can place it);
* ``disjoint``: both name parties, none shared;
* ``sides``: they share a party but a doer or target conflicts;
* ``admissible``: each test passes one to one (the order of joining, or a third report in
  between, kept them apart).

Pairs are weighted by the number of mention pairs they stand for; the first line sums them by
reason. The held-out splits are refused: reading their failures would make them read splits.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter, defaultdict
from pathlib import Path

import actorgraph.fuse as fuse
from actorgraph.fuse import acts, retrospectives
from actorgraph.fuse.groups import Group
from actorgraph.records import EventKey

sys.path.insert(0, str(Path(__file__).resolve().parent))
import cluster_eval

#: Splits no rule may be written from: their failures are never printed.
HELD_OUT = frozenset({"blind26", "blind27", "blind28"})


def reason(a: EventKey, b: EventKey, links: dict[str, str],
           party: dict[str, frozenset[str]],
           since: dict[tuple[str, str], dt.date] | None = None) -> tuple[str, str]:
    """The first check that keeps ``b`` out of a cluster founded by ``a``, and its detail
    (``since``: how far back each document reaches, ``retrospectives.reach``)."""
    since = since or {}
    ma = acts.mention(a, links, party, since.get((a.doc_id, a.type)))
    mb = acts.mention(b, links, party, since.get((b.doc_id, b.type)))
    sides = (f"{sorted(ma.sources)}>{sorted(ma.targets)} | "
             f"{sorted(mb.sources)}>{sorted(mb.targets)}")
    if ma.kind != mb.kind:
        return "type", f"{ma.kind} vs {mb.kind}"
    group = Group(a.type, ma.window, ma.place)
    group.add(ma)
    wa, wb = ma.window, mb.window
    if wa and wb and (wb[1] < wa[0] or wa[1] < wb[0]):
        return "time", (f"{a.date}/{a.date_basis}/{a.date_precision} published {a.published} "
                        f"vs {b.date}/{b.date_basis}/{b.date_precision} published {b.published}")
    if acts.two_towns(ma.place, mb.place):
        return "towns", f"{ma.place} vs {mb.place}"
    if not group.fits_time_and_place(mb):
        return "held", ""
    if not group.fits_act(mb):
        return "act", f"theme {a.theme}|{b.theme} mode {a.mode}|{b.mode} cameo {a.cameo}|{b.cameo}"
    if not ma.parties or not mb.parties:
        return "noparty", sides
    if not group.admits(mb):
        return ("sides" if ma.parties & mb.parties else "disjoint"), sides
    return "admissible", sides


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev")
    args = parser.parse_args()
    if args.split in HELD_OUT:
        sys.exit(f"{args.split} is held out: its failures are not printed")
    seen: dict = {}
    cluster = fuse.cluster

    def keep(events, links, party):  # the clustering's input, as the build gives it
        events = list(events)
        seen.update(events={e.id: e for e in events}, links=links,
                    party=acts.with_countries(party), since=retrospectives.reach(events))
        return cluster(events, links, party)

    fuse.cluster = keep
    _, placed, _ = cluster_eval.evaluate(args.split, cluster_eval.CHECKER)
    by_gold = defaultdict(list)
    for p in placed:
        if p.predicted is not None:
            by_gold[p.gold.event].append(p)
    weights: Counter[str] = Counter()
    lines = []
    for gold, found in by_gold.items():
        clusters = defaultdict(list)
        for p in found:
            clusters[p.key].append(p)
        keys = list(clusters)
        for i, ka in enumerate(keys):
            for kb in keys[i + 1:]:
                pa, pb = clusters[ka][0], clusters[kb][0]
                a, b = seen["events"][pa.predicted["id"]], seen["events"][pb.predicted["id"]]
                why, detail = reason(a, b, seen["links"], seen["party"], seen["since"])
                weight = len(clusters[ka]) * len(clusters[kb])
                weights[why] += weight
                where = "same document" if a.doc_id == b.doc_id else "across documents"
                lines.append(f"{why:10} x{weight} {where} {gold}: {a.doc_id} "
                             f"'{pa.gold.trigger}' / {b.doc_id} '{pb.gold.trigger}': {detail}")
    print(args.split, "missed pairs by reason:", dict(weights.most_common()))
    for line in sorted(lines):
        print(" ", line)


if __name__ == "__main__":
    main()
