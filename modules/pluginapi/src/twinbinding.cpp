// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/pluginapi/twinbinding.h"

#include "ct/pluginapi/twinaccess.h"

#include <QMetaMethod>

namespace ct::plugin {

namespace {

//! Forwards `signal` of `sender` to the same-shaped `relay` signal of `receiver`, when `sender` has it.
void forwardIfPresent(QObject *sender, const char *signal, QObject *receiver, const char *relay)
{
    const int index = sender->metaObject()->indexOfSignal(signal);
    if (index < 0)
        return;
    const QMetaObject *target = receiver->metaObject();
    QObject::connect(sender, sender->metaObject()->method(index), receiver, target->method(target->indexOfSignal(relay)));
}

} // namespace

TwinBinding::TwinBinding(QObject *parent) : QObject(parent) {}

bool TwinBinding::setTwin(QObject *twin)
{
    if (twin == m_twin)
        return false;
    if (m_twin)
        disconnect(m_twin, nullptr, this, nullptr);
    m_twin = twin;
    if (twin) {
        forwardIfPresent(twin, "openedChanged()", this, "sessionChanged()");
        forwardIfPresent(twin, "operatorChanged()", this, "operatorChanged()");
        forwardIfPresent(twin, "layersReloaded()", this, "layersReloaded()");
        connect(twin, &QObject::destroyed, this, &TwinBinding::sessionChanged);
    }
    return true;
}

void TwinBinding::setSource(store::TwinStore *store, const core::Actor &actor)
{
    m_store = store;
    m_actor = actor;
}

TwinAccess *TwinBinding::access() const
{
    return qobject_cast<TwinAccess *>(m_twin.data());
}

store::TwinStore *TwinBinding::store() const
{
    if (m_store)
        return m_store;
    if (auto *session = access())
        return session->store();
    return nullptr;
}

core::Actor TwinBinding::actor() const
{
    if (m_actor)
        return *m_actor;
    if (auto *session = access())
        return session->actor();
    return {QString(), core::Role::Viewer, {}};
}

QString TwinBinding::operatorName() const
{
    return store() ? actor().operatorName : QString();
}

QString TwinBinding::operatorRole() const
{
    return store() ? core::roleName(actor().role) : QString();
}

bool TwinBinding::reloadTwin() const
{
    if (!m_twin || m_twin->metaObject()->indexOfMethod("reload()") < 0)
        return false;
    return QMetaObject::invokeMethod(m_twin, "reload");
}

} // namespace ct::plugin
