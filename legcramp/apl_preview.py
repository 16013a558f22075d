"""A preview of an APL document as HTML, for the components and expressions the skill uses.

Amazon's own renderer (apl-viewhost-web) cannot be installed on a machine that reaches only the
package registries (see the README's "Screens" section for the evidence), so ``legcramp screens``
renders the skill's document with this: Container, Frame, Text, ScrollView and TouchWrapper;
``when``, ``bind`` and ``data``; resources chosen by their ``when``; the ``${…}`` expression
language's literals, names, comparisons, ``&&``, ``||``, ``!``, ``+``, ``-`` and ``?:``; and
``@resource`` references. Anything else raises ``UnsupportedError`` instead of drawing something
the device would not. Fonts are the browser's sans-serif, not Amazon Ember.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

Json = Mapping[str, Any]
_TOKEN = re.compile(
    r"\s*(?:(?P<number>\d+(?:\.\d+)?)|(?P<string>'[^']*'|\"[^\"]*\")"
    r"|(?P<name>[A-Za-z_][A-Za-z_0-9]*(?:\.[A-Za-z_][A-Za-z_0-9]*)*)"
    r"|(?P<resource>@[A-Za-z_][A-Za-z_0-9]*)"
    r"|(?P<op>==|!=|<=|>=|&&|\|\||[?:<>!()+\-]))"
)
_EXPRESSION = re.compile(r"\$\{([^}]*)\}")
_JUSTIFY = {
    "start": "flex-start",
    "end": "flex-end",
    "center": "center",
    "spaceBetween": "space-between",
    "spaceAround": "space-around",
}
_ALIGN = {"start": "flex-start", "end": "flex-end", "center": "center", "stretch": "stretch"}


class UnsupportedError(ValueError):
    """The document uses something this preview does not draw."""


@dataclass(frozen=True)
class Viewport:
    """A device screen as APL describes it (dp equal to px at 160 dpi)."""

    name: str
    device: str
    shape: str
    width: int
    height: int

    def context(self) -> dict[str, Any]:
        """The ``viewport`` an APL document sees."""
        return {
            "shape": self.shape,
            "pixelWidth": self.width,
            "pixelHeight": self.height,
            "width": self.width,
            "height": self.height,
            "dpi": 160,
            "mode": "hub",
        }


VIEWPORTS = (
    Viewport("round-small", "Echo Spot", "round", 480, 480),
    Viewport("small", "Echo Show 5", "rectangle", 960, 480),
    Viewport("medium", "Echo Show 8", "rectangle", 1280, 800),
    Viewport("xl", "Echo Show 15", "rectangle", 1920, 1080),
)


class _Parser:
    def __init__(
        self, text: str, scope: Mapping[str, Any], resources: Mapping[str, Any]
    ) -> None:
        self.tokens: list[tuple[str, str]] = []
        position = 0
        text = text.strip()
        while position < len(text):
            match = _TOKEN.match(text, position)
            if match is None or match.end() == position:
                raise UnsupportedError(f"expression {text!r} at {position}")
            kind = match.lastgroup or ""
            self.tokens.append((kind, match.group(kind)))
            position = match.end()
        self.at = 0
        self.scope = scope
        self.resources = resources

    def peek(self) -> str | None:
        return self.tokens[self.at][1] if self.at < len(self.tokens) else None

    def take(self) -> tuple[str, str]:
        token = self.tokens[self.at]
        self.at += 1
        return token

    def parse(self) -> Any:
        value = self.ternary()
        if self.at != len(self.tokens):
            raise UnsupportedError(f"trailing {self.tokens[self.at:]}")
        return value

    def ternary(self) -> Any:
        condition = self.either()
        if self.peek() != "?":
            return condition
        self.take()
        yes = self.ternary()
        if self.take()[1] != ":":
            raise UnsupportedError("expected ':'")
        no = self.ternary()
        return yes if _truthy(condition) else no

    def either(self) -> Any:
        value = self.both()
        while self.peek() == "||":
            self.take()
            other = self.both()
            value = value if _truthy(value) else other
        return value

    def both(self) -> Any:
        value = self.compare()
        while self.peek() == "&&":
            self.take()
            other = self.compare()
            value = other if _truthy(value) else value
        return value

    def compare(self) -> Any:
        left = self.sum()
        operator = self.peek()
        if operator not in ("==", "!=", "<", ">", "<=", ">="):
            return left
        self.take()
        right = self.sum()
        if operator == "==":
            return left == right
        if operator == "!=":
            return left != right
        if left is None or right is None:
            return False
        return {"<": left < right, ">": left > right, "<=": left <= right, ">=": left >= right}[
            operator
        ]

    def sum(self) -> Any:
        value = self.unary()
        while self.peek() in ("+", "-"):
            operator = self.take()[1]
            other = self.unary()
            value = value + other if operator == "+" else value - other
        return value

    def unary(self) -> Any:
        if self.peek() == "!":
            self.take()
            return not _truthy(self.unary())
        if self.peek() == "-":
            self.take()
            return -self.unary()
        return self.primary()

    def primary(self) -> Any:
        kind, text = self.take()
        if kind == "number":
            return float(text) if "." in text else int(text)
        if kind == "string":
            return text[1:-1]
        if kind == "resource":
            if text[1:] not in self.resources:
                raise UnsupportedError(f"no resource {text}")
            return self.resources[text[1:]]
        if text == "(":
            value = self.ternary()
            self.take()
            return value
        if kind == "name":
            if text in ("true", "false", "null"):
                return {"true": True, "false": False, "null": None}[text]
            found: Any = self.scope
            for part in text.split("."):
                found = found.get(part) if isinstance(found, Mapping) else None
            return found
        raise UnsupportedError(f"unexpected {text!r}")


def _truthy(value: Any) -> bool:
    return value not in (None, False, 0, "")


def evaluate(value: Any, scope: Mapping[str, Any], resources: Mapping[str, Any]) -> Any:
    """A property value with its ``${…}`` expressions and ``@resource`` references resolved."""
    if not isinstance(value, str):
        return value
    if value.startswith("@"):  # a property that is one resource reference
        if value[1:] not in resources:
            raise UnsupportedError(f"no resource {value}")
        return resources[value[1:]]
    whole = _EXPRESSION.fullmatch(value.strip())
    if whole is not None:
        return _Parser(whole[1], scope, resources).parse()
    return _EXPRESSION.sub(lambda m: _text(_Parser(m[1], scope, resources).parse()), value)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def resources(document: Json, viewport: Viewport) -> dict[str, Any]:
    """The document's colours and dimensions for ``viewport`` (later blocks win)."""
    scope = {"viewport": viewport.context()}
    found: dict[str, Any] = {}
    for block in document.get("resources", []):
        if "when" in block and not _truthy(evaluate(block["when"], scope, found)):
            continue
        for kind in ("colors", "dimensions", "strings", "numbers", "booleans"):
            found.update(block.get(kind, {}))
    return found


