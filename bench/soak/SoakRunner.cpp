#include "SoakRunner.h"

#include "gui/help/ForgotPasswordPage.h"
#include "gui/help/HelpPage.h"
#include "gui/help/NewPasswordPage.h"
#include "gui/help/ResetCodePage.h"
#include "gui/widgets/PasswordField.h"
#include "gui/widgets/SecretLineEdit.h"
#include "support/RecoveryMail.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QTest>

#include <atomic>

// Qt's hook table (private header qhooks_p.h, exported by QtCore for tools such as GammaRay): version 1 layout.
extern quintptr Q_CORE_EXPORT qtHookData[];

namespace LeoKiosk::Soak {

using namespace Qt::StringLiterals;
using namespace LeoKiosk::Gui;
using namespace LeoKiosk::Test;

namespace {

constexpr int waitMs = 30000;

// QHooks::HookIndex
constexpr int hookAddQObject = 3;
constexpr int hookRemoveQObject = 4;

std::atomic<qint64> objectsAlive{0};
std::atomic<bool> hooksInstalled{false};

void addObject(QObject*)
{
    objectsAlive.fetch_add(1, std::memory_order_relaxed);
}

void removeObject(QObject*)
{
    objectsAlive.fetch_sub(1, std::memory_order_relaxed);
}

// The kiB value of the first line of `path` that starts with `field`, or -1.
qint64 kibField(const QString& path, QByteArrayView field)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

int entries(const QString& path)
{
    return int(QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System | QDir::Hidden).size());
}

template <typename T> T* child(const QWidget* page, const QString& name)
{
    return page ? page->findChild<T*>(name) : nullptr;
}

void typeInto(QLineEdit* edit, const QString& text)
{
    QTest::mouseClick(edit, Qt::LeftButton);
    QTest::keyClicks(edit, text);
}

const QString signInLogin = u"soak.connexion"_s;
const QString signInPassword = u"Soak!Connexion42"_s;
const QString lostLogin = u"soak.oubli"_s;
const QString codeLogin = u"soak.code"_s;

} // namespace

namespace ObjectCounter {

void install()
{
    if (hooksInstalled.exchange(true))
        return;
    qtHookData[hookAddQObject] = reinterpret_cast<quintptr>(&addObject);
    qtHookData[hookRemoveQObject] = reinterpret_cast<quintptr>(&removeObject);
}

bool installed()
{
    return hooksInstalled.load();
}

qint64 alive()
{
    return installed() ? objectsAlive.load() : -1;
}

} // namespace ObjectCounter

QString Sample::header()
{
    return u"%1 %2 %3 %4 %5 %6 %7 %8 %9 %10"_s.arg(u"label"_s, -10)
        .arg(u"sign-ins"_s, 8)
        .arg(u"lost-pw"_s, 7)
        .arg(u"codes"_s, 5)
        .arg(u"RSS-KiB"_s, 8)
        .arg(u"PSS-KiB"_s, 8)
        .arg(u"fds"_s, 4)
        .arg(u"threads"_s, 7)
        .arg(u"QObjects"_s, 8)
        .arg(u"seconds"_s, 8);
}

QString Sample::line() const
{
    return u"%1 %2 %3 %4 %5 %6 %7 %8 %9 %10"_s.arg(label, -10)
        .arg(signIns, 8)
        .arg(lostPasswords, 7)
        .arg(codes, 5)
        .arg(rssKiB, 8)
        .arg(pssKiB, 8)
        .arg(fds, 4)
        .arg(threads, 7)
        .arg(qobjects, 8)
        .arg(seconds, 8, 'f', 1);
}

Sample sampleProcess()
{
    Sample sample;
    sample.rssKiB = kibField(u"/proc/self/status"_s, "VmRSS:");
    sample.pssKiB = kibField(u"/proc/self/smaps_rollup"_s, "Pss:");
    sample.fds = entries(u"/proc/self/fd"_s) - 1; // less the one QDir opened to read it
    sample.threads = entries(u"/proc/self/task"_s);
    sample.qobjects = ObjectCounter::alive();
    return sample;
}

Runner::Runner() = default;

Runner::~Runner()
{
    m_kiosk.reset();
    m_server.stop();
}

bool Runner::fail(const QString& why)
{
    m_error = why;
    return false;
}

