// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/store/twinstore.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QCryptographicHash>
#include <QDir>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

using ct::core::Error;
using ct::store::Migration;
using ct::store::MigrationList;
using ct::store::TwinStore;

Q_DECLARE_METATYPE(ct::core::Error::Kind)

namespace {

/// Runs one SQL statement on a file with plain SQLite, returning the first column of the first row.
QString sqlOnFile(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return QStringLiteral("<open failed>");
    }
    sqlite3_stmt *st = nullptr;
    QString value;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    sqlite3_close(db);
    return value;
}

QString query(TwinStore &store, const char *sql)
{
    sqlite3_stmt *st = nullptr;
    QString value;
    if (sqlite3_prepare_v2(store.handle(), sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    return value;
}

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

const Migration kStep1{1, QStringLiteral("sensor table"),
                       QStringLiteral("CREATE TABLE demo_sensor (id INTEGER PRIMARY KEY, name TEXT NOT NULL);"
                                      "INSERT INTO demo_sensor (name) VALUES ('river-gauge-1'), ('river-gauge-2');")};
const Migration kStep2{2, QStringLiteral("sensor unit"),
                       QStringLiteral("ALTER TABLE demo_sensor ADD COLUMN unit TEXT NOT NULL DEFAULT 'm';")};
const Migration kStep3{3, QStringLiteral("readings"),
                       QStringLiteral("CREATE TABLE demo_reading (sensor INTEGER REFERENCES demo_sensor(id), at TEXT, value REAL);"
                                      "INSERT INTO demo_reading SELECT id, '2026-01-01T00:00:00Z', 1.5 FROM demo_sensor;")};

} // namespace

/// \brief Schema migrations of core and plugin components, and refusal of files that are not
/// twins (or twins from a newer build) without touching them.
class TestMigration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void forwardSteps();
    void reopenIsNoOp();
    void gapIsRefused();
    void failingStepRollsBack();
    void stepCodeCreatesLayer();
    void newerPluginSchemaRefused();
    void newerCoreSchemaRefused_data();
    void newerCoreSchemaRefused();
    void foreignFiles_data();
    void foreignFiles();

private:
    QTemporaryDir *m_dir = nullptr;
    QString m_path;
};

void TestMigration::initTestCase()
{
    GDALAllRegister();
}

void TestMigration::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("twin.gpkg"));
    auto created = TwinStore::create(m_path);
    QVERIFY(created.ok());
}

void TestMigration::cleanup()
{
    delete m_dir;
    m_dir = nullptr;
}

void TestMigration::forwardSteps()
{
    {
        auto store = TwinStore::open(m_path);
        QVERIFY(store.ok());
        QCOMPARE(store.value()->schemaVersion(QStringLiteral("demo")), 0);
        QVERIFY(store.value()->migrate(QStringLiteral("demo"), {kStep1}));
        QCOMPARE(store.value()->schemaVersion(QStringLiteral("demo")), 1);
        QVERIFY(store.value()->setMetadata(QStringLiteral("x"), QStringLiteral("kept")));
    }
    // A later build brings steps 2 and 3: both are applied, the rows of step 1 survive.
    auto store = TwinStore::open(m_path);
    QVERIFY(store.ok());
    auto &twin = *store.value();
    QVERIFY(twin.migrate(QStringLiteral("demo"), {kStep1, kStep2, kStep3}));
    QCOMPARE(twin.schemaVersion(QStringLiteral("demo")), 3);
    QCOMPARE(query(twin, "SELECT group_concat(name || ':' || unit) FROM demo_sensor"),
             QStringLiteral("river-gauge-1:m,river-gauge-2:m"));
    QCOMPARE(query(twin, "SELECT count(*) FROM demo_reading"), QStringLiteral("2"));
    QCOMPARE(twin.metadata(QStringLiteral("x")), QStringLiteral("kept"));
    QCOMPARE(twin.operationalTables(), QStringList({QStringLiteral("demo_reading"), QStringLiteral("demo_sensor")}));
    const auto components = twin.components();
    QCOMPARE(components.size(), std::size_t(2));
    QCOMPARE(components[0], std::make_pair(QStringLiteral("core"), TwinStore::coreSchemaVersion()));
    QCOMPARE(components[1], std::make_pair(QStringLiteral("demo"), 3));
}

