// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/pluginapi/domainplugin.h"

#include <QJsonObject>
#include <QObject>

namespace ct::tests {

/// \brief A domain plugin inside the test: it shows the twin's "shelters" layer, colours it by a
/// live state, and writes report sections whose content the tests control (a totals section, a
/// shelter table of `rows` rows, an empty table), in the report's language.
class FakeReportPlugin : public QObject, public plugin::DomainPlugin
{
    Q_OBJECT
    Q_INTERFACES(ct::plugin::DomainPlugin)

public:
    enum class Behaviour { Normal, Throws };

    explicit FakeReportPlugin(QString id, int rows = 0, Behaviour behaviour = Behaviour::Normal);

    /// Metadata for PluginRegistry::addInstance(); `capabilities` as declared.
    QJsonObject metaData(const QStringList &capabilities) const;

    std::vector<plugin::LayerDescriptor> layers() const override;
    std::vector<std::shared_ptr<plugin::FeatureStateSource>> featureStateSources() const override;
    std::vector<plugin::ReportSection> reportSections(const plugin::ReportContext &context) const override;

    //! How often reportSections() was called, and the context of the last call.
    int calls() const { return m_calls; }
    const plugin::ReportContext &lastContext() const { return m_lastContext; }

    //! The heading of the table section in `language`.
    static QString tableTitle(const QString &language);
    //! The header of the table's first column (repeated on every page).
    static QString firstHeader() { return QStringLiteral("Shelter name"); }
    //! The name in row `row` of the shelter table.
    static QString rowName(int row) { return QStringLiteral("Row shelter %1").arg(row, 3, 10, QLatin1Char('0')); }

private:
    QString m_id;
    int m_rows;
    Behaviour m_behaviour;
    mutable int m_calls = 0;
    mutable plugin::ReportContext m_lastContext;
};

} // namespace ct::tests
