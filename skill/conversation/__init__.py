"""The night-time dialog: what to say next, from the state a session carries. No Alexa imports."""

from skill.conversation.conversation import Conversation
from skill.conversation.reply import Card, Reply
from skill.conversation.state import DialogState
from skill.conversation.views import View, ViewKind

__all__ = ["Card", "Conversation", "DialogState", "Reply", "View", "ViewKind"]
