"""Events from small inline documents: each case names the quirk it covers."""

from datetime import date

import pytest

from pipeline.extract.events import EventDraft, document_act, event_key, extract_events, passages
from pipeline.parse.model import Block, ParsedDocument


def _doc(*texts: str, **meta) -> ParsedDocument:
    blocks, offset = [], 0
    for text in texts:
        blocks.append(Block("paragraph", offset, offset + len(text), text, language="en"))
        offset += len(text) + 2
    meta.setdefault("source_type", "archival_record")
    return ParsedDocument(parser="test/1", blocks=blocks, **meta)


def _letter(*texts: str, day=date(1952, 2, 3)) -> ParsedDocument:
    return _doc(*texts, document_type="telegram", document_date=day, document_date_precision="day",
                sender_names=["Joseph Stalin"], recipient_names=["Mao Zedong"])


def _summary(events: list[EventDraft]) -> list[tuple]:
    return [(e.event_type, e.start_date, e.sources, e.targets, e.method) for e in events]


def test_your_telegram_of_a_date_was_sent_by_the_recipient():
    events = extract_events(_letter("We received your telegrams of January 31 concerning the negotiations."))
    sent = [e for e in events if e.method == "dated_sentence"]
    assert _summary(sent) == [("message_sent", date(1952, 1, 31), ["Mao Zedong"], ["Joseph Stalin"], "dated_sentence")]
    assert sent[0].inferred  # the year comes from the document
    (received,) = [e for e in events if e.method == "tense_sentence"]  # and their receipt, between their day and the reply's
    assert (received.event_type, received.start_date, received.end_date, received.date_kind) == (
        "message_received", date(1952, 1, 31), date(1952, 2, 3), "range")


def test_my_telegrams_and_your_replies_in_one_sentence():
    text = "According to my proposal in two telegrams dated March 28 and May 31 and your two telegrams in reply dated April 2 and April 9, we have decided."
    doc = _doc(text, document_type="letter", document_date=date(1952, 7, 27), document_date_precision="day",
               sender_names=["Mao Zedong"], recipient_names=["Joseph Stalin"])
    dated = sorted((e.start_date, e.sources) for e in extract_events(doc) if e.method == "dated_sentence")
    assert dated == [
        (date(1952, 3, 28), ["Mao Zedong"]), (date(1952, 4, 2), ["Joseph Stalin"]),
        (date(1952, 4, 9), ["Joseph Stalin"]), (date(1952, 5, 31), ["Mao Zedong"]),
    ]


def test_the_writers_own_act_happens_on_the_documents_date():
    events = extract_events(_letter("We agree with the plan outlined by you and the evaluation of the course of the negotiations."))
    assert _summary(events) == [("agreement", date(1952, 2, 3), ["Joseph Stalin"], ["Mao Zedong"], "document_act")]
    assert events[0].inferred and events[0].key_as == ("communication", ["Joseph Stalin"], ["Mao Zedong"])


def test_a_conditional_we_can_agree_is_not_an_act():
    assert extract_events(_letter("We can agree to it on the condition that the point is kept.")) == []


def test_dateline_alone_is_not_an_event():
    assert extract_events(_doc("31st of December 1949.")) == []


def test_labelled_metadata_date_is_not_an_event():
    assert extract_events(_doc("Publication Date: July 1, 1953 Content Type:")) == []


def test_heading_date_is_not_an_event():
    events = extract_events(_doc("NSC BRIEFING 1 July 1953 CURRENT POSITION We believe that the 8 June 1953 agreement holds."))
    assert [e.start_date for e in events] == [date(1953, 6, 8)]


def test_receipt_stamp_a_year_before_the_telegram_takes_the_documents_year():
    doc = _doc("From BEIJING Received 23:00 31.1.1951", document_type="telegram", document_date=date(1952, 1, 31),
               document_date_precision="day", sender_names=["Mao Zedong"], recipient_names=["Joseph Stalin"])
    (event,) = extract_events(doc)
    assert (event.event_type, event.start_date, event.start_time, event.inferred) == ("message_received", date(1952, 1, 31), "23:00", True)


def test_receipt_stamp_a_line_a_field_is_dated_by_its_day_line():
    lines = [("header", "TELEGRAM"), ("header", "RECEIVED"), ("body", "4.117"), ("body", "FROM THE EMBASSY IN WARSAW"),
             ("body", "ON/14/14/IV/53"), ("body", "The delegation left for Moscow this morning.")]
    blocks, offset = [], 0
    for section, text in lines:
        blocks.append(Block("paragraph", offset, offset + len(text), text, section_type=section, language="en"))
        offset += len(text) + 2
    doc = ParsedDocument(parser="test/1", blocks=blocks, source_type="archival_record", document_type="telegram",
                         document_date=date(1953, 4, 14), document_date_precision="day",
                         sender_names=["Embassy in Warsaw"], recipient_names=["Foreign Ministry"])
    stamps = [e for e in extract_events(doc) if e.block == 4]
    assert _summary(stamps) == [("message_received", date(1953, 4, 14), ["Foreign Ministry"], [], "cable_header")]


def test_a_received_label_over_sentences_dates_nothing():
    blocks = [Block("paragraph", 0, 8, "RECEIVED", section_type="header", language="en"),
              Block("paragraph", 10, 60, "The talks went on for hours without an agreement.", language="en"),
              Block("paragraph", 62, 72, "14/IV/53", language="en")]
    doc = ParsedDocument(parser="test/1", blocks=blocks, source_type="archival_record", document_type="telegram")
    assert [e for e in extract_events(doc) if e.event_type == "message_received"] == []


def test_stalin_replied_takes_the_date_of_the_message_it_answers():
    doc = _doc("Mao Zedong informed Stalin on November 14, 1951 that the talks would drag on.", "Stalin replied:",
               source_type="book_excerpt")
    reply = extract_events(doc)[-1]
    assert (reply.event_type, reply.start_date, reply.sources, reply.targets, reply.method, reply.inferred) == (
        "reply", date(1951, 11, 14), ["Joseph Stalin"], ["Mao Zedong"], "relative_date", True,
    )


def test_five_days_later_counts_from_the_last_date():
    doc = _doc("Mao Zedong informed Stalin on November 14, 1951 of it.", "In a telegram to Pyongyang five days later, Stalin wrote.",
               source_type="book_excerpt")
    later = extract_events(doc)[-1]
    assert (later.start_date, later.date_text, later.method) == (date(1951, 11, 19), "five days later", "relative_date")


def test_completed_act_without_a_date_ends_at_the_documents_date():
    doc = _letter("On that question an agreement has already been reached on three points.", day=date(1952, 1, 31))
    (event,) = extract_events(doc)
    assert (event.event_type, event.start_date, event.end_date, event.precision) == ("agreement", None, date(1952, 1, 31), "unknown")


def test_a_negated_completion_is_no_event():
    assert extract_events(_letter("Up to the present time a final agreement has not been reached.")) == []


def test_resolution_decisions_are_the_councils_instructions():
    doc = _doc("The Council of Ministers of the USSR RESOLVES:", "1. To confirm the draft letters to Comrades Mao Zedong and Kim Il Sung.",
               document_date=date(1953, 3, 19), document_date_precision="day")
    (event,) = [e for e in extract_events(doc) if e.method == "document_act"]
    assert (event.event_type, event.sources, event.targets, event.start_date) == (
        "instruction", ["USSR Council of Ministers"], ["Mao Zedong", "Kim Il Sung"], date(1953, 3, 19),
    )


def test_conversation_turn_is_a_statement_at_the_meeting():
    doc = _doc("Conversation between Stalin and Mao, Moscow, 16 December 1949",
               "Comrade Mao Zedong: China needs a period of 3-5 years of peace.",
               document_date=date(1949, 12, 16), document_date_precision="day")
    turn = [e for e in extract_events(doc) if e.method == "document_act"]
    assert [(e.sources, e.start_date, e.key_as) for e in turn] == [(["Mao Zedong"], date(1949, 12, 16), ("meeting", ["Mao Zedong"], []))]


def test_chinese_receipt_line_and_this_years_june():
    doc = _doc("MZD關於停戰談判致斯大林電", "發自北京,1951年11月14日收到", "金日成同志今年6月在北京討論停戰條件時曾就此問題發表了這樣的意見。這次,停戰條件也是徵得他的同意的。",
               document_date=date(1951, 11, 14), document_date_precision="day")
    events = extract_events(doc)
    assert [(e.event_type, e.start_date, e.precision, e.sources) for e in events] == [
        ("message_sent", date(1951, 11, 14), "day", ["Mao Zedong"]),  # the heading: MZD's telegram to Stalin
        ("message_received", date(1951, 11, 14), "day", ["Mao Zedong"]),
        ("statement", date(1951, 6, 1), "month", ["Kim Il Sung"]),
    ]
    assert events[2].evidence_end - events[2].evidence_start == len("金日成同志今年6月在北京討論停戰條件時曾就此問題發表了這樣的意見。")


def test_event_key_meeting_ignores_order_and_states():
    meeting = EventDraft(0, "meeting", 0, 1, "dated_sentence", 0.7).on(date(1949, 12, 16), inferred=False)
    one = event_key(meeting, ["person/joseph-stalin"], ["place/china", "person/mao-zedong"])
    other = event_key(meeting, ["person/mao-zedong"], ["person/joseph-stalin"])
    assert one == other == "meeting|1949-12-16|person/joseph-stalin,person/mao-zedong"


def test_event_key_needs_a_day_and_an_actor():
    undated = EventDraft(0, "agreement", 0, 1, "undated_sentence", 0.4)
    assert event_key(undated, ["person/joseph-stalin"], []) is None


def test_page_of_unknown_layout_with_a_letter_heading_is_the_letter_sent():
    doc = _doc("July 27, 1952", "Letter, Mao Zedong to Comrade Filippov [Stalin]", "Comrade Filippov [Stalin]:",
               document_date=date(1952, 7, 27), document_date_precision="day")
    own = [e for e in extract_events(doc) if e.method == "document_metadata"]
    assert [(e.event_type, e.start_date, e.sources, e.targets, e.block) for e in own] == [
        ("message_sent", date(1952, 7, 27), ["Mao Zedong"], ["Joseph Stalin"], 1),
    ]


def test_a_resolution_about_draft_letters_is_not_itself_a_letter():
    doc = _doc("March 19, 1953 Resolution, USSR Council of Ministers with draft letters from Soviet Government to Mao Zedong",
               document_date=date(1953, 3, 19), document_date_precision="day")
    assert [e for e in extract_events(doc) if e.method == "document_metadata"] == []


def test_named_actors_past_act_without_a_date_ends_at_the_letters_date():
    doc = _letter("Regarding the negotiations, during two meetings the Americans deliberately raised the issue of correspondents.",
                  day=date(1951, 7, 13))
    (event,) = extract_events(doc)
    assert (event.sources, event.start_date, event.end_date, event.method) == (["United States"], None, date(1951, 7, 13), "undated_sentence")


def test_a_conditional_past_act_is_no_event():
    assert extract_events(_letter("But if the Americans advance such a proposal, it can be accepted.")) == []


def test_a_report_naming_fewer_targets_takes_the_fuller_reports_key():
    from pipeline.seed import merge_event_keys

    rows = [
        {"event_key": "communication|1951-11-19|person/joseph-stalin>"},
        {"event_key": "communication|1951-11-19|person/joseph-stalin>place/north-korea"},
        {"event_key": "communication|1951-11-19|person/mao-zedong>"},
        {"event_key": "sha-1/e04"},
    ]
    assert [r["event_key"] for r in merge_event_keys(rows)] == [
        "communication|1951-11-19|person/joseph-stalin>place/north-korea",
        "communication|1951-11-19|person/joseph-stalin>place/north-korea",
        "communication|1951-11-19|person/mao-zedong>",
        "sha-1/e04",
    ]


def test_in_order_to_is_not_an_instruction():
    from pipeline.extract.events.common import KEYWORD_PATTERNS

    sentence = "the Americans deliberately raised the issue in order to cause a recess during the conference"
    kinds = [kind for kind, pattern in KEYWORD_PATTERNS if pattern.search(sentence)]
    assert "instruction" not in kinds
    assert any(p.search("he ordered the troops to withdraw") for k, p in KEYWORD_PATTERNS if k == "instruction")


def _book_events(text: str):
    from pipeline.extract.events import extract_events
    from pipeline.parse.model import Block, ParsedDocument

    doc = ParsedDocument(parser="book_page/1", source_type="book_excerpt", document_type="book_pages")
    doc.blocks = [Block("paragraph", 0, len(text), text, language="en")]
    return extract_events(doc)


def test_opening_clause_is_the_dated_event_not_the_main_clause():
    [event] = _book_events("After the negotiations resumed on October 25, 1951, Stalin repeated the line on the talks.")
    assert event.event_type == "talks_resumed" and event.sources == [] and event.targets == []


def test_happening_named_before_its_date_ends_with_the_date():
    [event] = _book_events(
        "It is true that the North Korean attack on South Korea in June 1950 brought negative consequences to the Soviet Union."
    )
    assert event.event_type == "attack" and "Soviet Union" not in event.targets


def test_a_handling_line_names_who_handled_it_or_where_it_arrived():
    events = extract_events(_letter(
        "Sent by wire on 2/3/52 at 03:15 a.m.", "Received in Moscow on 2/3/52 at 6:36 a.m.",
        "Deciphered by Morozov on 2/3/52 at 7:45 a.m.", "Printed by the Office of the Ministry of Foreign Affairs, 3 February 1952",
    ))
    actors = [(e.sources, e.targets) for e in events if e.method == "dated_sentence"]
    assert actors == [
        (["Joseph Stalin"], ["Mao Zedong"]),  # "by wire" is the means: the cable's own sender and recipient
        (["Moscow"], []),
        (["Morozov"], []),
        (["Office of the Ministry of Foreign Affairs"], []),
    ]


def test_a_speech_acts_addressees_end_where_what_it_says_begins():
    doc = _doc("Mao Zedong noted that Tito had proved himself an unreliable partner more than once.",
               document_type="record_of_conversation", document_date=date(1958, 4, 5), document_date_precision="day")
    (event,) = [e for e in extract_events(doc) if e.sources == ["Mao Zedong"]]
    assert event.targets == []  # Tito is what Mao spoke of, not whom he spoke to


def test_a_place_where_something_happened_is_no_actor():
    events = extract_events(_letter("On 2 February the delegation arrived in Moscow from the Cabinet Room of Beijing."))
    assert all("Moscow" not in e.sources + e.targets for e in events)


def test_a_subject_phrase_is_an_actor_only_when_it_names_a_group_or_an_office():
    from pipeline.extract.events.common import subject_phrase

    assert subject_phrase("Thus, for example, just recently the enemy ") == ["enemy"]
    assert subject_phrase("In the neutral countries, the Bonn government ") == ["Government of the Federal Republic of Germany"]
    assert subject_phrase("The content of the telegram ") == []
    assert subject_phrase("Nevertheless, the impossible ") == []


def test_a_dated_sentence_in_the_writers_voice_has_the_writer_for_actor():
    doc = _doc("When we flew into Belgrade on the morning of 26 September, Tito met us.",
               "Tito said on 27 September that he wanted to talk with me in the evening.",
               document_type="memorandum", document_date=date(1956, 10, 6), document_date_precision="day",
               sender_names=["Nikita Khrushchev"], recipient_names=["Communist Party of the Soviet Union"])
    dated = [(e.sources, e.targets) for e in extract_events(doc) if e.method == "dated_sentence"]
    assert dated[0][0] == ["Nikita Khrushchev"]
    assert "Nikita Khrushchev" in dated[1][1]


def test_a_name_after_a_title_is_a_person_even_unknown_to_the_gazetteer():
    from pipeline.extract.events.common import clause_names

    assert clause_names("forwarded by Comrade Gorinovich", "en") == ["Gorinovich"]
    assert clause_names("We heard from Mr. Xiao", "en") == ["Xiao"]
    assert clause_names("by the August (1955) agreement", "en") == []


def test_a_dated_wish_or_plan_is_no_happening_on_its_date():
    events = extract_events(_letter("It would be good if he could come tomorrow, February 4.",
                                    "In 1952 we will not pay for the construction of the railroad."))
    assert [e for e in events if e.method == "dated_sentence"] == []


def test_a_paragraph_going_on_with_a_turn_is_a_row_only_when_it_states_something():
    from pipeline.extract.events.document_act import says_something

    assert not says_something("plus advisors and experts.", "en")
    assert not says_something("________________", "en")
    assert not says_something("Alexandrov – head of the secretariat of the CC CPSU", "en", carried=False)
    assert says_something("Com. Kadar suggested that the Soviet comrades report first.", "en")
    assert says_something("Sincerely, L. Brezhnev, October 19, 1973", "en")


def test_a_line_of_the_document_with_no_verb_is_its_writers_to_its_recipients():
    events = extract_events(_letter("Moscow, February 3, 1952, 2 p.m."))
    dated = [(e.sources, e.targets) for e in events if e.method == "dated_sentence"]
    assert dated == [(["Joseph Stalin"], ["Mao Zedong"])]


def test_i_in_a_turn_of_a_record_is_its_speaker_and_you_the_other_side():
    doc = _doc("Record of Conversation between Takeiri Yoshikatsu and Zhou Enlai",
               "Zhou: I propose that you inform the Japanese side of our position on the treaty.",
               title="Record of Conversation between Takeiri Yoshikatsu and Zhou Enlai",
               document_type="record_of_conversation", document_date=date(1972, 7, 29), document_date_precision="day")
    rows = [e for e in extract_events(doc) if e.block == 1]
    assert rows and all("Yoshikatsu Takeiri" in e.targets for e in rows)


def test_a_perfect_before_a_saying_is_a_past_act_not_the_meetings():
    doc = _doc("Record of Conversation with Tito on 26 September 1956",
               "As I have already reported, during my stay in the Brioni Islands, Com. Tito told me of his desire to talk.",
               title="Record of Conversation with Tito on 26 September 1956",
               document_type="record_of_conversation", document_date=date(1956, 9, 26), document_date_precision="day")
    rows = [e for e in extract_events(doc) if e.block == 1]  # the report, and Tito's saying after the aside
    assert [(e.date_kind, e.end_date) for e in rows] == [("upper_bound", date(1956, 9, 26))] * 2


def test_the_acts_of_a_meeting_of_several_days_fall_within_them():
    doc = _doc("Meeting of the Politburo on 19, 20 and 21 October 1956",
               "The Politburo agrees to the following press communiqué:",
               title="Minutes of the Politburo", document_type="minutes")
    (event,) = [e for e in extract_events(doc) if e.block == 1]
    assert (event.start_date, event.end_date, event.date_kind) == (date(1956, 10, 19), date(1956, 10, 21), "range")


def test_a_paragraph_describing_the_document_is_the_sites_summary_not_its_words():
    events = extract_events(_letter(
        "Shtykov describes the reactions of Kim Il Sung to Stalin's telegram of 3 February. (see also)"))
    assert events == []


def test_a_short_turn_that_states_nothing_is_no_row_a_long_one_is():
    doc = _doc("Record of the Third Meeting between Takeiri Yoshikatsu and Zhou Enlai",
               "Takeiri: I am glad to hear that.",
               "Zhou: The Chinese comrades have an incorrect impression of our relations with the countries of Europe today.",
               title="Record of the Third Meeting between Takeiri Yoshikatsu and Zhou Enlai",
               document_type="record_of_conversation", document_date=date(1972, 7, 29), document_date_precision="day")
    blocks = {e.block for e in extract_events(doc)}
    assert 1 not in blocks and 2 in blocks


def test_a_date_naming_a_paper_leaves_the_sentences_own_act_a_row_of_its_own():
    doc = _doc("Conversation with Mikoyan, 5 March 1956",
               "I requested an additional loan for the objects specified by the August (1955) agreement.",
               title="Record of Conversation with Mikoyan, 5 March 1956", document_type="record_of_conversation",
               document_date=date(1956, 3, 5), document_date_precision="day", sender_names=["Yumjaagiin Tsedenbal"])
    rows = [(e.method, e.start_date) for e in extract_events(doc) if e.block == 1]
    assert ("dated_sentence", date(1955, 8, 1)) in rows and ("document_act", date(1956, 3, 5)) in rows


def test_a_region_and_the_topic_of_an_act_are_not_its_actors():
    from pipeline.extract.events.common import clause_names

    assert "Western Europe" not in clause_names("returned from his trip to Western Europe on the verge of panic", "en")
    doc = _letter("I have received from you the information material on your conversation about President Kennedy.")
    assert all("John F. Kennedy" not in e.targets for e in extract_events(doc))



def _memo(*texts: str) -> ParsedDocument:
    return _doc(*texts, document_type="memorandum", document_date=date(1953, 4, 21), document_date_precision="day",
                sender_names=["Lavrentiy Beria"], recipient_names=["Georgy Malenkov"])


def test_a_month_that_opens_a_passage_bounds_its_past_acts_until_the_story_moves_on():
    events = extract_events(_memo(
        "In March 1952 the adviser received a memorandum. Two prisoners who were held in a hut were infected. One of them was later poisoned.",
        "The minister had sent the memorandum to Moscow.",
    ))
    bounds = [(e.block, e.evidence_start, e.end_date) for e in events if e.date_kind == "upper_bound"]
    assert bounds == [(0, 49, date(1952, 3, 31)), (0, 101, date(1953, 4, 21)), (1, 0, date(1953, 4, 21))]


def test_a_turn_told_in_the_speakers_own_voice_goes_on_in_the_next_paragraph():
    doc = _doc(
        "Premier Zhou said that the Soviet Union recently asked for our view on the conference.",
        "Our view is:",
        "The Soviet Union says that Cambodia's attitude is firm.",
        title="Record of Conversation between Premier Zhou and Nguyen Minh Phuong",
        document_type="record_of_conversation", document_date=date(1965, 5, 12), document_date_precision="day",
    )
    assert not [e for e in extract_events(doc) if e.block == 2 and e.evidence_start > 0]  # his words, not an act


def test_a_site_summary_whose_subject_has_an_apposition_is_no_record_of_events():
    summary = "Selivanov, student at the S.M. Kirov Academy and former adviser to the KPA, describes how he falsified an outbreak."
    assert extract_events(_memo(summary)) == []


def test_one_subject_with_two_verbs_gives_each_act_its_own_addressee():
    doc = _doc(
        "KIM IL SUNG asked me to read practical recommendations and ordered PAK HEON-YEONG to write them down.",
        document_type="telegram", document_date=date(1950, 10, 14), document_date_precision="day",
        sender_names=["Terentii Shtykov"], recipient_names=["Joseph Stalin"],
    )
    rows = {e.evidence_start: (e.sources, e.targets) for e in extract_events(doc) if e.method == "tense_sentence"}
    assert rows[0] == (["Kim Il Sung"], ["Terentii Shtykov"])
    assert [v for k, v in rows.items() if k > 0] == [(["Kim Il Sung"], ["Pak Hon-yong"])]


def test_what_a_dated_statement_says_names_no_addressee():
    doc = _memo("On 22 March Cuba stated that the Saigon regime is a puppet of the United States.")
    (row,) = [e for e in extract_events(doc) if e.method == "dated_sentence"]
    assert (row.sources, row.targets) == (["Cuba"], [])


def test_a_name_in_the_possessive_after_the_verb_is_no_addressee():
    doc = _doc(
        "During dinner Mao thrice toasted Com. Stalin's health.",
        title="Memorandum of Conversation with Mao Zedong", document_type="record_of_conversation",
        document_date=date(1949, 10, 20), document_date_precision="day",
    )
    assert [(e.sources, e.targets) for e in extract_events(doc) if e.evidence_start == 0] == [(["Mao Zedong"], [])]


def test_the_writers_own_report_is_addressed_to_the_documents_recipient():
    (row,) = [e for e in extract_events(_memo("I am reporting about the conversations with the Yugoslav leaders.")) if e.evidence_start == 0]
    assert (row.sources, row.targets) == (["Lavrentiy Beria"], ["Georgy Malenkov"])


def test_an_undated_completed_act_is_bounded_by_the_day_the_text_has_moved_to():
    doc = _doc(
        "This meeting took place on 5 March 1956 in the Kremlin.",
        "The Soviet government has agreed to the request regarding the housing.",
        document_type="diary_entry", document_date=date(1956, 2, 24), document_date_precision="day",
        sender_names=["Yumjaagiin Tsedenbal"],
    )
    (row,) = [e for e in extract_events(doc) if e.block == 1]
    assert (row.method, row.start_date, row.end_date) == ("undated_sentence", None, date(1956, 3, 5))


@pytest.mark.parametrize("dash", ["—", "--"])  # a plain-text capture types the em dash as two hyphens
def test_in_notes_no_participant_wrote_a_speakers_i_said_is_his_earlier_act(dash):
    doc = _doc(
        "Working Notes from the Session of the CPSU CC Presidium on 30 October 1956",
        f"We should adopt a declaration today. On Rokossowski{dash}I said to Gomulka that this matter is for the Poles to decide.",
        title="Working Notes from the Session of the CPSU CC Presidium on 30 October 1956",
        document_type="minutes", document_date=date(1956, 10, 30), document_date_precision="day",
    )
    rows = [(e.date_kind, e.end_date) for e in extract_events(doc) if e.block == 1 and e.evidence_start > 0]
    assert rows == [("upper_bound", date(1956, 10, 30))]


