"""Build the fusion evaluation files from their annotated sources.

    .venv/bin/python bench/fusion/build_corpus.py [dev|test|blind|blind2|...|blind6 ...]

Reads ``bench/fusion/src/{split}.txt`` and writes, beside this script,
``{split}.jsonl`` (the documents), ``{split}.mentions.json`` (gold event mentions) and
``{split}.gold.json`` (expectations for ``shared/gold/check_gold.py``). The source format:

``=== ID`` starts a document; the ``source:``, ``published:`` and ``title:`` lines follow, then
the text, paragraphs separated by blank lines. An event mention is written inline as
``[trigger](TYPE/TYPE:label)``: the trigger text as it reads, the acceptable PLOVER types, and
the label of the real-world event (mentions of one event share it). A trailing ``!`` after the
label makes that mention the document's representative of the event in the gold clusters
(otherwise the first mention is); a trailing ``?`` marks a passing reference ("since the truce
began") that is scored pairwise but never required by a gold cluster. Lines outside documents:

- ``@label LABEL | description`` names an event for the gold files;
- ``@nocluster LABEL | reason`` keeps an event out of the derived gold clusters (its mentions
  still count in the pairwise scores), e.g. a hypothetical act mentioned by two reports;
- ``@apart LABEL DOC | LABEL DOC | description``: two events that must not share a cluster;
- ``@contra DOC "text" "text" | DOC "text" | description``: a contradiction between facts
  whose sentence (or quote or claim span) contains one of the texts on each side;
- ``@notcontra`` the same, for pairs that must not be linked as a contradiction.

Gold clusters are derived: one per event reported by two or more documents (the
representative mention of each document that does more than refer to it in passing), and one
per event mentioned several times within a single document only (all of those mentions but
passing references). A mention's ``occurrence`` counts whole-word, case-sensitive matches of
its trigger text in the document, from 0.
"""

from __future__ import annotations

import json
import re
import shlex
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                   "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                   "COERCE", "ASSAULT"})
MARK = re.compile(r"\[([^\[\]]+)\]\(([A-Z/]+):([\w.\-]+)([!?]?)\)")
WORDS_MIN, WORDS_MAX = 80, 250


@dataclass(frozen=True)
class Mention:
    doc: str
    trigger: str
    start: int
    types: tuple[str, ...]
    label: str
    mark: str  # "!" representative, "?" passing reference, "" neither


@dataclass
class Document:
    id: str
    meta: dict[str, str] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)
    text: str = ""
    mentions: list[Mention] = field(default_factory=list)


def occurrences(text: str, trigger: str) -> list[int]:
    """Start offsets of whole-word, case-sensitive matches of ``trigger`` in ``text``."""
    pattern = re.compile(rf"(?<!\w){re.escape(trigger)}(?!\w)")
    return [m.start() for m in pattern.finditer(text)]


def strip_marks(doc: Document) -> None:
    """Set ``doc.text`` and ``doc.mentions`` from the marked-up lines."""
    paragraphs = [" ".join(p.split()) for p in "\n".join(doc.lines).strip().split("\n\n")]
    marked = "\n\n".join(p for p in paragraphs if p)
    out: list[str] = []
    length = 0
    pos = 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        length += m.start() - pos
        trigger, types, label, rep = m.groups()
        bad = set(types.split("/")) - TYPES
        if bad:
            raise SystemExit(f"{doc.id}: unknown types {sorted(bad)} at {trigger!r}")
        doc.mentions.append(Mention(doc.id, trigger, length, tuple(types.split("/")), label,
                                    rep))
        out.append(trigger)
        length += len(trigger)
        pos = m.end()
    out.append(marked[pos:])
    doc.text = "".join(out)
    if "[" in doc.text or "](" in doc.text:
        raise SystemExit(f"{doc.id}: unparsed markup in {doc.text!r}")


def parse(path: Path) -> tuple[list[Document], list[list[str]]]:
    docs: list[Document] = []
    directives: list[list[str]] = []
    current: Document | None = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if line.startswith("#"):
            continue
        if line.startswith("=== "):
            current = Document(line[4:].strip())
            docs.append(current)
        elif line.startswith("@"):
            current = None
            directives.append(line.split(None, 1))
        elif current is not None:
            key, _, value = line.partition(":")
            if not current.lines and key in ("source", "published", "title") and value:
                current.meta[key] = value.strip()
            else:
                current.lines.append(line)
    for doc in docs:
        strip_marks(doc)
    return docs, directives


def sentence_bounds(text: str, at: int) -> tuple[int, int]:
    """The sentence around offset ``at``, by end punctuation followed by a space."""
    start = 0
    for m in re.finditer(r"[.!?]['\"]?\s+", text):
        if m.end() <= at:
            start = m.end()
        else:
            return start, m.start() + 1
    return start, len(text)


def snippet(doc: Document, mention: Mention) -> str:
    """The shortest stretch of words around the mention, inside its sentence, unique in doc."""
    s_start, s_end = sentence_bounds(doc.text, mention.start)
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", doc.text[s_start:s_end])]
    words = [(a + s_start, b + s_start) for a, b in words]
    index = next(i for i, (a, b) in enumerate(words) if a <= mention.start < b)
    for width in range(1, len(words)):
        lo, hi = max(0, index - width), min(len(words) - 1, index + width)
        text = doc.text[words[lo][0]:words[hi][1]].strip(".,;:'\"")
        if doc.text.count(text) == 1:
            return text
    return doc.text[s_start:s_end]


