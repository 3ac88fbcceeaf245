"""Scoring against the exhaustive gold of ``tests/fixtures/gold/corpus.json`` (``make eval``).

``corpus.json`` annotates development documents (101-158) with their
document fields and **every** event the text states; ``CORPUS.md`` beside it
says how extraction is scored, and this module does exactly that:

- documents, per field: the date right at the gold's precision, the title
  equal after Unicode and whitespace normalisation (the page's title or its
  alternative form), the document type in the right category, sender and
  recipients equal as canonical names (aliases resolved), the archival
  citations' parts, the language set, truncation;
- events: a gold event is found when an event of the same document has
  evidence overlapping the gold evidence and a date that agrees at the gold's
  precision (for a range, a bound or alternatives: the same start and end).
  Recall = found / gold; precision = our events matching a gold event / all
  our events (the gold is exhaustive, so an event beyond it is wrong);
- actors, on the gold events found: right when our event's actors and the
  gold's are the same people and groups, names compared through the
  gazetteer, the document's own aliases and surnames.
"""

from __future__ import annotations

import calendar
import json
import os
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pipeline.normalize.names import resolve
from pipeline.normalize.text import decode, normalize_space, read_text
from pipeline.parse.model import line_end_hyphens
from pipeline.paths import PROJECT_ROOT
from pipeline.seed import SeedTables, process_seed

