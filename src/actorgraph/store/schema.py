"""The store's schema as an ordered list of migrations; the schema version is their count.

Per-document facts (documents, sentences, mentions, events, quotes, claims) are written once,
with their document, in one transaction. Corpus-wide facts (actors, actor_mentions, roles,
contradictions, event clusters) are derived from them by the fuse stage and rewritten whole.
"""

from __future__ import annotations

#: The columns of the ``corpus_events`` view (events with their links, cluster and document,
#: read by export and serve), in order, each with the migration that added it. A migration
#: that adds an events column the view shows adds it here with its own number and states
#: the view again with ``_corpus_events``; earlier migrations render as they always did.
_CORPUS_EVENT_COLUMNS: tuple[tuple[int, str], ...] = (
    (6, "e.id"), (6, "e.doc_id"), (6, "e.start"), (6, 'e."end"'), (6, "e.sentence_start"),
    (6, "e.sentence_end"), (6, "e.type"), (6, "e.cameo"), (7, "e.cameo_code"), (6, "e.mode"),
    (6, "e.context"), (6, "coalesce(l.source, []) AS source"),
    (6, "coalesce(l.target, []) AS target"), (6, "e.modality"), (6, "l.attributed_to"),
    (6, "e.date"), (6, "e.date_precision"), (7, "e.date_basis"), (6, "e.location"),
    (6, "l.cluster"), (6, "c.sources AS corroboration"), (6, "d.published"),
    (6, "d.source AS outlet"), (6, "d.title AS doc_title"), (6, "d.url"), (8, "e.retells"),
    (10, "e.target_count"), (11, "coalesce(e.reference, false) AS reference"),
    (12, "e.ordinal"), (13, "e.content_of"), (14, "e.target_basis"),
)


def _corpus_events(version: int) -> str:
    """The query of the ``corpus_events`` view as migration ``version`` states it: the
    columns of ``_CORPUS_EVENT_COLUMNS`` added by that migration or an earlier one, wrapped
    at 96 characters, ending the migration's last statement."""
    columns = [column for since, column in _CORPUS_EVENT_COLUMNS if since <= version]
    lines = ["        SELECT " + columns[0]]
    for column in columns[1:]:
        if len(lines[-1]) + len(", ,") + len(column) <= 96:
            lines[-1] += ", " + column
        else:
            lines[-1] += ","
            lines.append("            " + column)
    return "\n" + "\n".join(lines) + """
        FROM events e JOIN documents d ON d.id = e.doc_id
        LEFT JOIN event_links l ON l.event = e.id LEFT JOIN clusters c ON c.id = l.cluster;
    """


