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

