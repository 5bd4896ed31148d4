// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

// The built executables (citytwin, citytwin-cli) run as a user runs them, for end-to-end tests.
// Needs CITYTWIN_BINARY_DIR (set for every citytwin_test).

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace ct::testing {

//! How a run of one of the built executables ended.
struct ToolRun
{
    int exitCode = -1; //!< -1 when it crashed or timed out
    QString out;
    QString err;
};

/// Runs `program` (a name in the build's bin folder, or a path) with `arguments`, writes `input`
/// to its standard input, and gives it `password` as CITYTWIN_PASSWORD (never the tester's own:
/// the variable is removed unless a password is given). Waits `timeoutMs` at most (four minutes).
inline ToolRun runTool(const QString &program, const QStringList &arguments, const QByteArray &input = {},
                       const QByteArray &password = {}, int timeoutMs = 240000)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("CITYTWIN_PASSWORD"));
    if (!password.isNull())
        environment.insert(QStringLiteral("CITYTWIN_PASSWORD"), QString::fromUtf8(password));
    process.setProcessEnvironment(environment);
    process.start(program.contains(QLatin1Char('/')) ? program : QStringLiteral(CITYTWIN_BINARY_DIR "/bin/") + program, arguments);
    if (!input.isEmpty()) {
        process.write(input);
        process.closeWriteChannel();
    }
    ToolRun result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace ct::testing
