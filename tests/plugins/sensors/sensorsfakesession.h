// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

// The console's session as the sensors panel sees it (plugin::TwinAccess plus the signals the
// panel listens to), without the console: a store and a signed-in operator the test sets.

#include "ct/pluginapi/twinaccess.h"
#include "ct/store/twinstore.h"

#include <QObject>

namespace ct::sensors::test {

class FakeSession : public QObject, public plugin::TwinAccess
{
    Q_OBJECT
    Q_INTERFACES(ct::plugin::TwinAccess)
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY openedChanged)

public:
    FakeSession(store::TwinStore *store, core::Actor actor) : m_store(store), m_actor(std::move(actor)) {}

    store::TwinStore *store() const override { return m_store; }
    core::Actor actor() const override { return m_actor; }
    bool isOpen() const { return m_store != nullptr; }

    void signIn(const core::Actor &actor)
    {
        m_actor = actor;
        emit operatorChanged();
    }

signals:
    void openedChanged();
    void operatorChanged();

private:
    store::TwinStore *m_store;
    core::Actor m_actor;
};

} // namespace ct::sensors::test
