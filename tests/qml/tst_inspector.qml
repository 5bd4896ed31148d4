// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
import QtQuick
import QtTest
import CityTwin.Shell
import "helpers.js" as Helpers

// Inspector: show(layer, fid) lists the feature's attributes (Japanese text intact), clear() and
// Escape empty it, ⌖ asks the shell to centre the map on the feature.
TestCase {
    id: testCase
    name: "Inspector"
    width: 400
    height: 500
    visible: true
    when: windowShown

    Component {
        id: inspectorComponent
        Inspector {
            width: 360
            height: 460
            twin: testSession
        }
    }

    SignalSpy {
        id: centreSpy
        signalName: "centreRequested"
    }

    property var inspector: null

    function init() {
        inspector = createTemporaryObject(inspectorComponent, testCase);
        verify(inspector);
        centreSpy.target = inspector;
        centreSpy.clear();
    }

    /// The heading's buttons appear with a feature; their row is laid out on the next polish.
    function waitForLayout(button) {
        tryVerify(() => button.mapToItem(inspector, 0, 0).x > inspector.width / 2, 5000, "the button was not laid out");
    }

    function placeholderShown() {
        return Helpers.shownTexts(inspector).indexOf("Click a feature on the map to see its attributes.") >= 0;
    }

    function test_show_data() {
        return [
            { tag: "shelter 1, Japanese name", layer: "shelters", fid: 1, heading: "Fake shelters  #1",
              rows: [["name", "竹園避難所"], ["capacity", "500"]] },
            { tag: "shelter 3, Latin name", layer: "shelters", fid: 3, heading: "Fake shelters  #3",
              rows: [["name", "Azuma shelter"], ["capacity", "120"]] },
            { tag: "shelter 4", layer: "shelters", fid: 4, heading: "Fake shelters  #4",
              rows: [["name", "桜中学校"], ["capacity", "2000"]] },
            { tag: "building 2, a real number", layer: "buildings", fid: 2, heading: "Buildings  #2",
              rows: [["height_m", "35"]] },
            { tag: "road 1", layer: "roads", fid: 1, heading: "Roads  #1",
              rows: [["name", "学園東大通り"], ["width_m", "16"]] },
            { tag: "a layer without attributes", layer: "my_survey", fid: 1, heading: "My survey  #1", rows: [] },
            { tag: "a fid the layer lacks", layer: "shelters", fid: 99, heading: "Fake shelters  #99", rows: [] },
        ];
    }
    function test_show(data) {
        verify(placeholderShown(), "the empty inspector does not say what to do");
        inspector.show(data.layer, data.fid);
        compare(inspector.layerName, data.layer);
        compare(inspector.fid, data.fid);
        compare(inspector.rows.length, data.rows.length);
        verify(!placeholderShown());
        verify(Helpers.shownTexts(inspector).indexOf(data.heading) >= 0,
               "heading missing from " + JSON.stringify(Helpers.shownTexts(inspector)));

        const list = findChild(inspector, "attributeList");
        verify(list);
        tryCompare(list, "count", data.rows.length);
        for (let i = 0; i < data.rows.length; ++i) {
            compare(inspector.rows[i].name, data.rows[i][0]);
            compare(String(inspector.rows[i].value), data.rows[i][1]);
            // What the user reads: the name, then the value, exactly.
            tryVerify(() => list.itemAtIndex(i) !== null);
            compare(Helpers.shownTexts(list.itemAtIndex(i)), data.rows[i], "row " + i);
        }
    }

    function test_clear() {
        inspector.show("shelters", 2);
        compare(inspector.rows.length, 2);
        inspector.clear();
        compare(inspector.layerName, "");
        compare(inspector.rows.length, 0);
        compare(findChild(inspector, "attributeList").count, 0);
        verify(placeholderShown());
        verify(!Helpers.findButton(inspector, "⌖").visible, "the centre button stays after clear()");
    }

    function test_escapeClears() {
        inspector.show("shelters", 1);
        compare(inspector.rows.length, 2);
        keyClick(Qt.Key_Escape);
        tryCompare(inspector, "layerName", "");
        compare(inspector.rows.length, 0);
        verify(placeholderShown());
    }

    function test_closeButtonClears() {
        inspector.show("roads", 2);
        const close = Helpers.findButton(inspector, "✕");
        verify(close && close.visible);
        waitForLayout(close);
        mouseClick(close);
        compare(inspector.layerName, "");
        compare(inspector.rows.length, 0);
    }

    function test_centreButton_data() {
        return [
            { tag: "shelter 2", layer: "shelters", fid: 2 },
            { tag: "building 3", layer: "buildings", fid: 3 },
        ];
    }
    function test_centreButton(data) {
        inspector.show(data.layer, data.fid);
        const centre = Helpers.findButton(inspector, "⌖");
        verify(centre && centre.visible);
        waitForLayout(centre);
        mouseClick(centre);
        compare(centreSpy.count, 1);
        compare(centreSpy.signalArguments[0][0], data.layer);
        compare(centreSpy.signalArguments[0][1], data.fid);
        compare(inspector.layerName, data.layer, "centring must not close the inspector");
    }

    function test_reopeningTheTwinClears() {
        inspector.show("shelters", 4);
        compare(inspector.rows.length, 2);
        verify(testSession.open(testTwinPath));
        compare(inspector.layerName, "");
        compare(inspector.rows.length, 0);
    }
}
