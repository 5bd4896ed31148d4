// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace ct::plugin {
class PluginRegistry;
}

namespace ct::ui {

/// \brief The plugins the console found, loaded or not, for Help → Plugins.
class PluginListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("PluginListModel is created by the application")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int failedCount READ failedCount NOTIFY countChanged)
    /// The loaded plugins that bring a panel: [{name, panel}], in load order.
    Q_PROPERTY(QVariantList panels READ panels NOTIFY countChanged)

public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, VersionRole, LoadedRole, ErrorRole, CapabilitiesRole, FileRole, PanelRole };

    explicit PluginListModel(const plugin::PluginRegistry &registry, QObject *parent = nullptr);

    /// Re-reads the registry (after a twin's migrations may have failed a plugin).
    Q_INVOKABLE void refresh();
    int failedCount() const;
    QVariantList panels() const;
    //! The registry it lists (File → Report… asks its loaded plugins for sections).
    const plugin::PluginRegistry &registry() const { return m_registry; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    const plugin::PluginRegistry &m_registry;
};

} // namespace ct::ui
