// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

// The console's session as a domain panel sees it, without the console: plugin::TwinAccess (a
// store and a signed-in operator the test sets), `isOpen`, the openedChanged/operatorChanged
// signals and reload(), which counts how often a panel asked the session to re-read the twin, and
// the plugins' view settings (kept per plugin; viewSettingsChanged(pluginId) when they change).
// Link CityTwin::TestCommon (tests/common/CMakeLists.txt) to use it.

#include "ct/pluginapi/twinaccess.h"
#include "ct/store/twinstore.h"

#include <QHash>
#include <QObject>
#include <QVariantMap>

#include <utility>

namespace ct::testing {

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

    //! Another operator signs in.
    void signIn(const core::Actor &actor)
    {
        m_actor = actor;
        emit operatorChanged();
    }
    //! Another twin (or none) is open.
    void open(store::TwinStore *store)
    {
        m_store = store;
        emit openedChanged();
    }
    QVariantMap viewSettings(const QString &pluginId) const override { return m_viewSettings.value(pluginId); }
    void setViewSettings(const QString &pluginId, const QVariantMap &settings) override
    {
        if (m_viewSettings.value(pluginId) == settings)
            return;
        m_viewSettings.insert(pluginId, settings);
        emit viewSettingsChanged(pluginId);
    }
    //! How often a panel called reload().
    int reloads() const { return m_reloads; }
    Q_INVOKABLE void reload() { ++m_reloads; }

signals:
    void openedChanged();
    void operatorChanged();
    void viewSettingsChanged(const QString &pluginId);

private:
    store::TwinStore *m_store;
    core::Actor m_actor;
    int m_reloads = 0;
    QHash<QString, QVariantMap> m_viewSettings;
};

} // namespace ct::testing
