// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/auth/passwordhash.h"

#include <QCoreApplication>

#include <sodium.h>

namespace ct::auth {

using core::Error;
using core::Result;
using core::Status;

namespace {

/// The bytes that are hashed: NFC, UTF-8.
QByteArray passwordBytes(const QString &password)
{
    return password.normalized(QString::NormalizationForm_C).toUtf8();
}

/// sodium_init() is idempotent and thread-safe; it must have run before any other call.
bool sodiumReady()
{
    return sodium_init() >= 0;
}

/// A hash of a random password nobody knows, made once with the interactive limits: verifying
/// against it costs what verifying a real account costs.
constexpr char kNobodysHash[] =
    "$argon2id$v=19$m=65536,t=2,p=1$nk6ZqJhCnA+Db8ohIoWPrA$bLioyaFAd1tyT9IwclUnigN8wbtLR1SMeGpyHdveRAQ";

} // namespace

Status PasswordHash::checkAcceptable(const QString &password)
{
    const QString normalized = password.normalized(QString::NormalizationForm_C);
    if (normalized.toUcs4().size() < kMinimumLength)
        return Error::invalidInput(
            QCoreApplication::translate("Auth", "a password needs at least %1 characters").arg(kMinimumLength));
    if (normalized.toUtf8().size() > kMaximumBytes)
        return Error::invalidInput(
            QCoreApplication::translate("Auth", "a password may have at most %1 bytes").arg(kMaximumBytes));
    return {};
}

Result<QString> PasswordHash::hash(const QString &password)
{
    if (Status acceptable = checkAcceptable(password); !acceptable)
        return acceptable.error();
    if (!sodiumReady())
        return Error::internal(QStringLiteral("libsodium could not be initialised"));
    const QByteArray bytes = passwordBytes(password);
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, bytes.constData(), static_cast<unsigned long long>(bytes.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return Error::io(QCoreApplication::translate("Auth", "not enough memory to hash the password"));
    return QString::fromLatin1(out);
}

bool PasswordHash::verify(const QString &hash, const QString &password)
{
    if (!sodiumReady())
        return false;
    const QByteArray stored = hash.toLatin1();
    // crypto_pwhash_str_verify reads a NUL-terminated string of at most STRBYTES.
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray bytes = passwordBytes(password);
    if (bytes.size() > kMaximumBytes)
        return false;
    return crypto_pwhash_str_verify(stored.constData(), bytes.constData(), static_cast<unsigned long long>(bytes.size()))
        == 0;
}

void PasswordHash::verifyNothing(const QString &password)
{
    (void)verify(QString::fromLatin1(kNobodysHash), password);
}

} // namespace ct::auth
