#include "core/ent/MailState.h"

namespace LeoKiosk {

using namespace Qt::StringLiterals;

namespace {

std::optional<int> optionalInt(const QJsonObject& json, const QString& key)
{
    const QJsonValue value = json.value(key);
    if (!value.isDouble())
        return std::nullopt;
    return qMax(0, value.toInt());
}

} // namespace

std::optional<MailValidation> MailValidation::fromJson(const QJsonObject& json)
{
    MailValidation v;
    const QString state = json.value(u"state"_s).toString();
    if (state == u"unchecked"_s)
        v.state = State::Unchecked;
    else if (state == u"pending"_s)
        v.state = State::Pending;
    else if (state == u"outdated"_s)
        v.state = State::Outdated;
    else if (state == u"valid"_s)
        v.state = State::Valid;
    else
        return std::nullopt;
    v.valid = json.value(u"valid"_s).toString();
    v.pending = json.value(u"pending"_s).toString();
    v.ttlSeconds = optionalInt(json, u"ttl"_s);
    v.tries = optionalInt(json, u"tries"_s);
    return v;
}

bool MailState::isVerified() const
{
    return !email.isEmpty() && email.compare(validation.valid, Qt::CaseInsensitive) == 0;
}

QString maskedMailAddress(const QString& address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    const QString local = at < 0 ? address : address.left(at);
    if (local.isEmpty())
        return address;
    const auto characters = local.toUcs4(); // code points, so that a letter outside the BMP stays whole
    const auto text = [](char32_t character) { return QString::fromUcs4(&character, 1); };
    QString masked = text(characters.constFirst()) + u'…';
    if (characters.size() > 2)
        masked += text(characters.constLast());
    return at < 0 ? masked : masked + address.mid(at);
}

std::optional<MailState> MailState::fromJson(const QJsonObject& json)
{
    MailState s;
    s.email = json.value(u"email"_s).toString();
    const QJsonValue state = json.value(u"emailState"_s);
    if (state.isObject()) {
        const std::optional<MailValidation> validation = MailValidation::fromJson(state.toObject());
        if (!validation)
            return std::nullopt;
        s.validation = *validation;
    } else if (!state.isNull() && !state.isUndefined()) {
        return std::nullopt;
    }
    if (const QJsonValue wait = json.value(u"waitInSeconds"_s); wait.isDouble())
        s.waitInSeconds = qMax(0, wait.toInt());
    return s;
}

} // namespace LeoKiosk
