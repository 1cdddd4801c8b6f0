#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace LeoEnt {

class IncomingRequest;

// The module's messages in French and English (server/i18n/*.json). As in ENT Core (ENT protocol §1.4): the
// language is the first Accept-Language tag, language part only; French when the header is missing; English
// for a language without a bundle; the raw key when a text is missing.
class Translator final
{
public:
    // How complete the English texts are ([i18n] english).
    enum class English {
        Complete, // every key has its English text
        EntCore,  // as ENT Core 6.15's auth en.json: the keys it lacks (entCoreMissingEnglish()) come back raw
    };

    explicit Translator(English english = English::Complete);
    // The keys of this bundle that ENT Core's auth module has in fr.json and not in en.json.
    static const QStringList& entCoreMissingEnglish();
    ~Translator();

    QString languageOf(const IncomingRequest& request) const; // from its Accept-Language header
    QString text(const QString& language, const QString& key) const;

private:
    QHash<QString, QHash<QString, QString>> m_bundles;
};

} // namespace LeoEnt
