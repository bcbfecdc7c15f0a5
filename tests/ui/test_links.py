"""External links open in the browser only after the user confirms."""

from PySide6.QtCore import QUrl

from kit.ui.widgets import links


def test_link_opens_only_after_confirmation(qapp, monkeypatch):
    opened = []
    monkeypatch.setattr(links.QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    monkeypatch.setattr(links, "confirm_external", lambda url, parent: False)
    assert not links.open_external("https://1712.be")
    assert opened == []
    monkeypatch.setattr(links, "confirm_external", lambda url, parent: True)
    assert links.open_external("https://1712.be")
    assert opened == ["https://1712.be"]


def test_other_schemes_never_open(qapp, monkeypatch):
    monkeypatch.setattr(links, "confirm_external", lambda url, parent: True)
    monkeypatch.setattr(links.QDesktopServices, "openUrl", lambda url: (_ for _ in ()).throw(AssertionError(url)))
    assert not links.open_external("file:///etc/passwd")
    assert not links.open_external("javascript:alert(1)")


def test_markdown_view_routes_web_links_through_confirmation(qapp, monkeypatch):
    from kit.ui.widgets.markdown_view import MarkdownView

    seen, internal = [], []
    monkeypatch.setattr("kit.ui.widgets.links.open_external", lambda url, parent: seen.append(url))
    view = MarkdownView()
    view.internal_link.connect(lambda kind, item: internal.append((kind, item)))
    view.anchorClicked.emit(QUrl("https://stopncii.org"))
    view.anchorClicked.emit(QUrl("guide:email-first"))
    assert seen == ["https://stopncii.org"] and internal == [("guide", "email-first")]
