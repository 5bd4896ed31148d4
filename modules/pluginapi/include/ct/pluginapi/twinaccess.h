// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/actor.h"

#include <QVariantMap>
#include <QtPlugin>

namespace ct::store {
class TwinStore;
}

namespace ct::plugin {

/// \brief What a domain panel's C++ models may reach of the console's open twin: the store and
/// the operator acting in this session.
///
/// The console hands each panel its session as `twin` (a QObject); the session implements this
/// interface, so a plugin's model gets at it with `qobject_cast<ct::plugin::TwinAccess *>(twin)`
/// and works on the same store connection (one transaction at a time, one permission cache)
/// instead of opening the file again. The store pointer is null while no twin is open and
/// changes when another twin is opened; a model asks again rather than keeping it.
class TwinAccess
{
public:
    virtual ~TwinAccess() = default;
    //! The open twin, or nullptr.
    virtual store::TwinStore *store() const = 0;
    //! Who acts in this session: written into every audit row, checked by TwinStore::perform().
    virtual core::Actor actor() const = 0;
    /// Settings a plugin's panel shares with the same plugin's map overlays in this session
    /// (e.g. the safety analysis' bandwidth and period), per plugin id. Kept in memory for the
    /// session only, never written to the twin; the defaults keep nothing.
    virtual QVariantMap viewSettings(const QString &pluginId) const
    {
        Q_UNUSED(pluginId);
        return {};
    }
    virtual void setViewSettings(const QString &pluginId, const QVariantMap &settings)
    {
        Q_UNUSED(pluginId);
        Q_UNUSED(settings);
    }
};

} // namespace ct::plugin

#define CityTwinTwinAccess_iid "org.citytwin.TwinAccess/1.0"
Q_DECLARE_INTERFACE(ct::plugin::TwinAccess, CityTwinTwinAccess_iid)
