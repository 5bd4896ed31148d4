// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "pluginimport.h"

#include "ct/pluginapi/domainplugin.h"
#include "ct/pluginapi/importer.h"
#include "ct/pluginapi/pluginregistry.h"
#include "ct/store/twinstore.h"

#include <QJsonArray>

namespace ct::cli {

PluginImport::PluginImport(const plugin::PluginRegistry &plugins)
{
    for (const auto *info : plugins.loaded()) {
        if (info->has(QStringLiteral("importers")))
            for (auto &importer : info->instance->importers())
                m_importers.push_back(importer);
    }
}

plugin::Importer *PluginImport::importerFor(const QString &path) const
{
    plugin::Importer *best = nullptr;
    int bestConfidence = plugin::Importer::kConfident - 1;
    for (const auto &candidate : m_importers) {
        const int confidence = candidate->confidence(path);
        if (confidence > bestConfidence) {
            best = candidate.get();
            bestConfidence = confidence;
        }
    }
    return best;
}

QJsonObject PluginImport::run(store::TwinStore &twin, const core::Actor &actor, plugin::Importer &importer,
                              const QString &path, const QString &target)
{
    QJsonObject summary{{QStringLiteral("file"), target}, {QStringLiteral("format"), importer.id()}};
    plugin::ImportSummary result;
    const core::Status status = twin.perform(
        actor, importer.action(), target,
        [&](store::TwinStore &store, QJsonObject &, QJsonObject &after) -> core::Status {
            auto imported = importer.import(store, path);
            if (!imported)
                return imported.error();
            result = imported.value();
            after = QJsonObject{{QStringLiteral("importer"), importer.id()}, {QStringLiteral("layer"), result.layer},
                                {QStringLiteral("imported"), result.imported}, {QStringLiteral("updated"), result.updated},
                                {QStringLiteral("skipped"), result.skipped}};
            return {};
        });
    if (!status) {
        summary.insert(QStringLiteral("error"), status.error().toString());
        return summary;
    }
    QJsonArray skippedRows;
    for (const QString &reason : std::as_const(result.skippedReasons))
        skippedRows.append(QJsonObject{{QStringLiteral("where"), target}, {QStringLiteral("reason"), reason}});
    summary.insert(QStringLiteral("layer"), result.layer);
    summary.insert(QStringLiteral("layers"), QJsonArray{QJsonObject{{QStringLiteral("layer"), result.layer},
                                                                    {QStringLiteral("imported"), result.imported},
                                                                    {QStringLiteral("updated"), result.updated}}});
    summary.insert(QStringLiteral("imported"), result.imported);
    summary.insert(QStringLiteral("updated"), result.updated);
    summary.insert(QStringLiteral("skipped"), result.skipped);
    summary.insert(QStringLiteral("skippedRows"), skippedRows);
    summary.insert(QStringLiteral("error"), QJsonValue(QJsonValue::Null));
    return summary;
}

} // namespace ct::cli
