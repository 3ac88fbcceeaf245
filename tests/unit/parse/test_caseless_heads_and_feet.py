"""Heads and feet of papers in scripts without capitals (Arabic, Persian, Hindi, Urdu) and of English forms: the signer
named after a signature's label, the addressee's label, the archive's catalogue line under a site's trail, the copies
line under the signature (the supplements' words, en.yaml's forms)."""

from __future__ import annotations

from pipeline.parse import parse_text
from pipeline.parse.citation import parse_citations
from pipeline.parse.headings import catalogue_fields_line


def test_a_persian_log_signed_under_its_text_is_sent_by_its_signer_and_cited_from_its_catalogue_line():
    doc = parse_text(
        "source: https://example.org/doc/1\n"
        "سازمان اسناد و کتابخانه ملی ایران › اسناد › رادیو\n"
        "دفتر برنامه‌های روزانه فرستنده\n"
        "شناسه سند: ۲۹۳/۴۵۱۸ | تاریخ سند: ۱۳۲۵/۰۹/۲۱ | تعداد برگ: ۲\n\n"
        "ساعت ۷:۰۰ — برنامه صبح پخش شد.\n"
        "ساعت ۲۱:۰۰ — پایان پخش. فرستنده خاموش شد.\n\n"
        "امضا: اکبر نخجوانی — ۲۱/۹/۲۵\n"
        "دیده شد. رئیس اداره تبلیغات آذربایجان — ۲۳ آذر\n")
    assert doc.sender_names == ["اکبر نخجوانی"]
    assert [(c["archive"], c["text"]) for c in doc.citations] == [("سازمان اسناد و کتابخانه ملی ایران", "۲۹۳/۴۵۱۸")]


def test_an_urdu_report_names_its_addressee_and_its_signer():
    doc = parse_text(
        "source: https://example.org/doc/2\n"
        "خیبر پختونخوا آرکائیوز › محکمہ داخلہ › 1980\n"
        "ڈاک سنسر کی ہفتہ وار رپورٹ\n"
        "ڈاؤن لوڈ (PDF) | حوالہ: KPA/HD/PC/12-C/80, ff. 17-18\n"
        "بخدمت: ڈپٹی ڈائریکٹر، انٹیلی جنس بیورو، پشاور\n\n"
        "1. زیر جائزہ ہفتے کے دوران کابل سے 412 خطوط موصول ہوئے۔\n\n"
        "دستخط: (ظفر اقبال قریشی)\n"
        "سنسر افسر، جی پی او پشاور\n"
        "نقل: ہوم سیکرٹری، حکومت صوبہ سرحد\n")
    assert doc.sender_names == ["ظفر اقبال قریشی"]
    assert doc.recipient_names == ["ڈپٹی ڈائریکٹر، انٹیلی جنس بیورو، پشاور"]
    assert doc.document_type == "report"
    assert [c["archive"] for c in doc.citations] == ["خیبر پختونخوا آرکائیوز"]


def test_a_hindi_call_book_is_signed_by_its_officer_its_copies_no_recipients():
    doc = parse_text(
        "source: https://example.org/doc/3\n"
        "पंजाब राज्य अभिलेखागार › नगर निगम अमृतसर › कॉल बुक 1971\n"
        "अग्निशमन केंद्र — कॉल बुक (पृष्ठ 214)\n"
        "अभिलेख संख्या: PSA/MCA/FB/1971/7 | डाउनलोड (PDF)\n\n"
        "क्रम 611 — समय 00.20 — सूचना: पुलिस कंट्रोल रूम।\n\n"
        "हस्ताक्षर: हरबंस लाल, स्टेशन अफ़सर, 5.12.71, 23.30 बजे\n"
        "देखा — मुख्य अग्निशमन अधिकारी, 6.12.71\n"
        "प्रतिलिपि: आयुक्त, नगर निगम अमृतसर; ज़िलाधीश, अमृतसर\n")
    assert doc.sender_names == ["हरबंस लाल"]
    assert doc.recipient_names == []
    assert not doc.has_cut_end  # the reader's minute and the copies' line under the signature close no cut text
    assert [c["archive"] for c in doc.citations] == ["पंजाब राज्य अभिलेखागार"]


def test_a_western_mark_closed_by_its_folio_has_no_fond():
    cited = parse_citations("Shetland Archives, D.1/LHT/2/1/41, f. 88") or []
    assert all(not c["fond"] and not c["delo"] for c in cited)
    assert parse_citations("TsAMO, f. 16, op. 3, d. 5, l. 4")[0]["fond"] == "16"


def test_a_catalogue_line_opening_with_the_item_mark_is_no_title():
    assert catalogue_fields_line("Ref. no. D.1/LHT/2/1/41, folio 88 | Date range: Sep 1977 | Extent: 1 folio | Access: open")
    assert not catalogue_fields_line("Telegram from Bahrain | Wilson Center Digital Archive")
