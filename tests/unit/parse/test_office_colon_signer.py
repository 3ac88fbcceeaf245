"""A mission's report signed by its office, a colon and the signer's name on one line under the last sentence
("Chargé d'affaires: G. Petkov"): the text came to its end, the page was not cut. Texts written for these tests."""

from __future__ import annotations

import pytest

from pipeline.parse import parse_text
from pipeline.parse.model import closes_message


@pytest.mark.parametrize(
    ("texts", "closed"),
    [
        (["The frontier was reopened on Friday.", "Chargé d'affaires: N. Dimitrov"], True),
        (["The frontier was reopened on Friday.", "Ambassador: Stefan Ivanov"], True),
        (["The frontier was reopened on Friday.", "The minister said: the army"], False),  # a sentence cut at its colon
        (["The frontier was reopened on", "Ambassador: Stefan Ivanov"], False),  # under a cut sentence
    ],
)
def test_an_office_colon_and_a_name_close_a_message(texts, closed):
    assert closes_message(texts) is closed


_SITE_REPORT = """source: https://digitalarchive.wilsoncenter.org/document/information-bulgarian-embassy-kigali-1973
July 9, 1973
Information from the Bulgarian Embassy in Kigali on the Change of Government in Rwanda

Skip to content

A report on the army's takeover in Rwanda.

PEOPLE'S REPUBLIC OF BULGARIA
EMBASSY IN KIGALI
Kigali, 9.VII.1973

INFORMATION
on the change of government in Rwanda

On Thursday the army deposed President Kayibanda and General Habyarimana took power.

The radio announced a curfew, and the borders were closed for two days.

Chargé d'affaires: N. Dimitrov

Document Information
Source
Central State Archive, Sofia (TsDA), Fond 1-B, Opis 88, A.E. 1102, l. 4-5.
Type
Report
Language
Bulgarian
"""


def test_a_site_report_signed_office_colon_name_is_not_cut():
    assert parse_text(_SITE_REPORT).has_cut_end is False
