"""A language with no file borrows its calendar words from dateparser's locale data, on a page written in it alone.

Finnish, Indonesian and Lithuanian stand for the languages ``pipeline/reference/lang`` has no file for.
"""

from __future__ import annotations

from datetime import date

from pipeline.extract.tense import read_cues
from pipeline.normalize.borrowed import borrowed_lexicon
from pipeline.normalize.dates import find_dates
from pipeline.normalize.lexicon import LANGUAGES, borrows, lexicon, page_language, reading


def _days(text: str) -> list[tuple[str, date]]:
    return [(m.text, m.start_date) for m in find_dates(text)]


def test_the_words_are_read_from_the_locale_data_into_a_files_keys():
    finnish = borrowed_lexicon("fi")
    assert finnish["months"]["toukokuuta"] == 5 and finnish["months"]["Toukokuuta"] == 5
    assert finnish["relative_days"]["eilen"] == -1 and finnish["weekdays"]["maanantaina"] == 0
    assert finnish["relative_periods"]["viime viikolla"] == "week"
    assert "ma" not in finnish["weekdays"]  # a week day's short form is too often another word
    assert not any(" " in p and len(p.split()[-1]) == 1 for p in finnish["relative_periods"])  # no "viime v"
    assert borrowed_lexicon("xx") == {} and borrowed_lexicon(None) == {}


def test_a_language_with_a_file_never_borrows():
    assert all(not lexicon(language).get("borrowed") for language in LANGUAGES)
    assert borrows("fi") and not borrows("ru") and not borrows("en")


def test_the_page_borrows_where_most_of_it_is_in_a_language_with_no_file():
    assert page_language([("fi", 900), ("en", 120), (None, 30)]) == "fi"
    assert page_language([("ru", 900), ("uk", 47)]) is None  # a Russian page with a heading read as Ukrainian
    assert page_language([]) is None


def test_the_borrowed_months_date_a_page_in_that_language_only():
    text = "Helsinki, 3. toukokuuta 1975. Valtuuskunta saapui kesäkuussa 1975."
    assert _days(text) == []
    with reading("fi"):
        assert _days(text)[0] == ("3. toukokuuta 1975", date(1975, 5, 3))
    assert _days("Jakarta, 17 Agustus 1945") == []
    with reading("id"):
        assert _days("Jakarta, 17 Agustus 1945") == [("17 Agustus 1945", date(1945, 8, 17))]


def test_a_year_first_language_writes_its_day_in_figures_after_the_year():
    # the year, the month and the day in figures, each closed by its full stop, as a Korean telegram's stamp writes
    # them too: read on every page, a borrowing language's or not
    assert _days("Vilnius, 1975. 5. 3.") == [("1975. 5. 3", date(1975, 5, 3))]
    with reading("lt"):
        assert _days("Vilnius, 1975. 5. 3.") == [("1975. 5. 3", date(1975, 5, 3))]


def test_the_days_named_from_the_day_of_writing_are_read_on_the_page_in_that_language():
    sentence = "Ministeri otti eilen vastaan suurlähettilään."
    assert read_cues(sentence, "fi") == []
    with reading("fi"):
        [cue] = [c for c in read_cues(sentence, "fi") if c.kind == "relative"]
    assert cue.days == -1 and sentence[cue.start: cue.end] == "eilen"


def test_the_words_a_locale_skips_join_the_day_the_month_and_the_year():
    assert _days("Barcelona, 13 de setembre de 1973") == []
    with reading("ca"):
        assert _days("Barcelona, 13 de setembre de 1973") == [("13 de setembre de 1973", date(1973, 9, 13))]


def test_one_language_of_the_dataset_joins_the_locales_dateparser_splits_it_into():
    months = borrowed_lexicon("sh")["months"]
    assert months["srpnja"] == 7 and months["jul"] == 7  # Croatian's July and Serbian's


