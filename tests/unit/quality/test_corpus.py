"""The exhaustive-gold scorer: date agreement by kind, names through aliases, evidence overlap."""

from datetime import date

from pipeline.quality.corpus import (
    CorpusScores,
    GoldEvent,
    Names,
    _citation_key,
    fold,
    format_actors,
    format_report,
    score_events,
    type_category,
)


def _gold(kind, evidence="Kim asked me to help.", actors=(), **dates):
    event = {"id": "E1", "date_kind": kind, "precision": dates.pop("precision", "day"), "time": None, "evidence": [evidence],
             "actors": list(actors), "date": None, "date_start": None, "date_end": None, "dates": None, "date_approx": None}
    return event | dates


def _row(start, end, evidence="Kim asked me to help.", sources=(), targets=()):
    return {"start_date": start, "end_date": end, "evidence_text": evidence, "source_names": list(sources), "target_names": list(targets)}


def test_an_exact_day_wants_that_day_and_a_month_any_day_inside_it():
    day = GoldEvent.from_json("f", _gold("exact", date="1950-10-13"))
    assert day.agrees(date(1950, 10, 13), date(1950, 10, 13))
    assert not day.agrees(date(1950, 10, 1), date(1950, 10, 31))
    month = GoldEvent.from_json("f", _gold("exact", date="1961-06", precision="month"))
    assert month.agrees(date(1961, 6, 1), date(1961, 6, 30))
    assert not month.agrees(None, date(1961, 6, 30))


def test_a_bound_wants_an_open_start_and_the_same_end():
    bound = GoldEvent.from_json("f", _gold("upper_bound", date_end="1949-10-20"))
    assert bound.agrees(None, date(1949, 10, 20))
    assert not bound.agrees(date(1949, 10, 20), date(1949, 10, 20))


def test_a_range_and_alternatives_want_the_same_start_and_end():
    span = GoldEvent.from_json("f", _gold("range", date_start="1950", date_end="1953", precision="year"))
    assert span.agrees(date(1950, 1, 1), date(1953, 12, 31))
    several = GoldEvent.from_json("f", _gold("multiple", dates=["1956-10-19", "1956-10-20", "1956-10-21"]))
    assert several.agrees(date(1956, 10, 19), date(1956, 10, 21))
    assert not several.agrees(date(1956, 10, 19), date(1956, 10, 19))


def test_an_undated_event_wants_no_date():
    undated = GoldEvent.from_json("f", _gold("undated", precision=None))
    assert undated.agrees(None, None)
    assert not undated.agrees(None, date(1950, 1, 1))


def test_names_match_through_the_gazetteer_the_page_aliases_and_surnames():
    names = Names({"T. F. Shtykov": ["S H T Y K O V", "Shtykov"]})
    assert names.same("Filippov", "Joseph Stalin")
    assert names.same("S H T Y K O V", "T. F. Shtykov")
    assert names.same("Ulbricht", "Walter Ulbricht")
    assert not names.same("Kim Il Sung", "Pak Hon Yong")
    assert names.same_sets(["Joseph Stalin", "Mao Zedong"], ["Mao Zedong", "Stalin"])
    assert not names.same_sets(["Joseph Stalin"], ["Joseph Stalin", "Mao Zedong"])


def test_document_types_compare_by_category():
    assert type_category("ciphered telegram") == type_category("telegram")
    assert type_category("memorandum of conversation") == type_category("record_of_conversation")
    assert type_category("working notes") == type_category("minutes")
    assert type_category("letter") != type_category("telegram")
    assert type_category("book pages") == type_category("book_pages")  # CORPUS.md's head phrase for a book's page


def test_citation_parts_are_compared_without_their_labels_in_any_script():
    ours = {"archive": "RGANI", "fond": "2", "opis": "1", "delo": "745", "papka": None, "folios": "12-13"}
    assert _citation_key({"archive": "RGANI", "fond": "Ф. 2", "opis": "Оп. 1", "delo": "Д. 745", "folios": "Л. 12–13"}) == _citation_key(ours)
    assert _citation_key({"archive": "RGANI", "fond": "f. 2", "opis": "op. 1", "delo": "a.e. 745", "folios": "ll. 12-13"}) == _citation_key(ours)
    assert _citation_key({"archive": "RGANI", "fond": "Ф. 2", "opis": "Оп. 1", "delo": "Д. 746", "folios": "Л. 12–13"}) != _citation_key(ours)


def test_a_label_is_taken_off_a_part_only_as_a_word_of_its_own():
    # "lembar 52-53" (an Indonesian leaf), "dosar 220/7" (a Romanian file) open with the letters of "l" and "d": no label
    gold = {"archive": "ANRI", "fond": None, "opis": None, "delo": "dosar 220/7", "papka": None, "folios": "lembar 52-53"}
    assert _citation_key(gold)[3:] == ("dosar 220/7", "", "lembar 52-53")
    assert _citation_key({**gold, "delo": "d. 220/7", "folios": "l. 52-53"})[3:] == ("220/7", "", "52-53")


