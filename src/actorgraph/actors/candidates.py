"""A mention of an actor while the actors stage resolves it: the one record that mentions,
coreference, context and local grouping pass along before a mention becomes part of an
``Actor``."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from ..records import Role


@dataclass(slots=True)
class Candidate:
    """A mention being resolved; becomes part of an ``Actor`` (mutable while resolving)."""

    start: int
    end: int
    text: str
    label: str  # an entity label, NOUN for nominal actors, PRON, or DESC ("the general")
    head: int  # token index of the syntactic head
    sent: int  # sentence index
    key: str | None = None
    kind: str | None = None
    country: str | None = None
    sector: str | None = None
    plural: bool = False
    gender: str | None = None
    title: str | None = None  # for DESC: the role noun ("general", "envoy")
    number: str | None = None  # for PRON: "sg", "pl", or "first" (we, I: the speaker)
    part_of: Candidate | None = None  # the organisation a group noun stands for
    fallback_country: str | None = None  # used only when context gives none ("Bush")
    filed: bool = False  # the town of a wire dateline: where the report was filed from
    country_basis: str | None = None  # ``Actor.country_basis``: "report", a guess
    roles: list[Role] = field(default_factory=list)
    group: int = -1

    @property
    def is_reference(self) -> bool:
        return self.label in ("PRON", "DESC")

    @property
    def is_name(self) -> bool:
        return self.label not in ("PRON", "DESC", "NOUN")


def token_range(doc: Doc, c: Candidate) -> tuple[int, int]:
    """The tokens ``doc[start:end]`` that ``c`` covers (grown to whole tokens); (0, 0) when
    its characters fall outside ``doc``."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    return (span.start, span.end) if span is not None else (0, 0)