GOLD = PROJECT_ROOT / "tests" / "fixtures" / "gold" / "corpus.json"
DEV = PROJECT_ROOT / "tests" / "fixtures" / "dev"
# Pages written for a held-out check and annotated before extraction ran on them, gold.json beside them
# in corpus.json's format: the events on phrasings the rules were not built on (`make eval-probes`).
PROBES = PROJECT_ROOT / "tests" / "fixtures" / "probes_events"
PROBES2 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events2"  # the second batch, annotated before extraction ran on it too
PROBES3 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events3"  # the third: tape transcripts, protocol extracts, diaries, chronicles
PROBES4 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events4"  # the fourth: minutes, NSC and FO papers, spravki, bulletins, interviews
PROBES5 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events5"  # the fifth: handling lines, minutes in turns, weekday and relative dates, nianpu months
PROBES6 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events6"  # the sixth: handling lines, turns, a journal of days, a decision with its draft
PROBES7 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events7"  # the seventh: minutes in turns, an embassy telegram, a diary of days, a real CREST briefing
PROBES8 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events8"  # the eighth: Politburo minutes, a cipher telegram, a journal of days, a CIB bulletin, a 年谱 month
PROBES9 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events9"  # the ninth: a delegation's days, a memorandum for the President, a Z-time telegram, a Chinese talk record
PROBES10 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events10"  # the tenth: Politburo turns and decisions, an NSC discussion, a Baghdad telegram, a Chinese embassy telegram
PROBES11 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events11"  # the eleventh: a note dated at its foot, an airgram, a spravka, a book page on Cambridge Core, a bracket-dated Chinese talk record
PROBES12 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events12"  # the twelfth: a bracket-dated record, CPCz Presidium turns, an NSC meeting, a Z-time Amman telegram
PROBES13 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events13"  # the thirteenth: a foot-dated note, MPRP Politburo turns, a NIE dated at its foot, a Russian diary, a 年谱 year
PROBES14 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events14"  # the fourteenth: a bracket-less SED note, SED Politburo decisions, a CIB, a Russian справка signed at its foot, a 时间-line talk record
PROBES15 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events15"  # the fifteenth: a record told once in its opening sentence, HSWP minutes with decisions, an NSC memorandum of discussion, an airgram, a Russian письмо dated at its foot, a Chinese embassy telegram
PROBES16 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events16"  # the sixteenth: a bracket-foot record, a Politburo protocol with "Ad 1." items and "Decided:", a FRUS editorial note, a Weekly Summary, a Russian diary of three days, a 年谱 run
PROBES17 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events17"  # the seventeenth: a transcript in capitalised "NAME:" turns under a place-and-date line, a Roman-month telegram header block, Malin-style Presidium notes in "Name —" turns, a letterhead-dated letter, a memcon with a footnoted source note, an airgram, an SNIE dated by its concurrence line, a book chapter with bracketed note calls, a Russian запись беседы, a Chinese 谈话记录 dated in its opening sentence
PROBES18 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events18"  # the eighteenth (composed, illustrative URLs): a Hungarian memorandum dated in its opening sentence, a Czechoslovak ciphered telegram with a Received line, SED Politburo minutes with "Ad 1." and a Decision block, a letter dated at its foot under the signature, a FRUS NSC memorandum of discussion with lettered actions, a FRUS telegram under its file number, a CREST weekly summary in OCR lines, a Cambridge book page with archival footnotes, a Russian справка dated at its foot, a Chinese embassy telegram with a bracketed date line
PROBES19 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events19"  # the nineteenth (composed, illustrative URLs): a Polish note of a conversation dated in its heading with a weekday and a Roman-month foot line, a Soviet ciphered telegram with its handling lines above the text in reverse order, MPRP Politburo minutes with a RESOLVED block, a letter dated in words, a FRUS memorandum for the record, a FRUS circular telegram, a CREST OCI memorandum in OCR lines, a Stanford book page with archival footnotes, a Russian записка dated at its foot in a Roman month, a Chinese 会谈纪要 dated in Chinese numerals with a weekday
PROBES20 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events20"  # the twentieth (composed, illustrative URLs): a GDR record of a conversation dated by its letterhead line the day after the talk, a Soviet ciphered telegram signed and dated under the text with its handling lines below it, Yugoslav party Executive Bureau minutes with a CONCLUSIONS block and a Roman-month foot line, a letter with ordinal and worded days, a FRUS intelligence note, a FRUS memorandum from a Secretary to the President, a CREST President's Daily Brief item in OCR lines, an Oxford book page with footnote calls, a Russian ambassador's diary of two days, a Chinese MFA telegram to an embassy dated by a bracketed line
PROBES21 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events21"  # the twenty-first (composed, illustrative URLs): an Indian record of talks dated by its ministry line two days after the heading's weekday day, a Bulgarian ciphered telegram with its handling lines above the text in the order received, deciphered, sent, Warsaw Pact PCC minutes over three days with a Decided block, a letter dated in words with no title line, a FRUS editorial note, a FRUS memorandum from a Secretary to the President, a CREST Current Intelligence Bulletin item in OCR lines, an Indiana book page with archival footnotes, a Russian Presidium resolution published in a journal, a Chinese nianpu run of 1949
PROBES22 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events22"  # the twenty-second (composed, illustrative URLs): a Cuban record of talks on a summary-first page dated by a Place/Date block with a weekday, a Polish ciphered telegram dated only by its one-sentence handling line under the signature (dispatched, received, decoded, typed), Hungarian CC Secretariat minutes with a weekday heading, a decision block and a Roman-month foot line the next day, a letter on an old-layout page whose title exists only in its citation, a FRUS Policy Planning Staff paper, a FRUS summary of conclusions with a participants block, a CREST National Intelligence Daily page of two items in OCR lines, a UNC Press book page with archival footnotes, a Soviet ciphered telegram of three signers published in a journal, a Chinese diary with the year on its first entry only
PROBES23 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events23"  # the twenty-third (composed, illustrative URLs): a Bulgarian record of talks dated by its heading with a weekday and signed a day later in a Roman month, a Soviet ciphered telegram with its handling lines above the text in the order received, typed, sent, deciphered, a FRUS telegram in 24-hour local times with a Zulu place line, a FRUS memorandum of conversation with a participants block by country, a CREST Intelligence Information Cable with a DOI range, a Truman Library oral history interview in capitalised turns, a Google Books page with archival footnotes, a Russian record of talks from an ambassador's diary on istmat, a Chinese 谈话记录 with a range of hours in Chinese numerals, Bulgarian Politburo minutes in speaker turns with a DECIDED block
PROBES24 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events24"  # the twenty-fourth (composed, illustrative URLs): a Romanian record of talks dated by a heading with only a weekday and signed the next day in a Roman month, a Soviet ciphered telegram with its handling lines under the signature in dotted dates, a Soviet ambassador's journal record dated a week after the talk, FRUS minutes of a WSAG meeting in speaker turns with a participants block by agency, a FRUS letter in British date forms with a source note, a CREST Current Intelligence Digest in OCR lines, a JSTOR book page with archival footnotes, a CNN Cold War interview dated only by month, a Russian embassy memorandum with decades, bounds and a Roman-month signature, a Chinese MFA circular (tongbao) dated in Chinese numerals
PROBES25 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events25"  # the twenty-fifth (composed, illustrative URLs): a Czechoslovak record of talks dated in its heading and signed the next day in a numeric date, a Polish ciphered telegram with its handling line above the text, a Hungarian embassy report dated at its foot in Hungarian order, a FRUS telegram in Zulu and local times with its receipt in the source note, a FRUS memorandum to the President with yesterday, last night and this afternoon, a CREST Central Intelligence Bulletin in OCR lines, a Palgrave book page with archival footnotes, a Columbia oral history interview in name turns, a Russian record of talks from an ambassador's diary with a Roman-month signature, a Chinese embassy telegram with a request for instructions (qingshi)
PROBES26 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events26"  # the twenty-sixth (composed, illustrative URLs): a Hungarian record of talks dated in its heading with a weekday and signed the next day in another city, a Soviet ciphered telegram with Roman-month handling lines under the signature, a Bulgarian embassy information dated at its foot with a bare weekday for the coup, a FRUS telegram in Zulu time with yesterday, last night and this morning, a FRUS memorandum for the record of a meeting with its drafting date in the source note, a CREST Weekly Summary in hyphenated OCR lines, a De Gruyter book page with archival footnotes, a JFK Library oral history interview in name turns, a Russian ciphered telegram dated only in its title and handling lines, a Chinese embassy report (baogao) with a request for instructions
PROBES27 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events27"  # the twenty-seventh (composed, illustrative URLs): a Bulgarian record of talks dated in its heading with a weekday and signed the next day, a Soviet ciphered telegram with slash Roman-month dates (14/I-67) in its signature and handling lines, a Polish embassy information on the events of a stated day span told in bare weekdays, a FRUS telegram in Zulu time with Saturday evening, overnight and a repeat line, a FRUS memorandum to the President with a weekend range, yesterday and this morning, a CREST Weekly Summary in hyphenated OCR lines, an Oxford (Yale) book page with archival footnotes, a presidential library memorandum of a telephone conversation in name turns, a Russian embassy information dated at its foot with Vchera, a Chinese embassy telegram with qiantian and zuowan
PROBES28 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events28"  # the twenty-eighth (composed, illustrative URLs): a Czechoslovak record of talks dated in its heading with a weekday and signed two days later, a GDR ciphered telegram with dotted two-digit-year dates (17.8.63) in its sent, received and deciphered lines, a Romanian embassy information with a week span and a bare weekday, a FRUS telegram in Zulu time with a night across the new year, a FRUS memorandum of conversation with a time span and last August, a CREST Daily Summary of 1948 in hyphenated OCR lines, an Oxford book page with archival footnotes and a season, an ADST oral history in Q/A turns, a Russian diary record dated three days after its talk, a Chinese embassy report with shangzhou wu and benyue shangxun
PROBES29 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events29"  # the twenty-ninth (composed, illustrative URLs): a Polish note of talks dated at its head two days after its Wednesday talk, a Czechoslovak ciphered telegram with dotted one-digit-month dates (15.1.74) in its sent, received and deciphered lines and Saturday, Sunday evening, the day before yesterday and yesterday, a Czechoslovak embassy information with a day span, bare weekdays and a day earlier, a FRUS telegram with a night across two days, Sunday noon and a repeat line, a FRUS memorandum of conversation with a time span, late January and last August, a CREST Central Intelligence Bulletin in hyphenated OCR lines with since the weekend, a book page with archival footnotes, a season and within the week, an ADST oral history in name turns with the 30th and the next day, a Russian diary record with v proshluyu pyatnitsu and pozavchera in the minister's words, a Chinese embassy report with zuotian, qiantian wanshang and benzhou yilai
PROBES30 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events30"  # the thirtieth (composed, illustrative URLs): a Bulgarian record of talks dated at its head three days after its Tuesday talk with last month and since a year, a Yugoslav ciphered telegram with Roman-month dates (20.II.1964) in its dateline, sent and received lines and a night across two days, On Tuesday morning, The next night, yesterday and last evening, a Czechoslovak embassy information with a weekday and date, the following day and a flight between the coup and the report, a FRUS telegram in Zulu time with bare weekdays, the same evening and since Tuesday, a FRUS memorandum of conversation with a time span, on Friday, within hours and last week, a CREST Current Intelligence Weekly Summary in hyphenated OCR lines with the next day and since midweek, a book page with archival footnotes, a season, a week later and within a week of, an ADST oral history in Q/A turns with that same morning, the 25th and two days later, a Russian diary record with tret'ego dnya and nakanune in the president's words, a Chinese embassy report with daqiantian wanshang, dangwan, ciri and zi shier ri yilai
PROBES31 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events31"  # the thirty-first (composed, illustrative URLs): a Hungarian record of talks dated at its head two days after its Wednesday talk with a fortnight ago, a Polish ciphered telegram with dotted dispatch and receipt lines, an undated deciphering line, by Saturday, On Sunday morning and yesterday afternoon, a GDR embassy information with Friday and date, over the weekend, until Tuesday and within a day of, a FRUS telegram in Zulu time with Friday night, ten days after, last night and a received line, a FRUS memorandum of conversation with a time span, on Monday, earlier in the week, ten days ago and drafting and approval lines, a CREST Daily Summary of 1949 in hyphenated OCR lines with yesterday and since January, a book page with archival footnotes, the end of November, the following Tuesday and By the 16th, an ADST oral history in name turns with the next day, after about a week and that January, a Russian diary record with v minuvshiy ponedelnik and na proshloy nedele, a Chinese embassy report with shang xingqisi lingchen, tongri xiawu, yiri and zhengbian ciri
PROBES32 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events32"  # the thirty-second (composed, illustrative URLs): a Romanian record of talks dated at its foot two days after its Tuesday talk with last Friday, on Sunday and since the start of the year, a Czechoslovak ciphered telegram with Roman-month dispatch and arrival lines, an undated processing line and the night from Friday to Saturday, a Bulgarian embassy information with on the 26th, since the following evening and from 28 to 30 November, a FRUS telegram in Zulu time with early yesterday morning, Wednesday night and the past six months, a FRUS memorandum of conversation with the day before, a fortnight earlier, last autumn, a planned Friday and a drafting line, a CREST National Intelligence Daily in hyphenated OCR lines with last week, last night and overnight, a book page with archival footnotes, the next day, By 6 August, the first days of August and three weeks after, an ADST oral history with that Sunday, the Tuesday and within the week, a Russian ciphered telegram with pozavchera, v tot zhe den, vchera and segodnya, a Chinese embassy telegram with benyue shiri, dangtian, qiantian yeli, zuori and shiyiri
PROBES33 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events33"  # the thirty-third (composed, illustrative URLs): a GDR record of talks with Ratsiraka held on a Tuesday and signed two days later, with last Thursday and two days ago, a Czechoslovak ciphered telegram with dd.mm.yyyy sent, arrived, deciphered and copies lines, the night from Saturday to Sunday and a planned Thursday, Polish Politburo minutes in Comrade turns with numbered decisions, a letter from Kountche to Boumediene dated at its foot with last month and next week, a FRUS telegram from Monrovia in Zulu time with early this morning and April 14 last year, a FRUS memorandum of conversation of Shultz and Kolingba with the previous week, ten days before and drafting and approval lines, a CREST Central Intelligence Bulletin in hyphenated OCR lines with before dawn yesterday and overnight, a book page on the January 1966 Nigerian coup with archival footnotes, a Russian record of talks with Sassou-Nguesso with vchera, nakanune, na dnyakh and pozavchera, a Chinese embassy telegram from Colombo with qiantian yejian, ciri and zuori
PROBES34 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events34"  # the thirty-fourth (composed, illustrative URLs): a Hungarian record of an audience with Sankara held on a Tuesday and signed two days later, with last week, the beginning of the month and the day before, a Yugoslav ciphered telegram with Roman-month sent, received and deciphered lines, a distribution line, Thursday the last day of the old year and on Friday, Czechoslovak Presidium minutes in Comrade turns with numbered resolutions, a letter from Abboud to Tito dated at its foot with last week, on Tuesday and yesterday, a FRUS telegram from Athens in Zulu time with during the night, before dawn and local-time hours, a FRUS memorandum of conversation of Kissinger and Soares with three weeks ago and a drafting line, a CREST weekly summary in hyphenated OCR lines with on Monday, the next day and this week, an OpenEdition book page on the 1963 Ecuadorian junta with archival footnotes and within forty-eight hours, a Russian ciphered telegram from Bamako with Roman-month lines, nakanune, vchera, na dnyakh and segodnya utrom, a Chinese nianpu run on the Lon Nol coup with dangwan, qiantian, zuori and ciri
PROBES35 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events35"  # the thirty-fifth (composed, illustrative URLs): a Polish record of an audience with Tubman held on a Tuesday and signed two days later, with last Friday, the previous day and next summer, a Czechoslovak ciphered telegram from N'Djamena with a 15/IV-1975 head and "15 Apr. 1975, 18:40" sent, arrived and deciphered lines, a copies line, on Sunday, on Monday evening and a planned Thursday, SED Politburo minutes on Kampuchea in "X (reporting). -" and "Speaking:" turns with numbered decisions, a letter from Barrow to Castro dated at its head with the 9th instant, on Monday and last week, a FRUS editorial note on Peralta's coup in Guatemala with two days earlier, the next day, three days later and the following week, a FRUS telegram from Santo Domingo on the halted vote count in Zulu time with local hours, a CREST Central Intelligence Bulletin on the El Salvador-Honduras war in hyphenated OCR lines with page furniture, a Cambridge book page on the Fiji coups of 1987 with archival footnotes, two weeks later, that autumn and by the end of the year, a Russian record of talks with Kerekou with segodnya, pozavchera, na proshloy nedele and v nachale mesyatsa, a Chinese embassy telegram from Kampala on Amin's coup with dangtian, shangzhou, benyuechu and zuowan
PROBES36 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events36"  # the thirty-sixth (composed, illustrative URLs): a Cuban memorandum of an audience with Burnham held on a Wednesday and signed two days later, with a week ago, the day before yesterday, on Monday and a planned Friday, a Bulgarian ciphered telegram from Buenos Aires with "Dispatched 30.VI.66 at 22.10", received, decoded-by and circulated-to lines, on Tuesday before dawn, the day before yesterday and Wednesday night, Czechoslovak Presidium minutes on the Greek colonels' coup in "Comrade X:" turns with numbered resolutions and the night to Friday, a letter from Nasir to Indira Gandhi dated at its head with last week, on Monday and within ten days, a FRUS telegram from Bangkok on Sarit's coup with last night, on Sunday, on Friday and tomorrow morning, a TNA record of a meeting of Douglas-Home and Gairy with a Present list and numbered paragraphs, a CREST weekly summary on Frondizi's fall in hyphenated OCR lines with the same afternoon, on Saturday and last week, an OpenEdition book page on the Sierra Leone coups of 1967-68 with archival footnotes, within minutes, two days later, within days, that spring and a year later, a Russian ciphered telegram from Ankara with pozavchera, v tot zhe vecher, vchera, na proshloy nedele and v pyatnitsu, a Chinese embassy telegram from Bamako on Traore's coup with dangwan, ciri, qiantian, zuotian and xiazhouyi
PROBES37 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events37"  # the thirty-seventh (composed, illustrative URLs): a Hungarian record of a talk with Lee Kuan Yew held on a Wednesday and signed two days later, with two weeks ago, the day after the surrender, on Monday and a planned next year, a Romanian telegram from Dhaka on Ershad's takeover with "Sender: ... | No.: ... | Priority:" and "Deciphered: ..., operator" lines, on Wednesday at 3 a.m., the next day, Wednesday night and yesterday morning, British Cabinet conclusions on Anguilla with "The X said that" turns and four numbered conclusions, a letter from Lini to Julius Chan dated at its head with on Monday, the same evening, on Sunday and within two weeks, a FRUS memorandum from Brzezinski to Carter on Doe's coup with early Saturday morning, on Sunday and this morning, a FRUS memorandum of conversation of Dulles and the Ceylonese ambassador with a PARTICIPANTS list, on Friday and last week, a CREST National Intelligence Daily on Obiang's coup in hyphenated OCR lines across a page break with last Friday, on Tuesday, yesterday, on Monday and on Sunday, a Cambridge book page on Chun Doo-hwan's rise with archival footnotes, the night of 12 to 13 December, within days, the next morning, that winter and a month later, a Russian diary record of talks in Colombo with в ночь на 24 июля, в воскресенье вечером, в понедельник, позавчера and вчера, a Chinese record of a talk in Salisbury with 十七日午夜, 当天, 前天, 昨天, 上周末 and 明天上午
PROBES38 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events38"  # the thirty-eighth (composed, illustrative URLs): a Czechoslovak record of a talk with Tulsi Giri in Kathmandu held on a Tuesday and signed two days later, with on 15 December, on Thursday, the day before yesterday, New Year's Eve and a planned film evening, a Yugoslav telegram from Buenos Aires on Levingston's removal with "Dispatched from: ... / Reg. No.: ... / Degree:", "Handed in:" and "Received and deciphered: ..., deciphered by" lines in Roman months, on Monday evening, yesterday, the day before yesterday, last week and on Friday, New Zealand Cabinet minutes on the sinking of the Rainbow Warrior with "The X said that" turns, on Wednesday, on Thursday, on Friday, at the weekend and four numbered decisions under "Cabinet:", a letter from Castelo Branco to Lyndon Johnson dated at its head with thanks, requests, on Monday, on Wednesday, last month and planned journeys, a FRUS telegram from Tegucigalpa on López Arellano's coup with numbered paragraphs, early Thursday morning, the same afternoon, last night, today and a Received line in its source note, a TNA record of conversation of Crosland and George Price with a Present list, on Sunday, last week, last November, yesterday and tomorrow morning, a CREST Weekly Review on the mercenary coup in the Comoros in hyphenated OCR lines across a page break with on Sunday, on Monday, on Tuesday and yesterday, a Project MUSE book page on García Meza's coup in Bolivia with archival footnotes, that evening, within days, the next week, a month later and that winter, a Russian diary record of talks in Lisbon with в ночь на 25 ноября, во вторник, позавчера, вчера and a planned Monday, a Chinese embassy telegram from Kigali on Habyarimana's coup with 五日凌晨, 当天, 昨天, 今天上午, 前天, 上月下旬 and 下周一
PROBES39 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events39"  # the thirty-ninth (composed, illustrative URLs): a Polish record of a talk with Ólafur Jóhannesson in Reykjavík on the fifty-mile fishing limit held on a Wednesday and signed the next day, with on 1 September, on Monday, yesterday, the day before yesterday, in February, next week and a planned 2 October, a Hungarian ciphered telegram from Madrid on Tejero's seizure of the Congress with "Place of origin: / Date and hour of origin: 1981. II. 25., 14.30 / Arrived at the Centre: / Decoded by:" and "Copies made:" lines, on Monday at about 18.20, through the night, one o'clock in the morning, at dawn, yesterday evening, today, tomorrow and Friday of last week, Irish Government minutes on Northern Ireland with a Present list, "The X stated/reported/said that" turns, since Tuesday, on Wednesday evening, overnight, Wednesday night, this morning, Monday next and four numbered decisions under "Decisions:", a letter from Somare to Whitlam dated at its head with thanks, requests, the night of 15 to 16 September, last week, on Monday, yesterday, in June and planned visits, a FRUS telegram from Quito on Rodríguez Lara's coup with a Zulu time, numbered paragraphs, early yesterday morning, last night, this morning, this afternoon, on Friday, on Monday and Repeated and Received lines in its source note, a TNA record of a meeting of Lord Goronwy-Roberts and Kenilorea at Lancaster House with a Those present list, on Wednesday, on Monday, yesterday, last week, last year, on Tuesday and this afternoon, a CREST National Intelligence Daily on New Caledonia after Machoro's killing in hyphenated OCR lines across a page break with on Saturday, that night, on Sunday, yesterday, last week and since December, a Google Books page on the dissolution of the Bahraini Assembly with archival footnotes, the following spring, two days later, within days, a month later and that winter, a Russian ciphered telegram from Conakry on the seaborne raid with в ночь на 22 ноября, в воскресенье, позавчера вечером, вчера, сегодня утром and завтра, a Chinese embassy telegram from Valletta on the British withdrawal with 前天凌晨, 当天上午, 昨天, 上周五, 上周六, 今天上午, 今年秋季 and 本周三
PROBES40 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events40"  # the fortieth (composed, illustrative URLs): a Romanian record of a talk with the Moroccan Foreign Minister Benhima after the attack on the King's aircraft, signed at its foot the day after, with on Wednesday of last week, the following night, on Friday evening, since the attack and in March, a Czechoslovak ciphered telegram from Colombo on the insurrection in Ceylon with "Incoming telegram No. / From: / Sent: / Received in Prague: / Processed by: / Distribution:" lines, since Monday night, the first two nights, on Tuesday, yesterday, the day before yesterday, on Wednesday, this morning and tomorrow, an Albanian Politburo protocol on leaving the Warsaw Treaty with a Present list, turns and four numbered decisions, a letter from Ratu Mara to Norman Kirk with thanks, requests and a planned visit, a FRUS memorandum from Bundy to Johnson on the Gabon coup with in the early hours of Tuesday, before dawn today, this afternoon and an Approve line, a TNA record of Bottomley and Leabua Jonathan with a Present list, a CIA intelligence memorandum on Zerbo's coup in Upper Volta across a page break, an OpenEdition article on the Santo rebellion with archival notes, a month later, within days, the next day and later that year, a Russian запись беседы with Ne Win with позавчера, в пятницу, вчера and через две недели, and Zhou Enlai chronology entries of October 1961 with 次日, 当晚, 三天后 and 前一天
PROBES41 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events41"  # the forty-first (composed, illustrative URLs): a Cuban record of a talk with Pinto da Costa of São Tomé signed at its foot two days later, with on Wednesday, at the beginning of the month, on Saturday, the day before, two weeks ago and on Monday, a Polish ciphergram from Kuwait on the change of ruler in Qatar with "CIPHERGRAM No. / from / dispatched / received / copy No. / Copies to:" lines, On Tuesday morning, the same evening, yesterday, on Wednesday, today and the day before yesterday, an Eisenhower Library memorandum of discussion of an NSC meeting on Tibet with a Present list, turns and lettered actions, a letter from Lynden Pindling to Edward Heath with thanks, requests and a planned visit, a FRUS action memorandum from Holbrooke to Vance on the Kiribati treaty with On Monday, last month, next Thursday and an approval in its source note, a FRUS memorandum of conversation of Vance and Hameed with a PARTICIPANTS list, a CIA Current Intelligence Weekly Summary on the murder of Jigme Dorji in hyphenated OCR lines across a page break, a Cambridge book chapter on the end of the Eritrean federation with archival notes, the following spring, that same afternoon, within days, a month later and that winter, a Russian diary entry of the Soviet ambassador in Tunis with в четверг, в тот же вечер, на следующий день and позавчера, and a Chinese 谈话记录 of Li Xiannian and Pereira with 昨天, 前天, 去年, 下周 and 明天上午
PROBES42 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events42"  # the forty-second (composed, illustrative URLs): a GDR note on a talk with Gouled Aptidon of Djibouti dated at its head three days after the talk, with two years ago, since the spring, last week, in August, on Sunday and the previous week, a British telegram from Nuku'alofa on a Soviet offer to Tonga with FM / TO / TELEGRAM NUMBER / REPEATED FOR INFORMATION TO / INFO SAVING TO lines, on Wednesday afternoon, the same evening, this morning, yesterday evening, on Monday, last night and tomorrow, a Bulgarian Politburo transcript on the military takeover in Turkey with Chaired by / Present lines, turns and four numbered decisions, a letter from V. C. Bird of Antigua and Barbuda to Margaret Thatcher with thanks, requests, a planned visit and a postscript, a FRUS Department telegram to Quito on the Ecuadorean junta with Drafted by / approved by lines in its source note, a TNA record of Owen's meeting with Malcolm Fraser with a Present list and reported speech, a CIA Central Intelligence Bulletin on Bagaza's coup in Burundi in hyphenated OCR lines across a page break, a Project MUSE chapter on the fall of Patrick John in Dominica with archival notes, within days, the first week of June, that same weekend, a month later and that winter, a Russian шифртелеграмма from Port Louis on the change of government in Mauritius with в пятницу, позавчера, вчера, сегодня утром and в понедельник, and a Chinese 情况通报 of the embassy in Seychelles on the coup with 五日凌晨, 当天下午, 次日, 昨天 and 下周
PROBES43 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events43"  # the forty-third (composed, illustrative URLs): a Czechoslovak record of a talk with Eyadéma of Togo signed at its foot two days later, with last autumn, in February, the day before our talk and at the end of January, a US embassy telegram from Tananarive on Ramanantsoa's full powers in the TELEGRAM / Department of State / Action / Info / FROM / NO / Control / Rec'd layout, with yesterday afternoon, on Saturday, two days later, on Tuesday, this morning and early next week, minutes of the CMEA Executive Committee on the Cuban nickel plant with Chaired by / Present lines, turns, a question and a reply, and three numbered decisions, a letter from Ziaur Rahman to Hua Guofeng dated at its foot with thanks, a request, plans and an earlier letter, a FRUS memorandum from Haig to Reagan on Seaga's visit with a source note, a FRUS memorandum of conversation of Newsom and Tupuola Efi of Western Samoa with a PARTICIPANTS list, a CIA intelligence information cable (TDCS) on the army takeover in Sudan with DIST / COUNTRY / DOI / SUBJECT / SOURCE lines and OCR breaks across a page break, a Google Books page on the Rupununi rising in Guyana with archival notes, that same night, two days later, within weeks, by the end of the year and the following spring, a Russian справка on the coup in Ghana with В тот же день, На следующий день, Через два дня после переворота, Вчера and в ближайшие дни, and a Chinese 电报 of the embassy in Afghanistan on Daoud's coup with 十七日凌晨, 当天上午, 次日, 昨天 and 明天
PROBES44 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events44"  # the forty-fourth (composed, illustrative URLs): a Hungarian record of the ambassador's farewell call on Moktar Ould Daddah of Mauritania dated at its head three days after the talk, with in March, in the middle of May, last autumn, in April and ten days before our meeting, a Czechoslovak ciphered telegram from Brazzaville on the assassination of Marien Ngouabi with From / To / Sent / Received / Deciphered lines, on Friday afternoon, within the hour, on Saturday, on Sunday, the night of 22 to 23 March, this morning and yesterday, British Cabinet conclusions on the fisheries dispute with Iceland with a Present list, turns, a summing up and three numbered conclusions, a letter from Banda of Malawi to Vorster with thanks for a visit, on Monday last, two days later, last week and planned visits, a FRUS memorandum for the record on the fall of López Arellano in Honduras with a PARTICIPANTS list, yesterday morning, the same afternoon, a night, an 'is likely to' and agreed points, a TNA record of Callaghan's conversation with Ratu Mara of Fiji with a Present list, the previous week and reported speech, a CIA Weekly Summary on the ousting of Rubayi Ali in South Yemen in hyphenated OCR lines across a page break, a Palgrave book page on Mintoff and the British bases in Malta with archival notes, within a week of taking office, a night, the next morning, by the middle of January and that summer, a Russian запись беседы of the Soviet ambassador with Kyprianou on the Larnaca raid with В субботу, Позавчера вечером, вчера, в понедельник, в воскресенье and на прошлой неделе, and a Chinese 谈话记录 of Wang Zhen and the Gambian Vice-President with 昨天, 前天, 去年十月, 上个月, 当晚 and 下周
PROBES45 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events45"  # the forty-fifth (composed, illustrative URLs): a Bulgarian record of the ambassador's audience with King Birendra of Nepal dated at its head three days after the talk, with in February of last year, the day before yesterday and in January, a Polish szyfrogram from Buenos Aires on the coup in Paraguay with From / To / Dispatched / Received lines, the night of 2 to 3 February, at dawn, on Friday morning, yesterday, on Saturday, the same day, on Sunday and this morning, minutes of the HSWP Political Committee on aid to Laos with a Present list, reported turns, a question and a reply, a summing up and three numbered decisions, a letter from Carazo of Costa Rica to Carter with thanks, on the evening of June 20, on Thursday last, the night of June 29 to 30 and planned acts, a FRUS telegram from Muscat on the access agreement with Sultan Qaboos with a date-time line, on Monday, early last month, a night, an 'is likely to' and a source note, a TNA record of Wilson's conversation with Kreisky with a Present list, that morning, the previous day, at the beginning of February and last week, a CIA National Intelligence Daily on the coup in Guinea-Bissau in OCR lines across a page break, a Cornell book page on the fall of Sihanouk with archival notes, three days later, five days later, that evening, within hours and by the end of April, a Russian дневник of the Soviet ambassador in Uganda with позавчера, вчера, в прошлом году, на прошлой неделе and в понедельник, and a Chinese 邓小平年谱 page on the visit to Burma with 当晚, 上午, 下午 and 次日
PROBES46 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events46"  # the forty-sixth (composed, illustrative URLs): a Romanian note of a talk with Mauno Koivisto of Finland dated at its head three days after the talk, with on Friday, at the end of February, on 2 March, in January and planned elections, a session in May and a visit in September, a Polish ciphergram from Tunis on the bread riots with Received / Sent from / To lines in that order, on 29 December, on Tuesday, the same evening, this afternoon, within an hour, last week, yesterday evening, this morning and on Wednesday, minutes of a National Security Council meeting on Chad with DATE / TIME / PLACE / PARTICIPANTS lines, turns, on Saturday, Sunday and Monday, last night, on Friday, a question and a reply and three dashed decisions, a letter from Gayoom of Maldives to Rajiv Gandhi with thanks, in the early hours of 3rd November, that morning, within hours, the same night, by dawn, on the 5th, yesterday, a planned Tuesday and a request, a FRUS memorandum for the record on the Irish ambassador's call after the Londonderry shootings with on Monday, on Sunday, January 30, the evening of February 2, on Tuesday, next Wednesday and a Drafted line in its source note, a TNA note of Thatcher's meeting with Masire of Botswana at Chequers with a Those present list in two blocks, shortly after midnight on 14 June, the next day, in May, next month and before the end of July, a CIA National Intelligence Bulletin on Ioannidis's coup in Greece in OCR lines with a word hyphenated across a page break, early yesterday, before dawn, yesterday afternoon, that night, last night and today, a UNC Press book page on the Tupamaro kidnappings in Uruguay with archival footnotes, the same day, the next day, a week after, two days later, the same afternoon, that evening and the following February, a Russian шифротелеграмма from Kuwait on the dissolution of the National Assembly with 29 августа, вчера, сегодня утром, в ближайшие дни and на прошлой неделе, and a Chinese embassy 报告 from Mogadishu on Siad Barre's coup with 十月十五日, 十九日, 二十一日凌晨, 当天上午, 昨日 and 前日
PROBES47 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events47"  # the forty-seventh (composed, illustrative URLs): a Yugoslav record of the ambassador's talk with Omar Bongo of Gabon dated at its head two days after the talk, with on Saturday, on Tuesday, at the end of April, a week earlier, a visit in the autumn, a summit in July next year and a meeting of experts in September, a Polish szyfrogram from Bangkok on the coup against Thanin Kraivichien with a head in capitals (FROM BANGKOK, DISPATCHED / RECEIVED IN THE CENTRE / TO / COPIES), yesterday at 6 p.m., during the night, on Tuesday, in October of last year, this morning, at noon and at 11 a.m., notes of an Australian Cabinet meeting on Portuguese Timor with a Present: line, turns by office and name, at dawn on Sunday, on 28 November, at the end of August, on Saturday evening, last week, on Friday, later this week and three lettered decisions, a letter from Morarji Desai to Ziaur Rahman of Bangladesh on the Farakka agreement with the 2nd of this month, on November 5, on the eve of the signing, in the last week of October, in mid-October, yesterday, next month and in December, a FRUS telegram from the Embassy in Swaziland on Sobhuza's repeal of the constitution with a date-time line, Thursday morning, last month, yesterday afternoon, early this morning and a source note, a FRUS memorandum of conversation between Vance and Frydenlund of Norway with a participants list in two blocks, on January 11, on Monday, on New Year's Day, last week, in December, in February and in March, a CIA intelligence memorandum on Natusch Busch's coup in Bolivia in OCR lines with a word hyphenated across a page break, early yesterday, last night, yesterday afternoon, today, this morning, a day after and on Thursday, a Cambridge book page on the fall of Velasco Alvarado in Peru with footnotes, two years earlier, in July, in the middle of August, that afternoon, before nightfall, the next day, within a year, the following July and two days later, a Russian дневник of the Soviet ambassador in Madagascar with a запись беседы with Рацирака, 15 июня, в пятницу, 11 февраля, позавчера, на июль and на прошлой неделе, and a Chinese embassy 电报 from Niamey on the failed coup in Niger with 五日夜间至六日凌晨, 六日清晨, 当天上午, 七日下午, 当晚, 今天上午, 昨日 and 自今晚起
PROBES48 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events48"  # the forty-eighth (composed, illustrative URLs): a Bulgarian record of the ambassador's talk with Mathieu Kérékou of Benin after the mercenary attack on Cotonou dated at its head two days after the talk, with on Tuesday afternoon, at dawn on Sunday, 16 January, before noon, on Friday, a week earlier, the first half of February and next month, a Czechoslovak ciphered telegram from Sanaa on the killing of al-Hamdi with a head in capitals (SANAA, date and hour / RECEIVED IN PRAGUE / TO / NO.), on the evening of 11 October, the following morning, at noon, the same night, yesterday, this morning and today, minutes of the Dutch Council of Ministers on the coup in Suriname with a Present: line, turns by office and name, on Monday morning, the same day, on Tuesday, yesterday and three lettered decisions with from 1 April and next week, a letter from Lamizana of Upper Volta to Moussa Traoré of Mali on the Agacher border dated at its foot, with on Monday, on 14 December, since then, on the 26th, the following morning, three days ago, before the end of January and the 15th of this month, a FRUS telegram from the Embassy in Morocco on the Green March with a date-time line, this morning, the evening of November 5, the following day, overnight, at noon today, on Wednesday, yesterday afternoon and a source note, a FRUS memorandum of conversation between Vance and Romulo of the Philippines with a participants list in two blocks, on Friday, over the weekend, last Thursday, on October 10, the second week of November, Thursday evening and a Drafted by line, a CIA Weekly Summary on the Kurdish autonomy law in Iraq in OCR lines with words hyphenated across lines and a page break, on Monday, on March 8, on Tuesday, over the weekend, since the beginning of the month, in 1972, on Wednesday and last week, a book page on Leabua Jonathan's seizure of power in Lesotho with footnotes, the 29th, the next day, that afternoon, a few days later, at the end of March, within a week of the coup, in the first days of April, two months after the coup, in June and in December, a Russian дневник of the Soviet ambassador in Algeria with a запись беседы with Бутефлика after Ben Bella's fall, в ночь с 18 на 19 июня, утром 19 июня, вчера, 29 июня, в июле, позавчера and в понедельник, and a Chinese 谈话记录 of the ambassador's talk with Eyadéma of Togo with 一月二十四日, 二月二日, 上周 and 三月中旬
PROBES49 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events49"  # the forty-ninth (composed, illustrative URLs): a Hungarian record of the ambassador's talk with Michael Manley of Jamaica dated at its head five days after the talk, with on 17 June, in April, in January, on 9 June, last month and a visit in October, a Polish szyfrogram from Lisbon on the paratroopers' revolt with sent and received lines, before dawn on 25 November, the same afternoon, the night of 25 to 26 November, this morning, yesterday, at noon today, on Friday and yesterday evening, Canadian Cabinet Conclusions on the Indian nuclear explosion with a Present: list, turns by office, on Saturday, May 18, the same day, on Monday, in 1956 and three lettered decisions with before the end of the week and on Friday morning, a letter from Daniel arap Moi to Julius Nyerere dated at its foot, with last week, on Friday, today, on Tuesday morning, the same day, since February 1977, in December and yesterday, a FRUS telegram from the Embassy in Jordan on the dismissal of Nabulsi and the Zerqa clash with a date-time line, evening of April 10, yesterday, late last night, this morning, at noon, Friday and a source note with a received time, a FRUS memorandum of conversation between Vance and Liévano of Colombia with a participants list in two blocks, September 7, later this month, in July, last week, since June, in November and a Drafted by line, a CIA Weekly Summary on the coup attempt against Numayri in Sudan in OCR lines with words hyphenated across lines and a page break, last Friday, early on 2 July, the afternoon of 3 July, until Sunday, on Tuesday, on Wednesday and next week, a book page on the crisis of 1969 in Equatorial Guinea with footnotes, the last week of February, the next day, the same day, two days later, the following three weeks, early April and mid-March, a Russian постановление of the Politburo on a delegation from Cape Verde with numbered points and a справка, в первой половине ноября, в 1978 году, 28 сентября, в августе, накануне and 3 октября, and a Chinese 年谱 of 黄华 for January 1980 with 二日, 三日, 本月初, 六日, 当晚, 中旬, 二十一日 and 下旬
PROBES50 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events50"  # the fiftieth (composed, illustrative URLs): a Romanian note of the ambassador's talk with Rudolf Kirchschläger in Vienna dated at its head the day after the talk, with last Thursday, on 2 March, in February, in October, on Friday, on 21 January and a visit in May, a British FCO telegram from Islamabad on the military takeover in Pakistan with a date-time group, this morning, at 0730, at about 0200, before dawn, at midday, at 1100, on Sunday night, an hour before our meeting and in April, minutes of the Brazilian National Security Council on Institutional Act No. 5 with turns by office, yesterday afternoon, on Wednesday, a letter of 10 December, on Thursday night and three numbered decisions, a letter from Shehu Shagari to Margaret Thatcher dated at its head with a reference number, with three days later, last Saturday, on 24th November, in October, last week and next week, a FRUS memorandum for the record on the war between Honduras and El Salvador with this morning, at noon, the evening of July 14, the same night, on June 26, last night and a source note with a Drafted line, a TNA record of conversation between David Owen and Hussein Onn with a Present: list, in August, on 6 September, last week, this month and visits in October and November, a President's Daily Brief item on the coup in Mauritania in OCR lines across a page break, early yesterday, last night, last week, this morning, yesterday afternoon and late last night, a book page on the student movement of 1968 in Mexico with footnotes, four days later, the night of 29 to 30 July, later that morning, in the first days of August, by the end of the month, four days later and the next day, a Russian шифротелеграмма from Vientiane with sent, received and deciphered lines, вчера, накануне, сегодня утром, 30 ноября and вечером 2 декабря, and a Chinese 报告 of the embassy in Nepal on the coronation of 比兰德拉 with 二月二十二日下午, 当晚, 二十四日上午, 二十五日, 前一天 and 二十六日上午
PROBES51 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events51"  # the fifty-first (composed, illustrative URLs): a Bulgarian record of the ambassador's talk with Sam Nujoma of SWAPO in Luanda after the raid on Cassinga dated at its head two days after the talk, with on Wednesday afternoon, on 4 May, the same day, two days after the raid, last Sunday, on 8 May and a visit fixed for July, a Czechoslovak ciphered telegram from Rangoon on Ne Win's resignation with dispatched and received lines, on Saturday, 23 July, the same day, on Monday, yesterday, this morning, this afternoon, on Tuesday, at noon today, since 21 June and in the coming days, Italian Council of Ministers minutes on the abduction of Aldo Moro with turns by office in the present tense, at 9.02 this morning, at 10.10, at midday, this evening, on 9 March, at 11.00 and three lettered decisions with tomorrow, a letter from Takeo Fukuda to Suharto dated at its head, with on 15 August, two days later, on 6 and 7 August, on the 8th, last Thursday, in October and next spring, a FRUS telegram from the Embassy in Guyana on the killing of Congressman Ryan at Port Kaituma with a date-time line, yesterday afternoon, on Friday evening, yesterday morning, at 2300 last night, at dawn today, late yesterday and tomorrow, a FRUS memorandum of conversation between Ford and Karamanlis with a participants list in two blocks, last July, in August, this morning, in June, last December, on Tuesday, on April 14 and in the summer, a National Intelligence Daily item on the military takeover in Guinea in OCR lines with words hyphenated across lines and a page break, yesterday, early yesterday morning, before dawn, on 26 March, last night, today and since 1977, a book page on the coup of 12 September 1980 in Turkey with footnotes, in late December 1979, through the spring, in April, a week later, in the first days of September, the night of 11 to 12 September, two days later and within the week, a Russian запись беседы of the Soviet ambassador with Альфонсин of Argentina dated two days after the talk, with в январе, 23 января, на прошлой неделе, в декабре, вчера and осенью, and a Chinese 电报 of the embassy in Cameroon on the coup attempt against 比亚 with 六日凌晨三时许, 七日下午, 当晚, 八日前, 昨天上午 and 今天上午
PROBES52 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events52"  # the fifty-second (composed, illustrative URLs): a Hungarian record of the ambassador's talk with Jambyn Batmönkh in Ulaanbaatar after the removal of Tsedenbal (1984) dated at its head two days after the talk, with 'on Wednesday afternoon', 'on 23 August', 'on 11 and 20 August', 'since the spring', 'at the end of July', 'in June' and a session planned 'in December', a Polish szyfrogram from Kampala on the fall of Idi Amin and the swearing-in of Yusuf Lule (1979) with dispatched and received lines, 'in the early hours of Wednesday, 11 April', 'two days earlier', 'the same morning', 'on Tuesday', 'for two days', 'Yesterday at 4 p.m.', 'at the end of March' and 'This morning', West German Federal Cabinet minutes (Bundesarchiv, Kabinettsprotokolle) after the freeing of the Landshut at Mogadishu (1977) with a Present: line, turns by office, 'the night of 17 to 18 October', 'on the evening of 17 October', 'yesterday evening' and three lettered decisions with 'tomorrow', 'on Thursday' and 'at 17.00 hours today', a letter from Daniel Ortega to Olof Palme on the American trade embargo (1985) from the Palme archive, dated at its head, with 'a week after', 'on 7 May', 'the same day', 'last November', 'in April', 'on Saturday', 'at the end of April', 'next month' and 'on 20 May', a FRUS memorandum for the record of a working group on the killings in Burundi (1972) with 'at 3 p.m. today', 'the evening of April 29', 'the same night', 'that morning', 'Since May 1', 'on Monday', 'yesterday', a meeting set 'for Friday' and a Drafted line, a TNA record of conversation between Harold Wilson and Geir Hallgrímsson of Iceland at Chequers on the fisheries dispute (1976) with a Present: list in two blocks, 'the day before', 'last November', 'since 25 November' and meetings planned 'on Monday' and 'on Tuesday morning', a CIA Weekly Summary item on Bordaberry's closing of the Uruguayan Congress (1973) in OCR lines with hyphenated words and a page break, 'on 27 June', 'before dawn', 'the same day', 'yesterday', 'on Wednesday night', 'in February', 'in May' and 'next week', a book page on the revolution of 13 March 1979 in Grenada with footnotes, 'a few weeks later', 'That night', 'the next morning', 'Within an hour', 'Two days later', 'Within a month' and 'in the middle of April', a Russian запись беседы of the Soviet ambassador with К. А. Перес of Venezuela on the nationalisation of oil (1976) in the first person, dated two days after the talk, with В понедельник, 1 января, в новогоднюю ночь, 2 января, в декабре, в марте, осенью and в октябре прошлого года, and a Chinese 谈话记录 of the ambassador in Zambia with 卡翁达 on the handing over of the 坦赞铁路 (1976) with a 时间/地点 head, 十四日, 当天, 上周, 六月下旬, 四月 and 八月
PROBES53 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events53"  # the fifty-third (composed, illustrative URLs): a Hungarian record of the ambassador's talk with Mengistu Haile Mariam in Addis Ababa after the shootout of 3 February dated at its head two days after the talk, with on 9 February, on 3 February, the same afternoon, on Monday, on 5 February, in January, two days earlier and plans for the spring and March, a French ciphered telegram in English translation from Port-au-Prince on the death of François Duvalier with dispatched and received lines, yesterday evening, during the night, at 6 a.m. this morning, at 9 a.m., at noon, since Tuesday, at dawn, at 4 p.m., last night and a funeral fixed for Saturday, New Zealand Cabinet minutes on the African withdrawal from the Montreal Olympic Games with a Present: list, on Thursday, during the weekend, on 9 July, in June, on Friday, last week, on Saturday evening and three lettered decisions with tomorrow, by 23 July and in September, a letter from J. R. Jayewardene to Indira Gandhi dated at its head, with the evening of the 4th, the night of 24th to 25th July, the previous night, on the 25th, last Thursday, on 28th July, in July, yesterday and next week, a FRUS memorandum for the record of a working group on the executions in Ghana with yesterday afternoon, early on June 26, on June 16, on Monday, on Sunday, last week, on June 22, plans for June 27, July 9 and July 3 and a source note with a Drafted line, a TNA record of conversation between Frank Judd and the Iranian ambassador Parviz Radji in capitals with a Present: list in two columns, on Sunday afternoon, on Sunday evening, the following day, on Monday, since then, yesterday, for June and next Monday, a CIA Weekly Summary item on the fighting in Beirut in OCR lines with words hyphenated across lines and a page break inside a day name, four days, on Wednesday, on Sunday, later that day, on Monday night, on Tuesday and yesterday, a book page on the death of Mehmet Shehu in Albania with footnotes, in the autumn of 1981, in October, on 17 December, the following morning, on the evening of 18 December, a week later, within a month, through 1982, in the autumn, soon afterwards and in the same year, a Russian запись беседы in the first person of the Soviet ambassador with Хасан II of Morocco dated two days after the talk, with 5 августа, в прошлый вторник, на следующий день, в конце июля, вчера ночью, в июне and в сентябре, and a Chinese 谈话记录 of 周恩来 with the Iranian princess 阿什拉芙 with its 时间 and 地点 lines and 档号, with 十四日, 前天, 昨天, 上个月, 去年十一月, 今年三月, 今年秋天, 夏天以前 and 二十一日
PROBES54 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events54"  # the fifty-fourth (composed, illustrative URLs): a Czechoslovak record of the ambassador's audience with Chadli Bendjedid after the unrest in Kabylia dated two days after the talk, a Dutch coded message from Lagos on the coup of Muhammadu Buhari with dispatched and received lines across the turn of the year, Swedish Government minutes on the grounding of the submarine U 137 with a Present: line, turns by office and numbered decisions, a letter from David Lange to Bob Hawke dated at its head, a FRUS telegram from Sanaa with its source note's Sent for information to and Received lines, a TNA telegram from Peking after the burning of the British mission cut at 2,000 bytes, a Central Intelligence Bulletin on the coup in Iraq in OCR lines under the masthead alone, a book page on martial law in the Philippines with footnotes, a Russian запись беседы in the first person with Й. Мусевени dated two days after the talk, and a Chinese 电报 of the embassy in Ceylon on the assassination of 班达拉奈克 with its 档号
PROBES55 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events55"  # the fifty-fifth (composed, illustrative URLs), of layouts outside the usual ten: a Soviet ambassador's journal in Prague over three days, a Bulgarian Politburo decision with its annexed draft instruction, a State Department telegram repeating an embassy's telegram between QUOTE and UNQUOTE, a Johnson-Mann telephone conversation in speaker turns cut at 2,000 bytes, a FRUS telegram from Saigon under its file numbers with received and repeated lines, a Wilson Center record of the first Sino-Soviet border meeting in the old layout (summary first, the title only in the citation), a Chinese embassy cable from Algiers in Chinese beside its translation, a Russian monograph page citing РГАНИ, АП РФ, РГАСПИ and АВП РФ, a CIA Information Report in OCR lines, and a Project MUSE book page on the fall of Pérez Jiménez
PROBES56 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events56"  # the fifty-sixth (composed, illustrative URLs): a Yugoslav record of the ambassador's talk with Omar Torrijos after the Security Council's session in Panama, a Finnish ciphered telegram from Bucharest in the days of Timişoara, Norwegian Government minutes on the arrest of Arne Treholt at Fornebu, a letter from Erich Honecker to Helmut Schmidt after Werbellinsee, a FRUS memorandum of conversation between Kissinger and Usher of the Ivory Coast on Angola, a TNA telegram from Abu Dhabi on the proclamation of the United Arab Emirates and the Tunbs cut at 2,000 bytes, a CIA Weekly Summary on the assassination of Carrero Blanco in OCR lines, a book page on the Bogotazo with footnotes, a Russian шифртелеграмма from Maputo on the death of Samora Machel, and a Chinese 电报 of the embassy in Yugoslavia on Tito's illness
PROBES57 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events57"  # the fifty-seventh (composed, illustrative URLs), of layouts outside the usual ten and other than the fifty-fifth's: a stenographic record of the RWP Politburo in speaker turns with interjections, a Soviet note verbale on the hijacking to Trabzon, a CIA TDCS cable on martial law in Sierra Leone in OCR lines, an airgram from Dakar with its reference, enclosure, drafted, approved and received lines, a Russian telegram from Damascus beside its translation, a run of 刘少奇年谱 entries, British Cabinet conclusions on the East African mutinies, an oral history interview in Q:/A: turns cut at 2,000 bytes, an SED Politburo working protocol with responsibles and deadlines, and a memoir page quoting a telegram with its own sender and date
PROBES58 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events58"  # the fifty-eighth (composed, illustrative URLs), of the usual ten kinds: an East German record of the ambassador's talk with Denis Sassou Nguesso in Brazzaville, a Polish ciphergram from Accra on the coup of Acheampong, Irish Government minutes on the Cyprus contingent with numbered decisions, a letter from Pierre Trudeau to Indira Gandhi after Pokhran, a FRUS memorandum of conversation between Ford and Tindemans, a TNA telegram from Bermuda after the assassination of Governor Sharples, a CIA National Intelligence Daily on Chad in OCR lines with a page break, a book page on the arms caches in Zimbabwe with footnotes, a Russian запись беседы in Copenhagen on NATO's missile decision, and a Chinese 谈话记录 of 周恩来 with 拉扎克 with its 档号
PROBES59 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events59"  # the fifty-ninth (composed, illustrative URLs), of layouts outside the usual ten and other than the fifty-fifth's and fifty-seventh's: a run of three diary entries of Anatoly Dobrynin after the EC-121 shootdown cut mid-word, a Security Council verbatim record (S/PV.988) on Goa in speaker turns, a TASS statement on the RB-47 quoting the notes to three governments, a Warsaw Pact Political Consultative Committee summary record in Sofia with speakers by country, an East German embassy report from Baghdad in German followed by its English translation, a 内部参考 item carrying a Xinhua dispatch from Kampala, a Russian докладная записка of the Foreign Ministry to the CC on the expulsion of diplomats from Mexico, a Situation Room chronology of the Jordan crisis in clock-time lines over four days, two numbered documents of Documents on Irish Foreign Policy on the Niemba ambush with their footnotes, and a Cold War History article page on the Note Crisis cut inside a footnote
PROBES60 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events60"  # the sixtieth (composed, illustrative URLs), of the usual ten kinds: a Soviet record of the ambassador's talk with Velasco Alvarado in Lima on the airlift after the Huaraz earthquake, a Belgian ciphered telegram from Bangui on Bokassa's coronation, Danish Government minutes on Krag's resignation after the referendum, a letter from Golda Meir to Willy Brandt after Munich, a FRUS telegram from Kuala Lumpur on Singapore's separation, a TNA record of Heath's talk with Mujibur Rahman, a Central Intelligence Bulletin on the insurgents in Ceylon in OCR lines, a book page on the Bizerte crisis with footnotes, a Russian запись беседы of the ambassador in Tokyo with Tanaka cut at 2,000 bytes, and a Chinese 电报 of the embassy in Tanzania with its 档号
PROBES61 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events61"  # the sixty-first (composed, illustrative URLs), of layouts outside the usual ten and other than the fifty-fifth's, fifty-seventh's and fifty-ninth's: a letter of Todor Zhivkov to the Cuban party's Central Committee after the missile crisis, a Stasi ZAIG information on the Szczecin strike with its distribution, a FRUS editorial note on the Vance mission in the Cyprus crisis, a Chinese 外交部 通报 of Zhou Enlai's talk with Tanzanian and Zambian ministers on the railway, a Russian выписка из протокола of the Politburo on aid to Ethiopia with Слушали/Постановили points, a Senate Foreign Relations hearing on Angola in speaker turns, Czechoslovak Presidium minutes on Charter 77, a FCO annual review despatch from Lisbon on 1974, a National Security Archive briefing book page on Kwangju, and a Chinese memoir page on the peace treaty talks with Japan cut mid-sentence
PROBES62 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events62"  # the sixty-second (composed, illustrative URLs), of the usual ten kinds: a Yugoslav record of the ambassador's talk with Ne Win in Rangoon on Burma's withdrawal from the non-aligned movement, a Greek ciphered telegram from Sofia on the exodus of the Bulgarian Turks, Austrian Council of Ministers minutes on the OPEC hostages, a letter from Lee Kuan Yew to Harold Wilson on the British withdrawal, a FRUS memorandum of conversation between Kissinger and Chatichai, a TNA telegram from Port Louis on the riots, a CIA Weekly Summary on Velasco Ibarra's powers in OCR lines, a book page on the coup attempt in Ceylon cut inside a footnote, a Russian шифртелеграмма from Reykjavik on the Heimaey eruption, and a Chinese 电报 of the embassy in Nigeria on Gowon's overthrow with its 档号
PROBES63 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events63"  # the sixty-third (composed, illustrative URLs), of layouts outside the usual ten and other than the earlier batches of other layouts: an interrogation record of a Brigade 2506 prisoner in question and answer form, a translated PAVN combat report on the siege of Plei Me, a State Department daily staff summary of several items, a Polish Foreign Ministry notatka on the CSCE preparatory talks, a Chinese 会谈纪要 with Somalia with agreed points and deadlines, a Russian стенограмма of Kosygin's talk in Hanoi, a Google Books page of Dimitrov's diary cut mid-sentence, a BBC Summary of World Broadcasts item on the Gulf of Sirte, a China-Mexico joint communiqué, and an Indian record of a plenary session of the Lusaka non-aligned summit
PROBES64 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events64"  # the sixty-fourth (composed, illustrative URLs), of the usual ten kinds: a Vietnamese record of talk with Taraki in Kabul, a Portuguese telegram from Pretoria on Soweto, Swiss Federal Council minutes on the Bucher abduction, Sadat's letter to Tito, a FRUS memorandum Brzezinski to Carter on Gafsa, a TNA telegram from Aden, a CREST Weekly Summary on the Colombian election, a book page on the Beagle Channel crisis cut at its foot, a Russian запись беседы with Kaunda, and a Chinese 电报 from Addis Ababa on Haile Selassie's deposition
PROBES65 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events65"  # the sixty-fifth (composed, illustrative URLs), of layouts outside the usual ten: a FRUS memorandum of discussion at an NSC meeting, a CIA memorandum for the record in OCR, a JIC assessment under its TNA catalogue entry, a State Department press briefing in questions and answers, a Cuban note in Spanish beside its translation, a Chinese 请示 with its leaders' dated comments, a Russian справка with a chronology, a Vietnam Workers' Party directive, a 人民日报 item carrying a Xinhua dispatch, and a Defense Attaché's intelligence information report
PROBES66 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events66"  # the sixty-sixth (composed, illustrative URLs), of the usual ten kinds: a Romanian record of talk with Ali Abdullah Saleh in Sanaa, a Swedish telegram from Bucharest on Ceausescu's fall, Israeli Government minutes on the Libyan airliner, Fraser's letter to Muldoon, a FRUS memorandum Kissinger to Nixon on the Skhirat coup attempt, a TNA telegram from Kathmandu, a CREST Weekly Summary on the Hong Kong disturbances, a book page on the Paracels battle cut in its footnotes, a Russian запись беседы with Nyerere, and a Chinese 电报 from Buenos Aires on the 1976 coup
PROBES67 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events67"  # the sixty-seventh (composed, illustrative URLs), of layouts outside the usual ten: a Mongolian record of talk with Zhou Enlai, a KGB special dossier to the CC, an INR Intelligence Note with a background chronology, a UNEF code cable, a Romanian telegram from Havana with registration and distribution lines, a 外交部 新闻司 简报, a CPSU CC letter to the Italian party in Russian, an Australian savingram, a Hansard statement, and a head of state's radio address printed in a periodical
PROBES68 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events68"  # the sixty-eighth (composed, illustrative URLs), of the usual ten kinds: a Cuban record of talk with Forbes Burnham in Georgetown, a Spanish telegram from Lisbon on the Carnation Revolution, Kenyan Cabinet minutes after Entebbe, Nyerere's letter to Kaunda, a FRUS memorandum Kissinger to Nixon on Banzer's coup, a TNA telegram from Maseru, a CIA Weekly Summary on the Cyprus coup, a book page on Shaba, cut, a Russian шифротелеграмма from Conakry, a Chinese 电报 from Bamako
PROBES69 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events69"  # the sixty-ninth (composed, illustrative URLs), of layouts outside the usual ten: a French Quai d'Orsay telegram in French, a Presidential Daily Diary, a NATO Council summary record, an FBIS Daily Report item, a CWIHP Bulletin page with an introduction and a document, a Russian ambassador's diary entry, a Chinese 照会 from a printed collection, an RFE Situation Report, Nehru's letter to Chief Ministers, a Wilson summary-first Hungarian record
PROBES70 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events70"  # the seventieth (composed, illustrative URLs), of the usual ten kinds: a Vietnamese record of talk with Ratsiraka, a Yugoslav ciphered telegram from Khartoum on al-Atta's coup, Maltese Cabinet minutes, Kreisky's letter to Palme, a FRUS memorandum of Ford's talk with Sultan Qaboos, a TNA telegram from Belize, a CIA Weekly Summary on Burundi, a book page on the Equatorial Guinea coup, a Russian запись беседы with Machel, a Chinese 电报 from Santiago
PROBES71 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events71"  # the seventy-first (composed, illustrative URLs), of layouts outside the usual ten: an AAPD Drahtbericht in German, a DCER telegram, Hungarian Politburo minutes, a JCS memorandum, a Japanese MOFA record of talk, a Russian памятная записка, a Chinese 批示 with editors' notes, a New York Times article, cut, a UN Secretary-General's report, a Gale DDRS telegram
PROBES72 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events72"  # the seventy-second (composed, illustrative URLs), of the usual ten kinds: a Cuban record of talk with Kaysone Phomvihane, a Hungarian ciphered telegram from Montevideo on Bordaberry's dissolution, Zambian Cabinet minutes on the border closure, Manley's letter to Castro, a FRUS memorandum for the President on the Khartoum embassy killings, a TNA telegram from Port Stanley on Southern Thule, a CIA Weekly Summary on the Cotonou raid, cut, a book page on the Football War, a Russian шифротелеграмма from Cairo, a Chinese 电报 from Kabul on Daoud's coup
PROBES73 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events73"  # the seventy-third (composed, illustrative URLs), of layouts outside the usual ten: an Italian telegram from Cairo in Italian as printed in the DDI, a Johnson Library memorandum for the record, an SED Politbüro Reinschriftenprotokoll in German, a PREM record of a meeting at 10 Downing Street, an Indian MEA note of a talk, a KGB chairman's записка to the CC, a Chinese 座谈会记录, a Polish record of the Warsaw Pact defence ministers' committee, a presidential news conference, a Google Books memoir page, cut
PROBES74 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events74"  # the seventy-fourth (composed, illustrative URLs), of the usual ten kinds: a Romanian record of talk with Moktar Ould Daddah, a Mexican ciphered telegram from Managua on the National Palace seizure, Icelandic Cabinet minutes on the Cod War break, Nasser's letter to Nkrumah on Rhodesia, a FRUS memorandum of conversation Carter-Tolbert, a TNA telegram from Kampala on the Asians' expulsion, a CIA Weekly Summary on the Ogaden, cut, a book page on the Sand War, a Russian запись беседы with Indira Gandhi, a Chinese 电报 from Phnom Penh on Lon Nol's coup
PROBES75 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events75"  # the seventy-fifth (composed, illustrative URLs), of layouts outside the usual ten: a Mexican SRE informe in Spanish from Santiago, a Carter Library NSC evening report, a Czechoslovak StB report, a West German Gesprächsvermerk in translation, a DBPO despatch from Moscow, a Russian рабочая запись of the Politburo, a Chinese 大事记 run, a Yugoslav note of Tito's talk with Nasser, a Keesing's Contemporary Archives entry, a Department of State Bulletin page in OCR, cut
PROBES76 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events76"  # the seventy-sixth (composed, illustrative URLs), of the usual ten kinds: a Cuban record of talk with Luís Cabral in Bissau, a Finnish ciphered telegram from Tehran on Jaleh Square, Ceylon Cabinet minutes on the JVP insurrection, Senghor's letter to Pompidou, a FRUS memorandum for Nixon on Duvalier's death, a TNA telegram from Valletta on Mintoff and NATO, a CIA Weekly Summary on Sierra Leone, cut, a book page on the Anguilla operation, a Russian шифротелеграмма from Dacca on Mujib's overthrow, a Chinese 电报 from the embassy in Pakistan
PROBES77 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events77"  # the seventy-seventh (composed, illustrative URLs), of layouts outside the usual ten: a Kissinger TELCON with Dobrynin, a Soviet embassy political letter from Kabul in Russian, a DDF compte rendu de Gaulle-Gromyko in French, an Indian monthly report from Kathmandu as a Wayback capture, an East German Vermerk from Hanoi in German, a CIA Central Intelligence Bulletin page in OCR, cut, a 中共中央 notice forwarding a report, a State Department circular telegram to all posts, a Nixon tape transcript, a Russian documents collection page with two numbered documents
PROBES78 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events78"  # the seventy-eighth (composed, illustrative URLs), of the usual ten kinds: a Vietnamese record of talk with France-Albert René after the mercenary attack on the Seychelles, an Indonesian ciphered telegram from Canberra on Whitlam's dismissal, Jamaican Cabinet minutes on Walter Rodney's exclusion, Bhutto's letter to Zhou Enlai, a FRUS memorandum of conversation Kissinger-Daoud in Kabul, a TNA telegram from Lusaka on the Rhodesian raids, a CIA National Intelligence Daily item on the Guatemalan junta, cut, a book page on Olympio's murder in Togo, a Russian запись беседы with Neto after the Nito Alves revolt, a Chinese 电报 from the embassy in Damascus
PROBES79 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events79"  # the seventy-ninth (composed, illustrative URLs), of layouts outside the usual ten: a Polish szyfrogram in Polish, a TNA valedictory despatch from Brasília, a Congressional Record floor statement with an inserted article, a page of Mao's conversations (毛泽东外交文选) with its 注释, a DIA intelligence summary in OCR, cut, a Canadian aide-mémoire with the embassy's covering letter, a Russian extract of a CPSU Presidium protocol (Слушали/Постановили), a Hungarian embassy report with handwritten notes, a Current Digest of the Soviet Press item from Pravda, cut, a Republic of China 外交部 telegram with 民國 dates
PROBES80 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events80"  # the eightieth (composed, illustrative URLs), of the usual ten kinds: a Cuban record of talk with Maurice Bishop in St. George's (1979), a Turkish ciphered telegram from Baghdad (1958), Botswana Cabinet minutes (1976), a letter from Kekkonen to Brezhnev (1975), a FRUS memorandum of conversation Kissinger-Tack in Panama (1974), a TNA telegram from Suva (1987), a CIA Weekly Summary on Upper Volta, cut (1980), a book page on the Comoros (1978), a Russian шифротелеграмма from Niamey (1974), a Chinese 外交部收电 from Mogadishu (1969)
PROBES81 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events81"  # the eighty-first (composed, illustrative URLs), of layouts outside the usual ten: a Czech telegram from Conakry in Czech, a Joint Weeka airgram from Accra, a House of Commons oral answer, a 新华社 dispatch printed in 人民日报, a President's Intelligence Checklist in OCR, cut, a нота МИД СССР printed in Известия, a Bulgarian Politburo transcript, a letter to the UN Secretary-General circulated as an S/ document, an ICRC delegate's report, a Japanese MOFA record of talk
PROBES82 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events82"  # the eighty-second (composed, illustrative URLs), of the usual ten kinds: a Romanian record of talk with Moussa Traoré in Bamako (1976), an Austrian ciphered telegram from Beirut (1975), Trinidad and Tobago Cabinet minutes (1970), a letter from Nkrumah to Kennedy (1961), a FRUS memorandum for the President on Honduras (1975), a TNA telegram on the Brunei revolt (1962), a CIA Weekly Summary on Lesotho (1970), a book page on Goa (1961), a Russian запись беседы in Aden (1978), and a Chinese 外交部收电 from Algiers (1965)
PROBES83 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events83"  # the eighty-third (composed, illustrative URLs), of layouts outside the usual ten: a Serbo-Croatian ciphered telegram from Lagos, a Brzezinski weekly report with the President's marginal notes, a Lok Sabha calling-attention debate, a 参考消息 item, a MACV situation report in OCR, cut, a Russian record of a telephone conversation Gromyko-Khaddam, an old-layout Wilson record of Shehu's talk with the DPRK ambassador, a Portuguese DGS report in Portuguese, a Vietnamese telegram in Vietnamese, and a Le Monde article in French
PROBES84 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events84"  # the eighty-fourth (composed, illustrative URLs), of the usual ten kinds: a Romanian record of talk with Omar Bongo in Libreville (1974), a Polish szyfrogram from Jakarta on the 30 September Movement (1965), Fiji Cabinet minutes on Hurricane Bebe (1972), a letter from Tito to Nehru (1961), a FRUS memorandum of conversation Kissinger-Mobutu (1976), a TNA telegram from Mbabane (1973), a CIA Weekly Summary on Niger, cut (1974), a book page on the Zanzibar revolution (1964), a Russian запись беседы with Jalloud (1974), and a Chinese 外交部来电 from Nepal (1960)
PROBES85 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events85"  # the eighty-fifth (composed, illustrative URLs), of layouts outside the usual ten: a Romanian MAE telegram in Romanian from Washington, a Dutch codebericht in Dutch from Lisbon, a Japanese 外務省 電信 from Moscow with 昭和 dates, a Bundestag Plenarprotokoll extract in German, a treaty page from the UN Treaty Series, a CRS Issue Brief chronology, cut, a Soviet military attaché's донесение from Nicosia, a Chinese 电话记录, a US Foreign Service Despatch from Kabul, and a Granma article in Spanish
PROBES86 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events86"  # the eighty-sixth (composed, illustrative URLs), of the usual ten kinds: a Cuban record of talk with Omar Torrijos (Panama, 1977), a Bulgarian ciphered telegram from Athens on Karamanlis's return (1974), Barbados Cabinet minutes on the Cubana flight 455 bombing (1976), a letter from Ceaușescu to Nixon (1970), a FRUS memorandum for the President on the El Salvador coup (1979), a TNA telegram from Mogadishu on the army coup (1969), a CIA Weekly Summary on Acheampong's coup in Ghana, cut (1972), a book page on the Mayaguez crisis (1975), a Russian шифротелеграмма from Vientiane (1975), and a Chinese 外交部来电 from the embassy in Albania (1961)
PROBES87 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events87"  # the eighty-seventh (composed, illustrative URLs), of layouts outside the usual ten: a South Korean 외무부 telegram in Korean (1976), a Danish telegram from Warsaw in Danish (1968), Hungarian Politburo minutes in Hungarian (1968), a Bulgarian шифрограма from Hanoi in Bulgarian (1969), a US Navy deck log on the Mayaguez recovery (1975), a UN General Assembly resolution with its vote and the meeting's record (1973), a SWAPO military communiqué (1979), FRUS minutes of the 40 Committee on Angola (1975), a CIA biographic report on Numayri (1971), and a Newsweek interview with Mugabe (1980)
PROBES88 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events88"  # the eighty-eighth (composed, illustrative URLs), of the usual ten kinds: a Yugoslav record of talk with Bourguiba after the Jericho speech (1965), a Czechoslovak ciphered telegram from Tripoli on the Gulf of Sidra incident (1981), Vanuatu Council of Ministers conclusions on the Santo rebellion (1980), a letter from Tunku Abdul Rahman to Macapagal on the Sabah claim (1963), a FRUS memorandum for the President on the Ecuadorean tuna seizures (1971), a TNA telegram from Bahrain on the coup plot (1981), a CIA Weekly Summary on Indonesia after the order of 11 March, cut (1966), a book page on the Sumdorong Chu standoff (1986-1987), a Russian шифротелеграмма from San José on the fall of Somoza (1979), and a Chinese 外交部来电 from the embassy in Guyana on Jonestown (1978)
PROBES89 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events89"  # the eighty-ninth (composed, illustrative URLs), of layouts and languages outside the usual ten: a Finnish diary page (1973), a Swedish TT wire story (1975), a Greek navy order of the day (1973), a Turkish court-martial hearing record (1972), a State Department circular airgram (1975), an SED Information on an Interkit meeting (1976), a CPGB congress resolution (1977), a Scottish TUC delegation report (1976), an Amnesty International Urgent Action (1979), and an Indonesian foreign ministry press release (1976)
PROBES90 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events90"  # the ninetieth (composed, illustrative URLs), of the usual ten kinds: a Czechoslovak record of the envoy's talk with Haile Selassie after the coup attempt (1960), a Hungarian ciphered telegram from Nairobi on the Kenya Air Force coup attempt (1982), St. Vincent Cabinet conclusions on the Union Island rising (1979), a letter from Liaquat Ali Khan to Nehru on the Bengal riots (1950), a FRUS memorandum for the President on the Congo mercenary revolt (1967), a TNA telegram from Amman on Glubb's dismissal (1956), a CIA weekly summary on the Peruvian junta, cut (1962), a book page on the Hyderabad police action (1948), a Russian шифротелеграмма from Tunis on Bourguiba's removal (1987), and a Chinese embassy telegram from Khartoum on the army's takeover (1985)
PROBES91 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events91"  # the ninety-first (composed, illustrative URLs), of layouts and languages outside the usual ten: an Estonian consistory circular letter (1976), a Latvian exile press release (1983), a Lithuanian samizdat chronicle item (1979), Slovenian university senate minutes (1971), Commons written answers (1981), a ship master's extended protest (1980), a consular report on an arrested citizen (1975), a Special Branch report (1978), a BBC Monitoring duty log (1971), and a UN Security Council provisional verbatim record (1981)
PROBES92 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events92"  # the ninety-second (composed, illustrative URLs), of the usual ten kinds: a Hungarian record of the ambassador's talk with Torres in La Paz (1971), a Yugoslav ciphered telegram from London on Trieste's Zone A (1953), Irish Government minutes on the Derry field hospitals (1969), a letter from Holyoake to Johnson on the New Zealand battery for Vietnam (1965), a FRUS memorandum of conversation Dulles-Tong on the Taiwan Strait (1958), an FCO telegram from The Hague on Suriname (1982), a CIA Weekly Summary on the Gulf of Tonkin, cut (1964), a book page on the Berlin airlift decision (1948), a Russian шифротелеграмма from Ottawa on the War Measures Act (1970), and a Chinese 外交部来电 from Tehran (1979)
PROBES93 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events93"  # the ninety-third (composed, illustrative URLs), of layouts and languages outside the usual ten: a Swahili TANU district committee report (1973), an Afrikaans border-post incident report (1976), a Catalan newspaper editorial-board minute (1977), a Hebrew record of trade talks with Romania (1970), a NATO Council summary record (1979), the key judgments of a National Intelligence Estimate (1978), an ICRC delegate's visit report form (1979), an election observers' report on Sri Lanka's referendum (1983), an airline captain's irregularity report from the Berlin corridor (1962), and a Hong Kong habeas corpus judgment (1974)
PROBES94 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events94"  # the ninety-fourth (composed, illustrative URLs), of the usual ten kinds: a Polish record of the ambassador's talk with Qasim after the Mosul rising (1959), a Hungarian ciphered telegram from Rangoon on Sein Lwin's fall (1988), Luxembourg Government Council minutes on the Korea contingent (1950), a letter King Saud to Eisenhower on Buraimi (1955), a FRUS memorandum of conversation on the burning of Cairo (1952), an FO telegram from Rabat on Ifni (1957), a CIA Weekly Summary on the Zhalanashkol clash, cut (1969), Google Books pages on Mosaddeq's fall (1953), a Russian шифртелеграмма from Bangui on Bokassa's overthrow (1979), and a Chinese 外交部来电 from Dhaka on Ziaur Rahman's assassination (1981)
PROBES95 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events95"  # the ninety-fifth (composed, illustrative URLs), of layouts and languages outside the usual ten: a Ukrainian report on a dance ensemble's Canadian tour (1976), Welsh county council emergency planning committee minutes (1982), a Tagalog sworn statement of a martial-law detainee (1974), Galician municipal council plenary minutes on a NATO motion (1986), a congressional field hearing transcript on foreign fishing (1975), a military attaché's tour report from the Dobrogea (1969), a port captain's log of the Beira oil blockade (1966), a refugee camp director's monthly report from Traiskirchen (1982), a fallout monitoring station's daily log in Apia (1973), and the Bank of England Court's minutes on the Rhodesian UDI (1965)
PROBES96 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events96"  # the ninety-sixth (composed, illustrative URLs), of the usual ten kinds: a Yugoslav record of the ambassador's talk with Lumumba on the Katanga secession (1960), a Bulgarian ciphered telegram from Beirut on the 1958 rising (1958), Gambian Cabinet conclusions after the coup attempt (1981), a letter Figueres to Eisenhower on the invasion from Nicaragua (1955), a FRUS memorandum of conversation on Trujillo's death (1961), an FCO telegram from Vila on the Santo rebellion (1980), a CIA Weekly Summary on Guatemala, cut (1954), Project MUSE pages on the Quemoy bombardment (1958), a Russian шифртелеграмма from Conakry on the teachers' strike (1961), and a Chinese 外交部来电 from Ulan Bator on Tsedenbal's removal (1984)
PROBES97 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events97"  # the ninety-seventh (composed, illustrative URLs), of layouts and languages outside the usual ten: a Norwegian police station occurrence book on a Soviet sailor's asylum request (1968), an Albanian note verbale to the Italian Embassy (1974), an Icelandic lighthouse keeper's log (1967), a Malay press conference transcript on the boat people (1979), Slovak party cell meeting minutes (1983), an FBIS Daily Report page on Espiritu Santo (1980), an embassy's annual review despatch from Ulan Bator (1973), an oral history interview on Kolwezi (1997), a Warsaw Pact staff exercise report (1973), and a customs seizure report from Felixstowe (1982)
PROBES98 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events98"  # the ninety-eighth (composed, illustrative URLs), the usual ten kinds: a Polish embassy record of talks with King Hassan II on the Tindouf border war (1963), a Bulgarian ciphered telegram from Tehran on the Shatt al-Arab (1969), Irish Cabinet minutes on the Hungarian refugees at Knockalisheen (1956), a letter Raab to Bulganin after the Moscow memorandum (1955), a FRUS memorandum of conversation on the Sumatra rebellion (1958), an FCO telegram from Addis Ababa on the Hartisheikh refugees (1988), a CIA Weekly Summary on the Abadan oil crisis, cut (1951), Project MUSE pages on the Herat uprising (1979), a Russian шифротелеграмма from Tokyo on Kunashir fishermen (1977), and a Chinese 外交部来电 from Kathmandu on the Mustang border incident (1960)
PROBES99 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events99"  # the ninety-ninth (composed, illustrative URLs), of layouts and languages outside the usual ten: a Faroese coastal radio station log (1962), a Macedonian railway station master's report (1967), an Azerbaijani hospital admissions register (1989), an Esperanto telex file on the Varna congress (1978), an ocean weather ship's station log (1963), a defector debriefing summary (1972), a Jesuit mission house diary in French (1968), a Cuban ration office notice (1962), a shipping agent's telex file on a ship held at Basrah (1980), and a school log book at the Holy Loch (1961)
PROBES100 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events100"  # the hundredth (composed, illustrative URLs), the usual ten kinds: a Romanian record of the ambassador's talk with Dacko in Bangui (1981), a Czechoslovak ciphered telegram from Stanleyville on Gizenga (1962), Dominica Cabinet conclusions on the New Orleans plot (1981), a letter Shastri to Johnson on the postponed visit (1965), a FRUS memorandum for the President on Bosch's overthrow (1963), an FO telegram from Bahrain on the Jebel Akhdar (1959), a CIA Weekly Summary on the Lourenço Marques settler revolt, cut (1974), a book page on the Bukavu mercenaries (1967), a Russian шифротелеграмма from Colombo (1983), and a Chinese 外交部来电 from Maseru (1986)
PROBES101 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events101"  # the hundred-and-first (composed, illustrative URLs), of layouts and languages outside the usual ten: an Arabic municipal emergency committee log (Irbid, 1970), a Persian radio station programme log (Tabriz, 1946), a Hindi fire brigade call book (Amritsar, 1971), an Urdu postal censor's report (Peshawar, 1980), a harbour master's arrivals book (Lerwick, 1977), a mountain rescue call-out record (1974), a Queen's Messenger's route sheet (1962), a war damage insurance claim (1972), a trade fair pavilion report (Leipzig, 1961), and a geological survey party's field report (1958)
PROBES102 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events102"  # the hundred-and-second (composed, illustrative URLs), the usual ten kinds: a Yugoslav record of the ambassador's talk with Menderes after the Istanbul riots (1955), a Hungarian ciphered telegram from Cairo on the Achille Lauro (1985), Ceylon Cabinet conclusions on the hartal (1953), a letter Bourguiba to Eisenhower after Sakiet (1958), a FRUS memorandum of conversation on Pakistan's martial law (1958), an FO telegram from Addis Ababa on the bodyguard's coup (1960), a CIA Weekly Summary on the Thammasat takeover, cut mid-word (1976), a Project MUSE page on the Cairo fire (1952), a Russian шифротелеграмма from Prague on the Plzeň strike (1953) and a Chinese 外交部来电 from Pakistan on the military takeover (1977)
PROBES103 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events103"  # the hundred-and-third (composed, illustrative URLs), of layouts and languages outside the usual ten: a Basque friary chronicle (Arantzazu, 1968), a Belarusian university rector's order after Chernobyl (1986), a Kazakh school inspector's report (1989), a Georgian commission of inquiry's report on 9 April (1989), a lifeboat station service return (Cromer, 1976), an observatory night log (Herstmonceux, 1957), an asylum application interview record (Harwich, 1968), an embassy press summary (Lisbon, 1961), a prison governor's journal (Wormwood Scrubs, 1966) and a Spanish mayor's bando (Palomares, 1966)
PROBES104 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events104"  # the hundred-and-fourth (composed, illustrative URLs), the usual ten kinds: a Hungarian record of the ambassador's talk with Moi after the Air Force coup attempt (Nairobi, 1982), a Czechoslovak ciphered telegram from Khartoum on the fall of Abboud (1964), Bahamas Cabinet conclusions on the sinking of HMBS Flamingo (1980), a letter Belaúnde to Reagan on the Cordillera del Cóndor (1981), a FRUS memorandum Brzezinski to Carter on the takeover in Turkey (1980), an FCO telegram from Kuwait on Samita (1973), a CIA Weekly Summary on N'Djamena, cut mid-word (1979), a Google Books page on the Hyderabad police action (1948), a Russian шифротелеграмма from Manila on the fall of Marcos (1986) and a Chinese 外交部来电 from Kampala on the Okello coup (1985)
PROBES105 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events105"  # the hundred-and-fifth (composed, illustrative URLs), of layouts and languages outside the usual ten: a Maltese strike committee bulletin (Valletta, 1958), an Irish veterinary inspector's report (Killybegs, 1967), a Mongolian dike headquarters' daily report (Ulaanbaatar, 1966), a Thai ward sister's report (Sakon Nakhon, 1968), an Armenian city planning memorandum (Leninakan, 1988), an air traffic control occurrence report (Prestwick, 1974), a Lord Chamberlain's theatre censorship file note (1966), a German shipyard works council resolution (Hamburg, 1983), a radio office message pad (South Georgia, 1982) and a Portuguese trading firm's petition (Macau, 1966)
PROBES106 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events106"  # the hundred-and-sixth (composed, illustrative URLs), the usual ten kinds: a Bulgarian record of the ambassador's talk with Seretse Khama after the Lesoma ambush, a Czechoslovak ciphered telegram from Tokyo on the Asanuma assassination, New Zealand Cabinet minutes on the waterfront dispute, a letter from Park Chung Hee to Lyndon Johnson after the Blue House raid, a FRUS telegram from Rome on the shooting of Togliatti, a TNA telegram from Montevideo on the kidnapping of Geoffrey Jackson, a Central Intelligence Bulletin on the Baath coup against Qasim, cut, a book page on the Grammos offensive, a Russian шифротелеграмма from Vienna on the strikes of October 1950, and a Chinese 电报 of the embassy in Yemen on the revolution of September 1962
PROBES107 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events107"  # the hundred-and-seventh (composed, illustrative URLs), of layouts and languages outside the usual ten: a Bengali weekly return of the Salt Lake refugee camp, Uzbek minutes of a mahalla committee after the Tashkent earthquake, a Tamil customs show-cause notice, a Malagasy church synod resolution, a Nepali mission hospital's monthly return, an Amharic charge sheet dated in the Ethiopian calendar, a Pashto border post's daily book in the Afghan solar calendar, a colliery explosion inquiry's findings, a consular case record, and a weather station journal
PROBES108 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events108"  # the hundred-and-eighth (composed, illustrative URLs), the usual ten kinds: an East German record of the ambassador's talk with Desi Bouterse, a Polish ciphered telegram from Lagos, British Guiana Council of Ministers conclusions, a letter from the Tunku to Douglas-Home, a FRUS telegram from New Delhi on the Lhasa rising, a Colonial Office telegram from Nyasaland, a National Intelligence Daily Cable on Tunisia (cut), a book page on the Hock Lee riots, a Russian шифротелеграмма from Rabat and a Chinese 电报 from Guinea
PROBES109 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events109"  # the hundred-and-ninth (composed, illustrative URLs), of layouts and languages outside the usual ten: a Luxembourgish radio news script, a Tajik kolkhoz audit act, a Kyrgyz letter to the censor, a Yiddish society's monthly report, a Javanese land reform register, a Hausa returning officer's report, a Turkmen petition, a District Commissioner's tour diary, railway union branch minutes and a harbour master's register
PROBES110 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events110"  # the usual ten kinds: Bulgarian record with Ratsiraka, Czechoslovak telegram from Addis Ababa, Canadian Cabinet conclusions, Namaliu to Hawke, FRUS Bangkok, TNA Muscat, NID Liberia, Cambridge Petrov page, Russian telegram from Lome, Chinese telegram from Burkina Faso
PROBES111 = PROJECT_ROOT / "tests" / "fixtures" / "probes_events111"  # other layouts and languages: inquest, smallpox report (Marathi), census report (Sinhala), mission letter (Yoruba), court sheet (Malayalam), temple report (Gujarati), cinema report (Tatar), post office report (Punjabi), Lloyd's casualty report, port health report

