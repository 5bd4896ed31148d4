// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"

#include <QString>
#include <QUrl>

namespace ct::cli {

/// \brief `citytwin-cli import TWIN http(s)://…`: fetches a URL once (QNetworkAccessManager, a
/// local event loop) into a file in `directory` named after the URL's last path segment, so the
/// importers recognise it from its content as they do a saved file (a GTFS-Realtime feed, a
/// GTFS zip, …). Refused with a message naming the URL: no answer within `timeoutMs` (connect
/// and transfer), a network error (refused connection, unknown host), an HTTP status ≥ 400 or
/// an empty body. Nothing is written to the twin here.
class UrlDownload
{
public:
    static bool isUrl(const QString &argument);
    static core::Result<QString> fetch(const QUrl &url, const QString &directory, int timeoutMs);
};

} // namespace ct::cli
