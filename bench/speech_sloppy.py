"""The speech stage on sloppy quotation marks: does its time stay linear in the text?

    .venv/bin/python bench/speech_sloppy.py [--sizes 12.5 25 50 100] [--marks-per-kb 4]

Builds news-like documents of 12.5, 25, 50 and 100 kB (thousands of characters) from
sentences written for this bench, with about four unbalanced or mismatched quotation marks
per kB (50, 100, 200, 400): stray opening “ " « ‘, stray closing ”, mixed pairs (“...",
„...", ”...”, “...“), inch and second signs (12", 5'11"), ditto marks, curly apostrophes, a
few run-on paragraphs longer than ``marks.MAX_CHARS`` (scraped text that lost its breaks), and
some well-formed quotes with cues in between. For each size it times:

* ``marks.passages(text)``: the mark pairing alone (best of several repeats);
* the speech stage, ``speech.speech(document, parsed, actors)``, as ``pipeline.analyse`` calls
  it (parse and local actors computed once beforehand; best of three);
* the parse (``nlp.parse`` with ``pipeline.pipeline(model)``) and the whole
  ``actorgraph.extract(text)``.

It checks that no passage is longer than ``MAX_CHARS`` and that the sloppy marks do not make
the number of quotes explode: the same document with the sloppy marks taken out (and the
well-formed quotes kept) is analysed too, and the quote counts are compared.
"""

from __future__ import annotations

import argparse
import random
import re
import time
from collections.abc import Callable
from dataclasses import dataclass

import actorgraph
from actorgraph import actors, nlp, speech
from actorgraph.config import DEFAULT
from actorgraph.ingest.readers import make_document
from actorgraph.pipeline import pipeline
from actorgraph.records import Document
from actorgraph.speech import marks

#: Plain news sentences, no quotation marks.
PLAIN = [
    "The regional council met on Tuesday to discuss the reconstruction budget for the "
    "flooded districts along the river.",
    "Officials in the capital confirmed that the second round of talks would take place in "
    "Nairobi next month.",
    "Fuel prices rose for the third week in a row, and several bus companies cut their "
    "evening services.",
    "The opposition coalition has not yet named a candidate for the presidential election "
    "scheduled for the spring.",
    "Aid workers reached the northern villages after the road through the pass was cleared "
    "of landslide debris.",
    "The central bank kept its main interest rate unchanged, citing uncertainty about food "
    "and energy prices.",
    "Police said four people had been detained after clashes near the port on Saturday "
    "night.",
    "The defence ministry announced a joint exercise with two neighbouring countries along "
    "the coast.",
    "A delegation from the African Union arrived in the city late on Wednesday and met the "
    "interim prime minister.",
    "Farmers in the eastern province say the late rains have halved the maize harvest this "
    "year.",
    "The trade minister signed an agreement on grain exports with his counterpart from "
    "Turkey.",
    "Hospitals in the south reported shortages of insulin and antibiotics for the second "
    "month running.",
    "The electoral commission published the final list of registered voters on its website "
    "on Monday.",
    "Thousands of people gathered in the main square to mark the anniversary of the peace "
    "agreement.",
    "The army said its units had pushed rebel fighters back from two towns near the "
    "border.",
    "Negotiators from both sides left the venue without a joint statement after six hours "
    "of talks.",
    "The European Commission pledged an additional forty million euros for refugees in the "
    "region.",
    "A court in the capital postponed the trial of the former finance minister until "
    "September.",
    "Teachers in public schools went on strike over unpaid salaries and the closure of rural "
    "classrooms.",
    "The state oil company said production had recovered to its level before the pipeline "
    "attack.",
    "Local journalists reported that the market in the old town reopened after a week of "
    "curfew.",
    "The United Nations envoy held separate meetings with the government and the armed "
    "groups.",
    "Heavy rain disrupted flights at the international airport and flooded several "
    "neighbourhoods.",
    "The parliament approved the new budget by a narrow margin after an all-night debate.",
    "Human rights groups called for an independent inquiry into the deaths of three "
    "protesters.",
    "The mining company suspended operations at its northern site after a dispute with "
    "local leaders.",
    "According to the health ministry, the number of cholera cases has fallen sharply since "
    "June.",
    "Diplomats said the embassy would remain closed until the security situation improved.",
    "The governor told reporters that the bridge would be rebuilt before the end of the "
    "year.",
    "Prices of bread and cooking oil have doubled in the markets of the capital since "
    "January.",
    "A spokesman for the rebels denied that their fighters had attacked the convoy.",
    "The foreign ministry summoned the ambassador to protest against the detention of two "
    "citizens.",
    "Analysts expect the currency to weaken further if the loan talks with the IMF stall.",
    "The president dismissed the head of the intelligence service in a decree published on "
    "Friday.",
    "Residents of the camp said water deliveries had become irregular over the past "
    "fortnight.",
    "The coastguard rescued more than sixty migrants from a boat that had lost its engine.",
    "The two leaders agreed to reopen the border crossing for commercial traffic next week.",
    "Officials declined to confirm whether the minister had travelled to Moscow.",
    "It is widely believed that the ceasefire was negotiated with the help of Qatar.",
    "Engineers warned that the dam could not hold another season of heavy floods without "
    "repairs.",
]

