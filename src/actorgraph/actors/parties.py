"""Which party "it", "its" or "their" stands for when it is not simply the nearest subject.

Rules of the ``coref.Resolver`` (a mixin it inherits; see that module's docstring for the
whole): the party a condition is put to ("will impose tariffs *on Mexico* unless it
stops"), the other party whose office, body or land "its" names ("rebuked *Hungary* over the
trip of its prime minister", "urged *Niger* to rein in its army", "the AU's call *on Kenya*
to withdraw its troops"; not what is harmed: "shelling its territory"), the speaker whose
report "it"/"its" sits in ("*Katiba Macina*, which the army has fought, said its fighters
..."), and the speaker whose own act a pronoun subject beside the report tells ("*Paraguay*
said Brazil had closed the border, and *it* recalled its ambassador"). Word lists:
``possessors.yaml`` and ``self_conditions``/``speech_verbs`` in ``coref.yaml``.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Token

from . import binding, dictionary
from .mentions import Candidate
from .tables import word_list

#: Marks of a condition clause, and the auxiliaries that open an inverted one ("should it").
_CONDITIONS = frozenset({"if", "unless"})
_INVERTED = word_list("grammar.yaml", "inverted_condition_auxiliaries")
#: What is set beside a speaker's name to describe it: a relative clause or a participle
#: ("Katiba Macina, *which the army has fought*, said ..."; an apposition is left to the
#: nearest-subject search: tried, it lowered PLOVER dev target accuracy).
_ASIDES = frozenset({"relcl", "acl"})
#: Objects an act is done to: the parties "its" in its reason phrase may stand for.
_OBJECTS = frozenset({"dobj", "dative"})
_ADDRESSED = frozenset({"to", "with"})  # "protested *to* China over ..."
#: Words of a party on an object ("*Turkey's* ambassador", "the *Sudanese* generals").
_ON_OBJECT = frozenset({"poss", "compound", "nmod", "amod"})


@functools.cache
def _possessions() -> dict[str, frozenset[str]]:
    """possessors.yaml's word lists, as sets."""
    return {k: frozenset(v) for k, v in dictionary.load_yaml("possessors.yaml").items()}


def _owned(noun: Token) -> bool:
    """Whether ``noun`` is an office, a body or a state's possession ("minister", "army",
    "embassy", "territory")."""
    d = dictionary.get()
    words = {noun.lower_, noun.lemma_.lower()}
    words |= {f"{m.lower_} {noun.lower_}" for m in noun.lefts if m.dep_ in ("amod", "compound")}
    return any(d.title(w) or d.noun(w) or w in _possessions()["owned_nouns"] for w in words)


def harmer(pron: Token) -> Token | None:
    """The subject of the verb of harm (``harm_words``) whose object is the noun a possessive
    "its"/"their" ``pron`` owns ("*bandits* attacked its troops", "*drones* struck their
    positions"), unless told as the doer's own ("shelled *its own* positions"); None for any
    other, and for a verb with no subject of its own, whose doer the parse does not tell
    ("accused the army of shelling its positions")."""
    noun = pron.head
    if pron.lower_ not in ("its", "their") or noun.dep_ != "dobj" \
            or noun.head.lemma_.lower() not in _possessions()["harm_words"] \
            or any(c.lower_ == "own" for c in noun.children):
        return None
    return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)


