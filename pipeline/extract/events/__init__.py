"""Events: the document's own act, its receipt and handling, and what its sentences say happened.

A cable or letter is itself an event: sent on its date, by its sender, to its
recipients. Its header or a receipt stamp records receipt ("from [BEIJING]
received 1500 13 July 1951", "發自北京,1951年11月14日收到"), its trailer the
deciphering and printing. In the text:

- every sentence with an explicit or partial date is an event; its type comes
  from the words around the date, its actors from the gazetteer's names there
  ("X's report to Y"), a pronoun subject ("he instructed") from the previous
  sentence's actor, and in a letter "we/I" is the sender and "you/your" the
  recipient ("We received your telegrams of January 31": Mao's telegrams to
  Stalin, sent on 31 January);
- a date standing alone (a dateline, "31st of December 1949.") or after a
  label or heading ("Publication Date:", "NSC BRIEFING 1 July 1953") dates
  the document, it is not a happening;
- in a letter or cable, the writer's own acts ("We agree", "we have no
  objections", "Hereby I am sending", "The Soviet Government ... will
  support"), a resolution's decisions ("1. To confirm ...") and a record of
  conversation's turns ("Comrade Mao Zedong: ...") happen on the document's
  date (marked inferred: the date is not written in the sentence);
- a completed act stated without a date ("an agreement has already been
  reached") happened on or before the document's date (start unknown), and a
  plan ("we intend to", 打算) has no date yet;
- "Stalin replied:" with no date answers the last dated message, and "five
  days later" counts from the last date: both inferred;
- a letter or record that opens a clause with a day ("When we flew into
  Belgrade on the morning of 26 September ...") tells that day's acts in turn:
  the simple pasts after it happened on it;
- a day to come that the text names for an act (a cable's order for a later
  day, "my assistant Scowcroft will invite him") is a plan, undated; a history
  that writes its own dates tells its acts in the order they came, so an act it
  tells with no date happened by the next date it writes ("Meanwhile ...": about
  the last one), and a letter's story told before it opens a clause with an
  earlier day happened by that day;
- an edition's footnote that tells what followed at a time of the day ("At
  11:10 a.m., X called Y back") is an act of the record's day at that time.

Receipt stamps that precede the sending by exactly one year ("Received 23:00
31.1.1951" on a telegram of 31 January 1952) are a typist's slip: the
document's year is taken, and the date marked inferred.

One module per ``events.method`` (schemas/events.yaml): ``document_metadata``,
``cable_header``, ``cable_trailer``, ``dated_sentence``, ``relative_date``,
``document_act``, ``undated_sentence``, ``tense_sentence``. ``annotate`` reads
each passage once (sentences, dates, names) and ``passages`` walks the
document's passages, handing each sentence's spans to those rules; ``common``
holds the row (``EventDraft``), the document's ``Context`` and the actor
readers the rules share; ``context`` reads that context from the document; ``full_names`` reads, once every
rule has named its actors, a person named in short ("Traoré") as the one fuller name the page gives him ("Moussa
Traoré").
"""

from pipeline.extract.events.annotate import sentence_spans_of
from pipeline.extract.events.common import EventDraft, event_key
from pipeline.extract.events.passages import extract_events

__all__ = ["EventDraft", "event_key", "extract_events", "sentence_spans_of"]
