"""One blocking pandera check per table, generated from the declarations in schemas/."""


import dagster as dg
import pandera.errors
import pyarrow as pa

from pipeline import tables
from schemas import tables as declared_tables


def build_schema_check(name: str) -> dg.AssetChecksDefinition:
    @dg.asset_check(
        asset=dg.AssetKey(name),
        name="matches_schema",
        blocking=True,
        description=f"Every row of {name} matches its declaration in schemas/{name}.yaml (types, nulls, allowed values, keys).",
    )
    def _check(data: pa.Table) -> dg.AssetCheckResult:
        try:
            tables.pandera_schema(name).validate(tables.to_frame(data), lazy=True)
        except pandera.errors.SchemaErrors as err:
            cases = err.failure_cases
            return dg.AssetCheckResult(
                passed=False,
                severity=dg.AssetCheckSeverity.ERROR,
                metadata={
                    "failures": len(cases),
                    "failure_cases": dg.MetadataValue.md(cases.head(50).astype(str).to_markdown(index=False)),
                },
            )
        return dg.AssetCheckResult(passed=True, metadata={"rows": data.num_rows})

    return _check


schema_checks = [build_schema_check(name) for name in declared_tables()]
