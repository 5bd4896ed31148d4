// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"

#include <QString>

namespace ct::auth {

/// \brief Password hashing with libsodium's argon2id (`crypto_pwhash_str`, interactive limits:
/// 2 passes over 64 MiB, about half a second here).
///
/// The stored string carries its algorithm, parameters and random salt
/// ("$argon2id$v=19$m=65536,t=2,p=1$…"), so hashes made with other limits still verify.
/// Passwords are compared in Unicode NFC, UTF-8 encoded: the same word typed through different
/// input methods is the same password.
class PasswordHash
{
public:
    static constexpr int kMinimumLength = 8;     //!< characters (Unicode code points)
    static constexpr int kMaximumBytes = 1024;   //!< UTF-8 bytes; longer is refused, not truncated

    /// Whether `password` may be set: at least kMinimumLength characters, at most kMaximumBytes.
    static core::Status checkAcceptable(const QString &password);
    /// A new hash of `password` with a fresh salt; refuses what checkAcceptable() refuses.
    static core::Result<QString> hash(const QString &password);
    /// Whether `password` matches `hash`; false for a malformed hash.
    static bool verify(const QString &hash, const QString &password);
    /// Takes as long as verify() and always fails: used for unknown account names, so the time
    /// a refusal takes does not tell whether the account exists.
    static void verifyNothing(const QString &password);
};

} // namespace ct::auth
