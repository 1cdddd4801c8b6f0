#include "mail/OutboxFolder.h"

#include "common/Failure.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace LeoEnt {

using namespace Qt::StringLiterals;

OutboxFolder::OutboxFolder(const QString& folder) : m_folder(folder)
{
    if (!QDir().mkpath(m_folder))
        fail(u"cannot create the mail outbox "_s + m_folder);
    QFile::setPermissions(m_folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

MessageTransport::Result OutboxFolder::deliver(const OutgoingMessage& message)
{
    const QString stamp =
        QDateTime::fromMSecsSinceEpoch(message.createdAtMs, Qt::UTC).toString(u"yyyyMMdd'T'hhmmss.zzz"_s);
    QString name = message.name;
    name.replace(u'@', u'_');
    QSaveFile file(QDir(m_folder).filePath(stamp + u'-' + name + u".eml"_s));
    if (!file.open(QIODevice::WriteOnly) || file.write(message.content) != message.content.size())
        return Result::RetryLater;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return file.commit() ? Result::Delivered : Result::RetryLater;
}

} // namespace LeoEnt
