"""What the diary can't do, and the doctor it helps, by voice through the real Lambda handler on
both real stores: the skill can't contact a doctor but reads the diary's summary on "yes"; a
follow-up the diary can't keep ("log it as really bad") adds no second entry; the diary never
says whether something is serious; what to tell the doctor comes without the emergency line,
unless a red flag is said with it."""

from __future__ import annotations

from voice_support import DiaryKit, builtin, custom, owner

from skill.advice.catalog import load_content
from skill.speech.catalog import speech_catalog
from tests.support.listener import first_sentence

SPEECH = speech_catalog("en-US")
CONTENT = load_content("en-US")
LOG, YES = "LogCrampIntent", "AMAZON.YesIntent"
VISIT, CONTACT, LIMITS = "DoctorVisitIntent", "ContactDoctorIntent", "DiaryLimitsIntent"
LEFT, CALF = custom("left", "LEFT"), custom("calf", "CALF")


def test_asked_to_tell_the_doctor_it_says_it_cant_and_yes_reads_the_diary(kit: DiaryKit) -> None:
    alice = kit.device()
    alice.say(LOG, leg=LEFT, muscle=CALF, when=builtin("2025-03-09"))
    said = alice.speaks("could you let my doctor know about these cramps")
    assert first_sentence(said) == first_sentence(CONTENT.doctor.contact.speech)
    assert said.endswith(SPEECH.text("doctor.diary_question"))
    assert not alice.ended
    summary = alice.say(YES)
    assert summary.startswith("In the last 7 nights you logged a cramp"), summary
    assert alice.card is not None and alice.card["title"] == SPEECH.text("diary.card.title")
    assert len(kit.store().list(owner())) == 1  # reading logs nothing


def test_a_severity_after_a_log_adds_no_second_entry_and_says_the_diary_cant_keep_it(
    kit: DiaryKit,
) -> None:
    alice = kit.device()
    alice.say(LOG, leg=LEFT, muscle=CALF, when=builtin("2025-03-09"))
    said = alice.speaks("put it down as a really bad one")
    assert first_sentence(said) == first_sentence(CONTENT.doctor.diary.speech), said
    assert "how bad" in first_sentence(said)
    assert len(kit.store().list(owner())) == 1


def test_the_diary_never_says_whether_it_is_serious_and_offers_the_warning_signs(
    kit: DiaryKit,
) -> None:
    alice = kit.device()
    alice.say(LOG, leg=LEFT, muscle=CALF, when=builtin("2025-03-09"))
    said = alice.speaks("can my cramp diary tell me if this is something serious")
    assert "can't tell whether something is serious" in first_sentence(said), said
    assert "you logged" not in said  # no count read out as if it answered the question
    assert said.endswith(SPEECH.text("doctor.warning_signs_question"))
    assert first_sentence(alice.say(YES)) == first_sentence(CONTENT.doctor.emergency.speech)


def test_a_note_is_not_kept_and_nothing_is_logged(kit: DiaryKit) -> None:
    alice = kit.device()
    said = alice.speaks("make a note in my diary that I had my water tablets this morning")
    assert first_sentence(said) == first_sentence(CONTENT.doctor.diary.speech), said
    assert "notes" in first_sentence(said)
    assert kit.store().list(owner()) == ()


def test_what_to_tell_the_doctor_leads_with_it_not_the_emergency_number(kit: DiaryKit) -> None:
    alice = kit.device()
    said = alice.speaks("what do I need to say to the doctor about these cramps")
    assert first_sentence(said) == first_sentence(CONTENT.doctor.visit.speech), said
    assert "nine one one" not in said
    more = alice.say("AMAZON.MoreIntent")
    assert more.startswith(CONTENT.doctor.visit.more or "")
    assert more.endswith(SPEECH.text("doctor.diary_question"))


def test_what_to_tell_the_doctor_with_a_red_flag_is_triaged_first(kit: DiaryKit) -> None:
    alice = kit.device()
    swollen, red = custom("swollen", "SWOLLEN"), custom("red", "RED")
    said = alice.say(VISIT, symptom=swollen, symptomTwo=red, muscle=CALF)
    assert said.startswith("Contact your doctor or an urgent care clinic today."), said
    said = alice.say(CONTACT, symptom=custom("short of breath", "BREATHLESS"))
    assert said.startswith("Call nine one one now"), said


def test_asked_to_email_the_diary_to_the_gp_it_says_it_cant_and_logs_nothing(
    kit: DiaryKit,
) -> None:
    """Listener trial 7 (#133): a request to send the diary read the summary out as if sent;
    it can't send anything, and the summary's card can be shown at the appointment (9.11)."""
    alice = kit.device()
    alice.say(LOG, leg=LEFT, muscle=CALF, when=builtin("2025-03-09"))
    said = alice.speaks("could you email my cramp diary to my gp")
    assert first_sentence(said) == first_sentence(CONTENT.doctor.contact.speech), said
    assert "card" in said and "you logged" not in said
    assert len(kit.store().list(owner())) == 1


def test_which_leg_cramps_most_is_the_summary_naming_the_leg(kit: DiaryKit) -> None:
    """Listener trial 7 (#132): "which leg cramps more often" says which leg was logged most."""
    alice = kit.device()
    right = custom("right", "RIGHT")
    alice.say(LOG, leg=right, muscle=CALF, when=builtin("2025-03-09"))
    alice.say(LOG, leg=right, muscle=CALF, when=builtin("2025-03-08"))
    alice.say(LOG, leg=LEFT, muscle=CALF, when=builtin("2025-03-07"))
    said = alice.speaks("which leg cramps more often")
    assert "Mostly your right leg" in said, said
    assert len(kit.store().list(owner())) == 3
