"""The lexicons of ingest/data as typed schemas, validated when they are loaded.

Every word list, cue and construction the extractor reads lives in a versioned JSON file of
ingest/data. Each file has a pydantic model here (`extra="forbid"`: a misspelt key is an error,
not a silently ignored entry); relation names and CAMEO codes in verbs.json are checked against
the ontology (schemas/data/relations.json). A file that does not fit raises `LexiconError`,
whose one-line message names the file, the entry and the reason, with a code:

    E301 the file is missing or is not JSON
    E302 an entry does not fit the schema (unknown key, wrong type, bad regex)
    E303 an unknown relation name
    E304 a CAMEO code the relation does not list
    E305 an unknown argument path name (checked by ingest.relations.paths)

`load(name)` returns the validated model, cached; `load_file(name, path)` validates another
copy of a file (tests, a user's edited lexicon).
"""
from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from schemas.ontology import RELATIONS

DATA_DIR = Path(__file__).parent / "data"


class LexiconErrorCode:
    UNREADABLE = "E301"
    SCHEMA = "E302"
    UNKNOWN_RELATION = "E303"
    UNKNOWN_CAMEO = "E304"
    UNKNOWN_PATH = "E305"


class LexiconError(ValueError):
    """A lexicon file that does not fit its schema. One line: file, code, entry, reason."""

    def __init__(self, code: str, file: str, entry: str, reason: str):
        super().__init__(f"{file}: [{code}] {entry}: {reason}")
        self.code, self.file, self.entry, self.reason = code, file, entry, reason


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


Words = list[str]
EntityTypeName = Literal["Person", "State", "Organization", "City", "Place", "Event"]


class Meta(BaseModel):
    """`_meta`: version and free-text documentation of a file."""

    model_config = ConfigDict(extra="allow")
    version: int | None = None
    about: str | None = None


def _compiles(value: str) -> str:
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"not a regular expression: {exc}") from None
    return value


# ---- verbs.json: triggers and the constructions they take ------------------------------------
class Pattern(_Strict):
    """One reading of a trigger: the relation, where its arguments hang (argument paths, see
    ingest/relations/paths.py) and the conditions the clause must meet."""

    relation: str
    cameo: str | None = None
    subject: list[str] = []
    object: list[str] = []
    pairs: list[str] = []             # symmetric readings: both sides from one path
    owner: bool = False               # an argument may be the owner of a patient noun
    subject_types: list[EntityTypeName] | None = None
    object_types: list[EntityTypeName] | None = None
    theme: str | Words | None = None  # a word the clause must contain (or a name in `themes`)
    theme_in: str | None = None       # ... within this preposition's phrase only ("subject": the subject's,
                                      # "object": the direct object's)
    not_theme: str | Words | None = None  # a word (or `themes` list) the trigger's phrase must not hold:
                                          # "blasting the airport" is no censure, a fisheries pact no alliance
    not_argument_theme: str | None = None  # a `themes` list: no noun of it in the subject, object or a phrase
                                           # of the trigger ("hit X with sanctions", "the sanctions target X")
    not_channel: str | None = None    # a `themes` list: no word of it in a phrase of the trigger's own
                                      # ("welcomed X in a message on Twitter": a welcome sent, no meeting)
    not_conjoined: str | None = None  # a `themes` list: no verb of it coordinated with the trigger
                                      # ("smeared and attacked China": a verbal attack, no strike)
    with_: Words | None = Field(default=None, alias="with")  # a modifier the trigger must have
    manner: str | None = None         # a `themes` list: an adverb of the verb, or an adjective of the noun,
                                      # the trigger must have ("firmly opposes X", "strong opposition to X")
    particle: str | None = None       # "hit back at"
    counted: bool = False             # a noun trigger only as a count noun, one occasion: with a determiner,
                                      # possessor or number, or plural ("held a dialogue with X", "their
                                      # dialogue"); bare it names the activity ("engage in dialogue with X")
    complement: str | list[str] | None = None  # the name(s) of word lists the complement must contain
    planned: bool = False
    past_dated_done: bool = False     # a planned pattern in the past tense dated before the article
                                      # happened: "left for X on Monday" (the article of Thursday)
    itinerary: bool = False           # a present tense lists a trip's legs to come ("his tour includes stops
                                      # in X"): planned; a past one ("included") tells them done
    pairwise: bool = False            # coordinated subjects relate to each other
    both_ways: bool = False           # a pair path's pairs hold each way ("accused each other")
    stative: bool = False             # a relational noun ("allies"): read its copula
    undated: bool = False             # a standing fact the clause does not time ("will inaugurate the Y-funded
                                      # bridge next month": funded before, when not said): the trigger reader gives
                                      # it no date and no plan from its clause (the article-level dating of undated
                                      # asserted facts, temporal.date_facts, may still give the sentence's day)
    reported: bool = False            # "rejected accusations": a negating head does not unsay it
    voiced: bool = False              # the fact is the asking or saying over the trigger ("urged X to stop
                                      # smearing Y"): modality and date are that verb's (paths.voicing_verb)
    asserted_clause: bool = False     # the trigger's own clause must be asserted: "X said Y had not
                                      # violated the truce", "... Y would interfere" accuse no one
    away: bool = False                # only away from the subject's own country
    not_envoy: bool = False           # not of one the article titles an envoy: an ambassador's "stay" in a
                                      # place is his posting there, no trip
    foreign: bool = False             # only between persons not known as one state's: accompanying
                                      # one's own president is no meeting, a host's foreign guest is
    foreign_known: bool = False       # only between persons known as two different states': the unknown
                                      # ministers a leader is accompanied by are his own party
    subject_via: list[str] | None = None
    actor_target: bool = False        # the subject (a target) is an actor, not a people: a demonym alone or on a
                                      # verbs.json populace noun ("restrictions on Ruritanians") is a people, no state
    object_not_via: list[str] | None = None  # "calling it a betrayal": "it" is the act, whatever a pronoun rule finds
    object_kinds: Words | None = None
    object_not_kinds: Words | None = None
    object_not_regions: Words | None = None  # kinds of place ("continent", "region") no destination when the
                                             # place lies in no one state: "a tour of Asia" names only its legs
    deployed: bool = False            # the subject is troops, police or goods (mentions.json deployment_nouns)
    bare: bool = False                # the verb has its object alone: no complement, particle or clause
                                      # ("called X on Tuesday" is a call; "called X a liar" is not)
    remote: bool = False              # a meeting at a distance (a phone or video call): where a side
                                      # is ("his counterpart in X") names no trip to a meeting place
    resident: bool = False            # a meeting with an envoy at his posting (credentials presented):
                                      # where it is held names no trip, whoever stands for the envoy
    purpose: str | None = None        # a `themes` list: a word of it in a purpose clause or phrase of the
                                      # trigger ("arrived in X to help restore order")


