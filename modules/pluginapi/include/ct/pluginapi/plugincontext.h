// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>

namespace ct::plugin {

/// \brief What the console hands a plugin at initialisation: the narrow view of the application
/// a plugin may use. There is no global to reach for instead.
struct PluginContext
{
    QString pluginDirectory;   //!< where the plugin's library was found
    QString dataDirectory;     //!< the console's read-only data (share/citytwin)
    QString locale;            //!< the UI language, e.g. "ja" or "en"
};

} // namespace ct::plugin
