// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "layerlistmodel.h"

#include <QColor>
#include <QSignalSpy>
#include <QTest>

using ct::plugin::LayerDescriptor;
using ct::ui::LayerListModel;

namespace {
LayerListModel::Entry entry(const char *table, int order, LayerDescriptor::Kind kind = LayerDescriptor::Kind::Points)
{
    LayerListModel::Entry e;
    e.descriptor.table = QString::fromLatin1(table);
    e.descriptor.title = QString::fromLatin1(table).toUpper();
    e.descriptor.translationContext.clear();
    e.descriptor.kind = kind;
    e.order = order;
    return e;
}

QStringList names(const LayerListModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.data(model.index(row), LayerListModel::NameRole).toString();
    return result;
}
} // namespace

class TestLayerListModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsAreTopMostFirst();
    void moveSwapsDrawingOrder_data();
    void moveSwapsDrawingOrder();
    void visibilityAndOpacityNotifyTheMap();
    void rolesExposeTheDescriptor();
};

void TestLayerListModel::rowsAreTopMostFirst()
{
    LayerListModel model;
    model.setEntries({entry("roads", 20), entry("shelters", 90), entry("buildings", 30)});
    QCOMPARE(names(model), (QStringList{"shelters", "buildings", "roads"}));
    QCOMPARE(model.indexOf(QStringLiteral("roads")), 2);
    QCOMPARE(model.indexOf(QStringLiteral("nothing")), -1);
}

void TestLayerListModel::moveSwapsDrawingOrder_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("up from the middle") << "up" << 1 << QStringList{"buildings", "shelters", "roads"};
    QTest::newRow("down from the top") << "down" << 0 << QStringList{"buildings", "shelters", "roads"};
    QTest::newRow("up at the top does nothing") << "up" << 0 << QStringList{"shelters", "buildings", "roads"};
    QTest::newRow("down at the bottom does nothing") << "down" << 2 << QStringList{"shelters", "buildings", "roads"};
}

void TestLayerListModel::moveSwapsDrawingOrder()
{
    QFETCH(QString, operation);
    QFETCH(int, row);
    QFETCH(QStringList, expected);
    LayerListModel model;
    model.setEntries({entry("roads", 20), entry("shelters", 90), entry("buildings", 30)});
    QSignalSpy orderSpy(&model, &LayerListModel::orderChanged);
    if (operation == QLatin1String("up"))
        model.moveUp(row);
    else
        model.moveDown(row);
    QCOMPARE(names(model), expected);
    // Orders stay strictly decreasing down the list, so the map draws what the panel shows.
    for (int r = 1; r < model.rowCount(); ++r) {
        QVERIFY(model.data(model.index(r - 1), LayerListModel::OrderRole).toInt()
                > model.data(model.index(r), LayerListModel::OrderRole).toInt());
    }
    QCOMPARE(orderSpy.count(), expected == QStringList({"shelters", "buildings", "roads"}) ? 0 : 1);
}

void TestLayerListModel::visibilityAndOpacityNotifyTheMap()
{
    LayerListModel model;
    model.setEntries({entry("roads", 20), entry("shelters", 90)});
    QSignalSpy styleSpy(&model, &LayerListModel::layerStyleChanged);
    model.setVisible(1, false);
    QCOMPARE(styleSpy.count(), 1);
    QCOMPARE(styleSpy.takeFirst().at(0).toString(), QStringLiteral("roads"));
    QCOMPARE(model.data(model.index(1), LayerListModel::VisibleRole).toBool(), false);
    model.setVisible(1, false); // unchanged: no signal
    QCOMPARE(styleSpy.count(), 0);
    model.setOpacity(0, 1.7);   // clamped
    QCOMPARE(model.data(model.index(0), LayerListModel::OpacityRole).toDouble(), 1.0);
    QCOMPARE(styleSpy.count(), 0);
    model.setOpacity(0, 0.25);
    QCOMPARE(model.data(model.index(0), LayerListModel::OpacityRole).toDouble(), 0.25);
    QCOMPARE(styleSpy.count(), 1);
}

void TestLayerListModel::rolesExposeTheDescriptor()
{
    auto e = entry("water", 10, LayerDescriptor::Kind::Areas);
    e.descriptor.color = QStringLiteral("#8fbfe6");
    e.descriptor.outlineColor = QStringLiteral("#112233");
    e.featureCount = 42;
    LayerListModel model;
    model.setEntries({e});
    model.retranslate();
    const QModelIndex index = model.index(0);
    QCOMPARE(model.data(index, LayerListModel::KindRole).toString(), QStringLiteral("areas"));
    QCOMPARE(model.data(index, LayerListModel::ColorRole).value<QColor>(), QColor(QStringLiteral("#8fbfe6")));
    QCOMPARE(model.data(index, LayerListModel::OutlineColorRole).value<QColor>(), QColor(QStringLiteral("#112233")));
    QCOMPARE(model.data(index, LayerListModel::FeatureCountRole).toLongLong(), 42);
    QCOMPARE(model.data(index, LayerListModel::TitleRole).toString(), QStringLiteral("WATER"));
    QVERIFY(model.roleNames().values().contains("layerVisible"));
}

QTEST_GUILESS_MAIN(TestLayerListModel)
#include "tst_layerlistmodel.moc"
