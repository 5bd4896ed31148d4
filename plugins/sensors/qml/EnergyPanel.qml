// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import CityTwin.Sensors

// Energy of the public facilities: the city's daily kWh and CO₂ over the last days with readings
// against the reduction target (dashed) and the baseline (dotted), days the readings do not fully
// account for marked, a table per facility, the issues in the readings (gaps, counter resets) and
// the emission factor and target, which planners and administrators may change (audited).
ScrollView {
    id: root

    property QtObject twin: null        // the session (TwinAccess), set by the panel
    readonly property alias dashboard: energy
    readonly property alias kwhSeries: kwhSeries
    readonly property alias co2Series: co2Series
    readonly property alias kwhTarget: kwhTarget

    contentWidth: availableWidth
    clip: true

    EnergyDashboard {
        id: energy
        objectName: "energyDashboard"
        twin: root.twin
    }

    function kindName(kind) {
        switch (kind) {
        case "school": return qsTr("School");
        case "city_hall": return qsTr("City hall");
        case "community_centre": return qsTr("Community centre");
        }
        return qsTr("Other");
    }
    function fmt(v, digits) {
        return v === undefined || v === null || !isFinite(v) ? "—" : Number(v).toLocaleString(Qt.locale(), "f", digits);
    }

    function refill() {
        const lines = [[kwhSeries, kwhOpen, kwhTarget, kwhBaseline, kwhAxis, "kwh", 1],
                       [co2Series, co2Open, co2Target, co2Baseline, co2Axis, "co2Kg", 0.001]];
        const t = energy.target;
        const from = energy.from.getTime(), to = energy.to.getTime();
        for (const [series, open, target, baseline, axis, key, scale] of lines) {
            series.clear();
            open.clear();
            target.clear();
            baseline.clear();
            let hi = 0;
            for (const d of energy.series) {
                const mid = d.t + 12 * 3600 * 1000;
                if (!d.hasData)
                    continue;
                const v = d[key] * scale;
                series.append(mid, v);
                if (!d.complete)
                    open.append(mid, v);
                hi = Math.max(hi, v);
            }
            if (t.computable || (t.set && t.baselineDailyKwh !== undefined)) {
                const factor = energy.settings.emissionFactor;
                const goal = (key === "kwh" ? t.targetDailyKwh : t.targetDailyKwh * factor) * scale;
                const base = (key === "kwh" ? t.baselineDailyKwh : t.baselineDailyKwh * factor) * scale;
                target.append(from, goal);
                target.append(to, goal);
                baseline.append(from, base);
                baseline.append(to, base);
                hi = Math.max(hi, base);
            }
            axis.min = 0;
            axis.max = hi > 0 ? hi * 1.1 : 1;
            axis.applyNiceNumbers();
        }
        kwhX.min = energy.from;
        kwhX.max = energy.to;
        co2X.min = energy.from;
        co2X.max = energy.to;
    }

    Connections {
        target: energy
        function onRefreshed() { root.refill(); }
    }
    Component.onCompleted: root.refill()

    ColumnLayout {
        width: root.availableWidth
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: qsTr("Energy of public facilities")
                font.bold: true
                elide: Text.ElideRight
            }
            Repeater {
                model: [7, 28, 56]
                delegate: Button {
                    required property int modelData
                    objectName: "energyDays" + modelData
                    text: qsTr("%1 d").arg(modelData)
                    flat: true
                    checkable: true
                    checked: energy.days === modelData
                    onClicked: energy.days = modelData
                }
            }
        }
        Label {
            Layout.fillWidth: true
            visible: energy.demoNote.length > 0
            text: qsTr("Demo data: %1").arg(energy.demoNote)
            wrapMode: Text.Wrap
            color: "#b9770e"
            font.pixelSize: 11
        }
        Label {
            Layout.fillWidth: true
            visible: energy.ready && energy.meterCount === 0
            text: qsTr("No energy meters are registered in this twin.")
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: energy.errorString.length > 0
            text: energy.errorString
            wrapMode: Text.Wrap
            color: "#c0392b"
        }
        Label {
            Layout.fillWidth: true
            objectName: "energySummary"
            wrapMode: Text.Wrap
            text: qsTr("%1 – %2 (days in Japan time): %3 kWh, %4 t-CO₂ from %5 meters; %6 of %7 days complete")
                      .arg(energy.firstDay)
                      .arg(energy.lastDay)
                      .arg(root.fmt(energy.totals.kwh, 0))
                      .arg(root.fmt(energy.totals.co2Kg / 1000, 2))
                      .arg(energy.meterCount)
                      .arg(energy.totals.completeDays || 0)
                      .arg(energy.series.length)
        }
        Label {
            Layout.fillWidth: true
            objectName: "energyTarget"
            wrapMode: Text.Wrap
            font.bold: energy.target.computable === true
            color: energy.target.computable ? (energy.target.onTrack ? "#1e8449" : "#c0392b") : palette.text
            text: !energy.target.set
                  ? qsTr("No reduction target set.")
                  : !energy.target.computable
                    ? qsTr("Target −%1 % against %2 – %3: not enough complete days to compare.")
                          .arg(root.fmt(energy.target.percent, 1)).arg(energy.target.baselineFrom).arg(energy.target.baselineTo)
                    : qsTr("Target −%1 % against %2 – %3 (%4 kWh/day): now %5 kWh/day, %6 % less — %7 % of the target")
                          .arg(root.fmt(energy.target.percent, 1)).arg(energy.target.baselineFrom).arg(energy.target.baselineTo)
                          .arg(root.fmt(energy.target.baselineDailyKwh, 0)).arg(root.fmt(energy.target.actualDailyKwh, 0))
                          .arg(root.fmt(energy.target.reductionPercent, 1)).arg(root.fmt(energy.target.progress * 100, 0))
        }
        ProgressBar {
            Layout.fillWidth: true
            visible: energy.target.computable === true
            from: 0
            to: 1
            value: Math.max(0, Math.min(1, energy.target.progress || 0))
        }

        Label {
            text: qsTr("City, kWh per day — dashed: target, dotted: baseline, hollow: day not fully accounted for")
            font.pixelSize: 11
            color: palette.placeholderText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ChartView {
            id: kwhChart
            objectName: "energyKwhChart"
            Layout.fillWidth: true
            Layout.preferredHeight: 210
            antialiasing: true
            legend.visible: false
            margins { top: 2; bottom: 2; left: 2; right: 2 }
            DateTimeAxis { id: kwhX; format: "MM-dd"; tickCount: 5 }
            ValueAxis { id: kwhAxis; labelFormat: "%.0f"; titleText: qsTr("kWh") }
            LineSeries { id: kwhBaseline; axisX: kwhX; axisY: kwhAxis; color: "#7f8c8d"; width: 1.5; style: Qt.DotLine }
            LineSeries { id: kwhTarget; axisX: kwhX; axisY: kwhAxis; color: "#1e8449"; width: 2; style: Qt.DashLine }
            LineSeries { id: kwhSeries; axisX: kwhX; axisY: kwhAxis; color: "#1b4f72"; width: 2; pointsVisible: true }
            ScatterSeries { id: kwhOpen; axisX: kwhX; axisY: kwhAxis; color: "white"; borderColor: "#e67e22"; borderWidth: 2; markerSize: 9 }
        }
        Label {
            text: qsTr("City, t-CO₂ per day (%1 kg-CO₂/kWh)").arg(root.fmt(energy.settings.emissionFactor, 3))
            font.pixelSize: 11
            color: palette.placeholderText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        ChartView {
            objectName: "energyCo2Chart"
            Layout.fillWidth: true
            Layout.preferredHeight: 180
            antialiasing: true
            legend.visible: false
            margins { top: 2; bottom: 2; left: 2; right: 2 }
            DateTimeAxis { id: co2X; format: "MM-dd"; tickCount: 5 }
            ValueAxis { id: co2Axis; labelFormat: "%.2f"; titleText: qsTr("t-CO₂") }
            LineSeries { id: co2Baseline; axisX: co2X; axisY: co2Axis; color: "#7f8c8d"; width: 1.5; style: Qt.DotLine }
            LineSeries { id: co2Target; axisX: co2X; axisY: co2Axis; color: "#1e8449"; width: 2; style: Qt.DashLine }
            LineSeries { id: co2Series; axisX: co2X; axisY: co2Axis; color: "#7d3c98"; width: 2; pointsVisible: true }
            ScatterSeries { id: co2Open; axisX: co2X; axisY: co2Axis; color: "white"; borderColor: "#e67e22"; borderWidth: 2; markerSize: 9 }
        }

        Label {
            text: qsTr("Facilities (%1)").arg(energy.facilities.length)
            font.bold: true
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 4
            columnSpacing: 8
            rowSpacing: 1
            Label { text: qsTr("Facility"); font.bold: true; font.pixelSize: 11; Layout.fillWidth: true }
            Label { text: qsTr("kWh/day"); font.bold: true; font.pixelSize: 11; Layout.alignment: Qt.AlignRight }
            Label { text: qsTr("t-CO₂"); font.bold: true; font.pixelSize: 11; Layout.alignment: Qt.AlignRight }
            Label { text: qsTr("Issues"); font.bold: true; font.pixelSize: 11; Layout.alignment: Qt.AlignRight }
            Repeater {
                model: energy.facilities
                delegate: Label {
                    required property var modelData
                    required property int index
                    Layout.row: index + 1
                    Layout.column: 0
                    Layout.fillWidth: true
                    Layout.preferredWidth: 10
                    elide: Text.ElideRight
                    font.pixelSize: 11
                    text: modelData.facility + " · " + root.kindName(modelData.kind)
                    ToolTip.visible: facilityHover.hovered
                    ToolTip.text: qsTr("%1 meter(s), %2 kWh in the period").arg(modelData.meters).arg(root.fmt(modelData.kwh, 0))
                    HoverHandler { id: facilityHover }
                }
            }
            Repeater {
                model: energy.facilities
                delegate: Label {
                    required property var modelData
                    required property int index
                    Layout.row: index + 1
                    Layout.column: 1
                    Layout.alignment: Qt.AlignRight
                    font.pixelSize: 11
                    text: root.fmt(modelData.dailyKwh, 1)
                }
            }
            Repeater {
                model: energy.facilities
                delegate: Label {
                    required property var modelData
                    required property int index
                    Layout.row: index + 1
                    Layout.column: 2
                    Layout.alignment: Qt.AlignRight
                    font.pixelSize: 11
                    text: root.fmt(modelData.co2Kg / 1000, 2)
                }
            }
            Repeater {
                model: energy.facilities
                delegate: Label {
                    required property var modelData
                    required property int index
                    Layout.row: index + 1
                    Layout.column: 3
                    Layout.alignment: Qt.AlignRight
                    font.pixelSize: 11
                    color: modelData.gaps + modelData.resets > 0 ? "#c0392b" : palette.text
                    text: modelData.gaps + modelData.resets === 0 ? "—"
                          : qsTr("%1 gap(s), %2 reset(s)").arg(modelData.gaps).arg(modelData.resets)
                }
            }
        }

        Label {
            visible: energy.issues.length > 0
            text: qsTr("Issues in the readings (%1)").arg(energy.issues.length)
            font.bold: true
        }
        Repeater {
            model: energy.issues.slice(0, 12)
            delegate: Label {
                required property var modelData
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.pixelSize: 11
                text: modelData.kind === "reset"
                      ? qsTr("%1: counter reset at %2 (%3 → %4 kWh; counted from 0)").arg(modelData.meter)
                            .arg(modelData.toText).arg(root.fmt(modelData.before, 1)).arg(root.fmt(modelData.after, 1))
                      : modelData.kind === "invalid"
                        ? qsTr("%1: invalid reading %2 at %3, left out").arg(modelData.meter).arg(modelData.after)
                              .arg(modelData.toText)
                        : qsTr("%1: no readings %2 – %3").arg(modelData.meter)
                              .arg(modelData.fromText).arg(modelData.toText)
            }
        }

        Label {
            text: qsTr("Settings")
            font.bold: true
        }
        Label {
            Layout.fillWidth: true
            visible: !energy.mayConfigure
            text: qsTr("Only planners and administrators may change the emission factor and the target.")
            wrapMode: Text.Wrap
            font.pixelSize: 11
            color: palette.placeholderText
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            enabled: energy.mayConfigure
            Label { text: qsTr("kg-CO₂/kWh") }
            TextField {
                id: factorField
                objectName: "emissionFactorField"
                Layout.fillWidth: true
                text: energy.settings.emissionFactor !== undefined ? String(energy.settings.emissionFactor) : ""
                validator: DoubleValidator { bottom: 0; top: 2; decimals: 6; notation: DoubleValidator.StandardNotation; locale: "C" }
            }
            Label { text: qsTr("Source") }
            TextField {
                id: sourceField
                Layout.fillWidth: true
                text: energy.settings.emissionFactorSource || ""
            }
            Item { width: 1; height: 1 }
            Button {
                text: qsTr("Apply emission factor")
                onClicked: energy.setEmissionFactor(Number(factorField.text), sourceField.text)
            }
            Label { text: qsTr("Baseline from") }
            TextField {
                id: baselineFrom
                Layout.fillWidth: true
                placeholderText: "yyyy-MM-dd"
                text: energy.settings.baselineFrom || ""
            }
            Label { text: qsTr("Baseline to") }
            TextField {
                id: baselineTo
                Layout.fillWidth: true
                placeholderText: "yyyy-MM-dd"
                text: energy.settings.baselineTo || ""
            }
            Label { text: qsTr("Reduction %") }
            TextField {
                id: percentField
                Layout.fillWidth: true
                text: energy.settings.targetPercent !== undefined ? String(energy.settings.targetPercent) : ""
                validator: DoubleValidator { bottom: 0; top: 100; decimals: 2; notation: DoubleValidator.StandardNotation; locale: "C" }
            }
            Item { width: 1; height: 1 }
            Button {
                text: qsTr("Apply target")
                onClicked: energy.setTarget(baselineFrom.text, baselineTo.text, Number(percentField.text))
            }
        }
    }
}