class NounEntry(_Strict):
    """An event noun that takes a shared frame of verbs.json `noun_frames`: its relation and
    where each argument hangs (possessor, modifiers, each preposition), with its own CAMEO code
    if it differs ("strike": the attack frame, 195)."""

    frame: str
    cameo: str | None = None
    # read after the frame's own: where one noun of the class puts an argument the others do
    # not ("a boycott of X", "an embargo of X": the of-phrase is the target, while "the
    # sanctions of the UN" names the imposer), so the noun keeps the frame and adds only that
    also: list[Pattern] = []


class VerbFrame(_Strict):
    """A construction a class of verbs shares (verbs.json `verb_frames`): its patterns are read
    for each verb it lists, after the verb's own patterns, whether or not the verb has any
    ("A Ruritanian shell smashed into X", "Ruritanian drones hit Y": a weapon or strike for
    subject, whatever the verb of impact)."""

    verbs: Words
    patterns: list[Pattern]


class CourtesyVisit(_Strict):
    """"paid a courtesy call on X": these nouns with this modifier are a meeting (`pattern`)."""

    relation: str
    cameo: str
    nouns: Words
    with_: Words = Field(alias="with")
    pattern: Pattern


class Verdict(_Strict):
    """A censure noun ("a betrayal", "an aggression") or a noun a censure adjective qualifies ("the
    cowardly attack"), said by a speaker: the speaker condemns the target (`pattern`'s paths)."""

    speaker_verbs: Words  # "X said (that) ...": X is the speaker
    doing_verbs: Words    # "Y committed an aggression": Y is the target
    pattern: Pattern


class EventCensureFrame(_Strict):
    cameo: str
    verbs: Words         # censure verbs whose object may be an event named before
    determiners: Words   # "the attack", "this raid": a definite event, already told
    event_nouns: Words   # harmful acts an ATTACKED fact tells
    drawing_verbs: Words   # "the attack drew condemnation from X": an event as the subject of what it drew
    censure_nouns: Words   # "condemnation", "criticism": what an event draws from its censurers
    pronouns: Words        # "X fired at Y. Z called it a violation": a pronoun object of a naming verb
    complement_prepositions: Words  # "denounced the raids as a breach": the verdict after the event, not its phrase


class SanctionListFrame(_Strict):
    cameo: str
    list_verbs: Words        # "These include A and B": a verb that lists a group's members (besides the copulas)
    pronouns: Words          # "They are A, B and C", "These include A": the targets the sentence before told
    determiners: Words       # "The officials are A, B": a definite group the sentence before sanctioned
    list_nouns: Words        # "The list of those sanctioned includes A": the listing the sentence before made
    qualifiers: Words        # "The targeted people include A": a group the clause itself calls sanctioned
    person_nouns: Words      # "The list of blacklisted officers includes": a listing of persons only
    event_verbs: Words       # "The new sanctions include A", "The measures affected B": a sanction noun listing its targets
    reach: int               # sentences back a listing that names itself (or a group noun) may recall its sanction


class ClaimedActFrame(_Strict):
    cameo: str
    verbs: Words             # "X claimed responsibility": a verb of claiming, with a claimed_nouns object
    act_prepositions: Words  # "claimed responsibility for the attack": the phrase naming the act claimed
    determiners: Words       # "the attack", "these bombings": a definite act, already told
    event_nouns: Words       # the attacks a claim may recall


class BlameFrame(_Strict):
    cameo: str
    prepositions: Words
    adjectives: Words
    harm_nouns: Words
    reporting_verbs: Words
    evidence_nouns: Words


class GroupMembers(_Strict):
    led_by: Words
    include_verbs: Words
    include_preps: Words
    joint_event_verbs: Words


class Confidence(_Strict):
    verb: float
    noun: float
    pairs: float
    state_via_actor_noun: float
    owner: float
    anaphora: float
    role: float
    located: float
    guest_visit: float
    group_member: float
    visiting_official: float
    blame: float


