"""The bedtime stretch reminder (Alexa Reminders API), with the permission it needs."""
