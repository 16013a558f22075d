"""The self-hosted HTTPS endpoint: Flask and flask-ask-sdk over the same skill builder as Lambda.

``skill.web.app.create_app`` is the factory; every request is verified (signature, certificate
chain, timestamp, application id) before any handler runs. See ``docs/self-hosting.md``.
"""
