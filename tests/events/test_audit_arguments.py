"""Arguments an audit of fresh reports found wrong (issue 12), one table per mechanism, our
own wire-style sentences (invented towns and people where a name is needed):

* a pronoun subject of a clause coordinated with the reporting verb is the speaker, not the
  subject of the clause reported between them (``actors/parties._reporting_doer``);
* whoever is asked does what is asked, also when the asking verb is passive or a participle,
  or a noun put to someone (``doers._asked``);
* a thing acted on stands for whoever has it by a participle of having ("held by",
  "belonging to": ``arguments._holders``);
* whoever a note, letter or protest is handed to is addressed by it, and a suspect handed
  over is moved to whoever receives him (``nominals``, ``arguments._moved_thing``);
* unnamed doers whose identity is unknown ("unknown persons") are actors of their own;
* condemning, praising or rejecting an act another sentence tells is aimed at whoever did it
  ("Paris condemned *the expulsion*": ``evaluations.aimed``);
* a strike or protest that names no doer, told in a clause of circumstance on a verb of the
  same act, is that verb's doers' ("workers walked out *as a strike* spread":
  ``nominals._same_act``).

Each row: (text, trigger, type, source, target); near misses: (text, trigger, type, source,
target) that must not be found.
"""

from __future__ import annotations

import pytest

from .helpers import expect_at, expect_none_with

#: Rows: the reported clause's subject is not the speaker's pronoun.
SPEAKER = [
    ("Paraguay said Brazil had closed the border crossing at Vila Tormes, and it recalled "
     "its ambassador.", "recalled", "SANCTION", "Paraguay", None),
    ("The Cambodian defence ministry said Thailand had violated its airspace and it "
     "demanded an apology.", "demanded", "REQUEST", "Cambodia", None),
    ("Lithuania said Belarus had pushed migrants across the frontier, and it closed two "
     "checkpoints on Wednesday.", "closed", ("COERCE", "SANCTION"), "Lithuania", None),
    ("Guyana said Venezuela had massed troops near the Essequibo, and it asked the United "
     "Nations for help.", "asked", "REQUEST", "Guyana", ("United Nations", "UN")),
    ("Serbia said Kosovo had sent police into the north, and it put its army on alert.",
     "put", "MOBILIZE", "Serbia", None),
    ("Armenia said Azerbaijan had shelled the village of Dzorakert, and it summoned the "
     "Azerbaijani envoy.", "summoned", ("ACCUSE", "SANCTION", "CONSULT"), "Armenia", None),
    ("Ghana said Togo had detained three of its fishermen, and it protested to Lome.",
     "protested", ("ACCUSE", "PROTEST"), "Ghana", None),
    ("Nepal said India had built a road through the disputed area, and it lodged a "
     "diplomatic protest.", "lodged", ("ACCUSE", "PROTEST"), "Nepal", None),
]
#: Near misses: the pronoun inside the reported clause is still its own ("said Brazil had
#: closed the border and *it* had recalled": no coordination with "said").
SPEAKER_MISSES = [
    ("Paraguay said Brazil had closed the border after it recalled its ambassador from "
     "Asuncion.", "recalled", "SANCTION", "Paraguay", None),
    ("Lithuania said Belarus had pushed migrants across the frontier, and it closed two "
     "checkpoints.", "closed", ("COERCE", "SANCTION"), "Belarus", None),
]

#: Rows: whoever is asked does it.
ASKED = [
    ("Kenya was urged by the African Union to withdraw its troops from the border town of "
     "Moyaleni.", "withdraw", "RETREAT", "Kenya", None),
    ("Kenya, urged by the African Union to pull back, said its troops would stay.",
     "pull back", "RETREAT", "Kenya", None),
    ("Mali was asked by Algeria to release the detained herders.", "release", "RETREAT",
     "Mali", None),
    ("Ethiopia was pressed by the United States to allow aid convoys into the region.",
     "allow", ("CONCEDE", "RETREAT", "AID", "COOPERATE"), "Ethiopia", None),
    ("The African Union's call on Kenya to withdraw its troops came after the clashes.",
     "withdraw", "RETREAT", "Kenya", None),
    ("Chad's appeal to France to send more troops went unanswered.", "send",
     ("MOBILIZE", "AID"), "France", None),
    ("Peru, asked by Ecuador to hand over the fugitive general, refused.", "hand over",
     ("COOPERATE", "RETREAT"), "Peru", None),
    ("Bolivia was told by Chile to withdraw its ambassador.", "withdraw",
     ("RETREAT", "SANCTION"), "Bolivia", None),
]
#: Near misses: the one asking does not do what it asks.
ASKED_MISSES = [
    ("Kenya was urged by the African Union to withdraw its troops.", "withdraw", "RETREAT",
     "African Union", None),
    ("The African Union's call on Kenya to withdraw its troops came after the clashes.",
     "withdraw", "RETREAT", "African Union", None),
    ("Mali was asked by Algeria to release the detained herders.", "release", "RETREAT",
     "Algeria", None),
]

