// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/pluginapi/domainplugin.h"

#include <QJsonObject>
#include <QObject>

namespace ct::tests {

/// \brief A domain plugin that lives in the test executable, so that the shell's QML can be
/// tested against a plugin whose layer, panel and schema the test controls.
///
/// It describes the "shelters" layer (a colour no core layer uses), brings the panel
/// qrc:/fakeplugin/Panel.qml (a FeatureListPanel over the shelters) and one migration.
class FakeDomainPlugin : public QObject, public plugin::DomainPlugin
{
    Q_OBJECT
    Q_INTERFACES(ct::plugin::DomainPlugin)

public:
    static constexpr const char *kSheltersColor = "#e01070"; //!< the legend colour the tests look for

    /// The metadata JSON the registry gets with addInstance(): layers, panel and migrations.
    static QJsonObject metaData();

    core::Status initialise(const plugin::PluginContext &context) override;
    std::vector<plugin::LayerDescriptor> layers() const override;
    QUrl panel() const override;
    store::MigrationList migrations() const override;

    bool isInitialised() const { return m_initialised; }

private:
    bool m_initialised = false;
};

} // namespace ct::tests
