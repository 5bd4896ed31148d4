// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "sheltersplugin.h"

#include "shelterschema.h"

namespace ct::shelters {

using plugin::LayerDescriptor;

// The name from the metadata JSON, marked for translation (Help → Plugins, panel tabs).
[[maybe_unused]] const char *const kDisplayName = QT_TRANSLATE_NOOP("PluginNames", "Shelters");

std::vector<LayerDescriptor> SheltersPlugin::layers() const
{
    using Symbol = LayerDescriptor::Symbol;
    const QString owner = QStringLiteral("shelters");
    return {LayerDescriptor::points(QStringLiteral("shelters"), QStringLiteral(QT_TRANSLATE_NOOP("LayerTitles", "Evacuation shelters")),
                                    owner, QStringLiteral("#2e9e44"), Symbol::Circle, 16, 90, QStringLiteral("name"))};
}

QUrl SheltersPlugin::panel() const
{
    return QUrl(QStringLiteral("qrc:/citytwin/plugins/shelters/qml/Panel.qml"));
}

store::MigrationList SheltersPlugin::migrations() const
{
    return ShelterSchema::migrations();
}

} // namespace ct::shelters