#: Rows: a thing had by a party stands for that party.
HELD = [
    ("Indonesia revoked the licences held by three Vietnamese trawler companies on Monday.",
     "revoked", ("COERCE", "SANCTION"), "Indonesia", "Vietnamese trawler companies"),
    ("Israeli troops demolished a house belonging to a Palestinian prisoner near Tell Marun.",
     "demolished", "ASSAULT", "Israeli", "Palestinian prisoner"),
    ("The Philippine coast guard seized a boat owned by Vietnamese fishermen near the shoal.",
     "seized", ("COERCE", "ASSAULT"), "Philippine coast guard", "Vietnamese fishermen"),
    ("Police raided a warehouse run by the opposition Liberal Party in Ostrava.", "raided",
     "COERCE", "Police", "Liberal Party"),
    ("The junta shut down a radio station owned by the Catholic Church.", "shut down",
     ("COERCE", "SANCTION"), "junta", "Catholic Church"),
    ("Gunmen torched trucks belonging to Ugandan traders near the Karuma bridge.",
     "torched", "ASSAULT", "Gunmen", "Ugandan traders"),
    ("Nicaragua froze bank accounts held by Jesuit priests.", "froze",
     ("SANCTION", "COERCE"), "Nicaragua", "Jesuit priests"),
    ("Rebels attacked a convoy operated by the World Food Programme near Bunagana.",
     "attacked", "ASSAULT", "Rebels", "World Food Programme"),
]
#: Near misses: a place the act happens in is no owner ("a house *in* Jenin").
HELD_MISSES = [
    ("Israeli troops demolished a house belonging to a Palestinian prisoner in Jenin.",
     "demolished", "ASSAULT", None, "Jenin"),
]

#: Rows: whom a note or a suspect is handed to.
HANDED = [
    ("Peru sent a protest note to the Chilean embassy in Lima on Wednesday.",
     "sent a protest note", "ACCUSE", "Peru", "Chilean embassy"),
    ("Estonia passed a letter of protest to the Russian charge d'affaires.",
     "passed a letter of protest", ("ACCUSE", "PROTEST"), "Estonia", "Russia"),
    ("Japan handed a formal protest to the Chinese ambassador in Tokyo.",
     "handed a formal protest", ("ACCUSE", "PROTEST"), "Japan", "Chinese"),
    ("Police in Tarvia handed the suspect over to Moldovan authorities on Friday.",
     "handed", "COOPERATE", "Police", "Moldovan authorities"),
    ("Kazakhstan handed over two fugitives to Uzbekistan, the prosecutor's office said.",
     "handed over", "COOPERATE", "Kazakhstan", "Uzbekistan"),
    ("Ghana extradited the businessman to Nigeria on Thursday.", "extradited", "COOPERATE",
     "Ghana", "Nigeria"),
    ("Chile delivered 40 tonnes of medical supplies to Bolivia on Monday.", "delivered",
     "AID", "Chile", "Bolivia"),
    ("Brazil supplied fuel to Paraguay after the floods.", "supplied", "AID", "Brazil",
     "Paraguay"),
]
#: Near misses: the suspect handed over is moved, not whom the act is for.
HANDED_MISSES = [
    ("Police in Tarvia handed the suspect over to Moldovan authorities on Friday.",
     "handed", "COOPERATE", None, "suspect"),
]

#: Rows: doers no one names.
UNNAMED = [
    ("Unknown persons set fire to the offices of the electoral commission in Kisumu.",
     "set fire", "ASSAULT", "Unknown persons", "electoral commission"),
    ("Unidentified persons abducted a Catholic priest near Ogbaru on Sunday.", "abducted",
     "ASSAULT", "Unidentified persons", None),
    ("Unknown individuals ransacked the office of the ruling party in Sogakope.",
     "ransacked", ("COERCE", "ASSAULT"), "Unknown individuals", None),
    ("Unidentified individuals shot dead a local councillor in Tumaco.", "shot",
     "ASSAULT", "Unidentified individuals", None),
    ("Unknown people attacked the home of an opposition lawmaker in Mzuzu overnight.",
     "attacked", "ASSAULT", "Unknown people", None),
    ("Unidentified people torched a polling station in the village of Kashiwa.", "torched",
     "ASSAULT", "Unidentified people", None),
    ("Unidentified gunmen abducted a Catholic priest in Enugu state on Sunday.", "abducted",
     "ASSAULT", "Unidentified gunmen", None),
    ("Unknown men set fire to a mosque in the town of Vidin.", "set fire", "ASSAULT",
     "Unknown men", None),
]

