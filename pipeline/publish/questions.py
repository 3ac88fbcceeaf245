"""The questions people ask of the dataset, each one short query over dataset.duckdb.

The dataset card prints them; a test runs each exactly as printed.
``database`` says which file the query is meant for: ``dataset.duckdb`` of
the release, or ``../../history.duckdb`` (every release, one schema each),
reached from the release folder.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Question:
    question: str
    sql: str
    database: str = "dataset.duckdb"


def version_schema(version: str) -> str:
    """The schema of a release in history.duckdb: 1.2.0 -> v1_2_0."""
    return "v" + version.replace(".", "_")


def questions(version: str) -> list[Question]:
    return [
        Question(
            "Which passages speak of negotiations, whatever the inflection?",
            "LOAD fts;\nSELECT score, doc_id, left(text, 70) AS text FROM search_passages('negotiation') LIMIT 5;",
        ),
        Question(
            "And in Russian: which passages make a proposal (предложение, предложения, предложений)?",
            "LOAD fts;\nSELECT score, doc_id, left(text, 70) AS text FROM search_passages('предложение') LIMIT 5;",
        ),
        Question(
            "Events with the titles of the documents that report them, and who acted:",
            "SELECT start_date, event_type, source_names, target_names, title FROM event_details\nWHERE start_date IS NOT NULL ORDER BY start_date LIMIT 5;",
        ),
        Question(
            "Which documents cite RGASPI fond 558?",
            "SELECT doc_id, opis, delo, folios, title FROM citations WHERE archive = 'RGASPI' AND fond = '558';",
        ),
        Question(
            "Which passages name Kaesong, in any language or script?",
            "SELECT language, surface, left(text, 60) AS text FROM mentions_of('Kaesong');",
        ),
        Question(
            "What links a page of a book or another site to an archival record?",
            "SELECT link_type, round(containment, 2) AS containment, title, other_title FROM link_details\nWHERE source_type <> 'archival_record' AND other_source_type = 'archival_record';",
        ),
        Question(
            "Russian passages beside their English translation:",
            "SELECT left(text, 50) AS russian, left(aligned_text, 50) AS english FROM aligned_passages\nWHERE language = 'ru' AND aligned_language = 'en' LIMIT 5;",
        ),
        Question(
            "An event's evidence in its passage:",
            "SELECT event_id, right(before, 30) AS before, evidence, left(after, 30) AS after FROM event_evidence\nWHERE event_type = 'agreement' LIMIT 3;",
        ),
        Question(
            "Who wrote to whom?",
            "SELECT sender, recipient, documents, first_date, last_date FROM correspondence ORDER BY documents DESC, sender LIMIT 5;",
        ),
        Question(
            f"What did release {version} say, whatever was published after it?",
            f"SELECT version, release_date, documents, events FROM releases;\nSELECT document_type, count(*) AS documents FROM {version_schema(version)}.documents GROUP BY ALL ORDER BY 2 DESC;",
            "../../history.duckdb",
        ),
    ]
