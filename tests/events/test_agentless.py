"""Agentless passives of acts of no force: PLOVER codes an act even when its doer goes unnamed.
"Talks were held in Nairobi", "a deal was reached after midnight", "an accord was signed",
"the truce agreed in Juba", "they were released outside Kotal" tell one meeting, agreement or
release each. With no actor on either side they are kept as mentions with no actor
(``Event.reference``), their doer empty (never guessed), so that fusion can join them to the
reports that name the parties.

Near misses stay without a mention told as done: a kind or a judgement ("talks are
important"), a future or a condition ("talks will be held next month", "if a deal is
reached"), an agent named (the normal event, with its doer), a game or a trade ("a deal was
reached for the striker"), a thing released ("the film was released"), and violence done by
no one (a market "crash", "the earthquake killed eight"). A later sentence telling the same
act again is a retelling of it, not a second act. Our own sentences.
"""

from __future__ import annotations

import datetime as dt

import pytest

from actorgraph.records import TOLD_DONE

from .helpers import events, events_over

PUBLISHED = dt.date(2026, 3, 10)  # a Tuesday

TOLD = [
    ("Talks were held in Nairobi on Monday, officials said.", "Talks", ("CONSULT",)),
    ("A new round of talks was held behind closed doors in Muscat on Thursday.", "held",
     ("CONSULT",)),
    ("A deal was reached after midnight in Cairo, a mediator said.", "deal", ("AGREE",)),
    ("An agreement on grazing rights was signed in Niamey on Friday.", "signed",
     ("SUPPORT", "AGREE")),
    ("A memorandum on fisheries was signed in Apia on Wednesday.", "memorandum",
     ("SUPPORT", "AGREE")),
    ("A ceasefire was agreed in Juba late on Sunday.", "ceasefire", ("AGREE", "RETREAT")),
    ("Aid agencies in Mekelle praised the truce agreed in Addis Ababa last week.", "truce",
     ("AGREE", "RETREAT")),
    ("Shops reopened in Bunia under a ceasefire agreed on Saturday.", "ceasefire",
     ("AGREE", "RETREAT")),
    ("They were released late on Thursday at a roadside outside Kotal, their families said.",
     "released",
     ("RETREAT",)),
    ("Most of the detained students have since been freed on bail, a lawyer in Harare said.",
     "freed", ("RETREAT",)),
    ("Police in Lilongwe questioned dozens of teachers, several of whom were freed on Tuesday.",
     "freed", ("RETREAT",)),
    ("More police were sent to the border district of Kalehe on Friday, a resident said.",
     "sent", ("MOBILIZE",)),
]

#: (text, word): no event told as done (or as not done) at the word.
NEAR = [
    ("Talks are important, the bishop said in Kigali.", "Talks"),
    ("Talks will be held in Accra next month.", "Talks"),
    ("If a deal is reached, the blockade of the port in Durban will end.", "deal"),
    ("Talks should be held in Lusaka before the rains, the envoy said.", "Talks"),
    ("A deal was reached for the striker's transfer to Porto.", "deal"),
    ("A supply deal was signed in Gaborone on Monday, the mining firm said.", "deal"),
    ("The film was released in Lagos on Friday.", "released"),
    ("A new album was sent to radio stations in Accra on Friday.", "sent"),
    ("The budget was approved in Windhoek on Thursday.", "approved"),
    ("Any deal reached in Baku would need the approval of parliament.", "deal"),
    ("No deal was reached in Kigali, a mediator said.", "deal"),
    ("A deal worth $2bn was announced in Lusaka on Friday.", "deal"),
    ("Talks were not held in Maputo after all.", "Talks"),
    ("Shares crashed in Mumbai on Monday.", "crashed"),
    ("The earthquake killed eight people in the hills above Herat.", "killed"),
]


@pytest.mark.parametrize(("text", "word", "kinds"), TOLD)
def test_an_act_told_in_the_passive_with_no_agent_is_a_mention(text, word, kinds) -> None:
    found = [e for e in events_over(text, word, PUBLISHED) if e.type in kinds]
    assert found, [(e.type, text[e.start:e.end]) for e in events(text, PUBLISHED).events]
    e = found[0]
    assert not e.source and e.modality in TOLD_DONE
    assert text[e.start:e.end] and e.start <= text.index(word) < e.end  # its trigger's span


@pytest.mark.parametrize(("text", "word"), NEAR)
def test_no_act_told_as_done_in_a_near_miss(text, word) -> None:
    told = [(e.type, e.modality) for e in events_over(text, word, PUBLISHED)
            if e.modality in TOLD_DONE]
    assert not told, told


def test_an_agent_named_is_the_doer() -> None:
    text = "A deal was reached by Ethiopia and Kenya after midnight in Nairobi."
    found = [e for e in events_over(text, "deal", PUBLISHED) if e.type == "AGREE"]
    assert found and found[0].source and not found[0].reference


def test_the_same_meeting_told_again_is_no_second_act() -> None:
    text = ("Talks were held in Doha on Monday, a diplomat said. "
            "The talks lasted into the night, the diplomat added.")
    ex = events(text, PUBLISHED)
    talks = [e for e in ex.events if e.type == "CONSULT"]
    assert len(talks) == 2, [(e.type, text[e.start:e.end]) for e in ex.events]
    assert all(e.reference for e in talks)


def test_a_meeting_told_before_is_retold_by_the_definite_passive() -> None:
    text = ("Kenya's foreign minister met her Sudanese counterpart in Nairobi on Monday. "
            "The talks were held behind closed doors, a diplomat said.")
    ex = events(text, PUBLISHED)
    met, talks = (e for e in ex.events if e.type == "CONSULT")
    assert not talks.reference and talks.retells == met.id