def test_a_message_read_out_at_a_meeting_was_sent_before_it():
    doc = _doc(
        "Working Notes from the Session of the CPSU CC Presidium on 30 October 1956",
        "Information from Cdes. Mikoyan and Serov is read aloud.",
        title="Working Notes from the Session of the CPSU CC Presidium on 30 October 1956",
        document_type="minutes", document_date=date(1956, 10, 30), document_date_precision="day",
    )
    rows = sorted((e.date_kind, e.end_date, e.sources) for e in extract_events(doc) if e.block == 1 and e.date_kind == "upper_bound")
    assert rows == [("upper_bound", date(1956, 10, 30), ["Anastas Mikoyan", "Ivan Serov"])]


def test_a_line_naming_one_present_and_his_office_makes_no_speaker_of_the_paragraphs_after_it():
    doc = _doc(
        "Alexandrov – head of the secretariat of the I Secretary of the CC CPSU",
        "The conference was held on July 11, from 3 to 9 p.m.",
        title="Polish Record of Meeting of Soviet-bloc leaders in Budapest",
        document_type="record_of_conversation", document_date=date(1967, 7, 11), document_date_precision="day",
    )
    assert not [e for e in extract_events(doc) if "Alexandrov" in e.sources]


def test_a_transcripts_bracketed_speaker_opens_a_turn_whose_past_reports_are_earlier_acts():
    doc = _doc(
        "[Willi] Stoph. The West wants to continually raise the stakes. As you said, there is news every day.",
        "[Oskar] Fischer.The letter from Comrade Shevardnadze was forwarded by Comrade Gorinovich. Fischer told Gorinovich that the article was good.",
        title="Transcript of the SED Politburo Session held on 5 September 1989",
        document_type="minutes", document_date=date(1989, 9, 5), document_date_precision="day",
    )
    events = extract_events(doc)
    turns = [(e.block, e.sources, e.start_date) for e in events if e.evidence_start == 0 and e.method == "document_act"]
    assert turns == [(0, ["Willi Stoph"], date(1989, 9, 5)), (1, ["Oskar Fischer"], date(1989, 9, 5))]
    told = [(e.block, e.date_kind) for e in events if e.method == "tense_sentence"]
    assert told == [(1, "upper_bound"), (1, "upper_bound")]  # forwarded, told: before the session; "As you said": an aside


def test_a_saying_that_reports_a_plan_is_the_meetings_act_on_its_day():
    doc = _doc("Record of Conversation with Andropov, 5 February 1965",
               "Andropov said that the delegation intends to exchange views with us on the conference.",
               title="Record of Conversation with Andropov, 5 February 1965", document_type="record_of_conversation",
               document_date=date(1965, 2, 5), document_date_precision="day")
    rows = [(e.start_date, e.date_kind) for e in extract_events(doc) if e.block == 1]
    assert (date(1965, 2, 5), "exact") in rows


def test_a_thing_to_come_dated_after_the_record_is_no_happening_on_that_day():
    doc = _doc("Record of Conversation with Kosygin, 5 February 1965",
               "Kosygin said that they have a new attitude to the conference of 1 March.",
               title="Record of Conversation with Kosygin, 5 February 1965", document_type="record_of_conversation",
               document_date=date(1965, 2, 5), document_date_precision="day")
    days = {e.start_date for e in extract_events(doc) if e.block == 1}
    assert date(1965, 3, 1) not in days and date(1965, 2, 5) in days


def test_an_editions_numbered_heading_of_a_record_is_its_meeting():
    heading = "152. Memorandum of Discussion at the 302d Meeting of the National Security Council, Washington, November 1, 1956"
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="minutes", title=heading[5:], title_block=0,
                         document_date=date(1956, 11, 1), document_date_precision="day",
                         blocks=[Block("title", 0, len(heading), heading, language="en", section_type="header"),
                                 Block("paragraph", len(heading) + 2, len(heading) + 60, "The Director of Central Intelligence said that he had remarks.", language="en")])
    (meeting,) = [e for e in extract_events(doc) if e.method == "document_metadata"]
    assert (meeting.event_type, meeting.start_date, meeting.block) == ("meeting", date(1956, 11, 1), 0)


def test_a_records_heading_is_no_row_when_a_sentence_opening_with_its_day_tells_the_meeting():
    doc = _doc("Memorandum of Conversation with MAO ZEDONG on 20 October 1949",
               "On 20 October at 2000 hours, the Ambassador was invited to dinner with Mao Zedong.",
               title="Memorandum of Conversation with Mao Zedong on 20 October 1949", document_type="record_of_conversation",
               document_date=date(1949, 12, 1), document_date_precision="day")
    events = extract_events(doc)
    assert not [e for e in events if e.block == 0] and [e for e in events if e.block == 1 and e.start_date == date(1949, 10, 20)]


def test_a_turn_inside_a_letter_read_out_is_no_turn_unless_it_performs_an_act():
    doc = _doc("K: Hello Anatol.",
               "D: Hello. I received a short message from Brezhnev to the President. The text I will read you.",
               "D: “Dear Mr. President:",
               "D: Since time is essential and now not only every day but every hour counts in the Middle East.",
               "D: My colleagues and I suggest that Dr. Kissinger come in an urgent manner to Moscow to conduct negotiations.",
               "Sincerely, L. Brezhnev, October 19, 1973”",
               title="Transcript of Telephone Conversation Between Kissinger and Dobrynin", document_type="record_of_conversation",
               document_date=date(1973, 10, 19), document_date_precision="day")
    blocks = {e.block for e in extract_events(doc)}
    assert 3 not in blocks and 4 in blocks


def test_a_year_holding_the_records_day_is_the_topic_the_act_is_the_meetings():
    doc = _doc("Record of Conversation, 22 November 1958",
               "Premier Kim gave a brief introduction to the situation of steel and electricity in North Korea during 1958.",
               title="Record of Conversation, 22 November 1958", document_type="record_of_conversation",
               document_date=date(1958, 11, 22), document_date_precision="day")
    rows = [(e.start_date, e.end_date) for e in extract_events(doc) if e.block == 1]
    assert rows == [(date(1958, 11, 22), date(1958, 11, 22))]


def test_a_plan_in_a_speakers_own_voice_is_said_at_the_meeting():
    doc = _doc("Record of Conversation with Mikoyan, 5 March 1956",
               "That's why we will give you a credit for the construction of the railway.",
               title="Record of Conversation with Mikoyan, 5 March 1956", document_type="record_of_conversation",
               document_date=date(1956, 3, 5), document_date_precision="day")
    rows = [(e.start_date, e.date_kind) for e in extract_events(doc) if e.block == 1]
    assert rows == [(date(1956, 3, 5), "exact")]


def test_a_later_day_in_a_cable_is_an_order_not_a_happening_but_its_stamps_are():
    events = extract_events(_letter("We have already ordered a regiment to leave Shanghai on February 6 for the front.",
                                    "Received 5.2.52 at 20:50"))
    days = {(e.block, e.start_date) for e in events}
    assert (0, date(1952, 2, 6)) not in days and (1, date(1952, 2, 5)) in days


def test_a_date_in_a_messages_signature_is_its_signing():
    doc = ParsedDocument(parser="test/1", source_type="web_page", document_type="telegram", document_date=date(1950, 10, 11),
                         document_date_precision="day", sender_names=["Mao Zedong"], recipient_names=["Peng Dehuai"],
                         blocks=[Block("paragraph", 0, 10, "Agree with your plan to move all four armies.", language="en"),
                                 Block("signature", 12, 22, "Mao Zedong", language="en"),
                                 Block("signature", 24, 34, "11 October 1950", language="en")])
    (signed,) = [e for e in extract_events(doc) if e.block == 2]
    assert (signed.event_type, signed.start_date, signed.sources, signed.targets) == ("message_sent", date(1950, 10, 11), ["Mao Zedong"], ["Peng Dehuai"])


def test_a_signature_under_a_logged_sending_is_the_writers_signing_alone():
    """A handling line that logs the sending ("Sent by wire on 10/11/50 at 03:15 a.m.") is the act addressed to the
    recipient; the date under the signature is then the writer's signing, part of that sending."""
    blocks = [Block("paragraph", 0, 38, "Sent by wire on 10/11/50 at 03:15 a.m.", language="en"),
              Block("paragraph", 40, 85, "Agree with your plan to move all four armies.", language="en"),
              Block("signature", 87, 97, "Mao Zedong", language="en"),
              Block("signature", 99, 114, "11 October 1950", language="en")]
    doc = ParsedDocument(parser="test/1", source_type="web_page", document_type="telegram", document_date=date(1950, 10, 11),
                         document_date_precision="day", sender_names=["Mao Zedong"], recipient_names=["Peng Dehuai"], blocks=blocks)
    by_block = {e.block: e for e in extract_events(doc)}
    assert (by_block[0].sources, by_block[0].targets) == (["Mao Zedong"], ["Peng Dehuai"])
    assert (by_block[3].sources, by_block[3].targets) == (["Mao Zedong"], [])
    assert by_block[3].key_as == ("communication", ["Mao Zedong"], ["Peng Dehuai"])


def test_your_talk_in_a_place_with_a_titled_name_is_the_addressees_with_that_person():
    """"the information on your conversation in Vienna with President Kennedy" in a letter to Khrushchev: a talk the
    addressee had with Kennedy, before the letter; the place between the noun and "with" is where, not who."""
    doc = _doc("In the meantime I have received from you the information material on your conversation in Vienna with President Kennedy.",
               document_type="letter", document_date=date(1961, 6, 1), document_date_precision="day",
               sender_names=["Walter Ulbricht"], recipient_names=["Nikita Khrushchev"])
    talks = [e for e in extract_events(doc) if e.method == "undated_sentence"]
    assert [(e.event_type, e.sources, e.targets, e.date_kind) for e in talks] == [
        ("meeting", ["Nikita Khrushchev"], ["John F. Kennedy"], "upper_bound")
    ]


def test_a_quality_or_a_nothing_reported_inside_a_saying_is_no_act_of_its_own():
    doc = _doc("Record of Conversation with Mao Zedong, 5 April 1958",
               "Mao Zedong noted that Tito had proved himself an unreliable partner more than once.",
               "Mao Zedong told me that until now they have heard nothing from the government of Albania.",
               "Mao announced that the Chinese government had already sent a greeting.",
               title="Record of Conversation with Mao Zedong, 5 April 1958", document_type="record_of_conversation",
               document_date=date(1958, 4, 5), document_date_precision="day")
    rows = {(e.block, e.date_kind) for e in extract_events(doc)}
    assert (1, "upper_bound") not in rows and (2, "upper_bound") not in rows and (3, "upper_bound") in rows


def test_a_letter_known_only_to_its_month_is_sent_by_its_writers_acts():
    text = "Letter from Ulbricht to Khrushchev"
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="letter", title=text, title_block=0,
                         document_date=date(1961, 6, 1), document_date_precision="month",
                         sender_names=["Walter Ulbricht"], recipient_names=["Nikita Khrushchev"],
                         blocks=[Block("title", 0, len(text), text, language="en", section_type="header"),
                                 Block("paragraph", 40, 100, "We warmly thank you for your initiative in the matter of the peace treaty.", language="en")])
    assert [e.method for e in extract_events(doc)] == ["document_act"]


def test_a_records_note_of_who_took_it_down_is_made_on_the_meetings_day():
    doc = _doc("Notes of Telephone Conversation between Gorbachev and Bush, January 23, 1989",
               "Conversation recorded by V. Sukhodrev.",
               title="Notes of Telephone Conversation between Gorbachev and Bush, January 23, 1989",
               document_type="record_of_conversation", document_date=date(1989, 1, 23), document_date_precision="day")
    (row,) = [e for e in extract_events(doc) if e.block == 1]
    assert (row.start_date, row.date_kind) == (date(1989, 1, 23), "exact")


def test_a_surname_the_page_gives_in_full_is_that_persons_on_the_page():
    from pipeline.extract.events.common import clause_names, page_names, reading_page

    page = ["[Oskar] Fischer. The letter from Comrade Shevardnadze was forwarded by Comrade Gorinovich.",
            "Premier Zhou invited the [North] Korean delegation. [Stalin] For the record."]
    assert page_names(page) == {"Fischer": "Oskar Fischer", "Gorinovich": "Gorinovich"}
    with reading_page(page):
        assert clause_names("Fischer told Gorinovich that the article was good", "en") == ["Oskar Fischer", "Gorinovich"]
    assert clause_names("Fischer told Gorinovich that the article was good", "en") == []  # another page: unknown words


def _cue_reading(sentence: str, verb: str, senders=("Nikolai Roshchin",)):
    from pipeline.extract.events.common import Context, cue_actors
    from pipeline.extract.tense import Cue

    context = Context(None, None, list(senders), [], is_correspondence=True, is_conversation=False, resolver=[])
    start = sentence.index(verb)
    return cue_actors(sentence, Cue("past", start, start + len(verb)), "en", context, None)


def test_a_reported_clause_has_its_own_subject():
    sentence = "Mao thanked me and announced that the Chinese government had already sent a greeting."
    assert _cue_reading(sentence, "had already sent")[0] == ["Government of the People's Republic of China"]
    assert _cue_reading("Mao said that I had already sent it.", "had already sent")[0] == ["Nikolai Roshchin"]


def test_every_name_of_a_coordinated_subject_acts():
    sentence = "Comrades Mikoyan and Serov have informed Mao Zedong of the decision."
    assert _cue_reading(sentence, "have informed") == (["Anastas Mikoyan", "Ivan Serov"], ["Mao Zedong"])
    assert _cue_reading("Mikoyan met Serov, and Kosygin informed Mao Zedong.", "informed")[0] == ["Alexei Kosygin"]


def test_a_group_named_after_the_verb_is_the_target():
    assert _cue_reading("Premier Zhou invited the [North] Korean delegation to a banquet.", "invited")[1] == ["North Korean delegation"]
    assert _cue_reading("He had written a telegram to the people of Armenia.", "had written")[1] == ["people of Armenia"]
    assert _cue_reading("The Politburo agrees to the following press communiqué:", "agrees")[1] == []  # "press" qualifies "communiqué"


def test_a_verb_followed_by_a_comma_has_no_object_but_an_aside_is_skipped():
    from pipeline.extract.events.common import Context, cue_actors
    from pipeline.extract.tense import Cue

    context = Context(None, None, ["Nikita Khrushchev"], ["CPSU CC Presidium"], is_correspondence=True, is_conversation=False, resolver=[])
    sentence = "As I have already reported, during my stay in the Brioni Islands, Com. Tito told me of his desire."
    verb = sentence.index("have already reported")
    reading = cue_actors(sentence, Cue("past", verb, verb + len("have already reported")), "en", context, None)
    assert reading == (["Nikita Khrushchev"], ["CPSU CC Presidium"])  # to the letter's addressee
    assert _cue_reading("Khrushchev first greeted, above all, comrade Rokossowski and the generals.", "greeted")[1] == ["Konstantin Rokossovsky", "generals"]  # the group joined to the name too


def test_a_records_body_is_the_one_its_title_says_met():
    from pipeline.extract.events.context import _body

    def body(title):
        return _body(ParsedDocument(parser="test/1", blocks=[], title=title, source_type="archival_record"))

    assert body("Working Notes from the Session of the CPSU CC Presidium on 30 October 1956") == "Politburo of the Communist Party of the Soviet Union"
    assert body("Transcript of the SED Politburo Session held on 5 September 1989") == "Politburo of the Socialist Unity Party of Germany"
    assert body("Record of Conversation between Mikhail Gorbachev and Margaret Thatcher") is None
    assert body("Meeting of Mao Zedong with the Soviet Ambassador") is None  # a person, no body


def test_a_name_after_a_preposition_in_the_subject_is_what_it_is_about():
    sentence = "Gromyko initiative on Cuba yesterday appears corroborate estimate."
    assert _cue_reading(sentence, "appears")[0] == ["Andrei Gromyko"]


def test_a_letter_that_opens_a_day_tells_that_days_acts_in_turn():
    """"When we flew into Belgrade on the morning of 26 September ...": the simple pasts that follow happened that day;
    a pluperfect was before it, and a line that only reports a day ("The group met on 25 September.") tells nothing."""
    told = extract_events(_letter(
        "When we flew into Belgrade on the morning of 26 September Tito said that he wanted to talk.",
        "The conversation with Tito was held at the appointed time.",
        "The Yugoslavs had invited Indian performers to the city.",
        day=date(1956, 10, 6),
    ))
    held = next(e for e in told if e.evidence_start == 0 and e.block == 1)
    assert (held.start_date, held.end_date, held.date_kind) == (date(1956, 9, 26), date(1956, 9, 26), "exact")
    invited = next(e for e in told if e.block == 2)
    assert (invited.start_date, invited.end_date, invited.date_kind) == (None, date(1956, 9, 26), "upper_bound")
    reported = extract_events(_letter("The group met on 25 September.", "The conversation was held at the appointed time.",
                                      day=date(1956, 10, 6)))
    assert next(e for e in reported if e.block == 1).date_kind == "upper_bound"


def test_a_letters_story_told_before_it_opens_a_day_happened_by_that_day():
    """A letter of 14 May that tells its story in order: the simple pasts told before "On the morning of 3 May ..."
    happened by 3 May, not merely by the letter's date; a perfect ("I have already reported") speaks from the letter's
    day, and the act its main clause tells ("Gomulka spoke to me") is one of the story's. "I understood that he was
    delaying the talks" tells his act, and "he" is the one named before, not the "I"."""
    rows = extract_events(_letter(
        "As I have already reported, Gomulka spoke to me about the talks.",
        "But I understood that he was delaying the talks.",
        "On the morning of 3 May we flew to Warsaw.",
        day=date(1957, 5, 14),
    ))
    story = sorted((e.block, e.date_kind, e.end_date, e.sources) for e in rows if e.method == "tense_sentence" and e.block < 2)
    assert story == [
        (0, "upper_bound", date(1957, 5, 3), ["Władysław Gomułka"]),
        (0, "upper_bound", date(1957, 5, 14), ["Joseph Stalin"]),
        (1, "upper_bound", date(1957, 5, 3), ["Władysław Gomułka"]),
    ]


def test_a_dated_paper_that_acts_is_one_row():
    """"The Front's statement of 22 March stated that ...": the dated row tells the act; "Your telegram of 21 February
    has been received" tells its receipt too, and "X commented that the statement of 30 October ..." his comment."""
    (stated,) = extract_events(_letter("The Front's statement of 22 March stated that the regime is a puppet.", day=date(1965, 5, 12)))
    assert (stated.start_date, stated.method) == (date(1965, 3, 22), "dated_sentence")
    received = extract_events(_letter("Your telegram of 21 February has been received.", day=date(1952, 2, 23)))
    assert sorted(e.method for e in received) == ["dated_sentence", "tense_sentence"]


def test_a_history_that_writes_its_dates_places_its_acts_by_them():
    """A book's narrative with dates of its own tells its acts in the order they came: an act told with no date ("The
    border regiments were disbanded.") happened on or before the next date it writes, and one told after "Meanwhile"
    about the time of the date it wrote last; a date that looks back places nothing, an act with no date after it is no
    row, and a page that writes no date keeps its acts as undated rows."""
    book = dict(document_type="book_pages")
    dated = extract_events(_doc("The court sentenced the six men on 3 March 1971.", "The border regiments were disbanded.",
                                "A decree of 1 June 1970 had set this up.", "A new treaty was signed on 14 May 1971.",
                                "Meanwhile the ministry was building new camps.", "The camps were closed.", **book))
    rows = sorted((e.block, e.date_kind, e.start_date, e.end_date) for e in dated if e.method == "tense_sentence")
    assert rows == [
        (1, "upper_bound", None, date(1971, 5, 14)),
        (4, "approximate", date(1971, 5, 1), date(1971, 5, 31)),
    ]
    russian = _doc("Суд начался 3 марта 1971 года.", "Между тем министерство строило лагеря.",
                   "Пограничные полки были расформированы.", "Договор был подписан 14 мая 1971 года.", **book)
    for block in russian.blocks:
        block.language = "ru"
    russian = extract_events(russian)
    assert sorted((e.block, e.date_kind, e.end_date) for e in russian if e.method == "tense_sentence") == [
        (1, "approximate", date(1971, 3, 31)), (2, "upper_bound", date(1971, 5, 14)),
    ]
    undated = _doc("The demonstrators unfurled their placards.", "The Central Group of Forces was formed.", document_type="book_pages")
    assert [(e.block, e.date_kind) for e in extract_events(undated)] == [(0, "undated"), (1, "undated")]


def test_a_day_after_the_meeting_that_the_minutes_do_not_move_to_is_to_come():
    """Minutes of 5 September: "... beginning with the emigration of GDR citizens from September 11, should not be
    expected" names a day to come, no happening on it; "The conference was held on July 11 ... and on July 12" and a
    handling line ("Printed ... 27 November") are days of the record's own."""
    minutes = dict(document_type="minutes", document_date=date(1989, 9, 5), document_date_precision="day")
    ahead = extract_events(_doc("A change in the Hungarian position, beginning with the emigration of GDR citizens from September 11, "
                                "should not be expected.", **minutes))
    assert all(e.start_date != date(1989, 9, 11) for e in ahead)
    held = extract_events(_doc("The conference was held on September 5, from 3 to 9 p.m. and on September 6 from 10 a.m. to 1 p.m.", **minutes))
    assert date(1989, 9, 6) in {e.start_date for e in held}


def test_a_speaker_telling_of_a_recent_act_is_two_happenings():
    """"Premier Zhou said that the Soviet Union recently asked for our view" in a record of 12 May: Zhou's saying, at
    the meeting, and the Soviet request, in the months before it."""
    record = _doc("Premier Zhou said that the Soviet Union recently asked for our view regarding the conference.",
                  document_type="record_of_conversation", document_date=date(1965, 5, 12), document_date_precision="day")
    rows = sorted((e.date_kind, e.start_date, e.end_date, e.sources) for e in extract_events(record))
    assert rows == [
        ("approximate", date(1965, 4, 1), date(1965, 5, 31), ["Soviet Union"]),
        ("exact", date(1965, 5, 12), date(1965, 5, 12), ["Zhou Enlai"]),
    ]


def test_a_name_in_a_bracket_that_qualifies_a_noun_is_no_actor():
    """"At the [20th Soviet Communist Party] Congress Mikoyan told me ... on 5 March": the Party names the congress, the
    act is Mikoyan's."""
    events = extract_events(_letter("At the [20th Soviet Communist Party] Congress Mikoyan told me on 5 March that he will meet me.",
                                    day=date(1956, 3, 5)))
    dated = next(e for e in events if e.method == "dated_sentence")
    assert "Communist Party of the Soviet Union" not in dated.sources + dated.targets
    assert dated.sources == ["Anastas Mikoyan"]


def test_a_day_to_come_named_for_an_act_is_a_plan():
    """A cable of 11 October: "We have ordered an anti-aircraft regiment to leave Shanghai on 14 October, and ask you to
    receive it." The order was given by the cable's day; the departure is a plan, undated until it happens."""
    events = extract_events(_letter("We have ordered an anti-aircraft regiment to leave Shanghai on 14 October, and ask you to receive it.",
                                    day=date(1950, 10, 11)))
    plans = [e for e in events if e.method == "undated_sentence"]
    assert [(e.date_kind, e.start_date, e.end_date, e.date_text) for e in plans] == [("undated", None, None, "14 October")]
    assert all(e.start_date != date(1950, 10, 14) for e in events)


def test_a_short_chinese_point_of_a_message_is_its_writers_act():
    """"(三)其他各项已另复。" (the other points have been answered separately) in Mao's cable of 11 October: ten characters
    are a whole sentence in Chinese, and the one who acts, left unsaid in the writer's numbered point, is the writer."""
    text = "(三)其他各项已另复。"
    doc = ParsedDocument(parser="test/1", source_type="archival_record", blocks=[Block("paragraph", 0, len(text), text, language="zh")],
                         document_type="telegram", document_date=date(1950, 10, 11), document_date_precision="day",
                         sender_names=["Mao Zedong"], recipient_names=["Peng Dehuai"])
    (replied,) = extract_events(doc)
    assert (replied.date_kind, replied.end_date, replied.sources) == ("upper_bound", date(1950, 10, 11), ["Mao Zedong"])


