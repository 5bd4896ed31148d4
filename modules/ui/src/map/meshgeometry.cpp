// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "meshgeometry.h"

namespace ct::ui {

MeshGeometry::MeshGeometry(const GpuMesh &mesh, QQuick3DObject *parent) : QQuick3DGeometry(parent)
{
    setStride(3 * sizeof(float));
    setVertexData(mesh.vertices);
    setIndexData(mesh.indices);
    setPrimitiveType(mesh.primitive == GpuMesh::Primitive::Lines ? PrimitiveType::Lines : PrimitiveType::Triangles);
    addAttribute(Attribute::PositionSemantic, 0, Attribute::F32Type);
    addAttribute(Attribute::IndexSemantic, 0, Attribute::U32Type);
    setBounds(mesh.boundsMin, mesh.boundsMax);
}

} // namespace ct::ui
