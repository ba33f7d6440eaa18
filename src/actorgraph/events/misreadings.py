"""Misreadings of the parse that the trigger search repairs: a verb split from its hyphenated
prefix ("re-export"), a verb the parser took for a noun ("*Aid* from Turkey reached Idlib"),
a past-tense verb read as an adjective of its object, its subject lost ("*Vietnam* relaxed
censorship"), a gerund read as an adjective of its object ("by *halting* gas exports"), a
headline's passive read as active ("Tear gas *fired* at students"),
a main verb read as a participle of the last noun of its subject, the subject's head made
the root ("*Sixty members* of a farmers' union marched ..."); a number read as the object and
the participle after it as a verb ("deported *30 arrested* migrants"); and a headline verb
read as a noun ("Kenya, Uganda *vow* closer cooperation"); the charge of an accusation hung
on its object ("accused *the villagers of siding* with ..."); and a past conjunct hung on an
infinitive ("urged X to lay down ... and *offered* to mediate"); an object read as the subject
of a participle after it ("expelled *the priests* still serving in ...")."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.tables import word_list
from ..nlp import ARTICLES
from ..speech import cues as speech_cues
from . import lexicon
from .relatives import fronted_object
from .tenses import to_infinitive

_VERB_POS = frozenset({"VERB", "AUX"})
#: Finite verb tags: a verb in one has a subject of its own, if the parser found it.
FINITE = frozenset({"VBD", "VBZ", "VBP"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
#: What a verb has that a participle the parser read as one has not: an object, an
#: auxiliary, a clause or a complement of its own.
_OWN = frozenset({"dobj", "ccomp", "xcomp", "aux", "auxpass", "attr", "acomp"})
#: Words that may follow a passive participle, never its object: "*detained in* Fiji".
_NO_OBJECT = frozenset({"ADP", "ADV", "PUNCT", "SCONJ", "CCONJ"})
#: What only a verb has: a subject, an object, an auxiliary, a subordinator.
_CLAUSE_MARKS = frozenset({"nsubj", "nsubjpass", "dobj", "aux", "auxpass", "mark", "xcomp",
                           "ccomp"})
#: Prefixes the tokenizer splits from their verb at the hyphen ("re-export": re, -, export).
PREFIXES = word_list("grammar.yaml", "split_prefixes")
#: Where the parser hangs the verb after a split prefix: a modifier of its own object.
MODIFIERS = frozenset({"amod", "compound", "nmod"})
#: A past-tense verb misread as an adjective of its object: its tags, where its subject
#: hangs on that noun, and what that noun heads (a clause, not an argument of another verb).
_MISREAD_TAGS = frozenset({"JJ", "VBN", "VBD"})
_LOST_SUBJECTS = frozenset({"npadvmod", "nmod", "compound", "nsubj", "dep"})
_CLAUSE_HEADS = frozenset({"ROOT", "ccomp", "conj", "parataxis"})
#: What a participle of its own clause has and a misread main verb lacks.
_OWN_CLAUSE = frozenset({"aux", "auxpass", "mark", "agent"})


def split_verb(prefix: Token) -> Token | None:
    """The verb a hyphenated prefix was split from, when the parser gave the prefix the
    verb's place in the clause and hung the verb as a modifier of its object ("refused to *re*
    - export howitzers", parsed as "refused to re [export howitzers]") or hung the verb on
    the prefix ("Kenya *re* [-opened its border]"); None otherwise (a prefixed noun, "the
    *re*-export market", or a verb parsed as one, "to re-*impose*")."""
    doc, i = prefix.doc, prefix.i
    if (prefix.lower_ not in PREFIXES or prefix.pos_ not in _VERB_POS or i + 2 >= len(doc)
            or doc[i + 1].text != "-" or prefix.whitespace_ or doc[i + 1].whitespace_):
        return None
    verb = doc[i + 2]
    return verb if verb.is_alpha and (verb.dep_ in MODIFIERS or verb.head.i == i) else None


def misread_noun(token: Token) -> bool:
    """Whether the verb ``token`` is a noun the parser misread: a bare base form standing as
    a subject with no subject, object or auxiliary of its own ("*Aid* from Turkey reached
    Idlib", "*Aid* to Kabul was frozen")."""
    return (token.pos_ in _VERB_POS and token.dep_ in _SUBJECTS
            and token.lower_ == token.lemma_.lower()
            and not any(c.dep_ in _CLAUSE_MARKS for c in token.children))


def lost_subject(token: Token) -> Token | None:
    """The subject the parser took from a past-tense verb: read as an adjective of its
    object (``adjective_subject``) or as a participle of its own subject's last noun
    (``misrooted_subject``); None for any other token."""
    if token.dep_ == "amod":
        return adjective_subject(token)
    return misrooted_subject(token)


def misrooted_subject(token: Token) -> Token | None:
    """The subject of a main verb the parser hung, as a participle, on the noun of an
    "of"-phrase right before it, making the head of that phrase the root of a sentence with
    no verb ("Forty *supporters* of a small party protested ...", read as "the party
    protested", the supporters the root): that root, when the past-tense verb follows its
    noun directly and has no auxiliary, subject, marker or by-agent of its own (a real
    participle has a verb to hang under: "leaders of the party *founded* in 1990 met ...",
    "activists of the group *banned* by the court")."""
    if token.dep_ != "acl" or token.tag_ not in ("VBD", "VBN") or token.pos_ != "VERB" \
            or not token.lower_.endswith("ed"):
        return None
    noun, root = token.head, token.sent.root
    if (noun.i != token.i - 1 or noun.dep_ != "pobj" or noun.head.lower_ != "of"
            or noun.head.head != root or root.pos_ not in _NOUN_POS or root.i > noun.i):
        return None
    if any(c.dep_ in _OWN_CLAUSE or c.dep_ in _SUBJECTS for c in token.children):
        return None
    return root


def adjective_subject(token: Token) -> Token | None:
    """The subject of a past-tense verb the parser misread as an adjective of its object
    at the start of a clause ("*Vietnam* relaxed censorship", parsed as the noun phrase
    "Vietnam relaxed censorship"): a name or noun right before the adjective, hung on it or
    on its noun as a subject or modifier, when the noun heads a clause and nothing before
    the subject makes it a noun phrase ("*the* relaxed rules", "Vietnam*'s* relaxed
    censorship"); None for any other token."""
    noun = token.head
    if (token.dep_ != "amod" or token.tag_ not in _MISREAD_TAGS or noun.pos_ not in _NOUN_POS
            or noun.dep_ not in _CLAUSE_HEADS or not token.lower_.endswith(("ed", "en"))
            or noun.i <= token.i or not token.i
            or any(t.dep_ != "compound" for t in token.doc[token.i + 1:noun.i])):
        return None
    before = token.doc[token.i - 1]
    if before.pos_ not in _NOUN_POS | {"PRON"} or before.dep_ not in _LOST_SUBJECTS \
            or before.head.i not in (token.i, noun.i):
        return None
    if any(c.dep_ in ("det", "poss", "case") for c in noun.children if c.i < token.i):
        return None
    return before


def gerund_object(token: Token) -> Token | None:
    """The object of a gerund the parser misread as an adjective of it right after "by"
    ("responded by *halting* gas exports", parsed as "by [halting gas exports]"), or of a
    participle clause opened by a comma ("blocked the road, *burning* tyres", parsed as
    "[burning tyres]"): the noun, when nothing stands between the preposition or comma and
    the gerund, nor between the gerund and its noun; None for any other token ("by *rising*
    prices" reads so too, but names no act with an object)."""
    noun = token.head
    if token.dep_ != "amod" or token.tag_ != "VBG" or token.pos_ != "VERB" or not token.i:
        return None
    before = token.doc[token.i - 1]
    if noun.dep_ == "pobj" and noun.head.lower_ == "by" and noun.head.i == before.i:
        return noun
    return noun if before.text == "," and noun.i == token.i + 1 else None


def participle_subject(verb: Token) -> Token | None:
    """The object of ``verb`` the parser read as the subject of a present participle hung on
    it as a clause ("expelled [the priests] *still serving* in ...", parsed as "expelled
    [that] the priests are still serving"): the noun right after the verb, when ``verb`` has
    no object of its own and the participle no auxiliary or subordinator; else None."""
    if any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.tag_ != "VBG" or clause.i < verb.i or any(
                c.dep_ in _OWN_CLAUSE for c in clause.children):
            continue
        return next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in _NOUN_POS
                     and c.left_edge.i == verb.i + 1), None)
    return None


