#include "http/FormData.h"

#include "security/SecretWipe.h"

#include <QUtf8StringView>

namespace LeoEnt {

namespace {

QByteArray decodeComponent(QByteArrayView encoded)
{
    QByteArray spaced = encoded.toByteArray();
    spaced.replace('+', ' ');
    QByteArray decoded = QByteArray::fromPercentEncoding(spaced);
    wipe(spaced);
    return decoded;
}

// The name of a part, from its headers: Content-Disposition: form-data; name="…"; empty when there is none.
QByteArray partName(QByteArrayView head)
{
    for (const QByteArray& line : head.toByteArray().split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (!trimmed.toLower().startsWith("content-disposition:"))
            continue;
        for (const QByteArray& parameter : trimmed.mid(20).split(';')) {
            const QByteArray item = parameter.trimmed();
            if (!item.toLower().startsWith("name="))
                continue;
            QByteArray value = item.mid(5);
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
                value = value.mid(1, value.size() - 2);
            return value;
        }
    }
    return {};
}

} // namespace

FormData::FormData() = default;

FormData::~FormData()
{
    wipeAll();
}

FormData::FormData(FormData&& other) noexcept : m_fields(std::move(other.m_fields)), m_valid(other.m_valid) {}

FormData& FormData::operator=(FormData&& other) noexcept
{
    wipeAll();
    m_fields = std::move(other.m_fields);
    m_valid = other.m_valid;
    return *this;
}

void FormData::wipeAll()
{
    for (auto& [name, value] : m_fields) {
        wipe(name);
        wipe(value);
    }
    m_fields.clear();
}

FormData FormData::fromUrlEncoded(QByteArrayView encoded)
{
    FormData form;
    while (!encoded.isEmpty()) {
        const qsizetype ampersand = encoded.indexOf('&');
        const QByteArrayView pair = ampersand < 0 ? encoded : encoded.first(ampersand);
        encoded = ampersand < 0 ? QByteArrayView() : encoded.sliced(ampersand + 1);
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QByteArrayView name = equals < 0 ? pair : pair.first(equals);
        const QByteArrayView value = equals < 0 ? QByteArrayView() : pair.sliced(equals + 1);
        form.insert(decodeComponent(name), decodeComponent(value));
    }
    return form;
}

FormData FormData::fromMultipart(QByteArrayView body, QByteArrayView boundary)
{
    FormData form;
    if (boundary.isEmpty())
        return form;
    const QByteArray delimiter = "--" + boundary.toByteArray();
    const QByteArray nextDelimiter = "\r\n" + delimiter;
    qsizetype at = body.indexOf(delimiter);
    if (at < 0)
        return form;
    at += delimiter.size();
    while (body.sliced(at).startsWith("\r\n")) { // "--" after a delimiter closes the body
        const QByteArrayView part = body.sliced(at + 2);
        const qsizetype headEnd = part.indexOf("\r\n\r\n");
        const qsizetype end = headEnd < 0 ? -1 : part.indexOf(nextDelimiter, headEnd + 4);
        if (end < 0)
            break;
        QByteArray name = partName(part.first(headEnd));
        if (!name.isEmpty())
            form.insert(std::move(name), part.sliced(headEnd + 4, end - headEnd - 4).toByteArray());
        at += 2 + end + nextDelimiter.size();
    }
    return form;
}

void FormData::insert(QByteArray name, QByteArray value)
{
    if (!QUtf8StringView(name).isValidUtf8() || !QUtf8StringView(value).isValidUtf8())
        m_valid = false;
    m_fields.append({std::move(name), std::move(value)});
}

bool FormData::contains(QByteArrayView name) const
{
    for (const auto& field : m_fields) {
        if (field.first == name)
            return true;
    }
    return false;
}

QByteArray FormData::bytes(QByteArrayView name) const
{
    for (const auto& field : m_fields) {
        if (field.first == name)
            return field.second;
    }
    return {};
}

QString FormData::text(QByteArrayView name) const
{
    return QString::fromUtf8(bytes(name));
}

QStringList FormData::texts(QByteArrayView name) const
{
    QStringList values;
    for (const auto& [field, value] : m_fields) {
        if (field == name)
            values.append(QString::fromUtf8(value));
    }
    return values;
}

} // namespace LeoEnt
