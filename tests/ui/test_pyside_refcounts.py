"""Guard against the PySide6 6.12.0 bug that drops references to None and True on each call
(Python < 3.12 then aborts with "none_dealloc"). The kit pins a version without it."""

import sys

from PySide6.QtWidgets import QLabel


def test_qt_calls_do_not_leak_references_to_none(qapp):
    label = QLabel()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2000):
        label.setText("x")  # returns None
        label.isVisibleTo(label)  # returns a bool
    assert abs(sys.getrefcount(None) - none_before) < 50
    assert abs(sys.getrefcount(True) - true_before) < 50
