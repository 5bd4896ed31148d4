// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Editing a mobile supermarket's round on the Live page (LivePage.qml from the source tree, the
// C++ types from ct_fleets) on a generated twin: bad input (times out of order, negative dwell,
// no stop at all, an unreadable time) is refused naming the stop and field with the twin and
// the audit log unchanged; removing asks first; a valid edit is saved as one audited
// `fleets.supermarket.write` and the ETA list follows; a viewer cannot save. Screenshot written.
#include "fakesession.h"
#include "fleetstwin.h"
#include "twinsql.h"
#include "livepagesupport.h"

#include "ct/fleets/liveoperationsschema.h"
#include "ct/fleets/logistics/supermarketround.h"

#include <QGuiApplication>
#include <QQuickItem>
#include <QQuickWindow>
#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace ct;
using namespace ct::fleets;
using ct::testing::FakeSession;
using ct::fleets::test::actor;

namespace {

int writes(store::TwinStore &twin)
{
    int n = 0;
    for (const auto &entry : twin.auditLog(1000))
        n += entry.action == LiveOperationsSchema::supermarketAction() ? 1 : 0;
    return n;
}

QString roundText(const store::TwinStore &twin, const QString &vehicle)
{
    QStringList parts;
    if (auto round = SupermarketRound::read(twin, vehicle))
        for (const SupermarketStop &s : *round)
            parts << QStringLiteral("%1|%2|%3|%4").arg(s.sequence).arg(s.name).arg(s.scheduledArrival).arg(s.dwellSeconds);
    return parts.join(QLatin1Char(','));
}

/// Repeater delegates are not QObject children of the page: search the visual tree.
QQuickItem *item(QQuickWindow *window, const QString &name)
{
    std::vector<QQuickItem *> todo{window->contentItem()};
    while (!todo.empty()) {
        QQuickItem *i = todo.back();
        todo.pop_back();
        if (i->objectName() == name)
            return i;
        for (QQuickItem *child : i->childItems())
            todo.push_back(child);
    }
    return nullptr;
}

} // namespace

class TestSupermarketRound : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::TwinStore> m_twin;

