#include "support/RecoveryMail.h"

#include "support/SmtpSink.h"

#include <QRegularExpression>

namespace LeoKiosk::Test {

using namespace Qt::StringLiterals;

RecoveryMail::RecoveryMail(const QByteArray& raw)
{
    const qsizetype end = raw.indexOf("\r\n\r\n");
    m_body = end < 0 ? QByteArray() : raw.mid(end + 4);
    for (const QByteArray& line : raw.left(end).split('\n')) {
        const QByteArray trimmed = line.endsWith('\r') ? line.chopped(1) : line;
        if ((trimmed.startsWith(' ') || trimmed.startsWith('\t')) && !m_headers.isEmpty()) {
            m_headers.last().second += trimmed; // a folded line continues the previous header
            continue;
        }
        const qsizetype colon = trimmed.indexOf(':');
        if (colon > 0)
            m_headers.append({trimmed.left(colon), trimmed.mid(colon + 1).trimmed()});
    }
}

QList<QByteArray> RecoveryMail::headerNames() const
{
    QList<QByteArray> names;
    for (const auto& header : m_headers)
        names.append(header.first);
    return names;
}

QByteArray RecoveryMail::header(QByteArrayView name) const
{
    for (const auto& header : m_headers) {
        if (name.compare(header.first, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

QString RecoveryMail::subject() const
{
    static const QRegularExpression word(u"=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="_s);
    QByteArray decoded;
    auto it = word.globalMatch(QString::fromLatin1(header("Subject")));
    while (it.hasNext())
        decoded += QByteArray::fromBase64(it.next().captured(1).toLatin1());
    return QString::fromUtf8(decoded);
}

QString RecoveryMail::body() const
{
    QByteArray decoded;
    QByteArray text = m_body;
    text.replace("=\r\n", "").replace("\r\n", "\n");
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == '=' && i + 2 < text.size()) {
            decoded += char(text.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        } else {
            decoded += text.at(i);
        }
    }
    return QString::fromUtf8(decoded);
}

QString RecoveryMail::link() const
{
    static const QRegularExpression url(u"https?://\\S+"_s);
    return url.match(body()).captured();
}

QString RecoveryMail::linkCode() const
{
    return link().section(u'/', -1);
}

QString RecoveryMail::typedCode() const
{
    static const QRegularExpression code(u"\\b([a-z0-9]{4})-([a-z0-9]{4})\\b"_s);
    const QRegularExpressionMatch match = code.match(body());
    return match.captured(1) + match.captured(2);
}

QList<RecoveryMail> RecoveryMail::since(const SmtpSink& sink, qsizetype count)
{
    QList<RecoveryMail> mails;
    for (const QByteArray& raw : sink.messages().mid(count))
        mails.append(RecoveryMail(raw));
    return mails;
}

std::optional<RecoveryMail> RecoveryMail::waitFor(SmtpSink& sink,
                                                  qsizetype before,
                                                  const std::function<bool(const RecoveryMail&)>& wanted,
                                                  int timeoutMs)
{
    for (qsizetype seen = before;; ++seen) {
        if (seen >= sink.messages().size() && !sink.waitForMessages(int(seen + 1), timeoutMs))
            return std::nullopt;
        RecoveryMail mail(sink.messages().at(seen));
        if (wanted(mail))
            return mail;
    }
}

RecoveryMail RecoveryMail::waitForMailTo(SmtpSink& sink, qsizetype before, const QByteArray& to, int timeoutMs)
{
    return waitFor(
               sink, before, [&to](const RecoveryMail& mail) { return mail.header("To") == to; }, timeoutMs)
        .value_or(RecoveryMail({}));
}

QList<RecoveryMail>
RecoveryMail::throughBarrier(SmtpSink& sink, qsizetype before, const QByteArray& barrier, int timeoutMs)
{
    if (!waitFor(
            sink, before, [&barrier](const RecoveryMail& mail) { return mail.header("To") == barrier; }, timeoutMs))
        return {};
    return since(sink, before);
}

} // namespace LeoKiosk::Test
