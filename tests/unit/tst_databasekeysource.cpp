// Where the local database's key comes from (issue #11: nothing may prompt over the kiosk): a systemd credential,
// else a private key file (owner and mode checked, a looser one refused with the reason), else the keychain (desktop
// profile only), else memory. Then the local store opened with each, the keychain never asked when it is not the
// source, and a keychain that could prompt not called at all.
#include "core/secrets/DatabaseKeySource.h"
#include "core/secrets/SecretStore.h"
#include "core/storage/LocalStore.h"
#include "sqlcipher/Database.h"
#include "support/FakeSecretStore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace LeoKiosk;
using namespace LeoKiosk::Test;

using namespace Qt::StringLiterals;

using Kind = DatabaseKeySource::Kind;

namespace {

const QByteArray hexKey = "00112233445566778899aabbccddeeff00112233445566778899AABBCCDDEEFF";
const QByteArray keyBytes = QByteArray::fromHex(hexKey);

bool writeFile(const QString& path, const QByteArray& content, QFile::Permissions permissions)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        return false;
    file.close();
    return QFile::setPermissions(path, permissions);
}

constexpr QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;

} // namespace

class TestDatabaseKeySource final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString credentials() const { return m_dir->filePath(u"credentials"_s); }
    QString credential() const
    {
        return QDir(credentials()).filePath(QLatin1StringView(DatabaseKeySource::credentialName));
    }
    QString keyFile() const { return m_dir->filePath(u"config/leo-kiosk/database.key"_s); }

    DatabaseKeySource::Inputs inputs(bool desktop = false) const
    {
        return {.credentialsDirectory = credentials(), .keyFile = keyFile(), .keychainAllowed = desktop};
    }

    LocalStore::Options storeOptions(bool desktop = false) const
    {
        LocalStore::Options options;
        options.directory = m_dir->filePath(u"data"_s);
        options.keySource = inputs(desktop);
        return options;
    }

    static bool openAndWait(LocalStore& store)
    {
        QSignalSpy opened(&store, &LocalStore::opened);
        store.open();
        return opened.count() > 0 || opened.wait(10000);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(QDir().mkpath(credentials()));
    }

    void theCredentialComesFirst()
    {
        QVERIFY(writeFile(credential(), hexKey + '\n', QFile::ReadOwner));
        QVERIFY(writeFile(keyFile(), QByteArray(32, 'f'), ownerOnly));
        const DatabaseKeySource::Choice choice = DatabaseKeySource::choose(inputs(true));
        QCOMPARE(choice.kind, Kind::SystemCredential);
        QCOMPARE(choice.origin, credential());
        QCOMPARE(choice.key.bytes(), keyBytes);
        QVERIFY(choice.refused.isEmpty());
    }

    void withoutACredentialTheKeyFile()
    {
        // No $CREDENTIALS_DIRECTORY at all, then one without our credential.
        QVERIFY(writeFile(keyFile(), keyBytes, ownerOnly)); // 32 raw bytes
        DatabaseKeySource::Inputs noDirectory = inputs();
        noDirectory.credentialsDirectory.clear();
        for (const DatabaseKeySource::Inputs& in : {noDirectory, inputs()}) {
            const DatabaseKeySource::Choice choice = DatabaseKeySource::choose(in);
            QCOMPARE(choice.kind, Kind::KeyFile);
            QCOMPARE(choice.origin, keyFile());
            QCOMPARE(choice.key.bytes(), keyBytes);
            QVERIFY(choice.refused.isEmpty());
        }
    }

    void aKeyFileOthersCanReadIsRefused_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("0644") << 0644;
        QTest::newRow("0640") << 0640;
        QTest::newRow("0602") << 0602;
    }

    void aKeyFileOthersCanReadIsRefused()
    {
        QFETCH(int, mode);
        QVERIFY(writeFile(keyFile(), hexKey, ownerOnly));
        QCOMPARE(::chmod(QFile::encodeName(keyFile()).constData(), mode_t(mode)), 0);
        DatabaseKeySource::Choice choice = DatabaseKeySource::choose(inputs());
        QCOMPARE(choice.kind, Kind::Memory);
        QVERIFY(choice.key.isEmpty());
        QCOMPARE(choice.refused.size(), 1);
        const QString& why = choice.refused.constFirst();
        QVERIFY2(why.startsWith(u"key file "_s + QDir::toNativeSeparators(keyFile()) + u" refused: "_s),
                 qPrintable(why));
        QVERIFY2(why.contains(u"mode 0%1"_s.arg(mode, 0, 8)), qPrintable(why));
        QVERIFY2(why.contains(u"chmod 600"_s), qPrintable(why));
        QVERIFY(!why.contains(QString::fromLatin1(hexKey), Qt::CaseInsensitive));

        choice = DatabaseKeySource::choose(inputs(true)); // the desktop profile goes on to the keychain
        QCOMPARE(choice.kind, Kind::Keychain);
        QCOMPARE(choice.refused.size(), 1);
    }

    void aKeyFileOfAnotherAccountIsRefused()
    {
        if (::geteuid() != 0)
            QSKIP("changing a file's owner needs root");
        QVERIFY(writeFile(keyFile(), hexKey, ownerOnly));
        QCOMPARE(::chown(QFile::encodeName(keyFile()).constData(), 4242, 4242), 0);
        const DatabaseKeySource::Choice choice = DatabaseKeySource::choose(inputs());
        QCOMPARE(choice.kind, Kind::Memory);
        QCOMPARE(choice.refused.size(), 1);
        QVERIFY2(choice.refused.constFirst().contains(u"belongs to user id 4242"_s),
                 qPrintable(choice.refused.join(u'\n')));
    }

    void aSymbolicLinkOrAFolderIsRefused()
    {
        const QString target = m_dir->filePath(u"elsewhere.key"_s);
        QVERIFY(writeFile(target, hexKey, ownerOnly));
        QDir().mkpath(QFileInfo(keyFile()).absolutePath());
        QVERIFY(QFile::link(target, keyFile()));
        DatabaseKeySource::Choice choice = DatabaseKeySource::choose(inputs());
        QCOMPARE(choice.kind, Kind::Memory);
        QVERIFY2(choice.refused.value(0).contains(u"symbolic link"_s), qPrintable(choice.refused.join(u'\n')));

        QVERIFY(QDir().mkpath(credential())); // a folder where the credential should be
        choice = DatabaseKeySource::choose(inputs());
        QCOMPARE(choice.refused.size(), 2);
        QVERIFY2(choice.refused.value(0).contains(u"not a regular file"_s), qPrintable(choice.refused.join(u'\n')));
    }

    void whatIsNotAKeyIsRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("short hex") << hexKey.left(62);
        QTest::newRow("not hex") << QByteArray(64, 'z');
        QTest::newRow("33 bytes") << QByteArray(33, 'k');
        QTest::newRow("a passphrase") << QByteArray("correct horse battery staple\n");
    }

    void whatIsNotAKeyIsRefused()
    {
        QFETCH(QByteArray, content);
        QVERIFY(writeFile(credential(), content, QFile::ReadOwner));
        const DatabaseKeySource::Choice choice = DatabaseKeySource::choose(inputs());
        QCOMPARE(choice.kind, Kind::Memory);
        QCOMPARE(choice.refused.size(), 1);
        QVERIFY2(choice.refused.constFirst().startsWith(u"systemd credential "_s),
                 qPrintable(choice.refused.join(u'\n')));
        QVERIFY2(choice.refused.constFirst().contains(u"does not hold a 256-bit key"_s),
                 qPrintable(choice.refused.join(u'\n')));
    }

    void nothingThereMeansMemoryOrTheKeychain()
    {
        DatabaseKeySource::Choice choice = DatabaseKeySource::choose(inputs());
        QCOMPARE(choice.kind, Kind::Memory);
        QVERIFY(choice.refused.isEmpty());
        choice = DatabaseKeySource::choose(inputs(true));
        QCOMPARE(choice.kind, Kind::Keychain);
        QVERIFY(choice.refused.isEmpty());
    }

    // The store: the credential's key opens the file (and only it does), the keychain is never asked.
    void theStoreUsesTheCredentialAndNotTheKeychain()
    {
        QVERIFY(writeFile(credential(), hexKey + '\n', QFile::ReadOwner));
        FakeSecretStore keychain;
        {
            LocalStore store(&keychain, storeOptions(true));
            QVERIFY(openAndWait(store));
            QCOMPARE(store.mode(), LocalStore::Mode::Persistent);
            QCOMPARE(store.keySource(), Kind::SystemCredential);
            QCOMPARE(store.keychainState(), LocalStore::KeychainState::NotUsed);
        }
        QCOMPARE(keychain.operations(), 0);
        SqlCipher::Database opened(QDir(storeOptions().directory).filePath(QLatin1StringView(LocalStore::fileName)),
                                   keyBytes); // throws if the key were another
        QCOMPARE(opened.userVersion(), 1);
    }

    void theKioskProfileKeepsToMemoryWithoutASource()
    {
        QVERIFY(writeFile(keyFile(), hexKey, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        FakeSecretStore keychain;
        LocalStore store(&keychain, storeOptions(false));
        QVERIFY(openAndWait(store));
        QCOMPARE(store.mode(), LocalStore::Mode::InMemoryNoKeychain);
        QCOMPARE(store.keySource(), Kind::Memory);
        QCOMPARE(store.keychainState(), LocalStore::KeychainState::NotUsed);
        QCOMPARE(store.keySourceRefused().size(), 1);
        QVERIFY(store.keySourceRefused().constFirst().contains(u"chmod 600"_s));
        QVERIFY(store.path().isEmpty());
        QVERIFY(!QFile::exists(store.filePath()));
        QCOMPARE(keychain.operations(), 0);
    }

    // A keychain that could prompt is not called: the store keeps to memory and says why.
    void aKeychainThatCouldPromptIsNotCalled()
    {
        KeychainSecretStore keychain(u"leo-kiosk-test-never-called"_s);
        keychain.setPromptCheck([] { return u"the default keyring is locked (unlocking it asks for its password)"_s; });
        LocalStore store(&keychain, storeOptions(true));
        QVERIFY(openAndWait(store));
        QCOMPARE(store.mode(), LocalStore::Mode::InMemoryNoKeychain);
        QCOMPARE(store.keySource(), Kind::Memory);
        QCOMPARE(store.keychainState(), LocalStore::KeychainState::Unavailable);
        QVERIFY2(store.keychainDetail().contains(u"locked"_s), qPrintable(store.keychainDetail()));
        QVERIFY2(store.keySourceRefused().value(0).startsWith(u"keychain refused: the default keyring is locked"_s),
                 qPrintable(store.keySourceRefused().join(u'\n')));
        QVERIFY(!QFile::exists(store.filePath()));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseKeySource)
#include "tst_databasekeysource.moc"
