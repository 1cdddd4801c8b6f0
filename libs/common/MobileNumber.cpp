#include "common/MobileNumber.h"

#include <QRegularExpression>

namespace Common {

using namespace Qt::StringLiterals;

namespace {

MobileNumber invalid(const QString& key)
{
    MobileNumber number;
    number.errorKey = u"phone.validation.error."_s + key;
    return number;
}

// The number after the country code: its type in that country's plan (libphonenumber's metadata for FR, RE/YT, GP,
// GF, MQ).
struct Plan
{
    QString countryCode;
    QRegularExpression mobile;
    QRegularExpression premium; // toll-free, shared cost, premium rate, UAN, voicemail
    QRegularExpression other;   // valid, but fixed line or VoIP
};

const QList<Plan>& plans()
{
    static const QList<Plan> table{
        {u"33"_s, QRegularExpression(u"^(?:6(?:[0-24-8]\\d|3[0-8]|9[589])|7(?:00|[3-9]\\d))\\d{6}$"_s),
         QRegularExpression(u"^8[0-9]\\d{7}$"_s), QRegularExpression(u"^(?:[1-5]\\d|9\\d)\\d{7}$"_s)},
        {u"262"_s, QRegularExpression(u"^(?:69(?:2\\d|3[0-4])|639\\d)\\d{5}$"_s), QRegularExpression(u"^8\\d{8}$"_s),
         QRegularExpression(u"^(?:262|269|9\\d\\d)\\d{6}$"_s)},
        {u"590"_s, QRegularExpression(u"^69(?:0\\d|1[0-7])\\d{5}$"_s), QRegularExpression(u"^8\\d{8}$"_s),
         QRegularExpression(u"^(?:590|9\\d\\d)\\d{6}$"_s)},
        {u"594"_s, QRegularExpression(u"^694(?:[0-249]\\d|3[0-8])\\d{4}$"_s), QRegularExpression(u"^8\\d{8}$"_s),
         QRegularExpression(u"^(?:594|9\\d\\d)\\d{6}$"_s)},
        {u"596"_s, QRegularExpression(u"^69[67]\\d{6}$"_s), QRegularExpression(u"^8\\d{8}$"_s),
         QRegularExpression(u"^(?:596|9\\d\\d)\\d{6}$"_s)},
    };
    return table;
}

} // namespace

MobileNumber MobileNumber::check(const QString& typed)
{
    QString text = typed.trimmed();
    if (text.isEmpty())
        return invalid(u"empty"_s);
    // libphonenumber reads through the punctuation people type between digits.
    static const QRegularExpression punctuation(u"[\\s.\\-/()\\x{00A0}]"_s,
                                                QRegularExpression::UseUnicodePropertiesOption);
    text.remove(punctuation);
    if (text.startsWith(u"00"_s))
        text = u'+' + text.mid(2);
    static const QRegularExpression shape(u"^\\+?[0-9]+$"_s);
    if (!shape.match(text).hasMatch() || text.size() < 3)
        return invalid(u"invalid.format"_s);

    QString country;
    QString national;
    if (text.startsWith(u'+')) {
        const QString digits = text.mid(1);
        for (const Plan& plan : plans()) {
            if (digits.startsWith(plan.countryCode)) {
                country = plan.countryCode;
                national = digits.mid(plan.countryCode.size());
                break;
            }
        }
        if (country.isEmpty()) {
            MobileNumber foreign;
            foreign.verdict = digits.size() >= 7 && digits.size() <= 15 ? Verdict::ForeignCountry : Verdict::Invalid;
            if (foreign.verdict == Verdict::Invalid)
                foreign.errorKey = u"phone.validation.error.invalid.number"_s;
            else
                foreign.e164 = text;
            return foreign;
        }
        if (national.startsWith(u'0')) // "+33 (0)6…" once the brackets are gone
            national = national.mid(1);
    } else {
        // Without a prefix, the region is France: a national number starts with its trunk 0.
        if (!text.startsWith(u'0'))
            return invalid(u"invalid.number"_s);
        country = u"33"_s;
        national = text.mid(1);
    }
    for (const Plan& plan : plans()) {
        if (plan.countryCode != country)
            continue;
        if (plan.mobile.match(national).hasMatch()) {
            MobileNumber number;
            number.verdict = Verdict::Valid;
            number.e164 = u'+' + country + national;
            return number;
        }
        if (plan.premium.match(national).hasMatch())
            return invalid(u"premium.blocked"_s);
        if (plan.other.match(national).hasMatch())
            return invalid(u"not.mobile"_s);
    }
    return invalid(u"invalid.number"_s);
}

} // namespace Common
