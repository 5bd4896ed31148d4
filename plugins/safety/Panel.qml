// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import CityTwin.Ui

FeatureListPanel {
    id: root
    heading: qsTr("Schools")
    layerName: "schools"
    titleField: "name"
    detailField: "pupils"
    detailFormat: qsTr("%1 pupils")
}
