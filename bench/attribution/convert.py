"""Convert the hand-annotated articles in ``src/*.txt`` into ``dev.jsonl`` and ``test.jsonl``.

    .venv/bin/python bench/attribution/convert.py

Markup (see GUIDELINE.md): a header of ``key: value`` lines (``id``, ``split``, ``published``,
``source``) ended by a blank line, then paragraphs separated by blank lines (lines inside a
paragraph are joined with one space; lines starting with ``%`` are comments). Spans are written
``{S1|...}`` (source), ``{C1|...}`` (cue) and ``{Q1:d|...}`` (content; the kind, ``d``irect,
``i``ndirect or ``m``ixed, is given on one of the content pieces of that attribution). A span may
serve several attributions (``{S3,4|she}``), an attribution's content may have several pieces
(``{Q5:d|...}`` ... ``{Q5|...}``), and spans nest. Every span is checked (inside the text,
non-empty, no surrounding blanks, within one paragraph); each attribution needs one source, at
most one cue and at least one content piece. The texts are checked to be stable under the
project's cleaner, so that the extractor's offsets index the very same string.
"""

from __future__ import annotations

import itertools
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = {"d": "direct", "i": "indirect", "m": "mixed"}
HEADER_KEYS = ("id", "split", "published", "source")
TAG = re.compile(r"\{([SCQ])([\w]+(?:,[\w]+)*)(?::([dim]))?\|")
OPENERS = "\"“‘'"
DOUBLE_MARKS = "\"“”"


class MarkupError(ValueError):
    """A problem in an annotated source file."""


@dataclass
class Attribution:
    source: list[tuple[int, int]] = field(default_factory=list)
    cue: list[tuple[int, int]] = field(default_factory=list)
    content: list[tuple[int, int]] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)


def read_source(path: Path) -> tuple[dict[str, str], str]:
    """The header and the marked-up body (paragraphs joined by a blank line) of one file."""
    lines = [ln.rstrip() for ln in path.read_text(encoding="utf-8").splitlines()
             if not ln.startswith("%")]
    header: dict[str, str] = {}
    while lines and lines[0].strip():
        key, sep, value = lines.pop(0).partition(":")
        if not sep:
            raise MarkupError(f"{path.name}: bad header line {key!r}")
        header[key.strip()] = value.strip()
    missing = [k for k in HEADER_KEYS if k not in header]
    if missing:
        raise MarkupError(f"{path.name}: header lacks {missing}")
    paragraphs, current = [], []
    for line in lines:
        if line.strip():
            current.append(line.strip())
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return header, "\n\n".join(paragraphs)


def parse(body: str, name: str) -> tuple[str, dict[str, Attribution]]:
    """Strip the markup; return the clean text and the attributions by id."""
    out: list[str] = []
    length = 0
    stack: list[tuple[str, list[str], str | None, int, int]] = []
    found: dict[str, Attribution] = defaultdict(Attribution)
    i = 0
    while i < len(body):
        ch = body[i]
        if ch == "{":
            m = TAG.match(body, i)
            if not m:
                raise MarkupError(f"{name}: bad tag at {body[i:i + 30]!r}")
            stack.append((m.group(1), m.group(2).split(","), m.group(3), length, i))
            i = m.end()
            continue
        if ch == "}":
            if not stack:
                raise MarkupError(f"{name}: unmatched '}}' near {body[max(0, i - 40):i]!r}")
            kind, ids, k, start, _ = stack.pop()
            for aid in ids:
                att = found[aid]
                {"S": att.source, "C": att.cue, "Q": att.content}[kind].append((start, length))
                if k:
                    att.kinds.append(KINDS[k])
            i += 1
            continue
        out.append(ch)
        length += 1
        i += 1
    if stack:
        pos = stack[-1][4]
        raise MarkupError(f"{name}: unclosed tag at {body[pos:pos + 40]!r}")
    return "".join(out), dict(found)


def check_span(text: str, span: tuple[int, int], what: str) -> None:
    start, end = span
    piece = text[start:end]
    if not 0 <= start < end <= len(text):
        raise MarkupError(f"{what}: span {span} empty or outside the text")
    if piece != piece.strip():
        raise MarkupError(f"{what}: span {piece!r} has surrounding blanks")
    if "\n" in piece:
        raise MarkupError(f"{what}: span {piece[:60]!r}... crosses a paragraph")


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def kind_warning(text: str, spans: list[tuple[int, int]], kind: str) -> str | None:
    """Why the stated kind looks wrong given the quotation marks around the content, if it does."""
    inner = "".join(text[s:e] for s, e in spans)
    if kind == "direct":
        if any(s == 0 or text[s - 1] not in OPENERS for s, _ in spans):
            return "direct content not right after an opening quotation mark"
    elif kind == "indirect":
        if any(c in inner for c in DOUBLE_MARKS) or "‘" in inner:
            return "indirect content holds quotation marks"
    elif not any(c in inner for c in DOUBLE_MARKS + "‘") and not re.search(r"(^|\W)'\w", inner):
        return "mixed content holds no quotation marks"
    return None


