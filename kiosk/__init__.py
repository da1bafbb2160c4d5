"""Kiosk: registration and check-in for event visits (its version: kiosk.version.kiosk_version())."""
