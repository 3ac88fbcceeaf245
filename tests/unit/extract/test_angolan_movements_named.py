"""The three Angolan movements of 1975 are known actors, by their acronyms and their full names."""

from pipeline.extract.events.document_act import window_actors
from pipeline.normalize.names import lookup


def test_the_fnla_is_known_by_its_acronym_and_its_full_name():
    assert lookup("FNLA") is not None and lookup("National Front for the Liberation of Angola").name == "FNLA"


def test_an_agreement_signed_by_the_three_movements_has_all_three_as_actors():
    sources, targets = window_actors("The Alvor accord, signed by the MPLA, the FNLA and UNITA, set the day of independence.", None)
    assert {"MPLA", "FNLA", "UNITA"} <= set(sources + targets)