#: Well-formed quotes with cues (their marks are balanced and are not counted as sloppy).
QUOTES = [
    "“We will not sign any agreement that ignores the displaced families,” the foreign "
    "minister said.",
    "The governor said the roads would reopen “as soon as the engineers have inspected "
    "every bridge.”",
    "“The ceasefire is holding in most districts,” said a United Nations spokeswoman, who "
    "added that the situation remained fragile.",
    "“There is no military solution,” the envoy told reporters. “Only a political "
    "settlement can end this.”",
    "A senior official who asked not to be named said: “The talks are stuck on the question "
    "of the prisoners.”",
    "“Our members have not been paid since March,” a union leader said outside the "
    "ministry.",
]


@dataclass(frozen=True)
class Sloppy:
    """A sentence with unbalanced or mismatched marks, the same sentence without them, and
    how many sloppy marks it holds."""

    text: str
    clean: str
    marks: int


SLOPPY = [
    Sloppy("The ministry described the measure as a “temporary pause in deliveries to the "
           "northern districts.",
           "The ministry described the measure as a temporary pause in deliveries to the "
           "northern districts.", 1),
    Sloppy("Residents called the curfew \"unworkable and many left before the evening "
           "checkpoint closed.",
           "Residents called the curfew unworkable and many left before the evening "
           "checkpoint closed.", 1),
    Sloppy("The convoy reached the border crossing” shortly after dawn, according to the "
           "police.",
           "The convoy reached the border crossing shortly after dawn, according to the "
           "police.", 1),
    Sloppy("The envoy called the proposal “a serious basis for talks\" before he left "
           "Geneva.",
           "The envoy called the proposal a serious basis for talks before he left Geneva.", 2),
    Sloppy("The briefing was shown on a 65\" screen in the hall, and the recording ran "
           "for 40\" before it froze.",
           "The briefing was shown on a 65-inch screen in the hall, and the recording ran "
           "for 40 seconds before it froze.", 2),
    Sloppy("The suspect was described as 5'11\" tall and was last seen near the central "
           "station.",
           "The suspect was described as 5 feet 11 inches tall and was last seen near the "
           "central station.", 1),
    Sloppy("Exports of maize: 2,400 tonnes in May, \" \" in June, and 1,900 tonnes in July.",
           "Exports of maize: 2,400 tonnes in May, the same in June, and 1,900 tonnes in "
           "July.", 2),
    Sloppy("The generals’ promises and the ministry’s figures did not match the ’90s "
           "treaty.",
           "The generals promises and the ministrys figures did not match the 90s treaty.", 3),
    Sloppy("The so-called ‘red line came up twice during the afternoon session.",
           "The so-called red line came up twice during the afternoon session.", 1),
    Sloppy("A French daily called the visit «a reset of relations with the whole region.",
           "A French daily called the visit a reset of relations with the whole region.", 1),
    Sloppy("”We have nothing more to add” was all the embassy would say on Thursday.",
           "We have nothing more to add was all the embassy would say on Thursday.", 2),
    Sloppy("The minister said “the talks will resume“ once the delegations return home.",
           "The minister said the talks will resume once the delegations return home.", 2),
    Sloppy("„The deadline stands,\" a European diplomat said after the meeting.",
           "The deadline stands, a European diplomat said after the meeting.", 2),
    Sloppy("Opposition papers ran the story under the headline “Crisis\" on their front "
           "pages” and sold out by noon.",
           "Opposition papers ran the story under the headline Crisis on their front pages "
           "and sold out by noon.", 3),
    Sloppy("The price per sack\"rose again this week in the markets of the north.",
           "The price per sack rose again this week in the markets of the north.", 1),
    Sloppy("Witnesses said the shooting lasted for several minutes “ before the police "
           "arrived.",
           "Witnesses said the shooting lasted for several minutes before the police "
           "arrived.", 1),
]

#: A paragraph that opens with a stray mark (it may carry an open passage over a break).
LEADING = Sloppy("“The council met again on Thursday without issuing any statement.",
                 "The council met again on Thursday without issuing any statement.", 1)


@dataclass
class Corpus:
    sloppy: str
    clean: str
    marks: int
    real_quotes: int


