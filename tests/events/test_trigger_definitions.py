"""Trigger senses grown from the CAMEO descriptions (stop 43, recall), checked type by type
against the usual news wordings of each definition rather than against any evaluation text:

* PROTEST 143 "conduct strike or boycott": a strike told by where the strikers stay away from
  (classrooms, clinics, courts, mines), by the work they stop ("stopped harvesting"), and the
  go-slow and the sickout;
* COERCE 1722 "ban political parties or politicians": a coalition or movement dissolved;
* COERCE 173 "arrest, detain": a person placed or put under arrest or house arrest;
* COERCE 1723, 172, 1721 "impose curfew", "impose administrative sanctions", "impose
  restrictions on freedoms": a curfew, a lockdown or an internet shutdown ordered;
* ASSAULT 190 "use conventional military force": shells, rockets and mortar rounds that land or
  fall somewhere (as they already "hit" it);
* MOBILIZE 154 "increase military mobilization": armoured units moved;
* CONSULT 042 "make a visit": flying into a capital the text names by its title only.

Each row: sentence, expected PLOVER type, a word of the trigger span, a source name test (None:
any). Near misses, which must not fire, keep every class honest. Every sentence is our own.
"""

from __future__ import annotations

import pytest

from .helpers import describe, events, events_over, names_match

FOUND = [
    # PROTEST 143: staying away from the workplace, whatever the workplace
    pytest.param("Teachers across Malawi stayed away from classrooms on Monday over unpaid "
                 "allowances.", "PROTEST", "stayed", "teacher", id="stay-away-classrooms"),
    pytest.param("Junior doctors in Lagos stayed away from clinics for a third day.",
                 "PROTEST", "stayed", "doctor", id="stay-away-clinics"),
    pytest.param("Court clerks in Lusaka stayed away from the courts on Tuesday to press for "
                 "a pay rise.", "PROTEST", "stayed", None, id="stay-away-courts"),
    pytest.param("Miners in Oruro stayed away from the mines after the union rejected the "
                 "offer.", "PROTEST", "stayed", "miner", id="stay-away-mines"),
    # ... stopping the work itself
    pytest.param("Tea pickers in Kericho stopped harvesting on Monday over the new rates.",
                 "PROTEST", "stopped", None, id="stop-harvesting"),
    pytest.param("Dockworkers in Chittagong stopped loading ships to demand safety gear.",
                 "PROTEST", "stopped", "dockworker", id="stop-loading"),
    pytest.param("Lecturers at Makerere University stopped teaching last week over arrears.",
                 "PROTEST", "stopped", None, id="stop-teaching"),
    # ... and the slow-down and the sickout
    pytest.param("Bus drivers in Karachi began a go-slow on Thursday over fuel allowances.",
                 "PROTEST", "slow", "driver", id="go-slow"),
    pytest.param("Hospital porters in Harare began a go-slow on Monday.",
                 "PROTEST", "slow", "porter", id="go-slow-porters"),
    pytest.param("Nurses in Manila held a sickout on Wednesday to protest unpaid overtime.",
                 "PROTEST", "sickout", "nurse", id="sickout"),
    # COERCE 1722: a political coalition or movement dissolved by the state
    pytest.param("Guinea's junta dissolved the main opposition coalition on Thursday.",
                 "COERCE", "dissolved", "Guinea", id="dissolve-coalition"),
    pytest.param("A court in Bishkek dissolved the opposition movement at the government's "
                 "request.", "COERCE", "dissolved", None, id="dissolve-movement"),
    pytest.param("Nicaragua dissolved the country's oldest human rights association.",
                 "COERCE", "dissolved", "Nicaragua", id="dissolve-association"),
    # COERCE 173: placed or put under arrest, house arrest or detention
    pytest.param("Chad placed the former prime minister under house arrest on Friday.",
                 "COERCE", "placed", "Chad", id="place-under-house-arrest"),
    pytest.param("Myanmar's junta put the ousted leader under house arrest in Naypyidaw.",
                 "COERCE", "put", "Myanmar", id="put-under-house-arrest"),
    pytest.param("Gabon's interim authorities placed the president's son under arrest.",
                 "COERCE", "placed", "Gabon", id="place-under-arrest"),
    pytest.param("The Sudanese army placed two opposition leaders under arrest in Khartoum.",
                 "COERCE", "placed", ("Sudan", "army"), id="place-under-arrest-army"),
    # COERCE 1723, 172, 1721: a curfew, a lockdown or a blackout ordered is imposed
    pytest.param("The governor of Kandahar ordered a curfew from dusk to dawn.",
                 "COERCE", "ordered", None, id="order-curfew"),
    pytest.param("Bolivia's interior minister ordered a night curfew in Cochabamba.",
                 "COERCE", "ordered", None, id="order-night-curfew"),
    pytest.param("Ethiopia's government ordered a lockdown of the Amhara region on Friday.",
                 "COERCE", "ordered", "Ethiop", id="order-lockdown"),
    pytest.param("Uganda's electoral authorities ordered an internet shutdown before the vote.",
                 "COERCE", "ordered", None, id="order-internet-shutdown"),
    # ASSAULT 190: what is fired lands or falls where it strikes
    pytest.param("Two mortar shells fell on a market in Goma on Tuesday, killing a trader.",
                 "ASSAULT", "fell", None, id="shells-fell"),
    pytest.param("Three rockets landed in a village in Sindh on Sunday.",
                 "ASSAULT", "landed", None, id="rockets-landed"),
    pytest.param("Israel said a rocket from Lebanon landed near a kibbutz in the Galilee.",
                 "ASSAULT", "landed", None, id="rocket-landed-reported"),
    # MOBILIZE 154: armour moved
    pytest.param("Thailand moved a tank company closer to the Cambodian border on Saturday.",
                 "MOBILIZE", "moved", "Thailand", id="move-tank-company"),
    pytest.param("Azerbaijan moved two armoured units towards the Lachin corridor.",
                 "MOBILIZE", "moved", "Azerbaijan", id="move-armoured-units"),
    pytest.param("Serbia moved a tank unit up to the Kosovo boundary line.",
                 "MOBILIZE", "moved", "Serbia", id="move-tank-unit"),
    # CONSULT 042: a visit to a capital named by its title
    pytest.param("Kenya's foreign minister flew into the Ethiopian capital on Sunday.",
                 "CONSULT", "flew", "Kenya", id="fly-into-capital"),
    pytest.param("Chile's president flew into the Argentine capital for a two-day visit.",
                 "CONSULT", "flew", "Chile", id="fly-into-capital-visit"),
    pytest.param("Vietnam's premier flew into the Lao capital on Wednesday to meet his "
                 "counterpart.", "CONSULT", "flew", "Vietnam", id="fly-into-capital-meet"),
]

