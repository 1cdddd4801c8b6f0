#include "mail/RecoveryMessages.h"

#include "common/SafeRedirect.h"
#include "common/Translator.h"
#include "config/ServerConfig.h"
#include "store/ResetCode.h"

#include <QStringList>

namespace LeoEnt {

using namespace Qt::StringLiterals;

RecoveryMessages::RecoveryMessages(const ServerConfig& config, const Translator& translator, const SafeRedirect& links)
    : m_config(config), m_translator(translator), m_links(links)
{
}

QString RecoveryMessages::text(const QString& language, const char* key) const
{
    return m_translator.text(language, QString::fromLatin1(key));
}

QString RecoveryMessages::validity(const QString& language) const
{
    return duration(language, m_config.resetCodeLifetimeS);
}

QString RecoveryMessages::duration(const QString& language, int seconds) const
{
    if (seconds % 3600 == 0)
        return seconds == 3600 ? text(language, "duration.hour") : text(language, "duration.hours").arg(seconds / 3600);
    return text(language, "duration.minutes").arg((seconds + 59) / 60);
}

MimeMail RecoveryMessages::mail(const QString& to, const QString& subject, const QString& body) const
{
    return {
        m_config.productName,           m_config.mailFrom, to, subject, body, MimeMail::newMessageId(m_config.mailFrom),
        QDateTime::currentDateTimeUtc()};
}

MimeMail RecoveryMessages::resetCodeMail(const QString& language, const QString& to, const QString& code) const
{
    const QString link = m_links.absolute(QByteArray("/auth/reset/" + code.toLatin1()));
    const QStringList paragraphs = {
        text(language, "mail.hi"),
        text(language, "mail.reset.asked").arg(m_config.productName),
        text(language, "mail.reset.click") + u'\n' + link,
        text(language, "mail.reset.kiosk").arg(ResetCode::grouped(code)),
        text(language, "mail.reset.validity").arg(validity(language)),
        text(language, "mail.reset.ignore"),
        m_config.mailSignature,
    };
    return mail(to, text(language, "mail.reset.subject").arg(m_config.productName), paragraphs.join(u"\n\n"_s));
}

MimeMail RecoveryMessages::passwordChangedMail(const QString& language, const QString& to) const
{
    const QStringList paragraphs = {
        text(language, "mail.hi"),
        text(language, "mail.changed.done").arg(m_config.productName),
        text(language, "mail.changed.notYou"),
        m_config.mailSignature,
    };
    return mail(to, text(language, "mail.changed.subject").arg(m_config.productName), paragraphs.join(u"\n\n"_s));
}

QString RecoveryMessages::resetCodeSms(const QString& language, const QString& code) const
{
    return text(language, "sms.reset").arg(m_config.productName, ResetCode::grouped(code), validity(language));
}

MimeMail RecoveryMessages::identifierMail(const QString& language, const QString& to, const QString& login) const
{
    const QStringList paragraphs = {
        text(language, "mail.hi"),
        text(language, "mail.id.asked").arg(m_config.productName),
        text(language, "mail.id.login").arg(login),
        text(language, "mail.reset.ignore"),
        m_config.mailSignature,
    };
    return mail(to, text(language, "mail.id.subject").arg(m_config.productName), paragraphs.join(u"\n\n"_s));
}

QString RecoveryMessages::identifierSms(const QString& language, const QString& login) const
{
    return text(language, "sms.id").arg(m_config.productName, login);
}

namespace {

// "adele.adams@example.org" -> "a…s@example.org"
QString halfMasked(const QString& address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    if (at < 1)
        return u"…"_s;
    const QString local = address.left(at);
    return local.left(1) + u'…' + (local.size() > 2 ? local.right(1) : QString()) + address.mid(at);
}

} // namespace

MimeMail RecoveryMessages::addressCodeMail(
    const QString& language, const QString& to, const QString& firstName, const QString& code, int lifetimeS) const
{
    const QStringList paragraphs = {
        text(language, "mail.validation.hi").arg(firstName),
        text(language, "mail.validation.intro").arg(code),
        text(language, "mail.validation.duration").arg(duration(language, lifetimeS)),
        text(language, "mail.validation.outro"),
        m_config.mailSignature,
    };
    return mail(to, text(language, "mail.validation.subject").arg(m_config.productName), paragraphs.join(u"\n\n"_s));
}

MimeMail RecoveryMessages::addressChangedMail(const QString& language,
                                              const QString& to,
                                              const QString& firstName,
                                              const QString& newAddress,
                                              const QDateTime& when) const
{
    const QString date = when.toUTC().toString(language == "fr"_L1 ? u"dd/MM/yyyy HH:mm"_s : u"yyyy-MM-dd HH:mm"_s);
    const QStringList paragraphs = {
        text(language, "mail.validation.hi").arg(firstName),
        text(language, "mail.update.warning.intro").arg(m_config.productName),
        text(language, "mail.update.warning.date").arg(date + u" (UTC)"_s) + u'\n' +
            text(language, "mail.update.warning.new.email").arg(halfMasked(newAddress)),
        text(language, "mail.update.warning.outro"),
        m_config.mailSignature,
    };
    return mail(to, text(language, "mail.update.warning.subject").arg(m_config.productName),
                paragraphs.join(u"\n\n"_s));
}

} // namespace LeoEnt
