#include "common/OrderedJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace LeoEnt {

namespace {

QByteArray compact(const QJsonValue& value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2); // without the array's brackets
}

} // namespace

OrderedJson& OrderedJson::add(const QString& key, const QJsonValue& value)
{
    m_members.append({key, value});
    return *this;
}

OrderedJson& OrderedJson::remove(const QString& key)
{
    m_members.removeIf([&](const auto& member) { return member.first == key; });
    return *this;
}

QByteArray OrderedJson::toJson() const
{
    QByteArray json = "{";
    for (const auto& [key, value] : m_members) {
        if (json.size() > 1)
            json += ',';
        json += compact(key);
        json += ':';
        json += compact(value);
    }
    json += '}';
    return json;
}

} // namespace LeoEnt
