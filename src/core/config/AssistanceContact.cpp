#include "core/config/AssistanceContact.h"

#include <QRegularExpression>

namespace LeoKiosk {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype maxContacts = 10;
constexpr qsizetype maxFieldLength = 120;

QString checkFields(const AssistanceContact& contact)
{
    static const QRegularExpression phone(u"^\\+?[0-9][0-9 .\\-]{3,24}$"_s);
    static const QRegularExpression email(u"^[^@\\s|;]+@[^@\\s|;]+\\.[^@\\s|;]+$"_s);
    if (contact.who.isEmpty())
        return u"who (the first field) is empty"_s;
    for (const QString& field : {contact.who, contact.where, contact.when, contact.phone, contact.mail}) {
        if (field.size() > maxFieldLength)
            return u"a field is longer than %1 characters"_s.arg(maxFieldLength);
    }
    if (contact.where.isEmpty() && contact.phone.isEmpty() && contact.mail.isEmpty())
        return u"gives no way to reach the contact (where, phone or email)"_s;
    if (!contact.phone.isEmpty() && !phone.match(contact.phone).hasMatch())
        return u"\"%1\" is not a phone number"_s.arg(contact.phone);
    if (!contact.mail.isEmpty() && !email.match(contact.mail).hasMatch())
        return u"\"%1\" is not an e-mail address"_s.arg(contact.mail);
    return {};
}

} // namespace

std::optional<QList<AssistanceContact>> AssistanceContact::parseList(const QString& text, QString& error)
{
    QList<AssistanceContact> contacts;
    const QStringList entries = text.split(u';', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries[i].trimmed().isEmpty())
            continue;
        QStringList fields = entries[i].split(u'|');
        if (fields.size() > 5) {
            error = u"entry %1 has %2 fields; the form is who|where|when|phone|email"_s.arg(i + 1).arg(fields.size());
            return std::nullopt;
        }
        while (fields.size() < 5)
            fields.append(QString());
        for (QString& field : fields)
            field = field.simplified();
        const AssistanceContact contact{fields[0], fields[1], fields[2], fields[3], fields[4]};
        if (const QString why = checkFields(contact); !why.isEmpty()) {
            error = u"entry %1 (%2): %3"_s.arg(i + 1).arg(entries[i].trimmed(), why);
            return std::nullopt;
        }
        contacts.append(contact);
    }
    if (contacts.size() > maxContacts) {
        error = u"%1 entries; at most %2 fit on the screen"_s.arg(contacts.size()).arg(maxContacts);
        return std::nullopt;
    }
    return contacts;
}

QString AssistanceContact::formatList(const QList<AssistanceContact>& contacts)
{
    QStringList entries;
    for (const AssistanceContact& c : contacts)
        entries.append(QStringList{c.who, c.where, c.when, c.phone, c.mail}.join(u'|'));
    return entries.join(u"; "_s);
}

} // namespace LeoKiosk
