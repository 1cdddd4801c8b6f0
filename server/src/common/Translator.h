#pragma once

#include <QHash>
#include <QString>

namespace LeoEnt {

class IncomingRequest;

// The module's messages in French and English (server/i18n/*.json). As in ENT Core (ENT protocol §1.4): the
// language is the first Accept-Language tag, language part only; French when the header is missing; English
// for a language without a bundle; the raw key when a text is missing.
class Translator final
{
public:
    Translator();
    ~Translator();

    QString languageOf(const IncomingRequest& request) const; // from its Accept-Language header
    QString text(const QString& language, const QString& key) const;

private:
    QHash<QString, QHash<QString, QString>> m_bundles;
};

} // namespace LeoEnt
