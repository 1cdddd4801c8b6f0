#include "core/secrets/DatabaseKeySource.h"

#include "common/HexDigit.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace LeoKiosk {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype keyBytes = 32;
constexpr qsizetype readAtMost = 256;

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        std::memset(bytes.data(), 0, size_t(bytes.size()));
    bytes.clear();
}

// 32 raw bytes, or 64 hex digits with trailing white space; false otherwise. `key` gets the 32 bytes.
bool decode(const QByteArray& content, QByteArray& key)
{
    key = QByteArray(keyBytes, '\0');
    if (content.size() == keyBytes) {
        std::memcpy(key.data(), content.constData(), size_t(keyBytes));
        return true;
    }
    qsizetype digits = content.size();
    while (digits > 0 && QChar::isSpace(uchar(content.at(digits - 1))))
        --digits;
    if (digits != 2 * keyBytes)
        return false;
    for (qsizetype i = 0; i < keyBytes; ++i) {
        const int high = Common::hexDigitValue(content.at(2 * i));
        const int low = Common::hexDigitValue(content.at(2 * i + 1));
        if (high < 0 || low < 0)
            return false;
        key[i] = char(high << 4 | low);
    }
    return true;
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

#ifdef Q_OS_UNIX
// The file's bytes (at most readAtMost), or why not. `privateFile`: a regular file of this account or root that no
// one else may read or write.
QString readFile(const QString& path, bool privateFile, QByteArray& content)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
    if (fd < 0)
        return errno == ELOOP ? u"it is a symbolic link"_s : u"it cannot be opened (%1)"_s.arg(systemError());
    struct stat info
    {
    };
    QString problem;
    if (::fstat(fd, &info) != 0)
        problem = u"it cannot be examined (%1)"_s.arg(systemError());
    else if (!S_ISREG(info.st_mode))
        problem = u"it is not a regular file"_s;
    else if (privateFile && info.st_uid != ::geteuid() && info.st_uid != 0)
        problem = u"it belongs to user id %1, neither the kiosk's account (%2) nor root: chown it to the kiosk's "
                  "account"_s.arg(info.st_uid)
                      .arg(::geteuid());
    else if (privateFile && (info.st_mode & 077) != 0)
        problem = u"its mode %1 lets others than its owner read or change it: chmod 600 it"_s.arg(
            QString::number(info.st_mode & 0777, 8).rightJustified(4, u'0'));
    if (problem.isEmpty()) {
        content = QByteArray(readAtMost + 1, '\0');
        const ssize_t got = ::read(fd, content.data(), size_t(content.size()));
        if (got < 0) {
            problem = u"it cannot be read (%1)"_s.arg(systemError());
            wipe(content);
        } else {
            content.truncate(qsizetype(got));
        }
    }
    ::close(fd);
    return problem;
}
#else
// Windows: the ACL is IT's to set (the folder of the kiosk's account); the content is checked all the same.
QString readFile(const QString& path, bool, QByteArray& content)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return u"it cannot be opened (%1)"_s.arg(file.errorString());
    content = file.read(readAtMost + 1);
    return {};
}
#endif

} // namespace

DatabaseKeySource::Inputs DatabaseKeySource::Inputs::fromEnvironment(bool desktopProfile)
{
    Inputs inputs;
    inputs.credentialsDirectory = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    inputs.keyFile = defaultKeyFile();
    inputs.keychainAllowed = desktopProfile;
    return inputs;
}

QString DatabaseKeySource::defaultKeyFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(u"leo-kiosk/"_s + QLatin1StringView(keyFileName));
}

QString DatabaseKeySource::name(Kind kind)
{
    switch (kind) {
    case Kind::SystemCredential:
        return u"systemd credential"_s;
    case Kind::KeyFile:
        return u"key file"_s;
    case Kind::Keychain:
        return u"keychain"_s;
    case Kind::Memory:
        break;
    }
    return u"memory"_s;
}

QString DatabaseKeySource::readKey(const QString& path, bool privateFile, SecretBytes& key)
{
    QByteArray content;
    const QString problem = readFile(path, privateFile, content);
    if (!problem.isEmpty())
        return problem;
    QByteArray decoded;
    const bool ok = content.size() <= readAtMost && decode(content, decoded);
    wipe(content);
    if (!ok) {
        wipe(decoded);
        return u"it does not hold a 256-bit key (64 hex digits, or 32 bytes)"_s;
    }
    key = SecretBytes::fromUtf8(std::move(decoded));
    return {};
}

DatabaseKeySource::Choice DatabaseKeySource::choose(const Inputs& inputs)
{
    Choice choice;
    const auto tryFile = [&choice](Kind kind, const QString& path, bool privateFile) {
        if (path.isEmpty() || (!QFileInfo(path).exists() && !QFileInfo(path).isSymLink()))
            return false;
        const QString problem = readKey(path, privateFile, choice.key);
        if (!problem.isEmpty()) {
            choice.refused.append(u"%1 %2 refused: %3"_s.arg(name(kind), QDir::toNativeSeparators(path), problem));
            return false;
        }
        choice.kind = kind;
        choice.origin = path;
        return true;
    };
    // systemd made the credentials directory and its files for this service alone: only the content is checked.
    if (!inputs.credentialsDirectory.isEmpty() &&
        tryFile(Kind::SystemCredential,
                QDir(inputs.credentialsDirectory).filePath(QLatin1StringView(credentialName)), false))
        return choice;
    if (tryFile(Kind::KeyFile, inputs.keyFile, true))
        return choice;
    choice.kind = inputs.keychainAllowed ? Kind::Keychain : Kind::Memory;
    return choice;
}

} // namespace LeoKiosk
