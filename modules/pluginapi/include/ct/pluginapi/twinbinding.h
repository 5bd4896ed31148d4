// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/actor.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace ct::store {
class TwinStore;
}

namespace ct::plugin {

class TwinAccess;

/// \brief A panel model's hold on the console's session (the `twin` QObject handed to panels):
/// what every panel otherwise repeats to get the store and the operator through TwinAccess and to
/// follow the session's signals.
///
/// The session's signals are optional (a test double may lack some); those it has are forwarded:
/// `openedChanged()` and the session's destruction as sessionChanged(), `operatorChanged()` and
/// `layersReloaded()` as the signals of the same name. Tests and benchmarks without a session call
/// setSource() instead; a source given that way wins over the session.
class TwinBinding : public QObject
{
    Q_OBJECT

public:
    explicit TwinBinding(QObject *parent = nullptr);

    QObject *twin() const { return m_twin; }
    //! Follows another session object; false (and nothing done) when it is the one followed already.
    bool setTwin(QObject *twin);
    //! A store and operator without a session. The store must outlive this or the next setSource().
    void setSource(store::TwinStore *store, const core::Actor &actor);

    //! The session as TwinAccess, or nullptr (no session, or one that does not implement it).
    TwinAccess *access() const;
    //! The open twin, or nullptr.
    store::TwinStore *store() const;
    //! Who acts; without a session a nameless Viewer, granted nothing, so the store refuses every action.
    core::Actor actor() const;
    //! The acting operator's name and role name, empty while no twin is open.
    QString operatorName() const;
    QString operatorRole() const;

    /// Asks the session to re-read the twin's layers (its `reload()`, when it has one), e.g. after
    /// a plugin wrote a new layer. False when there is no such session.
    bool reloadTwin() const;

signals:
    //! Another twin was opened or closed, or the session went away.
    void sessionChanged();
    //! Another operator signed in: grants may differ.
    void operatorChanged();
    //! The session re-read the twin's layers.
    void layersReloaded();

private:
    QPointer<QObject> m_twin;
    store::TwinStore *m_store = nullptr;
    std::optional<core::Actor> m_actor;
};

} // namespace ct::plugin
