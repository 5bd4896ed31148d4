// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
import QtQuick
import QtCharts

// Alerts by hour of the day, stacked by weekday (Qt Charts; needs a QApplication).
ChartView {
    id: chart

    required property var controller

    antialiasing: true
    legend.alignment: Qt.AlignBottom
    legend.font.pixelSize: 10
    margins { left: 2; right: 2; top: 2; bottom: 2 }

    readonly property var weekdays: [qsTr("Mon"), qsTr("Tue"), qsTr("Wed"), qsTr("Thu"), qsTr("Fri"), qsTr("Sat"), qsTr("Sun")]
    readonly property var colors: ["#4e79a7", "#59a14f", "#9c755f", "#f28e2b", "#edc948", "#e15759", "#b07aa1"]

    function rebuild() {
        series.clear();
        const counts = chart.controller.weekdayHourCounts;
        let highest = 1;
        for (let h = 0; h < 24; ++h) {
            let sum = 0;
            for (let d = 0; d < 7; ++d)
                sum += counts[d][h];
            highest = Math.max(highest, sum);
        }
        for (let d = 0; d < 7; ++d) {
            const set = series.append(chart.weekdays[d], counts[d]);
            set.color = chart.colors[d];
            set.borderWidth = 0;
        }
        axisY.max = highest;
    }

    StackedBarSeries {
        id: series
        barWidth: 0.9
        axisX: BarCategoryAxis {
            categories: {
                const names = [];
                for (let h = 0; h < 24; ++h)
                    names.push(String(h));
                return names;
            }
            // Qt Charts elides two-digit labels under 24 narrow bars; the hours are drawn below.
            labelsVisible: false
        }
        axisY: ValueAxis {
            id: axisY
            min: 0
            labelFormat: "%d"
            labelsFont.pixelSize: 9
        }
    }

    Repeater {
        model: 8
        delegate: Text {
            required property int index
            readonly property int hour: index * 3
            x: chart.plotArea.x + (hour + 0.5) * chart.plotArea.width / 24 - width / 2
            y: chart.plotArea.y + chart.plotArea.height + 2
            text: String(hour)
            font.pixelSize: 9
            color: "#555555"
        }
    }

    Connections {
        target: chart.controller
        function onRefreshed() { chart.rebuild(); }
    }
    Component.onCompleted: rebuild()
}
