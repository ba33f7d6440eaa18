"""The event lexicon: our trigger table and modality cues, loaded once.

In: ``data/event_triggers.yaml`` (verbs, nouns and adjectives → PLOVER type, CAMEO code, mode,
context; particles, prepositions and objects that select a sense; what a complement's modality
becomes) and ``data/modality.yaml`` (report, belief, denial verbs; modals; negations; hedges).
Out: a ``Lexicon`` indexed by lemma, asked by the trigger finder and the modality reader.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.attrs import LEMMA, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from ..actors.dictionary import get as actor_dictionary
from ..actors.dictionary import load_yaml
from ..records import MODALITIES, PLOVER_TYPES
from .phrasings import of_phrase

#: PLOVER types of cooperative acts: announced for the future they are AGREE (PLOVER manual).
COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "AGREE"})
#: Concessions: announced for the future they are CONCEDE.
CONCESSIONS = frozenset({"RETREAT", "CONCEDE"})
#: Hostile acts: announced for the future they are THREATEN.
HOSTILE = frozenset({"SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "REJECT", "THREATEN"})
#: Types of verbal acts: words someone says ("proposal", "demand", "promised", "urged").
SAID = frozenset({"AGREE", "REQUEST", "SUPPORT", "ACCUSE", "REJECT", "THREATEN", "CONCEDE"})
#: Classes an ``obj``/``pobj``/``subj`` may name besides words: "@human", any person (CAMEO's
#: "release person(s)"); "@suspect", a person wanted for a crime (CAMEO's "extradite");
#: "@place", a named place ("flew into *Riyadh*"); and the forces of a sector of the actor
#: dictionary, "@police" and "@military" (CAMEO's "police alert status" vs "military"), and
#: "@armed", armed men outside the state (insurgents, rebels, unnamed gunmen, gangs and
#: kidnappers: who abducts, where the police would arrest), and "@civilian", civilians
#: (protesters, residents, workers, farmers: who block a wharf protest).
CLASSES = frozenset({"@human", "@suspect", "@place", "@police", "@military", "@armed",
                     "@civilian"})
#: Sectors of civilians (the actor dictionary's): protesters, residents, workers, students,
#: farmers, doctors.
CIVIL_SECTORS = frozenset({"CVL", "LAB", "EDU", "AGR", "HLH"})
#: Force classes by the actor dictionary sectors of their nouns and titles.
_SECTORS = {"@police": frozenset({"COP"}), "@military": frozenset({"MIL"}),
            "@armed": frozenset({"INS", "REB", "UAF", "CRM"}), "@civilian": CIVIL_SECTORS,
            "@business": frozenset({"BUS"})}
_PERSON_ENTITIES = frozenset({"PERSON", "NORP"})  # "released *Floderus*", "*Ukrainians*"
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


@dataclass(frozen=True, slots=True)
class Entry:
    """One trigger sense: a lemma (with what selects this sense) and how it is coded."""

    pos: str  # "verb", "noun" or "adj"
    lemma: str  # the head word's lemma
    modifiers: tuple[str, ...]  # lemmas that must modify a nominal head ("air" in "air strike")
    type: str | None  # PLOVER type; None for words that only set a complement's modality
    cameo: str | None
    mode: str | None = None
    context: tuple[str, ...] = ()
    prt: str | None = None
    prep: str | None = None
    obj: frozenset[str] = frozenset()
    pobj: frozenset[str] = frozenset()  # lemmas of the object of ``prep`` ("accused *of* graft")
    xcomp: bool = False
    acts: frozenset[str] = frozenset()  # lemmas of the infinitive ("urged ... to *surrender*")
    #: the infinitive or clause names a doer of its own, apart from the verb's subject
    #: ("wants *Berlin* to deliver", "hopes that *Senegal* will lift"; not "wants to visit")
    other_doer: bool = False
    subj: frozenset[str] = frozenset()  # what the subject must be ("@police" raised its alert)
    #: lemmas of an act the verb goes with: one it is coordinated with or hangs under, that
    #: verb's object, its subject ("impose *sanctions* and target the commanders")
    alongside: frozenset[str] = frozenset()
    #: lemmas (or a phrase, or a class) one of which the trigger's sentence must hold besides
    #: the trigger: what tells a word's sense where its phrase does not ("villagers *survived*
    #: the strike": of force; "the strike over *wages*": of labour)
    sentence: frozenset[str] = frozenset()
    embeds: str | None = None  # modality of the event in the complement
    of: str = "target"  # an "of" phrase of a nominal trigger: "target" or "source"
    #: the subject receives what the act gives, its giver the "from" phrase ("Mali
    #: *acquired* drones from Turkey": Turkey's military aid to Mali)
    received: bool = False
    #: the object must be told as undergoing the act: a passive's subject or the noun a
    #: participle describes ("the students *held* at the rally"), not an active verb's object
    undergone: bool = False

    @property
    def specificity(self) -> float:
        # an object of several words ("rubber bullet") says more than one word ("bullet");
        # a word somewhere in the sentence says less than any word of the trigger's phrase
        # ("a *missile* strike that killed seven" is a missile strike)
        return (0.5 * bool(self.sentence) + 2 * bool(self.obj) + any(" " in w for w in self.obj)
                + 2 * bool(self.pobj)
                + bool(self.prt) + bool(self.prep)
                + len(self.modifiers) + bool(self.xcomp) + 2 * bool(self.acts)
                + bool(self.other_doer)
                + 2 * bool(self.subj) + 2 * bool(self.alongside))


#: The key of a document's word hashes in its ``user_data`` (``words``).
WORDS = "actorgraph.words"


def words(doc: Doc, attr: int) -> tuple[list[int], frozenset[int]]:
    """The ``attr`` hashes of the words of ``doc``, in order and as a set: read once per
    document and kept in its ``user_data``, as ``Lexicon.find`` asks for them a dozen times
    per document."""
    kept = doc.user_data.get(WORDS)
    if kept is None:
        kept = doc.user_data[WORDS] = {}
    found = kept.get(attr)
    if found is None:
        hashes = doc.to_array(attr).tolist()
        found = kept[attr] = (hashes, frozenset(hashes))
    return found


class Lexicon:
    """Trigger entries by (part of speech, lemma), and the modality cue sets."""

    def __init__(self) -> None:
        table = load_yaml("event_triggers.yaml")
        self.light_verbs: frozenset[str] = frozenset(table.get("light_verbs") or ())
        #: verbs whose subject takes part in the meeting or visit they end, begin or return
        #: from ("wrapped up a visit", "returned home after talks")
        self.attended_verbs: frozenset[str] = frozenset(table.get("attended_verbs") or ())
        #: types whose happenings a noun may point to with no actor of its own ("since the
        #: truce", "condemned the raid"): ``references``
        self.referable: frozenset[str] = frozenset(table.get("referable") or ())
        #: types of a definite subject that names a known event with nothing before it
        #: ("the truce has been in force"): ``references``
        self.unhanded_subjects: frozenset[str] = frozenset(table.get("unhanded_subjects") or ())
        #: forms whose spaCy lemma is another word's ("raped" -> rap): form -> its lemma
        self.forms: dict[str, str] = {str(k).lower(): str(v).lower()
                                      for k, v in (table.get("forms") or {}).items()}
        #: speech act type -> CAMEO code of the act it is about (a prefix) -> (code, mode)
        self.content: dict[str, dict[str, tuple[str, str | None]]] = {
            kind: {str(k): (str(v[0]), v[1] if len(v) > 1 else None) for k, v in codes.items()}
            for kind, codes in (table.get("content") or {}).items()}
        eased = table.get("eased") or {}
        #: CAMEO code of a hostile act (a prefix) -> the code of easing or ending it
        self.eased: dict[str, str] = {str(k): str(v) for k, v in
                                      (eased.get("codes") or {}).items()}
        self.enders: frozenset[str] = frozenset(eased.get("enders") or ())
        #: units and containers whose "of" phrase is what is moved ("300 *tonnes* of food")
        self.quantities: frozenset[str] = frozenset(table.get("quantities") or ())
        #: parts that stand for the thing their compound names ("drone *engines*")
        self.parts: frozenset[str] = frozenset(table.get("parts") or ())
        #: person nouns besides the actor nouns and titles of the actor dictionary
        self.people: frozenset[str] = frozenset(table.get("people") or ())
        #: nouns of wanted persons, and lemmas of the adjectives that make one ("a *suspected*
        #: ETA leader")
        self.suspects: frozenset[str] = frozenset(table.get("suspects") or ())
        self.entries: dict[tuple[str, str], list[Entry]] = {}
        for raw in [*(table.get("triggers") or ()), *_framed(table.get("frames") or ())]:
            entry = _entry(raw)
            self.entries.setdefault((entry.pos, entry.lemma), []).append(entry)
        #: regular past forms of the verbs with an object sense -> the verb ("relaxed": relax),
        #: for a past-tense verb the parser misread as an adjective ("Vietnam *relaxed*
        #: censorship"); irregular ones come from ``forms``
        self.past_forms: dict[str, str] = {
            form: lemma for (pos, lemma), senses in self.entries.items()
            if pos == "verb" and any(e.obj for e in senses) for form in _past(lemma)}
        for senses in self.entries.values():
            senses.sort(key=lambda e: -e.specificity)  # stable: file order among equals
        cues = load_yaml("modality.yaml")
        for kind, words in cues.items():
            if not all(isinstance(w, str) for w in words):  # YAML reads a bare no as False
                raise ValueError(f"modality.yaml: {kind} has a non-word; quote it: {words}")
        self.cues: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in cues.items()}

    @functools.cached_property
    def _hashes(self) -> dict[str, frozenset[int]]:
        words = {"triggers": {lemma for _, lemma in self.entries},
                 "forms": {*self.forms, *self.past_forms}}
        words.update(self.cues)
        return {kind: frozenset(get_string_id(v) for w in ws
                                for v in (w, w.capitalize(), w.upper()))
                for kind, ws in words.items()}

    def find(self, doc: Doc, kind: str, attr: int = LEMMA) -> list[int]:
        """Indices of the tokens of ``doc`` whose lemma (or ``attr``) is a word of ``kind``
        ("triggers" or a cue list), from one array of hashes instead of Token objects."""
        if not len(doc):
            return []
        hashes, present = words(doc, attr)
        wanted = present & self._hashes[kind]
        found = [i for i, h in enumerate(hashes) if h in wanted] if wanted else []
        if kind == "triggers" and self.forms:  # "raped", whose lemma is not "rape"
            found = sorted({*found, *self.find(doc, "forms", LOWER)})
        return found

    def find_any(self, doc: Doc, kinds: Iterable[str]) -> list[int]:
        """Indices of the tokens of ``doc`` whose lemma is a word of any of the cue lists
        ``kinds``, from one array of hashes (as ``find``)."""
        if not len(doc):
            return []
        hashes, present = words(doc, LEMMA)
        wanted = frozenset().union(*(present & self._hashes[k] for k in kinds))
        return [i for i, h in enumerate(hashes) if h in wanted] if wanted else []

    def lemma(self, token: Token) -> str:
        """The lowercase lemma of ``token``, read from its form where spaCy's is another
        word's ("raped": rape, not rap)."""
        return self.forms.get(token.lower_) or token.lemma_.lower()

    def past(self, token: Token) -> str | None:
        """The verb whose past form ``token`` is ("relaxed": relax; "raped": rape), if the
        verb has a sense with an object."""
        lemma = self.forms.get(token.lower_) or self.past_forms.get(token.lower_)
        return lemma if lemma is not None and self.entries.get(("verb", lemma)) else None

    @functools.cached_property
    def _human_words(self) -> frozenset[str]:
        actors = actor_dictionary()
        pronouns = {p for p, (number, gender) in actors.pronouns.items()
                    if gender in ("m", "f") or number == "pl"}
        return frozenset({*self.people, *actors.nouns, *actors.titles, *pronouns})

    def is_a(self, token: Token, kind: str) -> bool:
        """Whether the noun ``token`` is of the class ``kind``: "@human" (a person's or a
        people's name, a person noun or title, a personal pronoun: "two *shepherds*", "a
        French aid *worker*"), "@suspect" (a suspect noun, or a person called suspected,
        wanted or a suspect: "a *suspected* ETA leader"), "@place" (a named place), "@police",
        "@military", "@armed", "@civilian" or "@business" (a noun or title of those sectors,
        itself or its compound modifier: "the *gendarmerie*", "the *police* service", "the
        *army*", "*gunmen*", "*fishermen*", "the *company*")."""
        if kind in _SECTORS:
            actors, sectors = actor_dictionary(), _SECTORS[kind]
            # ... or the noun with the modifier just before it: "*security forces*",
            # "*armed men*"
            before = token.doc[token.i - 1] if token.i else None
            phrase = [f"{before.lower_} {token.lower_}"] if before is not None and \
                before.head.i == token.i and before.dep_ in ("compound", "amod") else []
            return any(getattr(actors.noun(w) or actors.title(w), "sector", None) in sectors
                       for w in (*phrase, *(v for t in (token, *(
                           c for c in token.children if c.dep_ == "compound"))
                           for v in (t.lower_, t.lemma_.lower()))))
        if kind == "@suspect":  # ... or "murder *suspect* John Kamau"
            return token.lemma_.lower() in self.suspects or any(
                c.dep_ in ("amod", "compound") and c.lemma_.lower() in self.suspects
                for c in token.children)
        if kind == "@human":
            return token.ent_type_ in _PERSON_ENTITIES or token.lemma_.lower() in \
                self._human_words or token.lower_ in self._human_words
        return kind == "@place" and token.ent_type_ in _PLACE_ENTITIES

    def senses(self, pos: str, lemma: str) -> list[Entry]:
        return self.entries.get((pos, lemma), [])

    def cue(self, kind: str, word: str) -> bool:
        return word in self.cues[kind]