class VerbLexicon(_Strict):
    meta: Meta = Field(alias="_meta")
    verbs: dict[str, list[Pattern]]
    noun_frames: dict[str, list[Pattern]]  # shared readings of a class of event nouns
    nouns: dict[str, list[Pattern] | NounEntry]  # own patterns, or {"frame": name}
    verb_frames: dict[str, VerbFrame] = {}  # shared readings of a class of verbs, each listing its verbs
    light_verbs: Words
    subject_pronouns: dict[str, list[EntityTypeName]]
    first_person_pronouns: dict[str, list[EntityTypeName]]  # "\"We condemn X,\" Y said": the quotation's speaker
    reaction_verbs: Words
    blame_frame: BlameFrame
    event_censure_frame: EventCensureFrame  # "X struck Y. Z condemned the attack": Z censures X
    claimed_act_frame: ClaimedActFrame  # "Gunmen raided X. Y claimed responsibility for the attack": Y attacked X
    sanction_list_frame: SanctionListFrame  # "X sanctioned seven officials. They are A and B": A and B sanctioned by X
    frame_prepositions: Words
    addressing_verbs: Words  # "X told Y during a meeting that ...": whose object is the one addressed, a party to the meeting
    conveying_verbs: Words  # "X conveyed his condolences to Y during a phone call": whose "to" person is the one addressed
    trip_frame_prepositions: Words  # "met Xi during a visit to Beijing": the trip frames the clause
    other_words: Words  # "the US, the UK and other allies": the list before the noun is of its kind
    comparison_prepositions: Words  # "X has no stronger ally than Y": the phrase naming what the noun is compared with
    having_verbs: Words  # "X has no stronger ally than Y": the verb whose subject owns the compared noun
    guest_participles: Words  # "welcomed visiting President X in Z": the person these qualify is a guest there
    place_participles: Words  # "flew to neighbouring X": the small parser reads these as a clause whose object is the place
    errand_verbs: Words  # "arrived for a visit to X", "left for a tour of Y": a "for" phrase of these is the subject's trip
    channel_prepositions: Words  # "provided tents through an agency to X": the agency is a channel, X the recipient
    carrying_verbs: Words  # "sent a ship carrying aid to X": the participle carries the destination
    deed_nouns: Words  # "the hostile acts of X", "the conduct of Y": an "of" phrase names the doer
    combat_verbs: Words  # "sent troops to help fight an insurgency in X": helping the state where the fight is
    aided_place_kinds: Words  # "aid to Gaza": a place of these kinds (places.json kind) receives for its state
    venue_place_kinds: Words  # "received at the presidential palace": a place of these kinds is visited as its state
    unvisited_place_kinds: Words  # "his first visit to the Pacific": a place of these kinds (an ocean) is no destination
    giving_organ_kinds: Words  # "the US Congress sent aid": an organisation of these kinds gives for its country
    facility_heads: Words  # "funded the X Hospital in Y": a named building or work receives for the state it stands in
    beneficiary_nouns: Words  # "to help people affected by the floods in X": whom aid reaches, in a state
    funded_works: Words  # "the Y-funded bridge": a work a donor's participle qualifies is aid to the state it serves
    work_host_verbs: Words  # "X inaugurated the Y-funded bridge": the subject of these receives the work
    work_ceremonies: Words  # "held the opening of the Y-funded school": a ceremony noun standing for its work
    work_handover_verbs: Words  # "Y-aided hospital handed over to X": the "to" phrase of these receives the work
    giving_participles: Words  # "received doses donated by X": the participle's agent gave what was received
    gratitude_words: Words  # "thanked X for its aid", "expressed gratitude to X for the assistance": X gave it
    adjunct_gerund_prepositions: Words  # "expelled the envoy after accusing X": a time adjunct the parser hung on the object
    trip_frame_parts: Words  # "On the third day of a trip to X", "As part of his visit": still the frame
    trip_frame_part_prepositions: Words  # "As part of his visit", "At the end of his visit": these frame only through a part
    attendance_verbs: Words  # "X and Y attended the summit": fellow guests of an event, not its parties
    object_trip_verbs: Words  # "X received Y at the start of a visit to Z", "accompanying Y on his visit": the object's trip
    themes: dict[str, Words]
    partitive_heads: Words
    owning_verbs: Words
    launch_words: Words  # "launched missiles targeting X", "the launching of missiles targeting X": who aims them
    harm_verbs: Words  # "Russian shelling killed ten people in X": an attack noun subject of these struck where they did
    victim_verbs: Words  # "a strike that killed General X": X was attacked (not "a rail strike that hit X")
    defence_words: Words  # "X's defence against Y's strikes", "X defends itself against Y's shelling": X was attacked
    dying_verbs: Words  # "ten rebels died in the attack": the subject was its target, never its agent
    weapon_compounds: Words  # "a Ruritanian rocket barrage": the owner named before the weapon word owns the attack
    owner_participles: dict[str, Words]  # "bases used by X troops", "sites belonging to X": the phrase names the owner
    populace_nouns: Words  # "restrictions on X worshippers": persons by origin or abode, not a state's officials or firms
    captive_nouns: Words  # "prisoners held by X": people held are captives, not X's own (no owner by participle)
    conquest_verbs: Words  # "an offensive to retake X": the purpose clause names what the offensive attacks
    owner_place_prepositions: Words  # "targets in Syria affiliated with X": the place phrase the owner's participle may hang on
    prepositional_object_control: Words
    presence_copulas: Words
    stay_purpose_verbs: Words  # "X was in Y to attend the summit": a stay with this purpose is a journey's
    presence: Pattern
    gathering_presence: Pattern  # "said at a news conference in X", "On the sidelines of the forum in Y, he
                                 # added": one who speaks or acts at a gathering held in a place was there
    censure_adjectives: Words
    terror_listings: Words  # "designated X as a terrorist group": a listing of X, a sanction
    casualty_nouns: Words  # "the killing of X in a Y attack": a casualty told with the attack it fell in is the attacker's
    casualty_prepositions: Words  # ... the prepositions that hang the attack on the casualty noun ("in", "during")
    patient_nouns: Words  # "the killing of X", "the shelling of X-ian villages": the "of" phrase names what the act befalls
    classing_group_nouns: Words  # "the Honduran criminal gang": a censure adjective on a group noun classes the group, no verdict
    censure_nouns: Words       # "called it a betrayal", "said X is a dictator": a verdict on its target
    value_adjectives: Words  # "aid worth $5 million to X": the phrases on the value belong to the noun
    targeting_verbs: Words   # "sanctions targeting X", "measures aimed at X": the participle names the target
    help_verbs: Words        # "intervened in X to help the government": the purpose clause names whom it aids
    topic_participles: Words  # "an agreement regarding cooperation": a participle the parser hangs a topic on
    domain_nouns: Words      # "cooperation in the area of defence": the phrase names the kind a `with` needs
    kin_nouns: Words         # "X's neighbour Y sent a rescue team": with no destination, the help went to X
    mission_verbs: Words     # "sent troops to help stabilise X": "help" made their auxiliary, their object is aided
    host_actor_nouns: Words  # ... an unowned government or army there is that place's
    expletive_subjects: Words  # "it is unacceptable that X ...": the clause, not "it", is judged
    naming_verbs: Words  # "condemned what it called X's aggression": the free relative names the object
    grievance_prepositions: Words  # "summoned X's envoy over Y's remarks": the phrase names what a summons protests
    grievance_nouns: Words  # "in protest over Y's claim": a censure noun passes its phrase on to the summons
    claimed_nouns: Words  # "the attack, for which X claimed responsibility": the claimant did the act
    authorship_participles: dict[str, Words]  # "the attack claimed by X", "violence attributed to Y", "a bombing
                                              # blamed on Z": on an act noun, the phrase names its doer
    needing_participles: Words  # "goods urgently needed by X": the agent is whom the goods go to
    joining_verbs: Words  # "X joined Y in condemning Z": the one joined shares the act of the "in" phrase
    joinable_relations: Words  # ... for an act a noun names, the relations whose pattern subject is its doer
    session_heads: Words  # "an official talks session with X": the event noun's occasion takes its arguments
    gathering_particles: Words  # "brought X together with Y", "brought together A, B and C": the verb gathers its object
    source_credit_verbs: Words  # "X received Y, the agency cites the press service": a credit the parser hung on the verb
    casting_prepositions: dict[str, str] = {}  # "referred to X as an ally": the preposition whose object is cast
    verdict: Verdict
    preventing_verbs: Words
    reaction_nouns: Words
    document_nouns: Words  # "adopted a resolution condemning X": the one who issued it condemns
    place_prepositions: Words
    line_kinds: Words  # gazetteer kinds of lines between two sides ("ceasefire line"): struck only where a phrase after them says
    open_water_kinds: Words  # "strikes on merchant ships in the Red Sea": open water is where ships were struck, no place struck
    proximity_prepositions: Words  # "an attack near X": an event near a place did not strike it
    reprisal_nouns: Words  # "bombed X in reprisal for a raid on Y": the answered event is no place struck
    edge_nouns: Words  # "overran a camp on the outskirts of X": an "on" phrase of these places what was struck
    stock_nouns: Words  # "weapons from U.S. stocks": the owner of these in a "from" phrase gives the goods
    garrison_nouns: Words  # "a base for X troops": a "for" phrase of troops names the owner of these
    bearing_words: Words  # "an airport west of X": a bare bearing from a place lies outside it
    place_parts: Words
    quantity_words: Words
    copulas: Words
    object_control: Words
    prepositional_control: Words  # "called on X to meet Y", "appealed to X to send Z": X is to do it (verb lemma and preposition)
    intent_nouns: Words               # "the decision of X to launch strikes", "X's move to impose ...": X acts
    invitation_nouns: Words           # "X accepted Y's invitation to visit Z": the infinitive on these ...
    invitee_verbs: Words              # ... is done by the subject of these, the one invited
    provoking_verbs: Words  # "X fired missiles, prompting Y to lodge a protest": Y protests against X
    courtesy_visit: CourtesyVisit
    human_verbs_person_only: Words
    group_members: GroupMembers
    confidence: Confidence
    journey_verbs: Words  # "embarked on a tour of X": a noun trip on these verbs is the subject's
    vehicle_verbs: Words  # "the plane carrying X landed in Y": X travelled
    venue_heads: Words  # "arrived at X Airport in Y": a venue so named is no destination; the place it lies in is
    airport_heads: Words  # "landed at Nausori airport": a venue whose name airports.json places in a state
    held_prepositions: Words  # "The discussion was held during the summit in X": the phrases a held meeting's place is in
    reception_prepositions: Words  # "received President X in Y": the phrases that place a guest's reception
    reception_verbs: Words  # "X received President Y": a host's verbs whose guest came to him
    near_prepositions: Words  # "received X near Y": a phrase that places it only in Y's state
    title_prepositions: Words  # "the Treaty of Mutual Defence": a capitalised document's name states its kind in these phrases
    deployment_quantities: Words  # "the first planeload of police arrived": what these count is a deployment's subject
    combatant_nouns: Words  # "a group of X militants stormed Y": fighters a count or a band before them stands for
    topic_prepositions: Words  # "a treaty on mutual assistance": a treaty noun states its kind in these phrases
    topic_phrase_prepositions: Words  # "a breakthrough in the A-B talks": a pair's event named as a topic
    revival_verbs: Words  # "aimed at reviving A-B talks": a stalled process brought back, no meeting told
    topic_documents: Words  # the treaty nouns whose topic phrase may say they make an alliance
    topic_words: Words  # the words of a pattern's `with` list that say so in a topic phrase
    occurrence_objects: Words  # "The meeting took place in X": a light verb's object saying its subject happened
    venue_prepositions: Words  # the phrases of a venue that name the place it lies in
    homeward_words: Words  # "headed home to X", "flew home": a journey home is no visit
    ranking_words: Words  # "X was the first leader to visit Y": the ranked noun's infinitive is X's act
    honour_nouns: Words  # "a dinner in honour of X": the noun of the phrase naming a meal's guest
    hosting_participles: Words  # "a banquet hosted by X": the participles whose agent is a meal's host
    trip_goal_prepositions: Words  # "will depart for a state visit to X": a phrase after the verb naming its trip
    trip_nouns: Words  # "a tour that included X", "his trip will take him to X": the trip's owner travels
    commitment_nouns: Words  # "the commitment of X and Y to the defence treaty": the parties bound by it
    companion_verbs: Words  # "X was joined on the journey by A": A made X's visits
    remote_modifiers: Words  # "a virtual summit", "an online meeting": a gathering no participant travelled to
    multilateral_parties: int = Field(ge=3)  # "brought together A, B, C and D": a multilateral gathering, no pairs
    multilateral_subjects: int = Field(ge=4)  # "the leaders of A, B, C, D and E met": a gathering, no pairs
    subjection_words: Words  # "X is subject to EU sanctions", "X was subjected to a travel ban": X bears the penalty
    imposing_verbs: Words  # "X imposed new Y sanctions": a verb whose subject imposes the penalty noun it carries
    penalty_topic_participles: Words  # "X issued Y-related sanctions": the participle joining a penalty's target to it