# The gold's head phrases of document types, and ours, by category.
TYPE_CATEGORIES = {
    "wire": {"telegram", "cable", "ciphered telegram", "telephonogram"},
    "letter": {"letter"},
    "conversation": {"record_of_conversation", "record of conversation", "memorandum of conversation",
                     "transcript of telephone conversation"},
    "meeting": {"minutes", "working notes", "protocol", "record of meeting", "memorandum of discussion", "transcript"},
    "memo": {"memorandum", "note", "report", "briefing"},
    "diary": {"diary_entry", "diary entry"},
    "resolution": {"resolution", "decision"},
    "book": {"book_pages", "book page", "book pages"},
}
_SHORT_LABEL = re.compile(r"^(?:[^\W\d_]{1,4}\.)+\s*(?=\d)")
CITATION_PARTS = ("archive", "fond", "opis", "delo", "papka", "folios")
_PART_LABEL = re.compile(r"^(?:fond|folios?|f|opis|op|delo|d|por|papka|pap|p|listy|list|ll?)(?![^\W\d_])\.?\s*", re.IGNORECASE)


def probe_folders() -> list[Path]:
    """Every probe batch's folder named above (PROBES, PROBES2, ...)."""
    return [value for name, value in globals().items() if re.fullmatch(r"PROBES\d*", name)]