void TestMigration::reopenIsNoOp()
{
    {
        auto store = TwinStore::open(m_path);
        QVERIFY(store.ok());
        QVERIFY(store.value()->migrate(QStringLiteral("demo"), {kStep1, kStep2}));
    }
    const QString appliedAt = sqlOnFile(m_path, "SELECT applied_at FROM ct_schema WHERE component = 'demo'");
    const QString coreAppliedAt = sqlOnFile(m_path, "SELECT applied_at FROM ct_schema WHERE component = 'core'");
    QVERIFY(!appliedAt.isEmpty());
    QTest::qWait(5); // a re-applied step would record a later time
    {
        auto store = TwinStore::open(m_path);
        QVERIFY(store.ok());
        QVERIFY(store.value()->migrate(QStringLiteral("demo"), {kStep1, kStep2}));
        QCOMPARE(store.value()->schemaVersion(QStringLiteral("demo")), 2);
        // Step 1 inserts rows: run twice it would have four.
        QCOMPARE(query(*store.value(), "SELECT count(*) FROM demo_sensor"), QStringLiteral("2"));
    }
    QCOMPARE(sqlOnFile(m_path, "SELECT applied_at FROM ct_schema WHERE component = 'demo'"), appliedAt);
    QCOMPARE(sqlOnFile(m_path, "SELECT applied_at FROM ct_schema WHERE component = 'core'"), coreAppliedAt);
}

void TestMigration::gapIsRefused()
{
    auto store = TwinStore::open(m_path);
    QVERIFY(store.ok());
    const auto status = store.value()->migrate(QStringLiteral("demo"), {kStep1, kStep3});
    QVERIFY(!status);
    QCOMPARE(status.error().kind, Error::Kind::InvalidInput);
    QVERIFY2(status.error().message.contains(QLatin1String("without gaps")), qPrintable(status.error().message));
    // Nothing ran, not even step 1.
    QCOMPARE(store.value()->schemaVersion(QStringLiteral("demo")), 0);
    QVERIFY(query(*store.value(), "SELECT name FROM sqlite_master WHERE name = 'demo_sensor'").isEmpty());
}

void TestMigration::failingStepRollsBack()
{
    auto store = TwinStore::open(m_path);
    QVERIFY(store.ok());
    auto &twin = *store.value();
    // Step 3 creates a table, then fails: the table must not be left behind.
    const Migration broken{3, QStringLiteral("broken readings"),
                           QStringLiteral("CREATE TABLE demo_reading (x INTEGER);"
                                          "INSERT INTO demo_missing VALUES (1);")};
    const auto status = twin.migrate(QStringLiteral("demo"), {kStep1, kStep2, broken});
    QVERIFY(!status);
    const QString message = status.error().message;
    QVERIFY2(message.contains(QLatin1String("step 3 of demo")) && message.contains(QLatin1String("broken readings"))
                 && message.contains(QLatin1String("demo_missing")),
             qPrintable(message));
    QCOMPARE(twin.schemaVersion(QStringLiteral("demo")), 2);
    QVERIFY(query(twin, "SELECT name FROM sqlite_master WHERE name = 'demo_reading'").isEmpty());
    QVERIFY(!twin.inTransaction());
    // The fixed step applies afterwards.
    QVERIFY(twin.migrate(QStringLiteral("demo"), {kStep1, kStep2, kStep3}));
    QCOMPARE(twin.schemaVersion(QStringLiteral("demo")), 3);
}