def test_a_day_of_the_week_named_bare_is_read_on_the_page_in_that_language():
    # no opening word ("last") in the locale data: the day named alone, not followed by its date's figure
    sentence = "Ministeri otti maanantaina vastaan suurlähettilään."
    assert read_cues(sentence, "fi") == []
    with reading("fi"):
        [cue] = [c for c in read_cues(sentence, "fi") if c.kind == "relative"]
        assert cue.weekday == 0 and sentence[cue.start: cue.end] == "maanantaina"
        assert not [c for c in read_cues("Helsinki, maanantaina 5. toukokuuta 1975", "fi") if c.kind == "relative"]


def test_a_period_after_the_day_of_writing_marks_a_plan():
    assert "ensi viikolla" in borrowed_lexicon("fi")["planned"]
    sentence = "Ministeri matkustaa Moskovaan ensi viikolla."
    with reading("fi"):
        assert [c.kind for c in read_cues(sentence, "fi")] == ["planned"]


def test_a_days_full_stop_before_a_borrowed_month_ends_no_sentence():
    from pipeline.normalize.text import sentence_spans

    text = "D'Truppen sinn den 2. Mäerz ukomm. Dunn ass et roueg ginn."
    assert len(sentence_spans(text)) == 3  # a language with no file, not the page's: its month is a word like another
    with reading("lb"):
        assert [text[a:b].strip() for a, b in sentence_spans(text)] == ["D'Truppen sinn den 2. Mäerz ukomm.", "Dunn ass et roueg ginn."]


def test_a_day_after_a_borrowed_week_day_is_a_day_of_the_year_the_text_speaks_of():
    text = "Ministeri otti torstaina 12. 11. vastaan suurlähettilään."
    assert find_dates(text, context_year=1970) == []  # "torstaina" a word like another on a page in another language
    with reading("fi"):
        assert [(m.text, m.start_date) for m in find_dates(text, context_year=1970)] == [("12. 11.", date(1970, 11, 12))]


def test_the_day_before_yesterday_is_yesterdays_word_with_letters_glued_before_it():
    # Lithuanian's locale data has "vakar" (yesterday), not "užvakar"; Danish's "i går", not "i forgårs"
    sentence = "Ministras užvakar priėmė ambasadorių."
    assert read_cues(sentence, "lt") == []
    with reading("lt"):
        [cue] = [c for c in read_cues(sentence, "lt") if c.kind == "relative"]
        assert cue.days == -2 and sentence[cue.start: cue.end] == "užvakar"
        assert [c.days for c in read_cues("Ministras vakar priėmė ambasadorių.", "lt") if c.kind == "relative"] == [-1]


def test_an_ordinal_ending_glued_to_the_day_is_read_before_a_borrowed_month():
    with reading("el"):  # katharevousa's "τη 26η Μαΐου 1973", "της 1ης Μαΐου"
        assert _days("Εν Αθήναις τη 26η Μαΐου 1973") == [("26η Μαΐου 1973", date(1973, 5, 26))]
        assert [(m.text, m.start_date) for m in find_dates("Από της 1ης Μαΐου μέχρι σήμερον", 1973)] == [("1ης Μαΐου", date(1973, 5, 1))]
    assert _days("Εν Αθήναις τη 26η Μαΐου 1973") == []  # on a page in another language, no Greek month


def test_a_days_heading_with_its_own_week_day_is_a_diary_entry_heading():
    from pipeline.extract.events.context import own_weekday_heading
    with reading("fi"):
        assert own_weekday_heading("Tiistai 16.1.1973", 1973)
        assert not own_weekday_heading("Keskiviikko 16.1.1973", 1973)  # 16 January 1973 was a Tuesday
        assert not own_weekday_heading("16.1.1973", 1973)
    assert own_weekday_heading("Tuesday, 16 January 1973", 1973)


def test_a_sentence_in_small_letters_of_another_script_is_no_label_of_its_date():
    from pipeline.extract.events.dated_sentence import is_dateline
    with reading("el"):
        sentence = "2. Την 23ην Μαΐου ο κυβερνήτης εγκατέλειψε τον σχηματισμόν."
        assert not is_dateline(sentence, 0, find_dates(sentence, 1973)[0], "el")
    assert is_dateline("OCI No. 0279/67 3 March 1967", 0, find_dates("OCI No. 0279/67 3 March 1967")[0], "en")


