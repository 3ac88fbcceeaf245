"""Language tagging: script first, fast paths, and a document's usual language for short lines."""

import pytest

from pipeline.normalize.language import detect_language, detect_languages


def test_english_function_words_settle_english_without_a_model():
    assert detect_language("We received your telegrams of January 31 concerning the negotiations.") == "en"


def test_russian_letters_settle_russian():
    assert detect_language("Вашу телеграмму от 3 июля получили. Мы не возражаем.") == "ru"


def test_han_script_is_chinese_and_kana_makes_japanese():
    assert detect_language("確定分界線是談判的主要問題。") == "zh"
    assert detect_language("これは日本語の文です。") == "ja"


def test_too_few_letters_has_no_language():
    assert detect_language("[...]") is None
    assert detect_language("12. 13.") is None


def test_short_name_list_takes_the_language_of_the_text_beside_it():
    texts = [
        "Copies: Stalin (2), Molotov, Malenkov, Beria, Bulganin",
        "We consider that you must make an agreement with the leading comrades of Poland.",
    ]
    assert detect_languages(texts) == ["en", "en"]


def test_long_german_text_is_read_by_lingua():
    text = "Die Verhandlungen über den Waffenstillstand wurden im Juli in Kaesong fortgesetzt, aber ohne Ergebnis."
    assert detect_language(text) == "de"


def test_a_list_of_names_takes_the_language_of_the_text_around_it():
    present = ("Comrades Nicolae Ceaușescu, Ion Gheorghe Maurer, Gheorghe Apostol, Alexandru Bârlădeanu, Emil Bodnăraș, "
               "Chivu Stoica, Paul Niculescu-Mizil, Virgil Trofin, Ilie Verdeț, Maxim Berghianu")
    opening = "The meeting of the Executive Committee was opened at ten in the morning by the general secretary of the party."
    assert detect_languages([present, opening]) == ["en", "en"]


def test_a_salutation_takes_the_language_of_the_letter_it_opens():
    texts = [
        "Lieber Genosse Ulbricht!",
        "Wir haben Ihren Brief vom 3. Juli erhalten und stimmen Ihren Vorschlägen zu den Verhandlungen zu.",
        "Dear Comrade Ulbricht!",
        "We have received your letter of 3 July and agree with your proposals on the negotiations.",
    ]
    assert detect_languages(texts) == ["de", "de", "en", "en"]


def test_a_report_in_plain_letters_sparse_in_function_words_is_english_without_a_model(monkeypatch):
    # a situation report's clipped sentences: one word in seven an English function word, no accented letter
    import pipeline.normalize.language as language

    def no_model(*_):
        raise AssertionError("lingua asked")

    monkeypatch.setattr(language, "_lingua", no_model)
    language.clear_cache()
    report = "Situation tense. Army units moved into capital overnight, seizing radio station and airport. Curfew imposed; President held at residence."
    assert language.detect_language(report) == "en"


def test_accented_latin_text_is_still_read_by_lingua():
    # accents keep a French passage that quotes a few English words away from the plain-English rule
    assert detect_language("Le ministre des Affaires étrangères a déclaré que la junte « was not to be trusted » et que les troupes resteraient à la frontière.") == "fr"


def test_a_script_the_table_does_not_count_is_read_by_lingua_among_every_language():
    assert detect_language("הממשלה החליטה אתמול לשלוח משלחת לוושינגטון כדי לדון בהסכם החדש.") == "he"
    assert detect_language("قررت الحكومة أمس إرسال وفد إلى القاهرة لمناقشة الاتفاق التجاري الجديد.") == "ar"
    assert detect_language("მთავრობამ გუშინ გადაწყვიტა დელეგაციის გაგზავნა მოსკოვში.") == "ka"
    assert detect_language("Կառավարությունը երեկ որոշեց պատվիրակություն ուղարկել Մոսկվա։") == "hy"
    assert detect_language("รัฐบาลได้ตัดสินใจส่งคณะผู้แทนไปยังกรุงเทพเมื่อวานนี้") == "th"
    assert detect_language("सरकार ने कल दिल्ली में एक प्रतिनिधिमंडल भेजने का निर्णय लिया।") == "hi"


def test_an_ordinal_mark_is_no_other_script():
    assert detect_language("Na 2ª reunião do dia 1º de maio, a delegação portuguesa apresentou a sua proposta.") == "pt"


def test_a_latin_language_the_archival_set_does_not_hold_stands_where_lingua_is_sure_of_it():
    assert detect_language("Die regering het gister besluit om 'n afvaardiging na Pretoria te stuur om die nuwe "
                           "handelsooreenkoms te bespreek.") == "af"
    assert detect_language("Serikali iliamua jana kutuma ujumbe kwenda Nairobi kujadili mkataba mpya wa biashara "
                           "kati ya nchi hizo mbili.") == "sw"
    assert detect_language("Ríkisstjórnin ákvað í gær að senda sendinefnd til Moskvu til að ræða nýja "
                           "viðskiptasamninginn.") == "is"


