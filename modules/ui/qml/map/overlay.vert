// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
// Raster overlays: a textured ground quad; passes the texture coordinate on.
VARYING vec2 vUV;

void MAIN()
{
    vUV = UV0;
    POSITION = MODELVIEWPROJECTION_MATRIX * vec4(VERTEX, 1.0);
}
