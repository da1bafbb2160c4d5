"""The few sizes the stylesheet cannot set, made for fingers: the clear button inside a text field (a 14 px
cross by default) is drawn at least 44 px, the minimum touch target (tests/gui/layout_checks.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

FIELD_ICON_PX = 42  # the clear button is this plus 6 px across and plus 2 px high (Qt's margins): 48×44 px


class TouchStyle(QProxyStyle):
    def pixelMetric(self, metric: QStyle.PixelMetric, option: QStyleOption | None = None,  # noqa: N802 - Qt's name
                    widget: QWidget | None = None) -> int:
        if metric == QStyle.PixelMetric.PM_LineEditIconSize:
            return max(FIELD_ICON_PX, super().pixelMetric(metric, option, widget))
        return super().pixelMetric(metric, option, widget)
