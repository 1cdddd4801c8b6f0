#include "mail/MimeMail.h"

#include "common/MailAddress.h"
#include "mail/MimeEncoding.h"
#include "security/SecureRandom.h"

#include <array>
#include <stdexcept>

namespace LeoEnt {

using namespace Qt::StringLiterals;

QByteArray MimeMail::rfc5322Date(const QDateTime& date)
{
    static constexpr std::array<const char*, 7> days = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static constexpr std::array<const char*, 12> months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime utc = date.toUTC();
    const QDate day = utc.date();
    const QTime time = utc.time();
    return QByteArray(days[static_cast<std::size_t>(day.dayOfWeek() - 1)]) + ", " + QByteArray::number(day.day()) +
           ' ' + months[static_cast<std::size_t>(day.month() - 1)] + ' ' + QByteArray::number(day.year()) + ' ' +
           time.toString(u"hh:mm:ss"_s).toLatin1() + " +0000";
}

QString MimeMail::newMessageId(const QString& fromAddress)
{
    return SecureRandom::uuid() + u'@' + MailAddress::domainOf(fromAddress).toString();
}

QByteArray MimeMail::render() const
{
    if (!MailAddress::isValid(from) || !MailAddress::isValid(to) || !MailAddress::isValid(messageId))
        throw std::invalid_argument("a mail address or message id is not valid");
    QByteArray mail;
    const auto header = [&](const char* name, const QByteArray& value) { mail += name + (": " + value) + "\r\n"; };
    header("From",
           fromName.isEmpty() ? from.toLatin1() : MimeEncoding::encodedWords(fromName) + " <" + from.toLatin1() + '>');
    header("To", to.toLatin1());
    header("Subject", MimeEncoding::encodedWords(subject));
    header("Date", rfc5322Date(date));
    header("Message-ID", '<' + messageId.toLatin1() + '>');
    header("MIME-Version", "1.0");
    header("Content-Type", "text/plain; charset=UTF-8");
    header("Content-Transfer-Encoding", "quoted-printable");
    header("Auto-Submitted", "auto-generated");
    mail += "\r\n";
    mail += MimeEncoding::quotedPrintable(body);
    return mail;
}

} // namespace LeoEnt
