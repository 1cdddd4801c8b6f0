#include "security/SecretSource.h"

#include "common/Failure.h"
#include "security/SecretWipe.h"

#include <QFile>

namespace LeoEnt {

using namespace Qt::StringLiterals;

namespace SecretSource {

QByteArray load(const QString& file, const QString& env, const QString& what)
{
    QByteArray raw;
    if (!env.isEmpty()) {
        if (!qEnvironmentVariableIsSet(env.toLocal8Bit().constData()))
            fail(u"the environment variable "_s + env + u" ("_s + what + u") is not set"_s);
        raw = qgetenv(env.toLocal8Bit().constData());
    } else if (!file.isEmpty()) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            fail(u"cannot read "_s + what + u" from "_s + file);
        if (in.permissions() &
            (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther))
            fail(u"the file "_s + file + u" ("_s + what + u") is accessible by other users: chmod 600 it"_s);
        raw = in.read(4096);
    }
    QByteArray secret = raw.trimmed();
    wipe(raw);
    return secret;
}

} // namespace SecretSource

} // namespace LeoEnt
