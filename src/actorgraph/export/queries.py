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
            a.anonymous, a.country_basis,
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
        SELECT id, doc_id, start, "end", sentence_start, sentence_end, type, cameo, mode,
            context, source, target, modality, attributed_to, date, date_precision, location,
            cluster, corroboration, cameo_code, date_basis, retells, target_count, reference,
            ordinal, content_of, target_basis
        FROM corpus_events ORDER BY doc_id, start, "end", id
    """,
    "quotes": """
        SELECT q.id, q.doc_id, q.start, q."end", l.actor AS speaker, q.speaker_text,
            q.speaker_start, q.speaker_end, q.cue, q.kind, q.anonymous, q.cue_start, q.cue_end,
            q.parts
        FROM quotes q LEFT JOIN actor_links l ON l."local" = q.speaker
        ORDER BY q.doc_id, q.start, q."end", q.id
    """,
    "claims": """
        SELECT c.id, c.doc_id, c.start, c."end", l.claimant, c.about, c.stance, c.quote,
            c.refers, l.cluster, l.corroboration
        FROM claims c LEFT JOIN claim_links l ON l.claim = c.id
        ORDER BY c.doc_id, c.start, c."end", c.id
    """,
    "contradictions": """
        SELECT id, a, b, reason, cluster FROM contradictions ORDER BY id
    """,
    "clusters": """
        SELECT id, type, mentions, sources, outlets, first_report, last_report, date_from,
            date_to, strongest, weakest, unconfirmed, contradictions
        FROM clusters ORDER BY id
    """,
}
