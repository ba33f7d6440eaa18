"""Every event of some documents, one line each, for a precision audit by a careful reader.

    .venv/bin/python bench/event_audit.py FILE_OR_DIR [...] [--doc ID ...] [--markdown]

Each input is built into a temporary store with ``actorgraph.build`` and exported; the events
of the chosen documents (all when no ``--doc``) are listed in text order with their number,
trigger, type, CAMEO code, mode, modality (and who it is attributed to), source and target by
name, date with its basis and the sentence, so that a reader can judge each one right, partly
right (a missing or wrong source or target) or wrong, and write the judgement beside it. A
mention that tells again an act listed with it is marked with that act's number ("(= #3)"),
the content of a request, offer, promise or threat listed with it is marked "(in #3)", a noun
that only points to an event "(reference)": the PLOVER export folds these into the act's
record (``export.plover``).
``--markdown`` prints a table with an empty judgement column.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

import actorgraph


def rows(inputs: list[Path], docs: set[str]) -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        actorgraph.build(inputs, Path(tmp) / "audit.duckdb")
        actorgraph.export(Path(tmp) / "audit.duckdb", "jsonl", out)

        def read(name: str) -> list[dict]:
            return [json.loads(line) for line in (out / f"{name}.jsonl").open(encoding="utf-8")]

        texts = {d["id"]: d["text"] for d in read("documents")}
        names = {a["id"]: a["name"] for a in read("actors")}
        found = []
        chosen = [e for e in read("events") if not docs or e["doc_id"] in docs]
        number = {e["id"]: n for n, e in enumerate(chosen, 1)}
        for e in chosen:
            text = texts[e["doc_id"]]
            by = names.get(e["attributed_to"], "") if e["attributed_to"] else ""
            # a mention of an act already listed, the content of a speech act listed ("urged
            # X *to free* them"), or a noun pointing to one: no act of its own
            again = f" (= #{number[e['retells']]})" if e["retells"] in number else (
                f" (in #{number[e['content_of']]})" if e["content_of"] in number else
                " (reference)" if e["reference"] else "")
            found.append({
                "doc": e["doc_id"], "trigger": text[e["start"]:e["end"]] + again,
                "type": e["type"],
                "code": e.get("cameo_code") or e["cameo"], "mode": e["mode"] or "",
                "modality": e["modality"] + (f" ({by})" if by else ""),
                "source": ", ".join(names.get(a, a) for a in e["source"]),
                "target": ", ".join(names.get(a, a) for a in e["target"]),
                "date": f"{e['date']} {e.get('date_basis') or ''}".strip() if e["date"] else "",
                "sentence": " ".join(text[e["sentence_start"]:e["sentence_end"]].split()),
            })
        return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+", type=Path)
    parser.add_argument("--doc", action="append", default=[])
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    found = rows(args.inputs, set(args.doc))
    if args.markdown:
        print("| # | doc | trigger | type | code | modality | source | target | date | "
              "sentence | judgement |")
        print("|---" * 11 + "|")
    for n, r in enumerate(found, 1):
        if args.markdown:
            cells = [str(n), *(r[k].replace("|", "/") for k in (
                "doc", "trigger", "type", "code", "modality", "source", "target", "date",
                "sentence")), ""]
            print("| " + " | ".join(cells) + " |")
        else:
            print(f"{n:3} {r['doc']} «{r['trigger']}» {r['type']} {r['code']} {r['mode']} "
                  f"{r['modality']} | {r['source']} -> {r['target']} | {r['date']}\n"
                  f"    {r['sentence']}")


if __name__ == "__main__":
    main()
