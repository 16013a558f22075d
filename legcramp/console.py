"""``legcramp ask`` and ``legcramp chat``: talk to the real Lambda handler the way Alexa does."""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from legcramp.envelopes import EnvelopeFactory, Json
from legcramp.readable import readable_card, readable_speech
from legcramp.resolver import Resolver
from skill.builder import make_lambda_handler
from skill.settings import Settings, local_store

LambdaHandler = Callable[[dict[str, Any], Any], dict[str, Any]]
PROMPT = "you> "
# The console is one person at one machine: the same Alexa user on every run, so the local
# diary (SQLite in the user's data folder) remembers across runs.
CONSOLE_USER_ID = "amzn1.ask.account.legcramp-console"


@dataclass(frozen=True, slots=True)
class Exchange:
    """One request sent to the handler and the response it gave."""

    request: Json
    response: Json

    @property
    def ends_session(self) -> bool:
        """Whether Alexa would close the microphone after this response."""
        return self.response.get("response", {}).get("shouldEndSession") is not False


class ConsoleSession:
    """A device talking to the skill: resolves utterances offline, keeps the session going."""

    def __init__(self, locale: str, handler: LambdaHandler | None = None) -> None:
        self.factory = EnvelopeFactory(locale=locale, user_id=CONSOLE_USER_ID)
        self.resolver = Resolver.for_locale(locale)
        settings = Settings.from_env(default_store=local_store())
        settings = settings.replace(skill_id=self.factory.skill_id)
        self.handler = handler or make_lambda_handler(settings)

    def launch(self) -> Exchange:
        """Open the skill with no request: a LaunchRequest."""
        return self._send(self.factory.launch())

    def say(self, utterance: str) -> Exchange:
        """Send what the user said, as the IntentRequest the resolver makes of it."""
        return self._send(self.factory.resolved(self.resolver.resolve(utterance)))

    def _send(self, request: Json) -> Exchange:
        response = self.handler(request, None)
        self.factory.carry(response)
        return Exchange(request, response)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``ask`` and ``chat``."""
    ask = subparsers.add_parser("ask", help="one-shot: 'Alexa, ask leg cramp helper …'")
    ask.add_argument("utterance", nargs="?", default="", help="what you would say after the name")
    _common(ask)
    ask.set_defaults(func=run_ask)
    chat = subparsers.add_parser("chat", help="a multi-turn session, starting with a launch")
    chat.add_argument("--script", type=Path, help="read the user's lines from FILE")
    chat.add_argument("--speak", action="store_true", help="read answers aloud with espeak-ng")
    _common(chat)
    chat.set_defaults(func=run_chat)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--locale", default="en-US", help="request locale (default en-US)")
    parser.add_argument("--json", action="store_true", help="print {request, response} JSON")


def run_ask(args: argparse.Namespace) -> int:
    """``legcramp ask``."""
    session = ConsoleSession(args.locale)
    utterance = args.utterance.strip()
    exchange = session.say(utterance) if utterance else session.launch()
    _show(exchange, args.json, sys.stdout)
    return 0


def run_chat(args: argparse.Namespace) -> int:
    """``legcramp chat``: launch, then one turn per line until the input ends."""
    voice = _voice(args.speak)
    session = ConsoleSession(args.locale)
    interactive = args.script is None and sys.stdin.isatty()
    exchange = session.launch()
    _show(exchange, args.json, sys.stdout, voice)
    for line in _lines(args.script, interactive):
        exchange = session.say(line)
        _show(exchange, args.json, sys.stdout, voice)
        if exchange.ends_session and interactive:
            break
    return 0


def _lines(script: Path | None, interactive: bool) -> Iterator[str]:
    source: Iterable[str]
    if script is not None:
        source = script.read_text(encoding="utf-8").splitlines()
    elif interactive:
        source = _prompted()
    else:
        source = sys.stdin
    for raw in source:
        line = raw.strip()
        if line and not line.startswith("#"):
            yield line


def _prompted() -> Iterator[str]:
    while True:
        try:
            yield input(PROMPT)
        except EOFError:
            return


def _show(
    exchange: Exchange, as_json: bool, out: TextIO, voice: Callable[[str], None] | None = None
) -> None:
    if as_json:
        out.write(json.dumps({"request": exchange.request, "response": exchange.response}) + "\n")
        return
    request = exchange.request["request"]
    heard = request.get("intent", {}).get("name") or request["type"]
    body = exchange.response.get("response", {})
    speech = readable_speech(body)
    out.write(f"[{heard}]\nalexa> {speech}\n")
    card = readable_card(body)
    if card:
        out.write(f"card> {card}\n")
    if exchange.ends_session:
        out.write("(session ended)\n")
    out.write("\n")
    out.flush()
    if voice is not None and speech:
        voice(speech)


def _voice(wanted: bool) -> Callable[[str], None] | None:
    if not wanted:
        return None
    espeak = shutil.which("espeak-ng")
    if espeak is None:
        sys.stderr.write(
            "--speak: espeak-ng is not installed (apt-get install espeak-ng); "
            "answers are printed only.\n"
        )
        return None
    return lambda text: _speak_with(espeak, text)


def _speak_with(espeak: str, text: str) -> None:
    subprocess.run([espeak, "-s", "140", text], check=False, capture_output=True)
