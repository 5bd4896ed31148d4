// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
// Buildings: position-only vertices; the fragment shader derives flat normals.
VARYING vec3 vWorld;
VARYING float vHeight;

void MAIN()
{
    vWorld = (MODEL_MATRIX * vec4(VERTEX, 1.0)).xyz;
    vHeight = VERTEX.z; // map coordinates are z up: metres above ground
    POSITION = MODELVIEWPROJECTION_MATRIX * vec4(VERTEX, 1.0);
}
