#include "core/i18n/LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

#include <memory>

namespace LeoKiosk {

using namespace Qt::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcLanguage, "leokiosk.language")

// The language the app's strings are written in: it needs no catalogue of its own.
const QString sourceLanguage = u"en"_s;

} // namespace

LanguageManager::LanguageManager(QStringList available, QString defaultLanguage, QObject* parent)
    : QObject(parent), m_available(std::move(available)), m_default(std::move(defaultLanguage))
{
    if (!setLanguage(m_default)) {
        // The strings on screen are the source ones: say so rather than claim a language that is not shown.
        qCWarning(lcLanguage) << "no catalogue for the default language" << m_default << "- showing" << sourceLanguage;
        m_current = sourceLanguage;
    }
}

LanguageManager::~LanguageManager() = default;

bool LanguageManager::setLanguage(const QString& language)
{
    if (!m_available.contains(language))
        return false;
    if (language == m_current)
        return true;

    auto app = std::make_unique<QTranslator>(this);
    const bool appLoaded = app->load(u"leokiosk_"_s + language, u":/i18n"_s);
    if (!appLoaded && language != sourceLanguage)
        return false;
    auto qt = std::make_unique<QTranslator>(this);
    const bool qtLoaded = qt->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));

    for (QTranslator* old : {m_app, m_qt}) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
    m_app = nullptr;
    m_qt = nullptr;
    if (appLoaded) {
        m_app = app.release();
        QCoreApplication::installTranslator(m_app);
    }
    if (qtLoaded) {
        m_qt = qt.release();
        QCoreApplication::installTranslator(m_qt);
    }
    m_current = language;
    QLocale::setDefault(QLocale(language));
    Q_EMIT languageChanged(language);
    return true;
}

QString LanguageManager::nativeName(const QString& language)
{
    if (language == u"fr"_s)
        return u"Français"_s;
    if (language == u"en"_s)
        return u"English"_s;
    QString name = QLocale(language).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name.isEmpty() ? language : name;
}

} // namespace LeoKiosk