def make(size: int, marks_per_kb: float, seed: int) -> Corpus:
    """A document of ``size`` characters with ``marks_per_kb`` sloppy marks per 1000."""
    rng = random.Random(seed)
    target = round(size * marks_per_kb / 1000)
    sloppy_paras: list[str] = []
    clean_paras: list[str] = []
    chars = marks_so_far = real = 0
    n = 0
    while chars < size:
        n += 1
        run_on = n % 11 == 5  # now and then a paragraph that lost its breaks (> MAX_CHARS)
        length = rng.randint(50, 58) if run_on else rng.randint(2, 5)
        s_para: list[str] = []
        c_para: list[str] = []
        for k in range(length):
            due = target * (chars + 200) / size
            if marks_so_far < min(due, target):
                item = LEADING if k == 0 and rng.random() < 0.3 else rng.choice(SLOPPY)
                if marks_so_far + item.marks > target:
                    item = next(s for s in SLOPPY if s.marks == 1)
                s_para.append(item.text)
                c_para.append(item.clean)
                marks_so_far += item.marks
            elif rng.random() < 0.12:
                q = rng.choice(QUOTES)
                s_para.append(q)
                c_para.append(q)
                real += 1
            else:
                p = rng.choice(PLAIN)
                s_para.append(p)
                c_para.append(p)
            chars += len(s_para[-1]) + 1
            if chars >= size:
                break
        sloppy_paras.append(" ".join(s_para))
        clean_paras.append(" ".join(c_para))
        chars += 1
    return Corpus("\n\n".join(sloppy_paras), "\n\n".join(clean_paras), marks_so_far, real)


