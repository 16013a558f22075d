"""AWS Lambda entry point; the handler string is ``lambda_function.handler``."""

import logging

from skill.builder import make_lambda_handler
from skill.settings import Settings

settings = Settings.from_env()
logging.getLogger().setLevel(settings.log_level)
handler = make_lambda_handler(settings)
