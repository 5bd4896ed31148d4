// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import CityTwin.Ui

// The charts of Compare runs: the share evacuated of both runs over simulated time, and below
// it the series picked in the combo box (shelter occupancy by default), both runs on each chart.
ColumnLayout {
    id: root

    required property RunComparison comparison
    required property color colorA
    required property color colorB
    readonly property alias shareChart: shareChart
    readonly property alias otherChart: otherChart
    readonly property alias otherSeriesA: otherA
    readonly property alias otherSeriesB: otherB
    readonly property alias shareSeriesA: shareA
    readonly property alias shareSeriesB: shareB
    //! The series of the second chart (an id of comparison.series).
    property string otherSeries: "occupancy"
    readonly property var otherInfo: root.info(root.otherSeries)
    //! The choices for the second chart: every series but the share.
    readonly property var otherChoices: root.comparison.series.filter(s => s.id !== "share")

    //! A round axis end at or above `value`: 1, 2, 2.5 or 5 times a power of ten.
    function niceMaximum(value) {
        if (!(value > 0))
            return 1;
        const power = Math.pow(10, Math.floor(Math.log10(value)));
        for (const step of [1, 2, 2.5, 5, 10]) {
            if (step * power >= value)
                return step * power;
        }
        return 10 * power;
    }

    function info(id) {
        for (const s of root.comparison.series) {
            if (s.id === id)
                return s;
        }
        return null;
    }

    function fill(series, which, id) {
        series.clear();
        for (const p of root.comparison.points(which, id))
            series.append(p.x, p.y);
    }

    function refill() {
        if (root.comparison.loading)
            return;
        if (!root.info(root.otherSeries) && root.otherChoices.length > 0)
            root.otherSeries = root.otherChoices[0].id;
        root.fill(shareA, 0, "share");
        root.fill(shareB, 1, "share");
        root.fill(otherA, 0, root.otherSeries);
        root.fill(otherB, 1, root.otherSeries);
    }

    spacing: 4
    onOtherSeriesChanged: root.refill()
    Component.onCompleted: root.refill()

    Connections {
        target: root.comparison
        function onLoaded() { root.refill(); }
    }

    ChartView {
        id: shareChart
        objectName: "shareChart"
        Layout.fillWidth: true
        Layout.fillHeight: true
        title: qsTr("Share evacuated over time")
        antialiasing: true
        legend.alignment: Qt.AlignBottom
        margins { top: 4; bottom: 4; left: 4; right: 4 }

        ValueAxis {
            id: shareX
            min: 0
            max: Math.max(1, root.comparison.maximumMinutes)
            labelFormat: "%.0f"
            titleText: qsTr("minutes of simulated time")
        }
        ValueAxis {
            id: shareY
            min: 0
            max: 100
            tickCount: 6
            labelFormat: "%.0f"
            titleText: qsTr("% of those who set out")
        }
        LineSeries {
            id: shareA
            name: qsTr("Run A (#%1)").arg(root.comparison.runA)
            axisX: shareX
            axisY: shareY
            color: root.colorA
            width: 2
        }
        LineSeries {
            id: shareB
            name: qsTr("Run B (#%1)").arg(root.comparison.runB)
            axisX: shareX
            axisY: shareY
            color: root.colorB
            width: 2
            style: Qt.DashLine
        }
    }

    RowLayout {
        Layout.fillWidth: true
        Layout.leftMargin: 8
        Label { text: qsTr("Second chart:") }
        ComboBox {
            objectName: "otherSeries"
            Layout.preferredWidth: 260
            model: root.otherChoices
            textRole: "title"
            valueRole: "id"
            currentIndex: indexOfValue(root.otherSeries)
            onActivated: root.otherSeries = currentValue
        }
    }

    ChartView {
        id: otherChart
        objectName: "otherChart"
        Layout.fillWidth: true
        Layout.fillHeight: true
        title: root.otherInfo ? root.otherInfo.title : ""
        antialiasing: true
        legend.alignment: Qt.AlignBottom
        margins { top: 4; bottom: 4; left: 4; right: 4 }

        ValueAxis {
            id: otherX
            min: 0
            max: Math.max(1, root.comparison.maximumMinutes)
            labelFormat: "%.0f"
            titleText: qsTr("minutes of simulated time")
        }
        ValueAxis {
            id: otherY
            min: 0
            max: root.otherInfo ? root.niceMaximum(root.otherInfo.maximum) : 1
            tickCount: 6
            labelFormat: root.otherInfo && root.otherInfo.maximum < 5 ? "%.1f" : "%.0f"
            titleText: root.otherInfo ? root.otherInfo.unit : ""
        }
        LineSeries {
            id: otherA
            name: qsTr("Run A (#%1)").arg(root.comparison.runA)
            axisX: otherX
            axisY: otherY
            color: root.colorA
            width: 2
        }
        LineSeries {
            id: otherB
            name: qsTr("Run B (#%1)").arg(root.comparison.runB)
            axisX: otherX
            axisY: otherY
            color: root.colorB
            width: 2
            style: Qt.DashLine
        }
    }
}