def test_a_short_sentence_of_the_pages_language_is_not_read_as_its_neighbour_or_english():
    texts = ["Die regering het gister besluit om 'n afvaardiging na Pretoria te stuur om die nuwe handelsooreenkoms "
             "met die buurstate te bespreek, en die minister het die voorstel aanvaar.",
             "Die verslag is reeds aan die sekretaris gestuur.",
             "Die kantoor van die kommissaris is op Maandag gesluit."]
    assert detect_languages(texts) == ["af", "af", "af"]


def test_an_english_translation_beside_its_original_stays_english():
    texts = ["Die Delegation der Bundesrepublik hat gestern in Bonn die Vorschläge der Regierung der DDR erörtert und "
             "eine Antwort für die nächste Woche angekündigt.",
             "The delegation of the Federal Republic discussed the proposals of the GDR government in Bonn yesterday."]
    assert detect_languages(texts) == ["de", "en"]


def test_the_full_models_of_languages_beyond_the_narrow_sets_stay_loaded_for_the_last_pairs_only(monkeypatch):
    from collections import OrderedDict

    from lingua import Language

    from pipeline.normalize import language

    unloaded = []

    class Detector:
        def __init__(self, languages):
            self.languages = languages

        def build(self):
            return self

        def unload_language_models(self):
            unloaded.extend(self.languages)

    class Builder:
        @staticmethod
        def from_languages(*languages):
            return Detector(languages)

    monkeypatch.setattr(language, "LanguageDetectorBuilder", Builder)
    monkeypatch.setattr(language, "_IN_FULL", OrderedDict())
    language._full_models_of((Language.AFRIKAANS, Language.DUTCH))  # an Afrikaans page's Dutch-looking sentence
    language._release_full_models()
    assert unloaded == []
    language._full_models_of((Language.ENGLISH, Language.FINNISH))  # a Finnish page's English-looking line
    language._release_full_models()
    assert unloaded == [Language.AFRIKAANS]  # read longest ago; English stays with the narrow set it belongs to
    assert list(language._IN_FULL) == [Language.DUTCH, Language.FINNISH]


@pytest.mark.parametrize(("page", "expected"), [
    (["NORIICHTEN – Dënschdeg, den 29. September 1970, 12.30 Auer",
      "KAIRO. Den egyptesche President Gamal Abdel Nasser ass gëschter den Owend, nëmme 52 Joer al, un engem Häerzinfarkt "
      "gestuerwen. Haut de Moien huet d'Regierung eng Trauer vu 40 Deeg ausgeruff."], "lb"),
    (["«СОВЕТТИК КЫРГЫЗСТАН» ГАЗЕТАСЫНЫН РЕДАКЦИЯСЫ",
      "Кечээ, 12-апрелде, саат 13.02де редакцияга ТАСС аркылуу Ю. А. Гагариндин космоско учкандыгы жөнүндө билдирүү "
      "келди. Сиздин кызматкериңиз С. Асанов бүгүн таңкы саат 3 төн 40 мүнөт өткөндө гана гранкаларга кол койду."], "ky"),
    (["ווראָצלאַוו, דעם 30סטן אַפּריל 1968",
      "נעכטן איז דער פֿאָרזיצער פֿונעם אָפּטייל, חבר י. שפּילמאַן, פֿאַרבעטן געוואָרן אין וואָיעוואָדשאַפֿט."], "yi"),
    (["Kano, Litinin, 14 ga Disamba, 1959",
      "Ranar Asabar, 12 ga Disamba, 1959, aka gudanar da zaɓe a rumfuna 41 na wannan mazaɓa. Jiya na tambayi Sarkin "
      "'Yan Doka game da wannan."], "ha"),
])
def test_a_language_lingua_has_no_model_of_is_told_by_the_calendar_words_its_page_writes(page, expected):
    assert detect_languages(page) == [expected] * len(page)


@pytest.mark.parametrize(("page", "expected"), [
    (["Berlin, den 29. September 1970", "Die Regierung hat heute beschlossen, die Verhandlungen im September fortzusetzen, "
      "wie der Sprecher gestern mitteilte."], "de"),
    (["Москва, 12 апреля 1961 г.", "Вчера, 12 апреля, в 9 часов 07 минут по московскому времени в Советском Союзе "
      "выведен на орбиту первый в мире космический корабль-спутник."], "ru"),
])
def test_a_language_lingua_knows_is_left_to_its_reading_whatever_calendar_words_it_shares(page, expected):
    assert detect_languages(page) == [expected] * len(page)


