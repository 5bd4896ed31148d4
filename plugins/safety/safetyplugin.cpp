// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "safetyplugin.h"

namespace ct::safety {

using plugin::LayerDescriptor;

// The name from the metadata JSON, marked for translation (Help → Plugins, panel tabs).
[[maybe_unused]] const char *const kDisplayName = QT_TRANSLATE_NOOP("PluginNames", "Community safety");

core::Status SafetyPlugin::initialise(const plugin::PluginContext &)
{
    return core::Status::success();
}

std::vector<LayerDescriptor> SafetyPlugin::layers() const
{
    LayerDescriptor schools;
    schools.table = QStringLiteral("schools");
    schools.title = QStringLiteral(QT_TRANSLATE_NOOP("LayerTitles", "Schools"));
    schools.kind = LayerDescriptor::Kind::Points;
    schools.symbol = LayerDescriptor::Symbol::Triangle;
    schools.color = QStringLiteral("#d9822b");
    schools.labelField = QStringLiteral("name");
    schools.order = 80;
    schools.owner = QStringLiteral("safety");

    LayerDescriptor districts;
    districts.table = QStringLiteral("school_districts");
    districts.title = QStringLiteral(QT_TRANSLATE_NOOP("LayerTitles", "School districts"));
    districts.kind = LayerDescriptor::Kind::Areas;
    districts.color = QStringLiteral("#f3d9b1");
    districts.outlineColor = QStringLiteral("#b7791f");
    districts.widthMetres = 6;
    districts.order = 12;
    districts.visibleByDefault = false;
    districts.owner = QStringLiteral("safety");

    LayerDescriptor police;
    police.table = QStringLiteral("police_boxes");
    police.title = QStringLiteral(QT_TRANSLATE_NOOP("LayerTitles", "Police boxes"));
    police.kind = LayerDescriptor::Kind::Points;
    police.symbol = LayerDescriptor::Symbol::Square;
    police.color = QStringLiteral("#1d3f8f");
    police.labelField = QStringLiteral("name");
    police.order = 82;
    police.owner = QStringLiteral("safety");

    LayerDescriptor lights;
    lights.table = QStringLiteral("streetlights");
    lights.title = QStringLiteral(QT_TRANSLATE_NOOP("LayerTitles", "Streetlights"));
    lights.kind = LayerDescriptor::Kind::Points;
    lights.symbol = LayerDescriptor::Symbol::Circle;
    lights.color = QStringLiteral("#f2c94c");
    lights.symbolSizePixels = 6;
    lights.order = 60;
    lights.visibleByDefault = false;
    lights.owner = QStringLiteral("safety");
    return {schools, districts, police, lights};
}

QUrl SafetyPlugin::panel() const
{
    return QUrl(QStringLiteral("qrc:/citytwin/plugins/safety/Panel.qml"));
}

store::MigrationList SafetyPlugin::migrations() const
{
    // Personal data (victim, reporter) lives apart from the alert so that roles without the right
    // to it never read it, in the store and in exports alike.
    return {{1, QStringLiteral("safety alerts, with personal data kept apart"), QStringLiteral(R"sql(
CREATE TABLE safety_alert (
    id INTEGER PRIMARY KEY,
    occurred_from TEXT NOT NULL,
    occurred_to TEXT,
    x REAL NOT NULL,
    y REAL NOT NULL,
    category TEXT NOT NULL,
    description TEXT,
    suspect_description TEXT,
    source_organisation TEXT,
    status TEXT NOT NULL DEFAULT 'received'
        CHECK (status IN ('received', 'verified', 'published', 'closed', 'retracted'))
);
CREATE TABLE safety_alert_personal (
    alert_id INTEGER PRIMARY KEY REFERENCES safety_alert(id) ON DELETE CASCADE,
    victim_age_group TEXT,
    reporter_contact TEXT
);
)sql")}};
}

} // namespace ct::safety
