"""Clustering and contradictions on our fusion corpus (bench/fusion: reports written for the
purpose, several outlets per story, with traps), scored by bench/cluster_eval.py: end-to-end
pairwise clustering F1 (over all gold mentions, one the event stage does not find counting as
a singleton) and the referee's checks. Floors sit at the measured score less ~0.02 and only go
up; blind26, blind27 and blind28 are the splits no rule was written from
(dev, test, blind, blind2 ... blind25 have all been read).

Before event references the F1 floors were on pairs of the mentions the event stage finds; finding
more mentions then lowered that figure whenever the new ones were not clustered, so it
rewarded leaving hard mentions unfound. The end-to-end figure cannot fall for finding more."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from ..conftest import REPO

#: split -> (pairwise F1, checks of clusters, apart, contradictions and not-contradictions
#: passed), measured less ~0.02 (and less one or two checks): dev 0.747 and 32, test 0.645 and 21;
#: then dev 0.762 and 32, test 0.654 and 22; then dev 0.781 and 32, test 0.802 and 27; then
#: dev 0.795 and 35, test 0.813 and 29; blind (written blind, never read) 0.544 and 25; then
#: dev 0.803 and 35, test 0.815 and 30, blind (read from this stop on) 0.676 and 30, blind2
#: (written blind, never read) 0.634 and 46; blind2 (read from this stop on) 0.633 and 48, blind3
#: (written blind, never read; scored at the last stop's final commit) 0.633 and 47; then
#: test 0.825 and 31, blind 0.751 and 31, blind2 0.698 and 54; then (light-verb spans match
#: more gold mentions, which count in the pairs unlinked) dev 0.788 and 35, test 0.821 and 32,
#: blind 0.763 and 32, blind2 0.721 and 55, blind3 (held out) 0.626 and 46; then blind2 0.726
#: and 59, blind3 0.629 and 47; then (new extraction rules match 3 more points of gold
#: mentions on the read splits) dev 0.7925 and 36, test 0.811 and 33, blind 0.751 and 35,
#: blind2 0.709 and 62, blind3 0.627 and 48; blind4 (written blind, never read; scored at
#: d30f3f8) 0.636 and 23, and blind3 read from then on. End to end from here on (references
#: and carried spans: matched-only F1 dev 0.784, test 0.809, blind 0.722, blind2 0.695,
#: blind3 0.654, blind4 0.674): dev 0.598 and 37, test 0.644 and 33, blind 0.553 and 35,
#: blind2 0.555 and 64, blind3 0.391 and 51, blind4 0.404 and 24; then (partyless reports
#: placed by their story's parties, dating in sequence, object gaps, ...) dev 0.5995 and 36,
#: test 0.695 and 35, blind 0.560 and 36, blind2 0.597 and 65, blind3 0.4565 and 59, blind4
#: (held out) 0.4365 and 26; blind5 (written blind, never read; scored at 21c2d9c, matched-only
#: F1 0.524) 0.315 and 35, and blind4 read from then on; then (one span over both words of
#: one act, references, acts with no trigger before, two sides, unnamed attackers and
#: passives, at 8c835b6) dev 0.6667 and 42, test 0.7524 and 36, blind 0.6214 and 37, blind2
#: 0.5973 and 65, blind3 0.4904 and 60, blind4 0.5413 and 33, blind5 (held out) 0.3254 and 33;
#: blind6 (written blind at the end of that stop, never read; scored at b916d4d, matched-only
#: F1 0.4931) 0.2734 and 33; then (blind5 read from this stop on; described actors, names in
#: live blogs and headlines, consequences and modes of one act, denials of a whole class,
#: retold acts weeks back, at c9ed63f) dev 0.667 and 42, test 0.766 and 37, blind 0.641 and 39,
#: blind2 0.645 and 68, blind3 0.501 and 63, blind4 0.580 and 32, blind5 0.469 and 45, blind6
#: (held out, aggregate only; matched-only 0.563) 0.3284 and 35; blind7 (written blind this
#: stop, never read; 0.2261 and 43 at the stop's first commit 74d4cbd, matched-only 0.3819 at
#: c9ed63f) 0.2645 and 43; then (blind6 read from this stop on; reports naming no party
#: joined within their story, named state bodies, datelines, ordinals, a retold act's time,
#: agreed truces, wire verbs and object classes, one actor per full name, at 8c3acf5) dev
#: 0.670 and 43, test 0.778 and 39, blind 0.656 and 41, blind2 0.684 and 69, blind3 0.509
#: and 63, blind4 0.593 and 33, blind5 0.502 and 47, blind6 0.475 and 42, blind7 (held out,
#: aggregate only; matched-only 0.442) 0.3081 and 44; blind8 (written blind this stop, never
#: read; 0.3959 and 37 at its first commit 118a538, matched-only 0.629 at 8c3acf5) 0.4695
#: and 43; then (blind7 read from this stop on; possessed nouns' dates, negated objects, word
#: senses, retellings, arguments, and reports naming an act's two sides apart, at 3ba9fb4) dev
#: 0.670 and 43, test 0.789 and 41, blind 0.686 and 45, blind2 0.687 and 69, blind3 0.516 and
#: 63, blind4 0.604 and 34, blind5 0.515 and 49, blind6 0.496 and 44, blind7 0.354 and 50,
#: blind8 (held out) 0.4635 and 42 (0.471 and 43 before the two-sides join); blind9 (written
#: blind at the last stop, never read; 0.3956 and 44 at this stop's first commit d09c18a and
#: at 3ba9fb4, matched-only 0.72) 0.3956 and 44; blind10 (written blind this stop) has no
#: floor yet; then (blind8 read from this stop on; dates counted back from a present clause,
#: raids, headline passives, appositive and relative-clause victims, members of forces, word
#: senses, coverage of both families, at e381101) dev 0.668 and 43, test 0.789 and 41, blind
#: 0.691 and 48, blind2 0.687 and 69, blind3 0.549 and 67, blind4 0.614 and 35, blind5 0.532
#: and 53, blind6 0.528 and 44, blind7 0.395 and 52, blind8 0.509 and 45; held out, aggregate
#: only: blind9 0.4043 and 45 (0.3956 and 44 at the stop's start 8c09f99), blind10 (first
#: scored at 8c09f99) 0.3876 and 34 at both ends, blind11 (written blind this stop, first
#: scored at 8c09f99: 0.5283 and 32) 0.5303 and 33; then (blind9 read from this stop on;
#: craft as the only doer, tallies of arrests, people held or taken, meetings' outcomes,
#: strikers as workers, protest notes, nouns dated by the act done to them, at fe6cf45) dev
#: 0.671 and 44, test 0.789 and 41, blind 0.691 and 48, blind2 0.687 and 69, blind3 0.582
#: and 69, blind4 0.622 and 36, blind5 0.547 and 54, blind6 0.525 and 45, blind7 0.387 and
#: 52, blind8 0.509 and 45, blind9 0.415 and 50; held out, aggregate only: blind10 0.3876 and
#: 34 and blind11 0.5303 and 33 at both ends, blind12 (written blind this stop, first scored
#: at 7b936a0: 0.3283 and 38) 0.3231 and 38; then (blind10 read from this stop on; present
#: perfects reported on a day, venues no pronoun stands for, passive conjuncts, vessels and
#: incursions, undated acts of a retrospective, at 968bfdc) dev 0.671 and 44, test 0.789 and
#: 41, blind 0.691 and 48, blind2 0.691 and 70, blind3 0.580 and 69, blind4 0.622 and 36,
#: blind5 0.558 and 54, blind6 0.525 and 45, blind7 0.385 and 52, blind8 0.509 and 45, blind9
#: 0.415 and 50, blind10 0.502 and 34 (0.388 at the stop's start 7c62c10); held out, aggregate
#: only: blind11 0.5303 and 33 at both ends, blind12 0.3231 -> 0.3295 and 38, blind13 (written
#: blind this stop, first scored at faed933, the code of 7c62c10: 0.3654 and 43) 0.3758 and 43;
#: then (blind11 read from this stop on; when-clauses and offsets, ministries as their state,
#: towns of two words and of two countries, boardings, retellings by their own sense,
#: restrictions with no hand, at e5166c7) dev 0.671 and 44, test 0.795 and 42, blind 0.691
#: and 49, blind2 0.694 and 71, blind3 0.575 and 70, blind4 0.633 and 36, blind5 0.566 and 55,
#: blind6 0.525 and 45, blind7 0.410 and 53, blind8 0.509 and 45, blind9 0.441 and 52,
#: blind10 0.502 and 35, blind11 0.667 and 38 (0.530 at the stop's start a7fde20); held out,
#: aggregate only: blind12 0.3295 and 38 at both ends, blind13 0.3758 -> 0.3975 and 43,
#: blind14 (written blind this stop, first scored at dcb411f, the code of a7fde20: 0.4273 and
#: 41) 0.4273 and 42; then (blind12 read from this stop on; headlines that label a piece as
#: looking back, joint bodies, headline dates, officials' countries, descriptions no names, at
#: f46736b and 0e85524) dev 0.671 and 44, test 0.795 and 42, blind 0.705 and 51, blind2 0.694
#: and 71, blind3 0.575 and 70, blind4 0.633 and 36, blind5 0.569 and 56, blind6 0.525 and 45,
#: blind7 0.417 and 53, blind8 0.519 and 47, blind9 0.441 and 52, blind10 0.502 and 35,
#: blind11 0.682 and 42, blind12 0.341 and 43 (0.330 and 38 at the stop's start 10988d4); held
#: out, aggregate only: blind13 0.3975 -> 0.4125 and 43 -> 44, blind14 0.4273 -> 0.4546 and
#: 42 -> 43, blind15 (written blind this stop, first scored at a0c99fd, the code of 10988d4:
#: 0.4727 and 42) 0.4806 and 43; then (blind13 opened at the stop's start 770198f, read from
#: then on; blind16 written blind at it, held out with blind14 and blind15) at 4889a62: dev
#: 0.663 and 44 (0.672 at the start: a reception told apart from the talks cost dev-04's
#: "during the visit"), test 0.795 and 42, blind3 0.596 and 70, blind5 0.581 and 56, blind6
#: 0.525 and 45, blind7 0.399 and 52 (0.417 at the start: blind7-12's talks, freed of a
#: reception, joined another report's reception), blind8 0.528 and 49, blind9 0.456 and 54,
#: blind10 0.504 and 35, blind12 0.356 and 47, blind13 0.431 and 45 (0.4125 and 43 at the
#: start); held out, aggregate only: blind14 0.4546 -> 0.4574 and 43, blind15 0.4806 ->
#: 0.4885 and 43, blind16 (first scored at 6c7d2e7, the code of 770198f) 0.4434 and 54
#: at both ends; then (blind14 opened at the stop's start 214d16f, read from then on; blind17
#: written blind at it, held out with blind15 and blind16; contradictions each denial against
#: each asserting source, handless bombs and boats, retrospectives' undated words, "the visit"
#: retelling the visit, reporters and orders, dates pointing back, ministries' countries, at
#: c5b9f69) dev 0.681 and 44, blind8 0.511 and 50 (0.528 at the start: a court's custody order,
#: now found, joins an over-merged cluster of arrests), blind10 0.509 and 37, blind13 0.483 and
#: 48, blind14 0.511 and 44 (0.457 and 43 at the start); held out, aggregate only: blind15
#: 0.4885 and 43 at both ends, blind16 0.4434 -> 0.4414 and 54, blind17 (first scored at
#: a9835d2, the code of 214d16f) 0.4671 and 57 -> 0.4558 and 56
#: then (blind15 opened at the stop's start 6e25a3e, read from then on; blind18 written blind
#: at it, held out with blind16 and blind17; lasting strikes, victims named two ways, national
#: officials for their state, bare mentions, denials naming only a state, story dates, at
#: 6a664a5) blind2 0.704 and 72, blind3 0.614 and 71, blind4 0.641 and 36, blind5 0.602 and
#: 58, blind6 0.566 and 50, blind8 0.518 and 53, blind9 0.490 and 55, blind10 0.549 and 42,
#: blind11 0.698 and 43, blind12 0.380 and 50, blind14 0.525 and 45, blind15 0.529 and 45
#: (0.4885 and 43 at the start); held out, aggregate only: blind16 0.4414 -> 0.4629 and 54,
#: blind17 0.4558 -> 0.4578 and 56 -> 58, blind18 (first scored at ff83d2f, the code of
#: 1f75994: 0.3404 and 45) 0.3441 and 46
#: then (blind16 opened at the stop's start e319707, read from then on; blind19 written blind
#: at it, held out with blind17 and blind18; officials for the body their role is of, unknown
#: towns as places not sides, claims showing their speaker, at 5d6061c) blind 0.6912 and 52
#: (0.7057 and 51 at the start: a post attack joins a drone-strike cluster through a country
#: party), blind3 0.632 and 74, blind4 0.646 and 38, blind5 0.607 and 58, blind6 0.566 and 53,
#: blind8 0.526 and 54, blind10 0.569 and 42, blind13 0.485 and 49, blind15 0.529 and 46,
#: blind16 0.4695 and 54 (0.4629 at the start); held out, aggregate only: blind17 0.4578 ->
#: 0.4631 and 58 -> 59, blind18 0.3441 and 46 -> 47, blind19 (first scored at ace5259, the
#: code of 9b2edfb: 0.4870 and 58) 0.4870 and 59
#: then (blind17 opened at the stop's start 283df58, read from then on; blind20 written blind
#: at it, held out with blind18 and blind19; at 4684350, the stop's end) every split's end-to-end
#: F1 the same as at the start; checks blind10 44 -> 43, blind12 52 -> 51 (a contradiction each
#: given up for precision: a denial of one doer's part no longer answers reports naming none),
#: blind15 48 -> 49; held out, aggregate only: blind18 0.3441 and 49, blind19 0.4870 and 61,
#: blind20 (first scored at 283df58 with its files: 0.4850 and 55) 0.4850 and 54
#: then (blind18 opened at the stop's start ba7ad7a, read from then on; blind21 written blind
#: at it, held out with blind19 and blind20) blind21 first scored at efad900 (the code of
#: c6358ea), aggregate only: 0.3796 and 53
#: then (blind19 opened at the stop's start 8580f3a, read from then on; blind22 written blind
#: at it, held out with blind20 and blind21) blind22 first scored at e1865ba (the code of
#: 886f5e0), aggregate only: 0.3654 and 52 checks (54 with the two "other" checks, which the
#: floors do not count: its first floor, 52, was set from the count with them, no margin; it is
#: 50, the measure less 2, as every floor); at 39c331c (the stop's end) read splits blind10
#: 0.5685 -> 0.5743, blind12 0.3796 -> 0.4286 and 49 -> 48 checks, blind13 0.4849 -> 0.4909 and
#: 49 -> 50, blind15 0.5288 -> 0.5402, blind16 54 -> 55 checks, blind19 (read from this stop)
#: 0.4870 -> 0.4712 and 59 -> 58, the rest the same; held out, aggregate only: blind20 0.4850
#: and 52, blind21 0.3796 and 53 the same, blind22 0.3654 -> 0.3593 and 52 -> 51
#: then (blind20 opened at the stop's start eddb401, read from then on; blind23 written blind
#: at it, held out with blind21 and blind22) blind23 first scored at the code of eddb401,
#: aggregate only: 0.4348 and 61 checks (63 with the two "other" checks)
#: at 838a1d9 (the stop's end code; bench/cluster_eval.py in a snapshot, against db17b16 the same
#: way) dev 45 -> 46 checks, blind3 0.6320 -> 0.6420, blind6 0.5656 -> 0.6220 and 53 -> 57,
#: blind7 0.4163 -> 0.4154 and 53 -> 54, blind14 0.5254 -> 0.5439 and 45 -> 47, blind18 0.3441
#: -> 0.3505, blind19 0.4712 -> 0.4831 and 58 -> 60, the rest the same; held out, aggregate
#: only: blind21 0.3796, blind22 0.3593, blind23 0.4348 the same
#: then (blind21 opened at stop 40's start, read from then on; blind24 written blind at it,
#: held out with blind22 and blind23) blind24 first scored at the code of aa1417e (no rule of
#: stop 40 in it), aggregate only: 0.4488 and 63 checks (65 with the two "other" checks)
#: at 33de30c (stop 40's end code; bench/cluster_eval.py in a snapshot, against aa1417e the same
#: way) dev 0.6794 -> 0.7043, blind2 0.7038 -> 0.7153 and 72 -> 75 checks, blind3 0.6420 ->
#: 0.6422, blind5 0.6070 -> 0.6124, blind6 0.6220 -> 0.6248 and 57 -> 58, blind7 0.4154 -> 0.4802
#: and 54 -> 57, blind8 0.5258 -> 0.5337 and 54 -> 55, blind9 0.4896 -> 0.4924 and 55 -> 56,
#: blind12 48 -> 49 checks, blind16 0.4695 -> 0.4762, blind18 0.3505 -> 0.3674 and 47 -> 48,
#: blind20 0.4850 -> 0.5053 and 52 -> 54, blind21 0.3796 -> 0.3871 and 53 -> 54, the rest the
#: same; held out, aggregate only: blind22 0.3593 -> 0.3575 and 51 -> 52 checks, blind23 0.4348
#: -> 0.4400 and 61 -> 62, blind24 0.4488 and 63 the same; then at 468eed8 (the stop's last
#: rules: a crew does not riot, hyphenated town names, past acts a request only names) blind
#: 0.6912 -> 0.7032 and 52 -> 55 checks, blind5 0.6124 -> 0.6097, blind13 0.4909 -> 0.4925, the
#: rest (held out too) as at 33de30c
#: then (blind22 opened at stop 41's start, read from then on; blind25 to be written blind at it,
#: held out with blind23 and blind24) blind25 first scored at the code of 5c5e742 (no rule of
#: stop 41 in it), aggregate only: 0.4574 and 61 checks (63 with the two "other" checks)
#: at 1c6c837 (stop 41's end code; bench/cluster_eval.py in a snapshot, against 5c5e742 = stop 40's
#: end output) test 0.7914 -> 0.8084, blind 0.7032 -> 0.7097, blind3 0.6422 -> 0.6471 and 74 -> 75,
#: blind5 0.6097 -> 0.6124 and 58 -> 59, blind7 0.4802 -> 0.4958, blind8 0.5337 -> 0.5297 and 55 ->
#: 56, blind18 0.3674 -> 0.3894 and 48 -> 47, blind21 0.3871 -> 0.4000 and 54 -> 55, blind22 0.3575
#: -> 0.3636 and 52 -> 53, the rest of the read splits the same; held out, aggregate only: blind23
#: 0.4400 -> 0.4281 and 62 -> 60 checks, blind24 0.4488 -> 0.4684 and 63, blind25 0.4574 -> 0.4478
#: and 61 -> 60
#: then (blind23 opened at stop 42's start, read from then on; blind26 to be written blind at it,
#: held out with blind24 and blind25) blind26 first scored at the code of a15e82a (no rule of
#: stop 42 in it), aggregate only: 0.3011 and 46 checks (48 with the two "other" checks)
#: at 0952619 (stop 42's end code; bench/cluster_eval.py in a snapshot, against a15e82a = stop 41's
#: end output) blind2 0.7153 -> 0.7190, blind5 0.6124 -> 0.6231, blind9 0.4924 -> 0.5174, blind10
#: 0.5743 -> 0.5822, blind11 0.6976 -> 0.7114, blind23 0.4281 -> 0.4438, the rest of the read
#: splits the same; held out, aggregate only: blind24 0.4684, blind25 0.4478, blind26 0.3011 and
#: their checks the same
#: then (blind24 opened at stop 43's start, read from then on; blind27 written blind at it,
#: held out with blind25 and blind26) blind27 first scored at the code of dbbd98d (no rule of
#: stop 43 in it), aggregate only: 0.3738 and 66 checks (68 with the two "other" checks)
#: at 9b4b1a5 (stop 43's end code; bench/cluster_eval.py in a snapshot, against dbbd98d = stop 42's
#: end output): dev 0.7043 -> 0.7651, test 0.8084 -> 0.8329 and 42 -> 43 checks, blind2 0.7190 ->
#: 0.7345 and 74 -> 76, blind4 38 -> 39 checks, blind6 0.6248 -> 0.6274 and 58 -> 59, blind7 0.4958
#: -> 0.5051, blind8 0.5297 -> 0.5493, blind20 54 -> 55 checks, blind21 55 -> 56, blind24 63 -> 64,
#: the rest of the read splits the same; held out, aggregate only: blind25 0.4478, blind26 0.3011
#: and their checks the same, blind27 0.3738 -> 0.3599 and 66 checks the same; then at b8d9505
#: (acts linked or attributed to someone laid on them) blind2 0.7345 -> 0.7250 and 76 -> 74 checks,
#: blind18 0.3894 -> 0.4091, the rest the same, held out the same
#: then (blind25 opened at stop 44's start, read from then on; blind28 to be written blind at it,
#: held out with blind26 and blind27) blind28 first scored at the code of 0e16861 (no rule of
#: stop 44 in it), aggregate only: 0.3989 and 59 checks (61 with the two "other" checks)
#: at dfc8bee (stop 44's end code; against 0e16861): dev 0.7651 -> 0.7886, blind 0.7097 ->
#: 0.7143 and 55 -> 56 checks, blind4 0.6463 -> 0.6412, blind6 0.6274 -> 0.6265 and 59 -> 60
#: checks, blind7 0.5051 -> 0.5041 and 57 -> 58 checks, blind15 47 -> 48 checks, blind25 0.4478
#: -> 0.4526, the rest of the read splits the same; held out, aggregate only: blind26 0.3011,
#: blind27 0.3599, blind28 0.3989 and their checks the same
FLOORS = {"dev": (0.768, 46), "test": (0.812, 41), "blind": (0.694, 54), "blind2": (0.714, 74),
          "blind3": (0.627, 73), "blind4": (0.626, 37), "blind5": (0.603, 57),
          "blind6": (0.607, 58), "blind7": (0.485, 56), "blind8": (0.529, 54),
          "blind9": (0.497, 54), "blind10": (0.562, 40), "blind11": (0.691, 41),
          "blind12": (0.408, 48), "blind13": (0.472, 48), "blind14": (0.523, 45),
          "blind15": (0.52, 46), "blind16": (0.456, 53), "blind17": (0.443, 57),
          "blind18": (0.389, 46), "blind19": (0.467, 58), "blind20": (0.485, 53),
          "blind21": (0.38, 54), "blind22": (0.345, 51), "blind23": (0.423, 60),
          "blind24": (0.448, 62), "blind25": (0.437, 59), "blind26": (0.281, 44),
          "blind27": (0.353, 64), "blind28": (0.378, 57)}


#: The splits bench/cluster_why.py refuses. Their floors run under CI=true only (CI, and the
#: measurement at a stop's end): someone writing rules runs tests/fuse locally and must not learn
#: from a held-out split, not even whether a change moved it across its floor.
HELD_OUT = frozenset({"blind26", "blind27", "blind28"})


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_fusion_corpus_scores_stay_above_their_floors(split: str, shared: object) -> None:
    if split in HELD_OUT and os.environ.get("CI") != "true":
        pytest.skip("a held-out split: its floor is checked under CI=true only")
    run = subprocess.run([sys.executable, str(REPO / "bench" / "cluster_eval.py"), "--split",
                          split, "--json"], capture_output=True, text=True, check=True,
                         cwd=REPO)
    got = json.loads(run.stdout)
    f1, checks = FLOORS[split]
    passed = sum(v["passed"] for k, v in got["referee"].items() if k != "other")
    assert got["end_to_end_pairs"]["f1"] >= f1 and passed >= checks, (
        got["end_to_end_pairs"], got["referee"])
