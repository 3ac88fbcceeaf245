"""The release described in the standards other tools read: a Frictionless Data Package and Croissant.

Both are derived from the table declarations in ``schemas/`` and checked in
the test suite with the standards' own validators (``frictionless validate``
and ``mlcroissant``), reading every table.

What the validators can and cannot read from Parquet shapes two choices:
Frictionless reads a Parquet file through pandas, where a list column
arrives as an array it cannot type, so list columns are declared ``any`` (the
item type is in the field's description and in the Parquet file's own
schema), and a nullable integer arrives as a float with NaN, which is
declared a missing value for that field. Frictionless does not compute the
size or hash of a Parquet file it reads, so those live in ``manifest.json``
(and in Croissant's ``sha256``), not in the Data Package.
"""

from __future__ import annotations

import datetime as dt

from pipeline.publish.citation import (
    DATASET_LICENSE,
    DATASET_LICENSE_TITLE,
    DATASET_LICENSE_URL,
    bibtex,
    project_citation,
)
from pipeline.publish.layout import table_file
from pipeline.publish.parquet import FileInfo
from schemas import Column
from schemas import tables as declared_tables

NAME = "coldwar-sources"
_LICENSE_NOTE = "the dataset's own work (the tables, ids, extracted events, entities and links); each source text keeps its own rights, stated per document in documents.rights_type and documents.rights"
_FRICTIONLESS_TYPES = {"string": "string", "int64": "integer", "float64": "number", "bool": "boolean", "date": "date"}


def _item_type(column: Column) -> str:
    if column.type == "list<struct>":
        inner = ", ".join(f"{f.name} {f.type}" for f in column.fields)
        return f"list of struct({inner})"
    return column.type.replace("list<", "list of ").rstrip(">")


def _field(column: Column) -> dict:
    kind = _FRICTIONLESS_TYPES.get(column.type, "any")
    description = column.description if kind != "any" else f"{column.description} (Parquet: {_item_type(column)})"
    field = {"name": column.name, "type": kind, "description": description}
    if kind == "integer" and column.nullable:
        field["missingValues"] = ["", "nan"]
    constraints = {}
    if not column.nullable:
        constraints["required"] = True
    if column.unique:
        constraints["unique"] = True
    if column.allowed:
        constraints["enum"] = list(column.allowed)
    if column.pattern:
        constraints["pattern"] = column.pattern.removeprefix("^").removesuffix("$")
    if column.min is not None and kind in ("integer", "number"):
        constraints["minimum"] = int(column.min) if kind == "integer" else column.min
    if column.max is not None and kind in ("integer", "number"):
        constraints["maximum"] = int(column.max) if kind == "integer" else column.max
    if constraints:
        field["constraints"] = constraints
    return field


def datapackage(version: str, released: dt.date, built: dict[str, FileInfo]) -> dict:
    """The release as a Frictionless (Tabular) Data Package."""
    cff = project_citation()
    resources = []
    for name in built:
        t = declared_tables()[name]
        schema = {"fields": [_field(c) for c in t.columns], "primaryKey": list(t.primary_key)}
        if t.foreign_keys:
            schema["foreignKeys"] = [
                {"fields": list(fk.columns), "reference": {"resource": fk.table, "fields": list(fk.ref_columns)}}
                for fk in t.foreign_keys
                if fk.table in built
            ]
        resources.append(
            {
                "name": name,
                "path": table_file(name),
                "profile": "tabular-data-resource",
                "format": "parquet",
                "mediatype": "application/vnd.apache.parquet",
                "description": t.description,
                "schema": schema,
            }
        )
    package = {
        "profile": "tabular-data-package",
        "name": NAME,
        "title": cff["title"],
        "description": " ".join(cff["abstract"].split()),
        "version": version,
        "created": f"{released.isoformat()}T00:00:00Z",
        "keywords": cff.get("keywords", []),
        "contributors": [{"title": a.get("name", ""), "role": "author"} for a in cff["authors"]],
        "licenses": [{"name": DATASET_LICENSE, "path": DATASET_LICENSE_URL, "title": f"{DATASET_LICENSE_TITLE} ({_LICENSE_NOTE})"}],
        "resources": resources,
    }
    if cff.get("repository-code"):
        package["homepage"] = cff["repository-code"]
    return package


