"""Lines that are no events by their shape: a citation (in parentheses, under a note's number or label, a footnote opened
by a superscript number), an agenda's numbered items under their label."""

from __future__ import annotations

import pytest

from pipeline.extract.events.annotate import annotate, cites_an_archive, is_apparatus
from pipeline.extract.events.document_act import turn_name_in
from pipeline.extract.events.passages import agenda_items


@pytest.mark.parametrize(("sentence", "expected"), [
    ("(Cable 512 from Cairo; National Archives, RG 59, Central Files 1955–59, 774.00/5-1257)", True),
    ("(Letter from Nehru to Chou, 14 December 1959; Nehru Memorial Library, Box 3, Folder 12)", True),
    ("⁷ Arhiv Jugoslavije, fond 507, CK SKJ, IX/119.", True),
    ("(АВП РФ, ф. 022, оп. 7, п. 103, д. 12, л. 40–41)", True),
    ("2 РГАНИ, ф. 3, оп. 14, д. 210, л. 5.", True),
    ("（外交部档案馆，档号204-00112-01）", True),
    ("注：据《刘少奇年谱》下卷，中央文献出版社1996年版，第410页。", True),
    ("(The ambassador reported on 9 May that the Shah had left Tehran; see Central Files.)", False),  # a verb tells an act
    ("(Посол сообщил 9 мая, что шах покинул Тегеран; АВП РФ, ф. 094.)", False),
    ("（周恩来五月九日会见了大使，档案馆存有记录。）", False),
    ("Box 12 of the files was sent to Washington on 3 May, and the embassy kept the rest.", False),  # no citation's shape
])
def test_a_citation_by_its_shape(sentence: str, expected: bool) -> None:
    assert cites_an_archive(sentence) is expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("³ Ibid., IX/120.", True),
    ("¹¹ Ibid., p. 231.", True),
    ("⁵ Istoriia KPSS, vol. 5 (Moscow, 1980), 212.", True),
    ("⁵ Khrushchev told Tito on 27 May that the quarrel was over (Belgrade, 1955).", False),
])
def test_a_footnote_under_its_superscript_number(sentence: str, expected: bool) -> None:
    assert is_apparatus(sentence) is expected


def test_a_citation_in_parentheses_before_the_text_goes_on_is_apart_and_keeps_the_year() -> None:
    text = ("On May 3, 1958, the Ambassador saw Nasser. (Telegram 2911 from Cairo; National Archives, RG 59, Central Files "
            "1960–63, 611.86) The President met his advisers on May 5.")
    sentences, _ = annotate(text, 1958)
    cited = [s for s in sentences if s.text.startswith("(Telegram")]
    assert cited and cited[0].apparatus and cited[0].text.rstrip().endswith(")")
    last = sentences[-1]
    assert last.text.startswith("The President") and last.dates[0].start_date.year == 1958


@pytest.mark.parametrize(("texts", "expected"), [
    (["Present: Comrades A, B, C.", "Agenda:", "1. The situation in Laos after the coup of 9 August.",
      "2. The delegation to the congress of the Party of Labour.", "Ad 1. Comrade A reported. On 9 August ..."], {2, 3}),
    (["Agenda:", "1. Information on the talks in Moscow", "2. Current questions",
      "1. Comrade B: On 12 March the Chinese troops crossed the border near the river and occupied two villages."], {1, 2}),
    (["Повестка дня:", "1. О положении в Индонезии.", "2. О поездке делегации в Хельсинки.", "По первому вопросу выступил т. Иванов."], {1, 2}),
    (["议程：", "1. 关于越南局势。", "2. 其他事项。", "周恩来首先发言。"], {1, 2}),
    (["The agenda was adopted.", "1. The delegation arrived on 5 May."], set()),  # no label alone on its line
    (["Agenda:", "2. A numbered point that does not open the list."], set()),
])
def test_an_agendas_items_are_topics(texts: list[str], expected: set[int]) -> None:
    assert agenda_items(texts) == expected


def test_a_note_numbered_in_figures_that_names_a_dated_paper_stays_outside_a_list_of_notes() -> None:
    note = "12 RGANI, f. 5, op. 30, d. 12, l. 3; Gromyko to Khrushchev, 14 May 1960, AVP RF, f. 06, op. 2."
    assert not cites_an_archive(note, alone=True)
    assert cites_an_archive(note, alone=True, note=True)
    assert cites_an_archive("12 RGANI, f. 5, op. 30, d. 12, l. 3.", alone=True)


