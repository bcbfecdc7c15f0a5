"""Printable reports and handouts, built as HTML (Qt-free); kit.ui.widgets.printing renders them."""
