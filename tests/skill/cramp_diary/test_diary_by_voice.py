"""The diary by voice, through the real Lambda handler on both real stores: log, summary, delete
last, delete all with a yes, SkillDisabled, retention, users and people kept apart, concurrent
writers, bad input, and a failing store that still gives the advice."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from voice_support import DiaryKit, FakeClock, builtin, custom, owner

from skill.advice.catalog import load_content
from skill.advice.models import Muscle, Topics
from skill.diary.entries import Leg, new_entry
from skill.speech.catalog import speech_catalog
from tests.support.listener import first_sentence

SPEECH = speech_catalog("en-US")
CONTENT = load_content("en-US")
LOG, SUMMARY, DELETE = "LogCrampIntent", "DiarySummaryIntent", "DeleteDiaryIntent"
YES, NO = "AMAZON.YesIntent", "AMAZON.NoIntent"
LEFT, RIGHT = custom("left", "LEFT"), custom("right", "RIGHT")
CALF, FOOT = custom("calf", "CALF"), custom("foot", "FOOT")
LAST, ALL = custom("my last entry", "LAST"), custom("my diary", "ALL")


def cramps(count: int) -> str:
    key = "diary.what.one" if count == 1 else "diary.what.many"
    return SPEECH.text(key, count=count)


def test_a_logged_cramp_is_confirmed_and_counted_by_the_summary(kit: DiaryKit) -> None:
    alice = kit.device()
    said = alice.say(LOG, leg=LEFT, muscle=CALF, when=builtin("2025-03-09"))
    assert said.startswith("Logged in your diary: a cramp in your left calf, last night")
    assert alice.ended  # one short sentence; no question, the leg was given

    said = alice.say(
        LOG, count=builtin("2"), when=builtin("2025-03-09"), leg=RIGHT, muscle=FOOT,
        duration=builtin("PT5M"),
    )  # fmt: skip
    assert "2 cramps in your right foot, last night, lasting about 5 minutes" in said

    summary = alice.say(SUMMARY)
    assert summary.startswith(SPEECH.text("diary.summary.one_night", span="In the last 7 nights",
                                          what=cramps(3)))  # fmt: skip
    assert SPEECH.text("diary.summary.longest", amount="about 5 minutes") in summary
    assert SPEECH.text("diary.summary.last", when="last night") in summary
    assert alice.card is not None
    assert alice.card["title"] == SPEECH.text("diary.card.title")
    assert "Cramps: 3, on 1 of 7 nights" in alice.card["content"]
    assert "Longest cramp: about 5 minutes" in alice.card["content"]


def test_a_cramp_happening_now_gets_the_stretch_before_the_log(kit: DiaryKit) -> None:
    alice = kit.device()
    said = alice.say(LOG, muscle=CALF)
    assert said.startswith(CONTENT.muscles[next(iter(CONTENT.muscles))].speech.split(".")[0])
    logged = "Logged in your diary: a cramp in your calf, just now."
    assert f"{logged} {SPEECH.text('more.question')}" in said
    assert len(kit.store().list(owner())) == 1


def test_after_the_stretch_and_the_log_more_is_the_rest_of_the_stretch(kit: DiaryKit) -> None:
    """Found by listener trial 6 (conversation 2): the session ended after the stretch, so
    "what else" could not reach the towel stretch and the fall caution."""
    alice = kit.device()
    alice.say(LOG, muscle=CALF)
    assert not alice.ended
    more = alice.say("AMAZON.MoreIntent")
    assert more.startswith(CONTENT.muscles[Muscle.CALF].more or "")
    assert "towel" in more
    assert len(kit.store().list(owner())) == 1  # nothing logged again
    alice.say(LOG, leg=LEFT, muscle=CALF, when=builtin("2025-03-09"))
    assert alice.ended  # a cramp logged for last night: no stretch, so nothing more to offer


def test_which_leg_is_asked_once_and_the_answer_goes_on_the_same_entry(kit: DiaryKit) -> None:
    alice = kit.device()
    said = alice.say(LOG, when=builtin("2025-03-09"))
    assert said.endswith(SPEECH.text("diary.which_leg.question"))
    assert not alice.ended

    said = alice.speaks("the right one")

    assert said == SPEECH.text("diary.leg_added", leg=SPEECH.text("diary.your_leg.RIGHT"))
    (entry,) = kit.store().list(owner())
    assert entry.leg is Leg.RIGHT


@pytest.mark.parametrize("words", ["it's only ever the right one", "my left leg", "the left one"])
def test_a_leg_named_with_no_question_before_it_logs_nothing(kit: DiaryKit, words: str) -> None:
    """Listener trials: "it's only ever the right one", said of where the cramps come, was
    logged as a cramp just now. Out of the "Which leg?" question, a leg alone is someone who may
    be cramping now: the stretch, and nothing stored."""
    alice = kit.device()
    said = alice.speaks(words)
    assert first_sentence(said) == first_sentence(CONTENT.cramp_now.speech), said
    assert "diary" not in said.lower()
    assert kit.store().list(owner()) == ()


def test_delete_last_removes_only_the_entry_logged_last(kit: DiaryKit) -> None:
    alice = kit.device()
    alice.say(LOG, when=builtin("2025-03-08"), leg=LEFT)
    kit.clock.advance(timedelta(minutes=1))
    alice.say(LOG, when=builtin("2025-03-09"), leg=RIGHT)

    said = alice.say(DELETE, scope=LAST)

    assert said == SPEECH.text("diary.deleted.last", what=cramps(1), when="last night")
    (left,) = kit.store().list(owner())
    assert left.leg is Leg.LEFT


def test_delete_all_asks_first_and_yes_deletes_it_in_storage(kit: DiaryKit) -> None:
    alice = kit.device()
    for day in ("2025-03-07", "2025-03-08", "2025-03-09"):
        alice.say(LOG, when=builtin(day), leg=LEFT)

    said = alice.say(DELETE, scope=ALL)
    assert said.endswith(SPEECH.text("diary.delete.confirm"))
    assert not alice.ended
    assert len(kit.store().list(owner())) == 3  # nothing gone before the yes

    assert alice.say(YES) == SPEECH.text("diary.deleted.all")
    assert kit.store().list(owner()) == ()
    assert alice.say(SUMMARY) == SPEECH.text("diary.empty")


def test_no_to_delete_all_keeps_the_diary(kit: DiaryKit) -> None:
    alice = kit.device()
    alice.say(LOG, when=builtin("2025-03-09"), leg=LEFT)
    alice.say(DELETE, scope=ALL)
    alice.say(NO)
    assert len(kit.store().list(owner())) == 1


def test_delete_without_saying_what_asks_which(kit: DiaryKit) -> None:
    alice = kit.device()
    assert alice.say(DELETE) == SPEECH.text("diary.delete.ask_scope")
    assert not alice.ended


def test_skill_disabled_deletes_every_diary_of_that_user(kit: DiaryKit) -> None:
    for person in (None, "ME", "PARTNER"):
        kit.device(person=person).say(LOG, when=builtin("2025-03-09"), leg=LEFT)
    kit.device(user="BOB").say(LOG, when=builtin("2025-03-09"), leg=RIGHT)
    alice = kit.device()

    response = alice.send(alice.factory.skill_disabled())

    assert "outputSpeech" not in response["response"]
    for person in (None, "ME", "PARTNER"):
        assert kit.store().list(owner(person=person)) == ()
    assert len(kit.store().list(owner("BOB"))) == 1


def test_entries_past_retention_are_gone(kit: DiaryKit, clock: FakeClock) -> None:
    kit.retention_days = 30
    alice = kit.device()
    alice.say(LOG, when=builtin("2025-03-09"), leg=LEFT)
    clock.advance(timedelta(days=29))
    assert kit.device().say(SUMMARY) != SPEECH.text("diary.empty")

    clock.advance(timedelta(days=2))

    assert kit.device().say(SUMMARY) == SPEECH.text("diary.empty")


def test_two_users_are_kept_apart(kit: DiaryKit) -> None:
    kit.device("ALICE").say(LOG, when=builtin("2025-03-09"), leg=LEFT)
    bob = kit.device("BOB")
    assert bob.say(SUMMARY) == SPEECH.text("diary.empty")
    assert bob.say(DELETE, scope=LAST) == SPEECH.text("diary.empty")
    assert len(kit.store().list(owner("ALICE"))) == 1


def test_two_people_on_one_device_are_kept_apart(kit: DiaryKit) -> None:
    me, partner = kit.device(person="ME"), kit.device(person="PARTNER")
    me.say(LOG, when=builtin("2025-03-09"), leg=LEFT)
    me.say(LOG, when=builtin("2025-03-08"), leg=LEFT)
    partner.say(LOG, when=builtin("2025-03-09"), leg=RIGHT)

    assert cramps(2) in me.say(SUMMARY)
    assert cramps(1) in partner.say(SUMMARY)
    partner.say(DELETE, scope=ALL)
    partner.say(YES)
    assert len(kit.store().list(owner(person="ME"))) == 2
    assert kit.store().list(owner(person="PARTNER")) == ()


def test_twenty_concurrent_writers_keep_twenty_entries(kit: DiaryKit) -> None:
    devices = [kit.device() for _ in range(20)]  # twenty warm containers, one user

    def log(index: int) -> str:
        return devices[index].say(LOG, when=builtin("2025-03-09"), leg=LEFT)

    with ThreadPoolExecutor(max_workers=20) as pool:
        said = list(pool.map(log, range(20)))

    assert all(words.startswith("Logged in your diary") for words in said)
    assert len(kit.store().list(owner())) == 20
    assert (
        kit.device()
        .say(SUMMARY)
        .startswith(
            SPEECH.text("diary.summary.one_night", span="In the last 7 nights", what=cramps(20))
        )
    )


def test_a_failing_store_still_gives_the_advice_and_says_so(kit: DiaryKit) -> None:
    broken = kit.device(broken=True)
    said = broken.say(LOG, muscle=FOOT)
    assert said.startswith(CONTENT.muscles[next(m for m in CONTENT.muscles if m == "FOOT")].speech)
    assert said.endswith(SPEECH.text("diary.unavailable.save"))
    assert broken.say(SUMMARY) == SPEECH.text("diary.unavailable.read")
    assert broken.say(DELETE, scope=LAST) == SPEECH.text("diary.unavailable.delete")
    assert broken.launch().startswith(SPEECH.text("launch.speech"))
    assert broken.say("CrampNowIntent").startswith(CONTENT.cramp_now.speech)


@pytest.mark.parametrize(
    ("slots", "key"),
    [
        ({"duration": builtin("PT5H")}, "diary.refused.duration.too_long"),
        ({"when": builtin("2025-03-12")}, "diary.refused.when.in_future"),
        ({"count": builtin("40"), "when": builtin("2025-03-09")}, "diary.refused.count.too_many"),
        ({"count": builtin("0"), "when": builtin("2025-03-09")}, "diary.refused.count.too_few"),
        ({"when": builtin("?")}, "diary.refused.when.unclear"),
        ({"duration": builtin("PT?M")}, "diary.refused.duration.unclear"),
        ({"time": builtin("25:99")}, "diary.refused.when.unclear"),
    ],
)
def test_bad_input_gets_a_clear_answer_and_nothing_stored(
    kit: DiaryKit, slots: dict[str, object], key: str
) -> None:
    alice = kit.device()
    said = alice.say(LOG, leg=LEFT, **slots)  # type: ignore[arg-type]
    assert said.endswith(SPEECH.text(key))
    assert kit.store().list(owner()) == ()


@pytest.mark.parametrize(("duration", "stored"), [("PT12M", 1), ("PT2H", 0)])
def test_a_cramp_that_has_lasted_over_ten_minutes_just_now_gets_same_day_help_first(
    kit: DiaryKit, duration: str, stored: int
) -> None:
    # "my cramp's lasted twelve minutes now": no time said, so it may still be going on.
    alice = kit.device()
    said = alice.say(LOG, duration=builtin(duration))
    assert said.startswith(CONTENT.triage.tiers["same_day"].action)  # type: ignore[index]
    assert CONTENT.triage.conditions["LONG_CRAMP"].speech in said  # type: ignore[index]
    assert alice.ended  # no "which leg?" after same-day advice
    assert len(kit.store().list(owner())) == stored


def test_a_long_cramp_logged_for_last_night_is_just_logged(kit: DiaryKit) -> None:
    alice = kit.device()
    said = alice.say(LOG, duration=builtin("PT20M"), when=builtin("2025-03-09"), leg=LEFT)
    assert said.startswith("Logged in your diary")


def test_an_unknown_leg_is_left_out_and_asked_for(kit: DiaryKit) -> None:
    alice = kit.device()
    said = alice.say(LOG, leg=custom("middle", None), when=builtin("2025-03-09"))
    assert "Logged in your diary: a cramp, last night." in said
    assert said.endswith(SPEECH.text("diary.which_leg.question"))
    (entry,) = kit.store().list(owner())
    assert entry.leg is None


def test_the_doctor_nudge_is_said_once_without_nagging(kit: DiaryKit, clock: FakeClock) -> None:
    store = kit.store()
    for night in range(1, 22):  # a cramp at 3 am every night for three weeks
        moment = clock() - timedelta(days=night) + timedelta(hours=18)
        store.add(owner(), new_entry(now=moment, when=moment, leg="LEFT"))
    alice = kit.device()

    first = alice.say(SUMMARY)
    second = kit.device().say(SUMMARY)

    assert SPEECH.text("diary.nudge.weekly_for_weeks") in first
    assert not any(SPEECH.text(k) in second for k in SPEECH.keys if k.startswith("diary.nudge."))
    assert alice.card is not None and "Sources:" in alice.card["content"]


def test_the_welcome_is_the_same_with_or_without_a_diary(kit: DiaryKit) -> None:
    # The welcome never reads the diary: on Lambda that read would load boto3 at every cold start.
    before = kit.device().launch()
    kit.device().say(LOG, when=builtin("2025-03-08"), leg=LEFT)
    assert kit.device().launch() == before
    assert before.startswith(SPEECH.text("launch.speech") + " " + CONTENT.disclaimer[:10])


# ---------------------------------------------------------------------------------------------
# Found by a listener trial: words that were logged as cramps the person never meant to log


@pytest.mark.parametrize(
    ("words", "answer"),
    [
        ("am I just dehydrated", CONTENT.topics[Topics.DEHYDRATION].answer.speech),
        (
            "my calf is still sore from a cramp yesterday",
            CONTENT.topics[Topics.SORENESS].answer.speech,
        ),
        ("both my legs are cramping", CONTENT.cramp_now.speech),
        ("I have cramps in both legs", CONTENT.cramp_now.speech),
        ("charley horse!", CONTENT.cramp_now.speech),
        # A third listener trial: these were logged as cramps in the diary.
        ("my legs are both cramping", CONTENT.cramp_now.speech),
        ("I had a cramp last night, is that normal?", CONTENT.causes.speech),
        ("I get cramps in my left leg", CONTENT.causes.speech),
        # A sixth listener trial: a past cramp named by its day was logged.
        ("i had a cramp on monday is that normal", CONTENT.causes.speech),
        # Listener trial 7: logged as "a cramp, just now" and answered with the stretch.
        ("is there a cure for night cramps", CONTENT.topics[Topics.TREATMENTS].answer.speech),
    ],
)
def test_a_question_or_a_cramp_now_is_answered_and_nothing_is_logged(
    kit: DiaryKit, words: str, answer: str
) -> None:
    alice = kit.device()
    said = alice.speaks(words)
    assert first_sentence(said) == first_sentence(answer), said
    assert "diary" not in said.lower()
    assert kit.store().list(owner()) == ()


@pytest.mark.parametrize(
    "words",
    [
        "which leg cramps most",
        "which leg do I get cramps in most",
        "what leg do I usually get cramps in",
        # Listener trial 9: heard as logging a cramp that lasted a week (and same-day advice).
        "whats my cramp count for the last seven days",
        # Listener trial 13 #82: logged a cramp "just now" (a count of one).
        "whens the last time i had one",
        "how long ago did i last log a cramp",  # trial 17 #83, logged a cramp
        "what day was it i last wrote down a cramp",  # trial 18 #83 and #84, both logged
        "go through my cramp log for me",
    ],
)
def test_which_leg_cramps_most_is_the_summary_with_the_usual_leg(kit: DiaryKit, words: str) -> None:
    alice = kit.device()
    for day in ("2025-03-07", "2025-03-08", "2025-03-09"):
        alice.say(LOG, when=builtin(day), leg=RIGHT)
    alice.say(LOG, when=builtin("2025-03-09"), leg=LEFT)
    said = alice.speaks(words)
    assert said.startswith(SPEECH.text("diary.summary.count", span="In the last 7 nights",
                                       what=cramps(4), nights=3)), said  # fmt: skip
    assert f"Mostly {SPEECH.text('diary.your_leg.RIGHT')}" in said
    assert len(kit.store().list(owner())) == 4  # asking logs nothing


# ---------------------------------------------------------------------------------------------
# Found by a listener trial: "this month" was said as "the last 29 nights"


@pytest.mark.parametrize(
    ("period", "span", "before"),
    [
        ("2025-W11", "This week", "the same number of nights before"),
        ("2025-03", "This month", "the same number of nights before"),
        ("2025-W10", "Last week", "the week before"),
        ("2025-02", "In February", "the same number of nights before"),
        ("2025-03-09", "On the night of Sunday, March 9,", "the night before"),
        ("2025", "This year", "the same number of nights before"),
    ],
)
def test_a_named_period_is_said_as_it_was_asked_for(
    kit: DiaryKit, clock: FakeClock, period: str, span: str, before: str
) -> None:
    clock.advance(timedelta(days=2))  # Wednesday 12 March: tonight is Tuesday the 11th's night
    alice = kit.device()
    for night in ("2025-02-03", "2025-02-20", "2025-03-04", "2025-03-09", "2025-03-11"):
        alice.say(LOG, when=builtin(night), leg=LEFT)
    said = alice.say(SUMMARY, period=builtin(period))
    assert said.startswith(f"{span} you logged "), said
    assert before in said
    assert "the last" not in said and "1 nights" not in said  # not "the last 11 nights"


def test_a_cramp_recorded_with_its_length_and_muscle_is_logged_with_both(kit: DiaryKit) -> None:
    """Found by listener trial 6 (#123): "record a cramp about five minutes in my foot" got the
    foot stretch and nothing was logged."""
    alice = kit.device()
    said = alice.speaks("record a cramp about five minutes in my foot")
    assert said.startswith("Logged in your diary: a cramp in your foot, just now, lasting about 5")
    entries = kit.store().list(owner())
    assert [(entry.muscle, entry.duration_seconds) for entry in entries] == [("FOOT", 300)]


# ---------------------------------------------------------------------------------------------
# Listener trial 8: "an hour ago" is when, not how long; one cramp is one entry


@pytest.mark.parametrize(
    ("words", "back"),
    [
        ("i had a really bad cramp in my right foot about an hour ago please record it", 1),
        ("log a cramp from two hours ago", 2),
    ],
)
def test_a_cramp_some_hours_ago_is_logged_then_with_no_long_cramp_advice(
    kit: DiaryKit, words: str, back: int
) -> None:
    """Trial 8 #97: "about an hour ago" was heard as lasting an hour (same-day advice, 3600 s
    stored at now); "two hours ago" was refused as too long and not saved at all."""
    alice = kit.device()
    said = alice.speaks(words)
    assert said.startswith("Logged in your diary: a cramp"), said
    assert "Contact" not in said and "ten minutes" not in said and "lasting" not in said
    (entry,) = kit.store().list(owner())
    assert entry.when == kit.clock.now - timedelta(hours=back)
    assert entry.duration_seconds is None
    summary = alice.say(SUMMARY)
    assert SPEECH.text("diary.nudge.long_cramp") not in summary


def test_a_leg_said_straight_after_log_a_cramp_goes_on_that_entry(kit: DiaryKit) -> None:
    """Trial 8 C7: "log a cramp" then "right calf" wrote two entries for one cramp."""
    alice = kit.device()
    alice.speaks("log a cramp")
    assert not alice.ended  # the stretch came first, with its "more"
    said = alice.say(LOG, leg=RIGHT, muscle=CALF)
    assert said == SPEECH.text("diary.leg_added", leg=SPEECH.text("diary.your_leg.RIGHT"))
    (entry,) = kit.store().list(owner())
    assert (entry.leg, entry.muscle) == (Leg.RIGHT, "CALF")


def test_another_muscle_straight_after_a_logged_cramp_is_a_cramp_of_its_own(
    kit: DiaryKit,
) -> None:
    alice = kit.device()
    alice.say(LOG, muscle=FOOT)
    said = alice.say(LOG, leg=RIGHT, muscle=CALF)
    assert said.startswith(first_sentence(CONTENT.muscles[Muscle.CALF].speech)), said
    assert len(kit.store().list(owner())) == 2


def test_how_long_it_lasted_said_just_after_logging_goes_on_that_entry(kit: DiaryKit) -> None:
    """Trial 8 #104: "record that the cramp lasted about five minutes", a minute after logging
    one, added a third entry; within a few minutes it is that cramp's length."""
    alice = kit.device()
    alice.speaks("i had a really bad cramp in my right foot about an hour ago please record it")
    kit.clock.advance(timedelta(minutes=1))
    said = kit.device().speaks("record that the cramp lasted about five minutes")
    assert said == SPEECH.text("diary.length_added", amount="about 5 minutes")
    (entry,) = kit.store().list(owner())
    assert (entry.leg, entry.duration_seconds) == (Leg.RIGHT, 300)

    kit.clock.advance(timedelta(minutes=30))  # later on, a length alone is a new cramp
    said = kit.device().speaks("record that the cramp lasted about five minutes")
    assert "Logged in your diary" in said
    assert len(kit.store().list(owner())) == 2


