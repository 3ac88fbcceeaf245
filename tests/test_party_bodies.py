"""The forms of the ruling parties' bodies made from the parties' own (pipeline/reference/party_bodies.yaml)."""

from importlib import resources

import pytest

from pipeline.normalize.names import lookup
from schemas import load_yaml

_EXAMPLES = load_yaml(resources.files("pipeline.reference").joinpath("party_bodies.yaml").read_text("utf-8"))["examples"]


@pytest.mark.parametrize(("entity_id", "form"), [(i, f) for i, forms in _EXAMPLES.items() for f in forms])
def test_body_form_names_the_body(entity_id: str, form: str) -> None:
    found = lookup(form)
    assert found is not None and found.id == entity_id
