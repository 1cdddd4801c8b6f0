#pragma once

#include <QStringView>

namespace LeoEnt {

// A plain e-mail address as it may appear in a mail header and an SMTP envelope: ASCII only, one @, a dot-atom
// local part and a host name, no display name, comment, quoting, space or control character. Anything else is
// refused rather than escaped, so that no stored address can add a header.
namespace MailAddress {

bool isValid(QStringView address);
QStringView domainOf(QStringView address); // the part after the @ of a valid address

} // namespace MailAddress

} // namespace LeoEnt