def best(fn: Callable[[], object], repeat: int, number: int = 1) -> float:
    """The best time of ``repeat`` rounds of ``number`` calls, per call, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        times.append((time.perf_counter() - start) / number)
    return min(times)


def document(text: str, doc_id: str) -> Document:
    doc = make_document("<bench>", doc_id, text)
    assert isinstance(doc, Document), doc
    return doc


@dataclass
class Row:
    size: int
    chars: int
    marks: int
    all_marks: int
    passages: int
    longest: int
    longest_para: int
    quotes: int
    direct: int
    clean_quotes: int
    clean_direct: int
    real_quotes: int
    t_marks: float
    t_speech: float
    t_clean: float
    t_actors: float
    t_parse: float
    t_extract: float


def measure(size: int, marks_per_kb: float, seed: int, clean: bool) -> Row:
    corpus = make(size, marks_per_kb, seed)
    model = pipeline(DEFAULT.model)
    doc = document(corpus.sloppy, f"sloppy-{size}")
    text = doc.text

    found = marks.passages(text)
    number = max(1, 200_000 // len(text))
    t_marks = best(lambda: marks.passages(text), repeat=7, number=number)

    start = time.perf_counter()
    parsed = next(nlp.parse(model, [text], DEFAULT))
    t_parse = time.perf_counter() - start
    local = actors.local_actors(doc, parsed, actors.get())
    t_actors = best(lambda: actors.local_actors(doc, parsed, actors.get()), repeat=2)
    spoken = speech.speech(doc, parsed, local)
    t_speech = best(lambda: speech.speech(doc, parsed, local), repeat=3)

    start = time.perf_counter()
    extraction = actorgraph.extract(corpus.sloppy, doc_id=f"sloppy-{size}")
    t_extract = time.perf_counter() - start
    assert extraction.quotes == spoken.quotes

    clean_quotes = clean_direct = -1
    t_clean = float("nan")
    if clean:
        cdoc = document(corpus.clean, f"clean-{size}")
        cparsed = next(nlp.parse(model, [cdoc.text], DEFAULT))
        clocal = actors.local_actors(cdoc, cparsed, actors.get())
        start = time.perf_counter()
        cspoken = speech.speech(cdoc, cparsed, clocal)
        t_clean = time.perf_counter() - start
        clean_quotes = len(cspoken.quotes)
        clean_direct = sum(q.kind == "direct" for q in cspoken.quotes)

    # The longest stretch of one paragraph inside a passage (what MAX_CHARS bounds), and the
    # longest passage overall (a passage may go on over paragraphs that reopen the mark).
    def in_paragraph(p: marks.Passage) -> int:
        return max(len(part) for part in re.split(r"\n\s*", text[p.open:p.close]))

    return Row(
        size=size, chars=len(text), marks=corpus.marks,
        all_marks=sum(1 for ch in text if ch in "\"“”„‟«»‘’"),
        passages=len(found), longest=max((p.close - p.open for p in found), default=0),
        longest_para=max((in_paragraph(p) for p in found), default=0),
        quotes=len(spoken.quotes), direct=sum(q.kind == "direct" for q in spoken.quotes),
        clean_quotes=clean_quotes, clean_direct=clean_direct, real_quotes=corpus.real_quotes,
        t_marks=t_marks, t_speech=t_speech, t_clean=t_clean, t_actors=t_actors, t_parse=t_parse,
        t_extract=t_extract)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[12.5, 25, 50, 100],
                        help="document sizes in kB (1000 characters)")
    parser.add_argument("--marks-per-kb", type=float, default=4.0)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-clean", action="store_true",
                        help="skip the analysis of the clean twin (quote-count check)")
    args = parser.parse_args()

    actorgraph.extract("Warm-up: “load the pipeline,” he said before timing.")
    rows = [measure(round(kb * 1000), args.marks_per_kb, args.seed, not args.no_clean)
            for kb in args.sizes]

    print(f"MAX_CHARS = {marks.MAX_CHARS}; times in ms (marks: best of 7 rounds; speech: best"
          " of 3; local actors: best of 2; parse, extract and the speech stage on the clean"
          " twin: one run)")
    head = (f"{'kB':>6} {'chars':>7} {'sloppy':>6} {'marks':>6} {'pass.':>5} {'longest':>7} "
            f"{'quotes':>6} {'direct':>6} {'clean q/d':>9} {'marks ms':>8} {'speech ms':>9} "
            f"{'clean ms':>8} {'actors ms':>9} {'parse ms':>8} {'extract ms':>10} {'marks/kB':>8} "
            f"{'speech/kB':>9} {'extr/kB':>8}")
    print(head)
    print("-" * len(head))
    for r in rows:
        kb = r.chars / 1000
        clean = f"{r.clean_quotes}/{r.clean_direct}" if r.clean_quotes >= 0 else "-"
        print(f"{r.size / 1000:>6.1f} {r.chars:>7} {r.marks:>6} {r.all_marks:>6} "
              f"{r.passages:>5} {r.longest:>7} {r.quotes:>6} {r.direct:>6} {clean:>9} "
              f"{r.t_marks * 1e3:>8.3f} {r.t_speech * 1e3:>9.1f} {r.t_clean * 1e3:>8.1f} "
              f"{r.t_actors * 1e3:>9.1f} "
              f"{r.t_parse * 1e3:>8.0f} {r.t_extract * 1e3:>10.0f} "
              f"{r.t_marks * 1e3 / kb:>8.4f} {r.t_speech * 1e3 / kb:>9.2f} "
              f"{r.t_extract * 1e3 / kb:>8.1f}")
    print("(sloppy: unbalanced or mismatched marks put in; marks: every quotation-mark "
          "character in the text, the well-formed quotes' included; clean q/d: quotes/direct "
          "quotes of the same text without the sloppy marks, clean ms: its speech stage)")

    first, last = rows[0], rows[-1]

    def ratio(attr: str) -> float:
        return (getattr(last, attr) / last.chars) / (getattr(first, attr) / first.chars)

    print(f"per-kB time {last.size / 1000:g} kB / {first.size / 1000:g} kB: "
          f"marks {ratio('t_marks'):.2f}, speech stage {ratio('t_speech'):.2f}, "
          + (f"speech stage on the clean twin {ratio('t_clean'):.2f}, "
             if first.clean_quotes >= 0 else "")
          + f"local actors {ratio('t_actors'):.2f}, parse {ratio('t_parse'):.2f}, "
          f"extract {ratio('t_extract'):.2f}  (linear = 1)")

    problems = []
    for r in rows:
        if r.longest_para > marks.MAX_CHARS:
            problems.append(f"{r.size / 1000:g} kB: a passage covers {r.longest_para} chars of "
                            f"one paragraph (> MAX_CHARS = {marks.MAX_CHARS})")
        if r.longest > marks.MAX_CHARS:
            problems.append(f"{r.size / 1000:g} kB: a passage spans {r.longest} chars over "
                            f"several paragraphs (> MAX_CHARS = {marks.MAX_CHARS})")
        if r.clean_quotes >= 0 and r.quotes > 1.5 * r.clean_quotes + 5:
            problems.append(f"{r.size / 1000:g} kB: {r.quotes} quotes with sloppy marks vs "
                            f"{r.clean_quotes} without")
    checked = "longest passage <= MAX_CHARS" + (
        ", quotes(sloppy) <= 1.5 x quotes(clean) + 5" if first.clean_quotes >= 0 else "")
    print(f"checks: {checked}: " + ("; ".join(problems) if problems else "ok"))

    mid = next((r for r in rows if r.size == 50_000), rows[len(rows) // 2])
    print(f"speech on {mid.size / 1000:g} kB with {mid.marks} unbalanced marks: "
          f"{mid.t_speech * 1e3:.0f} ms ({mid.t_speech * 1e6 / mid.chars:.1f} ms per kB); "
          f"per-kB time {last.size / 1000:g} kB / {first.size / 1000:g} kB = "
          f"{ratio('t_speech'):.2f}")
    if problems:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
