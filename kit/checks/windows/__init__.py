"""Windows checks (tested on any system through fixtures)."""
