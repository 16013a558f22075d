"""When to get help: urgent signs first, then (if asked) when to book an appointment."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from skill.advice.models import Tier
from skill.dialog.conversation import Conversation
from skill.dialog.reply import Card
from skill.dialog.views import PlainAnswer, Said, View
from skill.night_screen import screens
from skill.session.views import Complete, Help


@dataclass(frozen=True)
class _Plain(PlainAnswer):
    speaks_disclaimer: ClassVar[bool] = True
    remembered: ClassVar[bool] = True


@dataclass(frozen=True)
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


@dataclass(frozen=True)
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


@dataclass(frozen=True)
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


@dataclass(frozen=True)
class DoctorAppointmentMore(_Plain, Complete):
    """The longer follow-up on booking an appointment: the last of the doctor passages."""

    kind: ClassVar[str] = "doctor_appointment_more"

    def render(self, talk: Conversation) -> Said:
        passage = talk.content.doctor.appointment
        return Said(
            (passage.more or passage.speech,),
            card=talk.card(talk.speech.text("card.title.doctor"), passage),
        )


VIEW_CLASSES: tuple[type[View], ...] = (
    DoctorUrgent,
    DoctorUrgentMore,
    DoctorAppointment,
    DoctorAppointmentMore,
)
