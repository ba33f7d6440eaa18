"""Modality: what a sentence says about whether an event happened, and on whose word.

In: the trigger's clause token, the lexicon's cues, the senses of other triggers, quote spans
and the actor map. Out: one of ``records.MODALITIES``, the actor it is attributed to, and the
token that carries the cue.

We walk from the trigger up the dependency tree to the root and collect every cue on the way:
negation ("not", "never", "without", "nothing to do with"), conditions ("if", "unless"),
modals ("would", "will", "must"), complements of control verbs from the trigger table
("refused *to send*" negated, "asked Moscow *to start*" requested, "plans *to impose*"
future), report, belief and denial verbs ("police said", "it is believed", "denied sending"),
declined confirmations ("declined to confirm"), hedges ("reportedly", "allegedly"),
appearances ("seemed *to fire*", "were seen *to detain*": reported, as "apparently" is),
"according to" and quotation marks. "Would" in words told indirectly ("said Ankara would send
troops", "according to X, ... would") is their future; on a verb of attitude ("would welcome")
or a polite wish ("would like") it is the stance held now. The strongest cue wins, in the
order of ``PRIORITY``. A clause's negation and modals stay in it (``scope``): not across a
semicolon, nor into a conjunct with its own subject or auxiliary ("will not take sides *and
would continue*").

Three readings come from the shape of the sentence rather than a cue word. A purpose clause
states an aim, not an act: the help, support or cooperation in "imposed sanctions *to help*
the talks", "a no-fly zone *to protect* civilians" is hypothetical (what an instrument does
is done: "used its veto to block"), and so is any act a trip is made for ("flew to Minsk *to
protest*", ``trip_verbs``) but talks, which the trip is ("flew to Minsk to discuss"). Leaning
towards an act is not doing it: "is inclined *to support*" is hypothetical. What a request
asks for is requested, whatever the request's own reading: "it is believed that the junta's
request is *for military support*". A standing state and a given act (a definite noun the
sentence presupposes) keep the cues of the clause that mentions them out (``presupposed``),
and so does a clause in the past that a verb of informing carries ("wishes to inform the
public *that its sailors arrested* six fishermen": ``informing_verbs``): a done act, not the
wish over the informing. A noun its own words date in the past ("invited officers to sit in
on its inquiry into *the 1 November shooting*") is read so by the caller
(``references.named_past``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from ..actors.tables import word_list
from ..nlp import text_of
from ..records import NOT_HAPPENED
from .arguments import ActorMap, subject
from .clauses import AIMS, for_to, intended, purpose
from .lexicon import Entry, Lexicon
from .misreadings import (
    act_charged_on_object,
    charge_on_object,
    hedged_doer,
    infinitive_conjunct_past,
    spoken_conjunct,
)
from .negation import NO_ONE, no_such
from .presupposed import Presupposed
from .scope import apart, filled, in_condition, own_conjunct, verb_only
from .story import past
from .subjects import held_part, involved_in
from .tenses import perfect, pluperfect

#: Strongest first: a denied or negated report is denied or negated, not merely reported.
PRIORITY: tuple[str, ...] = ("denied", "unconfirmed", "negated", "hypothetical", "requested",
                             "believed", "future", "reported", "asserted")
_RANK = {m: n for n, m in enumerate(PRIORITY)}
_COMPLEMENT = frozenset({"ccomp", "xcomp", "dobj", "pcomp", "pobj", "prep", "acomp", "attr",
                         "oprd", "advcl", "nsubj", "nsubjpass", "csubj", "parataxis", "conj",
                         "acl", "relcl"})
#: Clauses with their own tense and polarity: "the men *who had attacked*" under "will release".
_OWN_CLAUSE = frozenset({"relcl", "acl", "advcl"})
#: How what is said, believed or denied hangs on the verb: not as a coordinated or adverbial
#: clause ("The army denied that claim *and said* ...", "denied X, *rejecting* reports").
_SAYING = frozenset({"ccomp", "parataxis", "xcomp", "dobj", "csubj", "pcomp", "prep",
                     "nsubjpass"})
def declined(confirm: Token, lex: Lexicon) -> bool:
    """Whether the verb of confirming ``confirm`` is withheld: "declined to confirm", "could
    not confirm", "neither confirm nor deny"."""
    if any(c.dep_ in ("neg", "preconj") for c in confirm.children):
        return True
    head = confirm.head
    return confirm.dep_ in ("xcomp", "acomp", "conj") and (
        lex.cue("decline_verbs", head.lemma_.lower()) or any(c.dep_ == "neg"
                                                            for c in head.children))