def batch_number(folder: Path) -> int:
    """A probe batch's number: 1 for ``probes_events``, N for ``probes_eventsN``."""
    return int(folder.name.removeprefix("probes_events") or 1)


def type_category(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip().lower()
    return next((c for c, members in TYPE_CATEGORIES.items() if value in members), "other")


def fold(text: str) -> str:
    """Read as the parsers read a page (character references, tags, escapes), then Unicode (NFKC), whitespace,
    invisible characters, quotation marks, dashes and case folded: the form two texts are compared in (a capture
    with straight quotes, ASCII dashes, soft hyphens or "&#8217;" states the same words as one without)."""
    return normalize_space(unicodedata.normalize("NFKC", read_text(text)).replace("--", "-").translate(_QUOTES)).casefold()


_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "‒": "-", "―": "-"})


def _plain(name: str) -> str:
    """A name without accents, punctuation or a leading article."""
    name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    name = re.sub(r"[^\w\s]", " ", name.casefold())
    return " ".join(w for w in name.split() if w not in ("the",))


# The post written after an office or a body ("Chinese ambassador (Hanoi)", "Soviet ambassador in Budapest", "Ambassador
# of Finland in Warsaw", "Senegalese ambassador to the United Nations"): a qualifier, no part of whom it names.
_POST = re.compile(r"\s*\([^()]*\)\s*$|\s+(?:in|at|to)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*$")