void TestMigration::stepCodeCreatesLayer()
{
    auto store = TwinStore::open(m_path);
    QVERIFY(store.ok());
    auto &twin = *store.value();
    ct::store::LayerDefinition layer;
    layer.name = QStringLiteral("demo_points");
    layer.fields = {{QStringLiteral("kind"), ct::store::FieldDefinition::Type::Text, true}};
    // Code that fails after creating the layer: the layer, and the SQL after it, are rolled back.
    Migration failing{1, QStringLiteral("demo layer"), QStringLiteral("CREATE INDEX demo_points_kind ON demo_points(kind);")};
    failing.apply = [&layer](TwinStore &t) -> ct::core::Status {
        if (auto created = t.createLayer(layer); !created)
            return created;
        return Error::invalidInput(QStringLiteral("refused on purpose"));
    };
    const auto status = twin.migrate(QStringLiteral("demo"), {failing});
    QVERIFY(!status);
    QVERIFY2(status.error().message.contains(QLatin1String("refused on purpose")), qPrintable(status.error().message));
    QVERIFY(!twin.hasLayer(QStringLiteral("demo_points")));
    QCOMPARE(twin.schemaVersion(QStringLiteral("demo")), 0);
    QVERIFY(query(twin, "SELECT table_name FROM gpkg_contents WHERE table_name = 'demo_points'").isEmpty());

    // The working step: the code runs before the SQL, which indexes the new layer.
    Migration working = failing;
    working.apply = [&layer](TwinStore &t) { return t.createLayer(layer); };
    QVERIFY(twin.migrate(QStringLiteral("demo"), {working}));
    QVERIFY(twin.hasLayer(QStringLiteral("demo_points")));
    QVERIFY(twin.layer(QStringLiteral("demo_points"))->hasSpatialIndex);
    QCOMPARE(query(twin, "SELECT name FROM sqlite_master WHERE name = 'demo_points_kind'"), QStringLiteral("demo_points_kind"));
    QCOMPARE(twin.schemaVersion(QStringLiteral("demo")), 1);
    // Applied once: a second migrate() does not call the code again (createLayer would refuse).
    QVERIFY(twin.migrate(QStringLiteral("demo"), {working}));
}

void TestMigration::newerPluginSchemaRefused()
{
    {
        auto store = TwinStore::open(m_path);
        QVERIFY(store.ok());
        QVERIFY(store.value()->migrate(QStringLiteral("demo"), {kStep1, kStep2, kStep3}));
    }
    auto store = TwinStore::open(m_path);
    QVERIFY(store.ok());
    const auto status = store.value()->migrate(QStringLiteral("demo"), {kStep1, kStep2});
    QVERIFY(!status);
    QCOMPARE(status.error().kind, Error::Kind::Unsupported);
    QCOMPARE(status.error().message,
             QStringLiteral("%1 was written by a newer CityTwin (demo schema 3; this build reads up to 2)").arg(m_path));
    QCOMPARE(store.value()->schemaVersion(QStringLiteral("demo")), 3);
}

void TestMigration::newerCoreSchemaRefused_data()
{
    QTest::addColumn<TwinStore::OpenMode>("mode");
    QTest::newRow("read-write") << TwinStore::OpenMode::ReadWrite;
    QTest::newRow("read-only") << TwinStore::OpenMode::ReadOnly;
}

void TestMigration::newerCoreSchemaRefused()
{
    QFETCH(TwinStore::OpenMode, mode);
    sqlOnFile(m_path, "UPDATE ct_schema SET version = 99 WHERE component = 'core' RETURNING version");
    QCOMPARE(sqlOnFile(m_path, "SELECT version FROM ct_schema WHERE component = 'core'"), QStringLiteral("99"));
    const QByteArray before = fileDigest(m_path);
    auto store = TwinStore::open(m_path, mode);
    QVERIFY(!store.ok());
    QCOMPARE(store.error().kind, Error::Kind::Unsupported);
    QCOMPARE(store.error().message,
             QStringLiteral("%1 was written by a newer CityTwin (core schema 99; this build reads up to %2)")
                 .arg(m_path)
                 .arg(TwinStore::coreSchemaVersion()));
    QCOMPARE(fileDigest(m_path), before);
}

