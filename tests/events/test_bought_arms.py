"""Arms bought are goods, never a party; the seller is the buyer's counterpart (issue 12,
class 5).

"Morocco bought drones from Turkey" is military cooperation (CAMEO 062) of Morocco with
Turkey: the drones are what changes hands, not whom the purchase is aimed at, though "drones"
alone may stand for a force ("drones struck the convoy"). A buying verb (``buying_verbs`` of
``data/arguments.yaml``) reads its "from" phrase as the other side, and its goods are no
target (``events/arguments.verb_arguments``). Our own wire-style sentences.

Each row: (text, trigger, type, source, target).
"""

from __future__ import annotations

import pytest

from .helpers import expect_at, expect_none_with

#: Rows: the seller a "from" phrase names is the target.
BOUGHT = [
    ("Morocco bought drones from Turkey last year.", "bought", "COOPERATE", "Morocco",
     ("Turkey", "Türkiye")),
    ("The Ghanaian army purchased armoured vehicles from South Africa.", "purchased",
     "COOPERATE", "Ghana", "South Africa"),
    ("Bolivia bought two helicopters from Russia in 2019.", "bought", "COOPERATE", "Bolivia",
     "Russia"),
    ("Paraguay purchased six light attack jets from Brazil on Tuesday.", "purchased",
     "COOPERATE", "Paraguay", "Brazil"),
    ("Nepal bought rifles and ammunition from India, the army said.", "bought", "COOPERATE",
     "Nepal", "India"),
    ("The Kenyan army purchased mortars from Israel.", "purchased", "COOPERATE", "Kenya",
     "Israel"),
    ("Indonesia bought 42 warplanes from France.", "bought", "COOPERATE", "Indonesia",
     "France"),
    ("Armenia has bought missile systems from India, its defence ministry said.", "bought",
     "COOPERATE", "Armenia", "India"),
    ("Uganda bought 20 tanks from Ukraine.", "bought", "COOPERATE", "Uganda", "Ukraine"),
]


@pytest.mark.parametrize("text,trigger,type_,source,target", BOUGHT)
def test_the_seller_is_whom_a_purchase_of_arms_is_with(text, trigger, type_, source, target):
    expect_at(text, trigger, type_, source=source, target=target)


#: Near misses: the goods are never the target, with a seller named or not.
GOODS = [
    ("Morocco bought drones from Turkey last year.", "bought", "COOPERATE", "drones"),
    ("Bolivia bought two helicopters from Russia in 2019.", "bought", "COOPERATE",
     "helicopters"),
    ("Uganda bought 20 tanks from Ukraine.", "bought", "COOPERATE", "tanks"),
    ("Morocco bought more drones last year.", "bought", "COOPERATE", "drones"),
    ("The army purchased new helicopters in March.", "purchased", "COOPERATE", "helicopters"),
]


@pytest.mark.parametrize("text,trigger,type_,goods", GOODS)
def test_arms_bought_are_no_party(text, trigger, type_, goods):
    expect_none_with(text, trigger, type_, target=goods)


#: Near misses: a seller's sale keeps its buyer, named by "to".
SOLD = [
    ("Turkey sold drones to Ethiopia.", "sold", "COOPERATE", ("Turkey", "Türkiye"),
     "Ethiopia"),
    ("France sold 24 warplanes to Egypt.", "sold", "COOPERATE", "France", "Egypt"),
]


@pytest.mark.parametrize("text,trigger,type_,source,target", SOLD)
def test_a_sale_is_to_its_buyer(text, trigger, type_, source, target):
    expect_at(text, trigger, type_, source=source, target=target)
