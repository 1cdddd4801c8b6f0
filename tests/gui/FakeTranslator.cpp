#include "FakeTranslator.h"

#include "LanguageManager.h"

#include <QCoreApplication>

FakeTranslator::FakeTranslator(QHash<QString, QString> translations)
    : m_translations(std::move(translations))
{
}

QString FakeTranslator::translate(const char* context, const char* sourceText, const char* disambiguation, int n) const
{
    Q_UNUSED(disambiguation)
    Q_UNUSED(n)
    return m_translations.value(QString::fromUtf8(context) + u'|' + QString::fromUtf8(sourceText));
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
