// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts

// The form for a new damage report. The place comes from a click on the map ("Pick on map"
// hides the form until the click), from the twin's coordinates, or from longitude/latitude.
// The controller checks every field and the store writes nothing unless all are right; the
// form stays open with the error until then.
Dialog {
    id: root

    required property var controller       // DamageController
    property bool picking: false           // waiting for a map click
    property bool hasPosition: false
    property real positionX: 0
    property real positionY: 0

    function openEmpty() {
        root.hasPosition = false;
        root.picking = false;
        lonField.text = "";
        latField.text = "";
        category.currentIndex = 0;
        severity.value = 3;
        description.text = "";
        reporterKind.currentIndex = 0;
        reporterName.text = "";
        photoPath.text = "";
        root.controller.clearError();
        root.open();
    }
    function setPosition(x: real, y: real) {
        root.positionX = x;
        root.positionY = y;
        root.hasPosition = true;
        byMap.checked = true;
        if (root.picking) {
            root.picking = false;
            root.open();
        }
    }
    function startPicking() {
        root.picking = true;
        root.close();
    }

    objectName: "newReportForm"
    anchors.centerIn: parent
    width: Math.min(460, parent ? parent.width - 40 : 460)
    modal: true
    title: qsTr("New damage report")
    closePolicy: Popup.CloseOnEscape

    ColumnLayout {
        width: parent.width
        spacing: 6

        GroupBox {
            Layout.fillWidth: true
            title: qsTr("Place")
            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                RowLayout {
                    RadioButton {
                        id: byMap
                        checked: true
                        text: qsTr("Map")
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("The place clicked on the map (the twin's coordinates, EPSG:6677)")
                    }
                    RadioButton {
                        id: byLonLat
                        text: qsTr("Longitude / latitude")
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("WGS84 degrees, e.g. from a phone's GPS")
                    }
                }
                RowLayout {
                    visible: byMap.checked
                    Layout.fillWidth: true
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: root.hasPosition ? root.controller.lonLat(root.positionX, root.positionY).text ?? ""
                                               : qsTr("No place picked yet")
                        color: root.hasPosition ? palette.text : palette.placeholderText
                    }
                    Button {
                        text: qsTr("Pick on map")
                        onClicked: root.startPicking()
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Hide this form until you click the place on the map")
                    }
                }
                RowLayout {
                    visible: byLonLat.checked
                    Layout.fillWidth: true
                    TextField {
                        id: lonField
                        Layout.fillWidth: true
                        placeholderText: qsTr("Longitude, e.g. 140.1123")
                        validator: DoubleValidator { bottom: -180; top: 180; notation: DoubleValidator.StandardNotation }
                        selectByMouse: true
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Degrees east (WGS84)")
                    }
                    TextField {
                        id: latField
                        Layout.fillWidth: true
                        placeholderText: qsTr("Latitude, e.g. 36.0835")
                        validator: DoubleValidator { bottom: -90; top: 90; notation: DoubleValidator.StandardNotation }
                        selectByMouse: true
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Degrees north (WGS84)")
                    }
                }
            }
        }

        GridLayout {
            Layout.fillWidth: true
            columns: 2
            Label { text: qsTr("Category") }
            ComboBox {
                id: category
                Layout.fillWidth: true
                model: root.controller.categories
                textRole: "label"
                valueRole: "name"
                ToolTip.visible: hovered
                ToolTip.text: currentIndex >= 0 && root.controller.categories[currentIndex].closesRoads
                              ? qsTr("Once verified, this category closes the nearby roads for routing and simulation")
                              : qsTr("What kind of damage")
            }
            Label { text: qsTr("Severity") }
            RowLayout {
                SpinBox {
                    id: severity
                    from: 1
                    to: 5
                    value: 3
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("1 minor … 5 severe (people in danger, road impassable)")
                }
                SeverityBadge { severity: severity.value }
            }
            Label { text: qsTr("Reported by") }
            ComboBox {
                id: reporterKind
                Layout.fillWidth: true
                model: root.controller.reporterKinds
                textRole: "label"
                valueRole: "name"
                ToolTip.visible: hovered
                ToolTip.text: qsTr("A resident's report is entered by you on their behalf")
            }
            Label { text: qsTr("Reporter's name") }
            TextField {
                id: reporterName
                Layout.fillWidth: true
                placeholderText: qsTr("optional")
                selectByMouse: true
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Kept with the report, not written to the audit log")
            }
        }

        Label { text: qsTr("What happened") }
        TextArea {
            id: description
            Layout.fillWidth: true
            Layout.preferredHeight: 70
            wrapMode: TextEdit.Wrap
            placeholderText: qsTr("e.g. The road is blocked by a fallen wall in front of the school")
            background: Rectangle {
                color: palette.base
                border.color: description.activeFocus ? palette.highlight : palette.mid
            }
            ToolTip.visible: hovered
            ToolTip.delay: 800
            ToolTip.text: qsTr("At most 4000 characters")
        }

        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: photoPath
                Layout.fillWidth: true
                placeholderText: qsTr("Photo (JPEG or PNG, at most 10 MiB, optional)")
                selectByMouse: true
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Path of a photo file; it is stored in the twin")
            }
            Button {
                text: qsTr("Choose…")
                onClicked: photoDialog.open()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Choose a photo file")
            }
        }

        Label {
            Layout.fillWidth: true
            visible: root.controller.errorString.length > 0
            text: root.controller.errorString
            color: "#b00020"
            wrapMode: Text.Wrap
        }

        RowLayout {
            Layout.alignment: Qt.AlignRight
            Button {
                text: qsTr("Cancel")
                onClicked: root.reject()
            }
            Button {
                text: qsTr("Submit report")
                highlighted: true
                enabled: byLonLat.checked ? lonField.text.length > 0 && latField.text.length > 0 : root.hasPosition
                onClicked: {
                    const form = {
                        category: category.currentValue,
                        severity: severity.value,
                        description: description.text,
                        reporterKind: reporterKind.currentValue,
                        reporterName: reporterName.text,
                        photo: photoPath.text
                    };
                    if (byLonLat.checked) {
                        form.longitude = Number.fromLocaleString(Qt.locale(), lonField.text);
                        form.latitude = Number.fromLocaleString(Qt.locale(), latField.text);
                    } else {
                        form.x = root.positionX;
                        form.y = root.positionY;
                    }
                    if (root.controller.submit(form) > 0)
                        root.accept();
                }
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Add the report to the triage queue as new")
            }
        }
    }

    FileDialog {
        id: photoDialog
        title: qsTr("Choose a photo")
        nameFilters: [qsTr("Photos (*.jpg *.jpeg *.png)"), qsTr("All files (*)")]
        onAccepted: photoPath.text = selectedFile.toString()
    }
}
