// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
import QtQuick
import QtQuick.Controls
import QtTest
import CityTwin.Shell
import "helpers.js" as Helpers

// Help → Plugins: the fake plugin as loaded with what it provides; the plugin from a future API as
// failed, with the registry's reason.
TestCase {
    id: testCase
    name: "PluginsDialog"
    width: 800
    height: 600
    visible: true
    when: windowShown

    Component {
        id: dialogComponent
        PluginsDialog {
            plugins: testPlugins
        }
    }

    property var dialog: null
    property var list: null

    function init() {
        dialog = createTemporaryObject(dialogComponent, testCase);
        verify(dialog);
        dialog.open();
        tryCompare(dialog, "opened", true);
        list = findChild(dialog.contentItem, "pluginList");
        verify(list, "no ListView named pluginList");
        tryCompare(list, "count", 2);
    }

    function entry(pluginId) {
        for (let i = 0; i < list.count; ++i) {
            const item = list.itemAtIndex(i);
            if (item && item.pluginId === pluginId)
                return item;
        }
        return null;
    }

    function test_counts() {
        compare(testPlugins.count, 2);
        compare(testPlugins.failedCount, 1);
    }

    function test_entries_data() {
        return [
            { tag: "fake: loaded", pluginId: "fake", loaded: true,
              shown: ["●", "Fake domain  9.8.7", "loaded", "Provides: layers, panel, migrations", "(built in)"],
              hidden: ["failed", "✕"] },
            { tag: "broken: failed with the reason", pluginId: "broken", loaded: false,
              shown: ["✕", "broken", "failed",
                      "plugin API version 99 is not supported (this console speaks version 1)"],
              hidden: ["loaded", "●"] },
        ];
    }
    function test_entries(data) {
        tryVerify(() => entry(data.pluginId) !== null, 5000, "no entry for " + data.pluginId);
        const item = entry(data.pluginId);
        compare(item.loaded, data.loaded);
        const texts = Helpers.shownTexts(item);
        for (const text of data.shown)
            verify(texts.indexOf(text) >= 0, "\"" + text + "\" not shown in " + JSON.stringify(texts));
        for (const text of data.hidden)
            verify(texts.indexOf(text) < 0, "\"" + text + "\" shown in " + JSON.stringify(texts));
        if (!data.loaded)
            verify(texts.every(text => text.indexOf("Provides:") < 0), "a failed plugin lists capabilities");
    }

    function test_closeButton() {
        const close = dialog.standardButton(Dialog.Close);
        verify(close);
        mouseClick(close);
        tryCompare(dialog, "visible", false);
    }
}
