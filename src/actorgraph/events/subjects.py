"""Who does a verb, as the parse holds it: the tokens of its subject.

In: a verb token. Out: the tokens of its doer (``subject``) or of whom it is done to by its
subject slot (``patients``); ``doers`` reads the actors they name.

The subject of the verb itself, or the by-agent of a passive (a passive that reads as an
adjective, "X is *set to* sign", is done by X; one that says what its subject was made, "the
activists were *set free*", is done to them: ``predicated``); else that of the verb it
depends on: the controller of an infinitive ("asked Moscow *to start*" -> Moscow; "Libya
offered *to hand over*" -> Libya), the subject shared by coordinated verbs, the noun an
active participle or relative clause modifies, the accused of "accused X *of doing*"; whoever
is asked, also by a passive, a participle or a noun of asking ("X was urged by Y *to
withdraw*", "X, urged by Y to pull back", "Y's call on X *to withdraw*": X, ``_asked``). A
passive that shares the subject of another verb ("the rebels attacked and *were repelled*",
"fled after *being beaten*") or a participle the parser read as the main verb ("the workers
*kidnapped* last week were freed") is done to that subject (``patients``), by its by-agent
only; so is a bare past participle set before its clause ("*Attacked* by Azerbaijani troops,
Armenia asked ..."), to that clause's subject. A past participle before an object names its
state, not an act of the object's verb's doer ("police freed 12 *abducted* seminarians"). A
noun the parser coordinated with an object right before a second verb is that verb's subject
("fired at Tel Aviv and *Israeli jets* struck Gaza").
A statement, letter, communique or resolution that says, demands or condemns speaks for whoever
issued it (``issuers``: "Egypt and Jordan issued a statement *that demanded* ...").
A main verb the parser hung on the last noun of a relative clause set off by commas is done
by the noun that clause modifies (``swallowed``: "Unions, which ... since 2019, *called* ...").
Who hears, sees or reports an act told by a bare gerund the parser hangs on the verb did not
do it (``witnessed``: "residents *heard* shelling").
The one an act a noun names is laid on: whoever disowns it (``disowner``: "denied any role in
[the shelling]") or the "on" phrase of a verb of blame (``blamed``).

``sentence_before`` gives the sentence a noun that names no doer looks back to, within its
paragraph and outside quotation marks (``quoted``). Word lists: ``data/arguments.yaml``
(``words``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..actors.dictionary import word_list
from ..nlp import same_paragraph
from . import lexicon
from .actormap import OBJECT_CONTROL
from .misreadings import (
    FINITE,
    act_charged_on_object,
    appositive_victim,
    charge_on_object,
    described,
    misread,
    reported_conjunct,
    stranded,
)
from .negation import no_such
from .tenses import to_infinitive
from .triggers import headline_verb, lost_subject
from .undergoers import passive_conjunct

SUBJECTS = frozenset({"nsubj", "csubj"})
_CLIMB = frozenset({"xcomp", "conj", "advcl", "pcomp", "prep", "ccomp", "acomp", "oprd",
                    "pobj", "attr"})
#: Subjects of a passive verb, a clause among them ("*aid to Kabul* was frozen", where the
#: parser reads "aid" as a verb).
PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d"})
_RELATIVE = word_list("grammar.yaml", "relative_pronouns")
#: The prepositions that put a request on the one asked ("called *on* X", "appealed *to* X").
_ASKED_PREPS = word_list("possessors.yaml", "asked_preps")
#: Prepositions of an accusation's charge: "accused X *of* ...", "blamed X *for* ...".
_CHARGES = word_list("grammar.yaml", "charge_preps")


def pobjs(prep: Token) -> list[Token]:
    """The objects of a preposition, not a clause's verb."""
    return [c for c in prep.children if c.dep_ in ("pobj", "pcomp") and c.pos_ != "VERB"]


def agent(verb: Token) -> list[Token]:
    """The by-phrase of a passive verb."""
    return [o for c in verb.children if c.dep_ == "agent" for o in pobjs(c)]


def by_phrase(token: Token) -> list[Token]:
    """The objects of the "by" phrase on a passive verb or a noun of an act, the doer it
    names ("was shelled *by the army*", "the arrest of two men *by police*"); empty where
    none is, or "by" leads a clause ("was taken *by storming* the port")."""
    return [o for c in token.children if c.dep_ == "agent" or (
        c.dep_ == "prep" and c.lower_ == "by") for o in pobjs(c)]