class CompassState(_Strict):
    state: str
    when_named: Words


# ---- mentions.json: word classes of the mention finder, resolver and relation reader ---------
class MentionWords(_Strict):
    meta: Meta = Field(alias="_meta")
    actor_nouns: Words
    non_state_nouns: Words  # "an Ivorian rebel spokesman", "a Palestinian faction": a demonym there names no state actor
    sum_words: Words  # "$460 million in loans to X": a sum that stands for what it is counted in
    sport_words: Words
    team_titles: Words                 # "Ruritania captain Name": a post in its national side, no office
    paired_posts: Words                # title categories of a state's two top posts ("the president and prime minister of X")
    host_offices: Words                # title categories of the national offices that receive the envoys posted to a state
    name_particles: Words              # "A B el-C": a hyphened particle inside a person's name
    hyphen_prefixes: Words             # "co-chaired": a prefix the tokeniser keeps with the word after its hyphen
    infix_particles: Words             # "A dos B", "A van B", "A arap B": a lower-case word inside a person's name
    respective_marks: Words            # "A and B, his ministers of P and Q, respectively": posts in order
    mission_heads: Words               # "the Embassy of X in Z": the state's mission, its staff the state's
    sport_events: Words
    vehicles: Words
    accession_verbs: Words
    person_group_nouns: Words
    # "the two officials", "both envoys": persons counted only with a definite count (never bare, never "two officials")
    counted_person_nouns: Words
    # "the two leaders": a counted noun of persons that names either of a state's two top posts
    # (paired_posts), and is said loosely of other officials too
    top_post_nouns: Words
    guest_nouns: Words                 # "the (honorary) guest met X": the one person told arriving before
    group_counts: dict[str, int]
    generic_titles: dict[str, Words]
    city_offices: Words
    hosting_verbs: Words
    lone_name_verbs: Words             # "Yawar was greeted by X": a lone name the model tags a person acts here
    title_heads: Words
    title_suffixes: Words              # "President-elect", "Prime Minister-designate": still a title
    ruling_verbs: Words                # "X has been ruled by Sultan A": A holds the title in X
    representing_verbs: Words          # "X was represented by Premier A": A holds the title in X
    party_sides: Words                 # "the Ruritanian side, led by Minister A": one state's party in talks
    title_joiners: Words               # "Vice Premier cum Trade Minister Name": one person's two titles
    title_words: Words
    title_verbs: Words  # "met A and lead negotiator B": a title word the tagger reads as a verb conjoined to the trigger
    org_words: Words
    party_kinds: Words                 # "Ruritanian Congress President X": the party's officer
    own_body_heads: Words              # "president of the Ruritanian Academy of Letters": the body's officer, not the state's
    non_state_kinds: Words             # organizations.json kinds apart from any state: "Somalia's X fighters" are X's
    outlet_kinds: Words                # organizations.json kinds of news outlets: a page's credit, never a party to a fact
    outlet_name_words: Words           # "X TV", "Y News": an unknown organisation so named is an outlet too
    force_kinds: Words                 # organizations.json kinds of a state's own forces: an attack they make is their state's
    portfolio_heads: Words             # "the [Health and Population] minister": the capitalised words before it name a portfolio
    portfolio_ends: Words              # "Minister for [Shura Council Affairs]": a portfolio's last word, body words inside or not
    body_heads: Words                  # "Cabinet of Ministers of X": a body of the state or organisation after "of"
    body_qualifiers: Words             # "National Assembly Chairman X": a word that qualifies a body word, naming no owner
    chamber_heads: Words               # "Speaker of the National Assembly of X Name": a chamber named as a state's is the state's
    # "member of the Political Bureau", "the Central Committee of the X Party": a party's inner body;
    # alone it names no employer, and a party named after its "of" is whose it is
    party_organs: Words
    organ_owner_kinds: Words           # organizations.json kinds whose inner bodies (party_organs) are theirs
    event_nouns: Words
    part_nouns: Words
    city_suffixes: Words               # "Xi'an City": a word after a known city's name that is no part of it
    group_nouns: Words
    group_collectives: Words
    relative_pronouns: Words
    possessive_pronouns: Words
    plural_possessives: Words  # "X and Y ... their talks": a possessive pronoun that owns an event for a pair
    plural_person_pronouns: Words  # "A and B arrived as C welcomed them": a pronoun for persons named together
    anaphor_nouns: dict[str, EntityTypeName]
    pair_nouns: Words
    pair_adjectives: Words             # "a bilateral treaty": between the two states named last
    joint_meeting_adjectives: Words    # "a trilateral meeting with A and B": A and B met each other too
    organ_anaphor_nouns: Words         # "the department": the one organ of that kind named before it
    force_anaphor_nouns: Words         # "the Syrian air force ... The air force": the one state whose force it named
    counterpart_state_nouns: Words     # "X accused its neighbour of ...": the one other state named before it
    reciprocal_phrases: Words          # "each other", "one another": the subjects act on one another
    other_party_phrases: Words  # "each side blamed the other": the object that makes an "each" subject one of a pair
    deployment_nouns: Words            # "troops arrived in X", "the shipment arrived": no visit
    state_form_words: Words            # "the Republic of", "the Kingdom of" before a state's short name
    leader_participles: Words          # "the Saudi-led coalition": the leader acts for it
    allegiance_words: dict[str, Words]  # "forces loyal to X", "fighters aligned with Y": they act for X or Y
    backer_participles: Words          # "the UN-backed government": the name backs it, does not own it
    membership_nouns: Words            # "EU member states": the members act for the organisation
    relative_titles: Words             # "his Kenyan counterpart X": the title of the one he is set against
    title_origin_prepositions: Words   # "his counterpart from X, Name": the phrase of the title's state, then its holder
    ordinal_anaphors: dict[str, str]   # "the latter", "the former": the last / first of two persons named before
    umlaut_spellings: dict[str, str]   # "Schroeder" for "Schröder": a letter with umlaut, and how English copy writes it out
    state_organ_words: Words           # "U.S. Treasury Department", "Indian Air Force": the state acts
    state_organ_prefixes: Words        # "Royal Thai Army": a word of honour before the state in an organ's name
    state_institutions: dict[str, str]
    person_pronouns: Words
    feminine_pronouns: Words           # "she", "her": a pronoun of the other gender is no chain ("he ... her visit")
    reflexive_pronouns: Words          # "himself": the one object pronoun that may be its own clause's subject
    east_asian_surnames: Words
    non_person_words: Words
    role_descriptions: Words
    officeless_descriptions: Words     # "the Cuban leader": stands for a person but names no post he holds
    post_kind_descriptions: Words      # "the Ruritanian head of state": a post named by its kind, read as role_descriptions are
    event_dropped_modifiers: Words
    hazard_words: Words
    settlement_nouns: Words            # "X, a village near Y", "X village": an unknown name they restate or head is a city
    subdivision_nouns: Words           # "X district": an unknown name before one is a place, no state; a cut name runs on to one
    event_host_verbs: Words
    instrument_heads: Words            # "a Strategic Partnership Agreement": the last word of a pact's title, no actor's name
    team_nouns: Words                  # "the German team", "Indian cricketers" (lemmas): a sports side, no state's actor
    appointment_prefixes: list[str]    # verb forms (prefixes) of appointing someone to a post
    accession_objects: dict[str, list[str]]  # "take office", "take the oath": the objects a verb of taking office needs
    accession_particles: dict[str, Words]  # "took over as chair": a particle making the verb one of taking a post, no object
    office_nouns: dict[str, str]       # "assumed the chairmanship of X": a noun of holding a post, and the title it stands for
    post_nouns: Words                  # "assumed the role of X Chair": a noun whose "of" phrase is the post taken
    event_past_modifiers: Words        # "to discuss the recent talks": a past event under a plan
    envoy_titles: Words                # "Ruritanian U.N. ambassador": the state's envoy, not the UN's
    aide_titles: Words                 # "A, adviser to the Ruritanian President": serves the principal, so his state
    rank_modifiers: Words              # "[Forces of X] Major General A B": a rank's first word ends a body's name
    name_suffixes: Words               # "X 'Nick' Y Jr.": a generational suffix after a family name is part of the name
    regnal_numerals: Words             # "King X II": the numeral after a name is part of it (no namesake's alias ends before it)
    person_relative_pronouns: Words    # "who", "whom": a relative clause about a person
    kin_nouns: Words                   # "his half-sister, A B": the named person is a relative of another, who may share the name
    feminine_address: Words            # "Mrs", "Begum": a form of address for a woman before a lone family name
    honorifics: Words                  # "Datuk Seri", "Sheikh", "Dr": before a name, part of neither name nor title
    one_name_honorifics: Words         # "Don X", "Ayatollah X": kept with one name word after them, a form of address before two
    capital_honorifics: dict[str, str]  # "HE A B": capitals-only forms of address, and the honorifics entry each reads as
    ruler_titles: Words                # "King A of X", "Sultan B": a ruler's title before one given name
    post_nominals: Words               # "X MP", "Y QC": letters after a name, no part of it
    title_abbreviations: Words         # "MOS X", "HC Y": a post in capitals before a name, no part of it
    insurgent_nouns: Words             # "Houthi rebels", "rebels from the X group": the group acts; "Yemen rebels" names no actor
    armed_group_heads: Words           # "Ruritania's X group attacked": the organisation its name modifies acts
    armed_group_anaphor_nouns: Words   # "X stormed a camp ... The militants then ...": the nearest armed group named before
    armed_group_modifiers: Words       # "the jihadist group", "the armed movement": an armed-group head told as one
    affiliate_nouns: Words             # "X's branch in Y ... the militants": the branch, not its owner X
    lineage_words: Words               # "bin", "ibn", "bint": "A bin B bin C" adds forebears to the name "A bin B"
    family_name_first_states: Words    # state ids whose leaders' names are written family name first: a lone "Kim", "Xi"
    given_name_states: Words           # state ids whose leaders news calls by the given name, written first: a lone "Prayut"
    common_word_surnames: Words        # "English": a family name that is a common word (a language); alone, the word
    rank_words: Words                  # "First Deputy Prime Minister": the ordinal is part of it
    event_purpose_verbs: Words         # "a parade commemorating X": names the event
    compass_states: dict[str, CompassState]  # "the North": that state when the article names these
    organisation_only_actor_nouns: Words  # "UN experts accused X": they act for an organisation, never a state
    government_nouns: Words               # "the Name administration", "the junta in X": a state's government
    inclusion_words: Words                # "60 officials, including Name": the group's named members
    list_links: Words                     # "A, a firm in X; B; and C", "A, and then B": a list's joints
    relative_adverbs: Words               # "X, where ..., and Y": a clause inside a list, the member's before it
    continuation_verbs: Words             # "X was sanctioned. Also named were A and B": A and B too
    continuation_marks: Words             # the "also" that makes such a sentence a continuation
    comitative_prepositions: Words        # "visited X along with Y": Y visited X too
    member_prepositions: Words            # "officials of / from / within the X government": whom they act for
    event_pronouns: Words                 # "This comes after accusing X": the previous sentence's event
    state_head_descriptions: dict[str, list[str]]  # "the head of state": a ruler named just before
    head_of_state_titles: Words           # the posts a "head of state" description may stand for
    dateline_deictics: Words              # "arrived here" under a wire dateline: its filing place
    capital_nouns: Words                  # "the Kazakh capital" with no name after it: the state's capital
    national_society_names: Words         # "the New Zealand Red Cross": after a state's name, its own society
    capital_organ_words: Words            # "the Beijing Foreign Ministry": a capital naming these organs: its state


