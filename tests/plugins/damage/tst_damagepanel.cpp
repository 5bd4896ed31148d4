// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// The damage plugin as the console uses it: loaded from its file by the plugin registry, its
// schema applied through the registry, its panel created from the plugin's resources with a
// session (plugin::TwinAccess) and rendered in a window under Xvfb. The queue, the detail with
// the photo, the grants per role, verifying through the confirmation dialog (roads close), the
// situation report section — and a screenshot to look at.
#include "damagetestsupport.h"
#include "builtplugin.h" // tests/common
#include "fakesession.h"
#include "panelwindow.h"

#include "ct/damage/damageactions.h"
#include "ct/pluginapi/domainplugin.h"
#include "ct/pluginapi/pluginregistry.h"
#include "ct/routing/liveclosures.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QtTest>

using namespace ct::damage;

namespace {

QByteArray pngPhoto()
{
    // A "photo": a house with a collapsed roof, drawn, PNG-encoded.
    QImage image(640, 480, QImage::Format_RGB32);
    image.fill(QColor("#87a9c9"));
    QPainter painter(&image);
    painter.fillRect(0, 360, 640, 120, QColor("#6b8e23"));
    painter.fillRect(180, 200, 280, 170, QColor("#c9b79c"));
    painter.setBrush(QColor("#7b3f22"));
    painter.drawPolygon(QPolygon({QPoint(160, 230), QPoint(320, 150), QPoint(480, 260), QPoint(300, 240)}));
    painter.fillRect(290, 290, 60, 80, QColor("#4a3020"));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

//! The panel as the plugin ships it (its resources are there once the plugin is loaded).
QUrl panelQml()
{
    return QUrl(QStringLiteral("qrc:/citytwin/plugins/damage/qml/Panel.qml"));
}

QQuickItem *findItem(QObject *root, const char *name)
{
    return root->findChild<QQuickItem *>(QString::fromLatin1(name));
}

} // namespace

class TestDamagePanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        const ct::plugin::PluginInfo *info = ct::testing::loadBuiltPlugin(m_registry, QStringLiteral("damage"), &error);
        QVERIFY2(info, qPrintable(error));
        QCOMPARE(info->capabilities, (QStringList{QStringLiteral("layers"), QStringLiteral("panel"), QStringLiteral("migrations"),
                                                  QStringLiteral("report")}));
        const auto layers = info->instance->layers();
        QCOMPARE(layers.size(), std::size_t(1));
        QCOMPARE(layers[0].table, QStringLiteral("damage_report"));
        QCOMPARE(layers[0].owner, QStringLiteral("damage"));

        // the schema, applied the way the console applies it
        m_twin = m_city.copyTo(m_dir.filePath(QStringLiteral("twin.gpkg")), false);
        QCOMPARE(m_registry.applyMigrations(*m_twin), QStringList());
        QVERIFY(m_twin->hasLayer(QStringLiteral("damage_report")));
        QCOMPARE(m_twin->schemaVersion(QStringLiteral("damage")), 1);

