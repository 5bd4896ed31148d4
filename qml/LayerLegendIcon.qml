// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
import QtQuick

// The legend swatch of a layer: a symbol for points, a stroke for lines, a filled square with its
// outline for areas, a small block for buildings — drawn in the layer's colours.
Canvas {
    id: root

    property string kind: "points"
    property color fillColor: "gray"
    property color outlineColor: "transparent"
    property string symbol: "circle"

    implicitWidth: 20
    implicitHeight: 20

    onKindChanged: requestPaint()
    onFillColorChanged: requestPaint()
    onOutlineColorChanged: requestPaint()
    onSymbolChanged: requestPaint()

    onPaint: {
        const ctx = getContext("2d");
        const w = width, h = height;
        ctx.reset();
        ctx.fillStyle = root.fillColor;
        ctx.strokeStyle = Qt.darker(root.fillColor, 1.6);
        ctx.lineWidth = 1.2;
        if (root.kind === "lines") {
            ctx.lineWidth = 4;
            ctx.strokeStyle = root.fillColor;
            ctx.beginPath();
            ctx.moveTo(2, h - 5);
            ctx.bezierCurveTo(w * 0.4, h * 0.2, w * 0.6, h, w - 2, 5);
            ctx.stroke();
        } else if (root.kind === "areas") {
            ctx.fillRect(2, 2, w - 4, h - 4);
            if (root.outlineColor.a > 0) {
                ctx.strokeStyle = root.outlineColor;
                ctx.lineWidth = 2;
            }
            ctx.strokeRect(2, 2, w - 4, h - 4);
        } else if (root.kind === "buildings") {
            ctx.fillStyle = Qt.darker(root.fillColor, 1.25);
            ctx.fillRect(4, 8, w - 8, h - 10);
            ctx.fillStyle = root.fillColor;
            ctx.beginPath();
            ctx.moveTo(4, 8);
            ctx.lineTo(8, 3);
            ctx.lineTo(w - 2, 3);
            ctx.lineTo(w - 4, 8);
            ctx.closePath();
            ctx.fill();
            ctx.strokeRect(4, 8, w - 8, h - 10);
        } else {
            ctx.beginPath();
            const cx = w / 2, cy = h / 2, r = Math.min(w, h) / 2 - 3;
            if (root.symbol === "square") {
                ctx.rect(cx - r, cy - r, 2 * r, 2 * r);
            } else if (root.symbol === "triangle") {
                ctx.moveTo(cx, cy - r);
                ctx.lineTo(cx + r, cy + r);
                ctx.lineTo(cx - r, cy + r);
                ctx.closePath();
            } else if (root.symbol === "diamond") {
                ctx.moveTo(cx, cy - r);
                ctx.lineTo(cx + r, cy);
                ctx.lineTo(cx, cy + r);
                ctx.lineTo(cx - r, cy);
                ctx.closePath();
            } else {
                ctx.arc(cx, cy, r, 0, 2 * Math.PI);
            }
            ctx.fill();
            ctx.stroke();
        }
    }
}
