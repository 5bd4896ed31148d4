// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import CityTwin.Ui

FeatureListPanel {
    id: root
    heading: qsTr("Sensors")
    layerName: "sensor_sites"
    titleField: "name"
    detailField: "kind"
    detailFormat: "%1"
}
