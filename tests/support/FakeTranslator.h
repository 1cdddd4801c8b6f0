#pragma once

#include <QHash>
#include <QString>
#include <QTranslator>

namespace LeoKiosk {
class LanguageManager;
}

namespace LeoKiosk::Test {

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

// What the kiosk shows for a source text of one of its classes ("LoginPage") in the catalogues installed now, whether
// the text is in the class's code or in its form. %n is filled with n when n >= 0.
QString translated(const char* className, const char* source, int n = -1);

} // namespace LeoKiosk::Test
