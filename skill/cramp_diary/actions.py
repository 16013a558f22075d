"""The diary's actions after "yes": deleting the whole diary, and reading its summary."""

from __future__ import annotations

import logging
from typing import ClassVar

from ask_sdk_core.handler_input import HandlerInput

from skill.cramp_diary.views import Action as StoreAction
from skill.cramp_diary.views import DeletedAll, Unavailable
from skill.dialog.conversation import Conversation
from skill.dialog.views import PlainAnswer, Said, View
from skill.handling import Action
from skill.session.views import Complete
from skill.storage import NoStore, diary_access, owner_of

logger = logging.getLogger(__name__)


class EraseDiary(PlainAnswer, Complete, Action):
    """ "Yes" to deleting the whole diary: deleted in storage, then said."""

    kind: ClassVar[str] = "diary_erase"
    speaks_disclaimer: ClassVar[bool] = False
    remembered: ClassVar[bool] = False

    def perform(self, handler_input: HandlerInput) -> View:
        from skill.diary.store import StoreError  # noqa: PLC0415

        try:
            diary_access(handler_input).store().delete_all(owner_of(handler_input))
        except (StoreError, NoStore, ValueError) as error:
            level = logging.INFO if isinstance(error, NoStore) else logging.ERROR
            logger.log(level, "diary delete failed: %s", type(error).__name__)
            return Unavailable(StoreAction.DELETE)
        return DeletedAll()

    def render(self, talk: Conversation) -> Said:  # performed by ``answer``, never said itself
        return DeletedAll().render(talk)


class ReadDiary(PlainAnswer, Complete, Action):
    """ "Yes" to hearing the diary's summary (offered after "can you tell my doctor"): read from
    storage, then said as "read my diary" says it."""

    kind: ClassVar[str] = "diary_read"
    speaks_disclaimer: ClassVar[bool] = False
    remembered: ClassVar[bool] = False

    def perform(self, handler_input: HandlerInput) -> View:
        from skill.cramp_diary.handlers import DiarySummaryIntentHandler  # noqa: PLC0415

        return DiarySummaryIntentHandler().view(handler_input)

    def render(self, talk: Conversation) -> Said:  # performed by ``answer``, never said itself
        return Unavailable(StoreAction.READ).render(talk)
