#include "support/FakeTranslator.h"

#include "core/i18n/LanguageManager.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace LeoKiosk::Test {

FakeTranslator::FakeTranslator(QHash<QString, QString> translations)
    : m_translations(std::move(translations))
{
}

QString FakeTranslator::translate(const char* context, const char* sourceText, const char* disambiguation, int n) const
{
    Q_UNUSED(disambiguation)
    Q_UNUSED(n)
    // Keys name the class alone: tr() in a class translates under its qualified name (LeoKiosk::Gui::LoginPage),
    // the class's form under the bare one (LoginPage).
    const QString className = QString::fromUtf8(context).section(u"::"_s, -1);
    return m_translations.value(className + u'|' + QString::fromUtf8(sourceText));
}

QString translated(const char* className, const char* source, int n)
{
    // the source text as shown untranslated (%n filled in): what no catalogue has a context for
    const QString untranslated = QCoreApplication::translate("LeoKiosk::Test::untranslated", source, nullptr, n);
    for (const char* prefix : {"LeoKiosk::Gui::", "LeoKiosk::"}) {
        const QByteArray context = QByteArray(prefix) + className;
        const QString text = QCoreApplication::translate(context.constData(), source, nullptr, n);
        if (text != untranslated)
            return text;
    }
    return QCoreApplication::translate(className, source, nullptr, n);
}

void FakeTranslator::follow(const LanguageManager& languages, const QString& language)
{
    const auto apply = [this, language](const QString& current) {
        if (current == language)
            QCoreApplication::installTranslator(this);
        else
            QCoreApplication::removeTranslator(this);
    };
    apply(languages.current());
    connect(&languages, &LanguageManager::languageChanged, this, apply);
}

} // namespace LeoKiosk::Test