# ---- modality.json, temporal.json, titles.json ------------------------------------------------
class ModalityCues(_Strict):
    meta: Meta = Field(alias="_meta")
    planned_heads: Words
    request_heads: Words          # "asked X to condemn Y", "called on X to meet Y", "requested that X meet Y": the act
                                  #     asked for is not done; a verb's lemma, or its lemma and preposition
    disposition_words: Words      # "is willing to visit X", "his readiness to meet Y", "open to visiting Z": not yet done
    future_marks: Words
    planned_aux: Words
    planned_nouns: Words
    negation_words: Words
    correlative_focus: Words      # "not only met X but also Y": the "not" of "not only" denies nothing
    comparison_prepositions: Words  # "X has no closer ally than Y": the "no" of a compared noun denies nothing
    contrast_conjunctions: Words  # "had not been announced, but X met Y": a negation stops at "but"
    negating_heads: Words
    speculation_words: Words
    reporting_verbs: Words
    negated_confidence: float
    speculation_confidence: float
    quote_confidence_factor: float
    planned_confidence: float
    planned_subject_heads: Words  # "the summit is expected / scheduled to ..."
    planned_passive_heads: Words  # "the meeting is being prepared / arranged": its subject is still to come
    likelihood_words: Words       # "the summit is likely to ..."
    hypothetical_determiners: Words  # "a response to any attack on X": no attack is said to have happened
    prospect_nouns: Words           # "reached an agreement on a defence pact": the pact is still to come
    prospect_prepositions: Words
    signing_verbs: Words            # "signed (sealed) an agreement on defence cooperation": the signed text is the pact, in force
    negotiating_verbs: Words        # "is negotiating a defence agreement with X": a pact still being worked out
    strengthening_heads: Words       # "aims to strengthen the alliance between them": an alliance strengthened exists
    prolonging_heads: Words          # "would extend the sanctions on X": sanctions prolonged are in force
    cessation_heads: Words           # "to end his campaign against X": an owned event ended was going on
    ceased_relations: Words          # relations whose help a verb or noun of ceasing stops (negated, even when owned):
    ceasing_heads: Words             #     "halted its aid to X", "threatened to withdraw aid to X" (lemma or phrasal lemma)
    ceasing_nouns: Words             #     "a suspension of assistance to X", "a freeze on aid to X"
    frame_prepositions: Words        # "agreed to expand trade during talks": the phrase names the occasion of the act
    commitment_heads: Words          # ... of an undertaking ("agreed", "vowed", "pledged") made then, not the act undertaken
    circumstance_marks: Words        # "pledged ties as X and Y held talks": a clause of its own, not the pledge's content
    decision_heads: Words            # "agreed / decided to impose ...": planned, unless in force at once
    granting_verbs: Words            # "decided to provide aid": a decision to grant is the grant
    decision_enacted_relations: Words  # relations a past decision enacts ("decided to impose sanctions on X")
    enacting_decisions: Words        # ... the decision heads that enact them ("decide"; "agreed to" is an accord)
    immediate_effect_phrases: Words  # "... with immediate effect", "effective immediately": lower-cased text
    former_words: Words              # "its former ally", "an ex-ally": a relation noun no longer true
    time_prepositions: Words         # "did not inform X before launching strikes on Y": the strike is not negated
    prospective_phrases: Words       # "ahead of Tuesday's summit", "on the eve of Y's tour": set later than the clause
    anticipation_phrases: Words      # "looks forward to meeting X": verb lemma, adverb, preposition; still to come
    equating_verbs: Words            # "It will be X's first meeting with Y", "marking the first visit": an attribute
                                     #     event as far ahead as its verb
    prospective_gatherings: Words    # ... a gathering so set is still to come (a trip only with a traveller of its own:
                                     #     "X arrived in Y ahead of a two-day visit" is under way)
    occasion_prepositions: Words     # "will be in X for talks with Y", "will raise it at the meeting with Y": a gathering
                                     #     a clause still ahead is set at or in is as far ahead as that clause
    cause_prepositions: Words        # "froze assets over X's decision to invade Y": a cause is an event of its own
    occurrence_heads: Words          # "the attack did not take place": a negated verb whose subject event did not happen
    prohibition_nouns: Words         # "a ban on visits by X to Y": an event a prohibition's phrase names is barred, not done
    plan_nouns: Words                # "plans for a summit between X and Y": an event a plan's phrase names is still to come
    journey_heads: Words             # "X is in Y / is travelling to Y to meet Z": a present stay or trip whose purpose is ahead
    object_actor_relations: Words    # relations whose object carries the event out (the sanctioner): "X refused to join
                                     #     the sanctions on Y" is as negated as the verb its actor is the subject of
    performing_verbs: Words          # verbs whose object event their subject carries out ("will file a protest with X",
                                     #     "refused to enact sanctions"): the event is as planned or negated as the verb;
                                     #     not a verb presupposing the event ("will not abrogate the treaty",
                                     #     "to boost the alliance")


