"""When to get help: urgent signs first, then (if asked) when to book an appointment."""

from __future__ import annotations

from typing import ClassVar

from skill.advice.models import Tier
from skill.dialog.conversation import Conversation
from skill.dialog.reply import Card
from skill.dialog.views import PlainAnswer, Said, View
from skill.night_screen import screens
from skill.session.views import Complete, Help


class _Plain(PlainAnswer):
    speaks_disclaimer: ClassVar[bool] = True
    remembered: ClassVar[bool] = True


class DoctorUrgent(_Plain):
    """Emergency signs, then same-day signs; offers the appointment advice."""

    kind: ClassVar[str] = "doctor"

    def render(self, talk: Conversation) -> Said:
        doctor = talk.content.doctor
        passages = (doctor.emergency, doctor.same_day, doctor.appointment)
        card = talk.card_text(
            "\n\n".join(p.card for p in passages),
            tuple(source for p in passages for source in p.sources),
        )
        tiers = ((Tier.EMERGENCY, doctor.emergency), (Tier.SAME_DAY, doctor.same_day))
        return Said(
            (doctor.emergency.speech, doctor.same_day.speech),
            "doctor.appointment_question",
            card=Card(talk.speech.text("card.title.doctor"), card),
            effects=(screens.triage(talk, tiers),),
        )

    def after_yes(self, talk: Conversation) -> View:
        return DoctorAppointment()

    def more(self, talk: Conversation) -> View | None:
        return DoctorUrgentMore()


class DoctorUrgentMore(_Plain):
    """The longer follow-up on the urgent signs; offers the appointment advice."""

    kind: ClassVar[str] = "doctor_more"

    def render(self, talk: Conversation) -> Said:
        doctor = talk.content.doctor
        passages = (doctor.emergency, doctor.same_day)
        spoken = tuple(p.more for p in passages if p.more is not None)
        card = talk.card_text(
            "\n\n".join(p.card for p in passages),
            tuple(source for p in passages for source in p.sources),
        )
        return Said(
            spoken,
            "doctor.appointment_question",
            card=Card(talk.speech.text("card.title.doctor"), card),
        )

    def after_yes(self, talk: Conversation) -> View:
        return DoctorAppointment()

    def more(self, talk: Conversation) -> View | None:
        return DoctorAppointment()


class DoctorAppointment(_Plain):
    """When to book an ordinary appointment."""

    kind: ClassVar[str] = "doctor_appointment"

    def render(self, talk: Conversation) -> Said:
        passage = talk.content.doctor.appointment
        question = None if passage.more is None else "more.question"
        return Said(
            (passage.speech,),
            question,
            card=talk.card(talk.speech.text("card.title.doctor"), passage),
            effects=(screens.triage(talk, ((Tier.APPOINTMENT, passage),)),),
        )

    def after_yes(self, talk: Conversation) -> View:
        return self.more(talk) or Help()

    def more(self, talk: Conversation) -> View | None:
        return None if talk.content.doctor.appointment.more is None else DoctorAppointmentMore()


class DoctorAppointmentMore(_Plain, Complete):
    """The longer follow-up on booking an appointment: the last of the doctor passages."""

    kind: ClassVar[str] = "doctor_appointment_more"

    def render(self, talk: Conversation) -> Said:
        passage = talk.content.doctor.appointment
        return Said(
            (passage.more or passage.speech,),
            card=talk.card(talk.speech.text("card.title.doctor"), passage),
        )


def _read_diary() -> View:
    """The diary's summary, read from storage when "yes" asks for it."""
    from skill.cramp_diary.actions import ReadDiary  # noqa: PLC0415 - the action needs Alexa

    return ReadDiary()


class DoctorVisit(_Plain):
    """ "What should I tell my doctor?", "what should I bring?": what to tell them and bring (the
    diary helps them see the pattern); then more, then the diary's summary."""

    kind: ClassVar[str] = "doctor_visit"

    def render(self, talk: Conversation) -> Said:
        passage = talk.content.doctor.visit
        title = talk.speech.text("card.title.doctor_visit")
        return Said((passage.speech,), "more.question", card=talk.card(title, passage))

    def after_yes(self, talk: Conversation) -> View:
        return DoctorVisitMore()

    def more(self, talk: Conversation) -> View | None:
        return DoctorVisitMore()


class DoctorVisitMore(_Plain):
    """What else to mention; offers the diary's summary."""

    kind: ClassVar[str] = "doctor_visit_more"

    def render(self, talk: Conversation) -> Said:
        passage = talk.content.doctor.visit
        title = talk.speech.text("card.title.doctor_visit")
        return Said(
            (passage.more or passage.speech,),
            "doctor.diary_question",
            card=talk.card(title, passage),
        )

    def after_yes(self, talk: Conversation) -> View:
        return _read_diary()

    def more(self, talk: Conversation) -> View | None:
        return None


class DoctorContact(_Plain):
    """ "Can you tell my doctor?": it can't contact anyone; the diary's summary can go along.
    "Yes" reads it; "tell me more" is what to tell the doctor."""

    kind: ClassVar[str] = "doctor_contact"

    def render(self, talk: Conversation) -> Said:
        passage = talk.content.doctor.contact
        title = talk.speech.text("card.title.doctor_visit")
        return Said((passage.speech,), "doctor.diary_question", card=talk.card(title, passage))

    def after_yes(self, talk: Conversation) -> View:
        return _read_diary()

    def more(self, talk: Conversation) -> View | None:
        return DoctorVisit()


class DiaryLimits(_Plain):
    """ "Does my diary show if it's serious?", "add a note", "log it as really bad": what the
    diary keeps (no notes, not how bad), that it can't tell whether something is serious, and
    an offer of the warning signs."""

    kind: ClassVar[str] = "diary_limits"

    def render(self, talk: Conversation) -> Said:
        passage = talk.content.doctor.diary
        title = talk.speech.text("card.title.diary_limits")
        return Said(
            (passage.speech,), "doctor.warning_signs_question", card=talk.card(title, passage)
        )

    def after_yes(self, talk: Conversation) -> View:
        return DoctorUrgent()

    def more(self, talk: Conversation) -> View | None:
        return DoctorUrgent()


VIEW_CLASSES: tuple[type[View], ...] = (
    DoctorUrgent,
    DoctorUrgentMore,
    DoctorAppointment,
    DoctorAppointmentMore,
    DoctorVisit,
    DoctorVisitMore,
    DoctorContact,
    DiaryLimits,
)
