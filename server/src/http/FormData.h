#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringList>
#include <QString>

#include <utility>

namespace LeoEnt {

// The fields of a form body or a query string. Values are UTF-8; when one is not, isValid() is false.
// The first of repeated fields wins. The buffers are overwritten when the form goes, since they may hold a password.
class FormData final
{
public:
    FormData();
    ~FormData();
    FormData(FormData&& other) noexcept;
    FormData& operator=(FormData&& other) noexcept;
    FormData(const FormData&) = delete;
    FormData& operator=(const FormData&) = delete;

    static FormData fromUrlEncoded(QByteArrayView encoded); // application/x-www-form-urlencoded: '+' is a space
    // multipart/form-data: each part's name from its Content-Disposition, its content as sent; a body that does not
    // follow the boundary ends the form where it stops doing so.
    static FormData fromMultipart(QByteArrayView body, QByteArrayView boundary);

    void insert(QByteArray name, QByteArray value);

    bool isValid() const { return m_valid; }
    bool contains(QByteArrayView name) const;
    QByteArray bytes(QByteArrayView name) const; // empty when missing
    QString text(QByteArrayView name) const;
    QStringList texts(QByteArrayView name) const; // every value of a repeated field, in order

private:
    void wipeAll();

    QList<std::pair<QByteArray, QByteArray>> m_fields;
    bool m_valid = true;
};

} // namespace LeoEnt
