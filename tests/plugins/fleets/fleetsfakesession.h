// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

// The console's session as the fleets panel sees it (plugin::TwinAccess with view settings, and
// the signals the panel listens to), without the console.

#include "ct/pluginapi/twinaccess.h"
#include "ct/store/twinstore.h"

#include <QHash>
#include <QObject>

namespace ct::fleets::test {

class FakeSession : public QObject, public plugin::TwinAccess
{
    Q_OBJECT
    Q_INTERFACES(ct::plugin::TwinAccess)
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY openedChanged)

public:
    FakeSession(store::TwinStore *store, core::Actor actor) : m_store(store), m_actor(std::move(actor)) {}

    store::TwinStore *store() const override { return m_store; }
    core::Actor actor() const override { return m_actor; }
    QVariantMap viewSettings(const QString &pluginId) const override { return m_settings.value(pluginId); }
    void setViewSettings(const QString &pluginId, const QVariantMap &settings) override
    {
        m_settings.insert(pluginId, settings);
        emit viewSettingsChanged(pluginId);
    }
    bool isOpen() const { return m_store != nullptr; }

    void signIn(const core::Actor &actor)
    {
        m_actor = actor;
        emit operatorChanged();
    }

signals:
    void openedChanged();
    void operatorChanged();
    void viewSettingsChanged(const QString &pluginId);

private:
    store::TwinStore *m_store;
    core::Actor m_actor;
    QHash<QString, QVariantMap> m_settings;
};

} // namespace ct::fleets::test