bool Runner::start()
{
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    m_outbox = QDir(m_server.directory()).filePath(u"outbox"_s);
    m_server.setConfig(u"mail"_s, u"outbox"_s, m_outbox);
    // A school's shared address: only the per-login limits apply, raised for this many flows of one account.
    m_server.setConfig(u"recovery"_s, u"address_allow_list"_s, u"127.0.0.1"_s);
    m_server.setConfig(u"recovery"_s, u"login_max_requests"_s, 1000);
    m_server.setConfig(u"recovery"_s, u"account_max_mails"_s, 1000);
    QList<ReferenceServer::Account> accounts;
    m_codePassword = u"Soak!Code0"_s;
    for (const auto& [login, password] : {std::pair{signInLogin, signInPassword},
                                          std::pair{lostLogin, u"Soak!Oubli77"_s},
                                          std::pair{codeLogin, m_codePassword}}) {
        ReferenceServer::Account account;
        account.login = login;
        account.firstName = u"Longue"_s;
        account.lastName = u"Durée"_s;
        account.email = login + u"@example.org"_s;
        account.password = password.toUtf8();
        accounts.append(account);
    }
    if (!m_server.addAccounts(accounts))
        return fail(m_server.lastError());
    const QUrl url = m_server.start();
    if (!url.isValid())
        return fail(m_server.lastError());
    KioskConfig config;
    config.entUrl = url;
    m_kiosk = std::make_unique<KioskHarness>(config);
    if (!m_kiosk->showActive())
        return fail(u"the window did not show"_s);
    return true;
}

bool Runner::settle()
{
    EntClient& client = m_kiosk->session.client();
    if (!QTest::qWaitFor([&client] { return client.findChildren<QNetworkAccessManager*>().isEmpty(); }, waitMs))
        return fail(u"the logout request did not end"_s);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return true;
}

bool Runner::signInOut()
{
    KioskHarness& kiosk = *m_kiosk;
    if (!QTest::qWaitFor([&kiosk] { return kiosk.loginLineEdit()->isVisible(); }, waitMs))
        return fail(u"not on the login screen"_s);
    kiosk.loginLineEdit()->clear();
    kiosk.typeCredentials(signInLogin, signInPassword);
    kiosk.clickSignIn();
    if (!QTest::qWaitFor([&kiosk] { return kiosk.greetingLabel()->isVisible(); }, waitMs))
        return fail(u"not signed in: %1"_s.arg(kiosk.errorLabel()->text()));
    QTest::mouseClick(kiosk.signOutButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([&kiosk] { return kiosk.loginLineEdit()->isVisible(); }, waitMs))
        return fail(u"not back on the login screen"_s);
    if (!settle())
        return false;
    ++m_signIns;
    return true;
}

bool Runner::openLostPassword(const QString& login)
{
    KioskHarness& kiosk = *m_kiosk;
    if (!QTest::qWaitFor([&kiosk] { return kiosk.loginLineEdit()->isVisible(); }, waitMs))
        return fail(u"not on the login screen"_s);
    QTest::mouseClick(kiosk.find<QAbstractButton>(u"helpButton"_s), Qt::LeftButton);
    auto* help = kiosk.window.findChild<HelpPage*>();
    if (!help || !QTest::qWaitFor([help] { return help->isVisible(); }, waitMs))
        return fail(u"no help screen"_s);
    QTest::mouseClick(child<QAbstractButton>(help, u"lostPasswordButton"_s), Qt::LeftButton);
    auto* page = kiosk.window.findChild<ForgotPasswordPage*>();
    if (!page || !QTest::qWaitFor([page] { return page->isVisible(); }, waitMs))
        return fail(u"no lost-password screen"_s);
    auto* edit = child<QLineEdit>(page, u"loginLineEdit"_s);
    edit->clear();
    typeInto(edit, login);
    auto* send = child<QAbstractButton>(page, u"sendButton"_s);
    if (!QTest::qWaitFor([send] { return send->isEnabled(); }, waitMs))
        return fail(u"ENVOYER stays disabled"_s);
    QTest::mouseClick(send, Qt::LeftButton);
    auto* received = child<QAbstractButton>(page, u"codeReceivedButton"_s);
    auto* result = child<QLabel>(page, u"resultLabel"_s);
    if (!QTest::qWaitFor([received, result] { return received->isVisible() && !result->text().isEmpty(); }, waitMs))
        return fail(u"no neutral answer: %1"_s.arg(child<QLabel>(page, u"errorLabel"_s)->text()));
    return true;
}

