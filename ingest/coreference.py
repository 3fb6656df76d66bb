"""Coreference: which entity a pronoun or a definite description stands for, across clauses and
sentences (issue 10, docs/ERRORS.md 'coreference'). One place for every such reading:

- definite descriptions, resolved with the mentions (`definite_descriptions`, `organ_descriptions`,
  `force_descriptions`): "the country", "the island nation", "the emirate" stand for the one
  state named before them; "the department", "the ministry" for the one organ of that kind named
  before them (a state's organ acts for its state); "the air force", "the army" for the one state
  whose force of that name was named before them. Which nouns stand for which entity type is data
  (`anaphor_nouns`, `organ_anaphor_nouns`, `force_anaphor_nouns` in ingest/data/mentions.json);
- pronouns and counted groups, read by the argument paths (`Coreference`): "he"/"his" for a
  person, "its"/"their" for a state or organisation, an object "it", "the two countries",
  "the two allies", "the three leaders".

Precision first: two candidates of the type (or none) leave a mention unread; an object "the
country" is never its own clause's subject; the search goes back one sentence at most for
descriptions and three for counted groups."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ingest import docindex
from ingest.docindex import new_paragraph
from ingest.mentions import Mention, plural_title_head, stateless_organ, words
from schemas.models import Entity, EntityType

if TYPE_CHECKING:
    from ingest.relations.arguments import Arg
    from ingest.relations.context import ArticleContext, RoleIndex


def window_start(doc, sent, tok) -> int:
    """Where the search for `tok`'s antecedent in its own sentence starts: the sentence's start,
    or, when the sentence closes a quotation opened in an earlier sentence of the paragraph
    ('"... X helped us," the country's minister said'), the quotation's start: a speaker's
    "the country" may be any state the quotation names, not only its last sentence's."""
    for t in doc[sent.start:tok.i]:
        if t.tag_ == "``":
            return sent.start  # a quotation opened in this sentence
        if t.tag_ == "''":
            break
    else:
        return sent.start
    i = sent.start - 1
    while i >= 0 and doc[i].tag_ != "``":
        if doc[i].tag_ == "''" or "\n\n" in doc[i].whitespace_:
            return sent.start  # no quotation open before this sentence
        i -= 1
    return i if i >= 0 else sent.start


def _gerund_of(prep) -> bool:
    """"accused the emirate of backing X": an `of` that opens a gerund (a misattached verb
    complement), not a name ("the region of X")."""
    return prep.lower_ == "of" and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children)


def _verb_complement(prep) -> bool:
    """"accused the country of aggression": an `of` left on the object of a verb that takes its
    own "of" phrase (verbs.json prepositional_object_control) is the verb's, not the noun's."""
    from ingest.relations.lexicon_data import lexicon

    noun = prep.head
    return prep.lower_ == "of" and noun.dep_ == "dobj" \
        and noun.head.lemma_.lower() in lexicon()["prepositional_object_control"]


def _venue(m: Mention) -> bool:
    """"the Palace of the Revolution", "X Airport": a building or site named for a venue noun
    (verbs.json venue_heads) is no island, region or territory a description takes up."""
    from ingest.relations.lexicon_data import lexicon

    return m.entity.type == EntityType.PLACE and \
        any(w in lexicon()["venue_heads"] for w in m.entity.name.lower().split())


def _travel_paths(word) -> set[str]:
    """The prepositions (and "dobj") through which a verb or noun of the lexicon with a VISITED
    pattern whose traveller is its subject or owner takes its destination ("visit to",
    "arrived in", "visited X")."""
    from ingest.relations.lexicon_data import lexicon

    lex = lexicon()
    table = lex["nouns"] if word.pos_ in ("NOUN", "PROPN") else lex["verbs"]
    patterns = table.get(word.lemma_.lower()) or table.get(word.lower_) or []
    out: set[str] = set()
    for p in patterns if isinstance(patterns, list) else []:
        if not isinstance(p, dict) or p.get("relation") != "VISITED" \
                or not {"subj", "poss"} & set(p.get("subject", [])):
            continue
        for path in p.get("object", []):
            if path == "dobj":
                out.add("dobj")
            elif path.startswith("prep:"):
                out.update(path[5:].split("|"))
    return out


