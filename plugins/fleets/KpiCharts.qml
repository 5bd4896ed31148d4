// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import CityTwin.Fleets

// The on-demand service's KPIs per hour over the last hours (Qt Charts): wait, detour factor,
// occupancy, vehicle-km and rejected requests, computed from the twin's records.
ColumnLayout {
    id: root

    required property DispatchController controller

    spacing: 2

    RowLayout {
        Label { text: qsTr("Last") }
        SpinBox {
            from: 1
            to: 168
            value: root.controller.kpiHours
            onValueModified: root.controller.kpiHours = value
        }
        Label { text: qsTr("hours, per hour") }
    }

    ScrollView {
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        ColumnLayout {
            width: root.width - 12
            Repeater {
                model: [
                    { key: "waitMinutes", title: qsTr("Mean wait (min)"), color: "#1f77b4" },
                    { key: "detourFactor", title: qsTr("Detour factor (ride ÷ direct)"), color: "#ff7f0e" },
                    { key: "occupancy", title: qsTr("Occupancy (%)"), color: "#2ca02c", scale: 100 },
                    { key: "vehicleKm", title: qsTr("Vehicle-km"), color: "#9467bd" },
                    { key: "rejected", title: qsTr("Rejected requests"), color: "#d62728" }
                ]
                delegate: ChartView {
                    id: chart
                    required property var modelData
                    Layout.fillWidth: true
                    Layout.preferredHeight: 170
                    title: modelData.title
                    titleFont.pixelSize: 11
                    legend.visible: false
                    antialiasing: true
                    margins { left: 2; right: 2; top: 2; bottom: 2 }

                    function refill() {
                        line.clear();
                        const rows = root.controller.kpis;
                        let hi = 0;
                        for (const k of rows) {
                            const v = k[chart.modelData.key];
                            if (v === undefined || v === null)
                                continue;
                            const y = v * (chart.modelData.scale || 1);
                            line.append(k.start.getTime(), y);
                            hi = Math.max(hi, y);
                        }
                        if (rows.length > 0) {
                            axisX.min = rows[0].start;
                            axisX.max = new Date(rows[rows.length - 1].start.getTime() + 3600 * 1000);
                        }
                        axisY.max = Math.max(1, hi * 1.15);
                    }

                    DateTimeAxis { id: axisX; format: "HH:mm"; tickCount: 5; labelsFont.pixelSize: 9 }
                    ValueAxis { id: axisY; min: 0; max: 1; labelsFont.pixelSize: 9; labelFormat: "%.1f" }
                    LineSeries {
                        id: line
                        axisX: axisX
                        axisY: axisY
                        color: chart.modelData.color
                        width: 2
                        pointsVisible: true
                    }
                    Connections {
                        target: root.controller
                        function onChanged() { chart.refill(); }
                    }
                    Component.onCompleted: refill()
                }
            }
        }
    }
}
