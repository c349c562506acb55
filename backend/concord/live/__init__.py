"""Live events: server-sent events of committed changes, and presence."""