def test_a_sentence_opens_with_a_capital_of_a_latin_letter_with_marks_or_of_greek():
    from pipeline.normalize.text import sentence_spans
    text = "Laki hyväksyttiin äänin 170–28. Äänestin jaa. Την 23ην Μαΐου απέστειλε μήνυμα. Προχθές το Επιτελείον διέταξε."
    assert [text[a:b].strip() for a, b in sentence_spans(text)] == [
        "Laki hyväksyttiin äänin 170–28.", "Äänestin jaa.", "Την 23ην Μαΐου απέστειλε μήνυμα.", "Προχθές το Επιτελείον διέταξε."]


def test_the_day_before_yesterday_is_read_with_the_accent_the_locale_data_leaves_out():
    with reading("el"):
        assert [c.days for c in read_cues("Προχθές το Γενικόν Επιτελείον διέταξε", "el") if c.kind == "relative"] == [-2]


def test_a_borrowed_week_day_inside_a_periods_words_is_no_day_of_the_week():
    with reading("id"):  # Indonesian "minggu": Sunday, and the week of "minggu lalu" (last week)
        cues = read_cues("Pada minggu lalu Menteri telah melaporkan persiapan KTT.", "id")
        assert [(c.kind, c.period, c.weekday) for c in cues if c.kind in ("period", "relative")] == [("period", "week", -1)]


def test_a_declined_month_after_its_day_is_read_by_its_stem():
    # Estonian, Latvian and Slovenian decline the month's name after its day ("18. oktoobril", "22. decembrī", "6.
    # decembra"), which the locale data writes only in the nominative ("oktoober", "decembris", "december")
    cases = {"et": ("Tallinnas, 18. oktoobril 1976", "18. oktoobril 1976", date(1976, 10, 18)),
             "lv": ("Vakar, 21. decembrī, tiesa", "21. decembrī", date(1976, 12, 21)),
             "sl": ("v ponedeljek, 6. decembra 1971, ob 16. uri", "6. decembra 1971", date(1971, 12, 6))}
    for language, (text, written, day) in cases.items():
        with reading(language):
            assert [(m.text, m.start_date) for m in find_dates(text, 1976)] == [(written, day)]
    with reading("et"):
        assert [(m.text, m.start_date, m.end_date) for m in find_dates("4.–9. oktoobrini viibis ta Turus", 1976)] \
            == [("4.–9. oktoobrini", date(1976, 10, 4), date(1976, 10, 9))]
        assert find_dates("1977. aasta suveks", 1976) == []  # no day, no month: the stem reads no other word
    assert borrowed_lexicon("lv")["month_stems"]["decembr"] == 12
    assert "tammi" not in borrowed_lexicon("fi")["month_stems"]  # an abbreviation of a longer name is no stem


def test_a_month_declined_with_a_postposition_or_its_last_vowel_dropped_is_read_by_its_stem():
    # Georgian glues a postposition after the case ending ("6 აპრილისთვის", by 6 April) and drops the vowel of a long
    # name's last syllable ("18 ოქტომბრის" of "ოქტომბერი"); Kazakh writes "16 ақпандағы" (of 16 February)
    with reading("ka"):
        assert [(m.text, m.start_date) for m in find_dates("6 აპრილისთვის მასში", 1989)] == [("6 აპრილისთვის", date(1989, 4, 6))]
        assert [(m.text, m.start_date) for m in find_dates("18 ოქტომბრის სხდომა", 1989)] == [("18 ოქტომბრის", date(1989, 10, 18))]
    with reading("kk"):
        assert [(m.text, m.start_date) for m in find_dates("бөлімнің 16 ақпандағы бұйрығын", 1989)] \
            == [("16 ақпандағы", date(1989, 2, 16))]


