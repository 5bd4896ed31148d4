// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "cjktounicode.h"

#include <QFont>
#include <QHash>
#include <QList>
#include <QMap>
#include <QRawFont>
#include <QRegularExpression>

namespace ct::report {

namespace {

bool isRadical(char32_t c)
{
    return (c >= 0x2E80 && c <= 0x2EFF) || (c >= 0x2F00 && c <= 0x2FDF);
}

/// Font glyph → the unified ideograph drawn with it (the first in code point order), for the
/// glyphs that a radical shares with an ideograph.
QHash<quint32, char32_t> ideographsByGlyph(const QRawFont &font)
{
    QHash<quint32, char32_t> out;
    for (const auto &[first, last] : {std::pair<char32_t, char32_t>{0x4E00, 0x9FFF}, {0x3400, 0x4DBF}, {0xF900, 0xFAFF}}) {
        QList<QChar> chars;
        for (char32_t c = first; c <= last; ++c)
            chars << QChar(char16_t(c));
        QList<quint32> glyphs(chars.size());
        int count = int(glyphs.size());
        if (!font.glyphIndexesForChars(chars.constData(), int(chars.size()), glyphs.data(), &count))
            continue;
        for (int i = 0; i < count; ++i) {
            if (glyphs[i] != 0 && !out.contains(glyphs[i]))
                out.insert(glyphs[i], char32_t(chars[i].unicode()));
        }
    }
    return out;
}

quint32 glyphOf(const QRawFont &font, char32_t c)
{
    const QString text = QString::fromUcs4(&c, 1);
    const QList<quint32> glyphs = font.glyphIndexesForString(text);
    return glyphs.size() == 1 ? glyphs.first() : 0;
}

QString fromHex(const QByteArray &hex)
{
    QString out;
    for (int i = 0; i + 4 <= hex.size(); i += 4)
        out += QChar(char16_t(hex.mid(i, 4).toUInt(nullptr, 16)));
    return out;
}

QByteArray toHex(const QString &text)
{
    QByteArray out;
    for (QChar c : text)
        out += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return out;
}

/// The entries of a ToUnicode CMap: code → text (bfchar and bfrange, both forms of bfrange).
QMap<quint32, QString> parseCMap(const QByteArray &cmap)
{
    QMap<quint32, QString> out;
    static const QRegularExpression charBlock(QStringLiteral(R"(beginbfchar(.*?)endbfchar)"), QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression rangeBlock(QStringLiteral(R"(beginbfrange(.*?)endbfrange)"), QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression pair(QStringLiteral(R"(<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>)"));
    static const QRegularExpression range(QStringLiteral(R"(<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>))"));
    static const QRegularExpression hex(QStringLiteral(R"(<([0-9A-Fa-f]+)>)"));
    const QString text = QString::fromLatin1(cmap);
    for (auto blocks = charBlock.globalMatch(text); blocks.hasNext();) {
        const QString body = blocks.next().captured(1);
        for (auto it = pair.globalMatch(body); it.hasNext();) {
            const auto m = it.next();
            out.insert(m.captured(1).toUInt(nullptr, 16), fromHex(m.captured(2).toLatin1()));
        }
    }
    for (auto blocks = rangeBlock.globalMatch(text); blocks.hasNext();) {
        const QString body = blocks.next().captured(1);
        for (auto it = range.globalMatch(body); it.hasNext();) {
            const auto m = it.next();
            const quint32 first = m.captured(1).toUInt(nullptr, 16);
            const quint32 last = m.captured(2).toUInt(nullptr, 16);
            const QString target = m.captured(3);
            if (target.startsWith(QLatin1Char('['))) {
                quint32 code = first;
                for (auto h = hex.globalMatch(target); h.hasNext() && code <= last; ++code)
                    out.insert(code, fromHex(h.next().captured(1).toLatin1()));
            } else {
                QString start = fromHex(target.mid(1, target.size() - 2).toLatin1());
                for (quint32 code = first; code <= last && !start.isEmpty(); ++code) {
                    out.insert(code, start);
                    start.back() = QChar(char16_t(start.back().unicode() + 1));
                }
            }
        }
    }
    return out;
}

QByteArray writeCMap(const QMap<quint32, QString> &entries)
{
    QByteArray out = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                     "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                     "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                     "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    const QList<quint32> codes = entries.keys();
    for (qsizetype start = 0; start < codes.size(); start += 100) {
        const qsizetype end = std::min<qsizetype>(start + 100, codes.size());
        out += QByteArray::number(end - start) + " beginbfchar\n";
        for (qsizetype i = start; i < end; ++i)
            out += '<' + QByteArray::number(codes[i], 16).rightJustified(4, '0').toUpper() + "> <" + toHex(entries.value(codes[i])) + ">\n";
        out += "endbfchar\n";
    }
    out += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return out;
}

/// The body of stream object `number` (inflated), or an empty array.
QByteArray streamOf(const QByteArray &pdf, int number, bool *compressed)
{
    const QByteArray head = '\n' + QByteArray::number(number) + " 0 obj";
    const qsizetype at = pdf.lastIndexOf(head);
    if (at < 0)
        return {};
    const qsizetype dictEnd = pdf.indexOf("stream", at);
    const qsizetype endObj = pdf.indexOf("endobj", at);
    if (dictEnd < 0 || (endObj >= 0 && endObj < dictEnd))
        return {};
    const QByteArray dictionary = pdf.mid(at, dictEnd - at);
    qsizetype begin = dictEnd + 6;
    if (pdf.mid(begin, 2) == "\r\n")
        begin += 2;
    else if (pdf.at(begin) == '\n')
        ++begin;
    const qsizetype end = pdf.indexOf("endstream", begin);
    if (end < 0)
        return {};
    QByteArray body = pdf.mid(begin, end - begin);
    *compressed = dictionary.contains("/FlateDecode");
    if (*compressed) {
        // qUncompress wants Qt's 4-byte length header before the zlib stream; the length is a hint.
        const quint32 hint = quint32(body.size()) * 20 + 1024;
        QByteArray withHeader;
        withHeader.append(char(hint >> 24)).append(char(hint >> 16)).append(char(hint >> 8)).append(char(hint));
        body = qUncompress(withHeader + body);
    }
    return body;
}

} // namespace

int repairCjkToUnicode(QByteArray &pdf, const QString &fontFamily)
{
    static const QRegularExpression toUnicode(QStringLiteral(R"(/ToUnicode (\d+) 0 R)"));
    QList<int> objects;
    for (auto it = toUnicode.globalMatch(QString::fromLatin1(pdf)); it.hasNext();) {
        const int number = it.next().captured(1).toInt();
        if (!objects.contains(number))
            objects << number;
    }
    if (objects.isEmpty())
        return 0;

    const QRawFont font = QRawFont::fromFont(QFont(fontFamily));
    if (!font.isValid())
        return 0;
    QHash<quint32, char32_t> ideographs;
    bool ideographsRead = false;

    int changed = 0;
    QByteArray update;
    QList<QPair<int, qsizetype>> offsets;
    for (int number : std::as_const(objects)) {
        bool compressed = false;
        const QByteArray cmap = streamOf(pdf, number, &compressed);
        if (cmap.isEmpty())
            continue;
        QMap<quint32, QString> entries = parseCMap(cmap);
        int here = 0;
        for (auto it = entries.begin(); it != entries.end(); ++it) {
            const QList<uint> ucs4 = it.value().toUcs4();
            if (ucs4.size() != 1 || !isRadical(ucs4.first()))
                continue;
            if (!ideographsRead) {
                ideographs = ideographsByGlyph(font);
                ideographsRead = true;
            }
            const auto found = ideographs.constFind(glyphOf(font, ucs4.first()));
            if (found == ideographs.constEnd())
                continue;
            const char32_t ideograph = found.value();
            it.value() = QString::fromUcs4(&ideograph, 1);
            ++here;
        }
        if (here == 0)
            continue;
        changed += here;
        const QByteArray body = qCompress(writeCMap(entries)).mid(4); // a zlib stream without Qt's header
        offsets << qMakePair(number, pdf.size() + update.size() + 1);
        update += '\n' + QByteArray::number(number) + " 0 obj\n<< /Length " + QByteArray::number(body.size())
                  + " /Filter /FlateDecode >>\nstream\n" + body + "\nendstream\nendobj";
    }
    if (changed == 0)
        return 0;

    // The trailer of the revision being updated: its size, root, info and where its xref is.
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    const qsizetype startxrefAt = pdf.lastIndexOf("startxref");
    if (trailerAt < 0 || startxrefAt < trailerAt)
        return 0;
    const QString trailer = QString::fromLatin1(pdf.mid(trailerAt, startxrefAt - trailerAt));
    static const QRegularExpression size(QStringLiteral(R"(/Size\s+(\d+))"));
    static const QRegularExpression root(QStringLiteral(R"(/Root\s+(\d+\s+\d+\s+R))"));
    static const QRegularExpression info(QStringLiteral(R"(/Info\s+(\d+\s+\d+\s+R))"));
    const auto sizeMatch = size.match(trailer);
    const auto rootMatch = root.match(trailer);
    const qsizetype previous = pdf.mid(startxrefAt + 9, 32).trimmed().split('\n').value(0).trimmed().toLongLong();
    if (!sizeMatch.hasMatch() || !rootMatch.hasMatch() || previous <= 0)
        return 0;

    const qsizetype xrefAt = pdf.size() + update.size() + 1;
    update += "\nxref\n";
    for (const auto &[number, offset] : std::as_const(offsets))
        update += QByteArray::number(number) + " 1\n" + QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    update += "trailer\n<< /Size " + sizeMatch.captured(1).toLatin1() + " /Root " + rootMatch.captured(1).toLatin1();
    if (const auto infoMatch = info.match(trailer); infoMatch.hasMatch())
        update += " /Info " + infoMatch.captured(1).toLatin1();
    update += " /Prev " + QByteArray::number(previous) + " >>\nstartxref\n" + QByteArray::number(xrefAt) + "\n%%EOF\n";
    pdf += update;
    return changed;
}

} // namespace ct::report
