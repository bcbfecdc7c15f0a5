"""Findings grouped by "needs attention", "good to know", "could not check", "looks fine".

Each finding shows the plain words first (what we found, what it means, what to do); what was
read is behind a collapsed "Technical details" row, in the reader's language. Every row has a
distinct accessible name, so a screen reader never reads two results the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
)

from kit.checks.evidence import localize
from kit.checks.i18n import check_name, label

ICONS = {
    "attention": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "unknown": QStyle.StandardPixmap.SP_MessageBoxQuestion,
    "ok": QStyle.StandardPixmap.SP_DialogApplyButton,
}
ID_ROLE = 256
DETAILS_ROLE = 257


class WrapDelegate(QStyledItemDelegate):
    """Rows as high as their wrapped text: a tree view asks for the height of a row without
    telling how wide it is, so long sentences would be cut off with "…"."""

    def sizeHint(self, option, index):
        view = self.parent()
        depth, i = 0, index
        while i.parent().isValid():
            depth, i = depth + 1, i.parent()
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        icon = opt.decorationSize.width() + 8 if not opt.icon.isNull() else 0
        width = max(80, view.viewport().width() - view.indentation() * (depth + 1) - icon - 12)
        text = opt.fontMetrics.boundingRect(QRect(0, 0, width, 100000),
                                            int(Qt.TextFlag.TextWordWrap), opt.text)
        base = super().sizeHint(option, index)
        return QSize(width, max(base.height(), text.height() + 6))


class CheckResults(QTreeWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setItemDelegate(WrapDelegate(self))
        self.report = None

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # new width, new row heights

    def show_report(self, report, lang: str) -> None:
        self.clear()
        self.report = report
        titles = [f.title for f in report.findings]
        for status, findings in report.grouped().items():
            if not findings:
                continue
            group = QTreeWidgetItem(self, [f"{label('group.' + status, lang)} ({len(findings)})"])
            group.setIcon(0, self.style().standardIcon(ICONS[status]))
            group.setData(0, ID_ROLE, status)
            for f in findings:
                title = f.title if titles.count(f.title) == 1 else f"{f.title} ({check_name(f.id, lang)})"
                name = f"{label('group.' + status, lang)}: {title}"
                item = QTreeWidgetItem(group, [name])
                item.setIcon(0, self.style().standardIcon(ICONS[status]))
                item.setData(0, ID_ROLE, f.id)
                for text in (f.detail, f.meaning, f.advice):
                    if text:  # the same advice may stand under several results: tell them apart
                        child = QTreeWidgetItem(item, [text])
                        child.setToolTip(0, text)
                        child.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, title)
                if f.evidence:
                    words = self.tr("Technical details")
                    details = QTreeWidgetItem(item, [words])
                    details.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{words}: {title}")
                    details.setData(0, DETAILS_ROLE, True)
                    for line in f.evidence:
                        text = localize(line, lang)
                        child = QTreeWidgetItem(details, [text])
                        child.setToolTip(0, text)
                    details.setExpanded(False)
            group.setExpanded(status == "attention")
        QTreeWidgetItem(self, [label("summary.not_proof", lang)])

    def group_items(self) -> dict[str, QTreeWidgetItem]:
        return {self.topLevelItem(i).data(0, ID_ROLE): self.topLevelItem(i)
                for i in range(self.topLevelItemCount()) if self.topLevelItem(i).data(0, ID_ROLE)}

    def finding_items(self) -> list[QTreeWidgetItem]:
        return [g.child(i) for g in self.group_items().values() for i in range(g.childCount())]
