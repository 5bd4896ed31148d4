// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import CityTwin.Sensors

// The selected sensor's history: readings (or, for long ranges, the store's per-bucket mean with
// the min–max band), the threshold levels as labelled horizontal lines, range presets and zoom
// (wheel or buttons; drag to pan).
ColumnLayout {
    id: root

    required property SensorPanel panel
    readonly property alias chart: chart
    readonly property alias valueSeries: valueSeries
    readonly property var thresholds: root.panel.selected.thresholds || []
    readonly property var levelColors: ["#2e86de", "#f2c500", "#f39c12", "#e0331f", "#8e1dac"]

    spacing: 2

    //! The display name of a threshold level (the four Japanese river levels).
    function levelName(level, key) {
        switch (key) {
        //: 水防団待機水位 (level 1 of a river gauge)
        case "standby": return qsTr("Flood-fighting standby level");
        //: 氾濫注意水位 (level 2)
        case "caution": return qsTr("Flood caution level");
        //: 避難判断水位 (level 3)
        case "evacuation": return qsTr("Evacuation decision level");
        //: 氾濫危険水位 (level 4)
        case "danger": return qsTr("Flood danger level");
        }
        return qsTr("Level %1").arg(level);
    }

    function refill() {
        valueSeries.clear();
        bandUpper.clear();
        bandLower.clear();
        let lo = Infinity, hi = -Infinity;
        for (const p of root.panel.history) {
            valueSeries.append(p.t, p.value);
            if (root.panel.historyAggregated) {
                bandUpper.append(p.t, p.max);
                bandLower.append(p.t, p.min);
            }
            lo = Math.min(lo, p.min);
            hi = Math.max(hi, p.max);
        }
        const from = root.panel.historyFrom.getTime(), to = root.panel.historyTo.getTime();
        const lines = [level1, level2, level3, level4];
        for (let i = 0; i < lines.length; ++i) {
            lines[i].clear();
            const t = root.thresholds.find(x => x.level === i + 1);
            lines[i].visible = t !== undefined;
            if (t !== undefined) {
                lines[i].append(from, t.value);
                lines[i].append(to, t.value);
                lo = Math.min(lo, t.value);
                hi = Math.max(hi, t.value);
            }
        }
        if (!isFinite(lo)) {
            lo = 0;
            hi = 1;
        }
        const pad = Math.max(0.1, (hi - lo) * 0.08);
        chart.zoomReset();
        xAxis.min = root.panel.historyFrom;
        xAxis.max = root.panel.historyTo;
        yAxis.min = lo - pad;
        yAxis.max = hi + pad;
        yAxis.applyNiceNumbers();
    }

    Connections {
        target: root.panel
        function onHistoryChanged() { root.refill(); }
    }
    Component.onCompleted: root.refill()

    RowLayout {
        Layout.fillWidth: true
        Label {
            Layout.fillWidth: true
            text: root.panel.selected.name || ""
            font.bold: true
            elide: Text.ElideRight
        }
        Repeater {
            model: [{hours: 6, label: qsTr("6 h")}, {hours: 24, label: qsTr("24 h")}, {hours: 168, label: qsTr("7 d")}]
            delegate: Button {
                required property var modelData
                objectName: "range" + modelData.hours
                text: modelData.label
                flat: true
                checkable: true
                checked: root.panel.rangeHours === modelData.hours
                onClicked: root.panel.rangeHours = modelData.hours
            }
        }
        ToolButton {
            text: "+"
            onClicked: chart.zoomIn()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Zoom in (or use the mouse wheel; drag to pan)")
        }
        ToolButton {
            text: "−"
            onClicked: chart.zoomOut()
        }
        ToolButton {
            text: "⤢"
            onClicked: chart.zoomReset()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Show the whole range")
        }
    }
    Label {
        Layout.fillWidth: true
        font.pixelSize: 11
        color: palette.placeholderText
        text: root.panel.historyAggregated
              ? qsTr("%1 buckets of %2 min: mean, band from min to max").arg(root.panel.history.length)
                    .arg(Math.round(root.panel.historyBucketMs / 60000))
              : qsTr("%n reading(s)", "", root.panel.history.length)
    }

    ChartView {
        id: chart
        objectName: "chart"
        Layout.fillWidth: true
        Layout.fillHeight: true
        antialiasing: true
        legend.visible: false
        margins { top: 4; bottom: 4; left: 4; right: 4 }

        DateTimeAxis {
            id: xAxis
            format: root.panel.rangeHours > 24 ? "MM-dd" : "HH:mm"
            tickCount: 5
        }
        ValueAxis {
            id: yAxis
            labelFormat: "%.2f"
            titleText: root.panel.selected.unit || ""
        }
        AreaSeries {
            id: band
            axisX: xAxis
            axisY: yAxis
            visible: root.panel.historyAggregated
            color: "#332e86de"
            borderWidth: 0
            upperSeries: LineSeries { id: bandUpper }
            lowerSeries: LineSeries { id: bandLower }
        }
        LineSeries { id: level1; axisX: xAxis; axisY: yAxis; color: root.levelColors[1]; width: 1.5; style: Qt.DashLine }
        LineSeries { id: level2; axisX: xAxis; axisY: yAxis; color: root.levelColors[2]; width: 1.5; style: Qt.DashLine }
        LineSeries { id: level3; axisX: xAxis; axisY: yAxis; color: root.levelColors[3]; width: 1.5; style: Qt.DashLine }
        LineSeries { id: level4; axisX: xAxis; axisY: yAxis; color: root.levelColors[4]; width: 1.5; style: Qt.DashLine }
        LineSeries {
            id: valueSeries
            axisX: xAxis
            axisY: yAxis
            color: "#1b4f72"
            width: 2
        }

        // The threshold labels, at the right end of each line, following zoom and pan.
        Repeater {
            model: root.thresholds
            delegate: Label {
                id: tag
                required property var modelData
                objectName: "thresholdLabel" + modelData.level
                readonly property point at: {
                    // Re-evaluated when the plot area or the axes change.
                    void (chart.plotArea.x + chart.plotArea.y + chart.plotArea.width + chart.plotArea.height
                          + yAxis.min + yAxis.max + xAxis.min.getTime() + xAxis.max.getTime());
                    return chart.mapToPosition(Qt.point(xAxis.max.getTime(), tag.modelData.value), valueSeries);
                }
                visible: tag.modelData.value >= yAxis.min && tag.modelData.value <= yAxis.max
                x: chart.plotArea.x + chart.plotArea.width - width - 4
                y: tag.at.y - height - 1
                text: root.levelName(tag.modelData.level, tag.modelData.name) + "  " + Number(tag.modelData.value).toFixed(2)
                font.pixelSize: 11
                color: root.levelColors[Math.min(4, tag.modelData.level)]
                style: Text.Outline
                styleColor: "white"
            }
        }

        MouseArea {
            anchors.fill: parent
            property point last
            onWheel: wheel => wheel.angleDelta.y > 0 ? chart.zoomIn() : chart.zoomOut()
            onPressed: mouse => last = Qt.point(mouse.x, mouse.y)
            onPositionChanged: mouse => {
                chart.scrollLeft(mouse.x - last.x);
                chart.scrollUp(mouse.y - last.y);
                last = Qt.point(mouse.x, mouse.y);
            }
        }
    }
}
