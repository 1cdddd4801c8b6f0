#pragma once

#include <QString>

namespace Common {

// A mobile number checked the way ENT Core checks the one typed at activation (ENT protocol §3.16: its
// PhoneValidation, on Google's libphonenumber): the region from a "+" or "00" prefix, else France; a valid number of
// a mobile type; stored in E.164. Without libphonenumber, only the French numbering plan is known here: metropolitan
// France (+33) and the overseas departments with their own code (+262 Réunion and Mayotte, +590 Guadeloupe, +594
// Guyane, +596 Martinique), with libphonenumber's mobile ranges. Another country code is ForeignCountry: the kiosk
// lets the ENT judge it, the reference server refuses it (never looser than ENT Core).
struct MobileNumber
{
    enum class Verdict { Valid, Invalid, ForeignCountry };

    Verdict verdict = Verdict::Invalid;
    QString e164;     // Valid: "+33612345678"
    QString errorKey; // Invalid: ENT Core's key, phone.validation.error.{empty,invalid.format,invalid.number,
                      // not.mobile,premium.blocked}

    static MobileNumber check(const QString& typed);
};

} // namespace Common
