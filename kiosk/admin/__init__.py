"""The commands of `kiosk-admin`, one module per family; `kiosk.cli` assembles them."""