MIGRATIONS: tuple[str, ...] = (
    # 1: the first schema.
    """
    CREATE TABLE documents (
        id VARCHAR PRIMARY KEY, hash VARCHAR NOT NULL UNIQUE, text VARCHAR NOT NULL,
        title VARCHAR, url VARCHAR, published DATE, source VARCHAR, origin VARCHAR
    );
    CREATE TABLE sentences (
        doc_id VARCHAR NOT NULL, "index" INTEGER NOT NULL, start INTEGER NOT NULL,
        "end" INTEGER NOT NULL, PRIMARY KEY (doc_id, "index")
    );
    CREATE TABLE mentions (
        doc_id VARCHAR NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        text VARCHAR NOT NULL, label VARCHAR NOT NULL
    );
    CREATE INDEX mentions_doc ON mentions (doc_id);
    CREATE TABLE actors (
        id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, kind VARCHAR, aliases VARCHAR[],
        country VARCHAR, sector VARCHAR, doc_id VARCHAR, start INTEGER, "end" INTEGER
    );
    CREATE TABLE actor_mentions (
        actor VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, start INTEGER NOT NULL,
        "end" INTEGER NOT NULL
    );
    CREATE INDEX actor_mentions_actor ON actor_mentions (actor);
    CREATE TABLE roles (
        actor VARCHAR NOT NULL, title VARCHAR NOT NULL, "of" VARCHAR, doc_id VARCHAR NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL
    );
    CREATE TABLE events (
        id VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL, start INTEGER NOT NULL,
        "end" INTEGER NOT NULL, sentence_start INTEGER, sentence_end INTEGER,
        type VARCHAR NOT NULL, cameo VARCHAR, mode VARCHAR, context VARCHAR[],
        source VARCHAR[], target VARCHAR[], modality VARCHAR NOT NULL, attributed_to VARCHAR,
        date DATE, date_precision VARCHAR,
        location STRUCT(name VARCHAR, country VARCHAR, lat DOUBLE, lon DOUBLE), cluster VARCHAR
    );
    CREATE TABLE quotes (
        id VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL, start INTEGER NOT NULL,
        "end" INTEGER NOT NULL, kind VARCHAR NOT NULL, speaker VARCHAR, speaker_text VARCHAR,
        speaker_start INTEGER, speaker_end INTEGER, cue VARCHAR, anonymous BOOLEAN
    );
    CREATE TABLE claims (
        id VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL, start INTEGER NOT NULL,
        "end" INTEGER NOT NULL, stance VARCHAR NOT NULL, claimant VARCHAR, about VARCHAR
    );
    CREATE TABLE contradictions (
        id VARCHAR PRIMARY KEY, a VARCHAR NOT NULL, b VARCHAR NOT NULL, reason VARCHAR NOT NULL,
        doc_id VARCHAR, start INTEGER, "end" INTEGER
    );
    """,
    # 2: document-local actors (the actors stage) and their links to corpus actors (fuse).
    """
    CREATE TABLE doc_actors (
        id VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL, start INTEGER NOT NULL,
        "end" INTEGER NOT NULL, name VARCHAR NOT NULL, kind VARCHAR NOT NULL,
        aliases VARCHAR[], country VARCHAR, sector VARCHAR, key VARCHAR, org VARCHAR,
        roles STRUCT(title VARCHAR, "of" VARCHAR, doc_id VARCHAR, start INTEGER,
                     "end" INTEGER)[],
        mentions STRUCT(doc_id VARCHAR, start INTEGER, "end" INTEGER)[]
    );
    CREATE INDEX doc_actors_doc ON doc_actors (doc_id);
    CREATE TABLE actor_links (local VARCHAR PRIMARY KEY, actor VARCHAR NOT NULL);
    ALTER TABLE actors ADD COLUMN key VARCHAR;
    ALTER TABLE actors ADD COLUMN org VARCHAR;
    ALTER TABLE documents ADD COLUMN analysis INTEGER DEFAULT 1;
    """,
    # 3: events' actors as corpus actor ids and their cross-document clusters (fuse).
    """
    CREATE TABLE event_links (
        event VARCHAR PRIMARY KEY, source VARCHAR[], target VARCHAR[], attributed_to VARCHAR,
        cluster VARCHAR
    );
    CREATE INDEX events_doc ON events (doc_id);
    """,
    # 4: which events each corpus actor is in, with what an actor page shows of them (fuse),
    # so the page reads one index and never scans the events.
    """
    CREATE TABLE event_actors (actor VARCHAR NOT NULL, event VARCHAR NOT NULL,
                               side VARCHAR NOT NULL, sort_date DATE, doc_id VARCHAR,
                               start INTEGER, "end" INTEGER, sentence_start INTEGER,
                               sentence_end INTEGER, type VARCHAR, modality VARCHAR,
                               date DATE, date_precision VARCHAR, cluster VARCHAR,
                               source VARCHAR[], target VARCHAR[], attributed_to VARCHAR);
    CREATE INDEX event_actors_actor ON event_actors (actor);
    CREATE INDEX actor_mentions_doc ON actor_mentions (doc_id);
    CREATE INDEX event_links_cluster ON event_links (cluster);
    """,
    # 5: speech: anonymous sources and named actors, where a quote's cue is, which quote a
    # claim comes from.
    """
    ALTER TABLE doc_actors ADD COLUMN anonymous BOOLEAN DEFAULT false;
    ALTER TABLE doc_actors ADD COLUMN named BOOLEAN DEFAULT true;
    ALTER TABLE actors ADD COLUMN anonymous BOOLEAN DEFAULT false;
    ALTER TABLE actors ADD COLUMN named BOOLEAN DEFAULT true;
    ALTER TABLE quotes ADD COLUMN cue_start INTEGER;
    ALTER TABLE quotes ADD COLUMN cue_end INTEGER;
    ALTER TABLE quotes ADD COLUMN parts INTEGER[][];
    ALTER TABLE claims ADD COLUMN quote VARCHAR;
    CREATE INDEX quotes_doc ON quotes (doc_id);
    CREATE INDEX claims_doc ON claims (doc_id);
    """,
    # 6: fusion: clusters and their sources, claims' clusters and corroboration, the actor
    # network by month, ids retired by a merge; the corpus view of events that export and
    # serve read.
    """
    ALTER TABLE claims ADD COLUMN refers VARCHAR;
    ALTER TABLE events ADD COLUMN theme VARCHAR;
    ALTER TABLE contradictions ADD COLUMN cluster VARCHAR;
    CREATE TABLE clusters (
        id VARCHAR PRIMARY KEY, type VARCHAR NOT NULL, mentions INTEGER NOT NULL,
        sources INTEGER NOT NULL, outlets VARCHAR[], first_report DATE, last_report DATE,
        date_from DATE, date_to DATE, strongest VARCHAR, weakest VARCHAR,
        unconfirmed BOOLEAN, contradictions INTEGER
    );
    CREATE TABLE claim_links (claim VARCHAR PRIMARY KEY, cluster VARCHAR, claimant VARCHAR,
                              corroboration INTEGER);
    CREATE TABLE network_edges (
        source VARCHAR NOT NULL, target VARCHAR NOT NULL, type VARCHAR NOT NULL, month VARCHAR,
        clusters INTEGER NOT NULL, sources INTEGER NOT NULL,
        modalities STRUCT(modality VARCHAR, clusters INTEGER)[], first_date DATE,
        last_date DATE
    );
    CREATE TABLE retired (old VARCHAR PRIMARY KEY, new VARCHAR NOT NULL);
    CREATE INDEX claim_links_cluster ON claim_links (cluster);
    CREATE INDEX claim_links_claimant ON claim_links (claimant);
    CREATE INDEX contradictions_cluster ON contradictions (cluster);
    CREATE INDEX network_edges_source ON network_edges (source);
    CREATE VIEW corpus_events AS""" + _corpus_events(6),
    # 7: the full CAMEO code beside its root, and what an event's date rests on.
    """
    ALTER TABLE events ADD COLUMN cameo_code VARCHAR;
    ALTER TABLE events ADD COLUMN date_basis VARCHAR;
    CREATE OR REPLACE VIEW corpus_events AS""" + _corpus_events(7),
    # 8: the event of its document a mention tells again ("the march was the largest").
    """
    ALTER TABLE events ADD COLUMN retells VARCHAR;
    CREATE OR REPLACE VIEW corpus_events AS""" + _corpus_events(8),
    # 9: a location's kind (city, town, region, country): a town the gazetteer lacks has no
    # coordinates but still tells two events apart. Stored cities (with coordinates) are
    # "city"; other stored places stay of unknown kind until re-analysed.
    """
    DROP INDEX events_doc;
    ALTER TABLE events ALTER location TYPE
        STRUCT(name VARCHAR, country VARCHAR, lat DOUBLE, lon DOUBLE, kind VARCHAR)
        USING CASE WHEN location IS NOT NULL THEN struct_pack(
            name := location.name, country := location.country, lat := location.lat,
            lon := location.lon, kind := CASE WHEN location.lat IS NOT NULL THEN 'city' END) END;
    CREATE INDEX events_doc ON events (doc_id);
    """,
    # 10: how many people an act was done to, as the text gives it ("detained 14 people").
    """
    ALTER TABLE events ADD COLUMN target_count INTEGER;
    CREATE OR REPLACE VIEW corpus_events AS""" + _corpus_events(10),
    # 11: a noun that only points to an event its report does not tell ("since the truce").
    """
    ALTER TABLE events ADD COLUMN reference BOOLEAN DEFAULT false;
    CREATE OR REPLACE VIEW corpus_events AS""" + _corpus_events(11),
    # 12: an act's place in a sequence its text gives ("a second round of talks").
    """
    ALTER TABLE events ADD COLUMN ordinal INTEGER;
    CREATE OR REPLACE VIEW corpus_events AS""" + _corpus_events(12),
    # 13: the speech act whose content a mention is ("urged Calladon *to free* the sailors").
    """
    ALTER TABLE events ADD COLUMN content_of VARCHAR;
    CREATE OR REPLACE VIEW corpus_events AS""" + _corpus_events(13),
    # 14: how an event's target is known: "syntax", or "other_side", the one other state its
    # clause names (a guess that fusion does not let keep two reports apart).
    """
    ALTER TABLE events ADD COLUMN target_basis VARCHAR;
    CREATE OR REPLACE VIEW corpus_events AS""" + _corpus_events(14),
    # 15: how an actor's country is known: "report", only the country its report is about
    # (police in a report datelined Dakar), a guess; null when its words or sentence give it.
    """
    ALTER TABLE doc_actors ADD COLUMN country_basis VARCHAR;
    ALTER TABLE actors ADD COLUMN country_basis VARCHAR;
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)

#: Tables written per document, each with a ``doc_id`` column, and the ``Extraction`` field
#: that fills each.
DOCUMENT_TABLES = {"sentences": "sentences", "mentions": "mentions", "doc_actors": "actors",
                   "events": "events", "quotes": "quotes", "claims": "claims"}
#: Tables the fuse stage derives from the whole store and rewrites.
FUSED_TABLES = ("actors", "actor_mentions", "roles", "actor_links", "event_links",
                "event_actors", "contradictions", "clusters", "claim_links", "network_edges",
                "retired")

#: Fills ``event_actors`` from the events, their documents and links, after a fuse.
DENORMALISE = """
    UPDATE event_actors SET sort_date = coalesce(e.date, d.published), doc_id = e.doc_id,
        start = e.start, "end" = e."end", sentence_start = e.sentence_start,
        sentence_end = e.sentence_end, type = e.type, modality = e.modality, date = e.date,
        date_precision = e.date_precision, cluster = l.cluster, source = l.source,
        target = l.target, attributed_to = l.attributed_to
    FROM events e JOIN documents d ON d.id = e.doc_id LEFT JOIN event_links l ON l.event = e.id
    WHERE e.id = event_actors.event
"""
