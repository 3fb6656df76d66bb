"""Which entity mentions a trigger's arguments reach through the parse: names and their
coordination and apposition, actor nouns standing for their state ("officials from Russia"),
a post standing for its holder ("South Korea's president"), pronouns and "the two countries",
the owner of a patient noun, the subject of a verb through control and relative clauses."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ingest import docindex
from ingest import modality as modality_mod
from ingest.coreference import Coreference, leading_phrases, window_start
from ingest.mentions import Mention, is_honorific_word, plural_title_head
from schemas.models import Entity, EntityType

if TYPE_CHECKING:
    from ingest.relations.context import ArticleContext, RoleIndex

ACTOR_TYPES = {EntityType.PERSON, EntityType.STATE, EntityType.ORGANIZATION}
PLACE_TYPES = {EntityType.STATE, EntityType.CITY, EntityType.PLACE}
#: Where the small parser hangs a word of value (verbs.json value_adjectives) that carries the
#: goods' phrases: on the noun ("goods worth X"), as its clause ("valued at X"), or on the verb
#: ("extended goods worth X to Y", "gifted a vessel worth X to Y").
VALUE_DEPS = ("amod", "prep", "advmod", "acl", "ccomp", "advcl")
#: How many sentences either side of "the English team" a tour report names its sport in: the
#: lead names it ("England's cricket team arrived ..."), the next lines say only "the team".
SPORT_REACH = 3


def one_per_entity(items: list) -> list:
    """First occurrence of each entity, in order (arguments and mentions both carry .entity)."""
    seen: set[str] = set()
    unique = []
    for item in items:
        if item.entity.id not in seen:
            seen.add(item.entity.id)
            unique.append(item)
    return unique


@dataclass
class Arg:
    mention: Mention
    via: str = "direct"   # direct | actor_noun | owner | anaphora

    @property
    def entity(self) -> Entity:
        return self.mention.entity


def _bare_participle(tok) -> bool:
    """A participle with no subject or object of its own ("and visiting President Y" parsed
    with "visiting" a conjoined verb and Y a second subject): a modifier, not a clause."""
    return tok.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "prep") for c in tok.children)



def main_verb_as_clause(verb) -> bool:
    """"X, Secretary-General of Y, condemned in harsh words the raids": the small parser
    hangs a sentence's only verb, after the subject's appositive and its comma, on the subject's
    name as a participle clause. A sentence whose root is that name has no other main verb, and a
    participle with a direct object of its own and no agent is active: the name is its subject."""
    head = verb.head
    return verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and head.dep_ == "ROOT" \
        and head.pos_ in ("PROPN", "NOUN") and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
        and any(c.dep_ == "appos" and c.i < verb.i for c in head.children) \
        and any(c.dep_ == "dobj" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children)

class Arguments:
    """Which mentions a token reaches through the parse, for one article. Built on the article's
    context and on the roles known so far (none while the roles themselves are read)."""

    def __init__(self, ctx: ArticleContext, roles: RoleIndex):
        self.ctx, self.roles = ctx, roles
        self.doc, self.res = ctx.doc, ctx.res
        self.lex, self.w = ctx.lex, ctx.words
        self._value_heads: frozenset[int] | None = None
        # a sport or a sporting event named in a sentence: what a tour report tells its sport by
        self._sport_vocabulary = frozenset(self.w["sport_words"]) | frozenset(self.w["sport_events"])
        self.coref = Coreference(ctx, self.actors, self.mention_at)
        from ingest.relations.context import Homes  # context -> lexicon_data -> paths -> this module
        self.homes = Homes(ctx, roles)

    # ---- arguments -------------------------------------------------------------------
    def mention_at(self, tok) -> Mention | None:
        m = self.ctx.mention_at(tok)
        if m is None and tok.i > 0 and tok.text.replace(".", "").lower() in self.w["post_nominals"]:
            # "the Hon X Y MP": the letters after a name, parsed as the phrase's head, are the person
            before = self.ctx.mention_at(self.doc[tok.i - 1])
            if before is not None and before.end == tok.i and before.entity.type == EntityType.PERSON:
                return before
        if m is None and is_honorific_word(tok):
            # "by Cabinet Secretary Hon. X Y": the form of address the parser made the phrase's
            # head (its dot read as a sentence end) stands for the person named right after it
            j = tok.i + 1
            if j < len(self.doc) and self.doc[j].text == ".":
                j += 1
            after = self.ctx.mention_at(self.doc[j]) if j < len(self.doc) else None
            if after is not None and after.start == j and after.entity.type == EntityType.PERSON:
                return after
        return m

    def actors(self, tok, owner: bool = False, depth: int = 0) -> list[Arg]:
        if depth > 6:
            return []
        out: list[Arg] = []
        m = self.mention_at(tok)
        named = m
        if m is not None and m.entity.type in (EntityType.ORGANIZATION, EntityType.STATE):
            # "North Korean Workers' Party Secretary General Kim Jong-un": the person is the actor.
            j = m.end
            if j + 2 < len(self.doc) and self.doc[j].text == "(" and self.doc[j + 2].text == ")":
                j += 3  # "the Pacific Islands Forum (PIF) Chair X": past the body's short form
            while j < len(self.doc) and (self.doc[j].lower_ in self.w["title_words"] or
                                         self.doc[j].lower_ in self.w["title_heads"] or
                                         self._title_joint_or_honorific(j)) and j - m.end < 7:
                j += 1
            person = self.mention_at(self.doc[j]) if j > m.end and j < len(self.doc) else None
            if person is not None and person.entity.type == EntityType.PERSON:
                m = person
        if m is not None and "demonym" in m.notes and tok.tag_ in ("NNS", "NNPS") \
                and any(c.dep_ == "nummod" for c in tok.children):
            # "sanctions on four Ukrainians, including X": counted nationals are persons; the
            # named members stand for them, not their state
            members = self.included(tok, depth)
            if members:
                return one_per_entity(members)
        if m is None and tok.tag_ == "NNS" and any(c.dep_ == "nummod" for c in tok.children) \
                and any(c.dep_ in ("amod", "compound") and self.mention_at(c) is not None
                        and "demonym" in self.mention_at(c).notes for c in tok.children):
            # "froze the accounts of five Ruritanian tycoons, including X": counted persons of a
            # nationality are the named members, not their state
            members = self.included(tok, depth)
            if members:
                return one_per_entity(members)
        if m is not None:
            if not self._first_titles_body(m, tok):
                out.append(Arg(m, "anaphora" if "anaphora" in m.notes else "direct"))
            for c in tok.children:
                if c.dep_ == "appos" and self.mention_at(c) is not None and self.mention_at(c) is not m \
                        and not (named is not m and self.mention_at(c).entity.id == named.entity.id) \
                        and not self._restates_relative_object(tok, c):
                    # (not the body's own short form: "the X Forum (XF) Chair Name" is Name)
                    out.extend(self.actors(c, owner, depth + 1))
                elif c.dep_ == "appos" and "demonym" in m.notes and c.lower_ in self.w["person_group_nouns"] \
                        and c.left_edge.i == tok.i + 2 and self.doc[tok.i + 1].text == ",":
                    # "The Ruritanian, Bordurian leaders held talks": a list of demonyms before the leaders
                    out.extend(self.actors(c, owner, depth + 1))
                elif c.dep_ == "appos" and m.entity.type == EntityType.PERSON and self._own_counterpart(c):
                    # "A, his Ruritanian counterpart B and C signed ...": a counterpart of A's own
                    # is another person, the list's next member (with the names conjoined to him),
                    # not A restated ("A, B's counterpart," restates A: read as a description)
                    out.extend(a for k in c.children if k.dep_ == "appos" and k.i > c.i
                               for a in self.actors(k, owner, depth + 1))
                elif c.dep_ == "appos" and m.entity.type == EntityType.PERSON and self.mention_at(c) is None:
                    # "met A; B, X's adviser; and C, ...": the parser hung the list's next name on
                    # the description set off after B, as that description's conjunct
                    # (not a name right after a title ending the description's own phrase: "X, the
                    # envoy of President Y" names Y as the one who sent X, parsed as a conjunct)
                    out.extend(a for k in c.children if k.dep_ == "conj" and k.i > c.i
                               and self.mention_at(k) is not None
                               and self.mention_at(k).entity.type == EntityType.PERSON
                               and not self._holder_of_phrase_title(c, self.mention_at(k))
                               for a in self.actors(k, owner, depth + 1))
        elif tok.lower_ in self.w["relative_pronouns"] and tok.head.dep_ == "relcl":
            antecedent = tok.head.head
            where = self.mention_at(antecedent)
            if tok.lower_ in self.w["person_relative_pronouns"] and where is not None \
                    and where.entity.type in PLACE_TYPES and antecedent.dep_ == "pobj" \
                    and antecedent.head.head.pos_ == "NOUN" and self.mention_at(antecedent.head.head) is None:
                # "met Ruritanian sailors in Borduria, who are taking part in ...": "who" is the
                # persons the place phrase locates, not the place the parser hung the clause on
                antecedent = antecedent.head.head
            if docindex.is_time(antecedent) and antecedent.dep_ == "pobj" \
                    and antecedent.head.head.pos_ in ("VERB", "AUX") and tok.lower_ in self.w["person_relative_pronouns"]:
                # "met with X and Y on May 2, who arrived in Z": the parser hung the clause on
                # the date; "who" is the persons the verb's phrase before the date names
                verb = antecedent.head.head
                return [a for c in verb.children if c.i < antecedent.i and c.dep_ in ("dobj", "prep")
                        for p in ([c] if c.dep_ == "dobj" else [k for k in c.children if k.dep_ == "pobj"])
                        for a in self.actors(p, owner, depth + 1) if a.entity.type == EntityType.PERSON]
            before = self.mention_at(self.doc[tok.i - 1]) if tok.i > 0 else None
            if tok.lower_ in self.w["person_relative_pronouns"] and before is not None \
                    and before.entity.type == EntityType.PERSON and antecedent.pos_ == "NOUN" \
                    and antecedent.lemma_.lower() in self.lex["nouns"]:
                # "held talks with X who arrived in Y" parsed with the clause on the event noun:
                # "who" is no meeting, but the person named just before it
                return [Arg(before)]
            if antecedent.dep_ == "conj" and antecedent.tag_ in ("NN", "NNP") and self._plural_clause(tok.head):
                # "militias from group A and the B faction, which have accused X": a plural verb
                # after a singular last conjunct agrees with the whole coordination
                first = docindex.first_conjunct(antecedent)
                return self.actors(first, owner, depth + 1)
            later = [c for c in antecedent.children if c.dep_ == "conj" and c.i > tok.head.right_edge.i]
            if later and self.mention_at(antecedent) is not None:
                # "between X, who is visiting Y, and his counterpart Z": a clause set off
                # after the first of a list is that one's, not the names that follow it
                after = {a.entity.id for c in later for a in self.actors(c, owner, depth + 1)}
                return [a for a in self.actors(antecedent, owner, depth + 1) if a.entity.id not in after]
            found = self.actors(antecedent, owner, depth + 1)
            restated = self.mention_at(antecedent.head) if antecedent.dep_ == "appos" else None
            if not found and restated is not None and self.mention_at(antecedent) is None \
                    and restated.entity.type == EntityType.PERSON and tok.lower_ in self.w["person_relative_pronouns"]:
                # "X, the new army chief, who was under Y sanctions": a clause on the
                # description that restates a named person is the person's
                return self.actors(antecedent.head, owner, depth + 1)
            return found
        elif docindex.is_time(tok) and any(c.dep_ == "compound" and self.mention_at(c) is not None
                                                      for c in tok.children):
            # "met with Ruritanian President Anna Vidal Tuesday": the name parsed into the day
            for c in tok.children:
                if c.dep_ == "compound" and self.mention_at(c) is not None:
                    out.extend(self.actors(c, owner, depth + 1))
        elif tok.lower_ in self.w["person_pronouns"] and tok.pos_ == "PRON":
            out.extend(Arg(m, "anaphora") for m in self.coref.person(tok))
        elif tok.lower_ in ("its", "their") and tok.dep_ == "poss":
            out.extend(Arg(m, "anaphora") for m in self.coref.collective(tok))
        elif tok.pos_ == "PRON" and tok.dep_ in ("dobj", "pobj") and tok.lower_ in self.lex["subject_pronouns"]:
            out.extend(Arg(m, "anaphora") for m in self.coref.object_pronoun(tok))
        elif tok.pos_ == "PRON" and tok.dep_ in ("nsubj", "nsubjpass") and (party := self.coref.party_pronoun(tok)):
            # "X and his delegation arrived in Y, where they were welcomed by Z": the party's leader
            out.extend(Arg(m, "anaphora") for m in party)
        elif tok.pos_ == "PRON" and (pair := self.coref.plural_persons(tok)):
            # "A and B began a visit as C welcomed them": the persons named together before
            out.extend(Arg(m, "anaphora") for m in pair)
        elif self.w["anaphor_nouns"].get(tok.lower_) == "State" and tok.tag_ == "NN" \
                and any(c.dep_ == "poss" and c.lower_ in self.w["person_pronouns"] for c in tok.children):
            # "sanctions on his country": the state of the person the pronoun stands for
            out.extend(self.persons_state(tok))
        elif tok.lower_ in self.w["pair_nouns"] and any(c.lower_ in ("two", "both") for c in tok.children) \
                and not any(c.dep_ == "appos" and self.mention_at(c) is not None for c in tok.children):
            # (with the two named in apposition, "Both nations, X and Y, ...", they are the
            # apposition's, read below, not the two named last)
            out.extend(Arg(m, "anaphora") for m in self.coref.group(tok))
        elif tok.lower_ in self.w["pair_nouns"] and tok.dep_ == "pobj" and tok.head.lower_ == "between" \
                and tok.tag_ == "NNS" and not any(c.dep_ in ("nummod", "conj", "prep") for c in tok.children):
            # "the alliance between the countries", "violence between Russia's allies": "between"
            # counts them two, as "the two countries" (the possessor inside the phrase is not one)
            out.extend(Arg(m, "anaphora") for m in self.coref.group(tok))
        elif any(c.lower_ in self.w["group_counts"] for c in tok.children) and (
                tok.lower_ in self.w["person_group_nouns"]
                or tok.lower_ in self.w["counted_person_nouns"]
                and any(c.dep_ in ("det", "predet", "preconj") and c.lower_ in ("the", "both") for c in tok.children)):
            # "The three leaders met Zelensky": the three persons named last; "the two officials
            # then talked" too, with a definite count ("two officials said" brings in new,
            # unnamed ones)
            count = next(self.w["group_counts"][c.lower_] for c in tok.children if c.lower_ in self.w["group_counts"])
            out.extend(Arg(m, "anaphora") for m in self.coref.group(tok, count=count, persons=True, roles=self.roles))
        elif (tok.lower_ in self.w["person_group_nouns"] or tok.lower_ in self.w["counted_person_nouns"]) \
                and self.coref.bare_pair(tok) and self.coref.listed_persons(tok):
            # "..., which gathered A, B and C, the officials agreed ...": the list
            # the sentence named before them
            out.extend(Arg(m, "anaphora") for m in self.coref.listed_persons(tok))
        elif tok.lower_ in self.w["person_group_nouns"] and self.coref.bare_pair(tok):
            # "The heads of state then talked": uncounted, the two persons named last, when the
            # window names exactly two
            out.extend(Arg(m, "anaphora") for m in self.coref.group(tok, count=2, persons=True))
        elif tok.pos_ == "ADJ" and tok.dep_ in ("dobj", "pobj") and any(
                c.dep_ == "conj" and c.pos_ == "NOUN" and self.mention_at(c) is None
                and (c.lower_ in self.w["actor_nouns"] or c.lemma_.lower() in self.w["actor_nouns"])
                for c in tok.children):
            # "sanctioned 13 current and former officials of the X government": the parser made
            # the first adjective the object, the officials its conjunct, and hung the "of"
            # phrase on the adjective; the officials act for whom the adjective's phrases name
            out.extend(self._actor_noun_states(tok, depth))
        elif m is None and self.counted_combatants(tok):
            # "a group of X militants stormed Y", "hundreds of X troops invaded Y": a count or a
            # band of fighters acts as the fighters it counts, whatever the verb reads of owners
            for c in self.counted_combatants(tok):
                out.extend(self.actors(c, owner, depth + 1))
        elif tok.pos_ == "NOUN" and self.named_after(tok) is not None:
            # "arrived in the capital Asmara", the name parsed off the noun it names
            out.append(Arg(self.named_after(tok)))
        elif tok.pos_ in ("NOUN", "PROPN"):
            persons = [c for c in tok.children if c.dep_ == "appos" and self.mention_at(c) is not None
                       and self.set_off(tok, c)] \
                or self._named_after_honorific(tok) or self._named_after_titles_state(tok) or self._second_title_holder(tok) \
                or self._name_set_off_on_verb(tok)
            described = [Arg(m, "description") for m in self.coref.described_person(tok, self.roles)] if not persons else []
            if not persons and not described:
                # "the honorary guest met X": the one person told arriving before
                described = [Arg(m, "anaphora") for m in self.coref.guest(tok)] \
                    or [Arg(m, "anaphora") for m in self.coref.counterpart(tok)] \
                    or [Arg(m, "anaphora") for m in self.coref.party_leader(tok)]
            if persons:
                for c in persons:
                    out.extend(self.actors(c, owner, depth + 1))
            elif described:
                out.extend(described)
            elif tok.lower_ in self.w["armed_group_heads"] and self._insurgent_group(tok, depth):
                # "Somalia's X group carried out the attack": the named organisation, not the
                # state that owns the phrase
                out.extend(self._insurgent_group(tok, depth))
            elif tok.lemma_.lower() in self.w["insurgent_nouns"] or tok.lower_ in self.w["insurgent_nouns"]:
                # "Houthi rebels", "rebels from the X group": the group they belong to; a state
                # named with them ("Yemen rebels") is where they fight, not who acts
                out.extend(self._insurgent_group(tok, depth))
            elif any(c.dep_ == "compound" and c.lower_ in self.w["membership_nouns"] for c in tok.children):
                # "EU member countries": the organisation, whatever the members are called
                out.extend(self._actor_noun_owners(tok, depth))
            elif tok.lower_ in self.w["pair_nouns"] and tok.tag_ == "NNS" and any(
                    c.dep_ == "compound" and self.mention_at(c) is not None
                    and self.mention_at(c).entity.type == EntityType.ORGANIZATION for c in tok.children):
                # "jets from NATO countries": the bloc's members act as the bloc
                out.extend(Arg(self.mention_at(c), "actor_noun") for c in tok.children
                           if c.dep_ == "compound" and self.mention_at(c) is not None
                           and self.mention_at(c).entity.type == EntityType.ORGANIZATION)
            elif tok.lower_ in self.w["actor_nouns"] or tok.lemma_.lower() in self.w["actor_nouns"] \
                    or tok.lower_ in self.w["title_heads"] or tok.lemma_.lower() in self.w["title_heads"] \
                    or plural_title_head(tok, self.w["title_heads"]) \
                    or (tok.lower_ in self.w["person_group_nouns"] and any(
                        c.dep_ == "compound" and self.mention_at(c) is not None
                        and self.mention_at(c).entity.type == EntityType.ORGANIZATION for c in tok.children)):
                # ("CARICOM Heads of Government": the body whose members they are; "the
                # Ambassadors of A and B": a title's plural the parser left unlemmatised)
                # "officials from Russia"; an unnamed official ("Iraq's national security
                # adviser", "a Chinese envoy") acts for the state too.
                titled = self._person_ending_title(tok)
                if titled and (tok.lower_ in self.w["title_heads"] or tok.lemma_.lower() in self.w["title_heads"]):
                    # "President of the Regional Commission Anna Maria Vidal" parsed as one phrase
                    out.append(Arg(titled[0]))
                    # "between President of A X and President of B Y": the parser conjoined the
                    # second titled name to the first name, deep in the first title's phrase
                    last = self.doc[titled[0].end - 1]
                    out.extend(a for c in last.children if c.dep_ == "conj" and c.i > last.i
                               for a in self.actors(c, owner, depth + 1))
                elif self._restated_after_comma(tok) is not None:
                    # "talked with the minister of X, Name, who ...": the parser hung the name
                    # set off by the comma elsewhere; the title is that person's
                    out.append(Arg(self._restated_after_comma(tok)))
                elif any(c.dep_ == "conj" and self.mention_at(c) is not None
                         and self.mention_at(c).entity.type == EntityType.PERSON for c in tok.children) \
                        and (any(self.mention_at(p) is not None and self.mention_at(p).entity.type == EntityType.STATE
                                 for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                                 for p in c.children if p.dep_ == "pobj") or self._titles_of_one(tok)):
                    # "Foreign Ministers of A and B, X and Y, met": the holders named after the
                    # title act (through the coordination below), not the states of the title
                    pass
                elif not titled and self._titled_holders(tok, "conj"):
                    # "General Secretary of the X Party and President of Y Name are on a visit":
                    # two titles of one person, the name ending the second; the holder acts
                    # (through the coordination below), not the body of the first title
                    pass
                else:
                    found = self._actor_noun_states(tok, depth)
                    if not found and owner and (tok.lemma_.lower() in self.lex["document_nouns"]):
                        # "condemned the statement by X", "X's statement": what a document
                        # says is its author's act, a person's too
                        found = self.owner_of(tok, depth)
                    out.extend(found)
            elif owner:
                out.extend(self.owner_of(tok, depth))
        elif m is None and owner and self._possessed_verb(tok):
            # "condemned X's recent missile launches": a plural noun the tagger took for a verb,
            # its possessor the owner of the act
            out.extend(self.owner_of(tok, depth))
        if m is None and tok.pos_ in ("NOUN", "NUM", "PRON") and not self._event_noun(tok):
            # "condemned the offensive, including A and B": an act has no named members; the
            # list the parser hung on an event noun names others (those who joined in), not
            # its actors
            out.extend(self.included(tok, depth))
        for a in list(out):
            # (a step along the list, not a level deeper, as for a conjunct below)
            out.extend(b for nxt in self._next_titled_members(a.mention, tok)
                       for b in self.actors(self.doc[nxt.end - 1], owner, depth))
        # Coordination: "Russia and China", "Russian and Chinese officials".
        for c in list(tok.children) + self._conjuncts_inside_name(named, tok):
            if c.dep_ == "conj" and c.tag_ == "VBG" and m is not None \
                    and not any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children):
                # "X and visiting President Y held talks": the parser made the participle
                # before the second name a verb conjoined to the first, its object the name
                out.extend(a for k in c.children if k.dep_ == "dobj" for a in self.actors(k, owner, depth + 1)
                           if a.entity.type == EntityType.PERSON)
            elif c.dep_ == "conj" and self._title_of_next_name(c) is not None:
                # "X and US Secretary of State, Name": the title is the name's, not its state's
                named = self._title_of_next_name(c)
                out.append(Arg(named))
                out.extend(a for k in c.children if k.dep_ == "conj" and not named.start <= k.i < named.end
                           for a in self.actors(k, owner, depth + 1))
            elif c.dep_ == "conj" and self._restates_title_between(tok, c):
                # "X, who was met by Minister of Y, Senator Z, ...": the parser conjoined Z, the
                # name of the title in X's clause, to X; Z is not a second subject
                continue
            elif c.dep_ == "conj" and m is None and (tok.lemma_.lower() in self.lex["deed_nouns"]
                                                      or tok.lower_ in self.lex["deed_nouns"]) \
                    and any(k.dep_ == "cc" and k.lower_ == "or" for k in tok.children):
                # "the new step, agreed with its partners, or the other members of X, designated
                # Y": an act is no alternative to actors; the "or" restates a phrase inside it
                continue
            elif c.dep_ == "conj" and m is None and tok.pos_ == "NOUN" and self._person_of_list(tok, c):
                # "visited the tomb of A and B": the parser hung the second name of the "of"
                # phrase on its head noun; B is no second object of the verb
                continue
            elif c.dep_ == "conj":
                # (a step down the list, not a level deeper: a list of seven states is read whole;
                # every cycle of the reading climbs a head somewhere, and that step counts)
                out.extend(self.actors(c, owner, depth))
            elif m is not None and c.dep_ in ("nmod", "compound") and c.i < m.start \
                    and any(k.dep_ == "cc" for k in c.children):
                # "Obama and Vietnamese President X met": the parser hung the first conjunct on X
                first = self.mention_at(c)
                if first is not None and first is not m and first.entity.type in ACTOR_TYPES:
                    out.append(Arg(first))
            elif m is not None and c.dep_ in ("nmod", "compound") and c.i < m.start and self.mention_at(c) is None \
                    and (c.lower_ in self.w["title_heads"] or c.lemma_.lower() in self.w["title_heads"]):
                # "with Minister A and Defence Secretary B": the parser made the first name and
                # its "and" a modifier of the second name's title word
                for k in c.children:
                    first = self.mention_at(k)
                    if k.dep_ in ("nmod", "compound") and k.i < c.i and any(d.dep_ == "cc" for d in k.children) \
                            and first is not None and first is not m and first.entity.type == EntityType.PERSON:
                        out.append(Arg(first))
        return one_per_entity(out)

    def _own_counterpart(self, noun) -> bool:
        """"A, his Ruritanian counterpart B": a relative title (mentions.json relative_titles)
        owned by a personal pronoun, with a named person of its own in apposition, names someone
        other than the one it is set off after."""
        return noun.lower_ in self.w["relative_titles"] and self.mention_at(noun) is None \
            and any(k.dep_ == "poss" and k.lower_ in self.w["person_pronouns"] for k in noun.children) \
            and any(k.dep_ == "appos" and k.i > noun.i and (p := self.mention_at(k)) is not None
                    and p.entity.type == EntityType.PERSON for k in noun.children)

    def _conjuncts_inside_name(self, named: Mention | None, tok) -> list:
        """"the leaders of A, Federated States of B, C and D": the parser went on with the list
        from a word inside a name of several words (its "of" phrase's noun), not from the name's
        head; the conjuncts hung on the name's other words that lie outside the name are the
        list's next members. Only one set off by a comma: "the Ministry of Foreign Affairs and
        External Trade" is one name the finder cut short, its "and" no list's."""
        if named is None or not named.start <= tok.i < named.end or named.end - named.start == 1:
            return []  # (a one-word name has no other word)
        return [c for t in docindex.tokens(self.doc)[named.start:named.end] if t.i != tok.i
                for c in docindex.children(t)
                if c.dep_ == "conj" and not named.start <= c.i < named.end
                and c.left_edge.i > 0 and self.doc[c.left_edge.i - 1].text == ","]

    def _first_titles_body(self, m: Mention, tok) -> bool:
        """"General Secretary of the X Party and President of Y Name are on a visit", parsed with
        the party for subject and the second title its conjunct: the body named in the first title's
        "of" phrase is no actor when a conjunct of it names the person who holds both titles."""
        if m.entity.type != EntityType.ORGANIZATION or m.start < 2:
            return False
        j = m.start - 1
        if self.doc[j].lower_ == "the":
            j -= 1
        if j < 1 or self.doc[j].lower_ != "of" or not (
                self.doc[j - 1].lower_ in self.w["title_heads"] or self.doc[j - 1].lemma_.lower() in self.w["title_heads"]):
            return False
        return bool(self._titled_holders(tok, "conj"))

    def _named_after_titles_state(self, tok) -> list:
        """"talked to the President-elect of Ruritania, Name", "received his counterpart from
        Ruritania, Name": the person's name set off after a title's "of" or "from" phrase
        (mentions.json title_origin_prepositions), which the parser made the appositive of the
        state (or body) that phrase names, is the title's holder; [] otherwise. The phrase may
        hang on the title or, right after a bare title, on the verb above it."""
        if self.mention_at(tok) is not None or not any(
                t.lower_ in self.w["title_heads"] or t.lemma_.lower() in self.w["title_heads"]
                for t in [tok] + [c for c in tok.children if c.dep_ == "compound"]):
            return []
        preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in self.w["title_origin_prepositions"]]
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) and tok.right_edge.i == tok.i else None
        if nxt is not None and nxt.dep_ == "prep" and nxt.head.i == tok.head.i \
                and nxt.lower_ in self.w["title_origin_prepositions"]:
            # "met his counterpart from X, Name": the parser hung the title's phrase on the verb
            preps.append(nxt)
        return [a for c in preps
                for p in c.children if p.dep_ == "pobj" and self.mention_at(p) is not None
                and self.mention_at(p).entity.type in (EntityType.STATE, EntityType.ORGANIZATION)
                for a in p.children if a.dep_ == "appos" and a.i > p.i and self.mention_at(a) is not None
                and self.mention_at(a).entity.type == EntityType.PERSON]

    def _second_title_holder(self, tok) -> list:
        """"with the First Vice Premier, Minister of Trade of X Name": a title with a
        second title in apposition, the name ending that one's phrase, is the name's; [] otherwise."""
        if self.mention_at(tok) is not None or not (tok.lower_ in self.w["title_heads"]
                                                    or tok.lemma_.lower() in self.w["title_heads"]):
            return []
        return [self.doc[m.end - 1] for m in self._titled_holders(tok, "appos")]

    def _titled_holders(self, tok, dep: str) -> list:
        """The persons whose names end the phrases of second titles hung on `tok` as `dep`
        ("conj", "appos"): "Title of X and President of Y Name", "the First Vice Premier,
        Minister of Trade of X Name"."""
        return [m for c in tok.children if c.dep_ == dep and self.mention_at(c) is None
                and (c.lower_ in self.w["title_heads"] or c.lemma_.lower() in self.w["title_heads"])
                for m in self._person_ending_title(c)]

    def _name_set_off_on_verb(self, tok) -> list:
        """"met with his opposite number, Ruritanian Foreign Minister X.", "paid a visit to his
        counterpart, Y, in Z": the name set off by a comma after an object noun with no name of its
        own, which the parser hung on a verb above as a bare noun phrase adverbial instead of making
        it the noun's appositive, is the one the noun describes. The comma right after the noun (no
        phrase of its own between), and between the comma and the name only title words, demonyms
        and forms of address; [] otherwise."""
        if tok.dep_ not in ("pobj", "dobj") or self.mention_at(tok) is not None or tok.right_edge.i != tok.i \
                or any(c.dep_ == "appos" for c in tok.children):
            return []  # (a noun with phrases after it, "a visit to X at the invitation of Y, Name", is not restated)
        j = tok.i + 1
        if j + 1 >= len(self.doc) or self.doc[j].text != ",":
            return []
        j += 1
        while j < len(self.doc) and j - tok.i < 8:
            t, here = self.doc[j], self.mention_at(self.doc[j])
            if here is not None and (here.entity.type == EntityType.PERSON or "demonym" not in here.notes):
                break
            if here is None and not (self._title_word(t)
                                     or is_honorific_word(t) or t.dep_ == "det"):
                return []
            j = here.end if here is not None else j + 1
        after = self.mention_at(self.doc[j]) if j < len(self.doc) else None
        if after is None or after.entity.type != EntityType.PERSON or after.start != j:
            return []
        last = self.doc[after.end - 1]
        if last.dep_ != "npadvmod" or last.head not in list(tok.ancestors):
            return []
        return [last]

    def _title_word(self, tok) -> bool:
        """Whether tok is a word of a title (mentions.json title_heads or title_words), as written."""
        return tok.lower_ in self.w["title_heads"] or tok.lower_ in self.w["title_words"]

    def _holder_of_phrase_title(self, noun, m: Mention) -> bool:
        """Whether the name m follows right after a title word inside a prepositional phrase of
        noun, with nothing but that title between ("the envoy of Ruritanian President Y"): it
        names the title's holder, whom the noun's phrase is about."""
        before = self.doc[m.start - 1] if m.start > 0 else None
        return before is not None and before.dep_ == "pobj" and before.head.head.i == noun.i \
            and self._title_word(before)

    def _title_joint_or_honorific(self, j: int) -> bool:
        """Inside a title before a name: the hyphen of "Secretary-General" between title words, or an
        honorific after the title ("the X Forum Secretary-General Dr. Name")."""
        tok = self.doc[j]
        if tok.text == "-":
            return 0 < j < len(self.doc) - 1 and self.doc[j - 1].lower_ in self.w["title_heads"] \
                and self._title_word(self.doc[j + 1])
        return tok.lower_.rstrip(".") in self.w["honorifics"] and j + 1 < len(self.doc) \
            and self.mention_at(self.doc[j + 1]) is not None

    @staticmethod
    def _plural_clause(verb) -> bool:
        """Whether a relative clause's verb, or its first auxiliary, is in the plural present
        ("which have accused", "who accuse") or "were"."""
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
        first = auxes[0] if auxes else verb
        return first.tag_ == "VBP" or first.lower_ == "were"

    def _hyphened_word(self, tok):
        """The word a hyphen joins to the end of the name at `tok` ("UN-backed", "X-linked"), or
        None: such a compound tells how the noun it modifies stands to the name."""
        m = self.mention_at(tok)
        if m is None or m.end + 1 >= len(self.doc) or self.doc[m.end].text != "-":
            return None
        return self.doc[m.end + 1]

    def _backer(self, tok) -> bool:
        """Whether a name modifying a noun is joined by a hyphen to a participle of backing after
        it (mentions.json backer_participles): "the UN-backed government" is no UN body."""
        nxt = self._hyphened_word(tok)
        return nxt is not None and nxt.lower_ in self.w["backer_participles"]

    def _affiliate(self, tok) -> bool:
        """Whether a name modifying a noun is joined by a hyphen to a participle of affiliation
        after it (verbs.json owner_participles): in "X-linked Y camps" the camps are Y's, X is
        only what Y is linked to."""
        nxt = self._hyphened_word(tok)
        return nxt is not None and nxt.tag_ == "VBN" and nxt.lemma_.lower() in self.lex["owner_participles"]

    @staticmethod
    def set_off(tok, appos) -> bool:
        """Whether a name the parser made a noun's appositive restates it: right after the noun
        and its own phrases ("the Minister of X Name") or set off by punctuation ("the
        government, Name"); not a name after other words with no comma ("helping the government
        tackle Name": the object of a verb it misread)."""
        own = {t.i for c in tok.children if c.dep_ == "prep" for t in c.subtree}
        gap = [t for t in tok.doc[tok.i + 1:appos.left_edge.i] if t.i not in own]
        return not gap or any(t.is_punct for t in gap)

    @staticmethod
    def _possessed_verb(tok) -> bool:
        """A word tagged as a verb in a noun's place: an object with a possessor ("X's launches")."""
        return tok.pos_ == "VERB" and tok.dep_ in ("dobj", "pobj") \
            and any(c.dep_ == "poss" for c in tok.children)

    def _titles_of_one(self, tok) -> bool:
        """"Party General Secretary and Prime Minister X": two titles joined before one name, the
        name the parser made the first title's conjunct; both are that person's."""
        for c in tok.children:
            m = self.mention_at(c)
            if c.dep_ == "conj" and m is not None and m.entity.type == EntityType.PERSON and m.start > tok.i + 1:
                between = self.doc[tok.i + 1:m.start]
                if between[0].lower_ == "and" and len(between) > 1 and all(
                        self._title_word(t) for t in between[1:]):
                    return True
        return False

    def title_of_next_name(self, tok) -> Mention | None:
        """The person's name a title noun with no name of its own is set off from by a comma
        (`_title_of_next_name`), for the paths."""
        return self._title_of_next_name(tok)

    def _title_of_next_name(self, tok) -> Mention | None:
        """The person's name a conjoined title noun, no name of its own, is set off from by a
        comma, the parser having made the name a conjunct apart ("... and United States
        Secretary of State, Name and his delegation"); None otherwise."""
        if self.mention_at(tok) is not None or not (tok.lower_ in self.w["title_heads"]
                                                    or tok.lemma_.lower() in self.w["title_heads"]):
            return None
        own = {t.i for c in tok.children if c.dep_ == "prep" and c.i > tok.i for t in c.subtree}
        j = tok.i + 1
        while j in own and self.doc[j].text != ",":
            j += 1
        if j < len(self.doc) and j > tok.i + 1 and self.doc[j].text != ",":
            # "..., and Chairwoman of the Assembly Name": the name right after the title's own
            # phrase, which the parser hung elsewhere, is the title's too
            after = self.mention_at(self.doc[j])
            if after is not None and after.entity.type == EntityType.PERSON and after.start == j \
                    and not any(t.i == j for t in tok.subtree):
                return after
            return None
        if j + 1 >= len(self.doc) or self.doc[j].text != ",":
            return None
        after = self.mention_at(self.doc[j + 1])
        if after is None or after.entity.type != EntityType.PERSON or after.start != j + 1:
            return None
        return after

    def _person_of_list(self, tok, conj) -> bool:
        """Whether a person's name conjoined to a common noun follows a person's name in that
        noun's "of" phrase ("the tomb of A and B")."""
        named = self.mention_at(conj)
        if named is None or named.entity.type != EntityType.PERSON:
            return False
        for p in tok.children:
            if p.dep_ == "prep" and p.lower_ == "of" and p.i < conj.i:
                owner = next((self.mention_at(o) for o in p.children if o.dep_ == "pobj"), None)
                if owner is not None and owner.entity.type == EntityType.PERSON:
                    return True
        return False

    def _restates_title_between(self, tok, conj) -> bool:
        """Whether a conjunct's name is the restated name of a title phrase in a relative clause of
        the first conjunct ("X, who was met by Minister of Y, Senator Z, and ...")."""
        named = self.mention_at(conj)
        if named is None or conj.i - tok.i < 4:
            return False
        return any(t.dep_ in ("pobj", "dobj") and t.i < named.start and self._restated_after_comma(t) is named
                   for c in tok.children if c.dep_ in ("relcl", "acl") for t in c.subtree)

    def _restated_after_comma(self, tok) -> Mention | None:
        """The person's name right after a comma closing a title phrase ("the Spanish minister of
        X, Name, who ...", "by Minister of X and Y, Senator Name, and ..."), which the parser hung
        outside the phrase (not its appositive), when that name is no clause's subject ("...,
        Name said") nor the next of a list the title heads; None otherwise."""
        if tok.dep_ not in ("pobj", "dobj") or self.mention_at(tok) is not None \
                or not (tok.lower_ in self.w["title_heads"] or tok.lemma_.lower() in self.w["title_heads"]) \
                or any(c.dep_ == "appos" for c in tok.children):
            return None
        own: set[int] = set()
        for c in tok.children:
            named = self.mention_at(c)
            if c.dep_ == "conj" and named is not None and named.entity.type == EntityType.PERSON:
                return None  # "the minister, X and Y": a list of its own
            if c.i > tok.i and c.dep_ in ("prep", "cc", "conj"):
                own.update(t.i for t in c.subtree)  # "Minister of Foreign Affairs and Foreign Trade"
        j = tok.i + 1
        while j in own and self.doc[j].text != ",":
            j += 1
        if j + 1 >= len(self.doc) or self.doc[j].text != ",":
            return None
        j += 1
        while j < len(self.doc) and self.mention_at(self.doc[j]) is None and (
                self.doc[j].lower_ in self.w["title_heads"] or is_honorific_word(self.doc[j])):
            j += 1  # "..., Senator Name"
        after = self.mention_at(self.doc[j]) if j < len(self.doc) else None
        if after is None or after.entity.type != EntityType.PERSON or after.start != j:
            return None
        last = next((t for t in self.doc[after.start:after.end] if not after.start <= t.head.i < after.end),
                    self.doc[after.end - 1])  # the name's own head word, wherever the parser hung the rest
        if last.dep_ == "appos" and last.head in list(tok.ancestors) and last.head.pos_ == "NOUN" \
                and self.mention_at(last.head) is None:
            # "imposed sanctions on the director of X, Name - who ...": the parser made the name
            # the appositive of the unnamed noun the title's phrase hangs on; it restates the title
            return after
        if last.dep_ in ("nsubj", "nsubjpass", "appos") or (last.dep_ == "conj" and last.head.i > tok.i):
            return None
        return after

    def restated_name(self, noun) -> Mention | None:
        """The name a noun phrase restates, read from the words: the phrase starts right after
        "<name>," and ends at a comma, a full stop or the sentence's end ("Japan, the
        Kingdom's treaty ally, ..."). The phrase must be definite or owned ("the", a
        possessor), so that a list ("France, Germany and allies") is no restatement."""
        doc, start = self.doc, noun.left_edge.i
        sent = self.ctx.sentence(noun)
        if start < sent.start + 2 or doc[start - 1].text != "," or noun.i < start:
            return None
        if not (doc[start].lower_ == "the" or any(c.dep_ == "poss" for c in noun.children)):
            return None
        after = noun.i + 1
        if after < sent.end and doc[after].text not in (",", ".", ";"):
            return None
        m = self.mention_at(doc[start - 2])
        if m is None or m.end != start - 1 or m.entity.type not in ACTOR_TYPES:
            return None
        return m

    def predicated_by_as(self, noun) -> Mention | None:
        """What an "as" phrase says the noun of: "praised X as one of Y's allies", "X, as Y's
        ally, sent ...", "X's cooperation as one of Y's allies". Read from the words before
        "as" (the parser hangs the phrase on the verb): a name right before it (a comma
        between allowed), or the possessor of the noun right before it."""
        node = noun
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lower_ == "one":
            node = node.head.head  # "as one of Y's allies"
        if node.dep_ != "pobj" or node.head.lower_ != "as":
            return None
        i = node.head.i - 1
        if i >= 0 and self.doc[i].text == ",":
            i -= 1
        if i < self.ctx.sentence(noun).start:
            return None
        m = self.mention_at(self.doc[i])
        if m is not None and m.end != i + 1:
            return None
        if m is None and self.doc[i].pos_ == "NOUN":
            owners = [self.mention_at(c) for c in self.doc[i].children if c.dep_ == "poss"]
            m = owners[0] if len(owners) == 1 else None
        return m if m is not None and m.entity.type in ACTOR_TYPES else None

    def named_after(self, noun) -> Mention | None:
        """The name right after a definite kind noun that it names ("the capital Asmara", "the
        island nation Fiji", "the militant group X"), wherever the parser hung it: a mention
        starting on the next token whose type is the one the noun stands for (mentions.json
        anaphor_nouns)."""
        kind = self.w["anaphor_nouns"].get(noun.lower_)
        if kind is None or noun.i + 1 >= len(self.doc) or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            return None
        start = noun.i + 1
        kinds = {kind, EntityType.CITY.value} if kind == EntityType.PLACE.value else {kind}
        if self.doc[start].lower_ == "of" \
                and kind in (EntityType.PLACE.value, EntityType.CITY.value, EntityType.STATE.value) \
                and start + 1 < len(self.doc) and self.doc[start].head.i == noun.i:
            # "the self-governing island of X", "the city of X": the name the "of" phrase gives it;
            # "the West African country of X" (a demonym before the noun is a region's, not X's)
            start += 1
            kinds = kinds | {EntityType.STATE.value}
        m = self.mention_at(self.doc[start])
        if m is None or m.start != start:
            return None
        return m if m.entity.type.value in kinds else None

    def persons_state(self, noun) -> list[Arg]:
        """"his country", "her nation", "his own country": the state the pronoun's person acts
        for (a post this article gives him, else the gazetteer's at the article's date). A
        pronoun with two candidates, or a person of no known state, leaves it unread."""
        prons = [c for c in noun.children if c.dep_ == "poss"]
        if len(prons) != 1:
            return []
        persons = self.coref.person(prons[0])
        if len(persons) != 1:
            return []
        state = self.homes.acting_state(persons[0].entity, self.ctx.published)
        if state is None:
            return []
        start = noun.left_edge.i
        return [Arg(Mention(start, noun.i + 1, self.doc[start:noun.i + 1].text, "GPE", entity=state,
                            notes={"anaphora"}), "anaphora")]

    def gratitude_word(self, prep):
        """The thanking word a "for" phrase hangs on ("thanked X for", "expressed gratitude to X
        for": verbs.json gratitude_words), through at most three heads; None if there is none."""
        words = self.lex["gratitude_words"]
        node = prep
        for _ in range(3):
            if node.head.i == node.i:
                return None
            node = node.head
            if node.lemma_.lower() in words or node.lower_ in words:
                return node
            if node.pos_ in ("VERB", "AUX"):
                # (or a conjunct of the object: "conveyed X's government and people's gratitude
                # to Y for ...", the parser joining the thanking noun to its owner's other noun)
                said = next((d for c in node.children if c.dep_ in ("dobj", "npadvmod")
                             for d in (c, *c.conjuncts) if d.lemma_.lower() in words or d.lower_ in words), None)
                if said is not None:
                    return said
        return None

    def thanked(self, word, prep) -> list[Arg]:
        """The actors named between the thanking word and its "for" phrase: those thanked."""
        out: list[Arg] = []
        for k in range(word.i + 1, prep.i):
            m = self.mention_at(self.doc[k])
            if m is not None and m.start == k and m.entity.type in ACTOR_TYPES:
                out.append(Arg(m))
        return one_per_entity(out)

    def thanker(self, word) -> list[Arg]:
        """Who thanks: the subject of the thanking verb, or of the verb whose object the thanking
        noun is ("X expressed gratitude"); a person stands for the state he acts for."""
        verb = word if word.pos_ in ("VERB", "AUX") else word.head if word.dep_ in ("dobj", "npadvmod") else None
        if verb is None:
            return []
        return one_per_entity(self.acting_states(self.clause_subjects(verb),
                                                 keep=(EntityType.STATE, EntityType.ORGANIZATION)))

    def acting_states(self, found: list[Arg], keep=(EntityType.STATE,)) -> list[Arg]:
        """The states the persons among `found` act for (their post in the article, else the
        gazetteer's); arguments of the `keep` types stay, anything else goes."""
        out: list[Arg] = []
        for a in found:
            if a.entity.type == EntityType.PERSON and a.mention is not None:
                state = self.homes.acting_state(a.entity, self.ctx.published)
                if state is not None:
                    m = a.mention
                    out.append(Arg(Mention(m.start, m.end, m.text, "GPE", entity=state), "anaphora"))
            elif a.entity.type in keep:
                out.append(a)
        return out

    def _event_noun(self, tok) -> bool:
        """A trigger noun of verbs.json naming an act ("offensive", "raid"), not a relational
        noun read on its copula ("partners", "allies"), which may have members."""
        patterns = self.ctx.verbs.nouns.get(tok.lemma_.lower(), [])
        return bool(patterns) and not any(p.stative for p in patterns)

    def included(self, tok, depth: int) -> list[Arg]:
        """"sanctioned 60 officials, including Name", "condemned by several governments, such
        as X": the named members of a group stand for it (mentions.json inclusion_words). The
        list hangs on the group's noun or, for an object or an agent, on the verb after it."""
        words = self.w["inclusion_words"]
        # a list after the verb and its object that the parser hung on the subject ("X imposed
        # sanctions on officials, including Name") is the object's, not the subject's
        ends = tok.head.i if tok.dep_ == "nsubj" and tok.head.i > tok.i else len(self.doc)
        phrases = [p for c in tok.children if tok.i < c.i < ends for p in self.phrase(c, words)]
        verb = tok.head if tok.dep_ in ("dobj", "nsubjpass") else \
            tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "agent" else None
        if not phrases and verb is not None:
            phrases = [p for c in verb.children if c.i > tok.i for p in self.phrase(c, words)]
        clause = tok.head if tok.dep_ == "dobj" else tok.head.head \
            if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX") else None
        if not phrases and clause is not None:
            phrases = [p for s in clause.children if s.dep_ == "nsubj" and s.i < clause.i
                       for c in s.children if c.i > tok.i for p in self.phrase(c, words)]
        if not phrases and tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "NOUN":
            # "sanctions on four officials — including X": the list left on the event noun
            phrases = [p for c in tok.head.head.children if c.i > tok.i for p in self.phrase(c, words)]
        return [a for c in phrases for p in c.children if p.dep_ == "pobj"
                for a in self.actors(p, depth=depth + 1)]

    # ---- lists the parser broke ------------------------------------------------------------
    def lost_list_members(self, trig, found: list[Arg]) -> list[Arg]:
        """"sanctioned A, a firm based in X; B; and C", "met A, and then Minister B", "A, speaker
        of X, as well as B": the later members of a list of names the small parser breaks (at a
        semicolon, a long title, an apposition or a clause set inside the list) hang anywhere, on
        a description, on the verb, as a new clause's subject. Read from the text after the
        name the trigger reaches first in its own sentence: the names of the same kind that open or end
        the members of the list (mentions.json list_links join them) are reached too. A member's
        description ("B, its director") adds no one, nor does a name inside it ("a subsidiary of
        Y"), nor a clause set after a member ("X, which ..., and Y"); a clause of its own (a name
        with a finite verb after it) ends the list, and so does a phrase after a member's name."""
        end = self.ctx.sentence(trig).end
        starts = [a.mention for a in found if a.via == "direct" and trig.i < a.mention.start
                  and a.mention.end <= end and a.entity.type in ACTOR_TYPES]
        if not starts:
            return []
        first = min(starts, key=lambda m: m.start)  # (a member lost between two found is lost too)
        if trig.pos_ in ("NOUN", "PROPN") and first.start == trig.i + 1:
            return []  # "its allies A and B as well as C": the names the noun itself governs, no list of it
        known = {a.entity.id for a in found}
        out = []
        for m in self._names_listed_after(first, end):
            if m.entity.id not in known:
                known.add(m.entity.id)
                out.append(Arg(m))
        return out

    def _names_listed_after(self, first: Mention, end: int) -> list[Mention]:
        kind = first.entity.type
        j = self._past_brackets(first.end, end)
        members: list[Mention] = []
        for lo, hi, _ in self._list_items(j, end):
            if hi == lo:
                break  # (the end _list_items marks after a clause set inside the list)
            verdict, member = self._list_item(lo, hi, kind)
            if verdict == "stop":
                break
            if member is not None:
                members.append(member)
            if verdict == "last":
                break
        return members

    def _past_brackets(self, j: int, end: int) -> int:
        """The index after a bracket right at j ("A (UPDF)", "B (aliases C, D)")."""
        doc = self.doc
        while j < end and doc[j].text == "(":
            close = next((k for k in range(j + 1, min(end, j + 16)) if doc[k].text == ")"), None)
            if close is None:
                return j
            j = close + 1
        return j

    def _link_at(self, i: int, end: int) -> int:
        """The number of tokens of a list's joint at i: a comma or semicolon, or one of
        list_links; 0 when none starts there."""
        doc = self.doc
        if doc[i].text in (",", ";"):
            return 1
        best = 0
        for link in self.w["list_links"]:
            words = link.split()
            if i + len(words) <= end and all(doc[i + k].lower_ == w for k, w in enumerate(words)):
                best = max(best, len(words))
        return best

    def _list_items(self, j: int, end: int) -> list[tuple[int, int, bool]]:
        """The stretches between the joints of a list from j (which a joint must open) to the
        sentence's end: names and brackets are never cut."""
        doc = self.doc
        items: list[tuple[int, int, bool]] = []
        if j >= end or not self._link_at(j, end):
            return items
        i, lo, clause, worded = j, None, False, False
        while i < end:
            n = self._link_at(i, end)
            if n and clause and doc[i].text not in (",", ";"):
                n = 0  # "X, which faced A and B, ...": a clause set inside the list runs to its comma
            if n:
                if lo is not None:
                    items.append((lo, i, clause))
                    lo, worded = None, False
                clause = False
                worded = worded or doc[i].text not in (",", ";")
                i += n
                continue
            if lo is None:
                lo = i
                if items and items[-1][2] and not worded:
                    # "X, who received the only other Y, Z": after a clause set inside the list a
                    # member is joined by a word ("X, which ..., and Z"); a name set off by a comma
                    # alone is the clause's own
                    items.append((i, i, False))
                    break
                clause = self._clause_opener(doc[i])
            m = self.ctx.mention_at(doc[i])
            if m is not None and m.start == i and m.end > i:
                i = m.end
            elif doc[i].text == "(":
                nxt = self._past_brackets(i, end)
                i = nxt if nxt > i else i + 1
            else:
                i += 1
        if lo is not None:
            items.append((lo, end, clause))
        return items

    def _list_item(self, lo: int, hi: int, kind) -> tuple[str, Mention | None]:
        """What one stretch of a list is: ("go", name) a member; ("last", name) a member a phrase
        follows, which ends the list; ("go", None) a description or a clause set inside the list;
        ("stop", None) a clause or a phrase of the sentence, past the list's end."""
        doc = self.doc
        if self._clause_opener(doc[lo]):
            return "go", None
        if doc[lo].pos_ in ("VERB", "AUX"):
            return "stop", None  # "..., accompanied by Y": a participle's phrase, no member
        i, passed = lo, False
        while i < hi:
            tok = doc[i]
            m = self.ctx.mention_at(tok)
            if m is not None and m.start == i:
                passed = passed or (m.entity is not None and m.entity.type == kind)
                if m.entity is not None and m.entity.type == kind and self._list_name(m, lo) \
                        and not (m.end < hi and (self._title_word(doc[m.end]) or doc[m.end].pos_ in ("NOUN", "PROPN"))):
                    # (not a body's name inside a member's title, "[Home Affairs] Minister X", nor
                    # a name that modifies a noun after it, "other [US] allies")
                    rest = self._past_brackets(m.end, hi)
                    if rest >= hi:
                        return "go", m
                    if doc[rest].pos_ != "ADP" and any(
                            doc[k].tag_ in ("VBD", "VBZ", "VBP", "MD") for k in range(rest, hi)):
                        return "stop", None  # "..., and B said": a clause of its own
                    return "last", m
                i = max(m.end, i + 1)
                continue
            if self._finite(tok):
                return "stop", None
            i += 1
        if doc[lo].pos_ == "ADP" and doc[lo].lower_ not in self.w["inclusion_words"]:
            return "stop", None  # "..., for their involvement in ...": the list is over
        if passed and not any(self._title_word(doc[k]) for k in range(lo, hi)):
            # a name of the kind that is no member, outside a title ("B Thursday in reply to
            # attacks in C", "other [D] allies", "the wife of E"): no list goes on past it
            return "stop", None
        return "go", None

    def _clause_opener(self, tok) -> bool:
        return tok.lower_ in self.w["relative_pronouns"] or tok.lower_ in self.w["relative_adverbs"]

    @staticmethod
    def _finite(tok) -> bool:
        """A verb that makes a clause: any but a participle used as a modifier ("Iran-based",
        "a firm based in X", "individuals linked to Y")."""
        return tok.tag_ in ("VB", "VBD", "VBZ", "VBP", "MD", "VBG") and tok.dep_ not in ("amod", "compound")

    def _list_name(self, m: Mention, lo: int) -> bool:
        """Whether a name opens or ends a list member: after nothing but title words, honorifics
        and modifiers ("former Minister of State for X A B", "Hong Kong-based C"), neither owned
        by a phrase ("a subsidiary of Y", "the wife of Z") nor owning what follows ("Y's ally")."""
        doc = self.doc
        if "demonym" in m.notes or "anaphora" in m.notes or not doc[m.start].text[:1].isupper():
            return False
        if m.end < len(doc) and doc[m.end].tag_ == "POS":
            return False
        if m.start > lo and (doc[m.start - 1].pos_ == "ADP" or doc[m.start - 1].tag_ == "POS"):
            return False
        if doc[lo].pos_ == "DET" or doc[lo].tag_ == "PRP$":
            if any(doc[k].pos_ == "ADP" for k in range(lo, m.start)):
                return False  # "X, the personal envoy of President Y": a description's phrase
        last_adp = max((k for k in range(lo, m.start) if doc[k].pos_ == "ADP"), default=None)
        if last_adp is not None and last_adp + 1 < m.start \
                and doc[last_adp + 1].lower_.rstrip(".") in self.w["title_heads"]:
            return False  # "X, Adviser to President Y": Y's own title opens a phrase of the description
        titled = False
        for k in range(lo, m.start):
            t = doc[k]
            if self._title_word(t):
                titled = True
            elif t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound"):
                return False
        ruled = False  # (a phrase of "of" or "for" inside a title: "Minister of State for X")
        for k in range(lo, m.start):
            t = doc[k]
            if t.pos_ == "ADP":
                ruled = True
            if t.is_punct or t.text[:1].isupper() or t.pos_ in ("ADJ", "DET", "ADP", "CCONJ", "NUM") \
                    or t.dep_ == "amod" or self.ctx.mention_at(t) is not None or self._title_word(t):
                continue
            if not titled or not ruled and not any(self._title_word(doc[x]) for x in range(k + 1, m.start)):
                return False
            if not ruled and t.pos_ == "NOUN" and any(doc[x].pos_ == "ADP" for x in range(k + 1, m.start)) \
                    and not any(self._title_word(doc[x]) for x in range(lo, k)) \
                    and not any(self._title_word(doc[x]) for x in range(k + 1, k + 2)):
                return False  # "the two commitments of President Y": a description's noun, no title
        return True

    def _title_word(self, t) -> bool:
        """A word of a title ("Minister", "deputy", "Sheikh"), not the grammar joining one ("of")."""
        if t.pos_ in ("ADP", "DET", "CCONJ", "PUNCT"):
            return False
        word = t.lower_.rstrip(".")
        return word in self.w["title_heads"] or word in self.w["title_words"] or is_honorific_word(t)

    @staticmethod
    def phrase(prep, words) -> list:
        """The preposition whose objects a phrase of `words` introduces, when `prep` opens one:
        "including", "such as" and "together with" (a modifier before it), "along with" (a
        second preposition under it)."""
        if prep.dep_ != "prep":
            return []
        before = " ".join(c.lower_ for c in prep.children if c.i < prep.i and c.dep_ in ("amod", "advmod"))
        if prep.lower_ in words or f"{before} {prep.lower_}" in words:
            return [prep]
        return [k for k in prep.children if k.dep_ == "prep" and f"{prep.lower_} {k.lower_}" in words]

    def _sporting(self, tok) -> bool:
        """"Pakistan's cricket team", "The German team arrived in Doha for the tournament": a
        sports side, which acts for no state. A report of a tour names the sport once and then
        says "the English team" or "the visiting squad" (`_sport_told_near`)."""
        if any(t.lower_ in self.w["sport_words"] for t in tok.subtree if t.i < tok.i):
            return True
        if tok.lemma_.lower() not in self.w["team_nouns"]:
            return False
        return any(t.lower_ in self.w["sport_events"] for t in self.ctx.sentence(tok)) or \
            self._sport_told_near(tok)

    def sport_told(self, tok) -> bool:
        """The sentence of `tok` names a sport or a sporting event outside any name ("arrived in X
        for a pair of friendly matches", "ahead of their series of three ODIs"): a trip it tells is a
        side's tour ("the Arab League", "the Olympic Council" name no event)."""
        words = self._sport_vocabulary
        return any(t.pos_ in ("NOUN", "PROPN") and (t.lower_ in words or t.lemma_.lower() in words)
                   and self.ctx.mention_at(t) is None for t in self.ctx.sentence(tok))

    def _sport_told_near(self, tok) -> bool:
        """A sport or a sporting event named within SPORT_REACH sentences of the team noun's,
        and no phrase of its own making it another kind of team ("a team of inspectors")."""
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            return False
        k = self.ctx.sentence_no(tok)
        words = self._sport_vocabulary
        return any(t.lower_ in words for s in self.ctx.sents[max(0, k - SPORT_REACH):k + SPORT_REACH + 1]
                   for t in docindex.tokens(s))

    def _non_state(self, tok) -> bool:
        """"an Ivorian rebel spokesman", "Syrian opposition leaders", "a Palestinian faction"
        (mentions.json non_state_nouns): a group against or apart from a state's government;
        its demonym names where it is from, not a state that acts."""
        words = self.w["non_state_nouns"]
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod")]
        # "rebel Serb positions": the parser may hang the word on the demonym
        mods += [g for c in mods for g in c.children if g.dep_ in ("amod", "compound") and g.i < c.i]
        return tok.lower_ in words or tok.lemma_.lower() in words or any(
            c.lower_ in words or c.lemma_.lower() in words for c in mods)
    def _insurgent_group(self, tok, depth: int) -> list[Arg]:
        """The organisation named with an insurgent noun, as its modifier ("Houthi rebels") or
        in a from/of phrase ("rebels from the X group", "militants of the X movement")."""
        out = []
        for c in tok.children:
            if c.dep_ in ("amod", "compound", "nmod", "poss"):
                m = self.mention_at(c)
                if m is not None and m.entity.type == EntityType.ORGANIZATION:
                    out.append(Arg(m, "actor_noun"))
            elif c.dep_ == "prep" and c.lower_ in ("from", "of"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        out.extend(self.named_group(p))
        if not out and tok.tag_ == "NNS" and [c.lower_ for c in tok.children] == ["the"]:
            out = self._armed_group_before(tok)
        return one_per_entity(out)

    def _armed_group_before(self, tok) -> list[Arg]:
        """"Stressing the group's reach, the militants raided ...", "X raided a town.
        The insurgents then ...": a bare definite plural insurgent noun stands for the one armed
        group (the gazetteer's kind) named before it in its sentence, else in the previous one
        (not across a blank line). Two such groups, or none, leave it unread."""
        sent = self.ctx.sentence(tok)
        spans = [(sent.start, tok.i)]
        prev = self.ctx.previous_sentence(sent)
        if prev is not None:
            spans.append((prev.start, prev.end))
        for lo, hi in spans:
            found = [m for m in self.res.mentions if lo <= m.start < hi and m.entity.type == EntityType.ORGANIZATION
                     and self.ctx.gz.kind_of(m.entity) == "armed group"]
            if len({m.entity.id for m in found}) == 1:
                return [Arg(found[-1], "anaphora")]
            if found:
                return []
        return []

    def named_group(self, tok) -> list[Arg]:
        """"the X group", "the X movement", "the military alliance X": the organisation a kind
        noun (mentions.json anaphor_nouns) is named by."""
        m = self.mention_at(tok)
        if m is not None:
            return [Arg(m, "actor_noun")] if m.entity.type == EntityType.ORGANIZATION else []
        if self.w["anaphor_nouns"].get(tok.lower_) != "Organization":
            return []
        return [Arg(self.mention_at(c), "actor_noun") for c in tok.children
                if c.dep_ in ("compound", "amod", "nmod", "appos") and self.mention_at(c) is not None
                and self.mention_at(c).entity.type == EntityType.ORGANIZATION]

    def _next_titled_members(self, m: Mention, tok) -> list[Mention]:
        """The next members of a list of titled names (`_next_titled_member`) after the person
        `m` that the phrase of `tok` names (not one found elsewhere through a pronoun)."""
        if m.entity.type != EntityType.PERSON:
            return []
        # (the name, also when a title word of the phrase stood for it: its last word in the phrase)
        ends = [t for t in tok.subtree if (n := self.mention_at(t)) is not None and n.entity.id == m.entity.id
                and t.i == n.end - 1]
        return [nxt for t in ends for n in [self.mention_at(t)] for c in t.children if c.dep_ == "appos"
                for nxt in self._next_titled_member(n, c)]

    def _next_titled_member(self, m: Mention, title) -> list[Mention]:
        """"President of X A, Chairman of Y B, President of Z C attended": a list of names each
        written after its title and that title's state or body, which the small parser chains as
        appositions (the next title hung on the name before it, or conjoined to the title before,
        the next name deep in that title's "of" phrase). A title set off by a comma after a
        person's name whose phrase ends on another person's name, right after the state or body of
        the title ("..., President of the Republic of Y B"), opens the list's next member: the
        title is B's, not a description of the name before it; so does each title conjoined to
        it. Not a name after a title word inside the phrase ("A, the envoy of President B": B is
        whom A serves)."""
        if title.left_edge.i != m.end + 1 or self.doc[m.end].text != "," or not self._titled_phrase_head(title):
            return []
        out, level = [], [title]
        while level:
            for person in (p for t in level for p in self._person_ending_title(t)):
                before = self.mention_at(self.doc[person.start - 1])
                if person.entity.id != m.entity.id and before is not None and before is not person \
                        and before.entity.type in (EntityType.STATE, EntityType.ORGANIZATION):
                    out.append(person)
            level = [c for t in level for c in t.children if c.dep_ == "conj" and self._titled_phrase_head(c)
                     and self.doc[c.left_edge.i - 1].text in (",", "and")]
        return out

    def _titled_phrase_head(self, tok) -> bool:
        """Whether a token heads a title's phrase: a title word, or a compound of one ("Prime
        Minister", "Deputy Secretary-General")."""
        return tok.lower_ in self.w["title_heads"] or tok.lemma_.lower() in self.w["title_heads"] \
            or any(k.dep_ == "compound" and (k.lower_ in self.w["title_heads"] or self._title_word(k))
                   for k in tok.children)

    def _person_ending_title(self, tok) -> list[Mention]:
        """The person a title phrase parsed as one noun phrase ends on: "President of the European
        Commission Jose Manuel Barroso", "Chairman of the Council of Ministers of X Name" (the
        name hung on the last "of" of the bodies' chain)."""
        level = [tok]
        for _ in range(4):
            # "Administrator of the Agency for X (AX) Name": the name may hang on a "for" too;
            # "Minister of Trade of the Republic of X Name": on the title's second "of"
            pobjs = [p for t in level for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                     for p in c.children if p.dep_ == "pobj"]
            if not pobjs:
                return []
            for pobj in pobjs:
                for t in [pobj] + [c for c in pobj.children if c.dep_ == "appos"]:
                    found = self.mention_at(t)
                    if found is not None and found.entity.type == EntityType.PERSON:
                        return [found]
            level = pobjs
        return []

    def _actor_noun_states(self, tok, depth: int) -> list[Arg]:
        found = self._actor_noun_owners(tok, depth)
        if found and self._non_state(tok):  # "Hezbollah guerrillas" still act for Hezbollah
            found = [a for a in found if a.entity.type != EntityType.STATE]
        if any(a.entity.type == EntityType.ORGANIZATION and self.ctx.gz.kind_of(a.entity) in self.w["non_state_kinds"]
               for a in found):
            # "Somalia's al-Shabab fighters": the armed group acts; the state is where it fights
            found = [a for a in found if a.entity.type != EntityType.STATE]
        return found

    def _actor_noun_owners(self, tok, depth: int) -> list[Arg]:
        if self._sporting(tok):
            return []
        out = []
        governed = tok.lower_ in self.w["government_nouns"] or tok.lemma_.lower() in self.w["government_nouns"]
        for c in tok.children:
            m = self.mention_at(c)
            if governed and c.dep_ in ("compound", "poss") and m is not None and m.entity.type == EntityType.PERSON:
                # "the Name administration imposed sanctions": the state that person leads
                state = self.homes.acting_state(m.entity, self.ctx.published)
                if state is not None:
                    out.append(Arg(Mention(m.start, m.end, m.text, "GPE", entity=state), "actor_noun"))
            if c.dep_ == "amod" and c.lower_ in self.w["leader_participles"]:
                # "the Saudi-led coalition", "a US-led force": the leader acts for it
                out.extend(Arg(self.mention_at(k), "actor_noun") for k in c.children
                           if k.i < c.i and self.mention_at(k) is not None
                           and self.mention_at(k).entity.type in (EntityType.STATE, EntityType.ORGANIZATION))
            if c.dep_ == "acl" and depth < 6:
                # "a coalition led by X", "forces headed by X": the state or body leading it acts
                # for it, as in "the X-led coalition"
                out.extend(Arg(a.mention, "actor_noun") for p in leading_phrases(tok, self.lex["group_members"]["led_by"])
                           if p.head.head.i == c.i
                           for a in self.actors(p, depth=depth + 1)
                           if a.entity.type in (EntityType.STATE, EntityType.ORGANIZATION))
            if c.dep_ in ("amod", "acl") and c.lower_ in self.w["allegiance_words"] and depth < 6:
                # "forces loyal to X", "troops aligned with Y": those whose side they are on act
                out.extend(Arg(a.mention, "actor_noun")
                           for k in c.children if k.dep_ == "prep" and k.lower_ in self.w["allegiance_words"][c.lower_]
                           for p in k.children if p.dep_ == "pobj" for a in self.actors(p, depth=depth + 1))
            if c.dep_ == "compound" and c.lower_ in self.w["membership_nouns"] and self.mention_at(c) is None:
                # "the EU member states agreed", "NATO member countries pledged": the
                # organisation its members act in
                out.extend(Arg(self.mention_at(k), "actor_noun") for k in c.children
                           if k.dep_ in ("compound", "nmod", "amod") and self.mention_at(k) is not None
                           and self.mention_at(k).entity.type == EntityType.ORGANIZATION)
            if c.dep_ == "compound" and m is None and depth < 6 and (
                    c.lower_ in self.w["actor_nouns"] or c.lemma_.lower() in self.w["actor_nouns"]):
                # "Ruritanian forces artillery shelled X": the arm whose weapon it is acts
                out.extend(self._actor_noun_owners(c, depth + 1))
            if c.dep_ in ("amod", "compound", "nmod", "poss") and not self._backer(c):
                m = self.mention_at(c)
                if m is not None and m.entity.type == EntityType.PERSON and c.dep_ == "poss" \
                        and self.roles.person_state.get(m.entity.id) is not None:
                    # "President X's government", "X's forces": the state the article makes X lead
                    state = self.roles.person_state[m.entity.id]
                    out.append(Arg(Mention(m.start, m.end, m.text, "GPE", entity=state), "actor_noun"))
                if m is not None and m.entity.type in (EntityType.STATE, EntityType.ORGANIZATION):
                    out.append(Arg(m, "actor_noun"))
                    for cc in c.children:
                        if cc.dep_ == "conj" and self.mention_at(cc) is not None:
                            out.append(Arg(self.mention_at(cc), "actor_noun"))
                elif m is not None and m.entity.type == EntityType.CITY and m.alt is not None and c.dep_ == "poss" \
                        and tok.lower_ not in self.w["city_offices"] and tok.lemma_.lower() not in self.w["city_offices"]:
                    # "summoned Beijing's envoy": a capital's official or arm is its state's (a
                    # city's own offices, "Kyiv's mayor", are not)
                    out.append(Arg(m.as_state(), "actor_noun"))
            elif c.dep_ == "prep" and c.lower_ in self.w["member_prepositions"]:
                for p in c.children:
                    if p.dep_ == "pobj":
                        found = self.actors(p, depth=depth + 1)
                        out.extend(Arg(a.mention, "actor_noun") for a in found
                                   if a.entity.type in (EntityType.STATE, EntityType.ORGANIZATION))
                        if governed and c.lower_ == "of":
                            # "the government of President Name": the state that person leads
                            for a in found:
                                state = self.homes.acting_state(a.entity, self.ctx.published) \
                                    if a.entity.type == EntityType.PERSON and a.mention is not None else None
                                if state is not None:
                                    m = a.mention
                                    out.append(Arg(Mention(m.start, m.end, m.text, "GPE", entity=state), "actor_noun"))
        seated = self.w["government_nouns"]
        if not out and (tok.lower_ in seated or tok.lemma_.lower() in seated):
            out.extend(self._seat_state(tok))
        if tok.lower_ in self.w["organisation_only_actor_nouns"] or tok.lemma_.lower() in self.w["organisation_only_actor_nouns"]:
            # "UN experts accused X": an organisation's panel speaks for it; a state's experts do not
            out = [a for a in out if a.entity.type == EntityType.ORGANIZATION]
        return out

    def _seat_state(self, tok) -> list[Arg]:
        """"the junta in X", "the regime in Damascus": the state a ruling body with no owner is
        seated in, or whose capital it sits in (the parser may hang the phrase right after the
        noun on a noun before it: "sanctions against the junta in X")."""
        places = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"]
        after = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
        if after is not None and after.dep_ == "prep" and after.lower_ == "in" and after.head.i < tok.i:
            places.append(after)
        out = []
        for p in (k for c in places for k in c.children if k.dep_ == "pobj"):
            m = self.mention_at(p)
            if m is not None and m.entity.type == EntityType.STATE:
                out.append(Arg(m, "actor_noun"))
            elif m is not None and m.entity.type == EntityType.CITY and m.alt is not None:
                out.append(Arg(m.as_state(), "actor_noun"))
        return out

    def institution_state(self, tok) -> list[Arg]:
        """The state a state institution named at `tok` belongs to ("Central Bank of Egypt",
        named from mentions.json state_institutions), or nothing."""
        m = self.mention_at(tok)
        if m is None or m.entity.type != EntityType.ORGANIZATION:
            return []
        for pattern in self.w["state_institutions"].values():
            prefix, _, suffix = pattern.partition("{state}")
            name = m.entity.name
            if name.startswith(prefix) and name.endswith(suffix) and len(name) > len(prefix) + len(suffix):
                state = self.ctx.gz.lookup(name[len(prefix):len(name) - len(suffix)])
                if state is not None and state.type == EntityType.STATE:
                    return [Arg(Mention(m.start, m.end, m.text, "GPE", entity=state), "actor_noun")]
        return []

    def owner_of(self, tok, depth: int) -> list[Arg]:
        """The actor a patient noun belongs to (`_owner_of`); a non-state group's demonym names
        no state ("a Palestinian faction"), its name does ("Hezbollah guerrillas")."""
        found = self._owner_of(tok, depth)
        if found and self._non_state(tok):
            found = [a for a in found if a.entity.type != EntityType.STATE]
        return found

    def _owner_of(self, tok, depth: int) -> list[Arg]:
        """The actor a patient noun belongs to: "Russia's actions", "US military support",
        "launches [that the North conducted]", "these missiles" (the last owned ones)."""
        if self._sporting(tok):
            return []
        if any(p.stative for p in self.ctx.verbs.nouns.get(tok.lemma_.lower(), [])):
            return []  # "criticised Chile and other Brazilian allies": X's allies are not X
        if tok.lower_ in self.w["kin_nouns"] or tok.lemma_.lower() in self.w["kin_nouns"]:
            return []  # "sanctioned the nephew of X", "X's wife": a relative is a person of his own, not X
        if tok.lemma_.lower() in self.w["insurgent_nouns"] or tok.lower_ in self.w["insurgent_nouns"]:
            return [Arg(a.mention, "owner") for a in self._insurgent_group(tok, depth)]  # "Syrian rebels" are not Syria's
        named = self.mention_at(tok)
        titled = named is not None and named.entity.type == EntityType.PERSON and named.start <= tok.i < named.end
        named_modifiers = [c for c in tok.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                           and self.mention_at(c) is not None and self.mention_at(c).entity.type in ACTOR_TYPES]
        for c in tok.children:
            if c.dep_ in ("poss", "compound", "amod", "nmod") and not self._backer(c):
                if self._affiliate(c) and any(self.mention_at(k) is not self.mention_at(c) for k in named_modifiers):
                    continue  # "X-linked Y camps": Y's, the name linked to stands aside
                m = self.mention_at(c)
                if titled and m is not None and m.entity.type == EntityType.ORGANIZATION:
                    continue  # "the trip of [X House of Y] Speaker A B": the body of a person's title owns no one
                if m is not None and m.entity.type in ACTOR_TYPES:
                    # "American, British and French missiles": every coordinated owner
                    owners = [Arg(m, "owner")] + [Arg(self.mention_at(k), "owner") for k in c.subtree
                                                  if k.dep_ == "conj" and self.mention_at(k) is not None
                                                  and self.mention_at(k).entity.type in ACTOR_TYPES]
                    return one_per_entity(owners)
                if m is not None and m.entity.type == EntityType.CITY and m.alt is not None and c.dep_ == "poss":
                    # "Pyongyang's missile launch": a capital's is its government's
                    return [Arg(m.as_state(), "owner")]
        if self.unknown_possessor(tok, []):
            # "Z's statement of Y control": a name the reader could not resolve owns the noun;
            # its "of" phrase and the nouns within it are what the act is about, not its owner
            return []
        for c in tok.children:  # "the X military said its jets had bombed ...": the pronoun's
            if c.dep_ == "poss" and c.lower_ in ("its", "their") and c.pos_ == "PRON" \
                    and (tok.lower_ in self.w["actor_nouns"] or tok.lemma_.lower() in self.w["vehicles"]):
                # (forces and craft: "its companies" are no state's arm)
                found = [Arg(a.mention, "owner") for a in self.actors(c, depth=depth + 1) if a.entity.type in ACTOR_TYPES]
                if found:
                    return found
        for c in tok.children:
            if c.dep_ == "compound" and c.pos_ == "NOUN" and self.mention_at(c) is None and c.i == tok.i - 1 \
                    and (c.lemma_.lower() in self.lex["weapon_compounds"] or c.lower_ in self.lex["themes"]["penalties"]):
                # "a Hamas rocket barrage": the owner named before the weapon the noun is made of;
                # "the new EU sanctions package": before the penalties it is made of
                owners = self._modifier_owners([c])
                if owners:
                    return owners
        nouns = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN" and self.mention_at(c) is None]
        if len(nouns) > 1 and sorted(c.i for c in nouns) == list(range(tok.i - len(nouns), tok.i)) \
                and any(c.lemma_.lower() in self.lex["weapon_compounds"] for c in nouns):
            # "the Y barrage rocket attack": the parser hung the owner on the first of two
            # nouns of the weapon before the event noun
            owners = self._modifier_owners(nouns)
            if owners:
                return owners
        if tok.lemma_.lower() in self.w["vehicles"] or tok.lower_ in self.w["vehicles"]:
            for c in tok.children:  # "a strike on his convoy": the person the vehicle carries
                if c.dep_ == "poss" and c.pos_ == "PRON" and c.lower_ in self.w["person_pronouns"]:
                    found = [Arg(m, "owner") for m in self.coref.person(c)]
                    if found:
                        return found
        for c in tok.children:  # "the Syrian government's offensive": the body's state
            if c.dep_ == "poss" and self.mention_at(c) is None and c.pos_ == "NOUN":
                found = [Arg(a.mention, "owner") for a in self.actors(c, depth=depth + 1) if a.entity.type in ACTOR_TYPES]
                if found:
                    return found
        for c in self.by_phrases(tok):
            for p in c.children:
                if p.dep_ == "pobj":
                    found = [Arg(a.mention, "owner") for a in self.actors(p, depth=depth + 1)
                             if a.entity.type in ACTOR_TYPES]
                    if found:
                        return found
        found = self._participle_owner(tok, depth) or self._done_by(tok, depth)  # "the act committed by X"
        if found:
            return found
        found = self._authored_by(tok, depth)  # "the attack claimed by X", "violence attributed to Y"
        if found:
            return found
        found = self._casualty_attacker(tok, depth)
        if found:
            return found
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj":
                        if tok.lower_ in self.lex["deed_nouns"] or tok.lemma_.lower() in self.lex["deed_nouns"] \
                                or tok.lemma_.lower() in self.lex["trip_nouns"]:
                            # "the hostile acts of X": a deed's "of" names its doer, not its patient;
                            # "the visit of Speaker X to Y": a trip's, its traveller (not the body
                            # the title before the name names)
                            doers = [Arg(a.mention, "owner") for a in self.actors(p, depth=depth + 1)
                                     if a.entity.type in ACTOR_TYPES]
                            if doers:
                                return doers
                        # "the killing of X", "the seizure of the Y": an act's "of" names whom it
                        # befalls (verbs.json patient_nouns), no owner of the act
                        befalls = tok.lower_ in self.lex["patient_nouns"] or tok.lemma_.lower() in self.lex["patient_nouns"]
                        found = (self.owner_of(p, depth + 1) if not befalls else []) or self._done_by(p, depth)
                        if found:
                            return found
        # An appositive restating what a clause's subject did: "X conducted launches, launches that ..."
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ == "dobj":
            tok, head = head.head, head.head.head  # "fired a series of missiles that ...": what the series holds
        if tok.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in self.lex["owning_verbs"]:
            # "Iran fired missiles that are banned ...": what X fires, tests or builds is X's
            return [Arg(a.mention, "owner") for a in self.subjects(head, depth + 1)]
        if tok.dep_ in ("appos", "conj") and head.pos_ in ("VERB", "AUX"):
            return [Arg(a.mention, "owner") for a in self.subjects(head, depth + 1)]
        if tok.dep_ in ("npadvmod", "dep") and head.pos_ in ("VERB", "AUX") and any(
                t.lemma_ == tok.lemma_ for c in head.children if c.dep_ == "dobj" for t in c.subtree):
            # "X conducted missile tests, tests that ...": the repeated noun is X's.
            return [Arg(a.mention, "owner") for a in self.subjects(head, depth + 1)]
        if tok.dep_ == "appos" and head.dep_ == "dobj" and head.head.pos_ == "VERB":
            return [Arg(a.mention, "owner") for a in self.subjects(head.head, depth + 1)]
        claimed = self._claimed_by(tok, depth)
        if claimed:
            return claimed
        # "these missiles": the nearest earlier same-noun phrase (up to 3 sentences) with an owner.
        if any(c.lower_ in ("these", "those", "such", "the") for c in tok.children if c.dep_ == "det"):
            sent_start = self.ctx.sentence(tok).start
            earlier_start = max(0, sent_start - 200)
            for other in reversed(self.doc[earlier_start:sent_start]):
                if other.lemma_ != tok.lemma_ or other.pos_ not in ("VERB", "NOUN"):
                    continue
                if other.pos_ == "NOUN":
                    if self.ctx.sentence(other).start < sent_start - 200:
                        continue
                    owners = [c for c in other.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                              and self.mention_at(c) is not None and self.mention_at(c).entity.type in ACTOR_TYPES]
                    if owners:
                        return [Arg(self.mention_at(owners[0]), "anaphora")]
                # "Iran tested missiles. These missiles ...", "X conducted nuclear testing ... Y
                # protested the testing", "X launched a missile ... Y condemned the launch": the
                # act told before (the verb itself, or the verb whose object the noun is) is its subject's
                done = self._owning_clause(other)
                if done is not None:
                    found = [Arg(a.mention, "anaphora") for a in self.subjects(done, depth + 1)
                             if a.entity.type in ACTOR_TYPES]
                    if found:
                        return found
        return []

    def _casualty_attacker(self, tok, depth: int) -> list[Arg]:
        """"the killing of four civilians in a Y attack", "deaths during Y air strikes": a casualty
        noun (verbs.json casualty_nouns) is the act of whoever owns the attack (an ATTACKED noun)
        its phrase of verbs.json casualty_prepositions names; its "of" names the victims."""
        if tok.lower_ not in self.lex["casualty_nouns"] and tok.lemma_.lower() not in self.lex["casualty_nouns"]:
            return []
        preps = list(tok.children)
        if tok.dep_ == "dobj":  # "condemned the killings of X during Y air strikes": the parser may hang it on the verb
            preps += [c for c in tok.head.children if c.i > tok.i]
        for c in preps:
            if c.dep_ == "prep" and c.lower_ in self.lex["casualty_prepositions"]:
                for p in c.children:
                    if p.dep_ == "pobj" and p.lemma_.lower() in self._attack_nouns():
                        found = self.owner_of(p, depth + 1)
                        if found:
                            return found
        return []

    def _owning_clause(self, tok):
        """The active verb of owning (verbs.json owning_verbs: fire, launch, test, conduct, ...)
        a token is itself, or has for object: its subject carried out the act; else None."""
        verb = tok if tok.pos_ == "VERB" else tok.head if tok.dep_ == "dobj" else None
        if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in self.lex["owning_verbs"] or self.passive(verb):
            return None
        return verb

    def _claimed_by(self, tok, depth: int) -> list[Arg]:
        """"the attack on Y, for which X claimed responsibility": the subject of the clause that
        claims the act (`claiming_clause`) did it."""
        verb = self.claiming_clause(tok)
        if verb is None:
            return []
        return [Arg(a.mention, "owner") for a in self.subjects(verb, depth + 1) if a.entity.type in ACTOR_TYPES]

    def claiming_clause(self, tok):
        """The clause on the act `tok` that claims it, "for which" with a noun of claiming
        (verbs.json claimed_nouns) for object ("the attack on Y, for which X claimed
        responsibility"), or None. It carries the act as "X claimed responsibility for the
        attack" does (`governing_verb`); its subject is the act's owner (`owner_of`)."""
        # (the parser may hang the clause on the last noun of the act's phrase, "the attack on
        # the sites, for which ...", or on the verb: "condemned [as reckless] the attack, for which")
        clauses = [c for t in tok.subtree for c in t.children if c.dep_ == "relcl"]
        verb = tok.head if tok.dep_ == "dobj" else tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "as" else None
        if verb is not None and verb.pos_ == "VERB":
            clauses += [c for c in verb.children if c.dep_ in ("advcl", "relcl") and c.i > tok.i]
        for verb in clauses:
            relative = any(p.dep_ == "prep" and p.lower_ == "for" and any(
                w.dep_ == "pobj" and w.tag_ in ("WDT", "WP") for w in p.children) for p in verb.children)
            if relative and any(o.dep_ == "dobj" and o.lemma_.lower() in self.lex["claimed_nouns"] for o in verb.children):
                return verb
        return None

    def _modifier_owners(self, nouns) -> list[Arg]:
        """The actors named as modifiers of these nouns ("Hamas" of "a Hamas rocket barrage")."""
        return one_per_entity([Arg(self.mention_at(k), "owner") for c in nouns for k in c.children
                               if k.dep_ in ("compound", "amod", "nmod", "poss") and self.mention_at(k) is not None
                               and self.mention_at(k).entity.type in ACTOR_TYPES])

    def _participle_owner(self, tok, depth: int) -> list[Arg]:
        """"air bases used by US troops", "sites belonging to Hezbollah", "bases housing US
        troops": a participle of verbs.json owner_participles after the noun names its owner."""
        if tok.lemma_.lower() in self.lex["captive_nouns"] or tok.lower_ in self.lex["captive_nouns"]:
            return []  # "the release of prisoners held by X": held, not X's own
        table = self.lex["owner_participles"]
        if tok.lemma_.lower() in self.lex["garrison_nouns"] or tok.lower_ in self.lex["garrison_nouns"]:
            # "an attack on a base for X troops": the troops a garrison is for are its owner's
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "for":
                    found = [Arg(a.mention, "owner") for p in c.children if p.dep_ == "pobj"
                             and (p.lower_ in self.w["actor_nouns"] or p.lemma_.lower() in self.w["actor_nouns"])
                             for a in self.actors(p, depth=depth + 1) if a.entity.type in ACTOR_TYPES]
                    if found:
                        return found
        for c in tok.children:
            if c.dep_ == "amod" and c.i < tok.i and c.lemma_.lower() in table:
                # "X-affiliated individuals", "X-linked firms": the name joined to the participle
                found = [Arg(self.mention_at(k), "owner") for k in c.children
                         if k.i < c.i and k.dep_ in ("npadvmod", "compound", "nmod", "amod")
                         and self.mention_at(k) is not None and self.mention_at(k).entity.type in ACTOR_TYPES]
                if found:
                    return found
        # "targets in Syria affiliated with X": the parser may hang it on the place phrase
        places = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in self.lex["owner_place_prepositions"]
                  for p in c.children if p.dep_ == "pobj"]
        # "hit sites in Y linked to X": or on the verb, right after the object's phrase
        # (past the verb's own place phrase: "hit sites [in Y] linked to X")
        trailing = []
        if tok.dep_ == "dobj":
            end = tok.right_edge.i + 1
            for k in tok.head.children:
                if k.i < end:
                    continue
                if k.dep_ == "prep" and k.lower_ in self.lex["owner_place_prepositions"] and k.i == end:
                    end = k.right_edge.i + 1
                elif k.dep_ == "advcl" and k.i == end and not any(
                        a.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for a in k.children):
                    trailing.append(k)
                    break
                else:
                    break
        for c in list(tok.children) + [k for p in places for k in p.children] + trailing:
            if c.dep_ not in ("acl", "advcl") or c.tag_ not in ("VBN", "VBG"):
                continue
            preps = table.get(c.lemma_.lower(), ())
            for p in c.children:
                if p.dep_ in ("prep", "agent") and p.lower_ in preps:
                    objs = [o for o in p.children if o.dep_ == "pobj"]
                elif p.dep_ == "dobj" and "dobj" in preps:
                    objs = [p]
                else:
                    continue
                for o in objs:
                    found = [Arg(a.mention, "owner") for a in self.actors(o, depth=depth + 1)
                             if a.entity.type in ACTOR_TYPES]
                    if found:
                        return found
        return []

    def _done_by(self, tok, depth: int) -> list[Arg]:
        """"the act committed by X", "the launch of a missile conducted by X": the agent of a
        participle of doing (verbs.json verdict doing_verbs) hung on an act or on its of-object."""
        doing = self.lex["verdict"]["doing_verbs"]
        return [Arg(a.mention, "owner") for v in tok.children
                if v.dep_ == "acl" and v.tag_ == "VBN" and v.lemma_.lower() in doing
                for g in v.children if g.dep_ == "agent"
                for p in g.children if p.dep_ == "pobj"
                for a in self.actors(p, depth=depth + 1) if a.entity.type in ACTOR_TYPES]

    def _authored_by(self, tok, depth: int) -> list[Arg]:
        """"the attack claimed by X", "a wave of killings attributed to Y", "a bombing
        blamed on Z", "the raid, which was claimed by X": on an act (an event noun of verbs.json
        or a harm noun of its blame_frame), a participle of verbs.json authorship_participles,
        or a passive relative clause of one, names the act's doer in its listed phrase. Only on
        an act: "waters claimed by X" are no doing of X's."""
        lemma, harms = tok.lemma_.lower(), self.lex["blame_frame"]["harm_nouns"]
        if tok.pos_ not in ("NOUN", "PROPN") or not (lemma in self.lex["nouns"] or tok.lower_ in harms or lemma in harms):
            return []
        table = self.lex["authorship_participles"]
        out = []
        for v in tok.children:
            if v.tag_ != "VBN" or v.lemma_.lower() not in table or not (v.dep_ == "acl" or v.dep_ == "relcl" and any(
                    s.dep_ == "nsubjpass" and s.tag_ in ("WDT", "WP") for s in v.children)):
                continue
            out.extend(Arg(a.mention, "owner") for g in v.children
                       if g.dep_ in ("agent", "prep") and g.lower_ in table[v.lemma_.lower()]
                       for p in g.children if p.dep_ == "pobj"
                       for a in self.actors(p, depth=depth + 1) if a.entity.type in ACTOR_TYPES)
        return one_per_entity(out)

    def by_phrases(self, noun):
        """The by-phrase of an event noun: its own ("the attack by Hamas") or, when the noun is
        the object of an active verb, the verb's ("condemned the attack on Israel by Hamas"; the
        small parser attaches it there; an active verb has no by-agent of its own)."""
        own = self.event_preps(noun, {"by"})
        if own:
            return own
        hung = self._by_on_of_object(noun)
        if hung:
            return hung
        head = noun.head
        if noun.dep_ == "dobj" and head.pos_ == "VERB" and not self.passive(head):
            return [c for c in head.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > noun.i]
        if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB" and not self.passive(head.head):
            # "the war began with the invasion of X by Y": hung on the verb the noun's phrase is in
            return [c for c in head.head.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" and c.i > noun.i]
        if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB" \
                and head.head.lemma_.lower() in self.lex["victim_verbs"] and self.passive(head.head):
            # "five civilians were killed in air strikes by X": the parser makes the by-phrase
            # after the act the passive's agent; who killed them in it is who struck
            return [c for c in head.head.children if self.by_agent(c) and c.lower_ == "by" and c.i > noun.i]
        return []

    @staticmethod
    def _by_on_of_object(noun) -> list:
        """"the violation of X's airspace by Y", "the shelling of X's villages by Y": the small
        parser hangs the act's by-agent on the noun of its "of" phrase, the nearest noun; a
        patient noun has no agent of its own there, so the phrase is the act's."""
        return [k for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children if p.dep_ == "pobj"
                for k in p.children if k.dep_ in ("prep", "agent") and k.lower_ == "by" and k.i > p.i]

    def participles(self, noun) -> list:
        """"sanctions imposed on X by Y", "the assault carried out by X", "a pact signed by X
        with Y": the participle of a support verb (verbs.json light_verbs) after an event noun
        (a noun of verbs.json) carries the noun's own phrases; not after any noun ("positions
        held by X" are no event)."""
        if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() not in self.lex["nouns"]:
            return []
        return [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                and c.lemma_.lower() in self.lex["light_verbs"]]

    def passive_carrier(self, noun) -> list:
        """"Sanctions were imposed by X on Y", "aid was sent by X to Y": the passive support
        verb (verbs.json light_verbs) an event noun is the subject of carries the noun's
        phrases, as its participle does ("sanctions imposed on Y by X")."""
        head = noun.head
        if noun.dep_ == "nsubjpass" and noun.pos_ in ("NOUN", "PROPN") and noun.lemma_.lower() in self.lex["nouns"] \
                and head.lemma_.lower() in self.lex["light_verbs"]:
            return [head]
        return []

    def event_preps(self, noun, preps: set[str]) -> list:
        """The prepositions (of `preps`) of an event noun, wherever the parse hung them: on the
        noun; else on a support verb's participle after it ("sanctions imposed on X"); else on
        the noun's own named argument, where the parser often leaves the next phrase ("the
        attack by the army on X", "the visit of X in Y")."""
        def own(tok):
            return [c for c in tok.children if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps]

        # ("killed in shelling by X in Y on Tuesday": a date phrase on the noun names no one and
        # does not keep the search from the phrase the parser left on the noun's agent)
        found = [c for c in own(noun) if not self._time_phrase(c)]
        found += [k for c in found if c.lower_ == "of" for q in c.children if self._qualifying_object(q)
                  for k in own(q) if k not in found and self._names_party(k)]
        if found:
            return found + self.coordinated_phrases(noun, found)
        if noun.pos_ not in ("NOUN", "PROPN") and not self.gerund_read_as_noun(noun):
            return found
        for shared in self.shared_phrase_event(noun):
            found.extend(own(shared))
        if found:
            return found
        carriers = self.participles(noun) + self.passive_carrier(noun)
        for part in carriers:
            found.extend(own(part))
        if found:
            return found
        found = [c for c in self.value_phrases(noun) if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps]
        if found:
            return found
        for c in [k for holder in (noun, *carriers) for k in holder.children]:
            if c.dep_ in ("prep", "agent") and c.lower_ not in preps:
                for p in c.children:
                    if p.dep_ == "pobj" and self.actors(p):
                        # an indefinite "by a Ruritanian minister" names no one ("the first
                        # visit to X by a Y leader in years")
                        hung = own(p) + [k for v in p.children if v.dep_ == "acl" and v.tag_ == "VBN"
                                         and v.lemma_.lower() in self.lex["light_verbs"] for k in own(v)]
                        named = self.mention_at(p)
                        found.extend(k for k in hung if not any(
                            d.dep_ == "det" and d.lower_ in ("a", "an") for o in k.children for d in o.children)
                            # "along the Line of Control": a phrase inside the name is no phrase of the event
                            and not (named is not None and named.start <= k.i < named.end))
        if not found:
            # "The visit by the Ruritanian PM X to Y": the parser may set the named person off as
            # the noun's appositive and leave the next phrase on that name
            for c in noun.children:
                named = self.mention_at(c) if c.dep_ == "appos" and c.i > noun.i else None
                if named is not None and named.entity.type == EntityType.PERSON:
                    found.extend(k for k in own(c) if not named.start <= k.i < named.end)
        if not found and noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
            # "X's pledge to allies, including A and B": a phrase after the noun left
            # on the noun whose phrase it is in
            found = [c for c in own(noun.head.head) if c.i > noun.i]
        if not found and noun.dep_ == "pobj" and noun.head.head.pos_ in ("VERB", "AUX"):
            found = self._past_dated_phrase(noun, own(noun.head.head))
        if not found and noun.dep_ == "conj":
            found = self._phrase_after_conjunct(noun, preps)
        return found

    def _qualifying_object(self, tok) -> bool:
        """"a war of aggression against X", "a campaign of terror on Y": a bare singular common
        noun in an event noun's "of" phrase says what kind of event it is, names no party; the
        small parser hangs the event's next phrase on it, and that phrase is the event's."""
        return tok.dep_ == "pobj" and tok.tag_ == "NN" and self.mention_at(tok) is None \
            and not any(d.dep_ in ("det", "poss", "nummod", "compound", "amod") for d in tok.children)

    def _names_party(self, prep) -> bool:
        """A phrase whose objects are all names ("against Ukraine"), no description a parse
        may have run on into ("against President of the Commission, X" after a glued quote)."""
        objects = [k for k in prep.children if k.dep_ == "pobj"]
        return bool(objects) and all(self.mention_at(k) is not None for k in objects)

    def _phrase_after_conjunct(self, noun, preps: set[str]) -> list:
        """"the fall of the regime in X and Y's war on Z": the phrase right after the last
        conjunct of a coordination the small parser hangs on a word above the whole coordination;
        it is the conjunct's own."""
        after = noun.right_edge.i + 1
        if after >= len(self.doc):
            return []
        phrase = self.doc[after]
        if phrase.dep_ != "prep" or phrase.lower_ not in preps:
            return []
        return [phrase] if any(a.i == phrase.head.i for a in noun.ancestors) else []

    @staticmethod
    def _time_phrase(prep) -> bool:
        """A phrase whose objects are all dates or times ("on Tuesday evening")."""
        objects = [k for k in prep.children if k.dep_ == "pobj"]
        return bool(objects) and all(docindex.is_time(k) for k in objects)

    def _past_dated_phrase(self, noun, phrases: list) -> list:
        """"... in a phone call on Monday with X": the small parser hangs the phrase that follows the
        event noun's own date on the verb the noun's phrase hangs on; the phrase right after the
        date (nothing but the date's words between) is the noun's."""
        end = noun.right_edge.i
        dated = [t for t in self.doc[noun.i + 1:end + 1]]
        if not dated or not all(docindex.is_time(t) or t.dep_ == "prep" and t.head.i == noun.i
                                for t in dated):
            return []
        return [c for c in phrases if c.i == end + 1]

    def _raised_objects(self, prep) -> list:
        """"the siege of and capture of X", "the shelling of and assault on X": a preposition
        left without its object before a conjunction shares the object of the first preposition
        of the conjoined noun a few words on."""
        doc = self.doc
        if prep.i + 1 >= len(doc) or doc[prep.i + 1].dep_ != "cc":
            return []
        end = min(len(doc), prep.i + 7, self.ctx.sentence(prep).end)
        for t in doc[prep.i + 2:end]:
            if t.dep_ == "prep" and t.head.pos_ == "NOUN" and t.head.i > prep.i + 1:
                return [k for k in t.children if k.dep_ == "pobj"]
        return []

    def shared_phrase_event(self, noun) -> list:
        """"heavy shelling and firing on villages": an event noun with no phrase of its own shares
        those of the attack noun or gerund conjoined after it (the parser hangs them on the last)."""
        if (noun.pos_ not in ("NOUN", "PROPN") and not self.gerund_read_as_noun(noun)) \
                or any(c.dep_ == "prep" for c in noun.children):
            return []
        attacks = self._attack_nouns()
        if noun.lemma_.lower() not in attacks:
            return []
        return [c for c in noun.children if c.dep_ == "conj" and c.i > noun.i
                and c.lemma_.lower() in attacks | self._attack_verbs() and c.tag_ in ("VBG", "NN", "NNS")
                and any(k.dep_ == "prep" for k in c.children)]

    def _restates_relative_object(self, tok, appos) -> bool:
        """"received by President X, who had also welcomed an earlier such guest, Y": a name set off
        after a relative clause of X whose object is a bare title (mentions.json title_heads), with
        no name of its own, restates that object; the small parser hangs it on X as X's apposition."""
        return any(r.dep_ == "relcl" and tok.i < r.i < appos.i and r.right_edge.i < appos.left_edge.i
                   and any(o.dep_ in ("dobj", "attr") and o.pos_ == "NOUN" and self.mention_at(o) is None
                           and (o.lower_ in self.w["title_heads"] or o.lemma_.lower() in self.w["title_heads"])
                           for o in r.children)
                   for r in tok.children)

    def coordinated_phrases(self, noun, phrases: list) -> list:
        """"held talks with A, and with B", "separate meetings with A and with B": a second phrase
        of the same preposition, coordinated with the noun's own, is the noun's too, wherever the
        parser hung it: as a conjunct of the first phrase, or on the support verb the noun is the
        object of (right after the conjunction)."""
        out = []
        for c in phrases:
            out.extend(k for k in c.conjuncts if k.i > c.i and k.pos_ == "ADP" and k.lower_ == c.lower_)
            verb = noun.head if noun.dep_ == "dobj" else None
            if verb is None or verb.i > noun.i:
                continue
            out.extend(k for k in verb.children if k.dep_ in ("prep", "conj") and k.lower_ == c.lower_
                       and k.i > c.right_edge.i and self.doc[k.i - 1].dep_ == "cc"
                       and self.doc[k.i - 1].head.i in (verb.i, noun.i, c.i))
        return [k for k in out if k not in phrases]

    def event_pobjs(self, noun, preps: set[str]) -> list:
        """The objects of an event noun's prepositions (`event_preps`)."""
        found = [p for c in self.event_preps(noun, preps)
                 for p in ([k for k in c.children if k.dep_ == "pobj"] or self._raised_objects(c)
                           or self.guest_objects(c))]
        if not found and "for" in preps and noun.pos_ in ("NOUN", "PROPN"):
            # "announced aid for X to help it ...": the parser reads "for X to help" as a clause
            # whose subject is X; the phrase right after the noun is the noun's own
            nxt = noun.right_edge.i + 1
            if nxt < len(self.doc) and self.doc[nxt].lower_ == "for" and self.doc[nxt].dep_ == "mark":
                clause = self.doc[nxt].head
                found = [c for c in clause.children if c.dep_ == "nsubj" and c.i > nxt]
        return found

    def subjects(self, verb, depth: int = 0, together: bool = True) -> list[Arg]:
        """Who does what the verb says: its subject (through control, relative clauses,
        coordination, passives), and those it does it alongside ("X visited Y along with Z";
        not with `together` off: the members of a pair read from a subject did not act on each
        other when they only acted side by side)."""
        found = self._subjects(verb, depth)
        if not together:
            return found
        together = self.companions(verb, depth)
        return one_per_entity(found + together) if together else found

    def companions(self, verb, depth: int) -> list[Arg]:
        """"... attending a summit in X alongside Name and Name", "visited X along with Y": the
        actors named in a comitative phrase of the verb (mentions.json comitative_prepositions)
        do it too; so do those the subject joins in doing it ("X joins A and B in imposing
        sanctions on Z", `joined_partners`)."""
        words = self.w["comitative_prepositions"]
        return [a for c in verb.children for h in self.phrase(c, words) for p in h.children if p.dep_ == "pobj"
                if not self._fronted_person_beside_body(verb, c, p, depth)
                for a in self.actors(p, depth=depth + 1) + self.listed_after(p) if a.entity.type in ACTOR_TYPES] \
            + self.joined_partners(verb)

    def _fronted_person_beside_body(self, verb, phrase, obj, depth: int) -> bool:
        """"Along with the minister of X, Name, the U.S. also sanctioned Y": a comitative phrase
        fronted before the verb's subject, a state or a body, that names a person (by name or
        by a title) adds to what is done, not to who does it. (When the parser also made the name
        restating that person the subject, `_subject_after_fronted_name` finds the true one.)"""
        if phrase.i > verb.i or not any(c.dep_ == "nsubj" and c.i > phrase.i for c in verb.children):
            return False
        m = self.mention_at(obj)
        if not (m.entity.type == EntityType.PERSON if m is not None else (
                obj.lower_ in self.w["title_heads"] or obj.lemma_.lower() in self.w["title_heads"])):
            return False
        doers = self._subjects(verb, depth + 1)
        return bool(doers) and all(a.entity.type in (EntityType.STATE, EntityType.ORGANIZATION) for a in doers)

    def listed_after(self, tok) -> list[Arg]:
        """The names that continue a list after `tok`'s name, read from the words, not the
        parse ("alongside President A, Turkish counterpart B and Chinese leader C", which the
        small parser breaks into a new sentence root at "counterpart"): after a comma or "and",
        up to four describing words (adjectives, nouns, titles; no verb, no determiner) then an
        actor's name, repeated; the first segment that is not so ends the list. Within the
        sentence only."""
        return self._list_after(tok, self._described_actor)

    def listed_persons_after(self, tok) -> list[Arg]:
        """The persons that continue a list of targets after `tok`'s name when the parser
        broke the list ("sanctions against A, B, Oil-company head C, Ruritanian Ambassador to
        X D, Senator E and others"): read from the words, segment by segment between commas
        (or "and"): each segment a person's name after at most seven describing words (titles,
        adjectives, the names of the state or company they hold a post for, with or without a
        possessive "'s", "to", "of"; no
        verb, no determiner), or one bare name of an actor; the first segment that is neither
        ends the list. Within the sentence only."""
        return self._list_after(tok, self._titled_person)

    def _list_after(self, tok, read) -> list[Arg]:
        """The list going on after `tok`'s name, segment by segment, each after a comma and/or
        "and": `read(start, end)` gives a segment's name, or None, which ends the list."""
        m = self.mention_at(tok)
        if m is None:
            return []
        end = self.ctx.sentence(tok).end
        out, i = [], m.end
        while i < end:
            j = i
            if self.doc[j].text == ",":
                j += 1
            if j < end and self.doc[j].lower_ == "and":
                j += 1
            if j == i:
                break
            name = read(j, end)
            if name is None:
                break
            out.append(Arg(name))
            i = name.end
        return out

    def _described_actor(self, j: int, end: int):
        """A segment of `listed_after`: up to four describing words, then an actor's name."""
        k = j
        while k < end and k - j < 4 and self.doc[k].pos_ in ("ADJ", "NOUN", "PROPN") and not self.doc[k].is_punct:
            here = self.mention_at(self.doc[k])
            if here is not None and not ("demonym" in here.notes and k + 1 < end
                                         and self.mention_at(self.doc[k + 1]) is None
                                         and self.doc[k + 1].pos_ in ("ADJ", "NOUN", "PROPN")):
                break  # a name; a demonym before a describing word ("Turkish counterpart") describes
            k += 1 if here is None else here.end - k
        nxt = self.mention_at(self.doc[k]) if k < end else None
        if nxt is None or nxt.start != k or nxt.entity.type not in ACTOR_TYPES or "demonym" in nxt.notes:
            return None
        if nxt.entity.type != EntityType.PERSON and k > j:
            return None  # "..., Turkish counterpart X": words describe a person, not a state
        return nxt

    def _titled_person(self, j: int, end: int):
        """A segment of `listed_persons_after`: a person's name after at most seven describing
        words, or one bare actor's name; followed by the list's next separator or its end."""
        k, name = j, None
        while k < end and k - j <= 7:
            here = self.mention_at(self.doc[k])
            if here is not None and here.start == k and here.entity is not None \
                    and here.entity.type == EntityType.PERSON:
                name = here
                break
            t = self.doc[k]
            owned = t.tag_ == "POS" and k > j and self.mention_at(self.doc[k - 1]) is not None \
                and self.mention_at(self.doc[k - 1]).entity.type in (EntityType.STATE, EntityType.ORGANIZATION)
            if here is None and not (t.pos_ in ("ADJ", "NOUN", "PROPN") or t.lower_ in ("to", "of") or owned
                                     or (t.is_punct and t.text not in (",", ";", "(", ")"))):
                break  # ("and Ruritania's Prime Minister D": the state owning the title)
            k = here.end if here is not None else k + 1
        if name is None and k == j:
            bare = self.mention_at(self.doc[j]) if j < end else None
            if bare is not None and bare.start == j and bare.entity is not None \
                    and bare.entity.type in ACTOR_TYPES and "demonym" not in bare.notes \
                    and (bare.end >= end or self.doc[bare.end].text == "," or self.doc[bare.end].lower_ == "and"):
                name = bare
        if name is None or not (name.end >= end or self.doc[name.end].text in (",", ";", ".")
                                or self.doc[name.end].lower_ == "and"):
            return None
        return name

    def _subjects(self, verb, depth: int = 0) -> list[Arg]:
        if depth > 6:
            return []
        nsubjs = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        if not nsubjs:  # "X had the night before shelled Y", "X will on Monday pay a visit to Y": a
            # phrase between the auxiliary and the verb may make the parser hang the subject on the
            # auxiliary (and the phrase on the verb)
            nsubjs = [k for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i
                      for k in c.children if k.dep_ == "nsubj"]
        if len(nsubjs) == 2 and any(k.dep_ == "cc" for k in nsubjs[0].children) \
                and not any(k.dep_ == "conj" and not _bare_participle(k) for k in nsubjs[0].children):
            # "President X and Prime Minister Y held talks": the parser made both subjects (also
            # past a bare participle it conjoined to the first: "X and visiting President Y")
            both = [self.actors(c, depth=depth + 1) for c in nsubjs]
            if all(both):
                return one_per_entity(both[0] + both[1])
        if len(nsubjs) == 2 and nsubjs[1].left_edge.i == nsubjs[0].i + 2 \
                and self.doc[nsubjs[0].i + 1].text == "," and nsubjs[1].lower_ in self.w["person_group_nouns"] \
                and self.mention_at(nsubjs[0]) is not None and "demonym" in self.mention_at(nsubjs[0]).notes:
            # "The Ruritanian, Bordurian leaders held talks": the parser took the first demonym of the
            # list for a subject of its own; both states' leaders act
            both = [self.actors(c, depth=depth + 1) for c in nsubjs]
            if all(both):
                return one_per_entity(both[0] + both[1])
        first = self._comma_joined_first(verb, nsubjs)
        if first is not None:
            # "X, Y meet in Z", "A, B hold talks": a headline joins its two parties by a bare
            # comma; both act
            both = [self.actors(first, depth=depth + 1), self.actors(nsubjs[-1], depth=depth + 1)]
            if all(both):
                return one_per_entity(both[0] + both[1])
        restated = self._subject_after_fronted_name(verb, nsubjs)
        if restated is not None:
            return self.actors(restated, depth=depth + 1)
        for c in nsubjs:
            if c.lower_ in self.lex["subject_pronouns"] and verb.dep_ == "ccomp" and verb.head.pos_ in ("VERB", "AUX"):
                return self._pronoun_subject(c, verb.head, depth)
            if c.lower_ in self.lex["first_person_pronouns"] and c.pos_ == "PRON":
                return self._quoted_speaker(c, verb, depth)
            found = self.actors(c, depth=depth + 1)
            if not found and c.lower_ in self.lex["subject_pronouns"] and c.pos_ == "PRON" and verb.dep_ == "ROOT":
                # "The British military ... . They launched airstrikes": the previous sentence's subject
                found = [Arg(m, "anaphora") for m in self.coref.previous_subject(c)]
            if not found and c.lemma_.lower() in self.lex["document_nouns"]:
                # "a UN report accused X", "a report by UN experts accused X": the document
                # speaks for its owner or author
                found = [Arg(a.mention, "direct") for a in self.owner_of(c, depth + 1)]
            if found and all(a.via == "actor_noun" for a in found) and c is not nsubjs[-1]:
                # "the Ruritanian militant group X is claiming": the parser split one subject
                # in two; the name after the description is the actor, not its demonym's state.
                named = [a for n in nsubjs[nsubjs.index(c) + 1:] for a in self.actors(n, depth=depth + 1)
                         if a.via != "actor_noun"]
                after = nsubjs[nsubjs.index(c) + 1]
                last = c.right_edge
                if named and last.dep_ == "pobj" and last.i + 2 == after.left_edge.i and self.doc[last.i + 1].text == "," \
                        and any(k.dep_ == "conj" for k in after.children):
                    # "officials from X, Y and Z condemned ...": the parser broke the list after
                    # its first name; each state of the list acts
                    return one_per_entity(found + named)
                if named:
                    return one_per_entity(named)
            first = self.stranded_conjunct(c) if found and len(nsubjs) == 1 else None
            if first is not None:
                # "..., on January 1, X and first lady Y led ...": the first of the pair leads
                return one_per_entity(self.actors(first, depth=depth + 1) + found)
            if found or c is nsubjs[-1]:
                return found
        for c in verb.children:
            if c.dep_ == "agent":
                return [a for p in c.children if p.dep_ == "pobj" for a in self.actors(p, depth=depth + 1)]
        if not nsubjs and verb.dep_ == "ROOT":
            # "At a meeting with X, Y praised ...": the small parser hangs the subject after
            # the comma on the fronted phrase's last name as its appositive, or, when the
            # subject is itself a pair ("During his visit to X, Y and his wife laid ..."), as
            # one more conjunct of that name: the phrase between the comma and the verb (and
            # the verb's auxiliaries: "..., Y and his counterpart Z have signed ...").
            start = verb.i
            while start > 0 and self.doc[start - 1].head.i == verb.i \
                    and self.doc[start - 1].dep_ in ("aux", "auxpass", "neg"):
                start -= 1
            for end in (e for e in (start, self._before_set_off_adjunct(verb, start)) if e is not None):
                for c in verb.children:
                    if c.dep_ == "prep" and c.i < verb.i:
                        for t in c.subtree:
                            if t.dep_ in ("appos", "conj") and t.right_edge.i == end - 1 and t.left_edge.i > 0 \
                                    and self.doc[t.left_edge.i - 1].text == "," \
                                    and (t.dep_ == "appos" or any(k.dep_ == "cc" for k in t.children)
                                         or self._lone_fronted_conjunct(t)):
                                return self.actors(t, depth=depth + 1)
        head = verb.head
        if head.i == verb.i:
            return []
        if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ in ("acomp", "amod") and head.head.pos_ in ("VERB", "AUX"):
            return self.subjects(head.head, depth + 1)  # "X is due / likely / ready to visit Y"
        if verb.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX"):
            for c in head.children:
                if c.dep_ == "nsubjpass":  # "X is expected / set / scheduled to meet Y"
                    return self.actors(c, depth=depth + 1)
        intent = self._intent_object(verb)
        if intent is not None:
            # "welcomed the decision by X (X) to sanction Y": the parser hung the infinitive
            # right after the intent noun on the verb; it is still the noun's
            return self._intent_agents(intent, verb, depth)
        if verb.dep_ in ("xcomp", "advcl"):
            if head.lemma_.lower() in self.lex["object_control"]:
                for c in head.children:
                    if c.dep_ == "dobj":
                        return self.actors(c, depth=depth + 1)
            for c in head.children:
                if modality_mod.addressee_phrase(head, c, verb) and modality_mod.to_infinitive(verb) \
                        and f"{head.lemma_.lower()} {c.lower_}" in self.lex["prepositional_control"]:
                    # "X called on Y to begin talks with Z", "appealed to Y to send troops": the one
                    # called on or appealed to is asked to act, as the object of "asked Y to ..." is
                    found = [a for p in c.children if p.dep_ == "pobj" for a in self.actors(p, depth=depth + 1)]
                    if found:
                        return found
            if head.pos_ in ("VERB", "AUX"):
                if verb.dep_ == "advcl":
                    # "Arriving in X, Y was received by Z": an adjunct's subject is its clause's
                    # surface subject, the passive's patient Y, not the agent Z
                    return self.surface_subjects(head, depth + 1)
                return self.subjects(head, depth + 1)
        above = modality_mod.misjoined_past(verb)
        if above is not None:
            # "X denied reports it is sending weapons and accused Y of ...": the verb above
            return self.subjects(above, depth + 1)
        if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX") and verb.i > 0:
            before = self.doc[verb.i - 1]
            if before.dep_ == "pobj" and before.pos_ in ("NOUN", "PROPN") and before.head.dep_ == "prep" \
                    and any(a.i == head.i for a in before.ancestors) \
                    and not any(c.dep_ in ("cc", "punct") and head.i < c.i < verb.i for c in head.children) \
                    and not any(c.dep_ == "cc" for c in verb.children):
                # "sent a team after an earthquake struck X", "after Y's forces shelled X": with no
                # "and" or comma between them, the verb the parser conjoined to the clause is
                # said of the noun of the phrase right before it ("after" read as a preposition)
                return self.actors(before, depth=depth + 1)
        if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
            if self.passive(head) and head.dep_ not in ("advcl", "acl") and not self.passive(verb):
                # "X was received by Y and talked with Z": an active verb conjoined to a passive
                # one shares its surface subject X, not the agent Y
                found = [a for c in head.children if c.dep_ == "nsubjpass" for a in self.actors(c, depth=depth + 1)]
                if found:
                    return found
            return self.subjects(head, depth + 1)
        if verb.dep_ == "conj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX") \
                and not any(c.dep_ == "pobj" for c in head.children):
            # "have been ramming into and firing at X": the parser conjoins the second verb to the
            # first verb's stranded preposition
            return self.subjects(head.head, depth + 1)
        if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX", "ADJ"):
            if head.lower_ in ("of", "for", "against", "from") \
                    and head.head.lemma_.lower() in self.lex["prepositional_object_control"]:
                # "accused Azerbaijan of launching ...": the accused launched it, not the accuser
                objects = [c for c in head.head.children if c.dep_ == "dobj"]
                return [a for o in objects for a in self.actors(o, depth=depth + 1)]
            # "This comes after accusing X of ...": the agent of the event "this" stands for;
            # "On arriving in X, Y was greeted by Z": the passive's patient Y, not the agent
            return self.surface_subjects(head.head, depth + 1) or \
                [Arg(m, "anaphora") for m in self.coref.event_agent(head.head)]
        if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in ("of", "for") \
                and head.head.dep_ == "dobj" and head.head.pos_ in ("NOUN", "PROPN") \
                and head.head.head.lemma_.lower() in self.lex["prepositional_object_control"]:
            # "condemned the X militias for launching drones": the parser hung the phrase on the
            # object, which is still the one who did it
            return self.actors(head.head, depth=depth + 1)
        if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in self.lex["adjunct_gerund_prepositions"] \
                and head.head.pos_ == "NOUN" and head.head.dep_ == "dobj" and head.head.head.pos_ == "VERB":
            # "X ordered the expulsion of Y's envoy after accusing Y of ...": the parser hung the
            # clause's time adjunct on the object noun; the verb's subject does both
            return self.surface_subjects(head.head.head, depth + 1)
        if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in self.lex["adjunct_gerund_prepositions"] \
                and head.head.dep_ == "npadvmod" and head.head.pos_ == "NOUN" and head.head.head.pos_ == "VERB":
            # "X met Y on Wednesday, a day after holding talks in Z": the parser hung the time
            # adjunct on the measure noun; the clause's subject does both
            return self.surface_subjects(head.head.head, depth + 1)
        if verb.dep_ == "acl" and verb.tag_ == "VBG":
            found = self.actors(head, depth=depth + 1)
            member_of = self._counted_among(head)
            if not found and member_of is not None:
                # "X is one of the countries contributing troops", "X is among the states
                # supplying arms": the copula's subject is one of those who do it
                return self.subjects(member_of, depth + 1)
            if not found and head.lemma_.lower() in self.lex["document_nouns"]:
                found = self.author(head, depth + 1)
            if not found and head.lemma_.lower() in self.lex["nouns"] and head.pos_ == "NOUN":
                # "X conducted an airstrike targeting Y", "a US strike targeting Y": the event's agent
                found = [Arg(a.mention, "owner") for a in self.owner_of(head, depth + 1)]
                governing = self.governing_verb(head) if not found else None
                if governing is not None and self.carries_event(governing):
                    found = self.subjects(governing, depth + 1)
            return found
        if main_verb_as_clause(verb):
            # "X, Secretary-General of Y, condemned ...": the parser made the main verb after the
            # subject's appositive a clause on the subject's name; the name is its subject
            return self.actors(head, depth=depth + 1)
        if verb.dep_ == "acl" and head.pos_ == "NOUN" and head.lemma_.lower() in self.lex["invitation_nouns"] \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and head.dep_ == "dobj" \
                and head.head.lemma_.lower() in self.lex["invitee_verbs"]:
            # "X accepted Y's invitation to visit Z", "X received an invitation to visit Z": the
            # infinitive is the invitee's act, and the invitee is who accepts or receives it
            return self.subjects(head.head, depth + 1)
        if verb.dep_ == "acl" and head.pos_ == "NOUN" and head.lemma_.lower() in self.lex["intent_nouns"] \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # "the decision of X and Y to launch air strikes", "X's move to impose sanctions": the
            # one whose decision it is acts
            return self._intent_agents(head, verb, depth)
        if verb.dep_ == "relcl" and head.dep_ == "ROOT" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return self.actors(head, depth=depth + 1)  # a headline: "Xi to visit France"
        if verb.dep_ in ("relcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
                and any(c.dep_ == "amod" and c.lower_ in self.lex["ranking_words"] for c in head.children):
            return self.ranked(head, depth)
        if verb.dep_ in ("relcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
                and head.lower_ in self.lex["ranking_words"] and head.dep_ in ("attr", "nsubj", "appos"):
            return self.ranked(head, depth)  # "X was the first of the leaders to meet Y": no noun
        return []

    def _intent_agents(self, noun, verb, depth: int) -> list[Arg]:
        """Whose decision, move or plan (verbs.json intent_nouns) `noun` is: its possessor or
        its of/by phrase before the infinitive `verb`."""
        agents = [c for c in noun.children if c.dep_ == "poss"] + [
            p for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ in ("of", "by") and c.i < verb.i
            for p in c.children if p.dep_ == "pobj"]
        return [a for p in agents for a in self.actors(p, depth=depth + 1)]

    def _intent_object(self, verb):
        """The intent noun (verbs.json intent_nouns) an infinitive adjunct right after the
        object of its verb belongs to ("welcomed the decision by X (X) to sanction Y", parsed
        with "to sanction" on "welcomed"), when that noun has an owner or an of/by phrase; else
        None."""
        if verb.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
                or verb.head.pos_ not in ("VERB", "AUX"):
            return None
        for obj in verb.head.children:
            if obj.dep_ == "dobj" and obj.pos_ == "NOUN" and obj.lemma_.lower() in self.lex["intent_nouns"] \
                    and obj.right_edge.i + 1 == verb.left_edge.i \
                    and any(c.dep_ == "poss" or c.dep_ in ("prep", "agent") and c.lower_ in ("of", "by")
                            for c in obj.children):
                return obj
        return None

    def _comma_joined_first(self, verb, nsubjs):
        """"X, Y meet in Z", "A, B hold talks on W": a headline writes its two parties with a bare
        comma for "and", and the small parser takes the first for a second subject, a noun
        adverbial or a clause of the verb. That first party's token, when a state's or a person's
        name opens the sentence, the comma alone parts it from the verb's own subject (no
        conjunct of its own; a state, a person or a described one: "X, Y's king hold talks") and
        it hangs on the verb; else None. (A fronted
        place or time is no state or person: "In Z, Y met ..." keeps its one subject.)"""
        if not nsubjs:
            return None
        subj = nsubjs[-1]
        j = subj.left_edge.i
        if j < 2 or self.doc[j - 1].text != "," or any(k.dep_ in ("conj", "cc") for k in subj.children):
            return None
        first = self.doc[j - 2]
        m, other = self.mention_at(first), self.mention_at(subj)
        if m is None or m.entity.type not in (EntityType.STATE, EntityType.PERSON) \
                or other is not None and (other.entity.type not in (EntityType.STATE, EntityType.PERSON)
                                          or m.entity.id == other.entity.id) \
                or m.start != self.ctx.sentence(subj).start:
            return None
        top = self.doc[m.end - 1]
        return top if top.head.i == verb.i and top.dep_ in ("nsubj", "npadvmod", "advcl") else None

    def _subject_after_fronted_name(self, verb, nsubjs):
        """"Along with the minister of X, Name, the U.S. also sanctioned Y": the small parser
        makes the name that restates the fronted phrase's person the subject and the true
        subject, a state or a body set off after it, its appositive. That appositive token, or
        None. (The fronted phrase's person is kept out of the doers by
        `_fronted_person_beside_body`.)"""
        if len(nsubjs) != 1:
            return None
        subj = nsubjs[0]
        m = self.mention_at(subj)
        if m is None or m.entity.type != EntityType.PERSON or m.start < 2 or self.doc[m.start - 1].text != ",":
            return None
        fronted = [c for c in verb.children if c.dep_ == "prep" and c.right_edge.i == m.start - 2]
        if not fronted:
            return None
        for c in subj.children:
            other = self.mention_at(c)
            if c.dep_ == "appos" and c.i > subj.i and other is not None \
                    and other.entity.type in (EntityType.STATE, EntityType.ORGANIZATION) \
                    and self.doc[c.left_edge.i - 1].text == "," \
                    and all(t.dep_ == "advmod" for t in self.doc[c.right_edge.i + 1:verb.i]):
                return c
        return None

    def joined_partners(self, trig) -> list[Arg]:
        """"X joined Y in condemning Z", "X joins A and B in their condemnation of Z": the ones a
        joining verb (verbs.json joining_verbs) takes as object or in its "with" phrase share the
        act its "in" phrase names, the gerund or event noun `trig`."""
        head = trig.head
        if trig.dep_ not in ("pcomp", "pobj") or head.dep_ != "prep" or head.lower_ != "in":
            return []
        verb = head.head
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in self.lex["joining_verbs"] \
                or head.i < verb.i:
            return []
        partners = [c for c in verb.children if c.dep_ == "dobj"] + [
            p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]
        found = [a for p in partners for a in self.actors(p) if a.entity.type in ACTOR_TYPES]
        if not found and any(p.tag_ == "NNS" and self.mention_at(p) is None for p in partners):
            # "X joins other states in condemning the incursion, including A and B": the
            # list the parser hung on the act (which has no members) names the group's members
            words = self.w["inclusion_words"]
            found = [a for d in trig.children if d.dep_ == "dobj" and self._event_noun(d)
                     for c in d.children if c.i > d.i for k in self.phrase(c, words)
                     for p in k.children if p.dep_ == "pobj"
                     for a in self.actors(p) if a.entity.type in ACTOR_TYPES]
        return found

    @staticmethod
    def _counted_among(noun):
        """The copula whose subject is counted among `noun` ("X is one of the countries ...",
        "X is among the states ..."), or None."""
        if noun.dep_ != "pobj":
            return None
        prep = noun.head
        if prep.lower_ == "among" and prep.head.lemma_ == "be":
            return prep.head
        if prep.lower_ == "of" and prep.head.pos_ == "NUM" and prep.head.dep_ == "attr" and prep.head.head.lemma_ == "be":
            return prep.head.head
        return None

    def ranked(self, noun, depth: int) -> list[Arg]:
        """"X was the first leader to visit Y", "The last president to visit Y was X", "X, the
        only minister to attend ...": the ranked noun is X, whose act its infinitive tells."""
        cop = noun.head
        if noun.dep_ == "appos":
            return self.actors(cop, depth=depth + 1)
        if cop.lemma_.lower() not in self.lex["copulas"]:
            return []
        other = {"attr": "nsubj", "nsubj": "attr"}.get(noun.dep_)
        return [a for c in cop.children if c.dep_ == other for a in self.actors(c, depth=depth + 1)]

    def author(self, document, depth: int = 0) -> list[Arg]:
        """Who speaks through a document ("a resolution condemning X", "a statement accusing
        X": verbs.json document_nouns): its owner ("Chile's statement", "a statement by X"),
        else the subject of the verb that issued it ("the Council adopted a resolution ...");
        not of one that only reacts to it ("welcomed a statement ...")."""
        found = [Arg(a.mention, "direct") for a in self.owner_of(document, depth)]
        if found:
            return found
        verb = self.governing_verb(document)
        if verb is not None and self.carries_event(verb):
            return self.subjects(verb, depth + 1)
        return []

    def clause_subjects(self, verb, together: bool = True) -> list[Arg]:
        """Who a clause is about, for an event phrase that frames it: the subject, or a passive
        verb's own subject ("During his visit to X, Y was received by Z": Y made the visit, not
        the agent Z); `together` as for `subjects`."""
        if self.passive(verb):
            found = [a for c in verb.children if c.dep_ == "nsubjpass" for a in self.actors(c)]
            if found:
                return found
        return self.subjects(verb, together=together)

    def _before_set_off_adjunct(self, verb, start: int) -> int | None:
        """"During his visit to X, Minister Y, on Friday met Z": where the subject the parser hung
        on the fronted phrase would end if an adjunct of the verb set off by a comma ("on Friday",
        "today") stands between it and the verb; None when no such adjunct is there."""
        if start < 2:
            return None
        t = self.doc[start - 1]
        top = t
        while top.head.i != verb.i and top.head.i != top.i:
            top = top.head
        if top.head.i != verb.i or top.dep_ not in ("prep", "npadvmod", "advmod") or top.i > verb.i \
                or top.right_edge.i != start - 1 or top.left_edge.i < 1 or self.doc[top.left_edge.i - 1].text != ",":
            return None
        return top.left_edge.i - 1

    def _lone_fronted_conjunct(self, t) -> bool:
        """"On the invitation of X, [titled] Y visited Z": with no "and" the small parser may take
        the subject after the fronted phrase's comma for one more conjunct of its last name; a
        person's name (titles before it) right before the verb, with no conjunct of its own, is
        that subject."""
        m = self.mention_at(t)
        return t.dep_ == "conj" and m is not None and m.entity.type == EntityType.PERSON \
            and not any(k.dep_ in ("conj", "cc") for k in t.children)

    def stranded_conjunct(self, subj):
        """The first name of a subject pair the small parser split after a fronted phrase
        ("On Monday, X and Y met ...", parsed with X a conjunct of "Monday" and Y alone the
        subject): an actor's name standing between the fronted phrase's comma and an "and"
        right before `subj`, which the parse hangs in the fronted phrase. None when there is
        no such name."""
        j = subj.left_edge.i - 1
        if j < 2 or self.doc[j].dep_ != "cc" or self.doc[j].lower_ not in ("and", "&"):
            return None
        m = self.mention_at(self.doc[j - 1])
        if m is None or m.entity.type not in ACTOR_TYPES or m.start < 1 or self.doc[m.start - 1].text != ",":
            return None
        first = self.doc[m.end - 1]
        if first.dep_ != "conj" or first.head.i >= m.start or self.ctx.sentence(first).start != self.ctx.sentence(subj).start:
            return None
        return first

    def surface_subjects(self, verb, depth: int = 0) -> list[Arg]:
        """The subject an adjunct participle or gerund of `verb`'s clause shares: a passive
        verb's own subject ("After landing in X, Y was met by Z": Y landed), else `subjects`."""
        # (an adjunct passive clause with a subject of its own too: "since he was elected after
        # visiting X": he visited)
        if self.passive(verb) and (verb.dep_ not in ("advcl", "acl")
                                   or verb.dep_ == "advcl" and any(c.dep_ == "nsubjpass" for c in verb.children)):
            found = [a for c in verb.children if c.dep_ == "nsubjpass" for a in self.actors(c, depth=depth + 1)]
            if found:
                return found
        return self.subjects(verb, depth)

    def _quoted_speaker(self, pron, verb, depth: int) -> list[Arg]:
        """'"We condemn X," the minister said', '"I have conveyed our protest to Y," X said': a
        first-person subject (verbs.json first_person_pronouns) of a quoted clause is the one
        the verb of saying (verbs.json verdict speaker_verbs) after the closing quotation mark has for subject."""
        top = verb
        while top.dep_ in ("conj", "xcomp") and top.head.i != top.i:
            top = top.head
        say = top.head
        if top.dep_ != "ccomp" or say.i < top.i or say.lemma_.lower() not in self.lex["verdict"]["speaker_verbs"]:
            return []
        sent = say.sent
        quotes = [t.i for t in self.doc[sent.start:say.i] if t.is_quote]
        opened = any(q < pron.i for q in quotes) or window_start(self.doc, sent, say) < sent.start
        if not opened or not any(top.i < q < say.i for q in quotes):
            return []  # (a quotation opened in an earlier sentence of the paragraph counts)
        kinds = self.lex["first_person_pronouns"][pron.lower_]
        found = self.subjects(say, depth + 1)
        return [a for a in found if a.entity.type.value in kinds or a.via == "actor_noun"]

    def _pronoun_subject(self, pron, reporting_verb, depth: int) -> list[Arg]:
        """"Ethiopia said it deplored ...", "the minister said he would visit ...": a pronoun
        subject of a reported clause is the reporter, when its number and kind agree."""
        kinds = self.lex["subject_pronouns"][pron.lower_]
        found = self.subjects(reporting_verb, depth + 1)
        # "Kenya's foreign minister said he would ...": the unnamed official's state.
        found = [a for a in found if a.entity.type.value in kinds or a.via == "actor_noun"]
        # "they" needs a plural antecedent: "the US claimed they had ..." may mean anyone.
        return found if (len(found) >= 2) == (pron.lower_ == "they") else []

    @staticmethod
    def passive(verb) -> bool:
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in docindex.children(verb)):
            return True
        if verb.dep_ == "advcl" and verb.tag_ == "VBN":
            # "X made a visit to Y, welcomed by Z": a bare participle with its agent (not
            # "having welcomed Z")
            return any(c.dep_ == "agent" for c in verb.children) and not any(c.dep_ == "aux" for c in verb.children)
        return verb.dep_ == "acl" and verb.tag_ == "VBN" and not main_verb_as_clause(verb)

    def agent_phrases(self, verb) -> list:
        """A passive verb's by-phrases: its agent, or, with none, a "by" the parser hung on an
        adjunct's noun that names nobody ("was met on arrival by X", "was greeted at the
        airport by X")."""
        found = [c for c in verb.children if c.dep_ == "agent"]
        if found:
            return found
        return [b for c in verb.children if c.dep_ == "prep" for p in c.children
                if p.dep_ == "pobj" and self.mention_at(p) is None
                for b in p.children if b.dep_ == "prep" and b.lower_ == "by" and b.i > p.i]

    def site_named_place(self, site) -> Mention | None:
        """The city or state a building or site is placed in by a name set off after a comma
        rather than by an in/at phrase ("at the State House, Abuja", "at the Merdeka Palace,
        Jakarta": the small parser reads it as an apposition or a bare noun-phrase modifier of the
        site). Only a name that is the whole of that phrase counts."""
        for c in site.children:
            if c.i <= site.i or c.dep_ not in ("appos", "npadvmod") or self.doc[c.left_edge.i - 1].text != ",":
                continue
            m = self.mention_at(c)
            if m is not None and m.entity.type in (EntityType.CITY, EntityType.STATE) \
                    and m.start == c.left_edge.i and m.end == c.i + 1:
                return m
        return None

    def part_of(self, tok) -> list[Arg]:
        """"the east of the Gaza Strip", "positions in X": a part stands for the whole place."""
        if tok.pos_ == "NUM" or tok.lower_ in self.lex["quantity_words"]:
            # "five of Russia's arms makers", "some of its banks": the part is the phrase after "of".
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in c.children:
                        if p.dep_ == "pobj":
                            return self.actors(p) or self.part_of(p)
            return []
        parts = self.w["part_nouns"] | set(self.lex["place_parts"])
        if tok.lower_ not in parts and tok.lemma_.lower() not in parts:
            return []
        kind = self.w["anaphor_nouns"].get(tok.lemma_.lower())
        if kind in (EntityType.CITY.value, EntityType.PLACE.value) or tok.lemma_.lower() in self.lex["place_parts"]:
            # "the Kurdistan city of Erbil", "the Siberia city of Omsk": the place the noun names
            # in its "of" phrase, not the region or owner before it
            named = [self.mention_at(p) for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj" and self.mention_at(p) is not None]
            named = [m for m in named if m.entity.type in (EntityType.CITY, EntityType.PLACE)]
            if len(named) == 1:
                # "the villages of X and Y": a plural noun names every conjunct of its "of" object
                listed = [self.mention_at(c) for c in self.doc[named[0].end - 1].conjuncts] if tok.tag_ == "NNS" else []
                return [Arg(named[0])] + [Arg(m) for m in listed
                                          if m is not None and m.entity.type in (EntityType.CITY, EntityType.PLACE)]
        # "Houthi targets in Yemen", "a rebel group target north of Y": the named
        # owner is the actor hit, not the place the target lies in.
        for c in tok.children:
            if c.dep_ == "poss" and c.lower_ in ("its", "their"):
                # "accused X of mutiny and struck their bases": the owner the pronoun stands for
                owners = [Arg(m, "anaphora") for m in self.coref.collective(c)]
                if owners:
                    return owners
        for c in tok.children:
            if c.dep_ in ("compound", "poss") and self.mention_at(c) is not None and not self._backer(c):
                if self.mention_at(c).entity.type == EntityType.STATE and self._non_state(tok):
                    continue  # "rebel Croat positions": no state's
                return [Arg(self.mention_at(c), "owner")]
        for c in tok.children:  # "a rebel group target north of X": the target's owner
            if c.dep_ == "compound" and c.i < tok.i and self.part_of(c):
                return self.part_of(c)
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "in") and not self._bare_bearing(c):
                for p in c.children:
                    if p.dep_ == "pobj":
                        found = self.actors(p)
                        if found:
                            return found
        for c in tok.children:  # "the Ukrainian town of Bucha" (a town no gazetteer has): Ukraine
            m = self.mention_at(c)
            if c.dep_ == "amod" and m is not None and m.entity.type == EntityType.STATE and not self._non_state(tok):
                # ("rebel Serb positions" are no state's)
                return [Arg(m, "owner")]
        return []

    def _bare_bearing(self, tok) -> bool:
        """"an airport west of the capital", "a base 20 km south of X": a bearing with no
        determiner of its own measures from a place and lies outside it ("in the (far) west of X"
        is inside). Also the "of" of such a bearing, which the parser may hang on the noun before."""
        if tok.lower_ == "of" and tok.i > 0:
            tok = self.doc[tok.i - 1]
        if tok.lower_ not in self.lex["bearing_words"]:
            return False
        return not any(c.dep_ in ("det", "poss") and c.i < tok.i
                       and all(self.doc[j].pos_ == "ADJ" for j in range(c.i + 1, tok.i)) for c in tok.children)

    def unknown_possessor(self, noun, subjects: list[Arg]) -> bool:
        """A noun event owned by a name the reader could not resolve ("Biden's visit") is that
        name's event: no other path may supply its subject. A date owns nothing ("Sunday's
        airstrikes carried out by X": X's)."""
        for c in noun.children:
            if c.dep_ == "poss" and c.lower_ not in self.w["possessive_pronouns"] and c.pos_ == "PROPN" \
                    and not docindex.is_time(c):
                return not any(a.mention.start <= c.i < a.mention.end for a in subjects)
        return False

    def poss_actor(self, poss_tok, noun) -> list[Arg]:
        if poss_tok.lower_ in self.w["possessive_pronouns"]:
            verb = self.governing_verb(noun)
            found = self.subjects(verb) if verb is not None else []
            # "his visit ..., X and his wife led": a singular person's pronoun is one of them
            return found[:1] if poss_tok.lower_ in self.w["person_pronouns"] else found
        return self.actors(poss_tok)

    def relative_verb(self, noun):
        """The support verb of the relative clause `relative_subjects` reads, which dates the
        event ("an accord both states signed in 2019"); None without one."""
        found = self.relative_subjects(noun, verb_only=True)
        return found[0] if found else None

    def relative_subjects(self, noun, verb_only: bool = False) -> list:
        """Who carried out an event noun through a relative clause of a support verb, read from
        the words, not the parse (which hangs such clauses anywhere): "the treaty (that/which)
        X and Y signed", "a security pact both countries signed", "the talks the two leaders
        held": right after the noun, an optional relative pronoun, a list of names or a
        counted group ("both countries"), then a past form of a support verb (verbs.json
        light_verbs) that takes no object of its own."""
        doc, end = self.doc, self.ctx.sentence(noun).end
        i = noun.i + 1
        if i < end and doc[i].lower_ in ("that", "which"):
            i += 1
        heads, k = [], i
        while k < end:
            if doc[k].lower_ == "the" and k + 1 < end and self.mention_at(doc[k + 1]) is not None:
                k += 1  # "the United States"
            m = self.mention_at(doc[k])
            if m is not None and m.start == k and m.entity.type in ACTOR_TYPES | {EntityType.CITY}:
                heads.append(("name", doc[m.end - 1]))
                k = m.end
            elif doc[k].lower_ in ("both", "the") and k + 2 < end and doc[k + 1].lower_ in ("two", *self.w["pair_nouns"]):
                j = k + 1 if doc[k + 1].lower_ in self.w["pair_nouns"] else k + 2
                if doc[j].lower_ not in self.w["pair_nouns"]:
                    return []
                heads.append(("group", doc[j]))
                k = j + 1
            else:
                return []
            if k < end and doc[k].lower_ in (",", "and"):
                k += 1 + (k + 1 < end and doc[k].text == "," and doc[k + 1].lower_ == "and")
                continue
            break
        if not heads or k >= end:
            return []
        verb = doc[k]
        if verb.tag_ not in ("VBD", "VBN") or verb.lemma_.lower() not in self.lex["light_verbs"] \
                or any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children):
            return []
        if verb_only:
            return [verb]
        out = []
        for kind, h in heads:
            if kind == "group":
                out.extend(Arg(m, "anaphora") for m in self.coref.group(h))
            else:
                m = self.mention_at(h)
                if m.entity.type == EntityType.CITY:
                    if m.alt is None:
                        return []
                    m = m.as_state()
                out.append(Arg(m))
        return one_per_entity(out)

    def governing_verb(self, noun):
        """The verb a noun trigger is the object of: "held talks", "supplying ... in aid"."""
        claiming = self.claiming_clause(noun)  # "the attack, for which X claimed responsibility"
        if claiming is not None:
            return claiming
        node = noun
        for _ in range(4):
            head = node.head  # (each `.head` read makes a new Token: read once per step)
            above = head.head
            if node.dep_ == "conj" or (node.dep_ == "appos" and head.pos_ in ("NOUN", "PROPN")):
                node = head  # "signed the X Agreement, a defence pact": the pact is signed
                continue
            if node.dep_ in ("dobj", "attr", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
                return head
            if node.dep_ == "nsubj" and head.dep_ == "ccomp" and head.tag_ == "VBN" \
                    and above.lemma_.lower() in self.lex["light_verbs"]:
                # "announced a package for X valued at $1 billion": the parser made the noun the
                # subject of the participle describing it; the support verb carries it
                return above
            if node.dep_ == "pobj" and head.dep_ == "prep" and above.pos_ in ("VERB", "AUX") \
                    and head.lower_ in ("in", "with", "of", "for", "during", "to", "into", "on"):
                verb = above
                if head.lower_ == "for" and any(c.dep_ == "dobj" and c.lemma_.lower() in self.lex["reaction_nouns"]
                                                for c in verb.children):
                    return None  # "issued a condemnation of X for an air strike": the strike is X's
                if head.lower_ == "on":  # "is on a state visit to X", "embarked on a tour of"
                    trips = self.lex["presence_copulas"] + self.lex["journey_verbs"]
                    return verb if verb.lemma_.lower() in trips else None
                if verb.lemma_.lower() in self.lex["light_verbs"] or head.lower_ in ("in", "with"):
                    return verb
                if head.lower_ in self.lex["casualty_prepositions"] \
                        and verb.lemma_.lower() in self.lex["victim_verbs"] + self.lex["dying_verbs"]:
                    return verb  # "was killed during shelling by X": the harm the attack did, as with "in"
                return None
            if node.dep_ == "pobj" and head.lower_ == "for" and above.dep_ == "acomp" \
                    and above.lemma_.lower() in self.lex["blame_frame"]["adjectives"] \
                    and above.head.lemma_ == "be" \
                    and noun.lemma_.lower() in self.lex["blame_frame"]["harm_nouns"]:
                if any(c.dep_ == "neg" for c in above.head.children):
                    return None  # "X was not responsible for the attack": no act of X's
                # "X is responsible for a bomb attack on Y": the copula carries the culprit's
                # own act (blame.py reads a reporter's accusation from the same clause)
                return above.head
            if node.dep_ == "pobj" and head.dep_ == "prep" and above.pos_ == "NOUN":
                if above.lemma_.lower() in self.lex["reaction_nouns"]:
                    return None  # "expressed condemnation of the attack": not the attacker
                if head.lower_ == "for" and noun.lemma_.lower() in self.lex["themes"]["war_efforts"] \
                        and above.lemma_.lower() not in self.lex["intent_nouns"]:
                    # "provides X with munitions for the war in Y", "support for the invasion": the
                    # war a thing is for is no act of the one who hands it over (a plan for one is)
                    return None
                node = above  # "ties with allies": the owner of "ties"
                continue
            if node.dep_ == "pobj" and head.lower_ == "as" and above.pos_ in ("VERB", "AUX") \
                    and node.lemma_.lower() in self.lex["trip_frame_parts"] and node.i != noun.i \
                    and self._of_chain(noun, node):
                # "approved an asset freeze as part of a package of sanctions against X": the
                # event the noun is a part of is the verb's own
                return above
            if node.dep_ == "pobj" and head.dep_ == "acl" and head.tag_ == "VBG" \
                    and head.lemma_.lower() in self.lex["topic_participles"] and above.pos_ == "NOUN":
                node = above  # "an agreement regarding cooperation": a participle used as a preposition
                continue
            if self.sum_of(node) is not None:
                node = above  # "provided $100 million in aid": the sum stands for the aid
                continue
            break
        return None

    def sum_of(self, noun):
        """The amount whose "in" phrase names what it consists of ("$2 billion in security
        assistance", "US$40 million in grants and soft loans"), or None: the sum stands for the aid,
        and the parser hangs the aid's own phrases (its recipient's "to") on the sum."""
        node = docindex.first_conjunct(noun)  # "in loan and grant aid": the first conjunct is the "in" phrase's object
        if node.dep_ != "pobj" or node.head.lower_ != "in":
            return None
        amount = node.head.head
        return amount if amount.ent_type_ == "MONEY" or amount.lower_ in self.w["sum_words"] else None


    @staticmethod
    def _of_chain(noun, top) -> bool:
        """Whether `noun` hangs below `top` through "of" phrases only ("part of a package of
        sanctions"), not through a reason or a target ("sanctions for the invasion")."""
        node = noun
        while node.i != top.i:
            if node.dep_ not in ("pobj", "conj") or (node.dep_ == "pobj" and node.head.lower_ != "of"):
                return False
            node = node.head if node.dep_ == "conj" else node.head.head
        return True

    @staticmethod
    def in_sum(noun, verb) -> bool:
        """"$3 billion in aid", "700 million euros in aid": the noun is what an amount the verb
        governs consists of."""
        amount = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else None
        return amount is not None and amount.dep_ == "dobj" and amount.head.i == verb.i and (
            amount.ent_type_ in ("MONEY", "CARDINAL") or any(c.like_num for c in amount.subtree))

    @staticmethod
    def with_participle(tok) -> list:
        """A noun's dependents and those of the bare participle that modifies it: "sanctions
        imposed on X by Y", "aid sent to X" carry their arguments on the participle."""
        kids = docindex.children(tok)
        out = list(kids)
        if tok.pos_ in ("NOUN", "PROPN"):
            out += [k for c in kids if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == tok.i + 1
                    for k in docindex.children(c)]
        return out

    def value_phrases(self, tok) -> list:
        """"aid worth 500 million euros to X", "weapons worth $1 billion to X": the phrases the
        parser hangs on a value adjective (verbs.json value_adjectives) of a noun or of the verb
        whose object it values, or on its sum."""
        if tok.i not in self._valued():
            return []  # (the common case, known without walking the token's children)
        out = []
        for c in tok.children:
            # the parser hangs "worth" on the noun, or on the verb ("extended goods worth X to Y");
            # "valued" as a participle clause of the noun ("goods valued at X to Y"); "worth" as a
            # clause of the verb, its noun set under it or not ("gifted a vessel worth X to Y")
            if c.dep_ in VALUE_DEPS and c.lower_ in self.lex["value_adjectives"]:
                out += list(c.children)
                out += [k for n in c.children if n.dep_ in ("npadvmod", "dobj", "pobj") for k in n.children]
                # "valued at 2 million euros to X": on the sum of the value's phrase
                out += [k for n in c.children if n.dep_ == "prep" for p in n.children if p.dep_ == "pobj"
                        for k in p.children if k.dep_ == "prep"]
        return out

    def _valued(self) -> frozenset[int]:
        """The tokens a value adjective hangs on, found in one pass over the article."""
        if self._value_heads is None:
            words = self.lex["value_adjectives"]
            self._value_heads = frozenset(t.head.i for t in docindex.tokens(self.doc)
                                          if t.dep_ in VALUE_DEPS and t.lower_ in words)
        return self._value_heads

    def pobjs(self, tok, preps: set[str]):
        for c in self.with_participle(tok) + self.value_phrases(tok):
            if c.dep_ in ("prep", "prt", "agent", "dative") and c.lower_ in preps:
                pobjs = [p for p in c.children if p.dep_ == "pobj"]
                if c.dep_ == "prt" and not pobjs:
                    pobjs = [d for d in tok.children if d.dep_ == "dobj"]
                if not pobjs and any(k.dep_ == "cc" for k in c.children):
                    # "bombed targets in and around X": coordinated prepositions share the object
                    # the parser hung on the last of them
                    pobjs = [p for k in c.children if k.dep_ == "conj" and k.pos_ == "ADP"
                             for p in k.children if p.dep_ == "pobj"]
                yield from pobjs or self.guest_objects(c)
        if "for" in preps and tok.pos_ == "VERB":
            yield from self.errand_goal(tok)

    def errand_goal(self, verb) -> list:
        """"left for X to attend the summit": the small parser reads "for X to attend" as a
        clause whose subject is X (as in "called for X to withdraw"); after a verb of setting
        out on an errand (verbs.json errand_verbs) the "for" phrase is the journey's goal and
        the infinitive its purpose."""
        if verb.lemma_.lower() not in self.lex["errand_verbs"]:
            return []
        return [s for c in docindex.children(verb) if c.dep_ == "advcl"
                and any(m.dep_ == "mark" and m.lower_ == "for" and m.i < c.i for m in c.children)
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for s in c.children if s.dep_ == "nsubj" and s.pos_ == "PROPN" and s.i < c.i]

    def _named_after_honorific(self, tok) -> list:
        """"to the Governor-General, His Excellency Sir X": the parser sets the form of address off
        as an apposition of the title and the name as the form of address's own; the name is
        the title's."""
        return [k for c in tok.children if c.dep_ == "appos" and self.mention_at(c) is None and is_honorific_word(c)
                for k in c.children if k.dep_ == "appos" and self.mention_at(k) is not None]

    def titled_guest(self, participle):
        """The object of a participle of visiting when it is a person's name with only title
        words between ("visiting Indian Prime Minister X"): the token, or None."""
        for d in participle.children:
            m = self.mention_at(d)
            if d.dep_ == "dobj" and m is not None and m.entity.type == EntityType.PERSON \
                    and all(self.doc[j].dep_ in ("amod", "compound") for j in range(participle.i + 1, m.start)):
                return d
        return None

    def place_participle(self, tok) -> bool:
        """"to neighbouring X": a participle that only describes the place (verbs.json
        place_participles) and that the small parser reads as a clause taking the place as object."""
        return tok.lower_ in self.lex["place_participles"] or tok.lemma_.lower() in self.lex["place_participles"]

    def guest_objects(self, prep) -> list:
        """"held talks with visiting Prime Minister X": the small parser reads the participle of
        visiting (verbs.json guest_participles) right after the preposition as a clause whose
        object is the person; that person, with only title words between, is the phrase's object."""
        if prep.dep_ != "prep":
            return []
        for k in prep.children:
            if k.dep_ == "pcomp" and k.i == prep.i + 1 and self.place_participle(k):
                return [d for d in k.children if d.dep_ == "dobj" and self.mention_at(d) is not None][:1]
            if k.dep_ != "pcomp" or k.i != prep.i + 1 or k.tag_ != "VBG" \
                    or k.lemma_.lower() not in self.lex["guest_participles"]:
                continue
            guest = self.titled_guest(k)
            if guest is not None:
                return [guest]
        return []

    def carries_event(self, verb) -> bool:
        """Whether the subject of the verb a noun event hangs on is the event's agent: it is
        for "held talks", "launched an attack", "claimed responsibility for the bombing",
        "reaffirmed its alliance", not for a reaction to someone else's event: "condemned the
        attack", "welcomed the talks" (verbs.json "reaction_verbs")."""
        if modality_mod.phrasal_lemma(verb) != verb.lemma_.lower():
            return True  # "called off the talks": the caller's own talks
        return verb.lemma_.lower() not in self.lex["reaction_verbs"]

    def received_trip(self, noun, verb) -> bool:
        """Whether a trip noun (verbs.json trip_nouns) is the direct object of a host's verb
        (object_trip_verbs, not a companion's): "X received a visit from Y", "X hosted a visit
        by Y". The one who receives or hosts a trip is where it ends, not who made it, so the
        verb's subject is no traveller; a companion ("X accompanied the visit") did travel."""
        lemma = verb.lemma_.lower()
        return noun.dep_ == "dobj" and noun.head.i == verb.i and noun.lemma_.lower() in self.lex["trip_nouns"] \
            and lemma in self.lex["object_trip_verbs"] and lemma not in self.lex["companion_verbs"]

    def harmed_by(self, noun):
        """"Russian shelling killed ten people in X", "the strike wounded two": the harm verb
        (verbs.json harm_verbs) an attack noun is the subject of, where its places hang."""
        if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in self.lex["harm_verbs"]:
            return noun.head
        return None

    @staticmethod
    def _attack_nouns() -> frozenset[str]:
        """The event nouns of verbs.json that read ATTACKED (their own patterns or their frame's)."""
        from ingest.relations.lexicon_data import attack_nouns  # (lexicon_data -> paths -> this module)

        return attack_nouns()

    @staticmethod
    def _attack_verbs() -> frozenset[str]:
        """The verbs of verbs.json that read ATTACKED."""
        from ingest.relations.lexicon_data import attack_verbs

        return attack_verbs()

    def earlier_attack_agent(self, noun) -> list[Arg]:
        """"Air strikes by X on a village killed eight. The attack on Y also wounded 20": a bare
        definite attack noun (an ATTACKED noun of verbs.json) that harmed people stands for the
        previous sentence's attack, whose agent (by-phrase or owner) is its own when there is
        exactly one. Across a blank line, or with none or two, nothing."""
        harm = self._attack_nouns()
        modifiers = [c for c in noun.children if c.dep_ in ("det", "poss", "amod", "compound")]
        # "the attack", "the nighttime attack": a definite noun with no owner or named modifier
        if noun.lemma_.lower() not in harm or not modifiers or modifiers[0].lower_ != "the" \
                or any(c.dep_ == "det" or c.dep_ == "poss" or self.mention_at(c) is not None for c in modifiers[1:]):
            return []
        prev = self.ctx.previous_sentence(self.ctx.sentence(noun))
        if prev is None:
            return []
        found = []
        for t in self.doc[prev.start:prev.end]:
            if t.pos_ == "NOUN" and t.lemma_.lower() in harm:
                found.extend(a for c in self.by_phrases(t) for p in c.children if p.dep_ == "pobj"
                             for a in self.actors(p, owner=True))
                found.extend(self.owner_of(t, 1))
        found = [a for a in found if a.entity.type in ACTOR_TYPES]
        if len({a.entity.id for a in found}) != 1:
            return []
        return [Arg(found[0].mention, "anaphora")]

    @staticmethod
    def by_agent(tok) -> bool:
        """A by-phrase naming a doer: the parser labels it "agent", or "prep" when it took the
        participle for a gerund ("Shelling by X's military killed ...")."""
        return tok.dep_ == "agent" or (tok.dep_ == "prep" and tok.lower_ == "by")

    @staticmethod
    def nominal_gerund(verb) -> bool:
        """"Shelling by the X forces killed ten people": a gerund with a by-agent and no subject
        that opens a clause before its head verb is a noun the parser took for a verb."""
        return verb.tag_ == "VBG" and verb.dep_ in ("advcl", "csubj", "nsubj") and verb.i < verb.head.i \
            and any(Arguments.by_agent(c) for c in verb.children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children)

    def where(self, trig, preps: set[str]) -> list[Arg]:
        """Where an attack struck when no target is named: "attacks across northern Mali", "a
        bombing at a market in Afghanistan's capital", "shelling in the east of X" (also through
        a participle: "an attack targeting shoppers at a mall in X"). The place named, or the
        state whose capital or region the phrase is."""
        starts = list(self.pobjs(trig, preps))
        if not starts:
            # "resorted to shelling and firing on villages in X": the phrases are both events'
            starts = [p for shared in self.shared_phrase_event(trig) for p in self.pobjs(shared, preps)]
        if not starts:
            starts = self._agent_hung_phrases(trig, preps)
        if self.nominal_gerund(trig) and trig.head.lemma_.lower() in self.lex["harm_verbs"]:
            trig = trig.head  # "Shelling by X killed ten people in Y": where the harm was done
            starts = list(self.pobjs(trig, preps))
        if trig.lemma_.lower() in self.lex["harm_verbs"]:
            # "killed ten people and injured others in X": the harm verb's conjuncts too
            starts.extend(p for c in trig.children if c.dep_ == "conj" and c.pos_ == "VERB"
                          for p in self.pobjs(c, preps))
        # ("firing by X troops targeting hamlets along the border in Y": the parser hangs the
        # attack's targeting participle on its agent, the nearest noun)
        agents_participles = [v for b in trig.children if self.by_agent(b) for p in b.children if p.dep_ == "pobj"
                              for v in p.children if v.dep_ == "acl" and v.i > p.i
                              and v.lemma_.lower() in self.lex["targeting_verbs"]]
        for c in [*trig.children, *agents_participles]:
            if c.dep_ == "acl" and c.pos_ == "VERB":
                if c.lemma_.lower() in self.lex["targeting_verbs"]:
                    # "an airstrike targeting an al-Shabaab compound": the participle names the target
                    for d in c.children:
                        if d.dep_ == "dobj":
                            found = [a for a in self.actors(d, owner=True) if a.entity.type in ACTOR_TYPES] \
                                or self.part_of(d)
                            if found:
                                return found
                            starts.extend(self.pobjs(d, preps))  # "strikes targeting camps inside X"
                starts.extend(self.pobjs(c, preps))
            elif c.dep_ == "dobj":  # "raided the refugee camp in the West Bank"
                starts.extend(self.pobjs(c, preps))
                for o in self.pobjs(c, {"of"}):
                    if c.lemma_.lower() in self.lex["edge_nouns"]:
                        starts.append(o)  # "shelled the outskirts of the town of X": the place itself
                    elif self.mention_at(o) is None:
                        # "hit the roof of a school in X": where the thing the object is part of lies
                        starts.extend(self.pobjs(o, preps))
            elif c.dep_ == "relcl" and c.pos_ == "VERB" and c.lemma_.lower() in self.lex["harm_verbs"] \
                    and not self.passive(c):
                # "an attack which killed ten people in a X-ian village": where the harm its
                # relative clause tells was done (the parser may hang the phrase on the victims)
                starts.extend(self.pobjs(c, preps))
                starts.extend(p for d in c.children if d.dep_ == "dobj" for p in self.pobjs(d, preps))
        if preps & {"in", "at"}:
            # "overran a camp on the outskirts of the town of X": an "on" phrase of an edge noun,
            # on the verb or on its object, places what was struck as an "in" phrase would
            starts.extend(p for h in [trig] + [c for c in trig.children if c.dep_ == "dobj"]
                          for k in h.children if k.dep_ == "prep" and k.lower_ == "on"
                          for p in k.children if p.dep_ == "pobj" and p.lemma_.lower() in self.lex["edge_nouns"])
        for n, start in enumerate(starts):
            # "strikes inside the X-ian territory": a part a demonym owns is its state's
            found = self._place_in(start, 0) or [a for a in self.part_of(start) if a.entity.type in PLACE_TYPES
                                                 and not self._line(a)]
            # "strikes on merchant ships in the Red Sea": open water is where the ships were when struck,
            # no place struck (verbs.json open_water_kinds); a later phrase may still name one
            found = [a for a in found if not self.open_water(a)]
            if found:
                # "15 strikes on positions in A and 23 others on targets in B": a second phrase of
                # the same preposition on the same head names a second place struck
                prep = start.head
                # (the parser hangs the second on the same head, or on the counted "others" it
                # made a second object of the first)
                more = [p for c in prep.children if c.dep_ == "pobj" and c.i > start.i
                        for k in c.children if k.dep_ == "prep" and k.lower_ == prep.lower_
                        for p in k.children if p.dep_ == "pobj"]
                for other in starts[n + 1:] + more:
                    if other.head.i != prep.i and other.head.lower_ == prep.lower_ and (
                            other.head.head.i == prep.head.i or other in more):
                        found = found + [a for a in (self._place_in(other, 0)
                                                     or [a for a in self.part_of(other) if a.entity.type in PLACE_TYPES
                                                         and not self._line(a)]) if not self.open_water(a)]
                return found
        return []

    def _agent_hung_phrases(self, trig, preps: set[str]) -> list:
        """"an attack by X in the Y department", "air strikes by the X-led coalition in Y": the
        small parser hangs the phrase placing an attack noun on its by-agent, the nearest noun.
        An agent that is an actor (a state or a group, no town or region) is not placed by it;
        the act is. Only for a noun with no phrase of its own of these prepositions (a verb's
        phrases are its own: "girls abducted by X in Y" is not read so)."""
        out = []
        if trig.pos_ not in ("NOUN", "PROPN"):
            return out
        for b in self.by_phrases(trig):
            for agent in (p for p in b.children if p.dep_ == "pobj"):
                named = self.actors(agent)
                if not named or any(a.entity.type in (EntityType.CITY, EntityType.PLACE) for a in named):
                    continue
                # (not its "of" phrase: "by fighters of X" names whose fighters they are; nor a
                # participle's: "by forces based in X" says where they are, not what they struck)
                out.extend(p for c in agent.children if c.dep_ == "prep" and c.lower_ in preps - {"of"}
                           for p in c.children if p.dep_ == "pobj")
        return out

    def open_water(self, arg: Arg) -> bool:
        """A sea, gulf or strait (verbs.json open_water_kinds): ships and drills are struck or
        held there, but the water itself is no place an attack strikes. A place the gazetteer does
        not know is water when its name is headed by such a word ("the Gulf of Guinea", "the
        Sea of Azov", "the Arabian Sea")."""
        if self.ctx.gz.kind_of(arg.entity) in self.lex["open_water_kinds"]:
            return True
        if arg.entity.type != EntityType.PLACE:
            return False
        words = arg.entity.name.lower().split()
        head = words[0] if len(words) > 2 and words[1] == "of" else words[-1] if words else ""
        return head in self.lex["open_water_kinds"]

    def _line(self, arg: Arg) -> bool:
        """A line between two sides (verbs.json line_kinds): "firing along the International
        Border": a name ending in a part noun ("border") is the line itself, no part of a place
        struck (`_place_in` reads such a line only through a place phrase after it)."""
        return self.ctx.gz.kind_of(arg.entity) in self.lex["line_kinds"]

    def place_of(self, tok) -> list[Arg]:
        """The place a phrase names or lies in ("the palace in X", "X's presidential residence")."""
        return self._place_in(tok, 0)

    def _place_in(self, tok, depth: int) -> list[Arg]:
        if depth > 3 or tok.lemma_.lower() in self.lex["reprisal_nouns"]:
            # "bombed X in reprisal for a raid on Y": what a strike answers is an event of its
            # own, not a second place it struck ("opened fire on a protest in X" strikes X)
            return []
        m = self.mention_at(tok)
        if m is not None and self.ctx.gz.kind_of(m.entity) in self.lex["line_kinds"]:
            # "shelling along the Line of Control in X": a line between two sides is struck
            # where the phrase after it says, else nowhere
            m = None
            if not any(c.dep_ == "prep" and c.lower_ in self.lex["place_prepositions"] for c in tok.children):
                return []
        if m is not None:
            if m.entity.type not in PLACE_TYPES:
                return []
            # "strikes in the Gaza Strip and Lebanon": every coordinated place
            return one_per_entity([Arg(m)] + [a for c in tok.children if c.dep_ == "conj"
                                              for a in self._place_in(c, depth + 1)])
        for c in tok.children:
            if c.dep_ == "poss":
                owner = self.mention_at(c)
                if owner is not None and owner.entity.type in PLACE_TYPES:
                    return [Arg(owner)]  # "Kenya's capital", "Syria's north"
        named = self.named_after(tok) if tok.pos_ == "NOUN" else None
        if named is not None and named.entity.type in PLACE_TYPES:
            return [Arg(named)]  # "a market in the port city X"
        if self._bare_bearing(tok):
            return []
        event = tok.lemma_.lower() in self.lex["nouns"]
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in self.lex["place_prepositions"] and not self._bare_bearing(c):
                if event and c.lower_ in self.lex["proximity_prepositions"]:
                    continue  # "killed in an attack near the capital": the capital was not struck
                for p in c.children:
                    if p.dep_ == "pobj":
                        found = self._place_in(p, depth + 1)
                        if found:
                            return found
        settlement = tok.lower_ in self.w["settlement_nouns"] or tok.lemma_.lower() in self.w["settlement_nouns"]
        for c in tok.children:  # "in Tashkent city": the name before the common noun
            m = self.mention_at(c)
            # ("on western Omdurman city": the parser may take the name for an adjective)
            if (c.dep_ == "compound" or (c.dep_ == "amod" and settlement)) and m is not None \
                    and m.entity.type in (EntityType.CITY, EntityType.PLACE):
                return [Arg(m)]
        return []

    def clause_subject(self, noun) -> list[Arg]:
        """Whom an accusation accuses when its content is a clause: "accusations by X that Y
        armed the rebels"; "... that it armed the rebels" when "it" is the one who answers
        them (the subject of the verb the accusation hangs on: "Z rejected accusations ...")."""
        for c in noun.children:
            if c.dep_ not in ("acl", "ccomp") or c.pos_ not in ("VERB", "AUX"):
                continue
            for subj in c.children:
                if subj.dep_ not in ("nsubj", "nsubjpass"):
                    continue
                if subj.lower_ not in self.lex["subject_pronouns"]:
                    return self.actors(subj)
                verb = noun.head
                while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                    verb = verb.head
                kinds = self.lex["subject_pronouns"][subj.lower_]
                return [a for a in self.subjects(verb) if a.entity.type.value in kinds] \
                    if verb.pos_ in ("VERB", "AUX") else []
        return []

    def gerund_read_as_noun(self, tok) -> bool:
        """An event gerund the trigger reader takes for the noun the parser split or verbed
        (`split_gerund_head`, `phrase_gerund`): its phrases are found as a noun's are."""
        return tok.tag_ == "VBG" and (self.split_gerund_head(tok) is not None or self.phrase_gerund(tok))

    def phrase_gerund(self, tok) -> bool:
        """"were killed in shelling by X", "wounded during firing by Y's troops": an attack
        gerund (an ATTACKED noun of verbs.json) that is the object of a preposition telling the
        attack a harm fell in (verbs.json casualty_prepositions), with a by-phrase and no
        subject, object or auxiliary of its own, is the event noun the small parser took for a
        verb: an active -ing verb has no by-agent. So is its -ing conjunct ("in shelling and
        firing by X"), and a conjunct of a split gerund (`split_gerund_head`)."""
        if tok.tag_ != "VBG" or tok.pos_ != "VERB" or tok.lower_ not in self._attack_nouns() \
                or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for c in tok.children):
            return False
        if tok.dep_ == "conj":
            first = tok.head
            return first.i < tok.i and (self.phrase_gerund(first) or self.split_gerund_head(first) is not None)
        head = tok.head
        if tok.dep_ != "pcomp" or head.dep_ != "prep" or head.lower_ not in self.lex["casualty_prepositions"]:
            return False
        return any(self.by_agent(c) for k in (tok, *tok.conjuncts) if k.i >= tok.i for c in k.children)

    def split_gerund_head(self, tok):
        """The noun the small parser split off an event gerund ("killed in Israeli tank
        shelling", "wounded in Russian artillery bombing" parsed as a verb "shelling" after a
        noun "tank"), when `tok` is such a gerund: it is then read as the noun event, with
        the split noun's modifiers as its own."""
        if tok.tag_ != "VBG" or tok.pos_ != "VERB" or tok.lower_ not in self.lex["nouns"] or tok.i == 0:
            return None
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for c in tok.children):
            return None
        before = self.doc[tok.i - 1]
        if before.pos_ != "NOUN" or before.dep_ not in ("pobj", "dobj", "compound", "nsubj", "conj") \
                or self.ctx.sentence(before).start != self.ctx.sentence(tok).start:
            return None
        return before

    @staticmethod
    def subject_tokens(verb) -> list:
        """The verb's own subject words; for a participle a passive verb of seeing takes ("a
        plane was seen arriving in X"), with none of its own, that verb's passive subject."""
        own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if own or verb.dep_ != "xcomp" or verb.tag_ != "VBG":
            return own
        return [c for c in verb.head.children if c.dep_ == "nsubjpass"]

    def counted_combatants(self, tok) -> list:
        """"A group of X insurgents stormed", "Hundreds of X troops invaded", "Wave after wave of
        X warplanes bombed", "stormed by dozens of X gunmen": the fighters (verbs.json
        combatant_nouns, mentions.json insurgent_nouns) a count or a band (quantity_words, deployment_quantities) standing as
        the subject or the agent names in its "of" phrase; the parser makes the count the head,
        so a reading that takes no owner would find no one there."""
        if tok.pos_ not in ("NOUN", "NUM") or not (tok.dep_ in ("nsubj", "nsubjpass") or tok.dep_ == "pobj"
                                                   and (tok.head.dep_ == "agent" or tok.head.lower_ == "by")):
            return []
        counts = set(self.lex["quantity_words"]) | set(self.lex["deployment_quantities"])
        node = tok
        if node.lower_ not in counts and node.lemma_.lower() not in counts:
            return []
        repeated = [p for c in node.children if c.dep_ == "prep" and c.lower_ == "after"
                    for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() == node.lemma_.lower()]
        if repeated:  # "wave after wave of X": the "of" phrase hangs on the second count
            node = repeated[0]
        fighters = set(self.lex["combatant_nouns"]) | set(self.w["insurgent_nouns"])
        return [p for p in self.pobjs(node, {"of"})
                if self.mention_at(p) is None and (p.lower_ in fighters or p.lemma_.lower() in fighters)]

    def aid_team(self, tok) -> bool:
        """"a rescue team", "a search and rescue team", "medical workers", "doctors": people
        sent to help (verbs.json themes aid_team_heads qualified by a word of aid_team_words, or
        a plural of those words that names people). Their arrival somewhere is aid delivered
        there, not a visit; a team with no such word ("the German team") may be a sports side."""
        words = self.lex["themes"]["aid_team_words"]
        lemma = tok.lemma_.lower()
        if tok.tag_ == "NNS" and lemma in words and self.mention_at(tok) is None:
            return True
        if lemma not in self.lex["themes"]["aid_team_heads"]:
            return False
        return any(t.lemma_.lower() in words or t.lower_ in words
                   for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i for t in c.subtree)

    def cargo(self, vehicle) -> list:
        """"an aid plane", "a plane carrying aid", "a cargo plane with tons of relief supplies":
        the words for what a vehicle (mentions.json vehicles) carries: its modifying nouns, the
        object or "with" phrase of its carrying participle (verbs.json carrying_verbs: "loaded
        with"), its "with" phrase or that of the verb it is the subject of, and what a quantity
        there counts."""
        m = self.mention_at(vehicle)
        if m is not None or (vehicle.lower_ not in self.w["vehicles"] and vehicle.lemma_.lower() not in self.w["vehicles"]):
            return []
        out = [c for c in vehicle.children if c.dep_ == "compound" and self.mention_at(c) is None]
        for c in vehicle.children:
            if c.dep_ == "acl" and c.lemma_.lower() in self.lex["carrying_verbs"]:
                out.extend(d for d in c.children if d.dep_ == "dobj")
                # "loaded with aid and tents": its with phrase
                out.extend(q for d in c.children if d.dep_ == "prep" and d.lower_ == "with"
                           for p in d.children if p.dep_ == "pobj" for q in (p, *p.conjuncts))
            elif c.dep_ == "prep" and c.lower_ == "with":
                out.extend(p for p in c.children if p.dep_ == "pobj")
        if vehicle.dep_ == "nsubj":
            out.extend(self.trailing_cargo(vehicle.head))
            # "a plane departed for X with a humanitarian cargo": the with phrase of its verb
            out.extend(p for c in vehicle.head.children if c.dep_ == "prep" and c.lower_ == "with"
                       for p in c.children if p.dep_ == "pobj")
        out.extend(q for g in list(out) for q in self.pobjs(g, {"of"}))
        return out

    def trailing_cargo(self, verb) -> list:
        """"A plane arrived at X, carrying 50 tonnes of supplies": the object of a carrying
        participle (verbs.json carrying_verbs) trailing the clause its vehicle is the subject of."""
        return [d for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > verb.i
                and c.lemma_.lower() in self.lex["carrying_verbs"] for d in c.children if d.dep_ == "dobj"]

    def beneficiaries_state(self, tok) -> list[Arg]:
        """"thousands of people affected by the floods in X", "victims in X": the state the
        people aid reaches (verbs.json beneficiary_nouns) are in, named in an "in" phrase of
        theirs or of the phrases under them; a place there stands for its state."""
        node = tok
        counted = list(self.pobjs(node, {"of"})) if node.pos_ == "NUM" or node.lower_ in self.lex["quantity_words"] else []
        if counted:  # (pobjs is a generator: always true, even with no "of" phrase)
            node = counted[0]  # "thousands of people"
        if not self._unnamed_beneficiaries(node):
            return []
        # ("hundreds of families displaced by X in Y": on the quantity)
        return self._state_in(t for t in tok.subtree if t.dep_ == "pobj" and t.head.lower_ == "in")

    def _state_in(self, places) -> list[Arg]:
        """The state the objects of an "in" phrase name, the first one: a state the gazetteer
        knows before a region the model took for a state ("in Y Province in X"); a city or
        place stands for its state, a part of a state's (mentions.json part_nouns) for its owner."""
        known, unknown = [], []
        for t in places:
            m = self.mention_at(t)
            if m is None and (t.lower_ in self.w["part_nouns"] or t.lemma_.lower() in self.w["part_nouns"]):
                # "in X's eastern regions", "in X's north": a part a state owns lies in that state
                m = next((o for c in t.children if c.dep_ == "poss" and (o := self.mention_at(c)) is not None
                          and o.entity.type == EntityType.STATE), None)
                t = m and self.doc[m.end - 1]
            if m is None or t.i != m.end - 1:
                continue
            if m.entity.type == EntityType.STATE:
                (known if self.ctx.gz.by_id(m.entity.id) is not None else unknown).append(Arg(m))
            state = self.homes.place_state(m) if m.entity.type in (EntityType.CITY, EntityType.PLACE) else None
            if state is not None:
                known.append(Arg(Mention(m.start, m.end, m.text, "GPE", entity=state)))
        return (known or unknown)[:1]

    def reciprocal(self, tok) -> bool:
        """Whether a phrase is a reciprocal one, "each other", "one another" (mentions.json
        reciprocal_phrases), that names no other side."""
        return " ".join(t.lower_ for t in tok.subtree) in self.w["reciprocal_phrases"]

    def names_partner(self, prep) -> bool:
        """Whether a "with" phrase names the other side: an object that is no reciprocal phrase
        ("met with Z", not "met with each other")."""
        return any(p.dep_ == "pobj" and not self.reciprocal(p) for p in prep.children)

    def funded_work_host(self, work) -> list[Arg]:
        """The state a work (verbs.json funded_works) a donor's participle qualifies was given to
        ("the Y-funded bridge", "a Y-aided hospital"): the state, or the state of the city or place,
        its own "in" phrase names ("a Y-funded project in X"); its possessor ("X's Y-funded
        dam"); else, through the clause it is an argument of, directly or as the "of" or "for"
        phrase of a ceremony noun (verbs.json work_ceremonies: "the opening of the Y-funded
        school"), the "to" phrase of a verb of handing over (work_handover_verbs: "handed over to
        X"), the state of an "in" phrase of a verb of opening (work_host_verbs: "inaugurated in
        X") or of a verb of a ceremony noun ("the ceremony ... was held in X"), and the state the
        subject of a verb of opening acts for ("X inaugurated the Y-funded bridge"). A verb of
        any other kind says nothing of whom the work serves ("X criticised the Y-funded port")."""
        if work.lemma_.lower() not in self.lex["funded_works"] and work.lower_ not in self.lex["funded_works"]:
            return []
        found = self._state_in(self.pobjs(work, {"in"}))
        if found:
            return found
        owners = [Arg(m) for c in work.children if c.dep_ == "poss"
                  and (m := self.mention_at(c)) is not None and m.entity.type == EntityType.STATE]
        if owners:
            return owners
        handing = self.lex["work_handover_verbs"]
        handed = [a for c in work.children if c.dep_ == "acl" and c.lemma_.lower() in handing
                  for p in self.pobjs(c, {"to"}) for a in self.acting_states(self.actors(p))]
        if handed:
            return handed  # "Y-aided hospital handed over to X"
        node = work
        if node.dep_ == "pobj" and node.head.lower_ in ("of", "for") \
                and node.head.head.lemma_.lower() in self.lex["work_ceremonies"]:
            node = node.head.head
        ceremony = node is not work
        verb = node.head
        if node.dep_ not in ("dobj", "nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
            return []
        lemma = verb.lemma_.lower()
        if lemma in handing:
            handed = [a for p in self.pobjs(verb, {"to"}) for a in self.acting_states(self.actors(p))]
            if handed:
                return handed
        hosting = lemma in self.lex["work_host_verbs"]
        if hosting or ceremony:
            found = self._state_in(self.pobjs(verb, {"in"}))
            if found:
                return found
        if hosting and (node.dep_ == "dobj" or self.passive(verb)):
            return self.acting_states(self.subjects(verb, together=False))
        return []

    def _unnamed_beneficiaries(self, noun) -> bool:
        """Whether the noun names people aid reaches (verbs.json beneficiary_nouns) with no state's
        name on it: "Syrian refugees in Jordan" are named for another state than the one they
        are in, so the "in" phrase says nothing of theirs to read."""
        return (noun.lower_ in self.lex["beneficiary_nouns"] or noun.lemma_.lower() in self.lex["beneficiary_nouns"]) \
            and not any(c.dep_ in ("amod", "compound", "nmod") and self.mention_at(c) is not None for c in noun.children)

    def stranded_beneficiaries_state(self, tok) -> list[Arg]:
        """"donated relief to flood victims in X", "sent aid to help flood victims in X": the small
        parser hangs the people's "in" phrase, right after theirs, on the verb (the giving verb, or
        the purpose verb whose object they are); the state it names (a place there: its state) is the one
        the people aid reaches (verbs.json beneficiary_nouns) are in, as `beneficiaries_state`
        reads it when the phrase hangs on them."""
        if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "dative"):
            verb = tok.head.head
        elif tok.dep_ == "dobj":  # "sent aid to help flood victims in X": the phrase hangs on "help"
            verb = tok.head
        else:
            return []
        if tok.right_edge.i + 1 >= len(self.doc) or not self._unnamed_beneficiaries(tok):
            return []
        after = self.doc[tok.right_edge.i + 1]
        if after.dep_ != "prep" or after.lower_ != "in" or after.head.i != verb.i:
            return []
        return self._state_in(p for p in after.children if p.dep_ == "pobj")

    def carried(self, trig) -> list[Arg]:
        """"Air Force One touched down in Hanoi, carrying President Biden", "The plane carrying
        Li Qiang landed in Canberra": the travellers a vehicle subject carries."""
        vehicles = self.w["vehicles"]
        for subj in (c for c in trig.children if c.dep_ == "nsubj"):
            m = self.mention_at(subj)
            name = m.text.lower() if m is not None else subj.lemma_.lower()
            if name not in vehicles:
                continue
            carriers = [c for c in list(subj.children) + list(trig.children)
                        if c.dep_ in ("acl", "advcl") and c.lemma_.lower() in self.lex["vehicle_verbs"]]
            if not carriers:  # "His plane touched down in X", "the president's jet landed in X"
                return [a for c in subj.children if c.dep_ == "poss" for a in self.poss_actor(c, subj)
                        if a.entity.type == EntityType.PERSON]
            return [a for v in carriers for c in v.children if c.dep_ == "dobj" for a in self.actors(c)]
        return []
