"""Whether a trigger asserts, plans or negates its event, and how sure the text is.

Wire copy wraps events in intent ("plans to visit", "is expected to attend"), denial ("did not
attend", "refused to meet") and hedges ("reportedly", "accused of"). A planned visit stored as a
visit is a false fact, so modality is read from the trigger's own clause and every clause that
governs it. Hedged facts stay `asserted` (the contract has no speculation modality) but with a
confidence of at most 0.5 so consumers can filter them.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ingest import docindex, lexicon
from ingest.cleaning import written_text
from schemas.models import Modality


@lru_cache(maxsize=1)
def cues() -> dict:
    raw = lexicon.raw("modality")
    return {k: (set(v) if isinstance(v, list) else v) for k, v in raw.items()}


@dataclass(frozen=True)
class Reading:
    modality: Modality
    confidence: float


def misjoined_past(verb):
    """"X denied reports it is sending weapons and accused Y of ...": a past verb with no
    auxiliary of its own that the parser conjoined to a progressive in the clause of a noun
    cannot share that progressive's auxiliary; it goes with the verb above the clause, which
    this returns (None when the parse is not so)."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.tag_ != "VBG" or head.dep_ not in ("acl", "ccomp") \
            or not any(c.dep_ == "aux" for c in head.children) \
            or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    above = head.head
    for _ in range(4):
        if above.pos_ in ("VERB", "AUX") or above.head.i == above.i:
            break
        above = above.head
    return above if above.pos_ in ("VERB", "AUX") and above.i != head.i else None


def to_infinitive(verb) -> bool:
    """A bare infinitive after "to" ("the first leader to visit X", "is in Y to meet Z"): a
    verb with no tense of its own, whose time is that of the clause it hangs on."""
    return verb.tag_ == "VB" and any(k.dep_ == "aux" and k.tag_ == "TO" for k in verb.children)


def headline_infinitive(verb) -> bool:
    """"Foreign Minister X to visit Y", "X to make maiden official trip to Y": a headline writes
    what is announced as a bare "to" infinitive at the root, its subject a name or none, with no
    tensed verb anywhere in the line. A tensed verb in the sentence ("X and Y, here to attend the
    conference, met") means the parser lost the clause's real head, which tells its own time.
    A headline's pair joined by a bare comma ("X, Y to hold talks in Z") may make the parser take
    the first name for the root, the second for its conjunct or appositive and the infinitive for
    a clause on that name: the infinitive is still the line's verb."""
    if not to_infinitive(verb):
        return False
    if verb.dep_ != "ROOT" and not (verb.dep_ in ("relcl", "acl") and verb.head.dep_ == "ROOT"
                                    and verb.head.pos_ == "PROPN" and verb.head.i < verb.i
                                    and any(k.dep_ in ("conj", "appos") and k.pos_ == "PROPN" for k in verb.head.children)):
        return False
    if any(k.dep_ in ("nsubj", "nsubjpass") and k.pos_ == "PRON" for k in docindex.children(verb)):
        return False
    return not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in docindex.tokens(docindex.sent_of(verb)))


def hyphen_joined(noun) -> set[str]:
    """The noun's modifiers written with a hyphen the tokenizer split ("up-coming", "fore-
    seen"), joined into the one word they spell ("upcoming"); the parser hangs the first part
    and the hyphen under the second."""
    doc, out = noun.doc, set()
    for k in noun.children:
        i = k.i - 1
        if k.i < noun.i and i > 0 and doc[i].tag_ == "HYPH" and doc[i].whitespace_ == "" \
                and doc[i - 1].whitespace_ == "" and doc[i - 1].head.i == k.i:
            out.add(doc[i - 1].lower_ + k.lower_)
    return out


def _purpose_of_present_stay(clause, head) -> bool:
    """"X is in Y to meet Z", "X is travelling to Y to attend ...": a purpose infinitive hung on
    a clause of staying or travelling (modality.json journey_heads) in the present tense (simple
    or progressive) tells what the stay or the journey is for, still ahead (a past "travelled to
    Y to meet Z" is read as told)."""
    if clause.dep_ != "advcl" or not to_infinitive(clause) or head.lemma_.lower() not in cues()["journey_heads"]:
        return False  # ("uses drones to strike X": a habit, not a journey's purpose)
    return head.tag_ in ("VBZ", "VBP") or present_progressive(head)