def telegraphic_subject(token: Token) -> Token | None:
    """The thing a headline or a wire brief tells done with its "was" left out ("Tear gas
    *fired* at students", "Shots *fired* near the palace"), which the parser reads as the
    subject of an active past tense: a noun of ``fired_things`` (``modality.yaml``) with no
    determiner, no possessive and no name, before a past verb with no auxiliary and no
    object; None for any other token ("the army fired", "gunmen fired shots")."""
    if token.tag_ not in ("VBD", "VBN") or token.pos_ != "VERB" or any(
            c.dep_ in ("aux", "auxpass", "dobj") for c in token.children):
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj" and c.i < token.i), None)
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_ or any(
            c.dep_ in ("det", "poss") for c in subject.children):
        return None
    return subject if lexicon.get().cue("fired_things", subject.lemma_.lower()) else None


def counted_object(verb: Token) -> Token | None:
    """The people a verb acts on when the parser took their number for its object and hung
    the participle before them as a verb of its own ("deported *30* arrested Senegalese
    migrants", parsed as "deported 30 / arrested [migrants]"): the participle's object,
    when the number is the verb's bare object and the participle follows it at once; None
    otherwise."""
    number = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if number is None or number.tag_ != "CD" or any(number.children):
        return None
    after = number.doc[number.i + 1] if number.i + 1 < len(number.doc) else None
    if after is None or after.head.i != verb.i or after.dep_ != "dep" \
            or after.tag_ not in ("VBN", "VBD"):
        return None
    return next((c for c in after.children if c.dep_ == "dobj"), None)


