"""One module per screen: a view (layout only) and a controller (behaviour)."""