def distant_agent(verb: Token) -> list[Token]:
    """A by-phrase the parser hung on the passive verb's with-phrase ("was threatened with
    military action *by China*")."""
    return [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
            for n in pobjs(c) for b in n.children if b.dep_ in ("prep", "agent")
            and b.lower_ == "by" for o in pobjs(b)]


def disowner(noun: Token) -> list[Token]:
    """Whoever disowns the act a noun names, and so is the one it was laid on: the subject
    of "has nothing to do with [the kidnapping]" or of "denied any role / involvement in
    [the shelling]"."""
    if noun.dep_ != "pobj":
        return []
    prep, lex = noun.head, lexicon.get()
    if prep.lower_ == "with" and prep.head.lemma_.lower() == "do" \
            and prep.head.head.lower_ == "nothing" and prep.head.head.head != prep.head.head:
        return subject(prep.head.head.head)
    if prep.lower_ in ("in", "for") and lex.cue("involvement_nouns", prep.head.lemma_.lower()) \
            and prep.head.dep_ == "dobj" and lex.cue("deny_verbs", prep.head.head.lemma_.lower()):
        return subject(prep.head.head)
    return _no_part(prep) if prep.lower_ == "in" else []


def _no_part(prep: Token) -> list[Token]:
    """Who is said to have had no part in the act of the "in" phrase ``prep``: the subject of
    "*no soldier* was involved in", "*its officers* were not implicated in"
    (``involvement_verbs``), "*its troops* had no part in" (``involvement_holders`` with an
    ``involvement_nouns`` object); none where the part is not denied ("was involved in": a
    mediator may be), nor for a thing ("the convoy was not involved")."""
    head = prep.head
    if involved_in(head, prep):
        verb, part = (head.head if head.dep_ == "acomp" else head), head
    elif held_part(head, prep):
        verb, part = head.head, head
    else:
        return []
    doers = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    denied = any(c.dep_ == "neg" for c in (*verb.children, *part.children)) or any(
        no_such(t) for t in (*doers, part))
    return doers if denied else []


def involved_in(verb: Token, prep: Token) -> bool:
    """Whether ``prep`` is the "in" phrase of a verb of a part in an act ("was *involved in*",
    "*implicated in*": ``involvement_verbs``), whose subject is the act's own."""
    return prep.lower_ == "in" and lexicon.get().cue("involvement_verbs", verb.lemma_.lower())


def held_part(noun: Token, prep: Token) -> bool:
    """Whether ``noun`` is a part held in the act of the "in" phrase ``prep`` ("its troops
    had *no part* in the shelling": ``involvement_nouns`` under ``involvement_holders``),
    whose negation is the act's."""
    lex = lexicon.get()
    return prep.lower_ == "in" and lex.cue("involvement_nouns", noun.lemma_.lower()) \
        and noun.dep_ == "dobj" and lex.cue("involvement_holders", noun.head.lemma_.lower())


def blamed(noun: Token) -> list[Token]:
    """Whom the act a noun names is laid on by a verb of blame (``blame_verbs``) or of
    attribution (``attribution_verbs``) whose object it is: "blamed [the ambush] *on
    separatist rebels*", "pinned [the bombing] *on the opposition*", "linked [the shooting]
    *to fighters of the RSF*". The "on" ("to") phrase of the verb; the parser may hang it on
    the noun or a noun of a phrase after it, where it is then the last one ("blamed the
    attack on the convoy *on jihadists*", "attributed the strike on the depot *to* X")."""
    if noun.dep_ != "dobj":
        return []
    lemma = noun.head.lemma_.lower()
    preps = ("on", "upon") if lemma in words("blame_verbs") else ("to",) if lemma in words(
        "attribution_verbs") else ()
    on = [c for c in noun.head.children if c.dep_ == "prep" and c.lower_ in preps]
    verb = noun.head
    on = on or [c for c in verb.subtree if c.dep_ == "prep" and c.lower_ in preps
                and c.i > noun.i and _phrase_of(c, verb)][-1:]  # "... on the depot *to* X"
    return [o for c in on for o in pobjs(c)]


def _phrase_of(prep: Token, verb: Token) -> bool:
    """Whether ``prep`` hangs on ``verb`` through its object and phrases only (no clause)."""
    node = prep.head
    while node.i != verb.i:
        if node.dep_ not in ("dobj", "pobj", "prep") or node.head.i == node.i:
            return False
        node = node.head
    return True


