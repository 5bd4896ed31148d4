// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/actor.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace ct::auth {

/// \brief An operator's account as stored in the twin (`ct_account`, `ct_account_binding`).
/// Never carries the password or its hash.
struct Account
{
    QString name;          //!< the sign-in name, unique in the twin
    QString displayName;   //!< shown in the status bar ("田中 花子")
    core::Role role = core::Role::Viewer;
    QStringList bindings;  //!< sorted scope keys ("shelter:12")
    QDateTime createdAt;   //!< UTC
    bool disabled = false; //!< a disabled account cannot sign in

    /// The actor this account acts as once signed in.
    core::Actor actor() const { return core::Actor{name, role, bindings}; }
};

} // namespace ct::auth