def convert(path: Path) -> tuple[dict, dict, list[str]]:
    """One article: its header, its JSON record and any warnings."""
    header, body = read_source(path)
    text, found = parse(body, path.name)
    warnings = []
    try:
        from actorgraph.ingest.normalize import normalize
    except ImportError:  # pragma: no cover - the bench runs inside the project's venv
        normalize = None
    if normalize is not None and normalize(text) != text:
        cleaned = normalize(text)
        at = next((n for n, (a, b) in enumerate(zip(text, cleaned, strict=False)) if a != b),
                  min(len(text), len(cleaned)))
        near = text[max(0, at - 30):at + 30]
        raise MarkupError(f"{path.name}: the cleaner changes the text near {near!r}")
    attributions = []
    for aid, att in sorted(found.items(), key=lambda kv: min(kv[1].content or [(0, 0)])):
        what = f"{path.name} #{aid}"
        if len(att.source) != 1:
            raise MarkupError(f"{what}: {len(att.source)} source spans (need exactly one)")
        if len(att.cue) > 1:
            raise MarkupError(f"{what}: {len(att.cue)} cue spans (need at most one)")
        if not att.content:
            raise MarkupError(f"{what}: no content")
        if len(att.kinds) != 1:
            raise MarkupError(f"{what}: {len(att.kinds)} kinds given (need exactly one)")
        content = sorted(att.content)
        for span in [*att.source, *att.cue, *content]:
            check_span(text, span, what)
        if any(overlaps(a, b) for a, b in itertools.pairwise(content)):
            raise MarkupError(f"{what}: content pieces overlap")
        for span in [*att.source, *att.cue]:
            if any(overlaps(span, c) for c in content):
                raise MarkupError(f"{what}: source or cue overlaps its own content")
        kind = att.kinds[0]
        warning = kind_warning(text, content, kind)
        if warning:
            warnings.append(f"{what} ({kind}): {warning}: {text[content[0][0]:content[0][1]]!r}")
        attributions.append({
            "source": list(att.source[0]),
            "cue": list(att.cue[0]) if att.cue else None,
            "content": [list(span) for span in content],
            "kind": kind,
        })
    record = {"id": header["id"], "text": text, "published": header["published"],
              "source": header["source"], "attributions": attributions}
    return header, record, warnings


def main() -> int:
    splits: dict[str, list[dict]] = {"dev": [], "test": []}
    ok = True
    for path in sorted((HERE / "src").glob("*.txt")):
        try:
            header, record, warnings = convert(path)
        except MarkupError as exc:
            print(f"ERROR {exc}", file=sys.stderr)
            ok = False
            continue
        for w in warnings:
            print(f"warning {w}", file=sys.stderr)
        if header["split"] not in splits:
            print(f"ERROR {path.name}: split must be dev or test", file=sys.stderr)
            ok = False
            continue
        words = len(record["text"].split())
        kinds = Counter(a["kind"] for a in record["attributions"])
        print(f"{record['id']:<14} {header['split']:<5} {words:>4} words "
              f"{len(record['attributions']):>3} attributions  "
              + " ".join(f"{k}={kinds[k]}" for k in KINDS.values()))
        if not 450 <= words <= 900:
            print(f"warning {path.name}: {words} words (want 450-900)", file=sys.stderr)
        splits[header["split"]].append(record)
    ids = [r["id"] for rs in splits.values() for r in rs]
    if len(ids) != len(set(ids)):
        print("ERROR duplicate article ids", file=sys.stderr)
        ok = False
    if not ok:
        return 1
    for split, records in splits.items():
        with (HERE / f"{split}.jsonl").open("w", encoding="utf-8") as fh:
            for record in records:
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        kinds = Counter(a["kind"] for r in records for a in r["attributions"])
        total = sum(kinds.values())
        print(f"{split}: {len(records)} articles, {total} attributions ("
              + ", ".join(f"{k} {kinds[k]}" for k in KINDS.values()) + ")")
    return 0


if __name__ == "__main__":
    sys.exit(main())