NOT_FOUND = [
    # staying away from what is no workplace, and stopping what is no strike
    pytest.param("Residents of Beira were told to stay away from the river banks.", "stay",
                 id="stay-away-river"),
    pytest.param("The Kenyan tea company stopped harvesting in the flooded estates.", "stopped",
                 id="company-stops-harvest"),
    pytest.param("Rain stopped harvesting across the Punjab on Monday.", "stopped",
                 id="rain-stops-harvest"),
    # a slowdown of the economy; the partnership two firms end
    pytest.param("Ghana's economy faces a slowdown this year, the IMF said.", "slowdown",
                 id="economic-slowdown"),
    pytest.param("Kenya's ruling party dissolved its coalition with two smaller parties.",
                 "dissolved", id="party-ends-coalition"),
    # what lands or falls is no weapon: a plane, prices, snow
    pytest.param("The Peruvian president's plane landed in Lima on Monday.", "landed",
                 id="plane-landed"),
    pytest.param("Prices of maize fell in Zambia after the harvest.", "fell",
                 id="prices-fell"),
    pytest.param("Heavy snow fell on Kabul overnight.", "fell", id="snow-fell"),
    # figurative force and sport and weather, as the brief's near misses
    pytest.param("The price of bread attacked household budgets across Egypt.", "attacked",
                 id="price-attacked"),
    pytest.param("Argentina defeated Brazil 2-1 in the final in Buenos Aires.", "defeated",
                 id="sport-defeated"),
    pytest.param("A cyclone threatens the coast of Mozambique this weekend.", "threatens",
                 id="weather-threatens"),
    # moving a firm or a date; flying into a rage
    pytest.param("The Kenyan firm moved its headquarters to Kigali.", "moved",
                 id="move-headquarters"),
    pytest.param("The minister flew into a rage at the press conference in Accra.", "flew",
                 id="fly-into-rage"),
]


@pytest.mark.parametrize(("text", "type_", "word", "source"), FOUND)
def test_definition_wordings_are_coded(text: str, type_: str, word: str,
                                       source: str | tuple[str, ...] | None) -> None:
    ex = events(text)
    found = [e for e in events_over(text, word) if e.type == type_ and (
        source is None or names_match(ex, e.source, source))]
    assert found, describe(ex)


@pytest.mark.parametrize(("text", "word"), NOT_FOUND)
def test_near_misses_are_not_coded(text: str, word: str) -> None:
    assert not events_over(text, word), describe(events(text))
