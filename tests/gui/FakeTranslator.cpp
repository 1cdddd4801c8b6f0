#include "FakeTranslator.h"

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
