// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
import QtQuick
import QtTest
import CityTwin.Shell
import "helpers.js" as Helpers

// DomainPanels with the fake plugin: its tab, its panel (loaded from the plugin's resources) listing
// the twin's shelters, and a click on a row surfacing as featureActivated(layer, fid). The failed
// plugin gets no tab.
TestCase {
    id: testCase
    name: "DomainPanels"
    width: 400
    height: 600
    visible: true
    when: windowShown

    Component {
        id: panelsComponent
        DomainPanels {
            width: 360
            height: 560
            twin: testSession
            plugins: testPlugins
        }
    }

    SignalSpy {
        id: activatedSpy
        signalName: "featureActivated"
    }

    property var panels: null
    property var fakePanel: null

    function init() {
        panels = createTemporaryObject(panelsComponent, testCase);
        verify(panels);
        activatedSpy.target = panels;
        activatedSpy.clear();
        tryVerify(() => findChild(panels, "fakePanel") !== null, 5000, "the fake plugin's panel was not loaded");
        fakePanel = findChild(panels, "fakePanel");
    }

    function rowDelegates() {
        // The panel's rows are ItemDelegates; they are the only highlightable controls in it.
        return Helpers.findAll(fakePanel, item => item.highlighted !== undefined && item.modelData !== undefined)
            .filter(Helpers.isShown)
            .sort((a, b) => a.modelData.fid - b.modelData.fid);
    }

    function test_mapClicksReachThePanels() {
        compare(fakePanel.picks.length, 0);
        panels.mapClicked(1234.5, -678.25);
        compare(fakePanel.picks, [[1234.5, -678.25]]);
    }

    function test_tabs() {
        compare(testPlugins.count, 2, "the registry holds the fake and the broken plugin");
        const fakeTab = Helpers.findButton(panels, "Fake domain");
        verify(fakeTab, "no tab for the fake plugin");
        verify(Helpers.isShown(fakeTab));
        verify(fakeTab.width > 0);
        const brokenTab = Helpers.findButton(panels, "broken");
        verify(!brokenTab || !Helpers.isShown(brokenTab) || brokenTab.width === 0, "the failed plugin has a tab");
    }

    function test_panelListsTheShelters() {
        verify(Helpers.isShown(fakePanel), "the fake plugin's panel is not the one shown");
        compare(fakePanel.twin, testSession, "the panel did not receive the twin");
        compare(fakePanel.rows.length, 4);
        tryVerify(() => rowDelegates().length === 4, 5000, "rows shown: " + rowDelegates().length);
        const rows = rowDelegates();
        compare(rows.map(row => row.text), ["竹園避難所", "並木小学校", "Azuma shelter", "桜中学校"]);
        compare(Helpers.shownTexts(rows[0]), ["竹園避難所", "capacity 500"]);
        const texts = Helpers.shownTexts(fakePanel);
        verify(texts.indexOf("Fake shelters panel") >= 0, JSON.stringify(texts));
    }

    function test_clickActivates_data() {
        return [
            { tag: "竹園避難所", name: "竹園避難所", fid: 1 },
            { tag: "並木小学校", name: "並木小学校", fid: 2 },
            { tag: "Azuma shelter", name: "Azuma shelter", fid: 3 },
            { tag: "桜中学校", name: "桜中学校", fid: 4 },
        ];
    }
    function test_clickActivates(data) {
        tryVerify(() => rowDelegates().length === 4);
        const row = rowDelegates().find(item => item.text === data.name);
        verify(row, "no row " + data.name);
        mouseClick(row);
        compare(activatedSpy.count, 1);
        compare(activatedSpy.signalArguments[0][0], "shelters");
        compare(activatedSpy.signalArguments[0][1], data.fid);
    }

    function test_filterNarrowsTheList() {
        const filter = Helpers.findItem(fakePanel, item => item.placeholderText !== undefined);
        verify(filter);
        filter.text = "azuma";
        tryVerify(() => rowDelegates().length === 1);
        compare(rowDelegates()[0].text, "Azuma shelter");
        filter.text = "小学校";
        tryVerify(() => rowDelegates().length === 1 && rowDelegates()[0].text === "並木小学校");
        filter.text = "";
        tryVerify(() => rowDelegates().length === 4);
    }
}