def charged(noun: Token) -> list[Token]:
    """Whom the act a noun names is laid on as the charge of a verb of accusing
    (``accusation_verbs``): the verb's object, when the noun heads its charge phrase
    (``charge_preps``: "accused *Russia* of [attacks]", "blamed *the militia* for [the
    massacre]"); none for a noun further down ("of complicity in [the attack]")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return []
    if act_charged_on_object(prep) is not None:
        return [prep.head]  # "accused [*the army* of air raids]": the parser's object
    if prep.lower_ not in _CHARGES or not lexicon.get().cue(
            "accusation_verbs", prep.head.lemma_.lower()):
        return []
    return [c for c in prep.head.children if c.dep_ == "dobj"]


def swallowed(verb: Token) -> Token | None:
    """The subject of a main verb the parser hung, as a participle, on the last noun of a
    relative clause set off by commas, leaving the sentence with a noun for its root
    ("Student unions, which have led sit-ins since the coup, *called* on both armies ...":
    "called" read as modifying "coup"): the root noun the relative clause modifies, which the
    two clauses share. Only for a participle right after a comma that closes a relative clause
    opened by a relative pronoun after a comma; None otherwise ("the truce *signed* by ...")."""
    root = verb.sent.root
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or root.pos_ not in (
            "NOUN", "PROPN") or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    opened = [c for c in root.children if c.dep_ == "relcl" and c.i < verb.i
              and verb in c.subtree and c.doc[c.left_edge.i - 1].text == ","
              and any(s.dep_ in SUBJECTS and s.lower_ in _RELATIVE for s in c.children)]
    return root if opened else None


def patients(verb: Token) -> list[Token]:
    """Whom a verb is done to by its subject slot: its passive subject; the subject a
    ``stranded`` passive shares with the verb it hangs on; the subject of a ``misread``
    participle."""
    own = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECTS]
    if own:
        return own
    if misread(verb):
        victim = appositive_victim(verb)  # "Dilip Rana, the grocer shot dead": Rana
        return [victim] if victim is not None else [
            c for c in verb.children if c.dep_ == "nsubj"]
    if fronted_passive(verb):
        return [c for c in verb.head.children if c.dep_ in SUBJECTS]
    return _subject(verb) if stranded(verb) else []


def subject(verb: Token) -> list[Token]:
    """Whoever does ``verb``: its subject, or that of the verb it depends on. A passive that
    shares its subject with another verb (``stranded``) and a participle the parser read as
    the main verb (``misread``) are done by their by-agent only: that subject is their
    patient."""
    if stranded(verb) or misread(verb):
        return agent(verb) or distant_agent(verb)
    if fronted_passive(verb):
        return agent(verb)
    return _subject(verb)


def predicated(verb: Token) -> bool:
    """Whether a passive says what its subject was made ("were *set free*", "was *set
    loose*"): a real passive, done to its subject, not an adjective ("is *set to* sign")."""
    return any(c.dep_ in ("oprd", "acomp") for c in verb.children)


def fronted_passive(verb: Token) -> bool:
    """Whether ``verb`` is a bare past participle opening an adverbial clause ("*Attacked* by
    Azerbaijani troops, Armenia asked ..."): passive, so done by its by-agent only, to the
    subject of the verb it hangs on. Not with an auxiliary of its own ("*Having met* X, Y
    flew ...": active, done by that subject)."""
    return (verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i < verb.head.i
            and not any(c.dep_ in ("aux", "auxpass", "mark", "dobj") or c.dep_ in SUBJECTS
                        for c in verb.children))


def _subject(verb: Token) -> list[Token]:
    lost = lost_subject(verb)
    if lost is not None:  # "*Vietnam* relaxed censorship", the verb read as an adjective
        return [lost]
    v, via = verb, ""
    for _ in range(8):
        v = reported_conjunct(v) or v  # "said X had attacked ... and *promised*": the reporter
        passive = [c for c in v.children if c.dep_ in PASSIVE_SUBJECTS]
        if passive:  # "were beaten and injured *by police*": one by-phrase for both
            by = agent(v) or distant_agent(v) or [
                o for c in v.conjuncts if passive_conjunct(c) == "shared" for o in agent(c)]
            if via == "conj" and passive_conjunct(verb) == "shared":
                return agent(verb) or by
            # "X has been indicted ... and will resign": the conjunct's doer is X; "X is
            # prepared to impose ...", "X is suspected of carrying out ...": X controls;
            # "X was urged by Y to withdraw": the one asked does it, not the by-agent
            if via == "conj" or (not by and (via in ("xcomp", "pcomp", "prep") or (
                    v.lemma_.lower() in words("adjectival_passives") and v is verb
                    and not predicated(v)))) or (
                    via == "xcomp" and v.lemma_.lower() in OBJECT_CONTROL):
                return passive
            return by
        subj = [c for c in v.children if c.dep_ in SUBJECTS]
        if subj:
            if v.dep_ == "relcl" and subj[0].lower_ in _RELATIVE:
                return issuers(v.head) or [v.head]
            return [t for s in subj for t in issuers(s) or [s]]
        if v is verb and (v.tag_ in FINITE or headline_verb(v)):
            # a headline's subject hung on its verb as a modifier ("Kenya, Uganda *vow* ...",
            # "Venezuelan warships *patrol* ...")
            lost = [c for c in v.lefts if c.dep_ in ("compound", "dep", "amod") and c.pos_ in (
                "NOUN", "PROPN", "ADJ")]
            if lost:
                return lost
        if v.dep_ in ("acl", "relcl") and v.head.pos_ in ("NOUN", "PROPN", "PRON"):
            asked = _asked(v, via)
            if asked:  # "Kenya, *urged* by the AU to pull back", "the AU's call on Kenya to"
                return asked
            shared = swallowed(v)
            if shared is not None:  # "Unions, which ... since the coup, *called* on ..."
                return issuers(shared) or [shared]
            if described(v):  # "Luis Quintero, *kidnapped* in Arauca": done to him
                return agent(v)
            return agent(v) or issuers(v.head) or [v.head]  # "the deal, signed *by* the envoys"
        if v.pos_ in ("VERB", "AUX"):
            # the parser sometimes hangs a coordinated clause's subject below the second
            # verb ("if *Russia* opts to get involved ... and become ..."): the nearest subject
            # inside the verb's own phrase, before it
            left = [t for t in v.subtree if t.i < v.i and t.dep_ in SUBJECTS]
            if left:
                return left[-1:]
            if v is verb and v.dep_ == "conj":
                # "fired at Tel Aviv and Israeli jets *struck* Gaza": a noun the parser
                # coordinated with an object, right before a second verb with no "and" of its
                # own between them, is that verb's subject (shared objects never sit there)
                t = v.i - 1
                while t >= 0 and v.doc[t].dep_ in ("aux", "auxpass", "neg", "advmod"):
                    t -= 1
                noun = v.doc[t] if t >= 0 else None
                if noun is not None and noun.pos_ in ("NOUN", "PROPN") and noun.dep_ == "conj" \
                        and noun.head.dep_ in ("dobj", "pobj") and noun.head.i > v.head.i:
                    return [noun]
            if v.dep_ == "ROOT" and v.tag_ in FINITE | {"VBN"}:
                # a subject the parser lost ("With the signing of X, *the government and the
                # rebels* have agreed"): the noun phrase right before the verb group
                t = v.i - 1
                while t >= 0 and v.doc[t].dep_ in ("aux", "auxpass", "neg", "advmod"):
                    t -= 1
                if t >= 0 and v.doc[t].pos_ in ("NOUN", "PROPN") and v.doc[t].dep_ in (
                        "conj", "appos", "pobj", "npadvmod", "ROOT", "dep"):
                    return [v.doc[t]]
        head = v.head
        if v.dep_ in ("pobj", "pcomp") and head.lower_ == "to" \
                and head.head.lemma_.lower() in words("suffer_verbs"):
            return []  # "lost staff *to looting*": what befell the subject, not its act
        if v.dep_ == "amod" and v.pos_ == "VERB" and head.dep_ in ("dobj", "pobj"):
            if v.tag_ in ("VBN", "VBD"):  # "police freed 12 *abducted* seminarians": not theirs
                return []
            # "denied supplying weapons" parsed as "denied [supplying weapons]" (an adjective)
            v, via = head.head, "xcomp"
            continue
        if head is v or v.dep_ not in _CLIMB:
            return []
        if v.dep_ == "pcomp" and head.head.pos_ == "VERB" and (
                head.lower_ in ("of", "for") or (head.lower_ == "with" and lexicon.get().cue(
                    "accusation_verbs", head.head.lemma_.lower()))):
            # "accused the RSF *of refusing*", "charged two men *with abducting*": they did it
            objs = [c for c in head.head.children if c.dep_ == "dobj"]
            if objs:
                return objs
        if v.dep_ == "pcomp" and charge_on_object(head) is not None:
            return [head.head]  # "accused *the villagers* of siding": the parser's object
        if witnessed(v):
            return []  # "residents *heard* shelling": they witnessed it, someone else did it
        if v.dep_ == "xcomp" and head.lemma_.lower() in OBJECT_CONTROL:
            objs = [c for c in head.children if c.dep_ in ("dobj", "dative", "iobj")]
            # "called *on* Moscow to", "appealed *to* Australia to send": the one asked
            objs += [o for c in head.children if c.dep_ == "prep" and c.i < v.i
                     and c.lower_ in _ASKED_PREPS for o in pobjs(c)]
            if objs:
                return objs
        via = v.dep_
        v = head
    return []


def witnessed(v: Token) -> bool:
    """Whether ``v`` is a bare gerund or participle with no object of its own that the parser
    hung as a clause on a verb of witnessing (``witness_verbs``: "residents *heard* shelling",
    "villagers *reported* renewed fighting"): an act the subject heard of, saw or reports,
    not one it did; not an infinitive, nor a gerund with an object ("the army reported
    killing 20 militants": its own act), nor one the verb's passive subject or its object
    does ("vehicles *were seen* heading to the border": the vehicles')."""
    head = v.head
    return v.dep_ == "xcomp" and v.tag_ in ("VBG", "VBN", "VBD") and \
        head.lemma_.lower() in words("witness_verbs") and not to_infinitive(v) and \
        not any(c.dep_ in ("dobj", "nsubj") for c in v.children) and \
        any(c.dep_ == "nsubj" for c in head.children) and \
        not any(c.dep_ == "dobj" for c in head.children)


def _asked(v: Token, via: str) -> list[Token]:
    """Who is asked to do the infinitive below ``v``, a modifier of a noun, and so does it:
    the noun a participle of asking describes ("*Kenya*, urged by the AU to pull back", via
    its infinitive), or whoever a noun of asking is put to ("the AU's call *on Kenya* to
    withdraw", "an appeal *to the UN* to send observers"); none otherwise ("the deal,
    signed by the envoys")."""
    if via == "xcomp" and v.tag_ == "VBN" and v.lemma_.lower() in OBJECT_CONTROL:
        return [v.head]
    if v.dep_ != "acl" or v.head.lemma_.lower() not in OBJECT_CONTROL or \
            not to_infinitive(v):
        return []
    return [o for c in v.head.children if c.dep_ == "prep" and c.lower_ in _ASKED_PREPS
            and c.i < v.i for o in pobjs(c)]


def issuers(noun: Token) -> list[Token]:
    """Whoever put out the document ``noun`` names (``statement_nouns``), and so says what it
    says: the by-phrase of its participle ("a statement *issued by* the ministry"), the
    subject of the issuing verb (``issue_verbs``) whose object it is ("*Egypt and Jordan*
    issued a statement that ..."), or, for "the statement" opening a later sentence of the
    paragraph, the subject of the verb that issued such a document in the sentence before
    ("Ghana and Togo released a communique. *The communique* condemned ..."). Empty for any
    other noun, or a document nobody is told to have put out ("reporters read a statement")."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() not in words("statement_nouns"):
        return []
    by = next((agent(c) for c in noun.children if c.dep_ == "acl" and agent(c)), [])
    if by:
        return by
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in words("issue_verbs"):
        return subject(noun.head)
    if noun.dep_ not in SUBJECTS or not any(c.dep_ == "det" and c.lower_ in ("the", "this")
                                            for c in noun.children):
        return []
    before = sentence_before(noun)
    if before is None:
        return []
    issued = [t for t in before if t.dep_ == "dobj" and t.lemma_.lower() == noun.lemma_.lower()
              and t.head.lemma_.lower() in words("issue_verbs")]
    return subject(issued[-1].head) if issued else []


def words(kind: str) -> frozenset[str]:
    """The word list ``kind`` of ``data/arguments.yaml`` (read once)."""
    return word_list("arguments.yaml", kind)


def quoted(token: Token) -> bool:
    """Whether ``token`` stands inside quotation marks opened earlier in its sentence."""
    marks = sum(t.text in _QUOTE_MARKS for t in token.doc[token.sent.start:token.i])
    return marks % 2 == 1


def sentence_before(noun: Token) -> Span | None:
    """The sentence before ``noun``'s in its paragraph, when ``noun`` is not quoted: where a
    noun that names no doer finds the one the text gave just before."""
    doc, sent = noun.doc, noun.sent
    if sent.start == 0 or quoted(noun):
        return None
    before = doc[sent.start - 1].sent
    return before if same_paragraph(before[0], noun) else None
