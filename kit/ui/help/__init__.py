"""Help widgets of the kit (see kit/ui/STYLE.md)."""
