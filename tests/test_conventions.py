"""Conventions of the repository, checked by walking it."""

from __future__ import annotations

import re

from tests.conftest import ROOT

CORE = ("parse", "normalize", "extract", "publish")


def test_the_pure_core_never_imports_dagster():
    offenders = [
        str(path.relative_to(ROOT))
        for package in CORE
        for path in (ROOT / "pipeline" / package).rglob("*.py")
        if re.search(r"^\s*(import dagster|from dagster)", path.read_text(encoding="utf-8"), re.MULTILINE)
    ]
    assert offenders == []


def test_parsers_and_extractors_touch_no_database():
    """Per-seed work is a pure function of the seed's bytes; DuckDB belongs to assembly and publication."""
    offenders = [
        str(path.relative_to(ROOT))
        for package in ("parse", "normalize", "extract")
        for path in (ROOT / "pipeline" / package).rglob("*.py")
        if re.search(r"^\s*(import duckdb|from duckdb)", path.read_text(encoding="utf-8"), re.MULTILINE)
    ]
    assert offenders == []


def test_starting_a_build_loads_no_parser_nor_validation_nor_charts():
    """A build that parses a seed or two does it in a process of its own, validates only a few rows late and may draw
    its charts elsewhere: the parsers, pandas, pandera and matplotlib are imported where they are used, not with the
    driver and the Dagster definitions every build loads first."""
    import subprocess
    import sys

    code = (
        "import sys, pipeline.cli, pipeline.defs.driver, pipeline.definitions; "
        "print(sorted(m for m in ('pipeline.seed', 'pipeline.parse', 'pandas', 'pandera', 'matplotlib') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_paths_module_imports_nothing_of_ours():
    source = (ROOT / "pipeline" / "paths.py").read_text(encoding="utf-8")
    assert not re.search(r"^\s*(from|import) (pipeline|schemas)", source, re.MULTILINE)


def test_each_schema_file_is_named_after_its_table():
    for path in (ROOT / "schemas").glob("*.yaml"):
        assert re.search(rf"^name: {path.stem}$", path.read_text(encoding="utf-8"), re.MULTILINE), path.name


def test_seeds_are_plain_files_and_nothing_generated_is_tracked():
    import subprocess

    tracked = subprocess.run(["git", "ls-files", "dist", ".dagster"], capture_output=True, text=True, cwd=ROOT).stdout.split()
    assert set(tracked) <= {"dist/README.md"}


def test_every_seed_and_development_document_has_a_golden_file():
    expected = {p.stem for p in (ROOT / "tests" / "golden" / "expected").glob("*.json")}
    inputs = {p.stem for p in (ROOT / "seeds").iterdir()} | {p.stem for p in (ROOT / "tests" / "fixtures" / "dev").glob("*.txt")}
    assert inputs <= expected, f"no golden for {sorted(inputs - expected)}: run make golden-update and read the diff"


def test_every_table_is_in_the_dataset_and_checked():
    from pipeline.defs.checks import table_checks
    from schemas import tables

    checked = {(key.asset_key.to_user_string(), key.name) for key in table_checks.check_keys}
    assert checked == {(name, check) for name in tables() for check in ("matches_schema", "keys_resolve")}


# A statement opens with one of these words (a Markdown page that shows SQL does not); a file read anywhere in it.
_SQL_WORDS = re.compile(r"^\s*(SELECT|INSERT|CREATE|COPY|DELETE|UPDATE|DROP|ATTACH|PRAGMA|COMMENT ON|LOAD|WITH|FROM)\b|read_(parquet|csv|json)\(")
_QUOTING_CALLS = {"ident", "idents", "literal"}


def _sql_building(source: str) -> list[tuple[int, str]]:
    """Places where Python text that looks like SQL takes a value other than a quoted identifier or literal."""
    import ast

    def looks_like_sql(node) -> bool:
        parts = node.values if isinstance(node, ast.JoinedStr) else [node]
        first = parts[0] if parts else None
        opens = isinstance(first, ast.Constant) and isinstance(first.value, str) and _SQL_WORDS.match(first.value)
        reads = any(isinstance(p, ast.Constant) and isinstance(p.value, str) and re.search(r"read_parquet\(['[]", p.value) for p in parts)
        return bool(opens or reads)

    def quoting(node) -> bool:
        func = node.func if isinstance(node, ast.Call) else None
        name = getattr(func, "attr", None) or getattr(func, "id", None)
        return name in _QUOTING_CALLS

    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.JoinedStr) and looks_like_sql(node):
            for value in node.values:
                if isinstance(value, ast.FormattedValue) and not quoting(value.value):
                    found.append((node.lineno, f"f-string puts {ast.unparse(value.value)} into SQL"))
        elif isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Mod, ast.Add)) and any(
            isinstance(side, (ast.Constant, ast.JoinedStr)) and looks_like_sql(side) for side in (node.left, node.right)
        ):
            found.append((node.lineno, f"SQL built with {type(node.op).__name__}"))
        elif (
            isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format"
            and isinstance(node.func.value, ast.Constant) and looks_like_sql(node.func.value)
        ):
            found.append((node.lineno, "SQL built with .format"))
    return found


