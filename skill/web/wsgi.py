"""The WSGI entry point for servers that want a module attribute (gunicorn, uWSGI, mod_wsgi).

``gunicorn 'skill.web.wsgi:application'`` is the same as ``gunicorn 'skill.web.app:create_app()'``:
settings come from the environment (``SKILL_ID``, ``LEGCRAMP_TRUST_ROOTS``, ``LEGCRAMP_CERT_DIR``)
and verification is always on.
"""

from __future__ import annotations

from skill.web.app import create_app

application = create_app()
