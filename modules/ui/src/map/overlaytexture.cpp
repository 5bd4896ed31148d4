// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "overlaytexture.h"

namespace ct::ui {

OverlayTexture::OverlayTexture(QQuick3DObject *parent) : QQuick3DTextureData(parent) {}

void OverlayTexture::setImage(const QImage &image)
{
    // Premultiplied, so that filtering between a coloured and a transparent pixel fades the
    // colour out instead of darkening it (overlay.frag and the blending expect premultiplied).
    m_image = image.convertToFormat(QImage::Format_RGBA8888_Premultiplied);
    // Tightly packed rows, as the texture upload expects.
    QByteArray bytes;
    bytes.reserve(qsizetype(m_image.width()) * m_image.height() * 4);
    for (int y = 0; y < m_image.height(); ++y)
        bytes.append(reinterpret_cast<const char *>(m_image.constScanLine(y)), qsizetype(m_image.width()) * 4);
    setSize(m_image.size());
    setFormat(QQuick3DTextureData::RGBA8);
    setHasTransparency(true);
    setTextureData(bytes);
}

} // namespace ct::ui