def test_the_past_fortnight_is_the_last_fourteen_nights(kit: DiaryKit) -> None:
    """Trial 8 #98: "the past fortnight" was not heard as a period, so the answer was the last
    7 nights."""
    alice = kit.device()
    alice.say(LOG, leg=LEFT, when=builtin("2025-03-01"))
    alice.say(LOG, leg=LEFT, when=builtin("2025-03-08"))
    said = alice.speaks("how many cramps did i log in the past fortnight")
    assert said.startswith(SPEECH.text("diary.summary.count", span="In the last 14 nights",
                                       what=cramps(2), nights=2)), said  # fmt: skip
    said = alice.say(SUMMARY)
    assert said.startswith(SPEECH.text("diary.summary.one_night", span="In the last 7 nights",
                                       what=cramps(1))), said  # fmt: skip


def test_last_night_at_two_am_is_the_small_hours_of_this_morning(kit: DiaryKit) -> None:
    """A cramp "last night at two am", said on Monday morning: Alexa hears "last night" as
    Sunday's date, and two am of Sunday was the night before last. It was this morning."""
    alice = kit.device()
    yesterday = (kit.clock.now - timedelta(days=1)).date().isoformat()
    said = alice.say(LOG, leg=LEFT, muscle=CALF, when=builtin(yesterday), time=builtin("02:00"))
    assert said.startswith("Logged in your diary: a cramp in your left calf, last night"), said
    (entry,) = kit.store().list(owner())
    assert entry.when == kit.clock.now.replace(hour=2)
    alice.say(LOG, leg=LEFT, muscle=CALF, when=builtin(yesterday), time=builtin("23:00"))
    eleven = min(entry.when for entry in kit.store().list(owner()))
    assert eleven == kit.clock.now - timedelta(hours=10)  # eleven pm is still the evening before


def test_take_off_the_last_cramp_deletes_it_and_logs_nothing(kit: DiaryKit) -> None:
    """Listener trial 18 #85: "take off the last cramp I recorded" added an entry."""
    alice = kit.device()
    alice.say(LOG, leg=LEFT, muscle=CALF, when=builtin("2025-03-09"))
    kit.clock.advance(timedelta(minutes=1))
    said = alice.speaks("take off the last cramp i recorded")
    assert said == SPEECH.text("diary.deleted.last", what=cramps(1), when="last night"), said
    assert kit.store().list(owner()) == ()
