// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
import QtQuick
import QtQuick.Controls

// Asks before an action that writes to the twin or throws work away.
Dialog {
    id: root

    property var action: null

    function ask(heading, question, onAccepted) {
        root.title = heading;
        body.text = question;
        root.action = onAccepted;
        root.open();
    }

    anchors.centerIn: Overlay.overlay
    width: Math.min(420, (parent ? parent.width : 420) - 20)
    modal: true
    standardButtons: Dialog.Ok | Dialog.Cancel

    Label {
        id: body
        width: parent.width
        wrapMode: Text.Wrap
    }

    onAccepted: {
        if (root.action)
            root.action();
        root.action = null;
    }
    onRejected: root.action = null
}