def _travellers_states(tok, kept: list[Mention]) -> set[str]:
    """"Samoan Prime Minister X is in Y for her first visit to the island nation", "the Ruritanian
    minister arrived in the country", "Borduria's envoy visited the country": the destination of
    a travel word (a verb or noun with a VISITED pattern, verbs.json) is not the traveller's own
    state, so the states named in the phrase of the clause's subject (its demonym, its
    possessor), in the travel noun's owner and in its by- or of-phrase ("a visit by Ruritanian
    President A to the kingdom") are no antecedent of it."""
    if tok.dep_ == "dobj":
        word, via = tok.head, "dobj"
    elif tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        word, via = tok.head.head, tok.head.lower_
    else:
        return set()
    if via not in _travel_paths(word):
        return set()
    phrases = [c for c in word.children if c.dep_ == "poss"] if word.pos_ in ("NOUN", "PROPN") else []
    if word.pos_ in ("NOUN", "PROPN"):
        # "the latter’s visit" parsed as a modifier: a person before the travel noun is its traveller
        phrases += [c for c in word.children if c.dep_ in ("amod", "compound", "nmod") and c.i < word.i
                    and any(m.start <= c.i < m.end and m.entity.type == EntityType.PERSON for m in kept)]
        # "a visit by Ruritanian President A to the kingdom", "the visit of the Ruritanian
        # minister to the country": the traveller the noun's own by- or of-phrase names
        phrases += [p for c in word.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "of")
                    and c.i < tok.i for p in c.children if p.dep_ == "pobj"]
    node = word
    for _ in range(6):  # up to the clause: "for her visit to ...", "on a trip to ..."
        if node.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            break
        if node.head.i == node.i:
            break
        node = node.head
    phrases += [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
    inside = [m for ph in phrases for m in kept if ph.left_edge.i <= m.start <= ph.right_edge.i]
    # a traveller told by a description or a name ("The Kenyan leader arrived in the country"):
    # the states named in the phrase of any of that person's mentions ("Kenyan President A")
    persons = {m.entity.id for m in inside if m.entity.type == EntityType.PERSON}
    doc = tok.doc
    for m in kept:
        if m.entity.id in persons:
            root = doc[m.end - 1]
            inside += [k for k in kept if root.left_edge.i <= k.start <= root.right_edge.i]
    return {m.entity.id for m in inside if m.entity.type == EntityType.STATE}


def _controlled(verb) -> bool:
    """Whether a verb takes an object and a clause about it (verbs.json object_control: "help X
    resist", "urge X to"), the object here made the clause's subject by the parser."""
    from ingest.relations.lexicon_data import lexicon

    return verb.pos_ == "VERB" and verb.lemma_.lower() in lexicon()["object_control"] \
        and not any(c.dep_ == "dobj" for c in verb.children)


def _region_modifier(t, m: Mention, noun, etype) -> bool:
    """"the Caribbean nation", "the Gulf state", "the Pacific country": a region (a place the
    gazetteer knows) written as the modifier of a state noun says where the state lies, and
    names no other entity the phrase would stand for."""
    return etype == EntityType.STATE.value and m.entity.type == EntityType.PLACE \
        and t.dep_ in ("compound", "amod") and t.head.i == noun.i and m.end <= noun.i


def _in_subject(doc, m: Mention) -> bool:
    """The mention is a clause's subject or the possessor or modifier of one ("Ruritania said",
    "Ruritania's army said", "the Ruritanian government said"), or one of several subjects
    ("Ruritania and Borduria said", so that two candidates stay two), not inside a phrase the
    subject governs through a preposition ("the invasion of Borduria")."""
    t = doc[m.end - 1]
    if t.dep_ not in ("pobj", "dobj", "poss") and m.end < len(doc) and doc[m.end].tag_ in ("MD", "VBZ", "VBD", "VBP"):
        # "the fourth brigade X has sent": a name right before a finite verb is its subject,
        # where the small parser hung it on the noun before it
        return True
    while t.dep_ in ("compound", "poss", "amod", "flat", "case", "conj", "appos") and t.head.i != t.i:
        t = t.head
    return t.dep_ in ("nsubj", "nsubjpass")


def _patient_subject(verb) -> bool:
    """Whether some pattern of the verb in verbs.json reads its subject as the object of the
    relation ("X received aid from Y", "X was hit"): the subject undergoes the act."""
    from ingest.relations.lexicon_data import lexicon
    patterns = lexicon()["verbs"].get(verb.lemma_.lower(), [])
    return any(isinstance(p, dict) and "subj" in p.get("object", []) for p in patterns)


def _sole_clause_subject(doc, mentions: list[Mention], sent, wanted: Callable[[Mention], bool]) -> dict:
    """The one entity (id: its last such mention) that the `wanted` mentions named in `sent`
    name as the subject (or a subject's possessor) of any of its clauses (`_in_subject`); {}
    when none or more than one does."""
    found = {m.entity.id: m for m in mentions
             if sent.start <= m.start < sent.end and wanted(m) and _in_subject(doc, m)}
    return found if len(found) == 1 else {}


def _subject_candidates(found: dict, kept: list[Mention], sent) -> dict:
    """Of the `found` candidates named in `sent`, the one that stands there as a subject (or
    possesses one); {} when none or more than one does."""
    hits = _sole_clause_subject(sent.doc, kept, sent, lambda m: m.entity.id in found)
    return {k: found[k] for k in hits}


def definite_descriptions(doc, kept: list[Mention]) -> list[Mention]:
    """"the enclave", "the mercenary force", "the bloc": a definite noun phrase whose head
    names a kind of entity refers to the one entity of that type named earlier in the sentence,
    or, when the sentence names none before it, in the previous sentence. Two candidates, a
    plural, a name or description after the noun ("the region of X", "the group's leader Y")
    or any entity inside the phrase but a region ("the Caribbean nation") leave it unread. A
    capital named stands for its state; the destination of a visit is never a state named in
    the traveller's phrase."""
    kinds = words().get("anaphor_nouns", {})
    counterparts = words().get("counterpart_state_nouns", set())
    if not kinds:
        return []
    at = {i: m for m in kept for i in range(m.start, m.end)}
    out = []
    index = docindex.of(doc)
    for tok, low in zip(index.tokens, index.lowers, strict=True):  # `for tok in doc`, no Token made or decoded anew
        etype = kinds.get(low)
        counterpart = low in counterparts
        if counterpart:
            etype = EntityType.STATE.value
        if etype is None:  # (most words: the tests below are not asked of them)
            continue
        # "the Kingdom deposited ...": the kind noun capitalised, which the model takes for a
        # name of its own, is the same description
        capitalised = tok.i in at and at[tok.i].start == tok.i and at[tok.i].end == tok.i + 1 \
            and tok.pos_ == "PROPN" and tok.tag_ == "NNP" and tok.text[:1].isupper()
        # "the regional bloc" tagged a proper noun in lower case is still the common noun
        common = tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.text.islower()
        if etype is None or not capitalised and (not common or tok.tag_ not in ("NN", "NNP") or tok.i in at):
            continue
        dets = [c for c in tok.children if c.dep_ in ("det", "poss")]
        if counterpart and len(dets) == 1 and dets[0].lower_ == "its" and dets[0].i == tok.left_edge.i \
                and tok.dep_ in ("dobj", "pobj"):
            pass  # "Eritrea accused its neighbour of aggression": the other state, never the subject
        elif len(dets) != 1 or dets[0].lower_ != "the" or dets[0].i != tok.left_edge.i:
            continue
        if any(c.dep_ in ("prep", "appos", "acl", "relcl") and c.lower_ != "in" and not _gerund_of(c)
               and not _verb_complement(c)
               for c in tok.children if c.i > tok.i) or \
                any(j in at and not _region_modifier(doc[j], at[j], tok, etype) for j in range(tok.left_edge.i, tok.i)):
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and (nxt.pos_ == "PROPN" or nxt.text in ("’s", "'s") and tok.i + 2 < len(doc)
                                and doc[tok.i + 2].pos_ == "PROPN"):
            continue

        def candidates(lo, hi, etype=etype, capitals=False):
            if capitals:
                # "reached Colombo on a state visit ... his fourth visit to the island nation": with
                # no state named in either sentence, a capital named stands for its state
                return {m.alt.id: m.alt for m in kept if lo <= m.start < hi and m.alt is not None
                        and m.entity.type == EntityType.CITY and m.alt.type == EntityType.STATE}
            return {m.entity.id: m.entity for m in kept if lo <= m.start < hi and m.entity.type.value == etype
                    and "description" not in m.notes and not _venue(m)}

        sent = docindex.sent_of(tok)  # `tok.sent`, not rebuilt
        # "Japan condemned the country": an object is not its own clause's subject
        subjects = set()
        # ("Ruritania shelled the capital's outskirts": the owner of the object is acted on too)
        obj = tok.head if tok.dep_ == "poss" and tok.head.dep_ in ("dobj", "pobj") else tok
        if obj.dep_ in ("dobj", "pobj"):
            verb = obj.head if obj.dep_ == "dobj" else obj.head.head
            while verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.i != verb.i \
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                # "X sanctioned A and accused the country of ...", "X attacked a base, accusing
                # the country of ...": X's too
                verb = verb.head
            subjects = {at[c.i].entity.id for c in verb.children if c.dep_ == "nsubj" and c.i in at}
            # "Turkish aid agencies sent aid to the drought-hit country", "Ruritania's navy
            # shelled the country": a state named before the subject's head (its demonym, its
            # possessor) is the actor's own, never the one acted on
            subjects |= {m.entity.id for c in verb.children if c.dep_ == "nsubj" for m in kept
                         if c.left_edge.i <= m.start < c.i and m.entity.type == EntityType.STATE}
        if tok.dep_ == "nsubj" and tok.head.dep_ in ("ccomp", "xcomp") and _controlled(tok.head.head):
            # "Ruritania will help the war-torn nation rebuild its defences": the subject the
            # parser gave the clause under an object-control verb is that verb's object, never
            # the one who helps (nor the subject of the clause the helping hangs on)
            verb = tok.head.head
            while verb.dep_ in ("conj", "advcl", "xcomp", "acl") and verb.head.i != verb.i \
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                verb = verb.head
            subjects = {m.entity.id for c in verb.children if c.dep_ == "nsubj"
                        for m in kept if c.left_edge.i <= m.start <= c.right_edge.i}
        if tok.dep_ == "pobj" and tok.head.head.pos_ in ("NOUN", "PROPN"):
            # "Britain's sanctions against the country": the owner of the act is not its target
            subjects |= {at[c.i].entity.id for c in tok.head.head.children if c.dep_ == "poss" and c.i in at}
        if capitalised:
            subjects.add(at[tok.i].entity.id)
        subjects |= _travellers_states(tok, kept)
        found = {k: v for k, v in candidates(window_start(doc, sent, tok), tok.left_edge.i).items()
                 if k not in subjects}
        prev = docindex.previous_sentence(doc, sent)
        if not found and prev is not None:
            found = {k: v for k, v in candidates(prev.start, prev.end).items() if k not in subjects}
            if len(found) > 1 and tok.dep_ == "nsubj" and not _patient_subject(tok.head):
                # "Ruritania will consider sending jets to Borduria. The country has already
                # given ten": a description that opens its clause as the (acting) subject
                # continues the previous sentence's subject, when just one of the candidates
                # stood there; not as a passive subject or the subject of a verb whose subject
                # undergoes what it tells ("Ruritania invaded Borduria. The country has since
                # received ...": the topic moved to the one acted on)
                found = _subject_candidates(found, kept, prev) or found
        if not found and etype == EntityType.STATE.value:
            # (a capital stands for its state only when no state is named: the fallback)
            found = {k: v for k, v in candidates(window_start(doc, sent, tok), tok.left_edge.i, capitals=True).items()
                     if k not in subjects}
            if not found and prev is not None:
                found = {k: v for k, v in candidates(prev.start, prev.end, capitals=True).items() if k not in subjects}
        if not found and sent.start == 0 and etype == EntityType.ORGANIZATION.value \
                and any(c.dep_ == "amod" for c in tok.children) and sent.end < len(doc) \
                and not new_paragraph(doc, docindex.of(doc).sent(sent.end)):
            # a lead that describes its actor ("The West African regional bloc said ...") and
            # names it in the next sentence: the one organisation of that kind named there
            nxt_sent = docindex.of(doc).sent(sent.end)
            found = {k: v for k, v in candidates(nxt_sent.start, nxt_sent.end).items() if k not in subjects}
        if len(found) != 1:
            continue
        start = tok.left_edge.i
        out.append(Mention(start, tok.i + 1, doc[start:tok.i + 1].text, "ANAPHOR",
                           entity=next(iter(found.values())), notes={"anaphora"}))
    return out


def ordinal_descriptions(doc, kept: list[Mention]) -> list[Mention]:
    """"X said he met Y during the latter's visit", "A received B, the former said": "the
    latter" / "the former" (mentions.json ordinal_anaphors) standing as a phrase of its own (no
    noun after it: "the former president" is a title) is the last / first of the two persons
    named before it in its sentence or, with none there, in the previous sentence of the
    paragraph ("the latter", the last of more than two too). One person, the former of three,
    or a person named in one sentence and another in the next leave it unread."""
    which = words().get("ordinal_anaphors", {})
    out = []
    index = docindex.of(doc)
    for tok, low in zip(index.tokens, index.lowers, strict=True):  # `for tok in doc`, no Token made or decoded anew
        pick = which.get(low)
        if pick is None:  # (most words: no Token of the next word made for them)
            continue
        owned = tok.i + 1 < len(doc) and doc[tok.i + 1].text in ("'s", "’s")  # (parsed a modifier at times)
        if tok.dep_ in ("amod", "compound", "nmod", "det") and not owned \
                or tok.pos_ not in ("NOUN", "ADJ", "PROPN"):
            continue
        left = [c for c in tok.children if c.i < tok.i]
        if len(left) != 1 or left[0].dep_ != "det" or left[0].lower_ != "the" or left[0].i != tok.i - 1:
            continue
        sent = docindex.sent_of(tok)
        named = _persons_in_order(kept, sent.start, tok.i - 1)
        prev = docindex.previous_sentence(doc, sent)
        if not named and prev is not None:
            named = _persons_in_order(kept, prev.start, prev.end)
        if len(named) != 2 and not (pick == "last" and len(named) > 2):
            continue  # (of three or more named, the latter is still the last; the former, unknown)
        chosen = named[-1] if pick == "last" else named[0]
        out.append(Mention(tok.i - 1, tok.i + 1, doc[tok.i - 1:tok.i + 1].text, "ANAPHOR",
                           entity=chosen.entity, notes={"anaphora"}))
    return out


def _persons_in_order(kept: list[Mention], lo: int, hi: int) -> list[Mention]:
    """The persons named from token `lo` up to `hi`, each once at its first mention, in the order
    they are first named: "the former" / "the latter" count persons, not mentions. (Module-level
    readers have no Coreference, so no `Coreference._persons_in`, which keeps the last mention.)"""
    found: dict[str, Mention] = {}
    for m in sorted(kept, key=lambda m: m.start):
        if lo <= m.start < hi and m.entity.type == EntityType.PERSON:
            found.setdefault(m.entity.id, m)
    return list(found.values())


def force_descriptions(doc, kept: list[Mention]) -> list[Mention]:
    """"The Syrian air force carried out strikes ... The air force conducted 15 more": a bare
    definite armed-force noun (mentions.json force_anaphor_nouns, with the same words before it:
    "the air force", "the army") stands for the one state whose force of that name the sentence
    named before it, or the previous sentence did ("the Syrian air force", "Syria's army").
    A complement ("the army of X"), a name inside the phrase, or two such states leave it unread."""
    nouns = words().get("force_anaphor_nouns", set())
    at = {i: m for m in kept for i in range(m.start, m.end)}
    out = []
    index = docindex.of(doc)
    for tok, low in zip(index.tokens, index.lowers, strict=True):  # `for tok in doc`, no Token made or decoded anew
        if low not in nouns or tok.pos_ != "NOUN" or tok.i in at:
            continue
        det = tok.left_edge
        if det.dep_ != "det" or det.lower_ != "the" or det.head.i != tok.i \
                or any(j in at or doc[j].dep_ != "compound" or doc[j].pos_ != "NOUN" for j in range(det.i + 1, tok.i)):
            continue
        if any(c.dep_ in ("prep", "appos", "compound", "poss") and c.i > tok.i for c in tok.children):
            continue
        words_of = [doc[j].lower_ for j in range(det.i + 1, tok.i + 1)]
        sent = docindex.sent_of(tok)
        lo = (docindex.previous_sentence(doc, sent) or sent).start
        found = {}
        for j in range(max(lo, len(words_of) - 1), det.i):
            ante = doc[j]
            if ante.lower_ != tok.lower_ or [doc[k].lower_ for k in range(j - len(words_of) + 1, j + 1)] != words_of:
                continue
            for c in ante.children:
                m = at.get(c.i)
                if c.i < ante.i and c.dep_ in ("amod", "compound", "poss", "nmod") and m is not None \
                        and m.entity.type == EntityType.STATE:
                    found[m.entity.id] = m.entity
        if len(found) != 1:
            continue
        out.append(Mention(det.i, tok.i + 1, doc[det.i:tok.i + 1].text, "ANAPHOR",
                           entity=next(iter(found.values())), notes={"anaphora"}))
    return out


def _affiliation(doc, m: Mention, leaders) -> bool:
    """"the al-Qaeda-linked group", "the Iran-backed rebels": a name joined by a hyphen to a
    participle inside a description says whom the group is tied to; it is not the group ("the
    X-led rebels", a leader's, are the leader's own and not read so)."""
    return m.end + 1 < len(doc) and doc[m.end].tag_ == "HYPH" and doc[m.end + 1].tag_ == "VBN" \
        and doc[m.end + 1].lower_ not in leaders


def _armed_named(doc, m: Mention, w: dict) -> bool:
    """An organisation the text itself names as armed: its name modifies an insurgent noun or an
    armed-group head ("X militants", "the X militia"), so it is an armed group whatever the
    gazetteer knows of it."""
    t = doc[m.end - 1]
    return t.dep_ in ("compound", "amod", "nmod") and t.head.i >= m.end \
        and (t.head.lower_ in w["insurgent_nouns"] or t.head.lower_ in w["armed_group_heads"])


def armed_group_descriptions(doc, kept: list[Mention], armed: Callable[[Mention], bool],
                             sentences: int = 6) -> list[Mention]:
    """"X stormed a camp ... The militants then seized ...", "The al-Qaeda-linked group has also
    attacked Y": a definite armed-group description (mentions.json armed_group_anaphor_nouns, or
    an armed_group_heads noun told by one of the armed_group_modifiers or tied to a name by a
    participle) stands for the nearest armed group the article named before it: the one armed
    group (`armed`: the gazetteer's kind, or a name the text sets before an insurgent noun) of
    the nearest sentence, up to `sentences` back, that names any. Typed by the noun, it passes
    over the states and other bodies named between ("... the African Union said. The jihadist
    group ..."). Two armed groups in that sentence, a complement or name of its own ("the rebels
    of X", "the group's leader Y"), a count, or no armed group named leave it unread: "a group
    of villagers", "the group of seven" and rebels nobody named stand for nothing."""
    w = words()
    nouns, heads = w.get("armed_group_anaphor_nouns", set()), w.get("armed_group_heads", set())
    modifiers, leaders = w.get("armed_group_modifiers", set()), w.get("leader_participles", set())
    affiliates = w.get("affiliate_nouns", set())  # "X's branch in Y": the branch, not X
    if not nouns:
        return []
    at = {i: m for m in kept for i in range(m.start, m.end)}
    out = []
    index = docindex.of(doc)
    for tok, low in zip(index.tokens, index.lowers, strict=True):  # `for tok in doc`, no Token made or decoded anew
        if low not in nouns and low not in heads or tok.i in at:
            continue
        if tok.pos_ != "NOUN" and not (tok.pos_ == "PROPN" and tok.text.islower()):
            continue  # ("the jihadist group" tagged a proper noun in lower case is still the noun)
        det = tok.left_edge
        if det.dep_ != "det" or det.lower_ != "the" or det.head.i != tok.i:
            continue
        if any(c.dep_ in ("prep", "appos", "acl", "relcl", "nummod") and not (c.dep_ == "prep" and c.lower_ == "in")
               for c in tok.children if c.i > tok.i):
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and (nxt.pos_ == "PROPN" or nxt.text in ("’s", "'s")):
            continue  # "the group's leader", "the militia Name"
        tied: set[str] = set()
        told = low in nouns
        clean = True
        for j in range(det.i + 1, tok.i):
            t = doc[j]
            m = at.get(j)
            if m is not None:
                if not _affiliation(doc, m, leaders):
                    clean = False
                    break
                tied.add(m.entity.id)
                told = True
            elif t.tag_ == "CD" or t.ent_type_ and t.lower_ not in modifiers:
                clean = False  # "the two rebels", "the Ruritanian militants": counted or named
                break
            elif t.lower_ in modifiers or t.tag_ == "VBN" and j > det.i + 1 and doc[j - 1].tag_ == "HYPH":
                told = True
        if not clean or not told:
            continue
        sent = docindex.sent_of(tok)
        lo, hi, found = sent.start, det.i, {}
        for _ in range(sentences + 1):
            found = {m.entity.id: m.entity for m in kept if lo <= m.start < hi and m.entity.type == EntityType.ORGANIZATION
                     and m.entity.id not in tied and (armed(m) or _armed_named(doc, m, w))
                     and not (doc[m.end - 1].dep_ == "poss" and doc[m.end - 1].head.lower_ in affiliates)}
            if found or lo == 0:
                break
            hi = lo
            lo = docindex.of(doc).sent(lo - 1).start
        if len(found) != 1:
            continue
        out.append(Mention(det.i, tok.i + 1, doc[det.i:tok.i + 1].text, "ANAPHOR",
                           entity=next(iter(found.values())), notes={"anaphora"}))
    return out


def organ_descriptions(doc, kept: list[Mention]) -> list[Mention]:
    """"The department also sanctioned X", "the ministry said": a bare definite organ noun
    (mentions.json organ_anaphor_nouns) stands for the one state organ or organisation of that
    kind named before it, in its sentence or the previous one ("the Canadian Foreign Affairs
    Department ... The department ..."), and so for the entity that mention was resolved to (a
    state's organ acts for its state). Run after the organs are resolved. A modifier ("the defence ministry"), a
    complement ("the ministry of X"), a plural, two candidates, or an antecedent that names no state
    or organisation of its own ("the Treasury Department" alone) leave it unread."""
    w = words()
    nouns = w.get("organ_anaphor_nouns", set())

    at = {i: m for m in kept for i in range(m.start, m.end)}
    out = []
    index = docindex.of(doc)
    for tok, low in zip(index.tokens, index.lowers, strict=True):  # `for tok in doc`, no Token made or decoded anew
        if low not in nouns or tok.tag_ != "NN" or tok.i in at:
            continue
        left = [c for c in tok.children if c.i < tok.i]
        if len(left) != 1 or left[0].dep_ != "det" or left[0].lower_ != "the":
            continue
        if any(c.dep_ in ("prep", "appos", "compound") and c.i > tok.i for c in tok.children):
            continue
        sent = docindex.sent_of(tok)
        lo = (docindex.previous_sentence(doc, sent) or sent).start
        found = {m.entity.id: m for m in kept if lo <= m.start and m.end <= tok.i and m.end - m.start > 1
                 and doc[m.end - 1].lower_ == tok.lower_
                 and m.entity.type in (EntityType.STATE, EntityType.ORGANIZATION)}
        if len(found) != 1 or stateless_organ(next(iter(found.values())).entity):
            continue
        ante = next(iter(found.values()))
        out.append(Mention(tok.i - 1, tok.i + 1, doc[tok.i - 1:tok.i + 1].text, "ANAPHOR",
                           entity=ante.entity, notes={"anaphora"}))
    return out



def leading_phrases(party, led_by) -> list:
    """The phrases naming who leads a party noun: "a delegation led by X", "headed by X" (a
    clause of one of `led_by`'s lemmas on the noun, its "by" phrase)."""
    return [p for c in party.children if c.dep_ == "acl" and c.lemma_.lower() in led_by
            for b in c.children if b.dep_ in ("agent", "prep") and b.lower_ == "by"
            for p in b.children if p.dep_ == "pobj"]


class Coreference:
    """Pronouns and counted groups of one article, read for the argument paths. `actors` is the
    argument reader (a previous sentence's subject is read through it), `mention_at` the
    article's mention lookup."""

    def __init__(self, ctx: ArticleContext, actors: Callable[..., list[Arg]], mention_at: Callable):
        self.ctx, self.actors, self.mention_at = ctx, actors, mention_at
        self.doc, self.res, self.lex = ctx.doc, ctx.res, ctx.lex

    def described_person(self, tok, roles: RoleIndex) -> list[Mention]:
        """"South Korea's president", "the North Korean leader", "the President of Kenya",
        "the British PM" (a short form of the whole title): the article's holder of that post
        (from the roles read so far), or the one person the article titled so (`_sole_holder`)."""
        w = self.ctx.words
        if self._state_head_phrase(tok):
            return self._head_of_state(tok, roles)
        plural = self._holders_of_states(tok, roles)
        if plural is not None:
            return plural
        repeated = self._repeated_title(tok)
        if repeated:
            return repeated
        # "the British PM": a short form of a whole title (titles.json variants), a title head
        # of its own or not
        post = self.ctx.gz.normalise_title(tok.lower_) if tok.is_upper and len(tok) > 1 else None
        if post is not None and post.lower() == tok.lower_:
            post = None
        if post is None and tok.lemma_.lower() not in w["title_heads"] and tok.lower_ not in w["title_heads"]:
            return []
        states = [c for c in tok.children if c.dep_ in ("poss", "amod", "compound")]
        # "the President of Kenya met ...": the state in an `of` phrase, nothing after it
        states += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                   and not any(k.dep_ == "appos" for k in tok.children)
                   for p in c.children if p.dep_ == "pobj" and not any(k.dep_ in ("appos", "compound") and k.i > p.i
                                                                       for k in p.children)]
        for c in states:
            m = self.mention_at(c)
            if m is not None and m.entity.type == EntityType.STATE:
                person = roles.posts.get((m.entity.id, post.lower())) if post else \
                    roles.holders.get((m.entity.id, tok.lower_))
                if person is not None:
                    return [Mention(tok.i, tok.i + 1, tok.text, "PERSON", entity=person)]
                known = self._known_state_holder_before(tok, c, m.entity.id)
                if known is not None:
                    return [Mention(tok.i, tok.i + 1, tok.text, "PERSON", entity=known.entity)]
        if post is None and not any(c.dep_ in ("poss", "prep") or self.mention_at(c) is not None for c in states):
            return self._sole_holder(tok, roles)
        if post is not None and not states:
            # "PM X lands in Y ... the PM was received by Z": a bare short form reads as its whole title
            return self._sole_holder(tok, roles, post.lower())
        return []

    def _repeated_title(self, tok) -> list[Mention]:
        """"the Guardian of the Constitution, President of X, Honorable A opened ... the Guardian
        of the Constitution greeted B": a definite capitalised title phrase of three words
        or more (with its complement) that the text wrote before, in the run of titles leading
        up to a person's name, is that person. Two such persons, or a run broken by anything
        but titles, states, honorifics and punctuation, leave it unread."""
        if not tok.text[:1].isupper() or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return []
        lo, hi = tok.i, tok.right_edge.i
        if not 2 <= hi - lo <= 6 or any(self.mention_at(t) is not None for t in self.doc[lo:hi + 1]):
            return []
        titles = self._title_vocabulary()
        phrase = [t.lower_ for t in self.doc[lo:hi + 1]]
        n = len(phrase)
        found: dict[str, Mention] = {}
        for j in range(0, lo - n + 1):
            if [t.lower_ for t in self.doc[j:j + n]] != phrase or not self.doc[j].text[:1].isupper():
                continue
            k, end = j + n, min(self.ctx.sentence(self.doc[j]).end, j + n + 15)
            while k < end:
                m = self.mention_at(self.doc[k])
                if m is not None and m.entity.type == EntityType.PERSON:
                    found.setdefault(m.entity.id, m)
                    break
                if m is not None and m.entity.type in (EntityType.STATE, EntityType.ORGANIZATION):
                    k = max(m.end, k + 1)
                    continue
                t = self.doc[k]
                if not (t.is_punct or t.tag_ == "DT" or t.tag_ == "IN" or t.lower_.rstrip(".") in titles):
                    break
                k += 1
        if len(found) != 1:
            return []
        return [Mention(tok.i, tok.i + 1, tok.text, "PERSON", entity=next(iter(found.values())).entity)]

    def _title_vocabulary(self) -> set[str]:
        """The words a title is written with: head words, title words and forms of address."""
        w = self.ctx.words
        return set(w["title_heads"]) | set(w["title_words"]) | set(w["honorifics"])

    def _holders_of_states(self, tok, roles: RoleIndex) -> list[Mention] | None:
        """"The Foreign Ministers of A, B and C held talks ...": a definite plural title with the
        states it names in its "of" phrase stands for each state's holder of that title, as the
        article names them (before or after: the roles read from the whole article). None when
        the phrase is no such plural; no one unless every state's holder is known."""
        heads = self.ctx.words["title_heads"]
        if tok.tag_ not in ("NNS", "NNPS", "NNP") or not plural_title_head(tok, heads):
            return None
        kids = list(tok.children)
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
            return None
        words_ = [c for c in kids if c.dep_ in ("compound", "amod") and c.i < tok.i]
        if any(self.mention_at(c) is not None for c in words_):
            return None  # "the Baltic prime ministers": no states listed
        title = " ".join([t.lower_ for t in sorted(words_, key=lambda t: t.i)] + [tok.lower_[:-1]])
        heads_of = [p for c in kids if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        if len(heads_of) != 1:
            return None
        # the states of the "of" phrase, with the conjuncts the parser hung on the title itself
        listed = [heads_of[0], *heads_of[0].conjuncts] + [c for c in kids if c.dep_ == "conj" and c.i > heads_of[0].i]
        states: dict[str, Entity] = {}
        for t in listed:
            for k in [t, *t.conjuncts]:
                if k.i == tok.i:
                    continue
                m = self.mention_at(k)
                if m is None or m.entity.type != EntityType.STATE:
                    return None
                states.setdefault(m.entity.id, m.entity)
        if len(states) < 2:
            return None
        found = [roles.posts.get((sid, title)) for sid in states]
        if any(p is None for p in found) or len({p.id for p in found if p is not None}) != len(states):
            return []
        return [Mention(tok.i, tok.i + 1, tok.text, "PERSON", entity=p) for p in found if p is not None]

    def guest(self, tok) -> list[Mention]:
        """"the (honorary) guest", "the visitor": the one person the article has so far told
        arriving or travelling (the subject of a verb of the lexicon's visits) within the last
        sentences of its paragraph; two such persons, or none, leave it unread."""
        words = self.ctx.words["guest_nouns"]
        if tok.lower_ not in words or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                or any(c.dep_ in ("poss", "appos", "compound") for c in tok.children):
            return []
        visiting = {lemma for lemma, patterns in self.lex["verbs"].items()
                    if any(isinstance(p, dict) and p.get("relation") == "VISITED" and "subj" in p.get("subject", [])
                           for p in patterns)}
        sent = self.ctx.sentence(tok)
        lo = sent.start
        for _ in range(3):  # this sentence and up to three before it, within the paragraph
            if lo == 0 or new_paragraph(self.doc, self.ctx.sentence(lo)):
                break
            lo = self.ctx.sentence(lo - 1).start
        found: dict[str, Mention] = {}
        for m in self.res.mentions:
            if not (lo <= m.start < tok.i) or m.entity.type != EntityType.PERSON:
                continue
            last = self.doc[m.end - 1]
            while last.dep_ in ("conj", "appos") and last.head.i != last.i:
                last = last.head  # "X and Y arrived": each conjunct of the subject
            if last.dep_ == "nsubj" and last.head.lemma_.lower() in visiting:
                found[m.entity.id] = m
        return list(found.values()) if len(found) == 1 else []

    def _window_start(self, tok, sentences: int = 2) -> int:
        """Where the window a description looks back over starts: its sentence and the two
        before it, not across a paragraph's start."""
        lo = self.ctx.sentence(tok).start
        for _ in range(sentences):
            if lo == 0 or new_paragraph(self.doc, self.ctx.sentence(lo)):
                break
            lo = self.ctx.sentence(lo - 1).start
        return lo

    def party_leader(self, tok) -> list[Mention]:
        """"A delegation led by Minister X reached Y. The delegation was welcomed by Z": a bare
        definite party noun (mentions.json group_collectives) with nothing of its own (no
        modifier, owner or complement) stands for the one person named as the leader of such a
        party ("led by", "headed by": verbs.json group_members led_by) before it in its sentence or the two
        before it, within the paragraph. Two such leaders, or none, leave it unread."""
        w = self.ctx.words
        if tok.lemma_.lower() not in w["group_collectives"] or tok.tag_ != "NN":
            return []
        kids = list(tok.children)
        if len(kids) != 1 or kids[0].dep_ != "det" or kids[0].lower_ != "the":
            return []
        lo = self._window_start(tok)
        found: dict[str, Mention] = {}
        for party in self.doc[lo:tok.i]:
            if party.lemma_.lower() not in w["group_collectives"]:
                continue
            for p in leading_phrases(party, self.ctx.lex["group_members"]["led_by"]):
                found.update((a.entity.id, a.mention) for a in self.actors(p) if a.entity.type == EntityType.PERSON)
        return list(found.values()) if len(found) == 1 else []

    def party_pronoun(self, pron) -> list[Mention]:
        """"X and his delegation arrived in Y, where they were welcomed by Z", "... . They were
        received by Z": a plural subject pronoun whose clause hangs on a clause (or, opening a
        main clause, follows the paragraph's previous sentence) whose subject is one person
        coordinated with his own party (a group_collectives noun owned by a pronoun or "the",
        no name of its own) stands for that person, who leads the party. Any other subject, or
        two persons, leave it unread."""
        if pron.lower_ != "they" or pron.dep_ not in ("nsubj", "nsubjpass"):
            return []
        sent = self.ctx.sentence(pron)
        verb = pron.head
        if verb.dep_ == "ROOT":
            if any(t.pos_ in ("NOUN", "PROPN") for t in self.doc[sent.start:pron.i]) \
                    or sent.start == 0 or new_paragraph(self.doc, sent):
                return []
            clause = self.ctx.sentence(sent.start - 1).root
        else:
            # "..., where they were welcomed": up through the heads to the clause it hangs on
            clause = self._clause_above(verb)
        if clause is None:
            return []
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) != 1:
            return []
        listed = [subjects[0], *subjects[0].conjuncts]
        parties = [t for t in listed if t.lemma_.lower() in self.ctx.words["group_collectives"]
                   and self.mention_at(t) is None
                   and any(c.dep_ in ("poss", "det") and c.lower_ in ("his", "her", "the") for c in t.children)]
        if len(listed) != 2 or len(parties) != 1:
            return []
        leader = next(t for t in listed if t is not parties[0])
        found = {a.entity.id: a.mention for a in self.actors(leader)}
        if len(found) != 1 or next(iter(found.values())).entity.type != EntityType.PERSON:
            return []
        return list(found.values())

    @staticmethod
    def _clause_above(tok):
        """The nearest verb above `tok` with a subject of its own: the clause a subordinate
        clause hangs on ("A and B arrived, where they were welcomed": "arrived"); None at the
        root."""
        while tok.dep_ != "ROOT" and tok.head.i != tok.i:
            tok = tok.head
            if tok.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
                return tok
        return None

    def plural_persons(self, pron) -> list[Mention]:
        """"A and B began a visit to X as C and D welcomed them", "A and B entered the hall, where
        they will meet in private", "the two leaders ... the partnership they began": a
        plural person pronoun (mentions.json plural_person_pronouns) stands for the persons named
        together as the subject of the clause its own clause hangs on, in its own sentence (in a
        main clause it is left unread). The subject must be two or more persons and nothing else (a
        coordination of names, or a group the argument reader makes persons: "the two leaders");
        a state among them, a pronoun, or one person leave it unread."""
        w = self.ctx.words
        if pron.lower_ not in w["plural_person_pronouns"] or pron.pos_ != "PRON" \
                or pron.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "dative"):
            return []
        sent = self.ctx.sentence(pron)
        if pron.i in self._closed_quotations(sent.start, sent.end):
            return []  # ("'They will come,' he said": whoever the quoted speaker means)
        own = pron.head if pron.dep_ != "pobj" else pron.head.head
        while own.pos_ not in ("VERB", "AUX") and own.head.i != own.i:
            own = own.head
        if own.dep_ == "ROOT":
            # ("A and B emphasised X. They also went over the state of Y": a sentence apart,
            # "they" may be anyone the paragraph names, and the meeting readers take the topic's
            # place for the talks' own; left unread)
            return []
        clause = self._clause_above(own)
        if clause is None:
            return []
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) != 1 or subjects[0].pos_ == "PRON":
            return []
        listed = [subjects[0], *subjects[0].conjuncts]
        found: dict[str, Mention] = {}
        for t in listed:
            named = self.actors(t)
            if any(a.entity.type != EntityType.PERSON for a in named):
                return []
            for a in named:
                found.setdefault(a.entity.id, a.mention)
        # (a conjunct the model left unnamed, "A and Empress B" with B untagged, is still one of
        # them: the coordination says the subject is plural, the persons read are its members)
        return list(found.values()) if len(found) >= 2 or found and len(listed) >= 2 else []

    def counterpart(self, tok) -> list[Mention]:
        """"Maduro ... accused his counterpart of lying": an object "his/her counterpart" with no
        name, state or complement of its own (mentions.json relative_titles) is the one person
        named before it, in its sentence or the previous one of the paragraph, who is not the
        subject of its clause (whose counterpart it is). Two such persons, or none, leave it
        unread; a subject "his counterpart" (whose?) is never read."""
        w = self.ctx.words
        if tok.lower_ not in w["relative_titles"] or tok.tag_ != "NN" or tok.dep_ not in ("dobj", "pobj", "dative"):
            return []
        kids = list(tok.children)
        if not any(c.dep_ == "poss" and c.lower_ in w["person_pronouns"] for c in kids) \
                or any(c.dep_ not in ("poss", "prep") or c.dep_ == "prep" and not _verb_complement(c) for c in kids):
            return []
        own = self._own_subjects(tok)
        if not own:
            return []
        sent = self.ctx.sentence(tok)
        lo = (docindex.previous_sentence(self.doc, sent) or sent).start
        found = {k: m for k, m in self._persons_in(lo, tok.i).items() if k not in own}
        return [next(iter(found.values()))] if len(found) == 1 else []

    def _state_head_phrase(self, tok) -> bool:
        """"the head of state" (mentions.json state_head_descriptions): a description, no title."""
        kinds = self.ctx.words.get("state_head_descriptions", {}).get(tok.lower_)
        if not kinds or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return False
        preps = [c for c in tok.children if c.dep_ == "prep"]
        return len(preps) == 1 and preps[0].lower_ == "of" and len(list(tok.children)) == 2 \
            and [p.lower_ for p in preps[0].children] in ([k] for k in kinds)

    def bare_pair(self, tok) -> bool:
        """"the leaders", "the heads of state" as a clause's subject, with no count, no name and
        no complement of their own (only "of state": mentions.json state_head_descriptions)."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.tag_ != "NNS":
            return False
        kids = list(tok.children)
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
            return False
        kinds = self.ctx.words.get("state_head_descriptions", {}).get(tok.lower_, [])
        for c in kids:
            if c.dep_ == "det" and c.lower_ == "the":
                continue
            if c.dep_ == "prep" and c.lower_ == "of" and [p.lower_ for p in c.children] in ([k] for k in kinds):
                continue
            if c.dep_ == "appos" and tok.head.i > tok.i and c.left_edge.i > tok.head.i:
                continue  # an "apposition" the parser hung on it from past its own verb: no name of its
            return False
        return True

    def listed_persons(self, tok) -> list[Mention]:
        """"At the forum in X, which gathered A, B and C, the officials agreed ...":
        a bare definite plural (`bare_pair`) is the persons of the one list its own sentence
        names before it: two or more persons with nothing between them but commas, "and",
        their titles and their states. Anyone else named before the list, or no such list,
        leaves it unread."""
        sent = self.ctx.sentence(tok)
        named = sorted((m for m in self.res.mentions if sent.start <= m.start and m.end <= tok.left_edge.i
                        and m.entity.type == EntityType.PERSON), key=lambda m: m.start)
        if len({m.entity.id for m in named}) < 2:
            return []
        joiners = self._title_vocabulary()
        states = {i for m in self.res.mentions if m.entity.type == EntityType.STATE for i in range(m.start, m.end)}
        for a, b in zip(named, named[1:], strict=False):
            for t in self.doc[a.end:b.start]:
                if not (t.is_punct and t.text == "," or t.dep_ == "cc" and t.lower_ == "and" or t.lower_ == "of"
                        or t.tag_ == "POS" or t.i in states or t.lower_ in joiners or t.lower_.rstrip(".") in joiners):
                    return []
        out: dict[str, Mention] = {}
        for m in named:
            out.setdefault(m.entity.id, m)
        return list(out.values())

    def _head_of_state(self, tok, roles: RoleIndex) -> list[Mention]:
        """"The head of state announced it during talks with X": the one person named before it in
        its sentence or, with none there, in the previous sentence of the paragraph, whom the
        article gives a head of state's post (mentions.json head_of_state_titles). Two such
        persons, or a person of another post named between, leave it unread."""
        heads = self.ctx.words.get("head_of_state_titles", set())
        rulers = {person.id for (_, post), person in roles.posts.items() if post.split()[-1] in heads}
        sent = self.ctx.sentence(tok)
        found = self._persons_in(sent.start, tok.left_edge.i)
        if not found and sent.start > 0 and not new_paragraph(self.doc, sent):
            prev = self.ctx.sentence(sent.start - 1)
            found = self._persons_in(prev.start, prev.end)
        if len(found) != 1 or next(iter(found)) not in rulers:
            return []
        m = next(iter(found.values()))
        return [Mention(tok.i, tok.i + 1, tok.text, "PERSON", entity=m.entity)]

    def _sole_holder(self, tok, roles: RoleIndex, whole: str | None = None) -> list[Mention]:
        """"The Prime Minister spoke to X", "the foreign minister is in Y": a bare definite title
        (no state, no name) stands for the one person the article names with that whole title,
        before it or after it. Two such persons, or a title nobody named holds, leave it unread.
        `whole` is the title a short form stands for ("the PM": "prime minister"), looked up in
        its place, since posts are read under whole titles; the short form as written is tried
        too for the one person named with it right before the name ("PM X ... the PM")."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return []
        if any(c.dep_ in ("poss", "prep", "appos", "acl") or c.dep_ == "relcl" and not self._set_off(tok, c)
               for c in tok.children):
            return []  # "the president of X", "the president, Y", "the president who ...": not bare
        # "the visiting Prime Minister": a participle of visiting (verbs.json guest_participles)
        # says the holder is the guest, and is no word of the title
        words = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i
                 and not (c.tag_ == "VBG" and c.lemma_.lower() in self.lex["guest_participles"])]
        if any(c.ent_type_ for c in words):
            return []  # "the Russian president": a state's post, read above or not at all
        written = " ".join(t.lower_ for t in sorted(words, key=lambda t: t.i) + [tok])
        title = whole or written  # (a short form, "the PM", is looked up as its whole title)
        people = {person.id: person for (_, post), person in roles.posts.items() if post == title}
        if not people:
            # "Prime Minister A met his British counterpart X ... The prime minister arrived in Y":
            # no post of that title read (no state given), the one person the article named with
            # that very title right before the name
            titled = self._titled_before(tok, title, "") or (self._titled_before(tok, written, "") if whole else [])
            if len(titled) == 1 and not self._relative(titled[0]):
                return [Mention(tok.i, tok.i + 1, tok.text, "PERSON", entity=titled[0].entity)]
            known = self._known_holder_before(tok, title) if not titled else None
            if known is not None:
                return [Mention(tok.i, tok.i + 1, tok.text, "PERSON", entity=known.entity)]
        if len(people) > 1:
            # "President A arrived in X ... the President was greeted by his counterpart,
            # President B": one named only as someone's counterpart is the other party, not the
            # one described, when that leaves a single holder of the title
            own = {pid: p for pid, p in people.items()
                   if not all(self._relative(m) for m in self.res.mentions if m.entity.id == pid)}
            people = own if len(own) == 1 else people
        if len(people) != 1:
            return []
        if self._titled_elsewhere(tok, title, next(iter(people))):
            # "President A (no state said) ... Chinese President B ... the President": either
            return []
        person = next(iter(people.values()))
        # named before ("President X ... the president") or, the title first, after ("the emir
        # arrived ... Emir X"): the article's one holder of that whole title either way
        named = [m for m in self.res.mentions if m.entity.id == person.id]
        if not named:
            return []
        if all(self._relative(m) for m in named):
            # "held talks with his Canadian counterpart X. The Prime Minister will also meet ...":
            # the one named only as someone's counterpart is the other party, not the one described;
            # the one whose counterpart he is, when the article gives him that very title before
            # his name ("Prime Minister A met his British counterpart X. The prime minister ...")
            titled = self._titled_before(tok, title, person.id)
            if len(titled) == 1:
                return [Mention(tok.i, tok.i + 1, tok.text, "PERSON", entity=titled[0].entity)]
            return []
        return [Mention(tok.i, tok.i + 1, tok.text, "PERSON", entity=person)]

    def _set_off(self, tok, clause) -> bool:
        """"The leader, who has ruled X since 1994, ...": a relative clause set off by a comma
        right after the noun adds to it and restricts nothing (no "the president who ...")."""
        return clause.i > tok.i and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].text == "," \
            and clause.left_edge.i == tok.i + 2

    def _known_holder_before(self, tok, title: str, state: str | None = None) -> Mention | None:
        """"Jiang's plane landed at X. The president was greeted by ...": with no post of that
        title read and nobody titled so, the one person named in the description's sentence or
        the two before it (within the paragraph) whom the gazetteer knows in that post (of
        `state`, when given) on the article's date. None for an undated article, a title the
        gazetteer does not know, or with two such persons, or none."""
        wanted = self.ctx.gz.normalise_title(title)
        if wanted is None or self.ctx.published is None:
            return None
        lo = self._window_start(tok)
        found = {k: m for k, m in self._persons_in(lo, tok.i).items()
                 if any(r.title == wanted and (state is None or r.state == state)
                        for r in self.ctx.gz.roles(m.entity, self.ctx.published))}
        return next(iter(found.values())) if len(found) == 1 else None

    def _known_state_holder_before(self, tok, state_word, state: str) -> Mention | None:
        """"Sitharaman will meet X ... as the Indian defence minister met him": a state's title
        the article read for nobody is the one person the gazetteer knows in that very post of
        that state (`_known_holder_before`); the title is the description's words other than
        the state's and other names ("the Indian defence minister": "defence minister")."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        words = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i and c.i != state_word.i
                 and self.mention_at(c) is None]
        return self._known_holder_before(tok, " ".join(t.lower_ for t in sorted(words, key=lambda t: t.i) + [tok]), state)

    def _titled_elsewhere(self, tok, title: str, holder: str) -> bool:
        """Whether the article names, before the description, another person with that title
        right before the name ("President X" with no state given, so no post of X was read), so
        that the bare title may be either's."""
        return bool(self._titled_before(tok, title, holder))

    def _titled_before(self, tok, title: str, holder: str) -> list[Mention]:
        """The persons other than `holder` the article names before `tok` with that title right
        before the name, one mention each."""
        size = len(title.split())
        out: dict[str, Mention] = {}
        for m in self.res.mentions:
            if m.entity.type != EntityType.PERSON or m.entity.id == holder or m.start < size or m.start > tok.i:
                continue
            j = m.start
            while j > 0 and self.doc[j - 1].lower_.rstrip(".") in self.ctx.words["honorifics"]:
                j -= 1
            if j >= size and " ".join(t.lower_ for t in self.doc[j - size:j]) == title:
                out.setdefault(m.entity.id, m)
        return list(out.values())

    def _relative(self, m: Mention) -> bool:
        """Whether a person is named as someone's counterpart or colleague (mentions.json
        relative_titles): "his Canadian counterpart X", "X, her colleague"."""
        rel = self.ctx.words["relative_titles"]
        root = self.doc[m.start:m.end].root
        return any(t.lower_ in rel for t in self.doc[max(0, m.start - 3):m.start]) \
            or (root.dep_ == "appos" and root.head.lower_ in rel) \
            or any(c.dep_ == "appos" and c.lower_ in rel for c in root.children)

    def title_owner(self, pron) -> list[Mention]:
        """"its prime minister, Name", "Its foreign minister Name said": the state or
        organisation whose post it is. The one state or organisation named before the pronoun in
        its sentence; with none there, the one named in the previous sentence of the same
        paragraph; of several, the one named in the title of the list entry the pronoun's name
        follows ("Org Secretary General A, its deputy B"). Two candidates (or none) leave it
        unread: "X halted talks with Y, its president said" may be either's."""
        if pron.lower_ != "its":  # "their minister": whose, a plural does not say
            return []
        kinds = (EntityType.STATE, EntityType.ORGANIZATION)
        sent = self.ctx.sentence(pron)

        def owners(lo, hi):
            return {m.entity.id: m for m in self.res.mentions
                    if lo <= m.start < hi and m.entity.type in kinds and "description" not in m.notes}
        found = owners(window_start(self.doc, sent, pron), pron.i)
        name = pron.head
        if len(found) > 1 and name.dep_ in ("appos", "conj") and name.head.i < pron.i:
            # "designated Hezbollah Secretary General A, its Deputy Secretary General B": in a
            # list of officials, the owner named in the title of the entry before it
            before = name.head
            parallel = owners(before.left_edge.i, before.i)
            if len(parallel) == 1:
                return list(parallel.values())
        if len(found) > 1:
            reported = self._reported_subject_owner(pron, found)
            if reported is not None:
                return [reported]
        if not found and sent.start > 0:
            prev = self.ctx.sentence(sent.start - 1)
            if new_paragraph(self.doc, sent):
                return []  # a new paragraph: no antecedent across it
            found = owners(prev.start, prev.end)
        return list(found.values()) if len(found) == 1 else []

    def _reported_subject_owner(self, pron, found: dict[str, Mention]) -> Mention | None:
        """"Ruritania will send X to Borduria, its defence minister said", "A's ministry summoned
        B's envoy, its spokeswoman said": the speaker "its" titles, the subject of a verb of
        saying whose reported clause comes first, speaks for the subject of that clause, when
        exactly one candidate is named in that subject."""
        speaker = pron.head
        while speaker.dep_ in ("compound", "amod") and speaker.head.i != speaker.i:
            speaker = speaker.head
        verb = speaker.head
        if speaker.dep_ != "nsubj" or verb.i < speaker.i:
            return None
        clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.right_edge.i < pron.i]
        if len(clauses) != 1:
            return None
        subjects = [c for c in clauses[0].children if c.dep_ in ("nsubj", "nsubjpass")]
        inside = {k: m for k, m in found.items() for s in subjects
                  if s.left_edge.i <= m.start <= s.right_edge.i}
        return next(iter(inside.values())) if len(inside) == 1 else None

    def person(self, pron) -> list[Mention]:
        """"he", "his", "her": the one person the sentence names before the pronoun; for a
        main-clause subject with nobody named before it, the one person of the previous
        sentence. Two candidates (or none) leave the pronoun unread."""
        sent = self.ctx.sentence(pron)
        before = self._persons_in(sent.start, pron.i)
        quoted = self._closed_quotations(sent.start, pron.i)
        if quoted:
            # "“... His Majesty the King (X) ...,” he said": the speaker after a quotation is not
            # one it names
            before = {m.entity.id: m for m in self.res.mentions if sent.start <= m.start < pron.i
                      and m.entity.type == EntityType.PERSON and m.start not in quoted}
        partners = self._fronted_partners(pron)
        if partners:
            # "During a meeting with X, he announced ...": the one met is not the one meeting
            before = {k: m for k, m in before.items() if m.start not in partners}
        own: set[str] = set()
        if before and self._plain_object(pron):
            # "Foreign Secretary Z received him", "Z met him later": an object pronoun is not the
            # subject of its own clause; with nobody else before it, it looks back as a subject
            # pronoun does (below)
            own = self._own_subjects(pron)
            if set(before) <= own:
                before = {}
        if len(before) == 1:
            return [next(iter(before.values()))]
        if len(before) > 1 and pron.dep_ in ("dobj", "dative", "pobj") and pron.tag_ == "PRP":
            # "X expelled Y, accusing him of ...", "Y was summoned, where X conveyed to him ...": an
            # object pronoun is not the subject of its own clause (nor of the clause controlling it)
            own = self._own_subjects(pron)
            objects = {i: m for i, m in before.items() if i not in own}
            return [next(iter(objects.values()))] if len(objects) == 1 else []
        if not before:
            ahead = self._fronted_subject(pron, sent)
            if ahead is not None:
                return [ahead]
            lead = self._subject_pronoun(pron)
            if lead is not None:
                # "She spoke ahead of her trip to X": "her" is the one "she" is
                return self.person(lead)
            described = self._described_subject_above(pron)
            if described is not None:
                # "The visiting minister landed in X, where he saw Y", "the President was greeted
                # by A, and he then toured B": the untold titled subject before it
                return described
        if not before and sent.start == 0 and pron.dep_ in ("nsubj", "nsubjpass") and pron.head.dep_ == "ROOT":
            return self._named_next(pron, sent)
        if not before and (pron.dep_ == "poss" and pron.tag_ == "PRP$"
                           or pron.dep_ in ("nsubj", "nsubjpass") and pron.tag_ == "PRP" and pron.head.dep_ != "ROOT"):
            return self._possessor_above(pron, sent)
        if before or sent.start == 0 or not (pron.dep_ in ("nsubj", "nsubjpass") and pron.head.dep_ == "ROOT"
                                             or own and self._plain_object(pron) and self._main_clause_object(pron)):
            return []
        prev = self.ctx.sentence(sent.start - 1)
        earlier = self._persons_in(prev.start, prev.end)
        for _ in range(2):
            # "X arrived in Y. His visit is the first in years. He was received by Z": a sentence
            # that names nobody and brings in no person of its own is skipped, within the paragraph
            if earlier or prev.start == 0 or new_paragraph(self.doc, sent) or new_paragraph(self.doc, prev) \
                    or self._brings_person(prev):
                break
            sent, prev = prev, self.ctx.sentence(prev.start - 1)
            earlier = self._persons_in(prev.start, prev.end)
        if not new_paragraph(self.doc, sent):
            titled = [c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass") and self._untold_title(c)]
            if titled:
                # "Ruritania's envoy met Y. He then flew to Z": a main subject told only by its
                # title carries on (not the one person the sentence names elsewhere); its reading
                # (the person the title describes, else the state it is of), or nobody
                return self._described(titled[0]) or []
        earlier = {k: m for k, m in earlier.items() if k not in own}
        carried = self._pronoun_subject_before(pron, prev, earlier)
        if carried is not None:
            return carried
        if len(earlier) == 1:
            only = next(iter(earlier.values()))
            if self._untold_subject(prev, only):
                # "President of Z X Y arrived at the invitation of President W. He was met by ...":
                # the subject is a titled person the mentions missed; the one named is the host
                return []
            return [only]
        # "X met Y in Rome. He later flew to Berlin.", "X was welcomed by Y. He then headed to
        # Z": the main-clause subject, active or passive, carries on
        subjects = [a for a in self._main_subjects(prev, passive=True) if a.entity.type == EntityType.PERSON
                    and a.entity.id not in own]
        return [subjects[0].mention] if len({a.entity.id for a in subjects}) == 1 else []

    def _pronoun_subject_before(self, pron, prev, earlier: dict[str, Mention]) -> list[Mention] | None:
        """"He is visiting X at the invitation of President Y. He was met by Z": the previous
        sentence's main subject is the same pronoun, and the one person it names comes after that
        subject (the host, the one met): the pronoun carries on the subject's reading, not the
        person named. None where the previous sentence opens otherwise."""
        if len(earlier) != 1 or new_paragraph(self.doc, self.ctx.sentence(pron)):
            return None
        lead = [c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "PRP"
                and c.lower_ == pron.lower_]
        if not lead or next(iter(earlier.values())).start < lead[0].i:
            return None
        carried = self.person(lead[0])
        return carried or None

    def _plain_object(self, pron) -> bool:
        """Whether a pronoun is the object of a verb, or of a preposition on one, and no
        reflexive ("him", not "himself"): it cannot stand for that verb's own subject."""
        if pron.tag_ != "PRP" or pron.lower_ in self.ctx.words["reflexive_pronouns"]:
            return False
        if pron.dep_ in ("dobj", "dative"):
            return pron.head.pos_ in ("VERB", "AUX")
        return pron.dep_ == "pobj" and pron.head.dep_ == "prep" and pron.head.head.pos_ in ("VERB", "AUX")

    @staticmethod
    def _main_clause_object(pron) -> bool:
        """Whether the verb an object pronoun hangs on (directly or through its preposition) is
        its sentence's main verb: "Z welcomed him at the airport", "Z met with him", also when a
        verb of saying after it reports it ("Z received him there, an official said")."""
        verb = pron.head.head if pron.dep_ == "pobj" else pron.head
        return verb.dep_ == "ROOT" or verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and verb.i < verb.head.i

    def _closed_quotations(self, lo: int, hi: int) -> set[int]:
        """The tokens from `lo` up to `hi` inside quotation marks that open and close there (a
        pronoun at `hi` is outside them); none when a quotation is still open at `hi`."""
        out: set[int] = set()
        start = None
        for t in self.doc[lo:hi]:
            opens = t.tag_ == "``" or len(t) > 1 and t.text[0] in "“\""  # ("X.“There is": glued on)
            if opens and start is None:
                start = t.i
            elif (t.tag_ == "''" or t.text in ("”", '"')) and start is not None:
                out.update(range(start, t.i + 1))
                start = None
        return set() if start is not None else out

    def _possessor_above(self, pron, sent) -> list[Mention]:
        """"X arrived in Y on Monday. This is his first visit to Y", "It will be her second trip
        to Z": a possessive "his"/"her", or the subject pronoun of a subordinate clause ("X
        hailed his visit to Y. It is his third trip since he was elected after visiting Z"), in a
        sentence that names nobody and brings in no person of its own (no name, no title, no
        other person pronoun) stands for the one person the previous sentence of the paragraph
        names. Two persons there ("A received B. This is happening during his visit"), a title
        subject the mentions missed, or a paragraph break leave it unread."""
        if sent.start == 0 or new_paragraph(self.doc, sent) or self._persons_in(sent.start, sent.end) \
                or self._brings_person(sent) \
                or any(t.tag_ in ("PRP", "PRP$") and t.lower_ in self.ctx.words["person_pronouns"] and t.i != pron.i
                       for t in sent):
            return []
        prev = self.ctx.sentence(sent.start - 1)
        earlier = self._persons_in(prev.start, prev.end)
        if len(earlier) != 1:
            return []
        only = next(iter(earlier.values()))
        if self._untold_subject(prev, only) \
                or any(c.dep_ in ("nsubj", "nsubjpass") and self._untold_title(c) for c in prev.root.children):
            return []
        return [only]

    def _named_next(self, pron, sent) -> list[Mention]:
        """"He was met at the airport by X. Name then drove to ...": the main subject of a
        text's first sentence, a pronoun with no one before it, is named only after it: the
        next sentence's main subject, when that is one person the pronoun's own sentence does
        not name (nor that sentence a title subject of its own)."""
        if sent.end >= len(self.doc):
            return []
        nxt = self.ctx.sentence(sent.end)
        if new_paragraph(self.doc, nxt):
            return []
        subjects = [c for c in nxt.root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) != 1 or subjects[0].pos_ != "PROPN":
            return []
        found = {m.entity.id: m for m in self.res.mentions
                 if subjects[0].left_edge.i <= m.start <= subjects[0].i and m.entity.type == EntityType.PERSON}
        here = self._persons_in(sent.start, sent.end)
        if len(found) != 1 or set(found) & set(here):
            return []
        return list(found.values())

    def _untold_title(self, subj) -> bool:
        """Whether a subject is a singular title phrase that names nobody ("Ruritania's emir",
        "the visiting minister", "the President"): a title head (mentions.json title_heads) with
        no person, pronoun or counted group inside it."""
        heads = self.ctx.words["title_heads"]
        if subj.tag_ not in ("NN", "NNP") or (subj.lower_ not in heads and subj.lemma_.lower() not in heads):
            return False
        lo, hi = subj.left_edge.i, subj.right_edge.i
        if any(lo <= m.start <= hi and m.entity.type == EntityType.PERSON for m in self.res.mentions):
            return False
        return not any(t.tag_ in ("PRP", "CD") or t.ent_type_ == "PERSON" and t.i != subj.i
                       for t in self.doc[lo:hi + 1])

    def _described(self, subj) -> list[Mention]:
        """What a title subject reads as through the argument reader (the person it describes,
        else the state or organisation it is of), when that is one entity."""
        found = [a for a in self.actors(subj) if a.entity.type in (EntityType.PERSON, EntityType.STATE,
                                                                   EntityType.ORGANIZATION)]
        return [found[0].mention] if len({a.entity.id for a in found}) == 1 else []

    def _described_subject_above(self, pron) -> list[Mention] | None:
        """"Ruritania's emir flew to X, where he received Y": a pronoun with no person named
        before it in its sentence, inside a clause under one whose subject (before it) is an
        untold title phrase, stands for that subject. None when the nearest subject above the
        pronoun is anything else."""
        for node in pron.ancestors:
            subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pron.i
                        and not (c.left_edge.i <= pron.i <= c.right_edge.i)]
            if not subjects:
                continue
            if not self._untold_title(subjects[0]) or self._another_person_between(subjects[0].right_edge.i + 1, pron.i):
                return None  # "The emir thanked the minister for his help": either
            found = self._described(subjects[0])
            return found or None
        return None

    def _subject_pronoun(self, pron):
        """A possessive "his"/"her" with nobody named before it in its sentence: the person
        pronoun of its gender (mentions.json feminine_pronouns) that is the subject of the
        nearest clause above it, before it ("He said his visit ...", "She made the comments
        ahead of her trip"); a named or described subject there ("She said the minister's
        trip ..."), another gender, or an object pronoun ("he met her") give none."""
        if pron.dep_ != "poss" or pron.tag_ != "PRP$":
            return None
        feminine = self.ctx.words["feminine_pronouns"]
        for node in pron.ancestors:
            subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subjects:
                continue
            lead = subjects[0]
            if lead.i < pron.i and lead.tag_ == "PRP" and lead.lower_ in self.ctx.words["person_pronouns"] \
                    and (lead.lower_ in feminine) == (pron.lower_ in feminine) \
                    and not self._another_person_between(lead.i + 1, pron.i):
                return lead
            return None
        return None

    def _another_person_between(self, lo: int, hi: int) -> bool:
        """"He welcomed the minister on his arrival", "She thanked him for his help": a title noun
        (mentions.json title_heads) or a person pronoun between a subject pronoun and a
        possessive brings in someone else the possessive may be."""
        heads, pronouns = self.ctx.words["title_heads"], self.ctx.words["person_pronouns"]
        return any(t.pos_ in ("NOUN", "PROPN") and (t.lower_ in heads or t.lemma_.lower() in heads)
                   or t.tag_ == "PRP" and t.lower_ in pronouns for t in self.doc[lo:hi])

    def _fronted_partners(self, pron) -> set[int]:
        """The tokens of the "with" phrases inside an adjunct fronted before a subject pronoun's
        verb ("During talks with X, he ...", "After a call with X, she ..."): whoever they name
        is the subject's partner, not the subject."""
        if pron.dep_ not in ("nsubj", "nsubjpass"):
            return set()
        verb = pron.head
        out: set[int] = set()
        for c in verb.children:
            if c.dep_ in ("prep", "advcl") and c.right_edge.i < pron.i:
                for t in c.subtree:
                    if t.dep_ == "prep" and t.lower_ == "with" and t.i > c.i:
                        out.update(k.i for k in t.subtree)
        return out

    def _untold_subject(self, sent, person: Mention) -> bool:
        """Whether a sentence's main subject is a title phrase (mentions.json title_heads) that
        names no person the mentions hold, while the one person named is elsewhere."""
        heads = self.ctx.words["title_heads"]
        for c in sent.root.children:
            if c.dep_ not in ("nsubj", "nsubjpass"):
                continue
            lo, hi = c.left_edge.i, c.right_edge.i
            if lo <= person.start <= hi:
                return False
            if any(m.entity.type == EntityType.PERSON for m in self.res.mentions if lo <= m.start <= hi):
                return False
            return any(t.lower_ in heads for t in self.doc[lo:hi + 1]) \
                and any(t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "NORP", "ORG", "LOC") and t.lower_ not in heads
                        and self.ctx.gz.normalise_title(t.lower_) in (None, t.lower_) for t in self.doc[lo:hi + 1])
        return False

    def _fronted_subject(self, pron, sent) -> Mention | None:
        """"Speaking in X, where he is on a visit, Y said ...", "After his talks, Y said": a
        pronoun in an adjunct fronted before the main clause's subject looks ahead to that
        subject, when it is one person; the adjunct is about the one who then speaks or acts."""
        root = sent.root
        pronouns = self.ctx.words["person_pronouns"]
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) > 1:
            # "At the start of his visit - the first by a US leader - he was given ...": a
            # phrase the parser also made a subject names nobody; the pronoun or person does
            subjects = [c for c in subjects if c.tag_ == "PRP" and c.lower_ in pronouns
                        or any(a.entity.type == EntityType.PERSON for a in self.actors(c))]
        if len(subjects) != 1 or subjects[0].left_edge.i <= pron.i:
            return None
        fronted = [c for c in root.children if c.dep_ in ("advcl", "prep", "npadvmod")
                   and c.left_edge.i <= pron.i <= c.right_edge.i and c.right_edge.i < subjects[0].left_edge.i]
        if not fronted:
            return None
        subj = subjects[0]
        if subj.tag_ == "PRP" and subj.lower_ in pronouns:
            # "At the start of his visit to X, he was given ...": the subject pronoun's own
            # reading, when it is of the possessive's gender
            feminine = self.ctx.words["feminine_pronouns"]
            if (subj.lower_ in feminine) != (pron.lower_ in feminine):
                return None
            found = self.person(subj)
            return found[0] if len(found) == 1 else None
        persons = {a.entity.id: a.mention for a in self.actors(subj) if a.entity.type == EntityType.PERSON}
        if not persons and self._untold_title(subj):
            # "During his visit to X, the Ruritanian King met ...": the subject told only by
            # its title, read as the relation readers read it (the person, else his state)
            found = self._described(subj)
            return found[0] if found else None
        return next(iter(persons.values())) if len(persons) == 1 else None

    def _persons_in(self, lo: int, hi: int) -> dict[str, Mention]:
        """The persons named from token `lo` up to `hi`, one mention each (the last one named)."""
        return {m.entity.id: m for m in self.res.mentions if lo <= m.start < hi and m.entity.type == EntityType.PERSON}

    def _brings_person(self, sent) -> bool:
        """Whether a sentence brings in a person a later "he" could stand for without naming one
        the mentions hold: a name the model tags as a person, a main subject's name nothing
        resolved (whatever the model tags it), or a title noun ("the minister",
        "the Japanese PM") that is definite or a clause's subject. An indefinite title in a
        phrase ("the first by a foreign leader") brings in nobody."""
        heads = self.ctx.words["title_heads"]
        for c in sent.root.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN" and c.lower_ not in heads \
                    and self.mention_at(c) is None and c.ent_type_ in ("PERSON", "ORG"):
                # "Aliyev has meetings with ...": a name the model took for no person and nothing
                # resolved, as the main subject, may be the one a later "he" stands for
                return True
        for t in sent:
            if t.ent_type_ == "PERSON":
                return True
            if t.pos_ in ("NOUN", "PROPN") and (t.lower_ in heads or t.lemma_.lower() in heads or t.is_upper and len(t) > 1
                                                and self.ctx.gz.normalise_title(t.lower_) not in (None, t.lower_)):
                if t.dep_ in ("nsubj", "nsubjpass") or any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an")
                                                           for c in t.children):
                    return True
        return False

    def _own_subjects(self, pron) -> set[str]:
        """The entities named as subject of the pronoun's clause, or of the clauses a participle
        or infinitive clause hangs on ("X expelled Y, accusing him": X)."""
        out: set[str] = set()
        node = pron.head
        for _ in range(4):
            for c in node.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    # (with the name set in apposition after a title: "The Director General, X,")
                    spans = [(c.left_edge.i, c.i)] + [(a.left_edge.i, a.right_edge.i) for a in c.children
                                                      if a.dep_ == "appos"]
                    out.update(m.entity.id for m in self.res.mentions for lo, hi in spans if lo <= m.start <= hi)
            if node.dep_ not in ("advcl", "xcomp", "conj") or node.head.i == node.i:
                break
            node = node.head
        return out

    def collective(self, pron) -> list[Mention]:
        """"its"/"their" for a state or organisation named before it in the sentence: the
        passive subject ("Russia was sanctioned by the EU over its invasion"), else the one
        that is not the active subject ("the Arab League criticized Turkey for its offensive",
        "sanctions on Borduria over its offensive"), else the subject ("China said its navy ...")."""
        kinds = (EntityType.STATE, EntityType.ORGANIZATION)
        before = [m for m in self.res.mentions if self.ctx.sentence(pron).start <= m.start < pron.i and m.entity.type in kinds]
        if pron.head.dep_ == "appos":  # "defend the Philippines, its oldest ally": not the Philippines
            restated = self.mention_at(pron.head.head)
            before = [m for m in before if restated is None or m.entity.id != restated.entity.id]
        if not before:
            return []
        roles: dict[str, list[Mention]] = {"nsubjpass": [], "nsubj": [], "other": [], "subject_owner": []}
        for m in before:
            tok = self.doc[m.end - 1]
            # "X and Y moved to isolate Z after its ...": a conjunct has its first conjunct's role
            tok = docindex.first_conjunct(tok)
            if tok.dep_ in ("amod", "compound") and tok.head.dep_ in ("nsubj", "nsubjpass") and self.mention_at(tok.head) is None:
                tok = tok.head  # "Ruritanian forces attacked X's bases": the demonym of the subject is the subject
            dep = tok.dep_
            if dep == "poss" and tok.head.dep_ == "nsubj":
                # "X's militant Y group said its fighters ...": the possessor is inside the subject,
                # which "its" stands for when the subject is named itself
                roles["subject_owner"].append(m)
                continue
            roles["nsubjpass" if dep == "nsubjpass" else "nsubj" if dep == "nsubj" else "other"].append(m)
        for group in (roles["nsubjpass"], roles["other"], roles["nsubj"], roles["subject_owner"]):
            ids = {m.entity.id for m in group}
            if len(ids) == 1:
                return [group[0]]
            if len(ids) > 1:
                return []
        return []

    def object_pronoun(self, pron) -> list[Mention]:
        """"it" as an object ("cut ties with Borduria, accusing it of ..."): the one state or
        organisation of its kinds named before it in the sentence that is no clause's subject;
        two candidates (or none) leave the pronoun unread."""
        kinds = {EntityType(k) for k in self.lex["subject_pronouns"][pron.lower_]} - {EntityType.PERSON}
        sent = self.ctx.sentence(pron)
        def role(tok):  # "Egypt and Jordan cut ties": a conjunct has its first conjunct's role
            while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
                tok = tok.head
            return tok.dep_
        before = [m for m in self.res.mentions if sent.start <= m.start < pron.i and m.entity.type in kinds
                  and role(self.doc[m.end - 1]) not in ("nsubj", "nsubjpass", "poss", "compound", "amod")]
        ids = {m.entity.id for m in before}
        return [before[-1]] if len(ids) == 1 else []

    def event_agent(self, verb) -> list[Mention]:
        """"X ordered the envoy out. This comes after accusing Y of ...": a main clause whose
        subject is a pronoun for the previous sentence's event (mentions.json event_pronouns)
        lends the participle hanging on it that event's agent, the previous sentence's main
        subject. Across a blank line, or with no single such subject, nothing."""
        words = self.ctx.words["event_pronouns"]
        if verb.dep_ != "ROOT" or not any(c.dep_ == "nsubj" and c.lower_ in words for c in verb.children):
            return []
        sent = self.ctx.sentence(verb)
        if sent.start == 0 or new_paragraph(self.doc, sent):
            return []
        found = self._main_subjects(self.ctx.sentence(sent.start - 1))
        return [found[0].mention] if len({a.entity.id for a in found}) == 1 else []

    def _main_subjects(self, sent, passive: bool = False) -> list:
        """The actors named as the subject of a sentence's main verb (with `passive`, a passive
        subject too: "X was received by Y")."""
        deps = ("nsubj", "nsubjpass") if passive else ("nsubj",)
        return [a for c in sent.root.children if c.dep_ in deps for a in self.actors(c)]

    def previous_subject(self, pron) -> list[Mention]:
        """"The British military stepped up its campaign. They launched airstrikes on X": a main
        clause's "they" (or "it") opening a sentence stands for the previous sentence's main
        subject when that is one state or organisation; "they" only for a body named by an
        actor noun ("the military", "Russian forces") or for several. Across a blank line, or
        with no single such subject, nothing."""
        verb = pron.head
        sent = self.ctx.sentence(pron)
        if verb.dep_ != "ROOT" or pron.dep_ != "nsubj" or sent.start == 0 or new_paragraph(self.doc, sent) \
                or any(t.pos_ in ("NOUN", "PROPN") for t in self.doc[sent.start:pron.i]):
            return []
        prev = self.ctx.sentence(sent.start - 1)
        found = self._main_subjects(prev)
        kinds = {EntityType(k) for k in self.lex["subject_pronouns"][pron.lower_]} - {EntityType.PERSON}
        if not found and pron.lower_ == "it" and verb.lemma_.lower() != "be" and not _patient_subject(verb) \
                and self._no_singular_subject(prev):
            # "This is the sixth brigade X has sent abroad. It has sent ...", "Officials said X
            # would send ... . It has already ...": a main subject that names no actor leaves
            # the one state or organisation standing as the subject of another clause there (not
            # for "It is/was ...", most often about a thing or an event, nor for a subject that
            # undergoes the act: "... after X invaded Y. It has since received ...", nor after a
            # singular noun subject, which "it" most often is: "The resolution, which X drafted,
            # passed. It called on ...")
            return self._clause_subject(prev, kinds)
        found = [a for a in found if a.entity.type in kinds]
        ids = {a.entity.id for a in found}
        if len(ids) != 1:
            return []
        if pron.lower_ == "they" and not any(a.via == "actor_noun" for a in found):
            return []
        return [found[0].mention]

    @staticmethod
    def _no_singular_subject(sent) -> bool:
        """The sentence's main subject is a demonstrative or a plural ("This is ...", "Officials
        said ..."), nothing a later "it" would stand for."""
        subjects = [c for c in sent.root.children if c.dep_ == "nsubj"]
        return bool(subjects) and all(c.tag_ in ("DT", "NNS", "NNPS") for c in subjects)

    def _clause_subject(self, sent, kinds: set) -> list[Mention]:
        """The one entity of `kinds` named in `sent` as the subject (or a subject's possessor) of
        any of its clauses, outside a quotation; none with two such entities or none."""
        quoted = self._closed_quotations(sent.start, sent.end)
        return list(_sole_clause_subject(
            self.doc, self.res.mentions, sent,
            lambda m: m.entity.type in kinds and "description" not in m.notes and m.start not in quoted).values())

    def _described_state(self, m: Mention) -> Entity | None:
        """The one state whose post a description mention ("Peru's president", "the Chilean
        leader") names: the state the described person holds an office of on the article's date."""
        states = {r.state for r in self.ctx.gz.roles(m.entity, self.ctx.published) if getattr(r, "state", None)}
        return self.ctx.gz.by_id(next(iter(states))) if len(states) == 1 else None

    def group(self, tok, count: int = 2, persons: bool = False, roles: RoleIndex | None = None) -> list[Mention]:
        """"the two countries", "both sides": the two states named last, when exactly two
        are named in this sentence before the phrase or, failing that, the two before it;
        "the three leaders": likewise the three persons, or, with `roles` and a count of a title
        that names other persons too or none near it, the persons of that title (`titled_group`).
        A group named right there in apposition ("Both nations, A and B, accused ...") is those
        it names, never an earlier pair."""
        named = self._appositive_members(tok, persons)
        if named is not None:
            return named if len({m.entity.id for m in named}) == count else []
        sent = self.ctx.sentence(tok)
        lo, found = sent.start, {}
        for _ in range(3):
            found = {}
            for m in self.res.mentions:
                if not lo <= m.start < tok.left_edge.i:  # "the two U.S. allies": not the U.S.
                    continue
                if persons:
                    if m.entity.type == EntityType.PERSON:
                        found.setdefault(m.entity.id, m)
                elif m.entity.type == EntityType.STATE:
                    found.setdefault(m.entity.id, m)
                elif m.entity.type == EntityType.CITY and m.alt is not None:  # a capital: its state
                    found.setdefault(m.alt.id, m.as_state())
                elif m.entity.type == EntityType.PERSON and "description" in m.notes:
                    # "Peru's president will travel to Chile ... both nations": the state of the
                    # post the description names, as the state itself would have counted
                    state = self._described_state(m)
                    if state is not None:
                        found.setdefault(state.id, Mention(m.start, m.end, m.text, "GPE", entity=state))
            if len(found) >= count or lo == 0:
                break
            lo = self.ctx.sentence(lo - 1).start
        if len(found) > count and not persons and lo == sent.start:
            found = self._pair_among(found, count)  # within the phrase's own sentence only
        elif len(found) > count and not persons:
            found = self._without_venues(found, count)
            if len(found) > count and all(m.start < sent.start for m in found.values()):
                # "X ordered the envoys of A and B to leave. He accused the two countries ...":
                # the one list of exactly that many states the sentences before name (a third
                # state in the phrase's own sentence leaves it unread)
                found = self._coordinated_pair(found, count)
        if persons and roles is not None and len(found) == count:
            # "A lunched with Foreign Minister B and called on Prime Minister C. The two
            # ministers ...": a person of another known post is none of them
            found = {k: m for k, m in found.items() if not self._titled_otherwise(tok, m, roles)}
        if len(found) != count and persons and roles is not None:
            return self.titled_group(tok, count, roles, set(found) if len(found) < count else set())
        if len(found) != count:
            return []
        return list(found.values())

    def titled_group(self, tok, count: int, roles: RoleIndex, near: set[str]) -> list[Mention]:
        """"The two presidents", "the two foreign ministers", "the two leaders": a counted
        title stands for that many persons the article names before it with that title (the
        posts it reads, or the gazetteer's on its date; "leaders": either of a state's two top
        posts, mentions.json paired_posts), when that is exactly the count, or, of more, exactly
        the count within its sentence and the two before it. The window alone cannot say it
        when a third person is named near them ("A met B and called on Prime Minister C ... the
        two ministers") or the pair was named a paragraph up; a count of no title ("the two
        men") is left to the window. `near` are the fewer persons the window names: one of the
        pair each, or the title missed someone (a title with no state: "Prime Minister A ...
        the two leaders"), and the phrase stays unread."""
        fits = self._title_fit(tok)
        if fits is None:
            return []
        gz, on = self.ctx.gz, self.ctx.published
        last: dict[str, Mention] = {}
        for m in self.res.mentions:
            if m.entity.type == EntityType.PERSON and m.start < tok.left_edge.i:
                last[m.entity.id] = m  # (mentions in order: the last before the phrase)
        titled = {k: m for k, m in last.items()
                  if any(fits(t) for _, t in roles.titles.get(k, ()))
                  or on is not None and any(fits(r.title) for r in gz.roles(m.entity, on))}
        if len(titled) > count:
            lo = self._window_start(tok)
            titled = {k: m for k, m in titled.items() if m.start >= lo}
        return list(titled.values()) if len(titled) == count and near <= set(titled) else []

    def _titled_otherwise(self, tok, m: Mention, roles: RoleIndex) -> bool:
        """Whether the article (or the gazetteer, on its date) gives a person named near a
        counted title posts, none of them that title ("the two presidents" are not a minister
        and a president). A person of no known post (or of a title the gazetteer cannot read) may be either."""
        fits = self._title_fit(tok)
        if fits is None or tok.lemma_.lower() in self.ctx.words["top_post_nouns"]:
            return False  # ("the three leaders" may be envoys and ministers too: no title's count)
        known = [t for _, t in roles.titles.get(m.entity.id, ()) if t]
        if self.ctx.published is not None:
            known += [r.title for r in self.ctx.gz.roles(m.entity, self.ctx.published)]
        # (a title the gazetteer cannot read, "Foreign Minister Prince", says nothing either way)
        known = [t for t in known if self.ctx.gz.normalise_title(t) is not None]
        return bool(known) and not any(fits(t) for t in known)

    def _title_fit(self, tok) -> Callable[[str], bool] | None:
        """Which titles a counted plural title names: "leaders" either of a state's two top
        posts; "ministers" any minister but a head of government; a title of its own ("the two
        presidents", "the two foreign ministers") that very office, or one of the same kind
        written otherwise ("premiers", "prime ministers"; "Minister of Foreign Affairs"), a head
        of state's title only as written ("presidents" are no kings). None for a plural that is
        no title ("the two men") or says no post ("the two officials", "the two diplomats":
        mentions.json counted_person_nouns, whatever their posts)."""
        if tok.lower_ in self.ctx.words["counted_person_nouns"]:
            return None
        gz = self.ctx.gz
        top = set(self.ctx.words["paired_posts"])
        mods = sorted((c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i
                       and self.mention_at(c) is None), key=lambda t: t.i)
        singular = " ".join([t.lower_ for t in mods] + [tok.lemma_.lower()])

        def category(title: str) -> str | None:
            n = gz.normalise_title(title)
            return gz.title_category(n) if n else None

        if tok.lemma_.lower() in self.ctx.words["top_post_nouns"]:  # ("the two Korean leaders": whatever states)
            return lambda title: category(title) in top
        wanted = gz.normalise_title(singular)
        if wanted is None:
            return None
        kind = gz.title_category(wanted)
        if not mods and kind == wanted:
            # "the two ministers": a portfolio's minister, not a prime minister
            return lambda title: category(title) not in top and any(
                (t or "").split()[-1:] == [wanted] for t in (gz.normalise_title(title), category(title)))
        if kind is None or kind == "Head of State":
            return lambda title: gz.normalise_title(title) == wanted
        return lambda title: category(title) == kind

    def _appositive_members(self, tok, persons: bool) -> list[Mention] | None:
        """"Both nuclear-armed nations, A and B,", "the two leaders, X and Y,": the states (or
        persons) an apposition to the counted noun names, with their conjuncts; None when no
        apposition names any (the group then stands for an earlier pair)."""
        kind = EntityType.PERSON if persons else EntityType.STATE
        out: dict[str, Mention] = {}
        for a in tok.children:
            if a.dep_ != "appos" or a.i < tok.i:
                continue
            for t in [a, *a.conjuncts]:
                m = self.mention_at(t)
                if m is None:
                    continue
                if m.entity.type == kind:
                    out.setdefault(m.entity.id, m)
                elif not persons and m.entity.type == EntityType.CITY and m.alt is not None:
                    out.setdefault(m.alt.id, m.as_state())
        return list(out.values()) or None

    def _pair_among(self, found: dict, count: int) -> dict:
        """More states named before "both countries" than it counts: the last list of exactly
        that many states ("after the quakes in X and Y, Z sent aid to both countries"), else
        the states named as heads of their phrases, not as modifiers ("X sells Y fuel, a move
        U.S. officials criticised because both nations face sanctions")."""
        doc = self.ctx.doc
        lists = self._lists_of(found, count)
        if lists:
            last = max(lists, key=lambda ms: ms[-1].start)
            return {x.entity.id: x for x in last}
        heads = {k: m for k, m in found.items()
                 if doc[m.end - 1].dep_ not in ("compound", "amod", "nmod", "poss") and "demonym" not in m.notes}
        return heads if len(heads) == count else found

    def _coordinated_pair(self, found: dict, count: int) -> dict:
        """More states named in the sentences before "the two countries" than it counts: the
        states of the one coordinated list of exactly that many, when there is exactly one such
        list; else all of them (and the phrase stays unread)."""
        lists = self._lists_of(found, count)
        return {x.entity.id: x for x in lists[0]} if len(lists) == 1 else found

    def _lists_of(self, found: dict, count: int) -> list[list[Mention]]:
        """The coordinated lists of exactly `count` distinct states among `found`."""
        doc = self.ctx.doc
        by_start = {m.start: m for m in found.values()}
        lists = []
        for m in found.values():
            root = doc[m.end - 1]
            if root.dep_ == "conj":
                continue
            members = [m] + [by_start[c.start] for c in self._conjuncts(root) if c.start in by_start]
            if len(members) == count and len({x.entity.id for x in members}) == count:
                lists.append(members)
        return lists

    def _without_venues(self, found: dict, count: int) -> dict:
        """More states named in the sentences before "the two countries" than it counts: not
        the state only named as where a gathering was (mentions.json event_nouns: "X's president
        met Y's at a summit in Z. The two countries ..." are X and Y), when that leaves exactly
        the count."""
        doc = self.ctx.doc
        gatherings = self.ctx.words["event_nouns"]
        kept = {}
        for k, m in found.items():
            root = doc[m.end - 1]
            prep = root.head
            if root.dep_ == "pobj" and prep.lower_ in self.ctx.lex["held_prepositions"] \
                    and prep.head.pos_ == "NOUN" and (prep.head.lower_ in gatherings or prep.head.lemma_.lower() in gatherings):
                continue
            kept[k] = m
        return kept if len(kept) == count else found

    def _conjuncts(self, root) -> list[Mention]:
        out = []
        for c in root.subtree:
            if c.dep_ == "conj" and c.i != root.i:
                m = self.ctx.mention_at(c)
                if m is not None:
                    out.append(m)
        return out



