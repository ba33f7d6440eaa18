"""Acts a sentence takes for granted: modality that the clause mentioning them does not reach.

In: a nominal trigger and the path the modality walk takes up from it (``node``, ``child``);
the lexicon's cues, the senses of other triggers and the actor map, as ``modality.Modality``
holds them (this is its part). Out: whether the trigger is presupposed there.

A standing state named by a noun under a verb that presupposes it ("if Russia breaks *the UN
embargo*", ``state_verbs``) keeps its own reading: only reports, beliefs and denials reach it,
not the conditions, modals and negations of the clause that mentions it. So does an act a
definite noun names as the subject or object of a verb that speaks of it, ends it or says it
lasts ("did not link *the expulsion* to the spy case", "will call off *their strike* if", "*the
truce* did not hold", ``given``); only reports and beliefs reach it. Saying there was *no* act,
or that it never *happened*, is still its negation. A noun that is only the setting of what a
clause says (a phrase on another act's verb: "denied that officers had fired *during the
rally*"; the subject of a property: "denied that *the rally* was illegal") takes no denial or
negation of that clause (``presupposed``).
Only through a definite noun (``_definite``): a possessor, a definite determiner or an
actor's name before it, and no modifier that puts it ahead ("called off *the planned*
strike": ``prospective_words``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Token

from ..actors.tables import word_list
from ..nlp import definite
from .actormap import ActorMap
from .lexicon import Entry, Lexicon, with_objects
from .misreadings import participle_clause


class Presupposed:
    """The part of ``Modality`` that tells a presupposed act from one the clause speaks of."""

    lex: Lexicon
    senses: Mapping[int, Entry]
    amap: ActorMap

    def standing(self, noun: Token, verb: Token) -> bool:
        """Whether the nominal trigger ``noun``, object of ``verb``, names a state that stands
        whatever is done to it: a definite noun under a verb that presupposes it ("breaks
        *the* embargo", "violated *its* blockade")."""
        return noun.i != verb.i and self._is(verb.lemma_.lower(), "state_verbs") and \
            self._definite(noun)

    def _participle_standing(self, token: Token) -> bool:
        """Whether ``token`` is a participle the parser made a clause of, in the object of a
        verb that presupposes a standing state ("get it to break *the UN imposed* arms
        embargo", ``misreadings.participle_clause``): the measure stands, as in "breaks *the*
        embargo" (``standing``)."""
        verb = participle_clause(token)
        return verb is not None and self._is(verb.lemma_.lower(), "state_verbs")

    def given(self, trigger: Token, node: Token, child: Token) -> bool:
        """Whether the nominal ``trigger``, reached through ``child``, names by a definite
        noun an act that ``node`` presupposes: the act's subject or object (or, through "of"
        phrases, that of a noun holding it: "*the text of* the truce") under a verb that speaks
        of it ("did not *link* the expulsion to", ``about_verbs``), of its ending ("will *call
        off* their strike if", ``aspect_verbs``) or of its lasting ("the truce did not *hold*",
        "their strike would *go on*", ``endure_verbs``), the subject of a verb by which a
        measure in force bars another act ("the embargo would not *allow* the sale",
        ``constraint_verbs``), the object of a verb that answers it ("did not *respond to*
        the request", ``_answered``), or set in a phrase that gives a clause
        its time or place ("no one was hurt *in the attack*", ``setting_preps``). Not a planned
        act ("called off *the planned* strike")."""
        if trigger.pos_ not in ("NOUN", "PROPN") or node.pos_ not in ("VERB", "AUX") or \
                not self._definite(trigger) or not self._through_of(trigger, child):
            return False
        words = self._phrases(node)
        if child.dep_ == "prep":  # "linked the spy case *to the expulsion*"
            partaking = any(self._is(w, "partake_verbs")  # "take part in"
                            for w in words + with_objects(node))
            return (self._is(child.lower_, "setting_preps") and not partaking) or (
                child.lower_ != "of" and (any(self._is(w, "about_verbs") for w in words)
                                          or self._answered(trigger, words)))
        if child.dep_ == "nsubj" and not any(c.dep_ == "dobj" for c in node.children) and any(
                self._is(w, "endure_verbs") for w in words):
            return True  # "the truce did not *hold*"
        if child.dep_ == "nsubj" and any(self._is(w, "constraint_verbs") for w in words):
            return True  # "the embargo would not *allow* the sale": the sale is barred
        if child.dep_ in ("dobj", "nsubjpass") and self._answered(trigger, words):
            return True  # "did not grant the Red Cross request": it was made
        return child.dep_ in ("nsubj", "nsubjpass", "dobj") and any(
            self._is(w, "about_verbs", "aspect_verbs") for w in words)

    def _answered(self, trigger: Token, words: Sequence[str]) -> bool:
        """Whether a verb of ``words`` answers the act of ``trigger``, one addressed to
        another (a request, an ultimatum, an accusation: ``answered_types``)."""
        kind = getattr(self.senses.get(trigger.i), "type", None)
        return kind is not None and self._is(kind, "answered_types") and any(
            self._is(w, "answer_verbs") for w in words)

    def _definite(self, noun: Token) -> bool:
        """Whether ``noun`` names a known thing: a possessor, a definite determiner or an
        actor's name before it ("*Manila's* accusation", "*the* truce", "*the UN* embargo"),
        and no modifier that puts it ahead (``prospective_words``). A possessor with "a"
        classifies, like a compound ("*a planned truckers'* strike": the parser hangs the
        article and the modifier on the possessor)."""
        owners = [c for c in noun.children if c.dep_ == "poss"]
        if any(m.dep_ in ("amod", "acl", "compound") and self._is(m.lemma_.lower(),
                                                                   "prospective_words")
               for t in (noun, *owners) for m in t.children):
            return False
        some = word_list("grammar.yaml", "unowned_determiners")
        return any(not any(d.dep_ == "det" and d.lower_ in some
                           for d in c.children) for c in owners) or definite(noun) or any(
            c.dep_ == "compound" and self.amap.direct(c) is not None for c in noun.children)

    @staticmethod
    def _through_of(trigger: Token, child: Token) -> bool:
        """Whether ``child`` is ``trigger``, a noun ``trigger`` hangs on through "of"
        phrases, or the preposition whose object that is."""
        token = trigger
        for _ in range(6):
            if token.i == child.i:
                return True
            if not ((token.dep_ == "pobj" and token.head.lower_ == "of")
                    or (token.dep_ == "prep" and token.lower_ == "of")
                    or (token.dep_ == "pobj" and token.head.i == child.i)):
                return False
            token = token.head
        return False

    @staticmethod
    def _phrases(verb: Token) -> list[str]:
        """The verb's lemma, or, with a particle, the verb with it ("go on", "call off"); an
        adverb the parser takes for the particle gives a phrase too ("has not gone *away*")."""
        lemma = verb.lemma_.lower()
        particles = [f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt"]
        return particles or [lemma, *(f"{lemma} {c.lower_}" for c in verb.children
                                      if c.dep_ == "advmod" and c.i == verb.i + 1)]

    def presupposed(self, trigger: Token, node: Token, child: Token) -> bool:
        """Whether the nominal ``trigger``, reached through ``child``, is only the setting of
        what ``node`` says, so that a denial or negation of ``node`` is not of the trigger's
        event: a phrase on another act's verb ("denied that officers had *fired* live
        ammunition *during the rally*", "had not fired a shot *at the march*") or the subject
        of a property ("denied that *the rally was illegal*")."""
        if trigger.pos_ not in ("NOUN", "PROPN") or node.i == trigger.i:
            return False
        if child.dep_ == "prep" and node.pos_ in ("VERB", "AUX"):
            return getattr(self.senses.get(node.i), "type", None) is not None
        return child.dep_ == "nsubj" and node.lemma_ == "be" and any(
            c.dep_ in ("acomp", "attr") for c in node.children)

    def _is(self, lemma: str, *kinds: str) -> bool:
        return any(self.lex.cue(k, lemma) for k in kinds)