# The JSON-LD context of Croissant 1.0, as its specification and mlcroissant write it.
CROISSANT_CONTEXT = {
    "@language": "en",
    "@vocab": "https://schema.org/",
    "citeAs": "cr:citeAs",
    "column": "cr:column",
    "conformsTo": "dct:conformsTo",
    "cr": "http://mlcommons.org/croissant/",
    "rai": "http://mlcommons.org/croissant/RAI/",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/",
    "equivalentProperty": "cr:equivalentProperty",
    "examples": {"@id": "cr:examples", "@type": "@json"},
    "extract": "cr:extract",
    "field": "cr:field",
    "fileProperty": "cr:fileProperty",
    "fileObject": "cr:fileObject",
    "fileSet": "cr:fileSet",
    "format": "cr:format",
    "includes": "cr:includes",
    "isLiveDataset": "cr:isLiveDataset",
    "jsonPath": "cr:jsonPath",
    "key": "cr:key",
    "md5": "cr:md5",
    "parentField": "cr:parentField",
    "path": "cr:path",
    "recordSet": "cr:recordSet",
    "references": "cr:references",
    "regex": "cr:regex",
    "repeated": "cr:repeated",
    "replace": "cr:replace",
    "samplingRate": "cr:samplingRate",
    "sc": "https://schema.org/",
    "separator": "cr:separator",
    "source": "cr:source",
    "subField": "cr:subField",
    "transform": "cr:transform",
}
_CROISSANT_TYPES = {"string": "sc:Text", "int64": "sc:Integer", "float64": "sc:Float", "bool": "sc:Boolean", "date": "sc:Date"}


def _croissant_field(table: str, column: Column) -> dict:
    file_id = table_file(table)
    scalar = column.type.removeprefix("list<").removesuffix(">")
    field = {
        "@type": "cr:Field",
        "@id": f"{table}/{column.name}",
        "name": column.name,
        "description": column.description,
        "source": {"fileObject": {"@id": file_id}, "extract": {"column": column.name}},
    }
    if column.type.startswith("list<"):
        field["repeated"] = True
    if column.type == "list<struct>":
        # One record per list item, each part read from the item by name.
        field["subField"] = [
            {
                "@type": "cr:Field",
                "@id": f"{table}/{column.name}/{part.name}",
                "name": part.name,
                "dataType": _CROISSANT_TYPES[part.type],
                "source": {
                    "fileObject": {"@id": file_id},
                    "extract": {"column": column.name},
                    "transform": {"jsonPath": part.name},
                },
            }
            for part in column.fields
        ]
    else:
        field["dataType"] = _CROISSANT_TYPES[scalar]
    return field


def croissant(version: str, released: dt.date, built: dict[str, FileInfo]) -> dict:
    """The release as an ML Commons Croissant 1.0 description (files, record sets, fields)."""
    cff = project_citation()
    distribution = [
        {
            "@type": "cr:FileObject",
            "@id": table_file(name),
            "name": table_file(name),
            "contentUrl": table_file(name),
            "encodingFormat": "application/x-parquet",
            "sha256": info.sha256,
        }
        for name, info in built.items()
    ]
    record_sets = [
        {
            "@type": "cr:RecordSet",
            "@id": name,
            "name": name,
            "description": declared_tables()[name].description,
            "key": [{"@id": f"{name}/{k}"} for k in declared_tables()[name].primary_key],
            "field": [_croissant_field(name, c) for c in declared_tables()[name].columns],
        }
        for name in built
    ]
    dataset = {
        "@context": CROISSANT_CONTEXT,
        "@type": "sc:Dataset",
        "conformsTo": "http://mlcommons.org/croissant/1.0",
        "name": NAME,
        "description": " ".join(cff["abstract"].split()),
        "version": version,
        "datePublished": released.isoformat(),
        "license": DATASET_LICENSE_URL,
        "citeAs": bibtex(version, released),
        "creator": [{"@type": "sc:Organization", "name": a.get("name", "")} for a in cff["authors"]],
        "keywords": cff.get("keywords", []),
        "distribution": distribution,
        "recordSet": record_sets,
    }
    if cff.get("repository-code"):
        dataset["url"] = cff["repository-code"]
    return dataset
