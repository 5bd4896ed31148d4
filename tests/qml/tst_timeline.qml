// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
import QtQuick
import QtTest
import CityTwin.Shell
import "helpers.js" as Helpers

// The timeline controls against the real engine: a scenario runs on a small generated city,
// plays, pauses, steps, seeks, is recorded into the twin, replayed, and ends back in live.
Item {
    id: window
    width: 1200
    height: 80

    Timeline {
        id: bar
        width: parent.width
        timeline: testTimeline
        twinOpen: testSession.isOpen
    }

    SignalSpy {
        id: errors
        target: bar
        signalName: "errorOccurred"
    }

    TestCase {
        name: "Timeline"
        when: windowShown

        function control(name) {
            const item = findChild(bar, name);
            verify(item, "no control " + name);
            return item;
        }

        function initTestCase() {
            verify(testSession.open(testCityPath), testSession.errorString);
            // Recording is an action of a signed-in operator allowed to record (an administrator here).
            if (testOperator.needsFirstAdministrator)
                verify(testOperator.createFirstAdministrator("admin", "Admin", "timeline-admin-pw"), testOperator.errorString);
            else
                verify(testOperator.signIn("admin", "timeline-admin-pw"), testOperator.errorString);
        }

        function test_1_liveShowsTheClockOnly() {
            compare(testTimeline.mode, "live");
            compare(control("timelineMode").text, "Live");
            verify(control("runScenario").enabled);
            verify(!control("playPause").visible);
            verify(!control("scrubber").visible);
            verify(!control("replayRun").enabled, "no recorded runs yet");
            verify(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(control("timelineClock").text), control("timelineClock").text);
        }

        function test_2_badScenarioIsReported() {
            errors.clear();
            verify(!testTimeline.startSimulation(testBadScenarioUrl));
            compare(errors.count, 1);
            verify(errors.signalArguments[0][0].indexOf("not-a-twin.gpkg") >= 0, errors.signalArguments[0][0]);
            compare(testTimeline.mode, "live");
        }

        function test_3_simulationPlaysPausesStepsAndSeeks() {
            verify(testTimeline.startSimulation(testScenarioUrl));
            tryCompare(testTimeline, "mode", "simulation", 60000);
            verify(control("timelineMode").text.indexOf("Earthquake") >= 0, control("timelineMode").text);
            compare(testTimeline.playing, false, "starts paused at 00:00");
            compare(testTimeline.timeSeconds, 0);
            verify(control("playPause").visible && control("scrubber").visible);

            testTimeline.speed = 3600;
            mouseClick(control("playPause"));
            verify(testTimeline.playing);
            tryVerify(() => testTimeline.timeSeconds > 60, 20000, "time advances while playing");
            mouseClick(control("playPause"));
            tryCompare(testTimeline, "playing", false, 5000);

            const before = testTimeline.timeSeconds;
            mouseClick(control("step"));
            tryVerify(() => testTimeline.timeSeconds > before, 5000, "a step advances the clock");

            testTimeline.seek(30 * 60);
            tryVerify(() => testTimeline.timeSeconds >= 30 * 60, 30000, "seek runs forward to 00:30");
            tryCompare(testTimeline, "playing", false, 5000);
            compare(control("timelineClock").text.substring(0, 8), testTimeline.elapsedText);
            verify(testTimeline.figures.population > 0);
            verify(control("timelineFigures").text.indexOf("sheltered") === 0, control("timelineFigures").text);
        }

        function test_4_recordThenReplay() {
            verify(control("record").enabled);
            mouseClick(control("record"));
            compare(testTimeline.runs.length, 1);
            verify(control("replayRun").enabled);
            const run = testTimeline.runs[0];

            mouseClick(control("backToLive"));
            compare(testTimeline.mode, "live");
            verify(testTimeline.replay(run.id));
            compare(testTimeline.mode, "replay");
            compare(testTimeline.timeSeconds, 0);
            verify(testTimeline.endSeconds >= 25 * 60, "samples up to where the run was stopped");
            testTimeline.seek(20 * 60);
            compare(testTimeline.timeSeconds, 20 * 60);
            const sheltered = testTimeline.figures.sheltered;
            testTimeline.seek(0);
            verify(testTimeline.figures.sheltered <= sheltered, "fewer sheltered earlier in the run");
            mouseClick(control("backToLive"));
            compare(testTimeline.mode, "live");
        }
    }
}
