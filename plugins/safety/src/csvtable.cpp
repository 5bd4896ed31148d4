// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/safety/csvtable.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <cpl_conv.h>
#include <cpl_string.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <atomic>
#include <mutex>

namespace ct::safety {

using core::Error;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Safety", text);
}

/// Offset of the first byte that is not valid UTF-8; -1 when all are.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *b = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = b[i];
        int extra = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0 && c >= 0xC2) {
            extra = 1;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
        } else if ((c & 0xF8) == 0xF0 && c <= 0xF4) {
            extra = 3;
        } else {
            return i;
        }
        for (int k = 1; k <= extra; ++k)
            if (i + k >= n || (b[i + k] & 0xC0) != 0x80)
                return i;
        i += extra + 1;
    }
    return -1;
}

/// Offset of the first byte that breaks Shift_JIS (CP932) structure; -1 when none.
qsizetype firstInvalidShiftJis(const QByteArray &bytes)
{
    const auto *b = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = b[i];
        if (c < 0x80 || (c >= 0xA1 && c <= 0xDF)) {
            ++i;
            continue;
        }
        if ((c >= 0x81 && c <= 0x9F) || (c >= 0xE0 && c <= 0xFC)) {
            if (i + 1 >= n)
                return i;
            const unsigned char t = b[i + 1];
            if (!((t >= 0x40 && t <= 0x7E) || (t >= 0x80 && t <= 0xFC)))
                return i;
            i += 2;
            continue;
        }
        return i;
    }
    return -1;
}

int lineOf(const QByteArray &bytes, qsizetype offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

} // namespace

core::Result<CsvTable> CsvTable::read(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("cannot read the file (%1)").arg(file.errorString()), name);
    QByteArray bytes = file.readAll();
    if (bytes.trimmed().isEmpty())
        return Error::invalidInput(tr("the file is empty"), name);
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return Error::invalidInput(tr("UTF-16 text is not supported; save the file as UTF-8 or Shift_JIS"), name);
    CsvTable table;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const qsizetype badUtf8 = firstInvalidUtf8(bytes);
    if (badUtf8 < 0) {
        table.m_encoding = QStringLiteral("UTF-8");
    } else {
        const qsizetype badSjis = firstInvalidShiftJis(bytes);
        if (badSjis >= 0)
            return Error::invalidInput(tr("the text is neither UTF-8 nor Shift_JIS (first undecodable byte on this line)"),
                                       QStringLiteral("%1:%2").arg(name).arg(lineOf(bytes, std::max(badUtf8, badSjis))));
        CPLErrorReset();
        char *converted = CPLRecode(bytes.constData(), "CP932", CPL_ENC_UTF8);
        const bool failed = CPLGetLastErrorType() >= CE_Warning;
        bytes = QByteArray(converted);
        CPLFree(converted);
        if (failed)
            return Error::invalidInput(tr("the Shift_JIS text cannot be converted"), name);
        table.m_encoding = QStringLiteral("Shift_JIS");
    }

    static std::once_flag registered;
    std::call_once(registered, [] { GDALAllRegister(); });
    static std::atomic<int> serial{0};
    const QByteArray memoryPath = QStringLiteral("/vsimem/citytwin-safety-%1-%2.csv")
                                      .arg(QCoreApplication::applicationPid()).arg(++serial).toUtf8();
    VSILFILE *memory = VSIFileFromMemBuffer(memoryPath.constData(), reinterpret_cast<GByte *>(bytes.data()),
                                            vsi_l_offset(bytes.size()), FALSE);
    if (!memory)
        return Error::internal(QStringLiteral("cannot stage the CSV in memory"), name);
    VSIFCloseL(memory);
    struct Unlink { QByteArray p; ~Unlink() { VSIUnlink(p.constData()); } } unlink{memoryPath};

    const char *drivers[] = {"CSV", nullptr};
    const char *options[] = {"AUTODETECT_TYPE=NO", "KEEP_GEOM_COLUMNS=YES", "GEOM_POSSIBLE_NAMES=__none__",
                             "X_POSSIBLE_NAMES=__none__", "Y_POSSIBLE_NAMES=__none__", "EMPTY_STRING_AS_NULL=NO", nullptr};
    CPLErrorReset();
    std::unique_ptr<GDALDataset> dataset(
        GDALDataset::Open(memoryPath.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, options, nullptr));
    if (!dataset || dataset->GetLayerCount() < 1)
        return Error::invalidInput(tr("GDAL cannot read the file as CSV: %1").arg(QString::fromUtf8(CPLGetLastErrorMsg())), name);
    OGRLayer *layer = dataset->GetLayer(0);
    OGRFeatureDefn *defn = layer->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        table.m_header << QString::fromUtf8(defn->GetFieldDefn(i)->GetNameRef()).trimmed();
    layer->ResetReading();
    int row = 0;
    for (auto &feature : *layer) {
        ++row;
        Row r;
        r.line = feature->GetFID() > 0 ? int(feature->GetFID()) + 1 : row + 1;
        for (int i = 0; i < defn->GetFieldCount(); ++i)
            r.cells << (feature->IsFieldSetAndNotNull(i) ? QString::fromUtf8(feature->GetFieldAsString(i)).trimmed() : QString());
        // A blank line is not a row.
        bool blank = true;
        for (const QString &c : r.cells)
            blank = blank && c.isEmpty();
        if (!blank)
            table.m_rows.push_back(std::move(r));
    }
    return table;
}

} // namespace ct::safety
