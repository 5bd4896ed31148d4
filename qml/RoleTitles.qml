// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
import QtQml

// The operators' roles in words, from their stable names ("hq-commander" → "HQ commander").
// Kept in QML so a language switch retranslates them with the rest.
QtObject {
    id: root

    readonly property var titles: ({
        "administrator": qsTr("Administrator"),
        "hq-commander": qsTr("HQ commander"),
        "shelter-staff": qsTr("Shelter staff"),
        "planner": qsTr("Planner"),
        "mobility-dispatcher": qsTr("Mobility dispatcher"),
        "police-liaison": qsTr("Police liaison"),
        "school-liaison": qsTr("School liaison"),
        "viewer": qsTr("Viewer"),
        "system": qsTr("System")
    })

    function title(name) {
        return root.titles[name] ?? name;
    }
}