#: Rows: a strike or protest told beside its doers' act.
ALONGSIDE = [
    ("Garment workers in Dhaka walked off the job on Monday as a strike over wages spread.",
     "strike", "PROTEST", "Garment workers", None),
    ("Teachers in Nakuru marched on parliament as a national strike entered its second "
     "week.", "national strike", "PROTEST", "Teachers", None),
    ("Students blocked roads in Ziguinchor as protests against the postponement grew.",
     "protests", "PROTEST", "Students", None),
    ("Dockers in Antwerp walked out as protests over pension reform spread.", "protests",
     "PROTEST", "Dockers", None),
    ("Hundreds of lawyers marched in Multan while a boycott of the courts continued.",
     "boycott", "PROTEST", "lawyers", None),
    ("Shopkeepers in Kano shut their stores as a strike against the new tax took hold.",
     "strike", "PROTEST", "Shopkeepers", None),
]
#: Near misses: an act of another type does not lend its doer ("police dispersed traders as
#: protests grew": not the police's protest).
ALONGSIDE_MISSES = [
    ("Riot police dispersed traders in Mutare as protests over the ban grew.", "protests",
     "PROTEST", "police", None),
    ("Soldiers patrolled the streets of Kindia as a general strike paralysed the town.",
     "general strike", "PROTEST", "Soldiers", None),
    # a verb with an attack's sense only with a particle or phrase it lacks ("ran over")
    ("Villagers in Kfar Shouba ran for cover as a barrage of shells hit the hillside.",
     "barrage", "ASSAULT", "Villagers", None),
]

#: Rows: judging an act told before is aimed at its doer.
JUDGED = [
    ("Mali's junta expelled the French ambassador. Paris condemned the expulsion.",
     "condemned", "ACCUSE", "France", "Mali"),
    ("Mali's junta expelled the French ambassador. Paris condemned the move.", "condemned",
     "ACCUSE", "France", "Mali"),
    ("Vietnam seized a Chinese survey ship off the Paracels. Beijing condemned the seizure "
     "on Friday.", "condemned", "ACCUSE", "China", "Vietnam"),
    ("Kosovo police arrested three Serb men near Zubin Potok. The arrests were condemned by "
     "Belgrade.", "condemned", "ACCUSE", "Serbia", "Kosovo police"),
    ("Rwanda closed its border with Burundi on Monday. Gitega denounced the closure.",
     "denounced", "ACCUSE", "Burundi", "Rwanda"),
    ("Venezuela freed two American detainees on Saturday. Washington welcomed the release.",
     "welcomed", "SUPPORT", ("United States", "Washington"), "Venezuela"),
    ("Ecuador raided the Mexican embassy in Quito. Mexico condemned the raid.", "condemned",
     "ACCUSE", "Mexico", "Ecuador"),
    ("Niger's junta revoked the licence of a French uranium firm. Paris criticised the "
     "decision.", "criticised", "ACCUSE", "France", "Niger"),
]
#: Near misses: the judge is not its own target, and an act no one did names no one.
JUDGED_MISSES = [
    ("Mali's junta expelled the French ambassador. The junta defended the expulsion.",
     "defended", ("SUPPORT", "ACCUSE", "REJECT"), None, "junta"),
    ("Turkey condemned the attack on a border post, without naming who carried it out.",
     "condemned", "ACCUSE", None, ("Türkiye", "Turkey")),
    ("Foreign Minister Penny Wong met Indonesian officials in Jakarta. The governor of "
     "Papua province said he rejected the plan.", "rejected", "REJECT", None, "Penny Wong"),
]


@pytest.mark.parametrize("text,trigger,type_,source,target",
                         SPEAKER + ASKED + HELD + HANDED + UNNAMED + ALONGSIDE + JUDGED)
def test_argument_from_the_right_clause(text, trigger, type_, source, target):
    expect_at(text, trigger, type_, source=source, target=target)


@pytest.mark.parametrize("text,trigger,type_,source,target",
                         SPEAKER_MISSES + ASKED_MISSES + HELD_MISSES + HANDED_MISSES
                         + ALONGSIDE_MISSES + JUDGED_MISSES)
def test_argument_not_taken_from_elsewhere(text, trigger, type_, source, target):
    expect_none_with(text, trigger, type_, source, target)
