// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
// Flat face normal from screen-space derivatives of the world position, turned towards the
// camera (only front faces are drawn), lit by one fixed light; taller buildings a little lighter.
// Point symbols (symbol.frag) take their instance colour as sRGB directly.
VARYING vec3 vWorld;
VARYING float vHeight;

void MAIN()
{
    vec3 n = normalize(cross(dFdx(vWorld), dFdy(vWorld)));
    if (dot(n, CAMERA_POSITION - vWorld) < 0.0)
        n = -n;
    // World space is y up (the map node is rotated): light from the south-west, high.
    vec3 lightDir = normalize(vec3(-0.35, 0.85, 0.4));
    float diffuse = max(dot(n, lightDir), 0.0);
    float shade = 0.55 + 0.5 * diffuse;
    float tint = 0.9 + 0.1 * clamp(vHeight / maxHeight, 0.0, 1.0);
    // Colour properties arrive linearised and unshaded custom materials are not tonemapped:
    // shade in linear space, write sRGB.
    vec3 linear = min(baseColor.rgb * shade * tint, vec3(1.0));
    FRAGCOLOR = vec4(pow(linear, vec3(1.0 / 2.2)), layerOpacity);
}
