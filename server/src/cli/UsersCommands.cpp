#include "cli/UsersCommands.h"

#include "common/SecretLine.h"

#include "cli/CommandContext.h"
#include "common/CsvReader.h"
#include "common/Failure.h"
#include "common/MailAddress.h"
#include "domain/LoginThrottle.h"
#include "domain/PasswordPolicy.h"
#include "domain/UserImport.h"
#include "security/PasswordHasher.h"
#include "security/SecretWipe.h"
#include "store/OneTimeCodes.h"
#include "store/Profile.h"
#include "store/ResetCode.h"
#include "store/Store.h"
#include "store/UserDirectory.h"

#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace LeoEnt {

using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void unknownLogin(const QString& login)
{
    fail(u"no account has the login "_s + login);
}

// One line from standard input (not echoed on a terminal).
QByteArray readSecretLine()
{
    std::optional<QByteArray> secret = Common::readSecretLine("Password: ");
    if (!secret)
        fail(u"no password on standard input"_s);
    return std::move(*secret);
}

// argon2id costs tens of milliseconds: the hashes are computed on every core.
void printGeneratedPasswords(const CommandContext& context,
                             UserDirectory& users,
                             const QStringList& logins,
                             const PasswordPolicy& policy)
{
    QList<QByteArray> passwords(logins.size());
    QList<QByteArray> hashes(logins.size());
    const PasswordHasher hasher;
    std::atomic<qsizetype> next = 0;
    const auto work = [&] {
        for (qsizetype i = next++; i < logins.size(); i = next++) {
            passwords[i] = policy.generate();
            hashes[i] = hasher.hash(passwords[i]);
        }
    };
    std::vector<std::thread> workers;
    for (unsigned n = std::max(1U, std::thread::hardware_concurrency()); n > 0; --n)
        workers.emplace_back(work);
    for (std::thread& worker : workers)
        worker.join();
    context.err() << u"the passwords are shown once and stored nowhere in clear\n"_s;
    context.err().flush();
    context.out() << u"login,password\n"_s;
    for (qsizetype i = 0; i < logins.size(); ++i) {
        users.setPasswordHash(logins[i], hashes[i]);
        context.out() << logins[i] << u',' << QString::fromLatin1(passwords[i]) << u'\n';
        wipe(passwords[i]);
    }
}

} // namespace

