"""Findings grouped by "needs attention", "good to know", "could not check", "looks fine"."""

from __future__ import annotations

from PySide6.QtWidgets import QStyle, QTreeWidget, QTreeWidgetItem

from kit.checks.i18n import label

ICONS = {
    "attention": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "unknown": QStyle.StandardPixmap.SP_MessageBoxQuestion,
    "ok": QStyle.StandardPixmap.SP_DialogApplyButton,
}


class CheckResults(QTreeWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setWordWrap(True)
        self.report = None

    def show_report(self, report, lang: str) -> None:
        self.clear()
        self.report = report
        for status, findings in report.grouped().items():
            if not findings:
                continue
            group = QTreeWidgetItem(self, [f"{label('group.' + status, lang)} ({len(findings)})"])
            group.setIcon(0, self.style().standardIcon(ICONS[status]))
            group.setData(0, 256, status)
            for f in findings:
                item = QTreeWidgetItem(group, [f"{label('group.' + status, lang)}: {f.title}"])
                item.setIcon(0, self.style().standardIcon(ICONS[status]))
                item.setData(0, 256, f.id)
                for text in (f.detail, f.meaning, f.advice, *(f"• {e}" for e in f.evidence)):
                    if text:
                        child = QTreeWidgetItem(item, [text])
                        child.setToolTip(0, text)
            group.setExpanded(status == "attention")
        QTreeWidgetItem(self, [label("summary.not_proof", lang)])

    def group_items(self) -> dict[str, QTreeWidgetItem]:
        return {self.topLevelItem(i).data(0, 256): self.topLevelItem(i) for i in range(self.topLevelItemCount())
                if self.topLevelItem(i).data(0, 256)}