void TestMigration::foreignFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content"); // how to make the file, see foreignFiles()
    QTest::addColumn<Error::Kind>("kind");
    QTest::addColumn<QString>("expected");   // message after the file name

    QTest::newRow("missing") << QStringLiteral("missing.gpkg") << QByteArray("<none>") << Error::Kind::NotFound
                             << QStringLiteral(" does not exist");
    QTest::newRow("directory") << QStringLiteral("folder.gpkg") << QByteArray("<dir>") << Error::Kind::InvalidInput
                               << QStringLiteral(" is a directory, not a twin file");
    QTest::newRow("empty") << QStringLiteral("empty.gpkg") << QByteArray() << Error::Kind::InvalidInput
                           << QStringLiteral(" is an empty file, not a twin");
    QTest::newRow("text") << QStringLiteral("notes.gpkg") << QByteArray("name,capacity\nTakezono,350\n")
                          << Error::Kind::InvalidInput << QStringLiteral(" is not a SQLite database");
    QByteArray random(8192, Qt::Uninitialized);
    QRandomGenerator generator(20260311);
    for (auto &c : random)
        c = char(generator.bounded(256));
    QTest::newRow("random bytes") << QStringLiteral("random.gpkg") << random << Error::Kind::InvalidInput
                                  << QStringLiteral(" is not a SQLite database");
    QTest::newRow("sqlite header, garbage after")
        << QStringLiteral("damaged.gpkg") << QByteArray("SQLite format 3\0", 16) + random << Error::Kind::InvalidInput
        << QStringLiteral(" is not a SQLite database");
    QTest::newRow("plain sqlite") << QStringLiteral("plain.sqlite") << QByteArray("<sqlite>") << Error::Kind::InvalidInput
                                  << QStringLiteral(" is a SQLite database but not a GeoPackage, so not a CityTwin twin");
    QTest::newRow("gdal geopackage") << QStringLiteral("gdal.gpkg") << QByteArray("<gdal>") << Error::Kind::InvalidInput
                                     << QStringLiteral(" is a GeoPackage but not a CityTwin twin; import it with citytwin-cli import");
}

void TestMigration::foreignFiles()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(Error::Kind, kind);
    QFETCH(QString, expected);
    const QString path = m_dir->filePath(name);
    if (content == "<dir>") {
        QVERIFY(QDir(m_dir->path()).mkdir(name));
    } else if (content == "<sqlite>") {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "CREATE TABLE shelters (name TEXT); INSERT INTO shelters VALUES ('Takezono')", nullptr,
                              nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
    } else if (content == "<gdal>") {
        GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
        QVERIFY(driver);
        GDALDataset *ds = driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
        QVERIFY(ds);
        OGRSpatialReference srs;
        srs.importFromEPSG(6677);
        OGRLayer *layer = ds->CreateLayer("shelters", &srs, wkbPoint, nullptr);
        QVERIFY(layer);
        OGRFeature feature(layer->GetLayerDefn());
        OGRPoint point(-8000, 12000);
        feature.SetGeometry(&point);
        QCOMPARE(layer->CreateFeature(&feature), OGRERR_NONE);
        GDALClose(ds);
    } else if (content != "<none>") {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const QByteArray before = fileDigest(path);
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);

    for (auto mode : {TwinStore::OpenMode::ReadWrite, TwinStore::OpenMode::ReadOnly}) {
        auto store = TwinStore::open(path, mode);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().kind, kind);
        QCOMPARE(store.error().message, path + expected);
    }
    // Refused means untouched: same bytes, no journal or WAL files left beside it.
    QCOMPARE(fileDigest(path), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), filesBefore);
}

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
