#include "core/ent/UserInfo.h"

#include <QJsonArray>

namespace LeoKiosk {

using namespace Qt::StringLiterals;

namespace {

// A field the ENT sends either as a list of strings or as a single string.
QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue& item : array) {
            if (item.isString() && !item.toString().isEmpty())
                list.append(item.toString());
        }
    } else if (value.isString() && !value.toString().isEmpty()) {
        list.append(value.toString());
    }
    return list;
}

} // namespace

QString UserInfo::classDisplayName(const QString& externalId)
{
    // The feeder builds a class's external id as the structure's external id, "$", the class's name (AAF
    // StudentImportProcessing); a name may itself hold a "$", a structure id does not.
    const qsizetype dollar = externalId.indexOf(u'$');
    return (dollar < 0 ? externalId : externalId.mid(dollar + 1)).trimmed();
}

QString UserInfo::fullName() const
{
    const QString name = QString(firstName.trimmed() + u' ' + lastName.trimmed()).trimmed();
    return name.isEmpty() ? displayName : name;
}

UserInfo UserInfo::fromJson(const QJsonObject& json)
{
    UserInfo user;
    user.userId = json.value(u"userId"_s).toString();
    user.login = json.value(u"login"_s).toString();
    user.displayName = json.value(u"username"_s).toString();
    user.firstName = json.value(u"firstName"_s).toString();
    user.lastName = json.value(u"lastName"_s).toString();
    user.type = stringList(json.value(u"type"_s)).value(0);
    user.email = json.value(u"email"_s).toString();
    // A session (cookie) caller gets the lists; an OAuth client gets only the first of each (ENT protocol §3.5).
    user.schools = stringList(json.value(u"structureNames"_s));
    if (user.schools.isEmpty())
        user.schools = stringList(json.value(u"schoolName"_s));
    // classNames (and an OAuth client's classId) hold the classes' external ids, "<structure>$<name>" (ENT protocol
    // §3.5, §17 item 7); realClassesNames, the names alone, only comes with userinfo version 2.x.
    user.classes = stringList(json.value(u"realClassesNames"_s));
    if (user.classes.isEmpty()) {
        user.classes = stringList(json.value(u"classNames"_s));
        if (user.classes.isEmpty())
            user.classes = stringList(json.value(u"classId"_s));
        for (QString& name : user.classes)
            name = classDisplayName(name);
        user.classes.removeAll(QString());
        user.classes.removeDuplicates();
    }
    const QStringList ids = stringList(json.value(u"classes"_s));
    const QStringList externalIds = stringList(json.value(u"classNames"_s));
    if (ids.size() == externalIds.size()) {
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (ids.at(i).isEmpty() || user.classIds.contains(ids.at(i)))
                continue;
            user.classIds.append(ids.at(i));
            user.classIdNames.append(classDisplayName(externalIds.at(i)));
        }
    }
    user.forceChangePassword = json.value(u"forceChangePassword"_s).toBool();
    user.needRevalidateTerms = json.value(u"needRevalidateTerms"_s).toBool();
    return user;
}

Requirements Requirements::fromJson(const QJsonObject& json)
{
    Requirements requirements;
    requirements.forceChangePassword = json.value(u"forceChangePassword"_s).toBool();
    requirements.needRevalidateTerms = json.value(u"needRevalidateTerms"_s).toBool();
    requirements.needRevalidateEmail = json.value(u"needRevalidateEmail"_s).toBool();
    requirements.needRevalidateMobile = json.value(u"needRevalidateMobile"_s).toBool();
    requirements.needMfa = json.value(u"needMfa"_s).toBool();
    return requirements;
}

} // namespace LeoKiosk
