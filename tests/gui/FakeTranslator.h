#pragma once

#include <QHash>
#include <QString>
#include <QTranslator>

class LanguageManager;

// A translator with a few strings, so that a language switch shows on screen whether or not the shipped catalogue
// has them yet. Keys are "Context|source text".
class FakeTranslator final : public QTranslator
{
public:
    explicit FakeTranslator(QHash<QString, QString> translations);

    // Installed in the application while `languages` is on `language`, removed when it switches to another one, as
    // the catalogue of that language would be; from now until this translator goes.
    void follow(const LanguageManager& languages, const QString& language);

    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override;

private:
    QHash<QString, QString> m_translations;
};
