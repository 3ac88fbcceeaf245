"""The frame of a signed paper read whatever its layout (pipeline/parse/signature.py): the writer's bare surname or a
mission's name alone at the foot of the text, a drafter's name above the edition's source note, the body addressed on
a line of its own at the head."""

from __future__ import annotations

from pipeline.parse import parse_text

# A ciphergram signed by the ambassador's surname alone under its last numbered point.
_CIPHERGRAM = """CIPHERGRAM No. 87
Sent from Algiers: 14.03.1979, 18.00
To: Deputy Minister Marian Dobrosielski
1. The President received the delegation of the Polisario Front yesterday evening.
2. In my view the government will not change its policy on Western Sahara before the party congress.
Zawadzki
"""

# A note of a conversation signed by the ambassador's surname, his office and the place and day under it.
_NOTE = """NOTE
on a conversation with the Minister of Foreign Affairs of Mali on 3 May 1974 in Bamako
The Minister received the undersigned at his request and spoke of the drought in the north.
The talk lasted forty minutes.
Hoffmann
Ambassador
Bamako, 6 May 1974
"""

# A mission's report to its ministry: the ministry addressed at the head, the mission's name and the day at the foot.
_ZH_REPORT = """驻马里使馆关于马里旱灾情况的报告

外交部：

一、五月以来，马里北部旱情严重，政府已向各国呼吁援助。

二、我们的意见：可考虑提供一批粮食援助。妥否，请示。

驻马里使馆
一九七四年五月十日

外交部档案馆，档号108-01234-05，第1—3页。
"""

# The same report with no day under the mission's name, the citation in brackets under it.
_ZH_REPORT_UNDATED = """驻马里使馆情况通报

一、五月以来，马里北部旱情严重，政府已向各国呼吁援助。

二、总统昨天会见了我馆临时代办。

驻马里使馆

（外交部档案馆，档号 108-01234-06）
"""

# A memorandum for the record signed by its drafter above the edition's source note.
_MEMO = """Memorandum for the Record
Washington, March 9, 1973.
SUBJECT
Call by the Ambassador of Ghana on the Deputy Secretary
1. The Ambassador called on the Deputy Secretary at his own request on March 8.
2. The Deputy Secretary said that he would look into the matter of the loan.
Harold Brewer
Source: National Archives, RG 59, Central Files 1970–73, POL GHANA-US. Confidential. Drafted by Brewer on March 9.
"""

# A paragraph closing a text is no signer, nor is a classification mark under it.
_NO_SIGNER = """Memorandum on the situation in Mali
The drought in the north has grown worse since May.
Confidential
"""


def test_bare_surname_under_a_ciphergram_signs_it():
    doc = parse_text(_CIPHERGRAM)
    assert doc.sender_names == ["Zawadzki"]
    assert doc.recipient_names == ["Marian Dobrosielski"]  # a telegram's "To:" line names the person, his office left off


def test_surname_over_office_and_day_signs_the_note():
    doc = parse_text(_NOTE)
    assert doc.sender_names == ["Hoffmann"]


def test_chinese_report_addressed_at_head_signed_by_mission_at_foot():
    doc = parse_text(_ZH_REPORT)
    assert doc.sender_names == ["驻马里使馆"]
    assert doc.recipient_names == ["外交部"]


def test_chinese_report_addressed_to_a_ministry_and_reported_to_its_department_names_both():
    # "外交部并报西亚非司：": to the ministry, and reported to its department: two addressees, split at the joining words.
    doc = parse_text(_ZH_REPORT.replace("外交部：", "外交部并报西亚非司："))
    assert doc.recipient_names == ["外交部", "西亚非司"]


def test_mission_name_alone_on_last_line_signs():
    assert parse_text(_ZH_REPORT_UNDATED).sender_names == ["驻马里使馆"]


def test_drafter_above_source_note_signs_the_memorandum():
    assert parse_text(_MEMO).sender_names == ["Harold Brewer"]


def test_mark_under_the_text_signs_nothing():
    assert parse_text(_NO_SIGNER).sender_names == []


# A Soviet cipher telegram addressed by the capital and the ministry over its text, no word for "to".
_RU_CIPHER = """ШИФРТЕЛЕГРАММА

Из Аддис-Абебы

МОСКВА, МИД СССР

Вчера император принял делегацию профсоюзов и обещал рассмотреть их требования до конца месяца.

ПОСОЛ СССР В ЭФИОПИИ
А. РАТАНОВ
"""


def test_capital_and_ministry_over_a_cipher_telegram_address_it():
    assert parse_text(_RU_CIPHER).recipient_names == ["Ministry of Foreign Affairs of the USSR"]


# The minutes of a body's session signed by its secretary under his office: he keeps them for the body.
_MINUTES = """MINUTES
of the meeting of the Executive Committee of the Council for Mutual Economic Assistance, 14 March 1976
Present: the permanent representatives of the member countries.
The Committee heard the report of the Standing Commission on Oil and Gas.
Decided: the Commission is to present a draft agreement by 1 June 1976.
Secretary of the Executive Committee
P. Ivanov
"""


def test_secretary_over_his_name_does_not_send_the_minutes():
    doc = parse_text(_MINUTES)
    assert doc.document_type == "minutes"
    assert doc.sender_names == []
