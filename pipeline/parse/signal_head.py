"""A telegram headed in signal form, as British and American posts sent them ("FM NUKUALOFA 140430Z MAY 76" / "TO
IMMEDIATE FCO" / "TELEGRAM NUMBER 58 OF 14 MAY"), signed by the head of post's surname in capitals at its foot
("FAIRCLOUGH"): a telegram dated by its date-time group, sent from the post on its FM line to the office its TO line
addresses, by its signer. The words and the table of addressees are ``pipeline/reference/layouts/signal_heads.yaml``.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from importlib import resources

from pipeline.normalize.capitals import heading_case
from pipeline.normalize.dates import DateMention
from pipeline.normalize.doctypes import document_type_of
from pipeline.normalize.lexicon import LANGUAGES, SUPPLEMENTED, alternation, lexicon, words
from pipeline.normalize.names import lookup
from pipeline.parse.headings import catalogue_entry_line, is_title_label_line
from pipeline.parse.model import ParsedDocument
from pipeline.parse.source_note import is_citation_line, names_a_source
from schemas import load_yaml

_HEAD_LINES = 14  # the page's title and archive lines, the classification, the FM, TO, number and repeat lines
_FOOT_LINES = 6  # the signer, the registry's files line, the archive's reference
_POST = r"[A-Z][A-Z.'/-]*(?: [A-Z][A-Z.'/-]*){0,4}?(?: \([A-Z][A-Z.' -]{1,30}\))?"  # "NUKUALOFA", "AMEMBASSY SANTIAGO",
# "UKMIS NEW YORK"; "HAMILTON (BERMUDA)": a post in a colony or a territory, the territory after it in brackets
_SURNAME = re.compile(r"^[A-Z](?:[A-Z'’-]{2,19})$")  # "FAIRCLOUGH", "O'NEILL": a head of post signs with his surname


@cache
def _words() -> dict:
    return load_yaml(resources.files("pipeline.reference").joinpath("layouts/signal_heads.yaml").read_text("utf-8"))


@cache
def _patterns() -> dict[str, re.Pattern]:
    w = _words()
    group = r"(?P<day>[0-3]\d)(?P<hour>[0-2]\d)(?P<minute>[0-5]\d)Z"
    month_year = r"\s+(?P<month>" + alternation(list(w["months"])) + r")\s+(?P<year>\d{2})"
    dtg = group + month_year
    precedence = r"(?:" + alternation(w["precedences"]) + r")"
    delivery = r"(?:" + (alternation(w.get("delivery_marks") or []) or "(?!)") + r")"  # "TO DESKBY 080800Z FCO"
    return {
        # the FM line's group may give the day and hour alone ("FM KUWAIT 221130Z"): its month and year are the page's
        "from": re.compile(r"^(?:" + alternation(w["from_labels"]) + rf")\s+(?P<post>{_POST}?)(?:\s+{group}(?:{month_year})?)?\s*$"),
        "dtg": re.compile(r"^(?:(?:" + alternation(w["dtg_marks"]) + rf")\s+)?{dtg}\s*$"),
        "to": re.compile(r"^(?:" + alternation(w["to_labels"]) + rf")\s+(?:{precedence}\s+)?(?:{delivery}\s+[0-3]\d[0-2]\d[0-5]\dZ\s+)?(?P<to>{_POST}?)(?:\s+{precedence})?(?:\s+\d+)?\s*$"),
        "foot": re.compile(r"^(?:" + alternation(w["foot_labels"]) + r")\b", re.IGNORECASE),
        "label_alone": re.compile(r"^(?:" + alternation(w["foot_labels"]) + r")\s*:?$", re.IGNORECASE),
        "group": re.compile(rf"(?<![\w/]){dtg}(?!\w)"),  # a group in a line of a log or a pad, not a head's
    }


def date_time_group() -> re.Pattern:
    """A date-time group anywhere in a line ("191715Z MAR 82": the 19th, 17:15 Greenwich time, March 1982), its day,
    hour, minute, month and year named as a signal head's line reads them; ``group_day`` reads a match's day."""
    return _patterns()["group"]


def group_day(m: re.Match) -> DateMention | None:
    """The day and hour of a date-time group ``date_time_group`` matched; None for no real day or hour."""
    return _dtg(m)


# The operator's line under a message of the pad, the way's word, the hour in four figures and his initials ("Sent 1722
# RBM", "Recd 2046 RBM"; ``message_log_ways``).
LOG_WAYS = {word.casefold(): kind for language in (*LANGUAGES, *SUPPLEMENTED)
            for word, kind in (lexicon(language).get("message_log_ways") or {}).items()}
_LOG_WAY = re.compile(r"^\s*(?P<way>" + (alternation(list(LOG_WAYS)) or "(?!)") + r")(?!\w)\s+(?P<hour>[01]\d|2[0-3])[:.]?(?P<minute>[0-5]\d)"
                      r"(?:\s*(?:Z|GMT|UTC))?\s+(?P<who>(?:[A-Z]\.?\s?){1,4}?)\.?\s*$", re.IGNORECASE)
_LOG_WAY_CHARS = 40


def log_way(text: str) -> tuple[str, str, str] | None:
    """The operator's line under a message of a pad ("Sent 1722 RBM"): the kind of its row, the hour and his initials;
    None for any other line."""
    if len(text) > _LOG_WAY_CHARS or (m := _LOG_WAY.match(text)) is None or not m["who"].strip(". ").isupper():
        return None
    return LOG_WAYS[m["way"].casefold()], f"{m['hour']}:{m['minute']}", m["who"].strip()


_LOGGED_LINE_CHARS = 160


def logged_head_day(text: str) -> DateMention | None:
    """The date-time group of a line in columns parted by strokes, as a pad or a log heads each message with it
    ("Serial 41 | 191715Z MAR 82 | FROM BASECOM KEP TO GOVERNOR STANLEY"); None for any other line."""
    if "|" not in text or len(text) > _LOGGED_LINE_CHARS or (m := date_time_group().search(text)) is None:
        return None
    return group_day(m)


LOGGED_GROUPS = 2  # a pad's or a log's lines in columns, each with its group: two at least


def logged_groups_day(texts: list[str]) -> tuple[date, str, str] | None:
    """The day of a message pad or a signal log with no date line of its own, its messages' heads in columns parted by
    strokes, each with its date-time group ("Serial 41 | 191715Z MAR 82 | FROM BASECOM KEP TO GOVERNOR STANLEY"): the
    first group's day, its text, and the month's precision where the groups span several days (a log's days are its
    entries', the paper of their month); None for any other page."""
    days = [(found, text) for text in texts if (found := logged_head_day(text)) is not None]
    if len(days) < LOGGED_GROUPS:
        return None
    first = days[0][0]
    several = any(d.start_date != first.start_date for d, _ in days)
    return first.start_date, "month" if several else "day", first.text


def end_labels() -> tuple[list[str], list[str]]:
    """The labels of a telegram's two ends, its sender's and its addressee's: a signal head's FM and TO lines'
    (``from_labels``, ``to_labels``) and the older heading's FROM and TO (``routing_from_words``, ``routing_to_words``),
    as a telex file's address line writes them too ("FM BASMAR BASRAH / TO HARFIN LONDON")."""
    w = _words()
    return [*w["from_labels"], *w["routing_from_words"]], [*w["to_labels"], *w["routing_to_words"]]


def distribution_label(text: str) -> bool:
    """A foot label over the list of the departments given copies, on its line ("DISTRIBUTION:", "DEPT DISTRIBUTION",
    "FILE COPIES TO:"): the lines under it are the registry's, no signer."""
    text = text.strip()
    return _patterns()["label_alone"].match(text) is not None or _patterns()["foot"].match(text) is not None and text.endswith(":")


def _dtg(m: re.Match, lead: int = 0) -> DateMention | None:
    """The day and hour of a date-time group ("140430Z MAY 76": 14 May 1976, 04:30 Greenwich time), its offsets counted
    from the line ``m`` was matched in, with the ``lead`` of blanks stripped before it."""
    if not m["day"] or not m["month"]:
        return None  # a bare group ("221130Z"): its month and year are read with the page (_bare_group)
    year = int(m["year"])
    try:
        day = date(1900 + year if year >= 40 else 2000 + year, _words()["months"][m["month"]], int(m["day"]))
    except ValueError:
        return None
    if int(m["hour"]) > 23:
        return None
    text = m.group(0)[m.start("day") - m.start():].strip()
    return DateMention(lead + m.start("day"), lead + m.end("year"), text, day, day, "minute", f"{m['hour']}:{m['minute']}", False, True)


def _addressee(words: str) -> str:
    if len(parts := words.split()) > 1 and all(len(p) == 1 for p in parts):
        words = "".join(parts)  # "F C O": the address typed letter by letter, as the short address "FCO"
    entity = lookup(words)
    if entity is not None and entity.kind != "place":
        return entity.name
    return _words()["addressees"].get(words) or words.title()


def signal_line(line: str) -> tuple[str, str | None, DateMention | None] | None:
    """A line of a signal head: ("from", the post, its date-time group), ("dtg", None, the group) or ("to", the
    addressee, None); None for any other line."""
    text = line.strip()
    if len(text) > 60:
        return None
    patterns = _patterns()
    lead = len(line) - len(line.lstrip())
    if m := patterns["from"].match(text):
        entity = lookup(m["post"])
        return "from", entity.name if entity is not None else m["post"].title(), _dtg(m, lead)
    if m := patterns["dtg"].match(text):
        return ("dtg", None, found) if (found := _dtg(m, lead)) else None
    if m := patterns["to"].match(text):
        return "to", _addressee(m["to"]), None
    return None


@cache
def _info_line() -> re.Pattern:
    w = _words()
    precedence = r"(?:" + alternation(w["precedences"]) + r")"
    return re.compile(r"^(?:" + alternation(w["info_labels"]) + rf")(?::\s*|\s+)(?:{precedence}\s+)?(?P<posts>[^\d:;]+?)\s*\.?$", re.IGNORECASE)


def info_posts(line: str) -> list[str] | None:
    """The posts a head's INFO line sends the telegram to for their information ("INFO PRIORITY WASHINGTON, MOD, UKMIS
    NEW YORK": Washington, Mod, Ukmis New York), as the line writes them (in capitals: title-cased); None for any other
    line, a Department's routing of its offices with their figures ("INFO OCT-01 ISO-00") among them."""
    text = line.strip()
    if len(text) > 120 or (m := _info_line().match(text)) is None:
        return None
    posts = [p.strip() for p in re.split(r"\s*,\s*|\s+(?:AND|and)\s+", m["posts"]) if p.strip()]
    if not posts or not all(re.fullmatch(r"[^\W\d_][\w.'/&()-]*(?:\s+[\w.'/&()-]+){0,4}", p) for p in posts):
        return None
    return [p.title() if p.isupper() else p for p in posts]


def _has_from_line(doc: ParsedDocument) -> bool:
    """Whether the head holds an FM line, which ``signal_line`` tells before any other kind: a head without one is no
    signal head, told by one pattern per line where reading each line asked three (most pages have none)."""
    from_line = _patterns()["from"]
    return any(len(text) <= 60 and from_line.match(text) for text in (block.text.strip() for block in doc.blocks[:_HEAD_LINES]))


def signal_dateline(doc: ParsedDocument) -> tuple[int, DateMention] | None:
    """The line of a signal head that carries its date-time group (the FM line, or the group's own line): its index and
    the day and hour read from it; None for a document not headed in signal form."""
    if not _has_from_line(doc):
        return None
    head = [(index, signal_line(block.text)) for index, block in enumerate(doc.blocks[:_HEAD_LINES])]
    kinds = {found[0] for _, found in head if found}
    if "from" not in kinds or "to" not in kinds:
        return None
    dated = next(((index, found[2]) for index, found in head if found and found[2] is not None), None)
    if dated is None:
        dated = next(((index, found) for index, _ in head if (found := _bare_group(doc.blocks[index].text, doc.document_date))), None)
    return dated


def _bare_group(line: str, anchor: date | None) -> DateMention | None:
    """The day and hour of an FM line's group that gives no month nor year ("FM KUWAIT 221130Z"), read in the month of
    the page's own day (the catalogue's dates of the file, "Date: 20 Mar 1973 - 30 Mar 1973"): that day of the anchor's
    month where it falls on or after the anchor, else of the next month (of the anchor's where the next has no such day:
    "30" after 31 January); None without an anchor or for any other line. Its offsets count from the line."""
    lead = len(line) - len(line.lstrip())
    m = _patterns()["from"].match(line.strip())
    if anchor is None or m is None or not m["day"] or m["month"] or int(m["hour"]) > 23:
        return None
    year, month = (anchor.year, anchor.month) if int(m["day"]) >= anchor.day else divmod(anchor.year * 12 + anchor.month, 12)
    month += int(m["day"]) < anchor.day  # divmod gives the next month counted from naught
    try:
        day = date(year, month, int(m["day"]))
    except ValueError:
        try:
            day = date(anchor.year, anchor.month, int(m["day"]))
        except ValueError:
            return None
    return DateMention(lead + m.start("day"), lead + m.end("minute") + 1, m.group(0)[m.start("day"):m.end("minute") + 1], day, day,
                       "minute", f"{m['hour']}:{m['minute']}", True, False)


def _foot_signer(doc: ParsedDocument) -> str | None:
    """The surname in capitals alone on a line at the telegram's foot, over the registry's and the archive's lines and
    the notes written on the file copy."""
    foot = doc.blocks[-_FOOT_LINES:]
    listed = next((i for i in range(len(foot) - 1, -1, -1) if distribution_label(foot[i].text)), None)
    if listed is not None:
        foot = foot[:listed]  # "DISTRIBUTION:" / "CENTRAL AND SOUTHERN AFRICAN DEPT." / ...: a foot label alone, its list
        # of departments on the lines under it
    for block in reversed(foot):
        text = block.text.strip()
        if _patterns()["foot"].match(text) or is_citation_line(text) or names_a_source(text[:30]) or text.startswith("["):
            continue  # "[Minute on file copy:] Seen. ... 27/1.": a hand's note on the file copy in the editor's brackets
        if _SURNAME.match(text) and text.title() not in _not_signers():
            entity = lookup(text)
            return text.title() if entity is None else entity.name if entity.kind == "person" else None
        return None
    return None


@cache
def _not_signers() -> frozenset[str]:
    return frozenset((lexicon("en").get("wire_parties") or {}).get("not_signers") or [])


def _dated_by_description(doc: ParsedDocument) -> bool:
    """The page's day read from the catalogue's description of the file over the telegram ("Description: Swaziland: King
    Sobhuza's proclamation of 12 April 1973 ..."): the day of what the file is about, not the telegram's, which its
    date-time group gives."""
    said = doc.document_date_text or ""
    told = [b for b in doc.blocks if said and said in b.text]
    return bool(told) and all(catalogue_entry_line().match(b.text.strip()) for b in told)


@cache
def _routing_heading() -> re.Pattern:
    words = _words()
    return re.compile(rf"(?:{alternation(words['routing_from_words'])})\s+(?P<post>[A-Z][A-Z .'()-]{{1,40}}?)\s+"
                      rf"(?:{alternation(words['routing_to_words'])})\s+(?P<office>{alternation(list(words['addressees']))})")


@cache
def _envoy_line() -> re.Pattern:
    return re.compile(rf"(?:{alternation(_words()['envoy_styles'])})\s+(?:[A-Z]\.\s*){{0,3}}{_ENVOY_SURNAME}(?:\s{_ENVOY_SURNAME})?")


_ENVOY_SURNAME = r"[A-Z][a-z'’-]+(?:(?<=-)[A-Z][a-z'’-]+)?"  # "Armitage", "Douglas-Home"


def routing_heading(text: str) -> tuple[str, str] | None:
    """The post and the office of a telegram's heading of the older form ("FROM AMMAN TO FOREIGN OFFICE": Amman, the
    Foreign Office); None for any other line."""
    m = _routing_heading().fullmatch(text.strip())
    return (m["post"].strip().title(), _words()["addressees"][m["office"]]) if m else None


def read_routing_heading(doc: ParsedDocument) -> None:
    """A telegram under a heading of the older form taken for its title ("FROM AMMAN TO FOREIGN OFFICE" / "Sir C. Duke"):
    the office its recipient, the envoy named under it its sender, and the catalogue's description of the file over it,
    where one stands there, its title (as for a signal head, ``_head_as_title``)."""
    at = doc.title_block
    if at is None or not doc.title or "TO" not in doc.title or doc.blocks[at].text.strip() != doc.title.strip() \
            or (routed := routing_heading(doc.title)) is None:
        return
    post, office = routed
    doc.document_type = "telegram"
    doc.sent_from = doc.sent_from or post
    doc.recipient_names = doc.recipient_names or [office]
    if not doc.sender_names and at + 1 < len(doc.blocks) and _envoy_line().fullmatch(envoy := doc.blocks[at + 1].text.strip()):
        doc.sender_names = [envoy]
    if (described := _file_description(doc, at)) is not None:
        doc.title = described


@cache
def _routing_lines() -> tuple[re.Pattern, re.Pattern]:
    words = _words()
    return (re.compile(rf"^(?:{alternation(words['routing_from_words'])})\s+(?P<post>[A-Z][A-Z .'-]{{1,40}}?)"
                       r"(?:\s+\((?P<envoy>[^()]{3,40})\))?\s*$"),
            re.compile(rf"^(?:{alternation(words['routing_to_words'])})\s+(?P<office>[A-Z][A-Z .,'&()-]{{2,70}}?)\s*$"))


def routing_lines(first: str, second: str) -> tuple[str, str | None, str] | None:
    """A telegram's heading of the older form on two lines, in capitals, the envoy in brackets after his post ("FROM
    NYASALAND (SIR R. ARMITAGE)" / "TO SECRETARY OF STATE FOR THE COLONIES"): the post, the envoy as he would sign (his
    style and initials, "Sir R. Armitage") or None, and the office it goes to; None for any other pair of lines."""
    from_line, to_line = _routing_lines()
    if (m := from_line.match(first.strip())) is None or (t := to_line.match(second.strip())) is None:
        return None
    envoy = m["envoy"].strip() if m["envoy"] else None
    if envoy is not None and not _envoy_line().fullmatch(envoy := " ".join(w if len(w.rstrip(".")) == 1 else heading_case(w) for w in envoy.split())):
        envoy = None  # "(High Commissioner)": an office, no man
    office = _words()["addressees"].get(t["office"].replace(".", "")) or heading_case(t["office"])  # "C.O.": Colonial Office
    return heading_case(m["post"].strip()), envoy, office


def _one_line_routing(line: str, under: str) -> tuple[str, str | None, str] | None:
    """The heading of the older form on one line and the envoy opening the line under it, the telegram's despatch
    beside him in a column ("FROM BAHRAIN TO FOREIGN OFFICE" / "Sir G. Middleton    D. 1.15 p.m. January 28, 1959")."""
    if len(line) > 80 or (routed := routing_heading(line)) is None:
        return None
    envoy = _envoy_line().match(under.strip())
    return routed[0], envoy.group(0) if envoy else None, routed[1]


def read_routing_lines(doc: ParsedDocument) -> None:
    """A telegram under a heading of the older form on two lines (``routing_lines``), under the catalogue's description
    of the file and the telegram's handling marks ("CYPHER/O.T.P." / "EMERGENCY SECRET"): the office its recipient, the
    envoy in brackets its sender, and the description its title where the page gives no heading but those marks, as
    for a heading on one line (``read_routing_heading``)."""
    head = doc.blocks[:_HEAD_LINES]
    at = next((i for i in range(len(head) - 1) if (routed := routing_lines(head[i].text, head[i + 1].text)
                                                   or _one_line_routing(head[i].text, head[i + 1].text)) is not None), None)
    if at is None:
        return
    post, envoy, office = routed
    doc.document_type = "telegram"
    doc.sent_from = doc.sent_from or post
    doc.recipient_names = doc.recipient_names or [office]
    if envoy is not None and not doc.sender_names:
        doc.sender_names = [envoy]
    if doc.title_block is not None and doc.title_block <= at and (described := _file_description(doc, at)) is not None:
        doc.title = described


def read_signal_head(doc: ParsedDocument) -> None:
    """A telegram headed in signal form (FM and TO lines): a telegram from the FM line's post to the TO line's office,
    dated by its date-time group where no reader dated it, sent by the surname that signs its foot."""
    if not _has_from_line(doc):
        read_routing_heading(doc)
        read_routing_lines(doc)
        return
    head = [found for block in doc.blocks[:_HEAD_LINES] if (found := signal_line(block.text))]
    posts = [name for kind, name, _ in head if kind == "from"]
    offices = [name for kind, name, _ in head if kind == "to"]
    if not posts or not offices:
        return
    doc.document_type = "telegram"
    _head_as_title(doc)
    _subject_as_title(doc)
    doc.sent_from = doc.sent_from or posts[0]
    doc.recipient_names = doc.recipient_names or [offices[0]]
    if (doc.document_date is None or _dated_by_description(doc)) and (dated := signal_dateline(doc)) is not None:
        doc.document_date, doc.document_date_precision, doc.document_date_text = dated[1].start_date, "day", dated[1].text
    if (signer := _foot_signer(doc)) is not None:
        place = lookup(doc.sender_names[0]) if doc.sender_names else None
        post = doc.sender_names and _letters(doc.sender_names[0]) == _letters(posts[0])  # the title's "from Nuku'alofa"
        if post:
            doc.sent_from = doc.sender_names[0]  # the place as the title spells it
        if not doc.sender_names or place is not None and place.kind == "place" or post:
            doc.sender_names = [signer]  # a signed mission cable is sent by its signer, not the town it is sent from
    elif not doc.sender_names and (command := _command(doc)) is not None:
        doc.sender_names = [command]  # "FM COMUSMACV": a command's short address, unsigned, sends its own message


# A command's or an office's short address on the FM line, one word of capitals ("COMUSMACV", "CINCPAC"), as the head
# writes it; a post's town ("NUKUALOFA") is a place, and its message's sender is the head of post who signs it.
_COMMAND = re.compile(r"^[A-Z]{4,15}$")


def _command(doc: ParsedDocument) -> str | None:
    """The FM line's short address as written, where it is a command's (``_COMMAND``) and no place; else None."""
    m = next((m for block in doc.blocks[:_HEAD_LINES] if (m := _patterns()["from"].match(block.text.strip()))), None)
    if m is None or not _COMMAND.match(m["post"]) or ((found := lookup(m["post"])) is not None and found.kind == "place"):
        return None
    return found.name if found is not None else m["post"]


def _subject_as_title(doc: ParsedDocument) -> None:
    """A message in signal form whose head ends in its subject line ("FM COMUSMACV" / "TO CJCS WASHDC" / "INFO CINCPAC" /
    "BT" / "SUBJ: SITREP NR 26, HUE (U)"), the page's heading not read: the subject without its label is the title, as
    under a wire's or a memorandum's head, and a kind it names is the message's ("SITREP": a report)."""
    subject = re.compile(r"^(?:" + alternation(words("subject_labels")) + r")\.?\s*:\s*(?P<subject>\S.*?)\s*$", re.IGNORECASE)
    at = doc.title_block
    if at is None or (found := signal_line(doc.blocks[at].text)) is not None and found[0] == "from" and doc.title != doc.blocks[at].text.strip():
        return  # the head's own lines read as the title (_head_as_title)
    if any(signal_line(block.text) for block in doc.blocks[:at + 1]) or is_title_label_line(doc.blocks[at].text):
        return  # the title read under the head (the page's heading over the text), or the catalogue's "Title:" line
    for index in range(at + 1, min(_HEAD_LINES + _SUBJECT_UNDER_HEAD, len(doc.blocks))):
        text = doc.blocks[index].text.strip()
        if (m := subject.match(text)) is not None:
            if any(signal_line(block.text) for block in doc.blocks[at + 1:index]):
                doc.title, doc.title_block = m["subject"][:300], index
                doc.document_type = kind if (kind := document_type_of(m["subject"])) != "other" else doc.document_type
            return
        if len(text) > 120:
            return  # the text has begun


_SUBJECT_UNDER_HEAD = 4  # the routing marks and the message's number between the head's last line and its subject


def _head_as_title(doc: ParsedDocument) -> None:
    """A telegram the page gives no heading but its signal head, whose FM line was taken for the title: the head's
    lines under it to the telegram's number ("FM HAMILTON (BERMUDA) 111430Z MAR 73" / "TO IMMEDIATE F C O" /
    "TELEGRAM NUMBER 87 OF 11 MARCH") are the title, the lines that name the message, the lines of its copies after
    them ("REPEATED FOR INFORMATION TO ...") left out."""
    at = doc.title_block
    if at is None or not doc.title or doc.title.strip() != doc.blocks[at].text.strip() or (found := signal_line(doc.title)) is None \
            or found[0] != "from":
        return
    number = re.compile(r"^(?:" + alternation(_words()["number_labels"]) + r")\s+\d+\b")
    lines = [doc.title.strip()]
    for block in doc.blocks[at + 1:at + 4]:
        text = block.text.strip()
        if (signal_line(text) or (None,))[0] in ("to", "dtg"):
            lines.append(text)
        elif number.match(text):
            lines.append(text)
            break
        else:
            break
    doc.title = " ".join(lines)
    numbered = number.match(lines[-1])
    if numbered is not None and (described := _item_description(doc, at, numbered.group(0).split()[-1])) is not None:
        doc.title = described  # "Description: Telegram no. 1187 from Lusaka (Mr L. Allinson) to FCO: ...": the catalogue
        # describes this very telegram, by its number, over its head: its description is the title
    elif (described := _file_description(doc, at)) is not None:
        doc.title = described  # "Description: Somalia: army coup of 21 October 1969; telegrams from Mogadishu": the
        # catalogue's entry for the file the telegram is kept in, the page's own heading, as a "Title:" line over the head is


def _file_description(doc: ParsedDocument, at: int) -> str | None:
    """The catalogue's description of the file over the telegram's head ("Description: Bermuda: assassination of the
    Governor, Sir Richard Sharples, and his ADC"), without its label (item_description_labels); None where none is, or
    where it describes another telegram by its number ("Description: Telegram no. 113 ..." over telegram 112)."""
    label = re.compile(r"^(?:" + alternation(_words()["item_description_labels"]) + r")\s*:\s*(?P<value>\S.*?)\s*$", re.IGNORECASE)
    return next((m["value"][:300] for block in doc.blocks[:at] if (m := label.match(block.text.strip())) is not None
                 and item_description(block.text) is None), None)


def _item_description(doc: ParsedDocument, at: int, number: str) -> str | None:
    """The catalogue's description over the telegram's head that names a telegram by the head's number ("Description:
    Telegram no. 412 from Valletta (Sir D. Watson) to FCO: ..."), without its label; None where none does."""
    return next((value for block in doc.blocks[:at] if (value := item_description(block.text)) is not None
                 and value[0] == number), (None, None))[1]


def item_description(line: str) -> tuple[str, str] | None:
    """A catalogue's line describing one telegram by its kind and number: (the number, the description without its
    label); None for any other line (item_description_labels, item_description_kinds, item_number_words)."""
    w = _words()
    m = re.match(r"^(?:" + alternation(w["item_description_labels"]) + r")\s*:\s*(?P<value>(?:" + alternation(w["item_description_kinds"])
                 + r")\s+(?:" + alternation(w["item_number_words"]) + r")\s*(?P<number>\d+)\b.*)$", line.strip(), re.IGNORECASE)
    return (m["number"], m["value"].strip()) if m else None


_NOT_LETTERS = re.compile(r"\W+")


def _letters(name: str) -> str:
    """A place's name by its letters alone: "NUKUALOFA" in a signal head is the title's "Nuku'alofa"."""
    return _NOT_LETTERS.sub("", name).casefold()
