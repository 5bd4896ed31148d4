// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
import QtQuick
import QtQuick.Controls
import QtTest
import CityTwin.Shell

// Simulation → Compare runs… on a twin with two recorded runs (the fixture's testRunsTwinPath:
// the earthquake scenario with seeds 1 and 2, 60 simulated minutes): the runs offered, the KPIs
// side by side with their difference, the charts filled from the samples and agreeing with the
// KPIs, and a run compared with itself showing no difference.
TestCase {
    id: testCase
    name: "CompareRuns"
    width: 1280
    height: 860
    visible: true
    when: windowShown

    Component {
        id: dialogComponent
        CompareRunsDialog {
            session: testSession
        }
    }

    property var dialog: null

    function initTestCase() {
        verify(testSession.open(testRunsTwinPath), testSession.errorString);
    }

    function init() {
        dialog = createTemporaryObject(dialogComponent, testCase);
        verify(dialog);
        dialog.open();
        tryCompare(dialog, "opened", true);
        tryCompare(dialog.comparison, "loading", false, 30000);
        tryVerify(() => dialog.chartsItem !== null, 10000, "the charts were not made");
    }

    function kpi(key) {
        for (const row of dialog.comparison.kpis) {
            if (row.key === key)
                return row;
        }
        return null;
    }

    function test_runsOffered() {
        const runs = dialog.comparison.runs;
        compare(runs.length, 2);
        // The two most recent, older as A.
        compare(dialog.comparison.runA, runs[0].id);
        compare(dialog.comparison.runB, runs[1].id);
        compare(runs[0].seed, "1");
        compare(runs[1].seed, "2");
        compare(findChild(dialog.contentItem, "runA").currentText, runs[0].label);
        compare(findChild(dialog.contentItem, "runB").currentText, runs[1].label);
        verify(!findChild(dialog.contentItem, "noRuns").visible);
        compare(dialog.comparison.errorString, "");
    }

    function test_kpisSideBySide() {
        const share = kpi("evacuation.share_evacuated");
        verify(share, "no share_evacuated row");
        compare(share.label, "Share evacuated");
        verify(/^\d+\.\d %$/.test(share.a), share.a);
        verify(/^\d+\.\d %$/.test(share.b), share.b);
        verify(/^[+−±]\d+\.\d pt$/.test(share.delta), share.delta);
        const population = kpi("evacuation.population");
        compare(population.a, population.b); // the same city and scenario
        compare(population.delta, "±0");
        const t50 = kpi("evacuation.time_to_50");
        verify(t50, "no time_to_50 row");
        verify(/^\d\d:\d\d:\d\d$/.test(t50.a), t50.a);
        // Rows follow the reader's order: the share first.
        compare(dialog.comparison.kpis[0].key, "evacuation.share_evacuated");
        // The better run is marked where it is clear which way is better.
        const unsheltered = kpi("evacuation.unsheltered");
        const a = Number(unsheltered.a.replace(/,/g, "")), b = Number(unsheltered.b.replace(/,/g, ""));
        compare(unsheltered.better, a === b ? "" : (b < a ? "b" : "a"));
        // Every KPI row is shown.
        const table = findChild(dialog.contentItem, "kpiTable");
        compare(table.count, dialog.comparison.kpis.length);
    }

    function test_chartsFromTheSamples() {
        const charts = dialog.chartsItem;
        for (const which of [0, 1]) {
            const points = dialog.comparison.points(which, "share");
            verify(points.length >= 12, "samples every 5 minutes over 60 minutes: " + points.length);
            const series = which === 0 ? charts.shareSeriesA : charts.shareSeriesB;
            compare(series.count, points.length);
            compare(series.at(points.length - 1).y, points[points.length - 1].y);
            // The curve ends where the KPI does.
            const kpiShare = parseFloat(kpi("evacuation.share_evacuated")[which === 0 ? "a" : "b"]);
            fuzzyCompare(points[points.length - 1].y, kpiShare, 0.051);
            // It crosses 50 % between the samples around the KPI's time to 50 %.
            const parts = kpi("evacuation.time_to_50")[which === 0 ? "a" : "b"].split(":").map(Number);
            const t50 = parts[0] * 60 + parts[1] + parts[2] / 60;
            const first = points.findIndex(p => p.y >= 50);
            verify(first > 0, "the share reaches 50 %");
            verify(points[first].x >= t50 - 1e-6, points[first].x + " >= " + t50);
            verify(points[first - 1].x < t50, points[first - 1].x + " < " + t50);
        }
        compare(charts.shareChart.axisX(charts.shareSeriesA).max, dialog.comparison.maximumMinutes);
        fuzzyCompare(dialog.comparison.maximumMinutes, 60, 0.001);
        // The second chart: shelter occupancy from the recorded shelter states, by default.
        compare(charts.otherSeries, "occupancy");
        compare(charts.otherChart.title, "Shelter occupancy");
        verify(charts.otherSeriesA.count > 0);
        compare(charts.otherSeriesA.count, dialog.comparison.points(0, "occupancy").length);
        let rising = false;
        for (let i = 1; i < charts.otherSeriesA.count; ++i)
            rising = rising || charts.otherSeriesA.at(i).y > charts.otherSeriesA.at(0).y;
        verify(rising, "shelters fill during the evacuation");
        // Another series on the second chart.
        charts.otherSeries = "moving";
        compare(charts.otherChart.title, "On the way");
        compare(charts.otherSeriesB.count, dialog.comparison.points(1, "moving").length);
    }

    function test_runAgainstItself() {
        const first = dialog.comparison.runs[0].id;
        dialog.comparison.runB = first;
        tryCompare(dialog.comparison, "loading", false, 30000);
        for (const row of dialog.comparison.kpis) {
            compare(row.a, row.b, row.key);
            verify(row.delta === "—" || row.delta.startsWith("±"), row.key + ": " + row.delta);
            compare(row.better, "");
        }
        const charts = dialog.chartsItem;
        tryVerify(() => charts.shareSeriesB.count === charts.shareSeriesA.count && charts.shareSeriesB.count > 0);
        for (let i = 0; i < charts.shareSeriesA.count; ++i)
            compare(charts.shareSeriesB.at(i).y, charts.shareSeriesA.at(i).y);
    }
}
