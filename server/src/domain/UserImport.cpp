#include "domain/UserImport.h"

#include "common/CsvReader.h"
#include "common/MailAddress.h"
#include "store/Profile.h"
#include "store/ResetCode.h"
#include "store/UserDirectory.h"

#include <algorithm>
#include <optional>

namespace LeoEnt {

using namespace Qt::StringLiterals;

namespace {

const QStringList requiredColumns = {u"login"_s,  u"first_name"_s, u"last_name"_s, u"profile"_s,
                                     u"school"_s, u"class"_s,      u"email"_s,     u"mobile"_s};
const QString codeColumn = u"activation_code"_s; // optional

QStringList headerOf(const CsvReader& csv)
{
    QStringList header;
    for (const QString& name : csv.records().first().fields)
        header.append(name.trimmed().toLower());
    return header;
}

// One record read through the header.
class Row final
{
public:
    Row(const QStringList& header, const QStringList& fields) : m_header(header), m_fields(fields) {}

    QString field(const QString& name) const { return m_fields.value(m_header.indexOf(name)).trimmed(); }
    QString typedCode() const { return m_header.contains(codeColumn) ? field(codeColumn) : QString(); }
    // `class` may name several classes separated by ';' (a teacher of several classes): the first is the account's
    // class, the others are also its classes.
    UserDirectory::Draft draft() const
    {
        QStringList classes = field(u"class"_s).split(u';', Qt::SkipEmptyParts);
        for (QString& name : classes)
            name = name.trimmed();
        classes.removeAll(QString());
        const QString first = classes.isEmpty() ? QString() : classes.takeFirst();
        return {field(u"login"_s),  field(u"first_name"_s), field(u"last_name"_s), Profile::Student,
                field(u"school"_s), first,                  field(u"email"_s),     field(u"mobile"_s),
                classes};
    }

private:
    const QStringList& m_header;
    const QStringList& m_fields;
};

bool validLogin(const QString& login)
{
    return !login.isEmpty() && login.size() <= 128 &&
           std::none_of(login.cbegin(), login.cend(), [](QChar c) { return c.isSpace() || !c.isPrint(); });
}

} // namespace

QString UserImport::fileProblem(const CsvReader& csv)
{
    if (!csv.error().isEmpty())
        return csv.error();
    if (csv.records().isEmpty())
        return u"the file is empty"_s;
    const QStringList header = headerOf(csv);
    for (const QString& name : requiredColumns) {
        if (!header.contains(name))
            return u"the header must name the columns "_s + requiredColumns.join(u',');
    }
    return {};
}

UserImport::UserImport(UserDirectory& users, const OneTimeCodes& activationCodes)
    : m_users(users), m_activationCodes(activationCodes)
{
}

UserImport::~UserImport() = default;

UserImport::Outcome UserImport::run(const CsvReader& csv)
{
    Outcome outcome;
    if (!fileProblem(csv).isEmpty())
        return outcome;
    const QStringList header = headerOf(csv);
    for (const CsvReader::Record& record : csv.records().mid(1)) {
        if (const QString why = refusal(header, record.fields); !why.isEmpty()) {
            outcome.rejected.append({record.line, why});
            continue;
        }
        const Row row(header, record.fields);
        UserDirectory::Draft draft = row.draft();
        draft.profile = *Profiles::parse(row.field(u"profile"_s));
        const std::optional<QString> activationCode = ResetCode::normalised(row.typedCode());
        const bool isNew = m_users.save(draft) == UserDirectory::Saved::Created;
        ++(isNew ? outcome.created : outcome.updated);
        // The code is stored hashed; the account stays without a password until it is activated.
        if (activationCode)
            m_users.setActivationCode(draft.login, *activationCode, m_activationCodes);
        else if (isNew)
            outcome.newLogins.append(draft.login);
    }
    return outcome;
}

// Why the record is refused, or an empty string; the first problem only, in this order.
QString UserImport::refusal(const QStringList& header, const QStringList& fields)
{
    const Row row(header, fields);
    const UserDirectory::Draft draft = row.draft();
    const QString typedCode = row.typedCode();
    const std::optional<QString> activationCode = ResetCode::normalised(typedCode);
    if (fields.size() != header.size())
        return u"expected %1 fields, found %2"_s.arg(header.size()).arg(fields.size());
    if (!validLogin(draft.login))
        return u"the login must be 1 to 128 printable characters without spaces"_s;
    if (draft.firstName.isEmpty() || draft.lastName.isEmpty())
        return u"first_name and last_name are required"_s;
    if (!Profiles::parse(row.field(u"profile"_s)))
        return u"unknown profile (expected Student, Teacher, Personnel, Relative or ELEVE, ENSEIGNANT, PERSEDUCNAT, "
               "PERSRELELEVE)"_s;
    if (!draft.className.isEmpty() && draft.school.isEmpty())
        return u"a class needs a school"_s;
    if (!draft.email.isEmpty() && !MailAddress::isValid(draft.email))
        return u"the e-mail address is not valid (a plain address such as name@example.org)"_s;
    if (!typedCode.isEmpty() && !activationCode)
        return u"the activation code must be 8 characters of abcdefghjkmnprstvwxyz3456789"_s;
    if (activationCode && !m_users.findByLogin(draft.login).value_or(UserRecord()).passwordHash.isEmpty())
        return u"the account already has a password: an activation code is only for an account never activated"_s;
    return {};
}

} // namespace LeoEnt