namespace UsersCommands {

int importFile(const CommandContext& context, const QString& file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        fail(u"cannot read "_s + file);
    const CsvReader csv = CsvReader::parse(in.readAll());
    if (const QString problem = UserImport::fileProblem(csv); !problem.isEmpty())
        fail(file + u": "_s + problem);

    const ServerConfig config = context.loadConfig();
    const auto store = context.openStore(config);
    UserDirectory users(*store);
    const OneTimeCodes activationCodes(*store, OneTimeCodes::Kind::Activation, 0, config.resetCodeMaxTries);
    const UserImport::Outcome outcome = UserImport(users, activationCodes).run(csv);
    for (const UserImport::Rejection& rejection : outcome.rejected)
        context.err() << file << u':' << rejection.line << u": "_s << rejection.reason << u'\n';

    const bool generate = context.isSet(u"generate-passwords"_s);
    if (generate)
        printGeneratedPasswords(context, users, outcome.newLogins, CommandContext::passwordPolicy(config));
    (generate ? context.err() : context.out()) << u"users: %1 created, %2 updated, %3 rejected\n"_s.arg(outcome.created)
                                                      .arg(outcome.updated)
                                                      .arg(outcome.rejected.size());
    return outcome.rejected.isEmpty() ? 0 : 1;
}

// ENT Core marks an account `federated` once it signed in through an identity federation (EduConnect).
int setFederated(const CommandContext& context, const QString& login, const QString& value)
{
    if (value != "on"_L1 && value != "off"_L1)
        fail(u"expected on or off, not "_s + value);
    const ServerConfig config = context.loadConfig();
    const auto store = context.openStore(config);
    if (!UserDirectory(*store).setFederated(login, value == "on"_L1))
        unknownLogin(login);
    context.out() << u"federated "_s << value << u" for "_s << login
                  << (value == "on"_L1 && !config.checkFederatedLogin
                          ? u" (no effect while [auth] check_federated_login is false)\n"_s
                          : u"\n"_s);
    return 0;
}

// One account as stored, a field per line: what the ENT holds of it (no password, no code).
int show(const CommandContext& context, const QString& login)
{
    const auto store = context.openStore(context.loadConfig());
    const std::optional<UserRecord> user = UserDirectory(*store).findByLogin(login);
    if (!user)
        unknownLogin(login);
    QTextStream& out = context.out();
    const auto yesNo = [](bool value) { return value ? u"yes"_s : u"no"_s; };
    out << u"login: "_s << user->login << u'\n' << u"name: "_s << user->displayName() << u'\n' << u"profile: "_s
        << Profiles::entCode(user->profile) << u'\n' << u"school: "_s << user->schoolName << u'\n' << u"class: "_s
        << user->className << u'\n' << u"email: "_s << user->email << u'\n' << u"mobile: "_s << user->mobile
        << u'\n' << u"password: "_s
        << (user->activationPending ? u"activation pending"_s : yesNo(!user->passwordHash.isEmpty())) << u'\n'
        << u"blocked: "_s << yesNo(user->blocked) << u'\n' << u"federated: "_s << yesNo(user->federated) << u'\n';
    return 0;
}

// Staff giving an account a password or unblocking it lift its login's ban and lock.
void unlock(Store& store, const QString& login)
{
    const LoginThrottle throttle(store, {});
    store.transaction([&](SqlCipher::Database& db) { throttle.forget(db, login); });
}

int setPassword(const CommandContext& context, const QString& login)
{
    const ServerConfig config = context.loadConfig();
    const auto store = context.openStore(config);
    UserDirectory users(*store);
    if (!users.loginExists(login))
        unknownLogin(login);
    const PasswordPolicy policy = CommandContext::passwordPolicy(config);
    const bool generate = context.isSet(u"generate"_s);
    QByteArray password = generate ? policy.generate() : readSecretLine();
    if (!policy.accepts(password)) {
        wipe(password);
        fail(u"the password does not match the rule: "_s + config.passwordRuleEn);
    }
    const PasswordHasher hasher;
    users.setPasswordHash(login, hasher.hash(password));
    unlock(*store, login);
    if (generate) {
        context.err() << u"new password of "_s << login << u" (shown once):\n"_s;
        context.err().flush();
        context.out() << QString::fromLatin1(password) << u'\n';
    } else {
        context.out() << u"password set for "_s << login << u'\n';
    }
    wipe(password);
    return 0;
}

int setBlocked(const CommandContext& context, const QString& login, bool blocked)
{
    const auto store = context.openStore(context.loadConfig());
    if (!UserDirectory(*store).setBlocked(login, blocked))
        unknownLogin(login);
    if (!blocked)
        unlock(*store, login);
    context.out() << (blocked ? u"blocked "_s : u"unblocked "_s) << login
                  << (blocked ? u" (its sessions and tokens are revoked)\n"_s : u"\n"_s);
    return 0;
}

int setEmail(const CommandContext& context, const QString& login, const QString& email)
{
    if (!email.isEmpty() && !MailAddress::isValid(email))
        fail(u"the e-mail address is not valid (a plain address such as name@example.org)"_s);
    const auto store = context.openStore(context.loadConfig());
    if (!UserDirectory(*store).setEmail(login, email))
        unknownLogin(login);
    context.out() << u"e-mail address "_s << (email.isEmpty() ? u"removed"_s : u"set"_s) << u" for "_s << login
                  << u'\n';
    return 0;
}

int setFlag(const CommandContext& context, const QString& login, const QString& flag, const QString& value)
{
    if (flag != "force-change"_L1 && flag != "revalidate-terms"_L1 && flag != "admin-local"_L1)
        fail(u"unknown flag "_s + flag + u" (expected force-change, revalidate-terms or admin-local)"_s);
    if (value != "on"_L1 && value != "off"_L1)
        fail(u"expected on or off, not "_s + value);
    const auto store = context.openStore(context.loadConfig());
    const UserDirectory::Flag which = flag == "force-change"_L1 ? UserDirectory::Flag::ForceChangePassword
                                      : flag == "admin-local"_L1 ? UserDirectory::Flag::AdminLocal
                                                                 : UserDirectory::Flag::NeedRevalidateTerms;
    if (!UserDirectory(*store).setFlag(login, which, value == "on"_L1))
        unknownLogin(login);
    context.out() << flag << u' ' << value << u" for "_s << login << u'\n';
    return 0;
}

int setActivationCode(const CommandContext& context, const QString& login)
{
    const ServerConfig config = context.loadConfig();
    const auto store = context.openStore(config);
    const OneTimeCodes activationCodes(*store, OneTimeCodes::Kind::Activation, 0, config.resetCodeMaxTries);
    QString code = ResetCode::generate();
    const UserDirectory::ActivationCode outcome = UserDirectory(*store).setActivationCode(login, code, activationCodes);
    if (outcome == UserDirectory::ActivationCode::UnknownLogin)
        unknownLogin(login);
    if (outcome == UserDirectory::ActivationCode::AlreadyActivated)
        fail(login + u" already has a password: an activation code is only for an account never activated"_s);
    context.err() << u"activation code of "_s << login << u" (shown once; it replaces any previous one):\n"_s;
    context.err().flush();
    context.out() << ResetCode::grouped(code) << u'\n';
    wipe(code);
    return 0;
}

int list(const CommandContext& context)
{
    const auto store = context.openStore(context.loadConfig());
    QTextStream& out = context.out();
    out << u"login\tname\tprofile\tschool\tclass\temail\tpassword\tblocked\tflags\n"_s;
    for (const UserRecord& user : UserDirectory(*store).list()) {
        const QString password = user.activationPending        ? u"activation pending"_s
                                 : user.passwordHash.isEmpty() ? u"no"_s
                                                               : u"yes"_s;
        QStringList flags;
        if (user.forceChangePassword)
            flags.append(u"force-change"_s);
        if (user.needRevalidateTerms)
            flags.append(u"revalidate-terms"_s);
        if (user.adminLocal)
            flags.append(u"admin-local"_s);
        out << user.login << u'\t' << user.displayName() << u'\t' << Profiles::entCode(user.profile) << u'\t'
            << user.schoolName << u'\t' << user.className << u'\t' << user.email << u'\t' << password << u'\t'
            << (user.blocked ? u"yes"_s : u"no"_s) << u'\t' << flags.join(u',') << u'\n';
    }
    return 0;
}

} // namespace UsersCommands

} // namespace LeoEnt
