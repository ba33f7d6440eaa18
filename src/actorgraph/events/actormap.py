"""Which local actor each token of a document stands for, for reading event arguments.

In: the parse and the actors stage's actors (their mentions, so pronouns and descriptions
arrive resolved). Out: an ``ActorMap``: the actor a token names (the smallest mention wins),
the actor its modifiers name ("a group *of Moroccan diplomats*"), and the actors of a list of
tokens over coordination, lists parsed as appositions, coordinated modifiers ("*Indian and
Chinese* troops") and "both sides" standing for the parties last named together.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token

from ..actors.dictionary import word_list
from ..records import Actor
from .parties import (
    PAIRS,
    PARTY_MODS,
    PARTY_SLOTS,
    SIDE_NOUNS,
    TALK_PARTIES,
    Parties,
    counted_nearer,
)
from .phrasings import of_phrase

#: Prepositions whose object may be parties ("clashed *with* both sides", "a call *by* the
#: two sides"); not "on/in/at both sides", where something happens.
_PARTY_PREPS = word_list("grammar.yaml", "party_preps")
#: Sectors of nouns that, counted as "the two", are parties: "the two *leaders*", "the two
#: *armies*"; not "the two *priests*" (people, named again).
_PARTY_SECTORS = frozenset({"GOV", "MIL", "LEG", "REB", "OPP", "PTY", "IGO", "UAF", "ELI",
                            "COP", "SPY", None})
_DEFINITE = word_list("grammar.yaml", "counted_definites")
#: Sectors of the forces whose members or units stand for them: "troops *of the army*".
_FORCES = word_list("sectors.yaml", "member_forces")
#: Numbers that count parties named before: "the *two* sides", "the *three* countries".
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5}
#: Plural pronouns that may stand for parties named together: "Russian and Ukrainian
#: delegations met. *They* agreed ...".
_THEY = frozenset({"they", "them"})
_SEARCH_MODS = ("appos", "compound", "poss", "amod", "nmod", "nummod", "npadvmod")
_SEARCH_PREPS = word_list("grammar.yaml", "party_search_preps")
#: Dashes that set off a noun summing up the clause before: "... for years *—* an ambition".
_DASHES = frozenset({"\u2013", "\u2014", "--"})
#: Verbs whose object controls their infinitive: "urged Israel to withdraw"
#: (``object_control_verbs`` in data/arguments.yaml).
OBJECT_CONTROL = word_list("arguments.yaml", "object_control_verbs")


class ActorMap(Parties):
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
        self._told: dict[str, list[int]] = {}  # ``told_apart``: each actor's tokens
        self._pointing = False
        self._found: dict[tuple[tuple[int, ...], bool, bool], list[str]] = {}  # ``actors``
        for _, start, end, actor in spans:  # longest first, so shorter mentions overwrite
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                for i in range(span.start, span.end):
                    if doc[i].idx >= start:
                        self.of_token[i] = actor
        members = word_list("arguments.yaml", "member_nouns")
        strings, of_members = doc.vocab.strings, {}  # lemma's key -> whether one of them
        for i, lemma in enumerate(doc.to_array(LEMMA).tolist() if len(doc) else ()):
            if lemma not in of_members:
                of_members[lemma] = strings[lemma].lower() in members
            if of_members[lemma]:  # the only words ``_member_of`` reads further
                self._member_of(doc[i])

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

    def told_apart(self, actor: str | None, phrase: Token) -> bool:
        """Whether ``actor`` is named outside ``phrase``'s words other than by a possessive
        pronoun or a noun one owns, so that a pronoun of its in the phrase ("said bandits
        attacked *its* troops") has an antecedent of its own, not only phrases like the one
        it opens ("*their* forces ... *their* soldiers")."""
        if not self._told:
            doc = phrase.doc
            for i, a in self.of_token.items():
                if not _possessive(doc[i]) and not any(_possessive(c) for c in doc[i].children):
                    self._told.setdefault(a, []).append(i)
        left, right = phrase.left_edge.i, phrase.right_edge.i
        return any(not left <= i <= right for i in self._told.get(actor or "", ()))

    def _counted(self, token: Token) -> int:
        """How many parties named before ``token`` stands for (``_of_both``), or 0: "both"
        and "the pair" two, "the two", "the three" their number, but a number only after
        "the" and for a noun of parties ("*the two leaders*", "*the three countries*"), not
        new people ("arrested *two priests*"); a noun of people ("*the two men*") only for
        two persons named together (``_people_only``); a bare "the two" not after a noun
        counted by its number (``parties.counted_nearer``)."""
        count = _of_both(token)
        if not count or (token.pos_ == "NUM" and counted_nearer(token)):
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
        thing they own ("*the two sides'* positions").

        Worked out once per tokens, ``sides`` and pointing state (the map does not change
        after it is made, and the same words are asked for about five times each)."""
        tokens = list(tokens)
        key = (tuple(t.i for t in tokens), sides, self._pointing)
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = self._actors(tokens, sides)
        return list(found)

    def _actors(self, tokens: list[Token], sides: bool) -> list[str]:
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
            if sides and not parties:  # "*their* soldiers" of parties named together
                parties = self.theirs(token, _FORCES)
            if sides and not parties:  # "the delegations", "the mediators"
                talks = self.at_talks(token)
                if talks:
                    out += [p for p in talks if p not in out]
                    continue
            if len(parties) > 1:
                out += [p for p in parties if p not in out]
                continue
            listed = [a for c in token.children if c.dep_ == "appos" and c.conjuncts
                      for a in (c, *c.conjuncts)]
            for t in (token, *token.conjuncts, *listed, *_participle_conjunct(token)):
                # the modifier next to the noun is part of the noun's own actor
                hits = [self.direct(m) for c in t.children
                        if c.dep_ in PARTY_MODS and c.conjuncts for m in (c, *c.conjuncts)
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
        from Iraq and Syria", where they come from); those who sit at talks for parties
        (``TALK_PARTIES``) are the parties of their coordinated "for/of/from" phrase
        ("*negotiators for* the government and the ELN"), or with no country of their own
        the one party of it ("negotiators *for the ELN*"); never persons, whom envoys only
        stand for."""
        own = self.of_token.get(token.i)
        seated = token.lemma_.lower() in TALK_PARTIES  # "negotiators *for* X and Y"
        if (own is None and not seated) or own in self.named:
            return []
        preps = ("of", "from", "for") if seated else ("of", "from")
        pobjs = [o for c in token.children if c.dep_ == "prep" and c.lower_ in preps
                 for o in c.children if o.dep_ == "pobj"]
        found = [a for o in pobjs if o.conjuncts
                 for x in (o, *o.conjuncts) if (a := self.actor(x)) and a != own]
        found = list(dict.fromkeys(found))
        persons = any(self.kind.get(a) == "PERSON" for a in found)
        if len(found) > 1 and ((seated and not persons) or self.country.get(own) in {
                self.country.get(a) for a in found}):
            return found
        # one party alone, named by the phrase itself, of a country the seat shares or has
        # none of ("negotiators *for the ELN*"); not a place an envoy is for ("the US envoy
        # for *the Horn of Africa*"), a matter ("envoy for *Asian* affairs"), another
        # state's ("the UN envoy for Sudan"), nor a seat its own name follows; a person's
        # envoys are not that person ("met envoys *of* Machado")
        alone = [a for o in pobjs if not o.conjuncts and (a := self.direct(o)) and a != own]
        return alone if seated and len(pobjs) == len(alone) == 1 and self.kind.get(
            alone[0]) not in ("LOCATION", "PERSON") and self.country.get(own or "") in (
                None, self.country.get(alone[0])) and not any(
                c.dep_ == "appos" for c in token.children) else []


def _possessive(token: Token) -> bool:
    """Whether ``token`` is a possessive pronoun on a noun ("*its* troops")."""
    return token.tag_ == "PRP$" and token.dep_ == "poss"


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


def _of_both(token: Token) -> int:
    """How many parties ``token`` counts, as a plural noun counted by "both" or a number
    ("both forces", "the two sides", "the three countries", "the pair", a bare "both", a
    bare "the two" standing as a noun: "*the two* agreed to meet again"), or 0
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
    if token.lower_ in PAIRS and any(c.dep_ == "det" and c.lower_ == "the"
                                      for c in children):  # "the pair agreed"
        return 2
    if token.tag_ == "NN" and token.lemma_.lower() in SIDE_NOUNS and any(
            c.dep_ == "det" and c.lower_ == "each" for c in children):
        return 2  # "*each side* accused the other": both, one at a time
    if token.pos_ == "NUM" and token.lower_ in _NUMBERS and token.dep_ in PARTY_SLOTS and any(
            c.dep_ == "det" and c.lower_ == "the" for c in children):
        return _NUMBERS[token.lower_]  # a bare "*the two* agreed": a pronoun of the pair
    return 2 if token.lower_ == "both" and token.dep_ in PARTY_SLOTS else 0  # "*Both* ..."
