// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import CityTwin.Ui

// The fake domain plugin's panel: the shelters of the test twin, with their capacity.
FeatureListPanel {
    objectName: "fakePanel"
    heading: "Fake shelters panel"
    layerName: "shelters"
    titleField: "name"
    detailField: "capacity"
    detailFormat: "capacity %1"

    // map clicks the shell forwarded (DomainPanels.mapClicked)
    property var picks: []
    function mapPicked(x, y) {
        picks = picks.concat([[x, y]]);
    }
}
