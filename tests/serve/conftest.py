"""Fixtures for the web app: stores built from the seeds, from a hostile corpus, from a few
quotes of our own and from two outlets that report one event and disagree about another, and
a live uvicorn server (in a background thread) serving any of them."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from html.parser import HTMLParser
from pathlib import Path

import duckdb
import pytest
from fastapi.testclient import TestClient

import actorgraph
from actorgraph.serve import create_app, in_thread

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
JS_URL = "javascript:alert(1)"
EVIL_NAME = "President <b>Evil</b> Smith"
EVIL_ALIAS = "<script>alert('x')</script>"
# The extractor never yields a name holding markup (it cuts names at tags), so after the build
# two actors are renamed in the store, to show every page's handling of hostile names: the
# graph labels, headings, alias lists, search results, event tables and the reader's titles.
PLANTED = {"William Ruto": (EVIL_NAME, [EVIL_NAME, EVIL_ALIAS, "William Ruto"]),
           "Ethiopia": (IMG, [IMG, JS_URL, "Ethiopia"])}

# Every field a page shows carries a payload; the sentences around them are ordinary news
# so that actors, events and mentions exist to be rendered.
INJECTION_DOCS = [
    {"id": "inject-script", "title": f"Troops {SCRIPT} deployed", "url": JS_URL,
     "published": "2023-04-16", "source": f"Wire {IMG}",
     "text": (f"{SCRIPT} Kenya sent troops to Somalia.\n\n"
              "President William Ruto of Kenya met President Yoweri Museveni of Uganda in "
              "Nairobi on Monday.\n\n"
              f"The statement was posted at {JS_URL} and at {SCRIPT} by officials.")},
    {"id": "inject-img", "title": f"Talks {IMG}", "url": f"{JS_URL}//{IMG}",
     "published": "2023-04-17", "source": SCRIPT,
     "text": ("President <b>Evil</b> Smith of Kenya visited Uganda.\n\n"
              f"Ethiopia accused Eritrea of shelling the border town {IMG} on Tuesday.\n\n"
              "Uganda condemned the attack and urged both sides to hold talks.")},
    {"id": "inject-plain", "title": "Border talks", "url": "https://news.example.org/talks",
     "published": "2023-04-18", "source": "Example Wire",
     "text": ("Somalia and Kenya signed a security agreement in Mogadishu on Wednesday.\n\n"
              "Kenyan President William Ruto praised the deal, while Al-Shabaab attacked a "
              "military base near Kismayo.\n\n"
              f"<a href=\"{JS_URL}\">click</a> Ethiopia sent aid to Somalia.")},
    {"id": "inject-quote", "title": f"Quote {SCRIPT}", "published": "2023-04-19",
     "text": (f"“Peace {SCRIPT} now,” President William Ruto said on Thursday.\n\n"
              f"A senior official close to the talks said that {IMG} had been agreed.")},
]

# Quotes in our own words: a named speaker (direct, and indirect with a denial), anonymous
# sources (indirect and direct), a refusal to confirm, and one speaker in two documents.
NAMED_QUOTE = "We will not withdraw"
ANONYMOUS_QUOTE = "The talks are over"
SPEECH_DOCS = [
    {"id": "speech-kenya", "title": "Kenya will not withdraw", "published": "2024-05-07",
     "source": "Example Wire",
     "text": (f"“{NAMED_QUOTE},” the Kenyan foreign minister Musalia Mudavadi said on Tuesday. "
              "Kenya accused Somalia of blocking the talks.\n\n"
              "A diplomatic source close to the situation said that Ethiopia had threatened to "
              "close the border. Mudavadi denied that Kenyan troops had crossed into Somalia.")},
    {"id": "speech-talks", "title": "Talks end", "published": "2024-05-08",
     "text": (f"“{ANONYMOUS_QUOTE},” an unnamed diplomat told reporters in Nairobi on Wednesday. "
              "Somalia declined to confirm whether its envoy had left Nairobi. Mudavadi said "
              "Kenya would reopen the embassy.")},
]


# Two outlets report one visit on different days; one outlet asserts a request (through
# army officials) that the other denies (through the RSF's spokesman): one contradiction.
REQUEST_CLAIM = "the Rapid Support Forces had asked Chad for artillery shells last week"
#: The claim's evidence: its proposition with the words naming who says it.
REQUEST_SAID = f"Sudanese army officials said {REQUEST_CLAIM}"
DENIAL = "no such request was ever sent to N'Djamena"
FUSION_DOCS = [
    {"id": "coast-0402", "title": "Chad's president in Port Sudan", "published": "2024-04-02",
     "source": "Coast Wire",
     "text": ("Chadian President Mahamat Deby visited Port Sudan on Monday and met army chief "
              "Abdel Fattah al-Burhan.\n\n"
              f"Sudanese army officials said {REQUEST_CLAIM}.")},
    {"id": "harbour-0403", "title": "Deby and Burhan talk in Port Sudan",
     "published": "2024-04-03", "source": "Harbour Post",
     "text": ("Mahamat Deby held talks with Abdel Fattah al-Burhan in Port Sudan on Monday, two "
              "days after the visit was announced.\n\n"
              f"An RSF spokesman said {DENIAL}.")},
]


def built_store(factory: pytest.TempPathFactory, name: str, docs: list[dict]) -> Path:
    """A store built from ``docs`` (JSONL records), every one of them added."""
    root = factory.mktemp(name)
    corpus = root / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    db = root / f"{name}.duckdb"
    report = actorgraph.build([corpus], db)
    assert report.added == len(docs), report
    return db


def serving(db: Path) -> Iterator[TestClient]:
    """A test client of the app over the store ``db``, its reader closed afterwards."""
    app = create_app(db)
    with TestClient(app) as c:
        yield c
    app.state.reader.close()


def ok(client: TestClient, url: str) -> dict:
    """The JSON of a GET that must answer 200."""
    r = client.get(url)
    assert r.status_code == 200, (url, r.text)
    return r.json()  # type: ignore[no-any-return]


class _Elements(HTMLParser):
    VOID = frozenset({"br", "img", "input", "meta", "link", "hr", "wbr", "source"})

    def __init__(self, html: str, tag: str, cls: str | None) -> None:
        super().__init__()
        self.tag, self.cls = tag, cls
        self.found: list[tuple[dict[str, str | None], list[str]]] = []
        self.open: list[tuple[str, list[str] | None]] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        text: list[str] | None = None
        if tag == self.tag and (self.cls is None or self.cls in (a.get("class") or "").split()):
            text = []
            self.found.append((a, text))
        if tag not in self.VOID:
            self.open.append((tag, text))

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.open) - 1, -1, -1):
            if self.open[i][0] == tag:
                del self.open[i:]
                return

    def handle_data(self, data: str) -> None:
        for _, text in self.open:
            if text is not None:
                text.append(data)


def elements(html: str, tag: str, cls: str | None = None) -> list[tuple[dict, str]]:
    """The ``tag`` elements of a page (of class ``cls``): their attributes and their text,
    unescaped."""
    return [(a, "".join(t)) for a, t in _Elements(html, tag, cls).found]


def squeeze(text: str) -> str:
    """``text`` with each run of white space as one space."""
    return " ".join(text.split())


@pytest.fixture(scope="session")
def seeds_store(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("seeds") / "seeds.duckdb"
    actorgraph.build([shared / "seeds"], db)
    return db


@pytest.fixture(scope="session")
def injection_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = built_store(tmp_path_factory, "injection", INJECTION_DOCS)
    con = duckdb.connect(str(db))
    try:
        for old, (name, aliases) in PLANTED.items():
            renamed = con.execute("UPDATE actors SET name = ?, aliases = ? WHERE name = ? "
                                  "RETURNING id", [name, aliases, old]).fetchall()
            assert renamed, f"the corpus no longer yields the actor {old!r}"
    finally:
        con.close()
    return db


@pytest.fixture(scope="session")
def speech_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_store(tmp_path_factory, "speech", SPEECH_DOCS)


@pytest.fixture(scope="session")
def fusion_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_store(tmp_path_factory, "fusion", FUSION_DOCS)


@pytest.fixture(scope="session")
def live_server() -> Iterator[Callable[[Path], str]]:
    """A factory: ``live_server(db)`` returns the base URL of a server over ``db`` (one per
    store, started on first use and stopped at the end of the session)."""
    urls: dict[Path, str] = {}
    with ExitStack() as stack:
        def start(db: Path) -> str:
            if db not in urls:
                urls[db] = stack.enter_context(in_thread(db))
            return urls[db]

        yield start