def event_spec(doc: Document, mention: Mention) -> dict[str, Any]:
    spec: dict[str, Any] = {"doc": doc.id, "trigger_any": [mention.trigger.lower()],
                            "type_any": list(mention.types)}
    if doc.text.lower().count(mention.trigger.lower()) > 1:
        spec["sentence_contains"] = snippet(doc, mention)
    return spec


def representative(doc: Document, label: str) -> Mention | None:
    """The mention standing for ``label`` in ``doc``; None if it is only referred to in passing."""
    found = [m for m in doc.mentions if m.label == label and m.mark != "?"]
    return next((m for m in found if m.mark == "!"), found[0] if found else None)


def sides(spec: str, by_id: dict[str, Document]) -> tuple[list[str], list[str], str]:
    """Parse ``DOC "a" "b" | DOC "c" | description``; check each text is in its document."""
    parts = [p.strip() for p in spec.split("|")]
    out: list[list[str]] = []
    for part in parts[:2]:
        doc_id, *texts = shlex.split(part)
        for t in texts:
            if t not in by_id[doc_id].text:
                raise SystemExit(f"{doc_id}: {t!r} not in the text")
        out.append(texts)
    return out[0], out[1], parts[2] if len(parts) > 2 else ""


def build(split: str) -> None:
    docs, directives = parse(HERE / "src" / f"{split}.txt")
    by_id = {d.id: d for d in docs}
    if len(by_id) != len(docs):
        raise SystemExit(f"{split}: duplicate document ids")
    names: dict[str, str] = {}
    unclustered: set[str] = set()
    gold: dict[str, Any] = {"documents": [d.id for d in docs], "clusters": [], "apart": [],
                            "contradictions": [], "not_contradictions": []}
    for kind, rest in directives:
        if kind == "@label":
            label, _, description = rest.partition("|")
            names[label.strip()] = description.strip()
        elif kind == "@nocluster":
            unclustered.add(rest.partition("|")[0].strip())
        elif kind == "@apart":
            a, b, description = (p.strip() for p in rest.split("|"))
            pair = {}
            for key, side in (("a", a), ("b", b)):
                label, doc_id = side.split()
                chosen = representative(by_id[doc_id], label)
                if chosen is None:
                    raise SystemExit(f"{doc_id}: no mention of {label!r} for @apart")
                pair[key] = event_spec(by_id[doc_id], chosen)
            gold["apart"].append({"label": description, **pair})
        elif kind in ("@contra", "@notcontra"):
            one, other, description = sides(rest, by_id)
            key = "contradictions" if kind == "@contra" else "not_contradictions"
            gold[key].append({"label": description, "one_contains_any": one,
                              "other_contains_any": other})
        else:
            raise SystemExit(f"unknown directive {kind}")
    mentions: list[dict[str, Any]] = []
    by_label: dict[str, list[Mention]] = defaultdict(list)
    for doc in docs:
        for key in ("source", "published", "title"):
            if key not in doc.meta:
                raise SystemExit(f"{doc.id}: no {key}")
        words = len(doc.text.split())
        if not WORDS_MIN <= words <= WORDS_MAX:
            raise SystemExit(f"{doc.id}: {words} words")
        for m in doc.mentions:
            occurrence = occurrences(doc.text, m.trigger).index(m.start)
            mentions.append({"doc": doc.id, "trigger": m.trigger, "occurrence": occurrence,
                             "type_any": list(m.types), "event": m.label})
            by_label[m.label].append(m)
    for label, found in by_label.items():
        if label in unclustered:
            continue
        doc_ids = list(dict.fromkeys(m.doc for m in found))
        reps = [r for r in (representative(by_id[d], label) for d in doc_ids) if r is not None]
        if len(reps) > 1:
            chosen = reps
        elif len(doc_ids) == 1 and sum(m.mark != "?" for m in found) > 1:
            chosen = [m for m in found if m.mark != "?"]
        else:
            continue
        gold["clusters"].append({"label": names.get(label, label),
                                 "events": [event_spec(by_id[m.doc], m) for m in chosen]})
    unknown = (set(names) | unclustered) - set(by_label)
    if unknown:
        raise SystemExit(f"{split}: @label for unused labels {sorted(unknown)}")
    with (HERE / f"{split}.jsonl").open("w", encoding="utf-8") as fh:
        for doc in docs:
            record = {"id": doc.id, "text": doc.text, "title": doc.meta["title"],
                      "published": doc.meta["published"], "source": doc.meta["source"]}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    (HERE / f"{split}.mentions.json").write_text(
        json.dumps(mentions, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (HERE / f"{split}.gold.json").write_text(
        json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{split}: {len(docs)} documents, {len(mentions)} mentions, {len(by_label)} events, "
          f"{len(gold['clusters'])} clusters, {len(gold['apart'])} apart, "
          f"{len(gold['contradictions'])} contradictions, "
          f"{len(gold['not_contradictions'])} not-contradictions")


if __name__ == "__main__":
    for name in sys.argv[1:] or ["dev", "test", "blind", "blind2", "blind3"]:
        build(name)
