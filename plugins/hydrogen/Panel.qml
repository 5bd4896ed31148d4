// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import CityTwin.Ui

FeatureListPanel {
    id: root
    heading: qsTr("Fuel-cell buses")
    layerName: "fuel_cell_buses"
    titleField: "name"
    detailField: "energy_kwh"
    detailFormat: qsTr("%1 kWh left")
}