        // a morning's reports
        DamageRegistry registry(*m_twin);
        const auto system = ct::core::Actor::system(QStringLiteral("seed"));
        const ct::geo::Point p = test::pointInCity(*m_twin);
        auto report = [&](const char *category, int severity, const char *text, int minutesAgo, double dx) {
            NewDamageReport r = test::sampleReport({p.x + dx, p.y + dx / 2}, QString::fromLatin1(category), severity);
            r.description = QString::fromUtf8(text);
            r.reportedAt = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
            auto fid = registry.submit(test::staff(), r);
            if (!fid)
                qFatal("seed: %s", qPrintable(fid.error().toString()));
            return fid.value();
        };
        m_collapse = report("collapse", 5, "Two-storey house collapsed, people may be inside", 95, 0);
        NewDamageReport withPhoto = test::sampleReport({p.x + 20, p.y - 10}, QStringLiteral("collapse"), 4);
        withPhoto.description = QStringLiteral("Roof of the community hall fell in");
        withPhoto.reportedAt = QDateTime::currentDateTimeUtc().addSecs(-60 * 80);
        withPhoto.photo = pngPhoto();
        m_photo = registry.submit(test::staff(), withPhoto).value();
        m_blocked = report("road_blocked", 4, "Fallen utility pole across the road", 40, 10);
        const qint64 flooded = report("flooding", 3, "Underpass flooded knee-deep", 200, 60);
        const qint64 fire = report("fire", 2, "Small fire at a shed, put out by neighbours", 300, -80);
        const qint64 outage = report("outage", 1, "Street lights out", 20, -40);
        QVERIFY(registry.verify(system, flooded));
        QVERIFY(registry.assign(system, flooded, QStringLiteral("Drainage team 1")));
        QVERIFY(registry.verify(system, fire));
        QVERIFY(registry.assign(system, fire, QStringLiteral("Fire brigade 2")));
        QVERIFY(registry.resolve(system, fire));
        QVERIFY(registry.markDuplicate(system, outage, m_collapse)); // another category is allowed: the operator decides
        m_total = 6;
    }

    void panelRendersTheQueue()
    {
        ct::testing::FakeSession session(m_twin.get(), test::hq());
        ct::testing::PanelWindow view;
        QVERIFY2(view.open(panelQml(), &session, QSize(380, 900)), qPrintable(view.error()));
        QQuickWindow &window = view.window();
        QQuickItem *panel = view.panel();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QObject *controller = view.controller();
        QVERIFY(controller);
        QVERIFY(controller->property("available").toBool());
        QVERIFY(controller->property("mayTriage").toBool());
        QObject *queue = controller->property("queue").value<QObject *>();
        QCOMPARE(queue->property("totalCount").toInt(), m_total);
        QCOMPARE(queue->property("count").toInt(), m_total);
        auto *list = findItem(panel, "queue");
        QVERIFY(list);
        QTRY_COMPARE(list->property("count").toInt(), m_total);
        // new reports first, the one waiting longest on top: the collapse of 95 minutes ago
        auto *model = qobject_cast<QAbstractItemModel *>(queue);
        const auto roles = model->roleNames();
        auto role = [&roles](const char *name) { return roles.key(name); };
        QCOMPARE(model->data(model->index(0, 0), role("fid")).toLongLong(), m_collapse);
        QCOMPARE(model->data(model->index(0, 0), role("state")).toString(), QStringLiteral("new"));
        QCOMPARE(model->data(model->index(3, 0), role("state")).toString(), QStringLiteral("assigned"));
        QCOMPARE(model->data(model->index(m_total - 1, 0), role("state")).toString(), QStringLiteral("duplicate"));

        // filters
        controller->setProperty("categoryFilter", QStringLiteral("collapse"));
        QCOMPARE(queue->property("count").toInt(), 2);
        controller->setProperty("stateFilter", QStringLiteral("open"));
        controller->setProperty("categoryFilter", QString());
        QCOMPARE(queue->property("count").toInt(), 4);
        controller->setProperty("stateFilter", QString());

        // the report with the photo, in the detail view
        QMetaObject::invokeMethod(controller, "select", Q_ARG(qint64, m_photo));
        const QVariantMap selected = controller->property("selected").toMap();
        QCOMPARE(selected.value(QStringLiteral("fid")).toLongLong(), m_photo);
        QVERIFY(selected.value(QStringLiteral("photoUrl")).toString().startsWith(QLatin1String("data:image/png;base64,")));
        // the other collapse nearby is suggested as a duplicate
        const QVariantList suggestions = controller->property("suggestions").toList();
        QVERIFY(!suggestions.isEmpty());
        QCOMPARE(suggestions.first().toMap().value(QStringLiteral("fid")).toLongLong(), m_collapse);
        auto *photo = findItem(panel, "photo");
        QVERIFY(photo);
        QTRY_COMPARE(photo->property("status").toInt(), 1 /* Image.Ready */);
        QVERIFY(photo->height() > 50);

        QTest::qWait(200);
        const QImage shot = view.screenshot(QStringLiteral(CITYTWIN_BINARY_DIR "/tests/damage-panel.png"));
        QVERIFY(!shot.isNull());
        // something was drawn: more than a handful of colours
        QVERIFY(ct::testing::PanelWindow::sampledColours(shot, 7) > 20);
    }

    void verifyThroughTheConfirmation()
    {
        ct::testing::FakeSession session(m_twin.get(), test::hq());
        ct::testing::PanelWindow view;
        QVERIFY2(view.open(panelQml(), &session, QSize(380, 900)), qPrintable(view.error()));
        QQuickWindow &window = view.window();
        QQuickItem *panel = view.panel();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QObject *controller = view.controller();

        // shelter staff see the report but may not verify it
        session.signIn(test::staff());
        QVERIFY(!controller->property("mayTriage").toBool());
        QVERIFY(controller->property("mayReport").toBool());
        QMetaObject::invokeMethod(controller, "select", Q_ARG(qint64, m_blocked));
        auto *verify = findItem(panel, "verifyButton");
        QVERIFY(verify);
        QTRY_VERIFY(verify->isVisible());
        QVERIFY(!verify->isEnabled());

        // the HQ commander verifies: a confirmation first, then the roads close
        session.signIn(test::hq());
        QTRY_VERIFY(verify->isEnabled());
        auto blockedClosures = [this] {
            const auto history = ct::routing::LiveClosures::history(*m_twin, DamageActions::closureSource(m_blocked)).value();
            return int(history.size());
        };
        QCOMPARE(blockedClosures(), 0);
        // a real click needs the window active and laid out
        window.requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::qWait(100);
        QTest::mouseClick(&window, Qt::LeftButton, Qt::NoModifier,
                          verify->mapToScene(QPointF(verify->width() / 2, verify->height() / 2)).toPoint());
        QObject *confirm = panel->findChild<QObject *>(QStringLiteral("confirmDialog"));
        QVERIFY(confirm);
        QTRY_VERIFY(confirm->property("opened").toBool());
        QCOMPARE(blockedClosures(), 0); // nothing before the answer
        QTest::qWait(100);
        const QImage dialogShot = window.grabWindow();
        QVERIFY(dialogShot.save(QStringLiteral(CITYTWIN_BINARY_DIR "/tests/damage-panel-confirm.png")));
        QMetaObject::invokeMethod(confirm, "accept");
        QTRY_COMPARE(DamageRegistry(*m_twin).reader().report(m_blocked)->state, TriageState::Verified);
        QVERIFY(blockedClosures() > 0);
        QCOMPARE(m_twin->auditLog(1)[0].operatorName, QStringLiteral("hq-tanaka"));
        QVERIFY(session.reloads() >= 1); // the map was asked to read the twin again
        QCOMPARE(controller->property("selected").toMap().value(QStringLiteral("state")).toString(), QStringLiteral("verified"));
    }

    void newReportFormWithAMapPick()
    {
        ct::testing::FakeSession session(m_twin.get(), test::hq());
        ct::testing::PanelWindow view;
        QVERIFY2(view.open(panelQml(), &session, QSize(380, 900), QSize(700, 900)), qPrintable(view.error()));
        QQuickWindow &window = view.window();
        QQuickItem *panel = view.panel();
        window.requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::qWait(100);
        auto *button = findItem(panel, "newReportButton");
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(&window, Qt::LeftButton, Qt::NoModifier,
                          button->mapToScene(QPointF(button->width() / 2, button->height() / 2)).toPoint());
        QObject *form = panel->findChild<QObject *>(QStringLiteral("newReportForm"));
        QVERIFY(form);
        QTRY_VERIFY(form->property("opened").toBool());
        QVERIFY(!form->property("hasPosition").toBool());
        // "Pick on map": the form hides until the shell forwards a map click
        QMetaObject::invokeMethod(form, "startPicking");
        QTRY_VERIFY(!form->property("visible").toBool());
        QVERIFY(form->property("picking").toBool());
        const ct::geo::Point p = test::pointInCity(*m_twin);
        QMetaObject::invokeMethod(panel, "mapPicked", Q_ARG(double, p.x), Q_ARG(double, p.y));
        QTRY_VERIFY(form->property("opened").toBool());
        QVERIFY(form->property("hasPosition").toBool());
        QCOMPARE(form->property("positionX").toDouble(), p.x);
        // a map click while not picking changes nothing
        form->setProperty("picking", false);
        QMetaObject::invokeMethod(panel, "mapPicked", Q_ARG(double, p.x + 50), Q_ARG(double, p.y));
        QCOMPARE(form->property("positionX").toDouble(), p.x);
        // show an error in the open form, as a refused submission leaves it
        QObject *controller = view.controller();
        qint64 fid = -1;
        QMetaObject::invokeMethod(controller, "submit", Q_RETURN_ARG(qint64, fid),
                                  Q_ARG(QVariantMap, (QVariantMap{{QStringLiteral("x"), p.x}, {QStringLiteral("y"), p.y},
                                                                  {QStringLiteral("category"), QStringLiteral("fire")},
                                                                  {QStringLiteral("severity"), 0}})));
        QCOMPARE(fid, qint64(0));
        QTest::qWait(200);
        QVERIFY(window.grabWindow().save(QStringLiteral(CITYTWIN_BINARY_DIR "/tests/damage-panel-form.png")));
    }

    void formRefusesMalformedInput()
    {
        ct::testing::FakeSession session(m_twin.get(), test::hq());
        QQmlEngine engine;
        QQmlComponent component(&engine, panelQml());
        QScopedPointer<QObject> object(component.createWithInitialProperties({{QStringLiteral("twin"), QVariant::fromValue<QObject *>(&session)}}));
        QVERIFY(object);
        QObject *controller = object->property("controller").value<QObject *>();
        const qint64 before = test::scalar(*m_twin, "SELECT count(*) FROM damage_report");
        // a text file given as the photo
        const QString notAPhoto = m_dir.filePath(QStringLiteral("note.jpg"));
        {
            QFile file(notAPhoto);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not a picture at all");
        }
        const ct::geo::Point p = test::pointInCity(*m_twin);
        qint64 fid = -1;
        QVariantMap form{{QStringLiteral("x"), p.x}, {QStringLiteral("y"), p.y}, {QStringLiteral("category"), QStringLiteral("fire")},
                         {QStringLiteral("severity"), 3}, {QStringLiteral("photo"), QUrl::fromLocalFile(notAPhoto).toString()}};
        QMetaObject::invokeMethod(controller, "submit", Q_RETURN_ARG(qint64, fid), Q_ARG(QVariantMap, form));
        QCOMPARE(fid, qint64(0));
        QVERIFY2(controller->property("errorString").toString().startsWith(QLatin1String("photo:")),
                 qPrintable(controller->property("errorString").toString()));
        form.remove(QStringLiteral("photo"));
        form.insert(QStringLiteral("severity"), 6);
        QMetaObject::invokeMethod(controller, "submit", Q_RETURN_ARG(qint64, fid), Q_ARG(QVariantMap, form));
        QCOMPARE(fid, qint64(0));
        QVERIFY(controller->property("errorString").toString().startsWith(QLatin1String("severity:")));
        QCOMPARE(test::scalar(*m_twin, "SELECT count(*) FROM damage_report"), before);
        // by longitude/latitude, correct: entered and selected
        auto lonLat = DamageRegistry::toLonLat(p).value();
        QVariantMap good{{QStringLiteral("longitude"), lonLat.x}, {QStringLiteral("latitude"), lonLat.y},
                         {QStringLiteral("category"), QStringLiteral("landslide")}, {QStringLiteral("severity"), 2},
                         {QStringLiteral("description"), QStringLiteral("Slope gave way behind the school")},
                         {QStringLiteral("reporterKind"), QStringLiteral("resident")}};
        QMetaObject::invokeMethod(controller, "submit", Q_RETURN_ARG(qint64, fid), Q_ARG(QVariantMap, good));
        QVERIFY2(fid > 0, qPrintable(controller->property("errorString").toString()));
        QCOMPARE(controller->property("selectedFid").toLongLong(), fid);
        QCOMPARE(test::scalar(*m_twin, "SELECT count(*) FROM damage_report"), before + 1);
        QVERIFY(controller->property("errorString").toString().isEmpty());
    }

    void situationReportSection()
    {
        const ct::plugin::PluginInfo *info = m_registry.find(QStringLiteral("damage"));
        ct::plugin::ReportContext context;
        context.store = m_twin.get();
        context.at = QDateTime::currentDateTimeUtc();
        context.language = QStringLiteral("en");
        const auto sections = info->instance->reportSections(context);
        QCOMPARE(sections.size(), std::size_t(1));
        const auto &section = sections.front();
        QCOMPARE(section.id, QStringLiteral("damage.summary"));
        QCOMPARE(section.tables.size(), 1);
        const auto &table = section.tables.front();
        QCOMPARE(table.headers.size(), 7); // category, five states, total
        QCOMPARE(table.rows.size(), 7);    // six categories and the total
        const QStringList totals = table.rows.back();
        const qint64 reports = test::scalar(*m_twin, "SELECT count(*) FROM damage_report");
        QCOMPARE(totals.back(), QString::number(reports));
        for (const auto &row : table.rows)
            QCOMPARE(row.size(), table.headers.size());
        // one hour ago fewer reports existed
        context.at = QDateTime::currentDateTimeUtc().addSecs(-3600 * 24);
        const auto earlier = info->instance->reportSections(context);
        QVERIFY(earlier.front().tables.isEmpty());
        QVERIFY(!earlier.front().paragraphs.isEmpty());
    }

private:
    QTemporaryDir m_dir;
    test::CityTemplate m_city;
    ct::plugin::PluginRegistry m_registry{ct::plugin::PluginContext{}};
    std::unique_ptr<ct::store::TwinStore> m_twin;
    qint64 m_collapse = 0, m_photo = 0, m_blocked = 0;
    int m_total = 0;
};

QTEST_MAIN(TestDamagePanel)
#include "tst_damagepanel.moc"
