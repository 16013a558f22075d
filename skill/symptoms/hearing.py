"""Symptoms and situations heard in any request, and the triage rule they lead to.

Every intent that can carry symptom words (a cramp right now, a topic, a medicine question)
asks here first, so red-flag words are triaged the same way whatever else was asked.
"""

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput

from skill.advice.models import Situation, SymptomId, Tier, TriageRule, as_symptom_id
from skill.advice.triage import matching_rules
from skill.handling import conversation, dialog_state, heard, resolved
from skill.names import Slot

SYMPTOM_SLOTS = (Slot.SYMPTOM, Slot.SYMPTOM_TWO, Slot.SYMPTOM_THREE)
# Tiers that come before whatever else was asked: the person needs help today, or now.
URGENT = frozenset({Tier.EMERGENCY, Tier.SAME_DAY})


def heard_symptoms(handler_input: HandlerInput) -> frozenset[SymptomId]:
    """The symptoms this request's symptom slots resolved to."""
    found = (resolved(handler_input, slot, as_symptom_id) for slot in SYMPTOM_SLOTS)
    return frozenset(symptom for symptom in found if symptom is not None)


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
# "I'm on dialysis", then "can I take magnesium?"). A child is not carried over: the next
# question may well be the asker's own.
CARRIED = frozenset({Situation.PREGNANT, Situation.KIDNEY})


def said_before(handler_input: HandlerInput) -> frozenset[Situation]:
    """The carried situations said earlier in this session (kept in its dialog state)."""
    context = dialog_state(handler_input).context
    return frozenset(situation for situation in CARRIED if situation in context)


def situations_in_context(handler_input: HandlerInput) -> frozenset[Situation]:
    """This request's situation and the carried ones said earlier in the session."""
    return heard_situations(handler_input) | said_before(handler_input)


def triage_rule(
    handler_input: HandlerInput, situations: frozenset[Situation] = frozenset()
) -> TriageRule | None:
    """The most urgent rule for what this request heard; ``None`` when no symptom was heard."""
    symptoms = heard_symptoms(handler_input)
    given = situations | heard_situations(handler_input)
    if symptoms:  # "my calf is swollen", said after "I'm pregnant", is asked in pregnancy
        given |= said_before(handler_input)
    if not symptoms and not given:  # every rule names a symptom or a situation (the loader checks)
        return None
    rules = matching_rules(conversation(handler_input).content.triage, symptoms, given)
    return rules[0] if rules else None


def urgent_rule(
    handler_input: HandlerInput, situations: frozenset[Situation] = frozenset()
) -> TriageRule | None:
    """The rule to answer first, whatever was asked: only an emergency or a same-day one."""
    rule = triage_rule(handler_input, situations)
    return rule if rule is not None and rule.tier in URGENT else None
