"""The touchscreen application; all Qt code lives here."""
