"""Event triggers: the words of a parse that name an event, each with its lexicon sense.

In: a spaCy ``Doc`` and the ``Lexicon``. Out: ``Trigger`` records, left to right. A verb is
matched with its particle, prepositions, direct object and infinitive complement, and the most
specific sense that fits wins ("lift" + "sanctions" → CONCEDE before any plain "lift"). A noun
carried by a light verb ("held talks", "imposed sanctions") is the event, with the light verb
supplying its arguments. What a verb is done to, as the parse holds it, is ``undergoers``'.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc, Token

from ..actors.tables import word_list
from .lexicon import CLASSES, Entry, Lexicon, kinds
from .misreadings import (
    FINITE,
    headline_verb,
    lost_subject,
    misread_noun,
    split_verb,
)
from .misreadings import MODIFIERS as _MODIFIERS
from .phrasings import of_phrase, predicates, told_done
from .tenses import to_infinitive
from .undergoers import AMOUNTS, EVENT_HEADS, contents, free_relative, gap, objects, undergoer
from .undergoers import COMPLEMENTS as _COMPLEMENTS
from .undergoers import NOUN_POS as _NOUN_POS
from .undergoers import OBJECTS as _OBJECTS

_VERB_POS = frozenset({"VERB", "AUX"})
#: Nouns that only count or single out instances of the act of their "of" phrase: "an *act of*
#: violence", "*cases of* torture", "no *incident of* looting".
INSTANCE_HEADS = word_list("events.yaml", "instance_heads")
#: How a verb hangs under the act it serves: "imposed sanctions *to target*", "sanctions
#: *targeting* firms", "sanctions *that target* firms".
_UNDER = frozenset({"xcomp", "advcl", "acl", "relcl"})
#: Events whose doer may be the subject of the verb their phrase hangs on ("returned home
#: *after a visit* to Egypt"): meetings and visits one takes part in.
_ATTENDED = frozenset({"CONSULT"})
#: Prepositions of such a phrase.
_ATTENDED_PREPS = word_list("grammar.yaml", "attended_preps")
#: Pronouns that, as a complement's subject, take up the subject of the verb above it ("hope
#: *they* will return") or stand for no one ("it", "there").
_SUBJECT_PRONOUNS = word_list("grammar.yaml", "subject_pronouns")
#: Classes of the parties a wish may ask to act (``own_doer``).
_PARTIES = frozenset({"@human", "@police", "@military", "@armed", "@civilian"})


@dataclass(frozen=True, slots=True)
class Trigger:
    """A token naming an event (``head``) in the sense ``entry``; ``start``/``end`` are the
    character offsets of the trigger words; ``light`` is the verb carrying a nominal trigger."""

    head: Token
    entry: Entry
    start: int
    end: int
    light: Token | None = None

    @property
    def clause(self) -> Token:
        """The token whose clause the event sits in: the light verb, else the head."""
        return self.light if self.light is not None else self.head


def infinitive(verb: Token) -> Token | None:
    """The infinitive or clausal complement of a control verb ("threatened *to cut*"), also
    one the parser hangs as a purpose clause after a named object ("pressed [the French
    government] *to reverse*"; not "pressed the button to start")."""
    for c in verb.children:
        if c.dep_ in _COMPLEMENTS and c.pos_ in _VERB_POS and not free_relative(c):
            return c  # (not "stop [what it called] the shelling": the shelling is the object)
    for c in verb.children:
        if c.dep_ == "advcl" and c.pos_ in _VERB_POS and to_infinitive(c) and any(
                o.dep_ == "dobj" and verb.i < o.i < c.i and _names_someone(o)
                for o in verb.children):
            return c
    return None


def _names_someone(noun: Token) -> bool:
    """Whether the noun phrase of ``noun`` carries a name ("the *French* government",
    "*Hungary*")."""
    return bool(noun.ent_type_) or any(c.ent_type_ for c in noun.children)


def _particles(verb: Token) -> list[Token]:
    """The particles of ``verb``: its "prt" children; an adverb right after it ("stepped
    *down*") or right after its direct object, where English moves a particle past a short
    object ("sent two diplomats *home*"); the word right after it that the parser hung on its
    object as a modifier ("set *free* twelve hostages")."""
    ends = {verb.i, *(c.right_edge.i for c in verb.children if c.dep_ == "dobj")}
    found = [c for c in verb.children
             if c.dep_ == "prt" or (c.dep_ == "advmod" and c.i - 1 in ends)]
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is not None and after.dep_ == "amod" and after.head.dep_ == "dobj" \
            and after.head.head.i == verb.i:
        found.append(after)
    return found


