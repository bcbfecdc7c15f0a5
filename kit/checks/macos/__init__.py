"""macOS checks (tested on any system through fixtures)."""
