// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
// Per-instance colour with a darker rim so symbols stand out on any background.
VARYING vec4 vColor;
VARYING float vEdge;

void MAIN()
{
    float rim = smoothstep(0.72, 0.85, vEdge);
    FRAGCOLOR = vec4(mix(vColor.rgb, vColor.rgb * 0.45, rim), vColor.a * layerOpacity);
}