def test_an_office_is_its_holder_on_the_documents_date():
    doc = _doc("The Director of Central Intelligence said that he had a few remarks to make on the situation in Hungary.",
               "Upon entering the Cabinet Room from his office, the President informed the members of the Council that he did not wish to discuss it.",
               title="Memorandum of Discussion at the 302d Meeting of the National Security Council, Washington, November 1, 1956",
               document_type="minutes", document_date=date(1956, 11, 1), document_date_precision="day",
               url="https://history.state.gov/historicaldocuments/frus1955-57v25/d152")
    actors = [(e.sources, e.targets) for e in extract_events(doc) if e.method != "document_metadata"]
    assert (["Allen Dulles"], []) in actors
    assert (["Dwight D. Eisenhower"], ["United States National Security Council"]) in actors


def test_the_president_alone_is_no_one_outside_his_governments_documents():
    doc = _doc("Upon arriving at the palace, the President informed the ambassadors that he would speak.",
               document_type="memorandum", document_date=date(1956, 11, 1), document_date_precision="day",
               url="https://digitalarchive.wilsoncenter.org/document/1")
    assert all("Dwight D. Eisenhower" not in e.sources for e in extract_events(doc))


def test_a_title_and_a_surname_are_the_person_the_page_names_with_that_title():
    doc = _doc("Premier Kim Il Sung and the delegation visited Premier Zhou Enlai on the afternoon of their arrival in Beijing.",
               "General Kim Gwang-hyeop was present.",
               "Premier Kim gave a brief introduction to the situation of food provisions in North Korea during 1958.",
               "Vice Premier Peng Dehuai asked about production in and exports from South Korea.",
               title="Record of Conversation from the Premier's Reception of the Korean Government Delegation",
               document_type="record_of_conversation", document_date=date(1958, 11, 22), document_date_precision="day")
    events = extract_events(doc)
    assert any(e.sources == ["Kim Il Sung"] and e.evidence_start == 0 for e in events if e.block == 2)
    (asked,) = [e for e in events if e.block == 3]
    assert (asked.sources, asked.targets) == (["Peng Dehuai"], ["Kim Il Sung"])  # asked the one who spoke before


def test_a_transcripts_initial_is_the_participant_whose_surname_it_begins():
    from pipeline.extract.events.document_act import initialled_speaker

    assert initialled_speaker("D", ["Henry Kissinger", "Anatoly Dobrynin"]) == "Anatoly Dobrynin"
    assert initialled_speaker("K", ["Henry Kissinger", "Anatoly Dobrynin"]) == "Henry Kissinger"
    assert initialled_speaker("K", ["Henry Kissinger", "Alexei Kosygin"]) == "K"  # two surnames begin so: no one
    assert initialled_speaker("Zhou", ["Zhou Enlai"]) == "Zhou"


def test_a_message_passed_on_comes_from_its_origin_and_goes_to_the_other_party():
    doc = _doc("On 20 October at 2000 hours, the Ambassador was invited to dinner with Mao Zedong. Making use of the opportunity, "
               "Ambassador Roshchin transmitted the contents of telegram #154 from the USSR Foreign Ministry regarding the recognition of the GDR.",
               title="Memorandum of Conversation with Mao Zedong", sender_names=["Nikolai Roshchin"],
               document_type="record_of_conversation", document_date=date(1949, 10, 20), document_date_precision="day")
    (passed,) = [e for e in extract_events(doc) if "transmitted" in doc.blocks[0].text[e.evidence_start: e.evidence_end]]
    assert (passed.sources, passed.targets) == (["Nikolai Roshchin"], ["Mao Zedong"])


def test_a_writer_opening_a_dated_sentence_is_its_subject():
    doc = _doc("I discovered this document in the archive of the MGB USSR upon receiving the matter at the beginning of April 1953.",
               "I said to Com. Tito on 25 September, how would he view an early departure.",
               document_type="memorandum", document_date=date(1953, 4, 21), document_date_precision="day",
               sender_names=["Lavrentiy Beria"], recipient_names=["Georgy Malenkov"])
    dated = [(e.sources, e.targets) for e in extract_events(doc) if e.method == "dated_sentence"]
    assert dated == [(["Lavrentiy Beria"], []), (["Lavrentiy Beria"], ["Josip Broz Tito"])]


def test_a_name_in_an_editors_bracket_before_a_noun_says_which_thing_it_is():
    doc = _doc("At the [20th Soviet Communist Party] Congress on 20 February Mikoyan told me that he will meet with me afterwards.",
               document_type="diary_entry", document_date=date(1956, 2, 24), document_date_precision="day",
               sender_names=["Yumjaagiin Tsedenbal"])
    dated = [(e.sources, e.targets) for e in extract_events(doc) if e.method == "dated_sentence"]
    assert dated == [(["Anastas Mikoyan"], ["Yumjaagiin Tsedenbal"])]


def test_the_points_a_line_announces_are_the_words_of_who_announces_them():
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="record_of_conversation",
                         title="Tsedenbal's diary on his conversation with Soviet leader Anastas Mikoyan",
                         document_date=date(1956, 3, 5), document_date_precision="day", sender_names=["Yumjaagiin Tsedenbal"])
    offset = 0
    for kind, text in (("paragraph", "Mikoyan spoke about the following questions:"),
                       ("list_item", "1. [We] have agreed to your request regarding the building of housing. We are ready to give you engineers.")):
        doc.blocks.append(Block(kind, offset, offset + len(text), text, language="en"))
        offset += len(text) + 2
    (point,) = [e for e in extract_events(doc) if e.block == 1 and e.method == "document_act"]
    assert (point.sources, point.targets) == (["Anastas Mikoyan"], ["Yumjaagiin Tsedenbal"])


def test_a_handling_line_that_sends_the_cable_on_names_where_it_went():
    doc = _doc("Sent to 8th Administration of the General Staff of the Soviet Army 17.7 21:10",
               document_type="telegram", document_date=date(1952, 7, 16), document_date_precision="day",
               sender_names=["Vladimir Razuvaev"], recipient_names=["Andrey Vyshinsky"])
    (sent,) = [e for e in extract_events(doc) if e.event_type == "message_sent"]
    assert (sent.sources, sent.targets) == ([], ["8th Directorate of the General Staff"])


def test_a_group_joined_to_a_named_addressee_is_addressed_too():
    doc = _doc("Khrushchev first greeted, above all, comrade Rokossowski and the generals; underlining that he depends on them.",
               document_type="minutes", document_date=date(1956, 10, 19), document_date_precision="day")
    assert any(e.targets == ["Konstantin Rokossovsky", "generals"] for e in extract_events(doc))


def test_the_go_between_of_the_writers_act_took_part_in_it():
    doc = _doc("Through the Ambassador of the Soviet Union in the German Democratic Republic, Comrade Pervukhin, I have already let you know of our position on the memorandum.",
               document_type="letter", document_date=date(1961, 6, 15), document_date_precision="day",
               sender_names=["Walter Ulbricht"], recipient_names=["Nikita Khrushchev"])
    assert any(e.sources == ["Walter Ulbricht", "Mikhail Pervukhin"] and e.targets == ["Nikita Khrushchev"] for e in extract_events(doc))


def test_what_the_other_party_said_for_the_writer_to_do_was_said_to_the_writer():
    doc = _doc("On 20 October the Ambassador was invited to dinner with Mao Zedong. Mao thanked me.",
               "He also said that it would be desirable for me to transmit this opinion to the Soviet government.",
               title="Memorandum of Conversation with Mao Zedong", sender_names=["Nikolai Roshchin"],
               document_type="record_of_conversation", document_date=date(1949, 10, 20), document_date_precision="day")
    (said,) = [e for e in extract_events(doc) if e.block == 1]
    assert (said.sources, said.targets) == (["Mao Zedong"], ["Nikolai Roshchin"])


def test_a_word_of_saying_after_an_article_is_a_noun_not_the_act():
    doc = _doc("Conversation with Mao Zedong.",
               "In the course of the talks I [Iudin] reminded them that we had informed the CC CCP of the negotiations.",
               title="Memorandum of Conversation with Mao Zedong", sender_names=["Pavel Yudin"],
               document_type="record_of_conversation", document_date=date(1958, 4, 5), document_date_precision="day")
    assert any(e.block == 1 and e.sources == ["Pavel Yudin"] for e in extract_events(doc))


def test_two_heads_of_one_subject_and_the_they_of_its_later_clause():
    from pipeline.extract.events.common import _opening_subject, subject_phrase

    assert subject_phrase("The Cuban press and radio ") == ["Cuban press and radio"]
    assert subject_phrase("The party and government leaders ") == ["party and government leaders"]
    assert subject_phrase("Kim and the delegation ") == ["delegation"]  # two subjects: the clause's last
    assert _opening_subject("The Cuban press and radio give prominence to this news, while they ") == ["Cuban press and radio"]


def test_a_states_act_named_by_a_noun_and_dated_is_its_governments():
    doc = _doc("Mr. Dulles then commented that the Soviet statement of October 30, on Soviet relations with the satellite states, was important.",
               "He recalled that the Chinese note of 3 October had warned against crossing the parallel.",
               document_type="minutes", document_date=date(1956, 11, 1), document_date_precision="day")
    dated = [(e.start_date, e.sources) for e in extract_events(doc) if e.method == "dated_sentence"]
    assert dated == [(date(1956, 10, 30), ["Government of the USSR"]), (date(1956, 10, 3), ["Government of the People's Republic of China"])]


def test_the_group_an_act_presses_on_is_its_target():
    from pipeline.extract.events.common import object_group

    assert object_group(" its pressure on the governments to decrease the rights of our consulates") == "governments"
    assert object_group(" the content of the telegram.") is None  # a thing, not a group


def test_a_second_verb_in_a_saying_shares_the_subject_of_the_clause_before_it():
    doc = _doc("On 20 October the Ambassador was invited to dinner with Mao Zedong.",
               "Mao thanked me and announced that the Chinese government had already sent a greeting and tomorrow would discuss recognition.",
               title="Memorandum of Conversation with Mao Zedong", sender_names=["Nikolai Roshchin"],
               document_type="record_of_conversation", document_date=date(1949, 10, 20), document_date_precision="day")
    clauses = {doc.blocks[1].text[e.evidence_start: e.evidence_end].strip(): e.sources for e in extract_events(doc) if e.block == 1}
    assert clauses["tomorrow would discuss recognition"] == ["Government of the People's Republic of China"]


def test_the_i_of_a_quotation_is_the_one_who_spoke_before_it_opened():
    doc = _doc("Comrade Gomulka informed the Politburo about the meeting at the airport with the Soviet delegation. “Talks like this I have never held.",
               "I proposed that we drive with them to Belvedere Palace and speak calmly. I told them that above all else we had to open the Plenum.”",
               title="Protocol No. 129, Meeting of the Polish Politburo",
               document_type="minutes", document_date=date(1956, 10, 19), document_date_precision="day")
    events = extract_events(doc)
    told = [e for e in events if e.block == 1]
    assert told and all(e.sources == ["Władysław Gomułka"] for e in told)
    (informed,) = [e for e in events if e.block == 0 and e.evidence_start == 0]
    assert informed.targets == ["Politburo of the Polish United Workers' Party"]  # "the Politburo" of the record's title


def test_a_chinese_point_that_names_its_own_speaker_is_his_even_unknown_to_the_gazetteer():
    from pipeline.extract.events.passages import own_speaker

    assert own_speaker("七、叶利扎维金说,约翰逊,威尔逊都希望访苏", "zh") == "叶利扎维金"  # a name the gazetteer lacks
    assert own_speaker("七、库兹涅佐夫说,约翰逊,威尔逊都希望访苏", "zh") == "Vasily Kuznetsov"  # and one it has
    assert own_speaker("八、洛吉诺夫表示,在今后双方民航的谈判中", "zh") == "Yevgeny Loginov"
    assert own_speaker("但具体时间都未定,他说", "zh") is None  # no name opens it
    assert own_speaker("Kuznetsov said that Johnson wished to visit.", "en") is None


def test_a_perfect_in_a_clause_that_names_its_noun_was_done_before_the_saying():
    doc = _doc("Record of Conversation with Tito, 26 September 1956",
               "At the start of the conversation I briefly talked about the report I had just received about the harvest.",
               "At the start of the conversation I briefly talked about the report on the harvest.",
               title="Record of Conversation with Tito, 26 September 1956", document_type="record_of_conversation",
               document_date=date(1956, 9, 26), document_date_precision="day")
    rows = [(e.block, e.date_kind, e.end_date) for e in extract_events(doc)]
    assert (1, "upper_bound", date(1956, 9, 26)) in rows and not any(b == 2 and k == "upper_bound" for b, k, _ in rows)


def test_in_notes_no_participant_wrote_a_saying_to_the_speaker_was_before_the_meeting():
    doc = _doc(
        "Record of the Meeting of the Executive Committee, August 21, 1968",
        "In a dialogue with a secretary of the Central Committee, he informed us that those five had never contacted them.",
        "Comrade Maurer informed the Executive Committee about the situation.",
        title="Record of the Meeting of the Executive Committee, August 21, 1968",
        document_type="minutes", document_date=date(1968, 8, 21), document_date_precision="day",
    )
    rows = {e.block: (e.date_kind, e.end_date) for e in extract_events(doc) if e.block in (1, 2)}
    assert rows == {1: ("upper_bound", date(1968, 8, 21)), 2: ("exact", date(1968, 8, 21))}


def test_a_russian_group_named_by_a_common_noun_is_kept_under_its_english_name():
    text = "Хулиганствующие элементы захватывают комитеты, убивают коммунистов."
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="telegram", document_date=date(1956, 10, 30),
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language="ru")])
    rows = [(e.sources, e.targets) for e in extract_events(doc)]
    assert (["elements"], ["communists"]) in rows


def test_the_conversation_with_someone_is_the_writers_and_those_present_take_part():
    note = _doc(
        "On 14 October I arrived in Pyongyang. The conversation with Kim Il Sung, at which Pak Hon Yong and our adviser Com. Vasilevsky were present, was held on 15 October.",
        document_type="memorandum", document_date=date(1950, 10, 16), document_date_precision="day",
        sender_names=["Terentii Shtykov"], recipient_names=["Joseph Stalin"],
    )
    held = [e for e in extract_events(note) if "conversation" in note.blocks[0].text[e.evidence_start: e.evidence_end]]
    assert held and set(held[0].sources + held[0].targets) >= {"Terentii Shtykov", "Kim Il Sung", "Pak Hon-yong", "Aleksandr Vasilevsky"}


def test_a_person_and_a_delegation_that_act_together_are_both_the_subject():
    from pipeline.extract.events.common import subject_names

    assert subject_names("Comrade Mao Zedong and the delegation of the Korean People's Army ", "en") == ["Mao Zedong", "Korean People's Army delegation"]
    assert subject_names("Comrade Mao Zedong and the content of the telegram ", "en") == ["Mao Zedong"]


def test_a_turn_that_opens_with_a_greeting_is_said_to_the_other_side():
    doc = _doc("Record of Conversation between Henry Kissinger and Anatoly Dobrynin",
               "Dobrynin: Good morning. I have just received new instructions from Moscow on the Middle East and will read them to the end.",
               title="Record of Conversation between Henry Kissinger and Anatoly Dobrynin",
               document_type="record_of_conversation", document_date=date(1973, 10, 20), document_date_precision="day")
    rows = [e for e in extract_events(doc) if e.block == 1 and e.method == "document_act"]
    assert rows and rows[0].sources == ["Anatoly Dobrynin"] and rows[0].targets == ["Henry Kissinger"]


def test_a_participle_of_greeting_names_whom_the_turn_is_said_to():
    doc = _doc("Record of Conversation between Zhou Enlai and Kim Il Sung",
               "Upon welcoming the Korean delegation, Premier Zhou Enlai stated that the Chinese people support the Korean people in their struggle.",
               title="Record of Conversation between Zhou Enlai and Kim Il Sung",
               document_type="record_of_conversation", document_date=date(1958, 11, 22), document_date_precision="day")
    rows = [e for e in extract_events(doc) if e.block == 1]
    assert rows and any(e.sources == ["Zhou Enlai"] and e.targets == ["Korean delegation"] for e in rows)


def test_a_russian_group_before_its_verb_is_the_subject_active_or_passive():
    text = "25 октября повстанцы захватили радиостанцию. 26 октября рабочие были арестованы."
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="telegram", document_date=date(1956, 10, 30),
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language="ru")])
    rows = [e.sources + e.targets for e in extract_events(doc)]
    assert ["insurgents"] in rows and ["workers"] in rows


def test_him_is_the_person_last_named_and_where_he_is_invited_is_no_addressee():
    from pipeline.extract.events.common import Context, cue_actors
    from pipeline.extract.tense import Cue

    context = Context(None, None, ["George H. W. Bush"], ["Mikhail Gorbachev"], is_correspondence=True, is_conversation=False, resolver=[])
    sentence = "In a couple of days Brent Scowcroft will invite him to the White House."
    start = sentence.index("invite")
    sources, targets = cue_actors(sentence, Cue("past", start, start + 6), "en", context, "Henry Kissinger")
    assert (sources, targets) == (["Brent Scowcroft"], ["Henry Kissinger"])
    sentence = "Khrushchev sent Mikoyan to the Presidium of the CC CPSU."
    start = sentence.index("sent")
    assert cue_actors(sentence, Cue("past", start, start + 4), "en", context, None) == (["Nikita Khrushchev"], ["Anastas Mikoyan"])
    sentence = "Khrushchev sent a letter to the Presidium of the CC CPSU."
    assert cue_actors(sentence, Cue("past", start, start + 4), "en", context, None)[1] == ["Politburo of the Communist Party of the Soviet Union"]


def test_them_is_the_group_the_text_told_of_meeting_when_no_two_people_were_named_just_before():
    from pipeline.extract.events.common import met_with

    assert met_with("Comrade Wieslaw informed the Politburo about the meeting at the airport with the Soviet delegation.", "en") == "Soviet delegation"
    assert met_with("The talks with the content of the telegram.", "en") is None
    doc = _doc("Comrade Gomulka informed the Politburo about the talks with the Soviet delegation.",
               "It was beyond comprehension. The entire discussion was loud. I told them that above all else we had to open the Plenum.",
               title="Minutes of the Politburo", document_type="minutes", document_date=date(1956, 10, 19), document_date_precision="day")
    told = [e for e in extract_events(doc) if e.block == 1 and "told them" in doc.blocks[1].text[e.evidence_start: e.evidence_end]]
    assert told and told[0].targets == ["Soviet delegation"]
    suggested = "I suggested that we meet with them again in Warsaw tomorrow."
    doc.blocks[1] = Block("paragraph", doc.blocks[1].start, doc.blocks[1].start + len(suggested), suggested, language="en")
    proposed = [e for e in extract_events(doc) if e.block == 1]
    assert proposed and proposed[0].targets == ["Soviet delegation"]


def test_they_opening_a_sentence_is_the_group_the_text_told_of_meeting():
    """"... the talks with the Soviet delegation. ... They would not agree to this.": the delegation refused; not
    when two people were just named, whom "they" then stands for."""
    doc = _doc("Comrade Gomulka informed the Politburo about the talks with the Soviet delegation.",
               "I told them that above all else we had to open the Plenum. They would not agree to this.",
               title="Minutes of the Politburo", document_type="minutes", document_date=date(1956, 10, 19), document_date_precision="day")
    refused = [e for e in extract_events(doc) if doc.blocks[1].text[e.evidence_start: e.evidence_end].startswith("They")]
    assert refused and refused[0].sources == ["Soviet delegation"]
    doc.blocks[1] = Block("paragraph", doc.blocks[1].start, doc.blocks[1].start + 90,
                          "Then Mikoyan and Suslov arrived from Moscow. They would not agree to this.", language="en")
    assert all(e.sources != ["Soviet delegation"] for e in extract_events(doc) if e.block == 1)
    doc.blocks[1] = Block("paragraph", doc.blocks[1].start, doc.blocks[1].start + 90,
                          "The Chinese government demanded a recess. They would not agree to this.", language="en")
    assert all(e.sources != ["Soviet delegation"] for e in extract_events(doc) if e.block == 1)  # the group just told of acting


def test_a_record_whose_parties_end_in_and_others_takes_the_talkers_its_part_headings_name():
    doc = _doc("周总理、陈毅副总理同柯西金等第一次接触谈话记录(一九六五年二月五日)", "时间:一九六五年二月五日十五时",
               "第一部分 周总理同柯西金的谈话记录", "第二部分 陈毅副总理同安德罗波夫的谈话记要",
               title="Record of the First Contact between Premier Zhou and Vice Premier Chen Yi and Kosygin",
               document_type="record_of_conversation", document_date=date(1965, 2, 5), document_date_precision="day")
    (met,) = [e for e in extract_events(doc) if e.method == "document_metadata" and e.event_type == "meeting"]
    assert "Yuri Andropov" in met.sources and "Alexei Kosygin" in met.sources
    whole = _doc("周总理、陈毅副总理同柯西金第一次接触谈话记录(一九六五年二月五日)", "时间:一九六五年二月五日十五时",
                 "第二部分 陈毅副总理同安德罗波夫的谈话记要",
                 title="Record of the First Contact between Premier Zhou and Vice Premier Chen Yi and Kosygin",
                 document_type="record_of_conversation", document_date=date(1965, 2, 5), document_date_precision="day")
    (met,) = [e for e in extract_events(whole) if e.method == "document_metadata" and e.event_type == "meeting"]
    assert "Yuri Andropov" not in met.sources  # a list of parties that says it is whole takes no one else


def test_a_city_one_talks_with_is_an_actor_a_city_one_is_in_stays_a_place():
    from pipeline.extract.events.common import clause_names

    assert clause_names("he had had a telephone conversation with Moscow.", "en", addressed_only=True) == ["Moscow"]
    assert clause_names("he arrived in Moscow for talks.", "en", addressed_only=True) == []
    assert clause_names("he flew to Moscow.", "en", addressed_only=True) == []


def test_the_document_passed_on_by_no_one_named_was_passed_on_by_its_addressee():
    doc = _doc("The source text notes that a copy of the telegram was passed to the White House on October 31.",
               document_type="telegram", document_date=date(1962, 10, 31), document_date_precision="day",
               sender_names=["Embassy of the United States, Moscow"], recipient_names=["United States Department of State"])
    (passed,) = [e for e in extract_events(doc) if e.method == "dated_sentence"]
    assert (passed.sources, passed.targets) == (["United States Department of State"], ["White House"])


def test_an_act_named_by_a_noun_takes_the_name_written_before_it_even_unknown_to_the_gazetteer():
    doc = _doc("The talks came just after the conclusion of the National Roundtable agreement on reforms, which opened the way to elections.",
               document_type="letter", document_date=date(1989, 9, 20), document_date_precision="day",
               sender_names=["Mikhail Gorbachev"], recipient_names=["George H. W. Bush"])
    rows = [e for e in extract_events(doc) if e.method == "undated_sentence"]
    assert rows and rows[0].sources == ["National Roundtable"]


def test_an_act_of_the_addressee_named_by_a_form_of_address_is_his():
    """"the proposal of Your Excellency for Poland to ...": an act the addressee did before the letter, made for the
    first party named after it; an act of no one named stays no row."""
    doc = _doc("Yesterday I went back to the minister to explain the proposal of Your Excellency for Poland to open the border talks.",
               "I also explained the sense of the proposal on the border talks.",
               document_type="telegram", document_date=date(1963, 5, 4), document_date_precision="day",
               sender_names=["Vasily Kuznetsov"], recipient_names=["Andrei Gromyko"])
    rows = [e for e in extract_events(doc) if e.method == "undated_sentence"]
    assert [(e.block, e.date_kind, e.end_date, e.sources, e.targets) for e in rows] == [
        (0, "upper_bound", date(1963, 5, 4), ["Andrei Gromyko"], ["Poland"]),
    ]


def test_a_footnote_that_tells_what_followed_at_a_time_of_day_is_an_act_of_the_records_day():
    """An edition's footnote to a telephone conversation: "At 4:20 p.m., Gromyko called Rusk back and asked him to ..."
    and "Rusk handed the Ambassador a copy of the note at 5:05 p.m." are acts of the conversation's day at those times,
    by the sentence's first name, to the one it names next; a footnote that cites a source is no row."""
    doc = _doc("R: Hello. I have a note for you.", "G: Thank you.", document_type="record_of_conversation",
               document_date=date(1962, 10, 24), document_date_precision="day")
    notes = ["1. Source: National Archives, Box 3. No classification marking.",
             "2. At 4:20 p.m., Gromyko called Rusk back and asked him to send the text of the note. (Ibid.) "
             "Rusk handed the Ambassador a copy of the note at 5:05 p.m."]
    for text in notes:
        doc.blocks.append(Block("trailer", doc.blocks[-1].end + 2, doc.blocks[-1].end + 2 + len(text), text, "trailer", "en"))
    rows = [e for e in extract_events(doc) if e.block >= 2]
    assert [(e.block, e.start_date, e.start_time, e.sources, e.targets) for e in rows] == [
        (3, date(1962, 10, 24), "16:20", ["Andrei Gromyko"], ["Dean Rusk"]),
        (3, date(1962, 10, 24), "17:05", ["Dean Rusk"], ["the Ambassador"]),
    ]


