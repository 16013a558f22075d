"""Building the AWS Lambda zip and proving it runs on its own.

``build`` puts the handler, the ``skill`` package and the pinned runtime wheels into a staging
folder, compiles bytecode for the target Python and writes a reproducible zip; ``deployment_check``
unpacks that zip into a read-only folder and calls the handler from a bare interpreter.
"""
