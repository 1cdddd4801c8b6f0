#include "core/i18n/LanguageManager.h"

#include "core/i18n/PseudoTranslator.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
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
// The catalogue the pseudo-language lengthens: the product's reference wording.
const QString pseudoBase = u"fr"_s;

QString catalogueName(const QString& language)
{
    return u"leokiosk_"_s + language;
}

} // namespace

LanguageManager::LanguageManager(QStringList available, QString defaultLanguage, QObject* parent)
    : QObject(parent), m_default(std::move(defaultLanguage))
{
    for (const QString& language : std::as_const(available)) {
        if (hasCatalogue(language))
            m_available.append(language);
        else
            qCWarning(lcLanguage) << "no catalogue for" << language << "- not offered";
    }
    if (!setLanguage(m_default)) {
        // The strings on screen are the source ones: say so rather than claim a language that is not shown.
        qCWarning(lcLanguage) << "no catalogue for the default language" << m_default << "- showing" << sourceLanguage;
        m_current = sourceLanguage;
    }
}

LanguageManager::~LanguageManager() = default;

bool LanguageManager::hasCatalogue(const QString& language)
{
    if (language == sourceLanguage || language == QLatin1StringView(pseudoLanguage))
        return true;
    return QFile::exists(u":/i18n/"_s + catalogueName(language) + u".qm"_s);
}

bool LanguageManager::setLanguage(const QString& language)
{
    if (!m_available.contains(language))
        return false;
    if (language == m_current)
        return true;

    const bool pseudo = language == QLatin1StringView(pseudoLanguage);
    const QString catalogueLanguage = pseudo ? pseudoBase : language;
    std::unique_ptr<QTranslator> app = std::make_unique<QTranslator>();
    const bool appLoaded = app->load(catalogueName(catalogueLanguage), u":/i18n"_s);
    if (!appLoaded && language != sourceLanguage)
        return false;
    if (pseudo)
        app = std::make_unique<PseudoTranslator>(std::move(app));
    app->setParent(this);
    auto qt = std::make_unique<QTranslator>(this);
    const bool qtLoaded =
        qt->load(u"qtbase_"_s + catalogueLanguage, QLibraryInfo::path(QLibraryInfo::TranslationsPath));

    for (QTranslator* old : {m_app, m_qt}) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
    m_app = nullptr;
    m_qt = nullptr;
    // Qt's catalogue first, so that the app's, installed last, is asked first.
    if (qtLoaded) {
        m_qt = qt.release();
        QCoreApplication::installTranslator(m_qt);
    }
    if (appLoaded) {
        m_app = app.release();
        QCoreApplication::installTranslator(m_app);
    }
    m_current = language;
    QLocale::setDefault(QLocale(localeName(language)));
    Q_EMIT languageChanged(language);
    return true;
}

QString LanguageManager::localeName(const QString& language)
{
    if (language == QLatin1StringView(pseudoLanguage))
        return pseudoBase;
    if (language == u"pt"_s)
        return u"pt_PT"_s; // European Portuguese, as the catalogue (QLocale alone would take Brazil's)
    return language;
}

QString LanguageManager::nativeName(const QString& language)
{
    // The languages the kiosk ships, as their speakers write them (CLDR's names carry a region: "español de España").
    static const QHash<QString, QString> names{
        {u"fr"_s, u"Français"_s}, {u"en"_s, u"English"_s},  {u"ar"_s, u"العربية"_s},   {u"uk"_s, u"Українська"_s},
        {u"pt"_s, u"Português"_s}, {u"tr"_s, u"Türkçe"_s}, {u"ro"_s, u"Română"_s}, {u"es"_s, u"Español"_s},
        {QLatin1StringView(pseudoLanguage), u"Pseudo (+40 %)"_s}};
    if (const auto it = names.constFind(language); it != names.constEnd())
        return *it;
    QString name = QLocale(language).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name.isEmpty() ? language : name;
}

Qt::LayoutDirection LanguageManager::layoutDirection(const QString& language)
{
    if (language == QLatin1StringView(pseudoLanguage) || language == sourceLanguage)
        return Qt::LeftToRight;
    return QLocale(localeName(language)).textDirection();
}

} // namespace LeoKiosk
