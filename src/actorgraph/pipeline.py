"""The pipeline: documents → parse → per-document facts → store → corpus-wide fusion.

``analyse`` turns one parsed document into its ``Extraction``; ``extract`` does it for a bare
text without a store; ``build`` runs ingestion, parsing and storage over many inputs, one
transaction per batch, then fuses corpus-wide facts.
"""

from __future__ import annotations

import datetime as dt
import functools
import gc
import itertools
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from . import actors, events, fuse, ingest, nlp, speech
from .config import DEFAULT, Settings
from .errors import Msg, Problem, error, warning
from .ingest.readers import make_document
from .records import Document, Extraction, Mention, Sentence
from .store import Store

_DETERMINERS = frozenset({"the", "The"})

#: Version of per-document analysis; stored documents analysed by an older one are redone.
ANALYSIS_VERSION = 11  # 7: target_count, references, carried spans (schema 10, 11); 8: one
# span over both words of one act, places of acts done to a town, new senses (no schema
# change); 9: described actors, live-blog and headline names, clause-bound negation,
# object-led senses, number-word dates, doers from context (no schema change); 10: ordinals
# (schema 12), datelines, object classes, wire verbs, named state bodies; 11: actors'
# country_basis (schema 15), unnamed plural forces of the report's country


@functools.cache
def pipeline(model: str) -> Language:
    """The spaCy pipeline with the actor dictionary in its ruler, loaded once per process."""
    return nlp.load(model, actors.get().patterns())


def sentences(document: Document, parsed: Doc) -> tuple[Sentence, ...]:
    """The sentences of ``parsed``, trimmed of surrounding whitespace, blank ones dropped."""
    out: list[Sentence] = []
    for sent in parsed.sents:
        words = [t for t in sent if not t.is_space]
        if words:
            start, end = words[0].idx, words[-1].idx + len(words[-1].text)
            out.append(Sentence(document.id, start, end, len(out)))
    return tuple(out)


def entity_mentions(
    document: Document, parsed: Doc, sents: tuple[Sentence, ...]
) -> tuple[Mention, ...]:
    """Named-entity mentions, without a leading "the", each inside one sentence."""
    bounds = [(s.start, s.end) for s in sents]
    out: list[Mention] = []
    for ent in parsed.ents:
        tokens = [t for t in ent if not t.is_space]
        while len(tokens) > 1 and tokens[0].text in _DETERMINERS:
            tokens = tokens[1:]
        if not tokens:
            continue
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        # An entity the NER ran across a sentence boundary has no single evidence sentence.
        if not any(s <= start and end <= e for s, e in bounds):
            continue
        out.append(Mention(document.id, start, end, document.text[start:end], ent.label_))
    return tuple(out)


def analyse(document: Document, parsed: Doc) -> Extraction:
    """Every per-document fact of ``document``; ``parsed`` is spaCy's parse of its text."""
    sents = sentences(document, parsed)
    spoken = speech.speech(document, parsed, actors.local_actors(document, parsed, actors.get()))
    found = speech.attribute(
        events.events(document, parsed, sents, spoken.actors, actors.get()), spoken.quotes)
    return Extraction(document=document, sentences=sents,
                      mentions=entity_mentions(document, parsed, sents), actors=spoken.actors,
                      events=found, quotes=spoken.quotes,
                      claims=speech.link_claims(spoken.claims, found, parsed,
                                                spoken.said_by))


def extract(
    text: str, *, doc_id: str = "text", title: str | None = None, url: str | None = None,
    published: dt.date | str | None = None, source: str | None = None,
    settings: Settings = DEFAULT,
) -> Extraction:
    """Extract the typed records of one text, without a store.

    The text is cleaned first; all offsets index ``result.document.text``. Actors are merged
    within this text only (their ids are ``<doc_id>#<n>``). ``published`` is a date or an ISO
    string ("2024-01-05", as in JSONL inputs). Raises ``ValueError`` for a text that is empty
    after cleaning or a publication date that is not an ISO date.
    """
    if isinstance(published, str):
        published = dt.date.fromisoformat(published[:10])
    doc = make_document("<text>", doc_id, text, title=title, url=url, published=published,
                        origin_source=source)
    if isinstance(doc, Problem):
        raise ValueError(doc.message)
    return analyse(doc, next(nlp.parse(pipeline(settings.model), [doc.text], settings)))


