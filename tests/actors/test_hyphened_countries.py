"""A country whose name is joined by a hyphen ("Timor-Leste", "Guinea-Bissau") is that
country, where the tagger stops its name at the hyphen ("[Timor]-Leste": no place;
"[Guinea]-Bissau": the wrong country). Our own sentences.

Rows: (text, the country an actor of the report must have, one it must not).
"""

from __future__ import annotations

import pytest

from .helpers import actors_of

ROWS = [
    pytest.param("The envoy's two days in Timor-Leste ended with a visit to the port.",
                 "TLS", None, id="timor-leste-in-a-phrase"),
    pytest.param("Troops crossed into Guinea-Bissau on Monday, a witness said.", "GNB", "GIN",
                 id="guinea-bissau-not-guinea"),
    pytest.param("Fishing boats from Guinea-Bissau were seized off Dakar.", "GNB", "GIN",
                 id="from-guinea-bissau"),
    # near miss: a hyphen that joins no country's name
    pytest.param("Guinea-based traders said prices rose.", "GIN", "GNB",
                 id="near-guinea-based"),
]


@pytest.mark.parametrize(("text", "country", "not_country"), ROWS)
def test_a_country_named_with_a_hyphen(text: str, country: str, not_country: str | None) -> None:
    got = {a.country for a in actors_of(text).actors}
    assert country in got and not_country not in got, got
