// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QImage>
#include <QQuick3DTextureData>
#include <QtQml/qqmlregistration.h>

namespace ct::ui {

/// \brief The texture of a raster overlay (a plugin's georeferenced image), uploaded from a
/// QImage; replaced as a whole when the overlay is read again.
class OverlayTexture : public QQuick3DTextureData
{
    Q_OBJECT
    QML_ANONYMOUS

public:
    explicit OverlayTexture(QQuick3DObject *parent = nullptr);
    /// Converts `image` to premultiplied RGBA8 (first row = the top of the texture, i.e. north).
    void setImage(const QImage &image);
    const QImage &image() const { return m_image; }

private:
    QImage m_image;
};

} // namespace ct::ui
