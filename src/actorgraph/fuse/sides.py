"""Sides: whom each speaker speaks for, so that one side is never set against itself.

In: the corpus actors (``actors.merge``, roles pointing to corpus ids) and a reader of the
documents' text. Out: for each corpus actor, its side: itself, the bodies the text gives it a
role in ("the RSF's negotiator"), and, for a spokesperson whose title names his body by a
noun rather than by a name ("an *army* spokesperson", "a *police* spokesman"), the one actor
of his document that noun names ("the Sudanese army", "Kenyan police"): he speaks for it.

``fuse.contradictions`` sets no two statements of one side against each other: an army
spokesperson's account and the army's denial are one side's words, not two sources
disagreeing. A side is made of actors, not of states: a state's presidency and its army chief
may dispute an attack, and each speaks for himself.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping

from ..actors.tables import word_list
from ..records import Actor

__all__ = ["sides", "spoken_for"]

#: Words of one who speaks for a body (``data/speech_cues.yaml``, as speech reads them).
_SPOKES = word_list("speech_cues.yaml", "spokes")
#: Words before a title that name no body ("an", "the", "a senior").
_ARTICLES = word_list("grammar.yaml", "articles")


def sides(actors: Iterable[Actor],
          text: Callable[[str, int, int], str]) -> dict[str, frozenset[str]]:
    """Each actor's side (see module); ``text`` reads a document's text between offsets."""
    actors = list(actors)
    in_doc: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for a in actors:
        for m in a.mentions:
            in_doc[m.doc_id].append((a.id, m.start, m.end))
    out = {}
    for a in actors:
        side = {a.id} | {r.of for r in a.roles if r.of and r.of != a.id}
        if a.kind == "PERSON" and len(side) == 1:
            side |= _tied(a, in_doc, text)
        out[a.id] = frozenset(side)
    return out


def _tied(a: Actor, in_doc: Mapping[str, list[tuple[str, int, int]]],
          text: Callable[[str, int, int], str]) -> set[str]:
    """The one body ``a``'s spokesperson title names in each document that mentions him
    (``spoken_for``); none where his documents name two. The text of a document is read only
    for a title that names a body."""
    bodies = [b for t in (a.name, *(r.title for r in a.roles)) if (b := _body(t))]
    if not bodies:
        return set()
    found = set()
    for doc_id in sorted({m.doc_id for m in a.mentions}):
        forms: dict[str, list[str]] = defaultdict(list)
        for other, start, end in in_doc.get(doc_id, ()):
            if other != a.id:
                forms[other].append(text(doc_id, start, end))
        found |= {b for body in bodies if (b := _fit(body, forms)) is not None}
    return found if len(found) == 1 else set()


def spoken_for(title: str, forms: Mapping[str, list[str]]) -> str | None:
    """The actor of ``forms`` (actor id -> its surface forms in a document) that the words of
    a spokesperson's ``title`` name before the spokes word ("army spokesperson": the actor
    one of whose forms ends in "army", "the Sudanese army"); None for a title with no such
    words or that is no spokesperson's, and where two actors fit."""
    body = _body(title)
    return _fit(body, forms) if body else None


def _body(title: str) -> list[str]:
    """The words of a spokesperson's ``title`` before its spokes word that name his body
    ("an army spokesperson": ["army"]); none for a title that is no spokesperson's or names
    no body ("a spokesman")."""
    words = [w.lower() for w in title.replace("’", "'").split()]
    spoke = next((n for n, w in enumerate(words) if w in _SPOKES), None)
    return [] if spoke is None else [w for w in words[:spoke] if w not in _ARTICLES]


def _fit(body: list[str], forms: Mapping[str, list[str]]) -> str | None:
    """The one actor of ``forms`` one of whose forms ends in ``body``; None where none or two
    fit."""
    fit = {a for a, fs in forms.items() for f in fs if _ends(f, body)}
    return fit.pop() if len(fit) == 1 else None


def _ends(form: str, body: list[str]) -> bool:
    """Whether ``form`` ends in the words ``body`` ("the Sudanese army", ["army"])."""
    words = [w.lower() for w in form.replace("’", "'").replace("'s", "").split()]
    return len(words) >= len(body) and words[-len(body):] == body
