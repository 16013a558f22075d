"""The Alexa interaction model: generated from one source, and the rules it is validated against."""