def _spaced(text: str) -> str:
    """Lower-cased words one space apart, a hyphen read as a space ("run-up", "run - up")."""
    return " " + " ".join(text.lower().replace("-", " ").replace("‐", " ").split()) + " "


def prospective_phrase(prep) -> bool:
    """Whether the preposition closes a phrase that sets what follows later than the clause
    (modality.json prospective_phrases: "in the run-up to", "on the eve of", "ahead of"),
    matched on the words written up to it, so that any parse of "run-up" reads the same."""
    doc = prep.doc
    before = _spaced(doc[max(0, prep.i - 6):prep.i + 1].text)
    return any(before.endswith(_spaced(phrase)) for phrase in cues()["prospective_phrases"])


def anticipated(prep) -> bool:
    """"looks forward to meeting X", "I very much look forward to visiting Y", "looking forward
    to the talks": what the phrase's object names is awaited, so still to come (modality.json
    anticipation_phrases: the verb's lemma, its adverb, the preposition). The small parser
    hangs the preposition on the verb or on the adverb."""
    if prep.dep_ != "prep":
        return False
    head = prep.head
    verb = head.head if head.pos_ == "ADV" else head
    adverbs = [head.lower_] if head.pos_ == "ADV" else \
        [k.lower_ for k in verb.children if k.dep_ == "advmod" and k.i < prep.i]
    phrases = cues()["anticipation_phrases"]
    return any(f"{verb.lemma_.lower()} {a} {prep.lower_}" in phrases for a in adverbs)


def disposed(tok, below) -> bool:
    """"X is willing to visit Y", "expressed his readiness to meet Z", "is open to visiting W": an
    adjective or noun of readiness (modality.json disposition_words) whose infinitive (or "to"
    phrase) names the act says the act may come, not that it came. Only the adjective or noun
    counts: the verb "open" ("opened talks with X") tells an act done. The parser may hang the
    infinitive or the "to" phrase on the verb whose object or complement the word is ("expressed
    his willingness Friday to meet Y", "is \"open\" to visiting W")."""
    words = cues()["disposition_words"]
    act = below.dep_ in ("xcomp", "acl", "advcl") and to_infinitive(below) \
        or below.dep_ == "prep" and below.lower_ == "to"
    if not act:
        return False
    if tok.pos_ in ("ADJ", "NOUN"):
        return tok.lower_ in words and below.dep_ != "advcl"
    return tok.pos_ in ("VERB", "AUX") and any(
        k.dep_ in ("dobj", "acomp") and k.pos_ in ("ADJ", "NOUN") and k.lower_ in words and k.i < below.i
        for k in tok.children)


