"""One module at a glance: summary, goals, length, ages, topics, and its sources with the check date."""

from __future__ import annotations

from html import escape

from kit.ui.family.module_labels import age_group_name, minutes_text, topic_name
from kit.ui.widgets.markdown_view import MarkdownView


class ModuleOverview(MarkdownView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.module = None
        self.retranslate()

    def show_module(self, module) -> None:
        self.module = module
        self.setHtml(self.html(module) if module is not None else "")

    def html(self, m) -> str:
        def row(label: str, value: str) -> str:
            return f"<tr><td><b>{escape(label)}</b>&nbsp;&nbsp;</td><td>{escape(value)}</td></tr>"

        parts = [
            f"<h2>{escape(m.title)}</h2>",
            f"<p>{escape(m.header.summary)}</p>",
            "<table>",
            row(self.tr("Duration"), minutes_text(m.duration_min)),
            row(self.tr("Age groups"), ", ".join(age_group_name(a) for a in m.age_groups)),
            row(self.tr("Topics"), ", ".join(topic_name(t) for t in m.topics)),
            row(self.tr("Contents"), self.tr("%1 situations, %2 quiz questions")
                .replace("%1", str(len(m.scenarios))).replace("%2", str(len(m.quiz)))),
            "</table>",
        ]
        if m.goals:
            learning_goals_text = self.tr("Learning goals")
            parts.append(f"<h3>{escape(learning_goals_text)}</h3><ul>")
            parts += [f"<li>{escape(g.replace('**', ''))}</li>" for g in m.goals]
            parts.append("</ul>")
        if m.header.sources:
            sources_text = self.tr("Sources")
            parts.append(f"<h3>{escape(sources_text)}</h3><ul>")
            parts += [f'<li><a href="{escape(s.url)}">{escape(s.title)}</a></li>' for s in m.header.sources]
            parts.append("</ul>")
        facts_checked_on_text = self.tr("Facts checked on %1")
        parts.append(f"<p><i>{escape(facts_checked_on_text.replace('%1', m.header.verified.isoformat()))}"
                     "</i></p>")
        return "".join(parts)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Module overview"))
        self.setAccessibleDescription(self.tr("Summary, learning goals, length, ages and sources of the chosen module"))
        if self.module is not None:
            self.setHtml(self.html(self.module))
