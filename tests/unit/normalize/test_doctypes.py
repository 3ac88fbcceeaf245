"""One vocabulary of document kinds for every parser."""

import pytest

from pipeline.normalize.doctypes import document_type_of, examples


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Ciphered Telegram No. 709, Filippov [Stalin] to Krasovsky", "telegram"),
        ("Memorandum of Conversation between Stalin and Mao", "record_of_conversation"),
        ("Cable No. 21756, Mao Zedong to Cde. Filippov [Stalin]", "cable"),
        ("Resolution, USSR Council of Ministers", "resolution"),
        ("BRIEF", "briefing"),
        ("MZD關於停戰談判和國內情況等問題致斯大林電", "telegram"),
        ("Постановление Совета Министров СССР", "resolution"),
        ("Brothers in Arms", "other"),
    ],
)
def test_kind_named_by_a_title(title, kind):
    assert document_type_of(title) == kind


@pytest.mark.parametrize(("title", "kind"), examples())
def test_every_rule_of_the_data_reads_its_own_examples(title, kind):
    assert document_type_of(title) == kind


def test_a_title_naming_no_kind_is_other_and_a_kind_named_late_is_still_found():
    # One search over every rule's words turns away the titles that name no kind; the rules' order still decides
    # among the kinds a title names.
    assert document_type_of("Notes on the Situation in the Northern Provinces, Spring 1962") == "other"
    assert document_type_of("From the Files of the Foreign Ministry: Record of a Conversation with the Ambassador") == "record_of_conversation"


@pytest.mark.parametrize(("title", "kind"), examples())
def test_every_rule_that_matches_a_title_holds_one_of_its_required_words(title, kind):
    from pipeline.normalize.doctypes import _candidates, _patterns

    lowered = title.lower()
    for (_kind, pattern, needed), (_same, plain) in zip(_candidates(), _patterns(), strict=True):
        if plain.search(lowered):
            assert needed is None or any(word in lowered for word in needed), (pattern.pattern, needed)
