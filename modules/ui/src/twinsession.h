// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "layerlistmodel.h"

#include "ct/core/actor.h"
#include "ct/pluginapi/twinaccess.h"

#include <QHash>
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>

namespace ct::store {
class TwinStore;
}
namespace ct::plugin {
class PluginRegistry;
}

namespace ct::ui {

/// \brief The twin the console has open: its store, its layers (with the plugins' descriptions)
/// and the read access the panels and the inspector need.
///
/// Created by the application context with the plugin registry it depends on, and handed to QML
/// as a property — there is no global session. Domain panels' models reach the store and the
/// acting operator through the plugin API's TwinAccess interface.
class TwinSession : public QObject, public plugin::TwinAccess
{
    Q_OBJECT
    Q_INTERFACES(ct::plugin::TwinAccess)
    QML_ELEMENT
    QML_UNCREATABLE("TwinSession is created by the application")
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY openedChanged)
    Q_PROPERTY(QString path READ path NOTIFY openedChanged)
    Q_PROPERTY(QString name READ name NOTIFY openedChanged)
    Q_PROPERTY(QString crs READ crs NOTIFY openedChanged)
    Q_PROPERTY(bool readOnly READ readOnly NOTIFY openedChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    Q_PROPERTY(QStringList warnings READ warnings NOTIFY openedChanged)
    Q_PROPERTY(ct::ui::LayerListModel *layers READ layers CONSTANT)
    // The operator signed in to this twin (see OperatorSession), for panels that act.
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY operatorChanged)
    Q_PROPERTY(QString operatorName READ operatorName NOTIFY operatorChanged)
    Q_PROPERTY(QString operatorRole READ operatorRole NOTIFY operatorChanged)
    Q_PROPERTY(QStringList operatorBindings READ operatorBindings NOTIFY operatorChanged)

public:
    TwinSession(plugin::PluginRegistry &plugins, QObject *parent = nullptr);
    ~TwinSession() override;

    /// Opens a twin (a path or a file: URL). On failure the session keeps the twin it had, sets
    /// errorString and emits openFailed(); returns whether it opened.
    Q_INVOKABLE bool open(const QString &pathOrUrl);
    Q_INVOKABLE void close();
    /// Whether `pathOrUrl` is a twin this console can open (without opening it).
    Q_INVOKABLE bool isTwin(const QString &pathOrUrl) const;
    /// Re-reads the open twin's layers (after an import added or changed some).
    Q_INVOKABLE void reload();
    /// Who acts in this session, for perform() and the audit log: the signed-in operator, or a
    /// nameless Role::Viewer (which no component grants anything) while nobody is signed in.
    core::Actor actor() const override;
    /// Sets the operator who acts from now on (OperatorSession does, after a sign-in). Cleared
    /// when a twin is opened or closed: accounts belong to a twin.
    void setOperator(const core::Actor &actor);
    void clearOperator();
    bool signedIn() const { return m_operator.has_value(); }
    QString operatorName() const;
    //! Stable role name ("shelter-staff"); "viewer" while nobody is signed in.
    QString operatorRole() const;
    QStringList operatorBindings() const;
    /// A plugin panel's settings shared with its map overlays (TwinAccess); session memory only.
    QVariantMap viewSettings(const QString &pluginId) const override { return m_viewSettings.value(pluginId); }
    void setViewSettings(const QString &pluginId, const QVariantMap &settings) override;
    /// Whether the current operator may perform `action` on `target` (TwinStore::mayPerform);
    /// false without a twin. For enabling buttons: re-evaluate on operatorChanged().
    Q_INVOKABLE bool may(const QString &action, const QString &target = {}) const;
    /// Why not: the store's refusal message, or an empty string when the action is allowed.
    Q_INVOKABLE QString refusal(const QString &action, const QString &target = {}) const;

    bool isOpen() const;
    QString path() const;
    QString name() const;
    QString crs() const;
    bool readOnly() const;
    QString errorString() const { return m_errorString; }
    QStringList warnings() const { return m_warnings; }
    LayerListModel *layers() const { return m_layers; }
    store::TwinStore *store() const override { return m_store.get(); }

    /// All attributes of one feature, for the inspector: [{name, value}], geometry excluded.
    Q_INVOKABLE QVariantList attributes(const QString &layer, qint64 fid) const;
    /// Up to `limit` features of a layer for a panel list: [{fid, <field>: value, …}], by fid.
    Q_INVOKABLE QVariantList features(const QString &layer, const QStringList &fields, int limit = 1000) const;
    /// Centre of a feature's envelope in the twin's CRS: {x, y}, empty when not found.
    Q_INVOKABLE QVariantMap featureCentre(const QString &layer, qint64 fid) const;
    /// Translated title of a layer (its table name when unknown).
    Q_INVOKABLE QString layerTitle(const QString &layer) const;
    /// Re-reads translated titles after a language switch.
    Q_INVOKABLE void retranslate();

signals:
    void openedChanged();
    void errorStringChanged();
    void openFailed(const QString &message);
    void operatorChanged();
    /// The layer list was re-read (reload()); the map should read the twin again.
    void layersReloaded();
    void viewSettingsChanged(const QString &pluginId);

private:
    /// Whether re-reading the layer list keeps the user's visibility/opacity/order of known layers.
    enum class LayerChoices { Defaults, Keep };
    void setErrorString(const QString &message);
    void rebuildLayers(LayerChoices choices);
    plugin::PluginRegistry &m_plugins;
    std::unique_ptr<store::TwinStore> m_store;
    LayerListModel *m_layers;
    QString m_errorString;
    QStringList m_warnings;
    std::optional<core::Actor> m_operator;
    QHash<QString, QVariantMap> m_viewSettings;
};

} // namespace ct::ui
