#include "core/i18n/PseudoTranslator.h"

#include <QRegularExpression>

namespace LeoKiosk {

using namespace Qt::StringLiterals;

namespace {

// What must stay as it is: placeholders, markup and entities, addresses and links (a pupil's login or a URL the
// screen shows).
const QRegularExpression& keptAsIs()
{
    static const QRegularExpression pattern(
        uR"(%L?\d+|%n|<[^>]*>|&[a-zA-Z]+;|&#\d+;|\S+@\S+|https?://\S+)"_s);
    return pattern;
}

QString lengthenWord(const QString& word)
{
    int letters = 0;
    for (const QChar c : word)
        letters += c.isLetter() ? 1 : 0;
    if (letters == 0)
        return word;
    const int extra = (letters * 4 + 9) / 10; // 40 %, rounded up
    // The extra letters go after the word's last letter, as a repeated vowel: the word stays one word (it cannot be
    // broken by the layout), as a longer real word would be.
    qsizetype last = word.size() - 1;
    while (last >= 0 && !word.at(last).isLetter())
        --last;
    const QChar filler = word.at(last).isUpper() ? u'Ë' : u'ë';
    return word.left(last + 1) + QString(extra, filler) + word.mid(last + 1);
}

QString lengthenPlain(const QString& text)
{
    QString out;
    out.reserve(text.size() * 3 / 2);
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool wordChar = i < text.size() && (text.at(i).isLetterOrNumber() || text.at(i) == u'&' ||
                                                  text.at(i) == u'\'' || text.at(i) == u'’');
        if (wordChar && start < 0) {
            start = i;
        } else if (!wordChar && start >= 0) {
            out += lengthenWord(text.mid(start, i - start));
            start = -1;
        }
        if (!wordChar && i < text.size())
            out += text.at(i);
    }
    return out;
}

} // namespace

PseudoTranslator::PseudoTranslator(std::unique_ptr<QTranslator> base, QObject* parent)
    : QTranslator(parent), m_base(std::move(base))
{
}

PseudoTranslator::~PseudoTranslator() = default;

QString PseudoTranslator::translate(const char* context, const char* sourceText, const char* disambiguation,
                                    int n) const
{
    // Qt's own layout direction marker and any string the base has no translation for are left to the next
    // translator (QCoreApplication falls back to the source text).
    if (qstrcmp(sourceText, "QT_LAYOUT_DIRECTION") == 0)
        return {};
    QString text = m_base ? m_base->translate(context, sourceText, disambiguation, n) : QString();
    if (text.isEmpty())
        text = QString::fromUtf8(sourceText);
    return lengthen(text);
}

QString PseudoTranslator::lengthen(const QString& text)
{
    QString out;
    qsizetype done = 0;
    auto it = keptAsIs().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += lengthenPlain(text.mid(done, match.capturedStart() - done));
        out += match.captured();
        done = match.capturedEnd();
    }
    out += lengthenPlain(text.mid(done));
    return out;
}

} // namespace LeoKiosk
