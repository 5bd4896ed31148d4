// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQmlEngine;
class QTranslator;

namespace ct::ui {

/// \brief The UI language: follows the system locale unless the user chose one in the settings;
/// the choice is remembered (QSettings) and applied at once, without a restart.
class LanguageController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("LanguageController is created by the application")
    /// "" = follow the system; otherwise "ja" or "en".
    Q_PROPERTY(QString choice READ choice WRITE setChoice NOTIFY languageChanged)
    /// The language in effect: "ja" or "en".
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(QStringList available READ available CONSTANT)

public:
    /// `translationsDirectory` holds citytwin_<lang>.qm. `engine` may be null (command line).
    LanguageController(QString translationsDirectory, QQmlEngine *engine, QObject *parent = nullptr);
    ~LanguageController() override;

    QString choice() const { return m_choice; }
    /// Applies and remembers a choice. An unknown language is ignored.
    void setChoice(const QString &choice);
    /// Applies a language for this run only (command-line --lang), without remembering it.
    void applyForSession(const QString &language);
    QString language() const { return m_language; }
    QStringList available() const;
    /// Reads the remembered choice and applies it (or the system language).
    void restore();

    /// The language a choice resolves to: the choice, else the system locale if supported, else "en".
    static QString resolve(const QString &choice);

signals:
    void languageChanged();

private:
    void apply(const QString &language);
    QString m_directory;
    QQmlEngine *m_engine;
    QString m_choice;
    QString m_language;
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<QTranslator> m_qtTranslator; //!< Qt's own strings (dialog buttons), from qt6-translations-l10n
};

} // namespace ct::ui