def named(o: Token, words: frozenset[str], lexicon: Lexicon) -> bool:
    """Whether the object ``o`` is one of ``words``: its lemma or ``kinds`` ("the *head of
    mission*"), a phrase ending in it whose earlier words come just before it ("*war crimes*"),
    or of a class among them ("@human": "released *two shepherds*")."""
    lemmas = {o.lemma_.lower()}
    if o.tag_ in ("JJR", "RBR"):
        lemmas.add(o.lower_)  # "the *trawler*" read as a comparative, its lemma "trawl"
    if o.tag_ == "NNS" and o.lower_.endswith("ses"):
        lemmas.add(o.lower_[:-1])  # "bases": spaCy's lemma is basis, the word may be base
    if (lemmas | kinds(o)) & words or any(lexicon.is_a(o, kind) for kind in words & CLASSES):
        return True
    window = o.doc[max(0, o.i - 3):o.i]  # the words before, as lemmas or as written
    befores = ([t.lemma_.lower() for t in window], [t.lower_ for t in window])  # "*masked* men"
    return any(w.endswith(" " + lemma) and before[-len(w.split()) + 1:] == w.split()[:-1]
               for w in words if " " in w for lemma in lemmas for before in befores)


def _with_objects(verb: Token, children: list[Token]) -> list[Token]:
    """``children`` and those of the verb's objects, where the parser often hangs the
    phrase that goes with the verb ("accused [the governor *of corruption*]", "denied [entry
    *to the rapporteur*]")."""
    return children + [c for o in objects(verb) for c in o.children]


def _names(prep: Token, lemmas: frozenset[str], lexicon: Lexicon) -> bool:
    """Whether ``prep``'s object or a conjunct ("of *war crimes*", "out of *the deal*") is named."""
    heads = [c for p in (prep, *prep.children) if p is prep or (p.dep_, p.lower_) == ("prep", "of")
             for c in p.children if c.dep_ in ("pobj", "pcomp")]
    heads += [c for h in heads for c in h.conjuncts]
    return any(named(h, lemmas, lexicon) for h in heads)


def _subordinator(verb: Token, children: list[Token]) -> list[Token]:
    """The "for" of a for-to clause right after ``verb``, which the parser hangs on the
    clause, not on the verb ("called *for* [both sides to respect the truce]")."""
    return [m for c in children if c.dep_ in ("advcl", "ccomp") for m in c.children
            if m.dep_ == "mark" and m.i == verb.i + 1]


