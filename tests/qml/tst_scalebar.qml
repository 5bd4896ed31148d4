// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
import QtQuick
import QtTest
import CityTwin.Shell
import "helpers.js" as Helpers

// ScaleBar: a round length (1, 2 or 5 × 10ⁿ metres) as long as it can be within 100 pixels.
TestCase {
    id: testCase
    name: "ScaleBar"
    width: 300
    height: 100
    visible: true
    when: windowShown

    Component {
        id: barComponent
        ScaleBar {}
    }

    function test_length_data() {
        return [
            { tag: "1 m/px", metresPerPixel: 1, label: "100 m", pixels: 100 },
            { tag: "37 m/px", metresPerPixel: 37, label: "2 km", pixels: 2000 / 37 },
            { tag: "0.3 m/px", metresPerPixel: 0.3, label: "20 m", pixels: 20 / 0.3 },
            { tag: "10 m/px, an exact power of ten", metresPerPixel: 10, label: "1 km", pixels: 100 },
            { tag: "0.999 m/px, just under", metresPerPixel: 0.999, label: "50 m", pixels: 50 / 0.999 },
            { tag: "1.001 m/px, just over", metresPerPixel: 1.001, label: "100 m", pixels: 100 / 1.001 },
            { tag: "7 m/px", metresPerPixel: 7, label: "500 m", pixels: 500 / 7 },
            { tag: "3 m/px", metresPerPixel: 3, label: "200 m", pixels: 200 / 3 },
            { tag: "12.5 m/px", metresPerPixel: 12.5, label: "1 km", pixels: 80 },
            { tag: "0.15 m/px", metresPerPixel: 0.15, label: "10 m", pixels: 10 / 0.15 },
            { tag: "0.004 m/px, below a metre", metresPerPixel: 0.004, label: "0.2 m", pixels: 50 },
            { tag: "500 m/px, the widest zoom", metresPerPixel: 500, label: "50 km", pixels: 100 },
            { tag: "1234 m/px", metresPerPixel: 1234, label: "100 km", pixels: 100000 / 1234 },
        ];
    }
    function test_length(data) {
        const bar = createTemporaryObject(barComponent, testCase, { metresPerPixel: data.metresPerPixel });
        verify(bar);
        compare(bar.label, data.label);
        fuzzyCompare(bar.pixels, data.pixels, 1e-6);
        // Whatever the scale: at most the target, and never less than 2/5 of it (1 → 2 → 5 → 10).
        verify(bar.pixels <= 100 + 1e-9 && bar.pixels >= 40 - 1e-9, "pixels " + bar.pixels);
        // The drawn bar is that long and the label shows that text.
        const drawn = Helpers.findItem(bar, item => item !== bar && item.height === 4 && item.color !== undefined);
        verify(drawn);
        fuzzyCompare(drawn.width, data.pixels, 1e-6);
        verify(Helpers.shownTexts(bar).indexOf(data.label) >= 0);
    }

    function test_updatesWithTheScale() {
        const bar = createTemporaryObject(barComponent, testCase, { metresPerPixel: 1 });
        compare(bar.label, "100 m");
        bar.metresPerPixel = 37;
        compare(bar.label, "2 km");
        bar.metresPerPixel = 0.3;
        compare(bar.label, "20 m");
    }

    function test_nonsenseScale_data() {
        return [
            { tag: "zero", metresPerPixel: 0 },
            { tag: "negative", metresPerPixel: -5 },
            { tag: "NaN", metresPerPixel: NaN },
            { tag: "infinite", metresPerPixel: Infinity },
        ];
    }
    function test_nonsenseScale(data) {
        const bar = createTemporaryObject(barComponent, testCase, { metresPerPixel: data.metresPerPixel });
        verify(bar);
        compare(bar.metres, 0);
        compare(bar.pixels, 0);
    }
}