private slots:
    void initTestCase()
    {
        test::registerLivePageTypes();
        m_twin = test::generatedLiveTwin(m_dir);
        QVERIFY(m_twin);
    }

    void refusalsNameTheField_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("where");
        QTest::newRow("out of order") << "arrival" << "supermarket_stop MS-01/3.scheduled_arrival";
        QTest::newRow("negative dwell") << "dwell" << "supermarket_stop MS-01/2.dwell_s";
        QTest::newRow("no stop") << "empty" << "supermarket_stop MS-01";
        QTest::newRow("not a time") << "text" << "supermarket_stop MS-01/4.scheduled_arrival";
        QTest::newRow("no name") << "name" << "supermarket_stop MS-01/1.name";
    }

    void refusalsNameTheField()
    {
        QFETCH(QString, edit);
        QFETCH(QString, where);
        FakeSession session(m_twin.get(), actor(core::Role::MobilityDispatcher, QStringLiteral("dispatcher1")));
        SupermarketRoundEditor editor;
        editor.setTwin(&session);
        editor.setVehicleId(QStringLiteral("MS-01"));
        QCOMPARE(editor.count(), 6);
        QVERIFY(editor.permitted());
        const QString before = roundText(*m_twin, QStringLiteral("MS-01"));
        const int audits = writes(*m_twin);
        if (edit == QLatin1String("arrival"))
            editor.setArrival(2, editor.stops().at(1).toMap().value(QStringLiteral("arrival")).toString());
        else if (edit == QLatin1String("dwell"))
            editor.setDwellMinutes(1, -5);
        else if (edit == QLatin1String("empty"))
            while (editor.count() > 0)
                editor.removeStop(0);
        else if (edit == QLatin1String("text"))
            editor.setArrival(3, QStringLiteral("25:61"));
        else
            editor.setName(0, QStringLiteral("  "));
        QVERIFY(editor.dirty());
        QVERIFY(!editor.save());
        QVERIFY2(editor.message().startsWith(where + QStringLiteral(": ")), qPrintable(editor.message()));
        QCOMPARE(roundText(*m_twin, QStringLiteral("MS-01")), before);
        QCOMPARE(writes(*m_twin), audits);
    }

    void viewerCannotSave()
    {
        FakeSession session(m_twin.get(), actor(core::Role::Viewer, QStringLiteral("dispatcher1")));
        SupermarketRoundEditor editor;
        editor.setTwin(&session);
        editor.setVehicleId(QStringLiteral("MS-01"));
        QVERIFY(!editor.permitted());
        const QString before = roundText(*m_twin, QStringLiteral("MS-01"));
        editor.setDwellMinutes(0, 30);
        QVERIFY(!editor.save());
        QCOMPARE(roundText(*m_twin, QStringLiteral("MS-01")), before);
        session.signIn(actor(core::Role::Planner, QStringLiteral("dispatcher1")));
        QVERIFY(!editor.permitted());
        session.signIn(actor(core::Role::Administrator, QStringLiteral("dispatcher1")));
        QVERIFY(editor.permitted());
        // Only mobile supermarkets have rounds.
        const auto other = SupermarketRound::save(*m_twin, session.actor(), QStringLiteral("ODB-01"),
                                                  {{1, QStringLiteral("A"), {0, 0}, 36000, 600}});
        QVERIFY(!other);
        QCOMPARE(other.error().kind, core::Error::Kind::NotFound);
    }

    void editOnTheLivePage()
    {
        FakeSession session(m_twin.get(), actor(core::Role::MobilityDispatcher, QStringLiteral("dispatcher1")));
        QQmlApplicationEngine engine;
        auto *window = test::loadLivePage(engine, &session, 620, 1400);
        QCOMPARE(engine.rootObjects().size(), 1);
        QVERIFY(window);
        QTRY_VERIFY(window->findChild<SupermarketRoundEditor *>());
        auto *editor = window->findChild<SupermarketRoundEditor *>();
        auto *eta = window->findChild<SupermarketEtaModel *>();
        QTRY_COMPARE(editor->vehicleId(), QStringLiteral("MS-01"));
        QCOMPARE(editor->count(), 6);
        QObject *editButton = window->findChild<QObject *>(QStringLiteral("supermarketEditButton"));
        QVERIFY(editButton);
        editButton->setProperty("checked", true);
        QTRY_VERIFY(item(window, QStringLiteral("roundStopName5")));

        // Removing asks first: "No" keeps the stop, "Yes" removes it (from the edit, not yet the twin).
        const QString before = roundText(*m_twin, QStringLiteral("MS-01"));
        QObject *remove = item(window, QStringLiteral("roundStopRemove5"));
        QVERIFY(remove);
        QVERIFY(QMetaObject::invokeMethod(remove, "clicked"));
        QObject *dialog = window->findChild<QObject *>(QStringLiteral("removeStopDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QVERIFY(QMetaObject::invokeMethod(dialog, "reject"));
        QCOMPARE(editor->count(), 6);
        QVERIFY(QMetaObject::invokeMethod(remove, "clicked"));
        QTRY_VERIFY(dialog->property("opened").toBool());
        QVERIFY(QMetaObject::invokeMethod(dialog, "accept"));
        QCOMPARE(editor->count(), 5);
        QCOMPARE(roundText(*m_twin, QStringLiteral("MS-01")), before);

        // A later first arrival typed into the page's field, a bus stop added at the end.
        auto *arrival = item(window, QStringLiteral("roundStopArrival0"));
        QVERIFY(arrival);
        const QString first = arrival->property("text").toString();
        QCOMPARE(first, editor->stops().at(0).toMap().value(QStringLiteral("arrival")).toString());
        arrival->forceActiveFocus();
        arrival->setProperty("text", QString());
        for (char c : QByteArrayLiteral("09:40"))
            QTest::keyClick(window, c);
        QCOMPARE(editor->stops().at(0).toMap().value(QStringLiteral("arrival")).toString(), QStringLiteral("09:40"));
        QVERIFY(!editor->busStops().isEmpty());
        editor->addBusStop(0);
        QCOMPARE(editor->count(), 6);
        const QString added = editor->stops().at(5).toMap().value(QStringLiteral("name")).toString();
        QCOMPARE(added, editor->busStops().first());

        const int audits = writes(*m_twin);
        QObject *save = window->findChild<QObject *>(QStringLiteral("roundSave"));
        QVERIFY(save && save->property("enabled").toBool());
        QVERIFY(QMetaObject::invokeMethod(save, "clicked"));
        QTRY_VERIFY(!editor->dirty());
        QVERIFY2(!editor->lastFailed(), qPrintable(editor->message()));
        QCOMPARE(writes(*m_twin), audits + 1);
        auto round = SupermarketRound::read(*m_twin, QStringLiteral("MS-01"));
        QVERIFY(round);
        QCOMPARE(int(round->size()), 6);
        QCOMPARE(round->front().scheduledArrival, 9 * 3600 + 40 * 60);
        QCOMPARE(round->back().name, added);
        QCOMPARE(round->back().sequence, 6);
        const auto log = m_twin->auditLog(1);
        QCOMPARE(log[0].target, QStringLiteral("supermarket_stop:MS-01"));
        QCOMPARE(log[0].before.value(QStringLiteral("stops")).toArray().size(), 6);
        QCOMPARE(log[0].after.value(QStringLiteral("stops")).toArray().at(0).toObject().value(QStringLiteral("arrival")).toString(),
                 QStringLiteral("09:40"));
        QTRY_COMPARE(eta->rowCount(), 6);
        QTRY_COMPARE(eta->data(eta->index(5), SupermarketEtaModel::NameRole).toString(), added);

        // A refusal on the page: shown in red naming the field.
        editor->setDwellMinutes(2, -1);
        QVERIFY(QMetaObject::invokeMethod(save, "clicked"));
        QTRY_VERIFY(editor->lastFailed());
        auto *message = window->findChild<QQuickItem *>(QStringLiteral("roundMessage"));
        QVERIFY(message);
        QVERIFY(message->property("text").toString().contains(QStringLiteral("MS-01/3.dwell_s")));

        // The page scrolled to the editor for the screenshot.
        auto *frame = window->findChild<QQuickItem *>(QStringLiteral("supermarketRoundEditorFrame"));
        QVERIFY(frame && frame->isVisible());
        QTest::qWait(300);
        const QImage shot = window->grabWindow();
        QVERIFY(!shot.isNull());
        const QString out = QStringLiteral(CITYTWIN_BINARY_DIR "/tests/tst_supermarketround.png");
        QVERIFY(shot.save(out));
        qInfo("screenshot: %s", qPrintable(out));
    }
};

QTEST_MAIN(TestSupermarketRound)
#include "tst_supermarketround.moc"