def test_sql_takes_values_only_as_parameters():
    """SQL text lives in pipeline/publish/sql/*.sql; Python fills in only quoted identifiers (sql.render, sql.ident)."""
    offenders = [
        f"{path.relative_to(ROOT)}:{line}: {what}"
        for path in sorted((ROOT / "pipeline").rglob("*.py"))
        for line, what in _sql_building(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_the_sql_convention_check_catches_what_it_forbids():
    bad = [
        'con.execute(f"SELECT * FROM read_parquet(\'{path}\')")',
        'con.execute("SELECT * FROM t WHERE name = \'%s\'" % name)',
        'con.execute("DELETE FROM t WHERE id = {}".format(x))',
        'con.execute("SELECT * FROM " + table)',
    ]
    good = [
        'con.execute("SELECT * FROM read_parquet($files)", {"files": files})',
        'con.execute(f"SELECT * FROM {sql.ident(name)}")',
        'message = f"seed {name} selected"',
    ]
    assert all(_sql_building(code) for code in bad)
    assert not any(_sql_building(code) for code in good)


def test_sql_files_take_values_as_parameters_and_names_as_placeholders():
    """No quoted path or value is written into an .sql file; {{ placeholders }} are identifiers only."""
    for path in (ROOT / "pipeline" / "publish" / "sql").glob("*.sql"):
        text = path.read_text(encoding="utf-8")
        assert "read_parquet('" not in text and "read_parquet(\"" not in text, path.name


def _holds_words_in_code(source: str) -> bool:
    """A string literal (docstrings and comments aside) holding a Cyrillic or Han character."""
    import ast

    script = re.compile(r"[\u0400-\u04ff\u3400-\u9fff]")
    tree = ast.parse(source)
    docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                  if isinstance(n, ast.Module | ast.FunctionDef | ast.ClassDef) and n.body
                  and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
    return any(isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings and script.search(node.value)
               for node in ast.walk(tree))


def test_no_module_holds_russian_or_chinese_words_in_code():
    """The words and phrases rules read are data, per language, in pipeline/reference/lang/*.yaml."""
    offenders = [
        str(path.relative_to(ROOT))
        for path in sorted((ROOT / "pipeline").rglob("*.py"))
        if path.parent.name != "quality"  # the measuring tools, not rules of the pipeline
        and _holds_words_in_code(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_the_words_in_code_check_catches_what_it_forbids():
    assert _holds_words_in_code('_MONTH = re.compile(r"(?:января|февраля)")')
    assert _holds_words_in_code('TITLE = "致"')
    assert not _holds_words_in_code('"""Dates such as 13 июля 1951."""\nMONTHS = lexicon("ru")["months"]')