def with_objects(verb: Token) -> list[str]:
    """``verb``'s lemma with each of its direct objects, as one phrase ("take place", "take
    part"): how a verb + noun idiom of a word list is looked up."""
    lemma = verb.lemma_.lower()
    return [f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "dobj"]


def kinds(noun: Token) -> set[str]:
    """What a list may call the object ``noun`` besides its lemma: its lemma with the object
    of an "of" phrase ("the *head of mission*": head of mission), and for a name the nouns
    that say what it names ("the tabloid *Vessa Danas*", "*Ambassador* Ivo Tarr", "Ivo Tarr,
    *a first secretary* at the embassy", "Ivo Tarr, the embassy's *military attache*")."""
    lemma = noun.lemma_.lower()
    found = {f"{lemma} of {c.lemma_.lower()}" for c in of_phrase(noun)}
    if noun.pos_ == "PROPN":
        found |= {c.lemma_.lower() for c in noun.children
                  if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i}
        for office in (c for c in noun.children if c.dep_ == "appos" and c.pos_ == "NOUN"):
            mods = [t.lemma_.lower() for t in office.lefts if t.dep_ in ("compound", "amod")]
            found |= {office.lemma_.lower(), " ".join([*mods[-1:], office.lemma_.lower()])}
    return found


def _entry(raw: dict) -> Entry:
    pos = next((p for p in ("verb", "noun", "adj") if p in raw), None)
    if pos is None:
        raise ValueError(f"event_triggers.yaml: entry without verb/noun/adj: {raw}")
    words = str(raw[pos]).lower().split()
    kind = raw.get("type")
    if kind is not None and kind not in PLOVER_TYPES:
        raise ValueError(f"event_triggers.yaml: unknown type {kind!r} in {raw}")
    if kind is not None and raw.get("cameo") is None:
        raise ValueError(f"event_triggers.yaml: coded entry without a CAMEO code: {raw}")
    embeds = raw.get("embeds")
    if embeds is not None and embeds not in MODALITIES:
        raise ValueError(f"event_triggers.yaml: unknown modality {embeds!r} in {raw}")
    obj = raw.get("obj") or ()
    pobj = raw.get("pobj") or ()
    subj = raw.get("subj") or ()
    bare = [k for k in ("prt", "prep") if k in raw and not isinstance(raw[k], str)]
    if bare:  # YAML reads a bare on, off, yes or no as a boolean
        raise ValueError(f"event_triggers.yaml: quote the {bare} word in {raw}")
    if pobj and not raw.get("prep"):
        raise ValueError(f"event_triggers.yaml: pobj without its prep: {raw}")
    sentence = raw.get("sentence") or ()
    unknown = [w for w in (*_words(obj), *_words(pobj), *_words(subj), *_words(sentence))
               if w.startswith("@") and w not in CLASSES]
    if unknown:
        raise ValueError(f"event_triggers.yaml: unknown class {unknown} in {raw}; "
                         f"classes are {sorted(CLASSES)}")
    return Entry(
        pos=pos, lemma=words[-1], modifiers=tuple(words[:-1]), type=kind,
        cameo=str(raw["cameo"]) if raw.get("cameo") is not None else None,
        mode=raw.get("mode"), context=tuple(raw.get("context") or ()),
        prt=raw.get("prt"), prep=raw.get("prep"),
        obj=frozenset(_words(obj)), pobj=frozenset(_words(pobj)), subj=frozenset(_words(subj)),
        alongside=frozenset(_words(raw.get("alongside") or ())),
        sentence=frozenset(_words(sentence)),
        xcomp=bool(raw.get("xcomp")), embeds=embeds, of=raw.get("of") or "target",
        received=bool(raw.get("received")), undergone=bool(raw.get("undergone")),
        acts=frozenset(raw["xcomp"]) if isinstance(raw.get("xcomp"), list) else frozenset(),
        other_doer=bool(raw.get("other_doer")),
    )


