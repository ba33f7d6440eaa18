"""Whom "him" or "her" stands for as the object of an act (our own sentences, many places).

* An object pronoun is never whoever does its verb's act: the verb's subject or, for a
  participle or gerund with none, the subject of the verb it hangs on ("Kenya expelled the
  envoy, accusing *him*": the envoy, not Kenya). An infinitive's doer is the one asked or
  sent, so the asker stays possible ("Abiy asked the AU to protect *him*": Abiy).
* An object pronoun may stand for an unnamed office holder described by nationality ("the
  Dutch ambassador ... accusing *him*"), as a later "the ambassador" already may; a
  possessive ("*his* visit") still may not.

Each row: (text, the pronoun, a name or country code the actor it resolves to must carry,
or None when it must resolve to no one).
"""

from __future__ import annotations

import pytest

from .helpers import resolved

ROWS = [
    # the object of a participle is not the subject it shares
    ("General Abdel-Fattah Burhan asked Guterres in a letter to replace Perthes, accusing "
     "him of bias.", "him", "perthes"),
    ("President Tinubu dismissed Governor Ortom on Monday, accusing him of disloyalty.",
     "him", "ortom"),
    ("Prime Minister Pashinyan met Senator Menendez in Yerevan and thanked him for his "
     "support.", "him", "menendez"),
    # an office described by its nationality, no name
    ("The government expelled the Dutch ambassador, accusing him of spying.", "him",
     "ambassador"),
    ("Kenya summoned the Ugandan envoy on Monday and accused him of meddling.", "him",
     "envoy"),
    ("The foreign minister met the French ambassador and criticised him for the remarks.",
     "him", "ambassador"),
    ("The Chilean navy rescued the Peruvian captain and handed him to the coast guard.",
     "him", "captain"),
    # near misses: an infinitive's doer is the one asked; a reflexive is the doer
    ("Prime Minister Abiy Ahmed asked the African Union to protect him.", "him", "abiy"),
    ("President Ruto visited Uganda, where President Museveni praised him.", "him", "ruto"),
    ("President Macron blamed himself for the failures.", "himself", "macron"),
]


@pytest.mark.parametrize(("text", "pronoun", "want"), ROWS)
def test_object_pronoun_is_not_its_verbs_doer(text: str, pronoun: str, want: str | None):
    found = resolved(text, pronoun)
    if want is None:
        assert not found
    else:
        assert any(want in x for x in found), found