def test_a_year_first_language_glues_its_cases_to_the_year_the_month_and_the_day():
    # Basque: "1968ko abuztuaren 4a" (of 1968, of August, the 4th), "uztailaren 15etik" (from 15 July)
    with reading("eu"):
        assert _days("1968ko abuztuaren 4a, igandea.") == [("1968ko abuztuaren 4a", date(1968, 8, 4))]
        assert _days("1968ko abuztuaren 5ean etorri zen") == [("1968ko abuztuaren 5ean", date(1968, 8, 5))]
        assert [(m.text, m.start_date) for m in find_dates("uztailaren 15etik Arantzazun", 1968)] \
            == [("uztailaren 15etik", date(1968, 7, 15))]
        assert [(m.text, m.start_date, m.end_date, m.kind) for m in find_dates("uztailaren 15etik 31ra Arantzazun", 1968)] \
            == [("uztailaren 15etik 31ra", date(1968, 7, 15), date(1968, 7, 31), "range")]
        assert [m.kind for m in find_dates("abuztuaren 5ean 3 lagun etorri ziren", 1968)] == ["exact"]  # a count, no day
        # a month read by its stem dates a figure after it only with the day's ending glued: a count after it is no day
        assert find_dates("martxoan 12 lagun atxilotu zituzten", 1968) == []  # 12 people in March
        assert find_dates("maiatzean 3 aldiz etorri zen", 1968) == []  # three times in May
    # a register's stamp with the year first and the Roman month between hyphens, in any language
    assert _days("Ikusia, 1968-VIII-10. J. U.") == [("1968-VIII-10", date(1968, 8, 10))]


def test_a_declined_day_of_the_week_set_off_by_its_comma_is_read_by_its_stem():
    # the locale data writes the day in the nominative only ("ostirala", "дүйсенбі", "субота"); the page declines it
    from pipeline.extract.tense import _weekday_pattern
    cases = {"eu": ("Herenegun, ostiralean, Irunen hil zuten", 4), "kk": ("Алдыңғы күні, дүйсенбіде, мектепке келіп", 0),
             "be": ("Пазаўчора, у суботу, група правяла", 5)}
    for language, (text, weekday) in cases.items():
        pattern, days = _weekday_pattern(language)
        assert [days[m["day"].lower()] for m in pattern.finditer(text)] == [weekday]
    pattern, days = _weekday_pattern("eu")
    assert list(pattern.finditer("osteguneko euskal kantaldia bertan behera")) == []  # Thursday's concert: an attribute
    assert "კვირ" not in (borrowed_lexicon("ka").get("weekday_stems") or {})  # Sunday, and the week
    assert borrowed_lexicon("uk").get("weekday_stems") is None  # the locale lists the declined forms itself


def test_a_period_before_the_day_of_writing_with_its_case_ending_glued():
    # Kazakh "өткен апта" (last week, the locale data's nominative) written "Өткен аптада" (in the last week)
    with reading("kk"):
        cues = [c for c in read_cues("Өткен аптада санэпидстанция өлшеу жүргізген.", "kk") if c.kind == "period"]
    assert [c.period for c in cues] == ["week"]


def test_todays_word_that_is_the_word_of_day_declined_is_no_today_after_a_word_naming_the_day():
    # Georgian "დღეს" is today and the dative of "დღე" (day): "იმავე დღეს" is the same day, "მეორე დღეს" the next
    assert borrowed_lexicon("ka")["relative_days_declined_nouns"] == ["დღეს"]
    with reading("ka"):
        assert [c.days for c in read_cues("დღეს კომისიამ მიმართა.", "ka") if c.kind == "relative"] == [0]
        assert [c for c in read_cues("იმავე დღეს დაიღუპა 16 ადამიანი.", "ka") if c.kind == "relative"] == []
        assert [c for c in read_cues("მეორე დღეს დელეგაცია გაემგზავრა.", "ka") if c.kind == "relative"] == []
        # any other word before it leaves it today ("ის დღეს ჩამოვიდა", he arrived today)
        assert [c.days for c in read_cues("ის დღეს ჩამოვიდა.", "ka") if c.kind == "relative"] == [0]
    assert "relative_days_declined_nouns" not in borrowed_lexicon("sl")  # "danes", today: a word of its own


