"""Walk the workbench's windows, dialogs and menus and collect every string a person sees, to
find the ones left in English when another language is shown (issue 15 §1).

``visible_texts(widget)`` reads a widget tree: window titles, labels, buttons, group boxes,
tab labels, placeholders, combo-box items, table and tree headers (a table's row headers
too), menu titles and items (submenus too), tooltips of buttons and actions, and the text items
a graphics view draws (a pyqtgraph chart's title, legend and axis labels). Case data (names, references, titles typed by
a person) is excluded by the caller through ``data``. ``english(texts, data)`` keeps the
strings that are still English: a source string of the English catalogue shown as it is, or a
string with an English-only word in it.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

from ui.i18n import TRANSLATIONS

# words that are English and not Spanish (short common ones; "a", "no", "con" are both)
ENGLISH_ONLY = frozenset("""
the of and with your this is are for from to be an by on at has have will can cannot here
there what which who when where open add save cancel close show choose case cases date dates
new edit remove delete yes none all any every only not nothing something please first last
next back done error name names file folder select selected user users role roles print
""".split())
_WORD = re.compile(r"[A-Za-zÀ-ÿ]+")


def catalogue_sources(lang: str = "es") -> set[str]:
    """Every source string of a language's .ts (what the code says in English)."""
    root = ET.parse(TRANSLATIONS / f"workbench_{lang}.ts").getroot()
    return {(m.findtext("source") or "").replace("&", "") for m in root.iter("message")}


def _clean(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _menu_texts(menu: QMenu) -> Iterable[str]:
    yield menu.title()
    for action in menu.actions():
        if action.isSeparator():
            continue
        yield action.text()
        yield action.toolTip()
        if action.menu() is not None:
            yield from _menu_texts(action.menu())


def _headers(view: QAbstractItemView) -> Iterable[str]:
    header = view.horizontalHeader() if isinstance(view, QTableView) else \
        view.header() if isinstance(view, QTreeView) else None
    model = view.model()
    if header is None or model is None:
        return
    shown = [] if header.isHidden() else [(header, Qt.Orientation.Horizontal)]
    if isinstance(view, QTableView) and not view.verticalHeader().isHidden():
        shown.append((view.verticalHeader(), Qt.Orientation.Vertical))  # row labels
    for head, orientation in shown:
        for section in range(head.count()):
            value = model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
            if value:
                yield str(value)


def _drawn(view: QGraphicsView) -> Iterable[str]:
    """The visible text items of a graphics view's scene (a chart's title, legend, axis)."""
    scene = view.scene()
    if scene is None:
        return
    for item in scene.items():
        if isinstance(item, QGraphicsTextItem) and item.isVisible():
            yield item.toPlainText()


def visible_texts(root: QWidget) -> list[str]:
    """Every string shown by ``root`` and its visible children (see the module)."""
    found: list[str] = [root.windowTitle()]
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if w is not root and not w.isVisibleTo(root):
            continue
        if isinstance(w, QLabel):
            found.append(w.text())
        elif isinstance(w, QAbstractButton):
            found += [w.text(), w.toolTip()]
        elif isinstance(w, QGroupBox):
            found.append(w.title())
        elif isinstance(w, QTabBar):
            found += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QLineEdit):
            found.append(w.placeholderText())
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            found.append(w.placeholderText())
        elif isinstance(w, QComboBox):
            found += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QAbstractItemView):
            found += list(_headers(w))
        elif isinstance(w, QGraphicsView):
            found += list(_drawn(w))
        elif isinstance(w, QMenuBar):
            for action in w.actions():
                if action.menu() is not None:
                    found += list(_menu_texts(action.menu()))
    return [t for t in (_clean(html.unescape(re.sub(r"<[^>]+>", " ", x or ""))) for x in found)
            if t]


def english(texts: Iterable[str], data: Iterable[str] = (),
            sources: set[str] | None = None) -> list[str]:
    """The strings of ``texts`` still in English (``data``: case data and names to ignore;
    a string holding one of them is judged on the rest)."""
    sources = catalogue_sources() if sources is None else sources
    out = []
    for text in dict.fromkeys(texts):
        rest = text
        for value in data:
            rest = rest.replace(value, " ")
        if not _WORD.search(rest):
            continue
        words = {w.lower() for w in _WORD.findall(rest)}
        if rest.strip() in sources or words & ENGLISH_ONLY:
            out.append(text)
    return out


__all__ = ["catalogue_sources", "english", "visible_texts", "Path"]
