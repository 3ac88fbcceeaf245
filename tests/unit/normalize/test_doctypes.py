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
