// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "mapscenedata.h"

#include <QQuick3DGeometry>
#include <QtQml/qqmlregistration.h>

namespace ct::ui {

/// \brief One map tile's triangles (or 1-pixel lines) for a Model: position-only vertices and
/// 32-bit indices, with exact bounds so that frustum culling can drop off-screen tiles.
class MeshGeometry : public QQuick3DGeometry
{
    Q_OBJECT
    QML_ANONYMOUS

public:
    explicit MeshGeometry(const GpuMesh &mesh, QQuick3DObject *parent = nullptr);
};

} // namespace ct::ui
