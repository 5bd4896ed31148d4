// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// The shipped parcel-delivery scenario through the real executables: `citytwin-cli generate`
// makes a demo twin (with the fleets plugin's demo robots, drones and no-fly zones), and
// `citytwin-cli simulate data/scenarios/logistics-day.json --twin … --json` prints the logistics
// model's KPIs with deliveries by both kinds; a scenario with bad keys is refused naming their
// JSON paths, before anything runs.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CITYTWIN_BINARY_DIR "/bin/citytwin-cli"), arguments);
    Run result;
    if (!process.waitForStarted(10000) || !process.waitForFinished(240000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("did not start or finish in time");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace

class TestLogisticsCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_twin;

private slots:
    void initTestCase()
    {
        m_twin = m_dir.filePath(QStringLiteral("demo.gpkg"));
        const Run generated = cli({QStringLiteral("generate"), QStringLiteral("--scale"), QStringLiteral("0.1"), QStringLiteral("--quiet"),
                                   QStringLiteral("-o"), m_twin});
        QVERIFY2(generated.exitCode == 0, qPrintable(generated.err));
    }

    void shippedScenarioPrintsKpis()
    {
        const Run run = cli({QStringLiteral("simulate"), QStringLiteral(CITYTWIN_SOURCE_DIR "/data/scenarios/logistics-day.json"),
                             QStringLiteral("--twin"), m_twin, QStringLiteral("--json"), QStringLiteral("--no-progress")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + QLatin1Char('\n') + QString::fromUtf8(run.out.left(400))));
        const QJsonObject k = doc.object().value(QStringLiteral("logistics")).toObject();
        QVERIFY2(!k.isEmpty(), run.out.left(400).constData());
        QCOMPARE(k.value(QStringLiteral("robots")).toInt(), 6);
        QCOMPARE(k.value(QStringLiteral("drones")).toInt(), 4);
        const int orders = k.value(QStringLiteral("orders")).toInt();
        QVERIFY2(orders > 80, qPrintable(QString::number(orders)));   // 150 a day, 08:00–20:00 holds most of the profile
        QVERIFY(k.value(QStringLiteral("robot_delivered")).toInt() > 0);
        QVERIFY(k.value(QStringLiteral("drone_delivered")).toInt() > 0);
        QCOMPARE(k.value(QStringLiteral("delivered")).toInt() + k.value(QStringLiteral("rejected")).toInt()
                     + k.value(QStringLiteral("queued_at_end")).toInt() + k.value(QStringLiteral("underway_at_end")).toInt(),
                 orders);
        QVERIFY(k.value(QStringLiteral("lowest_charge")).toDouble() >= 0.2);
        for (const char *key : {"mean_delivery_s", "p90_delivery_s", "vehicle_km", "energy_kwh", "robot_utilisation", "drone_utilisation"})
            QVERIFY2(k.value(QLatin1String(key)).toDouble() > 0.0, key);
        QVERIFY(k.value(QStringLiteral("rejected_by_reason")).isObject());
    }

    void badKeysAreRefusedWithTheirPath()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"name": "bad", "duration": "01:00", "population": {"compliance": 0},
                      "models": {"logistics": {"robots": -1, "drone_sharee": 0.5}}})");
        file.close();
        const Run run = cli({QStringLiteral("simulate"), path, QStringLiteral("--twin"), m_twin, QStringLiteral("--json"),
                             QStringLiteral("--no-progress")});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QStringLiteral("models.logistics.robots")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("models.logistics.drone_sharee")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestLogisticsCli)
#include "tst_logisticscli.moc"
