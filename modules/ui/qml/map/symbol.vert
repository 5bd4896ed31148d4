// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
// Point symbols: the instance gives the anchor; the vertex (x, y in -1..1) is an offset in
// pixels, so the marker faces the screen and keeps its size at any zoom and tilt.
VARYING vec4 vColor;
VARYING float vEdge;

void MAIN()
{
    vec4 anchor = INSTANCE_MODELVIEWPROJECTION_MATRIX * vec4(0.0, 0.0, 0.0, 1.0);
    // A feature state may give each symbol its own size (instance data y, pixels; 0 = the layer's).
    float size = INSTANCE_DATA.y > 0.0 ? INSTANCE_DATA.y : symbolSize;
    vec2 offset = VERTEX.xy * size / viewportSize;
    POSITION = anchor + vec4(offset * anchor.w, 0.0, 0.0);
    POSITION.z -= 0.001 * POSITION.w; // a little in front of what is at the same depth
    vColor = INSTANCE_COLOR;
    vEdge = length(VERTEX.xy);
}
