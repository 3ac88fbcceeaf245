"""Blocking checks generated from the declarations in schemas/: two per table.

``matches_schema``: every row matches the pandera schema (types, nulls,
allowed values, patterns, bounds), validated in batches. ``keys_resolve``:
the key is unique and every foreign key (entity ids inside list columns
included) resolves, checked by DuckDB over the assembled files. A failure
reports its cases as metadata and keeps the release from being published;
it never raises.
"""

from pathlib import Path

import dagster as dg

from pipeline import tables
from pipeline.publish.assemble import DATASET_TABLES, integrity_problems
from pipeline.publish.card import md_text
from schemas import tables as declared_tables

from .resources import PipelinePaths


def _failed(count: int, cases_markdown: str) -> dg.AssetCheckResult:
    return dg.AssetCheckResult(
        passed=False,
        severity=dg.AssetCheckSeverity.ERROR,
        metadata={"failures": count, "failure_cases": dg.MetadataValue.md(cases_markdown)},
    )


def build_schema_check(name: str) -> dg.AssetChecksDefinition:
    @dg.asset_check(
        asset=dg.AssetKey(name),
        name="matches_schema",
        blocking=True,
        description=f"Every row of {name} matches its declaration in schemas/{name}.yaml (types, nulls, allowed values, patterns, bounds).",
    )
    def _check(data: Path) -> dg.AssetCheckResult:
        cases = tables.validate_file(name, data)
        if cases is not None:
            return _failed(len(cases), cases.head(50).astype(str).to_markdown(index=False))
        return dg.AssetCheckResult(passed=True, metadata={"rows": tables.count_rows(data)})

    return _check


def build_key_check(name: str) -> dg.AssetChecksDefinition:
    t = declared_tables()[name]
    refs = ", ".join(f"{fk.columns[0]} -> {fk.table}" for fk in t.foreign_keys) or "none"

    @dg.asset_check(
        asset=dg.AssetKey(name),
        name="keys_resolve",
        blocking=True,
        description=f"The key ({', '.join(t.primary_key)}) of {name} is unique and its foreign keys ({refs}) resolve.",
    )
    def _check(data: Path, paths: PipelinePaths) -> dg.AssetCheckResult:
        files = {other: paths.paths().tables / f"{other}.parquet" for other in DATASET_TABLES}
        problems = integrity_problems(name, {**files, name: data})
        if problems:
            lines = ["| rule | value | rows |", "| --- | --- | --- |"]
            lines += [f"| {p['rule']} | {md_text(p['value'])} | {p['rows'] or ''} |" for p in problems[:50]]
            return _failed(len(problems), "\n".join(lines))
        return dg.AssetCheckResult(passed=True)

    return _check


schema_checks = [build_schema_check(name) for name in declared_tables()]
key_checks = [build_key_check(name) for name in declared_tables()]