def participle_clause(token: Token) -> Token | None:
    """The verb that takes as its object the noun phrase a past participle is read out of,
    when the parser made a clause of a participle before its noun, its agent the clause's
    subject ("violate *the UN imposed* arms embargo", read as "[the UN] imposed [arms
    embargo]"): the participle follows "the" and a name right after that verb, and its object
    has no determiner of its own, as the object of a clause has ("said the UN *imposed an*
    embargo"); None otherwise. Whether that verb takes only a thing, not a clause, is its
    caller's (``modality.yaml`` ``state_verbs``)."""
    doc, i = token.doc, token.i
    if token.tag_ not in ("VBD", "VBN") or i < 3 or doc[i - 1].pos_ != "PROPN":
        return None
    start = i - 1
    while start > 0 and doc[start - 1].pos_ == "PROPN" and i - start < 4:
        start -= 1  # "the European Union imposed"
    if start < 2 or doc[start - 1].lower_ != "the" or doc[start - 2].pos_ != "VERB":
        return None
    objects = [c for c in token.children if c.dep_ == "dobj" and c.i > i]
    if not objects or any(d.dep_ in ("det", "poss") for o in objects for d in o.children):
        return None
    return doc[start - 2]


def infinitive_conjunct(token: Token) -> Token | None:
    """The verb an infinitive is really coordinated with when the parser hung it ("... and *to
    provide* his army with ...") on a participle it made a clause of ("break the UN imposed
    arms embargo": ``participle_clause``): that participle's governing verb ("break"), whose
    doer does it too; None for any other token ("the UN imposed an embargo and sent monitors":
    a real clause shares its subject)."""
    if token.dep_ != "conj" or not to_infinitive(token):
        return None
    return participle_clause(token.head)


