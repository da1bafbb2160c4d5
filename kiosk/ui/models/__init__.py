"""Qt table models of the kiosk screens, one small model per list."""
