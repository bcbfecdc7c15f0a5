"""The texts of the computer check, one module per language (en, nl, fr)."""
