// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/pluginapi/layerdescriptor.h"
#include "ct/pluginapi/overlay.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace ct::ui {

/// \brief The plugins' overlays of the main map as the layer panel lists them: title, legend,
/// a note (what the signed-in operator sees, or why nothing), and the user's visibility and
/// opacity. Rows follow the drawing order, top-most first.
class OverlayListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("OverlayListModel is provided by MapOverlays")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        NameRole = Qt::UserRole + 1, //!< overlay id
        TitleRole,                   //!< translated title
        KindRole,                    //!< legend icon kind: "points" or "areas" (a raster)
        ColorRole,
        OutlineColorRole,
        SymbolRole,
        VisibleRole,                 //!< bool, editable
        OpacityRole,                 //!< 0..1, editable
        FeatureCountRole,            //!< symbols shown (points), 0 for a raster
        NoteRole,                    //!< the source's note or its error, translated
        LegendRole,                  //!< [{color, label}]
        FailedRole,                  //!< the source refused or failed for this operator
    };
    Q_ENUM(Role)

    struct Entry
    {
        plugin::LayerDescriptor descriptor;
        QString translatedTitle;
        bool visible = true;
        double opacity = 1.0;
        int featureCount = 0;
        QString note;
        std::vector<plugin::Overlay::LegendEntry> legend;
        bool failed = false;
    };

    explicit OverlayListModel(QObject *parent = nullptr);

    /// Replaces the rows (the sources of the loaded plugins), keeping the user's choices of the
    /// overlays that stay.
    void setDescriptors(const std::vector<std::pair<plugin::LayerDescriptor, QString>> &describedWithTitles);
    const std::vector<Entry> &entries() const { return m_entries; }
    const Entry *entry(const QString &name) const;
    /// The content of one overlay changed: count, note, legend.
    void setContent(const QString &name, int featureCount, const QString &note,
                    const std::vector<plugin::Overlay::LegendEntry> &legend, bool failed);
    Q_INVOKABLE int indexOf(const QString &name) const;
    Q_INVOKABLE void setVisible(int row, bool visible);
    Q_INVOKABLE void setOpacity(int row, double opacity);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();
    /// Visibility or opacity changed (the map listens).
    void overlayStyleChanged(const QString &name);

private:
    std::vector<Entry> m_entries;
};

} // namespace ct::ui