def _css_size(value: Any) -> str:
    if isinstance(value, int | float):
        return f"{value}px"
    text = str(value)
    if text.endswith("dp"):
        return f"{text[:-2]}px"
    if re.fullmatch(r"-?\d+(\.\d+)?(px|vw|vh|%)", text) or text == "auto":
        return text
    raise UnsupportedError(f"dimension {value!r}")


class _Renderer:
    def __init__(self, document: Json, viewport: Viewport, payload: Json) -> None:
        self.viewport = viewport
        self.resources = resources(document, viewport)
        self.graphics: Mapping[str, Json] = document.get("graphics", {})
        self.scope = {"viewport": viewport.context(), "payload": payload}

    def value(
        self, component: Json, name: str, scope: Mapping[str, Any], default: Any = None
    ) -> Any:
        return evaluate(component[name], scope, self.resources) if name in component else default

    def render(self, component: Json, scope: Mapping[str, Any], *, row: bool, first: bool) -> str:
        local = dict(scope)
        for binding in component.get("bind", []):
            local[binding["name"]] = evaluate(binding["value"], local, self.resources)
        if "when" in component and not _truthy(self.value(component, "when", local)):
            return ""
        kind = component.get("type")
        style = self.box_style(component, local, row=row, first=first)
        if kind == "Container":
            return self.container(component, local, style)
        if kind in ("Frame", "ScrollView", "TouchWrapper"):
            if kind == "Frame":
                style += self.frame_style(component, local)
            if kind == "ScrollView":
                style += "overflow:hidden;display:flex;flex-direction:column;"
            child = component.get("item")
            inner = self.render(child, local, row=False, first=True) if child else ""
            return f'<div style="{style}">{inner}</div>'
        if kind == "Text":
            return self.text(component, local, style)
        if kind == "VectorGraphic":
            return self.vector_graphic(component, local, style)
        raise UnsupportedError(f"component {kind!r}")

    def vector_graphic(self, component: Json, scope: Mapping[str, Any], style: str) -> str:
        """An AVG graphic of ``path`` items as SVG, its parameters set from the component."""
        graphic = self.graphics.get(str(self.value(component, "source", scope)))
        if graphic is None or graphic.get("type") != "AVG":
            raise UnsupportedError(f"graphic {component.get('source')!r}")
        values = {p["name"]: p.get("default") for p in graphic.get("parameters", [])}
        values |= {name: self.value(component, name, scope) for name in values if name in component}
        paths = []
        for item in graphic.get("items", []):
            if item.get("type") != "path":
                raise UnsupportedError(f"AVG item {item.get('type')!r}")
            fill = evaluate(item.get("fill", "none"), values, self.resources)
            stroke = evaluate(item.get("stroke", "none"), values, self.resources)
            width = evaluate(item.get("strokeWidth", 1), values, self.resources)
            data = html.escape(_text(evaluate(item["pathData"], values, self.resources)))
            paths.append(
                f'<path d="{data}" fill="{fill}" stroke="{stroke}" stroke-width="{width}"/>'
            )
        fit = "none" if self.value(component, "scale", scope) == "fill" else "xMidYMid meet"
        box = f"0 0 {graphic['width']} {graphic['height']}"
        return (
            f'<svg style="{style}display:block;" viewBox="{box}" preserveAspectRatio="{fit}">'
            f"{''.join(paths)}</svg>"
        )

    def box_style(
        self, component: Json, scope: Mapping[str, Any], *, row: bool, first: bool
    ) -> str:
        style = "box-sizing:border-box;"
        for name, css in (
            ("width", "width"),
            ("height", "height"),
            ("paddingLeft", "padding-left"),
            ("paddingRight", "padding-right"),
            ("paddingTop", "padding-top"),
            ("paddingBottom", "padding-bottom"),
            ("top", "top"),
            ("left", "left"),
        ):
            value = self.value(component, name, scope)
            if value is not None:
                style += f"{css}:{_css_size(value)};"
        # Every box positioned, so that later siblings paint over earlier ones, as in APL.
        absolute = self.value(component, "position", scope) == "absolute"
        style += "position:absolute;" if absolute else "position:relative;"
        grow = self.value(component, "grow", scope)
        shrink = self.value(component, "shrink", scope)
        style += f"flex-grow:{grow or 0};flex-shrink:{0 if shrink is None else shrink};"
        spacing = self.value(component, "spacing", scope)
        if spacing is not None and not first:
            style += f"margin-{'left' if row else 'top'}:{_css_size(spacing)};"
        return style

    def frame_style(self, component: Json, scope: Mapping[str, Any]) -> str:
        style = ""
        colour = self.value(component, "backgroundColor", scope)
        if colour:
            style += f"background:{colour};"
        width = self.value(component, "borderWidth", scope)
        if width is not None:
            edge = self.value(component, "borderColor", scope, "transparent")
            style += f"border:{_css_size(width)} solid {edge};"
        radius = self.value(component, "borderRadius", scope)
        if radius is not None:
            style += f"border-radius:{_css_size(radius)};"
        return style

    def container(self, component: Json, scope: Mapping[str, Any], style: str) -> str:
        row = self.value(component, "direction", scope) == "row"
        justify = _JUSTIFY[self.value(component, "justifyContent", scope, "start")]
        align = _ALIGN[self.value(component, "alignItems", scope, "stretch")]
        wrap = "wrap" if self.value(component, "wrap", scope) == "wrap" else "nowrap"
        style += (
            f"display:flex;flex-direction:{'row' if row else 'column'};justify-content:{justify};"
            f"align-items:{align};flex-wrap:{wrap};"
        )
        items = component.get("items", [])
        data = self.value(component, "data", scope)
        children: list[str] = []
        if data is not None:
            template = items[0]
            for index, datum in enumerate(data):
                child_scope = {**scope, "data": datum, "index": index}
                children.append(self.render(template, child_scope, row=row, first=index == 0))
        else:
            for child in items:
                children.append(self.render(child, scope, row=row, first=not any(children)))
        return f'<div style="{style}">{"".join(children)}</div>'

    def text(self, component: Json, scope: Mapping[str, Any], style: str) -> str:
        words = _text(self.value(component, "text", scope, ""))
        colour = self.value(component, "color", scope, "#FAFAFA")
        size = self.value(component, "fontSize", scope, "40dp")
        weight = self.value(component, "fontWeight", scope, "normal")
        align = self.value(component, "textAlign", scope, "auto")
        style += (
            f"color:{colour};font-size:{_css_size(size)};font-weight:{weight};"
            f"text-align:{'left' if align == 'auto' else align};line-height:1.25;"
        )
        spacing = self.value(component, "letterSpacing", scope)
        if spacing is not None:
            style += f"letter-spacing:{_css_size(spacing)};"
        lines = self.value(component, "maxLines", scope)
        if lines:
            style += (
                f"display:-webkit-box;-webkit-line-clamp:{lines};"
                "-webkit-box-orient:vertical;overflow:hidden;"
            )
        body = "<br>".join(html.escape(line) for line in words.split("\n"))
        return f'<div style="{style}">{body}</div>'


def to_html(document: Json, payload: Json, viewport: Viewport) -> str:
    """A standalone page showing ``document`` with ``payload`` on ``viewport``."""
    if document.get("type") != "APL":
        raise UnsupportedError("not an APL document")
    renderer = _Renderer(document, viewport, payload)
    template = document["mainTemplate"]
    name = template.get("parameters", ["payload"])[0]
    scope = {**renderer.scope, name: payload}
    item = template.get("item") or template["items"][0]
    body = renderer.render(item, scope, row=False, first=True)
    round_mask = "border-radius:50%;overflow:hidden;" if viewport.shape == "round" else ""
    return (
        "<!doctype html><html><head><meta charset='utf-8'><style>"
        f"html,body{{margin:0;width:{viewport.width}px;height:{viewport.height}px;"
        "background:#000;overflow:hidden;font-family:'Amazon Ember','Liberation Sans',"
        "'DejaVu Sans',sans-serif;}"
        f"#screen{{position:relative;width:100vw;height:100vh;{round_mask}}}"
        f"</style></head><body><div id='screen'>{body}</div></body></html>"
    )
