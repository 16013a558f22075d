"""The raw advice data files: schema, locale overrides, and a content lint over what users hear.

These tests read the JSON directly (no loader), merge each locale override over ``en.json`` the
way the skill does (objects key by key, anything else replaces), fill the ``{placeholders}`` from
the merged ``values`` and then check every user-facing string. The lint helpers live here because
they are test code; each one is also fed known-bad sentences to prove it can fail.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from skill.advice.models import (
    CONDITIONS,
    SYMPTOM_IDS,
    TOPIC_IDS,
    Concern,
    Evidence,
    MedicineId,
    Muscle,
    Situation,
    Tier,
    TopicKind,
)
from skill.speech.catalog import speech_catalog

REPO_ROOT = Path(__file__).resolve().parents[3]
DATA_DIR = REPO_ROOT / "skill" / "advice" / "data"
# Each locale's values and disclaimer, in files of their own beside the content's.
VALUES_DIR = DATA_DIR / "values"
SCHEMA_DIR = REPO_ROOT / "legcramp" / "schemas"

BASE_LOCALE = "en"
OVERRIDE_LOCALES = tuple(
    sorted(
        {p.stem for folder in (DATA_DIR, VALUES_DIR) for p in folder.glob("*.json")} - {BASE_LOCALE}
    )
)
ALL_LOCALES = (BASE_LOCALE, *OVERRIDE_LOCALES)

# What each shipped locale must say for an emergency, and which painkiller names it uses.
EMERGENCY_NUMBERS = {
    "en": "nine one one",
    "en-GB": "nine nine nine",
    "en-AU": "triple zero",
    "en-IN": "one one two",
}
PAINKILLER_NAME = {
    "en": "acetaminophen",
    "en-GB": "paracetamol",
    "en-AU": "paracetamol",
    "en-IN": "paracetamol",
}

SPEECH_WORDS = 45
EMERGENCY_WORDS = 30
SAME_DAY_WORDS = 35
MORE_WORDS = 90
SENTENCE_WORDS = 25

CAUSE_TOPICS = (
    "DEHYDRATION",
    "MINERALS",
    "OVEREXERTION",
    "CIRCULATION",
    "MEDICATION",
    "NERVE_COMPRESSION",
)  # the six causes of the original brief
RELIEF_TOPICS = (
    "STRETCHING",
    "DEHYDRATION",
    "MINERALS",
    "WARM_BATH",
    "MASSAGE",
    "HEAT_COLD",
    "MEDICATION",
    "CIRCULATION",
)  # the eight relief steps, in speaking order
CRAMP_NOW_FIRST_WORDS = frozenset({"Straighten", "Stand", "Pull", "Flex", "Stretch"})
# How each muscle's passage must begin: that muscle's stretch, said first.
MUSCLE_FIRST_WORDS = {
    "CALF": r"Straighten your knee and gently pull your toes toward your shin\b",
    "FOOT": r"Pull your toes up and back toward your shin\b",
    "THIGH_FRONT": r"Bend your knee and gently bring your heel toward your buttock\b",
    "THIGH_BACK": r"Straighten your knee and pull your toes toward your face\b",
    "SHIN": r"Gently ease your foot and toes down, away from your shin\b",
    # Either side of the thigh: both stretches, briefly (a cramp there now is asked which first).
    "THIGH": r"For the front of your thigh, bend your knee and gently bring your heel toward",
}

PLACEHOLDER = re.compile(r"\{([a-z][a-z_]*)\}")


# ---------------------------------------------------------------------------------------------
# Loading and walking the data


def read_json(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def deep_merge(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    """Objects merge key by key; strings, numbers and lists replace."""
    merged = dict(base)
    for key, value in override.items():
        if isinstance(merged.get(key), Mapping) and isinstance(value, Mapping):
            merged[key] = deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


@cache
def raw(locale: str) -> dict[str, Any]:
    """One locale's own layer: its content file and its values file, either of which may be
    absent for an override locale."""
    found: dict[str, Any] = {}
    for folder in (DATA_DIR, VALUES_DIR):
        if (folder / f"{locale}.json").is_file():
            found = deep_merge(found, read_json(folder / f"{locale}.json"))
    return found


@cache
def merged(locale: str) -> dict[str, Any]:
    if locale == BASE_LOCALE:
        return raw(BASE_LOCALE)
    return deep_merge(raw(BASE_LOCALE), raw(locale))


def fill(text: str, values: Mapping[str, str]) -> str:
    """Substitute ``{name}`` placeholders; an unknown name raises ``KeyError``."""
    return PLACEHOLDER.sub(lambda m: values[m.group(1)], text)


def strings(node: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], str]]:
    """Every string leaf with its path (list indexes as strings)."""
    if isinstance(node, str):
        yield path, node
    elif isinstance(node, Mapping):
        for key, value in node.items():
            yield from strings(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from strings(value, (*path, str(index)))


def user_texts(content: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    """Every string a user can hear or read, placeholders filled: not ids, enums or URLs."""
    values = content["values"]
    for path, text in strings(content):
        if path[0] in {"values", "walks"} or path[-1] in {"url", "kind", "evidence"}:
            continue
        if path[0] != "sources" and "sources" in path:  # lists of source ids
            continue
        yield "/".join(path), fill(text, values)


def passages(content: Mapping[str, Any]) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """Every PASSAGE object with a readable name."""
    for key in ("causes", "relief", "cramp_now"):
        yield key, content[key]
    for key, passage in content["doctor"].items():
        yield f"doctor.{key}", passage
    for topic_id, topic in content["topics"].items():
        yield f"topics.{topic_id}.answer", topic["answer"]
        if "tips" in topic:
            yield f"topics.{topic_id}.tips", topic["tips"]
    for muscle, passage in content["muscles"].items():
        yield f"muscles.{muscle}", passage
    for medicine, passage in content["medicines"].items():
        yield f"medicines.{medicine}", passage
    yield from medicine_question_passages(content)
    for condition, passage in content["triage"]["conditions"].items():
        yield f"triage.conditions.{condition}", passage


def medicine_question_passages(
    content: Mapping[str, Any],
) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """The line after a cramp's stretch for each medicine, and each concern's answers."""
    questions = content["medicine_questions"]
    for medicine, passage in questions["after_stretch"].items():
        yield f"medicine_questions.after_stretch.{medicine}", passage
    for concern, answers in questions["concerns"].items():
        for medicine, passage in answers.items():
            yield f"medicine_questions.concerns.{concern}.{medicine}", passage


def spoken_texts(content: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    """Every string said aloud, placeholders filled."""
    values = content["values"]
    yield "disclaimer", fill(content["disclaimer"], values)
    for name, passage in passages(content):
        for field in ("speech", "more"):
            if field in passage:
                yield f"{name}.{field}", fill(passage[field], values)
    routine = content["routine"]
    yield "routine.intro", fill(routine["intro"], values)
    yield "routine.outro", fill(routine["outro"], values)
    for index, step in enumerate(routine["steps"]):
        yield f"routine.steps.{index}.instruction", fill(step["instruction"], values)
    for tier, advice in content["triage"]["tiers"].items():
        yield f"triage.tiers.{tier}.action", fill(advice["action"], values)
    for key, text in content["triage"]["meanwhile"].items():
        yield f"triage.meanwhile.{key}", fill(text, values)


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


def word_count(text: str) -> int:
    return len(text.split())


def longest_sentence(text: str) -> int:
    return max(word_count(s) for s in sentences(text))


# ---------------------------------------------------------------------------------------------
# Lint helpers: each returns the problems it finds, so a test can feed it bad text


BANNED = re.compile(r"\b(cure[sd]?|curing|diagnos\w*|guarantee[sd]?|guaranteeing)\b", re.IGNORECASE)
# "proven" only in a negative sense ("not proven", "unproven" never matches \bproven).
OVERCLAIM = re.compile(
    r"(?<!not )(?<!n't )(?<!never )(?<!not been )(?<!n't been )\bproven\b", re.IGNORECASE
)

QUININE = re.compile(r"\b(quinine|tonic water|qualaquin)\b", re.IGNORECASE)
# The only topics that may name quinine or tonic water, and only to warn against it.
QUININE_TOPICS = frozenset(
    {
        "QUININE",
        "PREGNANCY",
        "PREGNANCY_SUPPLEMENTS",
        "FOODS_AND_DRINKS",
        "CRAMP_TREATMENTS",
        "TREATMENTS",
    }
)
# Quinine someone has been prescribed: don't stop or change it on your own, ask for a review.
PRESCRIBED_QUININE = "medicine_questions/concerns/QUININE/"
# Frequent cramps in pregnancy (a triage answer): rules quinine out, as the pregnancy topic does.
PREGNANCY_TRIAGE = ("triage/meanwhile/pregnant_cramps", "triage/conditions/PREGNANCY_CRAMPS/")
NEGATION = re.compile(
    r"\b(do not|don't|not|never|no|isn't|aren't|won't|avoid|against)\b|n't\b", re.IGNORECASE
)
HARM = re.compile(
    r"\b(serious|harm\w*|danger\w*|risks?|side effects?|warn\w*|life-threatening|kidney|"
    r"bleeding|blood reactions?|severe|toxic|outweigh\w*)\b",
    re.IGNORECASE,
)
RECOMMEND_QUININE = re.compile(
    r"\b(try|take|drink|use|have|sip|keep)\b(?:\s+[\w'-]+){0,3}?\s+(quinine|tonic water)\b",
    re.IGNORECASE,
)
NEGATED_BEFORE = re.compile(
    r"\b(don't|do not|never|not|no need to|without|avoid)\b(?:\s+[\w'-]+){0,3}\s*$", re.IGNORECASE
)

STOP_VERB = (
    r"(?:stop(?:ping)?|quit(?:ting)?|com(?:e|ing) off|giv(?:e|ing) up|cut(?:ting)? out|"
    r"skip(?:ping)?|chang(?:e|ing)|reduc(?:e|ing)|lower(?:ing)?|halv(?:e|ing))"
)
MEDICINE_OBJECT = (
    r"(?:taking|using|medicines?|medications?|tablets?|pills?|inhalers?|statins?|diuretics?|"
    r"prescriptions?|drugs?|doses?|treatment|(?:blood )?thinners?|anticoagulants?|warfarin)"
)
STOP_MEDICINE = re.compile(
    rf"\b{STOP_VERB}\b(?:\s+[\w'-]+){{0,3}}?\s+{MEDICINE_OBJECT}\b", re.IGNORECASE
)
PRESCRIBER_DECIDES = re.compile(
    r"\b(if|unless|until|when)\s+(your\s+)?(doctor|gp|pharmacist|prescriber)\s+"
    r"(says|advises|tells you|suggests|recommends)\b",
    re.IGNORECASE,
)


def _normal(text: str) -> str:
    return text.replace("\u2019", "'")


def banned_words(text: str) -> list[str]:
    """Words a health product must not use: cure, diagnose, guaranteed, an unqualified "proven"."""
    text = _normal(text)
    return [m.group(0) for m in (*BANNED.finditer(text), *OVERCLAIM.finditer(text))]


def quinine_problems(text: str) -> list[str]:
    """Sentences that mention quinine or tonic water without a warning, or that recommend it."""
    problems = []
    for sentence in sentences(_normal(text)):
        if not QUININE.search(sentence):
            continue
        if not (NEGATION.search(sentence) or HARM.search(sentence)):
            problems.append(sentence)
            continue
        for match in RECOMMEND_QUININE.finditer(sentence):
            if not NEGATED_BEFORE.search(sentence[: match.start()]):
                problems.append(sentence)
                break
    return problems


def stop_medicine_problems(text: str) -> list[str]:
    """Sentences that tell someone to stop, skip or change a medicine without their prescriber.

    A stop phrase passes only when it is negated just before ("don't stop taking...") or the
    sentence leaves the decision to a professional ("...if your doctor advises it"). Naming a
    doctor somewhere else in the sentence is not enough: "stop your tablets and tell your
    doctor" is still advice to stop.
    """
    problems = []
    for sentence in sentences(_normal(text)):
        for match in STOP_MEDICINE.finditer(sentence):
            if NEGATED_BEFORE.search(sentence[: match.start()]):
                continue
            if PRESCRIBER_DECIDES.search(sentence):
                continue
            problems.append(sentence)
            break
    return problems


KEEP_TAKING_FIRST = re.compile(r"^(Don't|Do not|Never) stop or change\b", re.IGNORECASE)
ASK_PRESCRIBER = re.compile(r"\b(ask|talk to|check with)\b[^.;]*\b(doctor|gp|pharmacist)\b", re.I)


def medicine_first_sentence_problems(text: str) -> list[str]:
    """A medicine passage must open by saying: don't stop or change it on your own; ask first.

    The first sentence must begin "Don't stop or change", must hold a stop phrase that the
    negation covers (so ``stop_medicine_problems`` agrees), and must send the listener to a
    doctor or pharmacist. Returns the problems found with the first sentence.
    """
    first = sentences(_normal(text))[0]
    problems = []
    if not KEEP_TAKING_FIRST.search(first):
        problems.append(f"does not open with don't stop or change: {first}")
    if not STOP_MEDICINE.search(first) or stop_medicine_problems(first):
        problems.append(f"no negated stop phrase about a medicine: {first}")
    if not ASK_PRESCRIBER.search(first):
        problems.append(f"does not send the listener to a doctor or pharmacist: {first}")
    return problems


# ---------------------------------------------------------------------------------------------
# Schema


@cache
def schemas() -> tuple[dict[str, Any], dict[str, Any], Registry]:
    content = read_json(SCHEMA_DIR / "content.schema.json")
    override = read_json(SCHEMA_DIR / "content-override.schema.json")
    registry: Registry = Registry().with_resources(
        [(s["$id"], Resource.from_contents(s)) for s in (content, override)]
    )
    return content, override, registry


def schema_errors(schema: Mapping[str, Any], instance: Any) -> list[str]:
    _, _, registry = schemas()
    validator = Draft202012Validator(schema, registry=registry)
    return [
        f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}"
        for e in validator.iter_errors(instance)
    ]


def test_schemas_are_valid_draft_2020_12() -> None:
    content, override, _ = schemas()
    Draft202012Validator.check_schema(content)
    Draft202012Validator.check_schema(override)


def test_shipped_locales() -> None:
    assert (DATA_DIR / "en.json").is_file()
    assert set(ALL_LOCALES) == set(EMERGENCY_NUMBERS), (
        "every shipped locale needs its emergency number pinned in this test"
    )
    for locale in ALL_LOCALES:
        assert re.fullmatch(r"[a-z]{2}(-[A-Z]{2})?", locale), f"{locale}.json is not a locale tag"


@pytest.mark.parametrize("locale", ALL_LOCALES)
def test_merged_locale_matches_schema(locale: str) -> None:
    content_schema, _, _ = schemas()
    assert schema_errors(content_schema, merged(locale)) == []


@pytest.mark.parametrize("locale", OVERRIDE_LOCALES)
def test_override_matches_override_schema(locale: str) -> None:
    _, override_schema, _ = schemas()
    assert schema_errors(override_schema, raw(locale)) == []


def test_schema_refuses_what_it_should() -> None:
    content_schema, override_schema, _ = schemas()
    good = merged(BASE_LOCALE)
    missing_topic = deep_merge(good, {"topics": {}})
    missing_topic["topics"] = {k: v for k, v in good["topics"].items() if k != "SORENESS"}
    bad_cases = {
        "missing topic": missing_topic,
        "unknown topic": deep_merge(good, {"topics": {"CRAMPS": good["topics"]["AGING"]}}),
        "unknown key": deep_merge(good, {"causes": {"extra": "x" * 30}}),
        "http url": deep_merge(good, {"sources": {"nhs-leg-cramps": {"url": "http://nhs.uk/"}}}),
        "bad source id": deep_merge(
            good, {"sources": {"NHS_Leg": {"name": "NHS", "url": "https://a.b"}}}
        ),
        "no sources": deep_merge(good, {"causes": {"sources": []}}),
        "digits in speech": deep_merge(
            good, {"causes": {"speech": "Hold it for 30 seconds, gently."}}
        ),
        "markup in speech": deep_merge(
            good, {"relief": {"speech": "Stretch <break time='1s'/> now, gently."}}
        ),
        "question in speech": deep_merge(
            good, {"relief": {"speech": "Would you like to hear more about it?"}}
        ),
        "stray brace": deep_merge(good, {"disclaimer": "General information {not advice."}),
        "hold too long": deep_merge(
            good,
            {
                "routine": {
                    "steps": [
                        {
                            "name": "Calf",
                            "instruction": "Lean in gently against the wall.",
                            "hold_seconds": 90,
                        },
                    ]
                    * 4
                }
            },
        ),
        "too many steps": deep_merge(good, {"routine": {"steps": good["routine"]["steps"] * 2}}),
        "bad evidence": deep_merge(good, {"topics": {"AGING": {"evidence": "proven"}}}),
    }
    no_line = deep_merge(good, {})
    no_line["medicine_questions"] = {
        **good["medicine_questions"],
        "after_stretch": {
            k: v for k, v in good["medicine_questions"]["after_stretch"].items() if k != "STATIN"
        },
    }
    bad_cases["no statin line after a stretch"] = no_line
    no_answer = deep_merge(good, {})
    no_answer["medicine_questions"] = {
        **good["medicine_questions"],
        "concerns": {**good["medicine_questions"]["concerns"], "MASSAGE": {}},
    }
    bad_cases["a concern with no answer"] = no_answer
    for name, instance in bad_cases.items():
        assert schema_errors(content_schema, instance), f"schema accepted: {name}"
    assert schema_errors(override_schema, {"values": {"emergency_number": ""}})
    assert schema_errors(override_schema, {"topics": {"AGING": {"answer": {"voice": "x"}}}})
    assert schema_errors(override_schema, {}) != []


def test_schema_topic_ids_and_enums_match_the_models() -> None:
    content_schema, _, _ = schemas()
    defs = content_schema["$defs"]
    assert set(defs["topicId"]["enum"]) == set(TOPIC_IDS)
    assert set(defs["topics"]["required"]) == set(TOPIC_IDS)
    assert set(defs["topicShape"]["properties"]["kind"]["enum"]) == {k.value for k in TopicKind}
    assert set(defs["topicShape"]["properties"]["evidence"]["enum"]) == {e.value for e in Evidence}


def test_schema_ids_for_the_new_blocks_match_the_models() -> None:
    content_schema, _, _ = schemas()
    defs = content_schema["$defs"]
    assert set(defs["muscleId"]["enum"]) == set(defs["muscles"]["required"]) == set(Muscle)
    assert set(defs["medicineId"]["enum"]) == set(defs["medicines"]["required"]) == set(MedicineId)
    assert set(defs["symptomId"]["enum"]) == set(SYMPTOM_IDS)
    assert set(defs["situationId"]["enum"]) == set(Situation)
    assert defs["tierId"]["enum"] == [t.value for t in Tier]
    assert set(defs["conditionId"]["enum"]) == set(CONDITIONS)
    assert set(defs["concernId"]["enum"]) == set(Concern)
    questions = defs["medicineQuestions"]["properties"]
    assert set(questions["concerns"]["required"]) == set(Concern)
    assert set(questions["after_stretch"]["required"]) == set(MedicineId)


def test_schema_refuses_broken_new_blocks() -> None:
    content_schema, _, _ = schemas()
    good = merged(BASE_LOCALE)
    rule = good["triage"]["rules"][0]
    no_calf = deep_merge(good, {})
    no_calf["muscles"] = {k: v for k, v in good["muscles"].items() if k != "CALF"}
    bad_cases = {
        "no calf": no_calf,
        "unknown muscle": deep_merge(good, {"muscles": {"KNEE": good["muscles"]["CALF"]}}),
        "unknown medicine": deep_merge(
            good, {"medicines": {"QUININE": good["medicines"]["OTHER"]}}
        ),
        "unknown concern": deep_merge(
            good,
            {"medicine_questions": {"concerns": {"TONIC": {"OTHER": good["medicines"]["OTHER"]}}}},
        ),
        "unknown symptom": deep_merge(
            good, {"triage": {"rules": [{**rule, "symptoms": ["HEADACHE"]}]}}
        ),
        "rule without symptoms": deep_merge(
            good, {"triage": {"rules": [{**rule, "symptoms": []}]}}
        ),
        "unknown tier": deep_merge(good, {"triage": {"rules": [{**rule, "tier": "later"}]}}),
        "digits in an action": deep_merge(
            good, {"triage": {"tiers": {"emergency": {"action": "Call 911 now, please."}}}}
        ),
        "no self-care meanwhile": deep_merge(good, {}),
    }
    bad_cases["no self-care meanwhile"]["triage"] = {
        **good["triage"],
        "meanwhile": {k: v for k, v in good["triage"]["meanwhile"].items() if k != "self_care"},
    }
    for name, instance in bad_cases.items():
        assert schema_errors(content_schema, instance), f"schema accepted: {name}"


# ---------------------------------------------------------------------------------------------
# Overrides and placeholders


@pytest.mark.parametrize("locale", OVERRIDE_LOCALES)
def test_override_only_overrides_existing_keys(locale: str) -> None:
    """A typo in an override ("emergency_numbr") would otherwise be ignored silently."""
    base_paths: set[tuple[str, ...]] = set()
    for path, _ in strings(raw(BASE_LOCALE)):
        base_paths.update(path[:i] for i in range(1, len(path) + 1))

    def leaf_paths(node: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
        if isinstance(node, Mapping):
            for key, value in node.items():
                yield from leaf_paths(value, (*path, key))
        else:
            yield path

    unknown = [p for p in leaf_paths(raw(locale)) if p not in base_paths]
    assert unknown == []


@pytest.mark.parametrize("locale", ALL_LOCALES)
def test_every_placeholder_has_a_value(locale: str) -> None:
    content = merged(locale)
    values = content["values"]
    for path, text in strings(content):
        if path[0] == "values":
            assert "{" not in text and "}" not in text, f"values/{path[-1]} has a brace"
            continue
        for name in PLACEHOLDER.findall(text):
            assert name in values, f"{'/'.join(path)} uses {{{name}}}, missing from values"
        leftover = PLACEHOLDER.sub("", text)
        assert "{" not in leftover and "}" not in leftover, f"stray brace in {'/'.join(path)}"


@pytest.mark.parametrize("locale", ALL_LOCALES)
def test_locale_emergency_number_and_medicine_names(locale: str) -> None:
    content = merged(locale)
    values = content["values"]
    emergency = fill(content["doctor"]["emergency"]["speech"], values)
    assert emergency.startswith(f"Call {EMERGENCY_NUMBERS[locale]} now"), emergency
    assert "{urgent_care}" in content["doctor"]["same_day"]["speech"]
    everything = " ".join(text for _, text in user_texts(content)).lower()
    other = "paracetamol" if PAINKILLER_NAME[locale] == "acetaminophen" else "acetaminophen"
    assert PAINKILLER_NAME[locale] in everything
    assert other not in everything, f"{locale} mentions {other}"
    wrong_numbers = set(EMERGENCY_NUMBERS.values()) - {EMERGENCY_NUMBERS[locale]}
    for number in wrong_numbers:
        assert number not in everything, f"{locale} mentions another locale's {number}"


# Spellings that differ between American and British English. British spelling is used in the
# en-GB, en-AU and en-IN content; the base (en-US, en-CA) uses American. A word without a
# locale value is written so that both agree ("urine as dark as cola", not "cola-coloured").
AMERICAN = frozenset({
    "diarrhea", "estrogen", "estrogens", "hemodialysis", "ischemia", "color", "colored", "center",
    "pediatric", "anemia", "edema", "hemoglobin", "leukemia", "orthopedic", "recognize",
    "summarize", "organize", "aging", "fiber", "liter", "labor", "behavior", "favorite", "gray"
})  # fmt: skip
BRITISH = frozenset({
    "diarrhoea", "oestrogen", "oestrogens", "haemodialysis", "ischaemia", "colour", "coloured",
    "centre", "paediatric", "anaemia", "oedema", "haemoglobin", "leukaemia", "orthopaedic",
    "recognise", "summarise", "organise", "ageing", "fibre", "litre", "labour", "behaviour",
    "favourite", "grey"
})  # fmt: skip
BRITISH_SPELLING_LOCALES = ("en-AU", "en-GB", "en-IN")


@pytest.mark.parametrize("locale", ALL_LOCALES)
def test_each_locale_spells_as_its_readers_do(locale: str) -> None:
    # Found by a listener trial: "diarrhea" on an en-GB card. Source names are titles, kept as
    # published ("Age and Ageing", "a randomized trial").
    wrong = AMERICAN if locale in BRITISH_SPELLING_LOCALES else BRITISH
    speech = speech_catalog(locale if locale != BASE_LOCALE else "en-US")
    texts = [
        *(
            (path, text)
            for path, text in user_texts(merged(locale))
            if not path.startswith("sources")
        ),
        *(
            (key, speech.text(key, **dict.fromkeys(speech.placeholders(key), "")))
            for key in speech.keys
        ),
    ]
    found = [
        (path, word)
        for path, text in texts
        for word in re.findall(r"[a-z]+", text.lower())
        if word in wrong
    ]
    assert found == [], locale


def test_overrides_change_the_locale_values() -> None:
    base_values = raw(BASE_LOCALE)["values"]
    for locale in OVERRIDE_LOCALES:
        changed = {k for k, v in raw(locale).get("values", {}).items() if base_values[k] != v}
        assert {"emergency_number", "painkiller_examples"} <= changed, locale


# ---------------------------------------------------------------------------------------------
# Sources


@pytest.mark.parametrize("locale", ALL_LOCALES)
def test_every_passage_has_sources_that_exist(locale: str) -> None:
    content = merged(locale)
    known = set(content["sources"])
    referenced: dict[str, list[str]] = {}
    named = [
        *passages(content),
        ("routine", content["routine"]),
        *((f"triage.tiers.{t}", a) for t, a in content["triage"]["tiers"].items()),
    ]
    for name, passage in named:
        assert len(passage["sources"]) >= 1, f"{name} has no source"
        for source_id in passage["sources"]:
            assert source_id in known, f"{name} cites unknown source {source_id}"
            referenced.setdefault(source_id, []).append(name)
    unused = known - set(referenced)
    assert unused == set(), f"sources never cited: {sorted(unused)}"


def test_quinine_sources_back_only_the_topics_that_warn_about_it() -> None:
    content = merged(BASE_LOCALE)
    quinine_ids = {k for k, s in content["sources"].items() if QUININE.search(s["name"])}
    assert quinine_ids, "the quinine warning should cite its regulators"
    for name, passage in passages(content):
        if any(name.startswith(f"topics.{topic}.") for topic in QUININE_TOPICS):
            continue
        if name.startswith(PRESCRIBED_QUININE.replace("/", ".")):
            continue
        assert not quinine_ids & set(passage["sources"]), f"{name} cites a quinine source"


# ---------------------------------------------------------------------------------------------
# Content lint


@pytest.mark.parametrize("locale", ALL_LOCALES)
def test_no_cure_diagnose_guaranteed(locale: str) -> None:
    found = {path: banned_words(text) for path, text in user_texts(merged(locale))}
    assert {path: words for path, words in found.items() if words} == {}


@pytest.mark.parametrize("locale", ALL_LOCALES)
def test_quinine_only_in_its_topic_and_only_as_a_warning(locale: str) -> None:
    content = merged(locale)
    for path, text in user_texts(content):
        if path.startswith("sources/"):
            continue  # see test_quinine_sources_back_only_the_quinine_topic
        if any(path.startswith(f"topics/{topic}/") for topic in QUININE_TOPICS):
            if path != "topics/QUININE/title":  # a label, not a sentence
                assert quinine_problems(text) == [], path
        elif path.startswith((PRESCRIBED_QUININE, *PREGNANCY_TRIAGE)):
            assert quinine_problems(text) == [], path
        else:
            assert not QUININE.search(text), f"{path} mentions quinine"
    topic = content["topics"]["QUININE"]
    for field in ("speech", "more", "card"):
        text = _normal(fill(topic["answer"][field], content["values"]))
        if QUININE.search(text):
            assert re.search(r"\b(don't|do not|not recommended|never|avoid)\b", text, re.I), field
    first = sentences(_normal(topic["answer"]["speech"]))[0]
    assert re.match(r"(Don't|Do not|Never) (use|take)\b", first), first
    assert QUININE.search(first)


@pytest.mark.parametrize(
    "topic_id", ["PREGNANCY", "PREGNANCY_SUPPLEMENTS", "FOODS_AND_DRINKS", "CRAMP_TREATMENTS"]
)
def test_pregnancy_and_drinks_rule_out_quinine_in_their_speech(topic_id: str) -> None:
    answer = merged(BASE_LOCALE)["topics"][topic_id]["answer"]
    said = [s for s in sentences(_normal(answer["speech"])) if QUININE.search(s)]
    assert said, f"{topic_id} must rule out quinine or tonic water"
    for sentence in said:
        assert re.match(r"(Don't|Do not|Never) (use|take|drink)\b", sentence), sentence
    assert QUININE.search(answer["card"]) and quinine_problems(answer["card"]) == []


def test_quinine_lint_rejects_a_recommendation_and_allows_a_warning() -> None:
    assert quinine_problems("In pregnancy, tonic water can ease cramps.") != []
    assert quinine_problems("Pickle juice and tonic water are popular remedies.") != []
    assert quinine_problems("Don't take quinine or tonic water in pregnancy.") == []


@pytest.mark.parametrize("locale", ALL_LOCALES)
def test_never_advises_stopping_a_medicine(locale: str) -> None:
    found = {path: stop_medicine_problems(text) for path, text in user_texts(merged(locale))}
    assert {path: s for path, s in found.items() if s} == {}


def test_medication_topic_says_keep_taking_and_ask_for_a_review() -> None:
    content = merged(BASE_LOCALE)
    topic = content["topics"]["MEDICATION"]
    for passage in (topic["answer"], topic["tips"]):
        speech = passage["speech"].lower()
        assert "keep taking" in speech
        assert "pharmacist" in speech and "{doctor}" in speech
        assert "review" in speech
    answer = fill(topic["answer"]["speech"], content["values"]).lower()
    for named in ("water pills", "diuretics", "statins", "asthma inhalers"):
        assert named in answer, named


def test_lint_helpers_catch_bad_sentences() -> None:
    assert banned_words("Magnesium is a proven cure for cramps.") == ["cure", "proven"]
    assert banned_words("We can't diagnose you, and relief isn't guaranteed.") == [
        "diagnose",
        "guaranteed",
    ]
    assert banned_words("The link is unproven, and it's not proven either.") == []
    assert banned_words("Secure the covers accurately.") == []

    assert quinine_problems("A glass of tonic water at bedtime can help.") != []
    assert quinine_problems("Quinine works well for night cramps.") != []
    assert quinine_problems("Drink tonic water, it is not harmful.") != []
    assert quinine_problems("Don't use quinine or tonic water for cramps.") == []
    assert quinine_problems("Quinine can cause serious blood problems.") == []

    bad = [
        "Stop taking your water pills for a week and see if the cramps ease.",
        "Stop taking your water pills and tell your doctor.",
        "If cramps began with a new statin, stop your statin and tell your pharmacist.",
        "Try coming off the inhaler for a few nights.",
        "Cut out your blood pressure tablets at bedtime.",
        "It's fine. Skip your evening dose.",
    ]
    for sentence in bad:
        assert stop_medicine_problems(sentence) != [], sentence
    good = [
        "Keep taking your medicines, and don't stop any on your own.",
        "Don't stop taking your statin without talking to your doctor.",
        "Never change your dose on your own.",
        "Only stop a medicine if your doctor advises it.",
        "Stop if the stretch hurts, and rest.",
    ]
    for sentence in good:
        assert stop_medicine_problems(sentence) == [], sentence


@pytest.mark.parametrize("locale", ALL_LOCALES)
def test_every_medicine_passage_opens_with_do_not_stop_or_change(locale: str) -> None:
    content = merged(locale)
    assert set(content["medicines"]) == {m.value for m in MedicineId}
    for medicine, passage in content["medicines"].items():
        for field in ("speech", "card"):
            text = fill(passage[field], content["values"])
            assert medicine_first_sentence_problems(text) == [], f"{medicine}.{field}"


@pytest.mark.parametrize("locale", ALL_LOCALES)
def test_statin_passage_sends_muscle_pain_to_same_day_care_early(locale: str) -> None:
    content = merged(locale)
    values = content["values"]
    speech = _normal(fill(content["medicines"]["STATIN"]["speech"], values))
    opening = " ".join(sentences(speech)[:2])
    assert re.search(r"\bunexplained muscle pain\b", opening), opening
    assert re.search(r"\b(tenderness|weakness)\b", opening), opening
    assert f"contact {values['urgent_care']} today" in opening, opening
    for field in ("speech", "more", "card"):
        text = _normal(fill(content["medicines"]["STATIN"][field], values))
        for match in re.finditer(r"\bstop\w*", text, re.I):
            assert NEGATED_BEFORE.search(text[: match.start()]), f"STATIN.{field} says stop"


SENDS_TO_A_PROFESSIONAL = re.compile(
    r"\b(doctor|gp|pharmacist|prescriber|urgent care|nhs one one one|after-hours clinic|"
    r"hospital)\b",
    re.IGNORECASE,
)
DO_NOT_STOP_OR_CHANGE = re.compile(r"\bdon't stop or change\b", re.IGNORECASE)


def medicine_question_problems(text: str) -> list[str]:
    """An answer about something asked with a medicine: its first sentence says not to stop or
    change the medicine on your own (a negated stop phrase), and it sends the listener to a
    doctor, pharmacist or prescriber, or the same-day service, within its first two sentences."""
    said = sentences(_normal(text))
    first, opening = said[0], " ".join(said[:2])
    problems = []
    if not DO_NOT_STOP_OR_CHANGE.search(first):
        problems.append(f"first sentence does not say don't stop or change: {first}")
    if not STOP_MEDICINE.search(first) or stop_medicine_problems(text):
        problems.append(f"no negated stop phrase about a medicine, or one not negated: {first}")
    if not SENDS_TO_A_PROFESSIONAL.search(opening):
        problems.append(f"does not send the listener to a professional early: {opening}")
    return problems


@pytest.mark.parametrize("locale", ALL_LOCALES)
def test_every_medicine_question_says_do_not_stop_or_change_first(locale: str) -> None:
    content = merged(locale)
    problems = {
        f"{name}.{field}": medicine_question_problems(fill(passage[field], content["values"]))
        for name, passage in medicine_question_passages(content)
        for field in ("speech", "card")
    }
    assert {path: found for path, found in problems.items() if found} == {}


def test_medicine_question_lint_catches_a_bad_answer() -> None:
    bad = [
        "Ibuprofen is fine with a blood thinner. Don't stop or change your warfarin on your own.",
        "Don't stop or change it on your own; ask your GP.",
        "Don't stop or change your blood thinner on your own. Skip your tablets tonight.",
        "Don't stop or change your water pills on your own. Rest well. Drink water.",
    ]
    for text in bad:
        assert medicine_question_problems(text) != [], text
    good = "Don't stop or change your statin on your own. Contact NHS one one one today."
    assert medicine_question_problems(good) == []


def test_the_answers_to_the_listener_trial_questions_say_what_was_asked_first() -> None:
    questions = merged(BASE_LOCALE)["medicine_questions"]["concerns"]

    def first(concern: str, medicine: str) -> str:
        return sentences(_normal(questions[concern][medicine]["speech"]))[0]

    assert first("POTASSIUM", "BLOOD_PRESSURE").startswith(
        "Taking potassium with some blood pressure medicines can push your potassium too high"
    )
    assert "ACE inhibitors" in questions["POTASSIUM"]["BLOOD_PRESSURE"]["speech"]
    assert first("VITAMIN_K", "BLOOD_THINNER").startswith(
        "Don't take vitamin K two with a blood thinner unless your prescriber agrees"
    )
    assert re.search(
        r"\bask a pharmacist or \{doctor\} before taking a painkiller\b",
        first("PAINKILLER", "BLOOD_THINNER"),
    )
    assert first("EXTRA_DOSE", "OTHER").startswith(
        "If you took more than prescribed, don't stop or change doses yourself; call a pharmacist"
    )
    assert "Take nothing extra" in questions["EXTRA_DOSE"]["OTHER"]["speech"]
    assert "{urgent_care}" in first("EXTRA_DOSE", "OTHER")
    for answers in questions.values():
        for passage in answers.values():
            assert not re.search(r"\b(milligrams?|mg|micrograms?)\b", passage["speech"], re.I)


@pytest.mark.parametrize("locale", ALL_LOCALES)
def test_the_line_after_a_stretch_says_do_not_stop_or_change(locale: str) -> None:
    content = merged(locale)
    lines = content["medicine_questions"]["after_stretch"]
    assert set(lines) == {m.value for m in MedicineId}
    for medicine, passage in lines.items():
        speech = fill(passage["speech"], content["values"])
        assert DO_NOT_STOP_OR_CHANGE.search(sentences(_normal(speech))[0]), medicine
        assert SENDS_TO_A_PROFESSIONAL.search(speech), medicine
        assert not stop_medicine_problems(speech), medicine
        # It follows the stretch: it never starts a new stretch or a tier's action of its own.
        assert not re.match(r"(Straighten|Stand|Pull|Call)\b", speech), medicine


def test_medicine_lint_catches_a_bad_opening() -> None:
    bad = [
        "Ask your doctor about your statin. Don't stop it on your own.",
        "Stop or change your water pills if cramps are bad; ask your pharmacist.",
        "Don't stop or change your inhaler on your own.",
        "Inhalers are linked with cramps; don't stop or change yours, ask your doctor.",
    ]
    for text in bad:
        assert medicine_first_sentence_problems(text) != [], text
    good = "Don't stop or change your statin on your own; ask your GP or pharmacist. More."
    assert medicine_first_sentence_problems(good) == []


@pytest.mark.parametrize("locale", ALL_LOCALES)
def test_spoken_text_is_plain_and_digit_free(locale: str) -> None:
    for path, text in spoken_texts(merged(locale)):
        assert not re.search(r"[0-9<>&{}/%()*#@\[\]]", text), f"{path}: {text}"
        assert "?" not in text, f"{path} asks a question"
        assert not re.search(r"\bsay\b", text, re.I), f"{path} tells the user what to say"


@pytest.mark.parametrize("locale", ALL_LOCALES)
def test_user_text_has_no_markup(locale: str) -> None:
    for path, text in user_texts(merged(locale)):
        assert not re.search(r"[<>&]", text), path


# ---------------------------------------------------------------------------------------------
# Word budgets


@pytest.mark.parametrize("locale", ALL_LOCALES)
def test_word_budgets(locale: str) -> None:
    content = merged(locale)
    values = content["values"]
    over = []
    for name, passage in passages(content):
        limit = {"doctor.emergency": EMERGENCY_WORDS, "doctor.same_day": SAME_DAY_WORDS}.get(
            name, SPEECH_WORDS
        )
        speech = fill(passage["speech"], values)
        if word_count(speech) > limit:
            over.append(f"{name}.speech: {word_count(speech)} > {limit}")
        if "more" in passage and word_count(fill(passage["more"], values)) > MORE_WORDS:
            over.append(f"{name}.more: {word_count(fill(passage['more'], values))} > {MORE_WORDS}")
    routine = content["routine"]
    for key in ("intro", "outro"):
        if word_count(fill(routine[key], values)) > SPEECH_WORDS:
            over.append(f"routine.{key}")
    for index, step in enumerate(routine["steps"]):
        if word_count(fill(step["instruction"], values)) > SPEECH_WORDS:
            over.append(f"routine.steps.{index}")
    assert over == []


@pytest.mark.parametrize("locale", ALL_LOCALES)
def test_no_long_sentences_in_spoken_text(locale: str) -> None:
    long = {
        path: longest_sentence(text)
        for path, text in spoken_texts(merged(locale))
        if longest_sentence(text) > SENTENCE_WORDS
    }
    assert long == {}


def test_word_budget_helpers_count_what_is_heard() -> None:
    assert word_count("Call nine one one now.") == 5
    assert sentences("Stretch gently. Then rub it! Done") == [
        "Stretch gently.",
        "Then rub it!",
        "Done",
    ]
    assert longest_sentence("One two. " + "word " * 26) == 26


def test_disclaimer_is_one_short_sentence() -> None:
    for locale in ALL_LOCALES:
        content = merged(locale)
        text = fill(content["disclaimer"], content["values"])
        assert len(sentences(text)) == 1, text
        assert word_count(text) <= SENTENCE_WORDS
        assert "general information" in text and "not medical advice" in text


@pytest.mark.parametrize("locale", ALL_LOCALES)
def test_cards_are_two_to_five_sentences(locale: str) -> None:
    content = merged(locale)
    cards = [(name, p["card"]) for name, p in passages(content)]
    cards.append(("routine", content["routine"]["card"]))
    for name, card in cards:
        count = len(re.split(r"(?<=[.!?])\s+", fill(card, content["values"]).strip()))
        assert 2 <= count <= 5, f"{name} card has {count} sentences"
        assert "Sources:" not in card, f"{name} card lists its sources itself"


# ---------------------------------------------------------------------------------------------
# Structure of what is said


def test_cramp_now_starts_with_the_action() -> None:
    speech = merged(BASE_LOCALE)["cramp_now"]["speech"]
    first_word = speech.split()[0]
    assert first_word in CRAMP_NOW_FIRST_WORDS, first_word
    first_sentence = sentences(speech)[0].lower()
    assert "knee" in first_sentence and "toes" in first_sentence
    assert re.search(r"\bhold\b", speech, re.I), "cramp_now must say how long to hold"
    assert re.search(r"\bpoint\b", speech, re.I) is None or "don't point" in speech.lower()


def test_cramp_now_adds_one_short_line_for_the_foot_and_thigh() -> None:
    speech = merged(BASE_LOCALE)["cramp_now"]["speech"]
    said = sentences(speech)
    assert re.match(MUSCLE_FIRST_WORDS["CALF"], said[0]), said[0]
    others = [s for s in said if re.search(r"\b(foot|thigh)\b", s, re.I)]
    assert len(others) == 1, others
    assert re.search(r"\bfoot\b", others[0]) and re.search(r"\bthigh\b", others[0])
    assert word_count(others[0]) <= 15, others[0]


def test_every_muscle_has_a_passage_that_starts_with_its_stretch() -> None:
    muscles = merged(BASE_LOCALE)["muscles"]
    assert set(muscles) == {m.value for m in Muscle} == set(MUSCLE_FIRST_WORDS)
    for muscle, passage in muscles.items():
        assert re.match(MUSCLE_FIRST_WORDS[muscle], passage["speech"]), muscle
        assert re.search(r"\bhold\b", passage["speech"], re.I), f"{muscle} says how long to hold"
        assert "more" in passage and passage["card"] and passage["sources"], muscle
        for field in ("speech", "more", "card"):
            text = _normal(passage[field]).lower()
            for match in re.finditer(r"\bpoint(ing)? your toes\b", text):
                assert re.search(r"(don't|do not|never)( \w+){0,2} $", text[: match.start()]), (
                    f"{muscle}.{field} tells the listener to point their toes"
                )


def test_the_shin_stretch_goes_the_other_way_and_says_the_calf_goes_up() -> None:
    # The front of the shin is the one muscle stretched with the foot eased down; the calf is
    # stretched the other way, so the shin passage says so, and says to go gently.
    shin = merged(BASE_LOCALE)["muscles"]["SHIN"]
    for field in ("more", "card"):
        text = _normal(shin[field]).lower()
        assert "calf" in text and "opposite" in text, field
        assert re.search(r"pull your toes (up )?toward your shin", text), field
    assert re.search(r"\bgent(ly|le)\b", shin["speech"], re.I)


def test_an_opposite_way_always_says_opposite_to_what() -> None:
    # Found by a listener trial: "stretch that muscle the opposite way" left a half-asleep
    # listener asking "opposite to what?".
    for path, text in spoken_texts(merged(BASE_LOCALE)):
        for found in re.finditer(r"\bopposite (way|direction)\b(?P<rest>.{0,4})", text):
            assert found["rest"].startswith(" to "), (path, text)


def test_an_age_is_said_as_an_age_when_none_was_asked_about() -> None:
    # Found by a listener trial: "they're rare under eight" when no child's age had been said.
    for path, text in spoken_texts(merged(BASE_LOCALE)):
        for found in re.finditer(r"\bunder (eight|8)\b(?P<rest>.{0,10})", text):
            assert found["rest"].startswith(" years old"), (path, text)


def test_standing_stretches_say_hold_something_steady() -> None:
    content = merged(BASE_LOCALE)
    named = [
        ("cramp_now", content["cramp_now"]),
        *((f"muscles.{m}", p) for m, p in content["muscles"].items()),
    ]
    for name, passage in named:
        for field in ("speech", "more"):
            for sentence in sentences(passage.get(field, "")):
                if re.search(r"\b(stand|standing)\b", sentence, re.I):
                    assert re.search(r"\b(hold|holding)\b[^.]*\bsteady\b", sentence), (
                        f"{name}.{field}: {sentence}"
                    )


def test_aging_answers_is_it_normal_at_my_age() -> None:
    speech = _normal(merged(BASE_LOCALE)["topics"]["AGING"]["answer"]["speech"])
    first = sentences(speech)[0].lower()
    assert "common" in first and "older" in first
    assert re.search(r"(don't|do not) have to put up with", first), first


def test_new_topics_have_complete_answers() -> None:
    topics = merged(BASE_LOCALE)["topics"]
    for topic_id in (
        "CHILDREN",
        "DURATION",
        "FOODS_AND_DRINKS",
        "VITAMINS",
        "EXERCISE_CRAMPS",
        "CLAUDICATION",
        "NEUROPATHY",
        "HEALTH_CONDITIONS",
        "PICKLE_JUICE",
        "BANANAS",
        "CHILD_SUPPLEMENTS",
    ):
        answer = topics[topic_id]["answer"]
        assert {"speech", "more", "card", "sources"} <= set(answer), topic_id


@pytest.mark.parametrize(
    ("topic_id", "opening"),
    [
        ("PICKLE_JUICE", r"Pickle juice hasn't been tested for night cramps\b"),
        ("BANANAS", r"Bananas haven't been shown to prevent or ease night cramps\b"),
    ],
)
def test_each_home_remedy_opens_with_its_own_honest_answer(topic_id: str, opening: str) -> None:
    speech = _normal(merged(BASE_LOCALE)["topics"][topic_id]["answer"]["speech"])
    assert re.match(opening, sentences(speech)[0]), speech
    assert not QUININE.search(speech), "tonic water belongs to the drinks and quinine answers"


def test_supplement_questions_about_a_child_have_a_child_answer() -> None:
    topics = merged(BASE_LOCALE)["topics"]
    for topic_id in ("MINERALS", "VITAMINS"):
        assert topics[topic_id]["child"] == "CHILD_SUPPLEMENTS", topic_id
    speech = _normal(topics["CHILD_SUPPLEMENTS"]["answer"]["speech"])
    first = sentences(speech)[0]
    assert re.search(r"\bdon't give a child\b.*\bunless\b.*\{doctor\}", first, re.I), first
    assert not re.search(r"\b(milligrams?|mg|dose)\b", speech, re.I)  # never a dose


def test_supplement_questions_in_pregnancy_have_a_pregnancy_answer() -> None:
    topics = merged(BASE_LOCALE)["topics"]
    for topic_id in ("MINERALS", "VITAMINS"):
        assert topics[topic_id]["pregnant"] == "PREGNANCY_SUPPLEMENTS", topic_id
    speech = _normal(topics["PREGNANCY_SUPPLEMENTS"]["answer"]["speech"])
    first = sentences(speech)[0]
    assert re.search(r"^Check with your \{maternity_contact\} before taking\b", first), first
    assert re.search(r"\bNever take quinine\b", speech)
    assert not re.search(r"\b(milligrams?|mg|dose)\b", speech, re.I)  # never a dose


def test_vitamins_warn_about_k2_and_warfarin() -> None:
    speech = merged(BASE_LOCALE)["topics"]["VITAMINS"]["answer"]["speech"]
    assert re.search(r"\bNever take it with warfarin unless your prescriber agrees\b", speech)
    assert "K two" in speech


def test_claudication_and_neuropathy_send_to_a_doctor_first() -> None:
    topics = merged(BASE_LOCALE)["topics"]
    for topic_id in ("CLAUDICATION", "NEUROPATHY"):
        first = sentences(topics[topic_id]["answer"]["speech"])[0]
        assert first.startswith("See your {doctor}"), first


def test_walks_reach_the_six_causes_and_eight_relief_steps() -> None:
    content = merged(BASE_LOCALE)
    walks, topics = content["walks"], content["topics"]
    assert set(CAUSE_TOPICS) <= set(walks["causes"])
    cause_kind = [t for t, topic in topics.items() if topic["kind"] == "cause"]
    assert sorted(walks["causes"]) == sorted(cause_kind)
    assert tuple(walks["relief"]) == RELIEF_TOPICS


def test_cause_topics_in_the_relief_walk_have_tips() -> None:
    content = merged(BASE_LOCALE)
    topics = content["topics"]
    for walk in content["walks"].values():
        for topic_id in walk:
            if topics[topic_id]["kind"] == "cause" and topic_id in content["walks"]["relief"]:
                assert "tips" in topics[topic_id], f"{topic_id} is walked for relief without tips"
    for topic_id in ("DEHYDRATION", "MINERALS", "MEDICATION", "CIRCULATION"):
        assert "tips" in topics[topic_id]


def test_dehydration_and_minerals_are_honestly_weak() -> None:
    topics = merged(BASE_LOCALE)["topics"]
    for topic_id in ("DEHYDRATION", "MINERALS"):
        assert topics[topic_id]["evidence"] == "weak"
        speech = topics[topic_id]["answer"]["speech"]
        assert re.search(r"\b(weak|unproven|not proven)\b", speech, re.I), topic_id


def test_minerals_says_magnesium_is_no_better_than_placebo_in_older_adults() -> None:
    speech = merged(BASE_LOCALE)["topics"]["MINERALS"]["answer"]["speech"]
    assert re.search(
        r"magnesium\b[^.]*\bno better than (a )?placebo\b[^.]*\bolder adults", speech, re.I
    ), speech


def test_weak_topics_hedge_and_against_topics_negate() -> None:
    hedge = re.compile(
        r"\b(weak|unproven|mixed|untested|may|might|disagree|no trials|not tested|"
        r"hasn't been tested|haven't been tested|can't be ruled out)\b",
        re.IGNORECASE,
    )
    for topic_id, topic in merged(BASE_LOCALE)["topics"].items():
        speech = _normal(topic["answer"]["speech"])
        if topic["evidence"] == "weak":
            assert hedge.search(speech), f"{topic_id} is weak but its speech does not say so"
        if topic["evidence"] == "against":
            assert NEGATION.search(sentences(speech)[0]), topic_id


def test_circulation_tips_do_not_advise_raising_the_legs() -> None:
    tips = _normal(merged(BASE_LOCALE)["topics"]["CIRCULATION"]["tips"]["speech"]).lower()
    assert "ankle pumps" in tips and "walking" in tips
    assert re.search(r"raising your legs isn't", tips) and "artery disease" in tips


def test_painkillers_do_not_stop_a_cramp() -> None:
    speech = _normal(merged(BASE_LOCALE)["topics"]["PAINKILLERS"]["answer"]["speech"])
    assert re.match(r"Painkillers (won't|don't|do not|can't) stop a cramp", speech), speech
    assert "soreness" in speech


def test_doctor_advice_puts_the_red_flags_in_the_right_place() -> None:
    doctor = merged(BASE_LOCALE)["doctor"]
    emergency = doctor["emergency"]["speech"].lower()
    for sign in ("breathlessness", "chest pain", "cold", "pale", "numb"):
        assert sign in emergency, sign
    same_day = doctor["same_day"]["speech"].lower()
    for sign in ("swollen", "warm", "red", "clot", "ten minutes", "statin"):
        assert sign in same_day, sign
    appointment = doctor["appointment"]["speech"].lower()
    for sign in ("frequent", "sleep", "new medicine", "weakness", "numbness", "walking", "rest"):
        assert sign in appointment, sign
