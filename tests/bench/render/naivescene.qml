// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
// The peer scene for bench_render: one instanced #Cube per building, lit by the default
// material, and the symbols as small instanced cubes. Camera pose set from C++.
import QtQuick
import QtQuick3D
import Bench

Item {
    id: root
    property vector3d camPosition
    property quaternion camRotation
    property bool topDown: false
    property real magnification: 1
    property real clipNear: 1
    property real clipFar: 10000
    readonly property BenchCubes buildings: buildingTable
    readonly property BenchCubes symbols: symbolTable

    Rectangle { anchors.fill: parent; color: "#eef0ec" }
    View3D {
        anchors.fill: parent
        renderMode: View3D.Inline
        camera: root.topDown ? ortho : persp
        environment: SceneEnvironment { backgroundMode: SceneEnvironment.Transparent; antialiasingMode: SceneEnvironment.NoAA }
        Node {
            eulerRotation.x: -90
            OrthographicCamera {
                id: ortho
                position: root.camPosition; rotation: root.camRotation
                clipNear: root.clipNear; clipFar: root.clipFar
                horizontalMagnification: root.magnification; verticalMagnification: root.magnification
            }
            PerspectiveCamera {
                id: persp
                position: root.camPosition; rotation: root.camRotation
                clipNear: root.clipNear; clipFar: root.clipFar
                fieldOfView: 40
            }
            DirectionalLight { eulerRotation.x: -60; eulerRotation.y: 30 }
            Model {
                source: "#Cube"
                instancing: BenchCubes { id: buildingTable }
                materials: DefaultMaterial { diffuseColor: "#c8c0b4" }
            }
            Model {
                source: "#Cube"
                instancing: BenchCubes { id: symbolTable }
                materials: DefaultMaterial { diffuseColor: "#1050f0" }
            }
        }
    }
}
