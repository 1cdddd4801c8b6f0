#include "cli/DemoCommand.h"

#include "cli/CommandContext.h"
#include "cli/DemoData.h"
#include "domain/PasswordPolicy.h"
#include "security/PasswordHasher.h"
#include "security/SecretWipe.h"
#include "store/OneTimeCodes.h"
#include "store/Profile.h"
#include "store/ResetCode.h"
#include "store/Store.h"
#include "store/UserDirectory.h"

#include <QStringList>
#include <QTextStream>

#include <algorithm>

namespace LeoEnt {

using namespace Qt::StringLiterals;

namespace {

QStringList cells(const DemoData::Account& account)
{
    return {account.login,
            account.name,
            account.profile,
            account.school,
            account.className,
            account.password.isEmpty() ? u"-"_s : QString::fromLatin1(account.password),
            account.activationCode.isEmpty() ? QString() : ResetCode::grouped(account.activationCode)};
}

} // namespace

namespace DemoCommand {

int run(const CommandContext& context)
{
    const ServerConfig config = context.loadConfig();
    const auto store = context.openStore(config);
    UserDirectory users(*store);
    const PasswordHasher hasher;
    const OneTimeCodes activationCodes(*store, OneTimeCodes::Kind::Activation, 0, config.resetCodeMaxTries);
    QList<DemoData::Account> accounts =
        DemoData::create(users, hasher, CommandContext::passwordPolicy(config), activationCodes);

    const QStringList headings = {u"login"_s, u"name"_s,     u"profile"_s,        u"school"_s,
                                  u"class"_s, u"password"_s, u"activation code"_s};
    QList<qsizetype> widths;
    for (const QString& heading : headings)
        widths.append(heading.size());
    for (const DemoData::Account& account : accounts) {
        const QStringList row = cells(account);
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    QTextStream& out = context.out();
    const auto printRow = [&](const QStringList& row) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += row[i].leftJustified(widths[i] + 2, u' ');
        out << line.trimmed() << u'\n';
    };
    printRow(headings);
    QStringList staff;
    for (DemoData::Account& account : accounts) {
        printRow(cells(account));
        wipe(account.password);
        wipe(account.activationCode);
        if (account.adminLocal)
            staff.append(account.login + u" (ADML, every pupil of "_s + account.school + u')');
        else if ((account.profile == Profiles::entCode(Profile::Teacher) ||
                  account.profile == Profiles::entCode(Profile::Personnel)) &&
                 !account.className.isEmpty())
            staff.append(account.login + u" ("_s + account.className + u')');
    }
    out << u"\nThese passwords and activation codes are shown once and stored nowhere in clear.\n"_s
        << u"The account with an activation code is not activated yet: sign in with the code as the password.\n"_s
        << u"Adults who can make a renewal code (\"Aider un élève\" at the kiosk) for the pupils of their classes: "_s << staff.join(u", "_s) << u".\n"_s;
    return 0;
}

} // namespace DemoCommand

} // namespace LeoEnt
