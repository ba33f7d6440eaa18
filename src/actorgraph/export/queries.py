"""One SQL query per export file, giving exactly the columns of the outside contract.

Every format (jsonl, csv, parquet) writes these same queries, so their columns agree.
Rows are ordered by id (or by document and offset) so that exports are reproducible.
"""

from __future__ import annotations

QUERIES: dict[str, str] = {
    "documents": """
        SELECT id, text, title, url, published, source
        FROM documents ORDER BY id
    """,
    "actors": """
        SELECT a.id, a.name, a.aliases, a.kind, a.country, a.sector, a.org, a.named,
            a.anonymous,
            coalesce((SELECT list({'title': r.title, 'of': r."of", 'doc_id': r.doc_id,
                                   'start': r.start, 'end': r."end"}
                                  ORDER BY r.doc_id, r.start, r."end", r.title)
                      FROM roles r WHERE r.actor = a.id), []) AS roles,
            coalesce((SELECT list({'doc_id': m.doc_id, 'start': m.start, 'end': m."end"}
                                  ORDER BY m.doc_id, m.start, m."end")
                      FROM actor_mentions m WHERE m.actor = a.id), []) AS mentions
        FROM actors a ORDER BY a.id
    """,
    "events": """
        SELECT e.id, e.doc_id, e.start, e."end", e.sentence_start, e.sentence_end, e.type,
            e.cameo, e.mode, e.context, coalesce(l.source, []) AS source,
            coalesce(l.target, []) AS target, e.modality, l.attributed_to, e.date,
            e.date_precision, e.location, l.cluster
        FROM events e LEFT JOIN event_links l ON l.event = e.id
        ORDER BY e.doc_id, e.start, e."end", e.id
    """,
    "quotes": """
        SELECT q.id, q.doc_id, q.start, q."end", l.actor AS speaker, q.speaker_text,
            q.speaker_start, q.speaker_end, q.cue, q.kind, q.anonymous, q.cue_start, q.cue_end,
            q.parts
        FROM quotes q LEFT JOIN actor_links l ON l."local" = q.speaker
        ORDER BY q.doc_id, q.start, q."end", q.id
    """,
    "claims": """
        SELECT c.id, c.doc_id, c.start, c."end", l.actor AS claimant, c.about, c.stance,
            c.quote
        FROM claims c LEFT JOIN actor_links l ON l."local" = c.claimant
        ORDER BY c.doc_id, c.start, c."end", c.id
    """,
    "contradictions": """
        SELECT id, a, b, reason FROM contradictions ORDER BY id
    """,
}
