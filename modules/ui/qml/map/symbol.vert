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
    // A heading (instance data z, radians clockwise from north, when w is 1) turns the symbol so
    // that its top (+y) points that way on screen: the screen direction is that of a point 10 m
    // ahead on the ground, so it follows the map's rotation and tilt.
    vec2 shape = VERTEX.xy;
    if (INSTANCE_DATA.w > 0.5) {
        vec4 ahead = INSTANCE_MODELVIEWPROJECTION_MATRIX * vec4(10.0 * sin(INSTANCE_DATA.z), 10.0 * cos(INSTANCE_DATA.z), 0.0, 1.0);
        vec2 d = (ahead.xy / ahead.w - anchor.xy / anchor.w) * viewportSize;
        if (length(d) > 1.0e-6) {
            d = normalize(d);
            shape = vec2(VERTEX.x * d.y + VERTEX.y * d.x, -VERTEX.x * d.x + VERTEX.y * d.y);
        }
    }
    vec2 offset = shape * size / viewportSize;
    POSITION = anchor + vec4(offset * anchor.w, 0.0, 0.0);
    POSITION.z -= 0.001 * POSITION.w; // a little in front of what is at the same depth
    vColor = INSTANCE_COLOR;
    vEdge = length(VERTEX.xy);
}