def test_a_date_under_the_writers_name_is_the_day_he_signed_it():
    """A cable that ends "R O S H C H I N" / "No. 2211/sh" / "3 March 1951" on lines of their own, not marked as a
    signature: the writer signed it on that day, to its addressee; a date alone with no name above it stays a dateline."""
    signed = extract_events(_letter("We received your telegram and agree with your plan.", "R O S H C H I N", "No. 2211/sh",
                                    "3 March 1951", day=date(1951, 3, 3)))
    assert [(e.block, e.start_date, e.sources, e.targets) for e in signed if e.block == 3] == [
        (3, date(1951, 3, 3), ["Joseph Stalin"], ["Mao Zedong"]),
    ]
    plain = extract_events(_letter("We received your telegram and agree with your plan.", "3 March 1951", day=date(1951, 3, 3)))
    assert not [e for e in plain if e.block == 1]


def test_a_meeting_the_writer_had_is_his_and_those_present_at_it_join_it():
    """A cable answering a directive: "dated" names the directive's day, "had a conversation with" is the writer's act,
    and those the next sentence says were present at it are among its people."""
    doc = _doc("In accordance with your directive dated 2.3.53 I had a long conversation with Zhou Enlai.",
               "Chen Yi was also present at the conversation.",
               document_type="telegram", document_date=date(1953, 3, 4), document_date_precision="day",
               sender_names=["Vasily Kuznetsov"], recipient_names=["Vyacheslav Molotov"])
    talk = [e for e in extract_events(doc) if e.method == "tense_sentence" and e.block == 0]
    assert [(e.sources, e.targets) for e in talk] == [(["Vasily Kuznetsov"], ["Zhou Enlai", "Chen Yi"])]


def test_everyone_whose_turn_a_memorandum_gives_took_part_in_its_conversation():
    """A participant's memorandum of a conversation "with" one man, in which another also speaks: both met the writer,
    and both are whom he reminded."""
    doc = _doc("Memorandum of Conversation with Kim Il Sung", "12 May 1953",
               "In the course of the talks I reminded them that the armistice terms stood.",
               "Kim Il Sung noted that the talks had stalled.", "Pak Hon Yong, in his turn, said that the enemy was stalling.",
               title="Memorandum of Conversation with Kim Il Sung", document_type="record_of_conversation",
               document_date=date(1953, 5, 12), document_date_precision="day", sender_names=["Vladimir Razuvaev"])
    events = extract_events(doc)
    (meeting,) = [e for e in events if e.method == "document_metadata"]
    assert meeting.sources == ["Vladimir Razuvaev", "Kim Il Sung", "Pak Hon-yong"]
    (reminded,) = [e for e in events if e.block == 2 and e.method == "document_act"]
    assert (reminded.sources, reminded.targets) == (["Vladimir Razuvaev"], ["Kim Il Sung", "Pak Hon-yong"])


def test_a_delegation_of_a_body_is_the_actor_not_the_body():
    """"a delegation of the Chinese Communist Party arrived": the delegation came, called owner first as the text names it."""
    (event,) = extract_events(_letter("On 28 January a delegation of the Chinese Communist Party arrived in Moscow."))
    assert (event.start_date, event.sources) == (date(1952, 1, 28), ["Chinese Communist Party delegation"])


def _sent_to_the_writer() -> EventDraft:
    doc = _doc("Tito did not call in the morning. But during the day he sent the chief of staff to me, who informed me that the talks "
               "would begin at noon.", document_type="letter", document_date=date(1956, 9, 27), document_date_precision="day",
               sender_names=["Nikita Khrushchev"], recipient_names=["Presidium of the Central Committee of the Communist Party of the Soviet Union"])
    (event,) = extract_events(doc)
    return event


def test_a_saying_in_a_clause_about_a_noun_is_not_the_sentences_verb():
    """"he sent the chief of staff to me, who informed me that ...": he (Tito) sent; "who informed" is the chief's."""
    event = _sent_to_the_writer()
    assert event.sources == ["Josip Broz Tito"] and "Nikita Khrushchev" in event.targets


def test_whom_one_sends_to_the_writer_is_among_the_acts_people():
    """"he sent the chief of staff to me": the chief of staff (a group noun with what he is chief of) and the writer."""
    assert _sent_to_the_writer().targets == ["chief of staff", "Nikita Khrushchev"]


def test_a_chinese_message_copied_to_others_tells_its_points_to_its_addressee():
    """"周,并告聂:" is to Zhou, and informs Nie: the message goes to both (its recipients, its signature), but what its
    points agree to ("同意……集结于你所选定的地区": agreed to concentrate where you chose) is said to Zhou, its "你"."""
    from pipeline.seed import process_seed

    page = "\n".join([
        "周〔1〕,并告聂〔2〕:",
        "十月三日电〔3〕均悉。(一)同意两个军先行出动,集结于你所选定的地区;(二)其他各项已另复。",
        "毛泽东",
        "十月四日",
        "注释:",
        "〔1〕 周,指周恩来,当时任政务院总理。",
        "〔2〕 聂,指聂荣臻,当时任代总参谋长。",
        "〔3〕 十月三日电,指一九五○年十月三日周恩来给毛泽东的电报。",
    ])
    result = process_seed("telegram-1950-10-04.txt", page.encode())
    (document,) = result.documents.to_pylist()
    assert (document["sender_names"], document["recipient_names"]) == (["Mao Zedong"], ["Zhou Enlai", "Nie Rongzhen"])
    actors = {e["evidence_text"]: (e["source_names"], e["target_names"]) for e in result.events.to_pylist()}
    assert actors["(一)同意两个军先行出动,集结于你所选定的地区;"] == (["Mao Zedong"], ["Zhou Enlai"])
    assert actors["十月四日"] == (["Mao Zedong"], ["Zhou Enlai", "Nie Rongzhen"])  # signed and sent to both


def test_it_is_the_government_the_sentences_before_told_as_acting():
    """A later sentence's subject "it" stands for the body or state last told as acting alone; not after a person acted,
    and not for a saying, whose "it" is mostly a paper or the news."""
    doc = _letter(
        "In the neutral countries, the Bonn government is strengthening its pressure on the press.",
        "Lastly, it even tried to close our trade missions.",
    )
    assert [e.sources for e in extract_events(doc) if e.block == 1] == [["Government of the Federal Republic of Germany"]]
    after_a_person = _letter(
        "In the neutral countries, the Bonn government is strengthening its pressure on the press.",
        "Then Erhard threatened to end the trade treaty.",
        "Lastly, it even tried to close our trade missions.",
    )
    assert [e.sources for e in extract_events(after_a_person) if e.block == 2] == [[]]


def test_a_second_clause_whose_subject_does_the_like_adds_its_actor():
    """"X held to the plan, but Y had doubts too": Y's doubts are told as the same stand, so Y acts beside X; a second
    clause without "too", "also" or "as well" is another act, whose subject is not the first's."""
    doc = _doc("Gromyko stuck to the proposal, but Dobrynin had reservations too.", "Gromyko stuck to the proposal, but Dobrynin had reservations.",
               document_type="memorandum", document_date=date(1970, 3, 2), document_date_precision="day")
    actors = {e.block: e.sources for e in extract_events(doc) if e.method == "tense_sentence"}
    assert actors == {0: ["Andrei Gromyko", "Anatoly Dobrynin"], 1: ["Andrei Gromyko"]}


def test_we_in_the_words_a_record_reports_of_a_leader_is_the_side_he_speaks_for():
    """A record that reports a leader's words in the third person ("Premier Zhou said that ... our view", "We, he said,
    ...") has his "we", "us" and "our" stand for the party or state he speaks for (the gazetteer's ``side``: the premier
    for China, the party's chairman for the party), not for the record's writer; his own acts stay his."""
    from pipeline.seed import process_seed

    page = "\n".join([
        "Record of Conversation between Premier Zhou Enlai and Ambassador Pham Van Bach",
        "",
        "Time: 4 p.m., 3 June 1966",
        "",
        "Premier Zhou said that the Soviet Union recently asked for our view on the Geneva talks, saying that the talks"
        " had stalled. We intend to cable Ambassador Wang Guoquan and ask him to inform the Polish comrades of our view.",
        "",
        "Then Mao spoke on the Albanian question. We, he said, never repudiated our support of the Warsaw Pact"
        " declaration of 1955.",
    ])
    rows = process_seed("record-1966-06-03.txt", page.encode()).events.to_pylist()
    actors = {(e["method"], e["evidence_text"].split(",")[0]): (e["source_names"], e["target_names"]) for e in rows}
    assert actors[("tense_sentence", "Premier Zhou said that the Soviet Union recently asked for our view on the Geneva talks")] == (
        ["Soviet Union"], ["China"])
    assert actors[("document_act", "Premier Zhou said that the Soviet Union recently asked for our view on the Geneva talks")] == (
        ["Zhou Enlai"], ["Pham Van Bach"])  # his saying it is his own
    assert actors[("document_act", "We intend to cable Ambassador Wang Guoquan and ask him to inform the Polish comrades of our view.")][0] == ["China"]
    assert actors[("dated_sentence", "We")] == (["Chinese Communist Party"], ["Warsaw Pact"])
    letter = _letter("We agreed to the Warsaw Pact declaration of 12 May 1951.")  # a letter's "we" is its writer's
    assert [e.sources for e in extract_events(letter) if e.method == "dated_sentence"] == [["Joseph Stalin"]]


def test_our_in_the_words_a_record_reports_of_an_american_official_is_the_united_states():
    """The gazetteer gives the American presidents, secretaries of state, national security advisers and ambassadors
    the United States as their side: "Kissinger said that the Soviet Union asked for our view" asked the United States."""
    from pipeline.seed import process_seed

    page = "\n".join([
        "Memorandum of Conversation between Secretary of State Henry Kissinger and Ambassador Anatoly Dobrynin",
        "",
        "Time: 4 p.m., 3 June 1974",
        "",
        "Kissinger said that the Soviet Union recently asked for our view on the Geneva talks.",
    ])
    rows = process_seed("memcon-1974-06-03.txt", page.encode()).events.to_pylist()
    asked = [(e["source_names"], e["target_names"]) for e in rows if e["method"] == "tense_sentence"]
    assert asked == [(["Soviet Union"], ["United States"])]


def test_a_pact_dated_where_a_two_sided_record_names_it_is_between_the_two_sides():
    """"the August (1955) agreement" in the record of a talk between Mongolia's and the Soviet Union's leaders: a pact
    of August 1955 between the two states, not the request of the sentence that names it; a record between people
    whose states the gazetteer does not give (none, or a party) keeps the sentence's actors."""
    from pipeline.seed import process_seed

    def pact(title: str) -> list:
        page = "\n".join([title, "", "Time: 4 p.m., 5 March 1956", "",
                           "I requested an additional loan for the objects specified by the August (1955) agreement."])
        rows = process_seed("record-1956-03-05.txt", page.encode()).events.to_pylist()
        return [(e["event_type"], sorted(e["source_names"] + e["target_names"])) for e in rows if e["start_date"] == date(1955, 8, 1)]

    assert pact("Record of Conversation between Yumjaagiin Tsedenbal and Anastas Mikoyan") == [("agreement", ["Mongolia", "Soviet Union"])]
    assert pact("Record of Conversation between Yumjaagiin Tsedenbal and Ivan Petrov")[0][1] != ["Mongolia", "Soviet Union"]
    assert "Chinese Communist Party" not in pact("Record of Conversation between Mao Zedong and Andrei Gromyko")[0][1]  # a party is no state


def test_the_two_sides_as_one_subject_are_the_states_of_the_talks_two_sides():
    """"Our two powers, as we both have agreed, ..." in the record of a talk between the American and the Soviet side:
    an agreement of the United States and the Soviet Union; not where the gazetteer gives no side to one of them."""
    from pipeline.seed import process_seed

    def agreed(title: str) -> list:
        page = "\n".join([title, "", "Time: 4 p.m., 3 June 1974", "",
                           "Our two powers, as we both have agreed, must do the utmost to keep the events within limits."])
        rows = process_seed("memcon-1974-06-03.txt", page.encode()).events.to_pylist()
        return [sorted(e["source_names"]) for e in rows if e["method"] == "tense_sentence"]

    assert agreed("Memorandum of Conversation between Henry Kissinger and Anatoly Dobrynin") == [["Soviet Union", "United States"]]
    assert agreed("Memorandum of Conversation between Ivan Petrov and Anatoly Dobrynin") != [["Soviet Union", "United States"]]


def test_him_in_a_turn_is_neither_its_speaker_nor_its_listener_and_the_recorders_line_is_no_turn():
    """In "Bush: ... your conversation with Henry Kissinger. ... Scowcroft will invite him to the White House", "him" is
    the third person named (Kissinger), not the turn's "you" (Gorbachev); "Conversation recorded by V. Sukhodrev."
    under the last turn is the record's own line, taken down by Sukhodrev, not that speaker's words."""
    from pipeline.seed import process_seed

    page = "\n".join([
        "Memorandum of Conversation between Mikhail Gorbachev and George H. W. Bush, January 23, 1989",
        "",
        "Bush: Secondly, I would like to mention with appreciation that you gave so much time to your conversation with"
        " Henry Kissinger. In a couple of days my assistant Brent Scowcroft will invite him to the White House.",
        "",
        "Gorbachev: Thank you. I hope you will find his story interesting and useful for our relations.",
        "",
        "Conversation recorded by V. Sukhodrev.",
    ])
    rows = process_seed("memcon-1989-01-23.txt", page.encode()).events.to_pylist()
    actors = {e["evidence_text"][:30]: (e["source_names"], e["target_names"]) for e in rows}
    assert actors["In a couple of days my assistan"[:30]] == (["Brent Scowcroft"], ["Henry Kissinger"])
    assert actors["Conversation recorded by V. Suk"[:30]] == (["Viktor Sukhodrev"], [])


def test_a_plan_is_also_for_the_groups_it_names_after_its_verb():
    """A decided plan's actors are the gazetteer's names in it and the groups it names by a common noun after the verb
    of planning ("the Albanian comrades"), who are to be informed as much as the ambassador cabled."""
    letter = _letter("We intend to cable Ambassador Geng Biao and ask him to inform the Albanian comrades of our view.")
    (plan,) = [e for e in extract_events(letter) if e.method == "undated_sentence"]
    assert (plan.event_type, plan.sources, plan.targets) == ("proposal", ["Joseph Stalin"], ["Geng Biao", "Albanian comrades"])


def test_a_date_in_an_as_he_said_clause_is_the_saying_of_the_one_it_names():
    """"(“...,” as she said in 1984)": the year is when the words before were said, by the person the clause's "she"
    stands for (the last named before it), or by the one it names; not a meeting of the sentence's people."""
    doc = _doc(
        "Reagan trusted the British prime minister Margaret Thatcher, who had met the Soviet party leader (\"a man we"
        " can deal with,\" as she said in 1984).",
        "The talks went on, as Gorbachev remarked on 3 May 1988.",
        document_type="book_pages",
    )
    said = [(e.event_type, e.start_date.year, e.sources, e.targets) for e in extract_events(doc) if e.method == "dated_sentence"]
    assert said == [("statement", 1984, ["Margaret Thatcher"], []), ("statement", 1988, ["Mikhail Gorbachev"], [])]


def test_we_in_the_points_a_record_says_a_leader_spoke_about_is_his_side():
    """The points under "X spoke about the following questions:" are X's words as the record's writer reports them:
    their "we" is the state X speaks for ("[We] have agreed to your request": the Soviet Union), while each point as a
    turn stays X's, said to the other side."""
    from pipeline.seed import process_seed

    page = "\n".join([
        "Record of Conversation between Yumjaagiin Tsedenbal and Andrei Gromyko",
        "",
        "12 March 1957",
        "",
        "Gromyko spoke about the following questions:",
        "",
        "1. [We] have agreed to your request regarding the delivery of tractors for the state farms.",
        "",
        "2. We have already sent the geologists you asked for.",
    ])
    rows = process_seed("record-1957-03-12.txt", page.encode()).events.to_pylist()
    actors = {(e["method"], e["evidence_text"][:12]): (e["source_names"], e["target_names"]) for e in rows}
    assert actors[("undated_sentence", "[We] have ag")] == (["Soviet Union"], [])
    assert actors[("tense_sentence", "We have alre")] == (["Soviet Union"], ["Yumjaagiin Tsedenbal"])
    assert actors[("document_act", "1. [We] have")] == (["Andrei Gromyko"], ["Yumjaagiin Tsedenbal"])


def test_a_perfect_participle_opening_a_clause_tells_an_act_done_before_the_day():
    def rows(text, language):
        doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="telegram", document_date=date(1956, 10, 30),
                             document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language=language)])
        return {text[e.evidence_start: e.evidence_end]: (e.date_kind, e.end_date) for e in extract_events(doc)}

    russian = rows("Заводы стоят, а повстанцы, получив оружие, захватывают комитеты.", "ru")
    assert russian["получив оружие"] == ("upper_bound", date(1956, 10, 30))
    english = rows("The strikers, having seized the radio station, continue to hold the centre of the city.", "en")
    assert english["having seized the radio station"] == ("upper_bound", date(1956, 10, 30))
    assert english["The strikers, having seized the radio station, continue to hold the centre of the city."][0] == "approximate"
    assert not any(t.startswith("having") for t in rows("The strikers were praised for having held the radio station.", "en"))


def test_the_meeting_a_record_is_of_was_convened_before_its_first_day():
    doc = _doc("Minutes of a conference of the socialist countries (Sofia, 3-4 March 1966)",
               "The conference was held on March 3 and on March 4. The drafting group met on March 4th.",
               "The conference was convened on the initiative of the Polish delegation.",
               "The drafting group was formed on the initiative of the Polish delegation.",
               title="Minutes of a conference of the socialist countries", document_type="minutes",
               document_date=date(1966, 3, 3), document_date_precision="day")
    rows = {(e.block, e.date_kind, e.end_date) for e in extract_events(doc) if e.block in (2, 3)}
    assert (2, "upper_bound", date(1966, 3, 3)) in rows and not any(b == 2 and d != date(1966, 3, 3) for b, _, d in rows)
    assert (3, "upper_bound", date(1966, 3, 4)) in rows  # a later act the record tells: bounded by the day it reached


def test_a_record_heading_below_the_line_of_its_day_and_hours_is_the_meeting():
    doc = _doc("March 3rd 10:00~12:30", "Ohira-Chen Yi Dialogue (Second Round)", "Chen: Welcome back to Beijing.",
               title="Record of the Second Meeting between Ohira and Chen Yi", document_type="record_of_conversation",
               document_date=date(1972, 3, 3), document_date_precision="day")
    meetings = [(e.block, e.start_date) for e in extract_events(doc) if e.method == "document_metadata"]
    assert meetings == [(1, date(1972, 3, 3))]
    doc.blocks[0] = Block("paragraph", 0, 30, "Moscow, March 3rd, 10:00", language="en")  # a place with it: a dateline, not the meeting's
    assert [e for e in extract_events(doc) if e.method == "document_metadata"] == []


def test_a_record_without_a_date_names_its_meeting_undated():
    doc = _doc("Luncheon of the Secretary with Foreign Minister Gromyko", "Participants: see list.",
               "The Secretary opened the luncheon with a toast.",
               title="Memorandum of Conversation", document_type="record_of_conversation")
    meetings = [(e.block, e.date_kind, e.sources) for e in extract_events(doc) if e.method == "document_metadata"]
    assert meetings == [(0, "undated", ["the Secretary", "Andrei Gromyko"])]  # an office the record names no holder of: as written
    doc.blocks[2] = Block("paragraph", 80, 130, "Secretary Rusk opened the luncheon with a toast.", language="en")
    meetings = [(e.block, e.date_kind, e.sources) for e in extract_events(doc) if e.method == "document_metadata"]
    assert meetings == [(0, "undated", ["Dean Rusk", "Andrei Gromyko"])]  # the Secretary the record names
    dinner = _doc("The President’s Dinner with Premier Zhou Enlai", "President Nixon thanked the Premier for the welcome.",
                  title="Memorandum of Conversation", document_type="record_of_conversation")
    assert [e.sources for e in extract_events(dinner) if e.method == "document_metadata"] == [["Richard Nixon", "Zhou Enlai"]]
    doc.blocks[0] = Block("paragraph", 0, 40, "Luncheon arrangements and the menu", language="en")  # no one named: no meeting
    assert [e for e in extract_events(doc) if e.method == "document_metadata"] == []


def test_an_after_clause_with_an_impersonal_it_is_the_act_of_the_one_who_came_to_know():
    """"After it became known to X from talks with Y that ...": X learned it, in talks with Y; an "it" that names no
    one after "to" leaves the clause to the names it holds."""
    text = ("After it became known to the Indian government from its talks with Chou En-lai that the border would stay"
            " closed, a sharper campaign in the Delhi press has set in.")
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="letter", document_date=date(1960, 5, 1),
                         document_date_precision="month", sender_names=["Walter Ulbricht"], recipient_names=["Nikita Khrushchev"],
                         blocks=[Block("paragraph", 0, len(text), text, language="en")])
    (clause,) = [e for e in extract_events(doc) if text[e.evidence_start: e.evidence_end].startswith("After it") and e.date_kind == "upper_bound"]
    assert (clause.sources, clause.targets, clause.date_kind) == (["Government of India"], ["Zhou Enlai"], "upper_bound")


def test_a_clause_opened_by_after_tells_an_act_before_the_main_one():
    def rows(text):
        doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="letter", document_date=date(1961, 6, 1),
                             document_date_precision="month", sender_names=["Walter Ulbricht"], recipient_names=["Nikita Khrushchev"],
                             blocks=[Block("paragraph", 0, len(text), text, language="en")])
        return {text[e.evidence_start: e.evidence_end]: (e.date_kind, e.end_date, e.sources) for e in extract_events(doc)}

    text = "After the talks with Kroll had ended in Bonn, the Bonn government is strengthening its pressure on the governments."
    found = rows(text)
    assert found["After the talks with Kroll had ended in Bonn"] == ("upper_bound", date(1961, 6, 30), ["Hans Kroll"])
    assert found[text][0] == "approximate"  # the main clause's act goes on
    noun = "After the conclusion of the treaty talks in Geneva, the Bonn government is strengthening its pressure."
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="letter", document_date=date(1961, 6, 1),
                         document_date_precision="month", blocks=[Block("paragraph", 0, len(noun), noun, language="en")])
    assert not [e for e in extract_events(doc) if e.method == "tense_sentence" and e.evidence_end < len(noun) - 1]  # a noun: the act nouns read it


def test_an_act_noun_after_a_possessive_is_the_act_of_its_owner():
    """"your meeting with X" in a turn is the listener's meeting with X, "my talks with X" in a letter the writer's;
    before, the act went to X alone."""
    from pipeline.seed import process_seed

    page = "\n".join([
        "Record of Conversation between Premier Zhou Enlai and Ambassador Pham Van Bach",
        "",
        "Time: 4 p.m., 3 June 1966",
        "",
        "Zhou Enlai: We were glad that you gave so much time to your meeting with Ho Chi Minh in Hanoi.",
        "",
        "Pham Van Bach: Thank you.",
    ])
    rows = process_seed("record-1966-06-03.txt", page.encode()).events.to_pylist()
    assert [(e["source_names"], e["target_names"]) for e in rows if e["method"] == "undated_sentence"] == [(["Pham Van Bach"], ["Ho Chi Minh"])]
    letter = _letter("I am grateful for the time you gave to my talks with Kim Il Sung in Moscow.")
    assert [(e.sources, e.targets) for e in extract_events(letter) if e.method == "undated_sentence"] == [(["Joseph Stalin"], ["Kim Il Sung"])]


def test_a_state_going_on_in_the_sentence_after_a_period_lasts_through_that_period():
    doc = _letter("Over the past year of talks we have moved to a passive defence.",
                  "Such a position has led to the enemy constantly shelling our lines without losses.")
    going_on = [e for e in extract_events(doc) if e.evidence_start == 0 and e.block == 1]
    assert [(e.date_kind, e.start_date, e.end_date, e.precision) for e in going_on] == [
        ("approximate", date(1951, 2, 1), date(1952, 2, 29), "month"),
    ]
    doc = _letter("Over the past year of talks we have moved to a passive defence.",
                  "The enemy is constantly shelling our lines without losses.")  # a story of its own: on the day
    assert [(e.date_kind, e.start_date) for e in extract_events(doc) if e.block == 1] == [("approximate", date(1952, 2, 3))]


def test_a_chinese_plan_that_names_no_doer_is_the_group_the_sentence_before_named():
    text = "一九五三年四月二日来电说:志愿军各项出动准备不充分。按原定计划八日出动。"
    doc = ParsedDocument(parser="test/1", blocks=[Block("paragraph", 0, len(text), text, language="zh")],
                         source_type="archival_record", document_type="telegram", document_date=date(1953, 4, 3),
                         document_date_precision="day", sender_names=["Mao Zedong"], recipient_names=["Peng Dehuai"])
    (plan,) = [e for e in extract_events(doc) if text[e.evidence_start: e.evidence_end].startswith("按")]
    assert (plan.date_kind, plan.sources) == ("undated", ["People's Volunteer Army"])


