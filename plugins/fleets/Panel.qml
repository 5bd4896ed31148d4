// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import CityTwin.Ui

FeatureListPanel {
    id: root
    heading: qsTr("Bus stops")
    layerName: "bus_stops"
    titleField: "name"
    detailField: "route_ids"
    detailFormat: qsTr("routes %1")
}
