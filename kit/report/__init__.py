"""Printable reports and handouts, built as HTML (Qt-free); kit.ui.printing renders them."""
