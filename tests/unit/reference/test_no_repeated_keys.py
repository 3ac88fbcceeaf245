"""A key written twice in a mapping of the reference files is one YAML keeps silently, losing the other's value."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

_LAYOUTS = sorted(p.name for p in resources.files("pipeline.reference").joinpath("layouts").iterdir() if p.name.endswith(".yaml"))


class _Strict(yaml.SafeLoader):
    pass


def _mapping(loader: _Strict, node: yaml.MappingNode) -> dict:
    keys = [loader.construct_object(k, deep=True) for k, _ in node.value]
    repeated = sorted({str(k) for k in keys if keys.count(k) > 1})
    assert not repeated, f"line {node.start_mark.line + 1}: {repeated}"
    return loader.construct_mapping(node, deep=True)


_Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


@pytest.mark.parametrize("name", _LAYOUTS)
def test_no_key_of_a_layout_file_is_written_twice(name):
    yaml.load(resources.files("pipeline.reference").joinpath("layouts", name).read_text("utf-8"), Loader=_Strict)
