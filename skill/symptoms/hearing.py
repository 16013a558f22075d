"""Symptoms and situations heard in any request, and the triage rule they lead to.

Every intent that can carry symptom words (a cramp right now, a topic, a medicine question)
asks here first, so red-flag words are triaged the same way whatever else was asked.
"""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name

from skill.advice.models import (
    Muscle,
    Situation,
    SymptomId,
    Symptoms,
    Tier,
    Topics,
    TriageRule,
    as_symptom_id,
)
from skill.advice.triage import matching_rules, rule_named
from skill.handling import conversation, dialog_state, heard, resolved
from skill.names import Intent, Slot

SYMPTOM_SLOTS = (Slot.SYMPTOM, Slot.SYMPTOM_TWO, Slot.SYMPTOM_THREE)
# Tiers that come before whatever else was asked: the person needs help today, or now.
URGENT = frozenset({Tier.EMERGENCY, Tier.SAME_DAY})
# A colour, coldness or warmth is a leg's warning sign only when it is said of the leg: "my
# bedroom is cold", "I have a cold", "the blue inhaler", "can she have a warm bath" are not.
# Outside a description of symptoms (SymptomIntent, whose samples are all about the leg), such a
# word counts only with a muscle named, a second sign of a leg losing its blood supply, a
# child, or a leg, foot or toe in the words heard for it ("my toes went blue").
COLOUR_SIGNS = frozenset({Symptoms.COLD, Symptoms.PALE, Symptoms.BLUE, Symptoms.WARM})
LIMB_SIGNS = frozenset(
    {
        Symptoms.NUMB,
        Symptoms.SUDDEN_NUMB,
        Symptoms.CANT_MOVE,
        Symptoms.CANT_BEAR_WEIGHT,
        Symptoms.SUDDEN_SEVERE_PAIN,
        Symptoms.WEAK,
    }
)
LIMB_WORDS = frozenset(
    {"leg", "legs", "foot", "feet", "toe", "toes", "calf", "calves", "ankle", "ankles", "shin"}
)
# Words that give a coldness to something other than the leg, on every intent, a description of
# symptoms too: a room or the weather ("it's freezing in my bedroom", "cold outside"), or the
# illness, said as "a cold" or "a bad cold" and nothing more ("a cold foot" is the leg's).
ELSEWHERE_WORDS = frozenset({"bedroom", "room", "house", "here", "outside", "weather"})
ILLNESS_WORDS = frozenset({"a", "cold", "bad", "head", "chest", "heavy", "nasty", "stinking"})


def heard_symptoms(handler_input: HandlerInput) -> frozenset[SymptomId]:
    """The symptoms this request's symptom slots resolved to (a colour or coldness only when
    said of the leg). A cramp happening now that "won't stop" is a cramp that won't ease, the
    long cramp's rule, not one leg's pain that doesn't pass like a cramp (a clot's); a cramp
    happening now that is "agony", and nothing else, is an ordinary cramp's pain."""
    found = _symptom_words(handler_input)
    symptoms = frozenset(found) - set_aside(found)
    cramping_now = is_intent_name(Intent.CRAMP_NOW)(handler_input)
    if Symptoms.PAIN_NOT_PASSING in symptoms and cramping_now:
        symptoms |= {Symptoms.LONG_CRAMP}  # "it won't stop": a cramp now that won't ease
    if cramping_now and symptoms == {Symptoms.SUDDEN_SEVERE_PAIN}:
        # "My shin has gone rock hard and it's agony": a cramp's own pain is sudden and severe;
        # only with another sign (cold, pale, numb …) is it a leg losing its blood supply.
        return frozenset()
    colours = symptoms & COLOUR_SIGNS
    if not colours or _said_of_the_leg(handler_input, symptoms, found):
        return symptoms
    return symptoms - colours


def set_aside(found: dict[SymptomId, str]) -> frozenset[SymptomId]:
    """The colours or coldness in ``found`` (symptom → words heard for it) said of something
    other than the leg: "a cold", "freezing in my bedroom" (see ``ELSEWHERE_WORDS``)."""
    return frozenset(
        symptom
        for symptom in found.keys() & COLOUR_SIGNS
        if _of_something_else(found[symptom].lower().split())
    )


def _of_something_else(words: list[str]) -> bool:
    if not words or not LIMB_WORDS.isdisjoint(words):
        return False
    illness = words[0] == "a" and ILLNESS_WORDS.issuperset(words)
    return illness or not ELSEWHERE_WORDS.isdisjoint(words)


def only_set_aside(handler_input: HandlerInput) -> bool:
    """Whether every symptom heard was a coldness or colour of something other than the leg
    ("I have a cold and my legs cramp at night")."""
    found = _symptom_words(handler_input)
    return bool(found) and set_aside(found) == found.keys()


