"""Rule-based coreference: pronouns and role descriptions to the actors they stand for.

In: candidates already grouped into actors (``Candidate.group`` set for names and nominal
actors), the parse. Out: ``group`` set on the pronouns and descriptions that resolve.

Pronouns go to the nearest compatible antecedent within three sentences, preferring
subjects: number (he/she/it vs they), gender (from titles and first names, where known) and
kind (he/she → a person; it → an organisation, group or country); "they" goes to a plural
body of its sentence or the one before first ("firms", "rebels"), then to an organisation;
never to what ``disjoint`` rules out, nor to the venue of an act ("met Fiona Marsh *at
Parliament House* ... their talks": ``_venue``). In a quotation "we", "us", "our" are the
speaker's side (the body or state a person saying them is named with: "the mayor *of
Kharkiv*"), or, for a
speaker who names none, the state of the place the quotation says someone *came to* ("come"
moves toward the speaker: ``_come_to``); third-person
pronouns look for antecedents on their own side of the quote marks. A description ("the
general", "the Russian columnist") goes to the most recent actor holding a matching role, but
one whose words name an office beyond the bare title ("the *interior* minister", "the
*executive* secretary") never to someone who holds only other such offices ("Prime Minister
Rusu"); "he"/"she" subject of what such an office no one named reports is that office, an
actor of its own ("The interior minister said *she* had ordered ...": ``_unnamed_speaker``).
Whoever only reported an act in a sentence before is not who a pronoun subject doing another
act stands for ("Russian forces shelled Vorsk, officials said. The governor said *they* hit a
school"), but is who one speaking again does ("*They* accused Moscow ...": ``verbal_acts``).
The subject of a condition set on an act done to another ("Turkey will attack the YPG unless
*it* withdraws", "warned Washington of a response if *it* struck") is that other party, the
one the condition is put to, not the doer: a threat's condition is the threatened party's to
meet; a passive or a state ("if it is attacked", "if it feels threatened") stays the doer's.
A pronoun subject of a clause coordinated with a reporting verb after the reported clause
("*Paraguay* said Brazil had closed the border, and *it* recalled its ambassador") is the
speaker, not the reported clause's subject (``parties._reporting_doer``).
"Its"/"their" on an office, a body or a state's noun ("its prime minister", "its army", "its
territory") in the reason for an act done to another ("rebuked *Hungary* over the trip of its
prime minister") is that other's; on the object of an act another is charged with or asked
to do ("accused *Eritrea* of sending its troops", "urged *Niger* to rein in its army"), that
other's. Not when the noun is what is harmed ("accused Ukraine of shelling its territory",
"over the detention of its citizens"): the one harmed is the complainant, found as any
pronoun is. What the subject does with its own ("recalled its ambassador") stays its own.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from .. import nlp
from ..speech.marks import quote_spans
from . import binding, collectives, dictionary, disjoint
from .collectives import refers_to
from .mentions import Candidate
from .parties import PartyRules, harmer
from .tables import word_list

MAX_SENTENCES = 3
#: Role nouns that describe the same office ("the envoy" for "a representative").
_SYNONYMS = {"envoy": "representative", "emissary": "representative",
             "representative": "representative", "premier": "prime minister",
             "pm": "prime minister", "spokeswoman": "spokesman",
             "spokesperson": "spokesman",
             # whoever heads an organisation: "the WHO chief" for its director-general
             "chief": "head", "head": "head", "leader": "head", "director-general": "head",
             "commander": "head",
             "secretary-general": "head", "director": "head", "chairman": "head",
             "chairwoman": "head", "chair": "head"}
#: First persons plural, and the kinds of side a person saying them may speak for.
_WE = word_list("grammar.yaml", "we_pronouns")
_SIDES = frozenset({"ORG", "COUNTRY", "GROUP"})
#: The verb of a move toward whoever speaks ("came to Ankara": the speaker is there).
_COME = frozenset({"come"})


def _office(title: str) -> str:
    """The office ``title`` names, lowercased ("premier": prime minister)."""
    found = dictionary.get().title(title)
    return found.office.lower() if found else title.lower()


def _word(title: str) -> str:
    """The word a description uses for a title ("secretary" for "Secretary of State")."""
    head = title.lower().split(" of ")[0]
    last = head.split()[-1] if head.split() else ""
    return _SYNONYMS.get(title.lower(), _SYNONYMS.get(last, last))


class Resolver(PartyRules):
    def __init__(self, doc: Doc, candidates: list[Candidate]) -> None:
        self.doc = doc
        self.candidates = candidates
        self.quotes = quote_spans(nlp.text_of(doc), nlp.paragraph_ends(doc))
        self.group_kind: dict[int, str | None] = {}
        self.group_gender: dict[int, str | None] = {}
        self.group_roles: dict[int, set[str]] = {}
        self.group_offices: dict[int, set[str]] = {}  # the offices held, whole
        self.group_country: dict[int, str | None] = {}
        self.group_sector: dict[int, str | None] = {}
        self.group_plural: dict[int, bool] = {}
        self.group_people: dict[int, bool] = {}  # a country named by its people: "Libyans"
        for c in candidates:
            if c.group < 0 or c.is_reference:
                continue
            g = c.group
            if c.kind == "PERSON" or g not in self.group_kind:
                self.group_kind[g] = c.kind
            self.group_gender[g] = self.group_gender.get(g) or c.gender
            self.group_country[g] = self.group_country.get(g) or c.country
            self.group_sector[g] = self.group_sector.get(g) or c.sector
            # A country stays "it" even when its people ("the Russians") are named, and an
            # organisation when its members are ("RSF fighters": "its fighters").
            self.group_plural[g] = self.group_plural.get(g, False) or (
                c.plural and c.kind != "COUNTRY" and c.part_of is None)
            self.group_people[g] = self.group_people.get(g, False) or (
                c.plural and c.kind == "COUNTRY")
            self.group_roles.setdefault(g, set()).update(_word(r.title) for r in c.roles)
            self.group_offices.setdefault(g, set()).update(_office(r.title) for r in c.roles)
            if c.title:  # "Ghana's president": an unnamed holder's own title
                self.group_roles[g].add(_word(c.title))
                self.group_offices[g].add(_office(c.title))
        self.next_group = max((c.group for c in candidates), default=-1) + 1
        self.alone: set[int] = set()  # placed descriptions standing for themselves
        #: (pronoun, the unresolved office description reporting what the pronoun does)
        self.spoken_by: list[tuple[Candidate, Candidate]] = []

    def _quote_of(self, pos: int) -> tuple[int, int] | None:
        return next(((s, e) for s, e in self.quotes if s <= pos < e), None)

    def run(self) -> None:
        for i, c in enumerate(self.candidates):
            if c.group >= 0 or (c.label == "PRON" and c.number == "first"):
                continue
            if c.label == "PRON":
                c.group = self._pronoun(i, c)
            elif c.label == "DESC":
                c.group = self._description(i, c)
                if c.group < 0 and c.country and c.title and c.kind == "PERSON":
                    self._stand_alone(c)
                elif c.group < 0 and c.country and c.kind == "GROUP":
                    self._own_body(c)
        # "we" last: its speaker may be a pronoun after it ("'We condemn it,' *it* said")
        for c in self.candidates:
            if c.group < 0 and c.label == "PRON" and c.number == "first":
                c.group = self._speaker(c)

    def _stand_alone(self, c: Candidate) -> None:
        """Make ``c``, a placed description no one before holds ("the Kazakh president"),
        an actor of its own (as ``local`` makes every such one), so that a later "the
        president" may stand for it (a pronoun still may not: ``_compatible``)."""
        g = c.group = self.next_group
        self.alone.add(g)
        self.next_group += 1
        c.label = "NOUN"
        self.group_kind[g], self.group_gender[g] = c.kind, c.gender
        self.group_country[g], self.group_sector[g] = c.country, c.sector
        self.group_plural[g] = self.group_people[g] = False
        self.group_roles[g] = {_word(c.title or "")}
        self.group_offices[g] = {_office(c.title or "")}

    def _own_body(self, c: Candidate) -> None:
        """Make ``c``, a body description of a country no body before is ("the Ugandan rebel
        group" after the Congolese M23), an actor of its own that a later "it" or "its" may
        stand for."""
        g = c.group = self.next_group
        self.next_group += 1
        c.label = "NOUN"
        self.group_kind[g], self.group_gender[g] = c.kind, None
        self.group_country[g], self.group_sector[g] = c.country, c.sector
        self.group_plural[g] = self.group_people[g] = False
        self.group_roles[g], self.group_offices[g] = set(), set()

    def _compatible(self, c: Candidate, g: int) -> bool:
        if g in self.alone and self.doc[c.head].dep_ == "poss":
            return False  # tried: "his" for "the Egyptian minister" moved events' targets
        kind = self.group_kind.get(g)
        if c.number == "sg" and c.gender in ("m", "f"):
            gender = self.group_gender.get(g)
            return kind == "PERSON" and gender in (None, c.gender)
        if c.number == "sg":  # it, its
            return kind in ("ORG", "COUNTRY", "GROUP") and not self.group_plural.get(g)
        # they, their: a plural group, an organisation, or a country through its people
        return kind in ("ORG", "GROUP") or bool(self.group_plural.get(g)) or (
            kind == "COUNTRY" and self.group_people.get(g, False))

    def _pronoun(self, i: int, c: Candidate) -> int:
        if c.number == "first":
            return self._speaker(c)
        quote = self._quote_of(c.start)
        if c.number == "pl":
            plural = self._plural(i, c, quote)
            if plural is not None:
                return plural
        put_to = self._condition_party(i, c, quote)
        if put_to >= 0:
            return put_to
        owner = self._other_owner(i, c, quote)
        if owner >= 0:
            return owner
        told = self._reporting_doer(i, c, quote)
        if told >= 0:
            return told
        office = self._unnamed_speaker(i, c)
        if office is not None and self._qualified_office(office) is not None:
            # "the interior minister said *she* ...": its actor is made after resolution
            # (``local``); not "the embattled president", which may be the one named before
            self.spoken_by.append((c, office))
            return -1
        speaker, aside = self._reporter(i, c, quote)
        best, best_score, tier = -1, None, []
        pron = self.doc[c.head]
        doer = self._object_doer(pron, c, quote)
        for j in range(i - 1, -1, -1):
            a = self.candidates[j]
            distance = c.sent - a.sent
            if distance > MAX_SENTENCES:
                break
            if a.group < 0 or (a.is_reference and a.label == "PRON") or a.end > c.start:
                continue  # not a phrase the pronoun is part of ("their forces")
            if self._quote_of(a.start) != quote or not self._compatible(c, a.group) \
                    or (a.head in aside and a.group != speaker):
                continue  # "X, which *the army* has fought, said its fighters ...": X's
            token = self.doc[a.head]
            if a.group == doer or disjoint.partner(pron, token) or (
                    self.group_kind.get(a.group) == "ORG" and _venue(token)):
                continue
            subject = token.dep_ in ("nsubj", "nsubjpass") or (
                token.dep_ == "appos" and token.head.dep_ in ("nsubj", "nsubjpass"))
            if c.gender == "n" and (distance > 1 or (not subject and token.dep_ != (
                    "poss" if c.text.lower() == "its" else "dobj"))):
                continue  # "it" is often an event or an idea: only a near actor argument
            if c.gender == "n" and c.number == "sg" and any(
                    not (m.left_edge.i <= pron.i <= m.right_edge.i) for m in token.conjuncts):
                continue  # "Rwanda and Congo signed a truce. *It* ...": not one of them
                # (but "the RSF and *its* fighters": its own phrase is no other member)
            # "they/their" after a plural body in this sentence or the last ("six firms
            # ... froze *their* assets"): that body, before a singular organisation
            plural = c.number == "pl" and distance <= 1 and bool(self.group_plural.get(a.group))
            # whoever only reported an act in a sentence before is not who a pronoun subject
            # doing one stands for ("Russian forces shelled Vorsk, *officials* said. The
            # governor said *they* hit a school"), but is who one speaking again does ("...
            # *They* accused Moscow ...")
            voice = subject and (distance == 0 or pron.dep_ not in ("nsubj", "nsubjpass")
                                 or self._reports(token) == self._reports(pron, "verbal_acts"))
            score = (plural, -distance, subject, voice, a.start)
            tier.append((score[:2], a))
            if best_score is None or score > best_score:
                best, best_score = a.group, score
        if c.text.lower() == "they" and best_score and best_score[0] and any(
                disjoint.rivals(self.doc, a, b, self.group_country, self.group_plural)
                for key, a in tier if key == best_score[:2]
                for key2, b in tier if key2 == key):
            return -1  # two plural sides of one act before it: either may be meant
        return best if best >= 0 else speaker

    def _object_doer(self, pron: Token, c: Candidate, quote: tuple[int, int] | None) -> int:
        """The group of whoever does the act a singular object pronoun is the object of
        ("Kenya expelled the envoy, accusing *him*": not Kenya; ``binding.controllers``),
        or the subject of the act of harm whose object a possessive "its"/"their" owns
        (``parties.harmer``: "the government said al-Shabaab attacked *its* troops": not
        al-Shabaab; no one harms their own), which the pronoun cannot stand for; -1 for a
        subject, another possessive or a reflexive."""
        harming = harmer(pron) if pron.dep_ == "poss" else None
        if harming is not None:
            return self._doer_group((harming,), c)
        if c.number != "sg" or pron.dep_ in binding.SUBJECTS or pron.dep_ == "poss" \
                or pron.lower_.endswith("self"):
            return -1
        return self._doer_group(binding.controllers(pron), c)

    def _doer_group(self, doers: Iterable[Token], c: Candidate) -> int:
        """The group of the first of ``doers`` that names an actor of any kind, not ``c``;
        -1 for none."""
        for t in doers:  # the first that names an actor of any kind
            g = next((a.group for a in self.candidates
                      if a.start <= t.idx < a.end and a.group >= 0 and a is not c), -1)
            if g >= 0:
                return g
        return -1

    @staticmethod
    def _reports(token: Token, also: str | None = None) -> bool:
        """Whether ``token``'s verb is a reporting verb ("*officials* said"), or one of the
        list ``also`` of ``coref.yaml``."""
        verb = token.head.lemma_.lower()
        return verb in dictionary.word_list("coref.yaml", "speech_verbs") or (
            also is not None and verb in dictionary.word_list("coref.yaml", also))

    def _plural(self, i: int, c: Candidate, quote: tuple[int, int] | None) -> int | None:
        """The group a plural pronoun stands for by its clause's grammar (``binding``), -1
        when it stands for no actor, None to search as for any pronoun: "themselves" is its
        clause's subject; "them" is weighed by ``_them``; "they" of "as they say" is no one,
        one before its main clause is that clause's subject, one a plural group reports
        ("police said they had found them") that group."""
        pron, word = self.doc[c.head], c.text.lower()
        if word == "themselves":
            doer = self._doer(pron, c, quote)
            return self._group_of(doer[-1], c, quote) if doer else -1
        if word == "them":
            return self._them(i, c, quote)
        if word != "they":
            return None
        if binding.generic(pron, dictionary.word_list("coref.yaml", "speech_verbs")):
            return -1
        for subject in (binding.ahead(pron), self._reporting_subject(pron)):
            if subject is not None and any(t.dep_ == "conj" for t in subject.children):
                return -1  # "the AU and the Arab League said *they* ...": all of them
            g = self._group_of(subject, c, quote) if subject is not None else -1
            if g >= 0 and (self.group_plural.get(g) or self.group_kind.get(g) == "GROUP"):
                return g
        return None

    def _group_of(self, token: Token, c: Candidate, quote: tuple[int, int] | None) -> int:
        """The group of the actor or resolved pronoun ``token`` is part of, when ``c`` may
        stand for it; -1 otherwise."""
        return next((a.group for a in self.candidates
                     if a.start <= token.idx < a.end and a.group >= 0 and a is not c
                     and self._quote_of(a.start) == quote and self._compatible(c, a.group)),
                    -1)

    def _doer(self, pron: Token, c: Candidate, quote: tuple[int, int] | None) -> list[Token]:
        """``binding.controllers`` of ``pron`` up to the first that names an actor: the last
        is the one who does the act of its clause."""
        found = []
        for t in binding.controllers(pron):
            found.append(t)
            if self._group_of(t, c, quote) >= 0:
                break
        return found

    def _them(self, i: int, c: Candidate, quote: tuple[int, int] | None) -> int:
        """The group "them" stands for: the most salient plural phrase before it
        (``binding.salience``) that is not whoever does its clause's act nor whom that one
        stands for (``_doer``); when its verb, or one it is the purpose of, is done to
        people ("rescued them", "fired rubber bullets to clear them"), a group of people.
        -1 when there is none ("the soldiers cleaned their rifles and loaded them").
        Plural nouns of no actor ("the two countries") are not weighed: tried, a nearer
        thing ("cut *ties* with ...; police removed them") took the pronoun from the
        people it stood for. Nor is kin named through its people ("the families *of the
        miners* urged the army to free them": the miners, ``collectives.kin_of``)."""
        pron = self.doc[c.head]
        doer = self._doer(pron, c, quote)
        bound = {k for t in doer for k in range(t.left_edge.i, t.right_edge.i + 1)}
        bound_group = self._group_of(doer[-1], c, quote) if doer else -1
        people_verbs = dictionary.word_list("coref.yaml", "people_verbs")
        people = any(v.lemma_.lower() in people_verbs for v in binding.verbs_over(pron))
        mine = binding.role(pron)
        best: tuple[float, int, int] = (0.0, -1, -1)  # salience, start, group
        for j in range(i - 1, -1, -1):
            a = self.candidates[j]
            distance = c.sent - a.sent
            if distance > MAX_SENTENCES:
                break
            if a.group < 0 or a.is_reference or a.end > c.start or a.head in bound \
                    or a.group == bound_group or self._quote_of(a.start) != quote \
                    or not self._compatible(c, a.group) or collectives.kin_of(self.doc[a.head]) \
                    or (people and not (
                        self.group_plural.get(a.group) or self.group_people.get(a.group)
                        or self.group_kind.get(a.group) == "GROUP")):
                continue
            best = max(best, (binding.salience(self.doc[a.head], mine, distance), a.start,
                              a.group))
        return best[2]

    def _speaker(self, c: Candidate) -> int:
        """The group of whoever is quoted saying "we": the subject of a reporting verb in the
        quote's sentence, else in the sentence right after or right before the quote ("'...,'
        *a Russian diplomatic source* said", "*an official* told reporters: '...'"). A
        subject naming no actor itself stands for the one in its phrase (an anonymous
        "Russian source" for Russia). No quote, or no speaker: no one."""
        quote = self._quote_of(c.start)
        if quote is None:
            return -1
        doc = self.doc
        first = doc.char_span(quote[0], quote[1], alignment_mode="expand")
        here = doc[c.head].sent
        sents = [here]
        if first is not None:
            end = first[-1].sent
            after = doc[end.end].sent if end.end < len(doc) else None
            before = doc[first[0].sent.start - 1].sent if first[0].sent.start > 0 else None
            sents += [s for s in (end, after, before) if s is not None]
        speech = dictionary.word_list("coref.yaml", "speech_verbs")
        for sent in sents:
            for token in sent:
                if token.lemma_ not in speech:
                    continue
                for child in token.children:
                    if child.dep_ == "nsubj" and not (quote[0] <= child.idx < quote[1]):
                        group = self._named_in(child, c.text.lower() in _WE)
                        if group >= 0:
                            return group
        return self._come_to(c, quote) if c.text.lower() in _WE else -1

    def _come_to(self, c: Candidate, quote: tuple[int, int]) -> int:
        """The side of a nameless speaker's "we"/"us": "come" moves toward the speaker, so
        the state of the last place the quotation says someone came to before the pronoun
        ("X *came to Ankara* ... they ask us to ...") is where the speaker stands: the state
        the text names, else the city standing for it. -1 when the quotation tells of no
        such place."""
        span = self.doc.char_span(quote[0], c.start, alignment_mode="expand")
        if span is None:
            return -1
        places = [o.idx for t in span if t.lemma_ in _COME and t.pos_ == "VERB"
                  for p in t.children if p.dep_ == "prep" and p.lower_ == "to"
                  for o in p.children if o.dep_ == "pobj"]
        for idx in reversed(places):
            place = next((a for a in self.candidates if a.start <= idx < a.end
                          and a.group >= 0 and (self.group_kind.get(a.group) == "COUNTRY" or (
                              self.group_kind.get(a.group) == "LOCATION" and a.country))), None)
            if place is None:
                continue
            if self.group_kind.get(place.group) == "LOCATION":  # "came to Moscow": Russia,
                return next((g for g, kind in self.group_kind.items()  # if the text names it
                             if kind == "COUNTRY" and self.group_country.get(g) == place.country),
                            place.group)
            return place.group
        return -1

    def _named_in(self, subject: Token, side: bool = False) -> int:
        """The group of the subject phrase: its head's, else the first actor inside it; for
        ``side`` ("we", "us"), a body or state it names beside a person (module docstring)."""
        phrase = range(subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge))
        inside = [x for x in self.candidates if x.group >= 0 and x.start in phrase]
        head = next((x for x in inside if x.start <= subject.idx < x.end), None)
        body = next((x for x in inside if self.group_kind.get(x.group) in _SIDES), None)
        if side and body is not None and head is not None \
                and self.group_kind.get(head.group) == "PERSON":
            return body.group
        found = head or (inside[0] if inside else None)
        return found.group if found is not None else -1

    def _body(self, i: int, c: Candidate) -> int:
        """The body last named, within a few sentences, that "the group", "the rebel group"
        or "the party" may refer to (``collectives.refers_to``)."""
        for j in range(i - 1, -1, -1):
            a = self.candidates[j]
            if c.sent - a.sent > MAX_SENTENCES:
                break
            if a.group >= 0 and not a.is_reference and refers_to(
                    c.sector, self.group_kind.get(a.group), self.group_sector.get(a.group)) \
                    and c.country in (None, self.group_country.get(a.group)):
                return a.group
        return -1

    def _description(self, i: int, c: Candidate) -> int:
        """The last actor holding the role; failing that, for "the Libyan leader", the last
        person of that country in that sector within a few sentences."""
        if c.kind == "GROUP":
            return self._body(i, c)
        word = _word(c.title or "")
        office = self._qualified_office(c)
        fallback = -1
        for j in range(i - 1, -1, -1):
            a = self.candidates[j]
            if a.group < 0 or a.is_reference:
                continue
            g = a.group
            if c.country is not None and self.group_country.get(g) not in (None, c.country):
                continue
            held = self.group_offices.get(g, set())
            if office is not None and held and not held & {office, _office(word)}:
                continue  # "Prime Minister Rusu ... *the interior minister*": another office
            if word in self.group_roles.get(g, ()):
                return g
            if fallback < 0 and c.country and c.sent - a.sent <= MAX_SENTENCES \
                    and self.group_kind.get(g) == "PERSON" \
                    and self.group_sector.get(g) == c.sector:
                fallback = g
        return fallback

    def _qualified_office(self, c: Candidate) -> str | None:
        """The office a description's own words name beyond its head word, lowercased: the
        longest title of the table ending at its head ("the *interior minister*"), else the
        head with an office's qualifier before it ("the *executive secretary*", "the *chief
        administrator*": ``office_qualifiers`` of ``coref.yaml``); None for a bare title ("the
        minister", "the Libyan leader")."""
        head = self.doc[c.head]
        words = [t for t in self.doc[max(0, head.i - 3):head.i]
                 if t.idx >= c.start and t.pos_ != "DET"]
        d = dictionary.get()
        for k in range(len(words)):
            title = d.title(" ".join(t.text for t in (*words[k:], head)))
            if title is not None:
                return title.office.lower() if title.office.lower() != _office(head.text) \
                    else None
        if words and words[-1].lower_ in dictionary.word_list("coref.yaml", "office_qualifiers"):
            return f"{words[-1].lower_} {head.lower_}"
        return None


def _venue(token: Token) -> bool:
    """Whether ``token`` names where a verb's act was done ("met Fiona Marsh *at Parliament
    House*", "rallied *outside Government House*"): for an organisation's name, a venue, no
    one a pronoun stands for (people fired *at* are who was fired at)."""
    prep = token.head
    return token.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX") \
        and prep.lower_ in dictionary.word_list("coref.yaml", "venue_prepositions")