def test_a_year_written_before_its_day_with_the_word_of_year():
    with reading("lv"):
        assert _days("Rockville, Maryland, 1983. gada 22. decembrī") == [("1983. gada 22. decembrī", date(1983, 12, 22))]
        assert _days("(1983. g. 22. decembris)") == [("1983. g. 22. decembris", date(1983, 12, 22))]
    with reading("lt"):
        assert _days("1979 m. rugpjūčio 15 d.") == [("1979 m. rugpjūčio 15", date(1979, 8, 15))]
        assert [(m.text, m.start_date) for m in find_dates("Liepos 12 d. atlaidai baigėsi", 1979)] \
            == [("Liepos 12", date(1979, 7, 12))]


def test_the_cut_word_of_day_after_its_figure_may_close_a_sentence():
    from pipeline.normalize.text import sentence_spans

    text = "Atlaidai vyko nuo liepos 2 iki 12 d. Jau birželio 29 d. pavaduotojas iškvietė kleboną."
    assert len(sentence_spans(text)) == 1  # "d." an abbreviation on a page read by the files alone
    with reading("lt"):
        assert [text[a:b].strip() for a, b in sentence_spans(text)] == [
            "Atlaidai vyko nuo liepos 2 iki 12 d.", "Jau birželio 29 d. pavaduotojas iškvietė kleboną."]


def test_the_next_day_in_the_words_of_next_week_and_of_day():
    from pipeline.normalize.dates import find_relative

    assert borrowed_lexicon("lv")["next_day"] == {"openers": ["nākamajā"], "days": ["diena"]}
    cases = {"lv": "Nākamajā dienā tiesā liecināja deviņi liecinieki.", "lt": "Kitą dieną jis buvo iškviestas.",
             "et": "Järgmisel päeval saabus kiri.", "sl": "Naslednji dan je rektor odgovoril."}
    for language, sentence in cases.items():
        assert find_relative(sentence) == []  # read on a page in that language alone
        with reading(language):
            assert [m.days for m in find_relative(sentence)] == [1]
    assert "next_day" not in borrowed_lexicon("id")  # "minggu depan": the period's word first, no opening word to borrow


def test_a_script_without_case_borrows_its_months_and_its_sentences_split():
    from pipeline.extract.events.dated_sentence import is_dateline
    from pipeline.normalize.text import sentence_spans
    text = "وصل الوفد إلى القاهرة في 15 نوفمبر 1970 والتقى بالوزير. عاد الوفد أمس."
    with reading("ar"):
        found = find_dates(text)
        assert [(m.text, m.start_date) for m in found] == [("15 نوفمبر 1970", date(1970, 11, 15))]
        assert not is_dateline(text, 0, found[0], "ar")  # its words are a sentence's, no label's
    assert len(sentence_spans(text)) == 2
    assert not any(any("\u4e00" <= c <= "\u9fff" for c in m) for m in borrowed_lexicon("ja").get("months") or {})


def test_a_typographic_apostrophe_of_the_locale_data_is_read_plain_too():
    assert borrowed_lexicon("ca")["relative_days"]["abans-d'ahir"] == -2
    assert borrowed_lexicon("he")["weekdays"]["יום ד'"] == 2


def test_a_day_of_the_week_sent_forward_by_the_locales_word_of_next_week_is_a_plan_not_a_past_day():
    # Norwegian: "neste uke" (next week) opens its period, "forrige uke" (last week) too; Indonesian closes it ("minggu depan")
    norwegian = borrowed_lexicon("no")
    assert norwegian["weekday_forward_openers"] == ["neste"] and norwegian["past_weekday_openers"] == ["forrige"]
    assert borrowed_lexicon("id")["weekday_forward_closers"] == ["berikutnya", "depan"]
    with reading("no"):
        ahead = read_cues("Ministeren reiser til Moskva neste mandag.", "no")
        assert not [c for c in ahead if c.kind == "relative"] and [c.kind for c in ahead] == ["planned"]
        [cue] = [c for c in read_cues("Ministeren reiste til Moskva forrige mandag.", "no") if c.kind == "relative"]
        assert cue.weekday == 0
    with reading("id"):
        assert not [c for c in read_cues("Menteri akan berangkat ke Jakarta Senin depan.", "id") if c.kind == "relative"]


