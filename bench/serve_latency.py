"""Latency of the web app's actor pages and API over a synthetic store of 100k events.

    .venv/bin/python bench/serve_latency.py [--events 100000] [--db PATH]

The store is filled directly by DuckDB bulk inserts from Arrow tables (no NLP): documents of
20 generated sentences, each "<actor> <verb> <actor> ... <actor> ...", with one event per
sentence (trigger the verb; source and target its first two actors) and three actor mentions,
so every offset is valid. Actors are drawn Zipf-like, so a few are very heavy, as in news.
Requests go through ``TestClient`` in-process: for 300 actors (the 20 most mentioned, 140
drawn by mentions, 140 uniformly) the actor API, the actor page and the events API filtered
by actor; the network API; and 100 document pages. ``--db`` keeps the store; an existing
``--db`` is reused as is. It is a benchmark: it always exits 0.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import hashlib
import itertools
import math
import random
import tempfile
import time
from pathlib import Path

import pyarrow as pa
from fastapi.testclient import TestClient

from actorgraph.records import MODALITIES, PLOVER_TYPES
from actorgraph.serve import create_app
from actorgraph.store import Store
from actorgraph.store.schema import DENORMALISE

SENTENCES_PER_DOC = 20
FIRST = str.split("Anna Boris Carla Dmitri Elena Farid Grace Hassan Ines Jonas Karim Lena"
                  " Mateo Nadia Omar Priya Quentin Rosa Samir Tara Umar Vera Wei Yusuf Zara"
                  " Ali Bea Chen Dara Emil")
LAST = str.split("Novak Haddad Moreau Okafor Petrov Silva Tanaka Weber Kowalski Mensah Rahman"
                 " Costa Ivanova Farouk Lindqvist Duarte Nakamura Obi Park Quispe Rossi Sato"
                 " Torres Usman Varga Yilmaz Zhou Abebe Brennan Castillo Demir Erikson Fischer"
                 " Gomez Horvat")
SYLLABLES = str.split("ka ra lo ven dor mi sa ta bel gar no ria lan tur es via zan kor")
ORG_FORMS = ("Ministry of {}", "{} Army", "{} Central Bank", "{} Liberation Front",
             "National Council of {}", "{} Workers Union", "{} Energy Company")
VERBS = ("agreed with", "met", "backed", "yielded to", "joined", "sent aid to", "withdrew from",
         "asked", "accused", "rejected", "threatened", "protested against", "sanctioned",
         "deployed against", "arrested", "attacked")
FILLER = str.split("after talks on the border dispute in the capital late on Tuesday, officials"
                   " said amid growing concern over the ceasefire and rising fuel prices near"
                   " the northern province according to a statement issued by the government"
                   " while observers warned that the deal could collapse before elections")
PREPS = ("alongside", "near", "despite", "with", "before", "after")
TITLES = ("minister", "spokesperson", "president", "director", "commander", "ambassador")


def make_actors(rng: random.Random, n: int) -> list[dict]:
    places, actors = set(), []
    while len(places) < n // 4:
        places.add("".join(rng.choices(SYLLABLES, k=rng.randint(2, 3))).capitalize())
    places_l, people = sorted(places), {(f, la) for f in FIRST for la in LAST}
    people_l = sorted(people)
    rng.shuffle(people_l)
    for i in range(n):
        place = places_l[i % len(places_l)]
        if i % 10 < 6 and people_l:
            first, last = people_l.pop()
            name, kind, aliases = f"{first} {last}", "PERSON", [f"{first} {last}", last]
        elif i % 10 < 9:
            name = rng.choice(ORG_FORMS).format(place)
            kind, aliases = "ORG", [name, "the " + name.split()[-1].lower()]
        else:
            name, kind = f"{place}{'ia' * (i // len(places_l) + 1)}", "COUNTRY"
            aliases = [name, f"the {name} government"]
        actors.append({"id": "A" + hashlib.sha1(f"{i}:{name}".encode()).hexdigest()[:12],
                       "name": name, "kind": kind, "aliases": aliases,
                       "country": place[:3].upper(), "sector": rng.choice(["GOV", "MIL", "BUS",
                                                                            "REB", None]),
                       "key": None, "org": None})
    return actors


def build(path: Path, events: int, seed: int = 7) -> None:
    """Write the synthetic store: ``events`` events, 20 to a document, over 2,000 actors."""
    rng = random.Random(seed)
    actors = make_actors(rng, 2000)
    ids = [a["id"] for a in actors]
    weights = list(itertools.accumulate(1 / (r + 2) for r in range(len(ids))))
    t: dict[str, dict[str, list]] = collections.defaultdict(lambda: collections.defaultdict(list))
    first_seen: dict[str, tuple[str, int, int]] = {}
    clusters: dict[tuple, str] = {}
    docs = max(1, math.ceil(events / SENTENCES_PER_DOC))
    base, n_event = dt.date(2023, 1, 1), 0
    for d in range(docs):
        doc_id, parts, pos = f"d{d:06d}", [], 0
        published = base + dt.timedelta(days=rng.randrange(730))
        local: dict[str, str] = {}
        for s in range(min(SENTENCES_PER_DOC, events - n_event)):
            trio = rng.choices(range(len(ids)), cum_weights=weights, k=3)
            sent_start, spans, words = pos, [], []
            for k, idx in enumerate(trio):
                words.append((rng.choice(actors[idx]["aliases"]), ids[idx]))
                if k == 0:
                    verb_k = rng.randrange(len(VERBS))
                    words.append((VERBS[verb_k], "#verb"))
                elif k == 1:
                    words.extend((w, None) for w in rng.sample(FILLER, rng.randint(3, 9)))
                    words.append((rng.choice(PREPS), None))
            words.extend((w, None) for w in rng.sample(FILLER, rng.randint(2, 6)))
            for i, (word, tag) in enumerate(words):
                text = word[0].upper() + word[1:] if i == 0 else word
                spans.append((pos, pos + len(text), tag))
                parts.append(text)
                pos += len(text)
                parts.append(" " if i < len(words) - 1 else ". ")
                pos += 1 if i < len(words) - 1 else 2
            t["sentences"]["doc_id"].append(doc_id)
            t["sentences"]["index"].append(s)
            t["sentences"]["start"].append(sent_start)
            t["sentences"]["end"].append(pos - 1)
            for start, end, tag in spans:
                if tag and tag != "#verb":
                    m = t["actor_mentions"]
                    m["actor"].append(tag)
                    m["doc_id"].append(doc_id)
                    m["start"].append(start)
                    m["end"].append(end)
                    first_seen.setdefault(tag, (doc_id, start, end))
                    local.setdefault(tag, f"{doc_id}#{len(local)}")
            (vs, ve, _), src, tgt = spans[1], ids[trio[0]], ids[trio[1]]
            event_id, etype = f"{doc_id}#e{s}", PLOVER_TYPES[verb_k]
            date = None if rng.random() < 0.2 else published - dt.timedelta(rng.randrange(3))
            cluster = clusters.setdefault((etype, src, tgt, published.month), f"c:{event_id}")
            e = t["events"]
            for col, val in (("id", event_id), ("doc_id", doc_id), ("start", vs), ("end", ve),
                             ("sentence_start", sent_start), ("sentence_end", pos - 1),
                             ("type", etype), ("cameo", f"{verb_k + 1:02d}"), ("mode", None),
                             ("source", [local[src]]), ("target", [local[tgt]]),
                             ("modality", rng.choice(MODALITIES)), ("date", date),
                             ("date_precision", date and "day"),
                             ("location", {"name": "Capital", "country": "XX", "lat": 1.0,
                                           "lon": 2.0} if s % 3 == 0 else None)):
                e[col].append(val)
            for col, val in (("event", event_id), ("source", [src]), ("target", [tgt]),
                             ("attributed_to", None), ("cluster", cluster)):
                t["event_links"][col].append(val)
            for actor, side in ((src, "source"), (tgt, "target")):
                for col, val in (("actor", actor), ("event", event_id), ("side", side)):
                    t["event_actors"][col].append(val)
            n_event += 1
        text = "".join(parts).rstrip()
        for col, val in (("id", doc_id), ("hash", hashlib.sha1(text.encode()).hexdigest()),
                         ("text", text), ("title", f"Report {d}"),
                         ("url", f"https://example.org/{doc_id}"), ("published", published),
                         ("source", "synthetic"), ("origin", "bench"), ("analysis", 1)):
            t["documents"][col].append(val)
        for actor, lid in local.items():
            t["actor_links"]["local"].append(lid)
            t["actor_links"]["actor"].append(actor)
    orgs = [a["id"] for a in actors if a["kind"] == "ORG"]
    for a in actors:
        a["doc_id"], a["start"], a["end"] = first_seen.get(a["id"], (None, None, None))
        if a["kind"] == "PERSON" and a["doc_id"] and rng.random() < 0.1:
            for col, val in (("actor", a["id"]), ("title", rng.choice(TITLES)),
                             ("of", rng.choice(orgs)), ("doc_id", a["doc_id"]),
                             ("start", a["start"]), ("end", a["end"])):
                t["roles"][col].append(val)
        for col, val in a.items():
            t["actors"][col].append(val)
    with Store(path) as store:
        store.con.execute("SET threads = 2")
        with store.transaction():
            for table, cols in t.items():
                store.con.register("batch", pa.table(dict(cols)))
                store.con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM batch")
                store.con.unregister("batch")
            # the events' sort key, as the fuse stage writes it (Store.replace_fused)
            store.con.execute(
                DENORMALISE)
            store.con.execute("INSERT OR REPLACE INTO meta VALUES ('fused', 'yes')")
        store.con.execute("CHECKPOINT")


def stats(ms: list[float]) -> tuple[float, float, float]:
    xs = sorted(ms)
    return (xs[math.ceil(0.5 * len(xs)) - 1], xs[math.ceil(0.95 * len(xs)) - 1], xs[-1])


def timed(client: TestClient, url: str, out: list[float], errors: list[str]) -> None:
    start = time.perf_counter()
    response = client.get(url)
    out.append((time.perf_counter() - start) * 1000)
    if response.status_code != 200:
        errors.append(f"{url}: {response.status_code}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="keep the store here (reused if it exists)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.duckdb"
        if db.exists():
            print(f"reusing {db}")
        else:
            start = time.perf_counter()
            build(db, args.events)
            print(f"built {db} in {time.perf_counter() - start:.1f} s")
        with Store(db, read_only=True) as store:
            sizes = {n: store.count(n) for n in ("documents", "sentences", "events", "actors",
                                                 "actor_mentions", "event_actors", "roles")}
            ranked = store.con.execute("SELECT actor, count(*) AS n FROM actor_mentions"
                                       " GROUP BY actor ORDER BY n DESC, actor").fetchall()
            doc_ids = [r[0] for r in store.con.execute("SELECT id FROM documents").fetchall()]
        print("  ".join(f"{k}={v:,}" for k, v in sizes.items()))
        rng = random.Random(11)
        actor_ids = [r[0] for r in ranked]
        sample = (actor_ids[:20] + rng.choices(actor_ids, weights=[r[1] for r in ranked], k=140)
                  + rng.sample(actor_ids, min(140, len(actor_ids))))
        docs = rng.sample(doc_ids, min(100, len(doc_ids)))
        urls = {"GET /api/actors/<id>": [f"/api/actors/{a}" for a in sample],
                "GET /actors/<id>": [f"/actors/{a}" for a in sample],
                "GET /api/events?actor=<id>&limit=50":
                    [f"/api/events?actor={a}&limit=50" for a in sample],
                "GET /api/network?limit=500": ["/api/network?limit=500"] * 20,
                "GET /documents/<id>": [f"/documents/{d}" for d in docs]}
        errors: list[str] = []
        with TestClient(create_app(db)) as client:
            for group in urls.values():  # warm up: caches, templates, query plans
                for url in group[20:25] + group[:2]:
                    timed(client, url, [], errors)
            results = {}
            for name, group in urls.items():
                results[name] = []
                for url in group:
                    timed(client, url, results[name], errors)
        print(f"\n{'endpoint':<38} {'n':>4} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
        for name, ms in results.items():
            p50, p95, top = stats(ms)
            print(f"{name:<38} {len(ms):>4} {p50:>8.1f} {p95:>8.1f} {top:>8.1f}")
        if errors:
            print(f"\n{len(errors)} non-200 responses, e.g. {errors[:3]}")
        page, api = stats(results["GET /actors/<id>"])[1], stats(results["GET /api/actors/<id>"])[1]
        print(f"\nactor page p95 = {page:.0f} ms, actor API p95 = {api:.0f} ms (target 50 ms)")


if __name__ == "__main__":
    main()
