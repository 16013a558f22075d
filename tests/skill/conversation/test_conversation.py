from __future__ import annotations

from skill.advice.models import TopicId, Walk
from skill.conversation import Conversation, DialogState, Reply, View, ViewKind
from skill.speech.ssml import Pause

TALK = Conversation("en-US")
CONTENT = TALK.content
SPEECH = TALK.renderer.speech
CAUSES = CONTENT.walks[Walk.CAUSES]
STEPS = CONTENT.routine.steps


def _said(reply: Reply) -> str:
    return " ".join(s for s in reply.speech if isinstance(s, str))


def _at(view: View) -> DialogState:
    return DialogState(view=view, disclaimed=True)


def test_the_disclaimer_is_said_once_per_session() -> None:
    first = TALK.say(ViewKind.CAUSES, DialogState())
    assert CONTENT.disclaimer in first.speech
    assert first.state.disclaimed
    second = TALK.yes(first.state)
    assert CONTENT.disclaimer not in second.speech


def test_answers_lead_with_the_answer_and_questions_come_last() -> None:
    reply = TALK.say(ViewKind.CAUSES, DialogState())
    assert reply.speech[0] == CONTENT.causes.speech
    assert reply.speech[-1] == SPEECH.text("walk.start_question")
    assert reply.reprompt is not None


def test_yes_after_the_causes_overview_walks_the_causes_one_by_one() -> None:
    reply = TALK.yes(_at(View(ViewKind.CAUSES)))
    first = CONTENT.topics[CAUSES[0]]
    assert first.answer.speech in reply.speech
    assert reply.state.view == View(ViewKind.WALK, walk=Walk.CAUSES, position=0)
    assert reply.card is not None and reply.card.title == first.title


def test_next_and_previous_move_through_a_walk_and_stop_at_its_ends() -> None:
    state = _at(View(ViewKind.WALK, walk=Walk.CAUSES, position=0))
    forward = TALK.next(state)
    assert forward.state.view == View(ViewKind.WALK, walk=Walk.CAUSES, position=1)
    back = TALK.previous(forward.state)
    assert back.state.view == View(ViewKind.WALK, walk=Walk.CAUSES, position=0)
    assert TALK.previous(back.state).state.view == back.state.view
    last = _at(View(ViewKind.WALK, walk=Walk.CAUSES, position=len(CAUSES) - 1))
    assert TALK.next(last).state.view == View(ViewKind.WALK_END, walk=Walk.CAUSES)
    again = TALK.yes(TALK.next(last).state)
    assert again.state.view == View(ViewKind.WALK, walk=Walk.CAUSES, position=0)


def test_the_relief_walk_speaks_the_tips_of_a_cause_topic() -> None:
    relief = CONTENT.walks[Walk.RELIEF]
    index = relief.index(TopicId.DEHYDRATION)
    reply = TALK.next(_at(View(ViewKind.WALK, walk=Walk.RELIEF, position=index - 1)))
    tips = CONTENT.topics[TopicId.DEHYDRATION].tips
    assert tips is not None and tips.speech in reply.speech


def test_repeat_says_the_same_thing_again() -> None:
    reply = TALK.yes(_at(View(ViewKind.CAUSES)))
    assert TALK.repeat(reply.state).speech == reply.speech


def test_repeat_with_nothing_to_repeat_offers_help() -> None:
    reply = TALK.repeat(DialogState())
    assert reply.speech[0] == SPEECH.text("help.speech")


def test_tampered_state_gets_a_sane_default() -> None:
    state = TALK.state_from({"view": "walk:causes:999", "disclaimed": "true"})
    assert state == DialogState()
    assert TALK.state_from(["not", "a", "mapping"]) == DialogState()


def test_the_routine_goes_forward_and_back_with_counted_holds() -> None:
    start = TALK.stretch(DialogState())
    assert start.speech[0] == CONTENT.routine.intro
    assert any(isinstance(s, Pause) for s in start.speech)
    assert STEPS[0].instruction in start.speech
    second = TALK.yes(start.state)
    assert STEPS[1].instruction in second.speech
    assert CONTENT.routine.intro not in second.speech
    back = TALK.previous(second.state)
    assert back.state.view == View(ViewKind.ROUTINE, position=0)


