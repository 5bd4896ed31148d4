// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/actor.h"

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
};

} // namespace ct::plugin

#define CityTwinTwinAccess_iid "org.citytwin.TwinAccess/1.0"
Q_DECLARE_INTERFACE(ct::plugin::TwinAccess, CityTwinTwinAccess_iid)
