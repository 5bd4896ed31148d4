// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// The HQ dashboard end to end: a twin from the real citytwin-cli, an hq-commander account made
// with `citytwin-cli account`, the real console signed in with --operator (password from
// CITYTWIN_PASSWORD) showing the shelters panel (--panel), checked in its screenshot.
#include "consoleshot.h" // tests/common
#include "toolrun.h"

#include <QImage>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <set>

namespace {

const QByteArray kCommanderPassword = QByteArrayLiteral("hq-commander-pass-42");

using Run = ct::testing::ToolRun;
using ct::testing::runTool;

struct Shot
{
    QImage image;
    QJsonObject view;
    QRect panel;   //!< the domain panels' area, in image pixels
};

double colourDistance(QColor a, QColor b)
{
    return std::sqrt(std::pow(a.red() - b.red(), 2) + std::pow(a.green() - b.green(), 2) + std::pow(a.blue() - b.blue(), 2));
}

/// Share of the pixels of `area` that differ between two pictures of the same size.
double differingShare(const QImage &a, const QImage &b, const QRect &area)
{
    int differing = 0, sampled = 0;
    for (int y = area.top(); y <= area.bottom(); y += 2) {
        for (int x = area.left(); x <= area.right(); x += 2) {
            ++sampled;
            differing += colourDistance(a.pixelColor(x, y), b.pixelColor(x, y)) > 30 ? 1 : 0;
        }
    }
    return sampled > 0 ? double(differing) / sampled : 0.0;
}

} // namespace

class TestHqPanelEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void commanderSeesTheDashboard();
    void anotherPanelLooksDifferent();
    void viewerSeesTheDashboardReadOnly();
    void unknownPanelIsRefused();
    void wrongPasswordIsRefused();

private:
    Shot screenshot(const QString &name, const QStringList &extra, const QByteArray &password);

    QTemporaryDir m_dir;
    QString m_twin;
    Shot m_commander;
};

Shot TestHqPanelEndToEnd::screenshot(const QString &name, const QStringList &extra, const QByteArray &password)
{
    const ct::testing::ConsoleShot console = ct::testing::consoleScreenshot(
        m_twin, m_dir.filePath(name + QStringLiteral(".png")), extra, password,
        QStringLiteral(CITYTWIN_BINARY_DIR "/tests/e2e-%1.png").arg(name));
    Shot shot;
    if (console.image.isNull())
        return shot;
    shot.image = console.image;
    shot.view = console.view;
    const double ratio = shot.view[QStringLiteral("window")].toObject()[QStringLiteral("devicePixelRatio")].toDouble(1.0);
    const QJsonObject panel = shot.view[QStringLiteral("panel")].toObject();
    shot.panel = QRect(int(panel[QStringLiteral("x")].toDouble() * ratio), int(panel[QStringLiteral("y")].toDouble() * ratio),
                       int(panel[QStringLiteral("width")].toDouble() * ratio), int(panel[QStringLiteral("height")].toDouble() * ratio))
                     .intersected(shot.image.rect());
    return shot;
}

void TestHqPanelEndToEnd::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_twin = m_dir.filePath(QStringLiteral("hq.gpkg"));
    const Run generated = runTool(QStringLiteral("citytwin-cli"), {QStringLiteral("generate"), QStringLiteral("--scale"), QStringLiteral("0.02"),
                                                               QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--quiet"),
                                                               QStringLiteral("-o"), m_twin});
    QVERIFY2(generated.exitCode == 0, qPrintable(generated.err));
    const Run admin = runTool(QStringLiteral("citytwin-cli"), {QStringLiteral("account"), m_twin, QStringLiteral("init-admin"), QStringLiteral("--name"),
                                                           QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                          QByteArrayLiteral("administrator-pass-42\n"));
    QVERIFY2(admin.exitCode == 0, qPrintable(admin.err));
    const Run commander = runTool(QStringLiteral("citytwin-cli"), {QStringLiteral("account"), m_twin, QStringLiteral("add"), QStringLiteral("--name"),
                                                               QStringLiteral("cmdr"), QStringLiteral("--role"), QStringLiteral("hq-commander"),
                                                               QStringLiteral("--password-stdin")},
                              kCommanderPassword + '\n');
    QVERIFY2(commander.exitCode == 0, qPrintable(commander.err));
    const Run list = runTool(QStringLiteral("citytwin-cli"), {QStringLiteral("account"), m_twin, QStringLiteral("list")});
    QVERIFY2(list.out.contains(QStringLiteral("cmdr")) && list.out.contains(QStringLiteral("hq-commander")), qPrintable(list.out));
}

