"""The minimal ask-sdk-core skill with the stock ``ask-sdk-dynamodb-persistence-adapter``: the
yardstick for the diary's request latency, write rate and cold start.

It does what the stock adapter makes natural: the whole diary is one item per user (the
adapter's attributes), read and written whole. A LaunchRequest reads it (as our welcome reads the
diary), LogCrampIntent reads it, appends one entry and saves it, DiarySummaryIntent reads it and
counts. The table (partition key ``id``) is ``REFERENCE_TABLE``; boto3's environment variables
(``AWS_ENDPOINT_URL_DYNAMODB``, region, credentials) apply. Replies are inline on purpose: it is a
measuring stick, not a skill anyone talks to.
"""

import os
import time
from typing import Any

import boto3
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.skill_builder import CustomSkillBuilder
from ask_sdk_core.utils import is_intent_name, is_request_type
from ask_sdk_dynamodb.adapter import DynamoDbAdapter
from ask_sdk_model import Response

adapter = DynamoDbAdapter(
    table_name=os.environ.get("REFERENCE_TABLE", "reference-diary"),
    create_table=False,
    dynamodb_resource=boto3.resource("dynamodb"),
)
builder = CustomSkillBuilder(persistence_adapter=adapter)


@builder.request_handler(can_handle_func=is_request_type("LaunchRequest"))
def launch(handler_input: HandlerInput) -> Response:
    """Read the diary, say hello."""
    entries = handler_input.attributes_manager.persistent_attributes.get("entries", [])
    speech = f"Hello from the reference skill. {len(entries)} entries."
    return handler_input.response_builder.speak(speech).set_should_end_session(False).response


@builder.request_handler(can_handle_func=is_intent_name("LogCrampIntent"))
def log_cramp(handler_input: HandlerInput) -> Response:
    """Read the diary, append one entry, save it whole."""
    manager = handler_input.attributes_manager
    entries = manager.persistent_attributes.setdefault("entries", [])
    entries.append({"at": int(time.time()), "leg": "LEFT", "muscle": "CALF", "count": 1})
    manager.save_persistent_attributes()
    return handler_input.response_builder.speak("Logged.").set_should_end_session(True).response


@builder.request_handler(can_handle_func=is_intent_name("DiarySummaryIntent"))
def summary(handler_input: HandlerInput) -> Response:
    """Read the diary and count the last week's entries."""
    entries = handler_input.attributes_manager.persistent_attributes.get("entries", [])
    since = time.time() - 7 * 86400
    recent = sum(int(entry["count"]) for entry in entries if entry["at"] >= since)
    speech = f"{recent} cramps this week."
    return handler_input.response_builder.speak(speech).set_should_end_session(True).response


handler: Any = builder.lambda_handler()
