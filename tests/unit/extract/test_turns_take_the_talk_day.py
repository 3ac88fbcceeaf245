"""The day a talk or a session was held governs its turns: a record's speakers speak on the day its head or its opening
sentence names, not on the day the record was written up, nor on a day an earlier turn told of. Sentences of our own,
in other words, names and days than the pages the rules were read from (tests/fixtures/probes_events13, 14)."""

from datetime import date

import pytest

from pipeline.extract.events import extract_events
from pipeline.normalize.text import decode
from pipeline.seed import parse_text

WILSON = "https://digitalarchive.wilsoncenter.org/document/x"


def _rows(title: str, body: list[str]):
    text = decode((f"source: {WILSON}\n{title}\n\n" + "\n\n".join(body) + "\n").encode())[0]
    doc = parse_text(text)
    return [(doc.blocks[e.block].text[e.evidence_start: e.evidence_end], e.start_date, e.end_date) for e in extract_events(doc)]


def _days(rows, words: str) -> set[tuple[date | None, date | None]]:
    return {(start, end) for evidence, start, end in rows if evidence.startswith(words)}


@pytest.mark.parametrize(("title", "body", "turn", "day"), [
    ("Minutes of the Meeting of the Politburo of the Central Committee of the Bulgarian Communist Party",
     ["Protocol No. 14", "Session of 9 June 1966", "Present: T. Zhivkov, B. Bulgaranov, S. Todorov.",
      "Comrade Todorov reported that on 2 June a Romanian delegation had arrived in Sofia. On 4 June the talks were broken off.",
      "Comrade Bulgaranov said that the Romanian comrades were seeking a pretext.", "Comrade Zhivkov agreed."],
     "Comrade Bulgaranov said", date(1966, 6, 9)),
    ("Minutes of the Meeting of the Presidium of the Central Committee of the Communist Party of Czechoslovakia",
     ["Minutes No. 31", "of the meeting of the Presidium on Tuesday, 22 October 1968, in the meeting room of the Presidium",
      "Present: A. Dubček, O. Černík, L. Svoboda.",
      "Re 1: Comrade Černík reported on the treaty. On 16 October the treaty on the stationing of troops was signed in Prague.",
      "Comrade Svoboda proposed that the National Assembly debate the treaty."],
     "Comrade Svoboda proposed", date(1968, 10, 22)),
])
def test_a_session_s_turns_are_on_its_day_not_on_a_day_a_turn_told_of(title, body, turn, day):
    assert _days(_rows(title, body), turn) == {(day, day)}


@pytest.mark.parametrize(("head", "turn", "day"), [
    ("on the conversation of Comrade Hermann Axen, member of the Politburo and Secretary of the Central Committee of the "
     "SED, with the Foreign Minister of India, Sardar Swaran Singh, and his deputy, on 3 March 1970 in New Delhi",
     "Comrade Axen asked about the position of India", date(1970, 3, 3)),
    ("on the talks of the delegation of the Central Committee of the SED, led by Comrade Paul Verner, with the leadership "
     "of the Communist Party of Finland, headed by its chairman Aarne Saarinen, held on 14 May 1971 in Helsinki",
     "Comrade Axen asked about the position of India", date(1971, 5, 14)),
])
def test_a_note_written_later_gives_its_turns_the_day_its_long_heading_names(head, turn, day):
    rows = _rows("Note on the Conversation", ["Berlin, 20 May 1971", "Note", head,
                                               "Comrade Axen asked about the position of India on the treaty.",
                                               "The Minister answered that India welcomed it."])
    assert _days(rows, turn) == {(day, day)}
    assert _days(rows, "The Minister answered") == {(day, day)}


@pytest.mark.parametrize(("opening", "day"), [
    ("The Prime Minister received Ambassador Jaroszewicz at his office in the Parliament building on the morning of "
     "4 April, an hour before the cabinet met.", date(1966, 4, 4)),
    ("I was received by the Foreign Minister in his residence on 2 April at 11:00, at my own request, for a conversation "
     "that lasted an hour.", date(1966, 4, 2)),
])
def test_a_note_dated_at_its_foot_gives_its_turns_the_day_its_opening_sentence_names(opening, day):
    rows = _rows("Note on the Conversation between Ambassador Jaroszewicz and the Prime Minister of India",
                 [opening, "The Prime Minister said that India would not sign the treaty.",
                  "He asked whether Poland had been consulted.", "Delhi, 6 April 1966", "Recorded by: J. Nowak"])
    assert _days(rows, "The Prime Minister said") == {(day, day)}
    assert _days(rows, "He asked") == {(day, day)}


def test_an_archive_summary_over_the_record_s_heading_does_not_hide_its_opening_day():
    rows = _rows("Record of Conversation between the Bulgarian Ambassador and President Nyerere of Tanzania",
                 ["Wilson Center Digital Archive",
                  "The Bulgarian ambassador reports on a talk with the President of Tanzania about the refugee camps "
                  "in the south.", "RECORD OF CONVERSATION", "with the President of the United Republic of Tanzania",
                  "On Tuesday, 8 May, the President received me at State House at my request, with his secretary present.",
                  "The President said that the camps had been shelled twice.", "He asked for tents and medicines.",
                  "Ambassador of the People's Republic of Bulgaria", "Dar es Salaam, 11 May 1973"])
    assert _days(rows, "The President said") == {(date(1973, 5, 8), date(1973, 5, 8))}
    assert _days(rows, "He asked") == {(date(1973, 5, 8), date(1973, 5, 8))}