bool Runner::lostPassword()
{
    if (!openLostPassword(lostLogin))
        return false;
    auto* page = m_kiosk->window.findChild<ForgotPasswordPage*>();
    QTest::mouseClick(child<QAbstractButton>(page, u"homeButton"_s), Qt::LeftButton);
    KioskHarness& kiosk = *m_kiosk;
    if (!QTest::qWaitFor([&kiosk] { return kiosk.loginLineEdit()->isVisible(); }, waitMs))
        return fail(u"not back on the login screen"_s);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    ++m_lostPasswords;
    return true;
}

// The code of the reset message to the code account, from the outbox; the message is removed once read.
QString Runner::takeMailedCode()
{
    const QByteArray to = (codeLogin + u"@example.org"_s).toUtf8();
    QString code;
    const bool mailed = QTest::qWaitFor(
        [&] {
            const QStringList files = QDir(m_outbox).entryList({u"*.eml"_s}, QDir::Files, QDir::Name);
            for (const QString& name : files) {
                QFile file(QDir(m_outbox).filePath(name));
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                const RecoveryMail mail(file.readAll());
                file.close();
                file.remove();
                if (mail.header("To").contains(to))
                    code = mail.typedCode();
            }
            return !code.isEmpty();
        },
        waitMs);
    return mailed ? code : QString();
}

bool Runner::codeEntry()
{
    if (!openLostPassword(codeLogin))
        return false;
    const QString code = takeMailedCode();
    if (code.isEmpty())
        return fail(u"no reset message in %1"_s.arg(m_outbox));
    KioskHarness& kiosk = *m_kiosk;
    auto* forgotPage = kiosk.window.findChild<ForgotPasswordPage*>();
    QTest::mouseClick(child<QAbstractButton>(forgotPage, u"codeReceivedButton"_s), Qt::LeftButton);
    auto* codePage = kiosk.window.findChild<ResetCodePage*>();
    if (!codePage || !QTest::qWaitFor([codePage] { return codePage->isVisible(); }, waitMs))
        return fail(u"no code screen"_s);
    auto* loginEdit = child<QLineEdit>(codePage, u"loginLineEdit"_s);
    if (loginEdit->text() != codeLogin) {
        loginEdit->clear();
        typeInto(loginEdit, codeLogin);
    }
    typeInto(child<QLineEdit>(codePage, u"codeLineEdit"_s), code);
    QTest::mouseClick(child<QAbstractButton>(codePage, u"verifyButton"_s), Qt::LeftButton);
    auto* newPage = kiosk.window.findChild<NewPasswordPage*>();
    if (!newPage || !QTest::qWaitFor([newPage] { return newPage->isVisible(); }, waitMs))
        return fail(u"the code was not accepted: %1"_s.arg(child<QLabel>(codePage, u"errorLabel"_s)->text()));
    const QString password = u"Soak!Code%1"_s.arg(m_codes + 1);
    typeInto(child<PasswordField>(newPage, u"newPasswordField"_s)->lineEdit(), password);
    typeInto(child<PasswordField>(newPage, u"confirmationField"_s)->lineEdit(), password);
    auto* button = child<QAbstractButton>(newPage, u"resetButton"_s);
    if (!QTest::qWaitFor([button] { return button->isEnabled(); }, waitMs))
        return fail(u"the reset button stays disabled"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    if (!QTest::qWaitFor([&kiosk] { return kiosk.loginLineEdit()->isVisible(); }, waitMs))
        return fail(u"not back on the login screen after the reset: %1"_s.arg(
            child<QLabel>(newPage, u"errorLabel"_s) ? child<QLabel>(newPage, u"errorLabel"_s)->text() : QString()));
    if (kiosk.loginLineEdit()->text() != codeLogin)
        return fail(u"the identifier was not kept after the reset"_s);
    kiosk.loginLineEdit()->clear();
    m_codePassword = password;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    ++m_codes;
    return true;
}

Sample Runner::sample(const QString& label)
{
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    Sample sample = sampleProcess();
    sample.label = label;
    sample.signIns = m_signIns;
    sample.lostPasswords = m_lostPasswords;
    sample.codes = m_codes;
    sample.seconds = double(QDateTime::currentMSecsSinceEpoch() - m_startedMs) / 1000.0;
    return sample;
}

} // namespace LeoKiosk::Soak