def without_post(name: str) -> str:
    """``name`` without the post written after it: "Chinese ambassador (Hanoi)" is "Chinese ambassador"."""
    return _POST.sub("", name)


_NAME_PARTICLES = frozenset(["de", "da", "do", "dos", "du", "la", "le", "al", "el", "bin", "ibn", "van", "von", "of", "y"])


def _proper(name: str) -> bool:
    """A name written with a capital in every word but its particles ("Zhou Enlai", "Juhayman al-Otaybi"), not a
    description ("Cuban construction workers", "people of Sanaa")."""
    return all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in _NAME_PARTICLES or w.split("-")[0].lower() in _NAME_PARTICLES
               for w in name.split())


@dataclass
class Names:
    """Compares names as the gold does: through the gazetteer and the document's own aliases."""

    aliases: dict[str, list[str]] = field(default_factory=dict)

    def key(self, name: str) -> str:
        for gold_name, forms in self.aliases.items():
            if _plain(name) in {_plain(f) for f in forms}:
                name = gold_name
                break
        entity = resolve(name)
        return entity.id if entity else _plain(name)

    def same(self, a: str, b: str) -> bool:
        ka, kb = self.key(a), self.key(b)
        if ka == kb:
            return True
        if _plain(without_post(a)) == _plain(without_post(b)) and len(_plain(without_post(a)).split()) >= 2 \
                and (without_post(a) == a) != (without_post(b) == b):
            return True  # "Chinese ambassador (Hanoi)" is the "Chinese ambassador", "Soviet ambassador in Budapest" the
            # "Soviet ambassador": the post written after an office names no other holder of it (not where both name a post)
        pa, pb = _plain(a).split(), _plain(b).split()
        if not pa or not pb:
            return False
        if sorted(pa) == sorted(pb):
            return True  # "Takeiri Yoshikatsu" is "Yoshikatsu Takeiri" (family name first or last)
        short, long_ = sorted((pa, pb), key=len)
        # "Shtykov" is "T. F. Shtykov", "rebels" the "Hungarian rebels" (the last word: a surname, a description's head);
        # "Zhou" is "Zhou Enlai" (a family name first, as in Chinese and Korean), but only in a name written in capitals
        # throughout: "Cuban" is not the "Cuban construction workers", nor "Soviet" the "Soviet leadership"
        if len(short) == 1:
            if len(long_) < 2:
                return False
            written = a if len(_plain(a).split()) == len(long_) else b
            return short[0] == long_[-1] or (short[0] == long_[0] and _proper(written))
        # "T. F. Shtykov" is "Terentii Shtykov": the same surname, and given names with the same initials
        return pa[-1] == pb[-1] and all(x[0] == y[0] for x, y in zip(pa[:-1], pb[:-1], strict=False))

    def same_sets(self, gold: list[str], ours: list[str]) -> bool:
        return all(any(self.same(g, o) for o in ours) for g in gold) and all(any(self.same(g, o) for g in gold) for o in ours)


