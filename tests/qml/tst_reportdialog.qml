// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
import QtQuick
import QtQuick.Controls
import QtTest
import CityTwin.Shell
import "helpers.js" as Helpers

// File → Report…: a suggested file name, a time that must parse, the report written on a worker
// with progress and its path shown; a folder that does not exist gives the error, not a file.
TestCase {
    id: testCase
    name: "ReportDialog"
    width: 800
    height: 600
    visible: true
    when: windowShown

    Component {
        id: dialogComponent
        ReportDialog {
            session: testSession
            plugins: testPlugins
            language: "en"
        }
    }

    property var dialog: null

    function folder() {
        return testTwinPath.substring(0, testTwinPath.lastIndexOf("/"));
    }

    function named(name) {
        const item = findChild(dialog.contentItem, name) ?? findChild(dialog.footer, name);
        verify(item, "nothing named " + name);
        return item;
    }

    function init() {
        dialog = createTemporaryObject(dialogComponent, testCase);
        verify(dialog);
        dialog.open();
        tryCompare(dialog, "opened", true);
    }

    function test_suggestsAFile() {
        const file = named("reportFile").text;
        verify(file.endsWith(".pdf"), file);
        verify(file.indexOf("shell-report-") >= 0, file);
        compare(named("reportTime").text, "");
        verify(named("reportWrite").enabled);
    }

    function test_timeMustParse() {
        const time = named("reportTime");
        time.text = "tomorrow afternoon";
        verify(!dialog.timeValid);
        verify(Helpers.isShown(named("reportTimeProblem")));
        verify(!named("reportWrite").enabled);
        time.text = "2026-03-11 14:46";
        verify(dialog.timeValid);
        verify(!Helpers.isShown(named("reportTimeProblem")));
        verify(named("reportWrite").enabled);
    }

    function test_writesTheReport() {
        const path = folder() + "/dialog-report.pdf";
        named("reportFile").text = path;
        named("reportTime").text = "2026-03-11 14:46";
        const progress = createTemporaryObject(signalSpyComponent, testCase, { target: dialog.controller, signalName: "progressChanged" });
        const finished = createTemporaryObject(signalSpyComponent, testCase, { target: dialog.controller, signalName: "finished" });
        mouseClick(named("reportWrite"));
        finished.wait(60000);
        compare(finished.signalArguments[0][0], true, dialog.controller.errorString);
        verify(progress.count >= 3, "progress reported " + progress.count + " times");
        compare(dialog.controller.progress, 1.0);
        compare(dialog.controller.writtenPath, path);
        compare(dialog.controller.writtenFolder.toString(), "file://" + folder());
        verify(Helpers.isShown(named("reportWritten")));
        verify(named("reportWritten").text.indexOf(path) >= 0);
        verify(!Helpers.isShown(named("reportError")));
    }

    function test_unwritableFolder() {
        const path = folder() + "/no-such-folder/report.pdf";
        named("reportFile").text = path;
        const finished = createTemporaryObject(signalSpyComponent, testCase, { target: dialog.controller, signalName: "finished" });
        mouseClick(named("reportWrite"));
        finished.wait(60000);
        compare(finished.signalArguments[0][0], false);
        verify(Helpers.isShown(named("reportError")));
        verify(named("reportError").text.indexOf("no-such-folder") >= 0, named("reportError").text);
        verify(!Helpers.isShown(named("reportWritten")));
        compare(dialog.controller.writtenPath, "");
    }

    Component {
        id: signalSpyComponent
        SignalSpy {}
    }
}
