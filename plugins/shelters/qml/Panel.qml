// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import CityTwin.Ui

FeatureListPanel {
    id: root
    heading: qsTr("Evacuation shelters")
    layerName: "shelters"
    titleField: "name"
    detailField: "capacity"
    detailFormat: qsTr("capacity %1")
}