def _symptom_words(handler_input: HandlerInput) -> dict[SymptomId, str]:
    """Each symptom the symptom slots resolved to, and the words heard for it."""
    found: dict[SymptomId, str] = {}
    for slot in SYMPTOM_SLOTS:
        symptom = resolved(handler_input, slot, as_symptom_id)
        if symptom is not None:
            found[symptom] = heard(handler_input, slot).words or ""
    return found


def _said_of_the_leg(
    handler_input: HandlerInput, symptoms: frozenset[SymptomId], words: dict[SymptomId, str]
) -> bool:
    """Whether the colour or coldness heard is the leg's (see ``COLOUR_SIGNS``)."""
    return (
        is_intent_name(Intent.SYMPTOM)(handler_input)
        or len(symptoms & COLOUR_SIGNS) > 1
        or bool(symptoms & LIMB_SIGNS)
        or resolved(handler_input, Slot.MUSCLE, Muscle) is not None
        or Situation.CHILD in heard_situations(handler_input)
        or any(
            not LIMB_WORDS.isdisjoint(words[symptom].lower().split())
            for symptom in symptoms & COLOUR_SIGNS
        )
    )


def unresolved_symptom_words(handler_input: HandlerInput) -> bool:
    """Whether a symptom slot heard words that did not resolve to one of our symptoms."""
    return any(
        heard(handler_input, slot).words and heard(handler_input, slot).id is None
        for slot in SYMPTOM_SLOTS
    )


def heard_situations(handler_input: HandlerInput) -> frozenset[Situation]:
    """The situation slot, if this request has one and it resolved."""
    situation = resolved(handler_input, Slot.SITUATION, Situation)
    return frozenset() if situation is None else frozenset({situation})


# What someone says about themselves that holds for the rest of the session ("I'm pregnant",
# "I'm on dialysis", then "can I take magnesium?"; "I'm on atorvastatin", then "my legs ache
# all day" is a statin's unexplained muscle pain, same day). A child is not carried over: the
# next question may well be the asker's own.
CARRIED = frozenset({Situation.PREGNANT, Situation.KIDNEY, Situation.STATIN})


def said_before(handler_input: HandlerInput) -> frozenset[Situation]:
    """The carried situations said earlier in this session (kept in its dialog state)."""
    context = dialog_state(handler_input).context
    return frozenset(situation for situation in CARRIED if situation in context)


# Topics that are about a child: after them, "her" or "him" is that child.
CHILD_TOPICS = frozenset(
    {
        Topics.CHILDREN,
        Topics.CHILD_SUPPLEMENTS,
        Topics.TEENAGERS,
        Topics.CHILD_RELIEF,
        Topics.CHILD_DOCTOR,
    }
)


def someone_is_a_child(handler_input: HandlerInput) -> bool:
    """Whether "her" or "him" said in this request ("what can I do for her?", "when should I
    take him to the doctor?") is a child talked about earlier in the session (see
    ``child_talked_about``). Only a pronoun heard in the ``someone`` slot counts: "when should I
    see a doctor" after the children's answer may be the asker's own question."""
    if heard(handler_input, Slot.SOMEONE).words is None:
        return False
    return child_talked_about(handler_input)


def child_talked_about(handler_input: HandlerInput) -> bool:
    """Whether the session is talking about a child: a child said with an earlier question, or
    an answer just heard about a child (the children's topics, a child's cramp or triage)."""
    state = dialog_state(handler_input)
    if Situation.CHILD in state.context:
        return True
    view = state.view
    rule = getattr(view, "rule", None)
    if isinstance(rule, str):
        found = rule_named(conversation(handler_input).content.triage, rule)
        return found is not None and Situation.CHILD in found.situations
    return getattr(view, "topic", None) in CHILD_TOPICS or getattr(view, "child", False) is True


def situations_in_context(handler_input: HandlerInput) -> frozenset[Situation]:
    """This request's situation and the carried ones said earlier in the session."""
    return heard_situations(handler_input) | said_before(handler_input)


def triage_rule(
    handler_input: HandlerInput,
    situations: frozenset[Situation] = frozenset(),
    described: frozenset[SymptomId] = frozenset(),
) -> TriageRule | None:
    """The most urgent rule for what this request heard (and the symptoms ``described`` by the
    topic asked about); ``None`` when no symptom was heard."""
    symptoms = heard_symptoms(handler_input) | described
    given = situations | heard_situations(handler_input)
    if symptoms:  # "my calf is swollen", said after "I'm pregnant", is asked in pregnancy
        given |= said_before(handler_input)
    if not symptoms and not given:  # every rule names a symptom or a situation (the loader checks)
        return None
    rules = matching_rules(conversation(handler_input).content.triage, symptoms, given)
    return rules[0] if rules else None


def urgent_rule(
    handler_input: HandlerInput,
    situations: frozenset[Situation] = frozenset(),
    described: frozenset[SymptomId] = frozenset(),
) -> TriageRule | None:
    """The rule to answer first, whatever was asked: only an emergency or a same-day one."""
    rule = triage_rule(handler_input, situations, described)
    return rule if rule is not None and rule.tier in URGENT else None