def test_the_last_stretch_ends_with_the_outro_and_closes() -> None:
    last = TALK.next(_at(View(ViewKind.ROUTINE, position=len(STEPS) - 2)))
    assert last.speech[-1] == CONTENT.routine.outro
    assert last.ends_session


def test_pause_and_resume_hold_the_place_in_the_routine() -> None:
    paused = TALK.pause(_at(View(ViewKind.ROUTINE, position=2)))
    assert paused.state.view == View(ViewKind.PAUSED, position=2)
    assert not paused.ends_session
    resumed = TALK.resume(paused.state)
    assert resumed.state.view == View(ViewKind.ROUTINE, position=2)
    assert STEPS[2].instruction in resumed.speech
    assert TALK.yes(paused.state).state.view == View(ViewKind.ROUTINE, position=2)


def test_start_over_restarts_what_is_in_progress() -> None:
    assert TALK.start_over(_at(View(ViewKind.ROUTINE, position=3))).state.view == View(
        ViewKind.ROUTINE, position=0
    )
    walk = TALK.start_over(_at(View(ViewKind.WALK, walk=Walk.RELIEF, position=4)))
    assert walk.state.view == View(ViewKind.WALK, walk=Walk.RELIEF, position=0)
    assert TALK.start_over(DialogState()).state.view == View(ViewKind.LAUNCH)


def test_next_outside_a_list_says_there_is_none_and_asks() -> None:
    reply = TALK.next(_at(View(ViewKind.CRAMP_NOW)))
    assert reply.speech[0] == SPEECH.text("no_list.speech")
    assert not reply.ends_session


def test_a_topic_with_more_offers_it_and_yes_gives_it() -> None:
    topic_id, topic = next((t, v) for t, v in CONTENT.topics.items() if v.answer.more)
    answer = TALK.topic(DialogState(), topic_id, "words")
    assert answer.speech[-1] == SPEECH.text("topic.more_question")
    more = TALK.yes(answer.state)
    assert more.speech[0] == topic.answer.more


def test_an_unknown_topic_is_named_back_and_a_topic_is_asked_for() -> None:
    reply = TALK.topic(DialogState(), None, "  toenail   fungus " + "x" * 200)
    said = _said(reply)
    assert said.startswith(SPEECH.text("topic.unknown", heard="toenail fungus " + "x" * 45))
    assert reply.speech[-1] == SPEECH.text("topic.ask")
    assert not reply.ends_session


def test_a_topic_heard_as_characters_xml_cannot_hold_is_not_echoed() -> None:
    reply = TALK.topic(DialogState(), None, "\x00\x07\ud800 \ufffe")
    assert reply.speech == (SPEECH.text("topic.ask"),)


def test_no_topic_at_all_just_asks_which() -> None:
    reply = TALK.topic(DialogState(), None, None)
    assert reply.speech[-1] == SPEECH.text("topic.ask")
    assert reply.state.view == View(ViewKind.ASK_TOPIC)


def test_see_doctor_says_emergency_signs_first() -> None:
    reply = TALK.say(ViewKind.DOCTOR, DialogState())
    assert reply.speech[0] == CONTENT.doctor.emergency.speech
    assert reply.speech[1] == CONTENT.doctor.same_day.speech
    routine = TALK.yes(reply.state)
    assert routine.speech[0] == CONTENT.doctor.routine.speech


def test_cramp_now_is_a_one_shot_that_leads_with_the_action() -> None:
    reply = TALK.say(ViewKind.CRAMP_NOW, DialogState())
    assert reply.speech[0] == CONTENT.cramp_now.speech
    assert reply.ends_session
    assert reply.card is not None and "Sources" in reply.card.text


def test_goodbye_forgets_the_view() -> None:
    reply = TALK.say(ViewKind.GOODBYE, _at(View(ViewKind.CAUSES)))
    assert reply.ends_session
    assert reply.state.view is None
