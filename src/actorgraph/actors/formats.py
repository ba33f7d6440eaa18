"""Names in the ways news is laid out besides running prose: live blogs, wire datelines,
headlines in capitals, and one-word names that name a place.

- A live blog's time stamp, a bullet or a dash before a name ("11:20 GMT - <name>") is no
  part of it (``leading_stamp``).
- A line written in capitals is a headline ("FISHERMEN STAGE PROTEST ..."): the tagger's
  spans in it are words of the headline, not names, unless the dictionary knows them
  (``in_capitals_line``).
- A one-word name the dictionary does not know as a person's, after a locative preposition
  ("gathered at <Town>") or modifying the noun of a building or a crossing ("the <Name>
  prison"), names a place, not a person (``place_word``); so does a name of two or three
  words after a locative preposition, with no given name first and no body's word in it
  ("an army post in <Datu Odin>": ``place_name``).
- A wire dateline's place in capitals ("PORT OF SPAIN, May 8 -") is one name, a town the
  gazetteer knows, whatever words of it the tagger took for names ("SPAIN")
  (``dateline_places``).
- A person's name the tagger cut after the stamp or read as a body's ("11:20 - Teodor
  [Vasilache]") is the whole name, a person's (``given_names_before``, ``person_name``).
- A known person's family name after another given name ("Joseph <Family>") is someone
  else of that family name (``other_given_name``).
- A family name written first ("Kovács Bálint", "Ndong Mba Célestin") used alone is that
  person (``family_first``); so is a family name of several words written last ("Ould
  Mennou" of "Brahim Vall Ould Mennou", "van der Hoek": ``family_tail``).
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span, Token

from .. import nlp
from .dictionary import Dictionary, Entry, honorific, norm, word_list

_CLOCK = re.compile(r"^\d{1,2}([:.h]\d{2}){1,2}$|^\d{3,4}(h|hrs|gmt|utc)?$", re.IGNORECASE)


def _mark(token: Token) -> bool:
    """A bullet, a dash or other punctuation: no letter or digit in it."""
    return not any(ch.isalnum() for ch in token.text)


def leading_stamp(tokens: Span | list[Token]) -> int:
    """How many tokens at the start of ``tokens`` are a time stamp, its zone ("GMT",
    "local time"), bullets and dashes: the words written before a name on a live blog's
    line. 0 when what follows would be nothing, or when no mark or time is there. A span the
    tagger began after the time ("[GMT - Moldovan police]") has its zone skipped too, and is
    all stamp when it is nothing else ("11:05 [GMT]")."""
    clock = word_list("names.yaml", "clock_words")
    after_clock = isinstance(tokens, Span) and tokens.start > 0 and bool(
        _CLOCK.match(tokens.doc[tokens.start - 1].text))
    n, seen_time = 0, after_clock
    for t in tokens:
        if t.is_space or _mark(t):
            n += 1
        elif _CLOCK.match(t.text):
            n, seen_time = n + 1, True
        elif seen_time and t.lower_.replace(".", "") in clock:
            n += 1
        else:
            break
    return n if n < len(tokens) or after_clock else 0


def line_of(span: Span) -> str:
    """The line of the text ``span`` is written on."""
    text = nlp.text_of(span.doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    return text[start:end if end >= 0 else len(text)]


def in_capitals_line(span: Span) -> bool:
    """Whether ``span`` is on a line of three words or more all written in capitals (a
    headline), and is itself in capitals."""
    if not span.text.isupper():  # first: the line costs the document's whole text
        return False
    words = [w for w in re.findall(r"[^\W\d_]+", line_of(span)) if len(w) > 1]
    return len(words) >= 3 and all(w.isupper() for w in words)


def place_word(token: Token) -> bool:
    """Whether the one-word name ``token`` stands where only a place can: the object of a
    locative preposition ("at <Town>", not "fired at <Name>"), or the modifier of a
    facility's noun ("the <Name> barracks")."""
    head = token.head
    if token.dep_ in ("compound", "nmod", "amod") and head.i > token.i \
            and head.lemma_.lower() in word_list("names.yaml", "facility_heads"):
        return True
    if token.dep_ != "pobj" or head.lower_ not in word_list("names.yaml", "locative_preps"):
        return False
    return not (head.lower_ == "at"
                and head.head.lemma_.lower() in word_list("names.yaml", "aiming_verbs"))


def titled(span: Span, d: Dictionary) -> bool:
    """Whether a courtesy title or an office stands right before ``span`` ("Mr <Name>",
    "General <Name>"): then it is a person's name."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1].text
    return honorific(before) or d.title(before) is not None


def person_name(span: Span, d: Dictionary) -> bool:
    """Whether a name of two or three words that the dictionary does not know reads as a
    person's: a given name first, then capitalised proper nouns, none of them a word of a
    body's or a group's name ("Ana Pires", not "Grace Foundation", "Victoria Police")."""
    if not 2 <= len(span) <= 3 or not d.gender(span[0].text) or span.text.isupper():
        return False
    return _plain_name(span[1:], d) and all(d.lookup(t.text) is None for t in span[1:])


def place_name(span: Span, d: Dictionary) -> bool:
    """Whether a name of two or three words that the dictionary does not know stands where
    only a place can (``place_word``: "an army post *in Datu Odin*") and cannot read as a
    person's or a body's: no given name first, no title before it, every word a capitalised
    proper noun, none of them a word of a body's name ("in Kessely Mining")."""
    if not 2 <= len(span) <= 3 or d.gender(span[0].text) or span.text.isupper() \
            or titled(span, d) or not place_word(span.root):
        return False
    return _plain_name(span, d)


