// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import CityTwin.Assets

// Expected cumulative cost of the whole inventory under preventive maintenance (act at II, III
// and IV) and under reactive maintenance (only at IV, emergency price and the failures' cost to
// users), year by year over the life cycle.
ColumnLayout {
    id: root

    required property AssetPlanController controller
    readonly property alias preventiveSeries: preventive
    readonly property alias reactiveSeries: reactive

    spacing: 0

    function refill() {
        preventive.clear();
        reactive.clear();
        const p = root.controller.preventiveCost, r = root.controller.reactiveCost;
        let hi = 1;
        for (let i = 0; i < p.length; ++i) {
            // billion yen keeps the axis readable for a whole city
            preventive.append(i + 1, p[i] / 1000);
            reactive.append(i + 1, r[i] / 1000);
            hi = Math.max(hi, p[i] / 1000, r[i] / 1000);
        }
        xAxis.max = Math.max(1, p.length);
        yAxis.max = hi * 1.05;
        yAxis.applyNiceNumbers();
    }

    Connections {
        target: root.controller
        function onLifeCycleChanged() { root.refill(); }
    }
    Component.onCompleted: root.refill()

    Label {
        Layout.fillWidth: true
        Layout.preferredWidth: 100
        text: qsTr("Life-cycle cost: preventive %1, reactive %2 billion yen; expected failures %3 vs %4")
                .arg(Number(root.controller.preventiveCost.length > 0 ? root.controller.preventiveCost[root.controller.preventiveCost.length - 1] / 1000 : 0).toLocaleString(Qt.locale(), "f", 1))
                .arg(Number(root.controller.reactiveCost.length > 0 ? root.controller.reactiveCost[root.controller.reactiveCost.length - 1] / 1000 : 0).toLocaleString(Qt.locale(), "f", 1))
                .arg(Number(root.controller.preventiveFailures).toLocaleString(Qt.locale(), "f", 1))
                .arg(Number(root.controller.reactiveFailures).toLocaleString(Qt.locale(), "f", 1))
        wrapMode: Text.WordWrap
        font.pixelSize: 11
    }

    ChartView {
        id: chart
        Layout.fillWidth: true
        Layout.fillHeight: true
        antialiasing: true
        legend.alignment: Qt.AlignBottom
        margins.top: 2
        margins.bottom: 2
        margins.left: 2
        margins.right: 2

        ValueAxis {
            id: xAxis
            min: 1
            max: 50
            labelFormat: "%d"
            titleText: qsTr("Year")
        }
        ValueAxis {
            id: yAxis
            min: 0
            max: 1
            titleText: qsTr("Billion yen")
        }
        LineSeries {
            id: preventive
            name: qsTr("Preventive")
            axisX: xAxis
            axisY: yAxis
            color: "#2e7d32"
            width: 2.5
        }
        LineSeries {
            id: reactive
            name: qsTr("Reactive")
            axisX: xAxis
            axisY: yAxis
            color: "#c62828"
            width: 2.5
        }
    }
}