# --- documents ----------------------------------------------------------------


@dataclass(frozen=True)
class FieldScore:
    file: str
    field: str
    right: bool
    expected: object
    got: object
    parser: str


def _period(value: str) -> tuple[date, date]:
    """A gold date (1951, 1951-08, 1951-08-23) as its first and last day."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return date(*parts), date(*parts)
    if len(parts) == 2:
        return date(parts[0], parts[1], 1), date(parts[0], parts[1], calendar.monthrange(*parts)[1])
    return date(parts[0], 1, 1), date(parts[0], 12, 31)


def _at_precision(day: date | None, precision: str | None) -> str | None:
    if day is None:
        return None
    return {"year": f"{day.year:04d}", "month": f"{day.year:04d}-{day.month:02d}"}.get(precision or "day", day.isoformat())


_GLOSS = re.compile(r"(?<=[^\x00-\x7f])\s*\([\x00-\x7f]+\)\s*$")


def _citation_key(citation: dict) -> tuple[str, ...]:
    def part(value) -> str:
        value = _PART_LABEL.sub("", str(value or ""))
        value = _SHORT_LABEL.sub("", value)  # "Ф. 091", "Оп. 17", "a.e. 14": a label in any script, shortened with a full stop
        return value.strip().casefold().replace("–", "-")  # "89–95" is "89-95"

    archive = _GLOSS.sub("", citation.get("archive") or "")  # "中央档案馆 (Central Archives)": the gold's translation is no part of the name
    return (_plain(archive).replace(" ", ""), *(part(citation.get(p)) for p in CITATION_PARTS[1:]))


def score_fields(gold: dict, row: dict | None) -> list[FieldScore]:
    """One score per document field the gold gives (a rejected seed gets every field wrong)."""
    names = Names(gold.get("aliases") or {})
    sender = [s.strip() for s in (gold["sender"] or "").split(";") if s.strip()]
    archival = [c for c in gold["citations"] if c["kind"] == "archival"]
    expected = {
        "title": gold["title"],
        "document_date": gold["doc_date"],
        "document_type": gold["doc_type"],
        "sender_names": sender,
        "recipient_names": gold["recipients"],
        "citations": [c["raw"] for c in archival],
        "languages": gold["languages"],
        "truncated": gold["truncated"],
    }
    if row is None:
        return [FieldScore(gold["file"], f, False, v, "(rejected)", "rejected") for f, v in expected.items()]
    titles = {fold(t) for t in (gold["title"], gold.get("title_alt")) if t}
    ours_citations = [c for c in row["citations"] or []]
    checks = {
        "title": (fold(row["title"]) in titles if row["title"] else not titles, row["title"]),
        "document_date": (
            _at_precision(row["document_date"], gold["doc_date_precision"]) == gold["doc_date"],
            f"{row['document_date']} ({row['document_date_precision']})",
        ),
        "document_type": (type_category(row["document_type"]) == type_category(gold["doc_type"]), row["document_type"]),
        "sender_names": (names.same_sets(sender, row["sender_names"]), row["sender_names"]),
        "recipient_names": (names.same_sets(gold["recipients"], row["recipient_names"]), row["recipient_names"]),
        "citations": (
            sorted(map(_citation_key, archival)) == sorted(map(_citation_key, ours_citations)),
            [c.get("text") for c in ours_citations],
        ),
        "languages": (set(gold["languages"]) == set(row["languages"]), row["languages"]),
        "truncated": (bool(gold["truncated"]) == bool(row["has_cut_end"]), row["has_cut_end"]),
    }
    return [FieldScore(gold["file"], f, right, expected[f], got, row["parser"]) for f, (right, got) in checks.items()]


# --- events -------------------------------------------------------------------


@dataclass(frozen=True)
class GoldEvent:
    file: str
    id: str
    kind: str
    evidence: tuple[str, ...]
    first: date | None  # the first and last day the date stands for (None: open)
    last: date | None
    precision: str | None
    time: str | None
    actors: tuple[str, ...]

    @classmethod
    def from_json(cls, file: str, e: dict) -> GoldEvent:
        kind, precision = e["date_kind"], e["precision"]
        first = last = None
        if kind == "exact":
            first, last = _period(e["date"])
        elif kind in ("range", "upper_bound") or (kind == "approximate" and e["date_end"]):
            first = _period(e["date_start"])[0] if e["date_start"] else None
            last = _period(e["date_end"])[1]
        elif kind in ("alternatives", "multiple"):
            first, last = _period(min(e["dates"]))[0], _period(max(e["dates"]))[1]
        elif kind == "approximate":
            first, last = _period(e["date_approx"])
        return cls(file, e["id"], kind, tuple(e["evidence"]), first, last, precision, e["time"], tuple(e["actors"]))

    def agrees(self, start: date | None, end: date | None) -> bool:
        """Our start and end agree with the gold date at its precision."""
        end = end or start
        if self.kind == "undated":
            return start is None and end is None
        if self.kind == "upper_bound":
            return start is None and end is not None and _same_period(end, self.last, self.precision)
        if start is None or end is None:
            return False
        if self.kind == "exact" or (self.kind == "approximate" and self.first and _same_period(self.first, self.last, self.precision)):
            return self.first <= start <= end <= self.last
        return _same_period(start, self.first, self.precision) and _same_period(end, self.last, self.precision)


def _same_period(a: date, b: date | None, precision: str | None) -> bool:
    return b is not None and _at_precision(a, precision) == _at_precision(b, precision)


class Locator:
    """Where texts sit in a seed, compared with whitespace and case folded.

    A seed with words broken across lines ("gov-" / "ernment", an OCR page) is read as its passages read it, the
    broken words whole (``line_end_hyphens``, the parser's own rule): a row's evidence is its passage's text, so
    "government statement", while the gold copies the page, "gov- ernment statement". A piece is looked for as
    written and, failing that, with its "gov- ernment" joined the same way."""

    def __init__(self, text: str):
        cuts = line_end_hyphens(text)
        self.text = fold("".join(text[a:b] for a, b in zip([0] + [e for _, e in cuts], [s for s, _ in cuts] + [len(text)], strict=True)))
        self.broken = bool(cuts)

    def spans(self, piece: str) -> list[tuple[int, int]]:
        for form in _forms(fold(piece)) if self.broken else [fold(piece)]:
            if found := self._find(form):
                return found
        return []

    def _find(self, piece: str) -> list[tuple[int, int]]:
        if not piece:
            return []
        found, at = [], self.text.find(piece)
        while at >= 0:
            found.append((at, at + len(piece)))
            at = self.text.find(piece, at + 1)
        return found


_BROKEN_WORD = re.compile(r"(?<=[a-z])- (?=[a-z])|(?<=[a-z])-$")


def _forms(folded: str) -> list[str]:
    """A folded piece as written, then with the words a line end broke ("gov- ernment") joined."""
    joined = _BROKEN_WORD.sub("", folded)
    return [folded, joined] if joined != folded else [folded]


def overlaps(locator: Locator, gold: GoldEvent, evidence: str) -> bool:
    ours = locator.spans(evidence)
    if ours:
        return any(s < ge and gs < e for gs, ge in (sp for g in gold.evidence for sp in locator.spans(g)) for s, e in ours)
    folded = _unpaged(fold(evidence))  # our evidence left page furniture out and is not verbatim in the seed
    return any(
        theirs in form or (len(form) >= 15 and form in theirs)
        for g in gold.evidence for theirs in _forms(_unpaged(fold(g))) for form in _forms(folded)
    )


_PAGE_MARK = re.compile(r"\s*\[page \d+\]\s*")


def _unpaged(folded: str) -> str:
    """A folded text without an edition's page marks ("one of the most [Page 359] important"), which the gold's
    evidence copies from the page and the passages leave out."""
    return _PAGE_MARK.sub(" ", folded)


@dataclass
class EventScore:
    file: str
    gold: list[GoldEvent]
    found: dict[str, dict] = field(default_factory=dict)  # gold id -> our best matching row
    actors_right: dict[str, bool] = field(default_factory=dict)
    rows: int = 0
    rows_matching: int = 0
    beyond: list[dict] = field(default_factory=list)
    dated_otherwise: dict[str, dict] = field(default_factory=dict)  # gold id not found -> our row on its evidence, with another date


def _row_actors(row: dict) -> list[str]:
    return list(dict.fromkeys((row.get("source_names") or []) + (row.get("target_names") or [])))


def score_events(gold: dict, rows: list[dict], text: str) -> EventScore:
    events = [GoldEvent.from_json(gold["file"], e) for e in gold["events"]]
    names, locator = Names(gold.get("aliases") or {}), Locator(text)
    score = EventScore(gold["file"], events, rows=len(rows))

    def matches(g: GoldEvent, row: dict) -> bool:
        return g.agrees(row["start_date"], row["end_date"]) and overlaps(locator, g, row["evidence_text"])

    for g in events:
        hits = [r for r in rows if matches(g, r)]
        if hits:
            right = [r for r in hits if names.same_sets(list(g.actors), _row_actors(r))]
            score.found[g.id] = (right or hits)[0]
            score.actors_right[g.id] = bool(right)
    for row in rows:
        if any(matches(g, row) for g in events):
            score.rows_matching += 1
        else:
            score.beyond.append(row)
    for g in events:  # a miss whose evidence we did read, with another date: a row unmatched elsewhere first
        if g.id not in score.found:
            near = [r for r in score.beyond if overlaps(locator, g, r["evidence_text"])]
            near = near or [r for r in rows if overlaps(locator, g, r["evidence_text"])]
            if near:
                score.dated_otherwise[g.id] = near[0]
    return score


# --- running and reporting ------------------------------------------------------


@dataclass
class CorpusScores:
    fields: list[FieldScore]
    events: list[EventScore]

    def summary(self) -> dict[str, float]:
        gold = sum(len(s.gold) for s in self.events)
        found = sum(len(s.found) for s in self.events)
        rows = sum(s.rows for s in self.events)
        right_actors = sum(sum(s.actors_right.values()) for s in self.events)
        return {
            "fields": sum(f.right for f in self.fields) / len(self.fields) if self.fields else 1.0,
            "recall": found / gold if gold else 1.0,
            "precision": sum(s.rows_matching for s in self.events) / rows if rows else 1.0,
            "actors": right_actors / found if found else 1.0,
            "gold_events": gold,
            "rows": rows,
        }


def load_corpus(path: Path = GOLD) -> list[dict]:
    return json.loads(path.read_text("utf-8"))


# A switch for measuring, never set in a run: with PIPELINE_SOURCE=unknown each page is read with its ``source:`` line
# naming a host the project does not know (and a path of no site's shape), so that the reader and the layout are
# chosen by the page's own structure, as they are for a page of a new site (``make eval-blind``).
UNKNOWN_SOURCE = b"https://unknown.invalid/item"
_SOURCE_LINE = re.compile(rb"\A(\xef\xbb\xbf)?([ \t]*source:[ \t]*)\S+")


def blinded(data: bytes) -> bytes:
    """The page with its provenance line's URL replaced by one of a host no reader knows."""
    return _SOURCE_LINE.sub(lambda m: (m[1] or b"") + m[2] + UNKNOWN_SOURCE, data, count=1)


def evaluate(gold: list[dict] | None = None, folder: Path = DEV, blind: bool | None = None) -> CorpusScores:
    if blind is None:
        blind = os.environ.get("PIPELINE_SOURCE") == "unknown"
    fields, events = [], []
    for entry in gold if gold is not None else load_corpus():
        data = (folder / entry["file"]).read_bytes()
        if blind:
            data = blinded(data)
        result: SeedTables = process_seed(entry["file"], data)
        row = None if result.is_rejected else result.documents.to_pylist()[0]
        fields += score_fields(entry, row)
        text = decode(data)[0] if not result.is_rejected else ""
        events.append(score_events(entry, result.events.to_pylist(), text))
    return CorpusScores(fields, events)


def _pct(right: int, total: int) -> str:
    return f"{100 * right / total:5.1f}%" if total else "    -"


def format_report(scores: CorpusScores, misses: bool = True) -> str:
    s = scores.summary()
    lines = [f"Documents: {_pct(sum(f.right for f in scores.fields), len(scores.fields))} of fields right", ""]
    lines.append(f"{'field':<18}{'right':>9}{'share':>8}")
    for name in dict.fromkeys(f.field for f in scores.fields):
        part = [f for f in scores.fields if f.field == name]
        lines.append(f"{name:<18}{sum(f.right for f in part):>4}/{len(part):<4}{_pct(sum(f.right for f in part), len(part)):>8}")
    lines += ["", f"{'parser':<18}{'right':>9}{'share':>8}  documents"]
    for parser in sorted({f.parser for f in scores.fields}):
        part = [f for f in scores.fields if f.parser == parser]
        lines.append(f"{parser:<18}{sum(f.right for f in part):>4}/{len(part):<4}{_pct(sum(f.right for f in part), len(part)):>8}  {len({f.file for f in part})}")
    lines += [
        "",
        f"Events: recall {s['recall']:.3f} ({sum(len(e.found) for e in scores.events)}/{s['gold_events']}), "
        f"precision {s['precision']:.3f} ({sum(e.rows_matching for e in scores.events)}/{s['rows']} rows match a gold event), "
        f"actors right on {s['actors']:.3f} of the events found",
        "",
        f"{'date_kind':<14}{'found':>9}{'recall':>8}{'actors':>8}",
    ]
    kinds = Counter(g.kind for e in scores.events for g in e.gold)
    for kind, total in kinds.most_common():
        found = [(e, g) for e in scores.events for g in e.gold if g.kind == kind and g.id in e.found]
        actors = sum(e.actors_right[g.id] for e, g in found)
        lines.append(f"{kind:<14}{len(found):>4}/{total:<4}{_pct(len(found), total):>8}{_pct(actors, len(found)):>8}")
    lines += ["", f"{'document':<46}{'found':>8}{'rows':>6}{'match':>6}{'actors':>7}"]
    for e in scores.events:
        lines.append(f"{e.file[:45]:<46}{len(e.found):>3}/{len(e.gold):<4}{e.rows:>6}{e.rows_matching:>6}{sum(e.actors_right.values()):>7}")
    if misses:
        lines += ["", "Wrong fields:"]
        lines += [f"  {f.file[:40]} {f.field}: expected {f.expected!r}, got {f.got!r}"[:300] for f in scores.fields if not f.right]
        lines += ["", "Gold events missed:"]
        for e in scores.events:
            for g in e.gold:
                if g.id not in e.found:
                    when = f"{g.first}..{g.last}" if g.first != g.last else f"{g.first}"
                    lines.append(f"  {e.file.split('_')[0]} {g.id} [{g.kind} {when}] {g.evidence[0][:90]!r}")
        lines += ["", "Found with another date (gold | ours):"]
        for e in scores.events:
            for g in e.gold:
                if g.id in e.dated_otherwise:
                    r = e.dated_otherwise[g.id]
                    when = f"{g.first}..{g.last}" if g.first != g.last else f"{g.first}"
                    lines.append(f"  {e.file.split('_')[0]} {g.id} [{g.kind} {when}] | {r['start_date']}..{r['end_date']} {g.evidence[0][:80]!r}")
        lines += ["", "Found with other actors (gold | ours):"]
        for e in scores.events:
            for g in e.gold:
                if g.id in e.found and not e.actors_right[g.id]:
                    lines.append(f"  {e.file.split('_')[0]} {g.id} {list(g.actors)} | {_row_actors(e.found[g.id])}")
        lines += ["", "Rows matching no gold event:"]
        for e in scores.events:
            for r in e.beyond:
                lines.append(f"  {e.file.split('_')[0]} {r['event_type']} {r['start_date']}..{r['end_date']} {r['evidence_text'][:90]!r}")
    return "\n".join(lines)


def format_actors(scores: CorpusScores, wrong_only: bool = True) -> str:
    """Per found gold event: its date kind, the gold's actors against ours, how the row was made and its evidence."""
    lines = []
    for e in scores.events:
        for g in e.gold:
            if g.id not in e.found or (wrong_only and e.actors_right[g.id]):
                continue
            row = e.found[g.id]
            mark = "ok " if e.actors_right[g.id] else "BAD"
            lines.append(
                f"{mark} {e.file.split('_')[0]} {g.id} [{g.kind}] gold {list(g.actors)}\n"
                f"      ours {row.get('source_names') or []} -> {row.get('target_names') or []} ({row.get('method')})\n"
                f"      {normalize_space(row['evidence_text'])[:220]!r}"
            )
    return "\n".join(lines)


def run(misses: bool = True, folder: Path = DEV, gold: Path | None = None) -> str:
    """The report on ``folder`` against ``gold`` (corpus.json by default; another gold file scores the pages beside it)."""
    if gold is not None and folder == DEV:
        folder = gold.parent
    return format_report(evaluate(load_corpus(gold) if gold is not None else None, folder=folder), misses)



def _layouts(folder: Path) -> str:
    """"other" for a batch whose pages are of layouts outside the usual ten kinds (so said beside its folder above), else "usual"."""
    source = Path(__file__).read_text("utf-8")
    name = next((n for n, v in globals().items() if re.fullmatch(r"PROBES\d*", n) and v == folder), None)
    line = next((row for row in source.splitlines() if name and row.startswith(name + " ")), "")
    return "other" if "outside the usual ten" in line else "usual"


def _batch_fields(args: tuple[Path, bool]) -> tuple[str, list[FieldScore]]:
    folder, blind = args
    return _layouts(folder), evaluate(load_corpus(folder / "gold.json"), folder=folder, blind=blind).fields


def blind_fields(processes: int = 2) -> str:
    """The pool's document fields, per field and per kind of page (the usual ten kinds, other layouts), read with the
    pages' own ``source:`` lines and with a source no reader knows (``make eval-blind``)."""
    from multiprocessing import Pool

    folders = sorted(probe_folders(), key=batch_number)
    with Pool(processes) as pool:
        normal = pool.map(_batch_fields, [(f, False) for f in folders])
        blind = pool.map(_batch_fields, [(f, True) for f in folders])
    names = list(dict.fromkeys(f.field for _, fs in normal for f in fs))
    lines = [f"{'field':<16}" + "".join(f"{k + ' ' + m:>17}" for k in ("usual", "other", "all") for m in ("normal", "blind"))]
    for name in names + ["ALL"]:
        cells = []
        for kind in ("usual", "other", "all"):
            for run_ in (normal, blind):
                got = [f for k, fs in run_ if kind in (k, "all") for f in fs if name in (f.field, "ALL")]
                cells.append(f"{sum(f.right for f in got)}/{len(got)} {_pct(sum(f.right for f in got), len(got)).strip():>6}")
        lines.append(f"{name:<16}" + "".join(f"{c:>17}" for c in cells))
    return "\n".join(lines)


if __name__ == "__main__":
    print(run())
