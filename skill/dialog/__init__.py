"""The night-time dialog framework: views, state, replies and their effects. No Alexa imports."""
