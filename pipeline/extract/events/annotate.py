"""Each passage read once: its sentences, the dates and the gazetteer's names in each.

The rules of the other modules read these spans; none splits a passage or
parses its dates again. Dates are read with the year the text last wrote
("on 5 March" after "1956" is in 1956), so a document's passages are
annotated in reading order, each with the year the one before left.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, cached_property

from pipeline.extract.mentions import Mention, find_mentions
from pipeline.extract.tense import read_cues
from pipeline.normalize.dates import (
    DateMention,
    RelativeMention,
    clock_hours,
    find_dates,
    find_month_parts,
    find_months_alone,
    find_relative,
    find_seasons,
    in_year,
    join_month_spans,
    last_year_dates,
    of_last_year,
)
from pipeline.normalize.lexicon import alternation, lexicon, reading_language, weekday_numbers, words
from pipeline.normalize.openings import compile_opening
from pipeline.normalize.text import sentence_spans
from pipeline.parse.book_shape import note_markers
from pipeline.parse.citation import parse_citations
from pipeline.parse.model import handling_kind

_CJK_STOP = "。！？"
_CJK_CLOSERS = "）」』”’》〉"  # marks that close a bracket or a quotation after a Chinese full stop
# A numbered point that follows a semicolon inside one sentence: "(二)", "（三）", "2)", "b)", "二、".
_NEXT_POINT = compile_opening(r"(?<=[;；])\s*(?=[(（]?(?:\d{1,2}|[a-z]|[\u4e00-\u9fff]{1,2})[)）]|[\u4e00-\u9fff]{1,2}\u3001)")

_CITATION = compile_opening(r"Digital Archive|Citation:|get citation|Public Policy Program")
# A book's source note: its number, the document it cites and that document's date, then where it is kept
# ("12 Sokolovsky to Molotov, 1 April 1948, AVPRF, f. 07, op. 21, ...") or where it was printed ("13 Clay to
# Bradley, 26 June 1948, in The Papers of General Lucius D. Clay, vol. 2 (Bloomington, 1974), 699."): a citation,
# not the text's words, though it names a sending and its day.
_NOTE_HEAD = compile_opening(r"^\s*\d{1,3}\s+[^.;:!?\d][^;:!?]{1,80}?,\s*$")
_IMPRINT = compile_opening(r"^\s*,\s*in\s+\S.*\(\s*[^\W\d][^()]{1,40},\s*(?:1[89]|20)\d\d\s*\)")


def _source_note(sentence: str, dates: list[DateMention]) -> bool:
    if not dates or not _NOTE_HEAD.match(sentence[: dates[0].start]):
        return False
    rest = sentence[dates[0].end:]
    return bool(_IMPRINT.match(rest) or (rest.lstrip()[:1] in (",", ".") and parse_citations(rest)))


_EDITORIAL = compile_opening(r"^\s*\[.*[-—–]\s*(?:ed|eds|Ed|Eds)\.?\]\W*$|^\s*\[[^\]]{20,}\]\W*$")


# A note that only names its source: its number, the kind of paper, whose and to whom, a comma and the paper's date
# ("25 Cable from Soldatić to the Yugoslav Foreign Ministry, 22 November 1956."): a citation, no happening told.
_SOURCE_NOTE = compile_opening(
    r"^\W*\d{1,3}\s*(?:" + alternation([w for lang in ("en", "ru") for w in lexicon(lang).get("source_note_kinds") or []])
    + r")\s+[^.;:!?]{3,160}$"
)


def _cites_a_source(sentence: str) -> bool:
    text = sentence.strip().rstrip(".")
    if len(text) > 200 or not _SOURCE_NOTE.match(text):
        return False
    dated = any(
        (dates := find_dates(tail, None)) and not _YEAR_MARK.sub("", tail.replace(dates[0].text, "")).strip(" .")
        for tail in (text[m.end():] for m in re.finditer(r",\s*", text))
    )
    language = "ru" if _CYRILLIC.search(sentence) else "en"
    return dated and not any(c.kind in ("past", "speech", "ongoing", "performative") for c in read_cues(sentence, language))


def tells_no_act(sentence: str) -> bool:
    """A sentence with no verb of the past, of speech, of a state of things, of performing or of a plan ("Interview with
    a former officer of the brigade, Moscow, 1994.", "Louis Dupree, "The Marxist Regimes," AUFS Reports, no. 45 (1979),
    3-5."): in a book's list of notes, a citation, however its parts are written."""
    language = "ru" if _CYRILLIC.search(sentence) else "en"
    return not any(c.kind in ("past", "speech", "ongoing", "performative", "planned") for c in read_cues(sentence, language))


# Apparatus that tells no happening (apparatus_labels): a note that cites its source again ("(Ibid., 748.00/10–1956)",
# "Там же. Л. 5.", under its note number too: "13 Ibid., dokument 2, 28 August 1980."), a line that says where the document was printed ("Опубл.: Советско-индийские отношения. 1947–1977."),
# and a numbered note whose only date is its book's imprint or volume years ("42 Zhou Enlai nianpu, 1949–1976, vol. 2
# (Beijing, 1997), 163."): a citation, not the text's words.
# A note's number under a page: digits, or the superscript digits a footnote opens with ("² Ibid., III/33", "⁴ Peti
# kongres KPJ: Stenografske beleške (Belgrade, 1949), 3."); a line never opens on a superscript but as a note.
SUPERSCRIPTS = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"
_APPARATUS_LABELS = [w for lang in ("en", "ru") for w in lexicon(lang).get("apparatus_labels") or []]
_APPARATUS = compile_opening(r"^\W{0,3}(?:\d{1,3}\s+|[" + SUPERSCRIPTS + r"]{1,3}\s*)?(?:" + alternation(_APPARATUS_LABELS) + r")(?=\s*[.,:;)])", re.IGNORECASE)
# An edition's line that says from which copy it prints the paper (provenance_openers: "Публикуется по копии, ..."):
# the opening alone makes it the edition's words, whatever follows.
_PROVENANCE_OPENERS = [w for lang in ("en", "ru") for w in lexicon(lang).get("provenance_openers") or []]
_PROVENANCE = compile_opening(r"^\W{0,3}(?:" + alternation(_PROVENANCE_OPENERS) + r")\s+\w", re.IGNORECASE) \
    if _PROVENANCE_OPENERS else None
# A site's credit for its copy ("Obtained and translated by Sergey Radchenko."): the label, then names only.
_CREDIT_LABELS = lexicon("en").get("credit_labels") or []
_NAME = r"(?:[A-Z][\w'’.-]*|of|de|van|von)"
_CREDIT = compile_opening(r"^\W{0,3}(?:" + alternation(_CREDIT_LABELS) + r")\s+" + _NAME + r"(?:\s+" + _NAME + r"){0,5}"
                          r"(?:(?:\s*,\s*|\s+and\s+)" + _NAME + r"(?:\s+" + _NAME + r"){0,5}){0,3}\s*[.)\]]?\s*$") if _CREDIT_LABELS else None
_NOTE_NUMBER = compile_opening(r"^\s*(?:\d{1,3}\s+|[" + SUPERSCRIPTS + r"]{1,3}\s*)\S")
_BOOK_IMPRINT = compile_opening(r"\(\s*[^\W\d][^()]{1,40},\s*(?:1[89]|20)\d\d\s*\)")


# An edition's source note under its label and a colon ("Source: National Archives, RG 59, Central Files 1967–69, POL
# 23–9 BOL.", "Источник: АВП РФ, ф. 0100 ...", "资料来源：外交部档案"): the paper's place of keeping, not the text's words,
# though its file's years read as a span (source_note_labels in en.yaml, ru.yaml, zh.yaml).
_SOURCE_LABELS = [w for lang in ("en", "ru", "zh") for w in lexicon(lang).get("source_note_labels") or []]
_SOURCE_LABEL = compile_opening(r"^\W{0,3}(?:\d{1,3}\s+)?(?:" + alternation(_SOURCE_LABELS) + r")\s*[:\uff1a]", re.IGNORECASE) \
    if _SOURCE_LABELS else None


_DATABASE_ISSUE = compile_opening(
    r"^[^;()]{3,80}\(\d{4}\s*[-–]\s*(?:\d{4}|" + (alternation(lexicon("en").get("database_file_words") or []) or "(?!)")
    + r")\)\s*;\s*[^;]{5,24};\s*(?:" + (alternation(lexicon("en").get("database_page_marks") or []) or "(?!)") + r")(?:\s*\w{1,6})?\s*$")


# A paper's issue cited on a line of its own, as a digest or a record heads the item it reprints ("Pravda, Nov. 22, p. 5.",
# "Izvestia, July 12, 1960, p. 1."): the paper's name, the issue's day and the page (en.yaml database_page_marks).
ISSUE_LINE = compile_opening(
    r"(?<![\w,])(?P<paper>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}),\s*(?P<day>[^,;()]{3,20}(?:,\s*\d{4})?),\s*(?:"
    + (alternation(lexicon("en").get("database_page_marks") or []) or "(?!)") + r")\s*\d{1,4}[A-Z]?(?![\w-])")


def issue_line(text: str) -> re.Match | None:
    """The issue line in ``text`` (``ISSUE_LINE``) whose day part is a day, else None."""
    for m in ISSUE_LINE.finditer(text):
        if any(d.precision in ("day", "minute") for d in find_dates(m["day"], 1900)):
            return m
    return None


def is_apparatus(sentence: str) -> bool:
    """A line of the apparatus: a cited-again source, a publication line, a source note under its label, a numbered
    note that cites a book by its imprint and tells no act (no verb of the past, of speech or of a state of things). A
    bracketed inline source is read by its shape (``cites_an_archive``)."""
    if _APPARATUS.match(sentence) or (_CREDIT is not None and len(sentence) < 160 and _CREDIT.match(sentence)):
        return True
    if len(sentence) < 160 and _DATABASE_ISSUE.match(sentence.strip()):
        return True  # "The New York Times (1923-Current file); Jul 17, 1974; pg. 1": where the paper printed the article
    if len(sentence) < 80 and (m := issue_line(sentence.strip())) is not None and m.start() == 0 \
            and not sentence.strip()[m.end():].strip(" .;:)"):
        return True  # "Pravda, Nov. 22, p. 5.": the issue a digest reprints the item from
    if _PROVENANCE is not None and len(sentence) < 240 and _PROVENANCE.match(sentence):
        return True
    if _SOURCE_LABEL is not None and ("\uff1a" in sentence[:12] or ":" in sentence[:16]) and _SOURCE_LABEL.match(sentence):
        return True  # the colon first: a cheap test that turns most sentences away
    if len(sentence) > 200 or not _NOTE_NUMBER.match(sentence) or not _BOOK_IMPRINT.search(sentence):
        return False
    language = "ru" if _CYRILLIC.search(sentence) else "en"
    return not any(c.kind in ("past", "speech", "ongoing", "performative") for c in read_cues(sentence, language))


# A numbered note that cites a publication by its issue ("31 CIA, National Intelligence Daily, 20 February 1978,
# CREST.", "7 Pravda, 12 March 1953."): its publisher, its title, the issue's day and where it is kept, each a part
# between commas; no paper goes from one to another in it (``paper_parties``: "Ponomarev to the CC CPSU", "Record of
# conversation between Castro and Honecker") and no verb tells an act. A citation, not the text's words.
_PUBLICATION_NOTE = compile_opening(r"^\W*\d{1,3}\s+(?=[^\W\d_])[^,;:!?()]{2,60}(?:,\s*[^,;:!?()]{1,60}){1,5}$")
_PAPER_PARTIES = compile_opening(
    r"(?<!\w)(?:" + alternation([w for lang in ("en", "ru") for w in lexicon(lang).get("paper_parties") or []]) + r")(?!\w)",
    re.IGNORECASE,
) if any(lexicon(lang).get("paper_parties") for lang in ("en", "ru")) else None


def cites_a_publication(sentence: str) -> bool:
    text = sentence.strip().rstrip(".")
    if len(text) > 160 or _PAPER_PARTIES is None or not _PUBLICATION_NOTE.match(text) or _PAPER_PARTIES.search(text):
        return False
    parts = [p.strip() for p in text.split(",")]
    parts[0] = parts[0].split(None, 1)[1]  # the note's number off
    dated = [i for i, p in enumerate(parts) if (dates := find_dates(p, None)) and not _YEAR_MARK.sub("", p.replace(dates[0].text, "")).strip(" .")]
    if not dated or dated[0] == 0 or any(not p[:1].isupper() and not p[:1].isdigit() for p in parts):
        return False  # a date as a part of its own, after the publication's name; every part a name, a title or a number
    language = "ru" if _CYRILLIC.search(sentence) else "en"
    return not any(c.kind in ("past", "speech", "ongoing", "performative", "planned") for c in read_cues(sentence, language))


# A note under a book's page that cites a paper by the shape of a citation, whatever its words: parts between commas
# or semicolons, one of them the paper's day and nothing else, after the paper or its archive, and no verb that tells
# an act ("14. Minutes of the meeting of the PLA Politburo, 2 July 1960, AQSh, f. 14/AP, ...", "3. Nikitin to Gromyko,
# 18 December 1975, AVPRF, f. 0104, ...", "2 ANRI, Kabinet Presiden, no. 1024; Sukarno, Amanat Presiden, 13 February
# 1963.", "16. Pravda, 11 December 1961."). Where the page's sources are, not what happened: no row (a book's notes of
# sources; tests/fixtures/README.md). A note that tells a story keeps its rows: its day sits inside a clause ("24 Nagy
# was deported to Romania on 23 November."), or a verb tells the act ("3 Cable from Andropov, which reported ...").
_NOTE_OPENING = compile_opening(r"^\W{0,3}(?:\d{1,3}[.)]?\s+|[" + SUPERSCRIPTS + r"]{1,3}\s*)")
_SUPERSCRIPT_NOTE = compile_opening(r"^\s*[" + SUPERSCRIPTS + r"]{1,3}\s*\S")
_CITATION_PARTS = compile_opening(r"\s*[,;]\s*")


def cites_a_paper(sentence: str) -> bool:
    """A sentence of a note that has the shape of a citation of a dated paper (read only in a note's passage)."""
    text = _NOTE_OPENING.sub("", sentence.strip()).rstrip(" .")
    if len(text) > 240 or ("," not in text and ";" not in text):
        return False
    parts = _CITATION_PARTS.split(text)
    dated = [i for i, p in enumerate(parts) if (dates := find_dates(p, None)) and not _YEAR_MARK.sub("", p.replace(dates[0].text, "")).strip(" .")]
    if not dated or dated[0] == 0:
        return False
    language = "ru" if _CYRILLIC.search(sentence) else "en"
    return not any(c.kind in ("past", "speech", "ongoing", "performative", "planned") for c in read_cues(sentence, language))


# A citation by its shape, whatever its words: a sentence in parentheses, a numbered note, a note under its label ("注：",
# "Note:", "Примечание:") or a line alone, its parts between commas or semicolons, one of them a mark only a citation
# holds (citation_marks in en.yaml, ru.yaml, zh.yaml: an archive, its record group, fond, file, sheet; a publisher's
# imprint), and no verb that tells an act ("(Telegram 1146 from Santo Domingo; National Archives and Records
# Administration, RG 59, Central Files 1964–66, POL 23–9 DOM REP)", "АВП РФ, ф. 0100, оп. 48, д. 3, л. 12.", "注：本段据
# 《周恩来年谱（1949—1976）》中卷，中央文献出版社1997年版，第602—607页。"). Where the page's source is kept or printed, not
# what happened: no row, and its file's years do not move the year the text goes on in.
def _marks(key: str, languages: tuple[str, ...]) -> list[str]:
    return [w for lang in languages for w in lexicon(lang).get(key) or []]


_BOUNDED_MARKS = compile_opening(r"(?<!\w)(?:" + (alternation(_marks("citation_marks", ("en", "ru"))) or "(?!)") + r")(?![^\W\d_])")
_CJK_MARKS = compile_opening(r"(?:" + (alternation(_marks("citation_marks", ("zh",))) or "(?!)") + r")")
_NOTE_LABEL = compile_opening(r"^\W{0,3}(?:" + (alternation(_marks("note_labels", ("en", "ru", "zh"))) or "(?!)") + r")\s*[:\uff1a]", re.IGNORECASE)
_CITATION_PARTS_ANY = compile_opening(r"[,;\uff0c\uff1b\u3001]")
_DIGIT_NOTE = compile_opening(r"^\W{0,3}\d{1,3}[.)]?\s")
_PARENTHESISED = compile_opening(r"^\s*[(\uff08].*[)\uff09]\W*$", re.DOTALL)


# A cable's distribution line ("Distribution: Comrade X; Comrade Y; Directorate III; Archive"): those its copies went
# to, though its parts and its filed copy have a citation's shape (distribution_labels).
_DISTRIBUTION_LINE = compile_opening(r"^\W*(?:" + alternation(words("distribution_labels") or ["(?!)"])
                                     + r")\b[^:\n]{0,30}:", re.IGNORECASE)  # in every language's words ("Разпределение: др. ..., архив")


def cites_an_archive(sentence: str, alone: bool = False, note: bool = False) -> bool:
    """A citation by its shape (above); ``alone``: the sentence is its passage's whole text; ``note``: a note of a
    book's list of notes."""
    text = sentence.strip()
    if len(text) > 300 or not _CITATION_PARTS_ANY.search(text) or _DISTRIBUTION_LINE.match(text):
        return False
    if not (alone or _PARENTHESISED.match(text) or _NOTE_NUMBER.match(text) or _NOTE_LABEL.match(text)):
        return False
    if not note and _DIGIT_NOTE.match(text) and any(d.precision in ("day", "minute") for d in find_dates(text, None)):
        return False  # a note under the page numbered in figures that names a dated paper ("43 RGANI, f. 3, ...;
        # Kasatonov to Malinovskii, 2 June 1961, RGAVMF, ..."): kept with the page's text, as cites_a_paper keeps it
        # outside a list of notes (tests/fixtures/README.md: a book's cited papers are no events). The sentence reader
        # asks ``cites_under_its_number`` too, which reads such a note as apparatus wherever it stands
    if not (_BOUNDED_MARKS.search(text) or _CJK_MARKS.search(text)):
        return False
    language = "zh" if _CJK.search(text) else "ru" if _CYRILLIC.search(text) else "en"
    return not any(c.kind in ("past", "speech", "ongoing", "performative", "planned") for c in read_cues(text, language))


# A note under a book's page, its number first, that cites a paper by the shape of a citation, wherever the page puts
# its notes ("52 Mazoyer au Département, tél. nos 412-415, 28 septembre 1962, AD La Courneuve, ...", "2 Consulado de
# España en Bata, informe, 6 August 1979, AMAE, R-19632, exp. 7.", "4 On the purge, see the Belgian ambassador's report
# of 22 June 1977 in Archives du SPF Affaires étrangères, ..."): where the page's sources are, no row, whether a
# scholar's book or an edition sets it; the notes a page sets under a heading are read so already (``note``).
def cites_under_its_number(sentence: str) -> bool:
    """A numbered note with a citation's shape (above), outside a list of notes too."""
    if not _NOTE_OPENING.match(sentence) or ("," not in sentence and ";" not in sentence):
        return False
    return cites_a_paper(sentence) or cites_an_archive(sentence, note=True)


# A newspaper's issue under the article it printed, on a line alone: the paper's name, the issue's day and the page
# (issue_page_marks in en.yaml, ru.yaml, zh.yaml: "Pravda, July 12, 1960, p. 1.", "Pravda, Nov. 22, p. 5.", "人民日报
# 1974年10月8日 第1版"): where the text was printed, no act of that day (a translation digest's or a reprint's source
# line).
_ISSUE_PAGE = compile_opening(r"^(?:" + (alternation(_marks("issue_page_marks", ("en", "ru"))) or "(?!)") + r")\s*\d{1,3}[A-Z]?$")
_CJK_ISSUE_PAGE = compile_opening(r"^[^\W\d_]?\d{1,3}(?:" + (alternation(_marks("issue_page_marks", ("zh",))) or "(?!)") + r")$")


def _date_only(part: str) -> bool:
    dates = find_dates(part, None) or find_dates(part, 1960)  # a day without its year ("Nov. 22") read in any year
    return bool(dates) and not _YEAR_MARK.sub("", part.replace(dates[0].text, "")).strip(" .")


def cites_an_issue(sentence: str) -> bool:
    """A newspaper's name, an issue's day and a page, nothing else (above)."""
    text = sentence.strip().rstrip(".").strip()
    if len(text) > 80:
        return False
    if _CJK.search(text):
        parts = text.split()
        return len(parts) == 3 and not any(c.isdigit() for c in parts[0]) and _date_only(parts[1]) \
            and _CJK_ISSUE_PAGE.match(parts[2]) is not None
    parts = [p.strip() for p in text.split(",")]
    if len(parts) < 3 or not _ISSUE_PAGE.match(parts[-1]) or not parts[0][:1].isupper() or any(c.isdigit() for c in parts[0]):
        return False
    days = parts[1:-1]
    return (_date_only(days[0]) or _date_only(", ".join(days))) and tells_no_act(text)


# A book's chapter heading on a line alone, its label and number, then its title ("Chapter 5 - The Paracels, January
# 1974", "Chapter 7 · The Sand War of 1963"; chapter_labels in en.yaml, ru.yaml): the part of the book the page opens,
# its title's day no act of that day.
_CHAPTER = compile_opening(r"^\W{0,3}(?:" + (alternation(_marks("chapter_labels", ("en", "ru"))) or "(?!)")
                           + r")\s+(?:\d{1,3}|[IVXLC]{1,6})\s*[-\u2013\u2014\u00b7:.|]\s*\S[^.!?;]{0,100}$")


def heads_a_chapter(sentence: str) -> bool:
    """A chapter's heading with its title (above), no act told."""
    return _CHAPTER.match(sentence.strip()) is not None and tells_no_act(sentence)


# A work's or a post's title with the years it spans, after a comma or a colon ("Soldiers and Power in West Africa,
# 1957–1980 | Chapter 4.", "The Generals and the Ballot: South Korea, 1979–1988, Cambridge University Press, 2021, pp.
# 41-42.", "Director, Institute of the USA and Canada, 1967-1995"): a book page's running title, its "Cite this chapter"
# line, a speaker's post in an interview's head. Every date in it a span of years and no verb that tells an act: a
# name's period, not a happening (a sentence that tells an act over such years keeps its row).
_TITLE_YEARS = compile_opening(r"[,:]\s*(?:1[89]|20)\d\d\s*[-\u2013\u2014]\s*(?:1[89]|20)?\d\d(?!\d)")


def titles_a_period(sentence: str) -> bool:
    """A title's span of years, no act told (above)."""
    if len(sentence) > 200 or not _TITLE_YEARS.search(sentence) or not tells_no_act(sentence):
        return False
    dates = find_dates(sentence, None)
    return bool(dates) and all(d.precision == "year" and d.start_date.year < d.end_date.year for d in dates)


# A day inside quotation marks that opens a name, the name's words after it, capitalised, to the closing mark (the
# "30 September Movement", "the “26 July Movement”", the «1 May Front»): a name, not the time of an act.
_NAME_QUOTES = "\"“«„"
_NAME_AFTER_DATE = compile_opening(r"^(?:\s+(?:of\s+)?[^\W\d_][\w'’-]*)+\s*[\"”»“]")


def names_a_thing(sentence: str, mention: DateMention) -> bool:
    """The date opens a quoted name ("calling itself the "30 September Movement""): no time of the sentence's act."""
    if sentence[max(0, mention.start - 1): mention.start] not in _NAME_QUOTES or mention.start == 0:
        return False
    after = _NAME_AFTER_DATE.match(sentence[mention.end: mention.end + 60])
    return after is not None and all(w[:1].isupper() or w == "of" for w in after[0].strip(" \"”»“").split())


_YEAR_MARK = compile_opening(r"(?<!\w)[^\W\d_]{1,2}\.")  # a year's mark after the date ("1956 g.")
_CYRILLIC = compile_opening(r"[\u0400-\u04ff]")
_CJK = compile_opening(r"[\u4e00-\u9fff]")


@dataclass
class Sentence:
    """One sentence of a passage: where it stands in the passage, its dates and its names (offsets in the sentence)."""

    start: int
    end: int
    text: str
    dates: list[DateMention]
    year: int | None = None  # the year the text last wrote, this sentence read
    apparatus: bool = False  # a citation or the editors' note: not the text's words

    @cached_property
    def mentions(self) -> list[Mention]:
        return find_mentions(self.text)

    @cached_property
    def relative(self) -> list[RelativeMention]:
        """"five days later", "the next day": days counted from the last date the text gave."""
        return find_relative(self.text)

    def actor_names(self) -> list[str]:
        return list(dict.fromkeys(m.entity.name for m in self.mentions if m.entity.is_actor))


def annotate(text: str, year: int | None, this_month: tuple[int, int] | None = None,
             speaks_from: tuple[int, int] | None = None, language: str | None = None,
             dated_on: tuple[int, int] | None = None, note: bool = False, recalls: bool = False,
             carried: int | None = None, spoken_day: date | None = None,
             own_month: tuple[int, int] | None = None,
             notes: dict[int, list[DateMention]] | None = None) -> tuple[list[Sentence], int | None]:
    """A passage's sentences, each with its dates read in the year the text last wrote; and the year it leaves. A day
    alone ("十五日") is read in the month the passage last wrote; "本月二日", "上月上旬" from ``this_month`` (year, month),
    the month the text speaks from. A month named alone ("in March") is of the year the text last wrote, unless that
    puts it after ``speaks_from``, the month a letter or record is written in (``find_months_alone``); a sentence that
    tells a plan ("the Bundestag will debate the treaty at the end of June") keeps it unread, its plan read by its words.
    "last October" counts from ``dated_on`` (the month of the day the text speaks from) in any dated text. In a note
    under a book's page (``note``), a sentence with a citation's shape is apparatus (``cites_a_paper``). A recollection
    (``recalls``: an oral history, an interview, a memoir) speaks of its story's year: "the 21st of February 1947 ... on
    the 12th of March" is of 1947, though told in June 1973. ``carried``: the month the text wrote last before the
    passage, where its story goes on in it ("in January 1964?" / "... on the afternoon of the 9th ... on the 13th"):
    the days alone it names are of that month until the passage names another. ``spoken_day``: the day a letter or
    record is written on; a past act on a day alone after it ("had flown to Kinshasa on the 26th", written on 2
    December), no month written before in the passage, is of the month before. ``notes``: the dates each numbered note
    under a book's page writes with their year, by its number: a day without its year in a sentence that calls a note
    dating its source in that month is of the note's year (``of_the_notes_year``), and the story goes on in it."""
    sentences, month, last_day, moved = [], None, None, None
    for start, end in sentence_spans_of(text):
        sentence = text[start:end]
        if _CITATION.search(sentence) or _EDITORIAL.search(sentence) or _cites_a_source(sentence) or is_apparatus(sentence) \
                or cites_a_publication(sentence) or ((note or _SUPERSCRIPT_NOTE.match(sentence)) and cites_a_paper(sentence)) \
                or cites_under_its_number(sentence) or cites_an_issue(sentence) or heads_a_chapter(sentence) \
                or cites_an_archive(sentence, not text[:start].strip() and not text[end:].strip(), note) \
                or (note and tells_no_act(sentence)) or titles_a_period(sentence):
            sentences.append(Sentence(start, end, sentence, [], year, apparatus=True))
            continue
        story, year = year, (year if recalls else _year_spoken(sentence, year, month, this_month, speaks_from or _recent(own_month, year)))
        dates = find_dates(sentence, year, month or carried, this_month)
        if dates and (written := speaks_from or dated_on or own_month) and year != written[0]:
            dates = _on_its_weekday(sentence, dates, written[0])
        if dates and (spoken := speaks_from or dated_on):  # "on 8 April of last year": of the year before the one spoken from
            dates = of_last_year(sentence, dates, spoken[0])
        if dates and any(q in sentence for q in _NAME_QUOTES):
            dates = [d for d in dates if not names_a_thing(sentence, d)]
        if dates and (attribute := _date_attribute(language)) is not None:
            dates = [d for d in dates if not attribute.search(d.text)]  # "бөлімнің 16 ақпандағы бұйрығын": the order's day
        if dates and (language or "en") == "en":
            dates = [d for d in dates if not names_a_statute(sentence, d)]  # "the Trade Act of 1974 still excluded ...": a name
        if speaks_from and (language == "zh" or _tells_a_past_act(sentence, language)):
            plan = tells_a_plan(sentence, language)
            dates = [_year_before(d, speaks_from, _HALF_A_YEAR - 1 if language in (None, "en") and not (plan and _plan_of(sentence, d, language))
                                  else _HALF_A_YEAR) for d in dates]  # "which had stopped on 24 December", written
            # in February; "the proclamation ... on 30 December", thanked for in June: a past with no plan in its sentence
            # is of the last such month before the one the text speaks from; a future told only in a later clause ("We
            # voted against that resolution on 18th December, and we shall not be bound by it", said in June) is no plan
            # of that day
        elif dates and own_month and year == own_month[0] and (
                (language in (None, "en") and _tells_a_past_act(sentence, language)) or _other_past(sentence, dates, language)):
            dates = [_year_before(d, own_month, _HALF_A_YEAR if _plan_of(sentence, d, language) else _HALF_A_YEAR - 1)
                     for d in dates]  # a
            # text of a day of its own (``own_month``, its month), neither a letter nor a record: a past act it tells on a day
            # without its year comes no more than half a year after it (a statement to Parliament of 10 June 1969: "We voted
            # against that resolution on 18th December"); a day a plan of the sentence may claim, as a record's is, more
            # than half a year after it ("Turkish forces had been placed on alert on 25th December and ... would welcome
            # the force", in a summary record of 31 January)
        if len(dates) > 1 and (written := speaks_from or dated_on or own_month):
            dates = _into_the_next_year(dates, written)
        if spoken_day and month is None and carried is None and any(_after_spoken_day(d, spoken_day) for d in dates) \
                and (_HAD_DONE.search(sentence) or _tells_a_past_act(sentence, language)):
            dates = [_month_before(d) if _after_spoken_day(d, spoken_day) and not _on_the_weekday_beside(sentence, d) else d
                     for d in dates]  # "On Monday 4th ...", written on the 3rd: the 4th that was a Monday stays
        at = (year, month) if not speaks_from and month is not None and year is not None and language in (None, "en") \
            and looks_back(sentence) else None  # "By then the MPLA had stopped them in mid-December", after "January 1976":
        # the pluperfect tells a time before the month the story is at, so a later month is of the year before
        if at is not None:
            dates = [_year_before(d, at) for d in dates]
        alone = _past_passing(sentence, find_months_alone(sentence, year, speaks_from, dates, last_from=dated_on), dates,
                              year, speaks_from, dated_on)
        if at is not None:
            alone = [_year_before(d, at) for d in alone]
        elif alone and not speaks_from and own_month and year == own_month[0] \
                and ((language in (None, "en") and _tells_a_past_act(sentence, language)) or _other_past(sentence, alone, language)):
            alone = [_year_before(d, own_month, _HALF_A_YEAR if _plan_of(sentence, d, language) else _HALF_A_YEAR - 1)
                     for d in alone]  # "he was recruited in Paris in December", in a weekly summary of 21 January 1977:
            # a month alone of a past act, as a day without its year above, is of the last such month before the text's
        if alone and speaks_from is not None and not _tells_a_past_act(sentence, language):
            alone = _past_passing(sentence, find_months_alone(sentence, year, speaks_from, dates, past=False, last_from=dated_on),
                                  dates, year, speaks_from, dated_on, past=False)  # "until Parliament debates the budget in June"
        alone = [m for m in alone if not any(d.start < m.end and m.start < d.end for d in dates)
                 and not _POSSIBLE.search(sentence, 0, m.start)]
        if alone and speaks_from is not None:
            alone = [m for m in alone if not _committed_month(sentence, m, speaks_from, language)]
        if alone and tells_a_plan(sentence, language):
            past = last_year_dates(sentence)  # "по просьбе, высказанной ещё в апреле прошлого года, и что Москва будет
            # удивлена": a month of last year is a past time, whatever clause of the sentence plans
            alone = [m for m in alone if _SINCE_OPENED.match(m.text) or any(a < m.end and m.start < b for a, b in past)
                     or _done_in_month(sentence, m.start, language)]  # "some 3,000 men had returned since the end of May,
            # and a further group would sail in August": a month opened by the since word is the past start of a course,
            # never a plan's time, whatever clause of the sentence plans
        if alone and dates and language in (None, "en"):
            dates = days_of_the_month_named(sentence, dates, alone)
        if parts := [m for m in find_month_parts(sentence, (year, month) if year and month else this_month,
                                                 dated_on or speaks_from or this_month, dates)
                     if not any(d.start < m.end and m.start < d.end for d in dates + alone)
                     and not _POSSIBLE.search(sentence, 0, m.start) and not _plan_before(sentence, m.start, language)]:
            alone += parts  # "had announced at the end of last month", "was recalled in the middle of the month": those
            # days; not a plan's time ("will debate the treaty at the end of the month"), but a plan told after the part
            # ("had announced early this month that they would set up a council") leaves it the announcing's
        if alone:
            dates = join_month_spans(sentence, sorted(dates + alone, key=lambda d: d.start))  # "Seaborn saw Pham Van Dong in
            # June": the year the text is in; "late July and early August", "Through April and May": one span
        in_scope = month or (this_month[1] if this_month and this_month[0] == year else None)  # the month the story is at
        if alone and (month or carried) and year is not None and language in (None, "en") and _STORY_MONTH is not None:
            nexts = {m.start for m in alone if m.start_date and m.start_date.year == year and m.start_date.month < (month or carried)
                     and m.end_date and m.end_date.month == m.start_date.month and not m.year_written
                     and m.start_date.month + 12 - (month or carried) <= _HALF_A_YEAR and _STORY_MONTH.fullmatch(m.text)} \
                if not looks_back(sentence) else set()  # "had been founded that March": a look back, the story's year
            if nexts:  # "that January" after the story's November: the January after it (within half a year), the story's
                # year moved on
                dates = [_year_after(d) if d.start in nexts else d for d in dates]
                moved = year + 1
        if seasons := find_seasons(sentence, year, speaks_from or dated_on, in_scope, dates):  # "Летом 1956 г.", "that autumn": the season's months, for
            dates = sorted([d for d in dates if not any(s.start <= d.start and d.end <= s.end for s in seasons)] + seasons,
                           key=lambda d: d.start)  # the year it names with them
        if recalls and dates and year is not None and language in (None, "en"):
            dates, moved = _recalled_year(sentence, dates, year, month or carried, moved)
        if notes and dates and (called := [d for n in note_markers(sentence) for d in notes.get(n, ())]):
            dates, noted = of_the_notes_year(dates, called)
            moved = noted if noted is not None and noted != year else moved
        if _source_note(sentence, dates):
            sentences.append(Sentence(start, end, sentence, [], year, apparatus=True))
            year = story
            continue
        if not dates and last_day is not None and language in (None, "en"):
            dates = hours_of_the_day(sentence, last_day)  # "... in the afternoon of 25 January ... At 1545 Radio Uganda
            # broadcast ...": an hour alone is of the day the passage set last, not of the day the text is written
        last_day = next((d for d in reversed(dates) if d.precision in ("day", "minute") and d.start_date == d.end_date
                         and not looks_back(re.split(r"[,;:]", sentence[: d.start])[-1])), last_day)  # "The trawler had left
        # Gdynia on 3rd January and had been fishing off the Dogger since the 8th. She was found at 0540 ...": a day the
        # clause looks back to in the pluperfect is before the story's, no day its hours are told on
        sentence_year, year = year, story
        if moved is not None:
            year, sentence_year, moved = moved, moved, None
        for mention in dates:
            if mention.year_written and not _SINCE_BEFORE.search(sentence, 0, mention.start) and not _in_passing(sentence, mention) \
                    and not _paper_of_a_year_before(sentence, mention, this_month) \
                    and not _day_to_come(sentence, mention, this_month, language) \
                    and not _after_writing(mention, speaks_from or own_month) \
                    and not _looks_back_from_a_day(mention, dates, story):
                year = mention.start_date.year  # "since the Moscow meeting of June 1962": the period runs to the time the
                # text speaks from, whose year the days it names next keep ("On 22 February he announced ..."); a month or
                # a year named in passing ("the 1956 agreement") names a thing's time, not the story's
            if mention.precision in ("day", "minute", "month") and mention.start_date.month == mention.end_date.month:
                month = mention.start_date.month
        sentences.append(Sentence(start, end, sentence, dates, year if year != story else sentence_year))
    return sentences, year


def of_the_notes_year(dates: list[DateMention], called: list[DateMention]) -> tuple[list[DateMention], int | None]:
    """A book page's days without their year, read in the year of the notes their sentence calls ("Bourguiba had written
    to de Gaulle on 6 July, ...; the General did not reply.23" over "23. Bourguiba to de Gaulle, 6 July 1961, ..."; "the
    Holy See had accepted the oath of loyalty in a weakened form.42" over "42 Prantner to the Politburo, 28 July 1964"):
    the source a note cites for the act is of its month, written on its day or after it, so the act is of the note's year,
    not of a year the page named before for something else ("tried in May 1949", "the autumn of 1963") nor of the last
    day the page names. A day or a month alone is moved; a date with its year written stays. Returns the dates and the
    year the note gave (None where none moved)."""
    out, noted = [], None
    for mention in dates:
        if not mention.year_written and mention.precision in ("day", "minute", "month") and mention.start_date is not None \
                and mention.end_date is not None and mention.start_date.month == mention.end_date.month \
                and mention.start_date.year == mention.end_date.year:
            source = next((n for n in called if n.start_date.month == mention.start_date.month
                           and n.start_date.year != mention.start_date.year
                           and (mention.precision == "month" or n.start_date.day >= mention.start_date.day)), None)
            if source is not None:
                year = source.start_date.year
                mention = replace(mention, start_date=in_year(mention.start_date, year), end_date=in_year(mention.end_date, year))
                noted = year
        out.append(mention)
    return out, noted


def _looks_back_from_a_day(mention: DateMention, dates: list[DateMention], story: int | None) -> bool:
    """A bare year before the story's, named after a day the sentence reads in the story's year ("On 27 August
    Eisenhower told a press conference that the islands were more closely tied to the defense of Taiwan than they had
    been in 1955", in a chapter on 1958): the sentence's act is of the story's day, the year a look back that leaves
    the story where it was; the days the text names next ("On 4 September Dulles ...") keep the story's year."""
    return story is not None and mention.precision == "year" and mention.start_date.year < story and any(
        d.start < mention.start and not d.year_written and d.precision in ("day", "minute") and d.start_date.year == story
        for d in dates)


_DAY_ALONE = compile_opening(r"[0-3]?\d(?:st|nd|rd|th)")
_WEEKDAYS = weekday_numbers("en")
_WEEKDAY_WORD = compile_opening(r"(?<!\w)(?:" + (alternation(list(lexicon("en").get("weekdays") or {})) or "(?!)") + r")(?!\w)", re.IGNORECASE)


def _on_the_weekday_beside(sentence: str, mention: DateMention) -> bool:
    """A day alone that falls on the day of the week written just before it ("On Monday 4th", "on Sunday, the 10th")."""
    language = reading_language()
    before = sentence[max(0, mention.start - 16): mention.start]
    named = {n for lang in ("en", language) if lang for w, n in (lexicon(lang).get("weekdays") or {}).items()
             if re.search(r"(?<!\w)" + re.escape(w) + r",?\s+(?:the\s+)?$", before, re.IGNORECASE)}
    return mention.start_date is not None and mention.start_date.weekday() in named


def _on_its_weekday(sentence: str, dates: list[DateMention], written: int) -> list[DateMention]:
    """A day without its year named with its day of the week, which it does not fall on in the year the text last wrote
    but does in the year of writing ("Lusa, Jumat 27 Februari, Presiden ... akan menerima ...", after "didirikan di
    Bangkok pada tanggal 8 Agustus 1967", in a release of February 1976): of the year of writing."""
    days = [d for d in dates if not d.year_written and d.precision in ("day", "minute") and d.start_date is not None
            and d.start_date == d.end_date]
    if len(days) != 1:
        return dates
    language = reading_language()
    named = {n for lang in ("en", language) if lang for w, n in (lexicon(lang).get("weekdays") or {}).items()
             if re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", sentence[: days[0].start], re.IGNORECASE)}
    day = days[0].start_date
    if len(named) != 1 or day.weekday() in named:
        return dates
    try:
        moved = in_year(day, written)
    except ValueError:  # 29 February
        return dates
    if moved.weekday() not in named:
        return dates
    return [replace(d, start_date=moved, end_date=moved) if d is days[0] else d for d in dates]


def _recalled_year(sentence: str, dates: list[DateMention], year: int, story_month: int | None,
                   moved: int | None) -> tuple[list[DateMention], int | None]:
    """A recollection's days without their year, read on from the story's year and month (an oral history, a memoir).
    A day named with its day of the week that falls on it only in the year after ("It was a Monday, the 15th of
    October", told after "August of '78": 15 October 1979 was the Monday): of that year. A day or a month earlier in the
    year than the month the story has reached, within half a year after it ("By early January the civilians had all
    resigned", after October), not in a look back ("had been founded in March"): of the year after. Either moves the
    story's year on; the sentence's other days without their year keep the one they moved to."""
    unwritten = [d for d in dates if not d.year_written and d.start_date is not None and d.end_date is not None
                 and d.start_date.year == year and d.end_date.year == year]
    if not unwritten:
        return dates, moved
    named = [_WEEKDAYS[m[0].lower()] for m in _WEEKDAY_WORD.finditer(sentence)]
    days = [d for d in unwritten if d.precision in ("day", "minute") and d.start_date == d.end_date]
    if len(named) == 1 and len(days) == 1 and days[0].start_date.weekday() != named[0]:
        later = _year_after(days[0])
        if later is not days[0] and later.start_date.weekday() == named[0]:
            return [_year_after(d) if d in unwritten else d for d in dates], year + 1
    if story_month is None or looks_back(sentence):
        return dates, moved
    first = min(unwritten, key=lambda d: d.start)
    if first.start_date.month < story_month and first.start_date.month + 12 - story_month <= _HALF_A_YEAR:
        return [_year_after(d) if d in unwritten else d for d in dates], year + 1
    return dates, moved


def days_of_the_month_named(sentence: str, dates: list[DateMention], alone: list[DateMention]) -> list[DateMention]:
    """The days alone ("the 9th", "the 12th") a sentence names after a month it named alone ("The decision was prepared
    in February, when between the 9th and the 12th the army ... refused"): of that month, not of the month the text
    speaks from or wrote last."""
    first = next((m for m in alone if m.precision == "month" and m.start_date.month == m.end_date.month
                  and not _SINCE_OPENED.match(m.text) and not _SINCE_JUST_BEFORE.search(sentence, 0, m.start)), None)
    if first is None or not any(d.start >= first.end and _DAY_ALONE.fullmatch(d.text) for d in dates):
        return dates
    again = {d.start: d for d in find_dates(sentence, first.start_date.year, first.start_date.month)}
    return [again.get(d.start, d) if d.start >= first.end and _DAY_ALONE.fullmatch(d.text) else d for d in dates]


def hours_of_the_day(sentence: str, day: DateMention) -> list[DateMention]:
    """The hours a sentence with no date of its own tells ("At 1545 Radio Uganda broadcast ...", "and at 0730 the
    proclamation was read"), each on ``day``, the day its passage set last: a bulletin or a chronicle that dates an
    item's first act tells the rest by the clock. Not an hour a word of the day stands with ("at 0300 this morning",
    "at 1100 yesterday": that word's day), nor a plan's ("will arrive at 1545")."""
    hours = clock_hours(sentence)
    if not hours:
        return []
    cues = read_cues(sentence, "en")
    if tells_a_plan(sentence, "en") or any(c.kind == "planned" or (c.kind == "relative" and not any(a <= c.start < b for a, b, _ in hours)) for c in cues):
        return []
    return [DateMention(a, b, sentence[a:b], day.start_date, day.start_date, "minute", hhmm, True, False) for a, b, hhmm in hours]


def _recent(own_month: tuple[int, int] | None, year: int | None) -> tuple[int, int] | None:
    """The month a text of a day of its own (a report, an estimate, neither a letter nor a record) speaks from, where
    the year it wrote last is the one before its own: "since the expulsion ... on 13 November 1977 ... In late April, two
    Il-38 aircraft deployed to Aden", in an estimate of June 1978, is April 1978, as a record's days are read
    (``_year_spoken``); a story of an older year ("on the night of May 17, 1980 ... before dawn on May 27", told in a
    briefing book of 2019) keeps its year."""
    return own_month if own_month is not None and year is not None and own_month[0] - year == 1 else None


def _year_spoken(sentence: str, year: int | None, month: int | None, this_month: tuple[int, int] | None,
                 speaks_from: tuple[int, int] | None) -> int | None:
    """The year a sentence's days and months without a year are read in. A record or a letter speaks from its own
    year; a year it wrote before ("recalling his visit to Delhi in November 1986") is a look back, and "the last
    troops had left on 15 February", "in mid-May", in a record of July 1989 are of 1989. The earlier year holds only
    where the year spoken from would put them after the month spoken from: a story told of that year ("It was
    September of '58 ... That autumn the battalions were still refusing")."""
    if speaks_from is None or year is None or year >= speaks_from[0]:
        return year
    spoken = speaks_from[0]
    named = [d for d in find_dates(sentence, spoken, month, this_month) if not d.year_written] \
        + find_months_alone(sentence, spoken) + find_seasons(sentence, spoken)
    if any(d.start_date and (d.start_date.year, d.start_date.month) > speaks_from for d in named):
        return year
    return spoken


# A period's start named after "since" (since_openers in en.yaml), up to ten words before its date, no clause between
# ("since the crash of Lin Piao's aircraft near Öndörkhaan in September 1971").
_SINCE_BEFORE = compile_opening(
    r"\b(?:" + alternation(lexicon("en").get("since_openers") or []) + r")\s+(?:[^\s,;:.]+\s+){0,10}$", re.IGNORECASE
)


# A month named alone with the since word opening its text ("since July", "since the end of May").
# A since word right before a month named alone ("who has been living at Mussoorie since April, came to Delhi on the
# 24th"): the month a course began, no month the story is in; the days alone after it keep the text's month.
_SINCE_JUST_BEFORE = compile_opening(r"\b(?:" + alternation(lexicon("en").get("since_month_openers") or []) + r")\s+$", re.IGNORECASE)
_SINCE_OPENED = compile_opening(r"(?:" + alternation(lexicon("en").get("since_openers") or []) + r")\b", re.IGNORECASE)


def reads_since(text: str, year: int) -> date | None:
    """The day of the last sentence of ``text``, read in ``year`` (the check of since_openers' examples)."""
    sentences, _ = annotate(text, year)
    return sentences[-1].dates[0].start_date if sentences and sentences[-1].dates else None


# A month or a year the text names in passing ("since the abortive coup of October 1965", "the Moscow meeting of June
# 1962", "since 1949", "the 1956 agreement"): it names a thing's time, not the year the text goes on in; only a full date,
# or a month or year told as the story's time ("In June 1962", "At the end of June 1950", "In the spring of 1953"),
# moves that year. "of" is in passing after a thing ("the coup of"), not after a part of the time ("the end of").
_PASSING = [w for lang in ("en", "ru") for w in lexicon(lang).get("passing_year_openers") or []]
_TIME_NOUNS = [w for lang in ("en", "ru") for w in lexicon(lang).get("time_nouns") or []]
_PASSING_BEFORE = compile_opening(r"(?<!\w)(?P<word>" + alternation(_PASSING).replace(r"\ ", r"\s+") + r")\s+$", re.IGNORECASE) if _PASSING else None
# A mention that opens with a time noun ("spring of 1961", "end of June 1950"): a season or part of a year told as the
# story's time, its article ("in the spring of 1961") no sign of a thing's time as "the 1956 agreement" is.
_OPENS_WITH_TIME_NOUN = compile_opening(r"(?:" + alternation(_TIME_NOUNS) + r")\b", re.IGNORECASE) if _TIME_NOUNS else None
_ARTICLES = {"the"}
_TIME_NOUN_OF = compile_opening(r"(?<!\w)(?:" + alternation(_TIME_NOUNS) + r")\s+of\s+$", re.IGNORECASE) if _TIME_NOUNS else None


# A month or a year told inside a relative clause ("the policy of friendship which U Nu and you proclaimed together in
# June 1954", "договор, который был подписан в марте 1950 г."): the time of the thing the clause describes, named in
# passing; the opener (relative_clause_openers in en.yaml, ru.yaml) with no break of the clause before the date.
_RELATIVES = [w for lang in ("en", "ru") for w in lexicon(lang).get("relative_clause_openers") or []]
_RELATIVE_BEFORE = compile_opening(r"(?<!\w)(?:" + alternation(_RELATIVES) + r")\s[^,;:.()]*$", re.IGNORECASE) if _RELATIVES else None
# The same time told inside an aside between commas that a past participle opens after a name ("Former president Maga,
# ousted by Soglo in October 1963, remains in detention", "The treaty, signed in May 1955, still binds them"): a reduced
# relative clause, its month or year the described one's, named in passing; the aside closed by a comma after the date.
_PARTICIPLE_ASIDE_BEFORE = compile_opening(r"(?<=\w),\s+[a-z]+ed\s[^,;:.()]*$")
# A comparison's "than" with its clause unbroken up to the date ("more closely tied to the defense of Taiwan
# than they had been in 1955"): the time compared with, named in passing; not a quantity's "than" ("more than half the
# garrison had deserted in 1962"), nor one a digit follows (comparison_year_openers, comparison_year_quantifiers).
_COMPARED = lexicon("en").get("comparison_year_openers") or []
_QUANTIFIERS = lexicon("en").get("comparison_year_quantifiers") or []
_COMPARED_BEFORE = compile_opening(r"(?<!\w)(?:" + alternation(_COMPARED) + r")\s+(?!\d)[^,;:.()\d]{0,60}$",
                                   re.IGNORECASE) if _COMPARED else None
_QUANTITY_BEFORE = compile_opening(r"(?<!\w)(?:" + alternation(_QUANTIFIERS) + r")\s+$", re.IGNORECASE) if _QUANTIFIERS else None
_ASIDE_CLOSED = compile_opening(r"\s*,")


# A later time a narrative names in an aside that runs past its story ("he lived at the Dorchester until his death in
# 1972"): the end of someone's later course, not the year the story has reached; the days it names next ("Qaboos
# broadcast on 26 July") keep the story's year (aside_end_openers, aside_end_owners, aside_end_joiners in en.yaml).
_ASIDE_END_BEFORE = compile_opening(
    r"(?<!\w)(?:" + (alternation(words("aside_end_openers", ("en",))) or "(?!)") + r")\s+(?:"
    + (alternation(words("aside_end_owners", ("en",))) or "(?!)") + r")\s+(?:[^\W\d_][\w'’-]*\s+){1,2}"
    + r"(?:" + (alternation(words("aside_end_joiners", ("en",))) or "(?!)") + r")\s+$", re.IGNORECASE)


def ends_an_aside(sentence: str, mention: DateMention) -> bool:
    """The date closes an aside on someone's later course ("until his death in 1972"): no year of the story."""
    return _ASIDE_END_BEFORE.search(sentence, max(0, mention.start - 80), mention.start) is not None


def aside_end(example: str) -> bool:
    """Whether the first date of ``example`` closes an aside on a later course (for the language files' examples)."""
    dates = find_dates(example, 1950)
    return bool(dates) and ends_an_aside(example, dates[0])


# A year that closes the name of a statute or a doctrine ("the Trade Act of 1974", "the Foreign Assistance Act of 1961",
# "the McMahon Act of 1946"): a part of the name, no time of the sentence's act (statute_nouns in en.yaml).
_STATUTE_OF = compile_opening(
    r"(?<![\w-])(?!(?:The|A|An|This|That)\s)[A-Z][\w'’.-]*\s+(?:[A-Z][\w'’.-]*\s+)*(?:" + (alternation(words("statute_nouns", ("en",))) or "(?!)") + r")\s+of\s+$")


# A year that opens a capitalised name after its article ("the 1964 Defence Agreement", "the 1954 Geneva Agreements",
# "the 1962 Constitution"): a part of the name, no time of the sentence's act (named_year_nouns in en.yaml).
_YEAR_NAMES = compile_opening(r"^\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:" + (alternation(words("named_year_nouns", ("en",))) or "(?!)") + r")\b")
_THE_BEFORE = compile_opening(r"(?<![\w-])[Tt]he\s+$")


# A year that tells which constitution, in any case, after the noun and "of" or between the article and the noun
# ("repealing the 1968 constitution", "suspended the constitution of 1979", "THE CONSTITUTION OF 1968"): the thing's
# year, no time of the sentence's act (year_thing_nouns in en.yaml).
_THING_NOUNS = alternation(words("year_thing_nouns", ("en",))) or "(?!)"
_THING_OF = compile_opening(r"(?<![\w-])(?:" + _THING_NOUNS + r")\s+of\s+$", re.IGNORECASE)
_YEAR_THING = compile_opening(r"^\s+(?:" + _THING_NOUNS + r")\b", re.IGNORECASE)


def names_a_statute(sentence: str, mention: DateMention) -> bool:
    """The year names a statute ("the Trade Act of 1974") or opens a name ("the 1964 Defence Agreement"), a part of it;
    or tells which constitution ("the constitution of 1979", "the 1968 constitution")."""
    the_before = _THE_BEFORE.search(sentence, max(0, mention.start - 6), mention.start) is not None
    return mention.precision == "year" and (
        _STATUTE_OF.search(sentence, max(0, mention.start - 80), mention.start) is not None
        or (_YEAR_NAMES.match(sentence[mention.end:]) is not None and the_before)
        or _THING_OF.search(sentence, max(0, mention.start - 30), mention.start) is not None
        or (_YEAR_THING.match(sentence[mention.end:]) is not None and the_before))


def statute_year(example: str) -> bool:
    """Whether the first date of ``example`` is the year of a statute's name (for the language files' examples)."""
    dates = find_dates(example, 1950)
    return bool(dates) and names_a_statute(example, dates[0])


def _past_passing(sentence: str, alone: list[DateMention], dates: list[DateMention], year: int | None,
                  speaks_from: tuple[int, int] | None, dated_on: tuple[int, int] | None, past: bool = True) -> list[DateMention]:
    """The months named alone, those told past a semicolon that closes the clause of a year named in passing read again
    (with the dates that lend their year less that one): "Since the Rome agreement of December 1965 India has
    doubled its imports; the first plant broke ground in mid-November" is of the story's year, not of 1965."""
    passing = [(d, cut) for d in dates if d.year_written and (cut := sentence.find(";", d.end)) >= 0 and _in_passing(sentence, d)]
    if not alone or not passing:
        return alone
    boundary = min(cut for _, cut in passing)
    lent = [d for d in dates if d not in [p for p, _ in passing]]
    reread = {m.start: m for m in find_months_alone(sentence, year, speaks_from, lent, past=past, last_from=dated_on) if m.start > boundary}
    return [reread.get(m.start, m) if m.start > boundary else m for m in alone]


def _in_passing(sentence: str, mention: DateMention) -> bool:
    if ends_an_aside(sentence, mention):
        return True
    if mention.precision in ("day", "minute") or _PASSING_BEFORE is None:
        return False
    if _RELATIVE_BEFORE is not None and _RELATIVE_BEFORE.search(sentence, max(0, mention.start - 120), mention.start):
        return True
    if _PARTICIPLE_ASIDE_BEFORE.search(sentence, max(0, mention.start - 80), mention.start) \
            and _ASIDE_CLOSED.match(sentence, mention.end):
        return True
    if compared_time(sentence, mention):
        return True
    opener = _PASSING_BEFORE.search(sentence, 0, mention.start)
    if opener is not None and _OPENS_WITH_TIME_NOUN is not None and _OPENS_WITH_TIME_NOUN.match(mention.text) \
            and opener["word"].lower() in _ARTICLES:
        opener = _PASSING_BEFORE.search(sentence, 0, opener.start())  # "in the spring of 1961", "в конце 1961 г.": the
        # article is the season's or the part's, the time the story is at; "since the spring of 1961" names a course's start
    if opener is None:
        return False
    return not (opener["word"].lower() == "of" and _TIME_NOUN_OF is not None and _TIME_NOUN_OF.search(sentence, 0, mention.start))


# A paper named by its day in a text that speaks from a later year ("repeated Chou En-lai's proposal of 7 November 1959",
# "the unilateral declaration of independence of 11 November 1965", "письмо от 5 мая 1961 г."): the day is the paper's,
# not the story's; the days the text writes next without a year keep the year it speaks from (en.yaml, ru.yaml dated_papers).
_PAPER_OF = compile_opening(
    r"(?<!\w)(?:" + (alternation(words("dated_papers", ("en", "ru"))) or "(?!)") + r")(?:\s+of\s+\w+)?\s+(?:"
    + (alternation(words("dated_paper_joiners", ("en", "ru"))) or "(?!)") + r")\s+$", re.IGNORECASE)


def _paper_of_a_year_before(sentence: str, mention: DateMention, this_month: tuple[int, int] | None) -> bool:
    return this_month is not None and mention.start_date.year < this_month[0] and mention.precision in ("day", "minute") \
        and _PAPER_OF.search(sentence, max(0, mention.start - 60), mention.start) is not None


def _day_to_come(sentence: str, mention: DateMention, this_month: tuple[int, int] | None, language: str | None) -> bool:
    """A day of a later year than the paper's, in a sentence that plans ("On 19th June the Foreign Secretary told the
    House of Commons that South Arabia would become independent on 9th January, 1968", in a report of July 1967): a
    time to come, which the story does not move to; the days it names next ("on 22nd June") keep the paper's year."""
    return this_month is not None and mention.start_date.year > this_month[0] and mention.precision in ("day", "minute") \
        and _plan_before(sentence, mention.start, language)  # "a seven-year agreement was signed in London on 26 March
    # 1972: Britain and NATO would pay ...": a day done, the plan told after it; the story moves to its year


def _after_writing(mention: DateMention, written: tuple[int, int] | None) -> bool:
    """A year after the one a letter, a record or a dated paper is written in ("has promised new elections in June
    1963", in a weekly summary of 20 July 1962): a time to come, whatever verb names it; the story does not move to it,
    and the days it names next without their year ("suspended diplomatic relations on 18 July") keep the paper's."""
    return written is not None and mention.start_date is not None and mention.start_date.year > written[0]


def paper_of_a_year_before(example: str) -> bool:
    """Whether the first date of ``example``, in a text of 1970, is a paper's of an earlier year (the examples' check)."""
    dates = find_dates(example, 1970)
    return bool(dates) and _paper_of_a_year_before(example, dates[0], (1970, 1))


def compared_time(sentence: str, mention: DateMention) -> bool:
    """A month or a year told inside a comparison that "than" opens ("more closely tied to the defense of Taiwan than
    they had been in 1955"): the time compared with, no act of its own (comparison_year_openers)."""
    if mention.precision in ("day", "minute") or _COMPARED_BEFORE is None:
        return False
    than = _COMPARED_BEFORE.search(sentence, max(0, mention.start - 80), mention.start)
    return than is not None and not (_QUANTITY_BEFORE is not None and _QUANTITY_BEFORE.search(sentence, max(0, than.start() - 20), than.start()))


def in_passing(example: str) -> bool:
    """Whether the first date of ``example`` is named in passing (for the language files' examples)."""
    dates = sorted(find_seasons(example, 1950, None, None) + find_dates(example, 1950), key=lambda d: (d.start, -d.end))
    return bool(dates) and _in_passing(example, dates[0])  # a season before the year it holds ("the spring of 1953")


_FUTURE = re.compile(r"\b(?:will|shall|would|going\s+to)\b", re.IGNORECASE)
# The words of a possibility (en.yaml possibility_modals): a month named alone after them is a plan's loose time.
_POSSIBLE = compile_opening(r"\b(?:" + (alternation(lexicon("en").get("possibility_modals") or []) or "(?!)") + r")\b", re.IGNORECASE)
# A verb of agreement, decision or plan, then "to" and the act it commits to (en.yaml plan_month_verbs), and the clause
# it opens up to a month named alone: "had met on Monday and agreed to hold their next meeting in Bali in July".
COMMITTED = _COMMITTED = compile_opening(
    r"(?<!\w)(?:" + alternation(lexicon("en").get("plan_month_verbs") or []) + r")\s+to\s+[a-z]+(?!\w)[^;:!?]*$", re.IGNORECASE
) if lexicon("en").get("plan_month_verbs") else None


# A word that opens a clause of an act to come, asked for, offered or proposed, with no "to" after a verb of plan
# ("proposed that a delegation visit Lusaka", "the invitation for an official visit", "готова прибыть", "приглашение
# направить"; plan_clause_openers in the lang files), then its clause up to a time named alone.
_PLAN_OPENED = compile_opening(r"(?<!\w)(?P<open>" + alternation(words("plan_clause_openers")) + r")(?!\w)[^;:!?]*$", re.IGNORECASE) \
    if words("plan_clause_openers") else None


def plan_opened(sentence: str, at: int, language: str | None = None) -> bool:
    """A plan's clause (committed to, asked for, offered, proposed) open before ``at``: a time named there is to come. Not
    where a past act is told between the opening word and ``at`` ("thanked me for the invitation we had sent in
    December": the sending's month)."""
    if _COMMITTED is not None and _COMMITTED.search(sentence, 0, at) is not None:
        return True
    opened = _PLAN_OPENED.search(sentence, 0, at) if _PLAN_OPENED is not None else None
    return opened is not None and not any(c.kind in ("past", "speech") for c in read_cues(sentence[opened.end("open"): at], language or "en"))


def _committed_month(sentence: str, month: DateMention, speaks_from: tuple[int, int], language: str | None = None) -> bool:
    """A month named alone in the clause of an act committed to ("agreed to hold their next meeting in Bali in July", in a
    record of May) or asked for, offered or proposed ("handed him the invitation for an official visit to Bucharest in
    May", in March) that, in the year spoken from, falls after the month spoken from: the act to come's loose time, its
    next such month, no past month of the year before; its plan is read by its words."""
    if month.start_date.month > speaks_from[1] and month.start_date.year in (speaks_from[0], speaks_from[0] - 1):
        return plan_opened(sentence, month.start, language)
    return (month.start_date.month < speaks_from[1] and month.start_date.year == speaks_from[0] and _PLAN_OPENED is not None
            and not looks_back(sentence[: month.start]) and plan_opened(sentence, month.start, language))  # "proposed that
    # the first meeting be held in London in February", written in December: the February to come, not the one gone by


_HALF_A_YEAR = 6  # months: a month without its year more than this after the message's is of the year before


# "that January": a month named alone in the story's time with one of en.yaml story_month_openers before its name.
_STORY_MONTH = re.compile(r"(?:" + alternation(words("story_month_openers")) + r")\s+[^\W\d_]+", re.IGNORECASE) \
    if words("story_month_openers") else None


def _year_after(mention: DateMention) -> DateMention:
    """A month alone the story reaches after a later month of its year: the same month of the year after."""
    try:
        return replace(mention, start_date=in_year(mention.start_date, mention.start_date.year + 1),
                       end_date=in_year(mention.end_date, mention.end_date.year + 1))
    except ValueError:  # 29 February
        return mention


def _after_spoken_day(mention: DateMention, spoken_day: date) -> bool:
    """A day alone by its ordinal ("the 26th") read in the month of the day the text is written on, but after that day."""
    return mention.inferred and not mention.year_written and mention.start_date == mention.end_date \
        and mention.start_date > spoken_day and mention.start_date.month == spoken_day.month \
        and mention.start_date.year == spoken_day.year and bool(_DAY_ALONE.fullmatch(mention.text))


def _month_before(mention: DateMention) -> DateMention:
    """The same day of the month before ("the 30th" in March is of February only if February has it)."""
    year, month = (mention.start_date.year, mention.start_date.month - 1) if mention.start_date.month > 1 \
        else (mention.start_date.year - 1, 12)
    if mention.start_date.day > calendar.monthrange(year, month)[1]:
        return mention
    day = date(year, month, mention.start_date.day)
    return replace(mention, start_date=day, end_date=day)


def _year_before(mention: DateMention, speaks_from: tuple[int, int], within: int = _HALF_A_YEAR) -> DateMention:
    """A date without its year in a message of a later month ("十二月二十日" in a telegram of 8 January 1951; "the air
    raids, which had stopped on 24 December" in a journal of February 1966, a past told): the nearest such month, the
    year before, when the text's year would put it more than half a year after the message (more than ``within``
    months after it)."""
    ahead = (mention.start_date.year - speaks_from[0]) * 12 + mention.start_date.month - speaks_from[1]
    if mention.year_written or not mention.inferred or ahead <= within:
        return mention
    try:
        return replace(mention, start_date=in_year(mention.start_date, mention.start_date.year - 1),
                       end_date=in_year(mention.end_date, mention.end_date.year - 1))
    except ValueError:  # 29 February
        return mention


def _into_the_next_year(dates: list[DateMention], written: tuple[int, int]) -> list[DateMention]:
    """Days without their year that a sentence tells one after the other ("visited Mr. Tallis at Zomba prison on 2
    December and again on 19 January", in a text of March 1981, its story in 1980): a day written after a later one of
    the same year is of the year after, where that year puts it no later than the month the text speaks from."""
    out = list(dates)
    for i in range(1, len(out)):
        before, mention = out[i - 1], out[i]
        if mention.year_written or not mention.inferred or mention.start_date is None or before.start_date is None \
                or mention.start_date >= before.start_date or mention.start_date.year != before.start_date.year \
                or (mention.start_date.year + 1, mention.start_date.month) > written:
            continue
        try:
            out[i] = replace(mention, start_date=in_year(mention.start_date, mention.start_date.year + 1),
                             end_date=in_year(mention.end_date, mention.end_date.year + 1))
        except ValueError:  # 29 February
            continue
    return out


# The pluperfect ("he had telephoned", "they had already left"; not "had to"): told as done before the day the text
# speaks from (flashback_auxiliaries in en.yaml).
_LOOKS_BACK = compile_opening(
    r"(?<!\bwho\s)(?<!\bwhich\s)(?<!\bthat\s)\b(?:" + alternation(lexicon("en").get("flashback_auxiliaries") or []) + r")\s+(?:(?:" + alternation(lexicon("en").get("flashback_adverbs") or [])
    + r")\s+)?(?:[a-z]{2,}ed|" + alternation(lexicon("en").get("irregular_participles") or []) + r")\b"
)

# The same pluperfect in any clause, a relative one too ("who had flown to Kinshasa on the 26th"): an act done before the
# day the text is written on.
_HAD_DONE = compile_opening(
    r"\b(?:" + alternation(lexicon("en").get("flashback_auxiliaries") or []) + r")\s+(?:(?:" + alternation(lexicon("en").get("flashback_adverbs") or [])
    + r")\s+)?(?:[a-z]{2,}ed|" + alternation(lexicon("en").get("irregular_participles") or []) + r")\b"
)


def looks_back(text: str) -> bool:
    return bool(_LOOKS_BACK.search(text))


def pluperfect_in(text: str, start: int = 0) -> re.Match | None:
    """The first pluperfect in ``text`` from ``start`` ("...; the chargé had come on Monday")."""
    return _LOOKS_BACK.search(text, start)


def tells_a_plan(sentence: str, language: str | None) -> bool:
    """A plan or a future in the sentence: a month named alone there is the plan's loose time, no day of an act."""
    return bool(_FUTURE.search(sentence)) or any(c.kind == "planned" for c in read_cues(sentence, language or "en"))


# A pluperfect just before a month named alone, in its clause ("had decided in January", "had been signed in March"): the
# month is the past act's, whatever plan the sentence tells after it.
_DONE_IN = compile_opening(r"[^,;:()]{0,24}$")


def _done_in_month(sentence: str, at: int, language: str | None) -> bool:
    """A month named alone at ``at`` right after a pluperfect of its clause, with no plan or future told before it ("I
    informed him that the government had decided in January to grant wheat flour, which will arrive in April"): the
    month the act was done in, not the plan's loose time."""
    if language not in (None, "en"):
        return False
    done = next(reversed(list(_HAD_DONE.finditer(sentence, max(0, at - 80), at))), None)
    return done is not None and _DONE_IN.fullmatch(sentence, done.end(), at) is not None and not _plan_before(sentence, at, language)


# What closes a clause after a date: a future told past it is another clause's.
_CLAUSE_CLOSE = re.compile(r"[,;:]")


def _plan_of(sentence: str, mention: DateMention, language: str | None) -> bool:
    """A plan or a future told before the date, or after it in its own clause ("will meet on 18 December", "on 18
    December we will meet"); not one a later clause tells ("We voted on 18th December, and we shall not be bound")."""
    if _plan_before(sentence, mention.start, language):
        return True
    close = _CLAUSE_CLOSE.search(sentence, mention.end)
    end = close.start() if close else len(sentence)
    return bool(_FUTURE.search(sentence, mention.end, end)) or any(
        c.kind == "planned" and mention.end <= c.start < end for c in read_cues(sentence, language or "en"))


def _plan_before(sentence: str, at: int, language: str | None) -> bool:
    """A plan or a future told before ``at`` in the sentence: a time named there may be the plan's."""
    return bool(_FUTURE.search(sentence, 0, at)) or any(c.kind == "planned" and c.start < at for c in read_cues(sentence, language or "en"))


@cache
def _date_attribute(language: str | None) -> re.Pattern | None:
    """The endings that make a date of a language with no file the attribute of the noun after it, glued to its last
    word (a supplement's ``date_attribute_endings``: Kazakh "16 ақпандағы бұйрығы", the order of 16 February; Basque
    "abuztuaren 2ko agindua"): the date of that thing, an earlier paper or act, not of the sentence's own act."""
    endings = lexicon(language).get("date_attribute_endings") if language else None
    return re.compile(r"(?<=\w)(?:" + alternation(endings) + r")$") if endings else None


@cache
def _since_opener(language: str) -> re.Pattern | None:
    """A since word of a language's file (``since_openers``: "seit", "depuis", "desde", "ers") up to eight words before
    the place the pattern is searched to, no clause closed between."""
    openers = lexicon(language).get("since_openers") or []
    return compile_opening(r"(?<![\w'’])(?:" + alternation(openers) + r")\s+(?:[^\s,;:.()]+\s+){0,8}$", re.IGNORECASE) \
        if openers else None


def _other_past(sentence: str, dates: list[DateMention], language: str | None) -> bool:
    """In a language other than en, ru, zh: the sentence tells a past act (its file's past words or endings), or one of
    its dates comes after a since word ("Seit der Verhängung des Kriegsrechts in Polen am 13. Dezember hat sich der
    Zustrom verdoppelt", in a report of 5 February 1982): a day it names without its year is of a time gone by, the
    year before where the text's year would put it more than half a year after the text's month."""
    if language in (None, "en", "ru", "zh"):
        return False
    since = _since_opener(language)
    return (since is not None and any(since.search(sentence, max(0, d.start - 160), d.start) for d in dates)) \
        or (not tells_a_plan(sentence, language) and _tells_a_past_act(sentence, language))


def _tells_a_past_act(sentence: str, language: str | None) -> bool:
    """A past act in the sentence ("When I met Nixon in October", "в ноябре ... поддержал"): a month it names after the
    month the text speaks from is of the year before; an order or a time to come ("Делегации вылететь в Ханой в первых
    числах февраля") keeps its year."""
    language = language or "en"
    endings = tuple(lexicon(language).get("past_endings") or ()) if language == "ru" else ()
    return any(c.kind == "past" or (endings and c.kind == "speech" and sentence[c.start: c.end].lower().endswith(endings))
               for c in read_cues(sentence, language))  # "поддержал", a saying told in the past


# A bracket that opens a sentence and closes with no stop of its own before the next sentence's capital (an edition's inline
# source, "(Telegram 1146 from Santo Domingo; ...) President Johnson met ..."): a sentence of its own.
_BRACKET_THEN_SENTENCE = compile_opening(r"([(\uff08][^()\uff08\uff09\n]{8,400}[)\uff09])[ \t]+(?=[A-Z\u0410-\u042f\u0401])")


# A speaker's label closed by a full stop and a dash before his words ("Hermann Axen (reporting). - On Sunday ...", "Oskar
# Fischer. – The Foreign Ministry proposes ..."): the label a sentence of its own, his words the next.
DASHED_LABEL = re.compile(r"(?P<label>[^\W\d_][^.:\n]{1,60}?\.)[ \t]+[-\u2013\u2014]{1,2}[ \t]+(?=[\"'\u201c\u00ab]?[^\W\d_])")


_WHOLE_LINE = 160  # a stamp's or a copies line, no paragraph


def whole_line(text: str) -> bool:
    """A line that lists a paper's copies ("Copies: ...", "Разослать: ...", distribution_labels) or stamps its handling
    with a figure (a day, an hour, a count of copies: "Отп. 4 экз.", handling_verbs), alone in its passage."""
    text = text.strip()
    if not 0 < len(text) <= _WHOLE_LINE or "\n" in text:
        return False
    if _DISTRIBUTION_LINE.match(text):
        return True
    return handling_kind(text) is not None and any(c.isdigit() for c in text) and not any(
        (opening := text[a:].lstrip()[:2])[:1].isupper() and opening[1:].islower() for a, _ in sentence_spans(text)[1:])
    # "Sent 20/XI-68 at 11:40. Received 20/XI-68 at 14:05.", "Received the Ambassador at 10. He said ...": a sentence
    # after it opens with a word, no figure nor a shortened word's end ("Отп. 4 экз.")


def sentence_spans_of(text: str) -> list[tuple[int, int]]:
    """Sentence spans, a Chinese full stop ending its sentence (not the next one's first character). A copies line or
    a handling line on its own ("Verteiler: 1x Gen. Winzer, 1x Abt. Ferner Osten, 1x Botschaft", "Отп. 4 экз.
    15.VIII.76", "Typed in 5 copies by: Pálné") is one sentence: its shortened words ("Abt.", "Отп.", "экз.") end none."""
    if whole_line(text):
        return [(0, len(text.rstrip()))]
    spans, kept = [], 0
    semicolon = ";" in text or "；" in text  # a point opens after one
    for start, end in sentence_spans(text):
        end = min(end, len(text))
        if start < kept:  # the closing marks the sentence before kept are not this one's first characters
            start = kept
            if start >= end:
                continue
        if end - start > 1 and text[end - 2] in _CJK_STOP and text[end - 1] not in _CJK_STOP:
            if text[end - 1] in _CJK_CLOSERS:  # "……第437—439页。）", "他说：“同意。”": the stop inside a bracket or a
                while end < len(text) and text[end] in _CJK_CLOSERS:  # quotation, the marks that close it end the
                    end += 1  # sentence too
                kept = end
            else:
                end -= 1
        cut = start
        if start == 0 and (label := DASHED_LABEL.match(text, 0, end)) is not None:
            spans.append((0, label.end("label")))
            cut = label.end()
        if text[start] in "(\uff08" and (aside := _BRACKET_THEN_SENTENCE.match(text, start, end)) is not None:
            spans.append((start, aside.end(1)))  # "(Telegram 1146 from Santo Domingo; ...) President Johnson met ...":
            cut = aside.end()  # the bracket closes a sentence of its own, the next opens after it
        for point in _NEXT_POINT.finditer(text, start, end) if semicolon else ():  # "(一)同意……;(二)已电……": each point its own
            if point.start() > cut:
                spans.append((cut, point.start()))
                cut = point.start()
        spans.append((cut, end))
    return spans
