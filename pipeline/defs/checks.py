"""Blocking checks generated from the declarations in schemas/: two per table, run together in one step.

``matches_schema``: every row matches the pandera schema (types, nulls,
allowed values, patterns, bounds), validated in batches; when the latest
release was published by the same code under the same declarations, its
rows passed these checks, so only the rows this build adds or changes are
validated (a seed table's rows of the documents whose row is not, as it is,
in that release; the other tables' rows that are not in its files). ``keys_resolve``:
the key is unique and every foreign key (entity ids inside list columns
included) resolves, checked by DuckDB over the assembled files; after a
release by the same code, a seed table's duplicate keys and its references
to another seed table are looked for only where they can be, with the same
result (see ``integrity_problems``). A failure
reports its cases as metadata and keeps the release from being published;
it never raises. All checks run in one step (a multi-asset check), so a
build records a handful of Dagster events for them, not one step per check.
"""

import itertools
from collections.abc import Iterable, Iterator
from pathlib import Path

import dagster as dg
import pyarrow as pa

from pipeline import tables
from pipeline.paths import Paths
from pipeline.publish import sql
from pipeline.publish.assemble import DATASET_TABLES, integrity_problems, same_code_release
from pipeline.publish.duck import connect
from pipeline.publish.escape import markdown_text as md_text
from pipeline.publish.layout import table_path
from pipeline.publish.release import latest_release
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
        return schema_result(name, data)

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


def schema_result(name: str, data: Path, session=None, previous: Path | None = None) -> dg.AssetCheckResult:
    """``matches_schema`` of table ``name``: every row of ``data``, or only those not in ``previous`` (the latest
    release, whose rows were validated by the same code; see ``start_validation``, which readies ``session``)."""
    if previous is None or not table_path(previous, name).exists():
        cases = tables.validate_file(name, data)
    else:
        cases = _validate_rows(name, _rows_not_in(session, name, data, table_path(previous, name)))
    if cases is not None:
        return _failed(len(cases), cases.head(50).astype(str).to_markdown(index=False))
    return dg.AssetCheckResult(passed=True, metadata={"rows": tables.count_rows(data)})


def _validate_rows(name: str, batches: Iterator[pa.RecordBatch]):
    """``tables.validate_batches`` of the rows not in the previous release, none of them when there is none: the
    columns of an empty table, a matter of the code alone, were validated by the checks of that release, by this code."""
    batches = (batch for batch in batches if batch.num_rows)
    first = next(batches, None)
    return None if first is None else tables.validate_batches(name, itertools.chain([first], batches))


def prepare_validation(names: Iterable[str]) -> None:
    """Imports pandera and makes the tables' pandera schemas (about a second of one core), for instance in a thread
    while DuckDB assembles the tables, so that the checks that follow find them made; then validates one table's
    columns with no row, which loads what pandera and pandas load on a first validation (~0.2 s, else paid by the
    first check of a build that validates a few rows)."""
    names = list(names)
    for name in names:
        tables.pandera_schema(name)
    if names:
        tables.validate_batches(names[0], iter(()))


def _rows_not_in(session, name: str, data: Path, old: Path):
    from pipeline.publish.database import by_document

    params = {"new": str(data)} if by_document(name) else {"new": str(data), "old": str(old)}
    yield from session.execute(sql.load("validate_touched" if by_document(name) else "validate_changed"), params).fetch_record_batch(50_000)


def start_validation(session, p: Paths, documents: Path) -> Path | None:
    """The release whose rows this build's tables need not validate again (``validated_release``), with the documents
    whose row is not, as it is, in it (``documents``: the build's file) found in ``session``; None: validate every row."""
    previous = validated_release(p)
    if previous is not None:
        session.execute(sql.load("database_touched"), {"old": str(table_path(previous, "documents")), "new": str(documents)})
    return previous


def validated_release(p: Paths) -> Path | None:
    """The latest release when its rows need no validating again: published (so checked) by the same code, whose
    checks and their pandera are in the database fingerprint, under the same declarations; else None."""
    return same_code_release(latest_release(p))


def _key_result(name: str, files: dict[str, Path], session=None, previous: Path | None = None) -> dg.AssetCheckResult:
    problems = integrity_problems(name, files, session, previous)
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
        previous = start_validation(session, paths.paths(), files["documents"])
        for key in sorted(context.selected_asset_check_keys, key=lambda k: (k.asset_key.to_user_string(), k.name)):
            name = key.asset_key.path[-1]
            if key.name == "matches_schema":
                result = schema_result(name, files[name], session, previous)
            else:
                result = _key_result(name, files, session, previous)
            yield dg.AssetCheckResult(
                asset_key=key.asset_key, check_name=key.name, passed=result.passed, severity=result.severity, metadata=result.metadata
            )
    finally:
        session.close()