def charge_on_object(prep: Token) -> Token | None:
    """The verb of accusing whose charge the parser hung on its object: an "of" or "for"
    phrase of a gerund that the object carries ("accused *the villagers of siding* with the
    rebels", "blamed the herders for starting"), as it does after a common noun; the
    charge is the verb's (``accusation_verbs``: what the object is accused of), its doer
    the object. None for any other phrase ("accused the leaders of the union": no gerund)."""
    if not any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children):
        return None
    return act_charged_on_object(prep)


def act_charged_on_object(prep: Token) -> Token | None:
    """The verb of accusing whose charge, the noun of an act, the parser hung on its object
    ("accused [the army *of air raids*]", "blamed [the militia *for the massacre*]"), as
    ``charge_on_object`` for a gerund; the caller knows the noun names an act. None for a
    phrase on no object of such a verb."""
    verb = prep.head.head
    if prep.lower_ not in ("of", "for") or prep.head.dep_ != "dobj":
        return None
    return verb if lexicon.get().cue("accusation_verbs", verb.lemma_.lower()) else None


def infinitive_conjunct_past(token: Token) -> Token | None:
    """The verb a plain past conjunct really goes with when the parser hung it on the
    infinitive that verb governs: a past tense shares no "to" ("urged both sides *to lay*
    down their arms and *offered* to mediate": the leaders offered, as they urged), so it is
    the governing verb's second act, done by its subject, not asked of its object. None for
    an infinitive conjunct ("to lay down their arms and *return* home"), a conjunct with a
    subject or an auxiliary of its own, or a governing verb not in the past."""
    infinitive = token.head
    if token.dep_ != "conj" or token.tag_ != "VBD" or infinitive.tag_ != "VB" or \
            infinitive.dep_ != "xcomp" or infinitive.head.tag_ != "VBD" or \
            not to_infinitive(infinitive) or any(
            c.dep_ in _SUBJECTS or c.dep_ in ("aux", "auxpass") for c in token.children):
        return None
    return infinitive.head


def reported_conjunct(token: Token) -> Token | None:
    """The reporting verb whose subject does the conjunct ``token`` (see
    ``spoken_conjunct``), or the verb whose infinitive a past conjunct was hung on (see
    ``infinitive_conjunct_past``). A denier's conjunct keeps the doer the parse gives it: the
    denied clause's doer is the denier's own side ("denied that *its* troops had crossed ...
    and called"), and the denier is often a spokesperson whose state the actors stage does
    not give."""
    governing = infinitive_conjunct_past(token)
    if governing is not None:
        return governing
    speech = spoken_conjunct(token)
    if speech is None or not lexicon.get().cue("report_verbs", speech.lemma_.lower()):
        return None
    return speech


