// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
import QtQuick
import QtQuick.Controls
import QtTest
import "helpers.js" as Helpers

// The console window (qrc:/CityTwin/Shell/Main.qml) on the test twin, created the way the console
// does it: the session, plugin list, importer and language controller as its required properties.
TestCase {
    id: testCase
    name: "Main"
    width: 200
    height: 100
    visible: true
    when: windowShown

    property var window: null

    function initTestCase() {
        const component = Qt.createComponent("qrc:/CityTwin/Shell/Main.qml");
        compare(component.status, Component.Ready, component.errorString());
        window = component.createObject(null, {
            session: testSession,
            plugins: testPlugins,
            importer: testImporter,
            timeline: testTimeline,
            languages: testLanguages,
            operatorSession: testOperator,
            signInOnOpen: false,
            width: 1280,
            height: 800
        });
        verify(window, "Main.qml was not created");
        tryVerify(() => window.mapReady, 60000, "the map did not report ready");
    }

    function cleanupTestCase() {
        if (!window)
            return;
        // Hidden before destroyed: Qt 6.4's threaded render loop dislikes a window torn down while it renders.
        window.visible = false;
        window.destroy();
        wait(50);
        window = null;
    }

    function init() {
        verify(window);
        if (testLanguages.choice !== "en" && testLanguages.choice !== "")
            testLanguages.choice = "en";
    }

    function activate() {
        window.requestActivate();
        tryVerify(() => window.active, 5000, "the console window did not become active");
    }

    /// Opens menu `menuIndex` of the menu bar by clicking its title; returns the Menu.
    function openMenu(menuIndex) {
        const bar = window.menuBar;
        const menu = bar.menuAt(menuIndex);
        verify(menu, "no menu " + menuIndex);
        if (!menu.opened)
            mouseClick(bar.itemAt(menuIndex));
        tryCompare(menu, "opened", true);
        return menu;
    }

    /// The MenuItem of `menu` whose text (mnemonic ampersands removed) is `text`.
    function menuItem(menu, text) {
        for (let i = 0; i < menu.count; ++i) {
            const item = menu.itemAt(i);
            if (item && item.text !== undefined && item.text.replace("&", "") === text)
                return item;
        }
        return null;
    }

    /// What the open popups show: their items live in the window's overlay while open.
    function overlayTexts() {
        return Helpers.shownTexts(window.Overlay.overlay);
    }

    function test_escapeClosesADialogBeforeTheInspector() {
        const panel = findChild(window.contentItem, "fakePanel");
        const row = Helpers.findItem(panel, item => item.highlighted !== undefined && item.text === "桜中学校");
        verify(row);
        mouseClick(row);
        verify(Helpers.shownTexts(window.contentItem).indexOf("Fake shelters  #4") >= 0, "the inspector does not show shelter 4");
        mouseClick(menuItem(openMenu(5), "Plugins… (1 failed)"));
        tryVerify(() => overlayTexts().indexOf("Provides: layers, panel, migrations") >= 0, 5000, "Help → Plugins did not open");

        activate();
        keyClick(Qt.Key_Escape);
        // The first Escape closes the dialog and leaves the inspector alone…
        tryVerify(() => overlayTexts().length === 0, 5000, "the dialog stayed: " + JSON.stringify(overlayTexts()));
        verify(Helpers.shownTexts(window.contentItem).indexOf("Fake shelters  #4") >= 0, "Escape cleared the inspector under the dialog");
        // …the second clears the inspector.
        keyClick(Qt.Key_Escape);
        tryVerify(() => Helpers.shownTexts(window.contentItem).indexOf("Fake shelters  #4") < 0, 5000, "the inspector was not cleared");
        verify(Helpers.shownTexts(window.contentItem).indexOf("Click a feature on the map to see its attributes.") >= 0);
    }

    function test_title() {
        verify(window.title.indexOf(testTwinName) >= 0, "title \"" + window.title + "\" lacks the twin's name");
        verify(window.title.indexOf("CityTwin Console") >= 0, window.title);
    }

    function test_viewMenu_data() {
        return [
            { tag: "3D view", item: "3D view", mode: "3d" },
            { tag: "2D map", item: "2D map", mode: "2d" },
            { tag: "3D view again", item: "3D view", mode: "3d" },
            { tag: "back to 2D", item: "2D map", mode: "2d" },
        ];
    }
    function test_viewMenu(data) {
        const menu = openMenu(1);
        compare(menu.title.replace("&", ""), "View");
        const item = menuItem(menu, data.item);
        verify(item, "no menu item " + data.item);
        mouseClick(item);
        tryCompare(window.mapView, "viewMode", data.mode);
        tryCompare(menu, "opened", false);
        compare(window.mapView.tiltDegrees > 0, data.mode === "3d", "tilt " + window.mapView.tiltDegrees);
        // The menu shows which view is on.
        compare(menuItem(menu, data.item).checked, true);
    }

    function test_shortcuts_data() {
        return [
            { tag: "Ctrl+3", key: Qt.Key_3, mode: "3d" },
            { tag: "Ctrl+2", key: Qt.Key_2, mode: "2d" },
            { tag: "Ctrl+3 again", key: Qt.Key_3, mode: "3d" },
            { tag: "Ctrl+2 again", key: Qt.Key_2, mode: "2d" },
        ];
    }
    function test_shortcuts(data) {
        activate();
        keyClick(data.key, Qt.ControlModifier);
        tryCompare(window.mapView, "viewMode", data.mode);
    }

    function test_panelRowShowsTheFeature() {
        window.mapView.viewMode = "2d";
        const panel = findChild(window.contentItem, "fakePanel");
        verify(panel, "the fake plugin's panel is not in the window");
        const row = Helpers.findItem(panel, item => item.highlighted !== undefined && item.text === "並木小学校");
        verify(row && Helpers.isShown(row), "no shown row for 並木小学校");
        mouseClick(row);
        // The inspector shows the shelter and the map is centred on it (10700, 20300).
        const texts = Helpers.shownTexts(window.contentItem);
        verify(texts.indexOf("Fake shelters  #2") >= 0, "inspector heading missing");
        verify(texts.indexOf("並木小学校") >= 0);
        const map = window.mapView;
        const centre = map.controller.groundAt(map.width / 2, map.height / 2);
        verify(centre.valid);
        fuzzyCompare(centre.x, 10700, 0.5);
        fuzzyCompare(centre.y, 20300, 0.5);
    }

    function test_statusBarFollowsTheCursor_data() {
        return [
            { tag: "map centre", fx: 0.5, fy: 0.5 },
            { tag: "upper left", fx: 0.2, fy: 0.25 },
            { tag: "lower right", fx: 0.85, fy: 0.8 },
        ];
    }
    function test_statusBarFollowsTheCursor(data) {
        const map = window.mapView;
        const x = map.width * data.fx, y = map.height * data.fy;
        mouseMove(map, x + 11, y + 7);
        mouseMove(map, x, y);
        const metric = findChild(window.footer, "metricReadout");
        const wgs84 = findChild(window.footer, "wgs84Readout");
        verify(metric && wgs84);
        const ground = map.controller.groundAt(x, y);
        verify(ground.valid);
        // "E 10500.0 m, N 20300.0 m" in the twin's CRS, the ground under the cursor.
        tryVerify(() => /^E -?\d+\.\d m, N -?\d+\.\d m$/.test(metric.text), 5000, "metric readout \"" + metric.text + "\"");
        // Within a pixel: the test's mouse events land on whole window pixels, the map need not start on one.
        const numbers = metric.text.match(/-?\d+\.\d/g).map(Number);
        const tolerance = map.metresPerPixel + 0.06;
        verify(Math.abs(numbers[0] - ground.x) <= tolerance && Math.abs(numbers[1] - ground.y) <= tolerance,
               metric.text + " for the ground at " + ground.x + ", " + ground.y);
        // And in WGS84: the test twin lies near 36.18° N, 139.95° E (JGD2011 zone IX, origin 36° N 139°50′ E).
        const match = /^(\d+\.\d{5})° N, (\d+\.\d{5})° E$/.exec(wgs84.text);
        verify(match, "WGS84 readout \"" + wgs84.text + "\"");
        verify(Number(match[1]) > 36.1 && Number(match[1]) < 36.3, "latitude " + match[1]);
        verify(Number(match[2]) > 139.8 && Number(match[2]) < 140.1, "longitude " + match[2]);
    }

    function test_openingANonTwinKeepsTheTwin() {
        const path = testSession.path;
        verify(overlayTexts().indexOf("Cannot open the twin") < 0);
        window.openTwin(testNotATwinUrl);
        tryVerify(() => overlayTexts().indexOf("Cannot open the twin") >= 0, 5000,
                  "no error dialog; the overlay shows " + JSON.stringify(overlayTexts()));
        verify(testSession.errorString.length > 0);
        verify(overlayTexts().indexOf(testSession.errorString) >= 0, "the reason is not shown");
        // The twin that was open stays open, on the map too.
        verify(testSession.isOpen);
        compare(testSession.path, path);
        compare(window.mapView.controller.twinPath, path);
        verify(window.title.indexOf(testTwinName) >= 0);
        const ok = Helpers.findButton(window.Overlay.overlay, "OK");
        verify(ok, "no OK button");
        mouseClick(ok);
        tryVerify(() => overlayTexts().indexOf("Cannot open the twin") < 0, 5000, "the dialog did not close");
    }

    function test_helpMenuCountsFailedPlugins() {
        const menu = openMenu(5);
        verify(menuItem(menu, "Plugins… (1 failed)"), "the Help menu does not count the failed plugin");
        menu.close();
        tryCompare(menu, "opened", false);
    }

    function test_languageSwitch() {
        const heading = Helpers.findItem(window.contentItem, item => item.text === "Layers" && item.font !== undefined
                                                                   && item.font.bold);
        verify(heading, "no \"Layers\" heading");

        // Settings → Language → 日本語, with the mouse.
        const settings = openMenu(3);
        const languageItem = menuItem(settings, "Language");
        verify(languageItem && languageItem.subMenu, "no Language submenu");
        mouseClick(languageItem);
        const languages = languageItem.subMenu;
        tryCompare(languages, "opened", true);
        mouseClick(menuItem(languages, "日本語"));
        tryCompare(testLanguages, "language", "ja");
        compare(testLanguages.choice, "ja");
        tryCompare(settings, "opened", false);

        if (testJapaneseLayersHeading === "") {
            testLanguages.choice = "en";
            skip("citytwin_ja.qm has no translation of LayerPanel \"Layers\" yet (assets/i18n/citytwin_ja.ts)");
        }
        tryCompare(heading, "text", testJapaneseLayersHeading);

        // And back: Settings → Language → English (the menu is in Japanese now: by position).
        mouseClick(openMenu(3).itemAt(0));
        tryCompare(languages, "opened", true);
        mouseClick(menuItem(languages, "English"));
        tryCompare(testLanguages, "language", "en");
        tryCompare(heading, "text", "Layers");
    }
}
