"""Run inside a bare interpreter (``python -I -S lambda_invoker.py``): call a Lambda handler.

Standard library only: it must work where nothing but the unpacked zip and the standard library
is on ``sys.path``. The parent writes one JSON job to standard input::

    {"code_dirs": [...], "events": [...], "rounds": 0, "allowed_write_dirs": [...] or null}

and reads one JSON result from standard output. Whatever the skill prints goes to standard error,
as on Lambda, where a log handler on the root logger is also installed before the import.

With ``allowed_write_dirs`` set, an audit hook records every attempt to write, create, rename or
remove a path outside those folders, and the result lists modules loaded from anywhere but the
code folders and the standard library.
"""

from __future__ import annotations

import time

_STARTED = time.perf_counter()

import importlib  # noqa: E402  (the clock starts before anything else is imported)
import json  # noqa: E402
import logging  # noqa: E402
import os  # noqa: E402
import platform  # noqa: E402
import sys  # noqa: E402
import sysconfig  # noqa: E402
import traceback  # noqa: E402
from collections.abc import Sequence  # noqa: E402
from typing import Any  # noqa: E402

HANDLER_MODULE = "lambda_function"
HANDLER_NAME = "handler"
FUNCTION_NAME = "leg-cramp-helper"
TIMEOUT_MILLIS = 7000

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
_PATH_EVENTS = frozenset(
    {
        "os.mkdir",
        "os.rename",
        "os.remove",
        "os.rmdir",
        "os.symlink",
        "os.link",
        "os.truncate",
        "os.chmod",
        "os.chown",
        "os.utime",
        "shutil.rmtree",
        "shutil.copyfile",
        "shutil.move",
    }
)


class LambdaContext:
    """The attributes and method of the context object AWS Lambda passes to a Python handler."""

    def __init__(self, request_number: int) -> None:
        region = os.environ.get("AWS_REGION", "us-east-1")
        self.function_name = FUNCTION_NAME
        self.function_version = "$LATEST"
        self.invoked_function_arn = f"arn:aws:lambda:{region}:123456789012:function:{FUNCTION_NAME}"
        self.memory_limit_in_mb = "128"
        self.aws_request_id = f"00000000-0000-4000-8000-{request_number:012d}"
        self.log_group_name = f"/aws/lambda/{FUNCTION_NAME}"
        self.log_stream_name = "2026/01/01/[$LATEST]0123456789abcdef"
        self.identity = None
        self.client_context = None
        self._deadline = time.monotonic() + TIMEOUT_MILLIS / 1000

    def get_remaining_time_in_millis(self) -> int:
        """Milliseconds left before the (simulated) timeout."""
        return max(0, int((self._deadline - time.monotonic()) * 1000))


class WriteWatch:
    """An audit hook that records writes to paths outside the allowed folders."""

    def __init__(self, allowed: Sequence[str]) -> None:
        self.allowed = tuple(os.path.realpath(folder) for folder in allowed)
        self.violations: list[str] = []

    def __call__(self, event: str, args: tuple[Any, ...]) -> None:
        if event == "open":
            path, mode, flags = (*args, None, None)[:3]
            writes = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
                isinstance(flags, int) and flags & _WRITE_FLAGS
            )
            if writes:
                self._check(event, path)
        elif event in _PATH_EVENTS:
            for path in args[:2]:
                self._check(event, path)

    def _check(self, event: str, path: object) -> None:
        if isinstance(path, bytes):
            path = os.fsdecode(path)
        if not isinstance(path, str) or path == os.devnull:
            return  # an already-open file descriptor, or nowhere
        real = os.path.realpath(path)
        if not any(real == folder or real.startswith(folder + os.sep) for folder in self.allowed):
            self.violations.append(f"{event} {real}")


class ErrorLog(logging.Handler):
    """Keeps the first line of every record logged at ERROR or above, with the event's index."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.index = -1  # while importing the handler
        self.messages: list[dict[str, Any]] = []

    def emit(self, record: logging.LogRecord) -> None:
        first_line = record.getMessage().splitlines()[0]
        self.messages.append({"index": self.index, "message": f"{record.name}: {first_line}"})


def _install_log_handlers() -> ErrorLog:
    """A stderr handler like Lambda's on the root logger, and a collector of errors."""
    stream = logging.StreamHandler(sys.stderr)
    stream.setFormatter(logging.Formatter("[%(levelname)s]\t%(name)s\t%(message)s"))
    errors = ErrorLog()
    logging.getLogger().addHandler(stream)
    logging.getLogger().addHandler(errors)
    return errors


def _outside_modules(code_dirs: Sequence[str]) -> list[str]:
    """Modules loaded from anywhere but the code folders and the standard library."""
    roots = [os.path.realpath(folder) for folder in code_dirs]
    roots += [os.path.realpath(sysconfig.get_path(name)) for name in ("stdlib", "platstdlib")]
    outside = []
    for name, module in sorted(sys.modules.items()):
        filename = getattr(module, "__file__", None)
        if not filename or name == "__main__":
            continue  # built in, frozen, a namespace package, or this script
        real = os.path.realpath(filename)
        if not any(real.startswith(root + os.sep) for root in roots):
            outside.append(f"{name} from {real}")
    return outside


def _write_result(fd: int, result: dict[str, Any]) -> None:
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(result, out)


def main() -> int:
    """Read the job, import the handler, invoke it, write the result."""
    job = json.loads(sys.stdin.read())
    result_fd = os.dup(1)
    os.dup2(2, 1)  # the skill's own prints land on stderr, keeping stdout for the result
    watch = None
    if job.get("allowed_write_dirs") is not None:
        watch = WriteWatch(job["allowed_write_dirs"])
        sys.addaudithook(watch)
    error_log = _install_log_handlers()
    code_dirs: list[str] = job["code_dirs"]
    sys.path[:0] = code_dirs
    payloads = [json.dumps(event) for event in job["events"]]

    result: dict[str, Any] = {"python": platform.python_version(), "errors": []}
    before_import = time.perf_counter()
    try:
        handler = getattr(importlib.import_module(HANDLER_MODULE), HANDLER_NAME)
    except Exception:
        result["errors"].append({"index": -1, "traceback": traceback.format_exc()})
        _write_result(result_fd, result)
        return 1
    result["import_seconds"] = time.perf_counter() - before_import

    responses = []
    for index, payload in enumerate(payloads):
        event = json.loads(payload)
        error_log.index = index
        started = time.perf_counter()
        try:
            responses.append(handler(event, LambdaContext(index)))
        except Exception:
            responses.append(None)
            result["errors"].append({"index": index, "traceback": traceback.format_exc()})
        if index == 0:
            result["first_call_seconds"] = time.perf_counter() - started
            result["cold_start_seconds"] = time.perf_counter() - before_import
            result["since_interpreter_ready_seconds"] = time.perf_counter() - _STARTED
    result["responses"] = responses

    latencies = []
    for round_number in range(job.get("rounds", 0)):
        for index, payload in enumerate(payloads):
            event = json.loads(payload)
            context = LambdaContext(round_number * len(payloads) + index)
            started = time.perf_counter()
            handler(event, context)
            latencies.append(time.perf_counter() - started)
    result["latencies"] = latencies
    result["logged_errors"] = error_log.messages

    if watch is not None:
        result["writes"] = watch.violations
        result["outside_modules"] = _outside_modules(code_dirs)
    _write_result(result_fd, result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