def _framed(frames: Iterable[dict]) -> Iterator[dict]:
    """The trigger entries a frame stands for: one per verb of its ``verbs`` and per word of
    its ``prep`` and of its ``prt`` (each a word or a list), with the frame's other keys."""
    for frame in frames:
        rest = {k: v for k, v in frame.items() if k not in ("verbs", "prep", "prt")}
        links = [(k, w) for k in ("prep", "prt") for w in _words(frame.get(k) or ())] or [None]
        for verb in frame["verbs"]:
            for link in links:
                yield {"verb": verb, **rest, **(dict([link]) if link else {})}


def _past(lemma: str) -> list[str]:
    """Regular past forms of the verb ``lemma``: "relax" relaxed, "ease" eased, "ban"
    banned, "loosen" loosened, "forgive" forgiven (a few are no word; never asked of one
    that is not misread)."""
    if " " in lemma or not lemma.isalpha():
        return []
    if lemma.endswith("e"):
        return [lemma + "d", lemma + "n"]
    out = [lemma + "ed", lemma + "en"]
    if len(lemma) > 2 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" \
            and lemma[-3] not in "aeiou":
        out.append(lemma + lemma[-1] + "ed")  # "ban": banned
    return out


def _words(value: str | list | tuple) -> list[str]:
    """An ``obj``/``pobj`` value as a list of words: one word, or a list of words and of
    object classes (the lists of ``objects``, named by their YAML aliases: ``[*envoys,
    staff]``), a class standing for its words."""
    if isinstance(value, str):
        return [value]
    return [w for v in value for w in _words(v)]


@functools.cache
def get() -> Lexicon:
    """The lexicon, loaded once per process."""
    return Lexicon()
