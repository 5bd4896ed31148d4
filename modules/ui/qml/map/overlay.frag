// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
// Raster overlays: the plugin's image as it is (its own alpha), times the layer's opacity.
VARYING vec2 vUV;

void MAIN()
{
    vec4 c = texture(surface, vUV);
    FRAGCOLOR = vec4(c.rgb, c.a * layerOpacity);
}
