#pragma once

#include <QLabel>

#include <functional>

namespace LeoKiosk {
struct EntResult;
}

namespace LeoKiosk::Gui {

// A label for messages that appear while a screen is in use (errors, results, warnings). It is hidden while empty,
// shows plain text only (server wording never becomes markup), announces each new message to assistive technology
// as an alert, and re-renders its message when the language changes. The dynamic property "messageKind" (error,
// warning, info) selects the style and what a screen reader is told it is: an alert for an error, a label otherwise,
// named with its kind and its sentence ("Erreur : …", "Information : …"; "Résultat : …" when the dynamic property
// "messagePurpose" is "result", the outcome of a help request). Each new name is announced (NameChanged).
class MessageLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageLabel)

public:
    // Builds the message in the current language; called again after every language change.
    using Renderer = std::function<QString()>;

    explicit MessageLabel(QWidget* parent = nullptr);
    ~MessageLabel() override;

    void showMessage(Renderer render);
    // The ENT's outcome in one sentence (EntMessages::text), rendered again in each new language. Only the common
    // part of the result is kept: what a derived result carries besides (a reset code…) stays out of the label.
    void showResult(const EntResult& result);
    void clearMessage();

Q_SIGNALS:
    // A new message was shown and sent to assistive technology as an alert (not after a mere language switch).
    void announced(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    QString kindName() const;
    void updateAccessibleName();

    Renderer m_render;
};

} // namespace LeoKiosk::Gui
