// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
// Raster overlays: the plugin's image (premultiplied alpha, see OverlayTexture), times the
// layer's opacity; blended with One / OneMinusSrcAlpha.
VARYING vec2 vUV;

void MAIN()
{
    vec4 c = texture(surface, vUV);
    FRAGCOLOR = c * layerOpacity;
}
