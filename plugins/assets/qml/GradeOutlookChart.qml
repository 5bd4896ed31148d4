// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import CityTwin.Assets

// The deterioration model's outlook: the expected share of the inventory in each grade, year by
// year, if nothing is done.
ColumnLayout {
    id: root

    required property AssetPlanController controller
    readonly property var colors: ["#2e9e44", "#e8c31a", "#f07d12", "#d7191c"]
    readonly property alias seriesI: gradeI

    spacing: 0

    function refill() {
        const lines = [gradeI, gradeII, gradeIII, gradeIV];
        const outlook = root.controller.gradeOutlook;
        for (let g = 0; g < lines.length; ++g) {
            lines[g].clear();
            const shares = outlook.length > g ? outlook[g] : [];
            for (let t = 0; t < shares.length; ++t)
                lines[g].append(t, shares[t] * 100);
        }
        xAxis.max = Math.max(1, outlook.length > 0 ? outlook[0].length - 1 : 1);
    }

    Connections {
        target: root.controller
        function onLifeCycleChanged() { root.refill(); }
    }
    Component.onCompleted: root.refill()

    Label {
        Layout.fillWidth: true
        Layout.preferredWidth: 100
        text: qsTr("Expected share of the assets in each grade if nothing is done")
        wrapMode: Text.WordWrap
        font.pixelSize: 11
    }

    ChartView {
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
            min: 0
            max: 50
            labelFormat: "%d"
            titleText: qsTr("Years from now")
        }
        ValueAxis {
            id: yAxis
            min: 0
            max: 100
            labelFormat: "%d"
            titleText: qsTr("% of assets")
        }
        LineSeries { id: gradeI; name: "I"; axisX: xAxis; axisY: yAxis; color: root.colors[0]; width: 2 }
        LineSeries { id: gradeII; name: "II"; axisX: xAxis; axisY: yAxis; color: root.colors[1]; width: 2 }
        LineSeries { id: gradeIII; name: "III"; axisX: xAxis; axisY: yAxis; color: root.colors[2]; width: 2 }
        LineSeries { id: gradeIV; name: "IV"; axisX: xAxis; axisY: yAxis; color: root.colors[3]; width: 2 }
    }
}