def test_a_refusal_and_a_party_left_out_are_acts_done_before_the_letter():
    events = extract_events(_letter("The Soviet delegates would not agree to the new list of members.",
                                    "Albania was not invited to the conference of the parties.",
                                    "The delegates did not come to any agreement on it."))
    assert sorted((e.block, e.date_kind, e.end_date) for e in events) == [
        (0, "upper_bound", date(1952, 2, 3)), (1, "upper_bound", date(1952, 2, 3)),
    ]


def _call(*texts: str, day: date) -> ParsedDocument:
    return _doc(*texts, document_type="transcript of telephone conversation", document_date=day, document_date_precision="day")


def test_a_message_received_before_a_call_on_the_day_it_was_signed_came_that_day():
    announce = "Dobrynin: Hello. I received a short message from Brezhnev to the President."
    letter = "“Dear Mr. President, we propose that talks open at once. Sincerely, L. Brezhnev, {}”"
    received = [e for e in extract_events(_call("Kissinger: Hello.", announce, letter.format("May 4, 1972"), day=date(1972, 5, 4)))
                if e.event_type == "message_received"]
    assert [(e.date_kind, e.start_date, e.end_date) for e in received] == [("exact", date(1972, 5, 4), date(1972, 5, 4))]


def test_an_act_after_your_in_the_words_a_record_reports_is_the_listeners_side_to_the_speakers():
    """In the words a record reports of one side's leader to the other's ("Premier Zhou said that we have accepted your
    proposal ..."), an act noun after "your" is an act the listener's side did before, addressed to the speaker's side
    (the gazetteer's ``side`` of each); a proposal still to be weighed ("we will study your proposal") is no act told."""
    from pipeline.seed import process_seed

    page = "\n".join([
        "Record of Conversation between Premier Zhou Enlai and President Ho Chi Minh",
        "",
        "Time: 4 p.m., 3 June 1966",
        "",
        "Premier Zhou said that we have accepted your proposal regarding the shipment of rice by sea.",
        "",
        "Premier Zhou said that we will study your request for more trucks.",
    ])
    rows = process_seed("record-1966-06-03.txt", page.encode()).events.to_pylist()
    yours = [(e["evidence_text"], e["source_names"], e["target_names"]) for e in rows if e["evidence_text"].startswith("your")]
    assert yours == [("your proposal regarding the shipment of rice by sea", ["North Vietnam"], ["China"])]


@pytest.mark.parametrize(("note", "language"), [
    ("Telegram 1139 from Moscow, 30 October 1962, reported the talks. The telegram said that the talks went badly and "
     "that the ambassador had left the city.", "en"),
    ("十月十日电,指一九五○年十月十日彭德怀给毛泽东的电报。电报说:志愿军各项出动准备不充分,对坦克顾虑很大。", "zh"),
])
def test_what_a_named_message_said_is_that_message_not_another_act(note, language):
    doc = _doc(note, document_type="telegram", document_date=date(1962, 10, 31), document_date_precision="day")
    doc.blocks[0].language = language
    events = extract_events(doc)
    said = note.index("电报说" if language == "zh" else "The telegram said")
    assert [e for e in events if e.evidence_start == said] == []  # no second row for the message's own words
    assert any(e.method == "dated_sentence" and e.evidence_start < said for e in events)  # the message's row
    if language == "en":  # what its words report happened before: a row of its own
        assert any("ambassador had left" in note[e.evidence_start: e.evidence_end] for e in events)


def test_a_message_named_without_a_day_keeps_the_row_of_its_saying():
    doc = _doc("We have seen their reply. The telegram said that the talks went badly.", document_type="telegram",
               document_date=date(1962, 10, 31), document_date_precision="day")
    assert any(e.evidence_start == doc.blocks[0].text.index("The telegram") for e in extract_events(doc))


@pytest.mark.parametrize("sentence", [
    "I asked the minister how he would view it if the departure from the islands was set for 26 September.",
    "The ambassador told me that the talks had been scheduled for 26 September.",
])
def test_a_day_a_plan_was_set_for_dates_the_act_before_it(sentence):
    doc = _doc(sentence, document_type="note", document_date=date(1956, 10, 6), document_date_precision="day",
               sender_names=["Nikita Khrushchev"])
    dated = [e for e in extract_events(doc) if e.method == "dated_sentence"]
    assert [(e.date_kind, e.start_date, e.end_date) for e in dated] == [("upper_bound", None, date(1956, 9, 25))]


def test_a_day_an_act_happened_on_stays_its_day():
    doc = _doc("The delegation flew to Belgrade on 26 September.", document_type="note", document_date=date(1956, 10, 6),
               document_date_precision="day", sender_names=["Nikita Khrushchev"])
    dated = [e for e in extract_events(doc) if e.method == "dated_sentence"]
    assert [(e.date_kind, e.start_date) for e in dated] == [("exact", date(1956, 9, 26))]


def _talk(*texts: str) -> ParsedDocument:
    return _doc(*texts, document_type="record_of_conversation", title="Record of Conversation between Zhou Enlai and Kim Il Sung",
                document_date=date(1965, 5, 12), document_date_precision="day")


def test_a_states_saying_told_in_a_record_is_no_turn_of_the_meeting():
    events = extract_events(_talk(
        "Premier Zhou said that the Soviet Union recently asked for our view on the conference. "
        "Britain urged them to reply and asked us how to respond."
    ))
    (britain,) = [e for e in events if "United Kingdom" in e.sources]
    assert (britain.method, britain.date_kind) == ("tense_sentence", "approximate")
    assert (britain.start_date, britain.end_date) == (date(1965, 4, 1), date(1965, 5, 31))  # the period "recently" named
    assert britain.targets == ["Soviet Union", "China"]  # "them": the state named before; "us": the speaker's side


def test_a_participants_saying_in_a_record_is_a_turn_of_the_meeting():
    events = extract_events(_talk("Premier Zhou said that the conference should be convened soon."))
    assert [(e.method, e.date_kind, e.start_date) for e in events if "Zhou Enlai" in e.sources] == [
        ("document_act", "exact", date(1965, 5, 12))
    ]


def _book_page(*texts: str) -> ParsedDocument:
    return _doc(*texts, source_type="book_excerpt", document_type="book_pages", document_date=date(1989, 4, 6),
                document_date_precision="day", title="Record of Conversation between Mikhail Gorbachev and Margaret Thatcher")


def test_a_past_act_in_a_books_headnote_is_undated():
    text = ("Her voice persuaded President Reagan to engage the new Kremlin leader. […] Gorbachev: On the one hand, a view "
            "is emerging in the White House. Secretary of State James Baker returned from his trip on the verge of panic.")
    events = extract_events(_book_page(text))
    told = {text[e.evidence_start: e.evidence_end].split()[0]: (e.date_kind, e.end_date) for e in events if e.method == "tense_sentence"}
    assert told["Her"] == ("undated", None)  # the editors' words: the record's date bounds nothing
    assert any(e.date_kind == "upper_bound" and e.end_date == date(1989, 4, 6) and "Baker" in text[e.evidence_start: e.evidence_end]
               for e in events)  # the record's words: by the day of the conversation


def test_a_book_page_with_no_speaker_keeps_its_bounds():
    doc = _book_page("Her voice persuaded President Reagan to engage the new Kremlin leader.")
    assert [(e.date_kind, e.end_date) for e in extract_events(doc) if e.method == "tense_sentence"] == [("upper_bound", date(1989, 4, 6))]


@pytest.mark.parametrize(("note", "language", "decision"), [
    ("十月十日电,指一九五○年十月十日彭德怀给毛泽东的电报。电报说:志愿军各项出动准备不充分。原拟先出两个军,故决全部集结江南,改变原定计划。",
     "zh", "原拟"),
    ("Telegram of 10 October 1950 from Peng Dehuai to Mao Zedong. The telegram said that the preparations were poor. "
     "For fear of the bridges, the command decided to concentrate all forces south of the river.", "en", "For fear"),
])
def test_a_decision_told_in_a_named_messages_words_is_taken_on_its_day(note, language, decision):
    doc = _doc(note, document_type="telegram", document_date=date(1950, 10, 11), document_date_precision="day")
    doc.blocks[0].language = language
    at = note.index(decision)
    (decided,) = [e for e in extract_events(doc) if e.evidence_start == at]
    assert (decided.date_kind, decided.start_date, decided.sources) == ("exact", date(1950, 10, 10), ["Peng Dehuai"])


def test_a_decision_with_no_message_named_before_keeps_its_reading():
    doc = _doc("The telegram said that the preparations were poor. The command decided to concentrate all forces south of the river.",
               document_type="telegram", document_date=date(1950, 10, 11), document_date_precision="day")
    assert all(e.start_date != date(1950, 10, 10) for e in extract_events(doc))


def test_the_answer_given_at_the_meeting_is_a_reply_whatever_its_words():
    events = extract_events(_talk("The answer was: we can discuss this."))
    assert [(e.event_type, e.date_kind, e.start_date) for e in events] == [("reply", "exact", date(1965, 5, 12))]


def test_an_answer_described_is_no_reply_at_the_meeting():
    assert [e for e in extract_events(_talk("The answer to this question is still unclear to everyone.")) if e.event_type == "reply"] == []


def test_a_refusal_the_writer_states_is_his_act_on_the_day():
    events = extract_events(_letter("In 1952 we will not pay the forty million for the construction of the railroad."))
    assert [(e.method, e.date_kind, e.start_date, e.sources) for e in events] == [
        ("document_act", "exact", date(1952, 2, 3), ["Joseph Stalin"])
    ]


def _protocol(*texts: str) -> ParsedDocument:
    return _doc("Meeting of the Politburo on 19, 20 and 21 October 1956", *texts, document_type="minutes",
                title="Protocol No. 129 of the Meeting of the PUWP CC Politburo", document_date=date(1956, 10, 19),
                document_date_precision="day")


def test_a_saying_to_the_body_at_its_meeting_of_several_days_is_on_one_of_them():
    events = extract_events(_protocol(
        "On 19 October at 10:00 am the proceedings of the VIII Plenum began. "
        "Comrade Gomulka informed the Politburo about the meeting at the airport with the Soviet delegation."
    ))
    (informed,) = [e for e in events if "Władysław Gomułka" in e.sources and e.method == "document_act"]
    assert (informed.date_kind, informed.start_date, informed.end_date) == ("range", date(1956, 10, 19), date(1956, 10, 21))
    began = [e for e in events if e.method == "dated_sentence" and e.block == 1]
    assert [(e.date_kind, e.start_date) for e in began] == [("exact", date(1956, 10, 19))]  # the Plenum's day stays its own


def test_a_past_act_naming_a_gathering_dated_before_by_its_place_was_done_there():
    text = ("No one doubts that the Moscow meeting [on 9-10 June 1967] has brought about good results. "
            "A statement is not necessary, because we have already spoken out on all important issues in the Moscow statement.")
    doc = _doc(text, document_type="minutes", title="Minutes of the Budapest conference", document_date=date(1967, 7, 11),
               document_date_precision="day")
    (spoken,) = [e for e in extract_events(doc) if e.method == "tense_sentence" and e.evidence_start == text.index("A statement")]
    assert (spoken.date_kind, spoken.start_date, spoken.end_date) == ("range", date(1967, 6, 9), date(1967, 6, 10))


def test_a_past_act_naming_another_places_gathering_keeps_its_bound():
    text = ("No one doubts that the Moscow meeting [on 9-10 June 1967] has brought about good results. "
            "A statement is not necessary, because we have already spoken out on all important issues in the Geneva statement.")
    doc = _doc(text, document_type="minutes", title="Minutes of the Budapest conference", document_date=date(1967, 7, 11),
               document_date_precision="day")
    (spoken,) = [e for e in extract_events(doc) if e.method == "tense_sentence" and e.evidence_start == text.index("A statement")]
    assert (spoken.date_kind, spoken.end_date) == ("upper_bound", date(1967, 7, 11))


def test_what_others_did_told_after_last_night_happened_by_that_night():
    text = ("Zhou: Thank you for the telephone call late last night. The word 'Nationalist Government' appeared numerous times "
            "in the news. We heard from Mr. Xiao that the ministers have not changed their mind.")
    events = extract_events(_talk(text))
    bounds = {text[e.evidence_start: e.evidence_end].split()[1]: e.end_date for e in events
              if e.method == "tense_sentence" and e.date_kind == "upper_bound"}
    assert bounds["word"] == date(1965, 5, 11)  # the news read before the call of last night
    assert bounds["heard"] == date(1965, 5, 12)  # the speaker's own hearing: by the day he speaks on


@pytest.mark.parametrize("quoted", ["'Nationalist Government'", "‘Nationalist Government’"])
def test_a_name_in_straight_quotes_is_read_as_in_curly_ones(quoted):
    text = f"Zhou: Thank you for the call. The word {quoted} appeared numerous times in the news of the day."
    events = extract_events(_talk(text))
    assert any(e.sources == ["Nationalist Government"] for e in events if e.method == "tense_sentence")


def test_a_persons_kin_joined_to_the_person_is_an_actor_of_its_own():
    doc = _doc("Since Tito and his younger brother left Belgrade, the talks have stalled.",
               title="Record of Conversation", sender_names=["Nikolai Roshchin"],
               document_type="record_of_conversation", document_date=date(1956, 10, 6), document_date_precision="day")
    actors = [e.sources for e in extract_events(doc) if "left" in doc.blocks[0].text[e.evidence_start: e.evidence_end]]
    assert actors and all(a == ["Josip Broz Tito", "Tito's younger brother"] for a in actors)


def test_his_kin_as_the_subject_is_the_kin_of_the_person_told_of_before():
    doc = _doc("Comrade Tito received the delegation in Belgrade. His wife accompanied the delegation to Brioni.",
               document_type="memorandum", document_date=date(1956, 10, 7), document_date_precision="day")
    assert [e.sources for e in extract_events(doc)] == [["Josip Broz Tito"], ["Josip Broz Tito's wife"]]


def test_a_bare_generic_noun_is_no_target_but_a_group_with_its_owner_is():
    doc = _doc("The Cuban radio summoned the people to prepare for the defense of the island.",
               "The Cuban press summoned the people of Havana to prepare for the defense of the island.",
               document_type="telegram", document_date=date(1962, 5, 14), document_date_precision="day")
    assert [(e.sources, e.targets) for e in extract_events(doc)] == [(["Cuban radio"], []), (["Cuban press"], ["people of Havana"])]


def test_the_writers_refusal_in_a_record_of_a_talk_is_said_to_the_other_party():
    doc = _doc("The meeting took place on 5 March in the Kremlin. I raised the following questions:",
               "1. I requested a loan of building materials.", "2. This year we will not pay 30 million tugrug for the railway.",
               title="Record of Conversation with Anastas Mikoyan", sender_names=["Yumjaagiin Tsedenbal"],
               document_type="record_of_conversation", document_date=date(1956, 3, 5), document_date_precision="day")
    refusal = [(e.sources, e.targets) for e in extract_events(doc) if e.block == 2]
    assert refusal == [(["Yumjaagiin Tsedenbal"], ["Anastas Mikoyan"])]


def test_a_russian_subject_of_groups_joined_by_and_other_is_every_group_and_its_adjective_no_group_of_its_own():
    text = "Рабочие и другие повстанческие элементы, изменив тактику, проявляют активность. Делегация правительства, изменив план, проявляет осторожность."
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="telegram", document_date=date(1956, 10, 30),
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language="ru")])
    rows = [e.sources for e in extract_events(doc)]
    assert ["workers", "elements"] in rows and ["delegation"] in rows
    assert not any("insurgents" in r or "government" in r for r in rows)


def test_his_thing_as_the_subject_is_the_person_told_of_and_a_name_qualifying_an_actor_noun_gives_the_group():
    doc = _doc("Comrade Tito received the delegation in Belgrade. His letter persuaded the new Kremlin leader to come to Brioni.",
               "The Pravda correspondent reported on the talks in Belgrade. Later Soviet leader Khrushchev arrived in Belgrade.",
               document_type="memorandum", document_date=date(1956, 10, 7), document_date_precision="day")
    rows = [(e.sources, e.targets) for e in extract_events(doc)]
    assert (["Josip Broz Tito"], ["new Kremlin leader"]) in rows
    assert (["Pravda correspondent"], []) in rows and (["Nikita Khrushchev"], []) in rows


def test_a_chinese_group_named_by_a_common_noun_does_the_plan_before_its_day_and_the_act_before_its_verb():
    text = "（二）已电东北调一个炮兵团于十月二十日从沈阳开动赴安东。敌军已经占领了平壤。"
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="telegram", document_date=date(1950, 10, 11),
                         document_date_precision="day", sender_names=["Mao Zedong"], recipient_names=["Peng Dehuai"],
                         blocks=[Block("paragraph", 0, len(text), text, language="zh")])
    rows = [(e.date_kind, e.sources) for e in extract_events(doc)]
    assert ("undated", ["artillery regiment"]) in rows and ("upper_bound", ["enemy troops"]) in rows


@pytest.mark.parametrize(("sentence", "actors"), [
    ("Korean and Chinese forces moved to a passive defense.", (["Korean and Chinese forces"], [])),
    ("Party and government leaders of the socialist countries met in Sofia.", (["Party and government leaders of the socialist countries"], [])),
    ("Soviet troops and the troops of four other socialist countries occupied the capital.",
     (["Soviet troops and the troops of four other socialist countries"], [])),
    ("A high official of the Cuban foreign ministry told the press that Cuba considers Brazil firm.", (["high official of the Cuban foreign ministry"], ["press"])),
    ("Two Koreans who had been sentenced to death were infected.", (["Two Koreans"], [])),
    ("At 3:00, an officer from the Soviet Embassy in Bucharest brought a note.", (["officer from the Soviet Embassy in Bucharest"], [])),
    ("The police arrested two Korean prisoners.", (["police"], ["two Korean prisoners"])),
    ("The Yugoslav hosts invited Indian performers to Pula.", (["Yugoslav hosts"], ["Indian performers"])),
])
def test_a_group_no_gazetteer_knows_is_kept_whole_with_its_count_its_qualifiers_and_its_owner(sentence, actors):
    doc = _doc(sentence, document_type="memorandum", document_date=date(1956, 10, 30), document_date_precision="day",
               sender_names=["Anastas Mikoyan"], recipient_names=["Nikita Khrushchev"])
    assert [(e.sources, e.targets) for e in extract_events(doc)] == [actors]


def test_an_office_written_alone_that_a_message_goes_to_is_its_holder_in_that_governments_document():
    doc = _doc("D: Hello. I received a short message from Brezhnev to the President. The text I will read you.",
               title="Memorandum of Telephone Conversation, Washington", document_type="memorandum",
               document_date=date(1973, 10, 19), document_date_precision="day")
    received = [e for e in extract_events(doc) if e.event_type == "message_received"]
    assert received and received[0].targets == ["Leonid Brezhnev", "Richard Nixon"]


@pytest.mark.parametrize(("opening", "later", "language"), [
    ("Kosygin (hereafter K): This is my first visit to Beijing. How have you been?", "K: We intend to discuss the conference of 1 March with you.", "en"),
    ("柯西金(以下简称柯):我第一次到北京.你生活怎么样?", "柯:我们同意你们的意见。", "zh"),
])
def test_a_speaker_given_a_short_name_by_his_first_label_speaks_in_the_turns_it_labels(opening, later, language):
    """"Kosygin (hereafter K): ..." opens Kosygin's first turn, a statement at the meeting whatever it says; the turns
    labelled "K: ..." after it are his."""
    doc = _doc("Record of conversation between Zhou Enlai and Alexei Kosygin, 5 February 1965", opening, later,
               document_type="record_of_conversation", document_date=date(1965, 2, 5), document_date_precision="day")
    for block in doc.blocks:
        block.language = language
    turns = [(e.block, e.sources, e.start_date) for e in extract_events(doc) if e.method == "document_act"]
    assert turns == [(1, ["Alexei Kosygin"], date(1965, 2, 5)), (2, ["Alexei Kosygin"], date(1965, 2, 5))]


def test_a_records_turns_begin_on_the_day_its_gathering_was_held_not_on_a_later_day_of_its_schedule():
    """The head of minutes says when the conference was held and when a working group met ("The drafting group met on
    July 12th."): the turns below are told from the conference's first day, not the group's."""
    doc = _doc("Minutes of the conference of the socialist countries",
               "The conference was held on July 11, from 3 to 9 p.m. and on July 12 from 10 a.m. to 1 p.m.",
               "The drafting group met on July 12th, from 8:30 to 10:00.",
               "Gomulka: We propose that the Soviet comrades speak first on the situation in the Middle East.",
               "Com. Gomulka suggested that the communiqué be adopted as soon as possible.",
               document_type="minutes", document_date=date(1967, 7, 11), document_date_precision="day")
    turns = {e.block: e.start_date for e in extract_events(doc) if e.block >= 3}
    assert turns == {3: date(1967, 7, 11), 4: date(1967, 7, 11)}


def test_a_short_answer_is_given_on_the_day_of_the_act_it_answers_by_the_one_asked():
    """"I said to Com. Tito, how would he view it if the departure was set for 26 September. He agreed.": Tito's
    answer, bounded as the asking is; a sentence too short for the other rules."""
    doc = _doc("I said to Com. Tito, how would he view it if the departure from Brioni was set for 26 September. He agreed.",
               document_type="note", document_date=date(1956, 10, 6), document_date_precision="day",
               sender_names=["Nikita Khrushchev"], recipient_names=["Presidium of the CC CPSU"])
    events = extract_events(doc)
    asked, answered = events[0], events[-1]
    assert doc.blocks[0].text[answered.evidence_start: answered.evidence_end].strip() == "He agreed."
    assert (answered.date_kind, answered.end_date, answered.sources) == (asked.date_kind, asked.end_date, ["Josip Broz Tito"])
    assert answered.end_date is not None and answered.end_date < date(1956, 10, 6)


def test_an_aside_on_an_earlier_report_leaves_the_act_the_main_clause_tells():
    """"As I have already reported, during our stay in Sochi, Com. Ulbricht told me ...": the report, by the note's
    date, and Ulbricht's saying, a past act of the story, by the day the note turns to next."""
    doc = _doc("As I have already reported, during our stay in Sochi, Com. Ulbricht told me of his wish to visit Moscow.",
               "When we flew into Moscow on the morning of 12 August Ulbricht said that he wanted to talk with me.",
               document_type="note", document_date=date(1961, 8, 20), document_date_precision="day",
               sender_names=["Nikita Khrushchev"], recipient_names=["Presidium of the CC CPSU"])
    first = sorted(((e.evidence_start, e.end_date, e.sources) for e in extract_events(doc) if e.block == 0), key=lambda r: r[0])
    assert first == [(0, date(1961, 8, 20), ["Nikita Khrushchev"]), (28, date(1961, 8, 12), ["Walter Ulbricht"])]


def test_the_day_of_an_act_only_wanted_dates_nothing_and_the_story_around_it_is_bounded_by_the_next_day_told():
    """"... I felt that I wanted to make a suggestion to fly to Moscow on 10 August": no flight on 10 August; the
    writer's stay and feeling happened by the day the note turns to next (12 August), the participle's clause too."""
    doc = _doc("Having spent several days in Sochi I felt that I should not stay any longer and that I wanted to make a"
               " suggestion to fly to Moscow on 10 August.",
               "When we flew into Moscow on the morning of 12 August Ulbricht said that he wanted to talk with me.",
               document_type="note", document_date=date(1961, 8, 20), document_date_precision="day",
               sender_names=["Nikita Khrushchev"], recipient_names=["Presidium of the CC CPSU"])
    first = [e for e in extract_events(doc) if e.block == 0]
    assert first and all((e.start_date, e.end_date, e.date_kind) == (None, date(1961, 8, 12), "upper_bound") for e in first)
    assert all(e.sources == ["Nikita Khrushchev"] for e in first)  # "I felt", the main clause's verb: the writer


def test_a_partys_position_reported_at_a_meeting_was_held_by_then_and_the_speakers_own_is_his_turn():
    """In minutes, "The entire CPC CC Politburo supports this position." within a speaker's turn is the Chinese
    Politburo's position, held at or before the session; "Nagy is playing a double game (in Malinin's opinion)." is
    Malinin's view of Nagy; "We support this idea." is the speaker's own word, his turn's."""
    doc = _doc("Working Notes from the Session of the CPSU CC Presidium on 30 October 1956",
               "Cde. Bulganin—We should adopt a declaration today. The entire CPC CC Politburo supports this position."
               " We support this idea.",
               "Cde. Zhukov provides information about the troops. Nagy is playing a double game (in Malinin's opinion).",
               title="Working Notes from the Session of the CPSU CC Presidium on 30 October 1956",
               document_type="minutes", document_date=date(1956, 10, 30), document_date_precision="day")
    rows = extract_events(doc)
    held = [(doc.blocks[e.block].text[e.evidence_start: e.evidence_end].strip(), e.date_kind, e.end_date, e.sources)
            for e in rows if e.date_kind == "upper_bound"]
    assert held == [
        ("The entire CPC CC Politburo supports this position.", "upper_bound", date(1956, 10, 30), ["Politburo of the Central Committee of the CPC"]),
        ("Nagy is playing a double game (in Malinin's opinion).", "upper_bound", date(1956, 10, 30), ["Malinin", "Imre Nagy"]),
    ]


