"""Symptoms: a person describing what they feel hears the most urgent advice that fits first."""
