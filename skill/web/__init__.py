"""The self-hosted HTTPS endpoint: Flask and flask-ask-sdk over the same skill builder as Lambda.

``skill.web.app.create_app`` is the factory; every request is verified (body, signature,
certificate chain, timestamp, application id) by ``skill.web.verification`` before the SDK
parses it. The README's self-hosting section has the deployment recipe.
"""
