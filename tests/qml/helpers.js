// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Small helpers the shell's QML tests share: finding items by what they show, reading colours.
.pragma library

/// Every item under `root` (depth first, `root` included) for which `predicate` holds.
function findAll(root, predicate) {
    const found = [];
    const visit = item => {
        if (!item)
            return;
        if (predicate(item))
            found.push(item);
        const children = item.children;
        if (children === undefined)
            return;
        for (let i = 0; i < children.length; ++i)
            visit(children[i]);
    };
    visit(root);
    return found;
}

/// The first item under `root` for which `predicate` holds, or null.
function findItem(root, predicate) {
    const all = findAll(root, predicate);
    return all.length > 0 ? all[0] : null;
}

/// Whether `item` and all its ancestors are visible.
function isShown(item) {
    for (let i = item; i; i = i.parent) {
        if (i.visible === false)
            return false;
    }
    return true;
}

/// The texts that `root` and its descendants show (visible text items only), in tree order.
function shownTexts(root) {
    return findAll(root, item => typeof item.text === "string" && item.text.length > 0 && item.visible
                                 && item.contentWidth !== undefined)
        .filter(isShown)
        .map(item => item.text);
}

/// A button (AbstractButton) under `root` whose text is `text`.
function findButton(root, text) {
    return findItem(root, item => item.text === text && item.checkable !== undefined && item.pressed !== undefined);
}

/// Largest difference of the red, green and blue channels of two colours, in 0..255.
function colourDistance(a, b) {
    return Math.round(255 * Math.max(Math.abs(a.r - b.r), Math.abs(a.g - b.g), Math.abs(a.b - b.b)));
}