def test_a_partys_position_a_letter_reports_holds_about_its_day():
    events = extract_events(_letter("The enemy, making use of this situation, makes demands in the negotiations that are unacceptable to us.",
                                    day=date(1952, 7, 16)))
    assert [(e.date_kind, e.start_date, e.sources) for e in events] == [("approximate", date(1952, 7, 16), ["enemy"])]


def test_a_cables_distribution_line_gives_its_copies_to_those_listed_about_its_day():
    events = extract_events(_letter("Deciphered by Morozov on 10/14/50 at 7:45 a.m.",
                                    "Distribution list - 8 copies: Stalin - 2, Molotov-1, Beria - 1.", day=date(1950, 10, 14)))
    listed = [(e.event_type, e.date_kind, e.start_date, e.targets) for e in events if e.block == 1]
    assert listed == [("printed", "approximate", date(1950, 10, 14), ["Joseph Stalin", "Vyacheslav Molotov", "Lavrentiy Beria"])]


@pytest.mark.parametrize(("first", "second", "language", "clause"), [
    ("On 25 August 1968 seven people unfurled their banners in Red Square.",
     "Six of the demonstrators were arrested and soon tried on 9-11 October by the city court.", "en", "Six of the demonstrators were arrested"),
    ("Семь человек вышли на Красную площадь 25 августа 1968 года.",
     "Шесть участников демонстрации были арестованы и вскоре на судебном процессе 9–11 октября осуждены.", "ru",
     "Шесть участников демонстрации были арестованы"),
])
def test_an_act_a_history_tells_just_before_a_later_dated_one_came_between_the_two_dates(first, second, language, clause):
    doc = _doc(first, second, source_type="book_excerpt", document_type="book_pages")
    for block in doc.blocks:
        block.language = language
    told = [(e.start_date, e.end_date, e.date_kind) for e in extract_events(doc)
            if e.block == 1 and doc.blocks[1].text[e.evidence_start: e.evidence_end] == clause]
    assert told == [(date(1968, 8, 25), date(1968, 10, 9), "range")]


def test_a_chinese_message_qualifying_what_it_grants_by_what_cannot_be_done_is_its_writers_statement():
    """"惟空军暂时无法出动。" (but the air force cannot move out for now) in Mao's telegram of 11 October: Mao states it
    that day, though the sentence has no verb of saying."""
    doc = _doc("同意四个军全部出动。", "惟空军暂时无法出动。", document_type="telegram", document_date=date(1950, 10, 11),
               document_date_precision="day", sender_names=["Mao Zedong"], recipient_names=["Peng Dehuai"])
    for block in doc.blocks:
        block.language = "zh"
    stated = [(e.method, e.date_kind, e.start_date, e.sources) for e in extract_events(doc) if e.block == 1]
    assert stated == [("document_act", "exact", date(1950, 10, 11), ["Mao Zedong"])]


def test_a_turn_whose_label_stands_inside_a_passage_is_said_at_the_meeting_from_its_label_on():
    doc = _doc("Record of Conversation between Mikhail Gorbachev and Margaret Thatcher, April 6, 1989",
               "(Their talks take place just after the Polish agreement on reforms.) […] Gorbachev: On the one hand, there is a"
               " point of view emerging in the White House that our perestroika is not beneficial for the West.",
               title="Record of Conversation between Mikhail Gorbachev and Margaret Thatcher, April 6, 1989",
               document_type="record_of_conversation", document_date=date(1989, 4, 6), document_date_precision="day")
    turns = [(doc.blocks[1].text[e.evidence_start:].split(":")[0], e.start_date, e.sources) for e in extract_events(doc)
             if e.block == 1 and e.method == "document_act"]
    assert turns == [("Gorbachev", date(1989, 4, 6), ["Mikhail Gorbachev"])]


def test_a_progressive_in_a_clause_a_saying_reports_on_the_day_told_was_going_on_that_day():
    doc = _doc("When we flew into Belgrade on the morning of 26 September Tito said that he wanted to talk with me.",
               "But during the day he sent the chief of protocol to me, who informed me that Com. Tito was inviting me to a conversation.",
               document_type="note", document_date=date(1956, 10, 6), document_date_precision="day",
               sender_names=["Nikita Khrushchev"], recipient_names=["Presidium of the CC CPSU"])
    inviting = [(e.date_kind, e.start_date) for e in extract_events(doc)
                if e.block == 1 and doc.blocks[1].text[e.evidence_start:].startswith("Com. Tito was inviting")]
    assert inviting == [("exact", date(1956, 9, 26))]


def test_a_story_told_in_a_meeting_of_several_days_that_moves_to_another_place_is_bounded_by_its_last_day():
    """Gomulka's story of the airport (by 19 October, the day the text told) moves on: "At Belvedere Palace the talks
    had a similar tone. They told us ...": a later scene, by the meeting's last day (21 October), the talks held there."""
    doc = _doc("Meeting of the Politburo on 19, 20 and 21 October 1956",
               "On 19 October at 10:00 am the proceedings of the VIII Plenum began.",
               "Comrade Gomulka informed the Politburo about the meeting at the airport. “I proposed that we drive with them to"
               " Belvedere Palace and speak calmly. At Belvedere Palace the talks had a similar tone. They told us that we"
               " actually spat in their faces.”",
               title="Minutes of the Politburo", document_type="minutes")
    told = {doc.blocks[2].text[e.evidence_start: e.evidence_end].strip("“ ").split()[0]: (e.event_type, e.date_kind, e.end_date)
            for e in extract_events(doc) if e.block == 2}
    assert told["I"][2] == date(1956, 10, 19)  # before the story moved
    assert (told["At"], told["They"]) == (("meeting", "upper_bound", date(1956, 10, 21)), ("message_sent", "upper_bound", date(1956, 10, 21)))


def test_a_happening_placed_between_two_days_is_a_range_beside_the_two_dated_ones():
    events = extract_events(_letter("Seems to us to reflect pushing and hauling which must have taken place between despatch"
                                    " private letter October 26 and published letter October 27.", day=date(1962, 10, 31)))
    ranges = [(e.start_date, e.end_date) for e in events if e.date_kind == "range"]
    assert ranges == [(date(1962, 10, 26), date(1962, 10, 27))]


def test_a_speakers_label_read_as_a_salutation_opens_his_turn_in_a_record():
    """"Comrade Nicolae Ceausescu:" alone on its line, which the page's reader takes for a letter's salutation: in a
    record it labels the speaker of the paragraph below."""
    doc = _doc("Record of the Meeting of the Executive Committee of the CC of the RCP", "Comrade Nicolae Ceausescu:",
               "This is, comrades, the goal of the present meeting of the Executive Committee, convened at this early hour.",
               title="Record of the Meeting of the Executive Committee of the CC of the RCP", document_type="minutes",
               document_date=date(1968, 8, 21), document_date_precision="day")
    doc.blocks[1].passage_type = "salutation"
    turns = [(e.block, e.start_date, e.end_date, e.sources) for e in extract_events(doc) if e.method == "document_act"]
    assert turns == [(2, date(1968, 8, 21), date(1968, 8, 21), ["Nicolae Ceaușescu"])]


def test_a_turn_that_calls_on_its_hearers_is_said_to_the_body_in_session():
    doc = _doc("Record of the Meeting of the Executive Committee of the CC of the RCP",
               "Comrade Nicolae Ceausescu: This is comrades, the goal of the present meeting, convened at this early hour.",
               "Comrade Ion Gheorghe Maurer: The Chinese comrades have an incorrect impression of our relations with them.",
               title="Record of the Meeting of the Executive Committee of the CC of the RCP", document_type="minutes",
               document_date=date(1968, 8, 21), document_date_precision="day")
    said_to = {e.block: e.targets for e in extract_events(doc) if e.method == "document_act"}
    assert said_to[1] == ["Executive Committee of the Romanian Communist Party"] and said_to[2] == []


def test_a_point_of_a_records_agenda_that_names_talks_with_a_party_tells_talks_held_by_the_session():
    doc = _doc("Working Notes from the Session of the CPSU CC Presidium on 30 October 1956",
               "On Discussions with the Chinese comrades. (6)",
               "We should adopt a declaration today on the withdrawal of troops.",
               title="Working Notes from the Session of the CPSU CC Presidium on 30 October 1956",
               document_type="minutes", document_date=date(1956, 10, 30), document_date_precision="day")
    talks = [(e.event_type, e.date_kind, e.end_date, e.targets) for e in extract_events(doc) if e.block == 1]
    assert talks == [("meeting", "upper_bound", date(1956, 10, 30), ["Chinese comrades"])]


def test_commentary_on_what_happened_is_no_row_the_happenings_are():
    events = extract_events(_memo(
        "The minister had sent the memorandum to Moscow.",
        "As a result, the ministry suffered serious political damage abroad.",
        "In any event, we believe the marshal personally was convinced the situation was dangerous.",
        "Several striking impressions emerge from the talks in Geneva.",
    ))
    assert [(e.block, e.date_kind) for e in events if e.method == "tense_sentence"] == [(0, "upper_bound")]


def test_a_turn_told_by_an_agency_is_the_agencys_not_the_speakers():
    doc = _doc("Comrade Nicolae Ceausescu:",
               "Last night, we have been informed from Warsaw - there was also a TASS communiqué on it - the troops of the five "
               "countries have occupied the capital.",
               title="Record of the meeting of the Executive Committee", document_type="minutes",
               document_date=date(1968, 8, 21), document_date_precision="day")
    (told,) = [e for e in extract_events(doc) if e.method == "relative_date"]
    assert (told.start_date, told.sources, told.targets) == (date(1968, 8, 20), ["TASS"], [])


def test_a_letters_view_of_a_state_or_of_conduct_is_no_row_its_position_is():
    def ru(*texts: str) -> ParsedDocument:
        doc = _letter(*texts)
        doc.blocks = [Block(b.passage_type, b.start, b.end, b.text, language="ru") for b in doc.blocks]
        return doc

    assert extract_events(ru("Мы считаем, что положение в стране стало крайне опасным.")) == []
    assert [e.event_type for e in extract_events(ru("Считаем необходимым направить делегацию в Пекин."))] != []
    assert extract_events(_letter("It seems to us that the Yugoslavs have behaved badly.")) == []


@pytest.mark.parametrize("answer", [
    "He agreed.", "Tito agreed.", "He refused.", "He declined.", "He did not object.",
    "Com. Tito agreed to this.", "He accepted this.", "Tito readily agreed.",
])
def test_a_short_answer_of_any_wording_is_given_on_the_day_of_the_asking(answer):
    """A short answer with its object ("agreed to this", "accepted this") or an adverb is the answer still, dated as the
    asking, not a past act of the note's story by its date."""
    doc = _doc("I asked Com. Tito whether the departure from Brioni could be set for 26 September. " + answer,
               document_type="note", document_date=date(1956, 10, 6), document_date_precision="day",
               sender_names=["Nikita Khrushchev"], recipient_names=["Presidium of the CC CPSU"])
    asked, answered = extract_events(doc)
    assert (answered.end_date, answered.sources) == (asked.end_date, ["Josip Broz Tito"])
    assert answered.end_date < date(1956, 10, 6)


def test_agreeing_with_an_analysis_in_a_history_is_no_answer():
    doc = _doc("Historians have long debated the crisis. He agreed with the analysis of Kennan.",
               source_type="book_excerpt", document_type="book_pages")
    assert all(e.sources != ["George F. Kennan"] for e in extract_events(doc))


@pytest.mark.parametrize(("opening", "later", "language", "speaker"), [
    ("Zhou Enlai (hereafter Zhou): Welcome to Beijing.", "Zhou: We agree with you.", "en", "Zhou Enlai"),
    ("Kosygin [hereinafter K.]: This is my first visit to Beijing.", "K.: We intend to discuss the conference.", "en", "Alexei Kosygin"),
    ("Kosygin (hereafter: K.): This is my first visit to Beijing.", "K.: We intend to discuss the conference.", "en", "Alexei Kosygin"),
    ("Kosygin (hereinafter referred to as K): This is my first visit.", "K: We intend to discuss the conference.", "en", "Alexei Kosygin"),
    ("Chairman of the Council of Ministers Kosygin (hereafter K): This is my first visit.", "K: We intend to discuss the conference.",
     "en", "Alexei Kosygin"),
    ("Premier Zhou Enlai (hereafter Zhou): Welcome to Beijing.", "Zhou: We agree with you.", "en", "Zhou Enlai"),
    ("Косыгин (далее – К.): Это мой первый визит в Пекин.", "К.: Мы предлагаем провести совещание в марте.", "ru", "Alexei Kosygin"),
    ("Премьер Косыгин (далее К.): Это мой первый визит в Пекин.", "К.: Мы предлагаем провести совещание в марте.", "ru", "Alexei Kosygin"),
    ("周恩来(以下简称周):欢迎你们。", "周:我们同意。", "zh", "Zhou Enlai"),
])
def test_a_short_name_given_in_any_wording_or_after_a_title_labels_the_speakers_later_turns(opening, later, language, speaker):
    doc = _doc("Record of conversation between Zhou Enlai and Alexei Kosygin, 5 February 1965", opening, later,
               document_type="record_of_conversation", document_date=date(1965, 2, 5), document_date_precision="day")
    for block in doc.blocks[1:]:
        block.language = language
    turns = [(e.block, e.sources) for e in extract_events(doc) if e.method == "document_act"]
    assert turns == [(1, [speaker]), (2, [speaker])]


@pytest.mark.parametrize(("sentence", "act"), [
    ("As I have already reported, during my stay in Sochi, Com. Ulbricht told me of his wish to visit Moscow.", "during my stay"),
    ("As I have already reported, Ulbricht told me of his wish to visit Moscow.", "Ulbricht told me"),
    ("As I reported earlier, Com. Ulbricht told me of his wish to visit Moscow.", "Com. Ulbricht told me"),
    ("As we have already informed you, Com. Ulbricht asked to visit Moscow.", "Com. Ulbricht asked"),
])
def test_an_aside_on_an_earlier_report_in_any_tense_leaves_the_act_and_the_report_goes_to_the_addressee(sentence, act):
    doc = _doc(sentence, "When we flew into Moscow on the morning of 12 August Ulbricht said that he wanted to talk with me.",
               document_type="note", document_date=date(1961, 8, 20), document_date_precision="day",
               sender_names=["Nikita Khrushchev"], recipient_names=["Presidium of the CC CPSU"])
    rows = sorted((e.evidence_start, e.end_date, e.sources, e.targets) for e in extract_events(doc) if e.block == 0)
    assert [(r[1], r[2], r[3]) for r in rows[:1]] == [(date(1961, 8, 20), ["Nikita Khrushchev"], ["Presidium of the CC CPSU"])]
    assert [(sentence[r[0]:].startswith(act), r[1], r[2]) for r in rows[1:]] == [(True, date(1961, 8, 12), ["Walter Ulbricht"])]


def test_an_aside_on_what_the_reader_knows_is_no_report():
    doc = _doc("As you know, the delegation left Moscow.", document_type="note", document_date=date(1961, 8, 20),
               document_date_precision="day", sender_names=["Nikita Khrushchev"], recipient_names=["Presidium of the CC CPSU"])
    assert [e.sources for e in extract_events(doc)] == [["delegation"]]


@pytest.mark.parametrize(("language", "text", "subject"), [
    ("ru", "Советские войска 4 ноября вошли в Будапешт.", ["Soviet troops"]),
    ("ru", "Венгерское население 30 октября сидело по домам.", ["Hungarian population"]),
    ("zh", "十月十四日苏代表团已经回国。", ["Soviet delegation"]),
    ("ru", "Китайская делегация 4 ноября прибыла в Москву.", ["Chinese delegation"]),
    ("ru", "Венгерские рабочие 30 октября вышли на улицы.", ["Hungarian workers"]),
    ("zh", "十月十四日朝鲜代表团已经回国。", ["Korean delegation"]),
    ("zh", "十月十四日美军已经占领了平壤。", ["American troops"]),
    ("zh", "十月十四日英军已经登陆。", ["British troops"]),
])
def test_a_states_people_word_makes_a_group_of_any_kind_that_states_and_a_chinese_army_written_against_it(language, text, subject):
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="telegram", document_date=date(1956, 11, 5),
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language=language)])
    assert [e.sources for e in extract_events(doc)] == [subject]


def test_a_chinese_army_counted_or_named_by_its_own_word_is_no_states_troops():
    text = "十月十四日志愿军四个军已经出动。"
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="telegram", document_date=date(1950, 10, 14),
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language="zh")])
    assert not any("troops" in " ".join(e.sources) for e in extract_events(doc))


@pytest.mark.parametrize(("point", "whom"), [
    ("On talks with the Polish delegation.", ["Polish delegation"]),
    ("On the negotiations with the Yugoslav comrades.", ["Yugoslav comrades"]),
    ("About the conversation with Comrade Tito.", ["Josip Broz Tito"]),
    ("Concerning the talks with the Hungarian leadership.", ["Hungarian leadership"]),
    ("On the Hungarian question.", None),
    ("On the talks on disarmament.", None),
])
def test_a_point_of_an_agenda_that_names_talks_with_a_party_in_any_wording_tells_talks_held_by_the_session(point, whom):
    doc = _doc("Working Notes from the Session of the CPSU CC Presidium on 30 October 1956", point,
               "We should adopt a declaration today on the withdrawal of troops.",
               title="Working Notes from the Session of the CPSU CC Presidium on 30 October 1956",
               document_type="minutes", document_date=date(1956, 10, 30), document_date_precision="day")
    talks = [(e.event_type, e.date_kind, e.end_date, e.targets) for e in extract_events(doc) if e.block == 1]
    assert talks == ([("meeting", "upper_bound", date(1956, 10, 30), whom)] if whom else [])


@pytest.mark.parametrize(("sentence", "days"), [
    ("Seems to us to reflect pushing and hauling which must have taken place between despatch private letter October 26 and"
     " published letter October 27.", (date(1962, 10, 26), date(1962, 10, 27))),
    ("The decision must have been made between the Presidium session of 28 October and the cable of 31 October.",
     (date(1962, 10, 28), date(1962, 10, 31))),
    ("The talks between the two sides on October 26 ended.", None),
    ("Relations between Moscow and Beijing worsened on 3 March.", None),
])
def test_a_happening_a_writer_infers_between_two_dated_things_is_a_range(sentence, days):
    ranges = [(e.start_date, e.end_date) for e in extract_events(_letter(sentence, day=date(1962, 11, 5))) if e.date_kind == "range"]
    assert ranges == ([days] if days else [])


@pytest.mark.parametrize(("sentence", "actors"), [
    ("I received a short message from Brezhnev to the President of Finland.", ["Leonid Brezhnev", "President of Finland"]),
    ("The president of the company persuaded the workers.", ["president of the company", "workers"]),
    ("His speech persuaded the new Kremlin leader to come to Brioni.", ["Josip Broz Tito", "new Kremlin leader"]),
    ("An official from the Polish Embassy in Moscow delivered a note.", ["official from the Polish Embassy in Moscow"]),
    ("Hungarian and Polish workers went on strike.", ["Hungarian and Polish workers"]),
    ("Yugoslav soldiers arrested three Hungarian students.", ["Yugoslav soldiers", "three Hungarian students"]),
])
def test_an_office_with_its_owner_stays_whole_and_groups_of_any_wording_are_kept(sentence, actors):
    doc = _doc("Comrade Tito received the delegation in Belgrade.", sentence, document_type="memorandum",
               document_date=date(1956, 10, 7), document_date_precision="day")
    assert [e.sources + e.targets for e in extract_events(doc) if e.block == 1] == [actors]


@pytest.mark.parametrize("label", ["Comrade Nicolae Ceausescu:", "Comrade Ceausescu:", "Comrade Ion Gheorghe Maurer:"])
@pytest.mark.parametrize("words", [
    "This is, comrades, the goal of the present meeting of the Executive Committee, convened at this early hour.",
    "The situation, comrades, is grave, and we must decide today what we will do.",
    "We propose that the Executive Committee adopt a declaration today.",
])
def test_a_speakers_label_on_its_own_line_opens_the_same_turn_as_the_label_written_before_his_words(label, words):
    """The label alone on its line (read as a salutation or as a paragraph) and the paragraph below it give the turn
    that the label and the words in one passage give: a short first paragraph is read with its label's words."""
    def turns(*texts, salutation=False):
        doc = _doc("Record of the Meeting of the Executive Committee of the CC of the RCP", *texts,
                   title="Record of the Meeting of the Executive Committee of the CC of the RCP", document_type="minutes",
                   document_date=date(1968, 8, 21), document_date_precision="day")
        if salutation:
            doc.blocks[1].passage_type = "salutation"
        return [(e.sources, e.targets) for e in extract_events(doc) if e.block == len(texts) and e.method in ("document_act", "relative_date")]
    inline = turns(f"{label} {words}")
    assert inline and turns(label, words, salutation=True) == inline == turns(label, words)


def _minutes(*texts: str) -> ParsedDocument:
    return _doc("Working Notes from the Session of the CPSU CC Presidium on 30 October 1956", *texts,
                title="Working Notes from the Session of the CPSU CC Presidium on 30 October 1956",
                document_type="minutes", document_date=date(1956, 10, 30), document_date_precision="day")


@pytest.mark.parametrize(("sentence", "holders"), [
    ("The Polish leadership opposes the introduction of troops.", ["Polish leadership"]),
    ("The Chinese comrades insist that the troops be withdrawn.", ["Chinese comrades"]),
    ("Yugoslavia favors a neutral Hungary.", ["Yugoslavia"]),
    ("The Hungarian government demands the withdrawal of Soviet troops.", ["Hungarian government"]),
    ("The Romanian comrades hold the view that the declaration is needed.", ["Romanian comrades"]),
    ("Gomulka rejects any interference in Polish affairs.", ["Władysław Gomułka"]),
    ("The Americans propose that the talks resume in Geneva.", ["United States"]),
    ("According to Comrade Andropov, the situation is deteriorating.", ["Yuri Andropov"]),
    ("We support this idea.", None),
    ("I propose that we adopt the declaration.", None),
    ("If the Chinese comrades oppose it, we will withdraw.", None),
    ("This supports our view that the situation is grave.", None),
    ("The evidence suggests that Nagy lost control.", None),
])
def test_a_position_any_party_holds_in_the_present_was_held_by_the_session_and_the_speakers_own_is_not(sentence, holders):
    doc = _minutes("Cde. Bulganin—We should adopt a declaration today. " + sentence)
    held = [e.sources for e in extract_events(doc) if e.date_kind == "upper_bound" and e.end_date == date(1956, 10, 30)]
    assert held == ([holders] if holders else [])


@pytest.mark.parametrize(("sentence", "wished"), [
    ("The delegation planned to arrive in Moscow on 10 August.", True),
    ("I made a proposal to hold the meeting on 10 August.", True),
    ("We intended to leave Sochi on 10 August, but Ulbricht asked us to stay.", True),
    ("We flew to Moscow on 10 August.", False),
    ("He wanted to talk with me, and on 10 August we met.", False),
])
def test_the_day_of_an_act_only_planned_or_proposed_dates_no_happening(sentence, wished):
    doc = _doc(sentence, "When we flew into Moscow on the morning of 12 August Ulbricht said that he wanted to talk with me.",
               document_type="note", document_date=date(1961, 8, 20), document_date_precision="day",
               sender_names=["Nikita Khrushchev"], recipient_names=["Presidium of the CC CPSU"])
    on_the_day = [e for e in extract_events(doc) if e.block == 0 and e.start_date == date(1961, 8, 10)]
    assert not on_the_day if wished else on_the_day


@pytest.mark.parametrize(("text", "stated"), [
    ("但空军暂时无法出动。", True),
    ("惟炮兵尚不能出动。", True),
    ("唯空军暂时无法出动。", True),
    ("惟敌军已经占领了平壤。", False),
])
def test_a_chinese_message_that_qualifies_what_it_grants_by_what_cannot_be_done_is_its_writers(text, stated):
    doc = _doc("同意四个军全部出动。", text, document_type="telegram", document_date=date(1950, 10, 11),
               document_date_precision="day", sender_names=["Mao Zedong"], recipient_names=["Peng Dehuai"])
    for block in doc.blocks:
        block.language = "zh"
    rows = [(e.method, e.sources) for e in extract_events(doc) if e.block == 1]
    assert (rows == [("document_act", ["Mao Zedong"])]) is stated