def test_an_opening_sentence_that_looks_back_months_gives_no_talk_day():
    rows = _rows("Note on the Conversation between Ambassador Jaroszewicz and the Prime Minister of India",
                 ["The Prime Minister recalled at the outset that the treaty had been signed on 12 January, before the "
                  "elections, and that it stood.", "The Prime Minister said that India would not sign the new treaty.",
                  "Delhi, 6 April 1966"])
    assert _days(rows, "The Prime Minister said") == {(date(1966, 4, 6), date(1966, 4, 6))}


@pytest.mark.parametrize(("sentence", "teller", "told"), [
    ("He informed her about the results of the party congress held in Warsaw in June last year.", "He informed her about",
     date(1965, 6, 1)),
    ("The Ambassador thanked the Minister for the help his government had given during the floods of 12 March.",
     "The Ambassador thanked the Minister for", date(1966, 3, 12)),
    ("The Minister briefed him on the session of the Disarmament Committee of 2 February.", "The Minister briefed him on",
     date(1966, 2, 2)),
])
def test_a_turn_that_tells_of_a_dated_thing_gives_two_rows(sentence, teller, told):
    rows = _rows("Note on the Conversation between Ambassador Jaroszewicz and the Prime Minister of India",
                 ["The Prime Minister received Ambassador Jaroszewicz at his office on the morning of 4 April 1966.",
                  sentence, "Delhi, 6 April 1966"])
    assert {(start, end) for evidence, start, end in rows if evidence.strip() == teller} == {(date(1966, 4, 4), date(1966, 4, 4))}
    assert any(start == told for _, start, _ in rows)


@pytest.mark.parametrize(("title", "body", "turn", "day"), [
    ("Протокол заседания Президиума ЦК КПСС",
     ["Протокол № 12", "Заседание 17 марта 1969 г.", "Присутствовали: Л. И. Брежнев, А. Н. Косыгин, А. А. Громыко.",
      "Тов. Громыко сообщил, что 2 марта китайские войска напали на пограничную заставу. 15 марта произошло второе столкновение.",
      "Тов. Косыгин заявил, что необходимо направить ноту правительству КНР."],
     "Тов. Косыгин заявил", date(1969, 3, 17)),
    ("中共中央政治局会议记录",
     ["时间：一九六九年三月十七日", "出席：毛泽东、周恩来、林彪", "周恩来报告说，三月二日苏军在珍宝岛挑起武装冲突。十五日又发生第二次冲突。",
      "林彪说，要加强东北边防。", "毛泽东同意。"],
     "毛泽东同意", date(1969, 3, 17)),
    ("中共中央政治局会议记录",
     ["时间：一九六九年三月十七日", "出席：毛泽东、周恩来、林彪", "周恩来报告说，三月二日苏军在珍宝岛挑起武装冲突。十五日又发生第二次冲突。",
      "林彪同志说，要加强东北边防。"],
     "林彪同志说", date(1969, 3, 17)),
])
def test_a_session_s_turns_in_russian_and_chinese_are_on_its_day(title, body, turn, day):
    assert _days(_rows(title, body), turn) == {(day, day)}


@pytest.mark.parametrize(("title", "body", "saying", "told"), [
    ("中共中央政治局会议记录",
     ["时间：一九六九年三月十七日", "出席：毛泽东、周恩来、林彪", "周恩来报告说，三月二日苏军在珍宝岛挑起武装冲突。"],
     "周恩来报告说", date(1969, 3, 2)),
    ("刘少奇主席与尼雷尔总统会谈记录",
     ["一九六五年二月二十日整理", "一九六五年二月十七日下午，刘少奇主席在人民大会堂会见尼雷尔总统。",
      "刘主席说，去年十一月二十四日比利时伞兵在斯坦利维尔降落。"],
     "刘主席说", date(1964, 11, 24)),
])
def test_a_chinese_turn_that_tells_of_a_dated_act_gives_the_saying_on_the_talk_s_day_too(title, body, saying, told):
    rows = _rows(title, body)
    talk = date(1969, 3, 17) if "时间" in body[0] else date(1965, 2, 17)
    assert {(start, end) for evidence, start, end in rows if evidence == saying} == {(talk, talk)}
    assert any(start == told for _, start, _ in rows)


def test_a_chinese_note_written_up_later_gives_its_turns_the_day_its_opening_sentence_names():
    rows = _rows("刘少奇主席与尼雷尔总统会谈记录", ["一九六五年二月二十日整理", "一九六五年二月十七日下午，刘少奇主席在人民大会堂会见尼雷尔总统。",
                                            "尼雷尔总统表示，希望中国帮助修建铁路。"])
    assert _days(rows, "尼雷尔总统表示") == {(date(1965, 2, 17), date(1965, 2, 17))}



@pytest.mark.parametrize(("decision", "body"), [
    ("The Politburo decided to send Comrade Nguyen Van Vinh to the South.", "Politburo"),
    ("The Presidium took note of the report of the delegation.", "Presidium"),
])
def test_a_paragraph_the_body_opens_is_its_own_act_on_the_session_day_not_the_last_speakers(decision, body):
    title = f"Minutes of the Meeting of the {body} of the Central Committee of the Communist Party of Czechoslovakia"
    text = decode((f"source: {WILSON}\n{title}\n\n" + "\n\n".join([
        "Session of 9 June 1966", "Present: A. Novotný, J. Lenárt, O. Šik.",
        "Comrade Lenárt reported on the situation in the South. On 2 June the talks were broken off.",
        "Comrade Novotný concluded that the party must prepare for a long struggle.", decision]) + "\n").encode())[0]
    doc = parse_text(text)
    rows = [e for e in extract_events(doc) if doc.blocks[e.block].text.startswith(decision[:20])]
    assert rows and all(e.start_date in (None, date(1966, 6, 9)) or e.start_date == e.end_date == date(1966, 6, 9) for e in rows)
    assert any(body in " ".join(e.sources) for e in rows)