def spoken_conjunct(token: Token) -> Token | None:
    """The reporting or denying verb a conjunct belongs to when the parser hung it on the verb
    of the reported clause though the tenses part them: the clause verb a pluperfect
    participle ("said the rebels *had attacked* the convoy", "denied that its troops *had
    crossed* the border") or a progressive ("said villagers *were being shot*", "said gangs
    *were advancing*"), the conjunct a plain past with no auxiliary nor subject of its own
    (or a participle, as tagged, with an object, on a passive clause: ``_active_past``),
    like the past reporting verb ("... and *promised* an inquiry": the reporter's promise;
    "... and *called* the statement a provocation": the denier's), and it names
    words only (the senses whose particle, preposition and object words it has, else all its
    senses, are verbal acts, ``lexicon.SAID``; or it names what it speaks of, ``speech.cues``
    names: the reporter says more). None otherwise: a conjunct the parser read as a
    participle of the pluperfect ("had attacked and *looted*"), a deed the tagger read as a
    plain past ("had fired into huts and *wounded* a guard": the pluperfect runs on), or one
    tense throughout ("said rebels attacked and promised": the parse cannot tell)."""
    clause = token.head
    if token.dep_ != "conj" or not (token.tag_ == "VBD" or _active_past(token, clause)) or \
            clause.dep_ != "ccomp" or \
            clause.tag_ not in ("VBN", "VBG") or any(
                c.dep_ in _SUBJECTS or c.dep_ in ("aux", "auxpass") for c in token.children):
        return None
    speech, lex = clause.head, lexicon.get()
    typed = [e for e in lex.senses("verb", token.lemma_.lower()) if e.type is not None]
    said = {e.type for e in typed if _may_fit(e, token)} or {e.type for e in typed}
    named = token.lemma_.lower() in speech_cues.get().names  # "called it a provocation"
    if not _parted(clause) or \
            speech.tag_ != "VBD" or not (lex.cue("report_verbs", speech.lemma_.lower()) or
                                         lex.cue("deny_verbs", speech.lemma_.lower())) or \
            not (named or (said and said <= lexicon.SAID)):
        return None
    return speech


def _active_past(token: Token, clause: Token) -> bool:
    """Whether ``token``, which the tagger calls a participle, is a plain past: it has a
    direct object of its own while the clause it is coordinated with is passive ("had not
    been consulted and *criticised* the mission"); no passive participle takes one."""
    return token.tag_ == "VBN" and any(c.dep_ == "dobj" for c in token.children) and any(
        c.dep_ == "auxpass" for c in clause.children)


def _parted(clause: Token) -> bool:
    """Whether a reported clause's verb is told in a tense no plain past shares: the
    pluperfect ("*had* attacked") or the progressive ("were *being* shot", "were advancing")."""
    aux = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    return any(c.lower_ == "had" for c in aux) or any(c.lower_ == "being" for c in aux) or (
        clause.tag_ == "VBG" and any(c.lemma_ == "be" for c in aux))


def _may_fit(entry: lexicon.Entry, verb: Token) -> bool:
    """Whether ``entry`` may be the sense of ``verb``: the particle, preposition and object
    words it needs are there ("condemned *to* death" is a sentence, "condemned the ambush"
    no more than words); classes and sentence words are not judged here."""
    children = list(verb.children)
    objects = {c.lemma_.lower() for c in children if c.dep_ in ("dobj", "nsubjpass")}
    return (not entry.prt or any(c.dep_ == "prt" and c.lower_ == entry.prt for c in children)) \
        and (not entry.prep or any(c.dep_ in ("prep", "agent", "dative")
                                   and c.lower_ == entry.prep for c in children)) \
        and (not entry.obj or any(w.startswith("@") for w in entry.obj)
             or bool(objects & entry.obj))


def hedged_doer(token: Token) -> bool:
    """Whether the verb ``token`` is the sentence's own verb though the parser hung it as the
    clause of a belief participle that describes its subject: "Gunmen *believed* to be from
    the valley killed four villagers", "Rebels thought to have attacked the convoy were
    arrested" (the belief verb read as a past tense with a subject, an infinitive and this
    clause after it). What is believed is who the doers are, not the act. Not a belief with
    a clause of its own ("Police believed the gunmen killed ...": a subject or "that")."""
    hedge = token.head
    return token.dep_ == "ccomp" and hedge.i < token.i and hedge.tag_ in ("VBD", "VBN") \
        and lexicon.get().cue("belief_verbs", hedge.lemma_.lower()) and any(
            c.dep_ == "xcomp" and c.i < token.i for c in hedge.children) and any(
            c.dep_ == "nsubj" and c.i < hedge.i for c in hedge.children) and not any(
            c.dep_ in ("aux", "auxpass", "neg") and c.i < hedge.i for c in hedge.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in token.children)


