#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace LeoKiosk {

// One of the school's contacts for "Contacter l'assistance" (support_contacts). Written for IT as
//   who|where|when|phone|email
// with entries separated by ';' (quote the whole value in an INI file: an unquoted ';' starts a comment there).
// Only `who` is required, with at least one way to reach the contact: where, phone or e-mail.
struct AssistanceContact
{
    QString who;   // "Vie scolaire", "CDI", "Référent numérique"
    QString where; // "Bâtiment A, rez-de-chaussée"
    QString when;  // "lundi-vendredi 8 h-17 h"
    QString phone;
    QString mail;

    bool operator==(const AssistanceContact&) const = default;

    // The contacts, or nullopt with `error` saying which entry and why.
    static std::optional<QList<AssistanceContact>> parseList(const QString& text, QString& error);
    static QString formatList(const QList<AssistanceContact>& contacts); // parseList's input form
};

} // namespace LeoKiosk