class TemporalWords(_Strict):
    meta: Meta = Field(alias="_meta")
    months: dict[str, int]
    weekdays: dict[str, int]
    year_offsets: dict[str, int]
    month_offsets: dict[str, int]
    day_offsets: dict[str, int]
    week_offsets: dict[str, int]
    vague: Words
    passive_event_verbs: Words
    forward_phrases: Words
    span_prepositions: Words
    attending_verbs: Words   # "travelled to X to attend the summit held on D": the gathering's day dates the trip
    occasion_nouns: Words    # "the last time X visited Y was in 2011": the copula's time is the clause's
    date_relatives: Words  # "since Jan. 11, when X struck Y": the clause is dated by the date it qualifies
    duration_prepositions: Words  # "for a second week": a length of time, no point in it
    background_phrases: Words
    measure_spans: Words  # "the first in more than a decade", "a new era": a span the news is measured by or opens, no past
    opening_words: Words  # "a new era": the span begins with the news
    measure_prepositions: Words  # "the first talks in a decade": a span counted from a noun or adjective, no time of the act
    frame_stopwords: Words
    date_qualifiers: Words  # "early March", "mid-2023": part of the date expression
    numbered_nouns: Words  # "Resolution 1970": a document's number, no year
    number_words: Words  # "resolution No. 2094": between the numbered noun and its number
    delivery_lemmas: Words  # aid delivered ("reached", "arrived", "received") is an event of its day or month
    weekend_words: Words  # "at the weekend": the Saturday and Sunday before the writing
    sequence_prepositions: dict[str, int]  # "a day after X": X lies before (-1) or after (+1) the clause
    day_units: dict[str, int]  # "two days after": days per unit
    sequence_gap_words: Words  # "weeks after", "long before": a gap the bare sequence word's month does not span
    counts: dict[str, int]  # "a day", "two days": how many units
    ago_words: Words  # "ten days ago": a span counted back from the writing
    ago_units: dict[str, str]  # "days" -> "day": the unit each word counts ("day", "week", "month" or "year")
    seasons: dict[str, int]  # "last summer": a season by the month it starts in; it fixes a year only
    recounting_heads: Words  # "The meeting took place on May 9": the next sentence dates the event told before
    recounting_passives: Words  # "The meeting was held on May 9" (in the passive only: "held talks" is an event)
    gathering_span_verbs: Words  # "The summit opened on 9 June", "concluded in X on 31 July": a gathering's own time
    ordinal_day_joiners: Words  # "the 19th and 20th": what an ordinal day runs on into; other words make a rank ("the 28th year")


