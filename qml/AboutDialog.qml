// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Dialog {
    id: root
    title: qsTr("About CityTwin Console")
    modal: true
    standardButtons: Dialog.Ok
    width: 520

    ColumnLayout {
        width: parent.width
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("CityTwin Console %1 — a digital twin and operations console for Tsukuba.").arg(Qt.application.version)
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: palette.placeholderText
            text: qsTr("Data credits: 出典：国土地理院 (GSI); 国土交通省 Project PLATEAU; © OpenStreetMap contributors (ODbL); 気象庁 (JMA); 国土交通省 水文水質データベース (MLIT).")
        }
    }
}
