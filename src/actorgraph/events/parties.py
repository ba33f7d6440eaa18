"""The parties a word stands for by pointing back at parties named before it.

In: a token of a parse; the ``ActorMap`` (this is its part that reads parties named
together). Out: actor ids.

A counted noun ("*both* sides", "*the two* governments", "the pair") stands for the parties of
the nearest coordination before it, in its sentence or the two before, within its paragraph
("*the army and the RSF* agreed ...; both forces ..."), unless it names an actor of its own
("both Koreas"); failing that, the two last met, fought or spoke with each other ("X held
talks *with* Y", "X hosted Y", "X fought Y. Elders urged both armies ..."), not the noun
itself and the one acting on it (``_parties``). A noun of a side (``SIDE_NOUNS``) reaches
further back, to the latest two-sided act of the document (``_latest_sides``). A plural
pronoun stands for the parties its antecedent coordinates ("*Russian and Ukrainian*
delegations met. They ...": ``_they``). A bare "the two" is counted as "the two sides" is,
unless it takes up a noun its number counts nearer ("arrested *two protesters* ... the two
were freed": ``counted_nearer``). "The former" and "the latter" are the first and the
second of the two last named together; "the visitor", "his host", "his counterpart" one of
the two last met, in this sentence or the one before (``pointed``; ``meeting_guests``,
``meeting_hosts``, ``meeting_peers``, ``hosting_verbs``, ``inviting_verbs`` of
``names.yaml``). A verb that takes people captive meets no side (``captive_verbs`` of
``arguments.yaml``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from typing import Any

from spacy.tokens import Token

from ..actors.dictionary import get as dictionary
from ..actors.dictionary import word_list
from ..nlp import paragraph_break

#: Modifiers that, coordinated, name several parties: "*Thai and Cambodian* troops".
PARTY_MODS = frozenset({"compound", "amod", "nmod"})
#: Where parties named together stand, for a later "both sides" to refer to.
PARTY_SLOTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "attr", "ROOT"})
#: Singular nouns that are two parties by themselves: "*the pair* agreed to meet again".
PAIRS = word_list("grammar.yaml", "pair_nouns")
#: Nouns of a side, which counted ("*both* sides", "*the two* governments", "*each* camp")
#: stand for the two parties of the latest two-sided act however far back in the document;
#: any other counted noun ("the two journalists", "both hostages") only for a pair named near
#: it. Words of the grammar of reference, not of one domain (data/grammar.yaml).
SIDE_NOUNS = word_list("grammar.yaml", "side_nouns") | PAIRS
#: Nouns of a side's commander: counted ("*both* commanders"), the two latest armed parties.
COMMANDS = word_list("grammar.yaml", "command_nouns")
#: Sectors of armed bodies, the parties commanders stand for.
_ARMED = word_list("sectors.yaml", "armed")
#: Plural nouns of those who sit at talks for their sides: told by "the" alone ("*the
#: delegations* agreed", "*the envoys*"), the parties of the latest two-sided act before them.
TALK_PARTIES = word_list("grammar.yaml", "talk_party_nouns")
#: Plural nouns of those who broker talks: "*the mediators*" are who mediated before them.
_BROKERS = word_list("grammar.yaml", "broker_nouns")
#: The CAMEO code of mediating ("brokered by Qatar", "Oman mediated the talks"): the mediator
#: is a third party to the talks it brokers (read by nominals and other_side too).
MEDIATE = "045"
#: Codes of CONSULT that are no meeting of sides: a visit, hosting one, mediating.
_NOT_MEETING = ("042", "043", MEDIATE)
#: Of these, offices of one holder per state: two named together of one state are no sides.
_OFFICES = word_list("grammar.yaml", "one_holder_offices")
#: Kinds of actor that may be a side of an act between states or armed bodies.
_SIDE_KINDS = frozenset({"COUNTRY", "GROUP", "ORG", "PERSON"})
#: Words that point at one of the two parties last named together, by its place: "*the
#: former*" the first, "*the latter*" the second.
_ORDINALS = {"former": 0, "latter": 1}


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


def _window(token: Token, back: int) -> int:
    """The first token of the sentence ``back`` sentences before ``token``'s, not reaching
    past a paragraph break."""
    doc, start = token.doc, token.sent.start
    for _ in range(back):
        if start > 0:
            start = doc[start - 1].sent.start
    breaks = paragraph_break(doc, doc[start].idx, token.idx)
    if breaks >= 0:
        start = next((t.i for t in doc[start:token.i] if t.idx > breaks), token.i)
    return start


def counted_nearer(number: Token) -> bool:
    """Whether a bare "the two" takes up a noun counted by its number in its sentence or the
    two before ("arrested *two protesters* ... the two were freed"): those, not parties."""
    return any(c.dep_ == "nummod" and c.lower_ == number.lower_ and t.pos_ in ("NOUN", "PROPN")
               for t in number.doc[_window(number, 2):number.i] for c in t.children)


def bare_plural(token: Token) -> bool:
    """Whether ``token`` is a plural noun told by "the" alone, with no words of its own ("*the
    delegations* agreed"; not "the delegations *of twelve states*", "the *Yemeni* envoys")."""
    return token.tag_ in ("NNS", "NNPS") and any(
        c.dep_ == "det" and c.lower_ == "the" for c in token.children) and all(
        c.dep_ in ("det", "punct") for c in token.children)


def _doer_over(token: Token) -> list[Token]:
    """The doer's tokens of the verb ``token`` is an argument of, when ``token`` is not in it
    ("*France and Germany* urged both sides", "a statement *by Cuba and Norway* called on the
    delegations"): whoever acts on the sides is none of them; else none."""
    verb = next((h for h in token.ancestors if h.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return []
    from .subjects import subject  # subjects reads the actor map's module, which reads this
    doers = subject(verb)
    if any(d.left_edge.i <= token.i <= d.right_edge.i for d in doers):
        return []
    return doers


def _fits(verb: Token, sense) -> bool:
    """Whether ``verb`` may be told in ``sense`` (a lexicon ``Entry``): its object and particle
    are the ones the sense asks for, if it asks ("briefed *diplomats*", not "briefed
    reporters")."""
    return (not sense.obj or any(c.dep_ == "dobj" and c.lemma_.lower() in sense.obj
                                 for c in verb.children)) and (
        not sense.prt or any(c.dep_ == "prt" and c.lower_ == sense.prt for c in verb.children))


def _meets(verb: Token, sense) -> bool:
    """Whether ``verb`` is told in ``sense`` (a lexicon ``Entry``) of meeting (CONSULT: "met",
    "held *talks*", "sat *down*"), not of visiting, hosting or mediating (042, 043, 045)."""
    return sense.type == "CONSULT" and not (sense.cameo or "").startswith(_NOT_MEETING) and \
        _fits(verb, sense)


def _acts(verb: Token) -> bool:
    """Whether ``verb`` tells an act of the lexicon in a sense that fits it: two it names may
    be sides ("X *shelled* Y", "X *hosted* Y"); a speaker and whom he tells are not ("he
    *told* reporters", "*briefed* journalists")."""
    from .lexicon import get  # the lexicon reads the actor dictionary, which reads this
    return any(_fits(verb, e) for e in get().senses("verb", verb.lemma_.lower()))


def _verbs_before(token: Token, told: Callable[[Token, Any], bool]) -> Iterator[Token]:
    """The verbs before ``token`` in its document, latest first, told in a sense (a lexicon
    ``Entry``) for which ``told(verb, sense)`` holds."""
    from .lexicon import get  # the lexicon reads the actor dictionary, which reads this
    lex = get()
    for t in reversed(token.doc[:token.i]):
        if t.pos_ == "VERB" and any(told(t, e) for e in lex.senses("verb", t.lemma_.lower())):
            yield t


def _names_parties_together(t: Token) -> bool:
    """Whether ``t``, in a party's place, names parties together: itself a coordination
    ("*Russia* and Ukraine met") or modified by one ("*ministers* from Egypt and Jordan",
    "*Russian and Ukrainian* delegations")."""
    return t.dep_ in PARTY_SLOTS and (bool(t.conjuncts) or any(
        c.dep_ in PARTY_MODS and c.conjuncts for c in t.children))


class Parties:
    """The part of ``ActorMap`` that reads parties named together; it reads actors through
    the map (``actor``, ``actors``, ``of_token``)."""

    of_token: dict[int, str]
    kind: dict[str, str]
    sector: dict[str, str | None]
    country: dict[str, str | None]
    named: set[str]
    _pointing: bool

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
        over = _doer_over(token)
        within = {i for d in over for i in range(d.left_edge.i, d.right_edge.i + 1)}
        acting = set(self.actors(over)) if over else set()
        for i in range(token.i - 1, start - 1, -1):
            t = doc[i]
            if _names_parties_together(t) and i not in within:
                found = self.actors([t], sides=False)
                if len(found) > 1 and count in (0, len(found)) and not set(found) <= acting \
                        and self._commanded(token, found):
                    return found
        if count > 2:
            return []
        # no coordination: the two who last did something together ("X held talks *with*
        # Y", "X's meeting with Y", "X clashed with Y")
        for i in range(token.i - 1, start - 1, -1):
            t = doc[i]
            if t.lower_ == "with" and t.dep_ == "prep":
                found = self._together(t)
                if len(found) > 1 and self._commanded(token, found):
                    return found
        # not the verb the noun is itself a party of ("Elders urged *both armies*")
        own = self.of_token.get(token.i)
        for i in range(token.i - 1, start - 1, -1):
            if doc[i].pos_ == "VERB" and len(found := self._met(doc[i])) > 1 \
                    and own not in found and self._commanded(token, found):
                return found
        return self._latest_sides(token, start, count)

    def _latest_sides(self, token: Token, end: int, count: int) -> list[str]:
        """The two parties of the latest two-sided act before token ``end`` in the document,
        for a counted noun of a side (``SIDE_NOUNS``) named far from them ("X held talks with
        Y. ... <two paragraphs> ... Both sides agreed"): the doers of a joint act ("*X and Y*
        met", "talks *between X and Y*"), the doer and the partner of a "with" phrase ("X
        held talks *with* Y", "X clashed *with* Y"), or the subject and the object of a verb
        when both are states, bodies or persons ("X's troops *shelled* Y"). The latest wins.
        A coordination of the noun itself ("the foreign minister and the trade minister" for
        "the two ministers") is its antecedent: two of one state are no sides."""
        lemma = token.lemma_.lower()
        if lemma not in SIDE_NOUNS | TALK_PARTIES | COMMANDS:
            return []
        own, doc = self.of_token.get(token.i), token.doc
        for i in range(end - 1, -1, -1):  # "the minister and the trade minister"
            t = doc[i]
            if t.conjuncts and t.dep_ in PARTY_SLOTS and t.lemma_.lower() == lemma:
                found = self.actors([t], sides=False)
                one_state = lemma in _OFFICES and len({self.country.get(a) for a in found}) < 2
                return [] if len(found) != 2 or one_state else found
        for i in range(end - 1, -1, -1):
            t = doc[i]
            if _names_parties_together(t):
                found = self.actors([t], sides=False)
            elif t.lower_ == "with" and t.dep_ == "prep":
                found = self._together(t)
            elif t.pos_ == "VERB":
                found = self._met(t)
            else:
                continue
            if len(found) > 1 and count in (0, len(found)) and own not in found and all(
                    self.kind.get(a) in _SIDE_KINDS for a in found) \
                    and self._commanded(token, found):
                return found
        return []

    def _commanded(self, token: Token, found: list[str]) -> bool:
        """Whether ``found`` may be the parties ``token`` stands for: any, but counted
        commanders or generals (``COMMANDS``) only two armed bodies ("the army and the RSF"),
        not two mediating states nor two speakers."""
        return token.lemma_.lower() not in COMMANDS or all(
            self.sector.get(a) in _ARMED for a in found)

    def at_talks(self, token: Token) -> list[str]:
        """The parties a plural noun told by "the" alone (``bare_plural``) stands for: one of
        those who sit at talks for their sides (``TALK_PARTIES``: "*the delegations* agreed")
        the parties of the latest two-sided act before it, however many; "*the mediators*"
        (``_BROKERS``) the doers of the latest act of mediating before them (``_brokers``);
        else none."""
        lemma = token.lemma_.lower()
        if self.of_token.get(token.i) in self.named or not bare_plural(token):
            return []
        if lemma in TALK_PARTIES:
            return self._latest_met(token) or self._parties(token)
        return self._brokers(token) if lemma in _BROKERS else []

    def _latest_met(self, token: Token) -> list[str]:
        """The parties of the latest verb of meeting before ``token`` in its document that
        names two or more ("*Yemen's government and the Houthis* held talks", "X met *with*
        Y"): its doers and its "with" partners; not a visit nor hosting (one side comes to
        the other), nor mediating (``_brokers``)."""
        from .subjects import subject  # subjects reads the actor map's module, which reads this
        for t in _verbs_before(token, _meets):
            partners = [o for n in (t, *(c for c in t.children if c.dep_ == "dobj"))
                        for p in n.children if p.dep_ == "prep" and p.lower_ == "with"
                        for o in p.children if o.dep_ == "pobj"]
            found = self.actors([*subject(t), *partners], sides=False)
            if len(found) > 1:
                return found
        return []

    def _brokers(self, token: Token) -> list[str]:
        """The doers of the latest verb of mediating before ``token`` in its document (CAMEO
        045: "talks *brokered* by Qatar and Egypt", "Finland, which *mediated* the first
        round"); none where none is told (the parties who met are not their own mediators)."""
        from .subjects import by_phrase, subject
        for t in _verbs_before(token, lambda _, e: (e.cameo or "").startswith(MEDIATE)):
            found = self.actors(by_phrase(t) or subject(t), sides=False)
            if found:
                return found
        return []

    def _met(self, verb: Token) -> list[str]:
        """The subject and the object of a verb when both are actors ("X hosted Y"), the
        object by its own words ("met *her counterpart, Janis Ozols*", "shelled *Indian*
        positions"), not by a phrase of what it owns: the thing is acted on, its owner is no
        side ("the Treasury blocked *the assets of two firms*"); only of a verb that tells an
        act (``_acts``: not "he *told* reporters"), and not of one that takes
        people captive ("the RSF *detained* Egyptian soldiers": the captives are held, no
        side: ``captive_verbs`` in ``data/arguments.yaml``)."""
        if verb.lemma_.lower() in word_list("arguments.yaml", "captive_verbs") or \
                not _acts(verb):
            return []
        pair = [self.actors([c], sides=False)[:1] if c.dep_ == "nsubj" or self._named_by(c)
                else [] for dep in (("nsubj",), ("dobj",))
                for c in verb.children if c.dep_ in dep][:2]
        found = [a for hit in pair for a in hit]
        return found if len(found) == 2 and found[0] != found[1] else []

    def _named_by(self, noun: Token) -> bool:
        """Whether ``noun`` names a party: by itself or an apposition ("her counterpart,
        *Janis Ozols*"), or as a site of its forces by its owner's words ("shelled *Indian*
        positions", "the bases *of the militia*": ``force_sites.csv``); not a thing a party
        owns ("the assets *of two firms*", "*Russia's* reserves")."""
        if noun.i in self.of_token or any(c.dep_ == "appos" and self.actor(c)
                                          for c in noun.children):
            return True
        return noun.lemma_.lower() in dictionary().force_sites and self.actor(noun) is not None

    def _they(self, token: Token) -> list[str]:
        """The parties a plural pronoun stands for, when its antecedent is their
        coordination ("*Russian and Ukrainian* delegations met. They ...", "ministers *from
        Egypt and Jordan* flew in. They ..."), or it has none; else none."""
        own = self.of_token.get(token.i)
        start = _window(token, 1)
        taken_up = self._counted_antecedent(token, own, start)
        if taken_up:  # "Both sides said *they* would withdraw": the pair "both sides" is
            return taken_up
        t, found = self._together_before(token, start)
        if t is not None and len(found) > 1 and (own is None or own in found or any(
                self.of_token.get(a.i) == own for a in list(t.ancestors)[:3])):
            return found
        return []

    def theirs(self, noun: Token, forces: frozenset[str]) -> list[str]:
        """The parties a force noun "their" owns stands for ("Sudan and South Sudan agreed
        ... *Their soldiers* clashed"): those of the nearest coordination in its sentence or
        the one before, when "their" has no antecedent of its own (it and its noun are one
        unnamed group of no country, of a sector of ``forces``, named nowhere else but by
        such phrases: ``told_apart``); else none, and the noun stays generic."""
        own = self.of_token.get(noun.i)
        poss = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ == "their"), None)
        if poss is None or own is None or own in self.named or self.of_token.get(poss.i) != own \
                or self.country.get(own) is not None or self.sector.get(own) not in forces \
                or self.told_apart(own, noun):  # type: ignore[attr-defined]
            return []
        _, found = self._together_before(poss, _window(poss, 1))
        return found if len(found) > 1 else []

    def _together_before(self, token: Token, start: int) -> tuple[Token | None, list[str]]:
        """The nearest word before ``token``, from ``start`` on, that names parties together
        ("*Sudan and South Sudan*", "ministers *from Egypt and Jordan*"), and the actors it
        names; (None, []) where there is none."""
        doc = token.doc
        for i in range(token.i - 1, start - 1, -1):
            if _names_parties_together(doc[i]):
                return doc[i], self.actors([doc[i]], sides=False)  # type: ignore[attr-defined]
        return None, []

    def _counted_antecedent(self, token: Token, own: str | None, start: int) -> list[str]:
        """The parties of the counted noun of sides a plural pronoun takes up ("*Both sides*
        said they would withdraw", "*the two governments* said they ..."): the nearest word
        of ``token``'s actor ``own`` from ``start`` on that counts parties; else none."""
        if own is None or own in self.named:
            return []
        for t in reversed(token.doc[start:token.i]):
            if self.of_token.get(t.i) == own and self._counted(t):  # type: ignore[attr-defined]
                found = self.actors([t])  # type: ignore[attr-defined]
                return found if len(found) > 1 else []
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