class TitleEntry(_Strict):
    category: str
    official: bool
    scope: str
    title: str
    variants: Words


class StateTitle(_Strict):
    """A variant the listed states give another office than the entry it reads as elsewhere."""
    title: str
    variants: Words
    states: list[str] = Field(min_length=1)


class Titles(_Strict):
    meta: Meta = Field(alias="_meta")
    drop_prefixes: Words
    past_prefixes: Words
    entries: list[TitleEntry]
    modifiers: Words
    state_titles: list[StateTitle] = []


# ---- leaders.json (generated by scripts/build_leaders.py from the CIA World Factbook) -------------
_ISO_PARTIAL = r"^\d{4}(-\d{2}(-\d{2})?)?$"


class LeaderEntry(_Strict):
    """One current office holder: a state's chief of state or head of government."""
    person: str = Field(min_length=1)
    aliases: Words = []
    surnames: Words = []
    state: str = Field(pattern=r"^state:[a-z0-9-]+$")
    title: str
    official_title: str | None = None
    start: str = Field(pattern=_ISO_PARTIAL)
    curated: bool = False
    ends: Words = []
    sources: Words
    factbook_text: str


class LeadersMeta(BaseModel):
    model_config = ConfigDict(extra="allow")
    source: str
    source_version: str
    snapshot: str
    version: int


class Leaders(_Strict):
    meta: LeadersMeta = Field(alias="_meta")
    entries: list[LeaderEntry]


def count_mismatch(stated: int | None, held: int) -> str | None:
    """Why a data file's `_meta.count` is wrong, or None. The count is a checksum of hand edits:
    an entry lost or pasted twice in a merge would otherwise only show as names silently no longer
    (or twice) recognised."""
    if stated is None or stated == held:
        return None
    return (f"_meta.count says {stated} but the file holds {held} entries "
            f"(an entry lost or doubled, or the count not updated)")


# ---- protecting_powers.json (read by the gazetteer: Gazetteer.represented_by) -------------------
class ProtectingPower(_Strict):
    """One mandate: `power` represents `represented`'s interests in `host`, from `start` to `end`
    (null: in force; a null start: since before any article read)."""
    power: str = Field(pattern=r"^state:[a-z0-9-]+$")
    represented: str = Field(pattern=r"^state:[a-z0-9-]+$")
    host: str = Field(pattern=r"^state:[a-z0-9-]+$")
    start: str | None = Field(default=None, pattern=_ISO_PARTIAL)
    end: str | None = Field(default=None, pattern=_ISO_PARTIAL)


class ProtectingPowersMeta(BaseModel):
    model_config = ConfigDict(extra="allow")
    about: str
    count: int
    source: str
    licence: str


class ProtectingPowers(_Strict):
    meta: ProtectingPowersMeta = Field(alias="_meta")
    entries: list[ProtectingPower]

    @model_validator(mode="after")
    def _counted(self) -> ProtectingPowers:
        wrong = count_mismatch(self.meta.count, len(self.entries))
        if wrong:
            raise ValueError(wrong)
        return self


# ---- datelines.json, boilerplate.json (cleaning) -----------------------------------------------
class _Regex(_Strict):
    about: str
    pattern: str

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        return _compiles(value)


class PlaceCaps(_Regex):
    min_letters: int


class Agency(_Regex):
    known_agencies: Words


class AgencyCaps(_Regex):
    separator: str
    credit_pattern: str

    @field_validator("separator", "credit_pattern")
    @classmethod
    def _separator_compiles(cls, value: str) -> str:
        return _compiles(value)


class TypeList(_Strict):
    about: str
    types: list[EntityTypeName]


class Datelines(_Strict):
    version: int
    about: str
    place_caps: PlaceCaps
    place_titled: _Regex
    region: _Regex
    date: _Regex
    agency: Agency
    agency_caps: AgencyCaps
    separator: _Regex
    titled_dash: _Regex
    bare_place_types: TypeList
    never_places: TypeList
    date_label: _Regex


class _Patterns(_Strict):
    patterns: Words

    @field_validator("patterns")
    @classmethod
    def _all_compile(cls, value: Words) -> Words:
        return [_compiles(p) for p in value]


class LinePatterns(_Patterns):
    may_end_a_sentence: bool


class PatternList(_Patterns):
    about: str


class WordList(_Strict):
    about: str
    words: Words


class GluedHeadline(_Strict):
    """boilerplate.json `glued_headline`: where a page flattened to one line has its headline cut off."""

    about: str
    max_words: int = Field(ge=1)


class ParseMarks(_Strict):
    """boilerplate.json `parse_marks`: typographic marks the parser is given in another form, one
    character for one, so that the parse's offsets are the written text's."""

    about: str
    marks: dict[str, str] = Field(min_length=1)

    @field_validator("marks")
    @classmethod
    def _one_for_one(cls, value: dict[str, str]) -> dict[str, str]:
        wrong = [f"{k!r}: {v!r}" for k, v in value.items() if len(k) != 1 or len(v) != 1 or k == v]
        if wrong:
            raise ValueError(f"each mark and its replacement must be one character, and differ: {', '.join(wrong)}")
        return value


class Boilerplate(_Strict):
    version: int
    about: str
    max_line_chars: int
    line_patterns: dict[str, LinePatterns]
    header_labels: PatternList
    tail_markers: PatternList
    continuation_words: WordList
    glued_headline: GluedHeadline
    parse_marks: ParseMarks


