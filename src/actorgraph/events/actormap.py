"""Which local actor each token of a document stands for, for reading event arguments.

In: the parse and the actors stage's actors (their mentions, so pronouns and descriptions
arrive resolved). Out: an ``ActorMap``: the actor a token names (the smallest mention wins),
the actor its modifiers name ("a group *of Moroccan diplomats*"), and the actors of a list of
tokens over coordination, lists parsed as appositions, coordinated modifiers ("*Indian and
Chinese* troops") and "both sides" standing for the parties last named together.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from ..actors.dictionary import word_list
from ..records import Actor
from .phrasings import of_phrase

#: Modifiers that, coordinated, name several parties: "*Thai and Cambodian* troops".
_PARTY_MODS = frozenset({"compound", "amod", "nmod"})
#: Where parties named together stand, for a later "both sides" to refer to.
_PARTY_SLOTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "attr", "ROOT"})
#: Prepositions whose object may be parties ("clashed *with* both sides", "a call *by* the
#: two sides"); not "on/in/at both sides", where something happens.
_PARTY_PREPS = frozenset({"with", "by", "against", "to", "between", "from", "for", "of"})
#: Singular nouns that are two parties by themselves: "*the pair* agreed to meet again".
_PAIRS = frozenset({"pair", "duo"})
#: Sectors of nouns that, counted as "the two", are parties: "the two *leaders*", "the two
#: *armies*"; not "the two *priests*" (people, named again).
_PARTY_SECTORS = frozenset({"GOV", "MIL", "LEG", "REB", "OPP", "PTY", "IGO", "UAF", "ELI",
                            "COP", "SPY", None})
_DEFINITE = frozenset({"the", "these", "those"})
#: Sectors of the forces whose members or units stand for them: "troops *of the army*".
_FORCES = frozenset({"MIL", "COP", "REB", "INS", "UAF", "SPY"})
#: Nouns of a side, which counted ("*both* sides", "*the two* governments", "*each* camp")
#: stand for the two parties of the latest two-sided act however far back in the document;
#: any other counted noun ("the two journalists", "both hostages") only for a pair named near
#: it. Words of the grammar of reference, not of one domain, so kept here with ``_PAIRS``.
_SIDE_NOUNS = frozenset({
    "side", "party", "country", "nation", "state", "government", "administration", "army",
    "force", "delegation", "minister", "leader", "chair", "neighbour", "neighbor", "capital",
    "camp", "both", *_PAIRS})
#: Of these, offices of one holder per state: two named together of one state are no sides.
_OFFICES = frozenset({"minister", "leader", "chair"})
#: Kinds of actor that may be a side of an act between states or armed bodies.
_SIDE_KINDS = frozenset({"COUNTRY", "GROUP", "ORG", "PERSON"})
#: Numbers that count parties named before: "the *two* sides", "the *three* countries".
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5}
#: Plural pronouns that may stand for parties named together: "Russian and Ukrainian
#: delegations met. *They* agreed ...".
_THEY = frozenset({"they", "them"})
#: Words that point at one of the two parties last named together, by its place: "*the
#: former*" the first, "*the latter*" the second.
_ORDINALS = {"former": 0, "latter": 1}
_SEARCH_MODS = ("appos", "compound", "poss", "amod", "nmod", "nummod", "npadvmod")
_SEARCH_PREPS = frozenset({"of", "from", "in", "for", "by"})
#: Dashes that set off a noun summing up the clause before: "... for years *—* an ambition".
_DASHES = frozenset({"\u2013", "\u2014", "--"})
#: Verbs whose object controls their infinitive: "urged Israel to withdraw".
OBJECT_CONTROL = frozenset({
    "ask", "urge", "call", "appeal", "press", "pressure", "push", "order", "instruct", "invite",
    "encourage", "persuade", "force", "compel", "tell", "request", "require", "demand",
    "implore", "beg", "authorize", "allow", "permit", "help", "get", "want", "advise", "warn",
    "remind", "lobby", "challenge", "dare", "prompt", "spur", "provoke", "cause", "lead",
    "drive", "oblige", "enable", "inspire",
})


@functools.cache
def _meeting_sides() -> frozenset[str]:
    """Words for one side of a meeting, pointing back at the two last met (``meeting_guests``,
    ``meeting_hosts``, ``meeting_peers`` of ``names.yaml``)."""
    return frozenset().union(*(word_list("names.yaml", f"meeting_{side}")
                               for side in ("guests", "hosts", "peers")))


@functools.cache
def _hosting() -> frozenset[str]:
    """Verbs whose subject hosts their object ("X hosted Y": the visitor is Y); after any
    other meeting verb ("X visited Y") the other way round: ``hosting_verbs`` and
    ``inviting_verbs`` of ``names.yaml``."""
    return word_list("names.yaml", "hosting_verbs") | word_list("names.yaml", "inviting_verbs")


class ActorMap:
    """Which local actor each token of a document belongs to (smallest mention wins)."""

    def __init__(self, doc: Doc, actors: Iterable[Actor]) -> None:
        actors = list(actors)
        self.kind = {a.id: a.kind for a in actors}
        self.named = {a.id for a in actors if a.named}
        self.country = {a.id: a.country for a in actors}
        self.sector = {a.id: a.sector for a in actors}
        self.name = {a.id: a.name for a in actors}
        spans = sorted(((m.end - m.start, m.start, m.end, a.id)
                        for a in actors for m in a.mentions), reverse=True)
        self.of_token: dict[int, str] = {}
        self._pointing = False
        for _, start, end, actor in spans:  # longest first, so shorter mentions overwrite
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                for i in range(span.start, span.end):
                    if doc[i].idx >= start:
                        self.of_token[i] = actor
        for token in doc:
            self._member_of(token)

    def _member_of(self, token: Token) -> None:
        """Let a noun of a force's members or parts (``member_nouns`` of ``arguments.yaml``)
        whose "of" phrase names that force stand for it: "*soldiers* of the 5th brigade" are
        the brigade, "*troops* of the Malian army" the army. Only for an unnamed noun and one
        armed or security force (``_FORCES``; not a state, place, person or movement:
        "militants *of the MFR*" are its supporters, "soldiers *of Chad and Niger*" are drawn
        from two, ``_members``)."""
        own = self.of_token.get(token.i)
        if own in self.named or token.lemma_.lower() not in word_list(
                "arguments.yaml", "member_nouns"):
            return
        force = next((self.of_token.get(o.i) for o in of_phrase(token) if not o.conjuncts),
                     None)
        if force is None or force == own or self.kind.get(force) not in ("GROUP", "ORG") \
                or self.sector.get(force) not in _FORCES:
            return
        for i in range(token.left_edge.i, token.i + 1):
            if self.of_token.get(i) == own:
                self.of_token[i] = force

    def _counted(self, token: Token) -> int:
        """How many parties named before ``token`` stands for (``_of_both``), or 0: "both"
        and "the pair" two, "the two", "the three" their number, but a number only after
        "the" and for a noun of parties ("*the two leaders*", "*the three countries*"), not
        new people ("arrested *two priests*"); a noun of people ("*the two men*") only for
        two persons named together (``_people_only``)."""
        count = _of_both(token)
        if not count:
            return 0
        if not any(c.dep_ == "nummod" and c.lower_ in _NUMBERS for c in token.children) or any(
                c.lower_ == "both" for c in token.children):
            return count
        return count if any(c.dep_ == "det" and c.lower_ in _DEFINITE
                            for c in token.children) else 0

    def _people_only(self, token: Token) -> bool:
        """Whether the counted noun ``token`` is of people, not of parties ("the two *men*",
        not "the two *armies*" or "the two *sides*"): it stands only for named persons."""
        actor = self.of_token.get(token.i)
        return actor is not None and self.sector.get(actor) not in _PARTY_SECTORS and \
            self.kind.get(actor) not in ("COUNTRY", "ORG")

    def direct(self, token: Token) -> str | None:
        return self.of_token.get(token.i)

    def actor(self, token: Token, depth: int = 3, skip_self: bool = False) -> str | None:
        """The actor ``token`` names, or failing that the one its modifiers name ("a group
        *of Moroccan diplomats*", "*Russian* negotiators"); ``skip_self``: only the latter."""
        found = None if skip_self else self.of_token.get(token.i)
        if found is not None or depth == 0:
            return found
        if not skip_self and not self._pointing and (pointed := self._pointed(token)):
            return pointed
        children = list(token.children)
        # "The commander of the army (HoR), General Khalifa Haftar": of several appositions,
        # a person before an acronym in brackets
        appos = [c for c in children if c.dep_ == "appos"]
        if len(appos) > 1:
            hits = [(self.kind.get(h) != "PERSON", c.i > 0 and c.nbor(-1).text == "(", h)
                    for c in appos if (h := self.actor(c, depth - 1))]
            if hits:
                return min(hits, key=lambda x: x[:2])[2]
        for dep in _SEARCH_MODS:
            for c in children:
                if c.dep_ == dep and (hit := self.actor(c, depth - 1)):
                    return hit
        for c in children:
            if c.dep_ == "prep" and (c.lower_ in _SEARCH_PREPS or (  # "those *such as* the US"
                    c.lower_ == "as" and c.i > 0 and c.nbor(-1).lower_ == "such")):
                for obj in c.children:
                    if obj.dep_ == "pobj" and (hit := self.actor(obj, depth - 1)):
                        return hit
        return None if skip_self else self._summed_up(token)

    def _summed_up(self, noun: Token) -> str | None:
        """The doer of the clause an indefinite noun set after a dash at its end sums up
        ("Saied can rule by decree for years *— an ambition* endorsed by Algeria": Saied's
        ambition; "the junta intends to leave ECOWAS *– a step* ..."): what is done to the
        aim or step is done to whoever has it: a noun the parser hung on the clause's verb,
        or on its subject across the verb. Not one hung on the object or said of it (an
        object predicate), which restates the object alone ("named a prime minister — an
        economist ..."), nor one after a comma."""
        left = noun.left_edge.i
        if noun.pos_ != "NOUN" or left == 0 or noun.doc[left - 1].text not in _DASHES \
                or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
            return None
        clause = next((h for h in noun.ancestors if h.pos_ in ("VERB", "AUX")), None)
        if clause is None or clause.i > noun.i or noun.dep_ == "oprd" or (
                noun.head.i != clause.i and not (noun.head.dep_ in ("nsubj", "nsubjpass")
                                                 and noun.head.i < clause.i)):
            return None  # "named a new prime minister — an economist ...": the object's
        from .subjects import subject  # subjects reads OBJECT_CONTROL from this module
        return next((a for t in subject(clause) if (a := self.actor(t, 1))), None)

    def actors(self, tokens: Iterable[Token], sides: bool = True) -> list[str]:
        """Actors of ``tokens`` and of their conjuncts, in order, no repeats; a list parsed
        as an apposition ("Saudi Arabia, *Egypt*, the UAE and Bahrain") counts as conjuncts,
        and so do coordinated modifiers of one noun ("*Indian and Chinese* troops") and of
        its "of" phrase ("the foreign ministers *of Japan and South Korea*"). ``sides``: a
        plural noun counted by "both" or a number ("*both forces*", "*the three sides*")
        stands for exactly that many parties last named together, and so does an unnamed
        thing they own ("*the two sides'* positions")."""
        out: list[str] = []
        for token in tokens:
            if sides and token.i not in self.of_token:  # "the two sides' positions": theirs
                token = next((c for c in token.children if c.dep_ == "poss"
                              and self._counted(c)), token)
            count = self._counted(token) if sides else 0
            parties = self._parties(token, count=count) if count else []
            if parties and self._people_only(token) and (count > 2 or any(
                    self.kind.get(p) != "PERSON" for p in parties)):
                parties = []  # "the two men" are two persons named together, not two
                # states; "the three journalists" a group coded by its own noun
            if sides and not parties and token.lower_ in _THEY:
                parties = self._they(token)
            if len(parties) > 1:
                out += [p for p in parties if p not in out]
                continue
            listed = [a for c in token.children if c.dep_ == "appos" and c.conjuncts
                      for a in (c, *c.conjuncts)]
            for t in (token, *token.conjuncts, *listed, *_participle_conjunct(token)):
                # the modifier next to the noun is part of the noun's own actor
                hits = [self.direct(m) for c in t.children
                        if c.dep_ in _PARTY_MODS and c.conjuncts for m in (c, *c.conjuncts)
                        if m.i < t.i - 1]
                members = self._members(t)
                if members:  # "soldiers *from Ghana and Senegal*": the two states
                    hits += members
                    out += [h for h in dict.fromkeys(hits) if h and h not in out]
                    continue
                hits.append(self.actor(t))
                hits += [self.actor(cj) for c in t.children
                         if c.dep_ == "prep" and c.lower_ in ("of", "from")
                         and (t.i not in self.of_token or c.lower_ == "of")
                         for o in c.children if o.dep_ == "pobj" for cj in o.conjuncts]
                out += [h for h in dict.fromkeys(hits) if h and h not in out]
        return out

    def _members(self, token: Token) -> list[str]:
        """The parties an unnamed group drawn from several is made of ("soldiers *from Ghana
        and Senegal*", "the foreign ministers *of Japan and South Korea*"): the actors of its
        coordinated "of/from" phrase, when the group stands for one of them (not "US troops
        from Iraq and Syria", where they come from)."""
        own = self.of_token.get(token.i)
        if own is None or own in self.named:
            return []
        found = [a for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                 for o in c.children if o.dep_ == "pobj" and o.conjuncts
                 for x in (o, *o.conjuncts) if (a := self.actor(x)) and a != own]
        found = list(dict.fromkeys(found))
        if len(found) > 1 and self.country.get(own) in {self.country.get(a) for a in found}:
            return found
        return []

    def _parties(self, token: Token, back: int = 2, count: int = 0) -> list[str]:
        """The parties of the nearest coordination before ``token`` in its sentence or the
        ``back`` before it, within its paragraph ("*the army and the RSF* agreed ...; both
        forces ..."), unless the noun names an actor of its own ("both Koreas"); failing
        that, the two last met, fought or spoke with each other ("X held talks *with* Y",
        "X hosted Y", "X fought Y. Elders urged both armies ..."), not the noun itself and
        the one acting on it. ``count``: exactly that many parties ("the three countries"
        are three named together, not two), else any more than one."""
        if self.of_token.get(token.i) in self.named:
            return []
        doc, start = token.doc, _window(token, back)
        for i in range(token.i - 1, start - 1, -1):
            t = doc[i]
            if t.dep_ in _PARTY_SLOTS and (t.conjuncts or any(
                    c.dep_ in _PARTY_MODS and c.conjuncts for c in t.children)):
                found = self.actors([t], sides=False)
                if len(found) > 1 and count in (0, len(found)):
                    return found
        if count > 2:
            return []
        # no coordination: the two who last did something together ("X held talks *with*
        # Y", "X's meeting with Y", "X clashed with Y")
        for i in range(token.i - 1, start - 1, -1):
            t = doc[i]
            if t.lower_ == "with" and t.dep_ == "prep":
                found = self._together(t)
                if len(found) > 1:
                    return found
        # not the verb the noun is itself a party of ("Elders urged *both armies*")
        own = self.of_token.get(token.i)
        for i in range(token.i - 1, start - 1, -1):
            if doc[i].pos_ == "VERB" and len(found := self._met(doc[i])) > 1 \
                    and own not in found:
                return found
        return self._latest_sides(token, start, count)

    def _latest_sides(self, token: Token, end: int, count: int) -> list[str]:
        """The two parties of the latest two-sided act before token ``end`` in the document,
        for a counted noun of a side (``_SIDE_NOUNS``) named far from them ("X held talks with
        Y. ... <two paragraphs> ... Both sides agreed"): the doers of a joint act ("*X and Y*
        met", "talks *between X and Y*"), the doer and the partner of a "with" phrase ("X
        held talks *with* Y", "X clashed *with* Y"), or the subject and the object of a verb
        when both are states, bodies or persons ("X's troops *shelled* Y"). The latest wins.
        A coordination of the noun itself ("the foreign minister and the trade minister" for
        "the two ministers") is its antecedent: two of one state are no sides."""
        lemma = token.lemma_.lower()
        if lemma not in _SIDE_NOUNS:
            return []
        own, doc = self.of_token.get(token.i), token.doc
        for i in range(end - 1, -1, -1):  # "the minister and the trade minister"
            t = doc[i]
            if t.conjuncts and t.dep_ in _PARTY_SLOTS and t.lemma_.lower() == lemma:
                found = self.actors([t], sides=False)
                one_state = lemma in _OFFICES and len({self.country.get(a) for a in found}) < 2
                return [] if len(found) != 2 or one_state else found
        for i in range(end - 1, -1, -1):
            t = doc[i]
            if t.dep_ in _PARTY_SLOTS and (t.conjuncts or any(
                    c.dep_ in _PARTY_MODS and c.conjuncts for c in t.children)):
                found = self.actors([t], sides=False)
            elif t.lower_ == "with" and t.dep_ == "prep":
                found = self._together(t)
            elif t.pos_ == "VERB":
                found = self._met(t)
            else:
                continue
            if len(found) > 1 and count in (0, len(found)) and own not in found and all(
                    self.kind.get(a) in _SIDE_KINDS for a in found):
                return found
        return []

    def _met(self, verb: Token) -> list[str]:
        """The subject and the object of a verb when both are actors ("X hosted Y"); not of a
        verb that takes people captive ("the RSF *detained* Egyptian soldiers": the captives
        are held, no side: ``captive_verbs`` in ``data/arguments.yaml``)."""
        if verb.lemma_.lower() in word_list("arguments.yaml", "captive_verbs"):
            return []
        pair = [self.actors([c], sides=False)[:1] for dep in (("nsubj",), ("dobj",))
                for c in verb.children if c.dep_ in dep][:2]
        found = [a for hit in pair for a in hit]
        return found if len(found) == 2 and found[0] != found[1] else []

    def _they(self, token: Token) -> list[str]:
        """The parties a plural pronoun stands for, when its antecedent is their
        coordination ("*Russian and Ukrainian* delegations met. They ...", "ministers *from
        Egypt and Jordan* flew in. They ..."), or it has none; else none."""
        own = self.of_token.get(token.i)
        doc, start = token.doc, _window(token, 1)
        for i in range(token.i - 1, start - 1, -1):
            t = doc[i]
            if t.dep_ in _PARTY_SLOTS and (t.conjuncts or any(
                    c.dep_ in _PARTY_MODS and c.conjuncts for c in t.children)):
                found = self.actors([t], sides=False)
                if len(found) > 1 and (own is None or own in found or any(
                        self.of_token.get(a.i) == own for a in list(t.ancestors)[:3])):
                    return found
                return []
        return []

    def pointed(self, token: Token) -> str | None:
        """The party a word pointing back stands for ("his counterpart", "his host", "the
        latter"), or None for any other word."""
        return None if self._pointing else self._pointed(token)

    def _pointed(self, token: Token) -> str | None:
        """The party a word pointing back stands for: "the former", "the latter" (of the two
        last named together), "the visitor", "his host", "his counterpart" (of the two last
        met, in this sentence or the one before, within the paragraph)."""
        word = token.lower_
        if word not in _ORDINALS and token.lemma_.lower() not in _meeting_sides():
            return None
        if not any(c.dep_ in ("det", "poss") for c in token.children):
            return None
        self._pointing = True  # the parties it points at are read plainly, not pointed again
        try:
            return self._point(token, word)
        finally:
            self._pointing = False

    def _point(self, token: Token, word: str) -> str | None:
        if word in _ORDINALS:
            pair = self._parties(token, back=1)
            return pair[_ORDINALS[word]] if len(pair) == 2 else None
        doc, start = token.doc, _window(token, 1)
        for i in range(token.i - 1, start - 1, -1):
            verb = doc[i]
            pair = self._met(verb) if verb.pos_ == "VERB" else []
            if not pair:
                continue
            lemma = token.lemma_.lower()
            if lemma in word_list("names.yaml", "meeting_peers"):
                owner = next((self.actor(c) for c in token.children if c.dep_ == "poss"), None)
                # a counterpart holds an office like the owner's: a person, not a body met
                # ("addressed parliament. He thanked his counterpart in Berlin")
                other = [a for a in pair if a != owner and self.kind.get(a) == "PERSON"]
                return other[0] if owner in pair and other else None
            hosts = verb.lemma_.lower() in _hosting()
            return pair[0 if hosts == (lemma in word_list("names.yaml", "meeting_hosts")) else 1]
        return None

    def _together(self, with_: Token) -> list[str]:
        """The doer and the partner of a "with" phrase: the subject of the verb it hangs on
        (or of the verb whose object the noun it hangs on is: "held talks with"), or the
        possessor of that noun ("X's meeting with Y"); then the object of "with"."""
        partners = self.actors([o for o in with_.children if o.dep_ == "pobj"], sides=False)
        head = with_.head
        doers = [c for c in head.children if c.dep_ in ("nsubj", "poss")]
        if not doers and head.dep_ in ("dobj", "pobj") and head.head.pos_ in ("VERB", "ADP"):
            verb = head.head if head.head.pos_ == "VERB" else head.head.head
            doers = [c for c in verb.children if c.dep_ == "nsubj"]
        found = self.actors(doers, sides=False)
        return [*found[:1], *(p for p in partners[:1] if p not in found[:1])]


def _participle_conjunct(token: Token) -> list[Token]:
    """The noun a participle describes, coordinated with the object ``token`` but parsed as
    a verb of its own ("shelled rebel fighters and *fleeing civilians*": "fleeing" read as a
    second verb with "civilians" its object): a bare present participle right after "and",
    with no subject and its object next to it."""
    if token.dep_ != "dobj":
        return []
    return [o for x in token.head.children
            if x.dep_ == "conj" and x.tag_ == "VBG" and x.i > token.i
            and x.nbor(-1).dep_ == "cc" and x.nbor(-1).head == token.head
            and not any(c.dep_ in ("nsubj", "aux") for c in x.children)
            for o in x.children if o.dep_ == "dobj" and o.i == x.i + 1]


def _window(token: Token, back: int) -> int:
    """The first token of the sentence ``back`` sentences before ``token``'s, not reaching
    past a paragraph break."""
    doc, start = token.doc, token.sent.start
    for _ in range(back):
        if start > 0:
            start = doc[start - 1].sent.start
    breaks = doc.text.rfind("\n\n", doc[start].idx, token.idx)
    if breaks >= 0:
        start = next((t.i for t in doc[start:token.i] if t.idx > breaks), token.i)
    return start


def _of_both(token: Token) -> int:
    """How many parties ``token`` counts, as a plural noun counted by "both" or a number
    ("both forces", "the two sides", "the three countries", "the pair", a bare "both"), or 0
    (not "both Russia and China": a coordination names its own; nor "both sides of the
    border" or "on both sides", places; "accused both sides *of breaking* the truce" is
    what they did, not where)."""
    children = list(token.children)
    prep = token.head
    if token.dep_ == "pobj" and prep.lower_ not in _PARTY_PREPS and not (
            prep.lower_ == "on" and prep.head.lemma_.lower() in OBJECT_CONTROL):
        return 0  # "fighting *on both sides*": where, not who ("called on": whom)
    if token.conjuncts or any(c.dep_ == "prep" and c.lower_ == "of" and any(
            o.dep_ == "pobj" for o in c.children) for c in children):
        return 0  # "both sides *of the border*"
    if token.tag_ in ("NNS", "NNPS"):
        counts = [2 if c.lower_ == "both" else _NUMBERS.get(c.lower_, 0) for c in children
                  if c.dep_ in ("det", "predet", "nummod")]
        if any(counts):
            return max(counts)
    if token.lower_ in _PAIRS and any(c.dep_ == "det" and c.lower_ == "the"
                                      for c in children):  # "the pair agreed"
        return 2
    if token.tag_ == "NN" and token.lemma_.lower() in _SIDE_NOUNS and any(
            c.dep_ == "det" and c.lower_ == "each" for c in children):
        return 2  # "*each side* accused the other": both, one at a time
    return 2 if token.lower_ == "both" and token.dep_ in _PARTY_SLOTS else 0  # "*Both* ..."
