"""Walk the in-process accessibility tree (what AT-SPI and Orca get) and list what a screen reader
user would trip over."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from PySide6.QtGui import QAccessible

from kit.markup import has_markup

R = QAccessible.Role
T = QAccessible.Text
# containers that a screen reader announces but a user never acts on
PASSIVE = {R.Client, R.Pane, R.Grouping, R.Separator, R.ScrollBar, R.Border, R.Whitespace, R.Splitter,
           R.Grip, R.LayeredPane}


@dataclass
class Node:
    role: QAccessible.Role
    name: str
    description: str
    value: str
    focusable: bool
    path: str
    obj: object
    iface: object = field(repr=False, default=None)


def walk(iface, path: str = "", depth: int = 0, max_children: int = 400):
    """Every visible node under iface (tables: their first rows only)."""
    if iface is None or not iface.isValid() or depth > 60:
        return
    state = iface.state()
    if state.invisible or state.offscreen and iface.role() not in (R.Cell, R.Row, R.ListItem):
        return
    role = iface.role()
    name = iface.text(T.Name) or ""
    node = Node(role, name, iface.text(T.Description) or "",
                "" if role == R.EditableText else iface.text(T.Value) or "",
                bool(state.focusable) and not state.disabled,
                f"{path}/{role.name}:{name[:30]!r}", iface.object(), iface)
    yield node
    for i in range(min(iface.childCount(), max_children)):
        yield from walk(iface.child(i), node.path, depth + 1, max_children)


def problems(root_widget, titles: list[str] = ()) -> list[str]:
    """What fails: markup; unnamed focusable objects; look-alike siblings; titles that are no headings;
    combo boxes without a label."""
    root = QAccessible.queryAccessibleInterface(root_widget)
    nodes = list(walk(root))
    out = []
    for n in nodes:
        for what, text in (("name", n.name), ("description", n.description), ("value", n.value)):
            if has_markup(text):
                out.append(f"markup in {what}: {n.path} = {text[:80]!r}")
        if n.focusable and not n.name.strip() and n.role not in (R.Cell, R.Row, R.ColumnHeader, R.RowHeader):
            out.append(f"unnamed focusable {n.role.name}: {n.path} ({type(n.obj).__name__} "
                       f"{getattr(n.obj, 'objectName', lambda: '')()})")
        if n.role == R.ComboBox and not n.iface.relations(QAccessible.RelationFlag.Label):
            out.append(f"combo box without a label: {n.path}")
    # look-alike controls: same role, name and description in one screen
    seen = Counter((n.role, n.name, n.description) for n in nodes
                   if n.focusable and n.name
                   and n.role not in PASSIVE | {R.Cell, R.Row, R.ListItem, R.PageTab, R.StaticText, R.Heading})
    for (role, name, desc), count in seen.items():
        if count > 1:
            out.append(f"{count} {role.name}s named {name!r} with the same description {desc[:50]!r}")
    headings = [n.name for n in nodes if n.role == R.Heading]
    for t in titles:
        if not any(t.lower() in h.lower() for h in headings):
            out.append(f"title {t!r} is not a heading (headings: {headings})")
    return out