def _doers(verb: Token) -> list[Token]:
    """Who does ``verb``, as the parse shows it: its subject, or a coordinated verb's ("police
    closed roads and raised ..."), a predicate adjective's copula's ("she is *due* in Rome"),
    a gerund's in a phrase of the verb it hangs on ("held them before *letting* them go"),
    the by-agent of a passive, the lost subject of a misread past tense; of a complement
    with no subject of its own, the subject of the verb it completes when that verb has no
    object ("tanks were seen *heading* towards", "troops began *moving* in"); of a gerund
    describing a noun, the noun ("tanks *heading* towards the border")."""
    lost = lost_subject(verb)
    if lost is not None:
        return [lost]
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        return [verb.head]
    if verb.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
            and not any(c.dep_ == "dobj" for c in verb.head.children):
        return [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    up = verb.head.head if verb.dep_ == "pcomp" else verb.head  # "before *letting* them go"
    for v in [verb, up] if verb.dep_ in ("conj", "acomp", "pcomp") else [verb]:
        found = [c for c in v.children if c.dep_ in ("nsubj", "csubj")]
        found += [o for c in v.children if c.dep_ == "agent" for o in c.children
                  if o.dep_ == "pobj"]
        if found:
            return found
    return []


def _counted(nouns: list[Token]) -> list[Token]:
    """``nouns``, an amount standing for what it counts ("*thousands of refugees*")."""
    return [c for n in nouns for c in (contents(n, ("of",)) if n.lower_ in AMOUNTS
                                       else [n])] or nouns


def _alongside(verb: Token) -> list[Token]:
    """What ``verb`` goes with: the verbs it is coordinated with or hangs under, with their
    objects ("impose *sanctions* and target", "agreed to *sanction* and target"), the noun it
    describes ("*sanctions* targeting twelve firms", "*sanctions* that target"), and its
    subject ("new *sanctions* target the generals"); a coordinated clause with a subject of
    its own is another act ("Washington imposed sanctions, and militias targeted ...")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    near = [*(v for v in verb.conjuncts if not subjects or not any(
        c.dep_ == "nsubj" for c in v.children)), *subjects]
    if verb.dep_ in _UNDER or (verb.pos_ in _NOUN_POS and verb.dep_ in _OBJECTS):
        near.append(verb.head)  # ... and the verb whose object a noun is ("*made* an approach")
    return near + [o for v in near if v.pos_ in _VERB_POS for o in objects(v)]


class _Around:
    """What ``fits`` reads of the parse around ``token``, each part read at its first use
    and kept: ``sense`` tries a word's senses one after another, and each asks the same."""

    def __init__(self, token: Token, lexicon: Lexicon) -> None:
        self.token, self.lexicon = token, lexicon

    @cached_property
    def children(self) -> list[Token]:
        return list(self.token.children)

    @cached_property
    def particles(self) -> list[Token]:
        return _particles(self.token)

    @cached_property
    def with_objects(self) -> list[Token]:
        return _with_objects(self.token, self.children)

    @cached_property
    def subordinator(self) -> list[Token]:
        return _subordinator(self.token, self.children)

    @cached_property
    def objects(self) -> tuple[Token, ...]:
        """Its objects, predicates, what it furnishes and its "oprd" ("taken *hostage*")."""
        token = self.token
        return (*objects(token), *predicates(token), *furnished(token, self.lexicon),
                *(c for c in self.children if c.dep_ == "oprd"))

    @cached_property
    def alongside(self) -> list[Token]:
        return _alongside(self.token)

    @cached_property
    def sentence(self) -> list[Token]:
        return list(self.token.sent)

    @cached_property
    def infinitive(self) -> Token | None:
        return infinitive(self.token)


def fits(entry: Entry, token: Token, lexicon: Lexicon, undergoer: Token | None = None) -> bool:
    """Whether ``entry`` fits the parse of ``token`` (``undergoer``: a noun that counts as
    its object besides its own objects). A sense's phrase may hang on the verb's object, as
    the parser often hangs it, when the sense names that phrase's noun or the object itself
    ("put [front-line *units* on alert]")."""
    return _fits(entry, _Around(token, lexicon), undergoer)


def _fits(entry: Entry, around: _Around, undergoer: Token | None = None) -> bool:
    """``fits``, reading the parse through ``around``."""
    token, lexicon = around.token, around.lexicon
    if entry.prt and not any(c.lower_ == entry.prt for c in around.particles):
        return False
    if entry.prep and not (any(
            c.dep_ in ("prep", "agent", "dative") and c.lower_ == entry.prep
            and (not entry.pobj or _names(c, entry.pobj, lexicon))
            for c in (around.with_objects if entry.pobj or entry.obj
                      else around.children)) or (
            not entry.pobj and any(m.lower_ == entry.prep for m in around.subordinator))):
        return False
    if entry.obj and not any(named(o, entry.obj, lexicon) or (
            o.ent_type_ == "PERSON" and "president" in entry.obj)
            for o in (*around.objects, *([undergoer] if undergoer is not None else []))):
        return False  # a named person matches the lists of office holders ("received Putin")
    children = around.children
    if entry.undergone and not any(c.dep_ == "auxpass" for c in children) and (
            token.tag_ != "VBN" or any(c.dep_ == "aux" for c in children)):
        return False  # "has held the post", "police held them": not told as undergone
    if entry.subj:  # a noun's doer is its light verb's ("*police* carried out *searches*")
        doer = (_light_verb(token, lexicon) if entry.pos == "noun" else None) or token
        if not any(named(t, entry.subj, lexicon) for t in _counted(_doers(doer))):
            return False
    if entry.alongside and not any(
            named(t, entry.alongside, lexicon) or lexicon.lemma(t) in entry.alongside
            for t in around.alongside):
        return False
    if entry.sentence and not any(  # outside the trigger's own words ("a *drone* strike")
            t.i != token.i and not (t.head.i == token.i and t.dep_ in _MODIFIERS)
            and not (token.dep_ == "nsubj" and t.i == token.head.i)  # "the strike *killed*":
            and named(t, entry.sentence, lexicon) for t in around.sentence):  # that verb's act
        return False
    if entry.modifiers:
        mods = {c.lemma_.lower() for c in children if c.dep_ in ("compound", "amod", "nmod")}
        # and the words just before it, though they modify each other ("*war crimes* probe")
        before = token.doc[max(0, token.i - len(entry.modifiers)):token.i]
        mods |= {t.lemma_.lower() for t in [*before, *of_phrase(token)]}  # "note of protest"
        if not all(m in mods for m in entry.modifiers):
            return False
    if not entry.xcomp:
        return True
    act = around.infinitive
    return act is not None and (not entry.acts or act.lemma_.lower() in entry.acts) and not (
        entry.embeds == "future" and told_done(act)) and (
        not entry.other_doer or own_doer(token, act, lexicon))


def own_doer(verb: Token, act: Token, lexicon: Lexicon) -> bool:
    """Whether the complement ``act`` of ``verb`` names a doer apart from ``verb``'s subject,
    a party that can be asked to act: its own subject ("hopes that *Senegal* will lift",
    "wants *the king* to pardon"), or an object of ``verb`` before it ("wants *Kyiv* to
    ..."), a name or a person or body of people ("@human" and the force classes); not a
    pronoun that takes up the subject ("hope *they* will return"), nor a thing or an act
    ("hope *the talks* will resume", "*the rains* will come")."""
    doers = [c for c in act.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < act.i]
    doers += [o for o in verb.children if o.dep_ == "dobj" and o.i < act.i]
    return any(d.lower_ not in _SUBJECT_PRONOUNS and (
        d.pos_ in ("PROPN", "PRON") or named(d, _PARTIES, lexicon)) for d in doers)


def furnished(verb: Token, lexicon: Lexicon) -> list[Token]:
    """What a verb of furnishing gives in its "with" phrase ("provided Ukraine *with
    weapons*", "was supplied *with fuel*"): the verb's object is the recipient."""
    if not lexicon.cue("furnish_verbs", verb.lemma_.lower()):
        return []
    heads = [verb, *(o for o in verb.children if o.dep_ == "dobj")]  # or on the recipient
    found = [o for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
             for o in c.children if o.dep_ == "pobj"]
    return found + [c for o in found for c in o.conjuncts]



def sense(lexicon: Lexicon, token: Token) -> Entry | None:
    """The most specific lexicon sense of ``token`` that fits its parse, if any; a headline
    verb the parser read as a noun is looked up as the verb, and a noun it read as a verb
    as the noun."""
    around = _Around(token, lexicon)
    if misread_noun(token):
        return next((e for e in lexicon.senses("noun", lexicon.lemma(token))
                     if _fits(e, around)), None)
    if token.pos_ not in _VERB_POS and lost_subject(token) is not None:
        # a verb read as an adjective: only a sense naming its object ("relaxed censorship")
        verb = lexicon.past(token)
        return next((e for e in lexicon.senses("verb", verb or "") if e.obj
                     and _fits(e, around)), None)
    pos = "verb" if token.pos_ in _VERB_POS or headline_verb(token) else (
        "noun") if token.pos_ in _NOUN_POS else (
        "adj" if token.pos_ == "ADJ" else None)
    if pos is None:
        return None
    senses = lexicon.senses(pos, lexicon.lemma(token))
    found = next((e for e in senses if _fits(e, around)), None)
    # a misread clausal subject ("Troops *sent* ..."): its noun may be the only object
    noun = undergoer(token) or gap(token) if (found is not None and not found.obj) or (
        found is None and token.dep_ in ("csubj", "relcl", "acl", "ccomp")) else None
    if noun is None:
        return found
    return next((e for e in senses if e.obj and (
        found is None or e.specificity >= found.specificity)
                 and _fits(e, around, noun)), found)



def _span(head: Token, entry: Entry) -> tuple[int, int]:
    """Character span of the trigger words: the head, with an adjacent particle or the
    modifiers of a multi-word noun ("air strike")."""
    tokens = [head]
    if entry.prt:
        tokens += [c for c in _particles(head) if abs(c.i - head.i) <= 2]
    if entry.modifiers:
        tokens += [c for c in [*head.lefts, *of_phrase(head)] if c.lemma_.lower() in
                   entry.modifiers]
    first, last = min(tokens, key=lambda t: t.i), max(tokens, key=lambda t: t.i)
    if last.i - first.i > len(tokens) + 1:  # not contiguous: the head alone
        first = last = head
    return first.idx, last.idx + len(last.text)


def lone_nouns(doc: Doc, found: Sequence[Trigger], lexicon: Lexicon,
               wanted: Callable[[list[Entry]], bool]) -> Iterator[tuple[Token, list[Entry]]]:
    """The nouns of trigger words that no trigger of ``found`` reads (a sense that needs a
    phrase the noun stands without: "the round", "the closure"), whose noun senses
    ``wanted`` accepts, with those senses."""
    have = {t.head.i for t in found}
    for i in lexicon.find(doc, "triggers"):
        noun = doc[i]
        senses = lexicon.senses("noun", noun.lemma_.lower())
        if i not in have and noun.pos_ == "NOUN" and senses and wanted(senses):
            yield noun, senses


def find(doc: Doc, lexicon: Lexicon) -> list[Trigger]:
    """Every trigger in ``doc``, left to right."""
    out: list[Trigger] = []
    for i in lexicon.find(doc, "triggers"):
        token = doc[i]
        if token.dep_ == "compound" and token.head.lemma_.lower() not in EVENT_HEADS \
                and token.tag_ not in FINITE:
            continue  # a modifier, not an event: "*aid* workers", "*peace* talks"
        if token.pos_ == "PROPN" and token.ent_type_ in ("DATE", "TIME"):
            continue  # a name in a date: "in *March*"
        prefix = doc[i - 2] if i > 1 and doc[i - 1].text == "-" else None
        split = split_verb(prefix) if prefix is not None else None
        if prefix is not None and split is not None and split.i == i:
            # the verb stands in the prefix's place: "refused to re-export howitzers"
            entry = next((e for e in lexicon.senses("verb", lexicon.lemma(token))
                          if fits(e, prefix, lexicon)), None)
            if entry is not None:
                out.append(Trigger(prefix, entry, prefix.idx, token.idx + len(token.text)))
            continue
        entry = sense(lexicon, token)
        if entry is None:
            continue
        light = None
        if entry.pos == "noun":
            light = _light_verb(token, lexicon) or _attended(token, entry, lexicon)
        start, end = _span(token, entry)
        out.append(Trigger(token, entry, start, end, light))
    return out


def standing(noun: Token) -> Token:
    """The noun that stands for the act noun ``noun`` in its clause: the head it is a compound
    of ("launched a *mediation* effort"), or the noun that singles out an instance of it ("no
    *act* of violence was committed"), else itself."""
    if noun.dep_ == "compound" and noun.head.lemma_.lower() in EVENT_HEADS:
        return noun.head
    of = noun.head
    if noun.dep_ == "pobj" and of.lower_ == "of" and of.dep_ == "prep" \
            and of.head.lemma_.lower() in INSTANCE_HEADS:
        return of.head
    return noun


def _light_verb(noun: Token, lexicon: Lexicon) -> Token | None:
    """The light verb whose object ``noun`` is ("held *talks*", "staged a *protest*", "went
    *on strike*"). A verb with an object of its own does not carry the noun of its "on" or
    "into" phrase, which is that object's topic the parse hung on the verb ("opened an
    investigation *into the kidnapping*": the kidnapping is not the prosecutor's)."""
    head = standing(noun)
    while head.dep_ == "conj":
        head = head.head
    verb = None
    if head.dep_ in _OBJECTS or head.dep_ == "nsubjpass":
        verb = head.head
    elif head.dep_ == "pobj" and head.head.lower_ in ("on", "into") and not any(
            c.dep_ in _OBJECTS for c in head.head.head.children):
        verb = head.head.head
    if (verb is not None and verb.pos_ in _VERB_POS
            and lexicon.lemma(verb) in lexicon.light_verbs):
        return verb
    return None


def _attended(noun: Token, entry: Entry, lexicon: Lexicon) -> Token | None:
    """The verb whose subject takes part in the meeting or visit ``noun``, carried as its
    object or in an "after"/"during"/"from" phrase ("*wrapped up* a visit to Hanoi",
    "*returned* home after a visit to Egypt", "*flew* home from talks with Putin"): a verb of
    ``attended_verbs``, when the noun names whom (a "to"/"with" phrase) and no owner of its
    own ("returned after *his* visit" is his already)."""
    if entry.type not in _ATTENDED or not any(
            c.dep_ == "prep" and c.lower_ in ("to", "with") for c in noun.children) or any(
            c.dep_ == "poss" for c in noun.children):
        return None
    verb = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ in _ATTENDED_PREPS:
        verb = noun.head.head
    elif noun.dep_ not in _OBJECTS:
        return None
    return verb if verb.pos_ in _VERB_POS and lexicon.lemma(verb) in lexicon.attended_verbs \
        else None