def _surname_written(doc, m: Mention) -> bool:
    """Whether the text writes the described person's family name outside the description,
    capitalised, though the model found no name there ("Name-Name opened a fair ... the
    Ruritanian president then met X"): the article names him all the same."""
    from ingest.gazetteer import fold_name

    last = m.entity.name.split()[-1]
    if len(last) < 4:
        return False
    wanted = fold_name(last)
    for i, t in enumerate(doc):
        if m.start <= i < m.end or not t.text[:1].isupper():
            continue
        for n in (1, 2, 3):
            if i + n <= len(doc) and not (i < m.start < i + n) and fold_name(doc[i:i + n].text) == wanted:
                return True
    return False


def described_post(ctx: ArticleContext, m: Mention) -> tuple[Entity, list[str]] | None:
    """"Name described his talks with Other ... the Ruritanian President will travel": a
    description the resolver read as the holder of a state's post ("the Brazilian president",
    "Russia's FM", "the President of Kazakhstan") gives that person the post, when the article
    also names him by his name; the state is the description's demonym or name (or the name
    after its "of"), the title its other words."""
    if "description" not in m.notes or m.entity.type != EntityType.PERSON \
            or not any(o.entity.id == m.entity.id and "description" not in o.notes for o in ctx.res.mentions) \
            and not _surname_written(ctx.doc, m):
        return None
    toks = [t for t in ctx.doc[m.start:m.end]]
    if toks and toks[-1].lower_ in ctx.words["officeless_descriptions"]:
        return None  # "the Cuban leader": no office named (president, premier or party chief?)
    if toks and toks[0].lower_ == "the":
        toks = toks[1:]
    for n in (3, 2, 1):
        if n >= len(toks):
            continue
        text = " ".join(t.text for t in toks[:n])
        state = ctx.gz.demonym_state(text) or ctx.gz.lookup(text)
        if state is None or state.type != EntityType.STATE:
            continue
        rest = toks[n:]
        if rest and rest[0].text in ("’s", "'s"):
            rest = rest[1:]
        return (state, [t.text for t in rest]) if rest else None
    words_ = [t.lower_ for t in toks]
    if "of" in words_:  # "the President of Kazakhstan": the state after the title's "of"
        k = words_.index("of")
        state = ctx.gz.lookup(" ".join(t.text for t in toks[k + 1:]))
        if state is not None and state.type == EntityType.STATE and k > 0:
            return state, [t.text for t in toks[:k]]
    return None
