// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/core/error.h"

namespace ct::core {

namespace {
Error make(Error::Kind kind, QString message, QString where)
{
    return Error{kind, std::move(message), std::move(where)};
}
} // namespace

Error Error::invalidInput(QString message, QString where) { return make(Kind::InvalidInput, std::move(message), std::move(where)); }
Error Error::notFound(QString message, QString where) { return make(Kind::NotFound, std::move(message), std::move(where)); }
Error Error::unsupported(QString message, QString where) { return make(Kind::Unsupported, std::move(message), std::move(where)); }
Error Error::refused(QString message, QString where) { return make(Kind::Refused, std::move(message), std::move(where)); }
Error Error::io(QString message, QString where) { return make(Kind::Io, std::move(message), std::move(where)); }
Error Error::internal(QString message, QString where) { return make(Kind::Internal, std::move(message), std::move(where)); }

QString Error::toString() const
{
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

} // namespace ct::core
