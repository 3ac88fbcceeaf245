"""Blocking checks generated from the declarations in schemas/: two per table, run together in one step.

``matches_schema``: every row matches the pandera schema (types, nulls,
allowed values, patterns, bounds), validated in batches. ``keys_resolve``:
the key is unique and every foreign key (entity ids inside list columns
included) resolves, checked by DuckDB over the assembled files. A failure
reports its cases as metadata and keeps the release from being published;
it never raises. All checks run in one step (a multi-asset check), so a
build records a handful of Dagster events for them, not one step per check.
"""

from pathlib import Path

import dagster as dg

from pipeline import tables
from pipeline.publish.assemble import DATASET_TABLES, integrity_problems
from pipeline.publish.duck import connect
from pipeline.publish.escape import markdown_text as md_text
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
        return _schema_result(name, data)

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
        return _key_result(name, {**files, name: data})

    return _check


def _schema_result(name: str, data: Path) -> dg.AssetCheckResult:
    cases = tables.validate_file(name, data)
    if cases is not None:
        return _failed(len(cases), cases.head(50).astype(str).to_markdown(index=False))
    return dg.AssetCheckResult(passed=True, metadata={"rows": tables.count_rows(data)})


def _key_result(name: str, files: dict[str, Path], session=None) -> dg.AssetCheckResult:
    problems = integrity_problems(name, files, session)
    if problems:
        lines = ["| rule | value | rows |", "| --- | --- | --- |"]
        lines += [f"| {p['rule']} | {md_text(p['value'])} | {p['rows'] or ''} |" for p in problems[:50]]
        return _failed(len(problems), "\n".join(lines))
    return dg.AssetCheckResult(passed=True)


def _specs() -> list[dg.AssetCheckSpec]:
    specs = []
    for name, t in declared_tables().items():
        refs = ", ".join(f"{fk.columns[0]} -> {fk.table}" for fk in t.foreign_keys) or "none"
        specs.append(dg.AssetCheckSpec(
            "matches_schema", asset=dg.AssetKey(name), blocking=True,
            description=f"Every row of {name} matches its declaration in schemas/{name}.yaml (types, nulls, allowed values, patterns, bounds).",
        ))
        specs.append(dg.AssetCheckSpec(
            "keys_resolve", asset=dg.AssetKey(name), blocking=True,
            description=f"The key ({', '.join(t.primary_key)}) of {name} is unique and its foreign keys ({refs}) resolve.",
        ))
    return specs


@dg.multi_asset_check(specs=_specs(), name="table_checks", can_subset=True)
def table_checks(context: dg.AssetCheckExecutionContext, paths: PipelinePaths):
    """Every table's generated checks, read from the assembled files (the key checks in one DuckDB session)."""
    files = {name: paths.paths().tables / f"{name}.parquet" for name in DATASET_TABLES}
    session = connect()
    try:
        for key in sorted(context.selected_asset_check_keys, key=lambda k: (k.asset_key.to_user_string(), k.name)):
            name = key.asset_key.path[-1]
            result = _schema_result(name, files[name]) if key.name == "matches_schema" else _key_result(name, files, session)
            yield dg.AssetCheckResult(
                asset_key=key.asset_key, check_name=key.name, passed=result.passed, severity=result.severity, metadata=result.metadata
            )
    finally:
        session.close()