@pytest.mark.parametrize(("text", "expected"), [
    ("The talks broke down in May.³ When the congress met in July, the delegates refused to attend.",
     ["The talks broke down in May.³", "When the congress met in July, the delegates refused to attend."]),
    ("He called it “a tragedy.”¹² The Presidium met that night.", ["He called it “a tragedy.”¹²", "The Presidium met that night."]),
    ("Советские специалисты были отозваны на следующий день.⁴ Тито ответил 20 марта.",
     ["Советские специалисты были отозваны на следующий день.⁴", "Тито ответил 20 марта."]),
])
def test_a_superscript_note_mark_after_a_full_stop_ends_its_sentence(text: str, expected: list[str]) -> None:
    from pipeline.normalize.text import sentence_spans
    assert [text[a:b].strip() for a, b in sentence_spans(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("General Hugo Panasco Alvim of Brazil took command of the force", ["Hugo Panasco Alvim"]),
    ("Foreign Minister Raden Wiryo Santoso of Indonesia arrived in Delhi", ["Raden Wiryo Santoso"]),
    ("Marshal Ramon Ortega Vidal of Cuba ordered the withdrawal", ["Ramon Ortega Vidal"]),
    ("The Central Committee of the CPSU decided", None),  # no title before it: a body, left whole
])
def test_a_titled_name_before_of_and_a_state_is_the_person_not_the_state(text: str, expected: list[str] | None) -> None:
    from pipeline.extract.events.common import window_actors
    from pipeline.extract.mentions import find_mentions, find_unknown_names
    names = [n for _, _, n in find_unknown_names(text, find_mentions(text))]
    if expected is None:
        assert not names
    else:
        assert names == expected
        sources, targets = window_actors(text, None)
        assert not any(n in ("Brazil", "Indonesia", "Cuba") for n in sources + targets)


@pytest.mark.parametrize(("text", "state"), [
    ("President Nasser of Egypt received the ambassador", "Egypt"),
    ("Foreign Minister Ali Sastroamidjojo of Indonesia arrived in Delhi", "Indonesia"),
    ("President Modibo Keita of Mali arrived in Prague on 16 July", "Mali"),
])
def test_a_known_person_before_of_and_a_state_is_the_actor_the_state_says_whose(text: str, state: str) -> None:
    from pipeline.extract.events.common import window_actors
    sources, targets = window_actors(text, None)
    assert len(sources) == 1 and state not in sources + targets


def test_a_state_after_of_that_follows_no_person_stays_an_actor() -> None:
    from pipeline.extract.events.common import window_actors
    sources, targets = window_actors("Nasser spoke of Egypt's friendship with the Government of India", None)
    assert any("India" in n for n in sources + targets)


@pytest.mark.parametrize(("text", "expected"), [
    ("陈毅说：“可以考虑。”会谈于下午结束。", ["陈毅说：“可以考虑。”", "会谈于下午结束。"]),
    ("双方交换了意见（详见附件。）次日代表团离京。", ["双方交换了意见（详见附件。）", "次日代表团离京。"]),
    ("会谈于上午举行。下午代表团离京。", ["会谈于上午举行。", "下午代表团离京。"]),
])
def test_a_chinese_full_stop_inside_a_bracket_or_quotation_ends_its_sentence_with_the_closing_mark(text: str, expected: list[str]) -> None:
    assert [s.text for s in annotate(text, 1960, language="zh")[0]] == expected


def test_a_chinese_citation_in_brackets_with_its_full_stop_inside_is_apart() -> None:
    text = "（中共中央文献研究室编：《陈毅年谱（1901—1972）》下卷，人民出版社1995年版，第812页。）"
    sentences, _ = annotate(text, 1963, language="zh")
    assert len(sentences) == 1 and sentences[0].apparatus and sentences[0].text.endswith("）")


@pytest.mark.parametrize("line", [
    "The National Archives, Kew: FO 371/118832, Anglo-Egyptian Relations, 1956.",
    "Public Record Office, London: CAB 128/30, Cabinet Conclusions, 1956.",
])
def test_an_archives_name_and_town_before_its_file_is_no_speakers_turn(line: str) -> None:
    assert turn_name_in(line) is None