def _plain_name(words: Span, d: Dictionary) -> bool:
    """Whether every word of ``words`` is a capitalised proper noun that is no common noun of
    the dictionary and no word of a body's or a group's name (``body_words``)."""
    body = word_list("names.yaml", "body_words")
    return all(t.is_title and t.pos_ == "PROPN" and t.lower_ not in body
               and d.noun(t.text) is None for t in words)


def _capitalised(word: str) -> bool:
    return any(ch.isupper() for ch in word)


def family_key(name: str) -> str | None:
    """The key under which a full name may be met by its first word used alone, a family
    name written first ("Kovács Bálint", "Ndong Mba Célestin"): that word, normalised, when
    the name has more words, no honorific first and a capital in every word ("al-Wazzan";
    not a body before a role noun, "RSF spokesman"); else None."""
    words = name.split()
    if len(words) < 2 or honorific(words[0]) or not all(_capitalised(w) for w in words):
        return None
    return norm(words[0])


def bare_key(name: str) -> str | None:
    """The key of a one-word ``name`` that may be a family name written first (``family_key``):
    the name normalised, when longer than two letters."""
    key = norm(name)
    return key if len(key) > 2 else None


def full_name(name: str) -> bool:
    """Whether ``name`` is written as a person's name: two words or more, no honorific
    first, a capital in every word but a name particle, and in the last ("Pieter van der
    Hoek", "Adil al-Wazzan", "de la Fuente"; not "Mr Dardanov" nor "the captain")."""
    words = name.split()
    particles = word_list("names.yaml", "name_particles")
    return len(words) >= 2 and not honorific(words[0]) and _capitalised(words[-1]) and all(
        _capitalised(w) or w.lower() in particles for w in words)


def family_tails(name: str) -> list[str]:
    """The keys (``norm``) under which a full name (``full_name``) of three words or more may
    be met by its family name of several words used alone: its last two words or more,
    short of the whole ("ould mennou", "vall ould mennou" of "Brahim Vall Ould Mennou")."""
    words = name.split()
    if len(words) < 3 or not full_name(name):
        return []
    return [norm(" ".join(words[k:])) for k in range(1, len(words) - 1)]


def family_tail(name: str, d: Dictionary) -> str | None:
    """The key (``family_tails``) of a name of two words or more that may be a family name
    used alone: a full name (``full_name``) that opens with a name particle ("Ould Mennou",
    "van der Hoek", "Abu Rumman") or with a word that is no given name ("Nguema Obiang");
    None for "Jose Pellegrin", a given name first: someone else than "Maria Jose
    Pellegrin"."""
    words = name.split()
    if not full_name(name) or (words[0].lower() not in word_list("names.yaml", "name_particles")
                               and d.gender(words[0])):
        return None
    return norm(name)


def family_first(name: str, spellings: dict[str, list[int]]) -> list[int]:
    """The mentions of the one full name (of ``spellings``: full name → mentions) that the
    one-word ``name`` may stand for, its family name written first (``family_key``). None
    when two full names start with it ("Kovács Bálint" and "Kovács Edit")."""
    key = bare_key(name)
    starting = [text for text in spellings if key is not None and family_key(text) == key]
    return spellings[starting[0]] if len(starting) == 1 else []


def given_names_before(span: Span, d: Dictionary) -> int:
    """Where a person's name that the tagger cut after its given names starts: the given
    names (``d.gender``) written right before ``span`` as its compounds, with the parts of
    a hyphenated one ("Jean-Baptiste"), none tagged as another name."""
    doc, start = span.doc, span.start
    i = start - 1
    while i >= 0:
        t = doc[i]
        joined = i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ \
            and not doc[i - 1].whitespace_ and doc[i - 2].is_title
        if not (t.is_title and t.pos_ == "PROPN" and not t.ent_type_ and t.dep_ == "compound"
                and t.head.i >= span.start and d.gender(t.text)):
            break
        start = i - 2 if joined else i
        i = start - 1
    return start


def same_line(doc: Doc, start: int, end: int) -> int:
    """``start``, moved past the last line break before token ``end`` and past a live blog's
    time stamp after it: a headline's last words are no part of the first noun phrase of the
    line below it, nor "11:05 GMT -" of the one after it ("11:05 GMT - Moldovan police")."""
    for i in range(end - 1, start - 1, -1):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            start = i + 1
            break
    return start + leading_stamp(doc[start:end + 1])


def other_given_name(span: Span, entry: Entry | None, d: Dictionary) -> bool:
    """Whether the name ``span``, which the dictionary matched to a person by the family
    name, opens with a given name (``d.gender``) that person's name lacks, as written or
    spelt otherwise ("Abdul" for "Abdel"): then it is someone else of that family name."""
    if entry is None or entry.kind != "PERSON" or len(span) < 2 or not d.gender(span[0].text) \
            or d.lookup(span.text) is not None:
        return False
    given = norm(span[0].text)
    return not any(w[:1] == given[:1] and fuzz.ratio(w, given) >= 60
                   for w in norm(entry.name).replace("-", " ").split())


def dateline_places(doc: Doc, d: Dictionary) -> list[Span]:
    """The places of the report's wire datelines (``nlp.datelines``) that the gazetteer or the
    dictionary knows by their whole name, as spans labelled GPE."""
    out = []
    for start, end in nlp.datelines(doc):
        span = doc[start:end]
        if d.lookup(span.text) is not None or d.place(span.text) is not None:
            out.append(Span(doc, start, end, label="GPE"))
    return out
