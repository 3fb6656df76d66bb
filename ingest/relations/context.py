"""What every reader of one article shares, built once per article: the parse, the resolved
mentions, the gazetteer view, the lexicons, a sentence index (the sentences of the parse, and
for every token the number of its sentence), and what the article says about who holds which
post (`RoleIndex`) and so which state an actor belongs to (`Homes`)."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from ingest import docindex
from ingest.lexicon import VerbLexicon
from ingest.mentions import Mention, envoy_title_ends, envoy_title_in, is_all_caps, words
from ingest.relations.lexicon_data import lexicon, verbs
from ingest.resolve import GazetteerView, Resolution
from schemas.models import Entity, EntityType, Evidence, Fact


class ArticleContext:
    """One parsed, resolved article and its indexes. Read-only for the readers."""

    def __init__(self, doc, res: Resolution, article, gz: GazetteerView):
        self.doc, self.res, self.article, self.gz = doc, res, article, gz
        self.lex: dict = lexicon()          # verbs.json's word lists, by name
        self.verbs: VerbLexicon = verbs()   # verbs.json typed: triggers and their Patterns
        self.words: dict = words()
        self.conf: dict = self.lex["confidence"]
        self.published: str | None = article.published.isoformat() if article.published else None
        index = docindex.of(doc)  # the doc's sentences and text, made once for every reader
        self.sents = index.sents
        self._sentence_no = index.sent_no
        self._starts = [s.start_char for s in self.sents]
        self.text: str = index.text  # `doc.text` joins every token anew on each call
        # a sentence's text cut from the doc's (`sent.text` makes a Token for each of its words)
        self._caps = {k for k, s in enumerate(self.sents) if is_all_caps(self.text[s.start_char:s.end_char])}

    # ---- the sentence index ------------------------------------------------------------------
    def sentence_no(self, tok) -> int:
        """The number of the sentence a token (or token index) lies in."""
        return self._sentence_no[tok if isinstance(tok, int) else tok.i]

    def sentence(self, tok):
        """The sentence a token (or token index) lies in: `tok.sent`, without rebuilding it."""
        return self.sents[self.sentence_no(tok)]

    def previous_sentence(self, sent):
        """The sentence before `sent` in its paragraph, or None at the article's start and after a
        blank line: how far an anaphor or a retold event reaches back."""
        return docindex.previous_sentence(self.doc, sent)

    def reach_start_char(self, sent) -> int:
        """Where facts an event in `sent` may refer back to start: the previous sentence of the
        paragraph, else `sent` itself."""
        prev = self.previous_sentence(sent)
        return (prev if prev is not None else sent).start_char

    def sentence_at_char(self, char: int):
        """The sentence a character offset of the text lies in, or None."""
        k = bisect.bisect_right(self._starts, char) - 1
        if k >= 0 and self.sents[k].start_char <= char < self.sents[k].end_char:
            return self.sents[k]
        return None

    def prose(self):
        """The sentences facts are read from: all but all-caps ones (broadcast transcripts)."""
        return (s for k, s in enumerate(self.sents) if k not in self._caps)

    def is_prose(self, sent) -> bool:
        return self.sentence_no(sent.start) not in self._caps

    # ---- mentions and facts --------------------------------------------------------------------
    def mention_at(self, tok) -> Mention | None:
        return self.res.at(tok.i)

    def evidence(self, sent) -> Evidence:
        """The sentence as the article writes it: cut from the article's text, not the parse's
        (whose quote marks are typewriter ones, cleaning.parse_form; the offsets are the same)."""
        start = sent.start_char
        end = sent.end_char
        text = self.article.text if len(self.article.text) == len(self.text) else self.text
        while end > start and text[end - 1].isspace():
            end -= 1
        return Evidence(article_id=self.article.id, sentence=text[start:end], start=start, end=end)

    def make_fact(self, subj: Entity, rel: str, obj: Entity, sent, mod, conf, date=None, cameo=None,
                  title=None) -> Fact:
        return Fact(subject_id=subj.id, subject=subj.name, subject_type=subj.type, relation=rel,
                    object_id=obj.id, object=obj.name, object_type=obj.type, date=date, modality=mod,
                    confidence=max(0.0, min(1.0, conf)), title=title, cameo=cameo,
                    evidence=self.evidence(sent))


@dataclass(frozen=True)
class RoleIndex:
    """Who holds which post for which state, as this article says (its HOLDS_ROLE facts): lets
    "South Korea's president" stand for the person and "his allies" for his state. Empty while
    the roles themselves are being read."""

    holders: dict[tuple[str, str], Entity] = field(default_factory=dict)  # (state id, title head) -> person
    person_state: dict[str, Entity] = field(default_factory=dict)        # person id -> state
    posts: dict[tuple[str, str], Entity] = field(default_factory=dict)   # (state id, whole title) -> person
    titles: dict[str, list[tuple[Entity, str]]] = field(default_factory=dict)  # person id -> (state, title)
    bodies: dict[str, list[Entity]] = field(default_factory=dict)        # person id -> organisations he serves

    @classmethod
    def from_facts(cls, roles: list[Fact]) -> RoleIndex:
        index = cls()
        for f in roles:
            head = (f.title or "").split()[-1].lower() if f.title else ""
            person = Entity(id=f.subject_id, name=f.subject, type=f.subject_type)
            employer = Entity(id=f.object_id, name=f.object, type=f.object_type)
            index.holders.setdefault((f.object_id, head), person)
            if f.title:
                index.posts.setdefault((f.object_id, f.title.lower()), person)
            if f.object_type == EntityType.STATE:
                index.person_state.setdefault(f.subject_id, employer)
                index.titles.setdefault(f.subject_id, []).append((employer, (f.title or "").lower()))
            elif f.object_type == EntityType.ORGANIZATION:
                index.bodies.setdefault(f.subject_id, []).append(employer)
        return index

    def lift_envoy(self, fact: Fact) -> Fact:
        """"summoned the Ruritanian ambassador and lodged a protest": an envoy censured, or
        sanctioned, stands for the state that sent him."""
        if fact.relation not in ("CONDEMNED",) or fact.object_type != EntityType.PERSON:
            return fact
        states = {st.id: st for st, title in self.titles.get(fact.object_id, [])
                  if envoy_title_in(title.split())}  # "Deputy High Commissioner" too
        if len(states) != 1:
            return fact
        state = next(iter(states.values()))
        if state.id == fact.subject_id:
            return fact
        return fact.model_copy(update={"object": state.name, "object_id": state.id, "object_type": state.type})

    def lift_alliance(self, fact: Fact, acting=None) -> Fact | None:
        """Alliances are between states: "Kim welcomed his allies China and Russia" is North
        Korea's alliance when the article makes Kim North Korea's leader; with `acting` (the
        state a person acted for: Homes.acting_state), also when only the gazetteer has him
        in office ("X signed a defence pact with Y's Kim")."""
        if fact.relation != "ALLIED_WITH":
            return fact
        update = {}
        for side, side_id, side_type in (("subject", fact.subject_id, fact.subject_type),
                                         ("object", fact.object_id, fact.object_type)):
            if side_type == EntityType.PERSON:
                state = self.person_state.get(side_id)
                if state is None and acting is not None:
                    state = acting(Entity(id=side_id, name=getattr(fact, side), type=side_type), fact.date)
                if state is None:
                    return None
                update.update({side: state.name, side + "_id": state.id, side + "_type": state.type})
        lifted = fact.model_copy(update=update) if update else fact
        return None if lifted.subject_id == lifted.object_id else lifted


#: How many tokens an envoy's title phrase may run between the title word and the name (the
#: formal name of the sending state, the posting, a rank: "High Commissioner of X to Y, Maj.
#: Gen. (Retd) Name").
_TITLE_REACH = 16


class Homes:
    """Which state an actor belongs to and whether a place lies in it."""

    def __init__(self, ctx: ArticleContext, roles: RoleIndex):
        self.ctx, self.roles = ctx, roles
        self._postings: dict[str, set[str]] | None = None

    def posted_to(self, person: Entity) -> set[str]:
        """The states an envoy is posted to, as the article titles him ("Ruritanian Ambassador to
        Borduria X", "the envoy in Zenda, X"): there he resides; being there is no visit."""
        if self._postings is None:
            self._postings = self._read_postings()
        return self._postings.get(person.id, set())

    def envoy(self, person: Entity) -> bool:
        """Whether this article titles the person an envoy of some state ("Ambassador of X
        Name"): where such a person stays is, unless a trip is told, his post."""
        return any(envoy_title_in(title.split()) for _, title in self.roles.titles.get(person.id, []))

    def _read_postings(self) -> dict[str, set[str]]:
        """Each envoy's postings: the place of the posting phrase in his title, whether the title
        stands before his name ("Ambassador of X to Y[,] Name", "the Ambassador Extraordinary
        and Plenipotentiary of the Republic of X to Y Name", "High Commissioner of X to Y, Rank
        Name") or after it ("Name, Ambassador of X to Y,"): the state in the title's "of" phrase
        sends him, the one after its "to" or "in" receives him."""
        out: dict[str, set[str]] = {}
        for m in self.ctx.res.mentions:
            if m.entity.type != EntityType.PERSON:
                continue
            sent = self.ctx.sentence(m.start)
            for title_end, stop in (self._title_before(m, sent.start), self._title_after(m, sent.end)):
                if title_end is None:
                    continue
                for state in self._posting_states(title_end, stop):
                    out.setdefault(m.entity.id, set()).add(state.id)
        return out

    def _title_before(self, m: Mention, lo: int) -> tuple[int | None, int]:
        """The end of the envoy's title the name's own phrase opens with ("Ambassador of X to Y,
        Name"): the nearest one before the name, no verb and no other person between; with
        where its phrase stops (the name)."""
        doc = self.ctx.doc
        k = m.start - 1
        while k >= lo and m.start - k <= _TITLE_REACH:
            other = self.ctx.mention_at(doc[k])
            if other is not None and other.entity.type == EntityType.PERSON and other.entity.id != m.entity.id \
                    or doc[k].pos_ in ("VERB", "AUX"):
                return None, m.start
            if envoy_title_ends(doc, k, lo):
                return k, m.start
            k -= 1
        return None, m.start

    def _title_after(self, m: Mention, hi: int) -> tuple[int | None, int]:
        """The end of an envoy's title set off after the name ("Name, Ambassador of X to Y,"):
        a comma, then the title within a few words; its phrase runs to the next comma, verb or
        the sentence's end."""
        doc = self.ctx.doc
        if m.end >= hi or doc[m.end].text != ",":
            return None, m.end
        for k in range(m.end + 1, min(hi, m.end + 5)):
            other = self.ctx.mention_at(doc[k])
            if doc[k].pos_ in ("VERB", "AUX") or other is not None and other.entity.type == EntityType.PERSON:
                break
            if envoy_title_ends(doc, k, m.end + 1):
                stop = k + 1
                while stop < hi and stop - k <= _TITLE_REACH and doc[stop].text != "," \
                        and doc[stop].pos_ not in ("VERB", "AUX"):
                    stop += 1
                return k, stop
        return None, m.end

    def _posting_states(self, title_end: int, stop: int) -> list[Entity]:
        """The states of the places a posting phrase names between an envoy's title (ending at
        `title_end`) and `stop`: the place right after "to" or "in" (its article skipped), once
        the title's "of" phrase, naming the sending state, is past."""
        doc = self.ctx.doc
        out = []
        for j in range(title_end + 1, stop - 1):
            if doc[j].lower_ not in ("to", "in") or doc[j].pos_ in ("VERB", "AUX"):
                continue
            at = j + 2 if doc[j + 1].lower_ == "the" and j + 2 < stop else j + 1
            post = self.ctx.mention_at(doc[at])
            state = self.place_state(post) if post is not None and post.entity.type != EntityType.PERSON else None
            if state is not None:
                out.append(state)
            break  # the first posting phrase only: a later "in" may place an event, not the post
        return out

    def home(self, entity: Entity) -> Entity | None:
        """The state an actor belongs to: itself, or the state it holds a post for (in this
        article first, else in the gazetteer)."""
        if entity.type == EntityType.STATE:
            return entity
        if entity.type != EntityType.PERSON:
            return None
        state = self.roles.person_state.get(entity.id)
        if state is not None:
            return state
        gz = self.ctx.gz
        for role in gz.roles(entity, self.ctx.published):
            found = gz.by_id(role.state or "")
            if found is not None and found.type == EntityType.STATE:
                return found
        return None

    def at_home(self, home: Entity, country: Entity) -> bool:
        return home.id == country.id or self.ctx.gz.territory_of(home).id == country.id

    def trip_at_home(self, home: Entity | None, trip: Fact) -> bool:
        """Whether a told trip's destination (a state, or the state of a city or place) is `home`
        or its territory: one at home who joins the guest made no visit."""
        where = Entity(id=trip.object_id, name=trip.object, type=trip.object_type)
        country = where if where.type == EntityType.STATE else self.ctx.gz.country_of(where)
        return home is not None and country is not None and self.at_home(home, country)

    def place_state(self, m: Mention) -> Entity | None:
        ent = m.entity
        if ent.type == EntityType.STATE:
            return ent
        country = self.ctx.gz.country_of(ent)
        return country if country is not None and country.type == EntityType.STATE else None

    def seats(self, entity: Entity) -> list[Entity]:
        """Where an official of an international organisation works, for one with no state of
        his own known (the UN's Secretary-General, an EU foreign policy chief): the cities of the
        headquarters (organizations.json seat) of the organisations the article gives him a post
        in, else those the gazetteer has him in office for. An organisation has no country, so
        without its seat no place would be away from his home and none of his trips a visit.
        An organisation named as an actor ("an AU delegation met X in Y", "ASEAN's chief met X
        in Y") stands for such officials: its own seat is where it is at home."""
        gz = self.ctx.gz
        if entity.type == EntityType.ORGANIZATION:
            seat = gz.seat_of(entity)
            return [seat] if seat is not None else []
        if entity.type != EntityType.PERSON or self.home(entity) is not None:
            return []
        bodies = list(self.roles.bodies.get(entity.id, []))
        if not bodies:
            bodies = [b for b in (gz.by_id(role.state or "") for role in gz.roles(entity, self.ctx.published))
                      if b is not None]
        found = {}
        for body in bodies:
            seat = gz.seat_of(body)
            if seat is not None:
                found[seat.id] = seat
        return list(found.values())

    def at_seat(self, seats: list[Entity], place: Mention) -> bool:
        """Whether a place is where such an official works: his seat city itself; for a state or
        a place placed in one, the seat's state (a NATO official in Belgium may be in Brussels).
        A place the gazetteer does not know may be his seat spelled otherwise ("Addis Abeba"):
        no trip is read to it."""
        ent = place.entity
        where = self.place_state(place)
        if where is None or self.ctx.gz.by_id(where.id) is None or self.ctx.gz.by_id(ent.id) is None:
            return True
        if ent.type == EntityType.CITY:
            return any(seat.id == ent.id for seat in seats)
        seat_states = [self.ctx.gz.country_of(seat) for seat in seats]
        return any(s is not None and self.at_home(s, where) for s in seat_states)

    def airport_place(self, m: Mention | None) -> Entity | None:
        """Where an airport a mention names lies, when its own name tells it (verbs.json
        airport_heads): "Riyadh airport", named for a city or state the gazetteer knows, in that
        place; "Nausori airport", "the Hamad International Airport", a name airports.json holds,
        in its state; None for any other mention, and for an airport its name does not place."""
        if m is None or m.entity is None:
            return None
        doc, heads = self.ctx.doc, self.ctx.lex["airport_heads"]
        last = doc[m.end - 1]
        head = last if last.lemma_.lower() in heads else last.head if last.dep_ in ("compound", "amod", "nmod") \
            and last.head.i >= m.end and last.head.lemma_.lower() in heads else None
        if head is None:
            return None
        if m.gazetteer_id is not None:
            # "Riyadh airport": the name before the venue noun is the place
            return m.entity if head.i >= m.end and m.entity.type in (EntityType.CITY, EntityType.STATE) else None
        return self.ctx.gz.airport_state(doc[m.start:head.i + 1].text)

    def away_from_home(self, person: Entity, place: Mention | None) -> bool:
        home = self.home(person)
        where = self.place_state(place) if place is not None else None
        if home is None and where is not None and place is not None:
            seats = self.seats(person)
            return bool(seats) and not self.at_seat(seats, place)
        return home is not None and where is not None and not self.at_home(home, where)

    def acting_state(self, person: Entity, date: str | None) -> Entity | None:
        """The state a person acted for: the one this article gives him a post in, else the one
        the gazetteer has him holding office for at the event's date (or the article's), else,
        for a former holder, the only state he ever held office for."""
        state = self.roles.person_state.get(person.id)
        if state is not None:
            return state
        gz = self.ctx.gz
        for on in dict.fromkeys(d for d in (date, self.ctx.published, None) if d or d is None):
            states = {r.state for r in gz.roles(person, on)}
            states.discard(None)
            if len(states) == 1:
                found = gz.by_id(next(iter(states)))
                if found is not None and found.type == EntityType.STATE:
                    return found
            if states:
                return None
        return None

