// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>
#include <QStringList>

namespace ct::plugin {

class DomainPlugin;

/// \brief A plugin as the console found it: its metadata, and whether it works.
struct PluginInfo
{
    enum class Status { Loaded, Failed };

    QString id;              //!< "shelters"
    QString name;            //!< "Shelters" (English; the UI translates)
    QString version;         //!< "0.1.0"
    QString description;
    QStringList capabilities; //!< "layers", "panel", "migrations", "importers", "simulation", "states", "report", "overlays"
    QString file;            //!< the library's path
    Status status = Status::Failed;
    QString error;           //!< why it failed, for Help → Plugins and the log
    DomainPlugin *instance = nullptr; //!< set only when status is Loaded

    bool isLoaded() const { return status == Status::Loaded; }
    bool has(const QString &capability) const { return capabilities.contains(capability); }
};

} // namespace ct::plugin
