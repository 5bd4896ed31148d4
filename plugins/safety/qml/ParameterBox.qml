// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
import QtQuick
import QtQuick.Controls

// A spin box for one analysis parameter: its range and step come from
// SafetyController.ranges, its tooltip names the range (tip has %1 and %2 for from and to).
SpinBox {
    id: root

    required property var range   // {from, to, step}
    property string tip

    from: range.from
    to: range.to
    stepSize: range.step
    editable: true
    ToolTip.visible: hovered
    ToolTip.delay: 400
    ToolTip.text: tip.arg(range.from).arg(range.to)
}