def test_a_date_in_a_scripts_own_figures_is_read_as_in_ascii_ones():
    text = "هیئت در ۱۵ نوامبر ۱۹۷۰ وارد تهران شد."  # Persian: its months borrowed, its figures its own
    with reading("fa"):
        [found] = find_dates(text)
    assert (found.text, found.start_date) == ("۱۵ نوامبر ۱۹۷۰", date(1970, 11, 15)) and text[found.start: found.end] == found.text
    assert _days("दिनांक १५.११.१९७० को") == [("१५.११.१९७०", date(1970, 11, 15))]


def test_the_clocks_word_is_borrowed_and_opens_a_logs_entries_and_ends_no_sentence_before_its_hour():
    from pipeline.extract.events.common import told_clock
    from pipeline.extract.events.context import log_day_head
    from pipeline.normalize.text import sentence_spans

    assert borrowed_lexicon("no")["clock_sure_openers"] == ["kl", "kl."]  # the locale skips "kl" and "kl." before a time
    assert borrowed_lexicon("ms")["clock_sure_openers"] == ["jam"]  # the locale's word of the hour: "jam 11.00 pagi"
    assert "clock_sure_openers" not in borrowed_lexicon("fi")  # "tunti" counts hours, no word before one
    with reading("no"):
        assert told_clock("Tråleren lettet anker kl. 2150 og gikk ut av havna.", "no") == "day"
        text = "Kl. 0915  Havnefogd Reidar Olsen meldte pr. telefon at tråleren ankret opp i går kveld."
        assert len(sentence_spans(text)) == 1
    with reading("is"):  # a keeper's log: the day of the week of the page's language opens the day's line
        assert log_day_head("Mánudagur 16. október. NA 6, súld. Kveikt á vitanum kl. 17.40.", 1967) is not None
        assert log_day_head("Þriðjudagur 16. október. NA 6, súld.", 1967) is None  # not the day's own week day


def test_a_locale_that_orders_its_dates_month_first_reads_the_month_before_the_day():
    # dateparser's date_order "MDY": Tagalog (Filipino's locale) and Zulu write "Enero 14, 1975", "januwari 14, 1975"
    with reading("tl"):
        assert _days("Maynila, Enero 14, 1975.") == [("Enero 14, 1975", date(1975, 1, 14))]
    with reading("zu"):
        assert _days("eGoli, januwari 14, 1975.") == [("januwari 14, 1975", date(1975, 1, 14))]
    assert _days("Maynila, Enero 14, 1975.") == []  # on a page in another language, no Tagalog month


def test_a_months_full_name_of_two_letters_in_a_script_without_case_is_read():
    # Hindi "मई", Bengali "মে", Tamil "மே" (May): the locale's only form; an abbreviation of two letters is not ("ag")
    for language, month in (("hi", "मई"), ("bn", "মে"), ("ta", "மே")):
        with reading(language):
            assert _days(f"14 {month} 1975") == [(f"14 {month} 1975", date(1975, 5, 14))]
    assert "ag" not in borrowed_lexicon("ca")["months"] and "می" not in borrowed_lexicon("fa")["months"]


def test_a_year_first_language_in_a_script_without_case_reads_its_month_after_the_year():
    with reading("fa"):
        # the year closed by its full stop, as the year-first order writes it ("1975. január 14.")
        assert [d for _, d in _days("تهران، 1975. ژانویهٔ 14.")] == [date(1975, 1, 14)]


def test_a_week_day_ending_in_a_vowel_sign_or_a_virama_is_read():
    with reading("ta"):
        assert [c.weekday for c in read_cues("திங்கள் அமைச்சர் வந்தார்.", "ta") if c.kind == "relative"] == [0]
    with reading("te"):
        assert [c.weekday for c in read_cues("సోమవారం మంత్రి వచ్చారు.", "te") if c.kind == "relative"] == [0]
