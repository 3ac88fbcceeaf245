"""A catalogue page's head in three lines, the site's name, the trail of its pages and the item's mark, is read by its
layout whatever the language of the mark's label. Heads written for these tests in the layout of batch 107's pages."""

from __future__ import annotations

import pytest

from pipeline.parse.source_note import trail_mark_citation

_HEADS = [
    # a label in the page's language, the archive's site over the trail ("— Tahiry nomerika": the site's own part)
    (["Arisivan'ny Fiangonana Loterana Malagasy — Tahiry nomerika", "Fandraisana › Synoda › Faritra Atsimo › 1972",
      "Laharana: FLM/SFA/1972/8, pejy 4-6"], "Arisivan'ny Fiangonana Loterana Malagasy", "pejy 4-6"),
    # no label, a middle dot parting the site's name
    (["পশ্চিমবঙ্গ রাজ্য লেখ্যাগার · ডিজিটাল সংগ্রহ", "ত্রাণ ও পুনর্বাসন বিভাগ › শরণার্থী শিবির › ১৯৭২",
      "ফাইল নং আর.আর./ক্যাম্প/৭২/৩, পৃ. ১২-১৩"], "পশ্চিমবঙ্গ রাজ্য লেখ্যাগার", "পৃ. ১২-১৩"),
    # the mark opens with the archive's short name
    (["National Archives of Zimbabwe - Digital Collections", "Home > Official Publications > Command Papers > 1975",
      "Reference: NAZ, S/CM 4/1975, pp. 12-14"], "NAZ", "pp. 12-14"),
    # the Ethiopic comma before the pages
    (["የኢትዮጵያ ብሔራዊ ቤተ መዛግብትና ቤተ መጻሕፍት ኤጀንሲ — ዲጂታል ስብስብ", "መነሻ › የፍርድ ቤት መዛግብት › ሐረር አውራጃ › 1971 ዓ.ም.",
      "መለያ: ብ.ቤ.መ.ኤ./ፍ.ቤ./ሐረር/1971/40፣ ገጽ 1-2"], "የኢትዮጵያ ብሔራዊ ቤተ መዛግብትና ቤተ መጻሕፍት ኤጀንሲ", "ገጽ 1-2"),
    # the site's part after the dash names the archive itself (ne.yaml repository_words)
    (["इन्टरनेशनल नेपाल फेलोशिप — अभिलेखालय", "गृहपृष्ठ › शाइनिङ अस्पताल, पोखरा › मासिक विवरण › १९६५",
      "अभिलेख सङ्केत: INF/SH/MR/1965/02, पाना ४"], "इन्टरनेशनल नेपाल फेलोशिप — अभिलेखालय", "पाना ४"),
]


@pytest.mark.parametrize(("head", "archive", "folios"), _HEADS)
def test_the_mark_under_a_catalogue_trail_is_read_by_its_layout(head, archive, folios):
    (cited,) = trail_mark_citation(head)
    assert (cited["archive"], cited["folios"], cited["text"]) == (archive, folios, head[2])


@pytest.mark.parametrize("head", [
    ["The National Archives", "Home › Discovery › Browse", "Date: 12 March 1968"],  # a day, no mark
    ["Ministry of External Affairs", "Reference: FCO 9/1414"],  # no trail
    ["National Archives", "Home › Collections › Search", "Opening hours and visits"],  # no figure
    ["Government of Dominica", "Home › Cabinet › 1979", "Download PDF (3 pages)"],  # a site's action
    ["Official Gazette", "Home › Treaties › 1963", "Letter of the Prime Minister to the President, July 12, 1963"],  # a title
    ["Office of the Historian", "Home › Historical Documents › FRUS", "Foreign Relations, 1958-1960, China, Volume XIX"],
    ["National Archives of Zambia", "Home › Collections › Secretariat", "Uploaded on 12/3/2024"],  # a day with a word
    ["National Archives of Zambia", "Home › Collections › Secretariat", "Printed 1/2/2020"],
])
def test_a_head_not_so_laid_out_gives_no_citation(head):
    assert trail_mark_citation(head) == []



# Heads written for these tests in the layout of batch 109's pages: the archive's parts after their labels, no piece
# joined by a slash; the item's description after its mark, parted by middle dots; the item's name in the catalogue
# between the trail and its labelled mark.
_LAID_OUT = [
    (["Кыргыз Республикасынын Борбордук мамлекеттик архиви · Электрондук каталог", "Башкы бет › Фонддор › 1963-жыл",
      "Ф. 2144, оп. 3, д. 17, л. 5–6"],
     {"archive": "Кыргыз Республикасынын Борбордук мамлекеттик архиви", "fond": "2144", "opis": "3", "delo": "17", "folios": "л. 5–6"}),
    (["Jane Cameron National Archives · Falkland Islands Government", "Catalogue > Harbour Department > Log Books",
      "HBR/4/2, ff. 7-9 · manuscript log"],
     {"archive": "Jane Cameron National Archives", "fond": None, "opis": None, "delo": None, "folios": "ff. 7-9"}),
    (["Dinas Arsip Kabupatèn Sleman", "Béranda › Register › 1965", "Kode: REG-SLM/1965/4 · kaca 3–4 · tulisan tangan"],
     {"archive": "Dinas Arsip Kabupatèn Sleman", "fond": None, "opis": None, "delo": None, "folios": "kaca 3–4"}),
    (["Radio Archive", "Radio › News › 1971 › March", "Manuscript of the midday news, 2 March 1971",
      "Archive number: RA/NO/1971/0302-1 · 2 pages, typescript"],
     {"archive": "Radio Archive", "fond": None, "opis": None, "delo": None, "folios": None}),
    (["Kano State History and Culture Bureau", "Collections › KANOPROF › Elections › 1961", "KANOPROF 5/20, takarda ta 3–4"],
     {"archive": "Kano State History and Culture Bureau", "fond": None, "opis": None, "delo": None, "folios": "takarda ta 3–4"}),
]


@pytest.mark.parametrize(("head", "expected"), _LAID_OUT)
def test_labelled_parts_and_the_item_s_description_under_the_trail(head, expected):
    (cited,) = trail_mark_citation(head)
    assert {key: cited[key] for key in expected} == expected
    assert "typescript" not in cited["text"] and "manuscript" not in cited["text"] and "tulisan" not in cited["text"]


def test_a_line_between_the_trail_and_a_field_of_its_own_gives_no_mark_under_it():
    head = ["Library and Archives Canada — Collection Search", "Home > Collection Search > Record",
            "Title: Consular case - a seaman detained", "Reference: R219-0-8-E, RG25, Volume 8891, File 20-1-2-CUBA-117"]
    assert trail_mark_citation(head) == []



@pytest.mark.parametrize(("batch", "prefix", "title"), [
    # a trail heading the page, the item's mark under it ("Item ID: KBS/4/12 | Request this item | ..."), the heading
    ("probes_events91", "9206_", "EXTENDED PROTEST"),
    # a trail, the catalogue's fields under it, the paper's heading further down
    ("probes_events73", "7404_", "RECORD OF A MEETING HELD AT 10 DOWNING STREET AT 4.30 P.M. ON FRIDAY, 8 OCTOBER, 1965"),
])
def test_the_heading_under_a_catalogue_mark_stays_the_title(batch, prefix, title):
    """Only the line right under the trail is the catalogue's mark: the paper's heading below it stays its title."""
    from pathlib import Path

    from pipeline.parse import parse_text

    page = next((Path(__file__).parents[2] / "fixtures" / batch).glob(f"{prefix}*.txt")).read_text(encoding="utf-8")
    assert parse_text(page).title == title
