"""Speech templates and their rendering to Alexa SSML and plain text."""