class LanguageCues(_Strict):
    """language.json: the cheap English check run before the language model (ingest/language.py)."""

    meta: Meta = Field(alias="_meta")
    english_function_words: Words = Field(min_length=1)
    min_share: float = Field(gt=0, le=1)
    min_distinct: int = Field(ge=1)
    min_words: int = Field(ge=1)


SCHEMAS: dict[str, type[BaseModel]] = {
    "verbs": VerbLexicon,
    "mentions": MentionWords,
    "modality": ModalityCues,
    "temporal": TemporalWords,
    "titles": Titles,
    "datelines": Datelines,
    "boilerplate": Boilerplate,
    "language": LanguageCues,
    "leaders": Leaders,
    "protecting_powers": ProtectingPowers,
}


def _entry(loc: tuple) -> str:
    return ".".join(str(p) for p in loc) or "(top level)"


def _check_relations(lex: VerbLexicon, file: str) -> None:
    """Relation names and CAMEO codes of every pattern against the ontology."""
    def check(where: str, relation: str, cameo: str | None) -> None:
        if relation not in RELATIONS:
            raise LexiconError(LexiconErrorCode.UNKNOWN_RELATION, file, where,
                               f"unknown relation {relation!r}; known: {', '.join(RELATIONS.names())}")
        known = RELATIONS[relation].cameo
        if cameo is not None and cameo not in known:
            raise LexiconError(LexiconErrorCode.UNKNOWN_CAMEO, file, where,
                               f"CAMEO {cameo!r} is not one of {relation}'s codes {known} "
                               "(schemas/data/relations.json)")

    for kind in ("verbs", "noun_frames", "nouns"):
        for lemma, patterns in getattr(lex, kind).items():
            for i, p in enumerate(patterns):
                check(f"{kind}.{lemma}[{i}]", p.relation, p.cameo)
    check("presence", lex.presence.relation, lex.presence.cameo)
    check("gathering_presence", lex.gathering_presence.relation, lex.gathering_presence.cameo)
    check("courtesy_visit", lex.courtesy_visit.relation, lex.courtesy_visit.cameo)
    check("courtesy_visit.pattern", lex.courtesy_visit.pattern.relation, lex.courtesy_visit.pattern.cameo)
    check("blame_frame", "CONDEMNED", lex.blame_frame.cameo)
    check("event_censure_frame", "CONDEMNED", lex.event_censure_frame.cameo)
    check("sanction_list_frame", "SANCTIONED_BY", lex.sanction_list_frame.cameo)
    check("claimed_act_frame", "ATTACKED", lex.claimed_act_frame.cameo)
    check("verdict.pattern", lex.verdict.pattern.relation, lex.verdict.pattern.cameo)
    for kind in ("verbs", "nouns"):
        for lemma, patterns in getattr(lex, kind).items():
            for i, p in enumerate(patterns):
                for key in ("not_theme", "not_argument_theme", "not_channel", "not_conjoined", "theme", "manner"):
                    listed = getattr(p, key)  # a `themes` list's name (theme and not_theme may be words instead)
                    if isinstance(listed, str) and listed not in lex.themes:
                        raise LexiconError(LexiconErrorCode.SCHEMA, file, f"{kind}.{lemma}[{i}].{key}",
                                           f"no theme list named {listed!r} in 'themes'")
                names = [p.complement] if isinstance(p.complement, str) else (p.complement or [])
                for name in names:
                    if not isinstance(getattr(lex, name, None), list):
                        raise LexiconError(LexiconErrorCode.SCHEMA, file, f"{kind}.{lemma}[{i}].complement",
                                           f"no word list named {name!r}")


def _expand_frames(lex: VerbLexicon, file: str) -> None:
    """Give every noun that names a frame the frame's patterns (a copy, with its own CAMEO
    code); a frame no `noun_frames` entry defines is an error naming the noun. Every verb a
    `verb_frames` entry lists gets that frame's patterns after its own."""
    for frame in lex.verb_frames.values():
        for lemma in frame.verbs:
            lex.verbs[lemma] = list(lex.verbs.get(lemma, [])) + [p.model_copy() for p in frame.patterns]
    for lemma, entry in lex.nouns.items():
        if isinstance(entry, NounEntry):
            if entry.frame not in lex.noun_frames:
                raise LexiconError(LexiconErrorCode.SCHEMA, file, f"nouns.{lemma}.frame",
                                   f"no frame named {entry.frame!r} in 'noun_frames' "
                                   f"(known: {', '.join(sorted(lex.noun_frames))})")
            lex.nouns[lemma] = [p.model_copy(update={"cameo": entry.cameo}) if entry.cameo else p.model_copy()
                                for p in lex.noun_frames[entry.frame]] + list(entry.also)


class _DuplicateKey(ValueError):
    def __init__(self, key: str):
        super().__init__(key)
        self.key = key


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict:
    """An object's keys, each once: JSON lets a key be written twice and keeps the later one,
    so a second "discuss" entry would silently replace the first (seen in verbs.json)."""
    out: dict = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKey(key)
        out[key] = value
    return out


def load_file(name: str, path: Path) -> BaseModel:
    """Validate one lexicon file against the schema `name` (a key of SCHEMAS)."""
    schema = SCHEMAS[name]
    file = f"ingest/data/{path.name}" if path.parent == DATA_DIR else str(path)
    try:
        raw: Any = json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=_unique_keys)
    except _DuplicateKey as exc:
        raise LexiconError(LexiconErrorCode.SCHEMA, file, exc.key,
                           "written twice in one object (JSON keeps only the later one); merge the two") from None
    except FileNotFoundError:
        raise LexiconError(LexiconErrorCode.UNREADABLE, file, "(file)", "no such file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise LexiconError(LexiconErrorCode.UNREADABLE, file, "(file)", f"not readable JSON: {exc}") from None
    try:
        model = schema.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        reason = "unknown key" if err["type"] == "extra_forbidden" else err["msg"]
        raise LexiconError(LexiconErrorCode.SCHEMA, file, _entry(err["loc"]), reason + more) from None
    if isinstance(model, VerbLexicon):
        _expand_frames(model, file)
        _check_relations(model, file)
    return model


@cache
def load(name: str) -> Any:
    """The validated lexicon `name` of ingest/data (cached)."""
    return load_file(name, DATA_DIR / f"{name}.json")


@cache
def raw(name: str) -> dict:
    """The lexicon `name` as the plain mapping the readers index, after validation."""
    model = load(name)
    data = json.loads((DATA_DIR / f"{name}.json").read_text(encoding="utf-8"))
    if isinstance(model, VerbLexicon):  # nouns that name a frame and verbs a frame lists, with its patterns
        for kind in ("nouns", "verbs"):
            data[kind] = {lemma: [p.model_dump(by_alias=True, exclude_defaults=True) for p in patterns]
                          for lemma, patterns in getattr(model, kind).items()}
    return data