def habitual(words: Iterable[Token], lex: Lexicon) -> bool:
    """Whether one of ``words`` is a word of habit ("every night", "routinely":
    ``habitual_words``): what they tell is a habit or a rule, not one act."""
    return any(lex.cue("habitual_words", t.lemma_.lower()) for t in words)


@dataclass(frozen=True, slots=True)
class Reading:
    modality: str = "asserted"
    attributed_to: str | None = None
    cue: Token | None = None


class Modality(Presupposed):
    """Reads modality for the triggers of one document."""

    def __init__(self, lexicon: Lexicon, senses: Mapping[int, Entry], amap: ActorMap,
                 quotes: Sequence[tuple[int, int]]) -> None:
        self.lex = lexicon
        self.senses = senses
        self.amap = amap
        self.quotes = quotes
        self._children: dict[tuple[int, bool], list[Reading]] = {}

    def read(self, token: Token, kind: str | None = None, standing: bool = False) -> Reading:
        """The modality of the event of type ``kind`` whose clause is ``token``; a
        ``standing`` state (see ``standing``) takes only reports, beliefs and denials."""
        found: list[Reading] = []
        reporter: str | None = None
        node, child = token, None
        # a conjunct of the reporting or denying verb the parser hung inside its clause ("denied
        # that its troops had crossed ... and *called* the statement a provocation") reads
        # from that verb, whose own cues it shares, not the clause's
        speech = spoken_conjunct(token) or infinitive_conjunct_past(token)
        if speech is not None:
            node, child = speech, token
        # crossed into an enclosing clause: its tense and negation are its own
        barrier = standing or self._participle_standing(token)
        scope = None  # where the path left a noun's presupposed setting (see ``presupposed``)
        for _ in range(30):
            if not barrier and child is not None and (
                    reading := intended(node, child, self.lex)):
                found.append(Reading(reading, cue=node))  # "a proposal to deploy monitors"
            if scope is None and child is not None and self.presupposed(token, node, child):
                scope = len(found)
            if child is not None and not barrier and self.given(token, node, child):
                barrier = True  # a given act: only reports and beliefs still reach it
                scope = len(found) if scope is None else scope
            if not barrier and child is not None and self._informed(node, child):
                barrier = True  # "wishes to inform the public that its sailors arrested"
            if not barrier and child is not None and (kind in AIMS or (
                    kind != "CONSULT" and self._is(node.lemma_.lower(), "trip_verbs"))) \
                    and self._aim(node, child):
                found.append(Reading("hypothetical", cue=child))
            # what a noun asks for is the content of its "for" phrase ("a request *for*
            # support"), not a phrase of its own
            asked_for = not barrier and child is not None and child.dep_ == "prep" \
                and child.lower_ == "for" and node.pos_ == "NOUN"
            if child is not None and ((child.dep_ in _OWN_CLAUSE and not for_to(child)) or (
                    child.dep_ == "prep" and child.lower_ != "of"
                    and node.pos_ in ("NOUN", "PROPN", "ADJ", "PRON")
                    and not held_part(node, child))):
                # a clause of its own, or a phrase inside a noun phrase ("those responsible
                # *for attacks*" under "would hold accountable")
                barrier = True
            if child is not None and self._is(node.lemma_.lower(), "confirm_verbs") \
                    and self._known(child):
                break  # "declined to comment on the arrest": the narrator tells the arrest
            if child is not None and filled(node, child):
                break  # "shelled the village, no casualties were reported"
            if child is not None and apart(node, child):
                barrier = True  # "detained four students; no charges have been filed"
            if not barrier:  # "will not take sides and would continue": not its "not"
                own = child is not None and (own_conjunct(node, child) or node is speech)
                found += [r for r in self._local(node, child, token)
                          if not (own and verb_only(r.cue))]
            if child is not None and child.dep_ in _COMPLEMENT and not (
                    child is token and hedged_doer(token)):  # who the doers are is believed
                hit = self._governing(node, child, barrier and not asked_for)
                if hit is not None:
                    found.append(hit)
                    if reporter is None and hit.attributed_to:
                        reporter = hit.attributed_to
            if node.head == node:
                break
            # "urged X to lay down ... and *offered* to mediate": from the offer, not the plea;
            # "said the town had not been shelled and *accused* the rebels of spreading ...":
            # from the reporter's conjunct, not the clause it hangs on
            spoken = spoken_conjunct(node) if node is not token else None
            node, child = spoken or infinitive_conjunct_past(node) or node.head, node
            speech = spoken or speech
        if scope is not None:  # "denied that officers fired *during the rally*": it took place
            found[scope:] = [r for r in found[scope:] if r.modality not in NOT_HAPPENED]
        found += self._sentence(token)
        found = [r for r in found if not (r.modality == "negated" and in_condition(
            r.cue, lambda word: self.lex.cue("conditional_marks", word)))]  # "if not charged"
        if any(r.modality == "hypothetical" and r.cue is not None and r.cue.dep_ == "advcl"
               for r in found):
            # the consequent of a condition is imagined, refused or not ("should they go to
            # court, the president will not attend"): no act told as not done
            found = [r for r in found if r.modality != "negated"]
        if self._is(token.lemma_.lower(), "attitude_verbs"):
            # "would welcome Indian aid": the welcome is held now, only the aid is wished for
            found = [r for r in found if not (r.cue is not None and r.cue.head.i == token.i
                                              and r.cue.dep_ == "aux"
                                              and r.cue.lower_ in ("would", "'d"))]
        if reporter is None:
            reporter = next((r.attributed_to for r in found if r.attributed_to), None)
        if not found:
            return Reading()
        found = self._abstention_asked(found)
        best = min(found, key=lambda r: _RANK[r.modality])
        return Reading(best.modality, reporter, best.cue)

    def _abstention_asked(self, found: list[Reading]) -> list[Reading]:
        """``found`` (in the order the walk up met them) less an abstention ("*refrain* from
        using civilians as shields") met below a request, an obligation or a promise made by
        a verb ("obliges the army to refrain", "agreed to refrain"): what is asked or
        promised is that the act not happen, not that it did not. A "not", a refusal or a
        modal ("would not") keeps its negation."""
        last = max((n for n, r in enumerate(found) if r.modality in ("requested", "future")
                    and r.cue is not None and r.cue.tag_ != "MD"), default=-1)
        return [r for n, r in enumerate(found) if not (
            r.modality == "negated" and n < last and r.cue is not None
            and self._is(r.cue.lemma_.lower(), "abstain_verbs"))]

    def _informed(self, node: Token, child: Token) -> bool:
        """Whether ``child`` is a clause in the past ("that its sailors *arrested* six
        fishermen", "had detained") that the verb of informing ``node`` carries
        (``informing_verbs``): a done act, which a wish or request over the informing does not
        reach."""
        return child.dep_ == "ccomp" and self._is(node.lemma_.lower(), "informing_verbs") and (
            past(child) or pluperfect(child) or perfect(child))

    def _aim(self, node: Token, child: Token) -> bool:
        """Whether ``child`` is the purpose clause of ``node`` (see ``purpose``)."""
        return child.head.i == node.i and purpose(child, self.lex)

    # -- cues on one node of the path --------------------------------------------------------
    def _local(self, node: Token, child: Token | None, trigger: Token) -> list[Reading]:
        lex, out = self.lex, []
        lemma = node.lemma_.lower()
        speech = child is not None and (self._is(lemma, "report_verbs", "belief_verbs"))
        if lex.cue("negations", node.lower_) and node is not trigger and node.dep_ != "neg":
            out.append(Reading("negated", cue=node))  # "nothing", "never" on the path
        if (child is not None and node.lower_ == "without"
                and child.dep_ in ("pobj", "pcomp")):
            out.append(Reading("negated", cue=node))
        if node is trigger and not speech:  # "fired *no* shots", "made *no* arrests"
            out += [Reading("negated", cue=c) for c in node.children
                    if c.dep_ == "dobj" and no_such(c)]
        if not speech and node.pos_ not in ("NOUN", "PROPN") and self._own_doer(
                node, child, trigger):  # "*no* soldier fired", "*nobody* was arrested"
            out += [Reading("negated", cue=c) for c in node.children
                    if c.dep_ in ("nsubj", "nsubjpass") and no_such(c)]
        key = (node.i, speech)
        if key not in self._children:
            self._children[key] = self._child_cues(node, speech)
        return out + self._children[key]

    def _child_cues(self, node: Token, speech: bool) -> list[Reading]:
        """Cues among ``node``'s dependents; many triggers share a path, so this is cached."""
        lex, out = self.lex, []
        nominal = node.pos_ in ("NOUN", "PROPN")
        for c in node.children:
            word = c.lower_
            if (c.dep_ == "neg" and not speech) or (c.dep_ == "det" and word == "no" and nominal):
                out.append(Reading("negated", cue=c))
            elif c.dep_ == "aux" and not speech:
                out += self._modal(c, node)
                # the parser may hang a fronted phrase on the auxiliary ("at no point *did*")
                out += [Reading("negated", cue=g) for g in c.children
                        if g.dep_ == "prep" and self._never(g, node)]
            elif c.dep_ == "mark" and lex.cue("conditional_marks", word):
                out.append(Reading("hypothetical", cue=c))
            elif c.dep_ == "advcl" and not speech and any(
                    (m.dep_ == "mark" and m.lower_ in ("if", "unless") and not _even(m))
                    or (m.dep_ == "aux" and c.i < node.i and inverted(m, c))
                    for m in c.children):
                # the consequent of an "if", or of an opening "Should they ..., " (a trailing
                # "should they ..." follows a vow: "vowed to take countermeasures should
                # Oslo ..."); "even if" concedes, it sets no condition
                out.append(Reading("hypothetical", cue=c))
            elif c.dep_ in ("prep", "advmod") and not speech and self._never(c, node):
                out.append(Reading("negated", cue=c))  # "*at no time* did ...", "*not once*"
            elif c.dep_ in ("advmod", "npadvmod"):
                if lex.cue("report_adverbs", word):
                    out.append(Reading("reported", cue=c))
                elif lex.cue("belief_adverbs", word):
                    out.append(Reading("believed", cue=c))
                elif lex.cue("possibility_adverbs", word):
                    out.append(Reading("hypothetical", cue=c))
                elif word == "never" and not speech:
                    out.append(Reading("negated", cue=c))
        return out

    def _own_doer(self, node: Token, child: Token | None, trigger: Token) -> bool:
        """Whether the subject of ``node`` on the path up from ``trigger`` is the doer or the
        patient of the trigger's act: the trigger's own, its conjunct's, that of a verb whose
        complement it is ("*no* soldier was ordered *to fire*") or whose object carries it
        ("*no* unit carried out *raids*", ``light_verbs``); not a verb it is only the setting
        or the object of ("*no* breakthrough was reached *at the meeting*")."""
        if node is trigger or child is None:
            return True
        return child.dep_ in ("xcomp", "conj") or (
            child.dep_ == "dobj" and self.lex.lemma(node) in self.lex.light_verbs) or (
            child.dep_ == "prep" and involved_in(node, child))

    def _never(self, word: Token, verb: Token) -> bool:
        """Whether the phrase ``word`` on ``verb`` denies its act by time or manner ("*at no
        time* did ...", "*not once*", ``negative_adverbials``), or is a phrase of a "no" noun
        set before the verb with the auxiliary before the subject ("*at no juncture did*")."""
        if word.dep_ == "advmod":
            return any(c.dep_ == "neg" for c in word.children) and self.lex.cue(
                "negative_adverbials", f"not {word.lower_}")
        noun = next((c for c in word.children if c.dep_ == "pobj"), None)
        if noun is None or not no_such(noun) or noun.lower_ in NO_ONE:
            return False
        if self.lex.cue("negative_adverbials", f"{word.lower_} no {noun.lower_}"):
            return True
        doer = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return doer is not None and word.i < verb.i and any(
            a.dep_ in ("aux", "auxpass") and word.i < a.i < doer.i for a in verb.children)

    def _modal(self, aux: Token, verb: Token) -> list[Reading]:
        word = aux.lower_
        if inverted(aux, verb) and (
                verb.dep_ == "advcl" or (verb.dep_ == "ccomp" and _opens(aux, verb))):
            # "Should Hamas release the hostages, ...", also where the parser makes the
            # inverted condition a complement of the clause after it
            return [Reading("hypothetical", cue=aux)]
        if self.lex.cue("future_modals", word):
            return [Reading("future", cue=aux)]
        if word in ("would", "'d") and self._is(verb.lemma_.lower(), "polite_wish_verbs"):
            return []  # "would like them to resign": the wish is held now
        if self.lex.cue("hypothetical_modals", word):
            # reported future: "said he would send ..." is what he will do, as he says; but
            # what he "would welcome" is only wished for, no announcement
            if word == "would" and self._told(verb) and not self._is(
                    verb.lemma_.lower(), "attitude_verbs"):
                return [Reading("future", cue=aux)]
            return [Reading("hypothetical", cue=aux)]
        if self.lex.cue("obligation_modals", word):
            return [Reading("requested", cue=aux)]
        return []

    def _told(self, verb: Token) -> bool:
        """Whether ``verb``'s clause is someone's words told in indirect speech, where "would"
        is the future of the past: the complement of a report verb, or a conjunct of one ("said
        Ankara would send troops *and would close* the border"), or a clause "according to"
        someone ("According to the minister, Ankara would send troops")."""
        clause = verb
        while clause.dep_ == "conj" and clause.head != clause:
            clause = clause.head
        if clause.dep_ == "ccomp" and self._is(clause.head.lemma_.lower(), "report_verbs"):
            return True
        return any(c.dep_ == "prep" and c.lower_ == "according" for c in clause.children)

    def _known(self, child: Token) -> bool:
        """Whether a "declined to comment *on* ..." phrase names a known act by a definite
        noun ("on the sanctions", "on the arrest of two journalists"): the act is told as
        fact, only the comment withheld; not reports or claims of it ("on reports that ...")."""
        if child.dep_ != "prep" or child.lower_ not in ("on", "about"):
            return False
        return any(o.dep_ == "pobj" and not self._is(o.lemma_.lower(), "report_nouns") and any(
            d.dep_ in ("det", "poss")
            and d.lower_ in word_list("grammar.yaml", "known_act_determiners")
            for d in o.children) for o in child.children)

    def _governing(self, node: Token, child: Token, barrier: bool) -> Reading | None:
        """What ``node`` does to the complement ``child`` on the path; past a clause
        ``barrier`` only reports, beliefs and denials still reach the event."""
        lemma = node.lemma_.lower()
        if self._is(lemma, "deny_verbs") and child.dep_ in _SAYING:
            head = node.head if node.dep_ == "conj" else None
            if any(c.dep_ == "neg" for c in node.children) or (
                    head is not None and self._is(head.lemma_.lower(), "confirm_verbs")):
                # "did not deny", "would neither confirm nor deny"
                return Reading("unconfirmed", self._speaker(head or node), node)
            return Reading("denied", self._speaker(node), node)
        if self._is(lemma, "confirm_verbs") and child.dep_ in _SAYING and declined(node, self.lex) \
                and not self._known(child):
            return Reading("unconfirmed", self._speaker(node), node)
        if (node.pos_ == "NOUN" and self._is(lemma, "report_nouns") and child.dep_ in
                ("acl", "ccomp", "relcl") and self._is(node.head.lemma_.lower(), "deny_verbs",
                                                        "dismissal_verbs")):
            return Reading("denied", self._speaker(node.head), node)  # "rejected reports that"
        if not barrier and child.dep_ in ("xcomp", "prep", "pcomp") and self._is(
                lemma, "inclination_words"):
            return Reading("hypothetical", cue=node)  # "is inclined to support"
        if self._is(lemma, "obligation_verbs") and ((child.dep_ == "xcomp" and not barrier) or (
                child.dep_ == "advcl" and any(c.tag_ == "TO" for c in child.children))):
            # "the deal obliges the army to withdraw" (an infinitive the parser hung as an
            # adverbial clause is still the complement)
            return Reading("requested", cue=node)
        if node.lemma_ == "be" and child.dep_ in ("attr", "prep", "acomp") and any(
                c.dep_ == "nsubj" and getattr(self.senses.get(c.i), "type", None) == "REQUEST"
                for c in node.children):
            return Reading("requested", cue=node)  # "the request is for military support"
        if child.dep_ == "prep" and child.lower_ == "for" and any(
                c.dep_ == "dobj" and getattr(self.senses.get(c.i), "embeds", None) == "requested"
                for c in node.children):
            return Reading("requested", cue=node)  # "sent a request to Delhi *for* support"
        entry = None if barrier else self.senses.get(node.i)
        if entry is not None and entry.embeds and child.dep_ in ("xcomp", "ccomp", "dobj",
                                                                  "prep", "pobj", "advcl",
                                                                  "nsubjpass"):
            if entry.embeds == "denied":
                return Reading("denied", self._speaker(node), node)
            return Reading(entry.embeds, cue=node)
        if child.dep_ in ("xcomp", "ccomp") and self._seeming(node, child):
            return Reading("reported", self._perceiver(node), node)  # "seemed to fire"
        if child.dep_ in _SAYING or (node.pos_ in ("NOUN",) and child.dep_ in ("acl", "ccomp")):
            if (self._is(lemma, "report_verbs") and not (
                    child.dep_ == "dobj" and self._is(lemma, "performative_verbs"))) or (
                    node.pos_ == "NOUN" and self._is(lemma, "report_nouns")):
                return Reading("reported", self._speaker(node), node)
            if self._is(lemma, "belief_verbs"):
                return Reading("believed", self._speaker(node), node)
        charged = None if barrier or child.dep_ not in ("pcomp", "pobj") else (
            charge_on_object(node) if child.dep_ == "pcomp" else
            act_charged_on_object(node) if child.i in self.senses else None)
        if charged is not None:  # "accused the villagers of *siding* with": as below
            return Reading("believed", self._speaker(charged), charged)
        if child.dep_ == "prep" and (self._is(lemma, "belief_verbs") or (
                not barrier and self._is(lemma, "accusation_verbs"))):
            # "suspected of carrying out"; "accused Moscow of shelling", "blamed X for", but
            # not a standing state it is accused of flouting ("of breaking *the embargo*")
            return Reading("believed", self._speaker(node), node)
        if lemma == "do" and node.head.lower_ == "nothing":
            # "had nothing to do with ...": denied by whoever says so
            says = next((a for a in node.ancestors if self._is(a.lemma_.lower(),
                                                              "report_verbs")), None)
            return Reading("denied", self._speaker(says) if says is not None else None, node)
        return None

    def _seeming(self, verb: Token, clause: Token) -> bool:
        """Whether ``verb`` tells its complement ``clause`` only as it looks or was perceived:
        a verb of appearance with no phrase of place before the clause ("appeared to show",
        not "appeared *on television* to condemn"), or a passive verb of perceiving ("were
        *seen* to detain")."""
        lemma = verb.lemma_.lower()
        if self._is(lemma, "appearance_verbs"):
            return not any(c.dep_ in ("prep", "npadvmod", "advmod") and c.pos_ != "ADV"
                           and verb.i < c.i < clause.i for c in verb.children)
        return self._is(lemma, "perception_verbs") and any(
            c.dep_ == "auxpass" for c in verb.children)

    def _perceiver(self, verb: Token) -> str | None:
        """Who perceived what a passive verb of perceiving tells: its "by" agent, if named."""
        agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children
                  if o.dep_ == "pobj"]
        found = self.amap.actors(agents)
        return found[0] if found else None

    def _speaker(self, verb: Token) -> str | None:
        """The actor who says, believes or denies: the verb's subject, a noun's possessor."""
        if verb.pos_ == "NOUN":
            found = self.amap.actors(c for c in verb.children if c.dep_ == "poss")
        else:
            found = self.amap.actors(subject(verb))
        return found[0] if found else None

    def _sentence(self, token: Token) -> list[Reading]:
        """Cues for the whole sentence: "according to X", quotation marks."""
        out = []
        sent = token.sent  # a word is "according" only where the sentence's text holds it
        cued = "according" in text_of(token.doc)[sent.start_char:sent.end_char].lower()
        path = {token.i, *(a.i for a in token.ancestors)} if cued else set()
        for t in sent if cued else ():
            if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.nbor().lower_ == "to" \
                    and (t.head.i in path or t.head.dep_ == "ROOT"):  # not "who, according
                # to Cairo, were in Sudan" for what happened to them
                objs = [o for o in t.nbor().children if o.dep_ == "pobj"]
                objs += [o for o in t.children if o.dep_ == "pobj"]
                who = self.amap.actors(objs)
                out.append(Reading("reported", who[0] if who else None, t))
        pos = token.idx
        if any(s < pos < e for s, e in self.quotes):
            out.append(Reading("reported", cue=None))
        return out


def inverted(aux: Token, verb: Token) -> bool:
    """Whether ``aux`` ("should", "had", "were": ``inverted_condition_auxiliaries`` in
    data/grammar.yaml) comes before the subject of ``verb``'s clause, as it does in a
    condition: "*Should* Hamas release the hostages, ..."."""
    return aux.lower_ in word_list("grammar.yaml", "inverted_condition_auxiliaries") and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i > aux.i for c in verb.children)


def _even(mark: Token) -> bool:
    """Whether ``mark`` ("if") follows "even": a concession, not a condition."""
    return mark.i > 0 and mark.nbor(-1).lower_ == "even"


def _opens(aux: Token, verb: Token) -> bool:
    """Whether ``aux`` opens ``verb``'s clause, a condition before the clause it sets: the
    clause's first word (quote marks aside) and before the verb it hangs on, or a capital
    right after a quote mark or a colon ("warned: \"Should they cross again, ...\""),
    where the parser may have hung the words before it on this clause."""
    return (verb.i < verb.head.i and all(t.is_punct for t in verb.doc[verb.left_edge.i:aux.i])
            ) or (aux.i > aux.sent.start and aux.nbor(-1).is_punct and aux.text[:1].isupper())