@pytest.mark.parametrize(("line", "listed"), [
    ("Distributed to: Stalin, Molotov, Malenkov.", ["Joseph Stalin", "Vyacheslav Molotov", "Georgy Malenkov"]),
    ("Distribution: Stalin, Molotov.", ["Joseph Stalin", "Vyacheslav Molotov"]),
    ("Copies: Khrushchev-1, Zorin-1, 10th Department-1", ["Nikita Khrushchev", "Valerian Zorin", "10th Department"]),
    ("Distributed to: SSIP - Cabinet of the Federal Secretary, Fifth Department", ["Cabinet of the Federal Secretary", "Fifth Department"]),
    ("Copies: 4 - Minister, 3rd Territorial Department, file", ["3rd Territorial Department"]),
    ("Distribution: Comrade Petru Lupu; Comrade Ion Vlad; Directorate II Europe; Archive", ["Petru Lupu", "Ion Vlad", "Directorate II Europe"]),
    ("Copies to: Stalin; Molotov; Files", ["Joseph Stalin", "Vyacheslav Molotov"]),
    ("Distribution list (3 copies): 1 - Stalin, 2 - Molotov, 3 - to file.", ["Joseph Stalin", "Vyacheslav Molotov"]),
    ("Разослано: т. Сталину, т. Молотову, т. Берия.", ["Joseph Stalin", "Vyacheslav Molotov", "Lavrentiy Beria"]),
    ("The distribution of food to the refugees was discussed.", None),
    ("Distribution of grain to the peasants began in the spring.", None),
])
def test_a_distribution_line_in_any_wording_gives_its_copies_and_a_distribution_of_goods_does_not(line, listed):
    events = extract_events(_letter("Deciphered by Morozov on 10/14/50 at 7:45 a.m.", line, day=date(1950, 10, 14)))
    printed = [e.targets for e in events if e.block == 1 and e.event_type == "printed"]
    assert printed == ([listed] if listed else [])


@pytest.mark.parametrize(("first", "second", "language", "clause", "days"), [
    ("On 3 March 1953 the delegation left Moscow.", "The delegates were detained at the border and shortly afterwards released on 12 March.",
     "en", "The delegates were detained at the border", (date(1953, 3, 3), date(1953, 3, 12))),
    ("On 3 March 1953 the delegation left Moscow.", "Nagy was arrested and soon afterwards deported to Romania on 23 November.",
     "en", "Nagy was arrested", (date(1953, 3, 3), date(1953, 11, 23))),
    ("Делегация покинула Москву 3 марта 1953 года.", "Руководители были арестованы и вскоре казнены 16 июня 1958 года.",
     "ru", "Руководители были арестованы", (date(1953, 3, 3), date(1958, 6, 16))),
])
def test_an_act_told_just_before_a_later_dated_one_in_other_words_came_between_the_two_dates(first, second, language, clause, days):
    doc = _doc(first, second, source_type="book_excerpt", document_type="book_pages")
    for block in doc.blocks:
        block.language = language
    told = [(e.start_date, e.end_date) for e in extract_events(doc)
            if e.block == 1 and e.date_kind == "range" and doc.blocks[1].text[e.evidence_start: e.evidence_end] == clause]
    assert told == [days]


@pytest.mark.parametrize(("first", "second", "language", "clause", "actors"), [
    ("Семь человек вышли на Красную площадь 25 августа 1968 года.",
     "Шесть участников демонстрации были арестованы и вскоре на судебном процессе 9–11 октября осуждены.", "ru",
     "Шесть участников демонстрации были арестованы", ["demonstrators"]),
    ("Делегация покинула Москву 3 марта 1953 года.", "Венгерские рабочие были арестованы и вскоре казнены 16 июня 1958 года.",
     "ru", "Венгерские рабочие были арестованы", ["Hungarian workers"]),
    ("On 3 March 1953 the delegation left Moscow.", "The Polish troops were disarmed and soon afterwards sent home on 12 March.",
     "en", "The Polish troops were disarmed", ["Polish troops"]),
    ("On 3 March 1953 the delegation left Moscow.", "Nagy was arrested and soon afterwards deported to Romania on 23 November.",
     "en", "Nagy was arrested", ["Imre Nagy"]),
])
def test_an_act_told_just_before_a_later_dated_one_is_done_by_the_group_its_subject_names(first, second, language, clause, actors):
    """No name of the gazetteer in the clause: its actor is the group the subject names before the verb, as in a sentence
    of its own; a name the gazetteer knows stays the actor."""
    doc = _doc(first, second, source_type="book_excerpt", document_type="book_pages")
    for block in doc.blocks:
        block.language = language
    told = [e.sources for e in extract_events(doc)
            if e.block == 1 and e.date_kind == "range" and doc.blocks[1].text[e.evidence_start: e.evidence_end] == clause]
    assert told == [actors]


@pytest.mark.parametrize(("scene", "moved"), [
    ("In the Kremlin the conversation went on.", True),
    ("At the Soviet Embassy the talks continued.", True),
    ("At the start of the conversation I talked about the report.", False),
])
def test_a_story_of_a_meeting_of_several_days_that_moves_to_any_venue_is_bounded_by_its_last_day(scene, moved):
    doc = _doc("Meeting of the Politburo on 19, 20 and 21 October 1956", "On 19 October at 10:00 am the proceedings of the VIII Plenum began.",
               "Comrade Gomulka informed the Politburo about the meeting at the airport. “I proposed that we drive with them to the"
               " city and speak calmly. " + scene + " They told us that we actually spat in their faces.”",
               title="Minutes of the Politburo", document_type="minutes")
    told = [e.end_date for e in extract_events(doc) if e.block == 2 and doc.blocks[2].text[e.evidence_start:].startswith("They told")]
    assert told == [date(1956, 10, 21) if moved else date(1956, 10, 19)]


@pytest.mark.parametrize(("sentence", "subject"), [
    ("Sometime between October 28 and October 31 the Presidium reversed its decision.", ["Presidium"]),
    ("The Soviet leadership changed its mind at some point between 28 and 31 October.", ["Soviet leadership"]),
])
def test_the_subject_after_a_span_of_days_is_who_acted_not_the_last_day(sentence, subject):
    assert [e.sources for e in extract_events(_letter(sentence, day=date(1956, 11, 5)))] == [subject]


@pytest.mark.parametrize(("turn", "to_body"), [
    ("Comrade Nicolae Ceausescu: Comrades, I propose that we adopt a declaration on the events of this night.", True),
    ("Comrade Nicolae Ceausescu: Dear comrades, we have gathered to discuss the situation created this night.", True),
    ("Comrade Nicolae Ceausescu: The situation, comrades, is grave, and we must decide today what we will do.", True),
    ("Comrade Ion Gheorghe Maurer: The Chinese comrades have an incorrect impression of our relations with them.", False),
])
def test_a_turn_whose_words_open_by_calling_on_its_hearers_is_said_to_the_body(turn, to_body):
    doc = _doc("Record of the Meeting of the Executive Committee of the CC of the RCP", turn,
               title="Record of the Meeting of the Executive Committee of the CC of the RCP", document_type="minutes",
               document_date=date(1968, 8, 21), document_date_precision="day")
    said_to = [e.targets for e in extract_events(doc) if e.block == 1 and e.method in ("document_act", "relative_date")]
    assert said_to == [["Executive Committee of the Romanian Communist Party"] if to_body else []]


def _dated_acts(text: str, language: str) -> list[tuple]:
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="telegram", document_date=date(1968, 9, 5),
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language=language)])
    return [(e.method, e.start_date, e.date_kind, e.sources, e.targets) for e in extract_events(doc)]


@pytest.mark.parametrize(("language", "text", "day"), [
    ("ru", "21 августа польские войска вошли в Чехословакию.", date(1968, 8, 21)),  # the date heads the Russian clause
    ("ru", "21 августа 1968 г. польские войска вошли в Чехословакию.", date(1968, 8, 21)),
    ("ru", "20 августа вечером польские войска вошли в Чехословакию.", date(1968, 8, 20)),
    ("ru", "Польские войска 21 августа вошли в Чехословакию.", date(1968, 8, 21)),
    ("ru", "Польские войска вошли в Чехословакию 21 августа.", date(1968, 8, 21)),
    ("en", "On 21 August Polish troops entered Czechoslovakia.", date(1968, 8, 21)),
    ("en", "Polish troops entered Czechoslovakia on 21 August.", date(1968, 8, 21)),
])
def test_a_group_that_acted_on_a_date_is_the_source_and_the_state_it_entered_the_target(language, text, day):
    assert _dated_acts(text, language) == [("dated_sentence", day, "exact", ["Polish troops"], ["Czechoslovakia"])]


def test_a_day_named_by_the_night_onto_it_runs_from_the_evening_before():
    assert _dated_acts("В ночь на 21 августа польские войска вошли в Чехословакию.", "ru") == [
        ("dated_sentence", date(1968, 8, 20), "range", ["Polish troops"], ["Czechoslovakia"])]


def test_a_named_state_before_the_verb_stays_the_subject():
    assert _dated_acts("On 21 August the Soviet Union invaded Czechoslovakia.", "en") == [
        ("dated_sentence", date(1968, 8, 21), "exact", ["Soviet Union"], ["Czechoslovakia"])]
    assert _dated_acts("21 августа Советский Союз ввел войска в Чехословакию.", "ru") == [
        ("dated_sentence", date(1968, 8, 21), "exact", ["Soviet Union"], ["Czechoslovakia"])]


def test_a_russian_dateline_alone_or_above_the_text_dates_no_act():
    assert _dated_acts("21 августа 1968 г.", "ru") == []
    assert all(e[0] != "dated_sentence" for e in _dated_acts("21 августа 1968 г.\nПольские войска вошли в Чехословакию.", "ru"))


def test_the_subject_of_a_passive_underwent_the_act():
    (event,) = [e for e in _dated_acts("On 21 August Polish troops were attacked by Czechoslovakia.", "en") if e[0] == "dated_sentence"]
    assert event[3] != ["Polish troops"]


@pytest.mark.parametrize(("text", "agent"), [
    ("The delegation was led by Cde. Mikoyan.", "Anastas Mikoyan"),
    ("The talks were chaired by Com. Kadar.", "János Kádár"),
    ("The meeting was opened by Comrade Gomulka.", "Władysław Gomułka"),
    ("The meeting was opened by comrade Ochab.", "Edward Ochab"),
])
def test_the_agent_of_a_passive_is_the_person_after_a_title_written_in_capitals_or_not(text, agent):
    """"by Com. Khrushchev": the title is no part of the name, and no person called "Com" acts."""
    rows = extract_events(_doc(text, document_type="memorandum of conversation", document_date=date(1958, 4, 5),
                               document_date_precision="day", sender_names=["Pavel Yudin"]))
    assert [e.sources for e in rows if e.method == "tense_sentence"] == [[agent]]


def _ulbricht_letter(text: str, language: str = "en") -> ParsedDocument:
    doc = _doc(text, document_type="letter", document_date=date(1961, 6, 10), document_date_precision="day",
               sender_names=["Walter Ulbricht"], recipient_names=["Nikita Khrushchev"])
    doc.blocks[0].language = language
    return doc


@pytest.mark.parametrize(("text", "language", "given"), [
    ("We fully agree with the memorandum of the Soviet government, which you gave to President Kennedy.", "en",
     (["Nikita Khrushchev"], ["John F. Kennedy"], "the memorandum of the Soviet government, which you gave to President Kennedy")),
    ("We studied the note which Gromyko handed over to Ambassador Thompson.", "en",
     (["Andrei Gromyko"], ["Llewellyn Thompson"], "the note which Gromyko handed over to Ambassador Thompson")),
    ("I enclose a copy of the letter that I sent to Comrade Mao Zedong.", "en",
     (["Walter Ulbricht"], ["Mao Zedong"], "the letter that I sent to Comrade Mao Zedong")),
    ("Мы согласны с письмом, которое Вы направили товарищу Ким Ир Сену.", "ru",
     (["Nikita Khrushchev"], ["Kim Il Sung"], "письмом, которое Вы направили товарищу Ким Ир Сену")),
    ("Мы изучили ноту, которую Громыко вручил Чжоу Эньлаю.", "ru", (["Andrei Gromyko"], ["Zhou Enlai"], "ноту, которую Громыко вручил Чжоу Эньлаю")),
    ("We await the proposals which you will give to the delegation.", "en", None),
    ("We studied the note which the embassy handed over to the ministry.", "en", None),
])
def test_a_message_a_relative_clause_tells_as_given_was_sent_by_its_giver_to_the_one_named(text, language, given):
    """"which you gave to X": the one the letter is addressed to gave it; "which I sent": the writer; a name: that
    person. Sent on or before the letter's day; no row for a message still to be given or given by no one known."""
    doc = _ulbricht_letter(text, language)
    rows = [(e.sources, e.targets, text[e.evidence_start: e.evidence_end]) for e in extract_events(doc)
            if e.method == "undated_sentence" and e.event_type == "message_sent" and e.date_kind == "upper_bound" and e.end_date == date(1961, 6, 10)]
    assert rows == ([given] if given else [])


@pytest.mark.parametrize(("talks", "later", "paper", "parties"), [
    ("In the course of the talks I reminded them that we had informed the CC CCP of the Bucharest ne gotiations between the CPSU and "
     "the Communist Party of Yugoslavia, headed by Com. Khrushchev and Tito.",
     "I pointed out that the obligations contained in the secret communique signed in Bucharest have now been broken by the Yugoslavs.",
     "the secret communique signed in Bucharest", ["Communist Party of the Soviet Union", "League of Communists of Yugoslavia"]),
    ("I reminded them of the Geneva talks between the United States and the Soviet Union.",
     "I pointed out that the obligations of the accord signed in Geneva have now been broken by the Americans.",
     "the accord signed in Geneva", ["United States", "Soviet Union"]),
    ("I reminded them of the Belgrade negotiations between the CPSU and the Communist Party of Yugoslavia.",
     "Mao said the protocol concluded in Belgrade was not respected by Tito.",
     "the protocol concluded in Belgrade", ["Communist Party of the Soviet Union", "League of Communists of Yugoslavia"]),
    ("I reminded them of the Belgrade negotiations between the CPSU and the Communist Party of Yugoslavia.",
     "I pointed out that the obligations of the communique signed in Warsaw have now been broken by the Yugoslavs.",
     "the communique signed in Warsaw", []),
])
def test_a_paper_signed_where_the_text_told_talks_between_parties_is_theirs(talks, later, paper, parties):
    """"the Bucharest negotiations between X and Y", then "the communique signed in Bucharest": X and Y signed it; a paper
    signed at another place keeps no signatory."""
    doc = _doc(talks, later, document_type="memorandum of conversation", document_date=date(1958, 4, 5),
               document_date_precision="day", sender_names=["Pavel Yudin"], recipient_names=["Mao Zedong"])
    rows = [e.sources + e.targets for e in extract_events(doc) if e.block == 1 and e.method == "undated_sentence"
            and later[e.evidence_start: e.evidence_end] == paper]
    assert rows == [parties]


@pytest.mark.parametrize(("text", "journey", "doers"), [
    ("Premier Kim Il Sung and the delegation of the [North] Korean government visited Premier Zhou Enlai on the afternoon of "
     "their arrival in Beijing.", "their arrival in Beijing", ["Kim Il Sung", "North Korean government delegation"]),
    ("On 20 October Mikoyan met Gomulka on the evening of his return to Warsaw.", "his return to Warsaw", ["Anastas Mikoyan"]),
    ("On 20 October the Soviet delegation left on the morning after their arrival in Warsaw.", None, None),
    ("On 20 October Mao Zedong was received by Stalin on the evening of his arrival in Moscow.", None, None),
    ("On 20 October Stalin received the Chinese delegation on the day of their arrival in Moscow.", None, None),
])
def test_the_journey_an_act_is_dated_by_is_its_doers_on_that_day(text, journey, doers):
    """"on the afternoon of their arrival in Beijing": they arrived that day; "the morning after their arrival" is
    another day, and no row of its own."""
    doc = _doc(text, document_type="record of conversation", document_date=date(1958, 10, 20), document_date_precision="day",
               title="Record of Conversation")
    acts = [e for e in extract_events(doc) if e.start_date == date(1958, 10, 20)]
    rows = [(text[e.evidence_start: e.evidence_end], e.sources, e.end_date) for e in acts if e.evidence_end - e.evidence_start < 40]
    assert rows == ([(journey, doers, date(1958, 10, 20))] if journey else [])


@pytest.mark.parametrize(("text", "language"), [
    ("I received your telegram.", "en"),
    ("I have received your letter about the talks.", "en"),
    ("Your telegram has been received.", "en"),
    ("Ваши телеграммы получены.", "ru"),
    ("Я получил Вашу телеграмму.", "ru"),
    ("你的电报收到了。", "zh"),
])
def test_a_receipt_of_the_addressees_message_is_the_writers_from_the_addressee(text, language):
    """"I received your telegram" in Stalin's telegram to Mao: Stalin received what Mao sent, on or before the day he writes."""
    doc = _letter(text)
    doc.blocks[0].language = language
    rows = [(e.sources, e.targets, e.date_kind) for e in extract_events(doc) if e.method == "tense_sentence"]
    assert rows == [(["Joseph Stalin"], ["Mao Zedong"], "upper_bound")]


def test_a_receipt_of_a_message_from_a_third_party_keeps_its_sender():
    rows = [(e.sources, e.targets) for e in extract_events(_letter("I received a telegram from Kim Il Sung.")) if e.method == "tense_sentence"]
    assert rows == [(["Joseph Stalin"], ["Kim Il Sung"])]


@pytest.mark.parametrize(("opening", "group"), [
    ("Kadar stated that the current gathering is already the second meeting of the party and government leaders of the "
     "socialist countries on the situation in the Middle East.", "party and government leaders of the socialist countries"),
    ("Novotny stated that this is already the third conference of the foreign ministers of the Warsaw Pact states.",
     "foreign ministers of the Warsaw Pact states"),
    ("Novotny stated that this is already the third meeting of the Politburo on the question.", None),
])
def test_an_earlier_gathering_of_a_series_named_by_its_members_is_theirs(opening, group):
    """"the second meeting of the ... leaders of ...", then "the Moscow meeting [on 9-10 June 1967]" told with no actor:
    the leaders'. A body named with capitals ("the Politburo") names no such group."""
    doc = _doc(opening, "No one doubts that the Moscow meeting [on 9-10 June 1967] has brought about good results.",
               document_type="minutes", document_date=date(1967, 7, 11), document_date_precision="day",
               title="Minutes of the meeting in Budapest")
    rows = [e.sources for e in extract_events(doc) if e.block == 1 and e.start_date == date(1967, 6, 9)]
    assert rows == [[group] if group else []]
@pytest.mark.parametrize(("language", "turn"), [
    ("ru", "К.: Мы хотим знать ваше мнение о положении."),
    ("ru", "Г.: Я хотел бы услышать мнение польских товарищей."),
    ("en", "K.: We want to know your opinion on the situation."),
    ("en", "Gomulka: I would like to hear what the Soviet comrades think."),
])
def test_a_short_turn_that_states_the_speakers_wish_is_said_at_the_meeting(language, turn):
    doc = _doc("Record of conversation, 19 October 1956", turn, "Thank you.",
               document_type="record_of_conversation", document_date=date(1956, 10, 19), document_date_precision="day")
    doc.blocks[1].language = language
    assert [(e.block, e.event_type, e.start_date) for e in extract_events(doc) if e.method == "document_act"] == [
        (1, "statement", date(1956, 10, 19))]



@pytest.mark.parametrize(("language", "sentence", "act"), [
    ("en", "As I telegraphed on 3 August, Gomułka raised the question of the troops at the meeting.", "Gomułka raised"),
    ("en", "As we reported on August 14, the Czechoslovak leaders rejected the letter of the five parties.", "the Czechoslovak leaders"),
    ("en", "As I have already informed you on 3 August, Comrade Ulbricht asked to visit Moscow.", "Comrade Ulbricht asked"),
    ("ru", "Как я сообщал 3 августа, Гомулка поднял вопрос о войсках.", "Гомулка поднял"),
    ("ru", "Как мы уже докладывали 14 августа, чехословацкие руководители отклонили письмо.", "чехословацкие руководители"),
])
def test_a_day_written_in_an_aside_on_an_earlier_report_dates_the_report_not_the_act_after_it(language, sentence, act):
    doc = _doc(sentence, document_type="telegram", document_date=date(1968, 8, 21), document_date_precision="day",
               sender_names=["Stepan Chervonenko"], recipient_names=["Leonid Brezhnev"])
    doc.blocks[0].language = language
    rows = [(sentence[e.evidence_start:].startswith(act), e.event_type, e.date_kind or "exact", e.start_date, e.end_date, e.sources)
            for e in extract_events(doc)]
    day = date(1968, 8, 3) if "3" in sentence.split(",")[0] else date(1968, 8, 14)
    assert rows[0] == (False, "report", "exact", day, day, ["Stepan Chervonenko"])
    assert [(r[0], r[2], r[3], r[4]) for r in rows[1:]] == [(True, "upper_bound", None, date(1968, 8, 21))]


@pytest.mark.parametrize(("language", "text", "act"), [
    ("en", "12 May 1953. The delegation left for Berlin.", "The delegation"),
    ("en", "The talks were difficult. 3 June 1953. Comrade Ulbricht asked to visit Moscow.", "Comrade Ulbricht"),
    ("ru", "12 мая 1953 г. Делегация выехала в Берлин.", "12 мая"),
    ("zh", "1953年5月12日。代表团已经前往柏林。", "代表团"),
])
def test_a_date_written_alone_before_a_clause_on_its_line_dates_that_clause(language, text, act):
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="telegram", document_date=date(1953, 6, 20),
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language=language)])
    rows = [(text[e.evidence_start:].startswith(act), e.start_date, e.end_date) for e in extract_events(doc) if e.start_date]
    day = date(1953, 6, 3) if "June" in text else date(1953, 5, 12)
    assert rows == [(True, day, day)]


@pytest.mark.parametrize("texts", [
    ("12 May 1953.", "The delegation left for Berlin."),  # a dateline on its own line
    ("The delegation left for Berlin. 12 May 1953.",),  # the date under the text
    ("12 May 1953. Dear Comrade Brezhnev, we ask you to receive the delegation.",),  # a letter's date, then its words
])
def test_a_date_written_alone_with_no_act_told_after_it_on_its_line_dates_nothing_of_the_text(texts):
    doc = _doc(*texts, document_type="telegram", document_date=date(1953, 6, 20), document_date_precision="day",
               sender_names=["Vasily Kuznetsov"], recipient_names=["Leonid Brezhnev"])
    assert all(e.end_date == date(1953, 6, 20) for e in extract_events(doc))


@pytest.mark.parametrize(("language", "text", "first", "then"), [
    ("en", "The troops stayed in Budapest from 24 October 1956, and then on 4 November 1956 they attacked the city.",
     date(1956, 10, 24), date(1956, 11, 4)),
    ("en", "Nagy's government sat from 24 October 1956 and then on 1 November 1956 declared neutrality.",
     date(1956, 10, 24), date(1956, 11, 1)),
    ("ru", "Войска находились в Будапеште с 24 октября 1956 года, а затем 4 ноября 1956 года атаковали город.",
     date(1956, 10, 24), date(1956, 11, 4)),
    ("zh", "谈判从1969年3月12日开始,然后在6月12日双方签署了议定书。", date(1969, 3, 12), date(1969, 6, 12)),
])
def test_an_act_told_from_a_day_until_the_next_act_joined_by_and_then_is_a_range_to_that_day(language, text, first, then):
    doc = ParsedDocument(parser="test/1", source_type="book_excerpt",
                         blocks=[Block("paragraph", 0, len(text), text, language=language)])
    rows = [(e.date_kind or "exact", e.start_date, e.end_date, e.evidence_end <= text.index(next(
        w for w in ("and then", "а затем", "然后") if w in text))) for e in extract_events(doc)]
    assert rows == [("range", first, then, True), ("exact", then, then, False)]


def test_an_act_on_a_day_then_another_act_are_two_days_not_a_range():
    text = "The troops entered Budapest on 24 October 1956, and then on 4 November 1956 they attacked the city."
    doc = ParsedDocument(parser="test/1", source_type="book_excerpt", blocks=[Block("paragraph", 0, len(text), text, language="en")])
    assert sorted((e.start_date, e.end_date) for e in extract_events(doc)) == [
        (date(1956, 10, 24), date(1956, 10, 24)), (date(1956, 11, 4), date(1956, 11, 4))]


@pytest.mark.parametrize(("language", "text", "actor"), [
    ("en", "Ignatiev did not report this memorandum to anyone.", "Semyon Ignatiev"),
    ("en", "The Yugoslavs did not even invite the Soviet delegation.", "Yugoslavs"),
    ("ru", "Игнатьев не доложил эту записку никому.", "Semyon Ignatiev"),
    ("zh", "苏联政府没有答复这份照会。", None),
])
def test_an_act_left_undone_in_the_past_is_a_happening_known_by_the_documents_day(language, text, actor):
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="memorandum", document_date=date(1953, 4, 21),
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language=language)])
    rows = [(e.date_kind, e.end_date) for e in extract_events(doc) if actor is None or actor in e.sources]
    assert rows == [("upper_bound", date(1953, 4, 21))]