@dataclass
class BuildReport:
    """What a build did."""

    added: int = 0
    skipped: int = 0
    reanalysed: int = 0  # stored documents redone by a newer analysis
    problems: list[Problem] = field(default_factory=list)

    @property
    def rejected(self) -> int:
        return sum(1 for p in self.problems if p.is_error)


class Progress:
    """Receives build progress; the CLI shows it, the default ignores it."""

    #: Whether ``start`` should get the number of documents (counting reads JSONL twice).
    wants_total = False

    def start(self, total: int | None) -> None: ...

    def advance(self, documents: int) -> None: ...

    def committed(self, batch: int, documents: int) -> None: ...


def build(
    paths: Iterable[str | Path], db: str | Path, settings: Settings = DEFAULT,
    progress: Progress | None = None, on_problem: Callable[[Problem], None] | None = None,
) -> BuildReport:
    """Add the documents under ``paths`` to the store ``db`` and return what happened.

    Documents whose content hash is already stored are skipped, so re-running is safe and an
    interrupted build completes where it stopped.
    """
    progress = progress or Progress()
    report = BuildReport()

    def note(problem: Problem) -> None:
        report.problems.append(problem)
        if on_problem:
            on_problem(problem)

    inputs = []
    for item in ingest.discover(paths):
        if isinstance(item, Problem):
            note(item)
        else:
            inputs.append(item)
    progress.start(ingest.count(inputs) if progress.wants_total else None)
    with Store(db) as store:
        ids, hashes = store.document_keys()
        nlp_ = pipeline(settings.model)
        with _collecting_only_new_objects():
            fresh = _new_documents(ingest.read(inputs, settings), ids, hashes, report, note,
                                   progress)
            batches = itertools.chain(((b, True) for b in _batches(fresh, settings.batch_size)),
                                      ((b, False) for b in _stale(store, settings.batch_size)))
            for number, (batch, new) in enumerate(batches, start=1):
                parsed = nlp.parse(nlp_, (d.text for d in batch), settings)
                extractions = list(_analysed(batch, parsed, note))
                store.write(extractions, ANALYSIS_VERSION, replace=not new)
                if new:
                    report.added += len(extractions)
                    progress.advance(len(batch))
                else:
                    report.reanalysed += len(batch)
                progress.committed(number, len(batch))
            if store.needs_fuse():
                store.replace_fused(fuse.fuse(
                    store.local_actors(), store.local_events(), store.local_claims(),
                    fuse.History(*store.history()), actors.get(), store.text, store.titles()))
    return report


@contextmanager
def _collecting_only_new_objects() -> Iterator[None]:
    """The garbage collector looks only at the objects made meanwhile: the pipeline and the
    tables loaded before outlive a build, and every full collection walked them all again
    (half the time a build spent in the collector). Where the caller froze objects of its
    own, the collector is left as it is."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _analysed(batch: list[Document], parsed: Iterable[Doc],
              note: Callable[[Problem], None]) -> Iterator[Extraction]:
    """The extraction of each document; one that fails is reported and left out, so a bug
    met by one document costs that document, not the build."""
    for document, doc in zip(batch, parsed, strict=True):
        try:
            yield analyse(document, doc)
        except Exception as exc:  # any bug: reported with the document's name, not fatal
            note(error(document.origin or document.id, Msg.E014,
                       detail=f"{type(exc).__name__}: {exc}"))


def _stale(store: Store, size: int) -> Iterator[list[Document]]:
    """Stored documents analysed by an older version, in batches, each once: one whose
    analysis fails stays stale, and must not be offered again in the same build."""
    after = ""
    while batch := store.stale(ANALYSIS_VERSION, size, after):
        yield batch
        after = batch[-1].id


def _new_documents(
    records: Iterator[Document | Problem], ids: set[str], hashes: set[str],
    report: BuildReport, note: Callable[[Problem], None], progress: Progress,
) -> Iterator[Document]:
    """Drop problems (noted) and already stored documents; give clashing ids a hash suffix."""
    for record in records:
        if isinstance(record, Problem):
            note(record)
            if record.is_error:
                progress.advance(1)
            continue
        if record.hash in hashes:
            report.skipped += 1
            progress.advance(1)
            continue
        if record.id in ids:
            new_id = f"{record.id}~{record.hash[:8]}"
            note(warning(record.origin or record.id, Msg.W003, id=record.id, new_id=new_id))
            record = replace(record, id=new_id)
        ids.add(record.id)
        hashes.add(record.hash)
        yield record


def _batches(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch
