"""Checks for every system: processes, installed programs, names, listening sockets, browsers."""