def addressee_phrase(verb, prep, act) -> bool:
    """Whether `prep` is the phrase after `verb` and before its infinitive `act` that names
    whom it asks ("called on Y to ...", "appealed to Y to ..."), not a time ("called on
    Thursday to ...", "On Thursday, X called Y to ...")."""
    return prep.dep_ == "prep" and verb.i < prep.i < act.i and not any(
        p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") for p in prep.children)


def requested(tok, below) -> bool:
    """"X asked Y to condemn Z", "called on Y to begin talks with Z", "appealed to Y to send
    troops", "requested that Y meet Z": a verb of asking (modality.json request_heads: its lemma,
    or its lemma and the preposition that names whom it asks) whose "to" infinitive or bare
    "that" clause names the act asks for it; a request is not the act. The preposition keeps
    "called Y a threat" and "appealed the ruling" out; a clause with a tense or a modal of its own
    ("asked whether Y had met Z") tells its own time."""
    if tok.pos_ != "VERB":
        return False
    heads = cues()["request_heads"]
    lemma = tok.lemma_.lower()
    named = lemma in heads or any(
        addressee_phrase(tok, k, below) and f"{lemma} {k.lower_}" in heads for k in tok.children)
    if not named:
        return False
    if below.dep_ in ("xcomp", "advcl", "ccomp") and to_infinitive(below):
        return True
    return below.dep_ == "ccomp" and below.tag_ == "VB" \
        and not any(k.dep_ in ("aux", "auxpass") for k in below.children) \
        and any(k.dep_ == "mark" and k.lower_ == "that" for k in below.children)


def framed_undertaking(noun, verb):
    """"X and Y agreed to expand trade during talks on Friday", "vowed to deepen ties during their
    phone call": the parser hangs the phrase naming the occasion (modality.json frame_prepositions)
    on the infinitive, but the occasion is when the undertaking (commitment_heads) was made, not
    part of what was undertaken; the verb of the undertaking, which tells whether the talks took
    place, is returned (None for any other noun: "agreed to take part in talks" names the act)."""
    c = cues()
    if noun.dep_ != "pobj" or noun.head.lower_ not in c["frame_prepositions"] or noun.head.head.i != verb.i:
        return None
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head  # "agreed to stabilize and deepen cooperation during a call": the first infinitive's "to"
    if verb.dep_ != "xcomp" or not to_infinitive(verb):
        return None
    head = verb.head
    return head if head.pos_ == "VERB" and head.lemma_.lower() in c["commitment_heads"] else None


def present_progressive(verb) -> bool:
    """"is travelling", "are shelling": a participle with an auxiliary in the present, an act
    under way as the article is written (unlike a past "was travelling" or a bare participle)."""
    return verb.tag_ == "VBG" and any(k.dep_ == "aux" and k.tag_ in ("VBZ", "VBP") for k in verb.children)


def _governors(token):
    """The trigger and the chain of clause heads above it, nearest first."""
    chain = [token]
    tok = token
    for _ in range(8):
        if tok.head.i == tok.i:
            break
        if tok.dep_ == "relcl" and tok.pos_ in ("VERB", "AUX") and not to_infinitive(tok):
            break  # "X, who visited Beijing last month, will travel to ...": its own tense
        if tok.dep_ == "pcomp" and tok.tag_ == "VBD" and any(c.dep_ == "nsubj" for c in tok.children):
            break  # "troops would cross the border in what X called an invasion": its own tense
        if tok.dep_ == "advcl" and tok.tag_ in ("VBG", "VBN") and tok.i < tok.head.i \
                and not any(c.dep_ in ("aux", "mark") for c in tok.children):
            break  # "Arriving in Kyiv on Wednesday, Duda pledged ...": the arrival is not the pledge
        if tok.dep_ in ("xcomp", "ccomp", "advcl", "acomp", "pcomp", "pobj", "prep", "dobj",
                        "relcl", "acl", "conj", "nsubj", "nsubjpass", "attr", "oprd", "amod", "compound"):
            tok = misjoined_past(tok) or tok.head
            chain.append(tok)
            if tok.pos_ in ("VERB", "AUX") and chain[-2].dep_ in ("conj",):
                # A conjoined verb shares the modality of its first conjunct's auxiliaries.
                continue
        else:
            break
    return chain


def infinitive_relative(tok) -> bool:
    """"the first president to visit X": an infinitive relative clause has no tense of its own;
    the clause of the noun it qualifies tells whether it happened ("will be the first ...")."""
    return tok.dep_ == "relcl" and to_infinitive(tok)


def phrasal_lemma(token) -> str:
    """"called off" -> "call off", "ruled out" -> "rule out"; else the lemma."""
    lemma = token.lemma_.lower()
    for k in token.children:
        if k.dep_ == "prt":
            phrase = f"{lemma} {k.lower_}"
            if phrase in cues()["negating_heads"]:
                return phrase
    return lemma


def _tells_occurrence(verb) -> bool:
    """"took place", "went ahead", "happened": the verb says whether its subject event happened."""
    lemma = verb.lemma_.lower()
    phrases = {lemma} | {f"{lemma} {k.lower_}" for k in verb.children if k.dep_ in ("prt", "dobj", "advmod")}
    return bool(phrases & cues()["occurrence_heads"])


def _in_quote(token) -> bool:
    """Inside quotation marks within the sentence (an opinion, not the reporter's account)."""
    sent = docindex.sent_of(token)  # `token.sent`, not rebuilt
    opens_before, attributed = _quote_marks(sent)
    if opens_before[token.i - sent.start] > 0:
        return True
    # A sentence that opens with a quote mark and is attributed ("..., she said").
    return attributed


# The quote marks of the sentences of the last doc asked about, by sentence start (every
# trigger of a sentence asks again); one tuple, swapped whole when another doc comes.
_QUOTES: tuple[object, dict[int, tuple[list[int], bool]]] | None = None


def _quote_marks(sent) -> tuple[list[int], bool]:
    """For each token of the sentence, the quotes open before it; and whether the sentence
    opens with a quote mark that closes later in it."""
    global _QUOTES
    cached = _QUOTES
    if cached is None or cached[0] is not sent.doc:
        cached = _QUOTES = (sent.doc, {})
    marks = cached[1].get(sent.start)
    if marks is None:
        # (the marks as the article writes them: the parser was given typewriter apostrophes,
        # cleaning.parse_form, and an opening single quote is no apostrophe)
        written = written_text(sent.doc)
        texts = [written[t.idx:t.idx + len(t.text)] for t in docindex.tokens(sent)]  # no Token made anew
        opens_before, opens = [], 0
        for text in texts:
            opens_before.append(opens)
            if text in ("“", "‘"):
                opens += 1
            elif text in ("”", "’") and text != "’":
                opens -= 1
            elif text == '"':
                opens = 1 - opens if opens in (0, 1) else opens
        attributed = bool(texts) and texts[0] in ("“", '"') and any(t in ("”", '"') for t in texts[1:])
        marks = cached[1][sent.start] = (opens_before, attributed)
    return marks


def _in_force(head, c) -> bool:
    """Whether a decision says it takes effect at once ("with immediate effect", "effective
    immediately") anywhere in its own clause."""
    words = " " + " ".join(t.lower_ for t in head.subtree) + " "
    return any(" " + phrase + " " in words for phrase in c["immediate_effect_phrases"])


def _decision_enacts(head, trigger, enacted: bool, c) -> bool:
    """Whether a past decision is itself the act it decides (modality.json enacting_decisions):
    a relation a decision enacts ("decided to impose sanctions on X", decision_enacted_relations)
    or a grant ("decided to provide relief goods", granting_verbs). "Agreed to impose
    sanctions" is an accord whose legal acts are still to come; an agreement to send troops a plan."""
    return head.lemma_.lower() in c["enacting_decisions"] and (enacted or trigger.lemma_.lower() in c["granting_verbs"])


def _former(noun, c) -> bool:
    """Whether a relation noun is marked as past: a modifier "former" / "ex-" on its left (the
    parser may hang "ex" and the hyphen beside the noun rather than under it)."""
    if any(k.i < noun.i and k.dep_ in ("amod", "compound", "nmod", "advmod") and k.lower_ in c["former_words"]
           for k in noun.children):
        return True
    doc, i = noun.doc, noun.i - 1
    if i >= 0 and doc[i].text in ("-", "‐") and doc[i].whitespace_ == "":
        i -= 1
    return i >= 0 and doc[i].lower_ in c["former_words"] and doc[i].whitespace_ in ("", " ") \
        and (i == noun.i - 1 or doc[i].whitespace_ == "")


def is_former(noun) -> bool:
    """"its former ally", "an ex-ally": a relation noun no longer true (modality.json former_words)."""
    return _former(noun, cues())


def _tail_comment(clause, head) -> bool:
    """"X accused Y of Z, a charge Y denies": a clause the parser hung before a negating verb
    whose own subject comes after a comma closing the clause is a statement of its own; the
    denial after it does not unsay it."""
    if clause.dep_ != "ccomp" or clause.i > head.i:
        return False
    doc = head.doc
    commas = [t.i for t in doc[clause.right_edge.i + 1:head.i] if t.text == ","]
    return bool(commas) and any(k.dep_ in ("nsubj", "nsubjpass") and k.i > commas[0] for k in head.children)


def _trailing_participle(tok) -> bool:
    """A present participle clause after its head verb, with no auxiliary or mark of its own."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > tok.head.i \
        and not any(k.dep_ in ("aux", "auxpass", "mark") for k in tok.children)


def _arranged(verb) -> bool:
    """"The leaders are meeting in Brussels Thursday", "X is visiting Y on Monday", "X travels to
    Y on Tuesday": a present progressive or simple present dated by a weekday is the arrangement
    news announces, not an event told."""
    if verb.tag_ in ("VBZ", "VBP") and verb.pos_ == "VERB":
        pass  # "X travels to Y on Tuesday": the simple present of a timetable
    elif verb.tag_ != "VBG" or not any(k.dep_ == "aux" and k.tag_ in ("VBZ", "VBP") for k in verb.children):
        return False
    days = lexicon.raw("temporal")["weekdays"]
    if verb.tag_ == "VBG" and _dated_by_day_word(verb):
        return True  # "X is meeting Y today": a progressive dated by a day word not behind the article's day
    when = [k for k in verb.children if k.dep_ == "npadvmod"]
    when += [p for k in verb.children if k.dep_ == "prep" and k.lower_ == "on" and not _in_with_clause(k)
             for p in k.children if p.dep_ == "pobj"]
    return any(t.lower_ in days and t.ent_type_ == "DATE" for t in when)


def _in_with_clause(on) -> bool:
    """"X and Y are trading accusations, with Y on Monday saying ...": a day phrase the parser hung
    on the verb between the absolute clause's "with" phrase and its participle dates that clause."""
    doc = on.doc
    if on.i == 0 or on.right_edge.i + 1 >= len(doc):
        return False
    before, after = doc[on.i - 1], doc[on.right_edge.i + 1]
    return after.tag_ == "VBG" and any(a.dep_ == "prep" and a.lower_ == "with" for a in before.ancestors
                                        if on.head.i in {h.i for h in a.ancestors})


def _bound_for_coming_event(verb) -> bool:
    """"X is among the leaders travelling to Y for next Monday's funeral": a present participle
    (or present tense) whose "for" phrase names an event dated ahead by its possessor (temporal.json
    forward_phrases: "next Monday's", "tomorrow's") tells a journey still to be made."""
    if verb.tag_ not in ("VBG", "VBZ", "VBP") or verb.pos_ != "VERB":
        return False
    forward = lexicon.raw("temporal")["forward_phrases"]
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for event in (p for p in prep.children if p.dep_ == "pobj"):
            for poss in (c for c in event.children if c.dep_ == "poss" and c.ent_type_ == "DATE"):
                when = " " + " ".join(t.lower_ for t in poss.subtree) + " "
                if any(" " + phrase + " " in when for phrase in forward):
                    return True
    return False


def _dated_by_day_word(verb) -> bool:
    """"today", "tonight", "tomorrow" (temporal.json day_offsets not behind the article's day)
    as the verb's own adverb."""
    ahead = {w for w, offset in lexicon.raw("temporal")["day_offsets"].items() if offset >= 0 and " " not in w}
    return any(k.dep_ == "npadvmod" and k.lower_ in ahead for k in verb.children)


def arranged_today(trigger) -> bool:
    """Whether only the arrangement reading of a progressive ("X is visiting Y on Tuesday") makes
    a verb planned: told on that very weekday, the visit is under way (the caller knows the
    dates). A simple present ("travels to Y on Tuesday") stays the timetable it is, and so does
    a progressive dated "today" ("X is meeting Y today"): the day word says the news is told
    before the event, which a weekday naming the article's own day does not."""
    return trigger.tag_ == "VBG" and _arranged(trigger) and not _dated_by_day_word(trigger) \
        and read(trigger, arrangement=False).modality == Modality.ASSERTED


def _denials(kids, c) -> list:
    """The negation words among a token's dependents that deny it. The "not" of "not only" /
    "not just" (modality.json correlative_focus) opens a correlative, "not only met X but also
    Y": both happened."""
    return [k for k in kids if k.lower_ in c["negation_words"] and not (
        any(d.lower_ in c["correlative_focus"] for d in k.children)
        or k.i + 1 < len(k.doc) and k.doc[k.i + 1].lower_ in c["correlative_focus"] and k.doc[k.i + 1].head == k.head
        or _compared(k, c))]


def _compared(k, c) -> bool:
    """"X has no closer ally than Y": the determiner "no" of a noun with a comparative modifier
    and a comparison phrase (modality.json comparison_prepositions) ranks Y first; it denies
    nothing."""
    noun = k.head
    return k.dep_ == "det" and any(d.dep_ == "amod" and d.tag_ in ("JJR", "RBR") for d in noun.children) \
        and any(d.dep_ == "prep" and d.lower_ in c["comparison_prepositions"] for d in noun.children)


def _clause_of_its_own(conjunct, head, c) -> bool:
    """Whether a conjunct verb tells an event apart from its head's: joined by a contrasting
    conjunction (modality.json contrast_conjunctions) or with a subject of its own. "did not
    visit A and meet B" shares the negation; "did not visit A but met B" and "the trip was not
    announced, and X met Y" do not."""
    if any(k.dep_ in ("nsubj", "nsubjpass") for k in conjunct.children):
        return True
    joiners = [k for k in head.children if k.dep_ == "cc" and k.i < conjunct.i]
    return bool(joiners) and joiners[-1].lower_ in c["contrast_conjunctions"]


def read(trigger, noun_trigger: bool = False, local: bool = False, arrangement: bool = True,
         enacted: bool = False) -> Reading:
    """Modality and confidence of the event `trigger` (a spaCy Token) describes.

    `enacted`: the event is one a decision itself enacts (modality.json
    decision_enacted_relations: "decided to impose sanctions on X" sanctions X), so a past
    decision of modality.json enacting_decisions alone does not make it planned ("agreed to
    impose sanctions" is an accord whose legal acts are still to come).

    `local` reads only the trigger's own modifiers: a standing relation ("its allies") is not
    made planned by the verb it sits under ("sought to strengthen ties with its allies")."""
    c = cues()
    planned = negated = hedged = False
    unnegatable = False
    own_past = False  # crossed into a past-tense conjunct with a clause of its own
    decided = []  # decision heads that made it planned ("agreed to impose ...")
    other_plan = False
    chain = [trigger] if local else _governors(trigger)
    # Stop climbing at the first finite reporting verb: "X said he would not ..." is X's
    # statement, whose modality is read below it, not above it.
    for depth, tok in enumerate(chain):
        # "agreed to freeze assets over X's decision to invade Y", "cancelled the trip amid the
        # shelling": the cause a phrase gives is an event of its own, which the clause it hangs
        # on neither undoes nor plans
        if depth > 0 and chain[depth - 1].dep_ in ("pobj", "pcomp") and tok.dep_ == "prep" \
                and tok.lower_ in c["cause_prepositions"]:
            break
        # A conjoined clause is a second event: "rejected the charge and blamed X" does not
        # negate the blame, "criticized X, while Y accused Z" does not hedge the criticism.
        kids = [k for k in docindex.children(tok) if k.dep_ not in ("conj", "cc", "advcl", "ccomp", "relcl", "acl", "parataxis")]
        via_conj = depth > 0 and chain[depth - 1].dep_ == "conj"
        lemmas = {k.lemma_.lower() for k in kids}
        texts = {k.lower_ for k in kids}
        verbish = tok.pos_ in ("VERB", "AUX", "ADJ") or tok.dep_ == "ROOT"
        # "did not inform X before launching strikes on Y": a gerund clause of time under a
        # preposition is an event of its own; a negation above it does not reach it
        if depth > 0 and chain[depth - 1].dep_ == "pcomp" and tok.dep_ == "prep" \
                and tok.lower_ in c["time_prepositions"]:
            unnegatable = True
        if depth > 0 and chain[depth - 1].dep_ == "advcl" \
                and any(k.dep_ == "advmod" and k.tag_ == "WRB" for k in docindex.children(chain[depth - 1])):
            # "did not suspend the talks when X shelled Y": a when-clause is an event of its own;
            # neither a negation above it nor a negating head ("talks stayed suspended from the
            # day X invaded Y") reaches it
            unnegatable = True
        if depth > 0 and infinitive_relative(chain[depth - 1]):
            # "X was not the first leader to visit Y": the negation denies the rank, not the trip
            unnegatable = True
        # "a drone attack on X did not affect output": a noun event that is the subject of a negated
        # clause happened; only a verb telling whether it happened negates it ("did not take place")
        subject_event = noun_trigger and depth > 0 and chain[depth - 1].dep_ in ("nsubj", "nsubjpass") \
            and chain[depth - 1].pos_ in ("NOUN", "PROPN") and not _tells_occurrence(tok)
        if via_conj and _clause_of_its_own(chain[depth - 1], tok, c):
            # "the visit had not been announced, but X met Y", "did not visit A but met B in C":
            # a conjunct after "but" or with a subject of its own is not under the first's negation,
            # nor, told in the past tense, under its auxiliary ("would not confirm it, but X met Y")
            unnegatable = True
            own_past = own_past or chain[depth - 1].tag_ == "VBD"
        if _denials(kids, c) and (verbish or tok is trigger) and not unnegatable and not subject_event:
            negated = True
        if depth == 0 and verbish and any(k.dep_ in ("nsubj", "nsubjpass") and any(
                d.dep_ == "det" and d.lower_ in c["negation_words"] for d in k.children) for k in kids):
            negated = True  # "no Chilean leader visited Peru": nobody of that subject did
        if verbish and (texts & c["planned_aux"]) and not own_past:
            planned = other_plan = True
        if verbish and headline_infinitive(tok):
            planned = other_plan = True  # a headline's "X to visit Y": announced, not yet done
        if depth > 0 and chain[depth - 1].dep_ in ("pcomp", "pobj") and anticipated(tok):
            planned = other_plan = True  # "X looks forward to meeting Y": not yet met
        if depth > 0 and not via_conj and disposed(tok, chain[depth - 1]):
            planned = other_plan = True  # "X is willing to visit Y": a readiness, not a trip
        if depth > 0 and not via_conj and requested(tok, chain[depth - 1]):
            planned = other_plan = True  # "X asked Y to condemn Z": a request, not the act
        if depth == 1 and not noun_trigger and _purpose_of_present_stay(chain[0], tok):
            planned = other_plan = True  # "X is in Y to meet Z", "is travelling to Y to meet Z"
        if depth == 0 and not noun_trigger and arrangement and (_arranged(tok) or _bound_for_coming_event(tok)):
            planned = other_plan = True
        if tok.tag_ in ("VBZ", "VBP") and texts & c["future_marks"] and any(
                k.dep_ == "mark" and k.lower_ in c["future_marks"] for k in kids):
            planned = True  # "a day before she travels to X": present tense after "before" is ahead
        # "the talks ended without a deal": an event that is the active subject of "end" happened
        # "froze the assets a day after Russia invaded": a clause of time is an event of its own
        # (a when-clause, "suspended ties when X invaded Y", is unnegatable above)
        timed = chain[depth - 1].dep_ == "advcl" and any(k.dep_ == "mark" for k in chain[depth - 1].children) \
            if depth > 0 else False
        if depth > 0 and not via_conj and not timed and not unnegatable and chain[depth - 1].dep_ != "nsubj" \
                and phrasal_lemma(tok) in c["negating_heads"] and tok.pos_ == "VERB" \
                and not _tail_comment(chain[depth - 1], tok):
            negated = True
        # "pledged closer ties as X and Y held talks": a clause of circumstance is an event of its
        # own, not what was pledged
        circumstance = depth > 0 and chain[depth - 1].dep_ == "advcl" and any(
            k.dep_ == "mark" and k.lower_ in c["circumstance_marks"] for k in chain[depth - 1].children)
        # "has set the tone, making his first trip to X": a participle trailing a clause whose
        # verb has an object of its own (not a plan: "plans to go to X, visiting Y") tells what
        # went with it, not what was planned (an auxiliary still reaches it: "will travel,
        # visiting X" is ahead)
        circumstance = circumstance or depth > 0 and _trailing_participle(chain[depth - 1]) \
            and any(k.dep_ == "dobj" for k in tok.children) \
            and not any(k.dep_ in ("xcomp", "ccomp") for k in tok.children)
        if depth > 0 and not via_conj and not circumstance \
                and (tok.lemma_.lower() in c["planned_heads"] or tok.lower_ in c["planned_heads"]):
            # (an event that is the active subject of an aim or a threat is under way, not planned:
            # "the offensive threatens the region", "the raids aim to cut supply lines")
            if chain[depth - 1].dep_ in ("xcomp", "ccomp", "advcl", "pobj", "prep", "acomp", "dobj", "oprd", "amod",
                                         "compound", "attr", "acl") \
                    or chain[depth - 1].dep_ == "nsubj" and tok.lemma_.lower() in c["planned_subject_heads"]:
                planned = True
                if tok.lemma_.lower() in c["decision_heads"] and tok.tag_ in ("VBD", "VBN"):
                    decided.append(tok)
                else:
                    other_plan = True
        if depth > 0 and to_infinitive(chain[depth - 1]) and (
                chain[depth - 1].dep_ == "acl" and tok.lower_ in c["plan_nouns"]
                or chain[depth - 1].dep_ in ("xcomp", "advcl") and tok.pos_ == "VERB"
                and any(k.dep_ == "dobj" and k.lower_ in c["plan_nouns"] for k in kids)):
            # "accepted Y's invitation to visit Z", "accepts invite to visit Z" (the parser hangs
            # the infinitive on the verb): the act an invitation or a plan names is still to come
            planned = other_plan = True
        if depth > 0 and tok.lemma_ == "be" and chain[depth - 1].dep_ == "xcomp" and tok.tag_ in ("VBZ", "VBP", "VBD") \
                and any(k.dep_ == "aux" and k.lower_ == "to" for k in chain[depth - 1].children) \
                and not any(k.dep_ in ("acomp", "attr", "oprd") or (k.dep_ == "prep" and k.lower_ == "among")
                            for k in tok.children):
            # (the bare "is to", not "is happy to receive", "is among the first to receive"; "was
            # to meet" is the arrangement as it stood then, not that the meeting took place)
            planned = other_plan = True  # "X is to confer with Y": an arrangement, not yet done
        if tok.lemma_.lower() in c["speculation_words"] or tok.lower_ in c["speculation_words"]:
            if depth > 0 and not via_conj:
                hedged = True
        if lemmas & c["speculation_words"] or texts & c["speculation_words"]:
            hedged = True
        if noun_trigger and tok is trigger and ((texts | hyphen_joined(tok)) & c["planned_nouns"]
                                                or lemmas & c["planned_nouns"]):
            planned = True
        if depth > 0 and tok.lemma_.lower() in c["reporting_verbs"] and tok.pos_ == "VERB":
            break
    # Future-tense governing verb for a noun trigger: "the summit will take place ...".
    if noun_trigger and trigger.dep_ in ("nsubj", "nsubjpass"):
        head = trigger.head
        if {k.lower_ for k in head.children} & c["planned_aux"]:
            planned = True
        if head.lemma_.lower() in c["planned_subject_heads"] or any(k.lower_ in c["likelihood_words"] for k in head.children):
            planned = True
        if trigger.dep_ == "nsubjpass" and head.lemma_.lower() in c["planned_passive_heads"] and head.tag_ == "VBN" \
                and not any(k.dep_ == "auxpass" and k.lower_ in ("was", "were") for k in head.children):
            planned = True  # ("the meeting is being prepared"; "the talks were arranged by X" tells what was done)
        if any(k.dep_ == "acomp" and k.lower_ in c["negating_heads"] for k in head.children):
            negated = True  # "a meeting between X and Y is unlikely"
    if noun_trigger and _former(trigger, c):
        negated = True  # "its former ally", "an ex-ally of X": not a current relation
    if planned and decided and not other_plan and (
            _in_force(decided[-1], c) or _decision_enacts(decided[-1], trigger, enacted, c)):
        planned = False  # "agreed to impose sanctions with immediate effect", "decided to provide aid"
    if negated:
        modality, confidence = Modality.NEGATED, c["negated_confidence"]
    elif planned:
        modality, confidence = Modality.PLANNED, c["planned_confidence"]
    else:
        modality, confidence = Modality.ASSERTED, 0.9
    if hedged:
        confidence = min(confidence, c["speculation_confidence"])
    if _in_quote(trigger):
        confidence = round(confidence * c["quote_confidence_factor"], 2)
    return Reading(modality, confidence)
