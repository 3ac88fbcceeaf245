"""An office written alone on a page that names two holders of it ("President Fulbert Youlou", "President de Gaulle"):
"the President" is the one the page named with that office last before it, whether the gazetteer knows him or not;
a shorter form of a name ("President Ould Daddah") is the same holder."""

from pipeline.extract.events.titles import contested_offices, nearest_holder


def test_the_office_alone_is_the_holder_named_last_before_it():
    texts = ["Fall of the Youlou regime",
             "President Fulbert Youlou asked President de Gaulle for help.",
             "The President resigned on Aug. 15."]
    contested = contested_offices(texts)
    assert {n for _, _, n in contested["president"]} == {"Fulbert Youlou", "Charles de Gaulle"}
    assert nearest_holder(contested["president"], 2, 4) == "Charles de Gaulle"
    assert nearest_holder(contested["president"], 1, 15) == "Fulbert Youlou"
    assert nearest_holder(contested["president"], 0, 5) is None


def test_a_shorter_form_of_the_name_is_the_same_holder():
    texts = ["", "I was received by President Moktar Ould Daddah. President Ould Daddah thanked me."]
    assert "president" not in contested_offices(texts)
