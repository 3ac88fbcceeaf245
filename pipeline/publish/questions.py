"""The questions people ask of the dataset, each one short query (``sql/questions.yaml``).

The dataset card prints them; a test runs each exactly as printed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from schemas import load_yaml

QUESTIONS_FILE = Path(__file__).parent / "sql" / "questions.yaml"


@dataclass(frozen=True)
class Question:
    question: str
    sql: str
    database: str = "dataset.duckdb"


def version_schema(version: str) -> str:
    """The schema of a release in history.duckdb: 1.2.0 -> v1_2_0."""
    return "v" + version.replace(".", "_")


def questions(version: str) -> list[Question]:
    """The questions, with the release's own version and history schema filled in."""
    def fill(text: str) -> str:
        return text.replace("{version}", version).replace("{schema}", version_schema(version))

    items = load_yaml(QUESTIONS_FILE.read_text(encoding="utf-8"))
    return [Question(fill(q["question"]), fill(q["sql"]), q.get("database", "dataset.duckdb")) for q in items]
