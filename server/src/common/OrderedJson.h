#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <utility>

namespace LeoEnt {

// A JSON object that keeps its members in insertion order (QJsonObject sorts them), for answers whose field
// order is part of the contract, such as the OAuth2 token response.
class OrderedJson final
{
public:
    OrderedJson& add(const QString& key, const QJsonValue& value);
    OrderedJson& remove(const QString& key);
    QByteArray toJson() const; // compact UTF-8

private:
    QList<std::pair<QString, QJsonValue>> m_members;
};

} // namespace LeoEnt
