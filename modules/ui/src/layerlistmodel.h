// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/pluginapi/layerdescriptor.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace ct::ui {

/// \brief The layers of the open twin as the layer panel and the map see them: what each is
/// (descriptor from the core or a plugin), how many features it has, and the user's choices
/// (visibility, opacity, order). Rows are kept sorted by drawing order, top-most first.
class LayerListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("LayerListModel is provided by the twin session")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        NameRole = Qt::UserRole + 1, //!< table name, the layer's id
        TitleRole,                   //!< translated title
        KindRole,                    //!< "buildings", "lines", "areas", "points"
        ColorRole,                   //!< QColor
        OutlineColorRole,            //!< QColor, invalid for none
        WidthMetresRole,
        SymbolRole,                  //!< "circle", "square", "triangle", "diamond", "arrow"
        SymbolSizeRole,              //!< pixels
        LabelFieldRole,
        HeightFieldRole,
        VisibleRole,                 //!< bool, editable
        OpacityRole,                 //!< 0..1, editable
        OrderRole,                   //!< drawing order, higher on top
        FeatureCountRole,
        OwnerRole,                   //!< "core" or a plugin id
    };
    Q_ENUM(Role)

    struct Entry
    {
        plugin::LayerDescriptor descriptor;
        QString translatedTitle;
        qint64 featureCount = 0;
        bool visible = true;
        double opacity = 1.0;
        int order = 0;
    };

    explicit LayerListModel(QObject *parent = nullptr);

    /// Replaces all rows (on opening a twin).
    void setEntries(std::vector<Entry> entries);
    const std::vector<Entry> &entries() const { return m_entries; }
    /// Row of layer `name`, or -1.
    Q_INVOKABLE int indexOf(const QString &name) const;
    const Entry *entry(const QString &name) const;

    Q_INVOKABLE void setVisible(int row, bool visible);
    Q_INVOKABLE void setOpacity(int row, double opacity);
    /// Moves a layer one step up (towards the top of the drawing order) or down.
    Q_INVOKABLE void moveUp(int row);
    Q_INVOKABLE void moveDown(int row);
    /// Re-translates titles after a language switch.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();
    /// Emitted when a layer's visibility, opacity or order changes (the map listens).
    void layerStyleChanged(const QString &name);
    void orderChanged();

private:
    void swapRows(int a, int b);
    std::vector<Entry> m_entries;
};

QString layerKindName(plugin::LayerDescriptor::Kind kind);
QString layerSymbolName(plugin::LayerDescriptor::Symbol symbol);

} // namespace ct::ui
