"""rights_type: what a source's rights statement allows, read from its own words."""

from pipeline.normalize.rights import rights_type


def test_the_wilson_center_welcomes_reuse_for_research_and_education():
    statement = (
        "The History and Public Policy Program welcomes reuse of Digital Archive materials for research and educational "
        "purposes. Some documents may be subject to copyright, which is retained by the rights holder."
    )
    assert rights_type(statement) == "research_and_education"


def test_a_cia_release_decision_is_a_release_to_the_public():
    assert rights_type("Release Decision: RIFPUB") == "released_to_public"
    assert rights_type("Release Decision: RIPPUB") == "released_to_public"


def test_a_credit_line_or_nothing_leaves_the_rights_unknown():
    assert rights_type("This document was made possible with support from Leon Levy Foundation") == "unknown"
    assert rights_type(None) == rights_type("") == "unknown"
