"""The organiser PIN is kept as a salted PBKDF2 hash in the station's settings file, never in clear.

A four-digit PIN cannot resist a determined attack on a stolen settings file, but it no longer shows to
anyone who opens the file; settings written by earlier versions (the PIN in clear) are still understood.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

SCHEME = "pbkdf2-sha256"
ROUNDS = 100_000  # about 50 ms on a kiosk PC: unnoticed at the PIN pad, slow for a brute force
MIN_DIGITS, MAX_DIGITS = 4, 8


def valid_pin(text: str) -> bool:
    """A PIN is 4 to 8 digits (plain ASCII ones: the pad has no others)."""
    return text.isdigit() and text.isascii() and MIN_DIGITS <= len(text) <= MAX_DIGITS


def hash_pin(pin: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, ROUNDS)
    return f"{SCHEME}${ROUNDS}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    """Whether `pin` is the one behind `stored` (a hash, or a PIN in clear from an older settings file)."""
    parts = stored.split("$")
    if len(parts) != 4 or parts[0] != SCHEME:
        return hmac.compare_digest(pin.encode(), stored.encode())
    rounds, salt, digest = int(parts[1]), bytes.fromhex(parts[2]), bytes.fromhex(parts[3])
    return hmac.compare_digest(hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, rounds), digest)


def is_hashed(stored: str) -> bool:
    return stored.startswith(f"{SCHEME}$")
