#include "common/Translator.h"

#include "common/Failure.h"
#include "http/IncomingRequest.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace LeoEnt {

using namespace Qt::StringLiterals;

const QStringList& Translator::entCoreMissingEnglish()
{
    // auth/src/main/resources/i18n/en.json of ENT Core 6.15.4 against its fr.json (ENT protocol §17, item 8).
    static const QStringList keys{u"auth.error.ban"_s, u"auth.error.blockedUser"_s, u"auth.error.blockedProfileType"_s,
                                  u"auth.error.global"_s, u"auth.error.otpDisabled"_s};
    return keys;
}

Translator::Translator(English english)
{
    for (const QString& language : {u"fr"_s, u"en"_s}) {
        QFile file(u":/i18n/"_s + language + u".json"_s);
        if (!file.open(QIODevice::ReadOnly))
            fail(u"missing i18n bundle"_s);
        const QJsonObject bundle = QJsonDocument::fromJson(file.readAll()).object();
        QHash<QString, QString>& texts = m_bundles[language];
        for (auto it = bundle.begin(); it != bundle.end(); ++it)
            texts.insert(it.key(), it.value().toString());
    }
    if (english == English::EntCore) {
        for (const QString& key : entCoreMissingEnglish())
            m_bundles[u"en"_s].remove(key);
    }
}

Translator::~Translator() = default;

QString Translator::languageOf(const IncomingRequest& request) const
{
    const QByteArray acceptLanguage = request.header("Accept-Language");
    const QByteArrayView first = QByteArrayView(acceptLanguage).trimmed();
    if (first.isEmpty())
        return u"fr"_s;
    qsizetype end = 0;
    while (end < first.size() && QChar::isLetter(static_cast<uchar>(first.at(end))))
        ++end;
    const QString language = QString::fromLatin1(first.first(end)).toLower();
    return m_bundles.contains(language) ? language : u"en"_s;
}

QString Translator::text(const QString& language, const QString& key) const
{
    return m_bundles.value(language).value(key, key);
}

} // namespace LeoEnt
