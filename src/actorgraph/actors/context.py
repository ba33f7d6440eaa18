"""What the words around a name say about its actor: roles, country, sector, and person-hood.

In: the parse, the candidates, the dictionary. Out: the candidates updated in place with
roles (``Role`` with evidence), a country and sector where context gives them, and pairs of
candidates that context says are the same actor (an apposition "the Defence Minister, Sergei
Shoygu" or a copula "Haftar is commander of the LNA" links the description to the name).

Patterns read: title chains ("Russian Foreign Minister Sergey Lavrov"), appositions in both
orders, copulas, nationality adjectives, possessives ("Egypt's president"), "X of Egypt", and
organisation membership (an officer of the LNA inherits the LNA's country).

A body many states have ("Supreme Court", "Labour Party": ``Dictionary.institutions``) is
placed here when the words on it name its country: a possessive or an adjective ("Kenya's
Supreme Court", "the Nigerian Senate", "the US House"), an "of" phrase ("the Supreme Court
of Pakistan"), an "in" phrase ("the Supreme Court in Islamabad") or the "In <place>," that
opens the sentence it is the subject of ("In Britain, the Labour Party rejected ..."); a
bare mention is the same body placed before it in the report (or after it, when the report
places that body in one country only). What is still unplaced then serves
the country its paragraph or the report is about, as an unplaced "the army" does
(``placing.place_officials``), or none; a body whose bare name English news gives one
country ("Congress": ``Institution.fallback``) is that country's in a report naming none.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..records import Role
from . import generic
from .dictionary import NON_STATE as _NON_STATE
from .dictionary import Dictionary, Title, is_state, word_list
from .mentions import Candidate

_STOP_LEFT = frozenset({"the", "a", "an", ",", "(", ")", "and", "or", ":", ";", "“", "\"", "”"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
#: Dependencies of the words that qualify a name from its left ("Kenya's", "Nigerian", "US").
_QUALIFIERS = frozenset({"poss", "amod", "compound", "nmod", "npadvmod"})


def _title_at(doc: Doc, end: int, d: Dictionary, lo: int) -> tuple[int, Title] | None:
    """The longest title ending at token ``end`` (inclusive) and starting at or after ``lo``."""
    for start in range(max(lo, end - 3), end + 1):
        if doc[start].pos_ == "DET":
            continue
        text = doc[start:end + 1].text
        title = d.title(text)
        if title is not None:
            return start, title
    return None


def _title_phrase(doc: Doc, head: Token, d: Dictionary) -> tuple[int, int, Title] | None:
    """The title whose head word is ``head`` ("Minister" in "Foreign Minister"), with
    "-elect" and "of X" parts the titles table knows ("Secretary of Defense"), as a token
    range."""
    end = head.i
    if end + 2 < len(doc) and doc[end + 1].text == "-" and d.title(doc[head.i:end + 3].text):
        end += 2
    elif end + 1 < len(doc) and doc[end + 1].lower_ == "of":
        for stop in range(min(end + 5, len(doc) - 1), end + 1, -1):
            if doc[stop].is_alpha and d.title(doc[head.i:stop + 1].text):
                end = stop
                break
    found = _title_at(doc, end, d, lo=head.left_edge.i)
    if found is None:
        return None
    return found[0], end + 1, found[1]


class Roles:
    """Attach roles and contextual identity to the name candidates of one document."""

    def __init__(self, doc: Doc, doc_id: str, candidates: list[Candidate], d: Dictionary):
        self.doc, self.doc_id, self.d = doc, doc_id, d
        self.candidates = candidates
        self.by_token: dict[int, Candidate] = {}
        # a word of a name is the name's, even inside a description ("the RSF commander")
        for c in sorted(candidates, key=lambda c: not c.is_name):
            if c.is_name or c.label in ("NOUN", "DESC"):
                span = doc.char_span(c.start, c.end, alignment_mode="expand")
                if span is not None:
                    for t in span:
                        self.by_token.setdefault(t.i, c)
        self.same: list[tuple[Candidate, Candidate]] = []

    def run(self) -> list[tuple[Candidate, Candidate]]:
        for c in self.candidates:
            if c.is_name and c.kind in ("PERSON", "ORG", "GROUP", None):
                self._read(c)
        self._place_institutions()
        return self.same

    def _place_institutions(self) -> None:
        """Give each mention of a generic body the country its words, or an earlier (else
        the only) placed mention of the same body, name; placed, it takes that country's key
        and sector."""
        bodies = [c for c in self.candidates if self.d.institution(c.key)]
        for c in bodies:
            if c.country in _NON_STATE:
                c.country = None
            named = self.d.qualified(c.text)
            c.country = c.country or (named and named[1]) or self._qualifier_country(c) \
                or self._locative_country(c)
        for c in bodies:
            if c.country is None:
                same = [b for b in bodies if b.key == c.key and b.country]
                before = [b for b in same if b.start < c.start]
                if before:
                    c.country = before[-1].country
                elif len({b.country for b in same}) == 1:
                    c.country = same[0].country
        self._fall_back([c for c in bodies if c.country is None])
        for c in bodies:
            body = self.d.institution(c.key)
            if c.country and body is not None:
                c.key, c.sector = body.placed(c.country)

    def _fall_back(self, unplaced: list[Candidate]) -> None:
        """Give an unplaced body the country English news means by its bare name ("Congress":
        the United States) when the report names no country but those the body's own acts
        are aimed at ("imposed sanctions on Iran": ``generic.not_its_country``); a report
        that names another places it later (``placing.place_officials``)."""
        fallbacks = [(c, body.fallback) for c in unplaced
                     if (body := self.d.institution(c.key)) is not None and body.fallback]
        if not fallbacks:
            return
        by_head = {x.head: x for x in self.candidates}
        for x in self.candidates:
            if is_state(x.country) and x.kind != "PERSON" and not any(
                    c.sent == x.sent and generic.not_its_country(self.doc[c.head], x, by_head,
                                                                 self.d) for c, _ in fallbacks):
                return
        for c, country in fallbacks:
            c.country = country

    def _qualifier_country(self, c: Candidate) -> str | None:
        """The country a possessive or adjective on ``c``'s name names: "Kenya's", "the
        Nigerian", "the US", "South Africa's"."""
        doc = self.doc
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None or span.start == 0:
            return None
        words = [t for t in span.root.lefts if t.i < span.start and t.dep_ in _QUALIFIERS]
        before = span.start - 1
        owner = doc[before].text in _POSSESSIVE and before > 0
        words.append(doc[before - 1] if owner else doc[before])
        for t in words:
            other = self.by_token.get(t.i)
            if other is not None and other is not c and is_state(other.country) \
                    and (other.kind == "COUNTRY" or (owner and other.kind == "LOCATION")):
                return other.country
            iso3 = self.d.demonym(t.text) or self.d.country_name(t.text)
            if iso3:
                return iso3
        return None

    def _locative_country(self, c: Candidate) -> str | None:
        """The country of the town or state an "in" phrase on ``c``'s name names ("the
        Supreme Court *in Islamabad*"), or a sentence's opening "In <place>," when ``c`` is
        its subject ("*In Britain*, the Labour Party rejected the plan")."""
        span = self.doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None:
            return None
        root = span.root
        preps = [t for t in root.rights if t.lower_ == "in"]
        if root.dep_ in ("nsubj", "nsubjpass"):
            preps += [t for t in root.head.children if t.lower_ == "in" and t.is_sent_start]
        for obj in (o for p in preps for o in p.children if o.dep_ == "pobj"):
            other = self.by_token.get(obj.i)
            if other is not None and other is not c and other.kind in ("COUNTRY", "LOCATION") \
                    and is_state(other.country):
                return other.country
        return None

    def _read(self, c: Candidate) -> None:
        doc = self.doc
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None:
            return
        root = span.root
        # 1. A title chain just before the name: "Russian Foreign Minister Sergey Lavrov".
        before = span.start - 1
        if before >= 0 and doc[before].text not in _STOP_LEFT:
            lo = before
            while (lo > 0 and before - lo < 5 and not doc[lo].is_sent_start
                   and doc[lo - 1].text not in _STOP_LEFT):
                lo -= 1
            found = _title_at(doc, before, self.d, lo)
            if found:
                start, title = found
                self._role(c, title, start, before + 1, doc[lo:start], None)
        # 2. Apposition: the name's head is a title, or the name has a title appositive;
        # 3. copula: "Haftar is commander of the LNA". The parse first, the surface second.
        heads = [root.head] if root.dep_ == "appos" else []
        heads += [t for t in root.children if t.dep_ == "appos"]
        if root.dep_ == "nsubj" and root.head.lemma_ == "be":
            heads += [t for t in root.head.children if t.dep_ == "attr"]
        heads += self._surface_appositions(span.start, span.end)
        if not c.country:  # "his Azerbaijani counterpart X", "X, a Burkinabe armed group"
            c.country = next(filter(None, (self._described_country(c, h) for h in heads)),
                             None)
        seen: set[int] = set()
        for head in heads:
            phrase = _title_phrase(doc, head, self.d)
            if phrase is None or phrase[0] in seen:
                continue
            start, end, title = phrase
            seen.add(start)
            modifiers = [t for t in doc[head.left_edge.i:start] if t.dep_ != "det"]
            self._role(c, title, start, end, modifiers, head)
            desc = self.by_token.get(head.i)
            if desc is not None and desc is not c and desc.label in ("DESC", "NOUN"):
                self.same.append((desc, c))
        # 4. "Al-Sisi of Egypt", "Putin of Russia".
        for prep in root.rights:
            if prep.lower_ == "of":
                for obj in prep.children:
                    other = self.by_token.get(obj.i)
                    if other is not None and other.kind == "COUNTRY" and not c.country:
                        c.country = other.country

    def _described_country(self, c: Candidate, head: Token) -> str | None:
        """The nationality on a noun set beside ``c``'s name that says what it is: a peer's
        for a person ("his *Azerbaijani* counterpart"), a body's for an organisation
        ("Katiba Hanifa, a *Burkinabe* armed group"); None for any other noun, or one of no
        nationality (a place its description mentions is none: "a group active along the
        border with Niger")."""
        if c.kind == "PERSON" or (c.kind is None and c.label == "PERSON"):
            if head.lower_ not in word_list("possessors.yaml", "peer_nouns"):  # "counterpart"
                return None
        elif c.kind not in ("ORG", "GROUP") or self.d.noun(head.lower_) is None:
            return None
        for t in head.doc[head.left_edge.i:head.i]:  # "a *Burkinabe* armed group"
            other = self.by_token.get(t.i)
            if t.dep_ not in _QUALIFIERS or t.dep_ == "poss" or t.head.dep_ == "poss":
                continue
            if other is not None and other.kind == "COUNTRY" and is_state(other.country):
                return other.country
            iso3 = self.d.demonym(t.text)
            if iso3:
                return iso3
        return None

    def _surface_appositions(self, start: int, end: int) -> list[Token]:
        """Title heads set off by commas next to a name, where the parse missed them:
        "the Russian Foreign Minister, Sergey Lavrov" and "Sergey Lavrov, the minister,"."""
        doc, heads = self.doc, []
        if start >= 2 and doc[start - 1].text == ",":
            # Walk left over an "of/for X" tail to the title: "spokesman for Russia, Peskov".
            for i in range(start - 2, max(start - 9, -1), -1):
                if doc[i].is_punct or (doc[i].is_sent_start and i != start - 2):
                    break
                if self.d.title(doc[i].text) and not doc[i].is_sent_start:
                    tail = doc[i + 1:start - 1]
                    if not tail or tail[0].lower_ in word_list("grammar.yaml", "office_preps"):
                        heads.append(doc[i])
                        break
        if end + 1 < len(doc) and doc[end].text == ",":
            for j in range(end + 1, min(end + 6, len(doc))):
                if doc[j].pos_ not in ("DET", "ADJ", "PROPN", "NOUN"):
                    break
                if self.d.title(doc[j].text) and (j + 1 == len(doc)
                                                 or not self.d.title(doc[j + 1].text)):
                    heads.append(doc[j])
                    break
        return heads

    def _role(self, c: Candidate, title: Title, start: int, end: int,
              modifiers: object, head: Token | None) -> None:
        """Record ``title`` for ``c`` and what its modifiers and "of/for X" say."""
        doc = self.doc
        of: Candidate | None = None
        country: str | None = None
        for t in modifiers:  # type: ignore[attr-defined]
            other = self.by_token.get(t.i)
            if other is not None and other is not c and other.is_name \
                    and other.kind != "LOCATION":
                of = of or other
            country = country or self.d.demonym(t.text)
        if head is not None:
            for prep in head.rights:
                if prep.lower_ in word_list("grammar.yaml", "office_preps"):
                    of = of or self._named_under(prep, c)
        if of is not None:
            country = country or of.country
        c.roles.append(Role(doc[start:end].text, _ref(of), self.doc_id,
                            doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)))
        c.country = c.country or country
        c.sector = c.sector or title.sector
        if c.kind != "PERSON" and title.rank >= 2 and c.label in ("PERSON", "ORG", "GPE", "NORP") \
                and (c.key is None or c.key.startswith("P:")):
            c.kind = "PERSON"  # a titled name is a person, whatever the NER said
        if title.gender and not c.gender:
            c.gender = title.gender

    def _named_under(self, prep: Token, c: Candidate) -> Candidate | None:
        """The first organisation, group or country named under a preposition."""
        found = None
        for t in prep.subtree:
            other = self.by_token.get(t.i)
            if other is None or other is c:
                continue
            if other.is_name and other.kind in ("ORG", "GROUP", "COUNTRY", "PERSON"):
                return other
            found = found or other
        return found


def _ref(c: Candidate | None) -> str | None:
    """A placeholder for the actor a role is "of", replaced once candidates are grouped."""
    return None if c is None else f"@{c.start}:{c.end}"
