// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Reading a PDF back the way a person would: its text (pdftotext), its pages as pictures
// (pdftoppm) and its fonts (pdffonts), all from poppler-utils.
#pragma once

#include <QColor>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace ct::tests {

inline QString runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

//! The text of pages `first`..`last` (1-based; 0 = all).
inline QString pdfText(const QString &pdf, int first = 0, int last = 0)
{
    QStringList arguments{QStringLiteral("-layout")};
    if (first > 0)
        arguments << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l") << QString::number(last > 0 ? last : first);
    arguments << pdf << QStringLiteral("-");
    return runTool(QStringLiteral("pdftotext"), arguments);
}

inline int pdfPages(const QString &pdf)
{
    for (const QString &line : runTool(QStringLiteral("pdfinfo"), {pdf}).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

inline QString pdfFonts(const QString &pdf)
{
    return runTool(QStringLiteral("pdffonts"), {pdf});
}

//! Page `page` rendered at `dpi` (pdftoppm -png); a null image when poppler cannot.
inline QImage pdfPage(const QString &pdf, int page, int dpi = 50)
{
    const QString prefix = pdf + QStringLiteral("-page%1-%2").arg(page).arg(dpi);
    runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"), QStringLiteral("-f"),
                                        QString::number(page), QStringLiteral("-l"), QString::number(page),
                                        QStringLiteral("-singlefile"), pdf, prefix});
    return QImage(prefix + QStringLiteral(".png"));
}

//! Pixels that are not (nearly) white.
inline qint64 inkedPixels(const QImage &image)
{
    qint64 count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.red() < 235 || c.green() < 235 || c.blue() < 235)
                ++count;
        }
    }
    return count;
}

//! Pixels within `tolerance` of `color` in every channel.
inline qint64 pixelsOf(const QImage &image, const QColor &color, int tolerance = 40)
{
    qint64 count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - color.red()) <= tolerance && std::abs(c.green() - color.green()) <= tolerance
                && std::abs(c.blue() - color.blue()) <= tolerance)
                ++count;
        }
    }
    return count;
}

} // namespace ct::tests
