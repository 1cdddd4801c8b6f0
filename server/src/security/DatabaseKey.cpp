#include "security/DatabaseKey.h"

#include "common/Failure.h"
#include "config/ServerConfig.h"
#include "security/SecretSource.h"
#include "security/SecretWipe.h"
#include "security/SecureRandom.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sodium.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace LeoEnt {

using namespace Qt::StringLiterals;

namespace {

QByteArray fromHex(QByteArray& hex, const QString& origin)
{
    QByteArray key(32, Qt::Uninitialized);
    size_t length = 0;
    QByteArray trimmed = hex.trimmed();
    const int rc = sodium_hex2bin(reinterpret_cast<unsigned char*>(key.data()), static_cast<size_t>(key.size()),
                                  trimmed.constData(), static_cast<size_t>(trimmed.size()), nullptr, &length, nullptr);
    const bool valid = rc == 0 && length == 32 && trimmed.size() == 64;
    wipe(hex);
    wipe(trimmed);
    if (!valid) {
        wipe(key);
        fail(origin + u" must hold 64 hex digits (a 256-bit key)"_s);
    }
    return key;
}

} // namespace

namespace DatabaseKey {

QByteArray load(const ServerConfig& config)
{
    if (!config.keyEnv.isEmpty()) {
        QByteArray hex = qgetenv(config.keyEnv.toLocal8Bit().constData());
        return fromHex(hex, u"environment variable "_s + config.keyEnv);
    }
    if (!QFile::exists(config.keyFile))
        fail(u"cannot read the key file "_s + config.keyFile + u" (run `init` first)"_s);
    QByteArray hex = SecretSource::load(config.keyFile, {}, u"the database key"_s);
    return fromHex(hex, u"the key file "_s + config.keyFile);
}

bool createFile(const QString& path)
{
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    QDir().mkpath(QFileInfo(QFileInfo(path).absolutePath()).absolutePath());
    if (::mkdir(folder.constData(), 0700) != 0 && errno != EEXIST)
        fail(u"cannot create the key file's folder "_s + QFileInfo(path).absolutePath() + u": "_s +
             QString::fromLocal8Bit(strerror(errno)));
    const QByteArray nativePath = QFile::encodeName(path);
    const int fd = ::open(nativePath.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST)
            return false;
        fail(u"cannot create the key file "_s + path + u": "_s + QString::fromLocal8Bit(strerror(errno)));
    }
    QByteArray key = SecureRandom::bytes(32);
    QByteArray hex(65, '\n');
    sodium_bin2hex(hex.data(), 65, reinterpret_cast<const unsigned char*>(key.constData()), 32);
    hex[64] = '\n'; // sodium_bin2hex wrote a terminating NUL there
    wipe(key);
    const bool written = ::write(fd, hex.constData(), static_cast<size_t>(hex.size())) == hex.size();
    wipe(hex);
    const bool closed = ::close(fd) == 0;
    if (!written || !closed) {
        QFile::remove(path);
        fail(u"cannot write the key file "_s + path);
    }
    return true;
}

} // namespace DatabaseKey

} // namespace LeoEnt
