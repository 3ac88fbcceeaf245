"""The bodies of every state made from the state's own forms (pipeline/reference/state_bodies.yaml)."""

from importlib import resources

import pytest

from pipeline.extract.mentions import find_mentions
from pipeline.normalize.names import lookup, resolve
from schemas import load_yaml

_EXAMPLES = load_yaml(resources.files("pipeline.reference").joinpath("state_bodies.yaml").read_text("utf-8"))["examples"]


@pytest.mark.parametrize(("entity_id", "form"), [(i, f) for i, forms in _EXAMPLES.items() for f in forms])
def test_body_form_names_the_body(entity_id: str, form: str) -> None:
    found = resolve(form)
    assert found is not None and found.id == entity_id


def test_made_forms_are_no_mentions() -> None:
    """A page's longer phrase stays its own: the made "Korean government" is not searched for inside it."""
    assert not [m for m in find_mentions("The Korean government delegation arrived.") if m.entity.id.endswith("-government")]
    assert lookup("Polish troops") is None  # the rules read a page's group as written
