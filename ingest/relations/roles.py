"""HOLDS_ROLE facts from the titles wire copy gives people: before the name, in an apposition,
bare with the gazetteer's help, or in an appointment."""
from __future__ import annotations

import re
from typing import NamedTuple

from ingest import coreference, docindex, temporal
from ingest import modality as modality_mod
from ingest.mentions import (
    POSSESSIVE_MARKS,
    POSTING_PREPOSITIONS,
    Mention,
    abbreviated_post,
    envoy_title_ends,
    envoy_title_in,
    honorific_end,
    honorific_start,
    plural_title_head,
    ruler_title_before_address,
)
from ingest.relations.arguments import Arguments
from ingest.relations.context import ArticleContext
from ingest.resolve import demonym_fallback
from schemas.models import Entity, EntityType, Fact, Modality
from schemas.names import fold_name

_TITLE_SMALL = {"of", "for", "and", "the", "on", "in", "to", "at"}


# Prepositions that end a title phrase read backwards from a name: "had talks with the Sultan of
# X, Name" - the title is "Sultan of X", not "talks with the Sultan" ("of", "for", "to", "in",
# "at" go on inside titles: "ambassador to X", "commander in X").
_CLAUSE_PREPOSITIONS = ("with", "by", "from", "against", "on", "after", "before", "during", "under",
                        "among", "between", "beside", "alongside")


def _title_case(words_: list[str], joiners: frozenset[str] | set[str] = frozenset()) -> str:
    """A title as news capitalises it: small words and the joiners of two titles ("Vice Premier
    cum Trade Minister") stay lower-case inside it."""
    out = []
    for i, word in enumerate(words_):
        low = word.lower()
        if (low in _TITLE_SMALL or low in joiners) and i > 0:
            out.append(low)
        elif word.isupper() and len(word) > 1:
            out.append(word)
        else:
            out.append(word[:1].upper() + word[1:])
    return " ".join(out)


#: The dashes that set a list of names off from the states it pairs them with ("the presidents of X,
#: Y and Z -- A, B and C --"): typeset, or typed as one or two hyphens
_LIST_DASHES = ("–", "—", "-", "--")


#: "his A-ian and B-ian counterparts X and Z, ...": two states for a pair the text does not pair off
_UNSAID = ("unsaid",)


class _DistributedPair(NamedTuple):
    """"her A-ian and B-ian counterparts X and Y": the two states, the title, and the second name
    (None when the text does not pair the names off)."""
    first_state: Entity
    second_state: Entity
    title: list[str]
    second: Mention | None