void TestHqPanelEndToEnd::commanderSeesTheDashboard()
{
    m_commander = screenshot(QStringLiteral("hq-commander"), {QStringLiteral("--operator"), QStringLiteral("cmdr"), QStringLiteral("--panel"),
                                                              QStringLiteral("shelters")},
                             kCommanderPassword);
    QVERIFY(!m_commander.image.isNull());
    const QJsonObject panel = m_commander.view[QStringLiteral("panel")].toObject();
    QCOMPARE(panel[QStringLiteral("id")].toString(), QStringLiteral("shelters"));
    QVERIFY(panel[QStringLiteral("visible")].toBool());
    // The panel is a real part of the window, beside the map, not under it.
    QVERIFY2(m_commander.panel.width() >= 200 && m_commander.panel.height() >= 300,
             qPrintable(QStringLiteral("%1x%2").arg(m_commander.panel.width()).arg(m_commander.panel.height())));
    const QJsonObject map = m_commander.view[QStringLiteral("map")].toObject();
    QVERIFY(m_commander.panel.left() >= map[QStringLiteral("x")].toDouble() + map[QStringLiteral("width")].toDouble() - 1);

    // Drawn content in the panel area: text, tiles and list rows in many tones, not one fill.
    std::set<QRgb> colours;
    int dark = 0, sampled = 0;
    const QRect area = m_commander.panel;
    for (int y = area.top(); y <= area.bottom(); y += 2) {
        for (int x = area.left(); x <= area.right(); x += 2) {
            const QColor c = m_commander.image.pixelColor(x, y);
            colours.insert(c.rgb());
            ++sampled;
            dark += c.lightness() < 100 ? 1 : 0;   // glyphs
        }
    }
    QVERIFY2(colours.size() > 40, qPrintable(QString::number(colours.size())));
    QVERIFY2(dark > sampled / 200, qPrintable(QStringLiteral("%1 dark of %2").arg(dark).arg(sampled)));
}

void TestHqPanelEndToEnd::anotherPanelLooksDifferent()
{
    QVERIFY(!m_commander.image.isNull());
    const Shot hydrogen = screenshot(QStringLiteral("hq-hydrogen"), {QStringLiteral("--operator"), QStringLiteral("cmdr"), QStringLiteral("--panel"),
                                                                     QStringLiteral("hydrogen")},
                                     kCommanderPassword);
    QVERIFY(!hydrogen.image.isNull());
    QCOMPARE(hydrogen.view[QStringLiteral("panel")].toObject()[QStringLiteral("id")].toString(), QStringLiteral("hydrogen"));
    QCOMPARE(hydrogen.panel, m_commander.panel);
    // Same window, same twin, another panel: the panel area changes a lot, the map hardly.
    const double panelChange = differingShare(m_commander.image, hydrogen.image, m_commander.panel);
    QVERIFY2(panelChange > 0.05, qPrintable(QString::number(panelChange)));
    const QJsonObject map = m_commander.view[QStringLiteral("map")].toObject();
    const QRect mapArea(map[QStringLiteral("x")].toInt() + 10, map[QStringLiteral("y")].toInt() + 10, map[QStringLiteral("width")].toInt() - 20,
                        map[QStringLiteral("height")].toInt() / 2);
    const double mapChange = differingShare(m_commander.image, hydrogen.image, mapArea);
    QVERIFY2(mapChange < panelChange, qPrintable(QStringLiteral("map %1, panel %2").arg(mapChange).arg(panelChange)));
}

void TestHqPanelEndToEnd::viewerSeesTheDashboardReadOnly()
{
    QVERIFY(!m_commander.image.isNull());
    // Without --operator a screenshot run looks as a viewer: the same panel, but not "acting as".
    const Shot viewer = screenshot(QStringLiteral("hq-viewer"), {QStringLiteral("--panel"), QStringLiteral("shelters")}, {});
    QVERIFY(!viewer.image.isNull());
    QCOMPARE(viewer.view[QStringLiteral("panel")].toObject()[QStringLiteral("id")].toString(), QStringLiteral("shelters"));
    // The line under the title ("Acting as cmdr (hq-commander)" / "Not signed in: read only", within
    // the top fifth of the panel area, below the tabs) differs; the panel as a whole stays the same dashboard.
    const QRect header(m_commander.panel.left(), m_commander.panel.top(), m_commander.panel.width(), m_commander.panel.height() / 5);
    QVERIFY2(differingShare(m_commander.image, viewer.image, header) > 0.002,
             qPrintable(QString::number(differingShare(m_commander.image, viewer.image, header))));
    QVERIFY2(differingShare(m_commander.image, viewer.image, m_commander.panel) < 0.3,
             qPrintable(QString::number(differingShare(m_commander.image, viewer.image, m_commander.panel))));
}

void TestHqPanelEndToEnd::unknownPanelIsRefused()
{
    const Run bad = runTool(QStringLiteral("citytwin"), {QStringLiteral("--twin"), m_twin, QStringLiteral("--panel"), QStringLiteral("nope"),
                                                     QStringLiteral("--screenshot"), m_dir.filePath(QStringLiteral("nope.png"))});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QStringLiteral("--panel nope")) && bad.err.contains(QStringLiteral("shelters")), qPrintable(bad.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nope.png"))));
    const Run help = runTool(QStringLiteral("citytwin"), {QStringLiteral("--help")});
    QVERIFY(help.out.contains(QStringLiteral("--panel")));
}

void TestHqPanelEndToEnd::wrongPasswordIsRefused()
{
    const Run wrong = runTool(QStringLiteral("citytwin"), {QStringLiteral("--twin"), m_twin, QStringLiteral("--operator"), QStringLiteral("cmdr"),
                                                       QStringLiteral("--panel"), QStringLiteral("shelters"), QStringLiteral("--screenshot"),
                                                       m_dir.filePath(QStringLiteral("wrong.png"))},
                          {}, QByteArrayLiteral("not-the-password"));
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains(QStringLiteral("citytwin:")), qPrintable(wrong.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("wrong.png"))));
}

QTEST_GUILESS_MAIN(TestHqPanelEndToEnd)
#include "tst_hq_panel_e2e.moc"
