"""Arrivals and departures per hour as bars, drawn with ReportLab's own charts: vector, crisp on any printer.

Every label is in KioskSans (the report's font, embedded), and the value axis gets round steps so that
the grid lines read as "0, 50, 100…" whatever the crowd.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from kiosk.documents.fonts import BOLD, REGULAR, register_fonts

# Told apart in colour and in grey print alike: blue, orange, green, purple, then lighter ones.
COLOURS = tuple(colors.HexColor(c) for c in ("#1F5F99", "#E08A1E", "#3C9A50", "#8E5BA8", "#7FB3E0", "#F2C078",
                                             "#A0D6A8", "#C9A8DA"))
CROWDED = 14
"""Beyond this many hours, the hour labels turn aside so that they do not run into each other."""


def hour_chart(hours: Sequence[str], series: Sequence[tuple[str, Sequence[int]]], *, width: float, title: str = "",
               height: float = 65 * mm, label: Callable[[int], str] = str) -> Drawing:
    """A bar chart of `series` (legend name, one value per hour), legend at the top right, title at the left."""
    register_fonts()
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 14 * mm, 12 * mm if len(hours) > CROWDED else 8 * mm
    chart.width, chart.height = width - chart.x - 2 * mm, height - chart.y - 12 * mm
    chart.data = [list(values) or [0] for _, values in series]
    chart.categoryAxis.categoryNames = list(hours)
    _style_axes(chart, len(hours) > CROWDED, label)
    _scale(chart, max((max(values, default=0) for _, values in series), default=0))
    chart.bars.strokeColor = None
    chart.barSpacing, chart.groupSpacing = 0.6, 4 if len(series) > 2 else 6
    for index in range(len(series)):
        chart.bars[index].fillColor = COLOURS[index % len(COLOURS)]
    drawing.add(chart)
    if title:
        drawing.add(String(0, height - 4 * mm, title, fontName=BOLD, fontSize=9))
    drawing.add(_legend([name for name, _ in series], width, height))
    return drawing


def _style_axes(chart: VerticalBarChart, crowded: bool, label: Callable[[int], str]) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = REGULAR
        axis.labels.fontSize = 7
        axis.strokeColor = colors.HexColor("#666666")
    chart.categoryAxis.labels.boxAnchor = "ne" if crowded else "n"
    chart.categoryAxis.labels.angle = 40 if crowded else 0
    chart.categoryAxis.labels.dy = -2
    chart.categoryAxis.tickDown = 2
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#DDDDDD")
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.valueAxis.labelTextFormat = lambda value: label(int(value))


def _scale(chart: VerticalBarChart, highest: int) -> None:
    """0 to a round top in at most five round steps: 1, 2, 5, 10, 20, 50…"""
    step, factors = 1, itertools.cycle((2, 2.5, 2))
    while highest > 5 * step:
        step = round(step * next(factors))
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueStep = step
    chart.valueAxis.valueMax = max(step, math.ceil(highest / step) * step)


def _legend(names: Sequence[str], width: float, height: float) -> Legend:
    legend = Legend()
    legend.fontName, legend.fontSize = REGULAR, 8
    legend.boxAnchor, legend.alignment = "ne", "right"
    legend.x, legend.y = width - 2 * mm, height - 1 * mm
    legend.columnMaximum = 1  # one entry per column: the legend runs along the top
    legend.deltax, legend.dx, legend.dy, legend.dxTextSpace = 10, 7, 7, 3
    legend.strokeColor = None
    legend.colorNamePairs = [(COLOURS[i % len(COLOURS)], name) for i, name in enumerate(names)]
    return legend
