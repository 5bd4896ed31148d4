// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "fakedomainplugin.h"

#include <QJsonArray>

namespace ct::tests {

using plugin::LayerDescriptor;

QJsonObject FakeDomainPlugin::metaData()
{
    return {
        {QStringLiteral("id"), QStringLiteral("fake")},
        {QStringLiteral("name"), QStringLiteral("Fake domain")},
        {QStringLiteral("version"), QStringLiteral("9.8.7")},
        {QStringLiteral("apiVersion"), 1},
        {QStringLiteral("description"), QStringLiteral("Test double of a service domain")},
        {QStringLiteral("capabilities"),
         QJsonArray{QStringLiteral("layers"), QStringLiteral("panel"), QStringLiteral("migrations")}},
    };
}

core::Status FakeDomainPlugin::initialise(const plugin::PluginContext &)
{
    m_initialised = true;
    return core::Status::success();
}

std::vector<LayerDescriptor> FakeDomainPlugin::layers() const
{
    LayerDescriptor shelters;
    shelters.table = QStringLiteral("shelters");
    shelters.title = QStringLiteral("Fake shelters");
    shelters.kind = LayerDescriptor::Kind::Points;
    shelters.symbol = LayerDescriptor::Symbol::Square;
    shelters.color = QLatin1String(kSheltersColor);
    shelters.symbolSizePixels = 16;
    shelters.labelField = QStringLiteral("name");
    shelters.order = 90;
    shelters.owner = QStringLiteral("fake");
    return {shelters};
}

QUrl FakeDomainPlugin::panel() const
{
    return QUrl(QStringLiteral("qrc:/fakeplugin/Panel.qml"));
}

store::MigrationList FakeDomainPlugin::migrations() const
{
    return {{1, QStringLiteral("notes per shelter"),
             QStringLiteral("CREATE TABLE fake_notes (shelter_fid INTEGER PRIMARY KEY, note TEXT);")}};
}

} // namespace ct::tests