class RoleReader:
    """HOLDS_ROLE from titles: "Indian Defence Minister Rajnath Singh", "the leader of North
    Korea, Kim Jong Un", "Yoon Suk Yeol, South Korean president", "China reappointed Wang Yi as
    foreign minister"."""

    def __init__(self, ctx: ArticleContext, args: Arguments):
        self.ctx, self.args = ctx, args
        self.w = ctx.words
        # each name's title readings, read once: `read` asks for them, then `_second_post` again
        self._premodifiers: dict[tuple, object] = {}
        self._appositives: dict[tuple, object] = {}
        # "X, member of the A of the B Party and premier of the C of Y": the words of the second
        # post of an appositive phrase, by name
        self._second_posts: dict[tuple, list] = {}
        # the appositive phrase on the name's other side, when it names another employer
        self._other_side: dict[tuple, tuple] = {}
        # the names (by their start) whose bare title took its state from the context
        # (`bare_title`), for `_settle_guesses` to weigh against what the whole article says
        self._guessed: set[int] = set()
        self._guesses: list[Fact] = []  # the guesses `_settle_guesses` let stand
        # a bare title of an undated article given its state by the gazetteer's record of the
        # person at any time, by the name's start: that is knowledge of this person only, not a
        # state the text gives a list or pair of titles to share ("President A and Prime
        # Minister B" may be two states' leaders)
        self._undated_known: set[int] = set()
        self._held: list[Fact] = []  # the posts read so far, for `_relative_title`

    @staticmethod
    def _read_once(memo: dict, read, m: Mention):
        key = (m.start, m.end, getattr(m.entity, "id", None))
        if key not in memo:
            memo[key] = read(m)
        return memo[key]

    def premodifier(self, m: Mention):
        return self._read_once(self._premodifiers, self._premodifier, m)

    def appositive(self, m: Mention):
        """A title phrase set off by commas next to the name, either side: "the leader of North
        Korea, Kim Jong Un," / "Yoon Suk Yeol, South Korean president,"."""
        return self._read_once(self._appositives, self._appositive, m)

    def _is_title_token(self, tok) -> bool:
        low = tok.lower_
        return low in self.w["title_heads"] or low in self.w["title_words"] or tok.lemma_.lower() in self.w["title_heads"] \
            or plural_title_head(tok, self.w["title_heads"]) \
            or ruler_title_before_address(self.ctx.doc, tok.i, len(self.ctx.doc))  # "X's [Amir] Sheikh Y"

    def _name_start(self, m: Mention) -> int:
        """Where the name starts with the forms of address before it ("Prime Minister Datuk Seri
        X", "Emir Sheikh X", "Minister Dr. X"): the title stands before them. A rank that closes
        a title ("Secretary General X", "Attorney General X") stays in the title."""
        sent_start = self.ctx.sentence(m.start).start
        start = honorific_start(self.ctx.doc, m.start, sent_start)
        doc = self.ctx.doc
        while start > sent_start and abbreviated_post(doc[start - 1]):
            start -= 1  # "Commissioner of Police [MBE] A B": an honour's letters end the title, as the name starts
        if start == m.start - 1 and start > sent_start and doc[start].lower_ in self.w["title_heads"] \
                and doc[start - 1].text.islower() and self._is_title_token(doc[start - 1]):
            return m.start  # "foreign policy chief Name": a title's head, not a form of address
        if start == m.start - 1 and doc[start].text.islower() and doc[start].lower_ in self.w["title_heads"]:
            return m.start  # "the UN chief Name": a form of address is written with its capital
        while start < m.start and start > sent_start:
            before = self.ctx.doc[start - 1]
            glued = before.text in ("-", "‐") and not before.whitespace_  # "Secretary-General X"
            if not glued and (not self._is_title_token(before) or
                              not self.ctx.gz.normalise_title(f"{before.text} {self.ctx.doc[start].text}")):
                break
            start = honorific_start(self.ctx.doc, m.start, start + 1)
        return start

    def _inner_title(self, m: Mention) -> list[str]:
        """The title words a known name begins with when the gazetteer matched them with it
        ("King Salman", "Emir Tamim": a ruler known by one name and his title)."""
        doc, j, words_ = self.ctx.doc, m.start, []
        while j < m.end - 1 and self._is_title_token(doc[j]) and doc[j].text[:1].isupper():
            words_.append(doc[j].text)
            j += 1
        return words_ if any(w.lower() in self.w["title_heads"] for w in words_) else []

    def _state_prefix(self, text: str) -> tuple[Entity, int] | None:
        """The state an organisation's name starts with ("Chinese Foreign Ministry",
        "China's Ministry of Foreign Affairs") and how many words name it."""
        parts = text.split()
        states = [e for e in self.ctx.res.entities.values() if e.type == EntityType.STATE]
        for n in (2, 1):
            if len(parts) <= n:
                continue
            head = re.sub(r"(’s|'s)$", "", " ".join(parts[:n]))
            state = self.ctx.gz.demonym_state(head) or self.ctx.gz.lookup(head)
            if state is None:
                state = next((e for e in states if fold_name(e.name) == fold_name(head)), None) \
                    or demonym_fallback(head, states)
            if state is not None and state.type == EntityType.STATE:
                return state, n
        return None

    def _employer(self, m: Mention | None) -> Entity | None:
        if m is None:
            return None
        ent = m.entity
        if ent.type == EntityType.CITY:
            return m.alt
        if ent.type == EntityType.ORGANIZATION:
            if self.ctx.gz.kind_of(ent) in self.w["non_state_kinds"]:
                return ent  # "Bosnian Serb military leader X": an armed group is no state's body
            if self.ctx.gz.kind_of(ent) in self.w["party_kinds"]:
                return ent  # "Ruritanian Congress President X": a party's officer, not the state's
            if self._portfolio(m) or self._wire_credit(m) or self._generic_body(m) or self._lone_organ(m):
                return None
            if m.start > 0 and self.ctx.doc[m.start - 1].lower_ in self.w["non_state_nouns"]:
                return ent  # "leader of the rebel Z People's Army": a rebel body named after a state is not its
            if self._own_body(m):
                return ent
            if "defined_name" in m.notes:
                return ent  # "the Z People's Movement (ZPM)": a body the article names as its own
            # A state's own body named after it ("Chinese Foreign Ministry") means the state.
            found = self._state_prefix(m.text) or self._org_prefix(m) or self._of_suffix(m)
            if found:
                return found[0]
            party = self._organ_owner(m.text.split())
            if party is not None:
                return party  # "the X Party Central Committee": the party's inner body is the party's
            restated = self._restated_body(m)
            if restated is not None:
                return restated
            return None if self._unnamed_body(m) else ent
        if ent.type == EntityType.STATE:
            parts = m.text.lower().split()
            if m.gazetteer_id is None and not self.ctx.gz.lookup(m.text) and len(parts) >= 2 \
                    and parts[0].removesuffix("ern") in self.ctx.lex["bearing_words"]:
                return None  # "West Z-Region commander A": a region the gazetteer does not know as a state
            return ent
        if ent.type == EntityType.PLACE and m.gazetteer_id is None:
            # "the Embassy of Ruritania in Z": a state's mission is its state's
            parts = m.text.split()
            if len(parts) >= 3 and parts[0].lower() in self.w["mission_heads"] and parts[1].lower() == "of":
                state = self.ctx.gz.lookup(" ".join(parts[3:] if parts[2].lower() == "the" else parts[2:]))
                return state if state is not None and state.type == EntityType.STATE else None
        return None

    def _own_body(self, m: Mention) -> bool:
        """"president of the Ruritanian Academy of Letters", "head of the Ruritanian Red Cross":
        a body whose name opens with a state's demonym but whose head (its last word, or the
        last before its first "of") is a body of its own (own_body_heads) is no organ of that
        state; the demonym only says where it stands, so its officer holds the post in it. The
        state and the head alone ("Ruritania Institute") is no such name: the model cut it short
        ("Director [Ruritania Institute] for Legal Studies"), and the state is all it says."""
        parts = [p.lower() for p in m.text.split()]
        if parts and parts[0] == "the":
            parts = parts[1:]
        head = parts[:parts.index("of")] if "of" in parts else parts
        if len(head) < 2 or head[-1] not in self.w["own_body_heads"]:
            return False
        found = self._state_prefix(" ".join(parts))
        return found is not None and len(parts) - found[1] >= 2

    def _restated_body(self, m: Mention) -> Entity | None:
        """"the Ruritanian Ministry of Foreign Affairs ... the Ministry of Foreign Affairs": a
        state's body named again without its state, the gazetteer not knowing it, is the state
        the article named it with before."""
        if m.gazetteer_id is not None or self.ctx.gz.lookup(m.text) is not None:
            return None
        key = fold_name(m.text)
        found = {x.entity.id: x.entity for x in self.ctx.res.mentions if x.start < m.start
                 and x.entity.type == EntityType.STATE and fold_name(x.text) != key
                 and fold_name(x.text).endswith(" " + key)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _portfolio(self, m: Mention) -> bool:
        """An organisation the gazetteer does not know that is a piece of a title: a portfolio
        after "Minister of" ("Minister of [Public Works] and Housing"), a body and a title's head
        read as one ("[Agriculture Cabinet] Secretary"), or the second half of a name the model
        cut at "and" ("the ministry's Asian and [Oceanian Affairs Bureau]")."""
        doc = self.ctx.doc
        if m.entity.type != EntityType.ORGANIZATION or m.gazetteer_id is not None \
                or self.ctx.gz.lookup(m.text) is not None or self._state_prefix(m.text) is not None:
            return False
        parts = [t.lower_ for t in doc[m.start:m.end]]
        bodies = set(self.w["org_words"]) | set(self.w["body_heads"])
        if m.start >= 2 and doc[m.start - 1].lower_ == "of" and doc[m.start - 2].lower_ in self.w["portfolio_heads"] \
                and not any(p in bodies for p in parts) and not any(t.text.isupper() for t in doc[m.start:m.end]):
            return True
        if self._portfolio_for(m, parts):
            return True
        if m.start >= 2 and doc[m.start - 1].text in POSSESSIVE_MARKS and m.end < len(doc) \
                and doc[m.end].lower_ in self.w["title_heads"]:
            # "X's [Union Home] Minister A", "X's [Supreme Security Council Rear] Admiral A": a
            # name the model cut off its owner's possessive, right before the title's head, is
            # the post's field; the state owning it employs the holder (as it does when the
            # model takes the owner along: "[X’s Union Home] Minister A")
            owner = self.ctx.mention_at(doc[m.start - 2])
            if owner is not None and owner.end == m.start - 1 and owner.entity is not None \
                    and owner.entity.type == EntityType.STATE:
                return True
        if m.start >= 1 and doc[m.start - 1].text in (",", "and") \
                and self._portfolio_list(m.start - 1, self.ctx.sentence(m.start).start, lower_title=True):
            # "Minister of Fisheries, [Ports and Coastal Works]", "Minister of
            # Water, Roads and [Rural Transport]": the model cut a portfolio list after a
            # title's "of" or "for" at a comma or "and"; the piece is the post's field, no employer
            return True
        if m.end < len(doc) and doc[m.end].lower_ in self.w["title_heads"] and parts[-1] in self.w["body_heads"] \
                and all(p in self.w["title_words"] or p in bodies for p in parts):
            return True
        if len(parts) >= 2 and parts[-1] in self.w["title_heads"] and not any(p in bodies for p in parts):
            # "Name, [National Security Adviser] to the Premier": a title the model read as a
            # name, ending on a title's head with no body's word in it, is the post, no employer
            return True
        return m.start >= 2 and doc[m.start - 1].lower_ == "and" and doc[m.start - 2].text[:1].isupper() \
            and self.ctx.mention_at(doc[m.start - 2]) is None and doc[m.start - 2].pos_ in ("ADJ", "PROPN")

    def _portfolio_for(self, m: Mention, parts: list[str]) -> bool:
        """"Minister-designate for [Foreign Affairs]", "Minister of State and Member of Cabinet for
        [Shura Council Affairs]", "Senior Advisor to the President for [African Affairs]": a name
        ending on a portfolio's word after a title's "for" or "of" is the post's field; a body's
        name after "spokesman for" names the employer, so only a portfolio's ending counts here."""
        doc = self.ctx.doc
        # ("Secretary of [State for Asian Affairs]": the model's cut after a title's "of" likewise,
        # where no body's word opens the name, as in "Head of the Department of Political Affairs")
        bodies = set(self.w["org_words"]) | set(self.w["body_heads"])
        if m.start < 2 or doc[m.start - 1].lower_ not in ("for", "of") or parts[-1] not in self.w["portfolio_ends"] \
                or doc[m.start - 1].lower_ == "of" and parts[0] in bodies \
                or any(t.text.isupper() for t in doc[m.start:m.end]):
            return False
        before = doc[m.start - 2]
        return self._is_title_token(before) or before.lower_ in self.w["title_suffixes"]

    def _generic_body(self, m: Mention) -> bool:
        """"Union Minister X", "Party Secretary Y": a capitalised common word for a body the
        gazetteer does not know, standing alone, says whose body it is no more than the title."""
        parts = m.text.lower().split()
        if parts and parts[0] == "the":
            parts = parts[1:]
        bodies = set(self.w["org_words"]) | set(self.w["body_heads"])
        # ("National Assembly Chairman X", "Supreme Court Justice Y": a qualifying word before the
        # body word names no owner either, where the body stands before the title; "Chairman of
        # the National Assembly X" names the body as the post's own)
        doc = self.ctx.doc
        # ("a National Assembly deputy": the title in lower case likewise)
        before_title = m.end < len(doc) and self._is_title_token(doc[m.end]) \
            and (doc[m.end].text[:1].isupper() or doc[m.end].lower_ in self.w["title_heads"])
        qualifiers = self.w["body_qualifiers"] if before_title else ()
        return m.gazetteer_id is None and self.ctx.gz.lookup(m.text) is None and bool(parts) \
            and all(p in bodies or p in qualifiers for p in parts) and parts[-1] in bodies

    def _wire_credit(self, m: Mention) -> bool:
        """"ASTANA. AGENCY President X ...": an agency's name in capitals the gazetteer does not
        know, opening the sentence after a dateline in capitals, credits the wire; it employs no
        one."""
        sent = self.ctx.sentence(m.start)
        if m.gazetteer_id is not None or not m.text.isupper() or m.start != sent.start or sent.start == 0:
            return False
        before = self.ctx.sentence(sent.start - 1)
        return all(t.is_punct or t.text.isupper() for t in before)

    def _owning_state(self, m: Mention) -> tuple[Entity, tuple[int, int]] | None:
        """An organisation the gazetteer does not know followed by "of [the] <State>": the state,
        and the tokens from "of" to the state's end (no part of the title)."""
        doc = self.ctx.doc
        if m.entity.type != EntityType.ORGANIZATION or self.ctx.gz.lookup(m.text) is not None \
                or m.end + 1 >= len(doc) or doc[m.end].lower_ != "of":
            return None
        k = m.end + 2 if doc[m.end + 1].lower_ == "the" else m.end + 1
        state = self.ctx.mention_at(doc[k]) if k < len(doc) else None
        if state is None or state.start != k or state.entity.type != EntityType.STATE:
            return None
        return state.entity, (m.end, state.end)

    def _unnamed_body(self, m: Mention) -> bool:
        """"the Party Central Committee's Secretariat": a body of a body, named by common words
        only, that the gazetteer does not know: whose it is the text does not say."""
        parts = re.split(r"\s+|(?:’s|'s)$|(?:’s|'s)(?=\s)", m.text)
        parts = [p for p in parts if p]
        generic = set(self.w["org_words"]) | set(self.w["body_heads"]) | set(self.w["title_words"])
        # the owner before "'s" a body itself ("Committee's"), not a word of a name ("Women's Union")
        owner = re.split(r"’s|'s", m.text)[0].split()
        bodies = set(self.w["org_words"]) | set(self.w["body_heads"])
        return ("’s" in m.text or "'s" in m.text) and self.ctx.gz.lookup(m.text) is None \
            and all(p.lower() in generic for p in parts) and bool(owner) and owner[-1].lower() in bodies

    def _org_rest(self, m: Mention, employer: Entity) -> list[str]:
        """"Chinese Foreign Ministry" read as China: "Foreign Ministry" belongs to the title."""
        if m.entity.id == employer.id:
            return []
        found = self._state_prefix(m.text) or self._org_prefix(m)
        if found and found[0].id == employer.id:
            return m.text.split()[found[1]:]
        body = self._of_suffix(m)
        if body and body[0].id == employer.id:
            return m.text.split()[:body[1]]  # "Cabinet of Ministers of X": the body, before "of X"
        return []

    def _org_prefix(self, m: Mention) -> tuple[Entity, int] | None:
        """A body of a known organisation the gazetteer does not list, named after it ("AU
        Commission", "CSTO Collective Security Council"): the organisation, and how many words
        name it; the body ("Commission") belongs to the title."""
        parts = m.text.split()
        if len(parts) < 2 or self.ctx.gz.lookup(m.text) is not None \
                or parts[-1].lower() not in self.w["org_words"] or not all(p[:1].isupper() for p in parts):
            return None
        for n in range(min(3, len(parts) - 1), 0, -1):
            org = self.ctx.gz.lookup(" ".join(parts[:n]))
            if org is not None and org.type == EntityType.ORGANIZATION:
                return org, n
        return None

    def _of_suffix(self, m: Mention) -> tuple[Entity, int] | None:
        """A body the gazetteer does not list, named as its state's or organisation's after "of"
        ("Cabinet of Ministers of X", "Authority of Heads of State and Government of the Y"): the
        state or organisation, and how many words name the body."""
        parts = m.text.split()
        if len(parts) < 3 or self.ctx.gz.lookup(m.text) is not None:
            return None
        # (the body's head may follow a describing word: "Standing Committee of the ...")
        headed = parts[0].lower() in self.w["body_heads"] or parts[0][:1].isupper() and parts[1].lower() in self.w["body_heads"]
        # ("National Assembly of the Republic of X", "House of Representatives of X": a chamber
        # the gazetteer does not know, named after "of" as a state's, is that state's)
        chamber = any(p.lower() in self.w["chamber_heads"] for p in parts[:3])
        # the longest known name after an "of": "Standing Committee of the Political Bureau of
        # the Central Committee of the X Party of Y" is the X Party's, not Y's
        for at in (i for i, p in enumerate(parts[:-1]) if p.lower() == "of" and i > 0):
            tail = parts[at + 1:]
            if tail[0].lower() == "the":
                tail = tail[1:]
            found = self.ctx.gz.lookup(" ".join(tail)) if tail else None
            if headed and found is not None and found.type in (EntityType.STATE, EntityType.ORGANIZATION):
                return found, at
            if chamber and found is not None and found.type == EntityType.STATE:
                return found, at
            # a party's inner body, whatever its head ("International Relations Department of the
            # Central Committee of the X Party", "Political Bureau of the X Party Central
            # Committee"): the party named after an "of", its own inner body's name after it dropped
            party = self._organ_owner(tail)
            if party is not None:
                return party, at
        return None

    def _organ_owner(self, words_: list[str]) -> Entity | None:
        """The party (mentions.json organ_owner_kinds) these words name, a name of its inner body
        (party_organs) after it dropped ("X Party Central Committee" is the X Party's): a party's
        organ is the party's, not a body of its own."""
        low = [w.lower() for w in words_]
        for organ in sorted(self.w["party_organs"], key=len, reverse=True):
            n = len(organ.split())
            if len(low) > n and " ".join(low[-n:]) == organ:
                words_ = words_[:-n]
                break
        found = self.ctx.gz.lookup(" ".join(words_)) if words_ else None
        if found is None or found.type != EntityType.ORGANIZATION:
            return None
        return found if self.ctx.gz.kind_of(found) in self.w["organ_owner_kinds"] else None

    def _lone_organ(self, m: Mention) -> bool:
        """"member of the Political Bureau", "Secretary of the Central Committee": a party's inner
        body (mentions.json party_organs) the gazetteer does not know, named alone; whose party it
        is the name does not say, and the body itself employs no one apart from its party."""
        parts = m.text.lower().split()
        if parts and parts[0] == "the":
            parts = parts[1:]
        return m.gazetteer_id is None and self.ctx.gz.lookup(m.text) is None and " ".join(parts) in self.w["party_organs"]

    def _posting_then_envoy(self, place: Mention) -> bool:
        """"the X Special Representative for Z Reconciliation Name": a posting the envoy's title
        ends on with words of its own after it; right before the posting's preposition stands
        the envoy's title, so the words after the place belong to the posting, not to a title of
        the place's."""
        doc, k = self.ctx.doc, place.start
        if k >= 1 and doc[k - 1].lower_ == "the":
            k -= 1
        return k >= 2 and doc[k - 1].lower_ in POSTING_PREPOSITIONS and envoy_title_ends(doc, k - 2, 0)

    def _envoy_posted(self, posting: int, sent_start: int) -> bool:
        """Whether a posting phrase opens at token `posting` (its preposition right before it)
        after an envoy's title: "Ambassador to X", "Ambassador Extraordinary and Plenipotentiary
        of the Republic of Y to X". A name in the title's "of" phrase counts one word, however
        long the state's formal name ("the United Kingdom of Great Britain and Northern
        Ireland"): the title is as near as the words between say."""
        doc = self.ctx.doc
        if posting - 2 < sent_start or doc[posting - 1].lower_ not in POSTING_PREPOSITIONS:
            return False
        k, n = posting - 2, 0
        while k >= sent_start and n < 8:
            if envoy_title_ends(doc, k, sent_start):
                return True
            x = self.ctx.mention_at(doc[k])
            k, n = (x.start if x is not None else k) - 1, n + 1
        return False

    def _posting_noun(self, i: int, sent_start: int) -> int | None:
        """"Ambassador to the country Name", "envoy to this country Name": a noun for a state
        (mentions.json anaphor_nouns) under "the", "this" or a possessive pronoun, in a posting phrase
        after an envoy's title, names his posting, not his state: where the phrase's preposition
        ends (the token after it), else None."""
        doc = self.ctx.doc
        if self.w["anaphor_nouns"].get(doc[i].lower_) != EntityType.STATE.value or i - 1 < sent_start \
                or not (doc[i - 1].lower_ in ("the", "this") or doc[i - 1].lower_ in self.w["possessive_pronouns"]):
            return None
        return i - 1 if self._envoy_posted(i - 1, sent_start) else None

    def _scene_place(self, place: Mention, sent_start: int) -> bool:
        """A place named by its own name (not a demonym) as the object of a locative "in" right
        before a titled name says where the clause happens, not whose the post is: "In Z-City
        Minister A was received by ...", "In Ruritania Prime Minister B held talks with ...",
        "X's head of mission in Ruritania Ambassador C". A body is a venue only after the "In"
        that opens the sentence ("In Z University Minister D met ..."): inside a sentence "in
        the X Ministry" may name the title's own body."""
        if "demonym" in place.notes:
            return False
        doc = self.ctx.doc
        k = place.start - 1
        if k >= sent_start and doc[k].lower_ == "the":
            k -= 1
        if k < sent_start or doc[k].lower_ != "in" or doc[k].pos_ != "ADP":
            return False
        return place.entity.type in (EntityType.STATE, EntityType.CITY, EntityType.PLACE) \
            or place.entity.type == EntityType.ORGANIZATION and k == sent_start

    def _owner_before(self, k: int) -> bool:
        """A state or organisation owns what starts at token k: "X's [k]", "the X [k]"."""
        doc = self.ctx.doc
        if k < 1:
            return False
        if doc[k - 1].text in POSSESSIVE_MARKS and k >= 2:
            k -= 1
        owner = self.ctx.mention_at(doc[k - 1])
        return owner is not None and owner.entity.type in (EntityType.STATE, EntityType.ORGANIZATION, EntityType.CITY)

    def _org_domain(self, i: int, sent_start: int) -> int | None:
        """"the UN human rights chief Name", "UN humanitarian chief Name": an organisation's
        officials are told by the field they head, written in lower case between the body and the
        title's head; the field is no title word of its own, so a word list cannot know it. Where
        the field's words start when up to three lower-case nouns or adjectives run back from
        token `i` to an organisation the title's holder serves (its possessive mark allowed),
        else None. A state before them is not enough: "Ruritanian rebel commander" or
        "X's opposition leader" holds no office of the state."""
        doc, k = self.ctx.doc, i
        while k >= sent_start and i - k < 3 and doc[k].pos_ in ("NOUN", "ADJ") and doc[k].text.islower() \
                and doc[k].text.replace("-", "").isalpha() and self.ctx.mention_at(doc[k]) is None \
                and not self._participle_modifier(doc[k]):
            k -= 1
        if k == i or k < sent_start:
            return None
        at = k - 1 if doc[k].text in POSSESSIVE_MARKS and k > sent_start else k
        owner = self.ctx.mention_at(doc[at])
        if owner is None or owner.end != at + 1 or owner.entity.type != EntityType.ORGANIZATION:
            return None
        emp = self._employer(owner)
        return k + 1 if emp is not None and emp.type == EntityType.ORGANIZATION else None

    def _styled_only(self, words_: list[str]) -> bool:
        """Whether the title words read so far are only a ruler's title borne as a style ("Prince",
        "Crown Prince"; "Prince [Sultan] bin Z", whose given name is also a ruler's title): before a
        posting it is the envoy's rank by birth, not the posting's office."""
        rulers = self.w["ruler_titles"]
        return bool(words_) and (" ".join(words_).lower() in rulers or all(w.lower() in rulers for w in words_))

    def _premodifier(self, m: Mention):
        doc = self.ctx.doc
        i = self._name_start(m) - 1
        words_: list[str] = self._inner_title(m)
        j = i
        while j > i - 2 and j >= 0 and doc[j].pos_ == "NOUN" and doc[j].text.islower() and not self._is_title_token(doc[j]):
            j -= 1
        if not words_ and j < i and j >= 1 and doc[j].lower_ == "and" and doc[j - 1].lower_ in self.w["title_heads"] \
                and self.ctx.sentence_no(j) == self.ctx.sentence_no(m.start):
            i = j - 1  # "X-ian leader and summit host Name": the title before "and" is his too
        employer = None
        emp_span = None
        emp_mention: Mention | None = None
        employer_city = False
        has_head = bool(words_)
        sent_start = self.ctx.sentence(m.start).start
        while i >= sent_start:
            tok = doc[i]
            other = self.ctx.mention_at(tok)
            if other is not None and other is not m and other.entity.type != EntityType.STATE and all(
                    self._is_title_token(t) for t in doc[other.start:other.end]):
                # "Defense" tagged ORG in "Russian Defense Minister": part of the title (but a
                # ministry the resolver knows as its state's, "State Department", is the state).
                words_ = [t.text for t in doc[other.start:other.end]] + words_
                i = other.start - 1
                continue
            styled = self._styled_only(words_)
            if other is not None and other is not m and employer is None and (not has_head or styled) \
                    and other.entity.type in (EntityType.CITY, EntityType.STATE, EntityType.PLACE) \
                    and (not words_ or styled or self._posting_then_envoy(other)):
                # ("Ambassador to the Philippines": the posting's article; "envoy to Z-Region": a
                # region may be the posting too)
                posting = other.start - 1 if other.start - 1 >= sent_start \
                    and doc[other.start - 1].lower_ == "the" else other.start
                if self._envoy_posted(posting, sent_start):
                    # "Ruritanian Ambassador in Z-City Name", "X's envoy to Z Name", "the Ambassador
                    # of [the Republic of] X to Z Name", "the X-body special envoy for Z Name": the
                    # posting is not the employer; the envoy's own state or body stands before it
                    # (words after the place are the posting's: "for Z Reconciliation"); a
                    # ruler's title after the posting is the envoy's own style, not a post the
                    # posting's state gives him ("X's Ambassador to Z Prince A": a prince of X)
                    i, words_, has_head = posting - 2, [], False
                    continue
            posted = self._posting_noun(i, sent_start) if other is None and employer is None and not words_ \
                and not has_head else None
            if posted is not None:
                # "the Ruritanian Ambassador to the country Name": the posting told by a noun for
                # the state the story is in; the envoy's own state stands before his title
                i = posted - 2
                continue
            if other is not None and other is not m and employer is None and self._envoy(words_) \
                    and other.entity.type in (EntityType.CITY, EntityType.STATE, EntityType.PLACE) \
                    and self._owner_before(other.start):
                # "X's Z-Region envoy Name", "the X Z envoy Name": the place right before the
                # envoy's title is his posting; the owner before it employs him
                words_ = [t.text for t in doc[other.start:other.end]] + words_
                i = other.start - 1
                continue
            if other is not None and other is not m and employer is None and words_ and self._envoy(words_) \
                    and other.entity.type == EntityType.PERSON and other.end == i + 1 \
                    and doc[other.end].text in POSSESSIVE_MARKS:
                # "Ruritanian President A's special envoy B", "A's envoy B": an envoy's principal
                # named before him sends him; the state or body the principal serves employs him
                employer = self._principal_state(other)
                break
            if tok.text in POSSESSIVE_MARKS and other is None and employer is None and words_ and self._envoy(words_) \
                    and i > sent_start and self.ctx.mention_at(doc[i - 1]) is None:
                # "the Ruritanian President's Special Envoy B": the principal told by his title
                employer = self._titled_principal(i, sent_start)
                break
            if other is not None and other is not m:
                emp = self._employer(other)
                if emp is not None and employer is not None and emp.type == EntityType.STATE \
                        and employer.type == EntityType.ORGANIZATION and self._envoy(words_):
                    # "Ruritanian Deputy U.N. Ambassador X": the state's envoy to the organisation
                    if emp_span:
                        at = len(words_) - emp_span[2]
                        words_ = words_[:at] + [t.text for t in doc[emp_span[0]:emp_span[1]]] + words_[at:]
                    employer, emp_span = emp, None
                    employer_city = other.entity.type == EntityType.CITY
                    i = other.start - 1
                    continue
                if emp is None and employer is None and self._portfolio(other):
                    words_ = [t.text for t in doc[other.start:other.end]] + words_
                    i = other.start - 1  # "Minister of [Public Works] and Housing": part of the title
                    continue
                if employer is not None and emp_mention is not None and (not words_ or emp_span is not None
                                                                         and len(words_) == emp_span[2]) \
                        and self._body_in_title(other, emp_mention, sent_start):
                    # "Speaker of the [House of Representatives] of X Name", "Secretary of the
                    # [Executive Committee] of the Y Organization Name": a body the gazetteer does
                    # not know, between the title's "of" and the employer's, is part of the title
                    words_ = [t.text for t in doc[other.start:other.end]] + (["of"] + words_ if words_ else [])
                    emp_span = (other.start, other.end, len(words_))
                    i = other.start - 1
                    continue
                if emp is None or employer is not None:
                    break
                if self._scene_place(other, sent_start):
                    break  # "In Z-City Minister A was received", "In Ruritania Prime Minister B held talks"
                employer, emp_mention = emp, other
                employer_city = other.entity.type == EntityType.CITY
                rest = self._org_rest(other, emp)
                words_ = rest + words_
                emp_span = (other.start, other.end, len(words_)) if emp.type == EntityType.ORGANIZATION or rest else None
                i = other.start - 1
                continue
            if tok.dep_ == "poss" and employer is None and words_ and has_head:
                # "Its prime minister Name": the state the pronoun stands for; in a list of titled
                # names ("the X Party chief A, its deputy chief B"), the body of the name before
                employer = self._listed_owner(i) \
                    or next((self._employer(a) for a in self.args.coref.title_owner(tok)), None) \
                    or self._subject_owner(tok)
                break
            if tok.text in ("’s", "'s") and i > sent_start and self.ctx.mention_at(doc[i - 1]) is not None:
                i -= 1
                continue
            if tok.text in ("’", "'") and words_ and i > sent_start and self.ctx.mention_at(doc[i - 1]) is not None \
                    and (tok.dep_ == "case" or not doc[i - 1].whitespace_ and tok.whitespace_):
                # (the parser may take the curly one glued to a plural name for a closing quote)
                i -= 1  # "the United Nations’ Secretary-General Name": a plural name's possessive
                continue
            if tok.text == ")" and employer is None and i - 3 >= sent_start and doc[i - 2].text == "(" \
                    and self.ctx.mention_at(doc[i - 3]) is not None and (words_ or i == self._name_start(m) - 1):
                i -= 3  # "Pacific Islands Forum (PIF) Chair X", "Administrator of the X Agency (XA) Name":
                # the body's short form in brackets
                continue
            if tok.text in ("-", "‐") and words_ and i - 1 >= sent_start and self._is_title_token(doc[i - 1]) \
                    and not tok.whitespace_ and not doc[i - 1].whitespace_:
                words_[0] = doc[i - 1].text + "-" + words_[0]  # "Secretary-General"
                if doc[i - 1].lower_ in self.w["title_heads"] or words_[0].lower() in self.w["title_heads"]:
                    has_head = True
                i -= 2
                continue
            if tok.lower_ == "and" and employer is None and words_ and words_[0].lower() in self.w["title_heads"] \
                    and i > sent_start and not self._is_title_token(doc[i - 1]):
                break  # "Portugal and President Name": the "and" joins two phrases, not two title words
            if words_ and has_head and employer is None and (re.fullmatch(r"\d+(st|nd|rd|th)", tok.lower_)
                                                              or tok.ent_type_ == "ORDINAL" and tok.text[:1].isupper()):
                words_.insert(0, tok.text)  # "Ruritania's 2nd Vice President Name": the rank's ordinal
                i -= 1
                continue
            if tok.lower_ in self.w["title_suffixes"] and i - 2 >= sent_start and doc[i - 1].text in ("-", "‐") \
                    and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ and self._is_title_token(doc[i - 2]):
                # "Ruritanian President-elect Name": the title with its suffix
                words_.insert(0, f"{doc[i - 2].text}-{tok.text}")
                has_head = has_head or doc[i - 2].lower_ in self.w["title_heads"]
                i -= 3
                continue
            body = emp_span is not None and len(words_) == emp_span[2]  # only the body's words so far
            if tok.lower_ == "the" and employer is not None and (not words_ or body) and i - 1 >= sent_start \
                    and doc[i - 1].lower_ == "of":
                # "President of the Regional Commission Anna Maria Vidal"; "Chairman of the
                # CSTO Collective Security Council Name": the body's name stays in the title
                words_ = (["of", "the"] if words_ else []) + words_
                i -= 2
                continue
            if tok.lower_ == "of" and employer is not None and emp_mention is not None and (not words_ or body) \
                    and i - 1 >= sent_start and self.ctx.mention_at(doc[i - 1]) is not None \
                    and self._body_in_title(self.ctx.mention_at(doc[i - 1]), emp_mention, sent_start):
                i -= 1  # "Speaker of the House of Representatives of X Name": the body, read next
                continue
            if tok.lower_ == "of" and employer is not None and (not words_ or body) and i - 1 >= sent_start \
                    and self._is_title_token(doc[i - 1]) and self.ctx.mention_at(doc[i - 1]) is None:
                words_ = (["of"] if words_ else []) + words_
                i -= 1  # "the President of Ruritania Name"
                continue
            if tok.pos_ == "ADJ" and tok.text.islower() and has_head and employer is None \
                    and i - 1 >= sent_start and (doc[i - 1].pos_ == "ADJ" or doc[i - 1].text in ("’s", "'s")) \
                    and not (self._is_title_token(tok) and self.ctx.gz.normalise_title(" ".join([tok.text] + words_))):
                # (but "Fiji's prime minister Name", "its deputy prime minister": part of the title)
                i -= 1  # "Ruritania's reformist new Prime Minister Name": a description, no title
                continue
            if has_head and employer is None and words_ and tok.text.islower() and i - 1 >= sent_start \
                    and (self._participle_modifier(tok) or tok.pos_ == "ADV" and tok.dep_ == "advmod"
                         and self._participle_modifier(tok.head) and tok.head.i > tok.i):
                i -= 1  # "Ruritania's newly appointed Prime Minister Name": a description, no title
                continue
            if tok.lower_ in self.w["title_joiners"] and words_ and has_head and employer is None \
                    and i - 1 >= sent_start and self._is_title_token(doc[i - 1]):
                words_.insert(0, tok.text)  # "Vice Premier cum Trade Minister Name": one title phrase
                i -= 1
                continue
            if tok.text == "," and words_ and has_head and employer is None and i - 1 >= sent_start \
                    and "and" in (w_.lower() for w_ in words_) and doc[i - 1].text[:1].isupper() \
                    and self._is_title_token(doc[i - 1]) and self._is_title_token(doc[i + 1]) \
                    and doc[i + 1].lower_ not in self.w["title_heads"]:
                i -= 1  # "Ruritania Education, Science and Technology Minister Name": a list of portfolios
                continue
            if self._is_title_token(tok) or (tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.dep_ == "compound") \
                    or (tok.pos_ == "ADJ" and tok.text[:1].isupper() and employer is None and self._envoy(words_)
                        and self._owner_before(i)):  # "X's Balkan envoy Name": the region's word, in the title
                if tok.lower_ in ("the", "of", "and", "for") and not words_:
                    break
                if tok.lower_ == "of" and i > sent_start and doc[i - 1].lemma_.lower() in self.w["government_nouns"]:
                    break  # "the government of (Ruritanian) President Name": the state's government, no title
                if tok.lower_ == "the":
                    break
                many = plural_title_head(tok, self.w["title_heads"])
                words_.insert(0, tok.text[:-1] if many else tok.text)
                if many or tok.lower_ in self.w["title_heads"] or tok.lemma_.lower() in self.w["title_heads"] \
                        or ruler_title_before_address(doc, i, len(doc)):
                    has_head = True
                i -= 1
                continue
            field = self._org_domain(i, sent_start) if has_head and employer is None and words_ else None
            if field is not None:
                words_ = [t.text for t in doc[field:i + 1]] + words_  # "UN [human rights] chief Name"
                i = field - 1
                continue
            break
        while words_ and words_[0].lower() in _TITLE_SMALL:
            words_.pop(0)
        if has_head and employer is None and words_ and m.end + 1 < len(doc) and doc[m.end].lower_ in ("of", "from"):
            # "President Anna Vidal of the Republic of Ruritania", "President Ana Rocha from Ruritania"
            j = m.end + 1
            if doc[j].lower_ == "the" and j + 1 < len(doc):
                j += 1
            after = self.ctx.mention_at(doc[j])
            if after is not None and after.entity.type == EntityType.STATE:
                employer = after.entity
        if not has_head or employer is None or not words_:
            return None
        if employer_city and any(w.lower() in self.w["city_offices"] for w in words_):
            return None  # "Moscow Mayor X" runs the city, not the state whose capital it is
        if emp_mention is not None and emp_mention.entity.type == EntityType.STATE and "demonym" not in emp_mention.notes \
                and all(w.lower() in self.w["team_titles"] for w in words_):
            return None  # "Ruritania captain X": the national side's captain, no office of the state
        return employer, words_

    def _body_in_title(self, body: Mention, employer: Mention, sent_start: int) -> bool:
        """Whether `body` is an organisation the gazetteer does not know standing in a title's "of"
        phrase right before the employer's own "of [the]" ("Speaker of the [National Assembly] of
        the Republic of X"): the title's words, not a second employer."""
        doc = self.ctx.doc
        if body.entity.type != EntityType.ORGANIZATION or body.gazetteer_id is not None \
                or self.ctx.gz.lookup(body.text) is not None:
            return False
        between = [t.lower_ for t in doc[body.end:employer.start]]
        if between not in (["of"], ["of", "the"]):
            return False
        k = body.start - 1
        if k >= sent_start and doc[k].lower_ == "the":
            k -= 1
        return k - 1 >= sent_start and doc[k].lower_ == "of" and self._is_title_token(doc[k - 1]) \
            and self.ctx.mention_at(doc[k - 1]) is None

    def _bare_words(self, m: Mention) -> tuple[int, list[str]]:
        """The title words right before the name with no mention among them, and where they start."""
        doc = self.ctx.doc
        i, words_ = self._name_start(m) - 1, []
        sent_start = self.ctx.sentence(m.start).start
        while i >= sent_start and self._is_title_token(doc[i]) and self.ctx.mention_at(doc[i]) is None \
                and doc[i].lower_ not in ("the", "of", "and", "for"):
            words_.insert(0, doc[i].text)
            i -= 1
        return i + 1, words_

    def _listed_title(self, m: Mention) -> tuple[int, list[str]]:
        """The title right before a listed name, its portfolio included: `_bare_words` stops at
        "of", but in "A, Minister of Foreign Affairs B, ..." the capitalised head, "of" and the
        portfolio's words are one title, and the list goes on before the head."""
        start, words_ = self._bare_words(m)
        doc = self.ctx.doc
        sent_start = self.ctx.sentence(m.start).start
        k, head = start - 1, None
        while k >= sent_start and self.ctx.mention_at(doc[k]) is None \
                and (doc[k].lower_ in ("of", "for", "and") or self._is_title_token(doc[k]) and doc[k].text[:1].isupper()):
            if doc[k].lower_ in self.w["title_heads"] and doc[k].text[:1].isupper() and doc[k + 1].lower_ in ("of", "for"):
                head = k
            k -= 1
        if head is None:
            return start, words_
        b = head
        while b - 1 >= sent_start and self.ctx.mention_at(doc[b - 1]) is None and self._is_title_token(doc[b - 1]) \
                and doc[b - 1].text[:1].isupper() and doc[b - 1].lower_ not in ("the", "of", "and", "for"):
            b -= 1
        return b, [t.text for t in doc[b:self._name_start(m)]]

    def coordinated(self, m: Mention, employers: dict[int, Entity]):
        """"Ruritanian President X and Vice President Y": a title joined by "and" to a titled
        person's name is a post of the same state."""
        start, words_ = self._listed_title(m)
        doc = self.ctx.doc
        if not words_ and start >= 2 and doc[start - 1].lower_ == "and":
            return self._shared_plural_title(m, employers)
        if not any(w.lower() in self.w["title_heads"] for w in words_) or start < 2:
            return None
        joint = start - 1
        if doc[joint].lower_ == "and" and joint - 1 >= 0 and doc[joint - 1].text == ",":
            joint -= 1  # "A, T B, and T C": the serial comma
        if doc[joint].lower_ != "and" and doc[joint].text != ",":
            return None
        before = self.ctx.mention_at(doc[joint - 1]) if joint >= 1 else None
        if before is None or before.entity.type != EntityType.PERSON or before.start not in employers:
            return None
        if doc[joint].lower_ == "and" and start != self._bare_words(m)[0] and not self._comma_listed(before):
            return None  # ("Ruritanian Premier A and Secretary of State B" pairs two states' officials as often as one's)
        employer = employers[before.start]
        if doc[joint].text == "," and (employer.type != EntityType.STATE
                                       or not self._one_state_list(before, employer, employers)):
            return None  # (a body's officer in a cabinet's list, "the X Agency chief A, T B": B's post is not the body's)
        published = self.ctx.article.published.isoformat() if self.ctx.article.published else None
        held = {getattr(r, "state", None) for r in self.ctx.gz.roles(m.entity, published)} if published else set()
        held.discard(None)
        if held and employer.id not in held:
            return None  # the gazetteer has this person in office for another state: not the same one's post
        if not held and employer.type == EntityType.STATE and not self._may_serve(m.entity, employer):
            return None  # (or at any time, when it has none on the day: its record may end early)
        if self._of_employer(before, employer):
            # "Secretary of the X Party A and President B": an "of" phrase is the first title's
            # own complement; the demonym or possessive before a title ("Ruritanian President A
            # and Prime Minister B") is what two coordinated titles share
            return None
        return employer, words_

    def _comma_listed(self, item: Mention) -> bool:
        """Whether a titled name is itself an item after a comma of a longer list: only there is a
        title with its portfolio in an of-phrase, joined by "and", read as one more post of the
        cabinet the list opens on."""
        k, _ = self._listed_title(item)
        return k - 1 >= self.ctx.sentence(item.start).start and self.ctx.doc[k - 1].text == ","

    def _one_state_list(self, before: Mention, employer: Entity, employers: dict[int, Entity]) -> bool:
        """Whether the titled names listed before `before` (joined by commas or "and") all
        hold posts of `employer`: a list that opens on one state's titled name and goes on
        with bare titles is that state's cabinet; one whose names carry their own states
        ("Ruritanian President A, Freedonian Premier B, Secretary-General C") says nothing of
        a later bare title's state."""
        doc = self.ctx.doc
        sent_start = self.ctx.sentence(before.start).start
        item = before
        while True:
            k, _ = self._listed_title(item)
            if k - 1 < sent_start or doc[k - 1].text not in (",", "and"):
                return True
            if doc[k - 1].lower_ == "and" and k - 2 >= sent_start and doc[k - 2].text == ",":
                k -= 1
            prev = self.ctx.mention_at(doc[k - 2]) if k - 2 >= sent_start else None
            if prev is None or prev.entity.type != EntityType.PERSON:
                return True
            if prev.start not in employers or employers[prev.start].id != employer.id:
                return False
            item = prev

    def _of_employer(self, before: Mention, employer: Entity) -> bool:
        """Whether the titled name's employer is named in an "of" phrase inside its title run."""
        doc = self.ctx.doc
        sent_start = self.ctx.sentence(before.start).start
        i = self._name_start(before) - 1
        while i >= sent_start:
            other = self.ctx.mention_at(doc[i])
            if other is not None and other is not before:
                if other.entity.type == EntityType.PERSON:
                    return False
                if self._employer(other) is not None and self._employer(other).id == employer.id \
                        and not (other.start > sent_start and doc[other.start - 1].text == "("):
                    k = other.start - 1
                    if k >= sent_start and doc[k].lower_ == "the":
                        k -= 1
                    return k >= sent_start and doc[k].lower_ == "of" and employer.type == EntityType.ORGANIZATION
                i = other.start - 1
                continue
            if doc[i].text == ")":
                # a short form in brackets after the body's name: "the X Party (XP) A"
                opening = next((k for k in range(i - 1, max(sent_start, i - 4) - 1, -1) if doc[k].text == "("), None)
                if opening is None:
                    return False
                i = opening - 1
                continue
            if not self._is_title_token(doc[i]):
                return False
            i -= 1
        return False

    def _shared_plural_title(self, m: Mention, employers: dict[int, Entity]):
        """"Deputy Prime Ministers of Z X and Y", "Z's foreign ministers X and Y": a plural
        title before the first of two names is the second's post too."""
        doc = self.ctx.doc
        before = self.ctx.mention_at(doc[m.start - 2])
        if before is None or before.entity.type != EntityType.PERSON or before.start not in employers:
            return None
        sent_start = self.ctx.sentence(before.start).start
        i = self._name_start(before) - 1
        while i >= sent_start and (self._is_title_token(doc[i]) or self.ctx.mention_at(doc[i]) is not None) \
                and not plural_title_head(doc[i], self.w["title_heads"]):
            if self.ctx.mention_at(doc[i]) is not None and self.ctx.mention_at(doc[i]).entity.type == EntityType.PERSON:
                return None
            i -= 1
        if i < sent_start or not plural_title_head(doc[i], self.w["title_heads"]):
            return None
        found = self.premodifier(before)
        return (employers[before.start], [w if w.lower() != doc[i].lower_ else w[:-1] for w in found[1]]) \
            if found else None

    def _pronoun_employer(self, tokens, m: Mention) -> Entity | None:
        """"Ruritania, whose foreign minister, X, ...": the state the relative clause hangs on;
        "Ruritania has halted ..., its president, X, announced": the one state that is the
        subject of a clause in the sentence."""
        doc = self.ctx.doc
        sent = self.ctx.sentence(m.start)
        for t in tokens:
            if t.lower_ == "whose" and t.i - 2 >= sent.start and doc[t.i - 1].text == ",":
                other = self.ctx.mention_at(doc[t.i - 2])
                if other is not None and other.entity.type == EntityType.STATE:
                    return other.entity
            if t.lower_ == "its" and t.i == tokens[0].i:
                subjects = {x.entity.id: x.entity for x in self.ctx.res.mentions
                            if sent.start <= x.start < t.i and x.entity.type == EntityType.STATE
                            and doc[x.start:x.end].root.dep_ == "nsubj"}
                if len(subjects) == 1:
                    return next(iter(subjects.values()))
        return None

    def _formal_state(self, x: Mention) -> bool:
        """A state named in its full form ("the Kingdom of X", "the Republic of Y")."""
        parts = x.text.lower().split()
        return x.entity.type == EntityType.STATE and len(parts) > 2 and "of" in parts \
            and parts[0] not in ("the", "of") and parts[0] in self.w["state_form_words"]

    @staticmethod
    def _envoy(words_: list[str]) -> bool:
        return envoy_title_in(words_)

    def _principal_state(self, person: Mention) -> Entity | None:
        """The state or body an envoy's principal serves: the one his own title in the sentence
        names ("Ruritanian President A's envoy"), else the one the gazetteer has him holding office
        for on the article's date, when there is one only ("A's envoy", A a known leader)."""
        own = self.premodifier(person)
        if own is not None:
            return own[0]
        gz = self.ctx.gz
        held = {r.state for r in gz.roles(person.entity, self.ctx.published)} if self.ctx.published else set()
        held.discard(None)
        if len(held) != 1:
            return None
        found = gz.by_id(next(iter(held)))
        return found if found is not None and found.type in (EntityType.STATE, EntityType.ORGANIZATION) else None

    def _principal_envoy(self, tokens) -> tuple[Entity, list[str]] | None:
        """An appositive phrase that is an envoy's title owned by his principal: "B, Ruritanian
        President A's special envoy to Z," / "the Ruritanian President's Special Envoy, B": the
        state or body the principal serves, and the envoy's title words after the possessive (his
        posting after them, "to Z", is no part of it)."""
        doc = self.ctx.doc
        for k, t in enumerate(tokens[1:], start=1):
            if t.text not in POSSESSIVE_MARKS:
                continue
            words_ = []
            for u in tokens[k + 1:]:
                # (a describing word before the envoy's title is his title's: "personal envoy")
                described = u.pos_ == "ADJ" and u.text.islower() and not self._envoy(words_)
                if not (self._is_title_token(u) or described) or self.ctx.mention_at(u) is not None \
                        or u.lower_ in ("the", "of", "and", "for"):
                    break
                words_.append(u.text)
            if not words_ or not self._envoy(words_) or any(
                    self.ctx.mention_at(u) is not None and self.ctx.mention_at(u).entity.type == EntityType.PERSON
                    for u in tokens[k + 1:]):
                return None
            owner = self.ctx.mention_at(doc[t.i - 1])
            if owner is not None and owner.entity.type == EntityType.PERSON:
                employer = self._principal_state(owner)
            elif owner is None:
                employer = self._titled_principal(t.i, tokens[0].i)
            else:
                return None
            return (employer, words_) if employer is not None else None
        return None

    def _titled_principal(self, mark: int, sent_start: int) -> Entity | None:
        """The state of a principal told by his title before the possessive mark at `mark`: "the
        Ruritanian President's envoy", "Ruritania's Prime Minister's envoy": title words right
        before the mark, with a state's name or demonym before them."""
        doc, k = self.ctx.doc, mark - 1
        if k < sent_start or doc[k].lower_ not in self.w["title_heads"]:
            return None
        while k >= sent_start and self.ctx.mention_at(doc[k]) is None and self._is_title_token(doc[k]):
            k -= 1
        if k >= sent_start and doc[k].text in POSSESSIVE_MARKS:
            k -= 1
        owner = self.ctx.mention_at(doc[k]) if k >= sent_start else None
        return owner.entity if owner is not None and owner.entity.type == EntityType.STATE else None

    def _appositive(self, m: Mention):
        """Read on the token sequence: the small parser's attachments in long appositive lists
        are unreliable."""
        doc = self.ctx.doc
        sent = self.ctx.sentence(m.start)
        phrases = []
        first = self._name_start(m)
        if first - 2 > sent.start and doc[first - 1].lower_ == "the" and doc[first - 2].text == "," \
                and first < m.start:
            first -= 1  # "Chairman of X, the Hon. Name, ...": the article before the form of address
        if first < m.start and first - 2 > sent.start and doc[first - 1].lower_ == "the" \
                and doc[first - 2].text[:1].isupper() and self._is_title_token(doc[first - 2]):
            # "his X-ian counterpart, Prime Minister the Hon A,": a title, "the", then a form of address
            first -= 1
            while first - 1 > sent.start and doc[first - 1].text[:1].isupper() and self._is_title_token(doc[first - 1]) \
                    and self.ctx.mention_at(doc[first - 1]) is None:
                first -= 1
        # "the Ruritanian commander in Y, General Anna Vidal": a rank between comma and name
        while first - 1 > sent.start and doc[first - 1].text[:1].isupper() and self._is_title_token(doc[first - 1]) \
                and self.ctx.mention_at(doc[first - 1]) is None and m.start - first < 3:
            first -= 1
        # ... and a rank's first word before it ("Major General", "Rear Admiral", "Major-General":
        # mentions.json rank_modifiers), which opens no title of its own
        while first - 2 > sent.start and self.ctx.mention_at(doc[first - 1]) is None and first < m.start and (
                doc[first - 1].text[:1].isupper() and doc[first - 1].lower_ in self.w["rank_modifiers"]
                or doc[first - 1].text in ("-", "‐") and not doc[first - 1].whitespace_
                and not doc[first - 2].whitespace_ and doc[first - 2].lower_ in self.w["rank_modifiers"]):
            first -= 1
        if first < m.start:
            # "the Spokesperson of X, H.E. Ambassador Name,": a form of address before the rank
            # is no more the phrase's end than one before the name
            first = honorific_start(doc, first, sent.start + 2)
        if first - 2 >= sent.start and doc[first - 1].text == ",":
            close = first - 1
            # "Prime Minister (PM), Name": a short form in brackets after the title is no part of it
            if first - 4 >= sent.start and doc[first - 2].text == ")" and doc[first - 4].text == "(" \
                    and doc[first - 3].text.isupper() and len(doc[first - 3].text) <= 6:
                close = first - 4
            j, aside = close - 1, set()
            while j >= sent.start and (doc[j].text not in (",", ";", ":", "“", "”", '"', "(", ")")
                                       or self._portfolio_list(j, sent.start)) \
                    and (doc[j].pos_ not in ("VERB", "AUX") or self._participle_modifier(doc[j])
                         or self._participle_after_title(doc[j])) \
                    and (doc[j].lower_ not in ("and", "or", "but") or self._portfolio_and(j, sent.start)
                         or self._portfolio_list(j, sent.start)) \
                    and doc[j].dep_ != "mark" \
                    and not (doc[j].pos_ == "ADP" and doc[j].lower_ in _CLAUSE_PREPOSITIONS) and first - j <= 16 \
                    and not (doc[j].pos_ == "ADP" and doc[j].head.pos_ in ("VERB", "AUX") and doc[j].head.i < j
                             and not self._participle_after_title(doc[j].head)
                             and not self._envoy_posted(j + 1, sent.start)):
                # ("calling in X's ambassador to Y, Name": the verb's own particle or preposition
                # opens no title; but "received Ambassador of X to Y, Name": a posting right after
                # an envoy's title is his, wherever the parser hung it)
                j -= 1
                if self._short_form_after_name(j, sent.start):
                    # ("the X Party (XP) spokesperson, Name,": the body's short form in brackets
                    # after its name is no end of the phrase, nor part of the title)
                    aside.update(range(j - 2, j + 1))
                    j -= 3
            if not self._fronted_frame(close, m) and not (j >= sent.start and doc[j].text == ","
                                                          and self._name_first_run(j, sent.start)):
                phrases.append([t for t in doc[j + 1:close] if t.i not in aside])
        # ("the President, A, and his Freedonian counterpart, B": a phrase opening on "and" is
        # the next conjunct, not A's apposition)
        # ("delivered by A, to the Envoy of X, B": a phrase opening on a preposition of the verb
        # before the name is that verb's argument, not the name's apposition)
        if m.end + 1 < sent.end and doc[m.end].text == "," and doc[m.end + 1].lower_ not in ("and", "or") \
                and not (doc[m.end + 1].pos_ == "ADP" and doc[m.end + 1].head.pos_ in ("VERB", "AUX")
                         and doc[m.end + 1].head.i < m.start):
            j, length, aside = m.end + 1, 0, set()
            while j < sent.end and (doc[j].text not in (",", ";", ":", "“", "”", '"', "(", ")", ".")
                                    or self._portfolio_list(j, m.end, lower_title=True)) \
                    and (doc[j].pos_ not in ("VERB", "AUX") or self._participle_modifier(doc[j])
                         or self._led_participle(j)) and length <= 16 \
                    and not self._next_listed_name(j, sent.end):
                # ("A, Ambassador of X and HE Mr B, Ambassador of Y": the phrase ends where the
                # list's next name is joined on)
                # ("X, Ruritania's second elected president,": a participle before the title is in the phrase)
                # a name counts as one word ("member of the [Standing Committee of the ...]")
                other = self.ctx.mention_at(doc[j])
                j, length = (other.end if other is not None and other.end > j else j + 1), length + 1
                if self._led_participle(j - 1) and j < sent.end and doc[j].text == "(":
                    # "spokesman of the X-led (under sanctions) Y Government": an aside after the
                    # participle, before the body it qualifies
                    close = next((c for c in range(j + 1, min(sent.end, j + 12)) if doc[c].text == ")"), None)
                    if close is not None:
                        aside.update(range(j, close + 1))
                        j = close + 1
            subject_of_next = j < sent.end and doc[j].pos_ in ("VERB", "AUX") and any(
                t.dep_ in ("nsubj", "nsubjpass") and t.head.i == j and t.tag_ not in ("WDT", "WP")
                for t in doc[m.end + 1:j]) \
                and self.ctx.doc[m.end - 1].dep_ == "pobj"
            # ("met A and B, a Ruritanian spokesman said": an indefinite phrase running into a
            # reporting verb after a name that a verb before it governs is that verb's subject)
            subject_of_next = subject_of_next or j < sent.end and doc[j].pos_ == "VERB" \
                and doc[j].lemma_.lower() in self.ctx.lex["blame_frame"]["reporting_verbs"] \
                and doc[m.end + 1].lower_ in ("a", "an") and any(t.pos_ == "VERB" for t in doc[sent.start:m.start])
            # ("During the meeting with Name, the Ruritanian PM said": the phrase after the
            # comma is the clause's subject, not the name's apposition)
            # (a short form in brackets after the phrase ends it too: "..., Minister of Defence
            # of the Kingdom of X (KX)")
            short = j + 2 < sent.end and doc[j].text == "(" and doc[j + 2].text == ")" and doc[j + 1].text.isupper()
            # ("NAME, PRIME MINISTER OF X: ..." opening a transcript: the speaker and his post)
            speaker = j < sent.end and doc[j].text == ":" and m.start == sent.start
            # (a semicolon ends it in a list whose items carry commas: "A, head of X; B, ...")
            if j < sent.end and (doc[j].text in (",", ".", ")", ";") or doc[j].pos_ in ("VERB", "AUX") or short or speaker
                                 or self._next_listed_name(j, sent.end)) \
                    and not subject_of_next and not self._plural_title_after(doc[m.end + 1:j], m):
                phrases.append([t for t in doc[m.end + 1:j] if t.i not in aside])
            elif j == sent.end and self._ends_line_unstopped(sent):
                # ("– Name, Ambassador of X" in a list, a caption, a signature: a line printed
                # without a full stop ends the phrase as a full stop would)
                phrases.append([t for t in doc[m.end + 1:j] if t.i not in aside and not t.is_space])
        for n, tokens in enumerate(phrases):
            found = self._title_phrase(tokens, m)
            if found:
                found = self._restated(tokens, found)
                # "Chairman of the Bloc, the Hon. Name, Prime Minister of X,": a phrase either side,
                # each with its own employer, is a second post
                # (not in a list of titled names, where a phrase is the next or previous name's:
                # "the leader of X, A, the Defense Minister of Y, B, ...")
                later = next((f for f in (self._title_phrase(t, m) for t in phrases[n + 1:]) if f), None)
                if later is not None and later[0].id != found[0].id \
                        and not any(self._next_names(t, m) for t in phrases):
                    self._other_side[(m.start, m.end)] = later
                return found
        return None

    def _short_form_after_name(self, close: int, lo: int) -> bool:
        """Whether doc[close] closes a bracketed short form of one word ("(NUP)", "(US)",
        "(MoFA)") written right after the name of a state or a body the article names."""
        doc = self.ctx.doc
        if close - 3 < lo or doc[close].text != ")" or doc[close - 2].text != "(":
            return False
        short, named = doc[close - 1], self.ctx.mention_at(doc[close - 3])
        return short.text[:1].isupper() and sum(c.isupper() for c in short.text) >= 2 and len(short.text) <= 8 \
            and named is not None and named.end == close - 2 \
            and named.entity.type in (EntityType.STATE, EntityType.ORGANIZATION)

    def _next_listed_name(self, j: int, end: int) -> bool:
        """Whether doc[j] is an "and"/"or" that joins the next person of a list right after it,
        forms of address and a capitalised rank or title allowed before the name ("A, Ambassador
        of X and HE Mr B, ...", "A, X's Deputy Minister of Y and Rear Admiral B, ..."): the
        phrase after A ends there."""
        doc = self.ctx.doc
        if doc[j].lower_ not in ("and", "or") or j + 1 >= end:
            return False
        k = honorific_end(doc, j + 1, min(end, j + 7))
        limit = min(end, k + 4)
        while k < limit and doc[k].text[:1].isupper() and self.ctx.mention_at(doc[k]) is None \
                and (self._is_title_token(doc[k]) or doc[k].lower_ in self.w["rank_modifiers"]):
            k += 1  # the next name's rank or title ("and Vice Admiral B")
        k = honorific_end(doc, k, min(end, k + 6))
        nxt = self.ctx.mention_at(doc[k]) if k < end else None
        return nxt is not None and nxt.start > j and nxt.entity.type == EntityType.PERSON

    def _plural_title_after(self, tokens, m: Mention) -> bool:
        """"accompanied by ... Name, senior army officers of Z, two deputy ministers, ...": a
        phrase after one name (no "and" joins it to a name before) whose first title head is
        plural names the next people of the list, not his post."""
        heads = self.w["title_heads"]
        head = next((t for t in tokens if t.lower_ in heads or t.lemma_.lower() in heads), None)
        return head is not None and head.tag_ in ("NNS", "NNPS") and head.lower_ != head.lemma_.lower() \
            and not (m.start > 0 and self.ctx.doc[m.start - 1].lower_ == "and")

    def _name_first_run(self, comma: int, lo: int) -> bool:
        """Whether the comma-parted run of names and titles a phrase sits in opens on a bare
        name ("attended by A, the T of X, B, the T of Y, and C, ..."): each title there follows
        its own name, so the phrase before a name is the previous name's apposition, not a
        title before this one. A run opening on a title ("included its vice-president, A,
        president of Z, B") or on a titled name ("Minister of Defence A, Chief of Staff, B")
        sets each title before its name, and the phrase stays this name's."""
        doc = self.ctx.doc
        end = comma
        for _ in range(16):
            k = end - 1
            while k >= lo and doc[k].text != ",":
                k -= 1
            last = self.ctx.mention_at(doc[end - 1]) if end - 1 > k else None
            if last is not None and last.entity.type == EntityType.PERSON and last.end == end:
                start = self._name_start(last)
                if start > k + 1:
                    # words before the name in its item: a title there ("the Ambassador of X to Y
                    # A", "Minister of Defence B") makes it a titled name, and the run title-first
                    heads = self.w["title_heads"]
                    return not any(t.lower_ in heads or t.lemma_.lower() in heads for t in doc[k + 1:start])
            elif any(t.pos_ in ("VERB", "AUX") for t in doc[k + 1:end]):
                return False  # the run opens on a title ("... included its vice-president,")
            if k < lo:
                return last is not None and last.entity.type == EntityType.PERSON
            end = k
        return False

    def _ends_line_unstopped(self, sent) -> bool:
        """The sentence is the end of a printed line (a line break or the end of the text comes
        next) and ends on a word that may close a phrase, not on punctuation or on a preposition,
        article or conjunction (a line cut off): a list item, a caption or a signature line
        ("– Name, Ambassador of X"), which a page prints with no full stop. Its end closes an
        apposition as a full stop would; a sentence the parser ends inside a line does not, for
        the words after it on the line may still belong to the phrase."""
        doc = self.ctx.doc
        last = sent.end - 1
        while last > sent.start and doc[last].is_space:
            last -= 1
        if doc[last].is_punct or doc[last].pos_ in ("ADP", "DET", "CCONJ", "SCONJ", "PART"):
            return False  # ("Name, X's Minister of": a line cut off inside its phrase says not what post)
        after = doc[last].whitespace_ + "".join(t.text_with_ws for t in doc[last + 1:sent.end + 1] if t.is_space)
        return sent.end >= len(doc) or "\n" in after

    def _fronted_frame(self, close: int, m: Mention) -> bool:
        """"Aside from meeting his X-ian counterpart, Name also met ...", "In a meeting with the
        X-ian ambassador, Name criticised ...": the phrase before the comma closes a fronted
        modifier (a prepositional phrase or adverbial clause) of the clause whose subject the name
        is, so the title is another, unnamed person's; the name is in no apposition to it."""
        doc = self.ctx.doc
        root = doc[m.start:m.end].root
        verb = root.head
        if root.dep_ not in ("nsubj", "nsubjpass") or verb.i < m.end \
                or any(t.is_punct for t in doc[m.end:verb.i]):
            return False
        tok, chain = doc[close - 1], [doc[close - 1]]
        while tok.head.i != tok.i and tok.head.i != verb.i:
            tok = tok.head
            chain.append(tok)
        # ("Dean of the Corps and Ambassador of X, Name hosted": a title the parser hung on the
        # verb as a bare noun phrase is still the name's; "As X's president, Name ...", "Before
        # becoming foreign minister, Name ...": a title the fronted phrase says of the subject
        # itself, through "as" or a predicate, is his)
        if any(t.lower_ == "as" or t.dep_ in ("attr", "oprd", "acomp", "appos") for t in chain):
            return False
        # (the fronted phrase opens on its preposition, "In a meeting with ...", "Besides holding
        # ...", on an adverb with its own, "Aside from ...", or is a verb's clause; a noun the
        # parser hung there, "Doyen of the Corps and Ambassador of X, Name", opens no frame)
        framed = tok.dep_ == "prep" and tok.pos_ in ("ADP", "SCONJ") \
            or tok.dep_ == "advcl" and tok.pos_ in ("VERB", "AUX") \
            or tok.dep_ == "advmod" and tok.pos_ == "ADV" and any(c.dep_ == "prep" for c in tok.children)
        return tok.head.i == verb.i and tok.i < close and framed and all(t.i < close for t in tok.subtree)

    def _led_participle(self, j: int) -> bool:
        """A leading participle hyphened to the name before it ("the X-led Y"): a modifier inside
        a phrase, no verb of the clause."""
        doc = self.ctx.doc
        return 0 < j < len(doc) and doc[j - 1].text in ("-", "–") and doc[j].lower_ in self.w["leader_participles"]

    def _portfolio_and(self, j: int, lo: int) -> bool:
        """Whether the "and" at doc[j] joins two capitalised words of one portfolio after "of" or
        "for" ("Minister of Trade and Industry, Name"), no two names; or two title words neither
        of which is a title's head ("Ambassador Extraordinary and Plenipotentiary, Name")."""
        doc = self.ctx.doc
        if doc[j].lower_ == "and" and j - 1 >= lo and j + 1 < len(doc) and all(
                doc[k].text[:1].isupper() and self._is_title_token(doc[k]) and self.ctx.mention_at(doc[k]) is None
                and doc[k].lower_ not in self.w["title_heads"] for k in (j - 1, j + 1)):
            return True
        return doc[j].lower_ == "and" and j - 2 >= lo and j + 1 < len(doc) and doc[j - 2].lower_ in ("of", "for") \
            and doc[j - 1].text[:1].isupper() and doc[j + 1].text[:1].isupper() \
            and self.ctx.mention_at(doc[j - 1]) is None and self.ctx.mention_at(doc[j + 1]) is None

    def _portfolio_list(self, j: int, lo: int, lower_title: bool = False) -> bool:
        """Whether the comma or "and" at doc[j] is inside a list of capitalised portfolio words
        after a title's "for" or "of" ("Minister for Youth, Sport and Rural Affairs,
        Name"): the list runs on to an "and" before its last item. `lower_title`: the title
        may be in lower case, as an apposition after the name writes it ("Name, minister of
        A, B and C of X")."""
        doc = self.ctx.doc
        if doc[j].text == "," and j + 2 < len(doc) and doc[j + 1].lower_ == "and":
            # "A, B, and C": a serial comma before the last item, in a list of three or more (a
            # comma before the item it closes); "Name, the president of X, and Name" is two people
            i = j - 1
            while i > lo and doc[i].text[:1].isupper():
                i -= 1
            return i < j - 1 and doc[i].text == "," and self._portfolio_list(j + 1, lo, lower_title)
        if doc[j].text not in (",", "and") or j + 1 >= len(doc) or not doc[j + 1].text[:1].isupper():
            return False
        k = j + 1
        while k < len(doc) and (doc[k].text[:1].isupper() or doc[k].text == ",") and doc[k].lower_ != "and":
            k += 1
        if doc[j].text == "," and (k >= len(doc) or doc[k].lower_ != "and"):
            return False
        i = j - 1
        while i > lo and (doc[i].text[:1].isupper() or doc[i].text == ","):
            person = self.ctx.mention_at(doc[i])
            if person is not None and person.entity.type == EntityType.PERSON:
                return False
            i -= 1
        return i > lo and i < j - 1 and doc[i].lower_ in ("for", "of") \
            and (lower_title or doc[i - 1].text[:1].isupper()) and doc[i - 1].lower_ in self.w["title_heads"]

    def _title_run_from(self, tokens, k: int) -> bool:
        """A title's head at tokens[k], or after at most two other title words or an article
        ("vice premier", "a vice premier")."""
        for t in tokens[k:k + 3]:
            if t.pos_ == "DET":
                continue  # "and a vice premier of Y"
            if t.lower_ in self.w["title_heads"]:
                return True
            if not self._is_title_token(t) or self.ctx.mention_at(t) is not None:
                return False
        return False

    def _next_names(self, tokens, m: Mention) -> bool:
        """A phrase set off by commas with another person's name on its far side."""
        doc = self.ctx.doc
        after, before = tokens[-1].i + 1, tokens[0].i - 1
        near = []
        if after + 1 < len(doc) and doc[after].text == ",":
            near.append(doc[after + 1])
        if before - 1 >= 0 and doc[before].text == ",":
            near.append(doc[before - 1])
        for tok in near:
            x = self.ctx.mention_at(tok)
            if x is not None and x.start <= m.start < x.end:
                continue
            # a person's name, or a proper noun the model left untagged ("..., Ana Quispe, and")
            if x is not None and x.entity.type == EntityType.PERSON or x is None and tok.pos_ == "PROPN" \
                    and tok.text[:1].isupper():
                return True
        return False

    def _restated(self, tokens, found):
        """"member of the Standing Committee of the Political Bureau of the C.C., the X Party of
        Y (XPY)": a body the gazetteer does not know, at the end of the phrase and restated after
        the comma by an organisation it knows, is a body of that organisation."""
        employer, words_ = found
        doc = self.ctx.doc
        last = self.ctx.mention_at(tokens[-1])
        j = tokens[-1].i + 1
        if employer.type != EntityType.ORGANIZATION or last is None or last.entity.id != employer.id \
                or self.ctx.gz.lookup(last.text) is not None or j + 1 >= len(doc) or doc[j].text != ",":
            return found
        k = j + 2 if doc[j + 1].lower_ == "the" else j + 1
        after = self.ctx.mention_at(doc[k]) if k < len(doc) else None
        if after is None or after.start != k or after.entity.type != EntityType.ORGANIZATION \
                or self.ctx.gz.lookup(after.text) is None or not (after.end >= len(doc) or doc[after.end].text in ("(", ",")):
            return found
        body = [t.text for t in doc[last.start:last.end] if t.lower_ != "the"]
        return after.entity, words_ + ["of"] + body

    @staticmethod
    def _participle_modifier(tok) -> bool:
        """A participle that modifies the title noun after it ("recently-elected", "newly
        appointed"): part of the phrase, no verb of the clause."""
        return tok.dep_ == "amod" and tok.pos_ == "VERB" and tok.i < tok.head.i

    def _subject_owner(self, pron) -> Entity | None:
        """"The Ruritanian Foreign Ministry has sent their special envoy Name": a possessive that
        names no person, before a title that is the object of a clause whose subject is a state or
        a state's body, is that subject's."""
        if pron.lower_ in self.w["person_pronouns"] or pron.lower_ not in self.w["possessive_pronouns"]:
            return None
        noun = pron.head
        if noun.dep_ != "dobj":
            return None
        subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        x = self.ctx.mention_at(subject) if subject is not None else None
        if x is None or x.entity.type not in (EntityType.STATE, EntityType.ORGANIZATION):
            return None
        return self._employer(x)

    def _listed_owner(self, i: int) -> Entity | None:
        """The organisation that employs the titled name right before the comma before doc[i]
        ("the X Party chief A, its deputy chief B": the X Party)."""
        doc = self.ctx.doc
        if i < 2 or doc[i - 1].text != "," or doc[i].pos_ != "PRON":
            return None
        before = self.ctx.mention_at(doc[i - 2])
        if before is None or before.entity.type != EntityType.PERSON or before.end != i - 1:
            return None
        found = self.premodifier(before)
        return found[0] if found is not None and found[0].type == EntityType.ORGANIZATION else None

    def _participle_after_title(self, tok) -> bool:
        """"a Bloc major general involved in planning, Name": a past participle after the
        title's head, with its own phrase; part of the apposition, no part of the title."""
        return tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.i < tok.i \
            and (tok.head.lower_ in self.w["title_heads"] or tok.head.lemma_.lower() in self.w["title_heads"])

    def _first_title_head(self, tokens) -> int:
        """Where the first title head word of a title's tokens stands."""
        return next(k for k, t in enumerate(tokens)
                    if t.lower_ in self.w["title_heads"] or t.lemma_.lower() in self.w["title_heads"])

    def _title_phrase(self, tokens, m: Mention):
        if not tokens or not any(t.lower_ in self.w["title_heads"] or t.lemma_.lower() in self.w["title_heads"]
                                 for t in tokens):
            return None
        sent = self._principal_envoy(tokens)
        if sent is not None:
            return sent
        served = self._principal_aide(tokens)
        if served is not None:
            return served
        if any(self.ctx.mention_at(t) is not None and self.ctx.mention_at(t).entity.type == EntityType.PERSON
               for t in tokens):
            return None
        first_head = self._first_title_head(tokens)
        conj = next((k for k, t in enumerate(tokens) if t.lower_ == "and" and first_head < k < len(tokens) - 1
                     and self.ctx.mention_at(t) is None and self._title_run_from(tokens, k + 1)), None)
        if conj is not None:
            # "member of the A of the B Party and premier of the C of Y": two posts, each with its
            # own employer; the first is read here, the second kept for `read`
            found = self._title_phrase(tokens[:conj], m)
            if found is not None:
                self._second_posts[(m.start, m.end)] = tokens[conj + 1:]
                return found
        before = tokens[0].doc[tokens[0].i - 1] if tokens[0].i > 0 else None
        governed = before is not None and before.pos_ == "ADP"  # "on [behalf of the President of X], Name"
        root = tokens[0].doc[m.start:m.end].root
        apposed = root.dep_ == "appos" and root.head.i == tokens[first_head].i
        if apposed and not governed and root.head.left_edge.i > tokens[0].i:
            # "the meeting of the Prime Minister of X, Name": the name in apposition to the
            # title, which starts where the title's own phrase does
            tokens = tokens[root.head.left_edge.i - tokens[0].i:]
            first_head = self._first_title_head(tokens)
        last = tokens[-1]
        if not apposed and last.lower_ in self.w["relative_titles"] and tokens[0].i < last.left_edge.i <= last.i \
                and last.i + 1 == m.start - 1:
            # "paid a visit to his Ruritanian counterpart, Name": the counterpart's own phrase
            tokens = tokens[last.left_edge.i - tokens[0].i:]
            first_head = self._first_title_head(tokens)
            apposed = True
        if not governed and not apposed and any(t.pos_ == "ADP" and any(u.pos_ == "NOUN" for u in tokens[:k])
                                for k, t in enumerate(tokens[:first_head])):
            # "an official ceremony for the visiting president": the title is a noun's complement
            # (a phrase opening on its preposition, "to the prime minister, Name", or governed by
            # one, "on behalf of the President of X, Name", is still his)
            return None
        employer, emp_tokens, cut = None, set(), None
        weak: set[int] | None = None  # the tokens of an unknown body read as employer before the head
        seen_head = False
        # "received in Z-City the vice president of X, Name", "received at the Y Palace the
        # foreign minister of X, Name": the verb's own prepositional phrase before the title says
        # where, not whose, and is no part of the title
        where: set[int] = set()
        if governed and before.head.pos_ in ("VERB", "AUX") and before.head.i < before.i:
            where = {u.i for c in before.children if c.dep_ == "pobj" and c.i < tokens[first_head].i
                     for u in c.subtree if u.i <= c.i}
        for k, t in enumerate(tokens):
            if t.i in where:
                emp_tokens.add(t.i)
                continue
            if t.lower_ in self.w["title_heads"] or t.lemma_.lower() in self.w["title_heads"]:
                seen_head = True
            other = self.ctx.mention_at(t)
            if other is None and employer is None and t.dep_ == "poss" and k == 0:
                # "Fiji halted its imports, its prime minister, Name, said": the pronoun's state
                owner = next((self._employer(a) for a in self.args.coref.title_owner(t)), None)
                if owner is not None:
                    employer = owner
                    emp_tokens.add(t.i)
                continue
            if other is not None and employer is not None and weak is not None and seen_head \
                    and other.entity.type in (EntityType.STATE, EntityType.ORGANIZATION) \
                    and (self.ctx.gz.lookup(other.text) is not None or other.gazetteer_id is not None) \
                    and k >= 2 and tokens[k - 1].lower_ in ("of", "the") \
                    and (tokens[k - 1].lower_ == "of" or tokens[k - 2].lower_ == "of"):
                # "A, Central Z commander of the Y Forces": a name the gazetteer does not know
                # before the title's head is where the post is; the known body after "of" is whose
                emp_tokens -= weak
                employer, weak = None, None
            if other is None or employer is not None:
                continue
            led = other.end + 2 if self._led_participle(other.end + 1) else None
            if led is not None and any(u.i >= led and self.ctx.mention_at(u) is not None
                                       and self._employer(self.ctx.mention_at(u)) is not None for u in tokens[k:]):
                # "spokesman of the X-led Y Government": who leads the body is not whose post it is;
                # the body named after the participle is
                emp_tokens.update(range(other.start, led))
                continue
            at = k - 1  # the word before the mention, past its article and describing words
            while at > 0 and (tokens[at].pos_ == "DET" or (tokens[at].pos_ in ("ADJ", "ADV") or tokens[at].dep_ == "amod")
                                and tokens[at].text.islower()):
                at -= 1
            prev = tokens[at].lower_ if at >= 0 else ""
            if prev in ("to", "in", "with", "on", "toward", "towards", "against") \
                    and not (prev == "in" and self._formal_state(other) and not self._envoy([u.text for u in tokens[:k]])):
                # "ambassador to Russia": the host, not the employer (but "Deputy Minister of
                # Defence in the Kingdom of X": a post in a state named in full is that state's)
                continue
            if prev == "for" and self._envoy_posted(tokens[at].i + 1, tokens[0].i):
                # "Personal Envoy of the Secretary-General for X": an envoy's "for"
                # phrase is his posting, as "to" is; whoever sends him employs him
                continue
            emp = self._employer(other)
            if emp is None:
                continue
            owned = self._owned_body(other, tokens[-1].i + 1) if emp.type == EntityType.STATE else None
            if owned is not None and self._envoy([u.text for u in tokens[k:]]):
                # "X's deputy U.N. envoy, Name": the body after the possessive is the envoy's
                # posting, not the state's own body; the state that sends him employs him
                owned = None
            if owned is not None:
                # "leader of X's ruling Y Party": the state's body after the possessive is whose
                employer = owned[0]
                emp_tokens.update(range(other.start, owned[1]))
                continue
            owner = self._owning_state(other) if emp is other.entity else None
            if owner is not None:
                # "First Secretary of the [Central Committee of the X Party] of [Y]": a body the
                # gazetteer does not know, named as a state's, is that state's; it stays in the title
                employer, (lo, hi) = owner
                emp_tokens.update(range(lo, hi))
                continue
            employer = emp
            if not seen_head and emp is other.entity \
                    and other.gazetteer_id is None and self.ctx.gz.lookup(other.text) is None:
                weak = set(range(other.start, other.end))
            body = self._of_suffix(other) if other.entity.type == EntityType.ORGANIZATION else None
            if body is not None and body[0].id == emp.id:
                # "chairman of the Cabinet of Ministers of X": the body stays in the title
                emp_tokens.update(range(other.start + body[1], other.end))
            else:
                emp_tokens.update(range(other.start, other.end))
                if seen_head and prev in ("of", "for", "at", "in"):
                    cut = at  # "the Defense Minister of Russia": the title ends before "of"
        if employer is None:
            employer = self._pronoun_employer(tokens, m)
        if employer is None:
            return None
        kept = tokens[:cut] if cut is not None else tokens
        # a participle before the title ("recently-elected", "newly appointed") and its own
        # modifiers are no part of the title
        modifiers = {t.i for t in kept if self._participle_modifier(t)}
        modifiers |= {t.i for t in kept if t.head.i in modifiers and t.i < t.head.i}
        modifiers |= {u.i for t in kept if self._participle_after_title(t) for u in t.subtree}
        # "also chairman of X": an adverb before the title is no part of it
        modifiers |= {t.i for t in kept if t.pos_ == "ADV" and t.dep_ == "advmod" and t.i < kept[0].i + 1}
        words_ = [t.text for t in kept if t.i not in emp_tokens and t.i not in modifiers and t.dep_ not in ("det",)
                  and t.lower_ not in ("a", "an", "the", "its", "whose") and t.text not in ("’s", "'s", ",")]
        while words_ and words_[-1].lower() in _TITLE_SMALL:
            words_.pop()
        while words_ and words_[0].lower() in _TITLE_SMALL:
            words_.pop(0)
        if not any(w_.lower() in self.w["title_heads"] for w_ in words_):
            return None  # "an audience with the Sultan of X, Name": the title is the employer's name, not his
        if self._paired_posts(tokens, words_):
            return None
        return (employer, words_) if words_ else None

    def _person_in(self, tokens) -> bool:
        return any(self.ctx.mention_at(u) is not None and self.ctx.mention_at(u).entity.type == EntityType.PERSON
                   for u in tokens)

    def _principal_aide(self, tokens) -> tuple[Entity, list[str]] | None:
        """An aide's title phrase with his principal after "to": "A, Senior Adviser to the
        Ruritanian President", "A, a close adviser to X's supreme leader B", "aide to the X
        government". The "to" phrase names whom he serves, not a host (an envoy's "to" phrase
        stays his posting): the state that principal's title or government is qualified by is
        the aide's own. The title is the aide's words before "to"."""
        for k, t in enumerate(tokens[:-2]):
            if t.lower_ not in self.w["aide_titles"] or tokens[k + 1].lower_ != "to":
                continue
            j = k + 3 if tokens[k + 2].lower_ == "the" and k + 3 < len(tokens) else k + 2
            owner = self.ctx.mention_at(tokens[j])
            if owner is None:
                return None
            employer = None
            if owner.entity.type == EntityType.PERSON:
                # "the Ruritanian President": a description whose state leads it
                found = self._state_prefix(" ".join(u.text for u in self.ctx.doc[owner.start:owner.end]
                                                    if u.lower_ != "the"))
                employer = found[0] if found is not None and not self._person_in(
                    tokens[owner.end - tokens[0].i:]) else None
            elif owner.entity.type == EntityType.STATE:
                n = owner.end - tokens[0].i
                if n < len(tokens) and tokens[n].text in POSSESSIVE_MARKS:
                    n += 1
                while n < len(tokens) and tokens[n].text.islower() and tokens[n].pos_ == "ADJ":
                    n += 1  # "X's supreme leader"
                if n < len(tokens) and tokens[n].lower_ in self.w["title_heads"]:
                    employer = owner.entity  # (the name after the principal's title is the principal's)
                elif n < len(tokens) and tokens[n].lower_ in self.w["government_nouns"] and not self._person_in(tokens[n:]):
                    employer = owner.entity  # (a name after "the X government" is the next person's)
            words_ = [u.text for u in tokens[:k + 1] if u.lower_ not in ("a", "an", "the")
                      and (self._is_title_token(u) or u.pos_ == "ADJ")]
            return (employer, words_) if employer is not None else None
        return None

    def trailing_title(self, m: Mention):
        """"HE A B Ambassador of the Republic of X, C D the High Commissioner of Y and ...":
        lists of envoys (credentials, courtesy calls) write the title after the name with no
        comma between. A title that opens right after the name and names its state or body
        through "of" is the name's; the phrase ends at a comma, a bracket, a verb, a line break
        or an "and" that opens no further title. A person named right after the phrase owns it
        instead ("A Foreign Minister of X B": B's title), so then nothing is read."""
        doc = self.ctx.doc
        sent = self.ctx.sentence(m.start)
        k = m.end
        if k < sent.end and doc[k].lower_ == "the":
            k += 1
        if k >= sent.end or self.ctx.mention_at(doc[k]) is not None or not (
                self._is_title_token(doc[k]) or k + 1 < sent.end and envoy_title_ends(doc, k + 1, k)):
            return None  # (an envoy's title of two words opens on a word of no other title: "high commissioner")
        j = k
        while j < sent.end and doc[j].text not in (",", ";", ":", ".", "(", ")", "–", "—", "“", "”", '"') \
                and not doc[j].is_space \
                and doc[j].pos_ not in ("VERB", "AUX") and j - k <= 16:
            if doc[j].lower_ in ("and", "or") and not (j + 1 < sent.end and self._is_title_token(doc[j + 1])):
                break
            other = self.ctx.mention_at(doc[j])
            if other is not None and other.entity.type == EntityType.PERSON:
                return None
            j = other.end if other is not None and other.end > j else j + 1
        tokens = list(doc[m.end:j])
        if not any(t.lower_ == "of" for t in doc[k:j]):
            return None
        return self._title_phrase(tokens, m)

    def _owned_body(self, state: Mention, stop: int) -> tuple[Entity, int] | None:
        """The organisation a state's possessive names ("X's ruling Y Party", "X's main
        opposition Z"), before `stop`: it and where its name ends; None when the possessive
        owns no named body."""
        doc = self.ctx.doc
        k = state.end
        if k >= stop or doc[k].text not in ("’s", "'s"):
            return None
        k += 1
        while k < stop and doc[k].text.islower() and doc[k].pos_ in ("ADJ", "NOUN", "VERB", "ADV") \
                and self.ctx.mention_at(doc[k]) is None:
            k += 1
        body = self.ctx.mention_at(doc[k]) if k < stop else None
        if body is None or body.start != k or body.entity.type != EntityType.ORGANIZATION:
            return None
        if body.end + 1 < stop and doc[body.end].text in ("-", "‐", "–") and not doc[body.end].whitespace_ \
                and doc[body.end + 1].text.islower():
            return None  # "X's UN-recognised government": a body hyphened to a participle describes; X's own
        return body.entity, body.end

    def _paired_posts(self, tokens, words_: list[str]) -> bool:
        """"..., the president and prime minister of X": one definite phrase coordinating a
        state's two top posts (mentions.json paired_posts) names the two people holding them."""
        lowered = [w_.lower() for w_ in words_]
        if tokens[0].lower_ != "the" or lowered.count("and") != 1:
            return False
        at = lowered.index("and")
        cats = {self.ctx.gz.title_category(self.ctx.gz.normalise_title(" ".join(part)) or "")
                for part in (words_[:at], words_[at + 1:])}
        return len(cats) == 2 and cats <= set(self.w["paired_posts"])

    def bare_title(self, m: Mention):
        """"with Prime Minister Ulf Kristersson handing over ...", "the then leader X": a title
        before the name and no state in the phrase. The state is the one the gazetteer gives the
        person for that title (at the article's time, or any time for a 'then'/'former' title),
        else the only state the article has named so far; anything less certain is no role."""
        doc = self.ctx.doc
        start, words_ = self._bare_words(m)
        if not any(w.lower() in self.w["title_heads"] for w in words_):
            # "Secretary of State A", "Minister of Foreign Affairs B": the words before the name
            # are the portfolio only; the head and its "of" before them are the title
            start, words_ = self._listed_title(m)
        i = start - 1
        sent_start = self.ctx.sentence(m.start).start
        if i >= sent_start and self.ctx.mention_at(doc[i]) is not None:
            return None  # "Russian President X", "Kenya's X": the premodifier reader's case
        words_ = words_ or self._inner_title(m)
        if not any(w.lower() in self.w["title_heads"] for w in words_):
            return None
        past = any(w.lower() in ("then", "former", "late", "ex") for w in words_)
        words_ = [w for w in words_ if w.lower() not in ("then", "late")]
        title = self.ctx.gz.normalise_title(" ".join(words_))
        if not title:
            return None
        published = self.ctx.article.published.isoformat() if self.ctx.article.published else None
        # An undated article: the offices the gazetteer gives the person at any time; the title
        # the text gives him must still match offices of one state only.
        on = None if past else published
        roles = self.ctx.gz.roles(m.entity, on)
        wanted = title[len("Former "):] if title.startswith("Former ") else title
        # "the then leader X": a generic title matches any office of its kinds (mentions.json)
        kinds = set(self.w["generic_titles"].get(wanted, ()))
        states = {getattr(r, "state", None) for r in roles if getattr(r, "title", None) == wanted
                  or (kinds and self.ctx.gz.title_category(getattr(r, "title", "") or "") in kinds)}
        if len(states) == 1:
            found = self.ctx.gz.by_id(next(iter(states)) or "")
            if found is not None and found.type in (EntityType.STATE, EntityType.ORGANIZATION):
                if on is None and not past:
                    self._undated_known.add(m.start)
                return found, words_
        root = doc[m.start:m.end].root
        if not past:
            described = self._described_before(m, title)
            if described is not None:
                self._guessed.add(m.start)
                return described, words_
            described = self._announcer(m, title)
            if described is not None:
                return described, words_
        if past or root.dep_ not in ("nsubj", "nsubjpass"):
            return None  # only an acting holder of a current post is read from context
        # The state must be in this sentence or the one before, and not as the host of a
        # gathering ("Kenya hosted the summit. Prime Minister X ...": X may be any guest).
        first = self.ctx.sentence(sent_start - 1).start if sent_start > 0 else sent_start
        if first > 0 and first < sent_start and not any(
                x.entity.type == EntityType.STATE and first <= x.start < sent_start for x in self.ctx.res.mentions):
            # "... the capital of X. Prime Minister A was seized .... Interim president B is also
            # held.": a sentence naming no state between them leaves the one before in reach
            first = self.ctx.sentence(first - 1).start
        named = {x.entity.id: x.entity for x in self.ctx.res.mentions
                 if first <= x.start < m.start and x.entity.type == EntityType.STATE and not self._hosts(x)
                 and not self._destination(x) and not self._describes_person(x)}
        if any(first <= x.start < m.start and (region := self._region_of(x)) is not None and region.id not in named
               for x in self.ctx.res.mentions):
            return None  # "in northern Z ... near the border with Y, President X said": two states
        if len(named) == 1 and not any(x.entity.type == EntityType.STATE and x.entity.id not in named
                                       for x in self.ctx.res.mentions if x.start > m.start):
            state = next(iter(named.values()))
            # A person the gazetteer knows serves some state; a nearby other state is where the
            # story is, not whom they serve ("... in Libya. President Pedro Sanchez flew home").
            if not self._may_serve(m.entity, state):
                return None
            self._guessed.add(m.start)
            return state, words_
        return None

    def _settle_guesses(self, facts: list[Fact], people: dict[int, Fact]) -> list[Fact]:
        """A bare title's state guessed from its context (`bare_title`: the only state named
        near it, or a post of that kind described in the sentence before) stands only when the
        rest of the article does not give the same person another state by a title of his own
        ("Vietnamese Foreign Minister X ... Foreign Minister X presents a photo to Ruritania's
        foreign minister": the nearest state was the other side's). Nor is that state his
        further on. (A guess for a person the gazetteer knows was checked against its record
        already, `_may_serve`.) Another state near him is no reason to doubt: in "President A
        of Y is in Z ... President B welcomed him" B's is the nearer state."""
        held = _own_states(f for start, f in people.items() if start not in self._guessed)
        doubted = set()
        for start in self._guessed:
            guess = people.get(start)
            if guess is None:
                continue
            if self.ctx.gz.roles(Entity(id=guess.subject_id, name=guess.subject, type=EntityType.PERSON)):
                continue  # the gazetteer has him in that state's office at some time (`_may_serve`)
            if held.get(guess.subject_id, set()) - {guess.object_id}:
                doubted.add((guess.subject_id, guess.object_id))
        # a state once shown to be another's beside him is no more his further on ("He also
        # briefed Minister X")
        drop = {id(people[start]) for start in self._guessed if start in people
                and (people[start].subject_id, people[start].object_id) in doubted}
        self._guesses = [people[start] for start in self._guessed if start in people
                         and id(people[start]) not in drop]
        return [f for f in facts if id(f) not in drop]

    def met_hosts(self, meetings: list[Fact], roles: list[Fact]) -> list[Fact]:
        """"Foreign Minister X met A, Foreign Secretary of Y", "President X held talks with
        Premier A" (A Y's by a title of his own): a bare title's state guessed from its context
        (`_settle_guesses`) is not the state of an official he meets; the nearest state was the
        host's or the other side's, and no role is read for him with it."""
        guesses = {id(f) for f in self._guesses}
        held = _own_states(f for f in roles if id(f) not in guesses and f.relation == "HOLDS_ROLE")
        met: dict[str, set[str]] = {}
        for f in meetings:
            if f is not None and f.relation == "MET_WITH":
                met.setdefault(f.subject_id, set()).update(held.get(f.object_id, set()) | {f.object_id})
                met.setdefault(f.object_id, set()).update(held.get(f.subject_id, set()) | {f.subject_id})
        hosted = {(f.subject_id, f.object_id) for f in self._guesses if f.object_id in met.get(f.subject_id, ())}
        return [f for f in roles if not (f.relation == "HOLDS_ROLE" and (f.subject_id, f.object_id) in hosted
                                         and id(f) in guesses)]

    def _region_of(self, x: Mention) -> Entity | None:
        """The state a longer name ends with ("Northern Z", "Eastern Z", and as much "Air Z" or
        "Bank Z", which say that Z too is in the story); None for a state's own mention or a name
        that ends with no state."""
        if x.entity.type == EntityType.STATE or x.end - x.start < 2:
            return None
        rest = self.ctx.gz.lookup(self.ctx.doc[x.start + 1:x.end].text)
        return rest if rest is not None and rest.type == EntityType.STATE else None

    def _describes_person(self, x: Mention) -> bool:
        """"the Ruritanian foreign minister", "the Ruritanian official's visit": a demonym that
        describes another person (a title or an actor noun after it) says whose that person is,
        not which state the article is about; so does a state after a title's "of" ("the Prime
        Minister of Ruritania", "the leaders of A and B")."""
        nouns = (self.w["title_heads"], self.w["actor_nouns"])
        root = docindex.first_conjunct(self.ctx.doc[x.start:x.end].root)  # "the leaders of A and B": B is described as A is
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.i < root.i:
            # "... welcomed X, the Prime Minister of Ruritania. President Y said": a state after
            # a title's "of" is whom that titled person serves, as the demonym before it is
            owner = root.head.head
            return owner.lower_ in self.w["title_heads"] or owner.lemma_.lower() in self.w["title_heads"]
        tok = self.ctx.doc[x.end - 1]
        head = tok.head
        if tok.dep_ not in ("amod", "compound", "nmod") or head.i <= tok.i or self.ctx.gz.demonym_state(x.text) is None:
            return False
        return any(head.lower_ in n or head.lemma_.lower() in n for n in nouns)

    def _announcer(self, m: Mention, title: str) -> Entity | None:
        """"The Ministry of Foreign Affairs of Ruritania announced that Foreign Minister X will
        ...": a bare title of a state's office, the subject of a clause a state or a state's
        body reports, is that state's (when the gazetteer does not have the person serving
        another)."""
        doc = self.ctx.doc
        root = doc[m.start:m.end].root
        clause = root.head
        if root.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or self.ctx.gz.title_category(title) is None:
            return None
        verb = clause.head
        if verb.lemma_.lower() not in self.ctx.lex["blame_frame"]["reporting_verbs"]:
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return None
        mention = self.ctx.mention_at(subject)
        own = self._employer(mention) if mention is not None and mention.entity.type in (
            EntityType.STATE, EntityType.ORGANIZATION) else None
        if own is not None and own.type == EntityType.STATE:
            state = own  # Ruritania, "the Ministry of Trade of Ruritania" read whole
        elif subject.lower_ in self.w["body_heads"] or subject.lemma_.lower() in self.w["body_heads"]:
            # the body's own state: "the Ministry ... of Ruritania", "Ruritania's Foreign Ministry"
            states = {x.entity.id: x.entity for x in (self.ctx.mention_at(t) for t in subject.subtree)
                      if x is not None and x.entity.type == EntityType.STATE}
            if len(states) != 1:
                return None
            state = next(iter(states.values()))
        else:
            return None
        return state if self._may_serve(m.entity, state) else None

    def _may_serve(self, person: Entity, state: Entity) -> bool:
        """Whether a state read from the article's context may be the one a person serves: any
        state for a person the gazetteer does not know, else only one it gives him at some time."""
        known = {getattr(r, "state", None) for r in self.ctx.gz.roles(person)}
        return not known or state.id in known

    def _descriptions(self, sent_no: int, wider: bool = False) -> list[tuple[Entity, str]]:
        """The posts a sentence describes by their state and no name: "the Ruritanian foreign
        secretary", "Ruritania's new foreign minister" (a title run, a describing adjective
        before it allowed, after a demonym or a state's possessive); each state with the
        normalised title. `wider` also reads "the acting oil minister of X" and "X has ..., its
        oil minister said" (for a lead's subject named next, `described_newcomer`; a bare title
        after them is left to the narrower forms, as an of-phrase post is often the other
        side's: "the Prime Minister of X will host the Prime Minister of Y")."""
        doc = self.ctx.doc
        sent = self.ctx.sents[sent_no]
        found = []
        index = docindex.of(doc)
        for k in range(sent.start, sent.end):  # (the index's strings: no Token made or decoded anew)
            low = index.lowers[k]
            if not (low in self.w["title_heads"] or index.lemmas[k] in self.w["title_heads"]) \
                    or low in self.w["relative_titles"]:
                continue
            tok = index.tokens[k]
            nxt = doc[tok.i + 1] if tok.i + 1 < sent.end else None
            owner = self._of_state(tok) if wider and nxt is not None and nxt.lower_ == "of" else None
            if owner is None and nxt is not None and (self._is_title_token(nxt) or self._named_person(nxt)):
                continue  # not the run's last word, or a title with its own name after it
            i = tok.i
            while i - 1 >= sent.start and self._is_title_token(doc[i - 1]) and doc[i - 1].lower_ not in _TITLE_SMALL:
                i -= 1
            title = self.ctx.gz.normalise_title(" ".join(t.text for t in doc[i:tok.i + 1]))
            while i - 1 >= sent.start and doc[i - 1].pos_ == "ADJ" and doc[i - 1].text.islower():
                i -= 1  # "Ruritania's new foreign minister": a description, no title
            if title is None or i - 1 < sent.start:
                continue
            end = i - 1 if doc[i - 1].text in ("’s", "'s") else i
            state = owner if doc[i - 1].lower_ == "the" else None
            if wider and doc[i - 1].lower_ == "its":
                state = self._subject_state(sent, i - 1)
            for n in (3, 2, 1):
                if state is not None:
                    break
                if end - n < sent.start:
                    continue
                text = doc[end - n:end].text
                state = self.ctx.gz.demonym_state(text) if end == i else None
                state = state or self.ctx.gz.lookup(text)
                if state is not None:
                    break
            if state is not None and state.type == EntityType.STATE:
                found.append((state, title))
        return found

    def _of_state(self, head) -> Entity | None:
        """"the interim trade minister of postwar Y": the state an of-phrase after a title head
        names, when that phrase is the state's name and nothing else (no title or name after:
        "the Prime Minister of X, A" names its holder, and is no description)."""
        doc = self.ctx.doc
        if any(c.dep_ == "appos" for c in head.children):
            return None
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for obj in prep.children:
                m = self.ctx.mention_at(obj)
                after = obj.right_edge.i + 1
                named = after + 1 < len(doc) and doc[after].text == "," and self._named_person(doc[after + 1])
                if obj.dep_ == "pobj" and m is not None and m.entity.type == EntityType.STATE and not named \
                        and obj.right_edge.i == m.end - 1 and not any(c.dep_ in ("appos", "prep") for c in obj.children):
                    return m.entity
        return None

    def _subject_state(self, sent, its: int) -> Entity | None:
        """"Ruritania has raised output, its oil minister said": the state "its" stands for, the
        one state that is a clause subject before it in the sentence."""
        found = {m.entity.id: m.entity for m in self.ctx.res.mentions
                 if sent.start <= m.start < its and m.entity.type == EntityType.STATE
                 and self.ctx.doc[m.start:m.end].root.dep_ in ("nsubj", "nsubjpass")}
        return next(iter(found.values())) if len(found) == 1 else None

    def _named_person(self, tok) -> bool:
        """A person's name proper at the token, not a description the resolver read as one."""
        other = self.ctx.mention_at(tok)
        return other is not None and other.entity.type == EntityType.PERSON and other.start == tok.i \
            and not self._is_title_token(tok)

    def _described_before(self, m: Mention, title: str) -> Entity | None:
        """"The Ruritanian foreign secretary has ordered ... . Foreign Secretary X, ...": a bare
        title in the sentence after the same post was described with its state is that state's,
        when the sentence before describes exactly one such post and the gazetteer does not have
        the person serving another state."""
        here = self.ctx.sentence_no(m.start)
        if here == 0:
            return None
        states = {s.id: s for s, t in self._descriptions(here - 1) if t == title}
        if len(states) != 1:
            return None
        state = next(iter(states.values()))
        return state if self._may_serve(m.entity, state) else None

    def described_newcomer(self, m: Mention):
        """"Ruritania's new foreign minister has arrived in Z. X landed at ...": a name with no
        title, the first person of the sentence after one that describes a post by its state and
        no name, is that post's holder only when the gazetteer has him holding it (a post of that
        kind, for that state) on the article's date."""
        here = self.ctx.sentence_no(m.start)
        published = self.ctx.article.published
        if here == 0 or published is None:
            return None
        sent = self.ctx.sents[here]
        first = next((x for x in self.ctx.res.mentions if sent.start <= x.start < sent.end
                      and x.entity.type == EntityType.PERSON), None)
        if first is not m:
            return None
        described = self._descriptions(here - 1, wider=True)
        if len(described) != 1:
            return None
        state, title = described[0]
        if not self.ctx.gz.roles(m.entity) and self._named_after_description(m, here):
            return state, title.split()
        kind = self.ctx.gz.title_category(title)
        held = [r for r in self.ctx.gz.roles(m.entity, published.isoformat()) if getattr(r, "state", None) == state.id
                and (r.title == title or kind is not None and self.ctx.gz.title_category(r.title or "") == kind)]
        return (state, title.split()) if held else None

    @staticmethod
    def _main_subjects(sent) -> list:
        """The subjects of a sentence's main verb, and of a report put before it ("X will meet
        Y, a spokesman said", "A has predicted B will double": the report has a subject of its own)."""
        root = sent.root
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        subjects += [c for t in root.children if t.dep_ == "ccomp" and t.i < root.i
                     for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        return subjects

    def _named_after_description(self, m: Mention, here: int) -> bool:
        """The delayed naming of a news lead: "Ruritania's energy minister said on Monday ... .
        X told reporters ...": the sentence before is led by a post described by its state and
        no name, and names no one; this one is led by a name the article has not given before,
        with no description of its own set beside it (an apposition would say who else he is).
        The person the gazetteer does not know is then that post's holder (one it knows is
        settled by its own record, `described_newcomer`)."""
        doc = self.ctx.doc
        sent, prev = self.ctx.sents[here], self.ctx.sents[here - 1]
        if not any(m.start <= c.i < m.end for c in self._main_subjects(sent)):
            return False
        if not any(c.lower_ in self.w["title_heads"] or c.lemma_.lower() in self.w["title_heads"]
                   for c in self._main_subjects(prev)):
            return False
        if any(x.entity.type == EntityType.PERSON and x.start < sent.start
               and (prev.start <= x.start or x.entity.id == m.entity.id) for x in self.ctx.res.mentions):
            return False
        return not any(c.dep_ == "appos" for t in doc[m.start:m.end] for c in t.children)

    def _destination(self, x: Mention) -> bool:
        """"During his visit to X, President Y ...", "after visiting X, Y ...": a state named as
        where a trip went says nothing of whose official the traveller is."""
        tok = self.ctx.doc[x.end - 1]
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ in ("to", "in") and head.head.lemma_.lower() in self.ctx.lex["trip_nouns"]:
            return True
        return tok.dep_ == "dobj" and head.lemma_.lower() in self.ctx.lex["trip_nouns"] and head.pos_ == "VERB"

    def _hosts(self, x: Mention) -> bool:
        tok = self.ctx.doc[x.end - 1]
        return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in self.w["hosting_verbs"]

    def _clause_slot(self, m: Mention):
        """The token that stands for the person in the clause: the name's root, or, when the name
        is set off by commas after a title ("Ruritanian President, A B, was elected ...", "elected
        President of Ruritania, A B, as chair of ..."), the title noun it is in apposition to."""
        root = self.ctx.doc[m.start:m.end].root
        head = root.head
        if root.dep_ == "appos" and head.i < m.start and self.ctx.mention_at(head) is None \
                and (head.lemma_.lower() in self.w["title_heads"] or head.lower_ in self.w["title_heads"]):
            return head
        return root

    def appointment(self, m: Mention):
        """"X has (re)appointed P as foreign minister"; a title in the "as" phrase that names its
        own body ("elected P as chair of the Y Union") holds the post of that body, not of the
        electors."""
        root = self._clause_slot(m)
        verb = root.head
        if root.dep_ != "dobj" or not verb.lower_.startswith(tuple(self.w["appointment_prefixes"])):
            return None
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "as":
                for p in c.children:
                    if p.dep_ == "pobj" and (p.lemma_.lower() in self.w["title_heads"] or p.lower_ in self.w["title_heads"]):
                        own = self._title_owner(p, (EntityType.STATE, EntityType.ORGANIZATION), known=True)
                        subj = [a.entity for a in self.args.subjects(verb)
                                if a.entity.type in (EntityType.STATE, EntityType.ORGANIZATION)]
                        if own is not None or subj:
                            words_ = [t.text for t in p.subtree if t.dep_ not in ("det", "punct")]
                            return own or subj[0], words_, verb
        return None

    def accession(self, m: Mention):
        """"X was sworn in as Nigeria's president", "X was elected president of Argentina",
        "X became Chile's first female president", "X took office as prime minister of Britain":
        the person is the subject and the post a predicate of a verb of taking office
        (mentions.json accession_verbs)."""
        root = self._clause_slot(m)
        stand_in = root.i not in range(m.start, m.end)  # the title the name is in apposition to
        verb = root.head
        if root.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_.lower() not in self.w["accession_verbs"]:
            return None
        objects = self.w["accession_objects"]  # "took office as ...": "take" needs its object
        needed = objects.get(verb.lemma_.lower())
        # "took over as chair": a particle that makes the verb one of taking office by itself
        particle = any(c.dep_ == "prt" and c.lower_ in self.w["accession_particles"].get(verb.lemma_.lower(), ())
                       for c in verb.children)
        if needed is not None and not particle and not any(c.dep_ == "dobj" and c.lower_ in needed for c in verb.children):
            return None
        # ("took the oath of office as president": the "as" phrase may hang on the object)
        titles = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj"]
        if needed is not None:
            titles += [p for o in verb.children if o.dep_ == "dobj" and o.lower_ in needed for c in o.children
                       if c.dep_ == "prep" and c.lower_ == "as" for p in c.children if p.dep_ == "pobj"]
        taken = {w for words_ in objects.values() for w in words_}
        titles += [c for c in verb.children if c.dep_ in ("oprd", "attr", "xcomp", "dobj") and c.lower_ not in taken]
        # "assumed the role of Forum Chair", "took over the mantle of chairperson": the post the
        # object's "of" phrase names
        titles += [p for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in self.w["post_nouns"]
                   for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        for noun in titles:
            # "assumed the chairmanship of X": a noun of holding a post stands for its title
            office = self.w["office_nouns"].get(noun.lemma_.lower()) if noun.dep_ == "dobj" else None
            if office is None and not (noun.lemma_.lower() in self.w["title_heads"] or noun.lower_ in self.w["title_heads"]):
                continue
            infinitive = [c for c in list(noun.children) + list(verb.children) if c.dep_ in ("acl", "relcl", "advcl", "xcomp")
                          and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
            # "became the first G7 leader to visit China": a distinction, not a post (but "the
            # first Ruritanian defence secretary to visit X" holds that state's post)
            distinction = bool(infinitive) and any(c.lower_ in ("first", "last", "only") for c in noun.lefts)
            employer = self._title_owner(noun, (EntityType.STATE, EntityType.ORGANIZATION), known=stand_in)
            if employer is None or distinction and (employer.type != EntityType.STATE or not self.ctx.gz.normalise_title(
                    " ".join(c.text for c in noun.lefts if c.dep_ == "compound" and self.ctx.mention_at(c) is None)
                    + " " + noun.text)):
                continue
            lefts = list(noun.lefts)
            words_ = [c.text for k, c in enumerate(lefts) if c.dep_ in ("compound", "amod")
                      and (c.lower_ in self.w["title_words"] or c.lower_ in self.w["title_heads"])
                      and self.ctx.mention_at(c) is None
                      # "Chile's first female president": an ordinal is no part of the title
                      and not (c.lower_ in ("first", "new") and c.i + 1 < noun.i
                               and self.ctx.doc[c.i + 1].lower_ not in self.w["rank_words"])
                      and not (c.lower_ in ("first", "new") and c.i + 1 == noun.i)] + [office or noun.text]
            return employer, words_, verb
        return None

    def _title_owner(self, noun, types: tuple[EntityType, ...], known: bool = False) -> Entity | None:
        """The first state or body of `types` a title noun names as its own: its possessive,
        demonym or compound ("Ruritania's leader", "the Ruritanian minister") or its "of" phrase;
        with `known`, only one the gazetteer lists (not a body the parser's span made up)."""
        for c in noun.children:
            cand = None
            if c.dep_ in ("poss", "amod", "compound", "nmod"):
                cand = self.ctx.mention_at(c)
            elif c.dep_ == "prep" and c.lower_ == "of":
                cand = next((self.ctx.mention_at(p) for p in c.children if p.dep_ == "pobj"), None)
            if cand is not None and cand.entity.type in types and (not known or cand.gazetteer_id is not None):
                return cand.entity
        return None

    def trip_capacity(self, m: Mention):
        """"X arrived in Z on his first trip as Ruritania's leader", "X travelled as Ruritanian
        foreign minister": the subject's post in an "as" phrase of the verb or of its trip noun
        (a title whose state is its possessive, demonym or "of" phrase)."""
        doc = self.ctx.doc
        root = doc[m.start:m.end].root
        if root.dep_ not in ("nsubj", "nsubjpass"):
            return None
        verb = root.head
        holders = [verb] + [p for c in verb.children if c.dep_ in ("prep", "dobj")
                            for p in ([c] if c.dep_ == "dobj" else [x for x in c.children if x.dep_ == "pobj"])
                            if p.lemma_.lower() in self.ctx.lex["trip_nouns"]]
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ != "prep" or prep.lower_ != "as":
                    continue
                for noun in prep.children:
                    if noun.dep_ != "pobj" or not (noun.lemma_.lower() in self.w["title_heads"]
                                                   or noun.lower_ in self.w["title_heads"]) \
                            or noun.lower_ in self.w["relative_titles"]:
                        continue
                    employer = self._title_owner(noun, (EntityType.STATE,))
                    if employer is None or not self._may_serve(m.entity, employer):
                        continue
                    words_ = [c.text for c in noun.lefts if c.dep_ in ("compound", "amod")
                              and (c.lower_ in self.w["title_words"] or c.lower_ in self.w["title_heads"])
                              and self.ctx.mention_at(c) is None and c.lower_ not in ("first", "new")] + [noun.text]
                    return employer, words_
        return None

    def _phrase_start(self, m: Mention) -> int:
        """Where a person's phrase starts: the name with the titles, demonyms, states and
        possessives before it ("his German counterpart X", "Polish President X")."""
        doc, sent_start = self.ctx.doc, self.ctx.sentence(m.start).start
        titles = set(self.w["title_words"]) | set(self.w["title_heads"]) | set(self.w["relative_titles"])
        j = self._name_start(m) - 1
        while j >= sent_start and (doc[j].lower_ in titles or doc[j].lower_ in self.w["possessive_pronouns"]
                                   or doc[j].lower_ in ("the", "'s", "’s") or doc[j].ent_type_ in ("NORP", "GPE")
                                   or self.ctx.mention_at(doc[j]) is not None
                                   and self.ctx.mention_at(doc[j]).entity.type == EntityType.STATE):
            j -= 1
        return j + 1

    def _relative_title(self, m: Mention, employer: Entity, words_: list[str],
                        titled: list[tuple[Mention, Fact]]) -> list[str]:
        """"his Kenyan counterpart William Ruto": the person's own post for that state if the
        gazetteer knows it on the article's date; else the post of the one he is set against,
        the one named before him in the sentence (a president's counterpart is a president):
        his partner in a list of two ("A and his counterpart B"), or the one named before such
        a list ("A met B and counterpart C"); in a longer list whose it is cannot be told, and
        the person gets no title."""
        if not any(w.lower() in self.w["relative_titles"] for w in words_):
            return words_
        published = self.ctx.article.published
        own = [r.title for r in self.ctx.gz.roles(m.entity, str(published) if published else None)
               if r.state == employer.id and r.title]
        if own:
            return own[0].split()
        fact = self._set_against(m, titled)
        if fact is not None and fact.object_type != employer.type:
            # "A took over from his Ruritanian counterpart B as chair of the Union": B is set
            # against A's post of B's employer's kind (a state's), not the one A took up
            fact = next((f for f in self._held if f.subject_id == fact.subject_id and f.object_type == employer.type
                         and f.title), None)
        return fact.title.split() if fact is not None and fact.title else []

    def _set_against(self, m: Mention, titled: list[tuple[Mention, Fact]]) -> Fact | None:
        """The titled person a counterpart is set against (see `_relative_title`), or None."""
        doc = self.ctx.doc
        before = [(o, f) for o, f in titled if o.end <= m.start and f.title]
        if not before:
            return None
        prev, fact = before[-1]
        start = self._phrase_start(m)
        if not all(t.text in (",", "and") for t in doc[prev.end:start]):
            return fact  # "A met his German counterpart B"
        first = self._phrase_start(prev)
        if first > 0 and doc[first - 1].text in (",", "and"):
            return None  # "A, B and his counterpart C": whose counterpart is not said
        earlier = [(o, f) for o, f in before if o.end <= first]
        return earlier[-1][1] if earlier else fact

    def known_counterpart(self, m: Mention, titled: list[tuple[Mention, Fact]]):
        """"A met his counterpart B" with no state in the title: B's state is the one the
        gazetteer gives him, on the article's date, for an office of the same kind as the post of
        the one he is set against (a president's counterpart holds a head of state's post);
        when it gives none, or more than one, the text does not say whose post it is."""
        start, words_ = self._bare_words(m)
        if not any(w.lower() in self.w["relative_titles"] for w in words_):
            return None
        published = self.ctx.article.published
        fact = self._set_against(m, titled)
        if fact is None or not fact.title or published is None:
            return None
        kind = self.ctx.gz.title_category(fact.title)
        if kind is None:
            return None
        held = {(r.state, r.title) for r in self.ctx.gz.roles(m.entity, published.isoformat())
                if getattr(r, "state", None) and self.ctx.gz.title_category(getattr(r, "title", "") or "") == kind}
        if len({state for state, _ in held}) != 1:
            return None
        state_id, title = next(iter(held))
        state = self.ctx.gz.by_id(state_id)
        if state is None or state.type != EntityType.STATE or state.id == fact.object_id:
            return None  # a counterpart serves another state
        return state, title.split()

    def read(self) -> list[Fact]:
        facts: list[Fact] = []
        self._held = facts
        titled: list[tuple[Mention, Fact]] = []
        employers: dict[int, Entity] = {}
        people: dict[int, Fact] = {}  # each name's own post, by the name's start
        for m in self.ctx.res.mentions:
            if m.entity.type != EntityType.PERSON:
                continue
            sent = self.ctx.sentence(m.start)
            if not self.ctx.is_prose(sent):
                continue
            found, date, trig = None, None, self.ctx.doc[m.start]
            appointed = self.appointment(m) or self.accession(m)
            if appointed:
                employer, words_, trig = appointed
                date = temporal.clause_date(trig, self.ctx.article.published)
                found = (employer, words_)
            found = found or self.distributive(m) or self.listed(m) or self.premodifier(m) or self.appositive(m) \
                or self.coordinated(m, employers) or self.included(m) or self.governed(m) or self.party_head(m) \
                or self.trailing_title(m) or self.bare_title(m) \
                or self.trip_capacity(m) or self.respective(m, titled) or self.relative_post(m)
            here = self.ctx.sentence_no(m.start)
            if not found:
                found = self.known_counterpart(m, [(o, f) for o, f in titled if self.ctx.sentence_no(o.start) == here]) \
                    or self.described_newcomer(m) or self.aide(m, titled)
            if not found:
                found = coreference.described_post(self.ctx, m)
            if not found or found is _UNSAID:
                continue
            employer, words_ = found
            if m.start not in self._undated_known:
                employers[m.start] = employer
            words_ = self._relative_title(m, employer, words_,
                                          [(o, f) for o, f in titled if self.ctx.sentence_no(o.start) == here])
            title = _title_case(words_, self.w["title_joiners"]) if words_ else None
            title = (self.ctx.gz.normalise_title(title, employer) or title) if title else None
            conf = self.ctx.conf["role"]
            reading = modality_mod.read(trig, local=True).modality
            if reading == Modality.NEGATED:
                continue
            # "X will be sworn in as president": a post not yet held
            mod = Modality.PLANNED if reading == Modality.PLANNED and appointed else Modality.ASSERTED
            first = self.double_title(m, employer) if not appointed else None
            if first is None:
                first = self._second_post(m, employer, appointed)
            if first is None and not appointed and self.appositive(m) is not None \
                    and self._second_posts.get((m.start, m.end)):
                other = self._title_phrase(self._second_posts[(m.start, m.end)], m)
                first = other if other is not None and other[0].id != employer.id else None
            if first is None and not appointed and self.appositive(m) is not None:
                other = self._other_side.get((m.start, m.end))
                first = other if other is not None and other[0].id != employer.id else None
            lowered = [w.lower() for w in words_]
            if first is not None and "and" in lowered:  # "President and Chairman of the X": the second post
                rest = words_[len(lowered) - lowered[::-1].index("and"):]
                title = self.ctx.gz.normalise_title(_title_case(rest, self.w["title_joiners"]), employer) \
                    or _title_case(rest, self.w["title_joiners"])
            facts.append(self.ctx.make_fact(m.entity, "HOLDS_ROLE", employer, sent, mod, conf,
                                          date=date, title=title))
            titled.append((m, facts[-1]))
            people.setdefault(m.start, facts[-1])
            if first is not None:
                other, first_words = first
                facts.append(self._post_fact(m, other, first_words, sent, mod, conf, date))
            told = self.appositive(m) if appointed else None
            if told is not None and told is not _UNSAID and told[0].id != employer.id:
                # "X, leader of the Y Party, was sworn in as president": the post the apposition
                # gives him, held already
                facts.append(self._post_fact(m, told[0], told[1], sent, Modality.ASSERTED, conf, None))
            related = self.relative_post(m)
            told = related if found != related else None
            if told is not None and told[0].id != employer.id and (first is None or told[0].id != first[0].id):
                # "A, the ruler of Z-City, who is also prime minister of X": a further post
                facts.append(self._post_fact(m, told[0], told[1], sent, mod, conf, date))
            if not appointed and found == self.appositive(m):
                seen = {employer.id} | ({first[0].id} if first is not None else set())
                for other, more in self._further_posts(m):
                    if other.id in seen:
                        continue
                    seen.add(other.id)
                    facts.append(self._post_fact(m, other, more, sent, mod, conf, date))
        return [f for f in self._settle_guesses(facts, people) if not self._post_in_unowned_shared_body(f)]

    def _post_in_unowned_shared_body(self, fact: Fact) -> bool:
        """"head of the National Security Council", "Secretary of the Supreme National Security
        Council of the country": a body the gazetteer does not list, named by a state's organ words
        and qualifiers (mentions.json state_organ_words, body_qualifiers) around a name the UN's
        organ shares (organizations.json shared_aliases), is some state's own body; where the text
        names no state for it, the post would be in a body of no state, so none is read."""
        if fact.relation != "HOLDS_ROLE" or fact.object_type != EntityType.ORGANIZATION \
                or self.ctx.gz.lookup(fact.object) is not None:
            return False
        parts = fact.object.split()
        if len(parts) < 3 or self.ctx.gz.shared_alias(" ".join(parts[-2:])) is None:
            return False
        qualifiers = set(self.w["state_organ_words"]) | set(self.w["body_qualifiers"])
        return all(p.lower() in qualifiers for p in parts[:-2])

    def envoy_hosts(self, meetings: list[Fact], roles: list[Fact]) -> list[Fact]:
        """"Ruritanian Ambassador to X, A, called on Prime Minister B", "Minister B received the
        Ambassador of Ruritania to X": an envoy posted to a state calls on that state's officials,
        so a bare national title (mentions.json host_offices) of the person an envoy to X met in
        the sentence that gives the posting is X's. The envoy is a person this article titles
        the envoy of some state, or a state standing for its unnamed envoy ("the Ruritanian
        ambassador to X paid a call on B"), whose title in that sentence is posted to X; the
        official has no post the article gives, and none the gazetteer gives elsewhere."""
        titled = {f.subject_id for f in roles}
        envoys: dict[str, set[str]] = {}
        for f in roles:
            if f.object_type == EntityType.STATE and envoy_title_in((f.title or "").split()):
                envoys.setdefault(f.subject_id, set()).add(f.object_id)
        out = []
        for f in meetings:
            if f.relation != "MET_WITH":
                continue
            sides = ((f.subject_id, f.subject, f.subject_type), (f.object_id, f.object, f.object_type))
            for (pid, pname, ptype), (oid, _, otype) in (sides, sides[::-1]):
                if ptype != EntityType.PERSON or pid in titled:
                    continue
                owners = envoys.get(oid, set()) if otype == EntityType.PERSON else {oid} if otype == EntityType.STATE else set()
                found = self._hosted_post(f, Entity(id=pid, name=pname, type=ptype), owners, otype == EntityType.STATE)
                if found is not None:
                    titled.add(pid)
                    out.append(found)
        return out

    def _hosted_post(self, meeting: Fact, person: Entity, owners: set[str], unnamed: bool) -> Fact | None:
        """The host's post for `envoy_hosts`: the one state a sentence of the meeting's evidence
        posts an envoy of `owners` to, and the bare title before the person's name there."""
        if not owners:
            return None
        doc = self.ctx.doc
        told = meeting.evidence
        for sent in self.ctx.sents:
            if told is None or sent.start_char != told.start or not self.ctx.is_prose(sent):
                continue
            own = [x for x in self.ctx.res.mentions if sent.start <= x.start < sent.end and x.entity.id == person.id]
            posts = {}
            for x in self.ctx.res.mentions:
                if not sent.start <= x.start < sent.end or x.entity.type != EntityType.STATE or x.entity.id in owners:
                    continue
                k = x.start - 1 if x.start > sent.start and doc[x.start - 1].lower_ == "the" else x.start
                if k - 1 < sent.start or doc[k - 1].lower_ not in ("to", "in") or not self._envoy_posted(k, sent.start):
                    continue
                if unnamed and not any(o.start < k and o.start >= k - 8 and o.entity.id in owners
                                       for o in self.ctx.res.mentions if sent.start <= o.start):
                    continue  # the state met must be the one whose envoy the title names
                posts[x.entity.id] = x.entity
            if len(own) != 1 or len(posts) != 1:
                continue
            state = next(iter(posts.values()))
            words_ = self._host_title(own[0])
            if words_ is None or not self._may_serve(person, state):
                continue
            title = self.ctx.gz.normalise_title(" ".join(words_)) or _title_case(words_, self.w["title_joiners"])
            return self.ctx.make_fact(person, "HOLDS_ROLE", state, sent, Modality.ASSERTED, self.ctx.conf["role"],
                                      title=title)
        return None

    def _host_title(self, m: Mention) -> list[str] | None:
        """A bare national title before the name ("Prime Minister B", "the Minister of Foreign
        Affairs B", "State Minister for Foreign Affairs B"): its words when no mention stands in
        or right before it and its office (or its first head word's) is one of host_offices."""
        doc = self.ctx.doc
        sent_start = self.ctx.sentence(m.start).start
        i, words_ = self._name_start(m) - 1, []
        while i >= sent_start and self.ctx.mention_at(doc[i]) is None and (
                self._is_title_token(doc[i]) or doc[i].lower_ in ("of", "for") and words_):
            words_.insert(0, doc[i].text)
            i -= 1
        while words_ and words_[0].lower() in ("of", "for"):
            words_.pop(0)
        if not words_ or i >= sent_start and (self.ctx.mention_at(doc[i]) is not None or doc[i].text in POSSESSIVE_MARKS):
            return None
        if envoy_title_in(words_):
            return None
        gz = self.ctx.gz
        kind = gz.title_category(gz.normalise_title(" ".join(words_)) or "")
        if kind is None:
            head = next((w for w in words_ if w.lower() in self.w["title_heads"]), None)
            kind = gz.title_category(gz.normalise_title(head) or "") if head else None
        return words_ if kind in self.w["host_offices"] else None

    def _post_fact(self, m: Mention, body: Entity, words_: list[str], sent, mod, conf, date):
        """A further post of the titled person (a first title, an apposition's, a relative
        clause's, a list's), its title written as the text has it or in the gazetteer's form."""
        title = _title_case(words_, self.w["title_joiners"])
        return self.ctx.make_fact(m.entity, "HOLDS_ROLE", body, sent, mod, conf, date=date,
                                  title=self.ctx.gz.normalise_title(title, body) or title)

    def _further_posts(self, m: Mention) -> list[tuple[Entity, list[str]]]:
        """"X, Chairwoman of the A, President of the B Foundation, and Honorary President of the
        C": the title phrases that follow the name's first appositive one, comma after comma,
        each with its own organisation; the run stops at the first phrase that is no such title
        (a name, a clause, a place)."""
        doc = self.ctx.doc
        sent = self.ctx.sentence(m.start)
        if m.end + 1 >= sent.end or doc[m.end].text != ",":
            return []
        posts: list[tuple[Entity, list[str]]] = []
        j, first = m.end, True
        while j < sent.end and doc[j].text == ",":
            k = j + 1
            if k < sent.end and doc[k].lower_ == "and":
                k += 1
            end = k
            while end < sent.end and doc[end].text not in (",", ";", ":", ".", "(", ")", "“", "”", '"') \
                    and doc[end].pos_ not in ("VERB", "AUX") and end - k <= 16:
                end += 1
            tokens = list(doc[k:end])
            if not tokens or not (tokens[0].lower_ in self.w["title_heads"] or self._is_title_token(tokens[0])
                                  and tokens[0].text[:1].isupper()):
                break
            found = self._title_phrase(tokens, m)
            nxt = self.ctx.mention_at(doc[end + 1]) if end + 1 < sent.end and doc[end].text == "," else None
            if found is None or found[0].type != EntityType.ORGANIZATION \
                    or nxt is not None and nxt.entity.type == EntityType.PERSON:
                break  # (a title before another name is that name's: "X, chair of A, B, chair of C")
            if not first:
                posts.append(found)
            first = False
            j = end
        return posts

    def _distributed(self, first: Mention) -> _DistributedPair | None:
        """"her Ruritanian and Freedonian counterparts A and B", "the Ruritanian and Freedonian
        foreign ministers A and B": two states, a plural title, then two names; each name is
        the post of its state in turn. The states, the title words and the second name."""
        doc = self.ctx.doc
        sent_start = self.ctx.sentence(first.start).start
        i, words_, plural = self._title_before(self._name_start(first), sent_start)
        second_state = self.ctx.mention_at(doc[i]) if i >= sent_start else None
        if not plural or second_state is None or second_state.entity.type != EntityType.STATE:
            return None
        j = second_state.start - 1
        first_state = self.ctx.mention_at(doc[j - 1]) if j - 1 >= sent_start and doc[j].lower_ == "and" else None
        if first_state is None or first_state.entity.type != EntityType.STATE \
                or first_state.entity.id == second_state.entity.id:
            return None
        k = first.end
        second = self.ctx.mention_at(doc[k + 1]) if k + 1 < len(doc) and doc[k].lower_ == "and" else None
        if second is None or second.entity.type != EntityType.PERSON or second.start != k + 1 \
                or (second.end < len(doc) and doc[second.end].text == ","):
            # the second name not read whole, or "A and B, ..." going on to a third name:
            # whose post is whose is not said
            return _DistributedPair(first_state.entity, second_state.entity, words_, None)
        return _DistributedPair(first_state.entity, second_state.entity, words_, second)

    def _relative_aside(self, i: int, step: int) -> int | None:
        """A relative clause set off by commas inside a list ("A of X, who also chairs the B, C of
        Y"): from its comma at `i`, the comma at its other end (going the way of `step`); None
        when no such clause starts or ends at `i`."""
        doc = self.ctx.doc
        if doc[i].text != ",":
            return None
        sent = self.ctx.sentence(i)
        rel = self.w["relative_pronouns"]
        if step > 0:
            if i + 1 >= sent.end or doc[i + 1].lower_ not in rel:
                return None
            close = next((k for k in range(i + 2, min(sent.end, i + 25)) if doc[k].text == ","), None)
            return close
        opening = next((k for k in range(i - 1, max(sent.start, i - 25) - 1, -1) if doc[k].text == ","), None)
        if opening is None or opening + 1 >= i or doc[opening + 1].lower_ not in rel:
            return None
        return opening

    def _list_items(self, start: int, stop: int, step: int) -> int:
        """How far a list of persons and states runs from `start` (exclusive) in the direction
        of `step`: over their mentions and the words that join them (",", "and", "of", "the")."""
        doc, i = self.ctx.doc, start
        while (i >= stop) if step < 0 else (i < stop):
            other = self.ctx.mention_at(doc[i])
            aside = self._relative_aside(i, step)
            if aside is not None:
                i = aside
                continue
            if other is not None and other.entity.type in (EntityType.PERSON, EntityType.STATE):
                i = (other.start - 1) if step < 0 else other.end
            elif (doc[i].lower_ in (",", "and", "of", "the", "from") or doc[i].text in _LIST_DASHES) and other is None:
                i += step
            else:
                break
        return i

    def listed(self, m: Mention):
        """A list of names under one plural title, each with its own state: "Party chiefs A of
        X and B of Y" (each name, then "of" its state), "the Prime Ministers of X A, Y B and Z
        C" (each state, then its name), "the foreign ministers of X and Y, A and B", "counterparts
        from X and Y, A and B" (the states,
        then as many names in the same order). The state at the name's place in the list is
        his ("A of X" read up to his own state, so a later name the model missed costs the
        earlier ones nothing); a list that is none of these says nothing."""
        doc = self.ctx.doc
        sent = self.ctx.sentence(m.start)
        head = self._list_items(m.start - 1, sent.start, -1)
        colon = head > sent.start and doc[head].text == ":"
        if colon:
            head -= 1  # "his counterparts: A of X, B of Y": the colon that opens the list
        if head < sent.start or self.ctx.mention_at(doc[head]) is not None \
                or not plural_title_head(doc[head], self.w["title_heads"]):
            return None
        end = self._list_items(m.end, sent.end, 1)
        while end > head + 1 and (doc[end - 1].lower_ in (",", "and", "of", "the", "from")
                                   or doc[end - 1].text in _LIST_DASHES):
            end -= 1  # (and the dash that closes a list set off by dashes)
        items: list[Mention | str] = []  # mentions, and the joining words between them as strings
        k = head + 1 + colon
        if k < end and doc[k].text == ",":
            k += 1  # "the foreign ministers, A of X and B of Y": the comma after the title
        while k < end:
            other = self.ctx.mention_at(doc[k])
            aside = self._relative_aside(k, 1)
            if aside is not None:
                k = aside  # (the clause's closing comma joins the items around it)
                continue
            if other is not None:
                items.append(other)
                k = other.end
            else:
                if items and isinstance(items[-1], str):
                    items[-1] += " " + doc[k].lower_
                else:
                    items.append(doc[k].lower_)
                k += 1
        names = [x for x in items if isinstance(x, Mention) and x.entity.type == EntityType.PERSON]
        states = [x for x in items if isinstance(x, Mention) and x.entity.type == EntityType.STATE]
        at = next((n for n, x in enumerate(names) if x is m), None)
        if at is None:
            return None
        joins = {", and", ",", "and", *_LIST_DASHES}  # ("of X and Y – A and B, respectively")
        shape = "".join("N" if isinstance(x, Mention) and x.entity.type == EntityType.PERSON
                        else "S" if isinstance(x, Mention) else "o" if x in ("of", "of the", "from", "from the")
                        else "j" if x in joins else "?" for x in items)
        k, pair = next(n for n, x in enumerate(items) if x is m), len(names)
        state: Mention | str
        if shape[:k + 3] == "NoSj" * at + "NoS" and shape[k + 3:k + 4] in ("", "j"):
            # "A of X and B of Y": read up to the name's own state, so a later name the model
            # missed leaves the earlier ones theirs
            state = items[k + 2]
        elif len(states) == pair >= 2 and shape in ("oSN" + "jSN" * (pair - 1),  # "of X A, Y B and Z C"
                                                    "oSjN" + "jSjN" * (pair - 1),  # "of X, A and Y, B"
                                                    "oS" + "jS" * (pair - 1) + "jN" * pair,  # "of X and Y, A and B"
                                                    # "of X and Y A and B": the names straight after the
                                                    # last state, no mark between
                                                    "oS" + "jS" * (pair - 1) + "N" + "jN" * (pair - 1)):
            state = states[at]
        else:
            return None
        if not isinstance(state, Mention):
            return None
        words_, i = [doc[head].text[:-1]], head - 1
        while i >= sent.start and self._is_title_token(doc[i]) and self.ctx.mention_at(doc[i]) is None \
                and doc[i].lower_ not in ("the", "of", "and", "for"):
            words_.insert(0, doc[i].text)
            i -= 1
        return state.entity, words_

    def _joined_mention(self, i: int, step: int, etype: EntityType) -> Mention | None:
        """The mention of `etype` across a list's joint ("," / "and" / ", and") from token `i`
        (the token just past a list item, going in the direction of `step`)."""
        doc, k, seen = self.ctx.doc, i, 0
        while 0 <= k < len(doc) and doc[k].text in (",", "and") and seen < 2:
            k, seen = k + step, seen + 1
        if not seen or not 0 <= k < len(doc) or (seen == 2 and doc[i].text == doc[i + step].text):
            return None
        other = self.ctx.mention_at(doc[k])
        if other is None or other.entity.type != etype or (other.end - 1 if step < 0 else other.start) != k:
            return None
        return other

    def _title_before(self, name_start: int, sent_start: int) -> tuple[int, list[str], bool]:
        """The title words right before a name, back to the first that is no title word: where
        the walk stopped, the words (a plural head made singular: each name holds one post) and
        whether the title was plural ("the A-ian and B-ian foreign ministers X and Y")."""
        doc = self.ctx.doc
        i, words_, plural = name_start - 1, [], False
        while i >= sent_start and self._is_title_token(doc[i]) and self.ctx.mention_at(doc[i]) is None \
                and doc[i].lower_ not in ("the", "of", "and", "for"):
            many = plural_title_head(doc[i], self.w["title_heads"])
            plural = plural or many
            words_.insert(0, doc[i].text[:-1] if many else doc[i].text)
            i -= 1
        return i, words_, plural

    def _distributed_many(self, m: Mention):
        """"the A-ian, B-ian and C-ian defence ministers X, Y and Z": three or more states, a
        plural title, then as many names; each name is the post of the state at its place. A
        list of names that does not match the states' says nothing."""
        doc = self.ctx.doc
        names = [m]
        while (before := self._joined_mention(names[0].start - 1, -1, EntityType.PERSON)) is not None:
            names.insert(0, before)
        while (after := self._joined_mention(names[-1].end, 1, EntityType.PERSON)) is not None:
            names.append(after)
        sent_start = self.ctx.sentence(m.start).start
        i, words_, plural = self._title_before(self._name_start(names[0]), sent_start)
        last = self.ctx.mention_at(doc[i]) if i >= sent_start else None
        if not plural or last is None or last.entity.type != EntityType.STATE:
            return None
        states = [last]
        while (before := self._joined_mention(states[0].start - 1, -1, EntityType.STATE)) is not None:
            states.insert(0, before)
        if len(states) < 3 or states[-2].end + 1 != states[-1].start and doc[states[-1].start - 1].lower_ != "and":
            return None
        if len(names) != len(states) or len({s.entity.id for s in states}) != len(states):
            return _UNSAID
        return states[names.index(m)].entity, words_

    def distributive(self, m: Mention):
        """A name of a distributed pair (`_distributed`): the first name is the first state's,
        the second the second's; likewise along a longer list (`_distributed_many`)."""
        doc = self.ctx.doc
        many = self._distributed_many(m)
        if many is not None:
            return many
        read = self._distributed(m)
        if read is not None:
            return (read.first_state, read.title) if read.second is not None else _UNSAID
        if m.start >= 2 and doc[m.start - 1].lower_ == "and":
            before = self.ctx.mention_at(doc[m.start - 2])
            if before is not None and before.entity.type == EntityType.PERSON:
                read = self._distributed(before)
                if read is not None and read.second is m:
                    return read.second_state, read.title
        return None

    def respective(self, m: Mention, titled: list[tuple[Mention, Fact]]):
        """"A and B, his ministers of defence and foreign affairs, respectively": each name holds
        the plural title with its own portfolio, in order, for the state of the phrase's owner (a
        state or body's possessive or demonym, or "his"/"her" for the clause's subject, a person
        the article has given a state's post)."""
        doc = self.ctx.doc
        sent = self.ctx.sentence(m.start)
        first = m
        if m.start >= 2 and doc[m.start - 1].lower_ == "and":
            first = self.ctx.mention_at(doc[m.start - 2]) or m
        second = self.ctx.mention_at(doc[first.end + 1]) if first.end + 1 < sent.end \
            and doc[first.end].lower_ == "and" else None
        if second is None or second.start != first.end + 1 \
                or first.entity.type != EntityType.PERSON or second.entity.type != EntityType.PERSON:
            return None
        k = second.end
        if k + 3 >= sent.end or doc[k].text != ",":
            return None
        end = next((j for j in range(k + 1, min(sent.end, k + 18)) if doc[j].lower_ in self.w["respective_marks"]), None)
        if end is None or doc[end - 1].text != ",":
            return None
        phrase = list(doc[k + 1:end - 1])
        head = next((t for t in phrase if plural_title_head(t, self.w["title_heads"])), None)
        of = next((t for t in phrase if t.lower_ in ("of", "for") and head is not None and t.i == head.i + 1), None)
        if head is None or of is None:
            return None
        rest = [t.text for t in phrase if t.i > of.i]
        if [w_.lower() for w_ in rest].count("and") != 1:
            return None
        at = [w_.lower() for w_ in rest].index("and")
        parts = [rest[:at], rest[at + 1:]]
        employer = None
        for t in phrase[:phrase.index(head)]:
            x = self.ctx.mention_at(t)
            if x is not None and x.entity.type in (EntityType.STATE, EntityType.ORGANIZATION):
                employer = self._employer(x)
            elif t.dep_ == "poss" and t.lower_ in self.w["possessive_pronouns"]:
                employer = next((self._employer(a) for a in self.args.coref.title_owner(t)), None)
                if employer is None:
                    root = sent.root
                    subject = next((self.ctx.mention_at(c) for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                    posts = {f.object_id for o, f in titled if subject is not None and o.entity.id == subject.entity.id
                             and f.object_type == EntityType.STATE}
                    if len(posts) == 1:
                        employer = self.ctx.gz.by_id(next(iter(posts)))
        if employer is None or not all(parts):
            return None
        part = parts[0] if m is first else parts[1]
        return employer, [head.text[:-1], of.text] + part

    def included(self, m: Mention):
        """"five top Ruritanian ministers, including Foreign Minister A, Health Minister B and C":
        a name listed after "including" under a plural title its state qualifies (a demonym, or
        the state's possessive) holds a post of that state: the one its own title words say,
        else the group's title."""
        doc = self.ctx.doc
        tok = docindex.first_conjunct(doc[m.start:m.end].root)
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ not in self.w["inclusion_words"] or prep.head.i >= prep.i:
            return None
        group = prep.head
        _, words_ = self._bare_words(m)
        titled = any(w.lower() in self.w["title_heads"] for w in words_)
        # "Ruritanian officials, including President A": a group of officials, when the name
        # carries its own title
        officials = titled and group.lemma_.lower() in self.w["group_nouns"] and group.lower_ != group.lemma_.lower()
        if not plural_title_head(group, self.w["title_heads"]) and not officials and not (
                group.lemma_.lower() in self.w["title_heads"] and group.lower_ != group.lemma_.lower()):
            return None
        # (or an organisation's: "World Bank officials, including President A")
        states = {e.id: e for c in group.children if c.i < group.i and c.dep_ in ("compound", "poss", "amod", "nmod")
                  for x in [self.ctx.mention_at(c)] if x is not None
                  and x.entity.type in (EntityType.STATE, EntityType.ORGANIZATION)
                  for e in [self._employer(x)] if e is not None}
        if len(states) != 1:
            return None
        if not any(w.lower() in self.w["title_heads"] for w in words_):
            words_ = [group.lemma_ if group.lemma_.lower() in self.w["title_heads"] else group.text[:-1]]
        return next(iter(states.values())), words_

    def aide(self, m: Mention, titled: list[tuple[Mention, Fact]]):
        """"A, B's adviser on security,": a post named after a person's possessive, in apposition
        to the name, is held in the state the article has given that person a post in."""
        doc = self.ctx.doc
        k = m.end
        if k + 3 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ in ("and", "or"):
            return None
        owner = self.ctx.mention_at(doc[k + 1])
        if owner is None or owner.entity.type != EntityType.PERSON or owner.end + 1 >= len(doc) \
                or doc[owner.end].text not in ("’s", "'s"):
            return None
        head = doc[owner.end + 1]
        if head.lower_ not in self.w["title_heads"] and head.lemma_.lower() not in self.w["title_heads"]:
            return None
        posts = {f.object_id: f for o, f in titled if o.entity.id == owner.entity.id and f.object_type == EntityType.STATE}
        if len(posts) != 1:
            return None
        fact = next(iter(posts.values()))
        state = self.ctx.gz.by_id(fact.object_id) or Entity(id=fact.object_id, name=fact.object, type=EntityType.STATE)
        return state, [head.text]

    def governed(self, m: Mention):
        """"X has been ruled by Sultan A since 1970": a titled name, the agent of a passive
        ruling verb (mentions.json ruling_verbs) whose subject is a state, holds that title there."""
        doc = self.ctx.doc
        root = doc[m.start:m.end].root
        if root.dep_ != "pobj" or root.head.dep_ != "agent" or root.head.head.lemma_.lower() not in self.w["ruling_verbs"]:
            return None
        verb = root.head.head
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subject is None and verb.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in verb.children):
            # "X, a small kingdom, is a close partner and has been ruled by A": the first verb's subject
            subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        state = self.ctx.mention_at(subject) if subject is not None else None
        if state is None or state.entity.type != EntityType.STATE:
            return None
        _, words_ = self._bare_words(m)
        words_ = words_ or self._inner_title(m)
        if not any(w.lower() in self.w["title_heads"] for w in words_):
            return None
        return state.entity, words_

    def party_head(self, m: Mention):
        """"a Ruritanian delegation headed by Foreign Minister A", "the X-ian team is led by
        Deputy Minister B", "the Ruritanian side, represented by Minister C", "Ruritania was
        represented by Premier D", "Minister E will lead the Ruritanian delegation": a titled
        name that leads or represents one state's party (the agent of a leading participle,
        leader_participles, or of a representing verb, representing_verbs; the subject of a verb
        of leading, group_members led_by) holds the title in that state: a party speaks for the
        state that sends it, whatever other states the sentence names."""
        doc = self.ctx.doc
        root = doc[m.start:m.end].root
        verb = root.head.head
        if root.dep_ == "pobj" and root.head.dep_ == "agent" and (
                verb.lower_ in self.w["leader_participles"] or verb.lemma_.lower() in self.w["representing_verbs"]):
            group = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            first = root.head.i + 1
        elif root.dep_ == "nsubj" and root.head.lemma_.lower() in self.ctx.lex["group_members"]["led_by"]:
            group = next((c for c in root.head.children if c.dep_ == "dobj"), None)
            first = self._listed_title(m)[0]  # "Minister of Trade A headed ...": the portfolio is in the title
        else:
            return None
        state = self._party_state(group) if group is not None else None
        if state is None:
            return None
        between = doc[first:self._name_start(m)]
        if any((x := self.ctx.mention_at(t)) is not None
               and x.entity.type in (EntityType.STATE, EntityType.ORGANIZATION, EntityType.PERSON) for t in between):
            return None  # a title with its own employer is the premodifier reader's
        # "led by embattled President A": the title starts at its first title word
        lead = next((t.i for t in between if self._is_title_token(t)), None)
        words_ = [t.text for t in doc[lead:self._name_start(m)] if t.pos_ != "DET"] if lead is not None else []
        if not words_ or not any(t.lower_ in self.w["title_heads"] or plural_title_head(t, self.w["title_heads"])
                                 for t in between):
            return None
        return state, words_

    def _party_state(self, group) -> Entity | None:
        """The one state a party stands for: the state that is the group word itself ("Ruritania
        was represented by ..."), or the one state its modifiers name when it is a delegation, a
        side or a government ("the Ruritanian side", "Ruritania's government"); None otherwise."""
        own = self.ctx.mention_at(group)
        if own is not None and own.entity.type == EntityType.STATE and self.ctx.doc[own.start:own.end].root.i == group.i:
            return own.entity
        lemma = group.lemma_.lower()
        if lemma not in self.w["group_nouns"] and lemma not in self.w["government_nouns"] \
                and lemma not in self.w["party_sides"]:
            return None
        # "a joint Ruritanian and Bordurian delegation": a modifier's conjuncts name its other states
        states = {e.id: e for c in group.children if c.i < group.i and c.dep_ in ("compound", "amod", "poss", "nmod")
                  for t in (c, *c.conjuncts)
                  for x in [self.ctx.mention_at(t)] if x is not None and x.entity.type == EntityType.STATE
                  for e in [x.entity]}
        return next(iter(states.values())) if len(states) == 1 else None

    def relative_post(self, m: Mention):
        """"A, who is also vice president and prime minister of X,": a relative clause right after
        the name that says, in the present, what post he holds; the title phrase after "is" is
        read as an apposition would be ("who was ..." is a past post, not read)."""
        doc = self.ctx.doc
        sent = self.ctx.sentence(m.start)
        k = m.end + 1 if m.end < sent.end and doc[m.end].text == "," else m.end
        if k + 2 >= sent.end or doc[k].lower_ != "who" or doc[k + 1].lower_ not in ("is", "’s", "'s"):
            return None
        start = k + 2
        while start < sent.end and doc[start].lower_ in ("also", "still"):
            start += 1
        end = start
        while end < sent.end and doc[end].text not in (",", ";", ":", ".", "(", ")", "“", "”", '"') \
                and (doc[end].pos_ not in ("VERB", "AUX") or self._participle_modifier(doc[end])) and end - start <= 16:
            end += 1
        tokens = list(doc[start:end])
        if not tokens or not self._title_run_from(tokens, self._title_lead(tokens)):
            return None
        return self._title_phrase(tokens, m)

    def _title_lead(self, tokens) -> int:
        """Where a title's own words begin after what qualifies the whole phrase: an article,
        adjectives of the moment ("who is the [current] chair of the Bloc") and the name of the
        state or body that owns the post, with or without its possessive ("who is also
        [Ruritania's] foreign minister", "who is the current [Bloc] chairman"); the title run is
        looked for from there."""
        k = 1 if tokens and tokens[0].pos_ == "DET" else 0
        owned = False
        while k < len(tokens):
            owner = self.ctx.mention_at(tokens[k])
            if owner is not None and not owned and owner.entity.type in (EntityType.STATE, EntityType.ORGANIZATION) \
                    and owner.start == tokens[k].i and owner.end <= tokens[-1].i:
                owned = True
                k = owner.end - tokens[0].i
                if tokens[k].text in POSSESSIVE_MARKS:
                    k += 1
            elif owner is None and tokens[k].pos_ == "ADJ" and not self._is_title_token(tokens[k]):
                k += 1
            else:
                break
        return k

    def _second_post(self, m: Mention, employer: Entity, appointed) -> tuple[Entity, list[str]] | None:
        """"Ruritania's President X was elected chair of the Bloc", "President X, the current
        chair of the Bloc": a title before the name and an apposition or appointment after it
        name two posts with two employers; the reading that lost is the second post. Two states
        are not two posts but two readings of one ("Ruritanian counterpart X, the Freedonian
        leader ..." where the parse hung the next clause's subject on the name): neither is added."""
        found = self.premodifier(m)
        if found is not None and not appointed:
            found = self.appositive(m)
        if found is None or found[0].id == employer.id or not found[1] \
                or found[0].type == EntityType.STATE and employer.type == EntityType.STATE:
            return None
        return found

    def double_title(self, m: Mention, employer: Entity):
        """"Ruritania's Prime Minister and Chairman of the Council of the Bloc Name": the title
        before "and", with its own employer, is a second post of the same person."""
        doc = self.ctx.doc
        sent_start = self.ctx.sentence(m.start).start
        i = self._name_start(m) - 1
        while i > sent_start and (self._is_title_token(doc[i]) or self.ctx.mention_at(doc[i]) is not None) \
                and doc[i].lower_ != "and":
            i -= 1
        if i <= sent_start or doc[i].lower_ != "and" or not self._is_title_token(doc[i - 1]):
            return None
        described = self.ctx.mention_at(doc[i - 1])
        if described is not None:
            # "Armenia's Prime Minister" read as a description (of whoever the gazetteer says holds
            # the post): with no name of its own before "and", it is this name's title
            found = self._state_prefix(described.text) if described.entity.type == EntityType.PERSON \
                and all(self._is_title_token(t) for t in doc[described.start + 1:described.end]
                        if t.text not in ("’s", "'s")) else None
            if found is None or found[0].id == employer.id:
                return None
            return found[0], described.text.split()[found[1]:]
        j, words_ = i - 1, []
        while j >= sent_start and self._is_title_token(doc[j]) and self.ctx.mention_at(doc[j]) is None \
                and doc[j].lower_ not in ("the", "and"):
            words_.insert(0, doc[j].text)
            j -= 1
        if j >= sent_start and doc[j].text in ("’s", "'s"):
            j -= 1
        other = self.ctx.mention_at(doc[j]) if j >= sent_start else None
        second = self._employer(other)
        if second is not None and second.type == EntityType.STATE and employer.type == EntityType.STATE:
            return None  # "between the Ruritanian leader and Freedonian Foreign Minister A": two people
        if second is None or second.id == employer.id or not any(
                w.lower() in self.w["title_heads"] for w in words_) or not self.ctx.gz.normalise_title(" ".join(words_)):
            return None
        return second, words_


def _own_states(posts) -> dict[str, set[str]]:
    """Each person's states, as the posts given (titles of his own, not guessed ones) name them:
    what a bare title's guessed state is weighed against (`RoleReader._settle_guesses`,
    `RoleReader.met_hosts`)."""
    held: dict[str, set[str]] = {}
    for f in posts:
        if f.object_type == EntityType.STATE:
            held.setdefault(f.subject_id, set()).add(f.object_id)
    return held
