"""Kiosk: registration and check-in for event visits."""

__version__ = "0.1.0"