def headline_verb(token: Token) -> bool:
    """Whether the noun ``token`` is a verb the parser misread: it takes a direct object, as
    only a verb does, after a name or plural noun with nothing between them, the way a
    headline drops its articles ("Kenya, Uganda *vow* closer cooperation", "air force *bombs*
    Mekelle"; not "the peace talks", "British pounds")."""
    if token.pos_ not in _NOUN_POS or token.tag_ not in ("NN", "NNS") or not token.i:
        return False
    before = token.doc[token.i - 1]
    subject = before.tag_ in ("NNP", "NNPS", "NNS") or (
        before.tag_ == "NN" and before.head.i == token.i)
    return subject and any(c.dep_ == "dobj" for c in token.children)


def described(verb: Token) -> bool:
    """Whether ``verb`` is a past participle describing the noun it hangs on ("Luis
    Quintero, *kidnapped* in Arauca", "two soldiers *wounded* in the attack"): an act done
    to that noun, whose doer only a by-phrase names. Not where the sentence has no verb of
    its own (the parser made the main verb a participle: "Local committees ... *called* on
    the junta"), nor a participle with an object ("groups *donated* and delivered goods").
    A participle the tagger took for a plain past ("the activist *detained* last week") is
    one all the same: a modifying clause with no subject has no finite verb. So does a
    passive relative clause ("Maria Vell, *who was released* on bail"), not an active one,
    nor a verb hung on the doer of an object relative clause ("the traders whom gendarmes
    *arrested*": done by the gendarmes, ``relatives.fronted_object``)."""
    if verb.dep_ == "relcl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
        return any(c.dep_ == "nsubjpass" and c.tag_ in ("WDT", "WP") for c in verb.children)
    return (verb.dep_ == "acl" and fronted_object(verb) is None and verb.tag_ in ("VBN", "VBD")
            and verb.head.pos_ in ("NOUN", "PROPN") and (
                verb.sent.root.pos_ in ("VERB", "AUX") or _headline_participle(verb))
            and not any(c.dep_ == "dobj" or c.dep_ in _SUBJECTS for c in verb.children))


def _headline_participle(verb: Token) -> bool:
    """Whether ``verb``, a participle on the noun that heads a sentence with no verb, is a
    headline's passive ("Two activists *arrested* by police in Lomé", "Four traders
    *expelled* from Guinea"): it has a by-agent, or takes an object whenever it is active
    (``object_verbs``)."""
    return verb.head == verb.sent.root and (
        any(c.dep_ == "agent" for c in verb.children) or _object_verb(verb))


def ergative(verb: Token) -> bool:
    """Whether ``verb`` is told of what undergoes it (``ergative_verbs``): active, with a
    subject, its own or one a conjunct shares ("had been hit and *was burning*"), and no
    object ("a fuel depot *exploded*", "houses *burned* overnight"), or a participle on that
    noun ("a supply boat *burned* for hours", the parser's reading); not
    "fighters *burned* a tanker", nor "a tanker *was burned*"."""
    if not lexicon.get().cue("ergative_verbs", verb.lemma_.lower()) or verb.pos_ != "VERB" or \
            any(c.dep_ in ("dobj", "obj", "dative", "auxpass", "nsubjpass", "ccomp", "xcomp")
                for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" for c in verb.children) or verb.dep_ == "conj" or (
        verb.dep_ == "acl" and verb.tag_ == "VBN")


def _object_verb(verb: Token) -> bool:
    """Whether ``verb`` takes an object whenever it is active (``object_verbs``: abduct,
    arrest, detain, kill ...)."""
    return lexicon.get().cue("object_verbs", verb.lemma_.lower())


def _bare(verb: Token) -> bool:
    """Whether ``verb`` has none of what only a verb read right has (``_OWN``)."""
    return not any(c.dep_ in _OWN for c in verb.children)