def test_a_state_left_out_in_the_past_is_no_happening():
    text = "The minister did not know of the memorandum."
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="memorandum", document_date=date(1953, 4, 21),
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language="en")])
    assert extract_events(doc) == []


@pytest.mark.parametrize(("language", "text", "whose"), [
    ("en", "In accordance with your instruction, the troops will set out on the 15th.", "addressee"),
    ("en", "Pursuant to our earlier directive the volunteers crossed the river.", "writer"),
    ("ru", "В соответствии с вашим указанием войска выступят 15 числа.", "addressee"),
    ("zh", "按你预定指示十五日出动。", "addressee"),
])
def test_an_earlier_instruction_an_act_follows_was_given_by_the_documents_day(language, text, whose):
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="telegram", document_date=date(1950, 10, 10),
                         document_date_precision="day", sender_names=["Peng Dehuai"], recipient_names=["Mao Zedong"],
                         blocks=[Block("paragraph", 0, len(text), text, language=language)])
    given = [(e.event_type, e.date_kind, e.end_date, e.sources, e.targets) for e in extract_events(doc)
             if e.method == "undated_sentence" and e.date_kind != "undated"]  # "十五日出动", the 15th of the message's month: a plan
    parties = (["Mao Zedong"], ["Peng Dehuai"]) if whose == "addressee" else (["Peng Dehuai"], ["Mao Zedong"])
    assert given == [("instruction", "upper_bound", date(1950, 10, 10), *parties)]


def test_an_earlier_instruction_named_in_a_message_given_in_paraphrase_is_between_its_parties_by_its_day():
    text = "十月十日电,指一九五○年十月十日彭德怀给毛泽东的电报。电报说:志愿军各项出动准备不充分。按你预定指示十五日出动。"
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="telegram", document_date=date(1950, 10, 11),
                         document_date_precision="day", sender_names=["Mao Zedong"], recipient_names=["Peng Dehuai"],
                         blocks=[Block("paragraph", 0, len(text), text, language="zh")])
    given = [(e.end_date, e.sources, e.targets) for e in extract_events(doc) if e.event_type == "instruction" and e.date_kind == "upper_bound"]
    assert given == [(date(1950, 10, 10), ["Mao Zedong"], ["Peng Dehuai"])]


def test_an_earlier_instruction_that_writes_its_day_is_the_dated_message_alone():
    doc = _doc("In accordance with your directive dated 13.10.50 I had a meeting with Kim Il Sung.", document_type="telegram",
               document_date=date(1950, 10, 14), document_date_precision="day", sender_names=["T. F. Shtykov"], recipient_names=["Joseph Stalin"])
    assert not [e for e in extract_events(doc) if e.method == "undated_sentence"]


@pytest.mark.parametrize(("text", "actor", "clause"), [
    ("After Gorbachev’s U.N. speech in December 1988, Thatcher would proclaim the Cold War over.", "Margaret Thatcher", "Thatcher would"),
    ("Following the Reykjavik summit in October 1986, Reagan would call the meeting a turning point.", "Ronald Reagan", "Reagan would"),
    ("After the invasion of Czechoslovakia in August 1968, the Romanian leadership would condemn the intervention.",
     "Romanian leadership", "the Romanian"),
])
def test_a_historys_act_told_as_to_come_after_a_dated_one_happened_undated(text, actor, clause):
    doc = ParsedDocument(parser="test/1", source_type="book_excerpt", blocks=[Block("paragraph", 0, len(text), text, language="en")])
    told = [(text[e.evidence_start:].startswith(clause), e.date_kind, e.sources) for e in extract_events(doc) if e.date_kind == "undated"]
    assert told == [(True, "undated", [actor])]


@pytest.mark.parametrize("text", [
    "After the talks in May 1956, the delegation would agree if the Soviet side asked.",  # a condition
    "After the talks in May 1956, the delegation would not agree to the list.",  # a refusal, read as one
])
def test_would_after_a_dated_act_in_a_condition_or_refusal_is_no_act_to_come(text):
    doc = ParsedDocument(parser="test/1", source_type="book_excerpt", blocks=[Block("paragraph", 0, len(text), text, language="en")])
    assert not [e for e in extract_events(doc) if e.date_kind == "undated"]


@pytest.mark.parametrize(("language", "text", "frame"), [
    ("en", "Given the situation, at the request of the majority of the Presidium, they intervened in that country.", "at the request of"),
    ("en", "The delegation came to Hanoi at the invitation of the Vietnamese government.", "at the invitation of"),
    ("ru", "Советские войска вошли в Будапешт по просьбе венгерского правительства.", "по просьбе"),
    ("zh", "应越南政府的邀请,代表团访问了河内。", "应"),
])
def test_an_earlier_request_an_act_answers_was_made_by_the_documents_day(language, text, frame):
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="telegram", document_date=date(1968, 8, 21),
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language=language)])
    asked = [(text[e.evidence_start:].startswith(frame), e.date_kind, e.end_date) for e in extract_events(doc) if e.method == "undated_sentence"]
    assert asked == [(True, "upper_bound", date(1968, 8, 21))]


def test_whose_initiative_an_act_was_is_told_with_the_act_not_as_a_request_of_its_own():
    text = "The conference was convened on the initiative of the Soviet Union."
    doc = ParsedDocument(parser="test/1", source_type="archival_record", document_type="minutes", document_date=date(1967, 7, 12),
                         document_date_precision="day", blocks=[Block("paragraph", 0, len(text), text, language="en")])
    assert not [e for e in extract_events(doc) if text[e.evidence_start:].startswith("on the initiative")]


@pytest.mark.parametrize(("text", "day"), [
    ("12 May 1953 the delegation left for Berlin.", date(1953, 5, 12)),
    ("12 May 1953, the delegation left for Berlin.", date(1953, 5, 12)),
    ("3 June 1953, Ulbricht told the Soviet representatives that the course would change.", date(1953, 6, 3)),
    ("12 May 1953 TOP SECRET The delegation left for Berlin.", None),  # a dateline run onto the line of the text below it
])
def test_an_english_date_opening_a_passage_dates_the_clause_it_runs_into_in_lower_case_or_after_a_comma(text, day):
    doc = _doc(text, document_type="telegram", document_date=date(1953, 6, 20), document_date_precision="day",
               sender_names=["Vasily Kuznetsov"], recipient_names=["Leonid Brezhnev"])
    days = {e.start_date for e in extract_events(doc) if e.date_kind in (None, "exact")} - {date(1953, 6, 20)}
    assert days == ({day} if day else set())


@pytest.mark.parametrize(("turn", "speaker"), [
    ("周恩来:我们希望了解你们的意见。", "Zhou Enlai"),
    ("柯西金：我们同意你们的意见。", "Alexei Kosygin"),
    ("毛泽东:我们希望两党关系改善。", "Mao Zedong"),
])
def test_a_chinese_turn_whose_label_runs_into_its_words_is_the_speakers_at_the_meeting(turn, speaker):
    doc = _doc("谈话记录", turn, document_type="record_of_conversation", document_date=date(1965, 2, 5), document_date_precision="day")
    doc.blocks[1].language = "zh"
    assert [(e.block, e.sources, e.start_date) for e in extract_events(doc) if e.method == "document_act"] == [
        (1, [speaker], date(1965, 2, 5))]


@pytest.mark.parametrize(("text", "day"), [
    ("The Soviet government did not reply to the note of 5 March.", date(1968, 3, 5)),
    ("The Soviet government replied to the note of 5 March.", date(1968, 3, 5)),
    ("The Czechoslovak leaders rejected the letter of 15 July.", date(1968, 7, 15)),
])
def test_a_message_named_by_its_date_after_the_verb_acting_on_it_is_sent_that_day_by_someone_else(text, day):
    doc = _doc(text, document_type="telegram", document_date=date(1968, 8, 21), document_date_precision="day",
               sender_names=["Stepan Chervonenko"], recipient_names=["Leonid Brezhnev"])
    dated = [(e.event_type, e.sources) for e in extract_events(doc) if e.start_date == day]
    assert dated == [("message_sent", [])]


@pytest.mark.parametrize(("line", "members"), [
    ("Cde. Suslov agrees.", [["Mikhail Suslov"]]),
    ("Comrade Brezhnev objects.", [["Leonid Brezhnev"]]),
    ("Cdes. Kozlov and Furtseva support.", [["Kozlov", "Yekaterina Furtseva"]]),
])
def test_a_members_one_verb_line_is_his_own_turn_not_the_last_speakers(line, members):
    doc = _minutes("Cde. Mikoyan: Nasser telephoned our ambassador last night and asked for support.", line)
    turns = [e.sources for e in extract_events(doc) if e.method == "document_act" and e.block == 2]
    assert turns == members


@pytest.mark.parametrize(("line", "speaker"), [
    ("Chen Yi then remarked that the American delegation had again refused to discuss the advisers.", "Chen Yi"),
    ("Zhou Enlai noted that the talks in Geneva had stalled for a month.", "Zhou Enlai"),
])
def test_a_paragraph_opening_with_a_named_speaker_is_his_turn_not_the_last_speakers(line, speaker):
    doc = _doc("Record of Conversation between Ambassador Chervonenko and Vice Premier Chen Yi",
               "CHERVONENKO: I thanked him for the information and said that I would report it to Moscow.", line,
               title="Record of Conversation between Ambassador Chervonenko and Vice Premier Chen Yi",
               document_type="record of conversation", document_date=date(1961, 11, 14), document_date_precision="day")
    turns = [e.sources for e in extract_events(doc) if e.method == "document_act" and e.block == 2]
    assert turns == [[speaker]]


@pytest.mark.parametrize("label", ["CHERVONENKO - ", "Chervonenko - ", "CHERVONENKO: "])
def test_a_label_parted_by_a_spaced_hyphen_names_the_turns_speaker(label):
    doc = _doc("Record of Conversation between Ambassador Chervonenko and Vice Premier Chen Yi",
               "Chen Yi: I asked you to come in order to inform you of our view on the Laos conference.",
               label + "I thanked him for the information and said that I would immediately report it to Moscow.",
               title="Record of Conversation between Ambassador Chervonenko and Vice Premier Chen Yi",
               document_type="record of conversation", document_date=date(1961, 11, 14), document_date_precision="day")
    turns = [e.sources for e in extract_events(doc) if e.method == "document_act" and e.block == 2]
    assert turns == [["Stepan Chervonenko"]]


@pytest.mark.parametrize("said", [
    "CHERVONENKO - I thanked him for the information and said that I would report it to Moscow.",
    "Chervonenko: I reminded him that the conference would resume next week.",
])
def test_what_a_speaker_did_to_him_in_a_talk_of_two_was_done_to_the_other_party(said):
    doc = _doc("Record of Conversation between Ambassador Chervonenko and Vice Premier Chen Yi",
               "Chen Yi: I asked you to come in order to inform you of our view on the Laos conference.", said,
               title="Record of Conversation between Ambassador Chervonenko and Vice Premier Chen Yi",
               document_type="record of conversation", document_date=date(1961, 11, 14), document_date_precision="day")
    turns = [(e.sources, e.targets) for e in extract_events(doc) if e.method == "document_act" and e.block == 2]
    assert turns == [(["Stepan Chervonenko"], ["Chen Yi"])]


@pytest.mark.parametrize(("title", "turn", "language", "spoken"), [
    ("Запись беседы посла СССР в КНДР А.М. Пузанова с Ким Ир Сеном 2 октября 1959 г.",
     "Ким Ир Сен: Благодарю за приглашение. Вопрос о сроках поездки мы обсудим на будущей неделе.", "ru",
     (["Kim Il Sung"], ["Alexander Puzanov"])),
    ("Запись беседы А.М. Пузанова с Ким Ир Сеном 12 мая 1958 г.",
     "Ким Ир Сен: Благодарим за тёплый приём. Вопрос о делегации мы обсудим в ЦК на будущей неделе.", "ru",
     (["Kim Il Sung"], ["Alexander Puzanov"])),
    ("周恩来同金日成谈话记录 1958年11月22日",
     "金日成：感谢邀请。我们下周讨论访问的日期。", "zh",
     (["Kim Il Sung"], ["Zhou Enlai"])),
])
def test_a_turn_opening_with_thanks_is_said_to_the_other_party_the_title_names(title, turn, language, spoken):
    doc = ParsedDocument(parser="test/1", blocks=[Block("paragraph", 0, len(turn), turn, language=language)], title=title,
                         source_type="archival_record", document_type="record of conversation",
                         document_date=date(1958, 11, 22), document_date_precision="day")
    turns = [(e.sources, e.targets) for e in extract_events(doc) if e.method == "document_act"]
    assert turns == [spoken]


def _puzanov_talk(*turns: str) -> ParsedDocument:
    blocks, offset = [], 0
    for text in turns:
        blocks.append(Block("paragraph", offset, offset + len(text), text, language="ru"))
        offset += len(text) + 2
    return ParsedDocument(parser="test/1", blocks=blocks, title="Запись беседы посла СССР в КНДР А.М. Пузанова с Ким Ир Сеном 2 октября 1959 г.",
                          source_type="archival_record", document_type="record of conversation",
                          document_date=date(1959, 10, 2), document_date_precision="day")


@pytest.mark.parametrize(("label", "spoken"), [
    ("Пузанов. Я сказал, что в Москве будут рады видеть его в ноябре.", (["Alexander Puzanov"], ["Kim Il Sung"])),
    ("Пузанов. Я ответил, что этот вопрос будет изучен в Москве.", (["Alexander Puzanov"], ["Kim Il Sung"])),
    ("Пузанов: Я сказал, что советская сторона рассмотрит эту просьбу.", (["Alexander Puzanov"], ["Kim Il Sung"])),
])
def test_a_label_closed_by_a_full_stop_then_i_said_is_the_speakers_turn_to_the_other_party(label, spoken):
    doc = _puzanov_talk("Ким Ир Сен: Благодарю за приглашение. Вопрос о сроках поездки мы обсудим на будущей неделе.", label)
    turns = [(e.sources, e.targets) for e in extract_events(doc) if e.method == "document_act" and e.block == 1]
    assert turns == [spoken]


@pytest.mark.parametrize("said", [
    "Ким Ир Сен сообщил, что 28 сентября в Пхеньян прибыла китайская правительственная делегация.",
    "Ким Ир Сен сказал, что в прошлом месяце в провинции проведены учения армии.",
])
def test_a_russian_paragraph_opening_with_a_named_speaker_is_his_turn_not_the_last_speakers(said):
    doc = _puzanov_talk("Пузанов: Я сказал, что в Москве будут рады видеть его в ноябре.", said)
    turns = [e.sources for e in extract_events(doc) if e.method == "document_act" and e.block == 1]
    assert turns == [["Kim Il Sung"]]


@pytest.mark.parametrize("text", ["Moscow. We arrived late in the evening.", "Then I met with Kim. We talked for an hour."])
def test_a_place_or_a_sentence_before_a_full_stop_is_no_speakers_label(text):
    assert document_act.turn_name_in(text) is None


@pytest.mark.parametrize(("sentence", "subject"), [
    ("In the early hours of 4 November 1956, Soviet tanks re-entered Budapest.", ["Soviet tanks"]),
    ("On 12 October 1956 the Hungarian railwaymen stopped all trains to the west.", ["Hungarian railwaymen"]),
    ("On 3 May 1957 Polish marines re-occupied the harbour.", ["Polish marines"]),
])
def test_a_group_the_gazetteer_does_not_know_is_kept_as_the_subject_that_acted(sentence, subject):
    doc = _doc(sentence, source_type="book_page")
    acted = [e.sources for e in extract_events(doc) if e.method == "dated_sentence"]
    assert acted == [subject]


def test_a_message_sentence_opening_with_yu_has_the_writer_as_its_subject():
    """"（二）昨（七）日与金日成同志会商，……": no subject, the writer met them; a sentence with its own subject is not."""
    assert passages.writer_with("（二）昨（七）日与金日成同志会商，同意各军主力转入休整。", 1951) == ["Kim Il Sung"]
    assert passages.writer_with("（三）朝鲜人民军第一、五军团拟于下旬向原州方向出击。", 1951) == []


def test_a_group_an_organisation_qualifies_is_named_once_as_the_group():
    from pipeline.extract.events import common

    assert common.clause_names("In early December the Warsaw Pact leaders gathered in Moscow.", "en") == ["Warsaw Pact leaders"]


@pytest.mark.parametrize(("turn", "day"), [
    ("Comrade Jaruzelski: The units of the military district were put on alert on Monday.", date(1956, 10, 29)),
    ("Comrade Cyrankiewicz: The price increases were announced on Saturday, and the population received them badly.", date(1956, 10, 27)),
])
def test_a_turn_opening_with_an_act_on_a_day_of_the_week_is_that_days_act_beside_the_turn(turn, day):
    doc = _minutes("Cde. Mikoyan: Nasser telephoned our ambassador last night and asked for support.", turn)
    days = sorted({e.start_date for e in extract_events(doc) if e.block == 2})
    assert days == [day, date(1956, 10, 30)]


@pytest.mark.parametrize("line", [
    "Comrade Honecker welcomed Comrade Husák and stated that the Politburo had discussed the visit on 6 September.",
    "Comrade Husák thanked him for the invitation and reported that the Presidium had met on 2 September.",
])
def test_a_speakers_telling_of_an_earlier_act_is_a_row_of_the_meeting_day_beside_the_act(line):
    doc = _doc("Record of Conversation between Comrade Honecker and Comrade Husák", line,
               title="Record of Conversation between Comrade Honecker and Comrade Husák",
               document_type="record of conversation", document_date=date(1977, 9, 13), document_date_precision="day")
    days = [e.start_date for e in extract_events(doc) if e.block == 1]
    assert date(1977, 9, 13) in days and any(d is not None and d < date(1977, 9, 13) for d in days)


@pytest.mark.parametrize(("line", "who"), [
    ("Recorded: Friedrich Trappen", "Friedrich Trappen"),
    ("Signed: Aurel Mălnășan, ambassador", "Aurel Mălnășan"),
])
def test_an_undated_recorder_or_signer_line_closing_the_text_is_written_on_the_documents_day(line, who):
    doc = _doc("Telegram", "The talks ended in a cordial atmosphere.", line, document_type="telegram",
               document_date=date(1968, 1, 26), document_date_precision="day")
    rows = [(e.sources, e.start_date) for e in extract_events(doc) if e.block == 2]
    assert rows == [([who], date(1968, 1, 26))]


def test_a_name_written_after_an_office_resolves_its_surname_later_on_the_page():
    from pipeline.extract.events.common import clause_names, page_names, reading_page

    page = ["Minister of Foreign Affairs Louis Lansana Béavogui was present.", "Later Béavogui told me that the ambassador would leave."]
    assert page_names(page)["Béavogui"] == "Louis Lansana Béavogui"
    with reading_page(page):
        assert clause_names("but Béavogui told me", "en") == ["Louis Lansana Béavogui"]


def test_a_known_persons_surname_alone_is_that_person_where_the_page_wrote_him_in_full():
    from pipeline.extract.events.common import page_names, reading_page, window_actors

    page = ["Note on the conversation with Comrade Daniel Ortega Saavedra.", "Comrade Ortega thanked the SED on 23 May for the shipments."]
    assert page_names(page)["Ortega"] == "Daniel Ortega"
    with reading_page(page):
        assert window_actors("Comrade Ortega thanked the SED on 23 May for the shipments.", None)[0] == ["Daniel Ortega"]
        assert window_actors("Comrade Ortega: On 12 May the Soviet ambassador called on me.", None)[0] == ["Soviet ambassador"]  # a label
    # two men of one surname on the page: the surname alone names neither
    two = ["Major-General Walter Walker commanded in Borneo.", "The attaché, Major Roderick Walker, played the bagpipes.", "Walker left."]
    assert "Walker" not in page_names(two)
    # every initial of a name the page writes with initials
    assert page_names(["According to N. M. Pegov, Moscow will oppose it."])["Pegov"] == "N. M. Pegov"


def test_he_opening_a_clause_with_a_name_after_with_is_the_one_spoken_of_last():
    from pipeline.extract.events.common import window_actors

    assert window_actors("He had spoken with Comrade Brezhnev by telephone on 21 July", "Todor Zhivkov") == (["Todor Zhivkov"], ["Leonid Brezhnev"])
    assert window_actors("She then met with Tito on 3 May", "Indira Gandhi") == (["Indira Gandhi"], ["Josip Broz Tito"])
    assert window_actors("He said that Tito would come on 3 May", "Indira Gandhi") == (["Josip Broz Tito"], [])  # the clause's own subject


def test_a_person_stands_for_his_own_state_which_is_no_second_actor_beside_him():
    doc = _doc("On 12 March 1963 Premier Zhou Enlai told the Ceylonese ambassador that China would send rice to Colombo.")
    actors = [n for e in extract_events(doc) if e.start_date == date(1963, 3, 12) for n in e.sources + e.targets]
    assert "Zhou Enlai" in actors
    assert "China" not in actors


def test_an_african_head_of_state_stands_for_his_state_on_a_row():
    doc = _doc("On 4 March 1964 President Nkrumah wrote to Zhou Enlai that Ghana would back the conference.")
    actors = [n for e in extract_events(doc) if e.start_date == date(1964, 3, 4) for n in e.sources + e.targets]
    assert "Kwame Nkrumah" in actors
    assert "Ghana" not in actors


@pytest.mark.parametrize(("sentence", "second", "days"), [
    ("The airport was closed on Monday night and reopened yesterday afternoon.", "reopened yesterday afternoon",
     [date(1966, 1, 31), date(1966, 2, 2)]),
    ("A state of emergency was declared on Tuesday but lifted this morning.", "lifted this morning", [date(1966, 2, 1), date(1966, 2, 3)]),
])
def test_a_cables_second_verb_of_one_subject_with_its_own_day_counted_from_the_writing_is_an_act_of_that_day(sentence, second, days):
    doc = _letter("Sent: 3.2.1966, 14:00", sentence, day=date(1966, 2, 3))
    rows = [e for e in extract_events(doc) if e.block == 1]
    assert sorted(e.start_date for e in rows) == days
    assert [doc.blocks[1].text[e.evidence_start: e.evidence_end] for e in rows if e.start_date == days[1]] == [second]


@pytest.mark.parametrize(("line", "hand"), [
    ("Decoded 4.V.71 at 10.20 by cipher clerk Petrova", ["Petrova"]),
    ("Deciphered: 4.05.1971, 10:20 (Bucharest time), operator V. Ionescu", ["V. Ionescu"]),
])
def test_a_cables_handling_line_names_its_hand_after_his_duty(line, hand):
    events = extract_events(_letter("Sent: 3.05.1971, 22:00", line, "Yesterday the army took the radio station.", day=date(1971, 5, 3)))
    assert [(e.event_type, e.start_date, e.sources) for e in events if e.block == 1] == [("deciphered", date(1971, 5, 4), hand)]


def test_a_weekday_before_a_group_that_opens_the_clause_is_its_time_not_part_of_its_name():
    events = extract_events(_letter("The minister said that last Friday Rhodesian soldiers had crossed the border near Francistown.",
                                    day=date(1976, 4, 8)))
    assert any(e.sources == ["Rhodesian soldiers"] for e in events)
    assert not any(any("Friday" in n for n in e.sources) for e in events)


@pytest.mark.parametrize("sentence", [
    "He told me that he had asked President Tito for arms in January.",
    "He had met Tito at Brioni on 3 May.",
    "He said that he had protested to Tito on 9 April about the arrests.",
])
def test_he_before_a_verb_of_two_parties_is_the_one_spoken_of_last_beside_the_other_named(sentence):
    doc = _doc("Telegram from the Embassy in Cairo", "Nasser spoke of the Yemen war for an hour. " + sentence,
               title="Telegram from the Embassy in Cairo", document_type="telegram", document_date=date(1957, 9, 29),
               document_date_precision="day")
    dated = [e for e in extract_events(doc) if e.method == "dated_sentence"]
    assert [(e.sources, e.targets) for e in dated] == [(["Gamal Abdel Nasser"], ["Josip Broz Tito"])]


def test_an_envoy_set_off_by_commas_after_his_post_is_named_later_by_his_surname():
    doc = _doc("Memorandum for the Secretary",
               "Whether to authorize our Ambassador in Valletta, Harold Prentice, to sign the air agreement on 20 May.",
               "On Monday the Maltese government told Prentice that it wanted the signing done before the elections.",
               title="Memorandum for the Secretary", document_type="memorandum", document_date=date(1977, 9, 29),
               document_date_precision="day")
    told = [e for e in extract_events(doc) if e.block == 2 and e.start_date == date(1977, 9, 26)]
    assert told and all("Harold Prentice" in e.sources + e.targets for e in told)
