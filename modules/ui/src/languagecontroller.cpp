// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "languagecontroller.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QQmlEngine>
#include <QSettings>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcLanguage, "citytwin.language")

namespace ct::ui {

namespace {
const QStringList kLanguages{QStringLiteral("en"), QStringLiteral("ja")};
const QString kSettingsKey = QStringLiteral("ui/language");
} // namespace

LanguageController::LanguageController(QString translationsDirectory, QQmlEngine *engine, QObject *parent)
    : QObject(parent), m_directory(std::move(translationsDirectory)), m_engine(engine)
{
}

LanguageController::~LanguageController()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
}

QStringList LanguageController::available() const
{
    return kLanguages;
}

QString LanguageController::resolve(const QString &choice)
{
    if (kLanguages.contains(choice))
        return choice;
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString language = name.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (kLanguages.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

void LanguageController::restore()
{
    const QString saved = QSettings().value(kSettingsKey).toString();
    m_choice = kLanguages.contains(saved) ? saved : QString();
    apply(resolve(m_choice));
}

void LanguageController::setChoice(const QString &choice)
{
    if (!choice.isEmpty() && !kLanguages.contains(choice))
        return;
    m_choice = choice;
    QSettings().setValue(kSettingsKey, choice);
    apply(resolve(choice));
}

void LanguageController::applyForSession(const QString &language)
{
    if (!kLanguages.contains(language))
        return;
    m_choice = language;
    apply(language);
}

void LanguageController::apply(const QString &language)
{
    for (auto *installed : {&m_translator, &m_qtTranslator}) {
        if (*installed) {
            QCoreApplication::removeTranslator(installed->get());
            installed->reset();
        }
    }
    auto qtTranslator = std::make_unique<QTranslator>();
    if (qtTranslator->load(QStringLiteral("qt_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator.get());
        m_qtTranslator = std::move(qtTranslator);
    }
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(QStringLiteral("citytwin_%1").arg(language), m_directory)) {
        QCoreApplication::installTranslator(translator.get());
        m_translator = std::move(translator);
    } else if (language != QLatin1String("en")) {
        qCWarning(lcLanguage).noquote() << "no translation for" << language << "in" << m_directory;
    }
    m_language = language;
    if (m_engine)
        m_engine->retranslate();
    emit languageChanged();
}

} // namespace ct::ui