class PartyRules:
    """The party rules ``coref.Resolver`` uses; they read its candidates and quotes."""

    doc: Doc
    candidates: list[Candidate]

    def _quote_of(self, pos: int) -> tuple[int, int] | None:
        raise NotImplementedError

    def _compatible(self, c: Candidate, g: int) -> bool:
        raise NotImplementedError

    def _condition_party(self, i: int, c: Candidate, quote: tuple[int, int] | None) -> int:
        """The group of the party a condition is put to, when ``c`` is the active subject of
        a condition clause on an act done to an actor of that act's phrase ("will impose
        tariffs *on Mexico* unless it stops", "warned *Washington* of a response if it
        struck"); -1 otherwise. The nearest such actor before the pronoun, one alone (not
        "mediate between Israel and Hamas if they agree")."""
        token = self.doc[c.head]
        clause = token.head
        if token.dep_ != "nsubj" or clause.dep_ not in ("advcl", "ccomp") or not any(
                (m.dep_ == "mark" and m.lower_ in _CONDITIONS)
                or (m.dep_ == "aux" and m.lower_ in _INVERTED and m.i < token.i)
                for m in clause.children):
            return -1
        if clause.lemma_.lower() in dictionary.word_list("coref.yaml", "self_conditions") or any(
                x.dep_ in ("auxpass", "acomp", "attr", "oprd") for x in clause.children):
            return -1
        act = clause.head
        while act.pos_ in ("NOUN", "PROPN") and act.dep_ in ("dobj", "pobj", "prep") \
                and act.head.i != act.i:
            act = act.head  # "warned X of a *response* if ...": the verb of the noun
        if act.pos_ not in ("VERB", "AUX"):
            return -1
        doer = {t.i for s in act.children if s.dep_ in ("nsubj", "nsubjpass")
                for t in s.subtree}
        inside = range(act.left_edge.i, clause.left_edge.i)
        for j in range(i - 1, -1, -1):
            a = self.candidates[j]
            if a.sent != c.sent:
                break
            h = self.doc[a.head]
            if a.group < 0 or a.is_reference or h.i not in inside or h.i in doer \
                    or h.dep_ == "conj" or any(x.dep_ == "conj" for x in h.children):
                continue
            if self._quote_of(a.start) == quote and self._compatible(c, a.group):
                return a.group
        return -1

    def _other_owner(self, i: int, c: Candidate, quote: tuple[int, int] | None) -> int:
        """The group of the other party whose office, body or land "its"/"their" ``c`` names:
        the party an act is done to when the noun is in the act's reason phrase ("rebuked
        *Hungary* over the trip of its prime minister"), or the party charged with or asked
        to do the act the noun is the object of ("accused *Eritrea* of sending its troops",
        "urged *Niger* to rein in its army"); -1 otherwise, and when the noun is harmed on
        the way up ("shelling its territory", "the detention of its citizens")."""
        pron = self.doc[c.head]
        if c.text.lower() not in ("its", "their") or pron.dep_ != "poss" \
                or not _owned(pron.head):
            return -1
        words = _possessions()
        harm, reason = words["harm_words"], False
        x = pron.head
        while x.pos_ not in ("VERB", "AUX") and x.head.i != x.i:
            h = x.head
            if x.dep_ == "pobj" and h.dep_ == "prep":
                if h.lower_ in words["harm_preps"] and h.head.lemma_.lower() in harm:
                    return -1
                reason = reason or h.lower_ in words["reason_preps"]
            elif x.dep_ in ("dobj", "nsubjpass") and h.lemma_.lower() in harm:
                return -1
            x = h
        if x.pos_ not in ("VERB", "AUX"):
            return -1
        if reason:
            return self._object_party(i, c, x, quote)
        if pron.head.dep_ != "dobj" or pron.head.head.i != x.i or any(
                t.dep_ in ("nsubj", "nsubjpass") for t in x.children):
            return -1
        if x.dep_ == "xcomp":  # "urged Niger *to rein in* its army"
            return self._object_party(i, c, x.head, quote)
        if x.dep_ == "pcomp" and x.head.dep_ == "prep":  # "accused Eritrea *of sending*"
            return self._object_party(i, c, x.head.head, quote)
        if x.dep_ == "acl" and x.head.lemma_.lower() in words["asking_nouns"]:
            # "the AU's call *on Kenya* to withdraw its troops"
            return self._object_party(i, c, x.head, quote, words["asked_preps"])
        return -1

    def _reporter(self, i: int, c: Candidate,
                  quote: tuple[int, int] | None) -> tuple[int, range]:
        """The group of the speaker ``c`` ("it"/"its") may stand for, and the tokens set
        beside the speaker's name (``_ASIDES``), when the first clause
        above ``c`` with a subject of its own is a reporting verb's ("*Katiba Macina*, which
        the army has fought, said its fighters ..."): that subject, when of ``c``'s kind.
        An actor named in those tokens is no owner of what the speaker reports. (-1, empty)
        otherwise, and when a nearer clause has its own subject ("The army said *Uganda* had
        moved its troops": the nearest-subject search finds it)."""
        none = (-1, range(0))
        if c.gender != "n" or c.number != "sg":
            return none
        subject = self._reporting_subject(self.doc[c.head])
        if subject is None:
            return none
        for j in range(i - 1, -1, -1):
            a = self.candidates[j]
            if a.sent != c.sent:
                break
            if a.group < 0 or a.is_reference or not (a.start <= subject.idx < a.end):
                continue
            if self._quote_of(a.start) == quote and self._compatible(c, a.group):
                aside = [t for t in subject.children if t.dep_ in _ASIDES]
                return a.group, range(min((t.left_edge.i for t in aside), default=0),
                                      max((t.right_edge.i + 1 for t in aside), default=0))
        return none

    def _reporting_doer(self, i: int, c: Candidate, quote: tuple[int, int] | None) -> int:
        """The group of the speaker whose own act a pronoun subject tells, when its clause is
        coordinated with the reporting verb after the reported clause ("*Paraguay* said Brazil
        had closed the border, and *it* recalled its ambassador"): the two main clauses share
        their topic, the speaker, not the subject of the clause reported between them; -1
        otherwise, and when the speaker is of another kind or a quotation sets them apart."""
        pron = self.doc[c.head]
        verb = pron.head
        if pron.dep_ not in binding.SUBJECTS or verb.dep_ != "conj" or c.number == "first":
            return -1
        said = verb.head
        if said.lemma_.lower() not in dictionary.word_list("coref.yaml", "speech_verbs") or not any(
                r.dep_ == "ccomp" and said.i < r.i < verb.i for r in said.children):
            return -1
        subject = next((t for t in said.children if t.dep_ in binding.SUBJECTS), None)
        if subject is None:
            return -1
        for j in range(i - 1, -1, -1):
            a = self.candidates[j]
            if a.sent != c.sent:
                break
            if a.group >= 0 and not a.is_reference and a.start <= subject.idx < a.end \
                    and self._quote_of(a.start) == quote and self._compatible(c, a.group):
                return a.group
        return -1

    def _unnamed_speaker(self, i: int, c: Candidate) -> Candidate | None:
        """The description of an office no one named holds that ``c`` ("he"/"she") stands for,
        when ``c`` is the subject of what that description reports ("Prime Minister Rusu met
        the unions. *The interior minister* said *she* had ordered arrests": not Rusu, who
        holds another office); None otherwise, and when the description resolved to a named
        holder (the pronoun then finds that holder as any pronoun does)."""
        pron = self.doc[c.head]
        if c.number != "sg" or c.gender not in ("m", "f") or pron.dep_ not in binding.SUBJECTS:
            return None
        subject = self._reporting_subject(pron)
        if subject is None:
            return None
        return next((a for a in self.candidates[:i] if a.label == "DESC" and a.group < 0
                     and a.kind == "PERSON" and a.head == subject.i), None)

    def _reporting_subject(self, pron: Token) -> Token | None:
        """The subject of the first clause above ``pron`` with a subject of its own, when
        that clause's verb is a reporting verb written before ``pron``; None otherwise."""
        x = pron
        while x.head.i != x.i:
            x = x.head
            subjects = [t for t in x.children if t.dep_ in binding.SUBJECTS
                        and not (t.left_edge.i <= pron.i <= t.right_edge.i)]
            if subjects:
                break
        else:
            return None
        if x.lemma_.lower() not in dictionary.word_list("coref.yaml", "speech_verbs") \
                or not (x.i < pron.i):
            return None
        return subjects[0]

    def _object_party(self, i: int, c: Candidate, verb: Token,
                      quote: tuple[int, int] | None,
                      addressed: frozenset[str] = _ADDRESSED) -> int:
        """The group of the last actor before ``c`` that ``verb``'s act is done to (its
        object, or who is addressed: "protested *to China*"; ``addressed``: the prepositions
        that say so), or that names its object ("*Turkey's* ambassador"), of a kind ``c``
        may stand for; -1 if none."""
        objects = [t for t in verb.children if t.dep_ in _OBJECTS] + [
            o for p in verb.children if p.dep_ == "prep" and p.lower_ in addressed
            for o in p.children if o.dep_ == "pobj"]
        heads = {t.i for t in objects} | {m.i for t in objects for m in t.children
                                          if m.dep_ in _ON_OBJECT}
        for j in range(i - 1, -1, -1):
            a = self.candidates[j]
            if a.sent != c.sent:
                break
            if a.group < 0 or a.is_reference or a.head not in heads:
                continue
            if self._quote_of(a.start) == quote and self._compatible(c, a.group):
                return a.group
        return -1
