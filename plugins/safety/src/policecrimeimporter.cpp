// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/safety/policecrimeimporter.h"

#include "ct/safety/alertstore.h"
#include "ct/safety/cityboundary.h"
#include "ct/safety/csvtable.h"
#include "ct/safety/gazetteer.h"
#include "ct/store/sqlstatement.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

#include <cpl_conv.h>
#include <cpl_string.h>

namespace ct::safety {

using core::Error;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Safety", text);
}

/// Header names compared in NFKC without spaces: （発生地） and (発生地) are the same column.
QString headerKey(const QString &name)
{
    QString k = name.normalized(QString::NormalizationForm_KC);
    k.remove(QRegularExpression(QStringLiteral("\\s+")));
    return k;
}

const char *const kOffence = "罪名";
const char *const kMethod = "手口";
const char *const kStation = "管轄警察署(発生地)";
const char *const kPoliceBox = "管轄交番・駐在所(発生地)";
const char *const kMunicipalityCode = "市区町村コード(発生地)";
const char *const kMunicipality = "市区町村(発生地)";
const char *const kTown = "町丁目(発生地)";
const char *const kDate = "発生年月日(始期)";
const char *const kHour = "発生時(始期)";
const char *const kPlace = "発生場所";
const char *const kPlaceDetail = "発生場所の詳細";
const char *const kVictimAge = "被害者の年齢";

QDate parseDate(const QString &text)
{
    const QString t = text.normalized(QString::NormalizationForm_KC).trimmed();
    for (const QString &format : {QStringLiteral("yyyy/M/d"), QStringLiteral("yyyy-M-d"), QStringLiteral("yyyyMMdd"),
                                  QStringLiteral("yyyy年M月d日")}) {
        const QDate d = QDate::fromString(t, format);
        if (d.isValid())
            return d;
    }
    return {};
}

/// 0–23, or -1 when unknown ("不明", empty).
int parseHour(const QString &text)
{
    QString t = text.normalized(QString::NormalizationForm_KC).trimmed();
    t.remove(QStringLiteral("時"));
    bool ok = false;
    const int h = t.toInt(&ok);
    return ok && h >= 0 && h <= 24 ? h % 24 : -1;
}

} // namespace

PoliceCrimeImporter::PoliceCrimeImporter(Clock clock) : m_clock(std::move(clock)) {}

QString PoliceCrimeImporter::title() const
{
    return QCoreApplication::translate("Safety", "Police crime open data (CSV)");
}

Category PoliceCrimeImporter::categoryFor(const QString &offence, const QString &method)
{
    const QString text = offence + QLatin1Char(' ') + method;
    auto has = [&](const char *word) { return text.contains(QString::fromUtf8(word)); };
    if (has("声かけ") || has("声掛け"))
        return Category::Approach;
    if (has("つきまとい") || has("付きまとい") || has("ストーカー"))
        return Category::Stalking;
    if (has("盗撮"))
        return Category::Voyeurism;
    if (has("公然わいせつ") || has("露出"))
        return Category::Exposure;
    if (has("痴漢") || has("わいせつ"))
        return Category::Groping;
    if (has("暴行") || has("傷害") || has("強盗"))
        return Category::Assault;
    if (has("不審者"))
        return Category::SuspiciousPerson;
    return Category::Other;
}

int PoliceCrimeImporter::confidence(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    QByteArray head = file.read(4096);
    const qsizetype end = head.indexOf('\n');
    if (end > 0)
        head.truncate(end);
    // The header of these files is the same in UTF-8 and Shift_JIS only in its commas; look for
    // the column names in both encodings.
    QString text = QString::fromUtf8(head);
    if (!text.contains(QString::fromUtf8(kOffence))) {
        char *converted = CPLRecode(head.constData(), "CP932", CPL_ENC_UTF8);
        text = QString::fromUtf8(converted);
        CPLFree(converted);
    }
    const QString key = headerKey(text);
    int found = 0;
    for (const char *column : {kOffence, kMethod, kTown, kDate, kMunicipality})
        found += key.contains(headerKey(QString::fromUtf8(column))) ? 1 : 0;
    return found == 5 ? 95 : 0;
}

