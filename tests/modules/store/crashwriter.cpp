// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Child process of tst_crashsafety: opens (or creates) a twin and commits writes in a loop, each
// one perform() with a feature insert and its audit row, printing the sequence number of each
// write after its commit has returned. It never stops by itself: the test kills it with SIGKILL.
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <sqlite3.h>

#include <cstdio>

using ct::store::TwinStore;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: crashwriter TWIN.gpkg\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    auto opened = QFileInfo::exists(path) ? TwinStore::open(path) : TwinStore::create(path);
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    TwinStore &store = *opened.value();
    if (!store.hasLayer(QStringLiteral("marks"))) {
        ct::store::LayerDefinition def;
        def.name = QStringLiteral("marks");
        def.geometryType = ct::geo::GeometryType::Point;
        def.fields = {{QStringLiteral("seq"), ct::store::FieldDefinition::Type::Integer, true},
                      {QStringLiteral("note"), ct::store::FieldDefinition::Type::Text, false}};
        if (!store.createLayer(def)) {
            std::fprintf(stderr, "cannot create the layer\n");
            return 1;
        }
    }
    const ct::core::Actor actor{QStringLiteral("crashwriter"), ct::core::Role::System};
    // Enough text per row that a commit spans several pages, so a kill can land inside one.
    const QString note(600, QLatin1Char('x'));
    // Continue the numbering of an earlier (killed) run, so every write has its own number.
    qint64 first = 1;
    {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(store.handle(), "SELECT coalesce(max(seq), 0) / 10 + 1 FROM marks", -1, &statement, nullptr)
                == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            first = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
    }
    for (qint64 seq = first;; ++seq) {
        const auto status = store.perform(actor, QStringLiteral("mark.add"), QStringLiteral("marks/%1").arg(seq),
                                          [&](TwinStore &twin, QJsonObject &, QJsonObject &after) -> ct::core::Status {
                                              auto writer = twin.writer(QStringLiteral("marks"),
                                                                        {QStringLiteral("seq"), QStringLiteral("note")});
                                              if (!writer.ok())
                                                  return writer.error();
                                              for (int i = 0; i < 4; ++i) {
                                                  auto fid = writer->insert(ct::geo::Geometry::point({double(seq), double(i)}),
                                                                            {seq * 10 + i, note});
                                                  if (!fid.ok())
                                                      return fid.error();
                                              }
                                              after[QStringLiteral("seq")] = seq;
                                              return writer->finish();
                                          });
        if (!status) {
            std::fprintf(stderr, "write %lld failed: %s\n", static_cast<long long>(seq),
                         qPrintable(status.error().toString()));
            return 1;
        }
        std::printf("%lld\n", static_cast<long long>(seq));
        std::fflush(stdout);
    }
}
