// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
import QtQuick
import QtTest
import CityTwin.Ui
import CityTwin.Shell
import "helpers.js" as Helpers

// LayerPanel on the test twin: rows top-most first with their feature counts, visibility boxes
// that change the model, ▲/▼ that reorder it, legend swatches in the layers' colours.
TestCase {
    id: testCase
    name: "LayerPanel"
    width: 400
    height: 600
    visible: true
    when: windowShown

    Component {
        id: panelComponent
        LayerPanel {
            width: 360
            height: 560
            layers: testSession.layers
        }
    }

    SignalSpy {
        id: styleSpy
        signalName: "layerStyleChanged"
    }
    SignalSpy {
        id: orderSpy
        signalName: "orderChanged"
    }

    property var panel: null
    property var list: null

    function init() {
        // A fresh layer list (visibility, order) for every test: reopening the twin rebuilds it.
        verify(testSession.open(testTwinPath), testSession.errorString);
        panel = createTemporaryObject(panelComponent, testCase);
        verify(panel);
        list = findChild(panel, "layerList");
        verify(list, "no ListView named layerList");
        tryCompare(list, "count", 4);
        tryVerify(() => list.itemAtIndex(3) !== null, 5000, "the four rows were not created");
        styleSpy.target = testSession.layers;
        orderSpy.target = testSession.layers;
        styleSpy.clear();
        orderSpy.clear();
    }

    function rowNames() {
        const names = [];
        for (let i = 0; i < list.count; ++i)
            names.push(list.itemAtIndex(i).name);
        return names;
    }

    function row(layer) {
        for (let i = 0; i < list.count; ++i) {
            if (list.itemAtIndex(i).name === layer)
                return list.itemAtIndex(i);
        }
        return null;
    }

    function modelValue(layer, role) {
        const model = testSession.layers;
        return model.data(model.index(model.indexOf(layer), 0), role);
    }

    function test_rows_data() {
        return [
            { tag: "shelters (fake plugin, order 90)", layer: "shelters", index: 0, title: "Fake shelters", count: 4 },
            { tag: "my_survey (undescribed, order 50)", layer: "my_survey", index: 1, title: "My survey", count: 1 },
            { tag: "buildings (core, order 30)", layer: "buildings", index: 2, title: "Buildings", count: 3 },
            { tag: "roads (core, order 20)", layer: "roads", index: 3, title: "Roads", count: 2 },
        ];
    }
    function test_rows(data) {
        compare(rowNames(), ["shelters", "my_survey", "buildings", "roads"], "top-most first");
        const item = list.itemAtIndex(data.index);
        compare(item.name, data.layer);
        const texts = Helpers.shownTexts(item);
        verify(texts.indexOf(data.title) >= 0, "title missing from " + JSON.stringify(texts));
        const countText = data.count === 1 ? "1 feature" : data.count + " features";
        verify(texts.indexOf(countText) >= 0, "feature count missing from " + JSON.stringify(texts));
        verify(findChild(item, "visibility_" + data.layer), "no visibility box for " + data.layer);
    }

    function test_visibility_data() {
        return [
            { tag: "shelters", layer: "shelters" },
            { tag: "my_survey", layer: "my_survey" },
            { tag: "buildings", layer: "buildings" },
            { tag: "roads", layer: "roads" },
        ];
    }
    function test_visibility(data) {
        const box = findChild(list, "visibility_" + data.layer);
        verify(box);
        verify(box.checked);
        compare(modelValue(data.layer, LayerListModel.VisibleRole), true);

        mouseClick(box);
        compare(modelValue(data.layer, LayerListModel.VisibleRole), false, "the click did not hide the layer");
        compare(row(data.layer).layerVisible, false);
        compare(box.checked, false);
        compare(styleSpy.count, 1);
        compare(styleSpy.signalArguments[0][0], data.layer);
        // The swatch fades with the layer; the other layers are untouched.
        const icon = Helpers.findItem(row(data.layer), item => item.fillColor !== undefined);
        fuzzyCompare(icon.opacity, 0.35, 1e-6);
        for (const other of ["shelters", "my_survey", "buildings", "roads"]) {
            if (other !== data.layer)
                compare(modelValue(other, LayerListModel.VisibleRole), true, other);
        }

        mouseClick(box);
        compare(modelValue(data.layer, LayerListModel.VisibleRole), true, "the second click did not show it again");
        compare(box.checked, true);
        compare(styleSpy.count, 2);
        fuzzyCompare(icon.opacity, 1.0, 1e-6);
    }

    function test_reorder_data() {
        return [
            { tag: "buildings ▲", layer: "buildings", button: "▲",
              order: ["shelters", "buildings", "my_survey", "roads"] },
            { tag: "shelters ▼", layer: "shelters", button: "▼",
              order: ["my_survey", "shelters", "buildings", "roads"] },
            { tag: "roads ▲", layer: "roads", button: "▲",
              order: ["shelters", "my_survey", "roads", "buildings"] },
            { tag: "my_survey ▼", layer: "my_survey", button: "▼",
              order: ["shelters", "buildings", "my_survey", "roads"] },
        ];
    }
    function test_reorder(data) {
        const button = Helpers.findButton(row(data.layer), data.button);
        verify(button, "no " + data.button + " button on " + data.layer);
        verify(button.enabled);
        mouseClick(button);
        tryVerify(() => JSON.stringify(rowNames()) === JSON.stringify(data.order), 5000,
                  "rows " + JSON.stringify(rowNames()));
        verify(orderSpy.count >= 1, "orderChanged was not emitted");
        // The model agrees with what the panel shows, and the drawing order follows the rows.
        for (let i = 0; i < data.order.length; ++i)
            compare(testSession.layers.indexOf(data.order[i]), i, data.order[i]);
        for (let i = 1; i < data.order.length; ++i) {
            verify(modelValue(data.order[i - 1], LayerListModel.OrderRole) > modelValue(data.order[i], LayerListModel.OrderRole),
                   data.order[i - 1] + " is not drawn above " + data.order[i]);
        }
    }

    function test_endsCannotMoveFurther() {
        verify(!Helpers.findButton(list.itemAtIndex(0), "▲").enabled, "the top row can move up");
        verify(Helpers.findButton(list.itemAtIndex(0), "▼").enabled);
        verify(Helpers.findButton(list.itemAtIndex(3), "▲").enabled);
        verify(!Helpers.findButton(list.itemAtIndex(3), "▼").enabled, "the bottom row can move down");
    }

    function test_legendColours_data() {
        return [
            { tag: "shelters: the fake plugin's square", layer: "shelters", kind: "points", colour: testSheltersColor },
            { tag: "my_survey: default line", layer: "my_survey", kind: "lines", colour: "" },
            { tag: "buildings: core block", layer: "buildings", kind: "buildings", colour: "" },
            { tag: "roads: core line", layer: "roads", kind: "lines", colour: "" },
        ];
    }
    function test_legendColours(data) {
        const icon = Helpers.findItem(row(data.layer), item => item.fillColor !== undefined);
        verify(icon, "no legend icon on " + data.layer);
        compare(icon.kind, data.kind);
        const expected = data.colour.length > 0 ? Qt.color(data.colour) : modelValue(data.layer, LayerListModel.ColorRole);
        verify(Qt.colorEqual(icon.fillColor, expected), "icon colour " + icon.fillColor + ", layer colour " + expected);
        waitForRendering(panel);
        // Qt 6.4's grabImage() crops the window at the item's x/y relative to its parent, not to
        // the scene: grab the panel (at the window's origin) and read the icon's pixels from it.
        compare(panel.mapToItem(null, 0, 0), Qt.point(0, 0));
        const image = grabImage(panel);
        const centre = icon.mapToItem(panel, icon.width / 2, icon.height / 2);
        const seen = image.pixel(Math.floor(centre.x), Math.floor(centre.y));
        verify(Helpers.colourDistance(seen, expected) <= 3,
               "centre pixel " + seen + ", layer colour " + expected);
        // The swatch's corner (the row's background) is not the layer colour.
        const cornerAt = icon.mapToItem(panel, 0, 0);
        const corner = image.pixel(Math.floor(cornerAt.x), Math.floor(cornerAt.y));
        verify(Helpers.colourDistance(corner, expected) > 20, "the corner is in the layer colour too: " + corner);
    }
}