core::Result<plugin::ImportSummary> PoliceCrimeImporter::import(store::TwinStore &store, const QString &path)
{
    const QString file = QFileInfo(path).fileName();
    auto csv = CsvTable::read(path);
    if (!csv)
        return csv.error();
    QHash<QString, int> columns;
    for (int i = 0; i < csv->header().size(); ++i)
        columns.insert(headerKey(csv->header()[i]), i);
    auto index = [&](const char *name) { return columns.value(headerKey(QString::fromUtf8(name)), -1); };
    for (const char *required : {kOffence, kMethod, kMunicipalityCode, kMunicipality, kTown, kDate})
        if (index(required) < 0)
            return Error::invalidInput(tr("the header has no column \"%1\"; is this the police crime open data?").arg(QString::fromUtf8(required)),
                                       QStringLiteral("%1:1").arg(file));

    auto boundary = CityBoundary::fromTwin(store);
    if (!boundary)
        return boundary.error();
    auto gazetteer = Gazetteer::fromTwin(store);
    if (!gazetteer)
        return gazetteer.error();
    QString municipality = store.metadata(QStringLiteral("safety.municipality_code"));
    if (municipality.isEmpty())
        municipality = QString::fromLatin1(kDefaultMunicipalityCode);
    const QDateTime now = m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
    const QTimeZone jst(9 * 3600);
    const core::Actor importer = core::Actor::system(QStringLiteral("police-open-data import"));

    plugin::ImportSummary summary;
    summary.file = path;
    summary.layer = QStringLiteral("safety_alerts");
    qint64 approximate = 0;
    auto cell = [&](const CsvTable::Row &row, const char *name) {
        const int c = index(name);
        return c < 0 || c >= row.cells.size() ? QString() : row.cells[c];
    };
    for (const CsvTable::Row &row : csv->rows()) {
        const QString where = QStringLiteral("%1:%2").arg(file).arg(row.line);
        auto skip = [&](const QString &reason) {
            ++summary.skipped;
            summary.skippedReasons << QStringLiteral("%1: %2").arg(where, reason);
        };
        const QString offence = cell(row, kOffence);
        const QString method = cell(row, kMethod);
        if (offence.isEmpty() && method.isEmpty()) {
            skip(tr("no offence (罪名) and no method (手口)"));
            continue;
        }
        const QString code = cell(row, kMunicipalityCode).normalized(QString::NormalizationForm_KC);
        if (!code.isEmpty() && !code.startsWith(municipality)) {
            skip(tr("another municipality (%1 %2)").arg(code, cell(row, kMunicipality)));
            continue;
        }
        const QDate date = parseDate(cell(row, kDate));
        if (!date.isValid()) {
            skip(tr("no valid date (発生年月日): \"%1\"").arg(cell(row, kDate)));
            continue;
        }
        const int hour = parseHour(cell(row, kHour));
        ValidatedAlert a;
        if (hour >= 0) {
            a.occurredFrom = QDateTime(date, QTime(hour, 0), jst).toUTC();
            a.occurredTo = QDateTime(date, QTime(hour, 59), jst).toUTC();
        } else {
            a.occurredFrom = QDateTime(date, QTime(0, 0), jst).toUTC();
            a.occurredTo = QDateTime(date, QTime(23, 59), jst).toUTC();
        }
        if (a.occurredFrom > now) {
            skip(tr("the date %1 is in the future").arg(date.toString(Qt::ISODate)));
            continue;
        }
        if (a.occurredTo > now)
            a.occurredTo = now;
        const QString town = cell(row, kTown);
        if (town.isEmpty()) {
            skip(tr("no town and block (町丁目)"));
            continue;
        }
        const auto match = gazetteer->find(town);
        if (!match) {
            skip(tr("the town \"%1\" is not a place of this twin").arg(town));
            continue;
        }
        if (!boundary->contains(match->point)) {
            skip(tr("the town \"%1\" lies outside the city boundary").arg(town));
            continue;
        }
        approximate += match->exact ? 0 : 1;
        a.location = match->point;
        a.placeKind = AlertPlace::Kind::Address;
        a.address = cell(row, kMunicipality) + town;
        a.category = categoryFor(offence, method);
        QStringList description{offence};
        if (!method.isEmpty())
            description << method;
        QString place = cell(row, kPlace);
        if (!cell(row, kPlaceDetail).isEmpty())
            place += QStringLiteral("（%1）").arg(cell(row, kPlaceDetail));
        a.description = description.join(QStringLiteral("／")) + (place.isEmpty() ? QString() : QStringLiteral(" — ") + place);
        if (!match->exact)
            a.description += QStringLiteral(" [%1]").arg(tr("located at %1 (approximate)").arg(match->name));
        a.sourceOrganisation = QStringList{cell(row, kStation), cell(row, kPoliceBox)}.join(QLatin1Char(' ')).trimmed();
        a.personal.victimAgeGroup = cell(row, kVictimAge);

        const QString key = QString::fromLatin1(QCryptographicHash::hash(
            QStringList{offence, method, code, town, date.toString(Qt::ISODate), QString::number(hour), cell(row, kPlace),
                        cell(row, kPlaceDetail), cell(row, kVictimAge)}.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha1).toHex());
        // Same row again (same file re-imported): update it in place.
        store::SqlStatement existing(store.handle(), "SELECT id FROM safety_alert WHERE source_key = ?");
        if (!existing.isValid())
            return existing.failure(tr("cannot read the safety alerts"));
        existing.bindNullable(1, key);
        if (existing.next()) {
            const qint64 id = existing.int64(0);
            store::SqlStatement update(store.handle(), "UPDATE safety_alert SET x = ?, y = ?, category = ?, description = ?, updated_at = ? WHERE id = ?");
            if (!update.isValid())
                return update.failure(tr("cannot update the alert"));
            update.bind(1, a.location.x);
            update.bind(2, a.location.y);
            update.bind(3, categoryKey(a.category));
            update.bindNullable(4, a.description);
            update.bind(5, now.toString(Qt::ISODate));
            update.bind(6, id);
            if (!update.exec())
                return update.failure(tr("cannot update the alert"));
            ++summary.updated;
            continue;
        }
        auto id = AlertStore::insert(store, a, AlertStatus::Closed, QStringLiteral("police-open-data"), importer, now);
        if (!id)
            return id.error();
        store::SqlStatement keyed(store.handle(), "UPDATE safety_alert SET source_key = ? WHERE id = ?");
        if (!keyed.isValid())
            return keyed.failure(tr("cannot store the alert"));
        keyed.bindNullable(1, key);
        keyed.bind(2, id.value());
        if (!keyed.exec())
            return keyed.failure(tr("cannot store the alert"));
        ++summary.imported;
    }
    if (approximate > 0)
        summary.skippedReasons << tr("%1: %2 rows placed at a coarser name than their 町丁目 (approximate)").arg(file).arg(approximate);
    return summary;
}

core::Result<plugin::ImportSummary> PoliceCrimeImporter::importAs(store::TwinStore &store, const core::Actor &actor, const QString &path)
{
    plugin::ImportSummary result;
    const core::Status status = store.perform(actor, action(), QFileInfo(path).fileName(),
        [&](store::TwinStore &twin, QJsonObject &, QJsonObject &after) -> core::Status {
            auto imported = import(twin, path);
            if (!imported)
                return imported.error();
            result = imported.value();
            after = QJsonObject{{QStringLiteral("imported"), result.imported}, {QStringLiteral("updated"), result.updated},
                                {QStringLiteral("skipped"), result.skipped}};
            return {};
        });
    if (!status)
        return status.error();
    return result;
}

} // namespace ct::safety
