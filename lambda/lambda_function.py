"""AWS Lambda entry point; the handler string is ``lambda_function.handler``.

Start-up makes tens of thousands of objects that live as long as the process (modules, classes,
the skill). The cyclic garbage collector would walk them again and again while they are made,
about a seventh of a cold start, to find almost nothing; so it is paused while the skill is
built, and what was built is then frozen out of every later collection (``gc.freeze``).
"""

import gc

gc.disable()
try:
    import logging

    from skill.builder import make_lambda_handler
    from skill.settings import Settings

    settings = Settings.from_env()
    logging.getLogger().setLevel(settings.log_level)
    handler = make_lambda_handler(settings)
finally:
    gc.freeze()
    gc.enable()