def appositive_victim(verb: Token) -> Token | None:
    """The person a past participle is done to when the parser read it as a verb whose
    subject is the noun of an apposition right before it ("Dilip Rana, *the grocer shot dead*
    on Monday, had ...", read as "the grocer shot"): the name before the comma that opens the
    apposition. Only for a participle with no object, auxiliary or clause of its own after a
    subject "a/the NOUN" that follows "NAME ,": an act that takes an object cannot be active
    without one. None otherwise ("Joseph Kamau, a driver, *shot* a policeman")."""
    if verb.tag_ not in ("VBD", "VBN") or not _bare(verb):
        return None
    noun = next((c for c in verb.children if c.dep_ == "nsubj" and c.i + 1 == verb.i), None)
    return None if noun is None else apposed_name(noun)


def apposed_name(noun: Token) -> Token | None:
    """The name an unnamed noun is set beside, describing it ("Tomas Ruiz, *a farmer*",
    "Dilip Rana, *the grocer*"): the head of its apposition, or, where the parser hung the
    noun elsewhere, the name right before the comma that opens it; None for a noun with no
    article ("Kamau, *driver of the bus*" is read as it stands) or after no name."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ARTICLES
                                      for c in noun.children):
        return None
    comma = noun.left_edge.i - 1
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        return noun.head
    if comma < 1 or noun.doc[comma].text != "," or noun.doc[comma - 1].pos_ != "PROPN":
        return None
    return noun.doc[comma - 1]


def stranded(verb: Token) -> bool:
    """Whether ``verb`` is a passive with no subject of its own, which shares the subject of
    the verb it hangs on ("the rebels attacked and *were repelled*", "dispersed after *being
    beaten*", "the workers kidnapped ... *were freed*"): that subject is what it is done to."""
    return any(c.dep_ == "auxpass" for c in verb.children) and not any(
        c.dep_ in _SUBJECTS for c in verb.children)


def misread(verb: Token) -> bool:
    """Whether ``verb`` is a participle modifying its "subject" that the parser read as the
    sentence's verb, the true verb a subjectless finite passive hung on it ("The four health
    workers *kidnapped* a week ago were freed on Sunday"): a past form with a subject and no
    object, followed, with no conjunction between, by such a passive; the participle of an
    apposition read as a verb (``appositive_victim``); or a verb that takes an object whenever
    it is active (``object_verbs``), with a subject before it and no auxiliary, object, clause
    or noun phrase after it (which a clause the parser made may have taken: "militants
    abducted 30 women collecting firewood"): a headline's passive with "were" left out ("Six
    fishermen *detained* in Fiji", "Nine farmers *abducted* near Kagara, officials say") or a
    reduced relative before the true verb ("Five of the fishermen *detained* in Fiji this
    month landed ..."). Other verbs the tagger marks as participles keep their subject
    ("Student unions *protested*")."""
    if appositive_victim(verb) is not None or _dropped_were(verb):
        return True
    if verb.tag_ not in ("VBD", "VBN") or not any(c.dep_ == "nsubj" for c in verb.children) \
            or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return False
    return any(c.dep_ in ("conj", "advcl") and c.i > verb.i and c.tag_ == "VBN" and stranded(c)
               and any(a.dep_ in ("aux", "auxpass") and a.tag_ in FINITE for a in c.children)
               and not any(m.dep_ == "mark" for m in c.children)
               and not any(k.dep_ in ("cc", "punct") and verb.i < k.i < c.i
                           for k in verb.children)
               for c in verb.children)


def _dropped_were(verb: Token) -> bool:
    """Whether ``verb``, of ``object_verbs``, is a passive with its "were" left out: a past
    form with a subject before it, bare (``_bare``) and no noun phrase right after it ("Six
    fishermen *detained* in Fiji"; not "abducted 30 women collecting firewood", whose object
    the parser gave to the clause after it)."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return verb.tag_ in ("VBD", "VBN") and _object_verb(verb) and _bare(verb) and (
        after is None or after.pos_ in _NO_OBJECT) and any(
        c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
