// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace ct::geo {
class CrsTransform;
}

namespace ct::ui {

/// \brief Turns a position in the twin's metric CRS into the two readouts of the status bar:
/// WGS84 degrees (through PROJ) and the metric coordinates themselves.
class PositionFormatter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString sourceCrs READ sourceCrs WRITE setSourceCrs NOTIFY sourceCrsChanged)
    Q_PROPERTY(QString error READ error NOTIFY sourceCrsChanged)

public:
    explicit PositionFormatter(QObject *parent = nullptr);
    ~PositionFormatter() override;

    QString sourceCrs() const { return m_sourceCrs; }
    void setSourceCrs(const QString &crs);
    QString error() const { return m_error; }

    /// {valid, lon, lat, wgs84 ("36.08253° N, 140.11150° E"), metric ("E 1234.5 m, N -6789.0 m": easting, northing)}.
    Q_INVOKABLE QVariantMap describe(double x, double y) const;
    /// x/y in the source CRS for a WGS84 longitude/latitude: {valid, x, y}.
    Q_INVOKABLE QVariantMap fromWgs84(double lon, double lat) const;

signals:
    void sourceCrsChanged();

private:
    QString m_sourceCrs;
    QString m_error;
    std::unique_ptr<geo::CrsTransform> m_toWgs84;
};

} // namespace ct::ui