def test_an_event_is_found_by_overlapping_evidence_and_a_right_date():
    text = "Header\nIn accordance with your directive I met Kim. Kim asked me to help.\n"
    gold = {"file": "f", "aliases": {}, "events": [_gold("exact", date="1950-10-14", actors=["Kim Il Sung"])]}
    right = _row(date(1950, 10, 14), date(1950, 10, 14), "I met Kim. Kim asked me", sources=["Kim Il Sung"])
    wrong_day = _row(date(1950, 10, 13), date(1950, 10, 13))
    elsewhere = _row(date(1950, 10, 14), date(1950, 10, 14), "Header")
    score = score_events(gold, [right, wrong_day, elsewhere], text)
    assert list(score.found) == ["E1"] and score.actors_right == {"E1": True}
    assert score.rows_matching == 1 and len(score.beyond) == 2


def test_fold_ignores_case_and_whitespace():
    assert fold("Kim\u00a0 Il\nSung") == fold("kim il sung")


def test_names_match_by_surname_and_initials_and_either_name_order():
    names = Names()
    assert names.same("T. F. Shtykov", "Terentii Shtykov")
    assert names.same("Takeiri Yoshikatsu", "Yoshikatsu Takeiri")
    assert not names.same("P. F. Yudin", "Andrei Yudin")


def test_evidence_without_an_editions_page_mark_is_the_same_sentence():
    text = "Mr. Dulles said it was one of the most [Page 359] important statements.\nOther text here.\n"
    gold = {"file": "f", "aliases": {}, "events": [_gold("exact", "Mr. Dulles said it was one of the most [Page 359] important statements.", date="1956-10-30")]}
    ours = _row(date(1956, 10, 30), date(1956, 10, 30), "Mr. Dulles said it was one of the most important statements.")
    other = _row(date(1956, 10, 30), date(1956, 10, 30), "Other text here.")
    score = score_events(gold, [ours, other], text)
    assert list(score.found) == ["E1"] and score.rows_matching == 1


def test_the_actors_listing_shows_each_found_event_with_other_actors_its_kind_both_readings_and_evidence():
    text = "Header\nThe Chinese government had already sent a greeting. Kim asked me to help.\n"
    gold = {"file": "107_x.txt", "aliases": {}, "events": [
        _gold("upper_bound", "The Chinese government had already sent a greeting.", ["Chinese government", "German Democratic Republic"],
              date_end="1949-10-20"),
        _gold("exact", date="1949-10-20", actors=["Kim Il Sung"]) | {"id": "E2"},
    ]}
    greeting = _row(None, date(1949, 10, 20), "The Chinese government had already sent a greeting.", sources=["Chinese government"]) | {"method": "tense_sentence"}
    asked = _row(date(1949, 10, 20), date(1949, 10, 20), sources=["Kim Il Sung"]) | {"method": "document_act"}
    scores = CorpusScores([], [score_events(gold, [greeting, asked], text)])
    listing = format_actors(scores)
    assert "107 E1 [upper_bound] gold ['Chinese government', 'German Democratic Republic']" in listing
    assert "ours ['Chinese government'] -> [] (tense_sentence)" in listing and "already sent a greeting" in listing
    assert "E2" not in listing  # its actors are right
    assert "ok  107 E2" in format_actors(scores, wrong_only=False)


def test_the_report_lists_a_missed_event_whose_evidence_we_read_with_another_date():
    text = "Header\nThe delegation had left Vienna on 3 March. Kim asked me to help.\n"
    gold = {"file": "2301_x.txt", "aliases": {}, "events": [
        _gold("exact", "had left Vienna on 3 March", date="1961-03-03"),
        _gold("exact", date="1961-03-05") | {"id": "E2"},
    ]}
    left = _row(date(1960, 3, 3), date(1960, 3, 3), "The delegation had left Vienna on 3 March.") | {"event_type": "travel"}
    score = score_events(gold, [left], text)
    assert not score.found and list(score.dated_otherwise) == ["E1"]  # E2 was never read at all
    report = format_report(CorpusScores([], [score]))
    section = report.split("Found with another date (gold | ours):")[1].split("Found with other actors")[0]
    assert "2301 E1 [exact 1961-03-03] | 1960-03-03..1960-03-03 'had left Vienna on 3 March'" in section
    assert "E2" not in section


def test_a_lone_word_is_a_names_first_word_only_in_a_proper_name_and_a_descriptions_head_only_as_its_last():
    names = Names()
    assert names.same("Zhou", "Zhou Enlai")
    assert names.same("rebels", "Hungarian rebels")
    assert not names.same("Cuban", "Cuban construction workers")
    assert not names.same("Soviet", "Soviet leadership")


def test_a_page_read_blind_names_a_host_no_reader_knows():
    from pipeline.parse import PARSERS, read_provenance
    from pipeline.quality.corpus import blinded

    page = "\ufeffsource: https://history.state.gov/historicaldocuments/frus1969-76ve06/d212\n212. Memorandum\n".encode()
    url, _ = read_provenance(blinded(page).decode())
    assert url == "https://unknown.invalid/item"
    assert not any(getattr(p, "URL", None) and p.URL.search(url) for p in PARSERS)
    assert blinded(b"no source line\n") == b"no source line\n"


def test_an_envoys_post_written_after_his_office_names_the_same_envoy():
    names = Names()
    assert names.same("Chinese ambassador", "Chinese ambassador (Hanoi)")
    assert names.same("Soviet ambassador in Budapest", "Soviet ambassador")
    assert names.same("Ambassador of Finland in Warsaw", "the Ambassador of Finland")
    assert not names.same("Soviet ambassador in Prague", "Soviet ambassador in Warsaw")
    assert not names.same("Soviet ambassador", "Chinese ambassador in Moscow")
