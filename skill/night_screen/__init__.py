"""The dim night screen (APL) for devices with a screen, and its touch buttons."""
