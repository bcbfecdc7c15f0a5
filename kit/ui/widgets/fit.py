"""Make a finished widget tree re-flow in a small window with large text: labels wrap, combo
boxes do not grow to their longest item, side-by-side panes stack when narrow. Applied by the
main window to every section, so each section gets it without its own code (kit/ui/STYLE.md)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QSplitter, QWidget

COMBO_CHARS = 22
NARROW_CHARS = 70  # below this many average characters, side-by-side panes stack


class _SplitterFlip(QObject):
    def eventFilter(self, obj, event):  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Resize and isinstance(obj, QSplitter):
            narrow = obj.width() < obj.fontMetrics().averageCharWidth() * NARROW_CHARS
            want = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
            if obj.property("flips") and obj.orientation() != want:
                obj.setOrientation(want)
                if not narrow:
                    obj.setMinimumHeight(0)
            if obj.property("flips") and narrow:
                _stack_heights(obj)
        return False


def _stack_heights(split: QSplitter) -> None:
    """Stacked panes get the height their text needs at this width; the section scrolls."""
    width = split.width()
    needs = []
    for i in range(split.count()):
        w = split.widget(i)
        layout = w.layout()
        h = layout.totalHeightForWidth(width) if layout is not None and layout.hasHeightForWidth() else -1
        needs.append(max(h, w.sizeHint().height(), w.minimumSizeHint().height()))
    total = sum(needs) + split.handleWidth() * (split.count() - 1)
    if split.minimumHeight() != total:
        split.setMinimumHeight(total)
        split.setSizes(needs)


_flip = None


def adapt(root: QWidget) -> None:
    global _flip
    flow_rows(root)
    for label in root.findChildren(QLabel):
        if label.property("fit-done") or label.pixmap() is not None and not label.pixmap().isNull():
            continue
        label.setProperty("fit-done", True)
        if " " in label.text() or label.textFormat() != Qt.TextFormat.PlainText:
            label.setWordWrap(True)
    for combo in root.findChildren(QComboBox):
        # as wide as its items up to COMBO_CHARS characters; a longer item never widens the page
        longest = max((len(combo.itemText(i)) for i in range(combo.count())), default=10)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(max(6, min(COMBO_CHARS, longest + 1)))
        combo.setMinimumWidth(combo.sizeHint().width())  # Qt's own minimum still counts long items
    for split in root.findChildren(QSplitter):
        if split.orientation() == Qt.Orientation.Horizontal and split.property("flips") is None:
            if _flip is None:
                _flip = _SplitterFlip()
            split.setProperty("flips", True)
            split.setChildrenCollapsible(False)
            split.installEventFilter(_flip)


FLOW_TYPES = None


def QAbstractButtonType():  # noqa: N802 (a type, looked up late)
    from PySide6.QtWidgets import QAbstractButton

    return QAbstractButton


def _flowable(widget) -> bool:
    global FLOW_TYPES
    if FLOW_TYPES is None:
        from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QLineEdit

        FLOW_TYPES = (QAbstractButton, QComboBox, QLabel, QAbstractSpinBox, QLineEdit)
    return isinstance(widget, FLOW_TYPES)


def flow_rows(root: QWidget) -> int:
    """Turn rows of buttons, choices and short labels into wrapping rows. Returns how many."""
    from PySide6.QtWidgets import QBoxLayout, QGridLayout, QHBoxLayout

    from kit.ui.shell.flow_layout import FlowLayout

    changed = 0
    rows = list(root.findChildren(QHBoxLayout))
    rows += [g for g in root.findChildren(QGridLayout) if all(  # grids of buttons only
        g.itemAt(i).widget() is not None and isinstance(g.itemAt(i).widget(), QAbstractButtonType())
        for i in range(g.count()))]
    if isinstance(root.layout(), QHBoxLayout):
        rows.append(root.layout())
    for row in rows:
        parent = row.parent()
        own = isinstance(parent, QWidget) and parent.layout() is row  # the widget's own layout
        if not own and (not isinstance(parent, QBoxLayout) or parent.direction() not in (
                QBoxLayout.Direction.TopToBottom, QBoxLayout.Direction.BottomToTop)):
            continue
        if isinstance(row, QGridLayout) and own:
            continue
        items = [row.itemAt(i) for i in range(row.count())]
        widgets = [i.widget() for i in items if i.widget() is not None]
        if len(widgets) < 2 or any(i.layout() is not None for i in items) or not all(map(_flowable, widgets)):
            continue
        if not isinstance(row, QGridLayout) and any(  # "box + wrapping text" rows already fit
                isinstance(row.itemAt(i).widget(), QLabel) and row.itemAt(i).widget().wordWrap()
                and row.stretch(i) > 0 for i in range(row.count())):
            continue
        flow = FlowLayout(spacing=max(6, row.spacing()))
        if own:
            for w in widgets:
                row.removeWidget(w)
            QWidget().setLayout(row)  # detach the old layout; it goes with the temporary widget
            parent.setLayout(flow)
            for w in widgets:
                flow.addWidget(w)
        else:
            index = next((i for i in range(parent.count()) if parent.itemAt(i).layout() is row), -1)
            if index < 0:
                continue
            for w in widgets:
                row.removeWidget(w)
                flow.addWidget(w)
            parent.takeAt(index)
            parent.insertLayout(index, flow)
            row.setParent(None)
            row.deleteLater()
        changed += 1
    return changed
