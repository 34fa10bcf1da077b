"""Bar charts for reports (`reportlab.graphics`, no matplotlib), in the embedded font.

A chart's labels are drawn as plain strings, never shaped, so categories are numbered or named
in the body font's script only; the names themselves are in the table beside the chart.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from groupdesk.reports.text import BODY_FONT, font_runs, visual

#: Height of a chart, in points.
CHART_HEIGHT = 170
#: The most room a category's bars take, in points.
BAR_ROOM = 90


def bar_chart(
    width: float,
    categories: Sequence[str],
    series: Sequence[tuple[str, str, Sequence[float]]],
    *,
    locale: str,
    height: float = CHART_HEIGHT,
) -> tuple[Any, Any]:
    """A drawing of bars side by side per category, one (legend name, colour, values) per
    series, with its legend above; returns the drawing and the chart (to colour single bars)."""
    from babel.numbers import format_decimal
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.colors import HexColor

    drawing = Drawing(width, height)
    # The font a drawing starts in: not Helvetica, which would be the one font left unembedded.
    drawing.initialFontName = BODY_FONT  # type: ignore[attr-defined]  # read by renderbase
    chart = VerticalBarChart()
    chart.x, chart.y = 50, 30
    # at most BAR_ROOM points per category: one grant is not a bar across the page
    chart.width = min(width - 60, BAR_ROOM * len(categories))  # type: ignore[assignment]
    chart.height = height - 60  # type: ignore[assignment]
    chart.data = [list(values) for _, _, values in series]
    chart.categoryAxis.categoryNames = list(categories)
    chart.categoryAxis.labels.fontName = BODY_FONT
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.labels.fontName = BODY_FONT
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = lambda value: format_decimal(
        value, format="#,##0", locale=locale
    )
    for index, (_, colour, _) in enumerate(series):
        chart.bars[index].fillColor = HexColor(colour)
    chart.bars.strokeWidth = 0
    drawing.add(chart)
    legend = Legend()
    legend.x = 50
    legend.y = height - 8  # type: ignore[assignment]  # the stubs say int; points are float
    legend.fontName, legend.fontSize = BODY_FONT, 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.colorNamePairs = [(HexColor(colour), name) for name, colour, _ in series]
    drawing.add(legend)
    return drawing, chart


def add_legend_entry(drawing: Any, name: str, colour: str) -> None:
    """One more entry in the chart's legend (a colour used for some bars only)."""
    from reportlab.lib.colors import HexColor

    legend = drawing.contents[-1]
    legend.colorNamePairs.append((HexColor(colour), name))


def drawable(label: str, fallback: str) -> str:
    """`label` when the body font draws all of it left to right unshaped, else `fallback` (a
    month's name in Arabic would print unjoined and backwards on a chart's axis)."""
    runs = font_runs(visual(label))
    plain = len(runs) == 1 and runs[0][0] == BODY_FONT and runs[0][1] == label
    return label if plain else fallback
