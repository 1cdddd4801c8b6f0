// MimeEncoding: RFC 2047 encoded words for headers and quoted-printable bodies, as the recovery mails use them.

#include "mail/MimeEncoding.h"

#include <QTest>

using namespace LeoEnt;
using namespace Qt::StringLiterals;

namespace {

// The text of a header value made of encoded words, decoded back.
QString decodeWords(const QByteArray& encoded)
{
    QByteArray utf8;
    for (const QByteArray& word : encoded.split('\n')) {
        const QByteArray trimmed = word.trimmed();
        if (!trimmed.startsWith("=?UTF-8?B?") || !trimmed.endsWith("?="))
            return u"<not an encoded word: %1>"_s.arg(QString::fromLatin1(trimmed));
        utf8 += QByteArray::fromBase64(trimmed.mid(10, trimmed.size() - 12));
    }
    return QString::fromUtf8(utf8);
}

// Quoted-printable decoded back (soft breaks removed, =XX turned into bytes), as UTF-8 text with \n line ends.
QString decodeQuotedPrintable(const QByteArray& encoded)
{
    QByteArray bytes;
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded.at(i);
        if (c == '=' && encoded.mid(i + 1, 2) == "\r\n") {
            i += 2;
        } else if (c == '=') {
            bytes += static_cast<char>(encoded.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        } else if (c != '\r') {
            bytes += c;
        }
    }
    return QString::fromUtf8(bytes);
}

QList<QByteArray> physicalLines(const QByteArray& encoded)
{
    return encoded.split('\n');
}

} // namespace

class TestMimeEncoding final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodedWordsOfAsciiText();
    void encodedWordsRoundTrip_data();
    void encodedWordsRoundTrip();
    void encodedWordsNeverSplitACharacter();
    void quotedPrintableKeepsPlainAscii();
    void quotedPrintableEncodesNonAscii();
    void quotedPrintableLinesStayShort();
    void quotedPrintableGuardsDotAndFrom();
    void quotedPrintableEncodesTrailingSpace();
};

void TestMimeEncoding::encodedWordsOfAsciiText()
{
    QCOMPARE(MimeEncoding::encodedWords(u"Hello"_s), QByteArray("=?UTF-8?B?SGVsbG8=?="));
    QCOMPARE(MimeEncoding::encodedWords(QString()), QByteArray("=?UTF-8?B?" "?="));
}

void TestMimeEncoding::encodedWordsRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("accents") << u"Réinitialisation de votre mot de passe — ENT LEO"_s;
    QTest::newRow("long") << QString(300, u'é');
    QTest::newRow("emoji") << u"Code 🔑 pour Zoé 🎓🎓🎓🎓🎓🎓🎓🎓🎓🎓🎓🎓🎓🎓🎓🎓🎓🎓🎓🎓"_s;
    QTest::newRow("crlf") << u"line one\r\nBcc: someone@example.org"_s;
}

void TestMimeEncoding::encodedWordsRoundTrip()
{
    QFETCH(QString, text);
    const QByteArray encoded = MimeEncoding::encodedWords(text);
    QCOMPARE(decodeWords(encoded), text);
    for (const QByteArray& line : physicalLines(encoded)) {
        QVERIFY2(line.size() <= 76, line.constData());
        QVERIFY(!line.contains('\r') || line.endsWith('\r'));
    }
    // only the folding breaks: CRLF followed by a space
    QCOMPARE(encoded.count('\n'), encoded.count("\r\n "));
    QCOMPARE(encoded.count('\r'), encoded.count("\r\n "));
}

void TestMimeEncoding::encodedWordsNeverSplitACharacter()
{
    // 44 ASCII bytes then a 4-byte character: it cannot fit in the first 45-byte word and must start the second.
    const QString text = QString(44, u'a') + u"🎓"_s;
    const QByteArray encoded = MimeEncoding::encodedWords(text);
    const QList<QByteArray> words = encoded.split('\n');
    QCOMPARE(words.size(), 2);
    const QByteArray first = words.at(0).trimmed();
    QCOMPARE(QByteArray::fromBase64(first.mid(10, first.size() - 12)), QByteArray(44, 'a'));
    const QByteArray second = words.at(1).trimmed();
    QCOMPARE(QString::fromUtf8(QByteArray::fromBase64(second.mid(10, second.size() - 12))), u"🎓"_s);
}

void TestMimeEncoding::quotedPrintableKeepsPlainAscii()
{
    QCOMPARE(MimeEncoding::quotedPrintable(u"Bonjour,\nvotre code : k7m3-pq9x"_s),
             QByteArray("Bonjour,\r\nvotre code : k7m3-pq9x\r\n"));
    QCOMPARE(MimeEncoding::quotedPrintable(u"a=b"_s), QByteArray("a=3Db\r\n"));
    QCOMPARE(MimeEncoding::quotedPrintable(u"one\r\ntwo\rthree"_s), QByteArray("one\r\ntwo\r\nthree\r\n"));
}

void TestMimeEncoding::quotedPrintableEncodesNonAscii()
{
    QCOMPARE(MimeEncoding::quotedPrintable(u"été"_s), QByteArray("=C3=A9t=C3=A9\r\n"));
    const QString text = u"Adèle, votre identifiant est adele.adams.\nÀ bientôt 🎓"_s;
    QCOMPARE(decodeQuotedPrintable(MimeEncoding::quotedPrintable(text)), text + u'\n');
}

void TestMimeEncoding::quotedPrintableLinesStayShort()
{
    const QString text = QString(200, u'x') + u'\n' + QString(100, u'é') + u'\n' + QString(75, u'=');
    const QByteArray encoded = MimeEncoding::quotedPrintable(text);
    for (const QByteArray& line : physicalLines(encoded)) {
        const QByteArray content = line.endsWith('\r') ? line.chopped(1) : line;
        QVERIFY2(content.size() <= 76, content.constData());
        // every '=' is an =XX within the line, or the soft break that ends it: a break never cuts an =XX in two
        for (qsizetype i = content.indexOf('='); i >= 0; i = content.indexOf('=', i + 1)) {
            const bool softBreak = i == content.size() - 1 && line.endsWith('\r');
            QVERIFY2(softBreak || i + 2 < content.size(), content.constData());
            if (!softBreak)
                i += 2;
        }
    }
    QCOMPARE(decodeQuotedPrintable(encoded), text + u'\n');
}

void TestMimeEncoding::quotedPrintableGuardsDotAndFrom()
{
    QCOMPARE(MimeEncoding::quotedPrintable(u".\nFrom me\nFromage"_s), QByteArray("=2E\r\n=46rom me\r\nFromage\r\n"));
}

void TestMimeEncoding::quotedPrintableEncodesTrailingSpace()
{
    QCOMPARE(MimeEncoding::quotedPrintable(u"end \nmid dle\t"_s), QByteArray("end=20\r\nmid dle=09\r\n"));
}

QTEST_APPLESS_MAIN(TestMimeEncoding)
#include "tst_servermimeencoding.moc"
