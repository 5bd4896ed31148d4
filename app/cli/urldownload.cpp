// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "urldownload.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace ct::cli {

bool UrlDownload::isUrl(const QString &argument)
{
    return argument.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || argument.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

core::Result<QString> UrlDownload::fetch(const QUrl &url, const QString &directory, int timeoutMs)
{
    const QString where = url.toDisplayString();
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return core::Error::invalidInput(QCoreApplication::translate("Cli", "not an http(s) URL"), where);
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    bool timedOut = false;
    // The transfer timeout covers a stalled transfer; this one the whole exchange.
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    deadline.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    deadline.stop();
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    const QNetworkReply::NetworkError error = reply->error();
    const QString errorText = reply->errorString();
    reply->deleteLater();
    if (timedOut || error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError)
        return core::Error::io(QCoreApplication::translate("Cli", "no answer within %1 s").arg(timeoutMs / 1000.0), where);
    if (status >= 400)
        return core::Error::io(QCoreApplication::translate("Cli", "the server answered HTTP %1 %2").arg(status).arg(reason), where);
    if (error != QNetworkReply::NoError)
        return core::Error::io(QCoreApplication::translate("Cli", "cannot fetch: %1").arg(errorText), where);
    if (body.isEmpty())
        return core::Error::io(QCoreApplication::translate("Cli", "the server sent an empty answer"), where);
    QString name = url.fileName();
    if (name.isEmpty())
        name = QStringLiteral("download");
    const QString path = QDir(directory).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size())
        return core::Error::io(QCoreApplication::translate("Cli", "cannot write the fetched data: %1").arg(file.errorString()), path);
    return path;
}

} // namespace ct::cli
