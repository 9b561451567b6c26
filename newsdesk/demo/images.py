"""Deterministic demo illustrations and author avatars, drawn with Pillow.

Nothing is downloaded and no font files are needed beyond Pillow's built-in
default font. Each story image is a flat, editorial-style illustration in its
sector's palette with a simple motif (pylons for energy, waves for WASH, a
skyline for urban development...) and a small "DEMO" badge so it can never be
mistaken for a real photograph. The same key always gives the same picture.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import itertools
import math
import random
from collections.abc import Callable, Sequence

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

RGB = tuple[int, int, int]
RGBA = tuple[int, int, int, int]
Point = tuple[float, float]

_SUPERSAMPLE = 2  # draw at twice the size and scale down: cheap anti-aliasing
_JPEG_QUALITY = 82
_MAX_JPEG_BYTES = 120_000


def _hex(value: str) -> RGB:
    value = value.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _mix(a: RGB, b: RGB, t: float) -> RGB:
    return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t), round(a[2] + (b[2] - a[2]) * t))


def _alpha(colour: RGB, alpha: int) -> RGBA:
    return colour[0], colour[1], colour[2], alpha


@dataclasses.dataclass(frozen=True)
class Palette:
    top: RGB  # background gradient, top
    bottom: RGB  # background gradient, bottom
    ink: RGB  # darkest colour, for structure
    accents: tuple[RGB, ...]  # motif colours, most prominent first
    light: RGB = (255, 255, 255)


def _palette(top: str, bottom: str, ink: str, *accents: str, light: str = "#FFFFFF") -> Palette:
    return Palette(_hex(top), _hex(bottom), _hex(ink), tuple(_hex(a) for a in accents), _hex(light))


PALETTES: dict[str, Palette] = {
    "agro-forestry": _palette("#F4EBCB", "#B9D39A", "#2F4A24", "#4F7A3A", "#7FA650", "#D9A441", "#A3C17A"),
    "art-culture": _palette("#F7E6D6", "#EBC1AE", "#2E4057", "#C8553D", "#F2A541", "#588B8B", "#2E4057"),
    "technology": _palette("#0E2440", "#1F4F86", "#06121F", "#4FC3F7", "#80DEEA", "#B3E5FC", "#FFD166"),
    "economy-business": _palette("#EEF3F8", "#C6D6E8", "#16324F", "#1F4E79", "#2E86AB", "#F18F01", "#9DB9D6"),
    "education": _palette("#FFF5E3", "#F3D3A0", "#3B2A1E", "#B5523B", "#2F6690", "#3A7D44", "#E0A458"),
    "energy-extractives": _palette("#FFF0C9", "#F4A962", "#2F2F45", "#F7C948", "#2B4C7E", "#E76F51", "#3C3C54"),
    "politics": _palette("#EAF0F7", "#B4C4DA", "#1F2D44", "#24344D", "#C0392B", "#F4F1EA", "#8FA3BF"),
    "law-governance": _palette("#F3EDE3", "#CDBEA5", "#2E241D", "#B08D57", "#6B5A48", "#F8F4EC", "#8C7A64"),
    "health": _palette("#E8F6F3", "#A6D8DA", "#134E4A", "#1D7874", "#E63946", "#FFFFFF", "#457B9D"),
    "science-environment": _palette("#E6F4E2", "#86BDA4", "#173F35", "#2A9D8F", "#1B5E4A", "#E9C46A", "#6FBF73"),
    "social-gender": _palette("#FAE5EA", "#D8C3E0", "#3D405B", "#6A4C93", "#F28482", "#84A59D", "#F6BD60"),
    "sports": _palette("#E3F3EA", "#86BF84", "#22332F", "#C44536", "#FFFFFF", "#283D3B", "#F2CC8F"),
    "transport": _palette("#FDE9CC", "#9FB6C3", "#2B2F38", "#3A3F4B", "#F2C14E", "#5C6B73", "#E07A5F"),
    "urban-development": _palette("#FDE3C9", "#8EAAC6", "#22303E", "#2F3E4E", "#4A6078", "#F4D35E", "#EE964B"),
    "wash": _palette("#E2F6FA", "#5BAAD0", "#0B3C5D", "#1565A0", "#0B4F6C", "#81D4FA", "#FFFFFF"),
}
_FALLBACK_PALETTE = PALETTES["art-culture"]


@dataclasses.dataclass
class _Canvas:
    image: Image.Image
    draw: ImageDraw.ImageDraw
    rng: random.Random
    palette: Palette

    @property
    def w(self) -> int:
        return self.image.width

    @property
    def h(self) -> int:
        return self.image.height

    def p(self, x: float, y: float) -> tuple[int, int]:
        """A point given as fractions of the width and height."""
        return round(x * self.w), round(y * self.h)

    def u(self, n: float) -> int:
        """A length given as a fraction of the height (the short side)."""
        return max(1, round(n * self.h))

    def poly(self, points: Sequence[Point], fill: RGB | RGBA | None = None, outline: RGBA | None = None) -> None:
        self.draw.polygon([self.p(x, y) for x, y in points], fill=fill, outline=outline)

    def line(self, points: Sequence[Point], fill: RGB | RGBA, width: float) -> None:
        self.draw.line([self.p(x, y) for x, y in points], fill=fill, width=self.u(width), joint="curve")

    def circle(self, x: float, y: float, r: float, fill: RGB | RGBA | None = None, **kw: object) -> None:
        cx, cy = self.p(x, y)
        radius = self.u(r)
        self.draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=fill, **kw)  # type: ignore[arg-type]

    def box(self, x0: float, y0: float, x1: float, y1: float, fill: RGB | RGBA, radius: float = 0.0) -> None:
        (a, b), (c, d) = self.p(x0, y0), self.p(x1, y1)
        self.draw.rounded_rectangle((a, b, c, d), radius=self.u(radius) if radius else 0, fill=fill)

    def jitter(self, spread: float) -> float:
        return self.rng.uniform(-spread, spread)

    def glow(self, x: float, y: float, r: float, colour: RGB, strength: int = 150) -> None:
        """A soft blurred disc composited under whatever is drawn next."""
        layer = Image.new("L", self.image.size, 0)
        cx, cy = self.p(x, y)
        radius = self.u(r)
        ImageDraw.Draw(layer).ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=strength)
        layer = layer.filter(ImageFilter.GaussianBlur(radius // 2 + 1))
        self.image.paste(Image.new("RGB", self.image.size, colour), (0, 0), layer)


# ----------------------------------------------------------------------------------------------------- shared bits


def _hills(c: _Canvas, base: float, amplitude: float, colour: RGB | RGBA, waves: float = 1.5) -> None:
    phase = c.rng.uniform(0, math.tau)
    points = [(i / 60, base + amplitude * math.sin(phase + waves * math.tau * i / 60)) for i in range(61)]
    c.poly([(0, 1.01), *points, (1, 1.01)], fill=colour)


def _sun(c: _Canvas, x: float, y: float, r: float, colour: RGB, rays: bool = True) -> None:
    c.glow(x, y, r * 2.2, _mix(colour, c.palette.light, 0.4), 110)
    c.circle(x, y, r, fill=colour)
    if rays:
        (cx, cy), rad = c.p(x, y), c.u(r)
        for i in range(12):
            angle = i * math.tau / 12 + 0.13
            start, end = rad * 1.3, rad * (1.65 if i % 2 else 1.5)
            c.draw.line(
                (
                    cx + start * math.cos(angle),
                    cy + start * math.sin(angle),
                    cx + end * math.cos(angle),
                    cy + end * math.sin(angle),
                ),
                fill=_alpha(colour, 200),
                width=c.u(0.008),
            )


def _tree(c: _Canvas, x: float, ground: float, size: float, crown: RGB, trunk: RGB) -> None:
    c.box(x - size * 0.06 * c.h / c.w, ground - size * 0.55, x + size * 0.06 * c.h / c.w, ground, fill=trunk)
    aspect = c.h / c.w
    for dx, dy, r in ((0, -0.8, 0.34), (-0.22, -0.6, 0.26), (0.22, -0.6, 0.26), (0, -0.55, 0.3)):
        c.circle(x + dx * size * aspect, ground + dy * size, r * size, fill=crown)


# ----------------------------------------------------------------------------------------------------- motifs


def _energy(c: _Canvas) -> None:
    pal = c.palette
    sun, panel, accent, steel = pal.accents[:4]
    _sun(c, c.rng.uniform(0.14, 0.36), 0.28 + c.jitter(0.06), c.rng.uniform(0.09, 0.13), sun)
    _hills(c, 0.74, 0.025, _mix(pal.bottom, accent, 0.35), 1.2)
    # Pylons receding to the right, wires sagging between the arm tips.
    shift, scale = c.jitter(0.05), c.rng.uniform(0.88, 1.08)
    bases = [(0.5 + shift, 0.82, 0.5 * scale), (0.68 + shift, 0.77, 0.37 * scale), (0.83 + shift, 0.745, 0.28 * scale)]
    bases.append((0.95 + shift, 0.73, 0.22 * scale))
    tips: list[list[Point]] = []
    for x, ground, height in bases:
        top = ground - height
        half = height * 0.16 * c.h / c.w
        legs = [(x - half, ground), (x - half * 0.18, top), (x + half * 0.18, top), (x + half, ground)]
        c.line([legs[0], legs[1]], _alpha(steel, 235), 0.007)
        c.line([legs[3], legs[2]], _alpha(steel, 235), 0.007)
        levels = 5
        for i in range(levels):
            y0, y1 = ground - height * i / levels, ground - height * (i + 1) / levels
            w0, w1 = half * (1 - 0.82 * i / levels), half * (1 - 0.82 * (i + 1) / levels)
            c.line([(x - w0, y0), (x + w1, y1)], _alpha(steel, 200), 0.003)
            c.line([(x + w0, y0), (x - w1, y1)], _alpha(steel, 200), 0.003)
        arms = []
        for frac, span in ((0.2, 2.1), (0.36, 1.6)):
            y = top + height * frac
            c.line([(x - half * span, y), (x + half * span, y)], _alpha(steel, 235), 0.006)
            arms.extend([(x - half * span, y), (x + half * span, y)])
        tips.append(arms)
    for a, b in itertools.pairwise(tips):
        for (x0, y0), (x1, y1) in zip(a, b, strict=True):
            sag = 0.05 * (x1 - x0) * 3
            c.line(
                [
                    (x0 + (x1 - x0) * t / 20, y0 + (y1 - y0) * t / 20 + sag * math.sin(math.pi * t / 20))
                    for t in range(21)
                ],
                _alpha(steel, 150),
                0.0025,
            )
    # Solar panels in the foreground.
    for i in range(c.rng.randint(2, 3)):
        x0 = 0.05 + i * 0.135
        y0, y1 = 0.8, 0.93
        pts = [(x0 + 0.03, y0), (x0 + 0.145, y0), (x0 + 0.115, y1), (x0, y1)]
        c.poly(pts, fill=_alpha(panel, 245))
        for k in range(1, 4):
            t = k / 4
            c.line(
                [(x0 + 0.03 * (1 - t), y0 + (y1 - y0) * t), (x0 + 0.145 - 0.03 * t, y0 + (y1 - y0) * t)],
                _alpha(pal.light, 90),
                0.002,
            )
        for k in range(1, 5):
            t = k / 5
            c.line([(x0 + 0.03 + 0.115 * t, y0), (x0 + 0.115 * t, y1)], _alpha(pal.light, 90), 0.002)


def _wash(c: _Canvas) -> None:
    pal = c.palette
    deep, darker, pale, white = pal.accents[:4]
    # Falling drops and their ripples.
    for i in range(3):
        x = 0.6 + i * 0.12 + c.jitter(0.02)
        y = 0.2 + (i % 2) * 0.12 + c.jitter(0.03)
        size = 0.07 - i * 0.012
        aspect = c.h / c.w
        c.poly(
            [
                (x, y - size * 1.9),
                (x - size * 0.93 * aspect, y + size * 0.05),
                (x + size * 0.93 * aspect, y + size * 0.05),
            ],
            fill=_alpha(deep, 230),
        )
        c.circle(x, y + size * 0.25, size, fill=_alpha(deep, 230))
        c.circle(x - size * 0.35 * aspect, y + size * 0.05, size * 0.22, fill=_alpha(white, 150))
    cx, cy = c.p(0.72, 0.62)
    for k in range(3):
        rx, ry = c.u(0.18 + 0.12 * k) * 1.6, c.u(0.035 + 0.025 * k)
        c.draw.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), outline=_alpha(white, 150 - 40 * k), width=c.u(0.006))
    # Layered waves.
    for layer in range(4):
        base = 0.64 + layer * 0.09
        colour = _mix(pale, darker, layer / 3)
        phase = c.rng.uniform(0, math.tau)
        points = [(i / 80, base + 0.022 * math.sin(phase + 3 * math.tau * i / 80)) for i in range(81)]
        c.poly([(0, 1.01), *points, (1, 1.01)], fill=_alpha(colour, 235))
        c.line(points, _alpha(white, 110), 0.004)


def _health(c: _Canvas) -> None:
    pal = c.palette
    teal, red, white, blue = pal.accents[:4]
    # Cells drifting in the background.
    for _ in range(9):
        c.circle(
            c.rng.uniform(0.05, 0.95),
            c.rng.uniform(0.08, 0.92),
            c.rng.uniform(0.03, 0.09),
            fill=_alpha(white, 70),
            outline=_alpha(teal, 90),
            width=c.u(0.004),
        )
    # A heartbeat trace across the frame.
    y = 0.66
    trace = [
        (0.0, y),
        (0.3, y),
        (0.34, y - 0.06),
        (0.38, y + 0.05),
        (0.42, y - 0.24),
        (0.47, y + 0.12),
        (0.51, y),
        (1.0, y),
    ]
    c.line(trace, _alpha(red, 220), 0.012)
    # The cross in a rounded tile.
    x, top = 0.7 + c.jitter(0.03), 0.18
    size = 0.42
    half_w = size / 2 * c.h / c.w
    c.box(x - half_w, top, x + half_w, top + size, fill=_alpha(teal, 240), radius=0.07)
    arm = size * 0.17
    arm_w = arm * c.h / c.w
    c.box(x - arm_w, top + size * 0.18, x + arm_w, top + size * 0.82, fill=white, radius=0.02)
    c.box(x - half_w * 0.64, top + size / 2 - arm, x + half_w * 0.64, top + size / 2 + arm, fill=white, radius=0.02)
    c.circle(0.17, 0.3, 0.07, fill=_alpha(blue, 120))


def _transport(c: _Canvas) -> None:
    pal = c.palette
    road, marking, grey, warm = pal.accents[:4]
    horizon = 0.5 + c.jitter(0.03)
    vx = 0.55 + c.jitter(0.06)
    _sun(c, vx + 0.2, horizon - 0.16, 0.08, _mix(warm, pal.light, 0.3), rays=False)
    _hills(c, horizon - 0.02, 0.02, _mix(pal.bottom, grey, 0.55), 2.2)
    c.poly([(0, horizon), (1, horizon), (1, 1.01), (0, 1.01)], fill=_mix(pal.bottom, grey, 0.4))
    # The road converging on the vanishing point.
    c.poly([(vx - 0.01, horizon), (vx + 0.01, horizon), (vx + 0.42, 1.01), (vx - 0.42, 1.01)], fill=road)
    for i in range(7):
        t0, t1 = (i / 7) ** 1.8, ((i + 0.55) / 7) ** 1.8
        y0, y1 = horizon + (1 - horizon) * t0, horizon + (1 - horizon) * t1
        w0, w1 = 0.003 + 0.012 * t0, 0.003 + 0.012 * t1
        c.poly([(vx - w0, y0), (vx + w0, y0), (vx + w1, y1), (vx - w1, y1)], fill=marking)

    # A railway alongside, with sleepers.
    # Everything parallel to the road meets it at the vanishing point; offsets are given at the bottom edge.
    def at(offset: float, t: float) -> Point:
        return vx + offset * t, horizon + (1 - horizon) * t

    c.poly([at(0, 0), at(-0.74, 1), at(-0.46, 1)], fill=_mix(pal.bottom, grey, 0.65))
    for i in range(2, 22):
        t = (i / 21) ** 2
        c.line([at(-0.71, t), at(-0.49, t)], _alpha(_mix(pal.ink, warm, 0.3), 200), 0.002 + 0.012 * t)
    for offset in (-0.67, -0.53):
        c.line([at(offset, 0), at(offset, 1.02)], _alpha(_mix(grey, pal.ink, 0.4), 255), 0.007)
    # Lamp posts along the far side.
    for i in range(5):
        t = 0.15 + i * 0.2
        x = vx + 0.05 + 0.5 * t
        y = horizon + (1 - horizon) * t
        height = 0.05 + 0.3 * t
        c.line([(x, y), (x, y - height)], _alpha(pal.ink, 200), 0.003 + 0.005 * t)
        c.circle(x - 0.012 * t, y - height, 0.006 + 0.01 * t, fill=_alpha(marking, 230))


def _urban(c: _Canvas) -> None:
    pal = c.palette
    near, far, window, warm = pal.accents[:4]
    _sun(c, 0.78 + c.jitter(0.05), 0.28, 0.1, _mix(warm, pal.light, 0.25), rays=False)
    cranes = 0
    for layer, (colour, base, low, high) in enumerate(((far, 0.78, 0.2, 0.45), (near, 0.86, 0.25, 0.62))):
        x = -0.02
        while x < 1.02:
            width = c.rng.uniform(0.05, 0.11)
            height = c.rng.uniform(low, high)
            tone = _mix(colour, pal.bottom, 0.45 if layer == 0 else 0.0)
            c.box(x, base - height, x + width, 1.01, fill=tone)
            if layer == 1:
                cols, rows = max(2, int(width / 0.022)), int(height / 0.06)
                for i in range(cols):
                    for j in range(rows):
                        if c.rng.random() < 0.45:
                            wx = x + 0.012 + i * (width - 0.02) / cols
                            wy = base - height + 0.03 + j * 0.06
                            c.box(wx, wy, wx + 0.01, wy + 0.028, fill=_alpha(window, 220))
            elif cranes < 2 and c.rng.random() < 0.3:  # a crane on a building site
                cranes += 1
                cx = x + width / 2
                c.line([(cx, base - height), (cx, base - height - 0.22)], _alpha(far, 255), 0.005)
                c.line([(cx - 0.05, base - height - 0.2), (cx + 0.12, base - height - 0.2)], _alpha(far, 255), 0.005)
                c.line([(cx + 0.1, base - height - 0.2), (cx + 0.1, base - height - 0.1)], _alpha(far, 200), 0.002)
            x += width + c.rng.uniform(0.0, 0.015)
    c.poly([(0, 0.86), (1, 0.86), (1, 1.01), (0, 1.01)], fill=_mix(near, pal.bottom, 0.35))
    c.line([(0, 0.865), (1, 0.865)], _alpha(pal.light, 90), 0.004)
    x = c.rng.uniform(0.02, 0.06)
    while x < 1:  # street trees along the pavement
        c.line([(x, 0.95), (x, 0.89)], _alpha(pal.ink, 230), 0.006)
        c.circle(x, 0.88, 0.03, fill=_mix(_hex("#6B9080"), near, 0.3))
        x += c.rng.uniform(0.07, 0.11)


def _economy(c: _Canvas) -> None:
    pal = c.palette
    bar, bar2, trend, grid = pal.accents[:4]
    left, right, floor, ceiling = 0.12, 0.9, 0.84, 0.2
    for i in range(5):
        y = floor - (floor - ceiling) * i / 4
        c.line([(left, y), (right, y)], _alpha(grid, 130), 0.003)
    count = 8
    value = c.rng.uniform(0.22, 0.32)
    tops: list[Point] = []
    slot = (right - left) / count
    for i in range(count):
        value = min(0.95, max(0.12, value + c.rng.uniform(-0.06, 0.16)))
        top = floor - (floor - ceiling) * value
        x0 = left + i * slot + slot * 0.18
        colour = bar if i < count - 1 else bar2
        c.box(x0, top, x0 + slot * 0.64, floor, fill=_alpha(colour, 240), radius=0.012)
        tops.append((x0 + slot * 0.32, top - 0.06))
    c.line(tops, _alpha(trend, 240), 0.01)
    for x, y in tops:
        c.circle(x, y, 0.018, fill=pal.light, outline=trend, width=c.u(0.008))
    c.line([(left, floor), (right, floor)], _alpha(pal.ink, 220), 0.006)
    # A few coins stacked at the left.
    for k in range(5):
        c.draw.ellipse(
            (*c.p(0.02, 0.8 - k * 0.035), *c.p(0.09, 0.86 - k * 0.035)),
            fill=_mix(trend, pal.light, 0.1),
            outline=_mix(trend, pal.ink, 0.3),
            width=c.u(0.004),
        )


def _technology(c: _Canvas) -> None:
    pal = c.palette
    line, glow, pale, spark = pal.accents[:4]
    cols, rows = 16, 9
    cell_x, cell_y = 1 / cols, 1 / rows
    chip = (0.5 + c.jitter(0.08), 0.5 + c.jitter(0.06))
    for _ in range(26):
        gx, gy = c.rng.randrange(cols + 1), c.rng.randrange(rows + 1)
        x, y = gx * cell_x, gy * cell_y
        points: list[Point] = [(x, y)]
        for _step in range(c.rng.randint(2, 5)):
            if c.rng.random() < 0.5:
                x += c.rng.choice((-1, 1)) * cell_x * c.rng.randint(1, 3)
            else:
                y += c.rng.choice((-1, 1)) * cell_y * c.rng.randint(1, 2)
            points.append((x, y))
        colour = c.rng.choice((line, glow, pale))
        c.line(points, _alpha(colour, 150), 0.005)
        c.circle(*points[0], 0.012, fill=_alpha(colour, 220))
        c.circle(*points[-1], 0.016, fill=c.palette.top, outline=_alpha(colour, 230), width=c.u(0.005))
    # The chip, with pins and a glow.
    x, y = chip
    c.glow(x, y, 0.3, _mix(line, pal.top, 0.4), 160)
    half_w, half_h = 0.12 * c.h / c.w, 0.12
    for i in range(6):
        t = -0.8 + i * 0.32
        c.line([(x + t * half_w, y - half_h - 0.05), (x + t * half_w, y + half_h + 0.05)], _alpha(pale, 230), 0.008)
        c.line(
            [(x - half_w - 0.05 * c.h / c.w, y + t * half_h), (x + half_w + 0.05 * c.h / c.w, y + t * half_h)],
            _alpha(pale, 230),
            0.008,
        )
    c.box(x - half_w, y - half_h, x + half_w, y + half_h, fill=_mix(pal.ink, line, 0.25), radius=0.02)
    c.box(
        x - half_w * 0.55, y - half_h * 0.55, x + half_w * 0.55, y + half_h * 0.55, fill=_alpha(spark, 230), radius=0.01
    )


def _sports(c: _Canvas) -> None:
    pal = c.palette
    track, lines, dark, sand = pal.accents[:4]
    cx, cy = 0.5, 0.66
    for k, (rx, ry) in enumerate(((0.47, 0.3), (0.43, 0.25), (0.39, 0.2))):
        box = (*c.p(cx - rx, cy - ry), *c.p(cx + rx, cy + ry))
        c.draw.rounded_rectangle(
            box, radius=c.u(ry), fill=track if k == 0 else None, outline=_alpha(lines, 200), width=c.u(0.004)
        )
    inner = (*c.p(cx - 0.34, cy - 0.15), *c.p(cx + 0.34, cy + 0.15))
    c.draw.rounded_rectangle(
        inner, radius=c.u(0.15), fill=_mix(pal.bottom, dark, 0.15), outline=lines, width=c.u(0.005)
    )
    c.line([(cx + 0.12, cy + 0.15), (cx + 0.12, cy + 0.3)], _alpha(lines, 240), 0.008)  # the finish line
    # A ball in the foreground.
    bx, by, r = 0.8 + c.jitter(0.04), 0.32 + c.jitter(0.04), 0.13
    c.glow(bx + 0.01, by + r * 1.1, r * 0.9, _mix(pal.bottom, dark, 0.3), 90)
    c.circle(bx, by, r, fill=sand, outline=dark, width=c.u(0.008))
    (px, py), rad = c.p(bx, by), c.u(r)
    for side, (start, end) in ((-1, (-52, 52)), (1, (128, 232))):  # tennis-ball seams
        sx, sr = px + side * rad * 1.1, rad * 0.85
        c.draw.arc((sx - sr, py - sr, sx + sr, py + sr), start, end, fill=dark, width=c.u(0.007))


def _agro(c: _Canvas) -> None:
    pal = c.palette
    dark, green, wheat, pale = pal.accents[:4]
    _sun(c, 0.8 + c.jitter(0.05), 0.24, 0.08, _mix(wheat, pal.light, 0.35), rays=False)
    _hills(c, 0.5, 0.03, _mix(pale, pal.top, 0.3), 1.1)
    # Striped fields on two hills.
    for layer, base in enumerate((0.6, 0.74)):
        phase = c.rng.uniform(0, math.tau)
        colour_a = wheat if layer == 0 else green
        colour_b = _mix(colour_a, pal.light, 0.3)
        for stripe in range(10):
            y0 = base + stripe * 0.03
            points = [(i / 50, y0 + 0.03 * math.sin(phase + 1.3 * math.tau * i / 50)) for i in range(51)]
            c.poly([*points, (1, 1.01), (0, 1.01)], fill=colour_a if stripe % 2 else colour_b)
    for i in range(c.rng.randint(4, 6)):
        x = 0.06 + i * 0.09 + c.jitter(0.02)
        size = c.rng.uniform(0.18, 0.27)
        _tree(c, x, 0.66 + c.jitter(0.02), size, _mix(dark, green, c.rng.uniform(0, 0.5)), pal.ink)


def _science(c: _Canvas) -> None:
    pal = c.palette
    sea, land, sun, leaf = pal.accents[:4]
    x, y, r = 0.64 + c.jitter(0.04), 0.5, 0.32
    c.glow(x, y, r * 1.35, _mix(sun, pal.light, 0.5), 120)
    c.circle(x, y, r, fill=sea)
    (cx, cy), rad = c.p(x, y), c.u(r)
    # Continents as soft blobs clipped to the globe.
    blobs = Image.new("L", c.image.size, 0)
    blob_draw = ImageDraw.Draw(blobs)
    for _ in range(7):
        bx, by = cx + c.rng.uniform(-0.8, 0.8) * rad, cy + c.rng.uniform(-0.7, 0.7) * rad
        br = c.rng.uniform(0.15, 0.35) * rad
        blob_draw.ellipse((bx - br * 1.4, by - br, bx + br * 1.4, by + br), fill=255)
    globe = Image.new("L", c.image.size, 0)
    ImageDraw.Draw(globe).ellipse((cx - rad, cy - rad, cx + rad, cy + rad), fill=255)
    c.image.paste(Image.new("RGB", c.image.size, _mix(land, leaf, 0.3)), (0, 0), ImageChops.multiply(blobs, globe))
    c.draw.line((cx, cy - rad, cx, cy + rad), fill=_alpha(pal.light, 110), width=c.u(0.003))
    for k in (1, 2, 3):
        rx = rad * k / 4
        c.draw.ellipse((cx - rx, cy - rad, cx + rx, cy + rad), outline=_alpha(pal.light, 110), width=c.u(0.003))
    for k in (-2, -1, 0, 1, 2):
        yy = cy + k * rad / 3
        half = math.sqrt(max(0.0, rad**2 - (yy - cy) ** 2))
        c.draw.line((cx - half, yy, cx + half, yy), fill=_alpha(pal.light, 110), width=c.u(0.003))
    c.draw.ellipse((cx - rad, cy - rad, cx + rad, cy + rad), outline=_alpha(pal.ink, 160), width=c.u(0.006))
    # Leaves around the left.
    for i in range(5):
        lx, ly = 0.1 + i * 0.07 + c.jitter(0.02), 0.75 - (i % 2) * 0.2 + c.jitter(0.03)
        angle = c.rng.uniform(-0.9, -0.3)
        _leaf(c, lx, ly, 0.14, angle, c.rng.choice((leaf, land, _mix(leaf, pal.ink, 0.25))))


def _leaf(c: _Canvas, x: float, y: float, length: float, angle: float, colour: RGB) -> None:
    (cx, cy), size = c.p(x, y), c.u(length)
    points = []
    for i in range(21):
        t = i / 20
        points.append((t, 0.32 * math.sin(math.pi * t)))
    for i in range(20, -1, -1):
        t = i / 20
        points.append((t, -0.32 * math.sin(math.pi * t)))
    ca, sa = math.cos(angle), math.sin(angle)
    c.draw.polygon(
        [(cx + size * (px * ca - py * sa), cy + size * (px * sa + py * ca)) for px, py in points], fill=colour
    )
    c.draw.line((cx, cy, cx + size * ca, cy + size * sa), fill=_alpha(c.palette.light, 150), width=c.u(0.003))


def _education(c: _Canvas) -> None:
    pal = c.palette
    colours = pal.accents[:4]
    x0, floor = 0.42 + c.jitter(0.05), 0.86
    y = floor
    for i in range(c.rng.randint(4, 6)):
        height = c.rng.uniform(0.055, 0.085)
        width = c.rng.uniform(0.3, 0.38)
        shift = c.jitter(0.02)
        colour = colours[i % len(colours)]
        c.box(x0 + shift, y - height, x0 + shift + width, y, fill=colour, radius=0.008)
        c.box(
            x0 + shift + width - 0.02,
            y - height + 0.012,
            x0 + shift + width - 0.004,
            y - 0.012,
            fill=_mix(pal.light, colour, 0.15),
        )
        c.line(
            [(x0 + shift + 0.03, y - height / 2), (x0 + shift + width * 0.6, y - height / 2)],
            _alpha(pal.light, 150),
            0.004,
        )
        y -= height
    # An open book on top of the pile.
    mid = x0 + 0.17
    top = y - 0.01
    for side in (-1, 1):
        pts = [(mid, top), (mid + side * 0.17, top - 0.04), (mid + side * 0.17, top - 0.2), (mid, top - 0.16)]
        c.poly(pts, fill=_mix(pal.light, pal.top, 0.3))
        for k in range(1, 5):
            yy = top - 0.05 - k * 0.025
            c.line([(mid + side * 0.025, yy + 0.004), (mid + side * 0.14, yy - 0.02)], _alpha(pal.ink, 70), 0.003)
    c.line([(mid, top), (mid, top - 0.16)], _alpha(pal.ink, 120), 0.003)
    _sun(c, 0.18, 0.3, 0.07, _mix(colours[3], pal.light, 0.4), rays=False)


def _columns(c: _Canvas, x: float, width: float, floor: float, height: float, stone: RGB, shade: RGB) -> None:
    """A classical portico: steps, columns, a pediment."""
    c.box(x - width * 0.56, floor - 0.03, x + width * 0.56, floor, fill=shade)
    c.box(x - width * 0.53, floor - 0.06, x + width * 0.53, floor - 0.03, fill=stone)
    top = floor - 0.06 - height
    count = 6
    for i in range(count):
        cx = x - width * 0.45 + i * width * 0.9 / (count - 1)
        c.box(cx - 0.016, top + 0.02, cx + 0.016, floor - 0.06, fill=stone)
        c.line([(cx - 0.005, top + 0.04), (cx - 0.005, floor - 0.08)], _alpha(shade, 160), 0.003)
        c.box(cx - 0.024, top + 0.005, cx + 0.024, top + 0.03, fill=stone)
    c.box(x - width * 0.52, top - 0.05, x + width * 0.52, top + 0.01, fill=stone)
    c.line([(x - width * 0.5, top - 0.02), (x + width * 0.5, top - 0.02)], _alpha(shade, 140), 0.003)
    c.poly(
        [(x - width * 0.55, top - 0.05), (x, top - 0.05 - height * 0.32), (x + width * 0.55, top - 0.05)], fill=stone
    )
    c.poly(
        [(x - width * 0.4, top - 0.065), (x, top - 0.05 - height * 0.25), (x + width * 0.4, top - 0.065)],
        fill=_mix(stone, shade, 0.3),
    )


def _politics(c: _Canvas) -> None:
    pal = c.palette
    navy, red, stone, steel = pal.accents[:4]
    _hills(c, 0.86, 0.0, _mix(pal.bottom, steel, 0.4))
    centre = 0.5 + c.jitter(0.08)
    _columns(c, centre, c.rng.uniform(0.4, 0.5), 0.88, c.rng.uniform(0.34, 0.42), stone, _mix(stone, steel, 0.5))
    flags = [(navy, red), (red, navy), (steel, navy), (red, stone), (navy, stone)]
    c.rng.shuffle(flags)
    for i, x in enumerate((centre - 0.41, centre + 0.29)):
        top = 0.16 + c.rng.uniform(0, 0.06)
        c.line([(x, 0.9), (x, top)], _alpha(pal.ink, 230), 0.006)
        a, b = flags[i]
        phase = c.rng.uniform(0, math.tau)
        wave = [(x + 0.12 * t, top + 0.012 * math.sin(phase + 5 * t)) for t in (k / 20 for k in range(21))]
        lower = [(px, py + 0.12) for px, py in reversed(wave)]
        c.poly([*wave, *[(px, py + 0.06) for px, py in reversed(wave)]], fill=a)
        c.poly([*[(px, py + 0.06) for px, py in wave], *lower], fill=b)


def _law(c: _Canvas) -> None:
    pal = c.palette
    brass, wood, stone, shade = pal.accents[:4]
    _columns(c, 0.5, 0.95, 0.98, 0.62, _mix(stone, pal.bottom, 0.4), _mix(shade, pal.bottom, 0.6))
    c.poly([(0, 0), (1, 0), (1, 1), (0, 1)], fill=_alpha(pal.top, 120))
    x, top, floor = 0.5 + c.jitter(0.04), 0.18, 0.86
    tilt = c.jitter(0.03)
    c.glow(x, 0.5, 0.35, _mix(pal.light, brass, 0.2), 120)
    c.box(x - 0.12, floor - 0.035, x + 0.12, floor, fill=wood, radius=0.01)
    c.box(x - 0.06, floor - 0.07, x + 0.06, floor - 0.035, fill=wood, radius=0.01)
    c.line([(x, floor - 0.07), (x, top + 0.04)], brass, 0.016)
    c.circle(x, top + 0.02, 0.03, fill=brass)
    beam = [(x - 0.22, top + 0.1 + tilt), (x + 0.22, top + 0.1 - tilt)]
    c.line(beam, brass, 0.012)
    for bx, by in beam:
        pan_y = by + 0.3
        c.line([(bx, by), (bx - 0.07, pan_y)], _alpha(pal.ink, 200), 0.003)
        c.line([(bx, by), (bx + 0.07, pan_y)], _alpha(pal.ink, 200), 0.003)
        (px, py), rx, ry = c.p(bx, pan_y), c.u(0.13), c.u(0.07)
        c.draw.chord((px - rx, py - ry, px + rx, py + ry), 0, 180, fill=brass)
        c.circle(bx, by, 0.012, fill=_mix(brass, pal.ink, 0.3))


def _social(c: _Canvas) -> None:
    pal = c.palette
    colours = pal.accents[:5]
    count = c.rng.randint(5, 7)
    floor = 0.95
    order = list(range(count))
    c.rng.shuffle(order)
    for rank, i in enumerate(order):
        x = 0.12 + i * 0.76 / (count - 1) + c.jitter(0.015)
        height = c.rng.uniform(0.5, 0.7) * (0.92 if rank % 2 else 1.0)
        width = height * 0.22
        colour = colours[rank % len(colours)]
        shoulders = floor - height * 0.72
        body = (*c.p(x - width * c.h / c.w, shoulders), *c.p(x + width * c.h / c.w, floor + 0.1))
        c.draw.rounded_rectangle(body, radius=c.u(width * 0.9), fill=colour)
        c.circle(x, shoulders - height * 0.16, height * 0.13, fill=_mix(colour, pal.ink, 0.25))
    c.glow(0.5, 0.25, 0.25, _mix(pal.light, colours[3], 0.2), 70)


def _art(c: _Canvas) -> None:
    pal = c.palette
    colours = pal.accents[:4]
    shapes = [c.rng.choice(("circle", "half", "triangle", "arc", "bars")) for _ in range(7)]
    shapes[:2] = ["circle", "half"]
    for i, shape in enumerate(shapes):
        colour = colours[i % len(colours)]
        x, y = c.rng.uniform(0.1, 0.9), c.rng.uniform(0.15, 0.85)
        size = c.rng.uniform(0.12, 0.32) if i > 1 else c.rng.uniform(0.28, 0.38)
        (px, py), r = c.p(x, y), c.u(size)
        alpha = 235 if i < 3 else 200
        if shape == "circle":
            c.draw.ellipse((px - r, py - r, px + r, py + r), fill=_alpha(colour, alpha))
        elif shape == "half":
            start = c.rng.choice((0, 90, 180, 270))
            c.draw.pieslice((px - r, py - r, px + r, py + r), start, start + 180, fill=_alpha(colour, alpha))
        elif shape == "triangle":
            c.draw.regular_polygon((px, py, r), 3, rotation=c.rng.uniform(0, 120), fill=_alpha(colour, alpha))
        elif shape == "arc":
            c.draw.arc(
                (px - r, py - r, px + r, py + r),
                c.rng.choice((0, 90, 180)),
                270,
                fill=_alpha(colour, alpha),
                width=c.u(0.03),
            )
        else:
            for k in range(4):
                c.draw.rectangle(
                    (px + k * r * 0.3, py - r, px + k * r * 0.3 + r * 0.12, py + r), fill=_alpha(colour, alpha)
                )
    for _ in range(18):
        c.circle(c.rng.uniform(0.05, 0.95), c.rng.uniform(0.05, 0.95), 0.008, fill=_alpha(pal.ink, 160))


MOTIFS: dict[str, Callable[[_Canvas], None]] = {
    "agro-forestry": _agro,
    "art-culture": _art,
    "technology": _technology,
    "economy-business": _economy,
    "education": _education,
    "energy-extractives": _energy,
    "politics": _politics,
    "law-governance": _law,
    "health": _health,
    "science-environment": _science,
    "social-gender": _social,
    "sports": _sports,
    "transport": _transport,
    "urban-development": _urban,
    "wash": _wash,
}


# ----------------------------------------------------------------------------------------------------- assembly


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.load_default(size=size)
    except (TypeError, OSError):  # Pillow < 10.1 or built without FreeType: the small bitmap font
        return ImageFont.load_default()


def _background(size: tuple[int, int], palette: Palette, rng: random.Random) -> Image.Image:
    w, h = size
    gradient = Image.linear_gradient("L").resize((w, h))
    tint = rng.choice(palette.accents)
    top, bottom = _mix(palette.top, tint, rng.uniform(0, 0.1)), _mix(palette.bottom, tint, rng.uniform(0, 0.12))
    image = Image.composite(Image.new("RGB", size, bottom), Image.new("RGB", size, top), gradient)
    # A soft light source and a few out-of-focus discs.
    bokeh = Image.new("L", size, 0)
    draw = ImageDraw.Draw(bokeh)
    for _ in range(6):
        x, y, r = rng.uniform(0, w), rng.uniform(0, h * 0.7), rng.uniform(0.08, 0.2) * h
        draw.ellipse((x - r, y - r, x + r, y + r), fill=rng.randint(25, 55))
    bokeh = bokeh.filter(ImageFilter.GaussianBlur(h * 0.03))
    image.paste(Image.new("RGB", size, palette.light), (0, 0), bokeh)
    return image


def _vignette(image: Image.Image, colour: RGB, strength: int = 60) -> None:
    """Darken the lower edge slightly, so a headline laid over the picture stays readable."""
    w, h = image.size
    ramp = Image.linear_gradient("L").resize((w, h)).point(lambda v: max(0, v - 150) * strength // 105)
    image.paste(Image.new("RGB", image.size, colour), (0, 0), ramp)


def _badge(image: Image.Image, text: str = "DEMO") -> None:
    h = image.height
    draw = ImageDraw.Draw(image, "RGBA")
    size = max(10, round(h * 0.034))
    font = _font(size)
    left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
    pad_x, pad_y, margin = round(size * 0.6), round(size * 0.35), round(h * 0.035)
    box = (margin, margin, margin + right - left + 2 * pad_x, margin + bottom - top + 2 * pad_y)
    draw.rounded_rectangle(box, radius=round(size * 0.35), fill=(15, 20, 30, 175))
    draw.text((box[0] + pad_x - left, box[1] + pad_y - top), text, font=font, fill=(255, 255, 255, 235))


def draw_story_image(key: str, sector: str, headline: str, *, width: int = 1200, height: int = 675) -> bytes:
    """Return JPEG bytes (quality ~82, progressive, optimised) of a deterministic illustration for a story."""
    rng = random.Random(f"newsdesk-demo:{key}")
    palette = PALETTES.get(sector, _FALLBACK_PALETTE)
    size = (width * _SUPERSAMPLE, height * _SUPERSAMPLE)
    image = _background(size, palette, rng)
    canvas = _Canvas(image, ImageDraw.Draw(image, "RGBA"), rng, palette)
    MOTIFS.get(sector, _art)(canvas)
    _vignette(image, palette.ink)
    image = image.resize((width, height), Image.Resampling.LANCZOS)
    _badge(image)
    comment = f"Newsdesk demo illustration, not a photograph: {headline}"[:500].encode()
    quality = _JPEG_QUALITY
    while True:
        out = io.BytesIO()
        image.save(out, "JPEG", quality=quality, progressive=True, optimize=True, comment=comment)
        if out.tell() <= _MAX_JPEG_BYTES or quality <= 60:
            return out.getvalue()
        quality -= 6


_AVATAR_COLOURS: tuple[RGB, ...] = tuple(
    _hex(c)
    for c in (
        "#1F4E79",
        "#2A9D8F",
        "#6A4C93",
        "#C8553D",
        "#3A7D44",
        "#B5523B",
        "#2F6690",
        "#8C5E3C",
        "#1D7874",
        "#5C6B73",
        "#9C2F5E",
        "#4A6078",
    )
)


def _initials(name: str) -> str:
    words = [w for w in name.replace("-", " ").split() if w[:1].isalpha()]
    if not words:
        return "?"
    if len(words) == 1:
        return words[0][:2].upper()
    return (words[0][0] + words[-1][0]).upper()


def draw_author_avatar(name: str, size: int = 160) -> bytes:
    """PNG bytes: the author's initials on a coloured circle (transparent corners), stable per name."""
    digest = hashlib.sha256(name.strip().lower().encode()).digest()
    colour = _AVATAR_COLOURS[digest[0] % len(_AVATAR_COLOURS)]
    scale = 4
    big = size * scale
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((0, 0, big - 1, big - 1), fill=_mix(colour, (255, 255, 255), 0.08))
    draw.ellipse((big * 0.04, big * 0.04, big * 0.96, big * 0.96), fill=colour)
    font = _font(round(big * 0.4))
    draw.text((big / 2, big / 2), _initials(name), font=font, fill=(255, 255, 255, 255), anchor="mm")
    image = image.resize((size, size), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()