def _told_by_every_rule(text: str, found: str | None) -> str | None:
    """``_told_by_words`` without its reading of ASCII samples: every rule's letters and words searched."""
    import pipeline.normalize.language as language

    sample = text[:language.SAMPLE_CHARS]
    for told, word, least, confused, shared, _ in language._TOLD_BY_LETTERS:
        if (confused is None or found in confused) and (shared is None or not shared.search(sample)) \
                and (held := len(word.findall(sample))) and held >= min(least, -(-len(language._WORD.findall(sample)) // 10)):
            return told
    words = language._told_words(sample)
    for told, own, neighbours, least in language._TOLD_FROM.get(found, []):
        mine = sum(w in own for w in words)
        if mine >= least and mine > sum(w in neighbours for w in words):
            return told
    return found


def _ascii_samples() -> list[tuple[str, str | None]]:
    """For every language a rule tells a passage from (its ``told_from`` neighbours, English among them) and for None:
    ASCII samples of the rule's own words and of its neighbour's, in small letters and in capitals, with English
    words, one-letter words and figures between them, and the same with a letter of each rule's own letters."""
    import pipeline.normalize.language as language

    english = "The Minister said on 3 May that a delegation had already left for the talks in Geneva."
    samples = [(english, None), ("", "en"), ("A b c 12 d-e", "en")]
    for neighbour, rules in language._TOLD_FROM.items():
        for _, own, words, _ in rules:
            own_ascii = sorted(w for w in own if w.isascii())
            words_ascii = sorted(w for w in words if w.isascii())
            for text in (" ".join(own_ascii[:6]), " ".join(own_ascii[:1] + words_ascii[:3]), " ".join(words_ascii[:6])):
                for found in (neighbour, "en", None):
                    samples += [(f"{text} a 1961 {english}", found), (text.upper(), found), (f"{english} {text}", found)]
    for _, word, _, confused, _, _ in language._TOLD_BY_LETTERS:
        letter = next(c for c in word.pattern.split("[")[2] if c.isalpha() and not c.isupper())
        samples += [(f"{english} {letter}ab {letter}cd", found) for found in (*sorted(confused or ()), None, "en")]
    return samples


@pytest.mark.parametrize(("text", "found"), _ascii_samples())
def test_an_ascii_sample_is_told_by_the_rules_in_ascii_as_by_every_rule(text, found):
    """An ASCII sample is read only against the rules' letters and words in ASCII (``_TOLD_FROM_ASCII``): the language
    every rule's reading tells."""
    from pipeline.normalize.language import _told_by_words

    assert _told_by_words(text, found) == _told_by_every_rule(text, found)


def test_an_ascii_malagasy_sentence_read_as_english_is_told_by_its_words():
    from pipeline.normalize.language import _told_by_words

    assert _told_by_words("Ny minisitra dia nanao izay tsy azo natao tamin ny volana Mey.", "en") == "mg"


@pytest.mark.parametrize("text", [
    "In Gdańsk, Łódź und Szczecin streikten am Montag die Arbeiter der Werften weiter; Lech Wałęsa verhandelte mit der "
    "Regierung über die Forderungen.",
    "Der Außenminister traf am Dienstag in Prag mit Alexander Dubček, Oldřich Černík und Ludvík Svoboda zusammen, um über "
    "den Abzug der Truppen zu sprechen.",
])
def test_names_of_another_language_s_people_and_places_keep_a_passage_s_language(text):
    assert detect_languages([text]) == ["de"]


def test_a_line_misread_as_a_neighbour_takes_the_language_its_page_reads_in_its_letters():
    page = ["Київ, 12 квітня 1961 року, вівторок",
            "Сьогодні Президія обговорила підсумки польоту. Вчора ввечері в Києві відбувся прийом на честь Гагаріна."]
    assert detect_languages(page) == ["uk", "uk"]


@pytest.mark.parametrize("page", [
    ["Мәҗлисиң агзалары дүйн Ашгабатда җыгнандылар, олар гүнүң ахырында җогап бердилер вә ишчилериң җәнҗеллерини гөзден "
     "гечирдилер."],  # Turkmen's "җ", read as Kazakh
    ["Rapat punika sampun dipunwiwiti malih, lan para utusan sampun rawuh kanthi slamet, nanging dèrèng sami rembugan "
     "amargi taksih kèndel, mangkè sontên badhé dipunlajengaken menèh."],  # Javanese "è", read as Indonesian
    ["Комиссия пешниҳод мекунад:",
     "Дар ҷаласаи Комиссия масъалаи ҳамкорӣ бо ҷумҳуриҳои бародарӣ муҳокима карда шуд ва қарор қабул гардид, ки ҳайати "
     "вакилон ба Маскав фиристода шавад."],
])
def test_a_language_lingua_has_no_model_of_written_in_a_neighbour_s_letters_has_none(page):
    assert detect_languages(page) == [None] * len(page)
